//! Why something given was not read: the reasons shown for a path in which no export was
//! recognised, and the data files left over beside an export that was (a damaged bill, a
//! chat saved in an unreadable form), so that no file the user gave vanishes without a
//! word.

use std::collections::{HashMap, HashSet};

use super::Importer;
use super::load::{HEAD_BYTES, TEXT_EXTENSIONS, Unrecognized};
use crate::input::{Vfs, VfsFile, folder_of, text};

/// Extensions of files that hold data when they are not media or a page's script: the
/// files a user would miss if they were passed over in silence.
const DATA_EXTENSIONS: &[&str] = &["json", "html", "htm", "txt", "csv", "xlsx"];

/// Left-over files named one by one for one path given; more are counted in one line.
const MAX_LEFT_OVER: usize = 10;

/// What the recognised files of one path cover: files read, and folders whose other
/// files belong to an export and are not named when left over.
#[derive(Default)]
pub(super) struct Covered {
    /// Per file of the [`Vfs`]: an importer recognised it, or reading its head failed
    /// (an error says so already).
    pub recognised: Vec<bool>,
    /// Home folders of layouts spread over several files (a Telegram HTML export, a
    /// WhatsApp account report): every file in them and below is the export's (its
    /// `index.html`, scripts, pages the importer has no use for).
    pub whole: HashSet<String>,
    /// Folders of single-file exports that own the folders below them
    /// ([`Importer::owns_folders_below`], `result.json`): files below them are the
    /// export's (the `files/` a Telegram export holds); files beside them are not.
    pub below: HashSet<String>,
    /// Per folder, the importers of the exports in it, which may own files beside their
    /// own ([`Importer::owns_beside`]: a WhatsApp chat's attachments).
    pub beside: HashMap<String, Vec<&'static dyn Importer>>,
}

impl Covered {
    /// True when an export in `file`'s folder owns it.
    fn owned_beside(&self, file: &VfsFile) -> bool {
        self.beside
            .get(file.folder())
            .is_some_and(|importers| importers.iter().any(|i| i.owns_beside(file)))
    }

    /// True when a file in `folder` belongs to a recognised export.
    fn covers(&self, folder: &str) -> bool {
        if self.whole.contains(folder) {
            return true;
        }
        let mut at = folder;
        while !at.is_empty() {
            at = folder_of(at);
            if self.whole.contains(at) || self.below.contains(at) {
                return true;
            }
        }
        false
    }
}

/// The data files of `vfs` that no importer recognised, beside files that were: each
/// with the reason it is no export, at most [`MAX_LEFT_OVER`] of them and then one line
/// counting the rest.
///
/// Files that belong to a recognised export ([`Covered`]: its folders, or files beside it
/// it owns) are not named, nor are hidden files and Apple's `._` copies. Other files beside
/// a single-file export are: a bill cut short next to a `result.json` is the user's data
/// too.
pub(super) fn left_over(vfs: &Vfs, covered: &Covered) -> Vec<Unrecognized> {
    let mut left = Vec::new();
    let mut more = 0usize;
    for (i, file) in vfs.files.iter().enumerate() {
        if covered.recognised.get(i).copied().unwrap_or(true)
            || !DATA_EXTENSIONS.contains(&file.extension().as_str())
            || file.rel_path.split('/').any(|part| part.starts_with('.'))
            || covered.covers(file.folder())
            || covered.owned_beside(file)
        {
            continue;
        }
        if left.len() < MAX_LEFT_OVER {
            left.push(Unrecognized {
                path: file.display_path.clone(),
                reason: describe_file(vfs, file),
            });
        } else {
            more += 1;
        }
    }
    if more > 0 {
        left.push(Unrecognized {
            path: vfs.root.clone(),
            reason: format!(
                "{more} more files beside its exports are no export either and were not read"
            ),
        });
    }
    left
}

