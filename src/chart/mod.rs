//! Charts, defined once (data, title, axes) and drawn twice: on screen by `ui::plot`
//! (egui_plot) and to PNG/SVG by [`render`] (plotters).

pub mod catalog;
mod export;
pub mod render;
pub mod report;
pub mod script;
pub mod world;

pub use catalog::{ChartOptions, Topic, all_charts, charts_for};
pub use export::{chart_targets, save_file, write_all, write_charts};
pub use render::{ImageFormat, RenderError, render_to_file};

use crate::analysis::Bucket;
use crate::analysis::activity::date_of_day;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Colours shared by screen and image.
pub mod palette {
    use super::Rgb;
    pub const TELEGRAM: Rgb = Rgb(0x2A, 0x9E, 0xD8);
    pub const WHATSAPP: Rgb = Rgb(0x12, 0x8C, 0x7E);
    pub const WECHAT: Rgb = Rgb(0x2B, 0xAE, 0x3F);
    pub const MINE: Rgb = Rgb(0x3B, 0x7D, 0xD8);
    pub const OTHERS: Rgb = Rgb(0xF0, 0x8C, 0x3A);
    /// Messages of a source whose owner is unknown: neither yours nor received.
    pub const OWNER_UNKNOWN: Rgb = Rgb(0x9A, 0xA3, 0xAF);
    pub const EXPENSE: Rgb = Rgb(0xD9, 0x4A, 0x43);
    pub const INCOME: Rgb = Rgb(0x2E, 0x9E, 0x5B);
    pub const NEUTRAL: Rgb = Rgb(0x6B, 0x7A, 0x8F);
    pub const LEFT: Rgb = Rgb(0xB0, 0xB7, 0xC3);
    /// Heatmap: from empty to busiest.
    pub const HEAT_LOW: Rgb = Rgb(0xEE, 0xF3, 0xFB);
    pub const HEAT_HIGH: Rgb = Rgb(0x1F, 0x4E, 0x9C);
}

/// The colour of a platform.
pub fn platform_color(p: crate::model::Platform) -> Rgb {
    match p {
        crate::model::Platform::Telegram => palette::TELEGRAM,
        crate::model::Platform::WhatsApp => palette::WHATSAPP,
        crate::model::Platform::WeChat => palette::WECHAT,
    }
}

/// What the numbers of a chart are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Count,
    /// Amounts in yuan.
    Yuan,
    /// Telegram's frequent-contact rating (a score, no unit).
    Score,
}

impl Unit {
    /// A value as people read it.
    pub fn format(self, v: f64) -> String {
        match self {
            Self::Count => format_count(v.round() as i64),
            Self::Yuan => crate::analysis::yuan((v * 100.0).round() as i64),
            Self::Score => crate::i18n::format::decimal(v, 2),
        }
    }

    /// A short axis label (12k, 1.5M, ¥300).
    pub fn short(self, v: f64) -> String {
        let prefix = if self == Self::Yuan { "¥" } else { "" };
        let a = v.abs();
        let body = if a >= 1e6 {
            format!("{:.1}M", v / 1e6)
        } else if a >= 1e4 {
            format!("{:.0}k", v / 1e3)
        } else if a >= 1e3 {
            format!("{:.1}k", v / 1e3)
        } else if v.fract().abs() > 1e-9 {
            format!("{v:.1}")
        } else {
            format!("{v:.0}")
        };
        let body = body.replace(".0k", "k").replace(".0M", "M");
        // The language's decimal sign (1,5M in German); the k and M stay (SI prefixes).
        let point = crate::i18n::format::decimal(0.5, 1).replace(['0', '5'], "");
        format!("{prefix}{}", body.replace('.', &point))
    }
}

fn format_count(n: i64) -> String {
    let digits = crate::analysis::thousands(n.unsigned_abs());
    if n < 0 { format!("-{digits}") } else { digits }
}

/// One named series of values.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
    pub color: Rgb,
}

