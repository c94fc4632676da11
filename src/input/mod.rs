//! Input: a path on disk (file, folder or zip, zips nested in zips) becomes a read-only
//! virtual tree of files ([`Vfs`]). Nothing here knows about export formats.

mod archive;
mod error;
mod limits;
pub mod text;

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use error::InputError;
pub use limits::Limits;

use archive::{ZipHandle, ZipMember};

/// Where in a file something was found. `byte` counts from 0; `record` is the 0-based
/// index of the record (message, row ...) within its list, when there is one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub byte: u64,
    pub record: Option<u64>,
}

/// How a path should be opened.
#[derive(Clone, Debug, Default)]
pub struct OpenOptions {
    /// Password for encrypted zip members (ZipCrypto or AES).
    pub password: Option<String>,
    pub limits: Limits,
    /// How to read ambiguous numeric dates (WhatsApp chats) when the user has chosen;
    /// `None` lets the importer decide from the evidence in the file.
    pub date_order: Option<DateOrder>,
    /// Choices made for single files (by [`VfsFile::display_path`]), which win over
    /// `date_order`: in a folder of chats, each keeps its own.
    pub file_date_orders: std::collections::BTreeMap<String, DateOrder>,
}

impl OpenOptions {
    /// The date order chosen for one file, if any.
    pub fn date_order_for(&self, file: &VfsFile) -> Option<DateOrder> {
        self.file_date_orders
            .get(&file.display_path)
            .copied()
            .or(self.date_order)
    }
}

/// The order of day, month and year in a numeric date such as `03/04/21`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateOrder {
    /// 03/04/21 is 3 April.
    Dmy,
    /// 03/04/21 is 4 March.
    Mdy,
    /// 21/04/03 is 3 April 2021.
    Ymd,
}

impl DateOrder {
    pub fn id(self) -> &'static str {
        match self {
            Self::Dmy => "dmy",
            Self::Mdy => "mdy",
            Self::Ymd => "ymd",
        }
    }
}

/// A path opened as a flat list of the files below it.
#[derive(Debug)]
pub struct Vfs {
    /// The path as the user gave it.
    pub root: String,
    pub files: Vec<VfsFile>,
    /// Entries of a folder that are not read because they are no regular file, as
    /// `(path relative to the root, what it is)`: links (not followed, so a loop cannot
    /// trap the walk), named pipes, sockets, devices. Said when nothing else is found.
    pub passed_over: Vec<(String, &'static str)>,
    password: Option<Vec<u8>>,
    limits: Limits,
}

/// One file inside a [`Vfs`].
#[derive(Debug)]
pub struct VfsFile {
    /// The name to show the user: the disk path, or `archive.zip/folder/file` for members.
    pub display_path: String,
    /// Path relative to the opened root, `/`-separated, used to recognise layouts
    /// (`DataExport_2024-01-20/result.json`). For a single file it is its file name.
    pub rel_path: String,
    /// Uncompressed size in bytes (as declared, for zip members).
    pub size: u64,
    /// The local date the file was last modified, when the disk or archive records it
    /// (a chat export's dates may leave out the year; this is when it was exported).
    pub modified: Option<chrono::NaiveDate>,
    location: Location,
}

#[derive(Debug)]
enum Location {
    Disk(PathBuf),
    Zip(ZipMember),
    /// Bytes built into the program (the sample footprint).
    Embedded(&'static [u8]),
}

/// The folder part of a `/`-separated relative path, without its trailing `/` (`""` at
/// the top): `a/b/c.txt` gives `a/b`.
pub fn folder_of(rel_path: &str) -> &str {
    rel_path.rsplit_once('/').map_or("", |(folder, _)| folder)
}

impl VfsFile {
    /// The folder [`Self::rel_path`] is in ([`folder_of`]).
    pub fn folder(&self) -> &str {
        folder_of(&self.rel_path)
    }

    /// The last component of [`Self::rel_path`].
    pub fn file_name(&self) -> &str {
        self.rel_path.rsplit('/').next().unwrap_or(&self.rel_path)
    }

