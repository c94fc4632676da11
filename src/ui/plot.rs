//! Draws a [`Chart`] on screen: egui_plot for bars, timelines and the session Gantt
//! (timelines zoom and pan along time), a painted grid for the heatmap. The same `Chart`
//! is what `chart::render` writes to PNG/SVG.
//!
//! Hovering shows the exact values in a label of our own (egui_plot's own hover text has
//! no background and is unreadable on a coloured bar): on a panel-coloured box, inside the
//! plot, flipped to the other side of the pointer near an edge.

use egui::{Color32, Pos2, Rect, Sense, Stroke, Ui, vec2};
use egui_plot::{AxisHints, Bar, BarChart, GridInput, GridMark, Legend, Plot};

use crate::chart::{Chart, ChartBody, GanttRow, Rgb, Series, Unit, format_day, nice_step};

pub fn color(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// Draws `chart` in the available width, `height` points tall. Returns true when the
/// pointer is over it (so Ctrl+S knows which chart is meant).
pub fn show(ui: &mut Ui, chart: &Chart, height: f32) -> bool {
    if chart.is_empty() {
        ui.add_sized(
            [ui.available_width(), 48.0],
            egui::Label::new(egui::RichText::new(crate::t!("plot-no-data")).weak()),
        );
        return false;
    }
    match &chart.body {
        ChartBody::Heatmap { rows, cols, values } => heatmap(ui, chart, rows, cols, values, height),
        ChartBody::Map { regions } => world_map(ui, regions, &chart.x_label, height),
        _ => plot(ui, chart, height),
    }
}

/// Grid marks on calendar dates for a time axis (day numbers), labelled by
/// [`time_label`]: about one every 90 points.
fn calendar_spacer(input: GridInput) -> Vec<GridMark> {
    let (from, to) = input.bounds;
    // `base_step_size` is the value of egui_plot's minimum grid spacing (8 points).
    let points = (to - from) / input.base_step_size.max(f64::EPSILON) * 8.0;
    let ticks = (points / 90.0).floor().clamp(2.0, 16.0) as usize;
    let marks = crate::chart::calendar_ticks(from, to, ticks);
    let step = match (marks.first(), marks.get(1)) {
        (Some(a), Some(b)) => b.0 - a.0,
        _ => to - from,
    };
    marks
        .into_iter()
        .map(|(value, _)| GridMark {
            value,
            step_size: step,
        })
        .collect()
}

/// The label of a calendar mark: a day, a month or a year, by the marks' spacing.
fn time_label(mark: GridMark) -> String {
    let bucket = if mark.step_size >= 360.0 {
        crate::analysis::Bucket::Year
    } else if mark.step_size >= 28.0 {
        crate::analysis::Bucket::Month
    } else {
        crate::analysis::Bucket::Day
    };
    format_day(mark.value, bucket)
}

/// Least distance between value labels on a vertical axis (egui_plot hides closer ones
/// below 20 points) and on a horizontal one (short labels such as "1.2k").
const Y_LABEL_POINTS: f64 = 22.0;
const X_LABEL_POINTS: f64 = 34.0;

/// A time axis along x, labelled on calendar dates ([`calendar_spacer`]).
fn calendar_x_axis<'a>(plot: Plot<'a>, chart: &Chart) -> Plot<'a> {
    plot.custom_x_axes(vec![
        AxisHints::new_x()
            .label(chart.x_label.clone())
            .formatter(|mark, _| time_label(mark)),
    ])
    .x_grid_spacer(calendar_spacer)
}

/// A value axis along y from 0 to at least `top`, with round steps ([`value_spacer`]).
fn value_y_axis<'a>(plot: Plot<'a>, chart: &Chart, top: f64) -> Plot<'a> {
    let unit = chart.unit;
    plot.custom_y_axes(vec![
        AxisHints::new_y()
            .label(chart.y_label.clone())
            .formatter(move |mark, _| short_value(mark.value, unit)),
    ])
    .y_grid_spacer(value_spacer(Y_LABEL_POINTS))
    .include_y(0.0)
    .include_y(top)
}