/// How far category `i` reaches along the value axis: its stack's total, or its longest
/// bar (negative values count as 0).
pub fn category_peak(series: &[Series], i: usize, stacked: bool) -> f64 {
    let values = series
        .iter()
        .map(|s| s.values.get(i).copied().unwrap_or(0.0).max(0.0));
    if stacked {
        values.sum()
    } else {
        values.fold(0.0, f64::max)
    }
}

/// The highest [`category_peak`] of `n` categories.
pub fn peak(series: &[Series], n: usize, stacked: bool) -> f64 {
    (0..n)
        .map(|i| category_peak(series, i, stacked))
        .fold(0.0, f64::max)
}

/// A bar of a session timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct GanttRow {
    pub label: String,
    /// Days since 1970-01-01 (fractional).
    pub start: f64,
    pub end: f64,
    pub color: Rgb,
    /// Shown on hover.
    pub detail: String,
    /// The legend entry it belongs to (`Telegram app sessions`, `websites`); rows of one
    /// group share a colour.
    pub group: String,
}

/// The shape of a chart's data.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartBody {
    /// Values per time bucket; `starts` are day numbers.
    Timeline {
        bucket: Bucket,
        starts: Vec<i32>,
        series: Vec<Series>,
        stacked: bool,
    },
    /// Values per category.
    Bars {
        categories: Vec<String>,
        series: Vec<Series>,
        horizontal: bool,
        stacked: bool,
    },
    /// `values[row][col]`.
    Heatmap {
        rows: Vec<String>,
        cols: Vec<String>,
        values: Vec<Vec<f64>>,
    },
    /// Spans over time, one per row.
    Gantt { rows: Vec<GanttRow> },
    /// Countries of the world map ([`world`]) shaded by a value.
    Map { regions: Vec<MapRegion> },
}

/// One country's value on the world map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapRegion {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    pub value: f64,
    /// Shown on hover (the addresses, when they were seen, which platform).
    pub detail: String,
}

/// A map shade between the heat colours for `value` out of `max` (square root, so a few
/// countries with many addresses do not wash out the rest).
pub fn map_shade(value: f64, max: f64) -> Rgb {
    let t = (value / max.max(1.0)).clamp(0.0, 1.0).sqrt();
    let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
    let (lo, hi) = (palette::HEAT_LOW, palette::HEAT_HIGH);
    Rgb(mix(lo.0, hi.0), mix(lo.1, hi.1), mix(lo.2, hi.2))
}

/// A chart: what it shows and how it is labelled.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// File-name stem, stable across versions (`activity-over-time`).
    pub id: String,
    pub title: String,
    pub x_label: String,
    pub y_label: String,
    pub unit: Unit,
    pub body: ChartBody,
}

impl Chart {
    /// The highest value a timeline or bar chart draws (0 for the others).
    pub fn peak(&self) -> f64 {
        match &self.body {
            ChartBody::Timeline {
                starts,
                series,
                stacked,
                ..
            } => peak(series, starts.len(), *stacked),
            ChartBody::Bars {
                categories,
                series,
                stacked,
                ..
            } => peak(series, categories.len(), *stacked),
            ChartBody::Heatmap { .. } | ChartBody::Gantt { .. } | ChartBody::Map { .. } => 0.0,
        }
    }

    /// Whether the series need a legend: more than one, and not each standing alone in
    /// its own category (yours / received, whose category labels already name them).
    pub fn needs_legend(&self) -> bool {
        match &self.body {
            ChartBody::Timeline { series, .. } => series.len() > 1,
            ChartBody::Bars {
                categories, series, ..
            } => {
                series.len() > 1
                    && (0..categories.len()).any(|i| {
                        series
                            .iter()
                            .filter(|s| s.values.get(i).is_some_and(|v| *v != 0.0))
                            .count()
                            > 1
                    })
            }
            ChartBody::Heatmap { .. } | ChartBody::Gantt { .. } | ChartBody::Map { .. } => false,
        }
    }

