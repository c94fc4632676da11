//! Chat pages `messages.html`, `messages2.html` ...: default, joined and service messages,
//! calls, date separators, and login notices in the service chat.

use std::sync::LazyLock;

use scraper::{ElementRef, Html, Selector};

use super::html::{child, has_class, parse_date_title, parse_day, selector, text};
use crate::import::ImportCtx;
use crate::import::telegram_json::parse_login_notice;
use crate::input::Position;
use crate::model::{
    ConversationIdx, LoginEvent, MessageKind, NO_SENDER, Platform, SenderIdx, WallTime, WarningKind,
};

static MESSAGE: LazyLock<Selector> = selector!("div.history > div.message");
static CALL: LazyLock<Selector> = selector!("div.media_call");
static PAGE_TITLE: LazyLock<Selector> = selector!("div.page_header div.text");

/// The chat name in a page's header (the only name a single-chat export has).
pub fn page_title(doc: &Html) -> Option<String> {
    doc.select(&PAGE_TITLE)
        .next()
        .map(|e| text(&e))
        .filter(|t| !t.is_empty())
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
    pub fn read_page(&mut self, doc: &Html, page: &str, ctx: &mut ImportCtx<'_>) -> u64 {
        // The first message of every file is never "joined" (format notes §2.5).
        self.last_sender = NO_SENDER;
        let mut records = 0;
        for (index, message) in doc.select(&MESSAGE).enumerate() {
            let position = Position {
                byte: 0,
                record: Some(index as u64),
            };
            let id = message.value().attr("id").unwrap_or("");
            if id.starts_with("message-") {
                // A date separator ("20 January 2024").
                if let Some(day) = child(&message, "body").and_then(|b| parse_day(&text(&b))) {
                    self.day_start = day
                        .and_hms_opt(0, 0, 0)
                        .map(|t| WallTime(t.and_utc().timestamp()));
                }
                continue;
            }
            if has_class(&message, "service") {
                // HTML gives service messages no time: the last message's time that day, or
                // the start of the day from the separator.
                let time = match (self.last_time, self.day_start) {
                    (Some(last), Some(day)) if last >= day => Some(last),
                    (_, day) => day.or(self.last_time),
                };
                let Some(time) = time else {
                    ctx.warn(
                        WarningKind::MissingDate,
                        position,
                        format!("a service message without a date in {page:?}"),
                    );
                    continue;
                };
                ctx.footprint.messages.push(
                    time,
                    None,
                    self.conversation,
                    NO_SENDER,
                    MessageKind::Service,
                );
                records += 1;
                continue;
            }
            let Some(body) = child(&message, "body") else {
                continue;
            };
            let Some((time, offset)) = child(&body, "date")
                .and_then(|d| d.value().attr("title"))
                .and_then(parse_date_title)
            else {
                ctx.warn(
                    WarningKind::MissingDate,
                    position,
                    format!("a message without a date in {page:?}"),
                );
                continue;
            };
            if offset.is_some() {
                self.offset_secs = offset;
            }
            self.last_time = Some(time);
            let sender = if has_class(&message, "joined") {
                self.last_sender
            } else {
                self.sender(&body, ctx)
            };
            self.last_sender = sender;
            // Calls are service events in JSON (`phone_call`); HTML writes them as messages.
            let kind = if body.select(&CALL).next().is_some() {
                MessageKind::Service
            } else {
                MessageKind::Message
            };
            ctx.footprint
                .messages
                .push(time, None, self.conversation, sender, kind);
            records += 1;
            if self.service_chat {
                self.login_notice(&body, time, ctx);
            }
        }
        records
    }

    fn sender(&mut self, body: &ElementRef<'_>, ctx: &mut ImportCtx<'_>) -> SenderIdx {
        let Some(name) = child(body, "from_name").map(|e| text(&e)) else {
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

    fn login_notice(&self, body: &ElementRef<'_>, time: WallTime, ctx: &mut ImportCtx<'_>) {
        let Some(notice) = child(body, "text")
            .map(|e| text(&e))
            .and_then(|t| parse_login_notice(&t))
        else {
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
