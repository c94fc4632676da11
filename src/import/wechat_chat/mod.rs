//! WeChat chat exports written by third-party tools (WeChat itself has no chat export):
//! MemoTrace / WeChatMsg, WeFlow / echotrace, PyWxDump and WechatExporter. Footprint only
//! reads the files these tools wrote; it never decrypts a WeChat database. Format notes:
//! `shared/docs/formats/wechat.md` §2.
//!
//! Shared here: classifying conversations by their WeChat id, sender keys, China time, and
//! the [`Chat`] writer every exporter module pushes its rows through.

mod csv_rows;
mod json_walk;
mod lines;
mod memotrace_contacts;
mod memotrace_csv;
mod memotrace_html;
mod memotrace_txt;
mod pywxdump;
mod types;
mod wechatexporter;
mod weflow;

use std::collections::BTreeSet;

pub use memotrace_contacts::MemoTraceContacts;
pub use memotrace_csv::MemoTraceCsv;
pub use memotrace_html::MemoTraceHtml;
pub use memotrace_txt::MemoTraceTxt;
pub use pywxdump::{PyWxDumpCsv, PyWxDumpJson, PyWxDumpUsers};
pub use types::WeChatMessageType;
pub use wechatexporter::{WechatExporterHtml, WechatExporterTxt};
pub use weflow::WeFlow;

use super::ImportCtx;
use crate::input::Position;
use crate::model::OwnerNamedBy;
use crate::model::{
    Contact, Conversation, ConversationIdx, ConversationKind, IdentityField, MessageKind,
    NO_SENDER, Platform, SenderIdx, WallTime, WarningKind,
};

/// China Standard Time, the zone WeChat users' clocks show: epochs are shown in it.
pub const CHINA_OFFSET_SECS: i64 = 8 * 3600;

/// The wall clock in China (UTC+8) of a Unix time, when it is one
/// ([`WallTime::checked`]).
pub fn china_wall(unix_secs: i64) -> Option<WallTime> {
    WallTime::checked(unix_secs.saturating_add(CHINA_OFFSET_SECS))
}

/// What a WeChat id says about its owner (format notes §2e).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdClass {
    /// `…@chatroom` (and WeCom's `…@im.chatroom`).
    Group,
    /// `gh_…`: an official account (公众号).
    OfficialAccount,
    /// `…@openim`: a WeCom (企业微信) contact.
    WeCom,
    /// WeChat's own helpers: filehelper, fmessage, weixin ...
    System,
    Person,
}

pub fn classify_id(id: &str) -> IdClass {
    let id = id.trim();
    if id.ends_with("@chatroom") {
        IdClass::Group
    } else if id.starts_with("gh_") {
        IdClass::OfficialAccount
    } else if id.ends_with("@openim") {
        IdClass::WeCom
    } else if matches!(
        id,
        "filehelper"
            | "fmessage"
            | "floatbottle"
            | "medianote"
            | "newsapp"
            | "notifymessage"
            | "qmessage"
            | "qqmail"
            | "tmessage"
            | "weixin"
            | "qqsafe"
            | "@publicUser"
    ) {
        IdClass::System
    } else {
        IdClass::Person
    }
}

/// The conversation kind and the label kept as its raw kind.
pub fn kind_of(class: IdClass) -> (ConversationKind, &'static str) {
    match class {
        IdClass::Group => (ConversationKind::Group, "群聊 group"),
        IdClass::OfficialAccount => (ConversationKind::Channel, "公众号 official account"),
        IdClass::WeCom => (ConversationKind::Personal, "企业微信 WeCom contact"),
        IdClass::System => (ConversationKind::Other, "微信 system account"),
        IdClass::Person => (ConversationKind::Personal, "私聊 private chat"),
    }
}

/// The file name without extension and without MemoTrace's `_utf8` suffix.
pub fn file_stem(file_name: &str) -> &str {
    let stem = file_name.rsplit_once('.').map_or(file_name, |(s, _)| s);
    stem.strip_suffix("_utf8").unwrap_or(stem)
}

/// The folder holding `file`, by its full path (a single file opened alone has only its
/// name as `rel_path`, but its folder still names the conversation or account).
pub fn parent_folder(file: &crate::input::VfsFile) -> Option<&str> {
    file.display_path
        .rsplit(['/', '\\'])
        .nth(1)
        .filter(|f| !f.is_empty())
}

/// One conversation being written, and what its rows revealed about it.
pub struct Chat {
    pub conversation: ConversationIdx,
    /// Ids (or names) of the people other than the account owner who wrote in it.
    pub others: BTreeSet<String>,
    pub rows: u64,
    /// Rows dated by an epoch (shown in China time).
    pub unix_rows: u64,
}

impl Chat {
    /// Registers a conversation (its kind may be settled later with [`Chat::settle`]).
    pub fn open(ctx: &mut ImportCtx<'_>, name: &str, kind: ConversationKind, raw: &str) -> Self {
        let fp = &mut *ctx.footprint;
        let mut chat = Conversation::new(ctx.source, Platform::WeChat, name, kind, raw);
        // Until `settle` names it from inside the export.
        chat.name_from_file = true;
        fp.conversations.push(chat);
        Self {
            conversation: (fp.conversations.len() - 1) as ConversationIdx,
            others: BTreeSet::new(),
            rows: 0,
            unix_rows: 0,
        }
    }

