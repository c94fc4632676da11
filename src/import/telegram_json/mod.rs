//! Telegram Desktop's machine-readable JSON export (`result.json`), full or single chat.
//!
//! The file can be gigabytes, so it is never held whole: [`JsonStream`] walks the outer
//! structure and every message is deserialised from its own byte slice. Invalid JSON
//! that Telegram writes is repaired per record and counted as a warning. Format notes:
//! `shared/docs/formats/telegram.md` §1, §5 and §6.

mod batch;
mod ids;
mod login_notice;
mod message;
mod sections;

use std::io::Read;

use serde_json::Value;

use super::json::stream_json;
use super::json::{JsonStream, RawValue, StreamError, repair};
use super::parallel::{Pool, with_pool};
use super::unrecognised::top_level_keys;
use super::{Confidence, ImportCtx, ImportError, Importer, Probe};
use crate::input::{Position, Vfs, VfsFile};
use crate::model::{
    Conversation, ConversationIdx, ConversationKind, LoginEvent, NO_SENDER, Platform, WallTime,
    WarningKind,
};

use batch::{Batch, Item, Outcome, Parsed, ParsedBatch, parse_batch};
pub use login_notice::{LoginNotice, parse as parse_login_notice};
pub(crate) use sections::apply as apply_section;

/// The importer for `result.json`.
pub struct TelegramJson;

const FORMAT: &str = "telegram-json";

/// Top-level keys of a full export (format notes §1.2).
const FULL_EXPORT_KEYS: &[&str] = &["about", "chats", "left_chats"];

impl Importer for TelegramJson {
    fn format(&self) -> &'static str {
        FORMAT
    }

    fn platform(&self) -> Platform {
        Platform::Telegram
    }

    fn recognise(&self, probe: &Probe<'_>) -> Confidence {
        let Some(decoded) = probe.json_head('{') else {
            return Confidence::No;
        };
        let keys = top_level_keys(decoded.as_bytes());
        let has = |k: &str| keys.iter().any(|key| key == k);
        let full = FULL_EXPORT_KEYS
            .iter()
            .chain(sections::SECTION_KEYS)
            .any(|k| has(k));
        // A single-chat export is the dialog object itself: name, type, id, messages.
        let single_chat = has("messages") && (has("type") || has("name") || has("id"));
        if full || single_chat {
            Confidence::High
        } else if probe.file.file_name() == "result.json" && (keys.is_empty() || has("messages")) {
            Confidence::Medium
        } else {
            Confidence::No
        }
    }

    fn import(
        &self,
        vfs: &Vfs,
        file: &VfsFile,
        ctx: &mut ImportCtx<'_>,
    ) -> Result<(), ImportError> {
        stream_json(vfs, file, ctx, |ctx, stream| {
            // This thread walks the file and batches the messages' bytes; the pool parses
            // the batches on the other cores (this thread helps when they are behind):
            // 806 MB/s on the realistic 1 GB file, against 757 with a worker on every
            // core as well.
            with_pool(ctx.limits.parse_threads, parse_batch_safely, |pool| {
                let mut walker = Walker {
                    ctx,
                    key: Vec::new(),
                    records_in_list: 0,
                    last_time: None,
                    batch: Batch::default(),
                    pool,
                };
                let result = walker.walk(stream);
                walker.finish_batches();
                result
            })
        })
    }
}

/// A dialog being read: its fields may come before or after its messages.
#[derive(Default)]
struct Dialog {
    name: Option<Value>,
    raw_type: Option<String>,
    id: Option<i64>,
    conversation: Option<ConversationIdx>,
    seen: bool,
}

impl Dialog {
    fn kind(&self) -> ConversationKind {
        match self.raw_type.as_deref() {
            Some("personal_chat") => ConversationKind::Personal,
            Some("saved_messages") => ConversationKind::Saved,
            Some("bot_chat") => ConversationKind::Bot,
            Some("private_group" | "private_supergroup" | "public_supergroup") => {
                ConversationKind::Group
            }
            Some("private_channel" | "public_channel") => ConversationKind::Channel,
            _ => ConversationKind::Other,
        }
    }

    fn display_name(&self) -> String {
        match &self.name {
            Some(Value::String(name)) if !name.trim().is_empty() => name.trim().to_string(),
            Some(Value::Null) => "Deleted Account".into(),
            _ => match self.raw_type.as_deref() {
                Some("saved_messages") => "Saved Messages".into(),
                Some("replies") => "Replies".into(),
                Some("verification_codes") => "Verification Codes".into(),
                _ => "(no name)".into(),
            },
        }
    }