/// Marks under the middle of month or year buckets (`middle` days after their start).
fn bucket_spacer(input: GridInput, bucket: crate::analysis::Bucket, middle: f64) -> Vec<GridMark> {
    let (from, to) = input.bounds;
    let points = (to - from) / input.base_step_size.max(f64::EPSILON) * 8.0;
    let ticks = (points / 70.0).floor().clamp(2.0, 24.0) as usize;
    let marks = crate::chart::calendar_ticks(from - bucket.days(), to, ticks * 2);
    // Only bucket starts (a coarser calendar step keeps whole buckets), each shifted.
    let mut out: Vec<GridMark> = marks
        .into_iter()
        .filter(|(day, _)| bucket.start_of(*day as i32) as f64 == *day)
        .map(|(day, _)| GridMark {
            value: day + middle,
            step_size: bucket.days(),
        })
        .filter(|m| m.value >= from && m.value <= to)
        .collect();
    let every = out.len().div_ceil(ticks.max(1)).max(1);
    if every > 1 {
        out = out.into_iter().step_by(every).collect();
    }
    // egui_plot paints a label only where marks stand its spacing apart, judged by
    // `step_size`: that must be the distance between the marks kept, not one bucket.
    let step = match (out.first(), out.get(1)) {
        (Some(a), Some(b)) => b.value - a.value,
        _ => to - from,
    };
    for mark in &mut out {
        mark.step_size = step;
    }
    out
}

/// Grid marks for a value axis: round steps at least `min_points` apart, so a short
/// chart still has four or more labels where its range allows.
fn value_spacer(min_points: f64) -> impl Fn(GridInput) -> Vec<GridMark> {
    move |input: GridInput| {
        let (from, to) = input.bounds;
        let per_point = input.base_step_size / 8.0;
        let step = nice_step(per_point * min_points, 1.0);
        if !(step.is_finite() && step > 0.0) || to <= from {
            return Vec::new();
        }
        let first = (from / step).ceil() as i64;
        let last = (to / step).floor() as i64;
        (first..=last)
            .take(200)
            .map(|k| GridMark {
                value: k as f64 * step,
                step_size: step,
            })
            .collect()
    }
}

