//! WhatsApp's per-chat "Export chat" text (`WhatsApp Chat with NAME.txt`, or `_chat.txt`
//! in `WhatsApp Chat - NAME.zip`), in every locale the format notes list
//! (`shared/docs/formats/whatsapp.md` §1). One file is one conversation. Media files
//! next to it are never read; media references in the text are counted by type.

mod chunks;
mod date_order;
mod header;
mod locale;
mod reader;
mod system;
mod wording;

use std::io::BufReader;

pub use date_order::Evidence;
pub use header::Shape;
pub use locale::{Lang, title_from_file_name};
pub use reader::{ChatLine, ChatReadError, ChatReadOptions, ParsedChat, clean_name, read_chat};
pub use system::EventKind;

use super::{Confidence, ImportCtx, ImportError, Importer, Probe, StopAtError, read_text};
use crate::input::{Position, Vfs, VfsFile, text};
use crate::model::{Conversation, ConversationKind, MessageKind, NO_SENDER, Platform, WarningKind};

/// The importer for chat exports.
pub struct WhatsAppChat;

const FORMAT: &str = "whatsapp-chat";

/// Header lines among the first lines of a file that make it a chat by content alone.
const HEADERS_TO_RECOGNISE: usize = 2;

/// True for the names WhatsApp gives a chat's attachments in an export (format notes
/// §1.1): iOS `00000047-Report.csv` (eight digits, a dash), Android
/// `DOC-20230101-WA0002.txt`. A document someone sent is part of the chat, not a damaged
/// export of the user's.
fn is_attachment_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    let ios = bytes.len() > 9
        && bytes
            .get(..8)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && bytes.get(8) == Some(&b'-');
    let android = ["IMG-", "VID-", "AUD-", "PTT-", "STK-", "DOC-"]
        .iter()
        .any(|prefix| name.starts_with(prefix))
        && name.contains("-WA");
    ios || android
}

/// Path components that are never a chat (Mac resource forks re-zipped with the export).
fn is_noise(rel_path: &str) -> bool {
    rel_path
        .split('/')
        .any(|part| part == "__MACOSX" || part.starts_with("._"))
}

/// The chat's name and the file name's language, from the file name or from the zip it
/// is in (`WhatsApp Chat - NAME.zip/_chat.txt`).
pub fn chat_title(file: &VfsFile) -> Option<(String, Option<Lang>)> {
    let mut parts = file.display_path.rsplit(['/', '\\']);
    let name = parts.next()?;
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    if let Some(found) = title_from_file_name(stem) {
        return Some(found);
    }
    // Built-in samples are shown as `(built-in) FOLDER/_chat.txt`.
    let parent = parts.next()?;
    let parent = parent.strip_prefix("(built-in) ").unwrap_or(parent);
    let parent_stem = parent
        .strip_suffix(".zip")
        .or_else(|| parent.strip_suffix(".ZIP"))
        .unwrap_or(parent);
    title_from_file_name(parent_stem)
}

impl Importer for WhatsAppChat {
    /// The documents sent in the chat, beside its text in an export.
    fn owns_beside(&self, other: &VfsFile) -> bool {
        is_attachment_name(other.file_name())
    }

