//! Opening an export file as text: every importer that reads text goes through here, so
//! decoding (UTF-8 with or without BOM, UTF-16 with BOM, GBK) and progress reporting are
//! the same for all of them.

use std::io::Read;

use super::{ImportCtx, ImportError, ProgressReader};
use crate::input::{Position, Vfs, VfsFile, text};
use crate::model::WarningKind;

/// Streams `file` decoded to UTF-8 into `f`; what is read counts towards the load's
/// progress (after `ctx.bytes_before`) and a cancelled load stops the reading.
pub fn read_text<T>(
    vfs: &Vfs,
    file: &VfsFile,
    ctx: &mut ImportCtx<'_>,
    f: impl FnOnce(&mut ImportCtx<'_>, Box<dyn Read + '_>) -> Result<T, ImportError>,
) -> Result<T, ImportError> {
    let path = file.display_path.as_str();
    // Copied out of `ctx` so `f` can have it mutably while the reader reports.
    let (progress, before, total) = (ctx.progress, ctx.bytes_before, ctx.bytes_total);
    vfs.read(file, |reader| {
        let counted = ProgressReader::new(reader, progress, path, before, total);
        let utf8 = text::utf8_reader(counted).map_err(|e| ImportError::from_io(path, e))?;
        f(ctx, utf8)
    })
}

/// Reads a whole page (HTML, a small text) up to the record-size limit; a page cut at the
/// limit is kept, with a warning.
pub fn read_page(
    vfs: &Vfs,
    file: &VfsFile,
    ctx: &mut ImportCtx<'_>,
) -> Result<String, ImportError> {
    let path = file.display_path.as_str();
    let limit = ctx.limits.max_record_bytes as u64;
    let page = read_text(vfs, file, ctx, |_, utf8| {
        let mut bytes = Vec::new();
        utf8.take(limit)
            .read_to_end(&mut bytes)
            .map_err(|e| ImportError::from_io(path, e))?;
        // The reader yields UTF-8 already; only stray bad bytes need the lossy copy.
        Ok(String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
    })?;
    if page.len() as u64 >= limit {
        ctx.warn(
            WarningKind::Truncated,
            Position {
                byte: limit,
                record: None,
            },
            format!("only the first {} MiB of the page were read", limit >> 20),
        );
    }
    Ok(page)
}

/// A reader that ends where its input fails to read (a damaged zip entry, a disk error),
/// keeping the error, so that a streaming importer keeps what came before the damage, the
/// same on every run, instead of losing the file with nothing said of what it had read.
/// A cancelled load still stops with its error.
pub struct StopAtError<R> {
    inner: R,
    read: u64,
    /// Where the input failed (bytes read before), and why.
    pub failed: Option<(u64, std::io::Error)>,
}

impl<R> StopAtError<R> {
    /// Wraps `inner`; [`Self::failed`] stays `None` while every read succeeds.
    pub fn new(inner: R) -> Self {
        Self {
            inner,
            read: 0,
            failed: None,
        }
    }
}

impl<R: Read> Read for StopAtError<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.failed.is_some() {
            return Ok(0);
        }
        match self.inner.read(buf) {
            Ok(n) => {
                self.read += n as u64;
                Ok(n)
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Err(e),
            Err(e)
                if e.get_ref()
                    .is_some_and(|inner| inner.is::<super::Cancelled>()) =>
            {
                Err(e)
            }
            Err(e) => {
                self.failed = Some((self.read, e));
                Ok(0)
            }
        }
    }
}