fn plot(ui: &mut Ui, chart: &Chart, height: f32) -> bool {
    let unit = chart.unit;
    let id = ui.scope_id().with(&chart.id);
    let time_axis = matches!(
        chart.body,
        ChartBody::Timeline { .. } | ChartBody::Gantt { .. }
    );
    // Only time axes zoom and pan (horizontally); other charts stay put so the page
    // scrolls normally over them.
    let mut plot = Plot::new(id)
        .height(height)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_zoom([time_axis, false])
        .allow_drag([time_axis, false])
        .allow_double_click_reset(true)
        .show_x(false)
        .show_y(false)
        .show_crosshair(false);
    // Room above the highest bar for the legend in the top right corner.
    let peak = chart.peak();
    let headroom = if chart.needs_legend() { 1.2 } else { 1.0 };
    let mut charts: Vec<BarChart> = Vec::new();
    match &chart.body {
        ChartBody::Timeline {
            bucket,
            starts,
            series,
            stacked,
        } => {
            let width = bucket.days() * 0.85;
            let n = series.len().max(1) as f64;
            for (k, s) in series.iter().enumerate() {
                let bars = starts
                    .iter()
                    .zip(&s.values)
                    .map(|(&start, &v)| {
                        let x = if *stacked {
                            f64::from(start) + width / 2.0
                        } else {
                            f64::from(start) + width / n * (k as f64 + 0.5)
                        };
                        Bar::new(x, v)
                            .fill(color(s.color))
                            .stroke(Stroke::NONE)
                            .width(if *stacked { width } else { width / n })
                    })
                    .collect();
                let mut bc = BarChart::new(s.name.clone(), bars)
                    .color(color(s.color))
                    .allow_hover(false);
                if *stacked {
                    let refs: Vec<&BarChart> = charts.iter().collect();
                    bc = bc.stack_on(&refs);
                }
                charts.push(bc);
            }
            // Month and year bars are named under their middle (a calendar mark would
            // stand at their left edge); days and weeks on round dates.
            let bucket = *bucket;
            let middle = width / 2.0;
            plot = match bucket {
                crate::analysis::Bucket::Month | crate::analysis::Bucket::Year => plot
                    .custom_x_axes(vec![
                        AxisHints::new_x()
                            .label(chart.x_label.clone())
                            .formatter(move |mark, _| format_day(mark.value, bucket)),
                    ])
                    .x_grid_spacer(move |input| bucket_spacer(input, bucket, middle)),
                _ => calendar_x_axis(plot, chart),
            };
            // A timeline of one or two buckets gets room around them.
            if let Some((from, to)) = crate::chart::timeline_extent(starts, bucket) {
                plot = plot.include_x(from).include_x(to);
            }
            plot = value_y_axis(plot, chart, peak * headroom);
        }
        ChartBody::Bars {
            categories,
            series,
            horizontal,
            stacked,
        } => {
            let n_series = series.len().max(1) as f64;
            let count = categories.len();
            // Horizontal rankings read top-down: the first category at the top.
            let pos = move |i: usize| {
                if *horizontal {
                    (count - 1 - i) as f64
                } else {
                    i as f64
                }
            };
            for (k, s) in series.iter().enumerate() {
                let bars = categories
                    .iter()
                    .zip(&s.values)
                    .enumerate()
                    // Every category gets a bar, even of height 0: stacking pairs bars by index.
                    .map(|(i, (_, &v))| {
                        let x = if *stacked || n_series == 1.0 {
                            pos(i)
                        } else {
                            pos(i) - 0.35 + 0.7 / n_series * (k as f64 + 0.5)
                        };
                        Bar::new(x, v)
                            .fill(color(s.color))
                            .stroke(Stroke::NONE)
                            .width(if *stacked { 0.7 } else { 0.7 / n_series })
                    })
                    .collect();
                let mut bc = BarChart::new(s.name.clone(), bars)
                    .color(color(s.color))
                    .allow_hover(false);
                if *horizontal {
                    bc = bc.horizontal();
                }
                if *stacked {
                    let refs: Vec<&BarChart> = charts.iter().collect();
                    bc = bc.stack_on(&refs);
                }
                charts.push(bc);
            }
            let labels: Vec<String> = categories.clone();
            let label_at = move |v: f64| -> String {
                let r = v.round();
                if (v - r).abs() > 0.01 || r < 0.0 {
                    return String::new();
                }
                let i = r as usize;
                let i = if *horizontal {
                    count.wrapping_sub(1).wrapping_sub(i)
                } else {
                    i
                };
                labels.get(i).map(|l| clip(l, 28)).unwrap_or_default()
            };
            if *horizontal {
                let longest = categories
                    .iter()
                    .map(|c| c.chars().count().min(28))
                    .max()
                    .unwrap_or(4);
                // Value labels are short ("600", "1.2k"), so they may stand closer than
                // egui_plot's 60 pt; with its spacing a 300 pt wide chart showed only "0".
                plot = plot
                    .custom_x_axes(vec![
                        AxisHints::new_x()
                            .label(chart.x_label.clone())
                            .formatter(move |mark, _| short_value(mark.value, unit))
                            .label_spacing(32.0..=48.0),
                    ])
                    .x_grid_spacer(value_spacer(X_LABEL_POINTS))
                    .custom_y_axes(vec![
                        AxisHints::new_y()
                            .formatter(move |mark, _| label_at(mark.value))
                            .min_thickness(longest as f32 * 7.0 + 8.0),
                    ])
                    .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 1.0, 1.0]))
                    .include_x(0.0)
                    .show_grid([true, false]);
            } else {
                // Many categories (24 hours): label every third, so labels have room.
                let steps = if count > 12 {
                    [1.0, 3.0, 6.0]
                } else {
                    [1.0, 1.0, 1.0]
                };
                plot = plot
                    .custom_x_axes(vec![
                        AxisHints::new_x()
                            .label(chart.x_label.clone())
                            .formatter(move |mark, _| label_at(mark.value))
                            .label_spacing(24.0..=40.0),
                    ])
                    .x_grid_spacer(egui_plot::uniform_grid_spacer(move |_| steps));
                plot = value_y_axis(plot, chart, peak * headroom).show_grid([false, true]);
            }
        }
        ChartBody::Gantt { rows } => {
            let count = rows.len();
            let (first, last) = rows.iter().fold((f64::MAX, f64::MIN), |(a, b), r| {
                (a.min(r.start), b.max(r.end))
            });
            // A bar stays visible at any zoom of the whole span: at least 1/250 of it.
            let min_width = ((last - first) / 250.0).max(0.5);
            // One bar chart per legend group (a platform's sessions, websites).
            let mut groups: Vec<(&str, Rgb, Vec<Bar>)> = Vec::new();
            for (i, r) in rows.iter().enumerate() {
                let bar = Bar::new((count - 1 - i) as f64, (r.end - r.start).max(min_width))
                    .base_offset(r.start)
                    .width(0.6)
                    .fill(color(r.color))
                    .stroke(Stroke::NONE);
                match groups.iter_mut().find(|g| g.0 == r.group) {
                    Some(group) => group.2.push(bar),
                    None => groups.push((&r.group, r.color, vec![bar])),
                }
            }
            for (name, c, bars) in groups {
                charts.push(
                    BarChart::new(name.to_string(), bars)
                        .horizontal()
                        .color(color(c))
                        .allow_hover(false),
                );
            }
            let labels: Vec<String> = rows.iter().map(|r| r.label.clone()).collect();
            let longest = labels
                .iter()
                .map(|c| c.chars().count().min(30))
                .max()
                .unwrap_or(4);
            plot = calendar_x_axis(plot, chart)
                .custom_y_axes(vec![
                    AxisHints::new_y()
                        .formatter(move |mark, _| {
                            let r = mark.value.round();
                            if (mark.value - r).abs() > 0.01 || r < 0.0 {
                                return String::new();
                            }
                            let i = count.wrapping_sub(1).wrapping_sub(r as usize);
                            labels.get(i).map(|l| clip(l, 30)).unwrap_or_default()
                        })
                        .min_thickness(longest as f32 * 7.0 + 8.0),
                ])
                .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 1.0, 1.0]))
                .show_grid([true, false]);
        }
        ChartBody::Heatmap { .. } | ChartBody::Map { .. } => {}
    }
    let legend = match &chart.body {
        ChartBody::Gantt { .. } => charts.len() > 1,
        _ => chart.needs_legend(),
    };
    if legend {
        // Rankings have their longest bar at the top: keep the legend out of its way.
        // A session timeline's latest rows start on the right: its bottom left is free.
        let corner = match &chart.body {
            ChartBody::Bars {
                horizontal: true, ..
            } => egui_plot::Corner::RightBottom,
            ChartBody::Gantt { .. } => egui_plot::Corner::LeftBottom,
            _ => egui_plot::Corner::RightTop,
        };
        // A legend in a bottom corner lists its entries upwards: give it the series last
        // first so it reads top-down in their order (bars of different series never
        // overlap, so drawing order changes nothing else).
        if matches!(
            corner,
            egui_plot::Corner::LeftBottom | egui_plot::Corner::RightBottom
        ) {
            charts.reverse();
        }
        plot = plot.legend(
            Legend::default()
                .position(corner)
                .follow_insertion_order(true),
        );
    }
    let response = plot.show(ui, |plot_ui| {
        for bc in charts {
            plot_ui.bar_chart(bc);
        }
    });
    let hovered = response.response.hovered();
    if let Some(pointer) = response.response.hover_pos() {
        let at = response.transform.value_from_position(pointer);
        if let Some(text) = hover_text(chart, at.x, at.y) {
            hover_label(ui, *response.transform.frame(), pointer, &text);
        }
    }
    hovered
}

