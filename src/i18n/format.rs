//! Numbers and dates as the current language ([`super::current`]) writes them: its
//! thousands separator and decimal sign, its month and weekday names, its date order and a
//! 12- or 24-hour clock. The conventions come from the glibc locale data in
//! `pure-rust-locales` (through chrono's `unstable-locales` for names): `en_US`, `zh_CN`,
//! `ar_EG`, `es_ES`, `ru_RU`, `pt_BR`, `de_DE`, `fr_FR`.

use chrono::format::{DelayedFormat, StrftimeItems};
use chrono::{Datelike, Locale, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use fluent_bundle::FluentValue;
use pure_rust_locales::{ar_EG, de_DE, en_US, es_ES, fr_FR, pt_BR, ru_RU, zh_CN};

use super::{Lang, current};

/// How one language writes numbers and dates.
struct Conventions {
    locale: Locale,
    decimal_point: &'static str,
    thousands_sep: &'static str,
    /// A day: `Mar 12, 2024`, `12.03.2024`, `2024年3月12日`.
    date: &'static str,
    /// A month: `Mar 2024`, `2024年3月`.
    month: &'static str,
    /// A time of day, hours and minutes: `3:04 PM`, `15:04`.
    time: &'static str,
    /// Abbreviated month names standing alone (Russian `май`, where `%b` gives the
    /// genitive `мая` of "12 мая"), for [`month`]; `None` where `%b` already stands alone.
    standalone_months: Option<&'static [&'static str]>,
}

fn conventions(lang: Lang) -> Conventions {
    // glibc's date formats, except Chinese (whose `%m月%d日` pads with zeros that
    // Chinese text does not write), English (its `%m/%d/%Y` is read the other way round
    // outside the US, so the month is named), Arabic (whose `%b` cuts month names that
    // Arabic never abbreviates) and Spanish (two-digit years are ambiguous in exports
    // that span decades).
    match lang {
        Lang::En => Conventions {
            locale: Locale::en_US,
            decimal_point: en_US::LC_NUMERIC::DECIMAL_POINT,
            thousands_sep: en_US::LC_NUMERIC::THOUSANDS_SEP,
            date: "%b %-d, %Y",
            month: "%b %Y",
            time: "%-I:%M %p",
            standalone_months: en_US::LC_TIME::AB_ALT_MON,
        },
        Lang::Zh => Conventions {
            locale: Locale::zh_CN,
            decimal_point: zh_CN::LC_NUMERIC::DECIMAL_POINT,
            thousands_sep: zh_CN::LC_NUMERIC::THOUSANDS_SEP,
            date: "%Y年%-m月%-d日",
            month: "%Y年%-m月",
            time: "%H:%M",
            standalone_months: zh_CN::LC_TIME::AB_ALT_MON,
        },
        Lang::Ar => Conventions {
            locale: Locale::ar_EG,
            decimal_point: ar_EG::LC_NUMERIC::DECIMAL_POINT,
            thousands_sep: ar_EG::LC_NUMERIC::THOUSANDS_SEP,
            date: "%-d %B %Y",
            month: "%B %Y",
            time: "%I:%M %p",
            standalone_months: ar_EG::LC_TIME::AB_ALT_MON,
        },
        Lang::Es => Conventions {
            locale: Locale::es_ES,
            decimal_point: es_ES::LC_NUMERIC::DECIMAL_POINT,
            thousands_sep: es_ES::LC_NUMERIC::THOUSANDS_SEP,
            date: "%d/%m/%Y",
            month: "%b %Y",
            time: "%H:%M",
            standalone_months: es_ES::LC_TIME::AB_ALT_MON,
        },
        Lang::Ru => Conventions {
            locale: Locale::ru_RU,
            decimal_point: ru_RU::LC_NUMERIC::DECIMAL_POINT,
            thousands_sep: ru_RU::LC_NUMERIC::THOUSANDS_SEP,
            date: ru_RU::LC_TIME::D_FMT,
            month: "%b %Y",
            time: "%H:%M",
            standalone_months: ru_RU::LC_TIME::AB_ALT_MON,
        },
        Lang::PtBr => Conventions {
            locale: Locale::pt_BR,
            decimal_point: pt_BR::LC_NUMERIC::DECIMAL_POINT,
            thousands_sep: pt_BR::LC_NUMERIC::THOUSANDS_SEP,
            date: pt_BR::LC_TIME::D_FMT,
            month: "%b %Y",
            time: "%H:%M",
            standalone_months: pt_BR::LC_TIME::AB_ALT_MON,
        },
        Lang::De => Conventions {
            locale: Locale::de_DE,
            decimal_point: de_DE::LC_NUMERIC::DECIMAL_POINT,
            thousands_sep: de_DE::LC_NUMERIC::THOUSANDS_SEP,
            date: de_DE::LC_TIME::D_FMT,
            month: "%b %Y",
            time: "%H:%M",
            standalone_months: de_DE::LC_TIME::AB_ALT_MON,
        },
        Lang::Fr => Conventions {
            locale: Locale::fr_FR,
            decimal_point: fr_FR::LC_NUMERIC::DECIMAL_POINT,
            thousands_sep: fr_FR::LC_NUMERIC::THOUSANDS_SEP,
            date: fr_FR::LC_TIME::D_FMT,
            month: "%b %Y",
            time: "%H:%M",
            standalone_months: fr_FR::LC_TIME::AB_ALT_MON,
        },
    }
}

