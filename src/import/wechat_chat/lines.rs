//! Reading a text export line by line, in any encoding `input::text` knows.

use std::io::{BufRead, Read};

use crate::import::{ImportCtx, ImportError, read_text};
use crate::input::{Position, Vfs, VfsFile};
use crate::model::WarningKind;

/// Streams `file`: `f` gets each line without its line ending, and where it starts.
pub fn for_each_line(
    vfs: &Vfs,
    file: &VfsFile,
    ctx: &mut ImportCtx<'_>,
    mut f: impl FnMut(&mut ImportCtx<'_>, &str, Position),
) -> Result<(), ImportError> {
    let path = file.display_path.as_str();
    let max_line_bytes = ctx.limits.max_record_bytes as u64;
    read_text(vfs, file, ctx, |ctx, utf8| {
        let mut reader = std::io::BufReader::new(utf8);
        let mut buf = Vec::new();
        let mut byte = 0u64;
        let mut index = 0u64;
        loop {
            buf.clear();
            let n = (&mut reader)
                .take(max_line_bytes + 1)
                .read_until(b'\n', &mut buf)
                .map_err(|e| ImportError::from_io(path, e))?;
            if n == 0 {
                break;
            }
            if n as u64 > max_line_bytes {
                // Skip the rest of the line without holding it; the lines after it are read.
                let rest = if buf.last() == Some(&b'\n') {
                    0
                } else {
                    reader
                        .skip_until(b'\n')
                        .map_err(|e| ImportError::from_io(path, e))?
                };
                ctx.warn(
                    WarningKind::SkippedRecord,
                    Position {
                        byte,
                        record: Some(index),
                    },
                    format!(
                        "line {} is longer than {} MiB and was skipped",
                        index + 1,
                        max_line_bytes >> 20
                    ),
                );
                byte += (n + rest) as u64;
                index += 1;
                buf = Vec::new();
                continue;
            }
            let line = String::from_utf8_lossy(&buf);
            let line = line.trim_end_matches(['\n', '\r']);
            f(
                ctx,
                line,
                Position {
                    byte,
                    record: Some(index),
                },
            );
            byte += n as u64;
            index += 1;
        }
        Ok(())
    })
}

/// `2023-11-15 06:13:28 rest` -> (time, rest): MemoTrace's TXT block header.
pub fn leading_time(line: &str) -> Option<(crate::model::WallTime, &str)> {
    let stamp = line.get(..19)?;
    let time = crate::model::WallTime::parse_iso(stamp)?;
    let rest = line.get(19..)?;
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    Some((time, rest.trim()))
}