    /// True when there is nothing to draw.
    pub fn is_empty(&self) -> bool {
        match &self.body {
            ChartBody::Timeline { starts, series, .. } => {
                starts.is_empty() || series.iter().all(|s| s.values.iter().all(|v| *v == 0.0))
            }
            ChartBody::Bars {
                categories, series, ..
            } => categories.is_empty() || series.iter().all(|s| s.values.iter().all(|v| *v == 0.0)),
            ChartBody::Heatmap { values, .. } => values.iter().flatten().all(|v| *v == 0.0),
            ChartBody::Gantt { rows } => rows.is_empty(),
            ChartBody::Map { regions } => regions.iter().all(|r| r.value == 0.0),
        }
    }
}

/// A round step (1, 2 or 5 times a power of ten) giving about `n` steps up to `max`.
pub fn nice_step(max: f64, n: f64) -> f64 {
    if max <= 0.0 || !max.is_finite() || n <= 0.0 {
        return 1.0;
    }
    let raw = max / n;
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    let nice = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

/// The spacing of calendar ticks, from days to decades.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CalendarStep {
    Days(i32),
    Months(i32),
}

/// The days a timeline's x axis spans: from its first bucket's start to its last bucket's
/// end, and for one or two buckets some empty buckets around them, so that a lone month
/// is a bar among months, not a block filling the chart. `None` without buckets. Screen
/// and image both frame their timelines with it.
pub fn timeline_extent(starts: &[i32], bucket: Bucket) -> Option<(f64, f64)> {
    let (first, last) = (f64::from(*starts.first()?), f64::from(*starts.last()?));
    let days = bucket.days();
    if starts.len() <= 2 {
        Some((first - days * 2.0, last + days * 3.0))
    } else {
        Some((first, last + days))
    }
}

/// Ticks for a time axis from day `from` to day `to` (day numbers, fractional): on whole
/// days, weeks (Mondays), months or years, the finest spacing that gives at most
/// `max_ticks`, each with its label in the current language (`Mar 18, 2024`, `Mar 2024`,
/// `2024`). Screen and image both label their time axes with it.
pub fn calendar_ticks(from: f64, to: f64, max_ticks: usize) -> Vec<(f64, String)> {
    use chrono::Datelike;
    if !(from.is_finite() && to.is_finite()) || to <= from || max_ticks == 0 {
        return Vec::new();
    }
    let span = to - from;
    let steps = [
        CalendarStep::Days(1),
        CalendarStep::Days(2),
        CalendarStep::Days(7),
        CalendarStep::Days(14),
        CalendarStep::Months(1),
        CalendarStep::Months(2),
        CalendarStep::Months(3),
        CalendarStep::Months(6),
        CalendarStep::Months(12),
        CalendarStep::Months(24),
        CalendarStep::Months(60),
        CalendarStep::Months(120),
        CalendarStep::Months(240),
        CalendarStep::Months(600),
    ];
    let days_of = |step: CalendarStep| match step {
        CalendarStep::Days(d) => f64::from(d),
        CalendarStep::Months(m) => f64::from(m) * 30.44,
    };
    let step = steps
        .into_iter()
        .find(|&s| span / days_of(s) <= max_ticks as f64)
        .unwrap_or(CalendarStep::Months(1200));
    let (Some(a), Some(b)) = (
        date_of_day(from.floor().max(f64::from(i32::MIN)) as i32),
        date_of_day(to.ceil().min(f64::from(i32::MAX)) as i32),
    ) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    match step {
        CalendarStep::Days(d) => {
            // Weeks start on Mondays; single days on every `d`-th day.
            let first = crate::analysis::activity::day_of_date(a);
            let first = if d == 7 || d == 14 {
                Bucket::Week.start_of(first)
            } else {
                first - first.rem_euclid(d)
            };
            let last = crate::analysis::activity::day_of_date(b);
            let mut day = first;
            while day <= last && out.len() <= max_ticks + 2 {
                if f64::from(day) >= from
                    && let Some(date) = date_of_day(day)
                {
                    out.push((f64::from(day), crate::i18n::format::date(date)));
                }
                day += d;
            }
        }
        CalendarStep::Months(m) => {
            let mut year = a.year();
            let mut month0 = a.month0() as i32;
            if m >= 12 {
                month0 = 0;
                year -= year.rem_euclid(m / 12);
            } else {
                month0 -= month0 % m;
            }
            while let Some(date) = chrono::NaiveDate::from_ymd_opt(year, month0 as u32 + 1, 1) {
                if date > b || out.len() > max_ticks + 2 {
                    break;
                }
                let day = f64::from(crate::analysis::activity::day_of_date(date));
                if day >= from {
                    let label = if m >= 12 {
                        date.format("%Y").to_string()
                    } else {
                        crate::i18n::format::month(date)
                    };
                    out.push((day, label));
                }
                month0 += m;
                year += month0 / 12;
                month0 %= 12;
            }
        }
    }
    out
}

