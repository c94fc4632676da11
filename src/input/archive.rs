//! Zip archives: listing members, streaming them out (decrypting when asked), and the
//! zip-bomb guard that watches every byte that comes out.

use std::collections::HashSet;
use std::fs;
use std::io::{self, BufReader, Cursor, Read, Seek};
use std::path::Path;
use std::sync::{Arc, Mutex};

use zip::ZipArchive;
use zip::result::ZipError;

use super::{InputError, Limits, io_error};

trait ReadSeek: Read + Seek + Send {}
impl<T: Read + Seek + Send> ReadSeek for T {}

/// An opened archive, shared by all of its members. The lock serialises reads, which
/// are sequential anyway; it also lets one parsed central directory serve every member.
pub(super) struct ZipHandle {
    pub display: String,
    archive: Mutex<ZipArchive<Box<dyn ReadSeek>>>,
    /// Encrypted members already read through once with this password and found intact.
    verified: Mutex<HashSet<(usize, Vec<u8>)>>,
}

/// Encrypted members up to this size are read through once, checksum included, before
/// any of their data is used: ZipCrypto checks a password against one header byte (AES
/// against two), so a wrong password can pass and yield garbage that is merely "not
/// recognised". Larger members rely on the check as their data is read.
const VERIFY_ENCRYPTED_BYTES: u64 = 256 << 20;

impl std::fmt::Debug for ZipHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ZipHandle")
            .field("display", &self.display)
            .finish()
    }
}

/// What the central directory says about one member.
pub(super) struct MemberInfo {
    pub index: usize,
    pub name: String,
    pub size: u64,
    pub compressed_size: u64,
    /// The member's modification date, as the archive records it.
    pub modified: Option<chrono::NaiveDate>,
}

/// A member of an archive, ready to be streamed.
#[derive(Debug)]
pub(super) struct ZipMember {
    archive: Arc<ZipHandle>,
    index: usize,
    size: u64,
    compressed_size: u64,
}

impl ZipHandle {
    pub fn open_disk(path: &Path, display: String) -> Result<Self, InputError> {
        let file = fs::File::open(path).map_err(|e| io_error(&display, e))?;
        Self::open(Box::new(BufReader::with_capacity(1 << 16, file)), display)
    }

    pub fn open_memory(bytes: Arc<[u8]>, display: String) -> Result<Self, InputError> {
        Self::open(Box::new(Cursor::new(bytes)), display)
    }

    fn open(mut reader: Box<dyn ReadSeek>, display: String) -> Result<Self, InputError> {
        // How the file begins tells a zip cut short from a file that is no zip at all,
        // which the zip library reports alike (no end-of-central-directory record).
        let mut magic = [0u8; 4];
        let begins_as_zip = reader.read_exact(&mut magic).is_ok()
            && matches!(&magic, b"PK\x03\x04" | b"PK\x05\x06" | b"PK\x07\x08");
        reader
            .seek(io::SeekFrom::Start(0))
            .map_err(|e| io_error(&display, e))?;
        let archive = ZipArchive::new(reader).map_err(|e| match e {
            ZipError::InvalidArchive(_) if begins_as_zip => InputError::BadZip {
                path: display.clone(),
                reason: "its end is missing: it was cut short in a download or a copy; download or copy it again"
                    .to_string(),
            },
            ZipError::InvalidArchive(_) => InputError::BadZip {
                path: display.clone(),
                reason: "it does not begin as a zip archive does: a file of another kind named .zip, or a damaged one"
                    .to_string(),
            },
            other => zip_error(&display, other),
        })?;
        Ok(Self {
            display,
            archive: Mutex::new(archive),
            verified: Mutex::new(HashSet::new()),
        })
    }