    /// Adds one row. `unix_secs` is preferred for the time when present (shown in China
    /// time); otherwise `wall` is the time as the export wrote it.
    pub fn push(
        &mut self,
        ctx: &mut ImportCtx<'_>,
        when: When,
        sender: SenderIdx,
        kind: WeChatMessageType,
    ) {
        let (wall, unix) = match when {
            When::Unix(secs) => (china_wall(secs), Some(secs)),
            When::Wall(wall) => (WallTime::checked(wall.0), None),
        };
        let Some(wall) = wall else {
            // A zero or a garbled number (an i64 maximum in a WeFlow `createTime`): no
            // time a message has.
            let secs = match when {
                When::Unix(secs) | When::Wall(WallTime(secs)) => secs,
            };
            ctx.warn(
                WarningKind::MissingDate,
                Position::default(),
                format!("a row whose time ({secs}) is no real date"),
            );
            return;
        };
        if unix.is_some() {
            self.unix_rows += 1;
        }
        let message_kind = if kind.is_service() {
            MessageKind::Service
        } else {
            MessageKind::Message
        };
        let sender = if kind.is_service() { NO_SENDER } else { sender };
        ctx.footprint.messages.push(
            wall,
            unix,
            self.conversation,
            sender,
            message_kind,
            kind.content(),
        );
        self.rows += 1;
        ctx.add_records(1);
    }

    /// Sets the conversation's name, kind and raw kind once all rows are read; a `name`
    /// from inside the export replaces the file name it was opened with.
    pub fn settle(&self, ctx: &mut ImportCtx<'_>, name: Option<&str>, class: IdClass) {
        let (kind, raw) = kind_of(class);
        if let Some(conv) = ctx
            .footprint
            .conversations
            .get_mut(self.conversation as usize)
        {
            conv.kind = kind;
            conv.raw_kind = raw.to_string();
            if let Some(name) = name.filter(|n| !n.trim().is_empty()) {
                conv.name = name.trim().to_string();
                conv.name_from_file = false;
            }
        }
    }

    /// Records the conversation's WeChat id (a wxid, `…@chatroom`, `gh_…`), by which the
    /// same chat from another exporter or a contact list is recognised.
    pub fn set_id(&self, ctx: &mut ImportCtx<'_>, id: &str) {
        let id = id.trim();
        if id.is_empty() {
            return;
        }
        if let Some(conv) = ctx
            .footprint
            .conversations
            .get_mut(self.conversation as usize)
        {
            conv.id = Some(id.to_string());
        }
    }

    /// Records other names the export gives this chat (a partner's nickname beside the
    /// remark that names it), so another exporter's file of it is recognised.
    pub fn add_aliases<'a>(
        &self,
        ctx: &mut ImportCtx<'_>,
        names: impl IntoIterator<Item = &'a str>,
    ) {
        let Some(conv) = ctx
            .footprint
            .conversations
            .get_mut(self.conversation as usize)
        else {
            return;
        };
        for name in names {
            let name = name.trim();
            if !name.is_empty() && name != conv.name && !conv.aliases.iter().any(|a| a == name) {
                conv.aliases.push(name.to_string());
            }
        }
    }

    /// Guesses the class of a conversation without an id: several other people make a
    /// group; a single `gh_` / `@openim` partner says what it is.
    pub fn guess_class(&self) -> IdClass {
        match self.others.len() {
            0 => IdClass::Person,
            1 => match self.others.iter().next().map(|id| classify_id(id)) {
                Some(IdClass::Group) | Some(IdClass::System) | Some(IdClass::Person) | None => {
                    IdClass::Person
                }
                Some(other) => other,
            },
            _ => IdClass::Group,
        }
    }
}

/// Adds a group or official account a contact list names. It stands for the chat of
/// that id (or name): analysis counts it once with a chat file of the same conversation.
pub fn add_listed_conversation(
    ctx: &mut ImportCtx<'_>,
    names: &[String],
    id: &str,
    class: IdClass,
    list: &str,
) {
    let (kind, raw) = kind_of(class);
    let name = names
        .iter()
        .find(|n| !n.trim().is_empty())
        .map_or(id, |n| n.trim());
    let chat = Chat::open(ctx, name, kind, &format!("{raw} ({list})"));
    chat.set_id(ctx, id);
    chat.add_aliases(ctx, names.iter().map(String::as_str));
    if let Some(conv) = ctx
        .footprint
        .conversations
        .get_mut(chat.conversation as usize)
    {
        conv.listed = true;
        conv.name_from_file = false;
    }
    ctx.add_records(1);
}

