//! Shared JSON machinery for importers: a streaming scanner and a repairer for the
//! invalid JSON that exporters write.

mod cut;
mod repair;
mod stream;

pub use cut::close_cut;
pub use repair::{Repairs, repair};
pub use stream::{JsonStream, RawValue, StreamError};

use std::io::Read;

use super::{ImportCtx, ImportError, read_text};
use crate::input::{Position, Vfs, VfsFile};
use crate::model::WarningKind;

/// Opens `file` as a JSON stream for `walk`, and maps what stops it: a file that ends
/// early keeps what came before with a warning; other faults name the file and the byte.
pub fn stream_json(
    vfs: &Vfs,
    file: &VfsFile,
    ctx: &mut ImportCtx<'_>,
    walk: impl FnOnce(
        &mut ImportCtx<'_>,
        &mut JsonStream<Box<dyn Read + '_>>,
    ) -> Result<(), StreamError>,
) -> Result<(), ImportError> {
    let path = file.display_path.as_str();
    read_text(vfs, file, ctx, |ctx, utf8| {
        let mut stream = JsonStream::new(utf8, ctx.limits.max_record_bytes);
        let walked = walk(ctx, &mut stream);
        let limit_mib = stream.max_value() >> 20;
        for offset in stream.take_oversized() {
            ctx.warn(
                WarningKind::SkippedRecord,
                Position {
                    byte: offset,
                    record: None,
                },
                format!(
                    "the value at byte {offset} is larger than {limit_mib} MiB; it was skipped and reading went on"
                ),
            );
        }
        match walked {
            Ok(()) => Ok(()),
            Err(StreamError::Truncated { offset }) => {
                ctx.warn(
                    WarningKind::Truncated,
                    Position {
                        byte: offset,
                        record: None,
                    },
                    format!("{path:?} ends at byte {offset} before the JSON is complete"),
                );
                Ok(())
            }
            Err(StreamError::Io(e)) => Err(ImportError::from_io(path, e)),
            Err(StreamError::Syntax {
                offset: 0, found, ..
            }) => Err(ImportError::NotJson {
                path: path.to_string(),
                detail: format!("it starts with {found}, not JSON"),
            }),
            Err(
                e @ (StreamError::Syntax { offset, .. } | StreamError::TooLarge { offset, .. }),
            ) => Err(ImportError::Malformed {
                path: path.to_string(),
                byte: offset,
                detail: format!("{e}; everything before it was kept"),
            }),
        }
    })
}
