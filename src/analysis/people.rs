//! People: everyone who is the same human across sources and platforms, with what each
//! platform holds about them.
//!
//! The entries are the people the exports name: address-book contacts (every platform),
//! Telegram's frequent contacts, and everyone who wrote a message. Entries are one person
//! when they share
//! - a phone number, normalised to E.164 with the `phonenumber` crate (libphonenumber's
//!   metadata); a number written without `+` or `00` takes the country of the account's
//!   own number as its default region;
//! - a platform id (Telegram user id, WeChat id), written as a sender key
//!   (`telegram:user123`, `wechat:wxid_…`);
//! - on one platform, a name, when their numbers do not differ (Telegram HTML shows a
//!   contact's messages under the contact's name; two contacts named "Mama" with different
//!   numbers stay two);
//! - across platforms, a name the user confirmed ([`PeopleChoices`]): names alone are never
//!   enough, so same-named people on different platforms are offered, not merged.
//!
//! You (each source's owner, [`super::owner`], and the account's own numbers) are not
//! among the people.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::overlap::Overlap;
use super::owner::{Owners, Writer};
use crate::model::{
    ConversationKind, Footprint, MessageKind, NO_SENDER, Platform, SenderIdx, WallTime,
};

/// No person (an index into [`People::persons`] otherwise).
const NO_PERSON: u32 = u32::MAX;

const PLATFORMS: [Platform; 3] = [Platform::Telegram, Platform::WhatsApp, Platform::WeChat];

/// One human across every source.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Person {
    /// The best name: an address book's, else the name they write under.
    pub name: String,
    /// Every name a platform gives them, `(platform, name)`, sorted, each once.
    pub names: Vec<(Platform, String)>,
    /// Phone numbers in E.164 where they could be normalised, else as written.
    pub phones: Vec<String>,
    /// Platform ids as sender keys (`telegram:user123`, `wechat:wxid_…`).
    pub ids: Vec<String>,
    /// The platforms whose data holds them, by `Platform as usize`.
    pub on: [bool; 3],
    /// The platforms whose address book lists them.
    pub in_address_book: [bool; 3],
    /// Telegram's "frequent contacts" rating (the highest, when listed twice).
    pub frequent_rating: Option<f64>,
    /// Messages you wrote in 1:1 chats with them, by platform.
    pub sent: [u64; 3],
    /// Messages they wrote (any chat), by platform.
    pub received: [u64; 3],
    /// The first and last message between you (either way).
    pub first: Option<WallTime>,
    pub last: Option<WallTime>,
    /// Groups where you both are (they wrote there), counted once each.
    pub shared_groups: u64,
    /// Messages per month and platform: `(months since year 0, platform, messages)`,
    /// sorted.
    pub months: Vec<(i32, Platform, u32)>,
}

impl Person {
    /// How many platforms hold them.
    pub fn platform_count(&self) -> usize {
        self.on.iter().filter(|&&on| on).count()
    }

    /// The platforms that hold them, in order.
    pub fn platforms(&self) -> Vec<Platform> {
        PLATFORMS
            .into_iter()
            .filter(|p| self.on[*p as usize])
            .collect()
    }

    /// Messages both ways on every platform.
    pub fn messages(&self) -> u64 {
        self.sent.iter().sum::<u64>() + self.received.iter().sum::<u64>()
    }
}

/// Names the user confirmed as one person across platforms: pairs of
/// `(platform, name)` as [`People::suggestions`] offers them. Kept for the session only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeopleChoices {
    pub same: Vec<((Platform, String), (Platform, String))>,
}

/// Everyone, busiest first.
#[derive(Clone, Debug, Default)]
pub struct People {
    pub persons: Vec<Person>,
    /// People on different platforms with one name who share no number or id: offered
    /// to the user as "the same person?", as pairs of indices into `persons`.
    pub suggestions: Vec<(u32, u32)>,
    /// The other person of each 1:1 conversation (by the footprint's conversation index),
    /// where one person writes there besides you.
    pub partners: Vec<Option<u32>>,
}

impl People {
    /// People on 2 and on 3 platforms.
    pub fn on_several(&self) -> (u64, u64) {
        let on = |n: usize| {
            self.persons
                .iter()
                .filter(|p| p.platform_count() == n)
                .count() as u64
        };
        (on(2), on(3))
    }

