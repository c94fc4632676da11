//! Items that several sources hold, counted once.
//!
//! People drop what they have: a chat file and the account report that lists its group,
//! two exporters' files of one WeChat chat, a bill as CSV and as its Excel re-save, last
//! year's Telegram export beside this year's. The model keeps what each source said (so a
//! source can be removed again); everything that is counted or shown goes through an
//! [`Overlap`], which says which conversations are one and which items repeat an item of
//! an earlier source.
//!
//! The rule for lists is the union of the sources' multisets: for each key, as many items
//! are kept as the source with the most of them holds, so an export loaded twice adds
//! nothing, and two overlapping exports of one chat add only what the second has beyond
//! the first.

use std::collections::{BTreeMap, HashMap};

use crate::model::{
    Conversation, ConversationIdx, ConversationKind, Footprint, MessageKind, Platform, SessionKind,
    SourceIdx,
};

/// Index into [`Overlap::conversations`].
pub type MergedIdx = u32;

/// One conversation, however many sources know it.
#[derive(Clone, Debug, PartialEq)]
pub struct MergedConversation {
    pub platform: Platform,
    /// The best name its members give (one from inside an export before a file name).
    pub name: String,
    pub kind: ConversationKind,
    /// The export's own type label of the member that names it.
    pub raw_kind: String,
    /// Some export says the account left it (Telegram `left_chats`).
    pub left: bool,
    /// The footprint's conversations it is made of, the naming one first.
    pub members: Vec<ConversationIdx>,
    /// The sources that know it, sorted, each once.
    pub sources: Vec<SourceIdx>,
}

/// Which items of one list repeat an item of an earlier source.
#[derive(Clone, Debug, Default)]
pub struct Repeats {
    /// Per item, the item it repeats; empty when nothing repeats.
    of: Vec<Option<u32>>,
    /// How many items repeat another.
    pub count: u64,
}

impl Repeats {
    /// True when item `i` repeats an item already counted.
    pub fn is_repeat(&self, i: usize) -> bool {
        self.original(i).is_some()
    }

    /// The kept item that item `i` repeats.
    pub fn original(&self, i: usize) -> Option<usize> {
        self.of.get(i).copied().flatten().map(|o| o as usize)
    }

    /// The items of `list` that are not repeats, in order.
    pub fn kept<'a, T>(&'a self, list: &'a [T]) -> impl Iterator<Item = &'a T> + 'a {
        list.iter()
            .enumerate()
            .filter(move |(i, _)| !self.is_repeat(*i))
            .map(|(_, item)| item)
    }

    /// Marks repeats in a list whose items have a group (a source) and a key: within the
    /// groups taken in order, an item repeats when an earlier group held at least as many
    /// items of its key as come before it in its own group.
    pub fn of_groups<K: Ord>(n: usize, item: impl Fn(usize) -> (u32, K)) -> Self {
        // Sorted by key, then group, then position: each key's items come together, its
        // groups in order and each group's items in list order. Sorting needs memory for
        // the items alone (a hash map of keys took three times as much: millions of
        // messages of a busy chat pass through here).
        let mut items: Vec<(K, u32, u32)> = (0..n)
            .map(|i| {
                let (group, key) = item(i);
                (key, group, i as u32)
            })
            .collect();
        items.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut of = vec![None; n];
        let mut count = 0;
        // The items kept for the current key, in the order they were kept.
        let mut kept: Vec<u32> = Vec::new();
        let mut start = 0;
        while start < items.len() {
            let key = &items[start].0;
            let len = items[start..]
                .iter()
                .position(|x| x.0 != *key)
                .unwrap_or(items.len() - start);
            kept.clear();
            let (mut group, mut in_group, mut quota) = (items[start].1, 0u32, 0u32);
            for (_, g, i) in &items[start..start + len] {
                if *g != group {
                    quota = quota.max(in_group);
                    in_group = 0;
                    group = *g;
                }
                match kept.get(in_group as usize) {
                    Some(&original) if in_group < quota => {
                        if let Some(slot) = of.get_mut(*i as usize) {
                            *slot = Some(original);
                            count += 1;
                        }
                    }
                    _ => kept.push(*i),
                }
                in_group += 1;
            }
            start += len;
        }
        if count == 0 {
            return Self::default();
        }
        Self { of, count }
    }

    /// [`Repeats::of_groups`] over a list whose items name their source: keys are only
    /// made when the list holds items of more than one source.
    fn by_source<T>(
        list: &[T],
        source: impl Fn(&T) -> SourceIdx,
        key: impl Fn(&T) -> String,
    ) -> Self {
        let first = list.first().map(&source);
        if list.iter().all(|item| Some(source(item)) == first) {
            return Self::default();
        }
        Self::of_groups(list.len(), |i| (source(&list[i]), key(&list[i])))
    }
}