    fn format(&self) -> &'static str {
        FORMAT
    }

    fn platform(&self) -> Platform {
        Platform::WhatsApp
    }

    fn recognise(&self, probe: &Probe<'_>) -> Confidence {
        let file = probe.file;
        if file.extension() != "txt" || is_noise(&file.rel_path) {
            return Confidence::No;
        }
        let named = file.file_name() == "_chat.txt" || chat_title(file).is_some();
        if named {
            return Confidence::High;
        }
        if text::looks_binary(probe.head) {
            return Confidence::No;
        }
        let decoded = probe.text();
        let mut view = header::HeaderView::default();
        let mut shapes: Vec<Shape> = Vec::new();
        for line in decoded.lines().take(40) {
            view.fill(line);
            if let Some(h) = header::parse(&view.bytes, true) {
                shapes.push(h.shape);
            }
        }
        let Some(first) = shapes.first() else {
            return Confidence::No;
        };
        let same = shapes.iter().filter(|s| *s == first).count();
        if same >= HEADERS_TO_RECOGNISE {
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
        let path = file.display_path.as_str();
        let head = vfs.head(file, 4096)?;
        if text::looks_binary(&head) {
            return Err(ImportError::Malformed {
                path: path.to_string(),
                byte: 0,
                detail: "binary data, not the text of a WhatsApp chat export".to_string(),
            });
        }
        let title = chat_title(file);
        let options = ChatReadOptions {
            title: title.as_ref().map(|t| t.0.clone()),
            lang_hint: title.as_ref().and_then(|t| t.1),
            date_order: ctx.date_order,
            modified: file.modified,
            max_line_bytes: ctx.limits.max_record_bytes,
            threads: ctx.limits.parse_threads,
        };
        let mut warnings = ctx
            .footprint
            .sources
            .get_mut(ctx.source as usize)
            .map(|s| std::mem::take(&mut s.warnings))
            .unwrap_or_default();
        let parsed = read_text(vfs, file, ctx, |_, utf8| {
            // A read that fails part way (a damaged zip entry) ends the text there: what
            // came before is kept, the same on every run, and the failure is said.
            let mut input = StopAtError::new(utf8);
            let read = read_chat(
                BufReader::with_capacity(1 << 16, &mut input),
                &options,
                &mut warnings,
            );
            match (read, input.failed) {
                (Ok(parsed), None) => Ok(parsed),
                (Ok(parsed), Some((byte, e))) => {
                    warnings.add(
                        WarningKind::Truncated,
                        Position { byte, record: None },
                        format!(
                            "{path:?} could not be read past here ({e}); what came before was kept"
                        ),
                    );
                    Ok(parsed)
                }
                (Err(_), Some((_, e))) | (Err(ChatReadError::Io(e)), None) => {
                    Err(ImportError::from_io(path, e))
                }
                (Err(e @ ChatReadError::NoMessages { .. }), None) => Err(ImportError::Malformed {
                    path: path.to_string(),
                    byte: 0,
                    detail: e.to_string(),
                }),
            }
        });
        if let Some(source) = ctx.footprint.sources.get_mut(ctx.source as usize) {
            source.warnings = warnings;
        }
        let parsed = parsed?;
        // The file's name names the chat; without one, a group's subject (from inside the
        // text), else the bare file name.
        let (name, name_from_file) = match (title, &parsed.subject) {
            (Some(title), _) => (title.0, true),
            (None, Some(subject)) => (subject.clone(), false),
            (None, None) => (file.file_name().to_string(), true),
        };
        add_to_footprint(ctx, &parsed, name, name_from_file);
        Ok(())
    }
}