    /// Builds the index: entries, their merges, then one pass over the messages.
    pub fn build(
        fp: &Footprint,
        overlap: &Overlap,
        owners: &Owners,
        choices: &PeopleChoices,
    ) -> Self {
        let regions = AccountRegions::of(fp);
        let you = You::of(fp, owners, &regions);
        let mut entries = Entries::default();
        // Contacts (each once), then frequent contacts, then writers.
        for c in overlap.contacts.kept(&fp.contacts) {
            let phone = regions.normalise(c.platform, &c.phone);
            if phone.as_ref().is_some_and(|p| you.phones.contains(p)) {
                continue;
            }
            let e = entries.add(c.platform, &c.name, phone, c.id.clone());
            entries.list[e].address_book = true;
        }
        for f in overlap.frequent_contacts.kept(&fp.frequent_contacts) {
            if f.category == "people" || f.category.is_empty() {
                let e = entries.add(Platform::Telegram, &f.name, None, None);
                let rating = &mut entries.list[e].frequent_rating;
                *rating = Some(rating.map_or(f.rating, |r: f64| r.max(f.rating)));
            }
        }
        // Writers: senders of at least one message (a chat's name that only carries
        // system lines is no person).
        let writers: HashSet<SenderIdx> = owners
            .sources
            .iter()
            .flat_map(|o| o.authors.iter().map(|a| a.sender))
            .collect();
        let mut entry_of_sender = vec![usize::MAX; fp.senders.len()];
        for (sender, slot) in entry_of_sender.iter_mut().enumerate() {
            let sender = sender as SenderIdx;
            if you.senders.contains(&sender) || !writers.contains(&sender) {
                continue;
            }
            let key = fp.senders.key(sender);
            let name = fp.senders.name(sender);
            let Some((platform, id)) = person_key(key) else {
                continue;
            };
            // A WhatsApp writer not in the phone's address book is shown by number.
            let phone = (platform == Platform::WhatsApp)
                .then(|| regions.normalise(platform, name))
                .flatten();
            if phone.as_ref().is_some_and(|p| you.phones.contains(p)) {
                continue;
            }
            *slot = entries.add(platform, name, phone, id);
        }
        let roots = entries.merge(choices);
        let (mut persons, person_of_entry) = entries.persons(&roots);
        let person_of_sender: Vec<u32> = entry_of_sender
            .iter()
            .map(|&e| person_of_entry.get(e).copied().unwrap_or(NO_PERSON))
            .collect();
        let partners = count_messages(fp, overlap, owners, &person_of_sender, &mut persons);
        // Busiest first, then by name; suggestions refer to the final order.
        let mut order: Vec<usize> = (0..persons.len()).collect();
        order.sort_by(|&a, &b| {
            persons[b]
                .messages()
                .cmp(&persons[a].messages())
                .then_with(|| persons[a].name.cmp(&persons[b].name))
        });
        let mut new_index = vec![0u32; persons.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new as u32;
        }
        let mut sorted: Vec<Person> = Vec::with_capacity(persons.len());
        let mut taken: Vec<Option<Person>> = persons.into_iter().map(Some).collect();
        for &old in &order {
            if let Some(p) = taken.get_mut(old).and_then(Option::take) {
                sorted.push(p);
            }
        }
        let suggestions = suggest(&sorted);
        let partners = partners
            .into_iter()
            .map(|p| p.and_then(|old| new_index.get(old as usize).copied()))
            .collect();
        Self {
            persons: sorted,
            suggestions,
            partners,
        }
    }
}

/// The sender id of Telegram's service notifications account.
const TELEGRAM_SERVICE: &str = "user777000";

