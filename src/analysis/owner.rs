//! Who "you" are in each source. An export may name its owner (Telegram's
//! `personal_information`, a WeChat exporter's "sent by me" flag); chat exports that do
//! not (WhatsApp chats, Telegram HTML single chats) leave evidence that can decide it; where
//! nothing decides, nothing is guessed: the owner is unknown and the source's messages are
//! neither "yours" nor "received". The user can choose for any source (`--me`, the window's
//! *Change…*); the choice lasts the session.
//!
//! The evidence, tried in this order for a source the export does not name:
//! 1. the user's choice;
//! 2. what the chat itself shows: in a chat of two writers, the one the chat's file is not
//!    named after, or the one the encryption notice is not written under (iOS writes a 1:1
//!    chat's notice under the other person's name); a writer whose name is the phone
//!    number of the platform's account report;
//! 3. the one person who writes in every chat of the platform that names no owner (two
//!    chats or more), unless a chat's own evidence names someone else, or an address book
//!    holds their number (nobody keeps themselves as a contact);
//! 4. a writer with the name the owner has in another source of the platform.
//!
//! Second-person system lines ("You created group") name no one; they are shown as support
//! ("you are in this chat") but decide nothing.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::model::{Footprint, MessageKind, NO_SENDER, Platform, SenderIdx, SourceIdx};
use crate::t;

/// How a source's owner was decided (`summary --json`'s `owner.basis`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OwnerBasis {
    /// The export names its owner.
    Export,
    /// Evidence in the load decided it (see the module notes).
    Inferred,
    /// The user chose it.
    Chosen,
    /// Nothing decided it.
    #[default]
    Unknown,
}

impl OwnerBasis {
    /// The word `summary --json` writes (`export`, `inferred`, `chosen`, `unknown`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Export => "export",
            Self::Inferred => "inferred",
            Self::Chosen => "chosen",
            Self::Unknown => "unknown",
        }
    }
}

/// A person who writes in a source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Author {
    pub sender: SenderIdx,
    pub name: String,
    /// Messages (not service events) they wrote in this source.
    pub messages: u64,
}

/// The owner of one source.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceOwner {
    /// The owner's sender; `None` when unknown, or when the chosen person writes nothing
    /// here.
    pub sender: Option<SenderIdx>,
    /// The owner's name as shown.
    pub name: Option<String>,
    pub basis: OwnerBasis,
    /// How it was decided, in words for a person ("named by personal_information in the
    /// export"): [`SourceOwner::explain`], in the language of the thread that decided it
    /// ([`Owners::relabel`] writes it again).
    pub how: String,
    /// How it was decided, before it is put in words.
    pub reason: Reason,
    /// System lines in the second person ("You created group"): they show you are in the
    /// chat, without saying which writer you are.
    pub second_person_lines: u64,
    /// Who writes in the source, most messages first (the choices the window offers).
    pub authors: Vec<Author>,
}

/// What decided a source's owner (or that nothing did).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Reason {
    /// Not decided yet (only while deciding).
    #[default]
    Undecided,
    /// The export names its owner; where, when the importer said.
    NamedBy(Option<crate::model::OwnerNamedBy>),
    /// A WeChat exporter's "sent by me" flag.
    SentByMeFlag,
    /// The name in the export's own identity fields.
    IdentityName,
    /// A source without messages names its account in its identity fields.
    AccountInformation,
    /// Unknown: the source holds no messages.
    NoMessages,
    /// Unknown: nothing says which writer is you.
    NoEvidence,
    /// The user chose "none of these writers is me".
    ChosenNone,
    /// The user chose one of the writers.
    Chosen,
    /// The user chose a name that writes nothing in this source.
    ChosenAbsent(String),
    /// The only person writing in every chat of the platform loaded.
    OnlyCommonWriter { chats: usize, platform: Platform },
    /// Your name in another export of the platform.
    NameInOtherExport,
    /// A 1:1 chat named after the other writer (their name).
    ChatNamedAfter(String),
    /// A 1:1 chat whose encryption notice is under the other writer's name (their name).
    NoticeUnder(String),
    /// A writer named by the account report's phone number.
    AccountNumber,
}