/// What was counted once per platform, for the Overview's note.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Conversations known from more than one source.
    pub conversations: u64,
    pub messages: u64,
    pub payments: u64,
    pub contacts: u64,
    pub sessions: u64,
    /// IP sightings, logins and account changes.
    pub other: u64,
}

impl Merged {
    /// True when nothing was known twice.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// "Overlapping sources were merged: 2 conversations known from several exports
    /// count once; 27 repeated payments and 24 repeated messages were left out.", in the
    /// current language.
    pub fn describe(&self) -> Option<String> {
        use crate::t;
        if self.is_empty() {
            return None;
        }
        let n = |count: u64| i64::try_from(count).unwrap_or(i64::MAX);
        let mut dropped: Vec<String> = Vec::new();
        if self.messages > 0 {
            dropped.push(t!("overlap-repeated-messages", count = n(self.messages)));
        }
        if self.payments > 0 {
            dropped.push(t!("overlap-repeated-payments", count = n(self.payments)));
        }
        if self.contacts > 0 {
            dropped.push(t!("overlap-repeated-contacts", count = n(self.contacts)));
        }
        if self.sessions > 0 {
            dropped.push(t!("overlap-repeated-sessions", count = n(self.sessions)));
        }
        if self.other > 0 {
            dropped.push(t!("overlap-repeated-other", count = n(self.other)));
        }
        let list = match dropped.split_last() {
            None => None,
            Some((last, [])) => Some(last.clone()),
            Some((last, head)) => Some(t!(
                "overlap-list-and",
                head = head.join(crate::i18n::format::list_separator()),
                last = last.as_str()
            )),
        };
        let total = self.messages + self.payments + self.contacts + self.sessions + self.other;
        let conversations = n(self.conversations);
        Some(match list {
            Some(list) if self.conversations > 0 => t!(
                "overlap-merged-both",
                conversations = conversations,
                list = list,
                total = n(total)
            ),
            Some(list) => t!("overlap-merged-dropped", list = list, total = n(total)),
            None if self.conversations > 0 => {
                t!(
                    "overlap-merged-conversations",
                    conversations = conversations
                )
            }
            None => t!("overlap-merged"),
        })
    }
}

/// Which items of a footprint are one.
#[derive(Clone, Debug, Default)]
pub struct Overlap {
    /// For each conversation of the footprint, the distinct conversation it is part of.
    pub conversation_of: Vec<MergedIdx>,
    /// The distinct conversations, in the order their first member was read.
    pub conversations: Vec<MergedConversation>,
    /// Bit `i` set: message `i` repeats a message of the same conversation from another
    /// source. Empty when no conversation holds messages from two sources.
    repeated_messages: Vec<u64>,
    pub contacts: Repeats,
    pub frequent_contacts: Repeats,
    pub sessions: Repeats,
    pub ip_observations: Repeats,
    pub login_events: Repeats,
    pub account_events: Repeats,
    pub payments: Repeats,
    /// Per platform, what was counted once.
    pub merged: BTreeMap<Platform, Merged>,
}

