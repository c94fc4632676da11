//! Draws a [`Chart`] on screen: egui_plot for bars, timelines and the session Gantt
//! (hover shows exact values; timelines zoom and pan along time), a painted grid for the
//! heatmap. The same `Chart` is what `chart::render` writes to PNG/SVG.

use egui::{Color32, Sense, Stroke, Ui, vec2};
use egui_plot::{Bar, BarChart, Legend, Plot};

use crate::chart::script::visual;
use crate::chart::{Chart, ChartBody, Rgb, format_day};

pub fn color(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// Draws `chart` in the available width, `height` points tall. Returns true when the
/// pointer is over it (so Ctrl+S knows which chart is meant).
pub fn show(ui: &mut Ui, chart: &Chart, height: f32) -> bool {
    if chart.is_empty() {
        ui.add_sized(
            [ui.available_width(), 48.0],
            egui::Label::new(
                egui::RichText::new("No data for this chart in the loaded exports.").weak(),
            ),
        );
        return false;
    }
    match &chart.body {
        ChartBody::Heatmap { rows, cols, values } => heatmap(ui, chart, rows, cols, values, height),
        _ => plot(ui, chart, height),
    }
}

fn plot(ui: &mut Ui, chart: &Chart, height: f32) -> bool {
    let unit = chart.unit;
    let id = ui.scope_id().with(&chart.id);
    let mut plot = Plot::new(id)
        .height(height)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_grid([false, true])
        .x_axis_label(chart.x_label.clone())
        .y_axis_label(chart.y_label.clone());
    let time_axis = matches!(
        chart.body,
        ChartBody::Timeline { .. } | ChartBody::Gantt { .. }
    );
    // Only time axes zoom and pan (horizontally); other charts stay put so the page
    // scrolls normally over them.
    plot = plot
        .allow_zoom([time_axis, false])
        .allow_drag([time_axis, false])
        .allow_double_click_reset(true);
    let mut charts: Vec<BarChart> = Vec::new();
    match &chart.body {
        ChartBody::Timeline {
            bucket,
            starts,
            series,
            stacked,
        } => {
            let bucket = *bucket;
            let width = bucket.days() * 0.85;
            let n = series.len().max(1) as f64;
            for (k, s) in series.iter().enumerate() {
                let bars = starts
                    .iter()
                    .zip(&s.values)
                    .map(|(&start, &v)| {
                        let x = if *stacked {
                            f64::from(start) + bucket.days() / 2.0
                        } else {
                            f64::from(start) + width / n * (k as f64 + 0.5)
                        };
                        Bar::new(x, v)
                            .fill(color(s.color))
                            .stroke(Stroke::NONE)
                            .width(if *stacked { width } else { width / n })
                    })
                    .collect();
                // A daily timeline over years has thousands of bars: their hover text is
                // made for the hovered bar only, not for every bar on every frame. Every
                // bar lies inside its bucket, so its bucket is found from its position.
                let name = s.name.clone();
                let hover = move |bar: &Bar, _: &BarChart| {
                    let start = bucket.start_of(bar.argument.floor() as i32);
                    format!(
                        "{} · {name}: {}",
                        format_day(f64::from(start), bucket),
                        unit.format(bar.value)
                    )
                };
                let mut bc = BarChart::new(s.name.clone(), bars)
                    .color(color(s.color))
                    .element_formatter(Box::new(hover));
                if *stacked {
                    let refs: Vec<&BarChart> = charts.iter().collect();
                    bc = bc.stack_on(&refs);
                }
                charts.push(bc);
            }
            plot = plot
                .x_axis_formatter(move |mark, _| format_day(mark.value, bucket))
                .y_axis_formatter(move |mark, _| short_value(mark.value, unit))
                .include_y(0.0);
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
                    .map(|(i, (cat, &v))| {
                        let x = if *stacked || n_series == 1.0 {
                            pos(i)
                        } else {
                            pos(i) - 0.35 + 0.7 / n_series * (k as f64 + 0.5)
                        };
                        let label = if series.len() > 1 {
                            format!("{} · {}: {}", visual(cat), s.name, unit.format(v))
                        } else {
                            format!("{}: {}", visual(cat), unit.format(v))
                        };
                        Bar::new(x, v)
                            .fill(color(s.color))
                            .stroke(Stroke::NONE)
                            .width(if *stacked { 0.7 } else { 0.7 / n_series })
                            .name(label)
                    })
                    .collect();
                let mut bc = BarChart::new(s.name.clone(), bars)
                    .color(color(s.color))
                    .element_formatter(Box::new(|bar, _| bar.name.clone()));
                if *horizontal {
                    bc = bc.horizontal();
                }
                if *stacked {
                    let refs: Vec<&BarChart> = charts.iter().collect();
                    bc = bc.stack_on(&refs);
                }
                charts.push(bc);
            }
            let labels: Vec<String> = categories.iter().map(|c| visual(c).into_owned()).collect();
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
                let value_axis = egui_plot::AxisHints::new_x()
                    .label(chart.x_label.clone())
                    .formatter(move |mark, _| short_value(mark.value, unit))
                    .label_spacing(32.0..=48.0);
                plot = plot
                    .custom_x_axes(vec![value_axis])
                    .y_axis_formatter(move |mark, _| label_at(mark.value))
                    .y_axis_min_width(longest as f32 * 7.0 + 8.0)
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
                    .x_axis_formatter(move |mark, _| label_at(mark.value))
                    .y_axis_formatter(move |mark, _| short_value(mark.value, unit))
                    .x_grid_spacer(egui_plot::uniform_grid_spacer(move |_| steps))
                    .include_y(0.0);
            }
        }
        ChartBody::Gantt { rows } => {
            let count = rows.len();
            let bars = rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    Bar::new((count - 1 - i) as f64, (r.end - r.start).max(0.5))
                        .base_offset(r.start)
                        .width(0.6)
                        .fill(color(r.color))
                        .stroke(Stroke::NONE)
                        .name(format!("{}\n{}", visual(&r.label), r.detail))
                })
                .collect();
            charts.push(
                BarChart::new("sessions", bars)
                    .horizontal()
                    .element_formatter(Box::new(|bar, _| bar.name.clone())),
            );
            let labels: Vec<String> = rows.iter().map(|r| visual(&r.label).into_owned()).collect();
            let longest = labels
                .iter()
                .map(|c| c.chars().count().min(30))
                .max()
                .unwrap_or(4);
            plot = plot
                .x_axis_formatter(|mark, _| format_day(mark.value, crate::analysis::Bucket::Day))
                .y_axis_formatter(move |mark, _| {
                    let r = mark.value.round();
                    if (mark.value - r).abs() > 0.01 || r < 0.0 {
                        return String::new();
                    }
                    let i = count.wrapping_sub(1).wrapping_sub(r as usize);
                    labels.get(i).map(|l| clip(l, 30)).unwrap_or_default()
                })
                .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 1.0, 1.0]))
                .y_axis_min_width(longest as f32 * 7.0 + 8.0)
                .show_grid([true, false]);
        }
        ChartBody::Heatmap { .. } => {}
    }
    let multi_series = match &chart.body {
        ChartBody::Timeline { series, .. } | ChartBody::Bars { series, .. } => series.len() > 1,
        _ => false,
    };
    if multi_series {
        // Rankings have their longest bar at the top right: keep the legend out of its way.
        let corner = match &chart.body {
            ChartBody::Bars {
                horizontal: true, ..
            } => egui_plot::Corner::RightBottom,
            _ => egui_plot::Corner::RightTop,
        };
        plot = plot.legend(Legend::default().position(corner));
    }
    let response = plot.show(ui, |plot_ui| {
        for bc in charts {
            plot_ui.bar_chart(bc);
        }
    });
    response.response.hovered()
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
fn short_value(v: f64, unit: crate::chart::Unit) -> String {
    // Grid marks are multiples of a step in floating point (300.00000000000006).
    let fractional = (v - v.round()).abs() > 1e-6 * v.abs().max(1.0);
    if v < 0.0 || (unit == crate::chart::Unit::Count && fractional) {
        String::new()
    } else {
        unit.short(v)
    }
}