impl Reason {
    /// The reason in words, in the current language.
    fn describe(&self) -> String {
        match self {
            Self::Undecided => String::new(),
            Self::NamedBy(Some(by)) => match by.exporter {
                Some(exporter) => t!(
                    "owner-how-named-by-exporter",
                    exporter = exporter,
                    place = by.place
                ),
                None => t!("owner-how-named-by-section", place = by.place),
            },
            Self::NamedBy(None) => t!("owner-how-named-by-export"),
            Self::SentByMeFlag => t!("owner-how-sent-by-me"),
            Self::IdentityName => t!("owner-how-identity-name"),
            Self::AccountInformation => t!("owner-how-account-information"),
            Self::NoMessages => t!("owner-how-no-messages"),
            Self::NoEvidence => t!("owner-how-no-evidence"),
            Self::ChosenNone => t!("owner-how-chosen-none"),
            Self::Chosen => t!("owner-how-chosen"),
            Self::ChosenAbsent(name) => t!("owner-how-chosen-absent", name = name.as_str()),
            Self::OnlyCommonWriter { chats, platform } => t!(
                "owner-how-only-common-writer",
                count = i64::try_from(*chats).unwrap_or(i64::MAX),
                platform = platform.title()
            ),
            Self::NameInOtherExport => t!("owner-how-name-in-other-export"),
            Self::ChatNamedAfter(name) => t!("owner-how-chat-named-after", name = name.as_str()),
            Self::NoticeUnder(name) => t!("owner-how-notice-under", name = name.as_str()),
            Self::AccountNumber => t!("owner-how-account-number"),
        }
    }
}

impl SourceOwner {
    /// Whether "yours" and "received" can be told apart in this source.
    pub fn is_known(&self) -> bool {
        self.basis != OwnerBasis::Unknown
    }

    /// How it was decided, in words for a person, in the current language: the reason,
    /// and what second-person system lines say where the export does not name its owner.
    pub fn explain(&self) -> String {
        let mut how = self.reason.describe();
        if self.second_person_lines > 0 && self.basis != OwnerBasis::Export {
            how.push_str("; ");
            how.push_str(&t!(
                "owner-how-second-person",
                count = i64::try_from(self.second_person_lines).unwrap_or(i64::MAX)
            ));
        }
        how
    }
}

/// The user's choices of who they are, kept for the session only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OwnerChoices {
    /// `--me NAME`: you are NAME in every source where someone of that name writes.
    pub everywhere: Vec<String>,
    /// `--me SOURCE=NAME` and the window's *Change…*: by source path (a path, or its file
    /// name).
    pub by_source: BTreeMap<String, String>,
}

impl OwnerChoices {
    /// Reads `--me` values: `NAME`, or `SOURCE=NAME` when the part before the first `=`
    /// names one of `sources` (a path or a file name); otherwise the whole value is a name.
    pub fn from_args<'a>(
        values: &[String],
        sources: impl Iterator<Item = &'a str> + Clone,
    ) -> Self {
        let mut choices = Self::default();
        for value in values {
            match value.split_once('=') {
                Some((source, name)) if sources.clone().any(|path| path_matches(path, source)) => {
                    choices
                        .by_source
                        .insert(source.to_string(), name.trim().to_string());
                }
                _ => choices.everywhere.push(value.trim().to_string()),
            }
        }
        choices
    }

    fn for_source(&self, path: &str) -> Option<&str> {
        self.by_source
            .iter()
            .find(|(source, _)| path_matches(path, source))
            .map(|(_, name)| name.as_str())
    }
}

/// `path` is `given`, or holds it as whole path components: a file name, a folder
/// (`WhatsApp Chat - Ana` for `…/WhatsApp Chat - Ana/_chat.txt`) or a tail of the path.
fn path_matches(path: &str, given: &str) -> bool {
    let given = given.trim_matches(['/', '\\']).replace('\\', "/");
    if given.is_empty() {
        return false;
    }
    let path = path.replace('\\', "/");
    path == given
        || path.ends_with(&format!("/{given}"))
        || path.starts_with(&format!("{given}/"))
        || path.contains(&format!("/{given}/"))
}

/// Who wrote a message, as far as the owner of its source is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writer {
    /// The source's owner.
    You,
    /// Anyone else, in a source whose owner is known ("received").
    Other,
    /// In a source whose owner is unknown: neither.
    OwnerUnknown,
}

