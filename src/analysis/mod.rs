//! Analysis: pure functions from the model to what is shown (summaries, aggregates, table
//! rows). Computed once per load; views and charts only read the results.

pub mod activity;
mod derived;
pub mod diff;
pub mod findings;
pub mod inventory;
pub mod ip_country;
pub mod mask;
pub mod overlap;
pub mod owner;
pub mod people;
pub mod summary;
pub mod topics;

pub use activity::{ActivityFilter, ActivityIndex, ActivityView, Bucket, TimeBasis};
pub use derived::{
    Choices, Derived, SourceDetails, conversation_detail, identity_detail, sample_label,
    warning_label,
};
pub use mask::{Detail, Masker, Shown};
pub use summary::{Summary, summarize};

/// `1234567` as `1,234,567`.
pub fn thousands(n: u64) -> String {
    crate::i18n::format::integer(i64::try_from(n).unwrap_or(i64::MAX))
}

/// `1 group`, `1,234 groups`: a count and the word that goes with it.
///
/// English only; prefer Fluent plurals (`{ $count -> [one] … *[other] … }`) through
/// [`t!`](crate::t), which every language can translate.
pub fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

/// "3 days", "5 months", "2 years" for a number of days, in the current language.
pub fn span(days: i64) -> String {
    if days < 60 {
        crate::t!("span-days", count = days.max(1))
    } else if days < 730 {
        crate::t!("span-months", count = days / 30)
    } else {
        crate::t!("span-years", count = days / 365)
    }
}

/// Today, as a wall time in the computer's zone (the clock the exports' times are in).
pub fn now() -> crate::model::WallTime {
    crate::model::WallTime(chrono::Local::now().naive_local().and_utc().timestamp())
}

/// Cents as yuan with thousands separators: `¥31,622.34`.
pub fn yuan(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let amount = crate::i18n::format::decimal(abs as f64 / 100.0, 2);
    // Where the symbol goes is the language's: ¥31,622.34, 31.622,34 ¥.
    format!("{sign}{}", crate::t!("yuan-amount", amount = amount))
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, sources, with_language};

    #[test]
    fn the_analysis_and_findings_texts_parse() {
        for (area, source) in
            sources(Lang::En).filter(|(area, _)| matches!(*area, "analysis" | "findings"))
        {
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(source.to_string()) {
                panic!("{area}.ftl: {errors:?}");
            }
        }
    }

    #[test]
    fn spans_are_counted_in_days_months_or_years() {
        with_language(Lang::En, || {
            assert_eq!(super::span(0), "1 day");
            assert_eq!(super::span(45), "45 days");
            assert_eq!(super::span(90), "3 months");
            assert_eq!(super::span(800), "2 years");
        });
    }
}