impl Overlap {
    /// Finds what the sources of `fp` share. Linear in the footprint's size, with one
    /// pass over the message columns only when some conversation has messages from two
    /// sources.
    pub fn of(fp: &Footprint) -> Self {
        let (conversation_of, conversations) = merge_conversations(fp);
        let repeated_messages = repeated_messages(fp, &conversation_of, &conversations);
        let contacts = Repeats::by_source(
            &fp.contacts,
            |c| c.source,
            |c| {
                let digits: String = c.phone.chars().filter(char::is_ascii_digit).collect();
                format!("{}\u{0}{}\u{0}{digits}", c.platform.id(), c.name.trim())
            },
        );
        let frequent_contacts = Repeats::by_source(
            &fp.frequent_contacts,
            |f| f.source,
            |f| format!("{}\u{0}{}\u{0}{}", f.name, f.category, f.peer_kind),
        );
        // A session is known by what does not change while it lives: the device, its
        // system and when it began (its app version, address and last activity change).
        let sessions = Repeats::by_source(
            &fp.sessions,
            |s| s.source,
            |s| {
                let kind = if s.kind == SessionKind::Web {
                    "web"
                } else {
                    "app"
                };
                let known = format!(
                    "{}\u{0}{kind}\u{0}{}\u{0}{}\u{0}{}",
                    s.platform.id(),
                    s.device,
                    s.system,
                    s.website
                );
                match s.created {
                    Some(created) => format!("{known}\u{0}{}", created.0),
                    None => format!(
                        "{known}\u{0}{}\u{0}{:?}\u{0}{:?}",
                        s.app,
                        s.ip,
                        s.last_active.map(|t| t.0)
                    ),
                }
            },
        );
        let ip_observations = Repeats::by_source(
            &fp.ip_observations,
            |o| o.source,
            |o| {
                format!(
                    "{}\u{0}{}\u{0}{:?}\u{0}{:?}",
                    o.platform.id(),
                    o.ip,
                    o.origin,
                    o.time.map(|t| t.0)
                )
            },
        );
        let login_events = Repeats::by_source(
            &fp.login_events,
            |l| l.source,
            |l| {
                format!(
                    "{}\u{0}{}\u{0}{}\u{0}{:?}",
                    l.platform.id(),
                    l.time.0,
                    l.device,
                    l.ip
                )
            },
        );
        let account_events = Repeats::by_source(
            &fp.account_events,
            |a| a.source,
            |a| {
                format!(
                    "{}\u{0}{}\u{0}{:?}\u{0}{:?}",
                    a.platform.id(),
                    a.event,
                    a.time.map(|t| t.0),
                    a.ip
                )
            },
        );
        // A transaction is its 交易单号; a row without one, its time, amount,
        // counterparty and direction.
        let payments = Repeats::by_source(
            &fp.payments,
            |p| p.source,
            |p| {
                let id = p.transaction_id.to_string();
                if id.is_empty() || id == "/" {
                    format!(
                        "{}\u{0}{}\u{0}{}\u{0}{}",
                        p.time.0,
                        p.amount_cents,
                        p.counterparty.trim(),
                        p.direction.id()
                    )
                } else {
                    format!("id\u{0}{id}")
                }
            },
        );
        let mut overlap = Self {
            conversation_of,
            conversations,
            repeated_messages,
            contacts,
            frequent_contacts,
            sessions,
            ip_observations,
            login_events,
            account_events,
            payments,
            merged: BTreeMap::new(),
        };
        overlap.merged = overlap.tally(fp);
        overlap
    }

    /// True when message `i` repeats one already counted.
    #[inline]
    pub fn is_repeated_message(&self, i: usize) -> bool {
        self.repeated_messages
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// The distinct conversation of the footprint's conversation `conv`.
    #[inline]
    pub fn merged_of(&self, conv: ConversationIdx) -> Option<MergedIdx> {
        self.conversation_of.get(conv as usize).copied()
    }

    /// What was counted once, per platform.
    fn tally(&self, fp: &Footprint) -> BTreeMap<Platform, Merged> {
        let mut out: BTreeMap<Platform, Merged> = BTreeMap::new();
        for c in &self.conversations {
            if c.sources.len() > 1 {
                out.entry(c.platform).or_default().conversations += 1;
            }
        }
        if !self.repeated_messages.is_empty() {
            for (i, &conv) in fp.messages.conversation.iter().enumerate() {
                if self.is_repeated_message(i)
                    && let Some(c) = fp.conversations.get(conv as usize)
                {
                    out.entry(c.platform).or_default().messages += 1;
                }
            }
        }
        let mut add = |repeats: &Repeats,
                       platform: &dyn Fn(usize) -> Platform,
                       field: fn(&mut Merged) -> &mut u64| {
            for i in 0..repeats.of.len() {
                if repeats.is_repeat(i) {
                    *field(out.entry(platform(i)).or_default()) += 1;
                }
            }
        };
        add(&self.payments, &|i| fp.payments[i].platform, |m| {
            &mut m.payments
        });
        add(&self.contacts, &|i| fp.contacts[i].platform, |m| {
            &mut m.contacts
        });
        add(&self.frequent_contacts, &|_| Platform::Telegram, |m| {
            &mut m.contacts
        });
        add(&self.sessions, &|i| fp.sessions[i].platform, |m| {
            &mut m.sessions
        });
        add(
            &self.ip_observations,
            &|i| fp.ip_observations[i].platform,
            |m| &mut m.other,
        );
        add(&self.login_events, &|i| fp.login_events[i].platform, |m| {
            &mut m.other
        });
        add(
            &self.account_events,
            &|i| fp.account_events[i].platform,
            |m| &mut m.other,
        );
        out.retain(|_, m| !m.is_empty());
        out
    }
}

/// Minimal union-find over conversation indices.
struct Sets(Vec<u32>);

impl Sets {
    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] as usize != i {
            let parent = self.0[i] as usize;
            self.0[i] = self.0[parent];
            i = parent;
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        // The earlier conversation stays the root, so the order of first reading holds.
        if a < b {
            self.0[b] = a as u32;
        } else if b < a {
            self.0[a] = b as u32;
        }
    }
}

