//! A CSV bill read on two cores (issue 17): this thread parses the CSV into batches of
//! rows, another interprets them ([`BillReader::row`]: times, amounts, shared texts) into
//! a footprint of its own, which is moved into the load's at the end. The bill's irregular
//! quoting (a TAB after a closing quote, `"` inside unquoted cells) does not allow cutting
//! it at line ends without parsing it, so this is a pipeline of two stages, not a pool.
//! Rows are interpreted by one thread in file order: the result is the one-thread result.

use std::sync::mpsc::sync_channel;

use super::bill::{BillReader, Cell};
use crate::import::{ImportCtx, ImportError, Progress, for_each_record};
use crate::input::{Position, Vfs, VfsFile};
use crate::model::{Footprint, Platform};

/// Rows handed over at a time.
const BATCH_ROWS: usize = 2048;
/// Batches in flight between the two threads (memory stays a few batches).
const BATCHES_IN_FLIGHT: usize = 4;

/// Rows of the CSV as text: every cell's text one after another in `text`, where each
/// ends in `ends`, and each row's cell count and position.
#[derive(Default)]
struct Batch {
    text: String,
    ends: Vec<usize>,
    rows: Vec<(usize, Position)>,
}

impl Batch {
    fn push(&mut self, record: &csv::ByteRecord, position: Position) {
        for field in record {
            self.text.push_str(&String::from_utf8_lossy(field));
            self.ends.push(self.text.len());
        }
        self.rows.push((record.len(), position));
    }
}

/// Reads the CSV `file` as [`super::read_csv`] does, on two threads. Returns the bill's
/// reader (for its notes) after adding what it read to `ctx`.
///
/// Errors: those of reading the file (what was read before is kept); a panic of the other
/// thread is raised again here, where the load turns it into an error naming the file.
pub fn read_csv_on_two_threads(
    vfs: &Vfs,
    file: &VfsFile,
    ctx: &mut ImportCtx<'_>,
) -> (BillReader, Result<(), ImportError>) {
    let limits = ctx.limits;
    let date_order = ctx.date_order;
    let (read, interpreted) = std::thread::scope(|scope| {
        let (batches, received) = sync_channel::<Batch>(BATCHES_IN_FLIGHT);
        let interpreter = scope.spawn(move || {
            let mut own = Footprint::default();
            own.add_source(String::new(), Platform::WeChat, super::FORMAT);
            let progress = Progress::default();
            let mut own_ctx = ImportCtx {
                footprint: &mut own,
                source: 0,
                progress: &progress,
                limits,
                date_order,
                bytes_before: 0,
                bytes_total: 0,
            };
            let mut bill = BillReader::default();
            for batch in received {
                let mut start = 0;
                let mut ends = batch.ends.iter();
                // Cells borrow the batch's text; one list a batch, reused row after row.
                let mut cells: Vec<Cell<'_>> = Vec::new();
                for &(count, position) in &batch.rows {
                    cells.clear();
                    for _ in 0..count {
                        let end = ends.next().copied().unwrap_or(start);
                        cells.push(Cell::Text(batch.text.get(start..end).unwrap_or("").into()));
                        start = end;
                    }
                    bill.row(&mut own_ctx, &cells, position);
                }
            }
            (bill, own)
        });
        let mut batch = Batch::default();
        let read = for_each_record(vfs, file, ctx, |_, record, position| {
            batch.push(record, position);
            if batch.rows.len() >= BATCH_ROWS {
                // The other thread is gone only if it panicked; the join below says so.
                let _ = batches.send(std::mem::take(&mut batch));
            }
        });
        if !batch.rows.is_empty() {
            let _ = batches.send(batch);
        }
        drop(batches);
        (read, interpreter.join())
    });
    let (bill, own) = match interpreted {
        Ok(done) => done,
        Err(panic) => std::panic::resume_unwind(panic),
    };
    move_into(own, ctx);
    (bill, read)
}

/// Moves what the other thread read (its footprint's only source) into `ctx`'s source.
fn move_into(own: Footprint, ctx: &mut ImportCtx<'_>) {
    let Footprint {
        mut sources,
        identity,
        payments,
        ..
    } = own;
    let source = ctx.source;
    if let Some(own_source) = sources.pop()
        && let Some(target) = ctx.footprint.sources.get_mut(source as usize)
    {
        target.warnings.append(own_source.warnings);
        target.records += own_source.records;
        target.notes.extend(own_source.notes);
    }
    ctx.footprint
        .identity
        .extend(identity.into_iter().map(|mut field| {
            field.source = source;
            field
        }));
    let mut payments = payments;
    for payment in &mut payments {
        payment.source = source;
    }
    // Taken over when nothing came before (no second copy of the largest list at the peak).
    if ctx.footprint.payments.is_empty() {
        ctx.footprint.payments = payments;
    } else {
        ctx.footprint.payments.append(&mut payments);
    }
}