    fn is_service_account(&self) -> bool {
        self.id.map(ids::bare_dialog_id) == Some(ids::SERVICE_ACCOUNT_ID)
    }
}

/// Parses a batch; a parser that panics costs its batch (each message skipped with a
/// warning), not the load.
fn parse_batch_safely(batch: Batch) -> ParsedBatch {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parse_batch(&batch)))
        .unwrap_or_else(|_| batch::skipped(&batch, "internal error while reading it"))
}

struct Walker<'c, 'a, 'p, 'f> {
    ctx: &'c mut ImportCtx<'a>,
    key: Vec<u8>,
    records_in_list: u64,
    /// The time of the list's last dated message: an "unsupported" one, which Telegram
    /// writes without a date, takes it.
    last_time: Option<WallTime>,
    /// Messages scanned and not yet handed over.
    batch: Batch,
    /// Parses the batches; their results are applied to the model in order.
    pool: &'p mut Pool<'f, Batch, ParsedBatch>,
}

impl Walker<'_, '_, '_, '_> {
    fn walk<R: Read>(&mut self, stream: &mut JsonStream<R>) -> Result<(), StreamError> {
        stream.begin_object()?;
        // The root is itself a dialog in a single-chat export.
        let mut root = Dialog::default();
        let result = self.root_keys(stream, &mut root);
        if root.seen {
            self.finish_dialog(&mut root, false);
        }
        result
    }

    fn root_keys<R: Read>(
        &mut self,
        stream: &mut JsonStream<R>,
        root: &mut Dialog,
    ) -> Result<(), StreamError> {
        while stream.next_key(&mut self.key)? {
            match self.key.as_slice() {
                b"chats" => self.chat_section(stream, false)?,
                b"left_chats" => self.chat_section(stream, true)?,
                b"name" | b"type" | b"id" | b"messages" => {
                    self.dialog_field(stream, root, false)?
                }
                key => {
                    let key = String::from_utf8_lossy(key).into_owned();
                    if sections::SECTION_KEYS.contains(&key.as_str()) {
                        if let Some(value) = self.small_value(stream)? {
                            sections::apply(&key, &value, self.ctx);
                        }
                    } else {
                        stream.skip_value()?;
                    }
                }
            }
        }
        Ok(())
    }

    /// `chats` / `left_chats`: `{about, list: [dialog ...]}` (or a bare list).
    fn chat_section<R: Read>(
        &mut self,
        stream: &mut JsonStream<R>,
        left: bool,
    ) -> Result<(), StreamError> {
        match stream.peek()? {
            Some(b'{') => {
                stream.begin_object()?;
                while stream.next_key(&mut self.key)? {
                    if self.key == b"list" {
                        self.dialog_list(stream, left)?;
                    } else {
                        stream.skip_value()?;
                    }
                }
                Ok(())
            }
            Some(b'[') => self.dialog_list(stream, left),
            _ => self.skip_unexpected(
                stream,
                if left { "left_chats" } else { "chats" },
                "an object with a list of chats",
            ),
        }
    }

    /// Skips a value whose JSON type is not the one Telegram writes there, with a warning
    /// that says what was found (a damaged or hand-edited export would otherwise read as
    /// an empty one without a word).
    fn skip_unexpected<R: Read>(
        &mut self,
        stream: &mut JsonStream<R>,
        what: &str,
        expected: &str,
    ) -> Result<(), StreamError> {
        let position = Position {
            byte: stream.offset(),
            record: None,
        };
        let raw = stream.skip_value()?;
        let found = sections::json_kind(stream.bytes(&raw).first().copied());
        self.ctx.warn(
            WarningKind::SkippedRecord,
            position,
            format!("`{what}` is {found}, where Telegram writes {expected}; it was skipped"),
        );
        Ok(())
    }

    fn dialog_list<R: Read>(
        &mut self,
        stream: &mut JsonStream<R>,
        left: bool,
    ) -> Result<(), StreamError> {
        if stream.peek()? != Some(b'[') {
            return self.skip_unexpected(stream, "list", "a list of chats");
        }
        stream.begin_array()?;
        while stream.next_item()? {
            if stream.peek()? != Some(b'{') {
                self.skip_unexpected(stream, "a chat", "an object")?;
                continue;
            }
            stream.begin_object()?;
            let mut dialog = Dialog::default();
            let result: Result<(), StreamError> = (|| {
                while stream.next_key(&mut self.key)? {
                    self.dialog_field(stream, &mut dialog, left)?;
                }
                Ok(())
            })();
            // Keep the conversation even when the file ends inside it.
            self.finish_dialog(&mut dialog, left);
            result?;
        }
        Ok(())
    }