/// The bucket starting on a day number, in the current language: its day (`Mar 18, 2024`)
/// for days and weeks, its month (`Mar 2024`) or its year.
pub fn format_day(day: f64, bucket: Bucket) -> String {
    let Some(date) = date_of_day(day.floor() as i32) else {
        return String::new();
    };
    match bucket {
        Bucket::Day | Bucket::Week => crate::i18n::format::date(date),
        Bucket::Month => crate::i18n::format::month(date),
        Bucket::Year => date.format("%Y").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_format_for_people() {
        assert_eq!(Unit::Count.format(1234567.0), "1,234,567");
        assert_eq!(Unit::Count.format(12.0), "12");
        assert_eq!(Unit::Yuan.format(1300.5), "¥1,300.50");
        assert_eq!(Unit::Yuan.format(-0.5), "-¥0.50");
        assert_eq!(format_day(19_800.0, Bucket::Month), "Mar 2024");
        let de =
            crate::i18n::with_language(crate::i18n::Lang::De, || format_day(19_800.0, Bucket::Day));
        assert_eq!(de, "18.03.2024");
    }

    #[test]
    fn a_timeline_of_one_or_two_buckets_gets_room_around_them() {
        assert_eq!(timeline_extent(&[], Bucket::Month), None);
        let month = Bucket::Month.days();
        assert_eq!(
            timeline_extent(&[100], Bucket::Month),
            Some((100.0 - 2.0 * month, 100.0 + 3.0 * month))
        );
        assert_eq!(
            timeline_extent(&[100, 131, 159], Bucket::Month),
            Some((100.0, 159.0 + month))
        );
    }

    #[test]
    fn calendar_ticks_fall_on_round_dates_and_are_enough() {
        use crate::analysis::activity::day_of_date;
        let day = |y, m, d| {
            f64::from(day_of_date(
                chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            ))
        };
        // Five years: yearly ticks.
        let years = calendar_ticks(day(2019, 4, 14), day(2024, 10, 4), 8);
        let labels: Vec<&str> = years.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(labels, ["2020", "2021", "2022", "2023", "2024"]);
        // Eight months: monthly ticks, at least four.
        let months = calendar_ticks(day(2024, 1, 10), day(2024, 9, 1), 10);
        assert!(months.len() >= 4, "{months:?}");
        assert_eq!(months[0].1, "Feb 2024");
        assert_eq!(months[0].0, day(2024, 2, 1));
        // Three weeks: weekly ticks on Mondays.
        let weeks = calendar_ticks(day(2024, 3, 1), day(2024, 3, 22), 4);
        assert_eq!(weeks[0].1, "Mar 4, 2024");
        assert!(calendar_ticks(5.0, 5.0, 6).is_empty());
        assert_eq!(nice_step(1400.0, 5.0), 500.0);
    }
}