/// Each conversation's owner, looked up once for a pass over the messages.
pub struct ConversationOwners(Vec<Option<Option<SenderIdx>>>);

impl ConversationOwners {
    /// Who wrote a message of `sender` in conversation `conv` (a model index).
    pub fn writer(&self, conv: usize, sender: SenderIdx) -> Writer {
        match self.0.get(conv).copied().flatten() {
            None => Writer::OwnerUnknown,
            Some(owner) if owner == Some(sender) && sender != NO_SENDER => Writer::You,
            Some(_) => Writer::Other,
        }
    }
}

/// The owner of every source, in source order.
#[derive(Clone, Debug, Default)]
pub struct Owners {
    pub sources: Vec<SourceOwner>,
}

impl Owners {
    /// Decides every source's owner (module notes). One pass over the message columns.
    pub fn decide(fp: &Footprint, choices: &OwnerChoices) -> Self {
        let authors = authors_by_source(fp);
        let mut sources: Vec<SourceOwner> = authors
            .into_iter()
            .map(|authors| SourceOwner {
                authors,
                ..SourceOwner::default()
            })
            .collect();
        for (i, owner) in sources.iter_mut().enumerate() {
            let Some(source) = fp.sources.get(i) else {
                continue;
            };
            if let Some(name) = choices.for_source(&source.path) {
                choose(owner, name);
            } else if let Some(name) = choices.everywhere.iter().find(|name| {
                let name = name.to_lowercase();
                owner.authors.iter().any(|a| a.name.to_lowercase() == name)
            }) {
                choose(owner, name);
            } else if let Some(sender) = source.owner {
                owner.sender = Some(sender);
                owner.name = Some(fp.senders.name(sender).to_string());
                owner.basis = OwnerBasis::Export;
                owner.reason = Reason::NamedBy(source.owner_named_by);
            } else if let Some(me) = owner
                .authors
                .iter()
                .find(|a| fp.senders.key(a.sender) == "wechat:self")
            {
                set(
                    owner,
                    me.sender,
                    me.name.clone(),
                    OwnerBasis::Export,
                    Reason::SentByMeFlag,
                );
            } else if let Some(me) = named_in_identity(fp, i as SourceIdx, &owner.authors) {
                set(
                    owner,
                    me.sender,
                    me.name.clone(),
                    OwnerBasis::Export,
                    Reason::IdentityName,
                );
            }
        }
        // A source without messages (an account report, a contact list) still names its
        // account when it carries the account's identity.
        for (i, owner) in sources.iter_mut().enumerate() {
            if owner.basis == OwnerBasis::Unknown
                && owner.authors.is_empty()
                && let Some(name) = account_name(fp, i as SourceIdx)
            {
                owner.name = Some(name);
                owner.basis = OwnerBasis::Export;
                owner.reason = Reason::AccountInformation;
            }
        }
        infer(fp, &mut sources);
        for (i, owner) in sources.iter_mut().enumerate() {
            owner.second_person_lines = fp
                .sources
                .get(i)
                .map_or(0, |s| s.owner_hints.second_person_lines);
            if owner.basis == OwnerBasis::Unknown {
                owner.reason = if owner.authors.is_empty() {
                    Reason::NoMessages
                } else {
                    Reason::NoEvidence
                };
            }
            owner.how = owner.explain();
        }
        Self { sources }
    }

    /// Writes every source's [`SourceOwner::how`] again in the current language.
    pub fn relabel(&mut self) {
        for owner in &mut self.sources {
            owner.how = owner.explain();
        }
    }

    /// Every conversation's owner: `None` where its source's owner is unknown.
    pub fn by_conversation(&self, fp: &Footprint) -> ConversationOwners {
        ConversationOwners(
            fp.conversations
                .iter()
                .map(|c| self.of(c.source).filter(|o| o.is_known()).map(|o| o.sender))
                .collect(),
        )
    }

    /// The owner of `source`; `None` for a source index out of range.
    pub fn of(&self, source: SourceIdx) -> Option<&SourceOwner> {
        self.sources.get(source as usize)
    }
}