    /// Lists the files in the archive, leaving out folders and macOS metadata
    /// (`__MACOSX/`, `.DS_Store`), and refuses archives that declare absurd sizes.
    pub fn members(&self, limits: &Limits) -> Result<Vec<MemberInfo>, InputError> {
        let mut archive = self.lock();
        let mut members = Vec::new();
        let mut total: u64 = 0;
        for index in 0..archive.len() {
            let entry = archive
                .by_index_raw(index)
                .map_err(|e| zip_error(&self.display, e))?;
            if entry.is_dir() {
                continue;
            }
            let name = entry
                .name()
                .map(|n| n.replace('\\', "/"))
                .unwrap_or_else(|_| format!("member {index}"));
            if name.starts_with("__MACOSX/") || name.ends_with(".DS_Store") {
                continue;
            }
            total = total.saturating_add(entry.size());
            members.push(MemberInfo {
                index,
                name: name.trim_start_matches('/').to_string(),
                size: entry.size(),
                compressed_size: entry.compressed_size(),
                modified: entry.last_modified().and_then(|t| {
                    chrono::NaiveDate::from_ymd_opt(
                        i32::from(t.year()),
                        u32::from(t.month()),
                        u32::from(t.day()),
                    )
                }),
            });
        }
        if total > limits.max_archive_uncompressed_bytes {
            return Err(InputError::ZipBomb {
                path: self.display.clone(),
                reason: format!(
                    "its members would expand to {} GiB, more than the {} GiB limit",
                    total >> 30,
                    limits.max_archive_uncompressed_bytes >> 30
                ),
            });
        }
        Ok(members)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ZipArchive<Box<dyn ReadSeek>>> {
        // A panic while another thread held the lock leaves the archive usable: it only
        // holds a reader position, which the next `by_index` call resets.
        self.archive.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl ZipMember {
    pub fn new(archive: Arc<ZipHandle>, info: &MemberInfo) -> Self {
        Self {
            archive,
            index: info.index,
            size: info.size,
            compressed_size: info.compressed_size,
        }
    }

    /// Streams the member through `f`, decrypting with `password` when it is encrypted.
    pub fn read<T, E: From<InputError>>(
        &self,
        display: &str,
        password: Option<&[u8]>,
        limits: &Limits,
        f: impl FnOnce(&mut dyn Read) -> Result<T, E>,
    ) -> Result<T, E> {
        self.check_declared_ratio(display, limits)?;
        let mut archive = self.archive.lock();
        let encrypted = archive
            .by_index_raw(self.index)
            .map(|m| m.encrypted())
            .map_err(|e| zip_error(display, e))?;
        if let (true, Some(password)) = (encrypted, password) {
            let key = (self.index, password.to_vec());
            let known = self
                .archive
                .verified
                .lock()
                .map(|v| v.contains(&key))
                .unwrap_or(false);
            if !known && self.size <= VERIFY_ENCRYPTED_BYTES {
                let member = archive
                    .by_index_decrypt(self.index, password)
                    .map_err(|e| zip_error(display, e))?;
                let mut guarded = BombGuard {
                    inner: member,
                    display,
                    decrypting: true,
                    produced: 0,
                    declared_size: self.size,
                    compressed_size: self.compressed_size,
                    limits,
                };
                io::copy(&mut guarded, &mut io::sink())
                    .map_err(|e| InputError::from_io(display, e))?;
                if let Ok(mut verified) = self.archive.verified.lock() {
                    verified.insert(key);
                }
            }
        }
        let member = match (encrypted, password) {
            (false, _) => archive.by_index(self.index),
            (true, Some(password)) => archive.by_index_decrypt(self.index, password),
            (true, None) => {
                return Err(InputError::PasswordRequired {
                    path: display.to_string(),
                }
                .into());
            }
        }
        .map_err(|e| zip_error(display, e))?;
        let mut guarded = BombGuard {
            inner: member,
            display,
            decrypting: encrypted,
            produced: 0,
            declared_size: self.size,
            compressed_size: self.compressed_size,
            limits,
        };
        f(&mut guarded)
    }

    /// Inflates the member into memory (for a zip nested in a zip).
    pub fn read_to_memory(
        &self,
        display: &str,
        password: Option<&[u8]>,
        limits: &Limits,
    ) -> Result<Arc<[u8]>, InputError> {
        if self.size > limits.max_nested_zip_bytes {
            return Err(InputError::TooLarge {
                path: display.to_string(),
                reason: format!(
                    "a nested zip of {} MiB is larger than the {} MiB that are opened in memory; extract it first",
                    self.size >> 20,
                    limits.max_nested_zip_bytes >> 20
                ),
            });
        }
        self.read(display, password, limits, |reader| {
            let mut bytes = Vec::with_capacity(self.size as usize);
            reader
                .take(limits.max_nested_zip_bytes + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| InputError::from_io(display, e))?;
            Ok::<_, InputError>(Arc::from(bytes))
        })
    }

    fn check_declared_ratio(&self, display: &str, limits: &Limits) -> Result<(), InputError> {
        let ratio = self.size / self.compressed_size.max(1);
        if self.size > limits.ratio_grace_bytes && ratio > limits.max_compression_ratio {
            return Err(bomb(display, self.size, self.compressed_size, limits));
        }
        Ok(())
    }
}

/// Counts what comes out of a member and stops when it outgrows its declared size or the
/// compression-ratio limit, whatever the headers claimed.
struct BombGuard<'a, R> {
    inner: R,
    display: &'a str,
    /// The member is being decrypted: ZipCrypto checks a password against one byte only,
    /// so a wrong one usually shows up later, as data that does not inflate or a CRC that
    /// does not match.
    decrypting: bool,
    produced: u64,
    declared_size: u64,
    compressed_size: u64,
    limits: &'a Limits,
}

impl<R: Read> Read for BombGuard<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf).map_err(|e| {
            // zip reports a failed AES authentication or CRC check as an I/O error; for an
            // encrypted member that means the password was wrong.
            io::Error::other(if self.decrypting {
                InputError::WrongPassword {
                    path: self.display.to_string(),
                }
            } else {
                InputError::BadZip {
                    path: self.display.to_string(),
                    reason: e.to_string(),
                }
            })
        })?;
        self.produced += n as u64;
        let ratio_exceeded = self.produced > self.limits.ratio_grace_bytes
            && self.produced / self.compressed_size.max(1) > self.limits.max_compression_ratio;
        if ratio_exceeded || self.produced > self.declared_size.saturating_add(1 << 20) {
            return Err(io::Error::other(bomb(
                self.display,
                self.produced,
                self.compressed_size,
                self.limits,
            )));
        }
        Ok(n)
    }
}

fn bomb(display: &str, size: u64, compressed: u64, limits: &Limits) -> InputError {
    InputError::ZipBomb {
        path: display.to_string(),
        reason: format!(
            "{size} bytes from {compressed} compressed bytes, more than {}x",
            limits.max_compression_ratio
        ),
    }
}

fn zip_error(display: &str, error: ZipError) -> InputError {
    match error {
        ZipError::InvalidPassword => InputError::WrongPassword {
            path: display.to_string(),
        },
        ZipError::UnsupportedArchive(msg) if msg == ZipError::PASSWORD_REQUIRED => {
            InputError::PasswordRequired {
                path: display.to_string(),
            }
        }
        ZipError::Io(e) => io_error(display, e),
        other => InputError::BadZip {
            path: display.to_string(),
            reason: other.to_string(),
        },
    }
}
