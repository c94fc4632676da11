//! Telegram Desktop's HTML export (the default format): `export_results.html`, the
//! `lists/*.html` pages and every chat's `messages.html`, `messages2.html` ... Format notes:
//! `shared/docs/formats/telegram.md` §2. Each page is parsed on its own (a page holds at most
//! 1000 messages), so memory stays bounded however long a chat is.
//!
//! HTML is lossy next to JSON: no user or chat ids (senders are told apart by name), chat
//! types reduced to private/bot/group/channel, and no time on service messages (they take
//! the time of the message before them that day).

mod chat;
mod html;
mod layout;
mod lists;
mod page_end;
mod page_scan;
mod quick_scan;

use std::collections::BTreeMap;

use scraper::Html;

use super::telegram_json::apply_section;
use super::{Confidence, ImportCtx, ImportError, Importer, Probe, parallel, read_page};
use crate::input::{Position, Vfs, VfsFile};
use crate::model::{Conversation, ConversationKind, Platform, SessionKind, WarningKind};

use chat::ChatReader;
use layout::{Layout, Part};
use page_end::PageEnd;

/// The importer for Telegram HTML exports.
pub struct TelegramHtml;

const FORMAT: &str = "telegram-html";

impl Importer for TelegramHtml {
    fn format(&self) -> &'static str {
        FORMAT
    }

    fn platform(&self) -> Platform {
        Platform::Telegram
    }

    fn recognise(&self, probe: &Probe<'_>) -> Confidence {
        let part = Part::of(probe.file);
        if part == Part::OtherData {
            // `lists/other_data.json`, on its own or in its export.
            let head = probe.text();
            let known = ["\"about_meta\"", "\"changes_log\"", "\"ips\""];
            return if known.iter().any(|key| head.contains(key)) {
                Confidence::High
            } else {
                Confidence::No
            };
        }
        if probe.file.extension() != "html" {
            return Confidence::No;
        }
        let head = probe.text();
        if !head.contains("page_wrap") {
            return Confidence::No;
        }
        // A chat page is known by what it holds, whatever its name (a `messages.html`
        // renamed `Test chat.html`, a page saved again with every tag on its own line).
        let chat_page = head.contains("chat_page")
            || head.contains("message default")
            || head.contains("message service");
        let known = match part {
            Part::Results => true,
            Part::List => head.contains("list_page"),
            Part::ChatInExport | Part::Chat => chat_page,
            Part::OtherData => false,
        };
        if known {
            Confidence::High
        } else {
            Confidence::No
        }
    }

    /// Every part of one export (by its root) is one source, read through whichever part
    /// was claimed first; the pages of one single-chat export (`messages.html`,
    /// `messages2.html` …) are one source; a chat page under another name is its own.
    fn source_root(&self, file: &VfsFile) -> Option<String> {
        match Part::of(file) {
            Part::Chat => {
                page_number(file.file_name()).map(|_| format!("chat pages in {}", root_of(file)))
            }
            part => Some(format!("export in {}", Layout::of(file, part).root)),
        }
    }

    /// The export is known by `export_results.html`, its index page; a chat page names
    /// the source only when there is none.
    fn source_rank(&self, file: &VfsFile) -> u8 {
        u8::from(Part::of(file) != Part::Results)
    }

    fn home_folder<'f>(&self, file: &'f VfsFile) -> std::borrow::Cow<'f, str> {
        match Part::of(file) {
            Part::Chat => std::borrow::Cow::Borrowed(root_of(file).trim_end_matches('/')),
            part => std::borrow::Cow::Owned(Layout::of(file, part).home().to_string()),
        }
    }

    fn yields_to(&self) -> &'static [&'static str] {
        // "Both" exports hold result.json beside the HTML: JSON is richer.
        &["telegram-json"]
    }

    fn source_bytes(&self, vfs: &Vfs, file: &VfsFile) -> u64 {
        let root = root_of(file);
        export_files(vfs, root).map(|f| f.size).sum()
    }

    fn import(
        &self,
        vfs: &Vfs,
        file: &VfsFile,
        ctx: &mut ImportCtx<'_>,
    ) -> Result<(), ImportError> {
        let mut reader = PageReader { vfs };
        match Part::of(file) {
            Part::Chat => single_chat(&mut reader, root_of(file), file, ctx),
            part => full_export(&mut reader, &Layout::of(file, part), ctx),
        }
    }
}