/// Puts a read chat into the model: one conversation, its lines sorted by time (file
/// order breaks ties), senders keyed `whatsapp:<name>`, media counts, and the notes.
fn add_to_footprint(
    ctx: &mut ImportCtx<'_>,
    parsed: &ParsedChat,
    name: String,
    name_from_file: bool,
) {
    let fp = &mut *ctx.footprint;
    // More than two people writing makes a group: the look stops at the third.
    let mut writers: Vec<u32> = Vec::with_capacity(3);
    for author in parsed
        .lines
        .iter()
        .filter(|l| l.event.is_none())
        .filter_map(ChatLine::author)
    {
        if !writers.contains(&author) {
            writers.push(author);
            if writers.len() > 2 {
                break;
            }
        }
    }
    let group = parsed.events.keys().any(|k| k.is_group_event()) || writers.len() > 2;
    let conversation = fp.conversations.len() as u32;
    let (kind, raw_kind) = if group {
        (ConversationKind::Group, "group")
    } else {
        (ConversationKind::Personal, "personal")
    };
    let mut chat = Conversation::new(ctx.source, Platform::WhatsApp, name, kind, raw_kind);
    chat.name_from_file = name_from_file;
    fp.conversations.push(chat);
    let senders: Vec<u32> = parsed
        .authors
        .iter()
        .map(|a| fp.senders.intern(&format!("whatsapp:{a}"), a))
        .collect();
    // Most chats are in time order already; the others are put in order through a list
    // of positions (4 bytes a line; stably: file order breaks ties).
    let lines = &parsed.lines;
    let order: Option<Vec<u32>> = (!lines.is_sorted_by_key(|l| l.wall)).then(|| {
        let mut order: Vec<u32> = (0..u32::try_from(lines.len()).unwrap_or(u32::MAX)).collect();
        order.sort_by_key(|&i| lines.get(i as usize).map(|l| l.wall));
        order
    });
    let in_order: Box<dyn Iterator<Item = &ChatLine>> = match &order {
        Some(order) => Box::new(order.iter().filter_map(|&i| lines.get(i as usize))),
        None => Box::new(lines.iter()),
    };
    fp.messages.reserve(lines.len());
    for line in in_order {
        let sender = line
            .author()
            .and_then(|a| senders.get(a as usize).copied())
            .unwrap_or(NO_SENDER);
        let kind = if line.event.is_some() {
            MessageKind::Service
        } else {
            MessageKind::Message
        };
        fp.messages
            .push(line.wall, None, conversation, sender, kind, line.content);
    }
    let records = parsed.lines.len() as u64;
    if let Some(source) = fp.sources.get_mut(ctx.source as usize) {
        source.owner_hints.second_person_lines += parsed.second_person_lines;
        source.owner_hints.notice_author = parsed
            .notice_author
            .and_then(|a| senders.get(a as usize).copied());
        source.date_order = Some(parsed.date_order);
        source.notes.push(parsed.date_order_note.clone());
        source.notes.extend(parsed.year_note.clone());
        source.notes.push(format!(
            "Message lines read as {}{}.",
            parsed.shape.describe(),
            parsed
                .lang
                .map(|l| format!("; system messages in {}", l.name()))
                .unwrap_or_default()
        ));
        if parsed.encryption_by_structure {
            source.notes.push(
                "The chat's first line was taken as WhatsApp's encryption notice by its place and because it names WhatsApp: its language has no wording table."
                    .to_string(),
            );
        }
        if !parsed.events.is_empty() {
            let events: Vec<String> = parsed
                .events
                .iter()
                .map(|(k, n)| format!("{n} {}", k.describe()))
                .collect();
            source
                .notes
                .push(format!("System events: {}.", events.join(", ")));
        }
        if !parsed.media.is_empty() || parsed.deleted > 0 {
            let mut parts: Vec<String> = parsed
                .media
                .iter()
                .map(|(k, n)| format!("{n} {k}"))
                .collect();
            if parsed.deleted > 0 {
                parts.push(crate::analysis::plural(
                    parsed.deleted,
                    "deleted message",
                    "deleted messages",
                ));
            }
            source.notes.push(format!(
                "Media references (files not read): {}.",
                parts.join(", ")
            ));
        }
        if parsed.out_of_order > 0 {
            source.notes.push(format!(
                "{} lines are earlier than the line before them; they are kept and sorted by time.",
                parsed.out_of_order
            ));
        }
    }
    ctx.add_records(records);
}

#[cfg(test)]
mod tests {
    use super::is_attachment_name;

    #[test]
    fn attachment_names_are_whatsapps_own() {
        assert!(is_attachment_name("00000047-Report.csv"));
        assert!(is_attachment_name("DOC-20230101-WA0002.txt"));
        assert!(!is_attachment_name("notes.txt"));
        assert!(!is_attachment_name("2024-01-01.txt"));
        assert!(!is_attachment_name("12345678.txt"));
    }
}