    /// The lower-cased extension, without the dot ("" when there is none).
    pub fn extension(&self) -> String {
        match self.file_name().rsplit_once('.') {
            Some((_, ext)) => ext.to_ascii_lowercase(),
            None => String::new(),
        }
    }
}

impl Vfs {
    /// Opens a file, folder or zip archive. Zips found inside (in folders or other zips)
    /// are opened too, as far as [`Limits::max_nesting_depth`].
    pub fn open(path: &Path, options: &OpenOptions) -> Result<Self, InputError> {
        let root = path.display().to_string();
        let metadata = fs::metadata(path).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => InputError::NotFound { path: root.clone() },
            _ => InputError::Io {
                path: root.clone(),
                source: e,
            },
        })?;
        let mut vfs = Vfs {
            root: root.clone(),
            files: Vec::new(),
            passed_over: Vec::new(),
            password: options.password.as_ref().map(|p| p.as_bytes().to_vec()),
            limits: options.limits.clone(),
        };
        if metadata.is_dir() {
            vfs.add_dir(path, path)?;
        } else if !metadata.is_file() {
            // Reading a pipe or a device would never end (`/dev/zero`) or wait forever.
            return Err(InputError::NotRegularFile {
                path: root,
                kind: special_kind(&metadata.file_type()),
            });
        } else {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| root.clone());
            vfs.add_disk_file(path, name, metadata.len())?;
        }
        Ok(vfs)
    }

    /// The limits this tree was opened with.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// A tree of one file whose bytes are built into the program. `rel_path` places it
    /// as it would be in an export (`DataExport_sample/result.json`).
    pub fn embedded(rel_path: &str, bytes: &'static [u8]) -> Self {
        Vfs {
            passed_over: Vec::new(),
            root: format!("(built-in) {rel_path}"),
            files: vec![VfsFile {
                display_path: format!("(built-in) {rel_path}"),
                rel_path: rel_path.to_string(),
                size: bytes.len() as u64,
                modified: None,
                location: Location::Embedded(bytes),
            }],
            password: None,
            limits: Limits::default(),
        }
    }

    /// A folder of files whose bytes are built into the program (a multi-file sample
    /// export); `files` are `(path inside the folder, bytes)`.
    pub fn embedded_folder(root: &str, files: &[(&str, &'static [u8])]) -> Self {
        Vfs {
            passed_over: Vec::new(),
            root: format!("(built-in) {root}"),
            files: files
                .iter()
                .map(|(rel, bytes)| VfsFile {
                    display_path: format!("(built-in) {root}/{rel}"),
                    rel_path: rel.to_string(),
                    size: bytes.len() as u64,
                    modified: None,
                    location: Location::Embedded(bytes),
                })
                .collect(),
            password: None,
            limits: Limits::default(),
        }
    }

    /// Reads the first `max` bytes of a file (fewer if it is shorter).
    pub fn head(&self, file: &VfsFile, max: usize) -> Result<Vec<u8>, InputError> {
        self.read(file, |reader| {
            let mut head = Vec::with_capacity(max.min(file.size as usize));
            reader
                .take(max as u64)
                .read_to_end(&mut head)
                .map_err(|e| io_error(&file.display_path, e))?;
            Ok::<_, InputError>(head)
        })
    }

    /// Streams a file's bytes to `f`. Zip members are decompressed as they are read and
    /// checked against the zip-bomb limits; errors from those checks surface as
    /// [`io::Error`]s that carry an [`InputError`] (see [`InputError::from_io`]).
    pub fn read<T, E: From<InputError>>(
        &self,
        file: &VfsFile,
        f: impl FnOnce(&mut dyn Read) -> Result<T, E>,
    ) -> Result<T, E> {
        match &file.location {
            Location::Disk(path) => {
                let handle = fs::File::open(path).map_err(|e| io_error(&file.display_path, e))?;
                let mut reader = io::BufReader::with_capacity(1 << 16, handle);
                f(&mut reader)
            }
            Location::Embedded(bytes) => f(&mut &bytes[..]),
            Location::Zip(member) => member.read(
                &file.display_path,
                self.password.as_deref(),
                &self.limits,
                f,
            ),
        }
    }

    fn add_dir(&mut self, root: &Path, dir: &Path) -> Result<(), InputError> {
        let entries = fs::read_dir(dir).map_err(|e| io_error(&dir.display().to_string(), e))?;
        let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let path = entry.path();
            // `file_type` does not follow symlinks, so link loops cannot trap the walk.
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            if kind.is_dir() {
                self.add_dir(root, &path)?;
            } else if kind.is_file() {
                let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
                self.add_disk_file(&path, rel, size)?;
            } else if kind.is_symlink() {
                self.passed_over
                    .push((rel, "a link (links inside a folder are not followed)"));
            } else {
                self.passed_over.push((rel, special_kind(&kind)));
            }
        }
        Ok(())
    }

    fn add_disk_file(&mut self, path: &Path, rel: String, size: u64) -> Result<(), InputError> {
        self.check_file_count(path.display().to_string())?;
        let display = path.display().to_string();
        if is_zip_name(&rel) {
            let handle = ZipHandle::open_disk(path, display.clone())?;
            let prefix = rel_dir_prefix(&rel);
            return self.add_zip(Arc::new(handle), &prefix, 1);
        }
        self.files.push(VfsFile {
            display_path: display,
            rel_path: rel,
            size,
            modified: fs::metadata(path)
                .and_then(|m| m.modified())
                .ok()
                .map(|t| chrono::DateTime::<chrono::Local>::from(t).date_naive()),
            location: Location::Disk(path.to_path_buf()),
        });
        Ok(())
    }

    /// Adds every member of an opened archive; `prefix` is the archive's place in the tree.
    fn add_zip(
        &mut self,
        handle: Arc<ZipHandle>,
        prefix: &str,
        depth: usize,
    ) -> Result<(), InputError> {
        let members = handle.members(&self.limits)?;
        for member in members {
            self.check_file_count(handle.display.clone())?;
            let display = format!("{}/{}", handle.display, member.name);
            let rel = format!("{prefix}{}", member.name);
            if is_zip_name(&member.name) && depth < self.limits.max_nesting_depth {
                let inner = ZipMember::new(handle.clone(), &member);
                let bytes =
                    inner.read_to_memory(&display, self.password.as_deref(), &self.limits)?;
                let nested = ZipHandle::open_memory(bytes, display)?;
                let nested_prefix = rel_dir_prefix(&rel);
                self.add_zip(Arc::new(nested), &nested_prefix, depth + 1)?;
                continue;
            }
            self.files.push(VfsFile {
                display_path: display,
                rel_path: rel,
                size: member.size,
                modified: member.modified,
                location: Location::Zip(ZipMember::new(handle.clone(), &member)),
            });
        }
        Ok(())
    }

    fn check_file_count(&self, path: String) -> Result<(), InputError> {
        if self.files.len() >= self.limits.max_files {
            return Err(InputError::TooLarge {
                path,
                reason: format!("more than {} files", self.limits.max_files),
            });
        }
        Ok(())
    }
}

/// What a path that is neither a file nor a folder is, in words.
fn special_kind(kind: &fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt as _;
    if kind.is_fifo() {
        "a named pipe"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "a special file"
    }
}

impl InputError {
    /// Recovers an [`InputError`] that travelled inside an [`io::Error`] (raised by the
    /// zip-bomb guard while a member is streamed), or wraps a plain I/O error.
    pub fn from_io(path: &str, error: io::Error) -> Self {
        match error.downcast::<InputError>() {
            Ok(input) => input,
            Err(error) => io_error(path, error),
        }
    }
}

fn io_error(path: &str, source: io::Error) -> InputError {
    InputError::Io {
        path: path.to_string(),
        source,
    }
}

fn is_zip_name(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".zip")
}

/// `a/b/export.zip` -> `a/b/export/`: members of an archive appear in a folder named
/// after it, so `DataExport_2024.zip/result.json` and the unzipped folder look alike.
fn rel_dir_prefix(zip_rel: &str) -> String {
    let without_ext = &zip_rel[..zip_rel.len().saturating_sub(4)];
    format!("{without_ext}/")
}