/// The platform of a sender key and the id it carries, for keys of people (not channels,
/// groups or the "self" placeholder).
fn person_key(key: &str) -> Option<(Platform, Option<String>)> {
    let (platform, rest) = key.split_once(':')?;
    match platform {
        // Telegram's own service account (login codes, notices) is no person.
        "telegram" if rest == TELEGRAM_SERVICE || rest == "name:Telegram" => None,
        "telegram" if rest.starts_with("user") => Some((Platform::Telegram, Some(key.into()))),
        "telegram" if rest.starts_with("name:") => Some((Platform::Telegram, None)),
        "whatsapp" => Some((Platform::WhatsApp, None)),
        "wechat" if rest == "self" => None,
        "wechat" if rest.starts_with("name:") => Some((Platform::WeChat, None)),
        "wechat" if rest.ends_with("@chatroom") || rest.starts_with("gh_") => None,
        "wechat" => Some((Platform::WeChat, Some(key.into()))),
        _ => None,
    }
}

/// The default region of each platform's numbers: the country of the account's own number.
struct AccountRegions {
    by_platform: [Option<phonenumber::country::Id>; 3],
}

impl AccountRegions {
    fn of(fp: &Footprint) -> Self {
        let mut by_platform = [None; 3];
        for f in fp.identity.iter().filter(|f| f.field == "phone_number") {
            if let Some(id) = parse(None, &f.value).and_then(|n| n.country().id()) {
                by_platform[f.platform as usize].get_or_insert(id);
            }
        }
        // A platform without its own number takes another's.
        let any = by_platform.iter().flatten().next().copied();
        for region in &mut by_platform {
            if region.is_none() {
                *region = any;
            }
        }
        Self { by_platform }
    }

    /// `text` as an E.164 number (`+491701234567`), when it is a phone number.
    fn normalise(&self, platform: Platform, text: &str) -> Option<String> {
        let digits = text.chars().filter(char::is_ascii_digit).count();
        // Names are not numbers: a number is digits and the usual separators.
        let number_like = text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().\u{00A0}\u{202A}\u{202C}\u{200E}".contains(c));
        if !(7..=15).contains(&digits) || !number_like {
            return None;
        }
        let region = self.by_platform[platform as usize];
        parse(region, text).map(|n| n.format().mode(phonenumber::Mode::E164).to_string())
    }
}

/// Loads the phone-number metadata (libphonenumber's regular expressions: about 40 ms
/// on the project's machine, a third of the time of a tiny load) on a thread of its
/// own, so that the people index does not wait for it after the import. Callers start
/// it when a load starts; calling it again does nothing more.
///
/// The thread runs at the lowest priority: it uses a core the import leaves idle, and
/// does not take one from the import's parsing threads (most exports never need the
/// metadata: it is for names and contacts written as numbers). When the people index
/// needs it before it is done, the index waits for it as it would have without it.
pub fn prepare_in_background() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        std::thread::spawn(|| {
            lowest_priority();
            parse(None, "+41 44 668 18 00")
        });
    });
}

/// Gives the calling thread the lowest scheduling priority (nice 19). Linux's
/// `setpriority` with `who` 0 sets the calling thread's alone; elsewhere nothing is done.
fn lowest_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only changes the scheduling of the calling thread.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 19);
    }
}

/// A phone number, `00` read as `+`.
fn parse(region: Option<phonenumber::country::Id>, text: &str) -> Option<phonenumber::PhoneNumber> {
    let clean: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    let clean = match clean.strip_prefix("00") {
        Some(rest) => format!("+{rest}"),
        None => clean,
    };
    phonenumber::parse(region, &clean).ok()
}

/// Who you are: every source's owner, and the accounts' own numbers.
struct You {
    senders: HashSet<SenderIdx>,
    phones: HashSet<String>,
}

impl You {
    fn of(fp: &Footprint, owners: &Owners, regions: &AccountRegions) -> Self {
        let senders = owners.sources.iter().filter_map(|o| o.sender).collect();
        let phones = fp
            .identity
            .iter()
            .filter(|f| f.field == "phone_number")
            .filter_map(|f| regions.normalise(f.platform, &f.value))
            .collect();
        Self { senders, phones }
    }
}

/// One mention of a person before merging.
#[derive(Clone, Debug)]
struct Entry {
    platform: Platform,
    name: String,
    phone: Option<String>,
    id: Option<String>,
    address_book: bool,
    frequent_rating: Option<f64>,
}

#[derive(Default)]
struct Entries {
    list: Vec<Entry>,
}