/// The WeChat id in a folder name such as MemoTrace's `周末饭搭子(20000000001@chatroom)` or
/// `招商银行信用卡(gh_sample_cmbcc)`; `None` for a remark in brackets (`小王(同事)`).
pub fn folder_id(file: &crate::input::VfsFile) -> Option<String> {
    let folder = parent_folder(file)?;
    let inner = folder.strip_suffix(')')?.rsplit_once('(')?.1.trim();
    let is_id = classify_id(inner) != IdClass::Person || inner.starts_with("wxid_");
    (is_id && !inner.is_empty()).then(|| inner.to_string())
}

/// The time of a row.
#[derive(Clone, Copy, Debug)]
pub enum When {
    /// An epoch field (MemoTrace `CreateTime`, WeFlow `createTime`).
    Unix(i64),
    /// A local-time string as the exporter wrote it (PyWxDump, TXT exports).
    Wall(WallTime),
}

/// The sender index for a WeChat id (`wechat:<wxid>`) or, without one, a display name
/// (`wechat:name:<name>`).
pub fn sender(ctx: &mut ImportCtx<'_>, id: Option<&str>, name: &str) -> SenderIdx {
    sender_keyed(ctx, &mut String::new(), id, name)
}

/// [`sender`], building the key in `key` (a buffer reused row after row by importers of
/// millions of rows, instead of a new string each).
pub fn sender_keyed(
    ctx: &mut ImportCtx<'_>,
    key: &mut String,
    id: Option<&str>,
    name: &str,
) -> SenderIdx {
    let id = id.map(str::trim).filter(|id| !id.is_empty());
    let name = name.trim();
    key.clear();
    match id {
        Some(id) => {
            key.push_str("wechat:");
            key.push_str(id);
        }
        None if name.is_empty() => return NO_SENDER,
        None => {
            key.push_str("wechat:name:");
            key.push_str(name);
        }
    }
    ctx.footprint.senders.intern(key, name)
}

/// Records the account owner of this source: its sender, and its id and nickname as
/// identity fields (once each). `named_by` says where the export names them.
pub fn set_owner(
    ctx: &mut ImportCtx<'_>,
    sender: SenderIdx,
    wxid: Option<&str>,
    nickname: &str,
    named_by: OwnerNamedBy,
) {
    let source = ctx.source;
    let Some(src) = ctx.footprint.sources.get_mut(source as usize) else {
        return;
    };
    if src.owner.is_some() {
        return;
    }
    src.owner = Some(sender);
    src.owner_named_by = Some(named_by);
    for (field, value) in [("wechat_id", wxid.unwrap_or("")), ("nickname", nickname)] {
        let value = value.trim();
        if !value.is_empty() && value != "我" {
            ctx.footprint.identity.push(IdentityField {
                source,
                platform: Platform::WeChat,
                field: field.to_string(),
                value: value.to_string(),
            });
        }
    }
}

/// Adds an address-book entry.
pub fn add_contact(ctx: &mut ImportCtx<'_>, name: &str, phone: &str, wxid: &str) {
    let wxid = wxid.trim();
    ctx.footprint.contacts.push(Contact {
        id: (!wxid.is_empty()).then(|| format!("wechat:{wxid}")),
        source: ctx.source,
        platform: Platform::WeChat,
        name: name.trim().to_string(),
        phone: phone.trim().to_string(),
        added: None,
    });
    ctx.add_records(1);
}

/// Says how epoch times are shown, when any row had one.
pub fn note_china_time(ctx: &mut ImportCtx<'_>, unix_rows: u64) {
    if unix_rows > 0 {
        note(
            ctx,
            "Times come from the export's Unix timestamps and are shown in China time (UTC+8).",
        );
    }
}

/// The note of a contact list: `contacts.csv: 5 people, 1 group, 1 official account …`
/// from its counts of people, groups and official accounts.
pub fn contact_list_note(list: &str, counts: [u64; 3]) -> String {
    let n = |count: u64, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    format!(
        "{list}: {}, {}, {} (groups and official accounts are listed as conversations).",
        n(counts[0], "person", "people"),
        n(counts[1], "group", "groups"),
        n(counts[2], "official account", "official accounts")
    )
}

/// Adds a note the user should see on this source.
pub fn note(ctx: &mut ImportCtx<'_>, text: impl Into<String>) {
    ctx.note(text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_classify() {
        assert_eq!(classify_id("12345678901@chatroom"), IdClass::Group);
        assert_eq!(classify_id("gh_synth0000000001"), IdClass::OfficialAccount);
        assert_eq!(classify_id("wm_abc@openim"), IdClass::WeCom);
        assert_eq!(classify_id("wxid_synthfriend01"), IdClass::Person);
        assert_eq!(classify_id("filehelper"), IdClass::System);
    }

    #[test]
    fn china_time_is_utc_plus_8() {
        assert_eq!(
            china_wall(1_700_000_000).unwrap().to_iso(),
            "2023-11-15T06:13:20"
        );
        assert_eq!(china_wall(i64::MAX), None);
    }

    #[test]
    fn stems() {
        assert_eq!(file_stem("小王_utf8.csv"), "小王");
        assert_eq!(file_stem("周末饭搭子.csv"), "周末饭搭子");
        assert_eq!(file_stem("noext"), "noext");
    }
}
