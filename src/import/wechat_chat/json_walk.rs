//! Records of an exporter's JSON file, read one at a time from
//! [`crate::import::json::stream_json`] (WeFlow files embed base64 avatars and can be
//! large), and the lenient field types exporters need.

use serde::de::DeserializeOwned;

use crate::import::ImportCtx;
use crate::import::json::{RawValue, repair};
use crate::input::Position;
use crate::model::WarningKind;

/// Deserialises one record, repairing invalid JSON first when the scanner saw some; a
/// record that still does not fit `T` is a warning and `None`.
pub fn record<T: DeserializeOwned>(
    ctx: &mut ImportCtx<'_>,
    bytes: &[u8],
    raw: &RawValue,
    index: u64,
) -> Option<T> {
    if raw.oversized {
        return None; // the stream warns
    }
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