/// Hour × weekday grid, painted: clearer than a plot for 168 cells, with a tooltip per cell.
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
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
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
    let nr = rows.len().max(1) as f32;
    let nc = cols.len().max(1) as f32;
    let grid_w = (width - label_w).max(10.0);
    let cell_w = grid_w / nc;
    let cell_h = (height - axis_h) / nr;
    let low = if visuals.dark_mode {
        Color32::from_rgb(0x25, 0x2A, 0x33)
    } else {
        color(crate::chart::palette::HEAT_LOW)
    };
    let high = color(crate::chart::palette::HEAT_HIGH);
    let high = if visuals.dark_mode {
        Color32::from_rgb(0x5E, 0xA8, 0xFF)
    } else {
        high
    };
    let hover = response.hover_pos();
    let mut hovered_cell = None;
    for (r, row_label) in rows.iter().enumerate() {
        let y = rect.top() + cell_h * r as f32;
        painter.text(
            egui::pos2(rect.left() + label_w - 6.0, y + cell_h / 2.0),
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
            let t = ((v / max).sqrt()) as f32;
            let fill = if v > 0.0 {
                low.lerp_to_gamma(high, t)
            } else {
                low.gamma_multiply(0.6)
            };
            let cell = egui::Rect::from_min_size(
                egui::pos2(rect.left() + label_w + cell_w * c as f32, y),
                vec2(cell_w, cell_h),
            )
            .shrink(1.0);
            painter.rect_filled(cell, 2.0, fill);
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
                rect.left() + label_w + cell_w * (c as f32 + 0.5),
                rect.bottom() - axis_h / 2.0,
            ),
            egui::Align2::CENTER_CENTER,
            col_label,
            font.clone(),
            visuals.weak_text_color(),
        );
    }
    if let Some((r, c, v)) = hovered_cell {
        let row = rows.get(r).cloned().unwrap_or_default();
        let col = cols.get(c).cloned().unwrap_or_default();
        response.clone().on_hover_text(format!(
            "{row} {col}:00–{col}:59 · {} messages",
            chart.unit.format(v)
        ));
    }
    response.hovered()
}