/// What the pointer at plot coordinates `(x, y)` is over, as the hover label says it.
fn hover_text(chart: &Chart, x: f64, y: f64) -> Option<String> {
    let unit = chart.unit;
    match &chart.body {
        ChartBody::Timeline {
            bucket,
            starts,
            series,
            ..
        } => {
            let start = bucket.start_of(x.floor() as i32);
            let i = starts.binary_search(&start).ok()?;
            let mut lines = vec![format_day(f64::from(start), *bucket)];
            lines.extend(values_at(chart, series, i, unit));
            Some(lines.join("\n"))
        }
        ChartBody::Bars {
            categories,
            series,
            horizontal,
            ..
        } => {
            let along = if *horizontal { y } else { x };
            let r = along.round();
            if (along - r).abs() > 0.45 || r < 0.0 {
                return None;
            }
            let i = if *horizontal {
                categories.len().checked_sub(1)?.checked_sub(r as usize)?
            } else {
                r as usize
            };
            let mut lines = vec![categories.get(i)?.clone()];
            lines.extend(values_at(chart, series, i, unit));
            Some(lines.join("\n"))
        }
        ChartBody::Gantt { rows } => {
            let r = y.round();
            if (y - r).abs() > 0.4 || r < 0.0 {
                return None;
            }
            let row: &GanttRow = rows.get(rows.len().checked_sub(1)?.checked_sub(r as usize)?)?;
            Some(format!("{}\n{}", row.label, row.detail))
        }
        ChartBody::Heatmap { .. } | ChartBody::Map { .. } => None,
    }
}