    /// One key of a dialog object (the current key is in `self.key`).
    fn dialog_field<R: Read>(
        &mut self,
        stream: &mut JsonStream<R>,
        dialog: &mut Dialog,
        left: bool,
    ) -> Result<(), StreamError> {
        match self.key.as_slice() {
            b"name" => {
                dialog.name = self.small_value(stream)?;
                dialog.seen = true;
            }
            b"type" => {
                dialog.raw_type = self
                    .small_value(stream)?
                    .and_then(|v| v.as_str().map(str::to_string));
                dialog.seen = true;
            }
            b"id" => {
                dialog.id = self.small_value(stream)?.and_then(|v| v.as_i64());
                dialog.seen = true;
            }
            b"messages" => {
                dialog.seen = true;
                let conversation = self.conversation_for(dialog, left);
                self.messages(stream, conversation, dialog.is_service_account())?;
            }
            _ => {
                stream.skip_value()?;
            }
        }
        Ok(())
    }

    fn conversation_for(&mut self, dialog: &mut Dialog, left: bool) -> ConversationIdx {
        if let Some(idx) = dialog.conversation {
            return idx;
        }
        let conversations = &mut self.ctx.footprint.conversations;
        let mut conversation = Conversation::new(
            self.ctx.source,
            Platform::Telegram,
            "",
            ConversationKind::Other,
            "",
        );
        conversation.left = left;
        conversations.push(conversation);
        let idx = (conversations.len() - 1) as ConversationIdx;
        dialog.conversation = Some(idx);
        idx
    }

    /// Writes the dialog's final fields (which may have come after its messages).
    fn finish_dialog(&mut self, dialog: &mut Dialog, left: bool) {
        let idx = self.conversation_for(dialog, left);
        if let Some(conv) = self.ctx.footprint.conversations.get_mut(idx as usize) {
            conv.name = dialog.display_name();
            conv.kind = dialog.kind();
            conv.raw_kind = dialog.raw_type.clone().unwrap_or_default();
            conv.id = dialog.id.map(|id| ids::bare_dialog_id(id).to_string());
        }
    }

    fn messages<R: Read>(
        &mut self,
        stream: &mut JsonStream<R>,
        conversation: ConversationIdx,
        keep_text: bool,
    ) -> Result<(), StreamError> {
        if stream.peek()? != Some(b'[') {
            return stream.skip_value().map(drop);
        }
        stream.begin_array()?;
        self.records_in_list = 0;
        while stream.next_item()? {
            let raw = stream.skip_value()?;
            self.add_to_batch(stream.bytes(&raw), &raw, conversation, keep_text);
            self.records_in_list += 1;
        }
        Ok(())
    }

    /// Copies one message into the batch, and hands the batch over when it is full.
    fn add_to_batch(
        &mut self,
        bytes: &[u8],
        raw: &RawValue,
        conversation: ConversationIdx,
        keep_text: bool,
    ) {
        let start = self.batch.bytes.len();
        if !raw.oversized {
            self.batch.bytes.extend_from_slice(bytes);
        }
        self.batch.items.push(Item {
            range: start..self.batch.bytes.len(),
            offset: raw.offset,
            record: self.records_in_list,
            conversation,
            keep_text,
            first_in_list: self.records_in_list == 0,
            needs_repair: raw.needs_repair,
            oversized: raw.oversized,
        });
        if self.batch.is_full() {
            self.send_batch();
        }
    }

    /// Hands the batch to the pool, then applies whatever results are ready, in order.
    fn send_batch(&mut self) {
        if self.batch.items.is_empty() {
            return;
        }
        self.pool.submit(std::mem::take(&mut self.batch));
        self.apply_ready(false);
    }

    /// Applies results in batch order: those ready, or (`wait`) all that were handed over.
    fn apply_ready(&mut self, wait: bool) {
        while let Some((_, parsed)) = self.pool.next(wait) {
            // `parse_batch_safely` does not panic, so every batch has its result.
            let Some(parsed) = parsed else { continue };
            for p in parsed.items {
                self.apply(p, &parsed.text);
            }
        }
    }

    /// Hands over the last batch and applies every result.
    fn finish_batches(&mut self) {
        self.send_batch();
        self.apply_ready(true);
    }