/// The folder `file` is in, with a trailing `/` ("" at the top).
fn root_of(file: &VfsFile) -> &str {
    layout::folder_of(&file.rel_path)
}

/// The files of the export below `root` that are read (pages and other_data.json; never media).
fn export_files<'a>(vfs: &'a Vfs, root: &'a str) -> impl Iterator<Item = &'a VfsFile> + 'a {
    vfs.files.iter().filter(move |f| {
        f.rel_path.starts_with(root) && matches!(f.extension().as_str(), "html" | "json")
    })
}

/// Reads pages one at a time, reporting progress over the whole export.
struct PageReader<'v> {
    vfs: &'v Vfs,
}

impl<'v> PageReader<'v> {
    fn find(&self, rel_path: &str) -> Option<&'v VfsFile> {
        let vfs: &'v Vfs = self.vfs;
        vfs.files.iter().find(|f| f.rel_path == rel_path)
    }

    /// One page's text, or `None` when it cannot be read (a damaged zip entry, a file
    /// gone): that page is named in a warning and the rest of the export is read, the
    /// same however far the other threads had got. Only cancelling stops the export.
    fn read_text(
        &self,
        file: &VfsFile,
        ctx: &mut ImportCtx<'_>,
    ) -> Result<Option<String>, ImportError> {
        let read = read_page(self.vfs, file, ctx);
        // The pages read so far count towards progress through the rest of the export.
        ctx.bytes_before += file.size;
        match read {
            Ok(text) => Ok(Some(text)),
            Err(ImportError::Cancelled) => Err(ImportError::Cancelled),
            Err(e) => {
                ctx.warn(
                    WarningKind::SkippedRecord,
                    Position::default(),
                    format!("{e}; the rest of the export was read"),
                );
                Ok(None)
            }
        }
    }

    /// A list page as a tree (`scraper`). A page whose elements nest deeper than any
    /// Telegram writes is not built into a tree: the HTML parser's work per element grows
    /// with the depth, so 40,000 unclosed `<div>` took 12 s. It is skipped with a warning.
    fn read_html(
        &self,
        file: &VfsFile,
        ctx: &mut ImportCtx<'_>,
    ) -> Result<Option<Html>, ImportError> {
        let Some(text) = self.read_text(file, ctx)? else {
            return Ok(None);
        };
        if !page_end::of(&text).whole {
            warn_cut(file, ctx);
        }
        let depth = html::nesting_depth(&text);
        if depth > html::MAX_LIST_DEPTH {
            ctx.warn(
                WarningKind::SkippedRecord,
                crate::input::Position::default(),
                format!(
                    "{}: elements nested {depth} deep, never closed (Telegram's pages nest about a dozen); the page was not read",
                    file.display_path
                ),
            );
            return Ok(None);
        }
        Ok(Some(Html::parse_document(&text)))
    }
}

