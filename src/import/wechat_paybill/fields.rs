//! Parsing the cells of a WeChat Pay bill: amounts to exact cents, China-time wall clocks,
//! the 收/支 direction, and the cleaning every text cell needs (format notes §1b).

use crate::model::{PaymentDirection, WallTime};

/// Trims what the bill pads cells with: spaces, and the TAB written after ids so Excel keeps
/// them as text (`"3985734"<TAB>` in `paybill_csv_deb-sig.csv`).
pub fn clean(cell: &str) -> &str {
    cell.trim_matches(|c: char| c == ' ' || c == '\t' || c == '\u{3000}' || c == '\u{FEFF}')
}

/// A text cell with the bill's `/` ("nothing here") read as empty.
pub fn text_str(cell: &str) -> &str {
    match clean(cell) {
        "/" => "",
        other => other,
    }
}

/// Parses `¥28.16`, `￥1,300.00` (Excel re-save), `¥50.0`, `28` or `-3.5` to cents, exactly.
/// `?` is accepted in place of the yen sign: U+00A5 is not in GBK, so a re-save may write
/// one. More than two decimals, or anything else, gives `None`.
pub fn parse_amount_cents(cell: &str) -> Option<i64> {
    let text = clean(cell);
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let text = text.trim_start_matches(['¥', '￥', '?']);
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (text, ""),
    };
    let whole: String = whole.chars().filter(|&c| c != ',').collect();
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    if !whole.bytes().all(|b| b.is_ascii_digit()) || whole.len() > 15 {
        return None;
    }
    if fraction.len() > 2 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole_value: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let mut cents: i64 = 0;
    for (i, digit) in fraction.bytes().enumerate() {
        cents += i64::from(digit - b'0') * if i == 0 { 10 } else { 1 };
    }
    let total = whole_value.checked_mul(100)?.checked_add(cents)?;
    Some(if negative { -total } else { total })
}

/// A numeric amount cell (XLSX) to cents, rounded to the nearest cent.
pub fn number_to_cents(value: f64) -> Option<i64> {
    if !value.is_finite() || value.abs() > 1e13 {
        return None;
    }
    Some((value * 100.0).round() as i64)
}

/// Parses the bill's time as written: `2019-09-26 12:45:27`, or what Excel makes of it
/// (`2019/9/26 12:45`, seconds dropped, no leading zeros). China time, kept as wall clock.
pub fn parse_bill_time(cell: &str) -> Option<WallTime> {
    let text = clean(cell);
    let (date, time) = text.split_once([' ', 'T'])?;
    let mut date_parts = date.split(['-', '/', '.']);
    let year: i32 = date_parts.next()?.parse().ok()?;
    let month: u32 = date_parts.next()?.parse().ok()?;
    let day: u32 = date_parts.next()?.parse().ok()?;
    if date_parts.next().is_some() || !(1970..=2200).contains(&year) {
        return None;
    }
    let mut time_parts = time.trim().split(':');
    let hour: u32 = time_parts.next()?.parse().ok()?;
    let minute: u32 = time_parts.next()?.parse().ok()?;
    let second: u32 = match time_parts.next() {
        Some(s) => s.split('.').next()?.parse().ok()?,
        None => 0,
    };
    if time_parts.next().is_some() {
        return None;
    }
    WallTime::from_fields(year, month, day, hour, minute, second)
}

/// An Excel date serial (days since 1899-12-30, the fraction is the time of day) as a wall
/// clock, rounded to the second. `is_1904` selects the Mac 1904 date system.
pub fn wall_from_excel_serial(serial: f64, is_1904: bool) -> Option<WallTime> {
    if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    // 1899-12-30 is 25569 days before 1970-01-01; the 1904 system starts 1462 days later.
    let days_offset = if is_1904 { 25569.0 - 1462.0 } else { 25569.0 };
    let secs = ((serial - days_offset) * 86_400.0).round();
    WallTime::checked(secs as i64)
}

/// 收入, 支出, or anything else (`/` for 中性交易) as neutral; `None` for unknown words.
pub fn parse_direction(cell: &str) -> Option<PaymentDirection> {
    match clean(cell) {
        "收入" => Some(PaymentDirection::Income),
        "支出" => Some(PaymentDirection::Expense),
        "/" | "" | "不计收支" | "中性交易" => Some(PaymentDirection::Neutral),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_exact_cents() {
        assert_eq!(parse_amount_cents("¥28.16"), Some(2816));
        assert_eq!(parse_amount_cents("￥1,300.00"), Some(130_000));
        assert_eq!(parse_amount_cents("¥50.0"), Some(5000));
        assert_eq!(parse_amount_cents(" ¥0.01\t"), Some(1));
        assert_eq!(parse_amount_cents("?12.90"), Some(1290));
        assert_eq!(parse_amount_cents("12"), Some(1200));
        assert_eq!(parse_amount_cents("-3.5"), Some(-350));
        assert_eq!(parse_amount_cents("￥10,000.00"), Some(1_000_000));
        for bad in ["", "¥", "/", "1.234", "abc", "¥1e5", "1.2.3", "--1"] {
            assert_eq!(parse_amount_cents(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers_round_to_the_cent() {
        assert_eq!(number_to_cents(28.16), Some(2816));
        assert_eq!(number_to_cents(0.1 + 0.2), Some(30));
        assert_eq!(number_to_cents(f64::NAN), None);
    }

    #[test]
    fn bill_times_as_written_and_after_excel() {
        let t = parse_bill_time("2019-09-26 12:45:27").unwrap();
        assert_eq!(t.to_iso(), "2019-09-26T12:45:27");
        assert_eq!(
            parse_bill_time("2019/9/26 12:45").unwrap().to_iso(),
            "2019-09-26T12:45:00"
        );
        assert_eq!(
            parse_bill_time("2020/2/14 1:32").unwrap().to_iso(),
            "2020-02-14T01:32:00"
        );
        for bad in ["", "2019-09-26", "2019-13-01 00:00:00", "yesterday 12:00"] {
            assert_eq!(parse_bill_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn excel_serials() {
        // 45943.541 is 2025-10-13 12:59:02.4 (calamine's documented example).
        let t = wall_from_excel_serial(45943.541, false).unwrap();
        assert_eq!(t.to_iso(), "2025-10-13T12:59:02");
        assert_eq!(
            wall_from_excel_serial(43831.0, false).unwrap().to_iso(),
            "2020-01-01T00:00:00"
        );
        // 1970-01-01: no payment's date (a zero where a date should be).
        assert_eq!(wall_from_excel_serial(25569.0, false), None);
        assert_eq!(wall_from_excel_serial(f64::INFINITY, false), None);
    }

    #[test]
    fn directions() {
        assert_eq!(parse_direction("收入"), Some(PaymentDirection::Income));
        assert_eq!(parse_direction("\t支出 "), Some(PaymentDirection::Expense));
        assert_eq!(parse_direction("/"), Some(PaymentDirection::Neutral));
        assert_eq!(parse_direction("???"), None);
    }
}
