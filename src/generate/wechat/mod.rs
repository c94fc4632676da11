//! `footprint gen wechat-paybill|wechat-memotrace`: a WeChat Pay bill CSV and a MemoTrace
//! chat export with invented people, for the built-in sample and the tests. All times are
//! China time (UTC+8), as WeChat users' clocks show them.

pub mod bill;
pub mod memotrace;

pub use bill::{BillOptions, BillStats, SAMPLE_START_UNIX, write_bill};
pub use memotrace::{
    ChatFile, ChatOptions, ChatStats, generate as generate_memotrace, write_memotrace,
};

use crate::import::wechat_chat::CHINA_OFFSET_SECS;
use crate::model::WallTime;

/// `YYYY-MM-DD HH:MM:SS` in China time.
fn china_iso(unix: i64) -> String {
    WallTime(unix + CHINA_OFFSET_SECS)
        .to_iso()
        .replacen('T', " ", 1)
}

/// The options of the built-in sample bill.
pub fn sample_bill_options() -> BillOptions {
    BillOptions {
        rows: 360,
        seed: 2025,
        start_unix: SAMPLE_START_UNIX,
    }
}

/// The options of the built-in sample chat export.
pub fn sample_chat_options() -> ChatOptions {
    ChatOptions {
        messages: 1200,
        seed: 2025,
        start_unix: SAMPLE_START_UNIX,
    }
}
