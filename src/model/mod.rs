//! The unified footprint: everything read from every source, in one model for all
//! platforms. Importers fill it; analysis reads it.

mod date_order;
mod messages;
mod payments;
mod time;
mod warnings;

use std::net::IpAddr;

pub use date_order::{DateOrderBasis, DateOrderDecision};
pub use messages::{
    Content, ConversationIdx, MessageColumns, MessageKind, NO_SENDER, NO_UNIX_OFFSET, SenderIdx,
    Senders, UnixOffsets,
};
pub use payments::{Payment, PaymentDirection, PaymentId, format_cents};
pub use time::WallTime;
pub use warnings::{WarningKind, WarningSample, Warnings};

/// The messaging platform a fact comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    Telegram,
    WhatsApp,
    WeChat,
}

impl Platform {
    /// The lower-case id used in `summary --json` and sender keys.
    pub fn id(self) -> &'static str {
        match self {
            Self::Telegram => "telegram",
            Self::WhatsApp => "whatsapp",
            Self::WeChat => "wechat",
        }
    }

    /// The name people know.
    pub fn title(self) -> &'static str {
        match self {
            Self::Telegram => "Telegram",
            Self::WhatsApp => "WhatsApp",
            Self::WeChat => "WeChat",
        }
    }
}

/// Index into [`Footprint::sources`].
pub type SourceIdx = u32;

/// Where an export names its account owner: a place in its own terms (a section, a field,
/// a folder), not translated, which the analysis puts into a sentence of the reader's
/// language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OwnerNamedBy {
    /// The tool that wrote the export when it is not the platform's own (`MemoTrace`).
    pub exporter: Option<&'static str>,
    /// Where, in the export's terms: `personal_information`, `IsSender`, `export/<wxid>/`.
    pub place: &'static str,
}

/// One recognised export file (or set of files) and what reading it gave.
#[derive(Debug)]
pub struct Source {
    /// As given, or as found inside an archive.
    pub path: String,
    pub platform: Platform,
    /// Layout id, e.g. `telegram-json` (see `summary-format.md`).
    pub format: &'static str,
    /// Items read: messages, contacts, sessions ... together.
    pub records: u64,
    pub warnings: Warnings,
    /// The account owner's sender, when the export says who they are.
    pub owner: Option<SenderIdx>,
    /// Where the export says it, for the user; set with `owner`.
    pub owner_named_by: Option<OwnerNamedBy>,
    /// What a chat export tells about its owner without naming them (WhatsApp chats).
    pub owner_hints: OwnerHints,
    /// Decisions the importer made that the user should see ("dates read as day/month:
    /// 41 dates have a day above 12").
    pub notes: Vec<String>,
    /// How numeric dates were read (WhatsApp chats); `Some` means the user may choose
    /// another order and reload.
    pub date_order: Option<DateOrderDecision>,
}

/// Evidence about who exported a chat that does not name its owner (WhatsApp chats).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OwnerHints {
    /// The person the encryption notice of a 1:1 chat is attributed to (iOS writes it
    /// under the other person's name): not the exporter.
    pub notice_author: Option<SenderIdx>,
    /// System lines in the second person ("You created group", "Du hast … erstellt"):
    /// they name no one, but say the exporter is in the chat.
    pub second_person_lines: u64,
}

/// How a conversation is classified across platforms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConversationKind {
    Personal,
    Group,
    Channel,
    Bot,
    Saved,
    Other,
}

impl ConversationKind {
    pub const ALL: [ConversationKind; 6] = [
        Self::Personal,
        Self::Group,
        Self::Channel,
        Self::Bot,
        Self::Saved,
        Self::Other,
    ];