    /// Adds one parsed message to the model, or warns why it could not be.
    fn apply(&mut self, p: Parsed, text: &str) {
        let position = Position {
            byte: p.offset,
            record: Some(p.record),
        };
        if p.first_in_list {
            self.last_time = None;
        }
        match p.outcome {
            Outcome::Oversized => {} // the stream warns
            Outcome::Skipped(why) => self.ctx.warn(WarningKind::SkippedRecord, position, why),
            Outcome::Message(message) => self.push_message(message, text, p.conversation, position),
        }
    }

    fn note_repairs(&mut self, repairs: super::json::Repairs, position: Position, original: &[u8]) {
        let sample = || excerpt(original);
        if repairs.syntax > 0 {
            self.ctx.warn(WarningKind::RepairedJson, position, sample());
        }
        if repairs.invalid_utf8 {
            self.ctx.warn(WarningKind::InvalidUtf8, position, sample());
        }
    }

    fn push_message(
        &mut self,
        rec: batch::OwnedMessage,
        text: &str,
        conversation: ConversationIdx,
        position: Position,
    ) {
        if let Some((repairs, excerpt)) = rec.repairs.as_deref() {
            if repairs.syntax > 0 {
                self.ctx
                    .warn(WarningKind::RepairedJson, position, excerpt.clone());
            }
            if repairs.invalid_utf8 {
                self.ctx
                    .warn(WarningKind::InvalidUtf8, position, excerpt.clone());
            }
        }
        if rec.duplicate_keys > 0 {
            self.ctx.warn(
                WarningKind::DuplicateKey,
                position,
                "a message repeats a key",
            );
        }
        let unsupported = rec.unsupported;
        if unsupported {
            // Telegram could not write it out, but it is there: "everything else in a
            // conversation" is a service event (summary-format.md). Still a warning, as
            // its kind and time are not known.
            self.ctx.warn(
                WarningKind::UnsupportedMessage,
                position,
                "a message of type \"unsupported\"",
            );
        }
        let (kind, content) = (rec.kind, rec.content);
        let wall = rec.wall.or(if unsupported { self.last_time } else { None });
        let Some(wall) = wall else {
            self.ctx.warn(
                WarningKind::MissingDate,
                position,
                "a message without a real date (date and date_unixtime missing or out of range)",
            );
            return;
        };
        self.last_time = Some(wall);
        let sender = match &rec.sender {
            Some((key, name)) => self.ctx.footprint.senders.intern(
                text.get(key.clone()).unwrap_or(""),
                text.get(name.clone()).unwrap_or(""),
            ),
            None => NO_SENDER,
        };
        self.ctx
            .footprint
            .messages
            .push(wall, rec.unix, conversation, sender, kind, content);
        self.ctx.add_records(1);
        if let Some(notice) = rec.notice.map(|n| *n) {
            let source = self.ctx.source;
            self.ctx.footprint.add_login_event(LoginEvent {
                source,
                platform: Platform::Telegram,
                time: wall,
                device: notice.device,
                location: notice.location,
                ip: notice.ip,
            });
        }
    }

    /// Reads a small value (a section, a dialog's name) as a `serde_json::Value`,
    /// repairing it first if needed. An unreadable one is a warning and `None`.
    fn small_value<R: Read>(
        &mut self,
        stream: &mut JsonStream<R>,
    ) -> Result<Option<Value>, StreamError> {
        let raw = stream.skip_value()?;
        if raw.oversized {
            return Ok(None); // the stream warns
        }
        let bytes = stream.bytes(&raw);
        let position = Position {
            byte: raw.offset,
            record: None,
        };
        if !raw.needs_repair
            && let Ok(value) = serde_json::from_slice(bytes)
        {
            return Ok(Some(value));
        }
        let (fixed, repairs) = repair(bytes);
        match serde_json::from_slice(&fixed) {
            Ok(value) => {
                self.note_repairs(repairs, position, bytes);
                Ok(Some(value))
            }
            Err(e) => {
                self.ctx.warn(
                    WarningKind::SkippedRecord,
                    position,
                    format!("value at byte {}: {e}", raw.offset),
                );
                Ok(None)
            }
        }
    }
}

/// A one-line excerpt of a record for a warning: around the first `\\x` escape when there
/// is one (the usual repair), else its start; white space folded.
fn excerpt(bytes: &[u8]) -> String {
    let at = memchr::memmem::find(bytes, b"\\x").unwrap_or(0);
    let start = at.saturating_sub(60);
    let end = (at + 60).min(bytes.len());
    let text = String::from_utf8_lossy(&bytes[start..end]);
    let folded: Vec<&str> = text.split_whitespace().collect();
    folded.join(" ")
}