impl Entries {
    fn add(
        &mut self,
        platform: Platform,
        name: &str,
        phone: Option<String>,
        id: Option<String>,
    ) -> usize {
        self.list.push(Entry {
            platform,
            name: name.trim().to_string(),
            phone,
            id,
            address_book: false,
            frequent_rating: None,
        });
        self.list.len() - 1
    }

    /// Union-find over the entries (module notes); returns each entry's root.
    fn merge(&self, choices: &PeopleChoices) -> Vec<usize> {
        let mut sets = UnionFind::new(self.list.len());
        // Numbers and ids first, so that a root knows its number before names join.
        let mut by_phone: HashMap<&str, usize> = HashMap::new();
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        for (i, e) in self.list.iter().enumerate() {
            if let Some(phone) = &e.phone {
                match by_phone.get(phone.as_str()) {
                    Some(&j) => sets.union(i, j),
                    None => {
                        by_phone.insert(phone, i);
                    }
                }
            }
            if let Some(id) = &e.id {
                match by_id.get(id.as_str()) {
                    Some(&j) => sets.union(i, j),
                    None => {
                        by_id.insert(id, i);
                    }
                }
            }
        }
        let mut phone_of_root: HashMap<usize, &str> = HashMap::new();
        for (i, e) in self.list.iter().enumerate() {
            if let Some(phone) = &e.phone {
                phone_of_root.insert(sets.find(i), phone);
            }
        }
        // Then one platform's names, never joining two different numbers.
        let mut by_name: HashMap<(Platform, &str), usize> = HashMap::new();
        for (i, e) in self.list.iter().enumerate() {
            if e.name.is_empty() {
                continue;
            }
            let Some(&j) = by_name.get(&(e.platform, e.name.as_str())) else {
                by_name.insert((e.platform, &e.name), i);
                continue;
            };
            let (ri, rj) = (sets.find(i), sets.find(j));
            match (
                phone_of_root.get(&ri).copied(),
                phone_of_root.get(&rj).copied(),
            ) {
                (Some(a), Some(b)) if a != b => {}
                (a, b) => {
                    sets.union(ri, rj);
                    let root = sets.find(ri);
                    if let Some(phone) = a.or(b) {
                        phone_of_root.insert(root, phone);
                    }
                }
            }
        }
        // Names the user confirmed as one person across platforms.
        for (a, b) in &choices.same {
            let (Some(&i), Some(&j)) = (
                by_name.get(&(a.0, a.1.as_str())),
                by_name.get(&(b.0, b.1.as_str())),
            ) else {
                continue;
            };
            sets.union(i, j);
        }
        (0..self.list.len()).map(|i| sets.find(i)).collect()
    }

    /// The persons of the merged entries, and each entry's person.
    fn persons(&self, roots: &[usize]) -> (Vec<Person>, Vec<u32>) {
        let mut person_of_root: HashMap<usize, u32> = HashMap::new();
        let mut persons: Vec<Person> = Vec::new();
        // The first address book's name, else the first name seen, names the person.
        let mut book_names: Vec<Option<String>> = Vec::new();
        let mut person_of_entry = Vec::with_capacity(self.list.len());
        for (e, &root) in self.list.iter().zip(roots) {
            let idx = *person_of_root.entry(root).or_insert_with(|| {
                persons.push(Person::default());
                book_names.push(None);
                (persons.len() - 1) as u32
            });
            person_of_entry.push(idx);
            let (Some(p), Some(book_name)) = (
                persons.get_mut(idx as usize),
                book_names.get_mut(idx as usize),
            ) else {
                continue;
            };
            let platform = e.platform as usize;
            p.on[platform] = true;
            p.in_address_book[platform] |= e.address_book;
            if let Some(r) = e.frequent_rating {
                p.frequent_rating = Some(p.frequent_rating.map_or(r, |old| old.max(r)));
            }
            if !e.name.is_empty() {
                if p.name.is_empty() {
                    p.name = e.name.clone();
                }
                if e.address_book && book_name.is_none() {
                    *book_name = Some(e.name.clone());
                }
                p.names.push((e.platform, e.name.clone()));
            }
            p.phones.extend(e.phone.clone());
            p.ids.extend(e.id.clone());
        }
        for (p, book_name) in persons.iter_mut().zip(book_names) {
            if let Some(name) = book_name {
                p.name = name;
            }
            if p.name.is_empty() {
                p.name = p.phones.first().cloned().unwrap_or_default();
            }
            p.names
                .sort_by(|a, b| (a.0 as usize, &a.1).cmp(&(b.0 as usize, &b.1)));
            p.names.dedup();
            p.phones.sort();
            p.phones.dedup();
            p.ids.sort();
            p.ids.dedup();
        }
        (persons, person_of_entry)
    }
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index stays the root: the first mention leads.
            let (root, child) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[child] = root;
        }
    }
}

