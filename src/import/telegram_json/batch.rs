//! Messages parsed on every core. The scanner (one thread) copies each message's bytes
//! into a [`Batch`]; worker threads deserialise whole batches into owned [`Parsed`]
//! records; the walker adds them to the model in the file's order, so the result is the
//! same as reading on one thread (issue 17: a `serde_json` pass is the slow part, the
//! scanner runs at `memchr` speed).

use std::ops::Range;

use super::ids;
use super::login_notice::{self, LoginNotice};
use super::message::{PeerId, parse_message};
use crate::import::json::{Repairs, repair};
use crate::model::{Content, ConversationIdx, MessageKind, WallTime};

/// A batch is handed over when it holds this many messages ...
pub const BATCH_MESSAGES: usize = 4096;
/// ... or this many bytes of them.
pub const BATCH_BYTES: usize = 1 << 20;

/// One message's place in a batch and in the file.
#[derive(Clone, Debug)]
pub struct Item {
    /// Its bytes in [`Batch::bytes`].
    pub range: Range<usize>,
    /// Its byte offset in the file.
    pub offset: u64,
    /// Its index in its dialog's message list.
    pub record: u64,
    pub conversation: ConversationIdx,
    /// Keep its text (the service account's login notices).
    pub keep_text: bool,
    /// The first of a message list (an undated message never takes a time across lists).
    pub first_in_list: bool,
    /// The scanner saw something to repair (invalid escapes, bytes).
    pub needs_repair: bool,
    /// Longer than the stream's limit: no bytes (the stream warns).
    pub oversized: bool,
}

/// Messages of one or more dialogs, in file order.
#[derive(Debug, Default)]
pub struct Batch {
    pub bytes: Vec<u8>,
    pub items: Vec<Item>,
}

impl Batch {
    pub fn is_full(&self) -> bool {
        self.items.len() >= BATCH_MESSAGES || self.bytes.len() >= BATCH_BYTES
    }
}

/// A message as the model takes it, owning what it keeps.
#[derive(Debug)]
pub struct OwnedMessage {
    pub kind: MessageKind,
    /// Written by Telegram as `"type": "unsupported"` (a service event without a date).
    pub unsupported: bool,
    pub content: Content,
    /// From `date`, else `date_unixtime` (UTC).
    pub wall: Option<WallTime>,
    pub unix: Option<i64>,
    /// The sender's key (`telegram:user123`) and name, in [`ParsedBatch::text`] (one
    /// buffer a batch: no allocation a message, which the threads would contend for).
    pub sender: Option<(Range<usize>, Range<usize>)>,
    /// Rare (the service account's messages): boxed to keep the common case small.
    pub notice: Option<Box<LoginNotice>>,
    pub duplicate_keys: u32,
    /// What was repaired before it could be read, with an excerpt for the warning.
    pub repairs: Option<Box<(Repairs, String)>>,
}

/// What became of one message.
#[derive(Debug)]
pub enum Outcome {
    /// Too long to hold (the stream warned).
    Oversized,
    /// Unreadable even after repair: the parser's error.
    Skipped(String),
    Message(OwnedMessage),
}

/// A batch's results, in order, and the text they point into.
#[derive(Debug, Default)]
pub struct ParsedBatch {
    pub text: String,
    pub items: Vec<Parsed>,
}

/// One message's result, with its place.
#[derive(Debug)]
pub struct Parsed {
    pub offset: u64,
    pub record: u64,
    pub conversation: ConversationIdx,
    pub first_in_list: bool,
    pub outcome: Outcome,
}

/// Parses every message of `batch`, in order.
pub fn parse_batch(batch: &Batch) -> ParsedBatch {
    let mut out = ParsedBatch {
        text: String::with_capacity(batch.items.len() * 32),
        items: Vec::with_capacity(batch.items.len()),
    };
    for item in &batch.items {
        let outcome = match batch.bytes.get(item.range.clone()) {
            _ if item.oversized => Outcome::Oversized,
            Some(bytes) => parse_one(bytes, item, &mut out.text),
            None => Outcome::Skipped("internal error: a message outside its batch".into()),
        };
        out.items.push(Parsed {
            offset: item.offset,
            record: item.record,
            conversation: item.conversation,
            first_in_list: item.first_in_list,
            outcome,
        });
    }
    out
}

/// Every message of `batch` as skipped with `why` (a parser that panicked).
pub fn skipped(batch: &Batch, why: &str) -> ParsedBatch {
    ParsedBatch {
        text: String::new(),
        items: batch
            .items
            .iter()
            .map(|item| Parsed {
                offset: item.offset,
                record: item.record,
                conversation: item.conversation,
                first_in_list: item.first_in_list,
                outcome: Outcome::Skipped(why.to_string()),
            })
            .collect(),
    }
}

fn parse_one(bytes: &[u8], item: &Item, text: &mut String) -> Outcome {
    if !item.needs_repair
        && let Ok(rec) = parse_message(bytes, item.keep_text)
    {
        return Outcome::Message(own(rec, None, text));
    }
    let (fixed, repairs) = repair(bytes);
    match parse_message(&fixed, item.keep_text) {
        Ok(rec) => {
            let repaired = repairs
                .any()
                .then(|| Box::new((repairs, super::excerpt(bytes))));
            Outcome::Message(own(rec, repaired, text))
        }
        Err(e) => Outcome::Skipped(format!("message at byte {}: {e}", item.offset)),
    }
}

fn own(
    rec: super::message::MessageRecord<'_>,
    repairs: Option<Box<(Repairs, String)>>,
    text: &mut String,
) -> OwnedMessage {
    let unsupported = rec.kind.as_deref() == Some("unsupported");
    let kind = match rec.kind.as_deref() {
        Some("message") | None => MessageKind::Message,
        Some(_) => MessageKind::Service,
    };
    let content = match kind {
        MessageKind::Message => rec.content,
        MessageKind::Service => Content::Unknown,
    };
    let wall = rec
        .date
        .as_deref()
        .and_then(WallTime::parse_iso)
        .or_else(|| rec.date_unix.and_then(WallTime::from_unix_utc));
    let name = rec.author_name.as_deref().unwrap_or("");
    let start = text.len();
    text.push_str("telegram:");
    let known = match &rec.author_id {
        Some(PeerId::Text(id)) => {
            text.push_str(id);
            true
        }
        Some(PeerId::Number(n)) => {
            ids::numeric_peer_key(*n, text);
            true
        }
        None if !name.is_empty() => {
            text.push_str("name:");
            text.push_str(name);
            true
        }
        None => false,
    };
    let sender = if known {
        let key = start..text.len();
        text.push_str(name);
        Some((key.clone(), key.end..text.len()))
    } else {
        text.truncate(start);
        None
    };
    OwnedMessage {
        kind,
        unsupported,
        content,
        wall,
        // An absolute time no message has (±10^14) is dropped, the wall time kept.
        unix: rec.date_unix.filter(|&u| WallTime::checked(u).is_some()),
        sender,
        notice: rec
            .text
            .as_deref()
            .and_then(login_notice::parse)
            .map(Box::new),
        duplicate_keys: rec.duplicate_keys,
        repairs,
    }
}