fn set(owner: &mut SourceOwner, sender: SenderIdx, name: String, basis: OwnerBasis, why: Reason) {
    owner.sender = Some(sender);
    owner.name = Some(name);
    owner.basis = basis;
    owner.reason = why;
}

/// The user's choice of `name` for one source ([`NONE_OF_THESE`]: you do not write
/// there). A name is matched exactly, else ignoring case.
fn choose(owner: &mut SourceOwner, name: &str) {
    owner.basis = OwnerBasis::Chosen;
    if name == NONE_OF_THESE {
        owner.sender = None;
        owner.name = None;
        owner.reason = Reason::ChosenNone;
        return;
    }
    let lower = name.to_lowercase();
    let found = owner.authors.iter().find(|a| a.name == name).or_else(|| {
        owner
            .authors
            .iter()
            .find(|a| a.name.to_lowercase() == lower)
    });
    match found {
        Some(a) => {
            owner.sender = Some(a.sender);
            owner.name = Some(a.name.clone());
            owner.reason = Reason::Chosen;
        }
        None => {
            owner.sender = None;
            owner.name = Some(name.to_string());
            owner.reason = Reason::ChosenAbsent(name.to_string());
        }
    }
}

/// The choice "none of these writers is me" (the window's *Change…* offers it).
pub const NONE_OF_THESE: &str = "\u{0}none of these";

