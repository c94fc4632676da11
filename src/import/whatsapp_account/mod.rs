//! WhatsApp's "Request account info" report (format notes §2): identity, devices,
//! contacts and groups from its JSON files. The report is one source however many files
//! it has; files the importer does not know are listed in the source's notes as present
//! but not read, never errors.

mod layout;
mod sections;

use serde_json::Value;

pub use sections::Report;

use super::json::close_cut;
use super::{Confidence, ImportCtx, ImportError, Importer, Probe, read_page};
use crate::input::{Position, Vfs, VfsFile};
use crate::model::{
    Contact, Conversation, ConversationKind, IdentityField, Platform, Session, SessionKind,
    WarningKind,
};
use layout::{Section, is_noise, root_of_sections, section_of};

/// The importer for account reports.
pub struct WhatsAppAccount;

const FORMAT: &str = "whatsapp-account";

/// The report root a file belongs to, if it is part of a report by its place and name.
fn report_root(file: &VfsFile) -> Option<String> {
    if is_noise(&file.rel_path) {
        return None;
    }
    if let Some(root) = root_of_sections(&file.rel_path) {
        return Some(root.to_string());
    }
    match file.file_name() {
        "portability.json" | "access.html" => Some(file.folder().to_string()),
        _ => None,
    }
}

impl Importer for WhatsAppAccount {
    fn format(&self) -> &'static str {
        FORMAT
    }

    fn platform(&self) -> Platform {
        Platform::WhatsApp
    }

    fn recognise(&self, probe: &Probe<'_>) -> Confidence {
        let file = probe.file;
        if report_root(file).is_none() {
            return Confidence::No;
        }
        if root_of_sections(&file.rel_path).is_some() {
            return Confidence::High;
        }
        let head = probe.text();
        match file.file_name() {
            "portability.json" if head.contains("\"contacts\"") || head.contains("\"groups\"") => {
                Confidence::High
            }
            "access.html" if head.contains("WhatsApp") => Confidence::Medium,
            _ => Confidence::No,
        }
    }

    fn source_root(&self, file: &VfsFile) -> Option<String> {
        report_root(file)
    }

    /// The report's root folder: the report spreads over its section folders, and its
    /// `index.html` sits above them.
    fn home_folder<'f>(&self, file: &'f VfsFile) -> std::borrow::Cow<'f, str> {
        match report_root(file) {
            Some(root) => std::borrow::Cow::Owned(root),
            None => std::borrow::Cow::Borrowed(file.folder()),
        }
    }

    fn source_bytes(&self, vfs: &Vfs, file: &VfsFile) -> u64 {
        let root = report_root(file);
        vfs.files
            .iter()
            .filter(|f| report_root(f) == root)
            .map(|f| f.size)
            .sum()
    }

    fn import(
        &self,
        vfs: &Vfs,
        file: &VfsFile,
        ctx: &mut ImportCtx<'_>,
    ) -> Result<(), ImportError> {
        let root = report_root(file);
        let members: Vec<&VfsFile> = vfs
            .files
            .iter()
            .filter(|f| !is_noise(&f.rel_path))
            .filter(|f| report_root(f) == root || in_root(f, root.as_deref()))
            .collect();
        let mut report = Report::default();
        let mut not_read = Vec::new();
        for member in &members {
            if ctx.progress.is_cancelled() {
                return Err(ImportError::Cancelled);
            }
            let name = member.file_name();
            match section_of(name) {
                Some(section) => {
                    let Some(json) = read_json(vfs, member, ctx)? else {
                        continue;
                    };
                    match section {
                        Section::Registration => report.registration(&json),
                        Section::UserInformation => report.user_information(&json),
                        Section::AccountSettings => report.account_settings(&json),
                        Section::Contacts | Section::Groups | Section::Portability => {
                            report.any_section(name, &json)
                        }
                    }
                }
                None => {
                    // An HTML page whose JSON twin was read says nothing more.
                    let twin = name
                        .strip_suffix(".html")
                        .map(|stem| format!("{stem}.json"))
                        .is_some_and(|json| {
                            section_of(&json).is_some()
                                && members
                                    .iter()
                                    .any(|m| m.file_name() == json && m.folder() == member.folder())
                        });
                    if !twin && name != "index.html" {
                        not_read.push(member.rel_path.clone());
                    }
                }
            }
        }
        // The source is the report, not the file that happened to be found first.
        if let Some(root) = root.as_deref()
            && let Some(inside) = file.rel_path.strip_prefix(root)
            && let Some(path) = file.display_path.strip_suffix(inside)
            && let Some(source) = ctx.footprint.sources.get_mut(ctx.source as usize)
        {
            source.path = path.trim_end_matches('/').to_string();
        }
        add_to_footprint(ctx, report, not_read);
        Ok(())
    }
}

/// Files of a report root that are not themselves report files (unknown sections).
fn in_root(file: &VfsFile, root: Option<&str>) -> bool {
    match root {
        Some("") => !file.rel_path.contains('/') || root_of_sections(&file.rel_path).is_some(),
        Some(root) => file
            .rel_path
            .strip_prefix(root)
            .is_some_and(|rest| rest.starts_with('/')),
        None => false,
    }
}

