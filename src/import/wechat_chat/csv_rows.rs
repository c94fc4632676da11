//! Reading an exporter's CSV row by row: any encoding `input::text` knows, a header row
//! looked up by name, ragged rows (MemoTrace's older private chats have 9 fields under a
//! 12-field header), quoted cells with newlines.

use std::borrow::Cow;

use crate::import::{ImportCtx, ImportError, for_each_record};
use crate::input::{Position, Vfs, VfsFile};

/// The header row's names, trimmed.
pub struct Header(Vec<String>);

impl Header {
    /// The index of the column called `name`.
    pub fn at(&self, name: &str) -> Option<usize> {
        self.0.iter().position(|n| n == name)
    }
}

/// A cell of `record` as text (invalid UTF-8 replaced), trimmed; empty when absent.
pub fn cell(record: &csv::ByteRecord, index: Option<usize>) -> Cow<'_, str> {
    match index.and_then(|i| record.get(i)) {
        Some(bytes) => match String::from_utf8_lossy(bytes) {
            Cow::Borrowed(s) => Cow::Borrowed(s.trim_matches([' ', '\t'])),
            Cow::Owned(s) => Cow::Owned(s.trim_matches([' ', '\t']).to_string()),
        },
        None => Cow::Borrowed(""),
    }
}

/// Streams the CSV `file`: `f` gets the header and each following row that is not empty
/// or blank (numbered from 0 after the header).
pub fn for_each_row(
    vfs: &Vfs,
    file: &VfsFile,
    ctx: &mut ImportCtx<'_>,
    mut f: impl FnMut(&mut ImportCtx<'_>, &Header, &csv::ByteRecord, Position),
) -> Result<(), ImportError> {
    let mut header: Option<Header> = None;
    let mut index = 0u64;
    for_each_record(vfs, file, ctx, |ctx, record, position| match &header {
        None => {
            header = Some(Header(
                (0..record.len())
                    .map(|i| {
                        cell(record, Some(i))
                            .trim_start_matches('\u{FEFF}')
                            .to_string()
                    })
                    .collect(),
            ));
        }
        Some(h) => {
            // A row of blanks (spaces a tool left after the last row) is no row.
            if record
                .iter()
                .any(|field| !field.iter().all(u8::is_ascii_whitespace))
            {
                let position = Position {
                    record: Some(index),
                    ..position
                };
                f(ctx, h, record, position);
                index += 1;
            }
        }
    })
}
