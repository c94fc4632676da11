//! Wall-clock times as written in exports.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

/// A wall-clock time with no zone, as the export wrote it, stored as seconds since
/// 1970-01-01T00:00:00 of that same (unknown) zone. Telegram's `date`, WhatsApp lines and
/// WeChat bills all carry such times; when only a Unix time exists it is shown in UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WallTime(pub i64);

impl WallTime {
    /// The earliest time a message, session or payment can have (1990-01-01): older
    /// times in an export are a zero or a garbled number, not a date.
    pub const EARLIEST: WallTime = WallTime(631_152_000);
    /// The latest (2200-01-01), a margin past any export's date.
    pub const LATEST: WallTime = WallTime(7_258_118_400);

    /// `secs` as a time, when it lies between [`WallTime::EARLIEST`] and
    /// [`WallTime::LATEST`]; `None` otherwise (a warning for the importer, never a date
    /// such as "invalid" or the year 0).
    pub fn checked(secs: i64) -> Option<Self> {
        (Self::EARLIEST.0..Self::LATEST.0)
            .contains(&secs)
            .then_some(Self(secs))
    }

    /// From calendar fields, when they form a real date and time in the range of
    /// [`WallTime::checked`].
    pub fn from_fields(year: i32, month: u32, day: u32, h: u32, m: u32, s: u32) -> Option<Self> {
        let date = NaiveDate::from_ymd_opt(year, month, day)?;
        let time = date.and_hms_opt(h, m, s)?;
        Self::checked(time.and_utc().timestamp())
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS` (a space instead of `T` is accepted). Anything else
    /// gives `None`.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        if b.len() < 19 || !matches!(b[10], b'T' | b' ') {
            return None;
        }
        let num = |range: std::ops::Range<usize>| -> Option<u32> {
            let mut value = 0u32;
            for &c in b.get(range)? {
                if !c.is_ascii_digit() {
                    return None;
                }
                value = value * 10 + u32::from(c - b'0');
            }
            Some(value)
        };
        if b[4] != b'-' || b[7] != b'-' || b[13] != b':' || b[16] != b':' {
            return None;
        }
        Self::from_fields(
            num(0..4)? as i32,
            num(5..7)?,
            num(8..10)?,
            num(11..13)?,
            num(14..16)?,
            num(17..19)?,
        )
    }

    /// The UTC wall clock of a Unix time, when in range ([`WallTime::checked`]).
    pub fn from_unix_utc(unix_secs: i64) -> Option<Self> {
        Self::checked(unix_secs)
    }

    pub fn naive(self) -> Option<NaiveDateTime> {
        DateTime::from_timestamp(self.0, 0).map(|t| t.naive_utc())
    }

    /// `YYYY-MM-DDTHH:MM:SS`, the form `summary --json` uses.
    pub fn to_iso(self) -> String {
        match self.naive() {
            Some(t) => t.format("%Y-%m-%dT%H:%M:%S").to_string(),
            None => String::from("invalid"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_round_trip() {
        let t = WallTime::parse_iso("2024-01-20T11:17:02").unwrap();
        assert_eq!(t.to_iso(), "2024-01-20T11:17:02");
        assert_eq!(
            WallTime::from_unix_utc(1544006350).unwrap().to_iso(),
            "2018-12-05T10:39:10"
        );
    }

    #[test]
    fn rejects_garbage() {
        for bad in [
            "",
            "2024-13-01T00:00:00",
            "2024-02-30T00:00:00",
            "20x4-01-01T00:00:00",
            "2024-01-01",
            "0000-01-01T00:00:00",
            "1970-01-01T00:00:00",
        ] {
            assert_eq!(WallTime::parse_iso(bad), None, "{bad}");
        }
        for secs in [
            i64::MAX,
            i64::MIN,
            100_000_000_000_000,
            -100_000_000_000_000,
            0,
        ] {
            assert_eq!(WallTime::from_unix_utc(secs), None, "{secs}");
        }
    }
}