/// `digits` (ASCII digits only) with the thousands separator every three from the right.
/// glibc's narrow no-break space (U+202F, Russian and French) is written as a no-break
/// space (U+00A0): neither egui's fonts nor the bundled ones draw U+202F, and a box in
/// every number would be worse than a slightly wider gap.
fn group(digits: &str, sep: &str) -> String {
    let sep = if sep == "\u{202f}" { "\u{a0}" } else { sep };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * sep.len());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// An integer: `1,234,567` (English, Chinese, Arabic), `1.234.567` (German, Spanish,
/// Portuguese), `1 234 567` with a no-break space (Russian, French).
pub fn integer(n: i64) -> String {
    let c = conventions(current());
    let digits = group(&n.unsigned_abs().to_string(), c.thousands_sep);
    if n < 0 { format!("-{digits}") } else { digits }
}

/// A number with exactly `fraction_digits` digits after the decimal sign: `1,234.5`,
/// `1.234,5`.
pub fn decimal(v: f64, fraction_digits: usize) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let c = conventions(current());
    let plain = format!("{:.*}", fraction_digits, v.abs());
    let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut out = String::new();
    if v < 0.0 && plain.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    out.push_str(&group(whole, c.thousands_sep));
    if !fraction.is_empty() {
        out.push_str(c.decimal_point);
        out.push_str(fraction);
    }
    out
}

/// Fluent's number formatter: numbers given to messages are written like [`integer`] and
/// [`decimal`] (with the fraction digits the value asks for).
pub(super) fn fluent_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let digits = n.options.minimum_fraction_digits.unwrap_or_else(|| {
        let s = n.value.to_string();
        s.split_once('.').map_or(0, |(_, f)| f.len())
    });
    Some(
        if digits == 0 && n.value.fract() == 0.0 && n.value.abs() < 9e15 {
            integer(n.value as i64)
        } else {
            decimal(n.value, digits)
        },
    )
}

fn write(date: NaiveDate, time: Option<NaiveTime>, pattern: &str, locale: Locale) -> String {
    let items = StrftimeItems::new_with_locale(pattern, locale);
    let mut out = String::new();
    // The patterns are constants of this file; an error would only cut the text short.
    let _ = DelayedFormat::new_with_locale(Some(date), time, items, locale).write_to(&mut out);
    out
}

/// A day: `Mar 12, 2024`, `2024年3月12日`, `12.03.2024`, `12 مارس 2024`.
pub fn date(d: NaiveDate) -> String {
    let c = conventions(current());
    write(d, None, c.date, c.locale)
}

/// A month: `Mar 2024`, `2024年3月`, `März 2024`.
pub fn month(d: NaiveDate) -> String {
    let c = conventions(current());
    let standalone = c
        .standalone_months
        .and_then(|names| names.get(d.month0() as usize))
        .filter(|_| c.month.contains("%b"));
    match standalone {
        Some(name) => write(d, None, &c.month.replace("%b", name), c.locale),
        None => write(d, None, c.month, c.locale),
    }
}

/// A time of day: `3:04 PM` (English, Arabic: 12-hour clock), `15:04` (the others).
pub fn time(t: NaiveTime) -> String {
    let c = conventions(current());
    let day = NaiveDate::default();
    write(day, Some(t), c.time, c.locale)
}

/// A day and a time: [`date`] then [`time`].
pub fn date_time(t: NaiveDateTime) -> String {
    format!("{} {}", date(t.date()), time(t.time()))
}

