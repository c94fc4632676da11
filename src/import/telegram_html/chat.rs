//! Chat pages `messages.html`, `messages2.html` ...: default, joined and service messages,
//! calls, date separators, and login notices in the service chat.

use super::html::parse_day;
use super::page_scan::{Page, RawMessage};
use crate::import::ImportCtx;
use crate::import::telegram_json::parse_login_notice;
use crate::input::Position;
use crate::model::{
    Content, ConversationIdx, ConversationKind, LoginEvent, MessageKind, NO_SENDER, Platform,
    SenderIdx, WallTime, WarningKind,
};

/// Whether a service message's text is an event only groups have (Telegram Desktop's
/// wording: "created group «N»", "invited", "joined group by link", "changed group
/// title", "changed group photo", "removed", "converted a basic group").
fn is_group_event(text: &str) -> bool {
    [
        "created group",
        " invited ",
        "joined group",
        "changed group title",
        "changed group photo",
        "removed group photo",
        "converted a basic group",
        " removed ",
    ]
    .iter()
    .any(|pattern| text.contains(pattern))
}

/// Reads the pages of one chat in order, carrying the sender of "joined" messages and the
/// current day from one message to the next.
pub struct ChatReader {
    pub conversation: ConversationIdx,
    /// The service chat "Telegram" (777000): its texts are read for login notices.
    pub service_chat: bool,
    last_sender: SenderIdx,
    last_time: Option<WallTime>,
    day_start: Option<WallTime>,
    /// The `UTC±HH:MM` suffix seen on message dates, if any.
    pub offset_secs: Option<i32>,
    sender_key: String,
}

impl ChatReader {
    pub fn new(conversation: ConversationIdx, service_chat: bool) -> Self {
        Self {
            conversation,
            service_chat,
            last_sender: NO_SENDER,
            last_time: None,
            day_start: None,
            offset_secs: None,
            sender_key: String::new(),
        }
    }

    /// Adds the messages of one page; returns how many records it read.
    pub fn read_page(&mut self, page: &Page, path: &str, ctx: &mut ImportCtx<'_>) -> u64 {
        // The first message of every file is never "joined" (format notes §2.5).
        self.last_sender = NO_SENDER;
        let mut records = 0;
        for (index, message) in page.messages.iter().enumerate() {
            let position = Position {
                byte: 0,
                record: Some(index as u64),
            };
            if message.separator {
                // A date separator ("20 January 2024").
                if let Some(day) = parse_day(&message.service_text) {
                    self.day_start = day
                        .and_hms_opt(0, 0, 0)
                        .and_then(|t| WallTime::checked(t.and_utc().timestamp()));
                }
                continue;
            }
            if message.service {
                // HTML gives service messages no time: the last message's time that day;
                // before any that day, the next timed message's of the same day (not the
                // day's midnight, which would make it the chat's first moment); else the
                // start of the day from the separator.
                let next_that_day = || {
                    let next = page.messages[index + 1..]
                        .iter()
                        .take_while(|m| !m.separator)
                        .find_map(|m| m.date)?;
                    Some(next.0)
                };
                let time = match (self.last_time, self.day_start) {
                    (Some(last), Some(day)) if last >= day => Some(last),
                    (last, day) => next_that_day().or(day).or(last),
                };
                let Some(time) = time else {
                    ctx.warn(
                        WarningKind::MissingDate,
                        position,
                        format!("a service message without a date in {path:?}"),
                    );
                    continue;
                };
                ctx.footprint.messages.push(
                    time,
                    None,
                    self.conversation,
                    NO_SENDER,
                    MessageKind::Service,
                    Content::Unknown,
                );
                // "Ana created group «Lake»": a chat whose kind the page does not say (a
                // single-chat export) is a group.
                if is_group_event(&message.service_text)
                    && let Some(conv) = ctx
                        .footprint
                        .conversations
                        .get_mut(self.conversation as usize)
                    && conv.kind == ConversationKind::Other
                {
                    conv.kind = ConversationKind::Group;
                }
                records += 1;
                continue;
            }
            let Some((time, offset)) = message.date else {
                ctx.warn(
                    WarningKind::MissingDate,
                    position,
                    format!("a message without a date in {path:?}"),
                );
                continue;
            };
            if offset.is_some() {
                self.offset_secs = offset;
            }
            self.last_time = Some(time);
            let sender = if message.joined {
                self.last_sender
            } else {
                self.sender(message, ctx)
            };
            self.last_sender = sender;
            // Calls are service events in JSON (`phone_call`); HTML writes them as messages.
            let (kind, content) = if message.call {
                (MessageKind::Service, Content::Unknown)
            } else {
                (MessageKind::Message, message.content)
            };
            ctx.footprint
                .messages
                .push(time, None, self.conversation, sender, kind, content);
            records += 1;
            if self.service_chat {
                self.login_notice(&message.text, time, ctx);
            }
        }
        records
    }

    fn sender(&mut self, message: &RawMessage, ctx: &mut ImportCtx<'_>) -> SenderIdx {
        let Some(name) = message.from_name.as_deref() else {
            return NO_SENDER;
        };
        // "Name via @bot": the bot is not the sender.
        let name = name.split(" via @").next().unwrap_or("").trim();
        if name.is_empty() {
            return NO_SENDER;
        }
        // HTML has no user ids, so senders are told apart by name.
        self.sender_key.clear();
        self.sender_key.push_str("telegram:name:");
        self.sender_key.push_str(name);
        ctx.footprint.senders.intern(&self.sender_key, name)
    }

    fn login_notice(&self, text: &str, time: WallTime, ctx: &mut ImportCtx<'_>) {
        let Some(notice) = parse_login_notice(text) else {
            return;
        };
        ctx.footprint.add_login_event(LoginEvent {
            source: ctx.source,
            platform: Platform::Telegram,
            time,
            device: notice.device,
            location: notice.location,
            ip: notice.ip,
        });
    }
}
