//! Progress reporting and cancellation, shared by the CLI (which ignores it) and the UI
//! loader thread (which forwards it to the window).

use std::io::{self, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::error::Cancelled;

/// Bytes between two progress callbacks.
const REPORT_EVERY_BYTES: u64 = 4 << 20;

/// What the loader reports as it goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgressUpdate {
    /// The file being read.
    pub file: String,
    /// Bytes read of all files of this load so far.
    pub bytes_done: u64,
    /// Bytes to read in all, as far as known.
    pub bytes_total: u64,
}

/// Handle the loader checks for cancellation and reports progress to.
#[derive(Clone)]
pub struct Progress {
    cancel: Arc<AtomicBool>,
    report: Arc<dyn Fn(ProgressUpdate) + Send + Sync>,
}

impl Default for Progress {
    fn default() -> Self {
        Self::new(Arc::new(AtomicBool::new(false)), |_| {})
    }
}

impl Progress {
    pub fn new(
        cancel: Arc<AtomicBool>,
        report: impl Fn(ProgressUpdate) + Send + Sync + 'static,
    ) -> Self {
        Self {
            cancel,
            report: Arc::new(report),
        }
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    pub fn report(&self, update: ProgressUpdate) {
        (self.report)(update);
    }
}

/// Counts the bytes read through it, reports them every few MiB, and fails with
/// [`Cancelled`] once the user cancels.
pub struct ProgressReader<'a, R> {
    inner: R,
    progress: &'a Progress,
    file: &'a str,
    /// Bytes of earlier files in this load.
    bytes_before: u64,
    bytes_total: u64,
    read: u64,
    last_report: u64,
}

impl<'a, R: Read> ProgressReader<'a, R> {
    pub fn new(
        inner: R,
        progress: &'a Progress,
        file: &'a str,
        bytes_before: u64,
        bytes_total: u64,
    ) -> Self {
        Self {
            inner,
            progress,
            file,
            bytes_before,
            bytes_total,
            read: 0,
            last_report: 0,
        }
    }
}

impl<R: Read> Read for ProgressReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.progress.is_cancelled() {
            return Err(io::Error::other(Cancelled));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.read - self.last_report >= REPORT_EVERY_BYTES || n == 0 {
            self.last_report = self.read;
            self.progress.report(ProgressUpdate {
                file: self.file.to_string(),
                bytes_done: self.bytes_before + self.read,
                bytes_total: self.bytes_total.max(self.bytes_before + self.read),
            });
        }
        Ok(n)
    }
}
