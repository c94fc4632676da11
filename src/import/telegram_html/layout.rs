//! Which part of a Telegram HTML export a file is, and where the export it belongs to is
//! rooted. Users drop what they have: the whole export, the `lists/` folder, one list page,
//! `other_data.json`, a folder copied without `export_results.html`. Every part is read on
//! its own; the parts of one export (by their root) are read together as one source.

use crate::input::VfsFile;

/// The list pages of `lists/` that are read, by file name (Telegram Desktop writes the
/// same names since its first exports in 2018; `left_chats.html` is from the 1.x years).
pub const LIST_PAGES: &[&str] = &[
    "contacts",
    "frequent",
    "sessions",
    "web_sessions",
    "chats",
    "left_chats",
    "profile_pictures",
    "stories",
];

/// What a file is in an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// `export_results.html`: personal information and links to the rest.
    Results,
    /// A `lists/*.html` page (one of [`LIST_PAGES`]).
    List,
    /// `lists/other_data.json`: IP addresses, the account's change log.
    OtherData,
    /// `chats/chat_NN/messages*.html` of a full export.
    ChatInExport,
    /// A chat page exported on its own (or renamed): read as a single-chat export.
    Chat,
}

impl Part {
    /// The part `file` is by its name and place; a page's content was checked before.
    pub fn of(file: &VfsFile) -> Self {
        let name = file.file_name();
        if name == "export_results.html" {
            Self::Results
        } else if name == "other_data.json" {
            Self::OtherData
        } else if in_full_export(&file.rel_path) {
            Self::ChatInExport
        } else if name
            .strip_suffix(".html")
            .is_some_and(|stem| LIST_PAGES.contains(&stem))
        {
            Self::List
        } else {
            Self::Chat
        }
    }
}

/// Where an export's parts are: `root` holds `export_results.html` and `chats/`, `lists`
/// the list pages and `other_data.json`. Both are `rel_path` prefixes ending in `/`, or ""
/// at the top of what was dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub root: String,
    pub lists: String,
}

impl Layout {
    /// The export `file` belongs to. A list page or `other_data.json` in a folder named
    /// `lists` belongs to the export around that folder; anywhere else (the `lists` folder
    /// dropped itself, one page alone) its own folder stands for both.
    pub fn of(file: &VfsFile, part: Part) -> Self {
        let folder = folder_of(&file.rel_path);
        let root = match part {
            Part::Results | Part::Chat => folder.to_string(),
            Part::ChatInExport => parent(parent(folder)).to_string(),
            Part::List | Part::OtherData => match folder.strip_suffix("lists/") {
                Some(root) if root.is_empty() || root.ends_with('/') => root.to_string(),
                _ => {
                    return Self {
                        root: folder.to_string(),
                        lists: folder.to_string(),
                    };
                }
            },
        };
        let lists = format!("{root}lists/");
        Self { root, lists }
    }

    /// The folder the export's parts share, without its trailing `/`: where a format this
    /// one yields to (Telegram JSON's `result.json`) would sit.
    pub fn home(&self) -> &str {
        self.root.strip_suffix('/').unwrap_or(&self.root)
    }
}

/// `DataExport_x/chats/chat_01/messages.html` is part of a full export.
pub fn in_full_export(rel_path: &str) -> bool {
    let mut parts = rel_path.rsplit('/');
    parts.next();
    let folder = parts.next().unwrap_or("");
    let parent = parts.next().unwrap_or("");
    parent == "chats" && folder.starts_with("chat_")
}

/// The folder of `rel_path` with its trailing `/` ("" at the top).
pub fn folder_of(rel_path: &str) -> &str {
    match rel_path.rfind('/') {
        Some(i) => &rel_path[..=i],
        None => "",
    }
}

/// `a/b/` -> `a/`; `a/` -> "".
fn parent(folder: &str) -> &str {
    folder_of(folder.strip_suffix('/').unwrap_or(folder))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(rel: &str) -> VfsFile {
        let mut vfs = crate::input::Vfs::embedded(rel, b"");
        vfs.files.remove(0)
    }

    fn layout(rel: &str) -> (Part, String, String) {
        let f = file(rel);
        let part = Part::of(&f);
        let l = Layout::of(&f, part);
        (part, l.root, l.lists)
    }

    #[test]
    fn every_part_finds_its_export() {
        let full = |part| (part, "E/".to_string(), "E/lists/".to_string());
        assert_eq!(layout("E/export_results.html"), full(Part::Results));
        assert_eq!(layout("E/lists/sessions.html"), full(Part::List));
        assert_eq!(layout("E/lists/other_data.json"), full(Part::OtherData));
        assert_eq!(
            layout("E/chats/chat_01/messages2.html"),
            full(Part::ChatInExport)
        );
        let top = |part| (part, String::new(), "lists/".to_string());
        assert_eq!(layout("lists/contacts.html"), top(Part::List));
        assert_eq!(
            layout("chats/chat_1/messages.html"),
            top(Part::ChatInExport)
        );
        // The lists folder itself, or one page, dropped.
        assert_eq!(
            layout("web_sessions.html"),
            (Part::List, String::new(), String::new())
        );
        assert_eq!(
            layout("Downloads/other_data.json"),
            (Part::OtherData, "Downloads/".into(), "Downloads/".into())
        );
        // `mylists/` is not `lists/`.
        assert_eq!(
            layout("mylists/chats.html"),
            (Part::List, "mylists/".into(), "mylists/".into())
        );
        assert_eq!(
            layout("E/Test chat.html"),
            (Part::Chat, "E/".into(), "E/lists/".into())
        );
        assert_eq!(
            Layout::of(&file("E/export_results.html"), Part::Results).home(),
            "E"
        );
        assert_eq!(Layout::of(&file("lists/chats.html"), Part::List).home(), "");
    }
}