/// The account a source's identity fields name: the full name, else the nickname, else
/// the phone number (a WhatsApp account report).
fn account_name(fp: &Footprint, source: SourceIdx) -> Option<String> {
    let field = |name: &str| {
        fp.identity
            .iter()
            .find(|f| f.source == source && f.field == name)
            .map(|f| f.value.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let full = [field("first_name"), field("last_name")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    (!full.is_empty())
        .then_some(full)
        .or_else(|| field("nickname"))
        .or_else(|| field("phone_number"))
}

/// The author whose name is the one the source's own identity fields give (Telegram
/// HTML's `export_results.html`: first and last name; WeChat: nickname).
fn named_in_identity<'a>(
    fp: &Footprint,
    source: SourceIdx,
    authors: &'a [Author],
) -> Option<&'a Author> {
    let field = |name: &str| {
        fp.identity
            .iter()
            .find(|f| f.source == source && f.field == name)
            .map(|f| f.value.trim())
    };
    let full = [field("first_name"), field("last_name")]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let names: Vec<&str> = [Some(full.as_str()), field("nickname"), field("name")]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect();
    authors.iter().find(|a| names.contains(&a.name.as_str()))
}

/// Rules 2–5 of the module notes, for the sources still unknown. The evidence of one
/// chat (its notice, a number) is weighed first: the person common to every chat is only
/// taken when no chat's own evidence contradicts it (a chat's other person may write in
/// every chat loaded while you are silent in one).
fn infer(fp: &Footprint, sources: &mut [SourceOwner]) {
    let platform_of = |i: usize| fp.sources.get(i).map(|s| s.platform);
    for platform in [Platform::Telegram, Platform::WhatsApp, Platform::WeChat] {
        let open: Vec<usize> = (0..sources.len())
            .filter(|&i| platform_of(i) == Some(platform))
            .filter(|&i| sources[i].basis == OwnerBasis::Unknown && !sources[i].authors.is_empty())
            .collect();
        let contact_numbers: Vec<String> = fp
            .contacts
            .iter()
            .map(|c| digits(&c.phone))
            .filter(|d| d.len() >= 7)
            .collect();
        let account_numbers: Vec<String> = fp
            .identity
            .iter()
            .filter(|f| f.platform == platform && f.field == "phone_number")
            .map(|f| digits(&f.value))
            .filter(|d| d.len() >= 7)
            .collect();
        for &i in &open {
            let notice_author = fp.sources.get(i).and_then(|s| s.owner_hints.notice_author);
            let title = chat_title(fp, i as SourceIdx);
            let owner = &mut sources[i];
            if let Some((sender, name, why)) =
                own_evidence(owner, notice_author, title, &account_numbers)
            {
                set(owner, sender, name, OwnerBasis::Inferred, why);
            }
        }
        // The one person writing in every chat that names no owner.
        if open.len() >= 2 {
            let mut common: Option<BTreeSet<SenderIdx>> = None;
            for &i in &open {
                let here: BTreeSet<SenderIdx> =
                    sources[i].authors.iter().map(|a| a.sender).collect();
                common = Some(match common {
                    None => here,
                    Some(c) => c.intersection(&here).copied().collect(),
                });
            }
            let agreed = |me: SenderIdx| {
                open.iter()
                    .all(|&i| sources[i].sender.is_none_or(|owner| owner == me))
            };
            // Nobody keeps themselves in their address book: a writer shown by a number
            // some contact list holds is someone else.
            let in_address_book = |me: SenderIdx| {
                let d = digits(fp.senders.name(me));
                d.len() >= 7 && contact_numbers.iter().any(|n| same_number(n, &d))
            };
            if let Some(common) = common
                && let [me] = common.iter().copied().collect::<Vec<_>>()[..]
                && agreed(me)
                && !in_address_book(me)
            {
                let why = Reason::OnlyCommonWriter {
                    chats: open.len(),
                    platform,
                };
                let name = fp.senders.name(me).to_string();
                for &i in &open {
                    if sources[i].basis == OwnerBasis::Unknown {
                        set(
                            &mut sources[i],
                            me,
                            name.clone(),
                            OwnerBasis::Inferred,
                            why.clone(),
                        );
                    }
                }
            }
        }
        // The name the owner has in another source of the platform.
        let known_names: Vec<String> = sources
            .iter()
            .enumerate()
            .filter(|(i, o)| platform_of(*i) == Some(platform) && o.sender.is_some())
            .filter_map(|(_, o)| o.name.clone())
            .collect();
        for &i in &open {
            let owner = &mut sources[i];
            if owner.basis != OwnerBasis::Unknown {
                continue;
            }
            if let Some(me) = owner.authors.iter().find(|a| known_names.contains(&a.name)) {
                let (sender, name) = (me.sender, me.name.clone());
                set(
                    owner,
                    sender,
                    name,
                    OwnerBasis::Inferred,
                    Reason::NameInOtherExport,
                );
            }
        }
    }
}

/// What one chat says about its owner: in a chat of two writers, the one the encryption
/// notice is not under; a writer whose name is the account report's number.
fn own_evidence(
    owner: &SourceOwner,
    notice_author: Option<SenderIdx>,
    title: Option<&str>,
    account_numbers: &[String],
) -> Option<(SenderIdx, String, Reason)> {
    // A 1:1 chat's file is named after the other person (`WhatsApp Chat with Ana.txt`).
    if let (Some(title), [a, b]) = (title, owner.authors.as_slice()) {
        let pair = if a.name == title {
            Some((a, b))
        } else if b.name == title {
            Some((b, a))
        } else {
            None
        };
        if let Some((other, me)) = pair {
            let why = Reason::ChatNamedAfter(other.name.clone());
            return Some((me.sender, me.name.clone(), why));
        }
    }
    if let (Some(notice), [a, b]) = (notice_author, owner.authors.as_slice()) {
        let pair = if a.sender == notice {
            Some((a, b))
        } else if b.sender == notice {
            Some((b, a))
        } else {
            None
        };
        if let Some((other, me)) = pair {
            let why = Reason::NoticeUnder(other.name.clone());
            return Some((me.sender, me.name.clone(), why));
        }
    }
    owner
        .authors
        .iter()
        .find(|a| {
            let d = digits(&a.name);
            d.len() >= 7 && account_numbers.iter().any(|n| same_number(n, &d))
        })
        .map(|me| (me.sender, me.name.clone(), Reason::AccountNumber))
}

/// The name a source's only conversation takes from its file (`WhatsApp Chat with Ana.txt`,
/// `WhatsApp Chat - Ana.zip`), when it is a personal chat.
fn chat_title(fp: &Footprint, source: SourceIdx) -> Option<&str> {
    let mut convs = fp.conversations.iter().filter(|c| c.source == source);
    let c = convs.next()?;
    (convs.next().is_none()
        && c.name_from_file
        && c.kind == crate::model::ConversationKind::Personal)
        .then_some(c.name.as_str())
}

/// The digits of a phone number as written (`+49 170 1234567` -> `491701234567`).
fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// Two numbers' digits are one number when one ends with the other's last seven or more
/// digits (a national number inside an international one).
fn same_number(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let short = short.trim_start_matches('0');
    short.len() >= 7 && long.ends_with(short)
}

/// Messages each sender wrote, per source (Fx: a hash a run of one writer, and runs are
/// short in group chats).
type SenderCounts = Vec<HashMap<SenderIdx, u64, rustc_hash::FxBuildHasher>>;

/// Messages past which [`authors_by_source`] counts the two halves at once.
const COUNT_IN_HALVES: usize = 1 << 18;

/// Who writes in each source, most messages first. A large footprint's messages are
/// counted in two halves at once ([`crate::import::parallel::join`]), the counts added afterwards.
fn authors_by_source(fp: &Footprint) -> Vec<Vec<Author>> {
    let source_of: Vec<SourceIdx> = fp.conversations.iter().map(|c| c.source).collect();
    let len = fp.messages.len();
    let counts = if len > COUNT_IN_HALVES {
        let (mut first, second) = crate::import::parallel::join(
            || count_senders(fp, &source_of, 0..len / 2),
            || count_senders(fp, &source_of, len / 2..len),
        );
        for (into, from) in first.iter_mut().zip(second) {
            for (sender, n) in from {
                *into.entry(sender).or_default() += n;
            }
        }
        first
    } else {
        count_senders(fp, &source_of, 0..len)
    };
    counts
        .into_iter()
        .map(|map| {
            let mut authors: Vec<Author> = map
                .into_iter()
                .map(|(sender, messages)| Author {
                    sender,
                    name: fp.senders.name(sender).to_string(),
                    messages,
                })
                .collect();
            authors.sort_by(|a, b| {
                b.messages
                    .cmp(&a.messages)
                    .then_with(|| a.name.cmp(&b.name))
            });
            authors
        })
        .collect()
}

/// Messages each sender wrote in the messages `range`, per source. Messages of one
/// conversation come in runs, so a run of one sender is counted before it touches the map.
fn count_senders(
    fp: &Footprint,
    source_of: &[SourceIdx],
    range: std::ops::Range<usize>,
) -> SenderCounts {
    let mut counts: SenderCounts = vec![HashMap::default(); fp.sources.len()];
    let m = &fp.messages;
    let mut run: Option<(usize, SenderIdx, u64)> = None;
    let mut flush = |run: &mut Option<(usize, SenderIdx, u64)>| {
        if let Some((source, sender, n)) = run.take()
            && let Some(map) = counts.get_mut(source)
        {
            *map.entry(sender).or_default() += n;
        }
    };
    for i in range {
        if m.kind(i) != MessageKind::Message || m.sender[i] == NO_SENDER {
            continue;
        }
        let Some(&source) = source_of.get(m.conversation[i] as usize) else {
            continue;
        };
        let key = (source as usize, m.sender[i]);
        match &mut run {
            Some((s, who, n)) if (*s, *who) == key => *n += 1,
            _ => {
                flush(&mut run);
                run = Some((key.0, key.1, 1));
            }
        }
    }
    flush(&mut run);
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_match_across_spellings_and_not_otherwise() {
        assert!(same_number(
            &digits("+49 170 1234567"),
            &digits("01701234567")
        ));
        assert!(same_number(
            &digits("0049 1701234567"),
            &digits("+49 170 1234567")
        ));
        assert!(!same_number(
            &digits("+49 170 1234567"),
            &digits("+49 170 7654321")
        ));
        assert!(!same_number("123", "99123"));
    }

    #[test]
    fn a_source_choice_names_a_source_by_path_or_file_name() {
        let sources = ["/x/WhatsApp Chat with Bo.txt", "/x/result.json"];
        let choices = OwnerChoices::from_args(
            &[
                "WhatsApp Chat with Bo.txt=Ana".into(),
                "Ana=B".into(),
                "Cem".into(),
            ],
            sources.iter().copied(),
        );
        assert_eq!(
            choices.for_source("/x/WhatsApp Chat with Bo.txt"),
            Some("Ana")
        );
        assert_eq!(choices.for_source("/x/result.json"), None);
        // "Ana=B" names no source: the whole value is a name.
        assert_eq!(choices.everywhere, ["Ana=B", "Cem"]);
    }
}
