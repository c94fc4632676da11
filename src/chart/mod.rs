//! Charts, defined once (data, title, axes) and drawn twice: on screen by `ui::plot`
//! (egui_plot) and to PNG/SVG by [`render`] (plotters).

pub mod catalog;
pub mod render;
pub mod script;

pub use catalog::{ChartOptions, Topic, all_charts, charts_for};
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
            Self::Score => format!("{v:.2}"),
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
        format!("{prefix}{}", body.replace(".0k", "k").replace(".0M", "M"))
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
        }
    }
}

/// `2024-03-18` for a day number.
pub fn format_day(day: f64, bucket: Bucket) -> String {
    let Some(date) = date_of_day(day.floor() as i32) else {
        return String::new();
    };
    match bucket {
        Bucket::Day | Bucket::Week => date.format("%Y-%m-%d").to_string(),
        Bucket::Month => date.format("%Y-%m").to_string(),
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
        assert_eq!(format_day(19_800.0, Bucket::Month), "2024-03");
    }
}