/// Messages between you and each person: one pass for the 1:1 chats' other person, one
/// for the counts.
fn count_messages(
    fp: &Footprint,
    overlap: &Overlap,
    owners: &Owners,
    person_of_sender: &[u32],
    persons: &mut [Person],
) -> Vec<Option<u32>> {
    let m = &fp.messages;
    let convs = &fp.conversations;
    let owner_of_conv = owners.by_conversation(fp);
    let person_of = |sender: SenderIdx| -> u32 {
        if sender == NO_SENDER {
            NO_PERSON
        } else {
            person_of_sender
                .get(sender as usize)
                .copied()
                .unwrap_or(NO_PERSON)
        }
    };
    // The other person of each 1:1 chat: its one writer who is not you.
    let mut partner: Vec<Option<u32>> = vec![None; convs.len()];
    let mut ambiguous = vec![false; convs.len()];
    for i in 0..m.len() {
        let conv = m.conversation[i] as usize;
        if m.kind(i) != MessageKind::Message
            || convs
                .get(conv)
                .is_none_or(|c| c.kind != ConversationKind::Personal)
        {
            continue;
        }
        let p = person_of(m.sender[i]);
        if p == NO_PERSON {
            continue;
        }
        match partner[conv] {
            None => partner[conv] = Some(p),
            Some(q) if q != p => ambiguous[conv] = true,
            Some(_) => {}
        }
    }
    for (p, a) in partner.iter_mut().zip(&ambiguous) {
        if *a {
            *p = None;
        }
    }
    let mut groups: Vec<HashSet<u32>> = vec![HashSet::new(); persons.len()];
    // The group each person was last seen in: most people write in few groups, so most
    // messages need no set lookup.
    let mut last_group: Vec<u32> = vec![u32::MAX; persons.len()];
    // Month runs: consecutive messages of one person, month and platform add up first.
    let mut run: Option<(u32, i32, Platform, u32)> = None;
    let mut last_day: Option<(i64, i32)> = None;
    // Messages per (person, month, platform). A run of one person's messages in a month is
    // added at once; runs are short in groups (senders take turns), so they are summed
    // here rather than listed per person (a list grew by a run a message: 62 MB for a
    // 5 GB export).
    let mut counts: HashMap<(u32, i32, Platform), u32, rustc_hash::FxBuildHasher> =
        HashMap::default();
    let flush =
        |run: &mut Option<(u32, i32, Platform, u32)>,
         counts: &mut HashMap<(u32, i32, Platform), u32, rustc_hash::FxBuildHasher>| {
            if let Some((p, month, platform, n)) = run.take() {
                *counts.entry((p, month, platform)).or_default() += n;
            }
        };
    for i in 0..m.len() {
        if m.kind(i) != MessageKind::Message || overlap.is_repeated_message(i) {
            continue;
        }
        let conv = m.conversation[i] as usize;
        let Some(c) = convs.get(conv) else {
            continue;
        };
        let platform = c.platform;
        let sender = m.sender[i];
        let mine = owner_of_conv.writer(conv, sender) == Writer::You;
        let (p, sent) = if mine {
            match partner.get(conv).copied().flatten() {
                Some(p) => (p, true),
                None => continue,
            }
        } else {
            (person_of(sender), false)
        };
        let Some(person) = persons.get_mut(p as usize) else {
            continue;
        };
        if sent {
            person.sent[platform as usize] += 1;
        } else {
            person.received[platform as usize] += 1;
            if c.kind == ConversationKind::Group
                && let Some(merged) = overlap.merged_of(m.conversation[i])
                && let Some(last) = last_group.get_mut(p as usize)
                && *last != merged
                && let Some(set) = groups.get_mut(p as usize)
            {
                *last = merged;
                set.insert(merged);
            }
        }
        let t = m.wall.at(i);
        person.first = Some(person.first.map_or(t, |f| f.min(t)));
        person.last = Some(person.last.map_or(t, |l| l.max(t)));
        let day = t.0.div_euclid(86_400);
        let month = match last_day {
            Some((d, month)) if d == day => month,
            _ => {
                let month = month_of_day(day);
                last_day = Some((day, month));
                month
            }
        };
        match &mut run {
            Some((rp, rm, rpl, n)) if *rp == p && *rm == month && *rpl == platform => *n += 1,
            _ => {
                flush(&mut run, &mut counts);
                run = Some((p, month, platform, 1));
            }
        }
    }
    flush(&mut run, &mut counts);
    for ((p, month, platform), n) in counts {
        if let Some(person) = persons.get_mut(p as usize) {
            person.months.push((month, platform, n));
        }
    }
    for (person, set) in persons.iter_mut().zip(groups) {
        person.shared_groups = set.len() as u64;
        let mut merged: BTreeMap<(i32, usize), u32> = BTreeMap::new();
        for &(month, platform, n) in &person.months {
            *merged.entry((month, platform as usize)).or_default() += n;
        }
        person.months = merged
            .into_iter()
            .filter_map(|((month, platform), n)| PLATFORMS.get(platform).map(|&p| (month, p, n)))
            .collect();
    }
    partner
}