    /// The kind as people say it. "Other" is everything that is none of the rest
    /// (Telegram's Replies, a chat the export gives no type); tables say which
    /// (`analysis::topics::kind_label`).
    pub fn label(self) -> &'static str {
        match self {
            Self::Personal => "private chat",
            Self::Group => "group",
            Self::Channel => "channel",
            Self::Bot => "bot",
            Self::Saved => "saved messages",
            Self::Other => "other",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::Personal => "personal",
            Self::Group => "group",
            Self::Channel => "channel",
            Self::Bot => "bot",
            Self::Saved => "saved",
            Self::Other => "other",
        }
    }
}

/// A chat, group, channel or bot conversation.
#[derive(Clone, Debug)]
pub struct Conversation {
    pub source: SourceIdx,
    pub platform: Platform,
    pub name: String,
    pub kind: ConversationKind,
    /// The export's own type label (`private_supergroup` ...), for tables.
    pub raw_kind: String,
    /// The platform's id for the conversation, when the export gives one: Telegram's
    /// chat id (`"4000000001"`, without the `-100` prefix of supergroups), a WeChat
    /// wxid or chatroom id (`wxid_…`, `…@chatroom`, `gh_…`). Two conversations of one
    /// platform with the same id are the same conversation.
    pub id: Option<String>,
    /// The account left it (Telegram `left_chats`).
    pub left: bool,
    /// Known only from a list (a WeChat contact list, a WhatsApp account report's
    /// groups): it holds no messages of its own and stands for the chat of that name.
    pub listed: bool,
    /// The name was taken from the file or folder name (`WhatsApp Chat with Anna.txt`,
    /// `小王(同事)_utf8.csv`), not from inside the export.
    pub name_from_file: bool,
    /// Other names the export gives the same chat (a WeChat partner's nickname beside
    /// the remark that names the chat), by which another exporter's file of it is
    /// recognised.
    pub aliases: Vec<String>,
}

impl Conversation {
    /// A conversation of `source` with the name, kind and raw kind its export gives, and
    /// nothing else known yet: no id, not left, not a list's entry, its name from inside
    /// the export, no other names (set those fields after).
    pub fn new(
        source: SourceIdx,
        platform: Platform,
        name: impl Into<String>,
        kind: ConversationKind,
        raw_kind: impl Into<String>,
    ) -> Self {
        Self {
            source,
            platform,
            name: name.into(),
            kind,
            raw_kind: raw_kind.into(),
            id: None,
            left: false,
            listed: false,
            name_from_file: false,
            aliases: Vec::new(),
        }
    }
}

/// An account-identity field the platform holds (`phone_number`, `username` ...).
#[derive(Clone, Debug)]
pub struct IdentityField {
    pub source: SourceIdx,
    pub platform: Platform,
    pub field: String,
    pub value: String,
}

/// An address-book entry the platform holds.
#[derive(Clone, Debug)]
pub struct Contact {
    pub source: SourceIdx,
    pub platform: Platform,
    pub name: String,
    pub phone: String,
    /// The person's platform id as a sender key (`telegram:user123` from Telegram's
    /// `user_id`, `wechat:wxid_…` from a WeChat contact list), when the export gives one.
    pub id: Option<String>,
    /// When it was added or synced, when the export says.
    pub added: Option<WallTime>,
}

/// Telegram's ranking of the peers you are likely to contact.
#[derive(Clone, Debug)]
pub struct FrequentContact {
    pub source: SourceIdx,
    pub name: String,
    /// `people`, `inline_bots` or `calls`.
    pub category: String,
    pub peer_kind: String,
    pub rating: f64,
}

/// App sessions are logged-in devices; web sessions are websites logged in through the
/// platform ("Log in with Telegram").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionKind {
    App,
    Web,
}

/// A logged-in device or website.
#[derive(Clone, Debug)]
pub struct Session {
    pub source: SourceIdx,
    pub platform: Platform,
    pub kind: SessionKind,
    /// Application and version (app sessions) or browser (web sessions).
    pub app: String,
    pub device: String,
    /// Operating system or platform label.
    pub system: String,
    pub ip: Option<IpAddr>,
    pub country: String,
    pub region: String,
    /// Website domain and login bot (web sessions).
    pub website: String,
    pub created: Option<WallTime>,
    pub last_active: Option<WallTime>,
}