/// "name: value" for each series at category `i`; one unnamed value for a single series,
/// or where each category holds one series only (yours / received).
fn values_at(chart: &Chart, series: &[Series], i: usize, unit: Unit) -> Vec<String> {
    let own = || -> Vec<String> {
        series
            .iter()
            .filter_map(|s| s.values.get(i))
            .filter(|v| **v != 0.0)
            .map(|v| unit.format(*v))
            .take(1)
            .collect()
    };
    match series {
        [only] => only
            .values
            .get(i)
            .map(|v| vec![unit.format(*v)])
            .unwrap_or_default(),
        _ if !chart.needs_legend() && matches!(chart.body, ChartBody::Bars { .. }) => own(),
        _ => series
            .iter()
            .filter_map(|s| {
                s.values
                    .get(i)
                    .map(|v| format!("{}: {}", s.name, unit.format(*v)))
            })
            .collect(),
    }
}

/// Paints `text` on a panel-coloured box beside the pointer, inside `area`: to the
/// right and below, or flipped to the left or above where it would cross an edge.
fn hover_label(ui: &Ui, area: Rect, pointer: Pos2, text: &str) {
    let visuals = ui.visuals();
    let font = egui::FontId::proportional(13.0);
    let galley = ui
        .painter()
        .layout_no_wrap(text.to_string(), font, visuals.strong_text_color());
    let pad = vec2(8.0, 6.0);
    let size = galley.size() + pad * 2.0;
    let gap = 14.0;
    let mut min = pointer + vec2(gap, gap);
    if min.x + size.x > area.right() {
        min.x = pointer.x - gap - size.x;
    }
    if min.y + size.y > area.bottom() {
        min.y = pointer.y - gap - size.y;
    }
    min.x = min
        .x
        .clamp(area.left(), (area.right() - size.x).max(area.left()));
    min.y = min
        .y
        .clamp(area.top(), (area.bottom() - size.y).max(area.top()));
    let rect = Rect::from_min_size(min, size);
    let painter = ui.ctx().layer_painter(egui::LayerId::new(
        egui::Order::Tooltip,
        egui::Id::unique("chart_hover"),
    ));
    painter.rect(
        rect,
        4.0,
        visuals.window_fill,
        visuals.window_stroke,
        egui::StrokeKind::Inside,
    );
    painter.galley(rect.min + pad, galley, visuals.strong_text_color());
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// Axis labels: none below zero or between whole counts (the plot asks for any value).
fn short_value(v: f64, unit: Unit) -> String {
    // Grid marks are multiples of a step in floating point (300.00000000000006).
    let fractional = (v - v.round()).abs() > 1e-6 * v.abs().max(1.0);
    if v < 0.0 || (unit == Unit::Count && fractional) {
        String::new()
    } else {
        unit.short(v)
    }
}

/// The heatmap's colours, from an empty cell to the busiest.
fn heat_colors(dark: bool) -> (Color32, Color32) {
    if dark {
        (
            Color32::from_rgb(0x25, 0x2A, 0x33),
            Color32::from_rgb(0x5E, 0xA8, 0xFF),
        )
    } else {
        (
            color(crate::chart::palette::HEAT_LOW),
            color(crate::chart::palette::HEAT_HIGH),
        )
    }
}

/// Hour × weekday grid, painted: clearer than a plot for 168 cells, with a hover label per
/// cell and a colour scale above it.
fn heatmap(
    ui: &mut Ui,
    chart: &Chart,
    rows: &[String],
    cols: &[String],
    values: &[Vec<f64>],
    height: f32,
) -> bool {
    let label_w = 40.0;
    let axis_h = 18.0;
    let scale_h = 22.0;
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(vec2(width, height + scale_h), Sense::hover());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let text_color = visuals.text_color();
    let font = egui::FontId::proportional(12.0);
    let max = values
        .iter()
        .flatten()
        .copied()
        .fold(0.0, f64::max)
        .max(1.0);
    let (low, high) = heat_colors(visuals.dark_mode);
    let shade = |v: f64| {
        if v > 0.0 {
            low.lerp_to_gamma(high, (v / max).sqrt() as f32)
        } else {
            low.gamma_multiply(0.6)
        }
    };
    // The colour scale: from 0 to the busiest cell.
    let scale_w = 160.0_f32.min(width / 3.0);
    let scale = Rect::from_min_size(
        egui::pos2(rect.right() - scale_w - 40.0, rect.top() + 5.0),
        vec2(scale_w, 10.0),
    );
    let steps = 24;
    for k in 0..steps {
        let t = k as f64 / (steps - 1) as f64;
        let x0 = scale.left() + scale.width() * k as f32 / steps as f32;
        let cell = Rect::from_min_max(
            egui::pos2(x0, scale.top()),
            egui::pos2(x0 + scale.width() / steps as f32 + 0.5, scale.bottom()),
        );
        painter.rect_filled(cell, 0.0, shade((t * t) * max));
    }
    painter.text(
        egui::pos2(scale.left() - 6.0, scale.center().y),
        egui::Align2::RIGHT_CENTER,
        "0",
        font.clone(),
        visuals.weak_text_color(),
    );
    painter.text(
        egui::pos2(scale.right() + 6.0, scale.center().y),
        egui::Align2::LEFT_CENTER,
        chart.unit.format(max),
        font.clone(),
        visuals.weak_text_color(),
    );
    painter.text(
        egui::pos2(scale.left() - 22.0, scale.center().y),
        egui::Align2::RIGHT_CENTER,
        crate::t!("plot-heatmap-key"),
        font.clone(),
        visuals.weak_text_color(),
    );
    let grid = Rect::from_min_max(egui::pos2(rect.left(), rect.top() + scale_h), rect.max);
    let nr = rows.len().max(1) as f32;
    let nc = cols.len().max(1) as f32;
    let grid_w = (width - label_w).max(10.0);
    let cell_w = grid_w / nc;
    let cell_h = (height - axis_h) / nr;
    let hover = response.hover_pos();
    let mut hovered_cell = None;
    for (r, row_label) in rows.iter().enumerate() {
        let y = grid.top() + cell_h * r as f32;
        painter.text(
            egui::pos2(grid.left() + label_w - 6.0, y + cell_h / 2.0),
            egui::Align2::RIGHT_CENTER,
            row_label,
            font.clone(),
            text_color,
        );
        for c in 0..cols.len() {
            let v = values
                .get(r)
                .and_then(|row| row.get(c))
                .copied()
                .unwrap_or(0.0);
            let cell = Rect::from_min_size(
                egui::pos2(grid.left() + label_w + cell_w * c as f32, y),
                vec2(cell_w, cell_h),
            )
            .shrink(1.0);
            painter.rect_filled(cell, 2.0, shade(v));
            if hover.is_some_and(|p| cell.contains(p)) {
                painter.rect_stroke(
                    cell,
                    2.0,
                    Stroke::new(1.5, text_color),
                    egui::StrokeKind::Inside,
                );
                hovered_cell = Some((r, c, v));
            }
        }
    }
    for (c, col_label) in cols.iter().enumerate() {
        if cols.len() > 12 && c % 2 == 1 && cell_w < 22.0 {
            continue;
        }
        painter.text(
            egui::pos2(
                grid.left() + label_w + cell_w * (c as f32 + 0.5),
                grid.bottom() - axis_h / 2.0,
            ),
            egui::Align2::CENTER_CENTER,
            col_label,
            font.clone(),
            visuals.weak_text_color(),
        );
    }
    if let (Some((r, c, v)), Some(pointer)) = (hovered_cell, hover) {
        let row = rows.get(r).cloned().unwrap_or_default();
        // Columns are the hours of the day (0 to 23); the label under a column may be
        // "3 PM", so the hover names the hour's whole span from its index.
        let hour = |minute| {
            chrono::NaiveTime::from_hms_opt(c as u32 % 24, minute, 0)
                .map(crate::i18n::format::time)
                .unwrap_or_else(|| cols.get(c).cloned().unwrap_or_default())
        };
        let text = crate::t!(
            "plot-heatmap-hover",
            day = row,
            from = hour(0),
            to = hour(59),
            count = v.round()
        );
        hover_label(ui, grid, pointer, &text);
    }
    response.hovered()
}

/// The world map: countries filled by their value (square-root scale, as in images), the
/// others in a neutral shade, thin borders; hover names a country and gives its detail.
/// Equirectangular, from [`world::NORTH`] to [`world::SOUTH`].
/// `key_label` names what the shades count (the chart's `x_label`).
fn world_map(
    ui: &mut Ui,
    regions: &[crate::chart::MapRegion],
    key_label: &str,
    height: f32,
) -> bool {
    use crate::chart::world;
    let width = ui.available_width();
    let span_lat = world::NORTH - world::SOUTH;
    // As wide as the card allows, as high as the projection needs (at most `height`).
    let scale = (width / 360.0).min(height / span_lat);
    let (rect, response) =
        ui.allocate_exact_size(vec2(width, span_lat * scale + 26.0), Sense::hover());
    let painter = ui.painter_at(rect);
    let map_left = rect.center().x - 180.0 * scale;
    let project = |p: [f32; 2]| {
        Pos2::new(
            map_left + (p[0] + 180.0) * scale,
            rect.top() + 26.0 + (world::NORTH - p[1]) * scale,
        )
    };
    let visuals = ui.visuals();
    let (low, high) = heat_colors(visuals.dark_mode);
    let none = if visuals.dark_mode {
        Color32::from_gray(0x3A)
    } else {
        Color32::from_gray(0xDD)
    };
    let border = visuals.extreme_bg_color;
    let max = regions.iter().map(|r| r.value).fold(0.0, f64::max).max(1.0);
    let shade = |v: f64| low.lerp_to_gamma(high, (v / max).sqrt() as f32);
    let value_of = |code: Option<&str>| code.and_then(|c| regions.iter().find(|r| r.code == c));
    let mut mesh = egui::Mesh::default();
    for shape in world::shapes() {
        let fill = match value_of(shape.alpha2) {
            Some(r) if r.value > 0.0 => shade(r.value),
            _ => none,
        };
        for (polygon, triangles) in shape.polygons.iter().zip(&shape.triangles) {
            let base = mesh.vertices.len() as u32;
            for ring in polygon {
                for &p in ring {
                    mesh.colored_vertex(project(p), fill);
                }
            }
            for t in triangles {
                mesh.indices.push(base + *t as u32);
            }
        }
    }
    // Borders as thin quads in the same mesh: a stroked path joins sharp corners with
    // long miter spikes, separate segments have no joints.
    let half = 0.35;
    for shape in world::shapes() {
        for polygon in &shape.polygons {
            let Some(outline) = polygon.first() else {
                continue;
            };
            for edge in outline.windows(2) {
                let (a, b) = (project(edge[0]), project(edge[1]));
                let d = b - a;
                let len = d.length();
                if len < 0.01 {
                    continue;
                }
                let n = vec2(-d.y, d.x) / len * half;
                let base = mesh.vertices.len() as u32;
                for p in [a + n, a - n, b - n, b + n] {
                    mesh.colored_vertex(p, border);
                }
                mesh.add_triangle(base, base + 1, base + 2);
                mesh.add_triangle(base, base + 2, base + 3);
            }
        }
    }
    painter.add(egui::Shape::mesh(mesh));
    // The colour key: from one address to the most.
    let font = egui::FontId::proportional(12.0);
    let key = Rect::from_min_size(
        egui::pos2(rect.right() - 200.0, rect.top() + 6.0),
        vec2(140.0, 10.0),
    );
    let steps = 20;
    for k in 0..steps {
        let t = (k as f64 + 0.5) / steps as f64;
        let x0 = key.left() + key.width() * k as f32 / steps as f32;
        painter.rect_filled(
            Rect::from_min_max(
                egui::pos2(x0, key.top()),
                egui::pos2(x0 + key.width() / steps as f32 + 0.5, key.bottom()),
            ),
            0.0,
            shade(t * t * max),
        );
    }
    painter.text(
        egui::pos2(key.left() - 6.0, key.center().y),
        egui::Align2::RIGHT_CENTER,
        "1",
        font.clone(),
        visuals.weak_text_color(),
    );
    painter.text(
        egui::pos2(key.right() + 6.0, key.center().y),
        egui::Align2::LEFT_CENTER,
        Unit::Count.format(max),
        font.clone(),
        visuals.weak_text_color(),
    );
    painter.text(
        egui::pos2(key.left() - 22.0, key.center().y),
        egui::Align2::RIGHT_CENTER,
        key_label,
        font,
        visuals.weak_text_color(),
    );
    // Hover: the country under the pointer.
    let mut hovered = false;
    if let Some(pos) = response.hover_pos() {
        let lon = (pos.x - map_left) / scale - 180.0;
        let lat = world::NORTH - (pos.y - rect.top() - 26.0) / scale;
        if let Some(shape) = world::shapes()
            .iter()
            .rev()
            .find(|s| s.contains([lon, lat]))
        {
            hovered = true;
            let mut text = shape.name.clone();
            match value_of(shape.alpha2) {
                Some(r) if r.value > 0.0 => {
                    text.push('\n');
                    text.push_str(&r.detail);
                }
                _ => {
                    text.push('\n');
                    text.push_str(&crate::t!("plot-map-none"));
                }
            }
            response.on_hover_text_at_pointer(text);
        }
    }
    hovered
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Bucket;

    /// What egui_plot hands a spacer for `span` days drawn `points` wide (grid spacing 8).
    fn input(from: f64, span: f64, points: f64) -> GridInput {
        GridInput {
            bounds: (from, from + span),
            base_step_size: span / points * 8.0,
        }
    }

    /// Whether egui_plot would paint the marks' labels: 60 points apart on an x axis.
    fn labelled(marks: &[GridMark], span: f64, points: f64) -> bool {
        marks.len() >= 2 && marks.iter().all(|m| m.step_size * points / span > 60.0)
    }

    #[test]
    fn month_and_year_bars_keep_labels_over_short_and_long_spans() {
        // 2019-01-01 is day 17,897; spans of half a year to twenty years, 430 points wide.
        for (bucket, span) in [
            (Bucket::Month, 180.0),
            (Bucket::Month, 2_200.0),
            (Bucket::Month, 7_300.0),
            (Bucket::Year, 2_200.0),
            (Bucket::Year, 7_300.0),
        ] {
            let marks = bucket_spacer(input(17_897.0, span, 430.0), bucket, bucket.days() * 0.425);
            assert!(
                labelled(&marks, span, 430.0),
                "{bucket:?} over {span} days: {marks:?}"
            );
            let gaps: Vec<f64> = marks.windows(2).map(|w| w[1].value - w[0].value).collect();
            assert!(
                gaps.iter().all(|g| (g - marks[0].step_size).abs() < 32.0),
                "{bucket:?} over {span} days: step {} for gaps {gaps:?}",
                marks[0].step_size
            );
        }
    }

    #[test]
    fn calendar_marks_are_labelled_over_any_span() {
        for span in [3.0, 40.0, 400.0, 4_000.0] {
            let marks = calendar_spacer(input(17_897.0, span, 430.0));
            assert!(labelled(&marks, span, 430.0), "{span} days: {marks:?}");
        }
    }
}
