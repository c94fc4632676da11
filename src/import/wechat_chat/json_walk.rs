//! Streaming an exporter's JSON file with [`JsonStream`]: only one record is held at a
//! time (WeFlow files embed base64 avatars and can be large). A file that ends early keeps
//! what came before and says so with a warning.

use std::io::Read;

use serde::de::DeserializeOwned;

use crate::import::json::{JsonStream, RawValue, StreamError, repair};
use crate::import::{ImportCtx, ImportError, read_text};
use crate::input::{Position, Vfs, VfsFile};
use crate::model::WarningKind;

/// Opens `file` and hands the stream to `walk`, mapping its errors.
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
        match walk(ctx, &mut stream) {
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
                detail: format!("it starts with {found}"),
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

/// Deserialises one record, repairing invalid JSON first when the scanner saw some; a
/// record that still does not fit `T` is a warning and `None`.
pub fn record<T: DeserializeOwned>(
    ctx: &mut ImportCtx<'_>,
    bytes: &[u8],
    raw: &RawValue,
    index: u64,
) -> Option<T> {
    let position = Position {
        byte: raw.offset,
        record: Some(index),
    };
    if !raw.needs_repair
        && let Ok(value) = serde_json::from_slice(bytes)
    {
        return Some(value);
    }
    let (fixed, repairs) = repair(bytes);
    match serde_json::from_slice(&fixed) {
        Ok(value) => {
            if repairs.any() {
                ctx.warn(WarningKind::RepairedJson, position, "invalid JSON repaired");
            }
            Some(value)
        }
        Err(e) => {
            ctx.warn(
                WarningKind::SkippedRecord,
                position,
                format!("unreadable record ({e})"),
            );
            None
        }
    }
}

/// A JSON number or numeric string as an integer (exporters write both).
pub fn lenient_i64<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    use serde::Deserialize as _;
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        serde_json::Value::Bool(b) => Some(i64::from(b)),
        _ => None,
    })
}

/// A JSON string, number or null as text.
pub fn lenient_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    use serde::Deserialize as _;
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => s,
        serde_json::Value::Number(n) => n.to_string(),
        _ => String::new(),
    })
}