/// Says, as precisely as it can, why nothing in `vfs` was recognised. The reason is shown
/// after the path the user gave, so inside a folder or an archive it names the files it
/// speaks of: `chat_export: its only file, messages.html: HTML, but …`.
pub(super) fn describe_unrecognized(vfs: &Vfs) -> String {
    match vfs.files.as_slice() {
        [] => match vfs.passed_over.as_slice() {
            [] => "no files inside (an empty folder or archive)".to_string(),
            passed => {
                let named: Vec<String> = passed
                    .iter()
                    .take(NAMED_FILES)
                    .map(|(rel, kind)| format!("{rel} is {kind}"))
                    .collect();
                format!(
                    "no regular file inside: {}{}",
                    named.join(", "),
                    if passed.len() > NAMED_FILES {
                        ", …"
                    } else {
                        ""
                    }
                )
            }
        },
        [file] if file.display_path == vfs.root => describe_file(vfs, file),
        [file] => format!(
            "its only file, {}: {}",
            file.rel_path,
            describe_file(vfs, file)
        ),
        files if files.iter().all(|f| f.size == 0) => {
            format!("its {} files are all empty (0 bytes)", files.len())
        }
        files => {
            let mut names: Vec<&str> = files
                .iter()
                .take(NAMED_FILES)
                .map(|f| f.rel_path.as_str())
                .collect();
            if files.len() > NAMED_FILES {
                names.push("…");
            }
            format!(
                "no supported export among its {} files ({}; looked for Telegram's result.json and the other layouts in the README)",
                files.len(),
                names.join(", ")
            )
        }
    }
}

/// How many of a folder's files an unrecognised folder's reason names.
const NAMED_FILES: usize = 3;

/// Why `file` is no export, from its size, extension and first bytes.
fn describe_file(vfs: &Vfs, file: &VfsFile) -> String {
    if file.size == 0 {
        return "empty file (0 bytes)".to_string();
    }
    let ext = file.extension();
    if ext == "zip" {
        // Every zip is opened, except those nested deeper than the limit.
        return format!(
            "a zip inside zips nested more than {} deep was not opened (the nesting limit, against zip bombs); unpack the outer zips and give the inner one",
            vfs.limits().max_nesting_depth
        );
    }
    if !TEXT_EXTENSIONS.contains(&ext.as_str()) {
        return format!("not a supported export: a .{ext} file is not one of the export layouts");
    }
    if ext == "xlsx" {
        // The only spreadsheet export is the WeChat Pay bill.
        return "an Excel workbook, but not a readable WeChat Pay bill (another table, or a damaged or cut file)".to_string();
    }
    let head = vfs.head(file, HEAD_BYTES).unwrap_or_default();
    if text::looks_binary(&head) {
        return "not a supported export: binary data, not text".to_string();
    }
    let decoded = text::decode(&head);
    let trimmed = decoded.trim_start();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        let keys = top_level_keys(head.as_slice());
        if keys.is_empty() {
            return "JSON, but not a known export layout".to_string();
        }
        return format!(
            "JSON, but not a known export layout (top-level keys: {})",
            keys.join(", ")
        );
    }
    if ext == "html" || ext == "htm" {
        // Telegram's pages are the only HTML export; a page of theirs cut short or saved
        // again by a browser loses the markup they are known by.
        return "HTML, but not a page of a Telegram export (none of its page markup in the first 64 KiB: another page, or one damaged or saved again by a browser)".to_string();
    }
    if decoded.contains("微信支付账单明细") {
        // The bill's preamble without the table under it: cut before its column titles.
        return "the start of a WeChat Pay bill (微信支付账单明细) without its table of transactions: cut short in a download or copy? Download it again".to_string();
    }
    if ext == "csv" {
        return "a CSV table, but not a known export layout (no WeChat Pay bill's or chat-export tool's column titles in its first lines)".to_string();
    }
    "text, but not a known export layout".to_string()
}

/// The first keys of a JSON object, as far as `head` reaches.
pub(crate) fn top_level_keys(head: &[u8]) -> Vec<String> {
    let mut stream = super::json::JsonStream::new(head, 1 << 20);
    let mut keys = Vec::new();
    let mut key = Vec::new();
    if stream.begin_object().is_err() {
        return keys;
    }
    while keys.len() < 12 {
        match stream.next_key(&mut key) {
            Ok(true) => {}
            _ => break,
        }
        keys.push(String::from_utf8_lossy(&key).into_owned());
        if stream.skip_value().is_err() {
            break;
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_exports_cover_their_folder_single_files_only_below() {
        let covered = Covered {
            whole: ["report".to_string()].into_iter().collect(),
            below: ["x/y".to_string()].into_iter().collect(),
            ..Default::default()
        };
        assert!(covered.covers("report"), "an account report's index.html");
        assert!(covered.covers("report/whatsapp_settings"));
        assert!(!covered.covers(""));
        assert!(!covered.covers("x/y"), "beside result.json");
        assert!(!covered.covers("x"));
        assert!(covered.covers("x/y/z"), "below result.json");
        let at_top = Covered {
            below: ["".to_string()].into_iter().collect(),
            ..Default::default()
        };
        assert!(!at_top.covers(""));
        assert!(at_top.covers("files"));
        assert_eq!(folder_of("a/b/c.txt"), "a/b");
        assert_eq!(folder_of("c.txt"), "");
    }
}