/// One section's JSON (a few kilobytes in real reports), read with progress; the report's
/// files read so far count towards progress for the rest of it.
///
/// One damaged file does not cost the report its other files: a file cut short, or
/// damaged part way, keeps what came before the fault (closed by [`close_cut`]) with a
/// [`WarningKind::Truncated`] warning, and a file with nothing readable before its fault
/// is skipped with a [`WarningKind::SkippedRecord`] warning naming it (`Ok(None)`).
/// Errors are the reading's own (cancelled, unreadable).
fn read_json(
    vfs: &Vfs,
    file: &VfsFile,
    ctx: &mut ImportCtx<'_>,
) -> Result<Option<Value>, ImportError> {
    let text = read_page(vfs, file, ctx)?;
    ctx.bytes_before += file.size;
    let error = match serde_json::from_str(&text) {
        Ok(json) => return Ok(Some(json)),
        Err(e) => e,
    };
    let at = Position {
        byte: text
            .split_inclusive('\n')
            .take(error.line().saturating_sub(1))
            .map(|l| l.len() as u64)
            .sum::<u64>()
            + error.column().saturating_sub(1) as u64,
        record: None,
    };
    // Cut short, or damaged part way: what comes before the fault, closed at its last
    // complete value, is read.
    let cut_short = error.classify() == serde_json::error::Category::Eof;
    let before = text
        .as_bytes()
        .get(..usize::try_from(at.byte).unwrap_or(usize::MAX))
        .unwrap_or(text.as_bytes());
    // A whole document followed by more (written twice) is that document.
    let salvaged = serde_json::from_slice::<Value>(before)
        .ok()
        .filter(|_| !cut_short)
        .or_else(|| {
            close_cut(if cut_short { text.as_bytes() } else { before })
                .and_then(|closed| serde_json::from_slice::<Value>(&closed).ok())
        });
    match salvaged {
        Some(json) => {
            let what = if cut_short {
                "ends early (cut short in a copy or download?)".to_string()
            } else {
                format!("is damaged here ({error})")
            };
            ctx.warn(
                WarningKind::Truncated,
                at,
                format!("{:?} {what}; what came before was read", file.display_path),
            );
            Ok(Some(json))
        }
        None => {
            ctx.warn(
                WarningKind::SkippedRecord,
                at,
                format!(
                    "{:?} is not valid JSON ({error}); the report's other files were read",
                    file.display_path
                ),
            );
            Ok(None)
        }
    }
}

fn add_to_footprint(ctx: &mut ImportCtx<'_>, report: Report, not_read: Vec<String>) {
    let source = ctx.source;
    let fp = &mut *ctx.footprint;
    let platform = Platform::WhatsApp;
    let mut records = 0;
    for (field, value) in report.identity {
        fp.identity.push(IdentityField {
            source,
            platform,
            field,
            value,
        });
        records += 1;
    }
    for c in report.contacts {
        fp.contacts.push(Contact {
            id: None,
            source,
            platform,
            name: c.name,
            phone: c.phone,
            added: None,
        });
        records += 1;
    }
    for (_, d) in report.devices {
        let device = match (d.model.is_empty(), d.manufacturer.is_empty()) {
            (false, false) => format!("{} ({})", d.model, d.manufacturer),
            (false, true) => d.model,
            (true, false) => d.manufacturer,
            (true, true) => String::new(),
        };
        fp.add_session(Session {
            source,
            platform,
            kind: SessionKind::App,
            app: d.app_version,
            device,
            system: d.os_version,
            ip: None,
            country: String::new(),
            region: String::new(),
            website: String::new(),
            // "Online since": when the device's current connection began.
            created: d.online_since,
            last_active: d.last_active,
        });
        records += 1;
    }
    for name in report.groups {
        let mut group = Conversation::new(
            source,
            platform,
            name,
            ConversationKind::Group,
            "group (account report)",
        );
        group.listed = true;
        fp.conversations.push(group);
        records += 1;
    }
    if let Some(s) = fp.sources.get_mut(source as usize) {
        // WhatsApp writes every section as HTML and JSON; only the JSON is read (no report's
        // HTML layout is documented), so a page without its JSON twin is named apart.
        let (pages, others): (Vec<String>, Vec<String>) = not_read
            .into_iter()
            .partition(|p| p.to_ascii_lowercase().ends_with(".html"));
        if !others.is_empty() {
            s.notes
                .push(format!("Present but not read: {}.", others.join(", ")));
        }
        if !pages.is_empty() {
            s.notes.push(format!(
                "Present but not read: {} (HTML pages are read through the JSON file WhatsApp puts next to each; this one's is missing).",
                pages.join(", ")
            ));
        }
        if !report.unread_keys.is_empty() {
            s.notes.push(format!(
                "Sections not understood: {}.",
                report.unread_keys.join(", ")
            ));
        }
    }
    ctx.add_records(records);
}