/// A name as compared: trimmed, in lower case.
fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// A conversation's name and the other names its export gives it, as compared.
fn names_of(c: &Conversation) -> impl Iterator<Item = String> + '_ {
    std::iter::once(&c.name)
        .chain(&c.aliases)
        .map(|n| name_key(n))
        .filter(|n| !n.is_empty())
}

/// Whether a name is long enough to be looked for inside a file name: two characters of
/// a Chinese or other non-Latin name, four of a Latin one ("Al" is in too many words).
fn distinctive(name: &str) -> bool {
    let chars = name.chars().count();
    if name.is_ascii() {
        chars >= 4
    } else {
        chars >= 2
    }
}

/// Whether two chats that hold messages are the same chat: two exports of one chat share
/// nearly every message of the time they both cover; two chats that merely share a name
/// (64 friends' groups called "Family") share almost none.
struct Evidence<'a> {
    fp: &'a Footprint,
    /// Messages and service events per conversation of the footprint.
    counts: Vec<u32>,
    /// Sorted message keys of the conversations asked about.
    keys: HashMap<usize, Vec<(i64, bool)>>,
}

impl<'a> Evidence<'a> {
    fn new(fp: &'a Footprint) -> Self {
        let mut counts = vec![0u32; fp.conversations.len()];
        for &c in &fp.messages.conversation {
            if let Some(n) = counts.get_mut(c as usize) {
                *n = n.saturating_add(1);
            }
        }
        Self {
            fp,
            counts,
            keys: HashMap::new(),
        }
    }

    fn has_messages(&self, conv: usize) -> bool {
        self.counts.get(conv).is_some_and(|&n| n > 0)
    }

    /// Gathers the keys of `convs` (those not gathered yet) in one pass.
    fn gather(&mut self, convs: impl IntoIterator<Item = usize>) {
        let wanted: Vec<usize> = convs
            .into_iter()
            .filter(|c| self.has_messages(*c) && !self.keys.contains_key(c))
            .collect();
        if wanted.is_empty() {
            return;
        }
        let mut want = vec![false; self.counts.len()];
        for &c in &wanted {
            want[c] = true;
            self.keys.insert(c, Vec::new());
        }
        let m = &self.fp.messages;
        for i in 0..m.len() {
            let c = m.conversation[i] as usize;
            if want.get(c).copied().unwrap_or(false)
                && let Some(keys) = self.keys.get_mut(&c)
            {
                keys.push(message_key(m, i));
            }
        }
        for c in wanted {
            if let Some(keys) = self.keys.get_mut(&c) {
                keys.sort_unstable();
            }
        }
    }

