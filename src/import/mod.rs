//! Import: recognising exports and reading them into the [`Footprint`] model.
//!
//! Each export layout has one [`Importer`]. Every file of an opened path is offered to
//! every importer's cheap [`Importer::recognise`]; the most confident claims it and then
//! streams it into the model with [`Importer::import`].

mod csv_file;
mod error;
pub mod json;
mod load;
pub(crate) mod parallel;
pub use parallel::threads as parse_threads;
mod progress;
pub mod telegram_html;
pub mod telegram_json;
mod text_file;
mod unrecognised;
pub mod wechat_chat;
pub mod wechat_paybill;
pub mod whatsapp_account;
pub mod whatsapp_chat;

pub use csv_file::for_each_record;
pub use error::{Cancelled, ImportError};
pub use load::{Input, LoadError, LoadOutcome, Unrecognized, load_inputs, load_paths};
pub use progress::{Progress, ProgressReader, ProgressUpdate};
pub use text_file::{StopAtError, read_page, read_text};

use crate::input::{Limits, Position, Vfs, VfsFile};
use crate::model::{Footprint, Platform, SourceIdx, WarningKind};

/// How sure an importer is that a file is its kind. Ordered: `No < Low < Medium < High`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    No,
    Low,
    Medium,
    High,
}

/// What an importer may look at to recognise a file: its place in the tree and its
/// first bytes (empty for files that are not text by their extension).
pub struct Probe<'a> {
    pub file: &'a VfsFile,
    pub head: &'a [u8],
    /// `head` decoded, on first use: every importer is asked about every file, and
    /// decoding the same 64 KiB once per importer was most of the recognising of an HTML
    /// export's thousands of pages.
    text: std::cell::OnceCell<std::borrow::Cow<'a, str>>,
}

impl<'a> Probe<'a> {
    pub fn new(file: &'a VfsFile, head: &'a [u8]) -> Self {
        Self {
            file,
            head,
            text: std::cell::OnceCell::new(),
        }
    }

    /// The first bytes decoded to text ([`crate::input::text::decode`]).
    pub fn text(&self) -> &str {
        self.text
            .get_or_init(|| crate::input::text::decode(self.head))
    }

    /// The decoded first bytes of a `.json` file whose text opens with `open` (`{` for an
    /// object, `[` for an array); `None` for any other file.
    pub fn json_head(&self, open: char) -> Option<&str> {
        if self.file.extension() != "json" {
            return None;
        }
        let decoded = self.text();
        decoded.trim_start().starts_with(open).then_some(decoded)
    }

    /// The text's first line, without byte-order mark and surrounding blanks (a CSV
    /// file's header row).
    pub fn first_line(&self) -> &str {
        let line = self.text().lines().next().unwrap_or("");
        line.trim_start_matches('\u{FEFF}').trim()
    }
}

/// One export layout.
pub trait Importer: Sync {
    /// The layout id used in `summary --json` (`telegram-json` ...).
    fn format(&self) -> &'static str;
    fn platform(&self) -> Platform;
    /// Looks only at names and first bytes; says [`Confidence::No`] fast.
    fn recognise(&self, probe: &Probe<'_>) -> Confidence;
    /// Formats that take precedence over this one for files in the same folder (Telegram's
    /// "Both" export holds JSON and HTML side by side; only the JSON is read).
    fn yields_to(&self) -> &'static [&'static str] {
        &[]
    }

    /// For layouts of several files read as one source (WhatsApp's account report): the
    /// report's root. Of the files one importer claims under the same root, only one
    /// becomes a source (the lowest [`Self::source_rank`], the first of equals), and its
    /// import reads the others.
    fn source_root(&self, _file: &VfsFile) -> Option<String> {
        None
    }