/// What separates the items of a list: `, ` (most), `、` (Chinese), `، ` (Arabic).
pub fn list_separator() -> &'static str {
    match current() {
        Lang::Zh => "、",
        Lang::Ar => "، ",
        _ => ", ",
    }
}

/// A weekday's short name: `Mon`, `周一`, `Mo`, `lun.`.
pub fn weekday_short(day: Weekday) -> String {
    let c = conventions(current());
    // 2024-01-01 was a Monday.
    let d = NaiveDate::from_ymd_opt(2024, 1, 1)
        .and_then(|monday| {
            monday.checked_add_days(chrono::Days::new(day.num_days_from_monday().into()))
        })
        .unwrap_or_default();
    // glibc's Chinese abbreviation is the bare numeral (一 for Monday), ambiguous on its
    // own: Chinese names the weekday 周一.
    let pattern = if c.locale == Locale::zh_CN {
        "周%a"
    } else {
        "%a"
    };
    write(d, None, pattern, c.locale)
}

/// An hour of the day as the activity chart's axis names it: `3 PM` (12-hour languages),
/// `15` (the others).
pub fn hour(h: u32) -> String {
    let c = conventions(current());
    match NaiveTime::from_hms_opt(h % 24, 0, 0) {
        Some(t) if c.time.contains("%p") => {
            write(NaiveDate::default(), Some(t), "%-I %p", c.locale)
        }
        _ => format!("{:02}", h % 24),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::with_language;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 3, 12).unwrap_or_default()
    }

    #[test]
    fn numbers_per_language() {
        let n = 1_234_567;
        assert_eq!(with_language(Lang::En, || integer(n)), "1,234,567");
        assert_eq!(with_language(Lang::Zh, || integer(n)), "1,234,567");
        assert_eq!(with_language(Lang::Ar, || integer(n)), "1,234,567");
        assert_eq!(with_language(Lang::De, || integer(n)), "1.234.567");
        assert_eq!(
            with_language(Lang::Ru, || integer(n)),
            "1\u{a0}234\u{a0}567"
        );
        assert_eq!(with_language(Lang::De, || decimal(-1234.5, 2)), "-1.234,50");
        assert_eq!(with_language(Lang::En, || decimal(-0.001, 1)), "0.0");
        assert_eq!(with_language(Lang::Ru, || decimal(0.25, 2)), "0,25");
        assert_eq!(with_language(Lang::En, || integer(-12)), "-12");
    }

    #[test]
    fn dates_per_language() {
        let d = day();
        assert_eq!(with_language(Lang::En, || date(d)), "Mar 12, 2024");
        assert_eq!(with_language(Lang::Zh, || date(d)), "2024年3月12日");
        assert_eq!(with_language(Lang::De, || date(d)), "12.03.2024");
        assert_eq!(with_language(Lang::Ru, || date(d)), "12.03.2024");
        assert_eq!(with_language(Lang::Ar, || date(d)), "12 مارس 2024");
        assert_eq!(with_language(Lang::Zh, || month(d)), "2024年3月");
        assert_eq!(with_language(Lang::De, || month(d)), "Mär 2024");
        assert_eq!(with_language(Lang::Ru, || month(d)), "мар 2024");
        let may = NaiveDate::from_ymd_opt(2024, 5, 12).unwrap_or_default();
        assert_eq!(with_language(Lang::Ru, || month(may)), "май 2024");
        assert_eq!(with_language(Lang::Ru, || date(may)), "12.05.2024");
        let t = NaiveTime::from_hms_opt(15, 4, 0).unwrap_or_default();
        assert_eq!(with_language(Lang::En, || time(t)), "3:04 PM");
        assert_eq!(with_language(Lang::De, || time(t)), "15:04");
        assert_eq!(with_language(Lang::Ar, || time(t)), "03:04 م");
        assert_eq!(
            with_language(Lang::En, || weekday_short(Weekday::Mon)),
            "Mon"
        );
        assert_eq!(
            with_language(Lang::De, || weekday_short(Weekday::Sun)),
            "So"
        );
        assert_eq!(
            with_language(Lang::Zh, || weekday_short(Weekday::Mon)),
            "周一"
        );
        assert_eq!(with_language(Lang::En, || hour(0)), "12 AM");
        assert_eq!(with_language(Lang::Zh, list_separator), "、");
        assert_eq!(with_language(Lang::De, list_separator), ", ");
        assert_eq!(with_language(Lang::Ru, || hour(7)), "07");
    }
}
