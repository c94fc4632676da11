//! Reading a CSV export record by record, for every importer of CSV files: any encoding
//! [`super::read_text`] knows, ragged rows, quoted cells with newlines, and a bound on a
//! record's size so an unclosed quote cannot pull a whole large file into memory.

use std::cell::Cell;
use std::io::{self, Read};
use std::rc::Rc;

use super::{ImportCtx, ImportError, StopAtError, read_text};
use crate::input::{Position, Vfs, VfsFile};
use crate::model::WarningKind;

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
        let last_byte = Rc::new(Cell::new(b'\n'));
        let bounded = RecordBound {
            // A read that fails part way (a damaged zip entry) ends the file there, the
            // same on every run: the rows before it are kept and the failure is said.
            inner: StopAtError::new(utf8),
            read: read_since_record.clone(),
            last_byte: last_byte.clone(),
            limit,
        };
        // Cells of the record before the last: a file cut inside its last row leaves that
        // row shorter, and without the line end every exporter writes after a row.
        let mut cells_before = 0usize;
        let mut last_position = Position::default();
        let mut csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bounded);
        let mut record = csv::ByteRecord::new();
        let mut index = 0u64;
        loop {
            let cells = record.len();
            match csv.read_byte_record(&mut record) {
                Ok(true) => cells_before = cells,
                Ok(false) => {
                    if let Some((byte, e)) = csv.get_mut().inner.failed.take() {
                        ctx.warn(
                            WarningKind::Truncated,
                            Position { byte, record: None },
                            format!(
                                "{path:?} could not be read past here ({e}); what came before was kept"
                            ),
                        );
                    } else if index > 1
                        && cells < cells_before
                        && !matches!(last_byte.get(), b'\n' | b'\r')
                    {
                        ctx.warn(
                            WarningKind::Truncated,
                            last_position,
                            format!(
                                "{path:?} ends inside its last row (cut short in a copy or download?): the row has {cells} of the {cells_before} cells of the row before; what could be read of it was kept"
                            ),
                        );
                    }
                    return Ok(());
                }
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
            last_position = position;
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
    /// The last byte read, to tell a file that ends with a line end.
    last_byte: Rc<Cell<u8>>,
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
        if let Some(&last) = buf.get(..n).and_then(<[u8]>::last) {
            self.last_byte.set(last);
        }
        Ok(n)
    }
}