/// Where an IP address was seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IpOrigin {
    Session,
    WebSession,
    /// Telegram `other_data.ips`.
    IpHistory,
    /// Telegram `other_data.changes_log`.
    AccountChange,
    /// A login notification from the platform's service account.
    LoginNotice,
}

#[derive(Clone, Debug)]
pub struct IpObservation {
    pub source: SourceIdx,
    pub platform: Platform,
    pub ip: IpAddr,
    pub origin: IpOrigin,
    pub time: Option<WallTime>,
}

/// A login the platform told the user about (Telegram's "New login" notices).
#[derive(Clone, Debug)]
pub struct LoginEvent {
    pub source: SourceIdx,
    pub platform: Platform,
    pub time: WallTime,
    pub device: String,
    pub location: String,
    pub ip: Option<IpAddr>,
}

/// An account change the platform logged (password change, e-mail change ...).
#[derive(Clone, Debug)]
pub struct AccountEvent {
    pub source: SourceIdx,
    pub platform: Platform,
    pub event: String,
    pub time: Option<WallTime>,
    pub ip: Option<IpAddr>,
}

/// Everything read from all sources.
#[derive(Debug, Default)]
pub struct Footprint {
    pub sources: Vec<Source>,
    pub identity: Vec<IdentityField>,
    pub contacts: Vec<Contact>,
    pub frequent_contacts: Vec<FrequentContact>,
    pub sessions: Vec<Session>,
    pub ip_observations: Vec<IpObservation>,
    pub login_events: Vec<LoginEvent>,
    pub account_events: Vec<AccountEvent>,
    pub conversations: Vec<Conversation>,
    pub messages: MessageColumns,
    pub senders: Senders,
    pub payments: Vec<Payment>,
}

impl Footprint {
    /// Registers a new source and returns its index.
    pub fn add_source(
        &mut self,
        path: String,
        platform: Platform,
        format: &'static str,
    ) -> SourceIdx {
        self.sources.push(Source {
            path,
            platform,
            format,
            records: 0,
            warnings: Warnings::default(),
            owner: None,
            owner_named_by: None,
            owner_hints: OwnerHints::default(),
            notes: Vec::new(),
            date_order: None,
        });
        (self.sources.len() - 1) as SourceIdx
    }

    /// Adds a session, and its IP address (if any) to the addresses seen.
    pub fn add_session(&mut self, session: Session) {
        if let Some(ip) = session.ip {
            self.ip_observations.push(IpObservation {
                source: session.source,
                platform: session.platform,
                ip,
                origin: match session.kind {
                    SessionKind::App => IpOrigin::Session,
                    SessionKind::Web => IpOrigin::WebSession,
                },
                time: session.last_active,
            });
        }
        self.sessions.push(session);
    }

    /// Adds a login event, and its IP address (if any) to the addresses seen.
    pub fn add_login_event(&mut self, event: LoginEvent) {
        if let Some(ip) = event.ip {
            self.ip_observations.push(IpObservation {
                source: event.source,
                platform: event.platform,
                ip,
                origin: IpOrigin::LoginNotice,
                time: Some(event.time),
            });
        }
        self.login_events.push(event);
    }

    /// The platforms with at least one source, sorted.
    pub fn platforms(&self) -> Vec<Platform> {
        let mut platforms: Vec<Platform> = self.sources.iter().map(|s| s.platform).collect();
        platforms.sort();
        platforms.dedup();
        platforms
    }

    /// Removes a source and everything read from it; later sources, conversations and
    /// messages are renumbered.
    pub fn remove_source(&mut self, idx: SourceIdx) {
        self.remove_sources(&[idx]);
    }

