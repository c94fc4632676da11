//! The built-in sample footprint: generated exports (invented data) compiled into the
//! binary, so "Try the sample footprint" works from any directory.

use crate::import::Input;

/// The sample exports, as inputs to load.
pub fn builtin() -> Vec<Input> {
    vec![
        Input::Embedded {
            rel_path: "DataExport_sample/result.json",
            bytes: include_bytes!("../sample_exports/telegram/DataExport_sample/result.json"),
        },
        Input::Embedded {
            rel_path: "ChatExport_sample/result.json",
            bytes: include_bytes!("../sample_exports/telegram/ChatExport_sample/result.json"),
        },
    ]
}