/// Reads the export laid out as `layout`: whichever of `export_results.html`, the list
/// pages, `other_data.json` and the chat folders are there.
fn full_export(
    reader: &mut PageReader<'_>,
    layout: &Layout,
    ctx: &mut ImportCtx<'_>,
) -> Result<(), ImportError> {
    let root = layout.root.as_str();
    match reader.find(&format!("{root}export_results.html")) {
        Some(results) => {
            let doc = reader.read_html(results, ctx)?.unwrap_or_else(Html::new_document);
            let before = ctx.footprint.identity.len();
            lists::personal_information(&doc, ctx);
            if ctx.footprint.identity.len() == before {
                ctx.note(format!(
                    "{} holds no account information (name, phone number, username): it was not chosen when exporting, or the page is damaged.",
                    results.rel_path
                ));
            }
        }
        None => ctx.note(
            "No export_results.html: the list pages, other_data.json and chat folders found were read (the account's personal information is on export_results.html).",
        ),
    }

    let list_page = |name: &str| format!("{}{name}.html", layout.lists);
    for (page, apply) in [
        (
            "contacts",
            lists::contacts as fn(&[lists::Entry], &mut ImportCtx<'_>),
        ),
        ("frequent", lists::frequent),
        ("sessions", |l: &[lists::Entry], c: &mut ImportCtx<'_>| {
            lists::sessions(l, SessionKind::App, c)
        }),
        (
            "web_sessions",
            |l: &[lists::Entry], c: &mut ImportCtx<'_>| lists::sessions(l, SessionKind::Web, c),
        ),
        ("profile_pictures", lists::profile_pictures),
        ("stories", |l: &[lists::Entry], c: &mut ImportCtx<'_>| {
            c.add_records(l.len() as u64)
        }),
    ] {
        let Some(file) = reader.find(&list_page(page)) else {
            continue;
        };
        let Some(doc) = reader.read_html(file, ctx)? else {
            continue;
        };
        let entries = lists::entries(&doc);
        apply(entries.first().map_or(&[], Vec::as_slice), ctx);
    }
    if let Some(file) = reader.find(&format!("{}other_data.json", layout.lists))
        && let Some(text) = reader.read_text(file, ctx)?
    {
        let (fixed, _) = super::json::repair(text.as_bytes());
        match serde_json::from_slice::<serde_json::Value>(&fixed) {
            Ok(value) => {
                apply_section("other_data", &value, ctx);
            }
            Err(e) => ctx.warn(
                WarningKind::SkippedRecord,
                Position::default(),
                format!("{:?} is not readable JSON: {e}", file.display_path),
            ),
        }
    }

    // Chat folders by name, pages in numeric order (messages.html, messages2.html ...).
    let mut folders: BTreeMap<String, Vec<(u32, &VfsFile)>> = BTreeMap::new();
    for file in export_files(reader.vfs, root) {
        let rel = &file.rel_path[root.len()..];
        let Some(rest) = rel.strip_prefix("chats/") else {
            continue;
        };
        let Some((folder, page)) = rest.split_once('/') else {
            continue;
        };
        if let Some(number) = page_number(page) {
            folders
                .entry(folder.to_string())
                .or_default()
                .push((number, file));
        }
    }
    for pages in folders.values_mut() {
        pages.sort_by_key(|(n, _)| *n);
        say_missing_pages(pages, ctx);
    }

    let mut jobs = Vec::new();
    // `chats.html` lists left chats after the others; Telegram Desktop 1.x wrote them on
    // `left_chats.html`.
    for (page, left_page) in [("chats", false), ("left_chats", true)] {
        let Some(file) = reader.find(&list_page(page)) else {
            continue;
        };
        let Some(doc) = reader.read_html(file, ctx)? else {
            continue;
        };
        for (list_index, list) in lists::entries(&doc).iter().enumerate() {
            for entry in list {
                let folder = entry.href.as_deref().and_then(chat_folder);
                let pages = folder.and_then(|f| folders.remove(f)).unwrap_or_default();
                let conversation = add_conversation(
                    ctx,
                    &entry.name,
                    kind_of(&entry.name, &entry.info),
                    &entry.info,
                    left_page || list_index > 0,
                );
                let service_chat = entry.name == "Telegram" && entry.info == "private";
                jobs.push(ChatJob::new(conversation, service_chat, &pages));
            }
        }
    }
    // Chat folders chats.html does not list (or no chats.html at all).
    for pages in std::mem::take(&mut folders).into_values() {
        let conversation = add_conversation(ctx, "", ConversationKind::Other, "", false);
        jobs.push(ChatJob::named_by_page(conversation, &pages));
    }
    let offset = read_chats(reader, jobs, ctx)?;
    note_offset(offset, ctx);
    Ok(())
}

