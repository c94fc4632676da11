//! Telegram peer ids in all the shapes exports used (format notes §1.6): absent, a plain
//! user id (≤ 2.4.0), a 2^32-shifted number (2.4.1–2.7.1), or `"user123"` (2.7.2+).

use std::fmt::Write as _;

/// Appends the normalised key of a numeric id (`user123`, `chat123` ...) to `out`.
pub fn numeric_peer_key(id: i64, out: &mut String) {
    let high = id >> 32;
    let low = id & 0xFFFF_FFFF;
    let _ = match high {
        0 => write!(out, "user{id}"),
        1 => write!(out, "user{low}"),
        2 => write!(out, "chat{low}"),
        3 => write!(out, "channel{low}"),
        _ => write!(out, "peer{id}"),
    };
}

/// The bare id of a dialog id, undoing the 2^32 shift of old exports.
pub fn bare_dialog_id(id: i64) -> i64 {
    if (1..=3).contains(&(id >> 32)) {
        id & 0xFFFF_FFFF
    } else {
        id
    }
}

/// Telegram's service account, which sends login notifications.
pub const SERVICE_ACCOUNT_ID: i64 = 777000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifted_and_plain_ids() {
        let mut key = String::new();
        numeric_peer_key(100000001, &mut key);
        assert_eq!(key, "user100000001");
        key.clear();
        numeric_peer_key((1 << 32) + 777000, &mut key);
        assert_eq!(key, "user777000");
        key.clear();
        numeric_peer_key((2 << 32) + 55, &mut key);
        assert_eq!(key, "chat55");
        assert_eq!(bare_dialog_id((1 << 32) + 777000), SERVICE_ACCOUNT_ID);
        assert_eq!(bare_dialog_id(1500000001), 1500000001);
    }
}