    /// True when `a` and `b` may be taken as one: one of them holds no messages (a list's
    /// entry), or they share at least half of the messages the one with fewer holds in the
    /// time both cover.
    fn same_chat(&self, a: usize, b: usize) -> bool {
        if !self.has_messages(a) || !self.has_messages(b) {
            return true;
        }
        let (Some(ka), Some(kb)) = (self.keys.get(&a), self.keys.get(&b)) else {
            return false;
        };
        // An export to the minute (Android) beside one to the second (iOS): compare minutes.
        let (ka, kb) = if to_the_minute(ka) || to_the_minute(kb) {
            (minutes(ka), minutes(kb))
        } else {
            (ka.clone(), kb.clone())
        };
        let (ka, kb) = (&ka, &kb);
        let (Some(fa), Some(la), Some(fb), Some(lb)) =
            (ka.first(), ka.last(), kb.first(), kb.last())
        else {
            return false;
        };
        let (from, to) = (fa.0.max(fb.0), la.0.min(lb.0));
        let in_window = |k: &&(i64, bool)| k.0 >= from && k.0 <= to;
        let na = ka.iter().filter(in_window).count();
        let nb = kb.iter().filter(in_window).count();
        // Shared keys, counting repeats (a sorted merge).
        let (mut i, mut j, mut shared) = (0, 0, 0);
        while let (Some(x), Some(y)) = (ka.get(i), kb.get(j)) {
            match x.cmp(y) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        shared > 0 && shared * 2 >= na.min(nb)
    }
}

/// What identifies a message among its chat's: its time to the second, and for service
/// events only their day (some exports give them no time of their own: Telegram HTML and
/// WechatExporter's `System Message:` lines borrow a neighbour's).
fn message_key(m: &crate::model::MessageColumns, i: usize) -> (i64, bool) {
    match m.kind(i) {
        MessageKind::Message => (m.wall.at(i).0, false),
        MessageKind::Service => (m.wall.at(i).0.div_euclid(86_400), true),
    }
}

/// True when every message time of a chat falls on a whole minute (exports that write
/// no seconds).
fn to_the_minute(keys: &[(i64, bool)]) -> bool {
    keys.iter()
        .filter(|k| !k.1)
        .all(|k| k.0.rem_euclid(60) == 0)
}

/// Keys with message times cut to the minute, sorted.
fn minutes(keys: &[(i64, bool)]) -> Vec<(i64, bool)> {
    let mut out: Vec<(i64, bool)> = keys
        .iter()
        .map(|&(t, service)| {
            if service {
                (t, true)
            } else {
                (t - t.rem_euclid(60), false)
            }
        })
        .collect();
    out.sort_unstable();
    out
}

/// Comparisons a conversation makes with others of its name at most (a name shared by
/// thousands of chats, "(no name)", stays linear enough).
const MAX_NAME_PEERS: usize = 64;

/// Which of the footprint's conversations are one: same platform and id; or same
/// platform, kind and name (or alias) where ids do not tell them apart; or the
/// conversation whose name a chat file's name contains. Two chats that both hold
/// messages are joined by name only when their messages say they are one chat
/// ([`Evidence`]). Returns each conversation's distinct conversation, and those.
fn merge_conversations(fp: &Footprint) -> (Vec<MergedIdx>, Vec<MergedConversation>) {
    let convs = &fp.conversations;
    let mut sets = Sets((0..convs.len() as u32).collect());
    let mut evidence = Evidence::new(fp);
    let mut by_id: HashMap<(Platform, &str), usize> = HashMap::new();
    let mut by_name: HashMap<(Platform, ConversationKind, String), Vec<usize>> = HashMap::new();
    for (i, c) in convs.iter().enumerate() {
        if let Some(id) = c.id.as_deref().map(str::trim).filter(|id| !id.is_empty()) {
            match by_id.get(&(c.platform, id)) {
                Some(&first) => sets.join(first, i),
                None => {
                    by_id.insert((c.platform, id), i);
                }
            }
        }
        let mut names: Vec<String> = names_of(c).collect();
        names.sort_unstable();
        names.dedup();
        for name in names {
            by_name
                .entry((c.platform, c.kind, name))
                .or_default()
                .push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for members in by_name.values() {
        let mut ids: Vec<&str> = members
            .iter()
            .filter_map(|&i| convs[i].id.as_deref())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        // Two ids under one name are two conversations (two people called 张伟): then
        // only those without an id are taken as one.
        let joinable: Vec<usize> = if ids.len() <= 1 {
            members.clone()
        } else {
            members
                .iter()
                .copied()
                .filter(|&i| convs[i].id.is_none())
                .collect()
        };
        for (k, &b) in joinable.iter().enumerate() {
            for &a in joinable[..k].iter().rev().take(MAX_NAME_PEERS) {
                pairs.push((a, b));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    evidence.gather(pairs.iter().flat_map(|&(a, b)| [a, b]));
    for &(a, b) in &pairs {
        if sets.find(a) != sets.find(b) && evidence.same_chat(a, b) {
            sets.join(a, b);
        }
    }
    // A chat named after its file (`memotrace_group_周末饭搭子_synthetic.csv`) is the
    // conversation whose name (from inside an export) the file name contains, when just
    // one conversation's does.
    // Per (platform, kind): each conversation named inside an export, with its names.
    type Named = Vec<(usize, Vec<String>)>;
    let mut named: HashMap<(Platform, ConversationKind), Named> = HashMap::new();
    for (j, c) in convs.iter().enumerate().filter(|(_, c)| !c.name_from_file) {
        let names = names_of(c).filter(|n| distinctive(n)).collect();
        named
            .entry((c.platform, c.kind))
            .or_default()
            .push((j, names));
    }
    let mut contained: Vec<(usize, usize)> = Vec::new();
    for (i, c) in convs.iter().enumerate().filter(|(_, c)| c.name_from_file) {
        let file_name = name_key(&c.name);
        let mut found: Option<usize> = None;
        let mut ambiguous = false;
        let candidates = named
            .get(&(c.platform, c.kind))
            .map_or(&[][..], Vec::as_slice);
        for (j, names) in candidates {
            if !names.iter().any(|n| file_name.contains(n.as_str())) {
                continue;
            }
            match found {
                Some(f) if sets.find(f) != sets.find(*j) => ambiguous = true,
                Some(_) => {}
                None => found = Some(*j),
            }
        }
        if let (Some(j), false) = (found, ambiguous) {
            contained.push((i, j));
        }
    }
    // The chats with messages already taken as each named one, found in one pass.
    let mut with_messages: HashMap<usize, Vec<usize>> = HashMap::new();
    if !contained.is_empty() {
        for k in (0..convs.len()).filter(|&k| evidence.has_messages(k)) {
            let peers = with_messages.entry(sets.find(k)).or_default();
            if peers.len() < MAX_NAME_PEERS {
                peers.push(k);
            }
        }
    }
    let roots: Vec<usize> = contained.iter().map(|&(_, j)| sets.find(j)).collect();
    evidence.gather(
        contained.iter().map(|&(i, _)| i).chain(
            roots
                .iter()
                .flat_map(|r| with_messages.get(r).into_iter().flatten().copied()),
        ),
    );
    for ((i, j), root) in contained.into_iter().zip(roots) {
        let peers = with_messages.get(&root).map_or(&[][..], Vec::as_slice);
        if peers.is_empty() || peers.iter().any(|&k| evidence.same_chat(i, k)) {
            sets.join(i, j);
        }
    }
    let mut index_of_root: HashMap<usize, MergedIdx> = HashMap::new();
    let mut conversation_of = Vec::with_capacity(convs.len());
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..convs.len() {
        let root = sets.find(i);
        let idx = *index_of_root.entry(root).or_insert_with(|| {
            groups.push(Vec::new());
            (groups.len() - 1) as MergedIdx
        });
        if let Some(group) = groups.get_mut(idx as usize) {
            group.push(i);
        }
        conversation_of.push(idx);
    }
    let merged = groups
        .into_iter()
        .map(|mut members| {
            // The naming member: a name from inside an export beats a file name, and a
            // chat beats a list's entry.
            members.sort_by_key(|&i| (convs[i].name_from_file, convs[i].listed, i));
            let first = &convs[members[0]];
            let mut sources: Vec<SourceIdx> = members.iter().map(|&i| convs[i].source).collect();
            sources.sort_unstable();
            sources.dedup();
            MergedConversation {
                platform: first.platform,
                name: first.name.clone(),
                kind: first.kind,
                raw_kind: first.raw_kind.clone(),
                left: members.iter().any(|&i| convs[i].left),
                members: members.iter().map(|&i| i as ConversationIdx).collect(),
                sources,
            }
        })
        .collect();
    (conversation_of, merged)
}

/// Messages of a conversation known from several sources that another member already
/// holds: the union of the members' messages by [`message_key`]. Senders are left out of
/// the key on purpose: exporters name one person differently (a wxid, a remark, "我").
fn repeated_messages(
    fp: &Footprint,
    conversation_of: &[MergedIdx],
    conversations: &[MergedConversation],
) -> Vec<u64> {
    let m = &fp.messages;
    // Which footprint conversations hold messages: only a distinct conversation with two
    // such members can hold repeats (a chat and its contact list's entry cannot).
    let mut holds = vec![false; fp.conversations.len()];
    for &conv in &m.conversation {
        if let Some(h) = holds.get_mut(conv as usize) {
            *h = true;
        }
    }
    let mut shared = vec![false; fp.conversations.len()];
    let mut any = false;
    for c in conversations.iter() {
        // Members holding messages: repeats need two sources, or one source listing a
        // chat twice under its id (a chat in Telegram's `chats` and `left_chats`). One
        // source's chats joined only by name are distinct chats whose calls on the same
        // day are not one call (in a big single export, hundreds of chats share names).
        let mut holding: Vec<(SourceIdx, Option<&str>)> = c
            .members
            .iter()
            .filter(|&&member| holds.get(member as usize).copied().unwrap_or(false))
            .filter_map(|&member| fp.conversations.get(member as usize))
            .map(|x| (x.source, x.id.as_deref()))
            .collect();
        holding.sort_unstable();
        let two_sources = holding.windows(2).any(|w| w[0].0 != w[1].0);
        let listed_twice = holding.windows(2).any(|w| w[0] == w[1] && w[0].1.is_some());
        if !two_sources && !listed_twice {
            continue;
        }
        for &member in &c.members {
            if let Some(s) = shared.get_mut(member as usize) {
                *s = true;
                any = true;
            }
        }
    }
    if !any {
        return Vec::new();
    }
    // Messages of the shared conversations, by distinct conversation (as `u32`: millions
    // of them in a big export whose chats share names).
    // Kept as runs of consecutive messages (start, length): an importer adds a chat's
    // messages one after another, so a chat is a run or a few, not a `u32` a message (37 MB
    // at 5 GB); each distinct conversation's list is made only while it is compared.
    let mut by_merged: HashMap<MergedIdx, Vec<(u32, u32)>> = HashMap::new();
    for (i, &conv) in m.conversation.iter().enumerate() {
        if shared.get(conv as usize).copied().unwrap_or(false)
            && let Some(&merged) = conversation_of.get(conv as usize)
        {
            let runs = by_merged.entry(merged).or_default();
            let i = i as u32;
            match runs.last_mut() {
                Some((start, len)) if *start + *len == i => *len += 1,
                _ => runs.push((i, 1)),
            }
        }
    }
    let mut bits = vec![0u64; m.len().div_ceil(64)];
    let mut any_repeat = false;
    for runs in by_merged.values() {
        let indices: Vec<u32> = runs
            .iter()
            .flat_map(|&(start, len)| start..start + len)
            .collect();
        let indices = &indices;
        // When one member was written to the minute, every member is compared by minute.
        let mut whole_minutes: HashMap<u32, bool> = HashMap::new();
        for &i in indices {
            let i = i as usize;
            let exact = m.kind(i) == MessageKind::Message && m.wall.at(i).0.rem_euclid(60) != 0;
            let entry = whole_minutes.entry(m.conversation[i]).or_insert(true);
            *entry &= !exact;
        }
        // Messages of one member only (a chat and its contact list's entry): nothing to
        // compare them with.
        if whole_minutes.len() < 2 {
            continue;
        }
        let by_minute = whole_minutes.values().any(|&w| w);
        let repeats = Repeats::of_groups(indices.len(), |k| {
            let i = indices[k] as usize;
            let (t, service) = message_key(m, i);
            let t = if by_minute && !service {
                t - t.rem_euclid(60)
            } else {
                t
            };
            (m.conversation[i], (t, service))
        });
        if repeats.count == 0 {
            continue;
        }
        for (k, &i) in indices.iter().enumerate() {
            let i = i as usize;
            if repeats.is_repeat(k)
                && let Some(word) = bits.get_mut(i / 64)
            {
                *word |= 1 << (i % 64);
                any_repeat = true;
            }
        }
    }
    if any_repeat { bits } else { Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Content, Conversation, NO_SENDER, Payment, PaymentDirection, WallTime};

    fn conversation(source: SourceIdx, platform: Platform, name: &str) -> Conversation {
        Conversation::new(source, platform, name, ConversationKind::Group, "")
    }

    #[test]
    fn repeats_are_the_union_of_each_sources_multiset() {
        // Source 0 holds a, a, b; source 1 holds a, b, b, c; source 2 holds a, a, a.
        let items = [
            (0, "a"),
            (0, "a"),
            (0, "b"),
            (1, "a"),
            (1, "b"),
            (1, "b"),
            (1, "c"),
            (2, "a"),
            (2, "a"),
            (2, "a"),
        ];
        let r = Repeats::of_groups(items.len(), |i| items[i]);
        let kept: Vec<_> = r.kept(&items).collect();
        // a: max(2, 1, 3) = 3; b: max(1, 2) = 2; c: 1.
        assert_eq!(kept.iter().filter(|i| i.1 == "a").count(), 3);
        assert_eq!(kept.iter().filter(|i| i.1 == "b").count(), 2);
        assert_eq!(kept.iter().filter(|i| i.1 == "c").count(), 1);
        assert_eq!(r.count, 4);
        assert_eq!(r.original(3), Some(0));
        assert_eq!(r.original(4), Some(2));
        // One source alone never repeats itself.
        let one = Repeats::of_groups(3, |_| (0u32, "x"));
        assert_eq!(one.count, 0);
    }

    #[test]
    fn one_conversation_from_a_chat_and_a_list_and_two_ids_stay_two() {
        let mut fp = Footprint::default();
        let a = fp.add_source("chat".into(), Platform::WhatsApp, "whatsapp-chat");
        let b = fp.add_source("report".into(), Platform::WhatsApp, "whatsapp-account");
        let c = fp.add_source("wechat".into(), Platform::WeChat, "wechat-memotrace");
        let mut chat = conversation(a, Platform::WhatsApp, "Lake Weekend: Plans 2023");
        chat.name_from_file = true;
        fp.conversations.push(chat);
        let mut listed = conversation(b, Platform::WhatsApp, "lake weekend: plans 2023 ");
        listed.listed = true;
        fp.conversations.push(listed);
        // Two WeChat people of one name but different ids are two conversations.
        for id in ["wxid_a", "wxid_b"] {
            let mut p = conversation(c, Platform::WeChat, "张伟");
            p.kind = ConversationKind::Personal;
            p.id = Some(id.into());
            fp.conversations.push(p);
        }
        // A chat named after its file is the listed group its name contains.
        let mut file = conversation(c, Platform::WeChat, "memotrace_group_周末饭搭子_synthetic");
        file.name_from_file = true;
        fp.conversations.push(file);
        let mut group = conversation(c, Platform::WeChat, "周末饭搭子");
        group.listed = true;
        group.id = Some("123@chatroom".into());
        fp.conversations.push(group);
        let o = Overlap::of(&fp);
        assert_eq!(o.conversations.len(), 4, "{:#?}", o.conversations);
        assert_eq!(o.conversation_of, [0, 0, 1, 2, 3, 3]);
        // The report's name (from inside an export) names the group; both sources listed.
        assert_eq!(o.conversations[0].name, "lake weekend: plans 2023 ");
        assert_eq!(o.conversations[0].sources, [a, b]);
        assert_eq!(o.conversations[3].name, "周末饭搭子");
        assert_eq!(o.merged[&Platform::WhatsApp].conversations, 1);
    }

    #[test]
    fn messages_and_payments_loaded_twice_count_once() {
        let mut fp = Footprint::default();
        for round in 0..2u32 {
            let s = fp.add_source(format!("copy {round}"), Platform::WeChat, "wechat-paybill");
            let mut chat = conversation(s, Platform::WeChat, "小王");
            chat.id = Some("wxid_wang".into());
            fp.conversations.push(chat);
            // The second export goes on one message further.
            for t in 0..(3 + round) {
                fp.messages.push(
                    WallTime(i64::from(t)),
                    None,
                    round,
                    NO_SENDER,
                    MessageKind::Message,
                    Content::Text,
                );
            }
            for (id, amount) in [("4200001", 100), ("", 250)] {
                fp.payments.push(Payment {
                    source: s,
                    platform: Platform::WeChat,
                    time: WallTime(1_000),
                    kind: "商户消费".into(),
                    counterparty: "美味餐厅".into(),
                    goods: "".into(),
                    direction: PaymentDirection::Expense,
                    amount_cents: amount,
                    method: "".into(),
                    status: "".into(),
                    transaction_id: crate::model::PaymentId::new(id),
                    merchant_id: Default::default(),
                    note: "".into(),
                });
            }
        }
        let o = Overlap::of(&fp);
        assert_eq!(o.conversations.len(), 1);
        let kept: Vec<usize> = (0..fp.messages.len())
            .filter(|&i| !o.is_repeated_message(i))
            .collect();
        assert_eq!(kept, [0, 1, 2, 6]);
        assert_eq!(o.payments.kept(&fp.payments).count(), 2);
        let merged = &o.merged[&Platform::WeChat];
        assert_eq!((merged.messages, merged.payments), (3, 2));
        assert_eq!(
            merged.describe().unwrap(),
            "Overlapping sources were merged: 1 conversation known from several exports \
             counts once; 3 repeated messages and 2 repeated payments were left out."
        );
        assert_eq!(Merged::default().describe(), None);
    }
}