fn single_chat(
    reader: &mut PageReader<'_>,
    root: &str,
    file: &VfsFile,
    ctx: &mut ImportCtx<'_>,
) -> Result<(), ImportError> {
    // `messages.html`, `messages2.html` … in order; a page under another name alone.
    let mut pages: Vec<(u32, &VfsFile)> = if page_number(file.file_name()).is_some() {
        export_files(reader.vfs, root)
            .filter(|f| f.rel_path[root.len()..].find('/').is_none())
            .filter_map(|f| page_number(f.file_name()).map(|n| (n, f)))
            .collect()
    } else {
        reader
            .find(&file.rel_path)
            .map(|f| vec![(1, f)])
            .unwrap_or_default()
    };
    pages.sort_by_key(|(n, _)| *n);
    // A page given on its own is what the user chose to read, not an export missing the
    // pages around it.
    if page_number(file.file_name()).is_some() && reader.vfs.root != file.display_path {
        say_missing_pages(&pages, ctx);
    }
    let conversation = add_conversation(ctx, "", ConversationKind::Other, "", false);
    let job = ChatJob::named_by_page(conversation, &pages);
    let offset = read_chats(reader, vec![job], ctx)?;
    note_offset(offset, ctx);
    // A single-chat page does not say what kind of chat it is: two people or fewer is a
    // personal chat, more is a group, and so is a chat with group events.
    let m = &ctx.footprint.messages;
    let mut senders: Vec<u32> = (0..m.len())
        .filter(|&i| m.conversation[i] == conversation && m.sender[i] != crate::model::NO_SENDER)
        .map(|i| m.sender[i])
        .collect();
    senders.sort_unstable();
    senders.dedup();
    // A group event on its pages ("created group «N»") already made it a group.
    if let Some(conv) = ctx.footprint.conversations.get_mut(conversation as usize) {
        conv.kind = if senders.len() > 2 || conv.kind == ConversationKind::Group {
            ConversationKind::Group
        } else {
            ConversationKind::Personal
        };
    }
    Ok(())
}

/// A chat whose pages are to be read.
struct ChatJob<'v> {
    chat: ChatReader,
    pages: Vec<&'v VfsFile>,
    /// The chat's name is only known from its pages' header (single-chat exports, folders
    /// chats.html does not list): the first page read names it.
    named_by_page: bool,
}