    /// True when the folders below this export's file are the export's own (Telegram's
    /// `files/`, `photos/`, `chats/`; a WeChat tool's media folders), so files left over in
    /// them are not named to the user. A WhatsApp chat file or a WeChat Pay bill owns
    /// nothing below it: a damaged file in a folder under one is the user's, and named.
    fn owns_folders_below(&self) -> bool {
        self.platform() != Platform::WhatsApp
    }

    /// True when `other`, a file beside this export's file that no importer recognised,
    /// belongs to it (a WhatsApp chat's attachments), so it is not named as left over.
    fn owns_beside(&self, _other: &VfsFile) -> bool {
        false
    }

    /// Which of a multi-file layout's files names its source, lowest first: the file the
    /// user knows the export by (Telegram's `export_results.html`, not the first chat page
    /// in file order).
    fn source_rank(&self, _file: &VfsFile) -> u8 {
        0
    }

    /// The folder (a `rel_path` prefix without its trailing `/`) a claim on `file` is
    /// judged in for [`Self::yields_to`]: its own folder, or for layouts spread over
    /// subfolders the folder at their top (a Telegram export's `lists/` pages sit below
    /// the `result.json` they yield to).
    fn home_folder<'f>(&self, file: &'f VfsFile) -> std::borrow::Cow<'f, str> {
        std::borrow::Cow::Borrowed(file.folder())
    }

    /// Bytes this importer will read for the source anchored at `file` (for progress).
    fn source_bytes(&self, _vfs: &Vfs, file: &VfsFile) -> u64 {
        file.size
    }

    /// Streams `file` (and, for multi-file layouts, its siblings in `vfs`) into the model.
    fn import(&self, vfs: &Vfs, file: &VfsFile, ctx: &mut ImportCtx<'_>)
    -> Result<(), ImportError>;
}

/// Every importer, in the order they are asked.
pub fn importers() -> &'static [&'static dyn Importer] {
    &[
        &telegram_json::TelegramJson,
        &telegram_html::TelegramHtml,
        &wechat_paybill::WeChatPaybill,
        &wechat_chat::MemoTraceCsv,
        &wechat_chat::MemoTraceContacts,
        &wechat_chat::MemoTraceTxt,
        &wechat_chat::MemoTraceHtml,
        &wechat_chat::WeFlow,
        &wechat_chat::PyWxDumpCsv,
        &wechat_chat::PyWxDumpJson,
        &wechat_chat::PyWxDumpUsers,
        &wechat_chat::WechatExporterTxt,
        &wechat_chat::WechatExporterHtml,
        &whatsapp_chat::WhatsAppChat,
        &whatsapp_account::WhatsAppAccount,
    ]
}

/// What an importer writes to while it reads one source.
pub struct ImportCtx<'a> {
    pub footprint: &'a mut Footprint,
    pub source: SourceIdx,
    pub progress: &'a Progress,
    pub limits: &'a Limits,
    /// The user's choice of day/month order, if any (see [`crate::input::DateOrder`]).
    pub date_order: Option<crate::input::DateOrder>,
    /// Bytes of the load read before the file being read now, for progress (an importer
    /// that reads several files advances it).
    pub bytes_before: u64,
    /// Bytes of all files of the load.
    pub bytes_total: u64,
}

impl ImportCtx<'_> {
    /// Records a warning on this source.
    pub fn warn(&mut self, kind: WarningKind, position: Position, detail: impl Into<String>) {
        if let Some(source) = self.footprint.sources.get_mut(self.source as usize) {
            source.warnings.add(kind, position, detail);
        }
    }

    /// Adds a note the user should see on this source (how something was read).
    pub fn note(&mut self, text: impl Into<String>) {
        if let Some(source) = self.footprint.sources.get_mut(self.source as usize) {
            source.notes.push(text.into());
        }
    }

    /// Counts records read from this source.
    pub fn add_records(&mut self, n: u64) {
        if let Some(source) = self.footprint.sources.get_mut(self.source as usize) {
            source.records += n;
        }
    }
}