/// Months since year 0 of a day number (days since 1970-01-01).
fn month_of_day(day: i64) -> i32 {
    use chrono::Datelike;
    i32::try_from(day)
        .ok()
        .and_then(|d| chrono::NaiveDate::from_num_days_from_ce_opt(d + 719_163))
        .map_or(0, |date| date.year() * 12 + date.month0() as i32)
}

/// Same-named people on different platforms who share no number or id.
fn suggest(persons: &[Person]) -> Vec<(u32, u32)> {
    let mut by_name: HashMap<&str, Vec<u32>> = HashMap::new();
    for (i, p) in persons.iter().enumerate() {
        let mut own: Vec<&str> = p.names.iter().map(|(_, n)| n.as_str()).collect();
        own.sort_unstable();
        own.dedup();
        for name in own {
            by_name.entry(name).or_default().push(i as u32);
        }
    }
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for ids in by_name.values() {
        for (k, &a) in ids.iter().enumerate() {
            for &b in ids.iter().skip(k + 1) {
                let (pa, pb) = (&persons[a as usize], &persons[b as usize]);
                let other_platforms = pa.platforms().iter().any(|x| !pb.on[*x as usize])
                    || pb.platforms().iter().any(|x| !pa.on[*x as usize]);
                let numbers_differ = !pa.phones.is_empty()
                    && !pb.phones.is_empty()
                    && pa.phones.iter().all(|x| !pb.phones.contains(x));
                if other_platforms && !numbers_differ {
                    pairs.push((a.min(b), a.max(b)));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_normalise_with_the_accounts_region() {
        let mut fp = Footprint::default();
        fp.add_source("x".into(), Platform::Telegram, "telegram-json");
        fp.identity.push(crate::model::IdentityField {
            source: 0,
            platform: Platform::Telegram,
            field: "phone_number".into(),
            value: "+49 160 5555555".into(),
        });
        let regions = AccountRegions::of(&fp);
        for spelling in [
            "+49 170 1234567",
            "0049 1701234567",
            "01701234567",
            "+49 (170) 123-4567",
        ] {
            assert_eq!(
                regions.normalise(Platform::WhatsApp, spelling).as_deref(),
                Some("+491701234567"),
                "{spelling}"
            );
        }
        assert_eq!(regions.normalise(Platform::Telegram, "Anna"), None);
        assert_eq!(regions.normalise(Platform::Telegram, "12"), None);
    }

    #[test]
    fn months_count_from_year_zero() {
        // 2024-03-15 is day 19797.
        assert_eq!(month_of_day(19_797), 2024 * 12 + 2);
    }
}