impl<'v> ChatJob<'v> {
    fn new(conversation: u32, service_chat: bool, pages: &[(u32, &'v VfsFile)]) -> Self {
        Self {
            chat: ChatReader::new(conversation, service_chat),
            pages: pages.iter().map(|(_, f)| *f).collect(),
            named_by_page: false,
        }
    }

    fn named_by_page(conversation: u32, pages: &[(u32, &'v VfsFile)]) -> Self {
        Self {
            named_by_page: true,
            ..Self::new(conversation, false, pages)
        }
    }

    /// Texts are needed for login notices, and until the name says whether this is the
    /// service chat.
    fn keep_text(&self) -> bool {
        self.chat.service_chat || self.named_by_page
    }

    /// Names the conversation from the first page that has a title.
    fn name_from(&mut self, page: &page_scan::Page, ctx: &mut ImportCtx<'_>) {
        let Some(title) = page.title.as_deref().filter(|_| self.named_by_page) else {
            return;
        };
        self.named_by_page = false;
        self.chat.service_chat = title == "Telegram";
        if let Some(conv) = ctx
            .footprint
            .conversations
            .get_mut(self.chat.conversation as usize)
        {
            conv.name = title.to_string();
        }
    }
}

/// Reads the pages of every chat. Pages are independent to parse (the first message of
/// a page is never "joined"): this thread reads and decodes them while the other cores
/// parse them ([`parallel::in_order`]), and the pages are added to the model in order.
/// Returns the UTC offset the dates carried, if any.
fn read_chats(
    reader: &mut PageReader<'_>,
    mut jobs: Vec<ChatJob<'_>>,
    ctx: &mut ImportCtx<'_>,
) -> Result<Option<i32>, ImportError> {
    let work: Vec<(usize, &VfsFile)> = jobs
        .iter()
        .enumerate()
        .flat_map(|(i, job)| job.pages.iter().map(move |f| (i, *f)))
        .collect();
    let mut pages = work.iter();
    parallel::in_order(
        ctx.limits.parse_threads,
        &mut (reader, &mut jobs, &mut *ctx),
        |(reader, jobs, ctx)| {
            let Some(&(job, file)) = pages.next() else {
                return Ok(None);
            };
            let text = reader.read_text(file, ctx)?;
            Ok(Some((text, jobs.get(job).is_some_and(ChatJob::keep_text))))
        },
        |(text, keep)| text.map(|text| (page_scan::scan(&text, keep), page_end::of(&text))),
        |(_, jobs, ctx), seq, scanned| {
            // `Some(None)`: the page could not be read, and a warning said so.
            if let Some(&(job, file)) = work.get(seq)
                && let Some((page, end)) = scanned.unwrap_or_else(|| {
                    Some((
                        Err("the HTML parser failed".to_string()),
                        PageEnd::default(),
                    ))
                })
            {
                say_how_the_page_ends(jobs.get(job), file, &end, ctx);
                add_page(jobs, job, file, page, ctx);
            }
            Ok::<(), ImportError>(())
        },
    )?;
    Ok(jobs.iter().find_map(|job| job.chat.offset_secs))
}

/// Warns once for every run of pages missing from a chat's numbered pages (`messages.html`,
/// `messages2.html` …, in order): a page deleted or lost in a copy takes its messages with
/// it. Linear in the pages: a gap is said as a range, however wide.
fn say_missing_pages(pages: &[(u32, &VfsFile)], ctx: &mut ImportCtx<'_>) {
    let name = |n: u32| {
        if n == 1 {
            "messages.html".to_string()
        } else {
            format!("messages{n}.html")
        }
    };
    let mut expected = 1u32;
    for &(n, file) in pages {
        if n > expected {
            let missing = if n - expected == 1 {
                format!("{} is", name(expected))
            } else {
                format!("{} to {} are", name(expected), name(n - 1))
            };
            ctx.warn(
                WarningKind::MissingPage,
                Position::default(),
                format!(
                    "{missing} missing before {:?}: the messages on them are not in this export",
                    file.display_path
                ),
            );
        }
        expected = n.saturating_add(1);
    }
}

/// Warns when a chat page was cut short, or links to a next page the export does not
/// hold: both lose messages, which would otherwise vanish without a word.
fn say_how_the_page_ends(
    job: Option<&ChatJob<'_>>,
    file: &VfsFile,
    end: &PageEnd,
    ctx: &mut ImportCtx<'_>,
) {
    if !end.whole {
        warn_cut(file, ctx);
    }
    // Pages missing between two that are there were named when the chat's pages were
    // listed; a link from its last page names those missing after it.
    if let Some(next) = &end.next
        && let Some(job) = job
        && job
            .pages
            .last()
            .is_some_and(|last| std::ptr::eq(*last, file))
        && page_number(next) > page_number(file.file_name())
    {
        ctx.warn(
            WarningKind::MissingPage,
            // The link is at the page's end.
            Position {
                byte: file.size,
                record: None,
            },
            format!(
                "{:?} links to its next page, {next}, which is not in the export: the messages from there on are missing",
                file.display_path
            ),
        );
    }
}

/// Warns that a page does not end as Telegram ends every page (a copy or download cut
/// short); what came before the cut was read. An empty page is said apart.
fn warn_cut(file: &VfsFile, ctx: &mut ImportCtx<'_>) {
    if file.size > 0 {
        ctx.warn(
            WarningKind::Truncated,
            Position {
                byte: file.size,
                record: None,
            },
            format!(
                "{:?} ends early (cut short in a copy or download?); what came before the cut was read",
                file.display_path
            ),
        );
    }
}

/// Adds a scanned page to its chat, or warns that it could not be read.
fn add_page(
    jobs: &mut [ChatJob<'_>],
    job: usize,
    file: &VfsFile,
    page: Result<page_scan::Page, String>,
    ctx: &mut ImportCtx<'_>,
) {
    match page {
        Ok(page) => {
            // Telegram writes no chat page without a message: one that holds none is
            // empty, damaged, or in an encoding its bytes do not tell, and says so rather
            // than disappearing.
            if page.messages.is_empty() {
                ctx.warn(
                    WarningKind::SkippedRecord,
                    Position::default(),
                    if file.size == 0 {
                        format!(
                            "{:?} is empty (0 bytes): the messages Telegram wrote on it are missing",
                            file.display_path
                        )
                    } else {
                        format!(
                            "{:?} holds no message a Telegram chat page would (damaged, or in an encoding without a byte-order mark)",
                            file.display_path
                        )
                    },
                );
            }
            if let Some(job) = jobs.get_mut(job) {
                job.name_from(&page, ctx);
                let records = job.chat.read_page(&page, &file.display_path, ctx);
                ctx.add_records(records);
            }
        }
        Err(e) => ctx.warn(
            WarningKind::SkippedRecord,
            Position::default(),
            format!("{:?} could not be read as HTML: {e}", file.display_path),
        ),
    }
}

fn add_conversation(
    ctx: &mut ImportCtx<'_>,
    name: &str,
    kind: ConversationKind,
    raw: &str,
    left: bool,
) -> u32 {
    let name = if name.is_empty() { "(no name)" } else { name };
    let mut conversation = Conversation::new(ctx.source, Platform::Telegram, name, kind, raw);
    conversation.left = left;
    ctx.footprint.conversations.push(conversation);
    (ctx.footprint.conversations.len() - 1) as u32
}

/// chats.html says `private`, `bot`, `group` or `channel`; saved messages are "Saved messages".
fn kind_of(name: &str, info: &str) -> ConversationKind {
    match (name, info) {
        ("Saved messages", _) => ConversationKind::Saved,
        ("Replies" | "Verification Codes", _) => ConversationKind::Other,
        (_, "private") => ConversationKind::Personal,
        (_, "bot") => ConversationKind::Bot,
        (_, "group") => ConversationKind::Group,
        (_, "channel") => ConversationKind::Channel,
        _ => ConversationKind::Other,
    }
}

/// `../chats/chat_01/messages.html#allow_back` -> `chat_01`.
fn chat_folder(href: &str) -> Option<&str> {
    href.strip_prefix("../chats/")?.split('/').next()
}

/// `messages.html` is page 1, `messagesN.html` page N; anything else is not a page.
fn page_number(file_name: &str) -> Option<u32> {
    let n = file_name.strip_prefix("messages")?.strip_suffix(".html")?;
    if n.is_empty() {
        Some(1)
    } else {
        n.parse().ok()
    }
}

/// Telegram writes the exporting computer's standard offset on every message, also in
/// summer time (format notes §2.6): say so once.
fn note_offset(offset_secs: Option<i32>, ctx: &mut ImportCtx<'_>) {
    let Some(secs) = offset_secs else { return };
    let sign = if secs < 0 { '-' } else { '+' };
    let abs = secs.unsigned_abs();
    ctx.warn(
        WarningKind::StandardTimeOffset,
        Position::default(),
        format!(
            "message times carry UTC{sign}{:02}:{:02}, the exporting computer's standard offset; during summer time the real offset differs by an hour (times are kept as written)",
            abs / 3600,
            abs % 3600 / 60
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_sort_numerically() {
        assert_eq!(page_number("messages.html"), Some(1));
        assert_eq!(page_number("messages10.html"), Some(10));
        assert_eq!(page_number("messages2.html"), Some(2));
        assert_eq!(page_number("photo.html"), None);
        assert!(layout::in_full_export(
            "DataExport/chats/chat_01/messages.html"
        ));
        assert!(!layout::in_full_export("ChatExport_2024/messages.html"));
        assert_eq!(
            chat_folder("../chats/chat_01/messages.html#allow_back"),
            Some("chat_01")
        );
    }
}
