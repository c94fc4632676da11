//! Reading a CSV export record by record, for every importer of CSV files: any encoding
//! [`super::read_text`] knows, ragged rows, quoted cells with newlines, and a bound on a
//! record's size so an unclosed quote cannot pull a whole large file into memory.

use std::cell::Cell;
use std::io::{self, Read};
use std::rc::Rc;

use super::{ImportCtx, ImportError, read_text};
use crate::input::{Position, Vfs, VfsFile};

/// Streams the records of the CSV `file` into `f` with where each starts (the record
/// index counts every record, the header too).
pub fn for_each_record(
    vfs: &Vfs,
    file: &VfsFile,
    ctx: &mut ImportCtx<'_>,
    mut f: impl FnMut(&mut ImportCtx<'_>, &csv::ByteRecord, Position),
) -> Result<(), ImportError> {
    let path = file.display_path.as_str();
    let limit = ctx.limits.max_record_bytes;
    read_text(vfs, file, ctx, |ctx, utf8| {
        let read_since_record = Rc::new(Cell::new(0));
        let bounded = RecordBound {
            inner: utf8,
            read: read_since_record.clone(),
            limit,
        };
        let mut csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bounded);
        let mut record = csv::ByteRecord::new();
        let mut index = 0u64;
        loop {
            match csv.read_byte_record(&mut record) {
                Ok(true) => {}
                Ok(false) => return Ok(()),
                Err(e) => {
                    let byte = e.position().map_or(0, |p| p.byte());
                    return Err(match e.into_kind() {
                        csv::ErrorKind::Io(io) => ImportError::from_io(path, io),
                        other => ImportError::Malformed {
                            path: path.to_string(),
                            byte,
                            detail: format!("{other:?}"),
                        },
                    });
                }
            }
            read_since_record.set(0);
            let position = Position {
                byte: record.position().map_or(0, |p| p.byte()),
                record: Some(index),
            };
            f(ctx, &record, position);
            index += 1;
        }
    })
}

/// A reader that fails once more than `limit` bytes were read since `read` was last set
/// to zero (after each record). The CSV reader reads ahead a buffer at a time, so the
/// bound is a little looser than `limit`; it only has to stop runaway records.
struct RecordBound<R> {
    inner: R,
    read: Rc<Cell<usize>>,
    limit: usize,
}

impl<R: Read> Read for RecordBound<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.read.get() > self.limit {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "a CSV record is longer than {} MiB (an unclosed quote?)",
                    self.limit >> 20
                ),
            ));
        }
        let n = self.inner.read(buf)?;
        self.read.set(self.read.get() + n);
        Ok(n)
    }
}