    /// Forgets several sources at once: one pass over every list and the message
    /// columns, whatever their number (re-reading a folder of chats drops them all).
    pub fn remove_sources(&mut self, remove: &[SourceIdx]) {
        // Old source index -> new one, or None when removed.
        let mut next = 0;
        let source_map: Vec<Option<SourceIdx>> = (0..self.sources.len())
            .map(|i| {
                (!remove.contains(&(i as SourceIdx))).then(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect();
        if next as usize == self.sources.len() {
            return;
        }
        let new_index = |source: SourceIdx| source_map.get(source as usize).copied().flatten();
        let mut i = 0;
        self.sources.retain(|_| {
            i += 1;
            source_map.get(i - 1).is_some_and(Option::is_some)
        });
        macro_rules! drop_sources {
            ($field:ident) => {
                self.$field.retain(|item| new_index(item.source).is_some());
                for item in &mut self.$field {
                    item.source = new_index(item.source).unwrap_or(item.source);
                }
            };
        }
        drop_sources!(identity);
        drop_sources!(contacts);
        drop_sources!(frequent_contacts);
        drop_sources!(sessions);
        drop_sources!(ip_observations);
        drop_sources!(login_events);
        drop_sources!(account_events);
        drop_sources!(payments);
        // Conversations: old index -> new index, or None when removed.
        let mut next = 0;
        let conv_map: Vec<Option<ConversationIdx>> = self
            .conversations
            .iter()
            .map(|c| {
                new_index(c.source).map(|_| {
                    next += 1;
                    next - 1
                })
            })
            .collect();
        drop_sources!(conversations);
        let m = &mut self.messages;
        let mut kept = 0;
        let old_offsets = std::mem::take(&mut m.unix_offset);
        let mut offsets = old_offsets.iter();
        for i in 0..m.len() {
            let offset = offsets.next().unwrap_or(NO_UNIX_OFFSET);
            let Some(Some(conv)) = conv_map.get(m.conversation[i] as usize).copied() else {
                continue;
            };
            let wall = m.wall.at(i);
            m.wall.set(kept, wall);
            m.unix_offset.push(offset);
            m.conversation[kept] = conv;
            m.sender[kept] = m.sender[i];
            m.kind_content[kept] = m.kind_content[i];
            kept += 1;
        }
        m.truncate(kept);
    }

    /// Moves everything from `other` into `self`, re-numbering its sources, conversations
    /// and senders (used when loads finish one after another).
    pub fn absorb(&mut self, other: Footprint) {
        let source_base = self.sources.len() as SourceIdx;
        let conv_base = self.conversations.len() as ConversationIdx;
        let sender_map: Vec<SenderIdx> = other
            .senders
            .keys
            .iter()
            .zip(&other.senders.names)
            .map(|(key, name)| self.senders.intern(key, name))
            .collect();
        let map_sender = |s: SenderIdx| {
            if s == NO_SENDER {
                NO_SENDER
            } else {
                sender_map.get(s as usize).copied().unwrap_or(NO_SENDER)
            }
        };
        for mut source in other.sources {
            source.owner = source.owner.map(map_sender);
            source.owner_hints.notice_author = source.owner_hints.notice_author.map(map_sender);
            self.sources.push(source);
        }
        macro_rules! move_with_source {
            ($field:ident) => {
                self.$field.extend(other.$field.into_iter().map(|mut item| {
                    item.source += source_base;
                    item
                }));
            };
        }
        move_with_source!(identity);
        move_with_source!(contacts);
        move_with_source!(frequent_contacts);
        move_with_source!(sessions);
        move_with_source!(ip_observations);
        move_with_source!(login_events);
        move_with_source!(account_events);
        move_with_source!(conversations);
        move_with_source!(payments);
        let mut m = other.messages;
        if self.messages.is_empty() {
            // The first messages are taken over, not copied: a copy would hold the largest
            // column twice at the peak (a 5 GB export's times alone are 90 MB).
            for c in &mut m.conversation {
                *c += conv_base;
            }
            for s in &mut m.sender {
                *s = map_sender(*s);
            }
            self.messages = m;
            return;
        }
        self.messages.wall.extend(m.wall);
        self.messages.unix_offset.extend(m.unix_offset);
        self.messages
            .conversation
            .extend(m.conversation.into_iter().map(|c| c + conv_base));
        self.messages
            .sender
            .extend(m.sender.into_iter().map(map_sender));
        self.messages.kind_content.extend(m.kind_content);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conversation(source: SourceIdx, name: &str) -> Conversation {
        Conversation::new(
            source,
            Platform::Telegram,
            name,
            ConversationKind::Personal,
            "personal_chat",
        )
    }

    #[test]
    fn removing_a_source_renumbers_everything_after_it() {
        let mut fp = Footprint::default();
        for name in ["a", "b", "c"] {
            let s = fp.add_source(name.into(), Platform::Telegram, "telegram-json");
            fp.conversations.push(conversation(s, name));
            fp.contacts.push(Contact {
                id: None,
                source: s,
                platform: Platform::Telegram,
                name: name.into(),
                phone: String::new(),
                added: None,
            });
        }
        let t = WallTime(0);
        for (conv, content) in [
            (0, Content::Text),
            (1, Content::Text),
            (2, Content::Image),
            (1, Content::Text),
            (2, Content::Image),
        ] {
            fp.messages
                .push(t, None, conv, NO_SENDER, MessageKind::Message, content);
        }
        fp.remove_source(1);
        assert_eq!(fp.sources.len(), 2);
        assert_eq!(fp.sources[1].path, "c");
        assert_eq!(
            fp.conversations
                .iter()
                .map(|c| (c.source, c.name.as_str()))
                .collect::<Vec<_>>(),
            [(0, "a"), (1, "c")]
        );
        assert_eq!(fp.contacts.len(), 2);
        assert_eq!(fp.contacts[1].source, 1);
        assert_eq!(fp.messages.conversation, [0, 1, 1]);
        assert_eq!(fp.messages.len(), 3);
        assert_eq!(
            (0..3).map(|i| fp.messages.content(i)).collect::<Vec<_>>(),
            [Content::Text, Content::Image, Content::Image]
        );
        // Out of range: nothing happens.
        fp.remove_source(7);
        assert_eq!(fp.sources.len(), 2);
    }

    #[test]
    fn removing_several_sources_at_once_equals_one_by_one() {
        let build = || {
            let mut fp = Footprint::default();
            for name in ["a", "b", "c", "d", "e"] {
                let s = fp.add_source(name.into(), Platform::Telegram, "telegram-json");
                fp.conversations.push(conversation(s, name));
            }
            for conv in [0, 1, 2, 3, 4, 3, 1, 0] {
                fp.messages.push(
                    WallTime(i64::from(conv)),
                    None,
                    conv,
                    NO_SENDER,
                    MessageKind::Message,
                    Content::Text,
                );
            }
            fp
        };
        let mut at_once = build();
        at_once.remove_sources(&[1, 3]);
        let mut one_by_one = build();
        one_by_one.remove_source(3);
        one_by_one.remove_source(1);
        let view = |fp: &Footprint| {
            (
                fp.sources
                    .iter()
                    .map(|s| s.path.clone())
                    .collect::<Vec<_>>(),
                fp.conversations
                    .iter()
                    .map(|c| (c.source, c.name.clone()))
                    .collect::<Vec<_>>(),
                fp.messages.conversation.clone(),
                fp.messages.wall.iter().collect::<Vec<_>>(),
            )
        };
        assert_eq!(view(&at_once), view(&one_by_one));
        assert_eq!(view(&at_once).0, ["a", "c", "e"]);
        assert_eq!(at_once.messages.conversation, [0, 1, 2, 0]);
    }
}
