//! Draws a [`Chart`] to PNG or SVG with plotters, using the bundled fonts so Chinese and
//! Arabic labels render without any system font.
//!
//! Layout is done here by hand (plot rectangle, ticks, labels) rather than with plotters'
//! `ChartBuilder`, so every label can pick the font that covers its script.

use std::path::Path;
use std::sync::Once;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontStyle, register_font};

use super::script::{self, FontFace};
use super::{Chart, ChartBody, Rgb, Series};
use crate::analysis::Bucket;
use crate::assets;

/// Logical size of a saved chart; PNGs are drawn at twice this. A ranking or a session
/// timeline is only as tall as its rows need ([`height_of`]), at most [`HEIGHT`].
pub const WIDTH: u32 = 1100;
pub const HEIGHT: u32 = 640;
/// The least height of a ranking's image.
const MIN_HEIGHT: u32 = 300;

/// The logical height of `chart`'s image: rows of a ranking or timeline take at most
/// 34 points each, with room for the title above and the axis below, so a ranking of
/// three bars is not a strip at the top of an empty page.
pub fn height_of(chart: &Chart) -> u32 {
    let rows = match &chart.body {
        ChartBody::Bars {
            categories,
            horizontal: true,
            ..
        } => categories.len(),
        ChartBody::Gantt { rows } => rows.len(),
        // As high as the projection needs at the full width (no axis labels at the left),
        // with the title and colour key above and a margin below: no empty bands.
        ChartBody::Map { .. } => {
            let width = f64::from(WIDTH) - 24.0 - 36.0;
            let span = f64::from(super::world::NORTH - super::world::SOUTH);
            return 84 + (width * span / 360.0).ceil() as u32 + 64;
        }
        _ => return HEIGHT,
    };
    let needed = 84 + 34 * rows.max(1) as u32 + 84;
    needed.clamp(MIN_HEIGHT, HEIGHT)
}
/// PNGs are written at this scale (sharp on high-DPI screens).
pub const PNG_SCALE: f64 = 2.0;

/// The bundled fonts' names. An SVG names its fonts rather than embedding them, so each
/// name is a CSS font list: the bundled face first, then what a viewer may have instead.
const SANS: &str = "Noto Sans SC, Noto Sans CJK SC, Noto Sans, sans-serif";
const ARABIC: &str = "Noto Sans Arabic, Noto Naskh Arabic, sans-serif";
const HEBREW: &str = "Noto Sans Hebrew, sans-serif";
/// A label of several scripts in SVG: one text whose letters each viewer draws with the
/// first of these fonts it has that has them.
const MIXED: &str =
    "Noto Sans SC, Noto Sans CJK SC, Noto Sans Arabic, Noto Sans Hebrew, Noto Sans, sans-serif";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Svg,
}

impl ImageFormat {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
        }
    }

    /// From a file name's extension (PNG when there is none or it is unknown).
    pub fn from_path(path: &Path) -> Self {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("svg") => Self::Svg,
            _ => Self::Png,
        }
    }
}

/// Why a chart image was not saved; its text is in the current language (the window
/// shows it).
#[derive(Debug)]
pub enum RenderError {
    /// The file exists and was not to be replaced.
    Exists { path: String },
    /// The file could not be written.
    Write {
        path: String,
        source: std::io::Error,
    },
    /// Drawing failed (a backend error).
    Draw { title: String, message: String },
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::Exists { path } => crate::t!("chart-error-exists", path = path),
            Self::Write { path, source } => {
                crate::t!("chart-error-write", path = path, error = source.to_string())
            }
            Self::Draw { title, message } => {
                crate::t!("chart-error-draw", title = title, error = message)
            }
        })
    }
}

impl std::error::Error for RenderError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Write { source, .. } => Some(source),
            Self::Exists { .. } | Self::Draw { .. } => None,
        }
    }
}

fn register_fonts() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // A font that fails to register only costs its script; the rest still draws.
        let _ = register_font(SANS, FontStyle::Normal, assets::FONT_CJK);
        let _ = register_font(ARABIC, FontStyle::Normal, assets::FONT_ARABIC);
        let _ = register_font(HEBREW, FontStyle::Normal, assets::FONT_HEBREW);
        // Only named in SVG; registered so that plotters can measure it like the others.
        let _ = register_font(MIXED, FontStyle::Normal, assets::FONT_CJK);
    });
}

/// The name a face is registered under.
fn font_name(face: FontFace) -> &'static str {
    match face {
        FontFace::Sans => SANS,
        FontFace::Arabic => ARABIC,
        FontFace::Hebrew => HEBREW,
    }
}

/// A backend the charts are drawn on, and whether it writes SVG (whose viewers apply
/// the bidi algorithm to text themselves).
pub trait ImageBackend: DrawingBackend {
    const SVG: bool;
}

impl ImageBackend for BitMapBackend<'_> {
    const SVG: bool = false;
}

impl ImageBackend for SVGBackend<'_> {
    const SVG: bool = true;
}

/// Renders `chart` into memory: PNG bytes or SVG text.
pub fn render_bytes(chart: &Chart, format: ImageFormat) -> Result<Vec<u8>, RenderError> {
    register_fonts();
    let draw_error = |e: String| RenderError::Draw {
        title: chart.title.clone(),
        message: e,
    };
    match format {
        ImageFormat::Svg => {
            let mut svg = String::new();
            {
                let root = SVGBackend::with_string(&mut svg, (WIDTH, height_of(chart)))
                    .into_drawing_area();
                draw(chart, &root, 1.0).map_err(draw_error)?;
                root.present().map_err(|e| draw_error(e.to_string()))?;
            }
            Ok(svg.into_bytes())
        }
        ImageFormat::Png => {
            let (w, h) = (
                (f64::from(WIDTH) * PNG_SCALE) as u32,
                (f64::from(height_of(chart)) * PNG_SCALE) as u32,
            );
            let mut rgb = vec![0u8; (w * h * 3) as usize];
            {
                let root = BitMapBackend::with_buffer(&mut rgb, (w, h)).into_drawing_area();
                draw(chart, &root, PNG_SCALE).map_err(draw_error)?;
                root.present().map_err(|e| draw_error(e.to_string()))?;
            }
            encode_png(&rgb, w, h).map_err(|e| draw_error(e.to_string()))
        }
    }
}

fn encode_png(rgb: &[u8], w: u32, h: u32) -> Result<Vec<u8>, png::EncodingError> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header()?;
        writer.write_image_data(rgb)?;
    }
    Ok(out)
}

/// Renders `chart` to `path` ([`super::export::save_file`]: whole or not at all, never
/// through a link). An existing file is never replaced unless `overwrite` (the caller
/// asked the user).
pub fn render_to_file(
    chart: &Chart,
    path: &Path,
    format: ImageFormat,
    overwrite: bool,
) -> Result<(), RenderError> {
    let bytes = render_bytes(chart, format)?;
    let display = path.display().to_string();
    super::export::save_file(path, &bytes, overwrite).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            RenderError::Exists { path: display }
        } else {
            RenderError::Write {
                path: display,
                source,
            }
        }
    })
}

// ------------------------------------------------------------------ drawing

fn color(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

const INK: RGBColor = RGBColor(0x22, 0x26, 0x2E);
const MUTED: RGBColor = RGBColor(0x66, 0x6E, 0x7A);
const GRID: RGBColor = RGBColor(0xE3, 0xE6, 0xEB);

/// Pixel geometry of a chart image.
struct Frame {
    s: f64,
    /// Plot rectangle in pixels.
    left: i32,
    top: i32,
    right: i32,
    bottom: i32,
}

impl Frame {
    fn px(&self, v: f64) -> i32 {
        (v * self.s).round() as i32
    }
}

type Area<'a, DB> = DrawingArea<DB, Shift>;

/// Draws a label: in visual order (bidi, Arabic shaped), each run of it in the bundled
/// font that has its letters, the runs side by side and the whole anchored as asked.
fn text<DB: ImageBackend>(
    area: &Area<'_, DB>,
    s: &str,
    pos: (i32, i32),
    size: f64,
    c: &RGBColor,
    anchor: (HPos, VPos),
) -> Result<(), String> {
    let visual = script::visual(s);
    let runs = script::font_runs(&visual);
    let style = |face: FontFace, h: HPos| {
        TextStyle::from((font_name(face), size).into_font())
            .color(c)
            .pos(Pos::new(h, anchor.1))
    };
    // In SVG the runs are already in visual order: a left-to-right override keeps a
    // viewer from reordering them again.
    let shown = |run: &str| -> String {
        if DB::SVG && script::has_rtl(run) {
            format!("\u{202D}{run}\u{202C}")
        } else {
            run.to_string()
        }
    };
    if let [(face, run)] = runs.as_slice()
        && DB::SVG
    {
        return area
            .draw_text(&shown(run), &style(*face, anchor.0), pos)
            .map_err(|e| e.to_string());
    }
    if DB::SVG {
        // Several scripts: one text element, in visual order, naming every bundled font.
        // The viewer lays the parts out with the fonts it has; runs placed by the bundled
        // fonts' widths overlapped in a browser that draws them with others.
        let style = TextStyle::from((MIXED, size).into_font())
            .color(c)
            .pos(Pos::new(anchor.0, anchor.1));
        return area
            .draw_text(&shown(&visual), &style, pos)
            .map_err(|e| e.to_string());
    }
    // Measured at the size that gives each font the same em (what SVG viewers draw and
    // what [`bitmap_run`] draws).
    let widths: Vec<i32> = runs
        .iter()
        .map(|(face, run)| {
            let style = TextStyle::from((font_name(*face), em_size(*face, size)).into_font());
            area.estimate_text_size(run, &style)
                .map(|(w, _)| w as i32)
                .unwrap_or(0)
        })
        .collect();
    let total: i32 = widths.iter().sum();
    let mut x = match anchor.0 {
        HPos::Left => pos.0,
        HPos::Center => pos.0 - total / 2,
        HPos::Right => pos.0 - total,
    };
    for ((face, run), w) in runs.iter().zip(widths) {
        if DB::SVG {
            area.draw_text(&shown(run), &style(*face, HPos::Left), (x, pos.1))
                .map_err(|e| e.to_string())?;
        } else {
            bitmap_run(area, run, *face, size, c, anchor.1, (x, pos.1))?;
        }
        x += w;
    }
    Ok(())
}

/// The bundled font of `face`, read by `ab_glyph` for glyph metrics.
fn glyph_font(face: FontFace) -> Option<&'static ab_glyph::FontRef<'static>> {
    static FONTS: std::sync::OnceLock<[Option<ab_glyph::FontRef<'static>>; 3]> =
        std::sync::OnceLock::new();
    let fonts = FONTS.get_or_init(|| {
        [assets::FONT_CJK, assets::FONT_ARABIC, assets::FONT_HEBREW]
            .map(|bytes| ab_glyph::FontRef::try_from_slice(bytes).ok())
    });
    let i = match face {
        FontFace::Sans => 0,
        FontFace::Arabic => 1,
        FontFace::Hebrew => 2,
    };
    fonts.get(i).and_then(Option::as_ref)
}

/// The size to ask of `face`'s font for text of `size`: plotters scales a font by its
/// whole line height (ascender to descender), and Noto Sans Arabic's is 1.46 times Noto
/// Sans SC's (room for stacked marks), so Arabic at the same size came out a third
/// smaller than the Latin and Chinese beside it. Scaled so every font has the same em.
fn em_size(face: FontFace, size: f64) -> f64 {
    use ab_glyph::Font as _;
    let height_per_em = |face: FontFace| {
        glyph_font(face).and_then(|f| {
            let em = f.units_per_em()?;
            Some(f64::from(f.height_unscaled() / em))
        })
    };
    match (height_per_em(face), height_per_em(FontFace::Sans)) {
        (Some(this), Some(sans)) if sans > 0.0 && face != FontFace::Sans => size * this / sans,
        _ => size,
    }
}

/// Draws `run` on a bitmap with its pen starting at `pos.0`, one glyph at a time:
/// plotters' bitmap text puts every glyph's outline at the pen position without the
/// glyph's side bearing, which leaves uneven gaps ("Con tacts a jou tés"); here each
/// glyph's outline starts where the font puts it (advance, kerning and bearing), at the
/// font's [`em_size`], on the baseline text of `size` in Noto Sans SC would have.
fn bitmap_run<DB: ImageBackend>(
    area: &Area<'_, DB>,
    run: &str,
    face: FontFace,
    size: f64,
    color: &RGBColor,
    v_pos: VPos,
    pos: (i32, i32),
) -> Result<(), String> {
    use ab_glyph::{Font as _, ScaleFont as _};
    let scaled_size = em_size(face, size);
    let style = TextStyle::from((font_name(face), scaled_size).into_font())
        .color(color)
        .pos(Pos::new(HPos::Left, v_pos));
    // plotters puts the baseline at the anchor's offset plus half the size; the larger
    // size of a taller font moves it, so the run is moved back onto the common baseline.
    let baseline = |sz: f64| {
        let height = (sz / 1.24) as i32;
        let dy = match v_pos {
            VPos::Top => 0,
            VPos::Center => -height / 2,
            VPos::Bottom => -height,
        };
        dy + (sz / 2.0) as i32
    };
    let y = pos.1 + baseline(size) - baseline(scaled_size);
    let Some(font) = glyph_font(face) else {
        return area
            .draw_text(run, &style, (pos.0, y))
            .map_err(|e| e.to_string());
    };
    let font = font.as_scaled(scaled_size as f32);
    let mut pen = 0f32;
    let mut prev = None;
    let mut one = [0u8; 4];
    for ch in run.chars() {
        let id = font.glyph_id(ch);
        if let Some(p) = prev {
            pen += font.kern(p, id);
        }
        prev = Some(id);
        if let Some(outline) = font.outline_glyph(font.scaled_glyph(ch)) {
            let x = pos.0 + (pen + outline.px_bounds().min.x).round() as i32;
            area.draw_text(ch.encode_utf8(&mut one), &style, (x, y))
                .map_err(|e| e.to_string())?;
        }
        pen += font.h_advance(id);
    }
    Ok(())
}

fn rect<DB: DrawingBackend>(
    area: &Area<'_, DB>,
    a: (i32, i32),
    b: (i32, i32),
    c: RGBColor,
) -> Result<(), String> {
    area.draw(&Rectangle::new([a, b], c.filled()))
        .map_err(|e| e.to_string())
}

fn line<DB: DrawingBackend>(
    area: &Area<'_, DB>,
    a: (i32, i32),
    b: (i32, i32),
    c: RGBColor,
    width: u32,
) -> Result<(), String> {
    area.draw(&PathElement::new(vec![a, b], c.stroke_width(width)))
        .map_err(|e| e.to_string())
}

/// [`super::nice_step`], but whole numbers for counts.
fn axis_step(max: f64, n: f64, unit: super::Unit) -> f64 {
    let step = super::nice_step(max, n);
    if unit == super::Unit::Count {
        step.max(1.0)
    } else {
        step
    }
}

fn draw<DB: ImageBackend>(chart: &Chart, root: &Area<'_, DB>, s: f64) -> Result<(), String> {
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let px = |v: f64| (v * s).round() as i32;
    text(
        root,
        &chart.title,
        (px(24.0), px(18.0)),
        22.0 * s,
        &INK,
        (HPos::Left, VPos::Top),
    )?;
    if chart.is_empty() {
        return text(
            root,
            &crate::t!("chart-no-data"),
            (w / 2, h / 2),
            16.0 * s,
            &MUTED,
            (HPos::Center, VPos::Center),
        );
    }
    let label_width = match &chart.body {
        ChartBody::Bars {
            categories,
            horizontal: true,
            ..
        } => category_width(categories),
        ChartBody::Gantt { rows } => {
            category_width(&rows.iter().map(|r| r.label.clone()).collect::<Vec<_>>())
        }
        ChartBody::Heatmap { .. } => 48.0,
        ChartBody::Map { .. } => 0.0,
        _ => 64.0,
    };
    let rows = match &chart.body {
        ChartBody::Bars {
            categories,
            horizontal: true,
            ..
        } => Some(categories.len()),
        ChartBody::Gantt { rows } => Some(rows.len()),
        _ => None,
    };
    let mut bottom = h - px(64.0);
    if let Some(n) = rows {
        // Few rows would make slabs: at most 34 px a row.
        bottom = bottom.min(px(84.0) + px(34.0 * n.max(1) as f64));
    }
    let frame = Frame {
        s,
        left: px(24.0 + label_width),
        top: px(84.0),
        right: w - px(36.0),
        bottom,
    };
    match &chart.body {
        ChartBody::Timeline {
            bucket,
            starts,
            series,
            stacked,
        } => timeline(root, &frame, chart, *bucket, starts, series, *stacked),
        ChartBody::Bars {
            categories,
            series,
            horizontal: false,
            stacked,
        } => vertical_bars(root, &frame, chart, categories, series, *stacked),
        ChartBody::Bars {
            categories,
            series,
            horizontal: true,
            stacked,
        } => horizontal_bars(root, &frame, chart, categories, series, *stacked),
        ChartBody::Heatmap { rows, cols, values } => {
            heatmap(root, &frame, chart, rows, cols, values)
        }
        ChartBody::Gantt { rows } => gantt(root, &frame, chart, rows),
        ChartBody::Map { regions } => world_map(root, &frame, regions, &chart.x_label),
    }
}

/// Logical width for category labels: long enough for most names, capped.
fn category_width(labels: &[String]) -> f64 {
    let longest = labels.iter().map(|l| display_width(l)).fold(0.0, f64::max);
    (longest * 7.5 + 16.0).clamp(60.0, 300.0)
}

/// Rough width of a character in "Latin characters": CJK characters count double.
fn char_width(c: char) -> f64 {
    if (c as u32) >= 0x2E80 { 2.0 } else { 1.0 }
}

fn display_width(s: &str) -> f64 {
    s.chars().map(char_width).sum()
}

/// Cuts a label to about `max` Latin characters.
fn clip(s: &str, max: f64) -> String {
    let mut out = String::new();
    let mut width = 0.0;
    for c in s.chars() {
        let cw = char_width(c);
        if width + cw > max {
            out.push('…');
            return out;
        }
        width += cw;
        out.push(c);
    }
    out
}

fn legend<DB: ImageBackend>(
    root: &Area<'_, DB>,
    f: &Frame,
    chart: &Chart,
    series: &[Series],
) -> Result<(), String> {
    if !chart.needs_legend() {
        return Ok(());
    }
    let entries: Vec<(&str, Rgb)> = series.iter().map(|s| (s.name.as_str(), s.color)).collect();
    legend_entries(root, f, &entries)
}

/// Colour keys and names in the top right corner, in order from left to right.
fn legend_entries<DB: ImageBackend>(
    root: &Area<'_, DB>,
    f: &Frame,
    entries: &[(&str, Rgb)],
) -> Result<(), String> {
    let mut x = f.right;
    for (name, c) in entries.iter().rev() {
        let tw = f.px(display_width(name) * 7.5 + 28.0);
        x -= tw;
        let y = f.px(58.0);
        rect(
            root,
            (x, y - f.px(6.0)),
            (x + f.px(12.0), y + f.px(6.0)),
            color(*c),
        )?;
        text(
            root,
            name,
            (x + f.px(18.0), y),
            13.0 * f.s,
            &INK,
            (HPos::Left, VPos::Center),
        )?;
    }
    Ok(())
}

/// Horizontal grid and value labels on the left, for 0..=max.
fn value_axis_y<DB: ImageBackend>(
    root: &Area<'_, DB>,
    f: &Frame,
    max: f64,
    chart: &Chart,
) -> Result<f64, String> {
    let step = axis_step(max, 5.0, chart.unit);
    let top_value = (max / step).ceil().max(1.0) * step;
    let mut v = 0.0;
    while v <= top_value + step * 0.01 {
        let y = f.bottom - ((v / top_value) * f64::from(f.bottom - f.top)).round() as i32;
        line(root, (f.left, y), (f.right, y), GRID, 1)?;
        text(
            root,
            &chart.unit.short(v),
            (f.left - f.px(8.0), y),
            12.0 * f.s,
            &MUTED,
            (HPos::Right, VPos::Center),
        )?;
        v += step;
    }
    if !chart.y_label.is_empty() {
        text(
            root,
            &chart.y_label,
            (f.px(24.0), f.px(62.0)),
            13.0 * f.s,
            &MUTED,
            (HPos::Left, VPos::Center),
        )?;
    }
    Ok(top_value)
}

fn value_axis_x<DB: ImageBackend>(
    root: &Area<'_, DB>,
    f: &Frame,
    max: f64,
    chart: &Chart,
) -> Result<f64, String> {
    let step = axis_step(max, 6.0, chart.unit);
    let top_value = (max / step).ceil().max(1.0) * step;
    let mut v = 0.0;
    while v <= top_value + step * 0.01 {
        let x = f.left + ((v / top_value) * f64::from(f.right - f.left)).round() as i32;
        line(root, (x, f.top), (x, f.bottom), GRID, 1)?;
        text(
            root,
            &chart.unit.short(v),
            (x, f.bottom + f.px(8.0)),
            12.0 * f.s,
            &MUTED,
            (HPos::Center, VPos::Top),
        )?;
        v += step;
    }
    x_title(root, f, chart)?;
    Ok(top_value)
}

fn x_title<DB: ImageBackend>(root: &Area<'_, DB>, f: &Frame, chart: &Chart) -> Result<(), String> {
    if chart.x_label.is_empty() {
        return Ok(());
    }
    text(
        root,
        &chart.x_label,
        ((f.left + f.right) / 2, f.bottom + f.px(34.0)),
        13.0 * f.s,
        &MUTED,
        (HPos::Center, VPos::Top),
    )
}

/// The bars of category `i` as `(series, from, to)` along the value axis: one on top of
/// the other when stacked, each from zero otherwise. Empty values draw nothing.
fn bar_segments(series: &[Series], i: usize, stacked: bool) -> Vec<(usize, f64, f64)> {
    let mut base = 0.0;
    let mut segments = Vec::new();
    for (k, s) in series.iter().enumerate() {
        let v = s.values.get(i).copied().unwrap_or(0.0).max(0.0);
        if v <= 0.0 {
            continue;
        }
        if stacked {
            segments.push((k, base, base + v));
            base += v;
        } else {
            segments.push((k, 0.0, v));
        }
    }
    segments
}

fn timeline<DB: ImageBackend>(
    root: &Area<'_, DB>,
    f: &Frame,
    chart: &Chart,
    bucket: Bucket,
    starts: &[i32],
    series: &[Series],
    stacked: bool,
) -> Result<(), String> {
    legend(root, f, chart, series)?;
    let Some((x0, x1)) = super::timeline_extent(starts, bucket) else {
        return Ok(());
    };
    let span = (x1 - x0).max(1.0);
    let to_x = |d: f64| f.left + (((d - x0) / span) * f64::from(f.right - f.left)).round() as i32;
    let top_value = value_axis_y(root, f, super::peak(series, starts.len(), stacked), chart)?;
    let to_y = |v: f64| f.bottom - ((v / top_value) * f64::from(f.bottom - f.top)).round() as i32;
    // Named bucket by bucket when there are few (counted over the whole span, so sparse
    // months far apart get calendar ticks instead).
    let span_buckets = (x1 - x0) / bucket.days();
    if matches!(bucket, Bucket::Month | Bucket::Year) && span_buckets <= 36.0 {
        bucket_labels(root, f, bucket, starts, &to_x)?;
    } else {
        date_ticks(root, f, x0, x1, &to_x, false)?;
    }
    x_title(root, f, chart)?;
    let bar_days = bucket.days();
    let groups = if stacked { 1 } else { series.len().max(1) };
    let w = bar_days * 0.85 / groups as f64;
    for (i, &start) in starts.iter().enumerate() {
        for (k, lo, hi) in bar_segments(series, i, stacked) {
            let d0 = f64::from(start) + if stacked { 0.0 } else { w * k as f64 };
            let (xa, xb) = (to_x(d0), to_x(d0 + w).max(to_x(d0) + 1));
            rect(root, (xa, to_y(hi)), (xb, to_y(lo)), color(series[k].color))?;
        }
    }
    line(root, (f.left, f.bottom), (f.right, f.bottom), MUTED, 1)?;
    Ok(())
}

/// Date labels under a time axis from day `x0` to `x1` ([`super::calendar_ticks`]): at
/// most eight, on round dates.
fn date_ticks<DB: ImageBackend>(
    root: &Area<'_, DB>,
    f: &Frame,
    x0: f64,
    x1: f64,
    to_x: &dyn Fn(f64) -> i32,
    grid: bool,
) -> Result<(), String> {
    for (day, label) in super::calendar_ticks(x0, x1, 8) {
        let x = to_x(day);
        if grid {
            line(root, (x, f.top), (x, f.bottom), GRID, 1)?;
        }
        line(root, (x, f.bottom), (x, f.bottom + f.px(4.0)), MUTED, 1)?;
        text(
            root,
            &label,
            (x, f.bottom + f.px(8.0)),
            12.0 * f.s,
            &MUTED,
            (HPos::Center, VPos::Top),
        )?;
    }
    Ok(())
}

/// Month or year buckets few enough to name one by one: each label stands under the
/// middle of its bucket (and so under its pair of bars when series stand side by side).
fn bucket_labels<DB: ImageBackend>(
    root: &Area<'_, DB>,
    f: &Frame,
    bucket: Bucket,
    starts: &[i32],
    to_x: &dyn Fn(f64) -> i32,
) -> Result<(), String> {
    let every = starts.len().div_ceil(12).max(1);
    for &start in starts.iter().step_by(every) {
        let middle = f64::from(start) + bucket.days() * 0.85 / 2.0;
        text(
            root,
            &super::format_day(f64::from(start), bucket),
            (to_x(middle), f.bottom + f.px(8.0)),
            12.0 * f.s,
            &MUTED,
            (HPos::Center, VPos::Top),
        )?;
    }
    Ok(())
}

fn vertical_bars<DB: ImageBackend>(
    root: &Area<'_, DB>,
    f: &Frame,
    chart: &Chart,
    categories: &[String],
    series: &[Series],
    stacked: bool,
) -> Result<(), String> {
    legend(root, f, chart, series)?;
    let n = categories.len().max(1);
    let top_value = value_axis_y(root, f, super::peak(series, n, stacked), chart)?;
    let to_y = |v: f64| f.bottom - ((v / top_value) * f64::from(f.bottom - f.top)).round() as i32;
    let slot = f64::from(f.right - f.left) / n as f64;
    let groups = if stacked { 1 } else { series.len().max(1) };
    let label_every = (n as f64 / 24.0).ceil().max(1.0) as usize;
    for (i, cat) in categories.iter().enumerate() {
        let x0 = f64::from(f.left) + slot * i as f64;
        if i % label_every == 0 {
            let max_chars = (slot * label_every as f64 / (7.0 * f.s)).max(3.0);
            text(
                root,
                &clip(cat, max_chars),
                ((x0 + slot / 2.0) as i32, f.bottom + f.px(8.0)),
                12.0 * f.s,
                &MUTED,
                (HPos::Center, VPos::Top),
            )?;
        }
        let w = slot * 0.7 / groups as f64;
        for (k, lo, hi) in bar_segments(series, i, stacked) {
            let xa = x0 + slot * 0.15 + if stacked { 0.0 } else { w * k as f64 };
            rect(
                root,
                (xa as i32, to_y(hi)),
                ((xa + w) as i32, to_y(lo)),
                color(series[k].color),
            )?;
        }
    }
    line(root, (f.left, f.bottom), (f.right, f.bottom), MUTED, 1)?;
    x_title(root, f, chart)
}

fn horizontal_bars<DB: ImageBackend>(
    root: &Area<'_, DB>,
    f: &Frame,
    chart: &Chart,
    categories: &[String],
    series: &[Series],
    stacked: bool,
) -> Result<(), String> {
    legend(root, f, chart, series)?;
    let n = categories.len().max(1);
    let top_value = value_axis_x(root, f, super::peak(series, n, stacked), chart)?;
    let to_x = |v: f64| f.left + ((v / top_value) * f64::from(f.right - f.left)).round() as i32;
    let slot = f64::from(f.bottom - f.top) / n as f64;
    let groups = if stacked { 1 } else { series.len().max(1) };
    let max_chars = (f64::from(f.left) / f.s - 32.0) / 7.0;
    for (i, cat) in categories.iter().enumerate() {
        let y0 = f64::from(f.top) + slot * i as f64;
        text(
            root,
            &clip(cat, max_chars),
            (f.left - f.px(8.0), (y0 + slot / 2.0) as i32),
            12.0 * f.s,
            &INK,
            (HPos::Right, VPos::Center),
        )?;
        let h = slot * 0.72 / groups as f64;
        let segments = bar_segments(series, i, stacked);
        // A category with one bar of a group (only spent, say) has it in the middle of
        // its row, beside its label.
        let alone = !stacked && groups > 1 && segments.len() == 1;
        let row_of = |k: usize| {
            if stacked {
                0.0
            } else if alone {
                (groups as f64 - 1.0) / 2.0
            } else {
                k as f64
            }
        };
        for &(k, lo, hi) in &segments {
            let ya = y0 + slot * 0.14 + h * row_of(k);
            rect(
                root,
                (to_x(lo), ya as i32),
                (to_x(hi), (ya + h) as i32),
                color(series[k].color),
            )?;
        }
        // The value at the end of each bar: a stack's total, or each bar of a group (spent
        // and received are never added together).
        let labels: Vec<(f64, f64)> = if stacked || groups == 1 {
            vec![(super::category_peak(series, i, stacked), y0 + slot / 2.0)]
        } else {
            segments
                .iter()
                .map(|&(k, _, hi)| (hi, y0 + slot * 0.14 + h * (row_of(k) + 0.5)))
                .collect()
        };
        let room = if stacked || groups == 1 {
            slot
        } else {
            h / 0.72
        };
        if room >= 14.0 * f.s {
            for (value, y) in labels {
                text(
                    root,
                    &chart.unit.format(value),
                    (to_x(value) + f.px(6.0), y as i32),
                    (if groups > 1 && !stacked { 10.0 } else { 11.0 }) * f.s,
                    &MUTED,
                    (HPos::Left, VPos::Center),
                )?;
            }
        }
    }
    line(root, (f.left, f.top), (f.left, f.bottom), MUTED, 1)
}

fn heatmap<DB: ImageBackend>(
    root: &Area<'_, DB>,
    f: &Frame,
    chart: &Chart,
    rows: &[String],
    cols: &[String],
    values: &[Vec<f64>],
) -> Result<(), String> {
    let max = values
        .iter()
        .flatten()
        .copied()
        .fold(0.0, f64::max)
        .max(1.0);
    let nr = rows.len().max(1) as f64;
    let nc = cols.len().max(1) as f64;
    let cw = f64::from(f.right - f.left) / nc;
    let ch = f64::from(f.bottom - f.top) / nr;
    let (lo, hi) = (super::palette::HEAT_LOW, super::palette::HEAT_HIGH);
    let mix =
        |a: u8, b: u8, t: f64| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
    for (r, label) in rows.iter().enumerate() {
        let y0 = f64::from(f.top) + ch * r as f64;
        text(
            root,
            label,
            (f.left - f.px(8.0), (y0 + ch / 2.0) as i32),
            12.0 * f.s,
            &INK,
            (HPos::Right, VPos::Center),
        )?;
        for c in 0..cols.len() {
            let v = values
                .get(r)
                .and_then(|row| row.get(c))
                .copied()
                .unwrap_or(0.0);
            let t = (v / max).sqrt();
            let fill = if v > 0.0 {
                RGBColor(mix(lo.0, hi.0, t), mix(lo.1, hi.1, t), mix(lo.2, hi.2, t))
            } else {
                RGBColor(0xF7, 0xF8, 0xFA)
            };
            let x0 = f64::from(f.left) + cw * c as f64;
            rect(
                root,
                ((x0 + 1.0) as i32, (y0 + 1.0) as i32),
                ((x0 + cw - 1.0) as i32, (y0 + ch - 1.0) as i32),
                fill,
            )?;
        }
    }
    for (c, label) in cols.iter().enumerate() {
        let x = f64::from(f.left) + cw * (c as f64 + 0.5);
        text(
            root,
            label,
            (x as i32, f.bottom + f.px(8.0)),
            12.0 * f.s,
            &MUTED,
            (HPos::Center, VPos::Top),
        )?;
    }
    // Colour key.
    let kx = f.right - f.px(160.0);
    let ky = f.px(58.0);
    text(
        root,
        "0",
        (kx - f.px(6.0), ky),
        11.0 * f.s,
        &MUTED,
        (HPos::Right, VPos::Center),
    )?;
    for i in 0..20 {
        let t = (f64::from(i) / 19.0).sqrt();
        let c = RGBColor(mix(lo.0, hi.0, t), mix(lo.1, hi.1, t), mix(lo.2, hi.2, t));
        let x = kx + f.px(6.0 * f64::from(i));
        rect(
            root,
            (x, ky - f.px(6.0)),
            (x + f.px(6.0), ky + f.px(6.0)),
            c,
        )?;
    }
    text(
        root,
        &chart.unit.format(max),
        (kx + f.px(126.0), ky),
        11.0 * f.s,
        &MUTED,
        (HPos::Left, VPos::Center),
    )?;
    x_title(root, f, chart)
}

fn gantt<DB: ImageBackend>(
    root: &Area<'_, DB>,
    f: &Frame,
    chart: &Chart,
    rows: &[super::GanttRow],
) -> Result<(), String> {
    let x0 = rows.iter().map(|r| r.start).fold(f64::INFINITY, f64::min);
    let x1 = rows.iter().map(|r| r.end).fold(f64::NEG_INFINITY, f64::max);
    if !x0.is_finite() || !x1.is_finite() {
        return Ok(());
    }
    // A key for each kind of bar (a platform's sessions, websites), when there are several.
    let mut groups: Vec<(&str, Rgb)> = Vec::new();
    for r in rows {
        if !groups.iter().any(|g| g.0 == r.group) {
            groups.push((&r.group, r.color));
        }
    }
    if groups.len() > 1 {
        legend_entries(root, f, &groups)?;
    }
    let pad = ((x1 - x0) * 0.02).max(1.0);
    let (x0, x1) = (x0 - pad, x1 + pad);
    let to_x =
        |d: f64| f.left + (((d - x0) / (x1 - x0)) * f64::from(f.right - f.left)).round() as i32;
    date_ticks(root, f, x0, x1, &to_x, true)?;
    let slot = f64::from(f.bottom - f.top) / rows.len().max(1) as f64;
    let max_chars = (f64::from(f.left) / f.s - 32.0) / 7.0;
    let label_every = (14.0 * f.s / slot).ceil().max(1.0) as usize;
    for (i, r) in rows.iter().enumerate() {
        let y0 = f64::from(f.top) + slot * i as f64;
        if i % label_every == 0 {
            text(
                root,
                &clip(&r.label, max_chars),
                (f.left - f.px(8.0), (y0 + slot / 2.0) as i32),
                12.0 * f.s,
                &INK,
                (HPos::Right, VPos::Center),
            )?;
        }
        let (ya, yb) = (
            (y0 + slot * 0.18) as i32,
            (y0 + slot * 0.82).max(y0 + slot * 0.18 + 1.0) as i32,
        );
        let (xa, xb) = (to_x(r.start), to_x(r.end));
        rect(root, (xa, ya), (xb.max(xa + f.px(3.0)), yb), color(r.color))?;
    }
    x_title(root, f, chart)
}

/// The world map: countries filled by value (square root of value over the most, as on
/// screen), the others light grey, white borders, and a colour key; equirectangular.
fn world_map<DB: ImageBackend>(
    root: &Area<'_, DB>,
    f: &Frame,
    regions: &[super::MapRegion],
    key_label: &str,
) -> Result<(), String> {
    use super::world;
    let span_lat = f64::from(world::NORTH - world::SOUTH);
    let (fw, fh) = (f64::from(f.right - f.left), f64::from(f.bottom - f.top));
    let scale = (fw / 360.0).min(fh / span_lat);
    let left = f64::from(f.left) + (fw - 360.0 * scale) / 2.0;
    let top = f64::from(f.top) + (fh - span_lat * scale) / 2.0;
    let project = |p: [f32; 2]| {
        (
            (left + (f64::from(p[0]) + 180.0) * scale).round() as i32,
            (top + (f64::from(world::NORTH) - f64::from(p[1])) * scale).round() as i32,
        )
    };
    let max = regions.iter().map(|r| r.value).fold(0.0, f64::max).max(1.0);
    // The largest countries first, so one inside another's hole is drawn over it.
    for shape in world::shapes() {
        let value = shape
            .alpha2
            .and_then(|c| regions.iter().find(|r| r.code == c))
            .map_or(0.0, |r| r.value);
        let fill = if value > 0.0 {
            color(super::map_shade(value, max))
        } else {
            RGBColor(0xE4, 0xE7, 0xEB)
        };
        for polygon in &shape.polygons {
            let Some(outline) = polygon.first() else {
                continue;
            };
            let points: Vec<(i32, i32)> = outline.iter().map(|&p| project(p)).collect();
            root.draw(&Polygon::new(points.clone(), fill.filled()))
                .map_err(|e| e.to_string())?;
            let mut closed = points;
            if let Some(&first) = closed.first() {
                closed.push(first);
            }
            root.draw(&PathElement::new(closed, WHITE.stroke_width(1)))
                .map_err(|e| e.to_string())?;
        }
    }
    // Colour key in the top right: from one address to the most.
    let kx = f.right - f.px(200.0);
    let ky = f.px(58.0);
    let steps = 20;
    for k in 0..steps {
        let t = (f64::from(k) + 0.5) / f64::from(steps);
        let x0 = kx + f.px(140.0 * f64::from(k) / f64::from(steps));
        rect(
            root,
            (x0, ky - f.px(5.0)),
            (x0 + f.px(140.0 / f64::from(steps)) + 1, ky + f.px(5.0)),
            color(super::map_shade(t * t * max, max)),
        )?;
    }
    text(
        root,
        "1",
        (kx - f.px(6.0), ky),
        11.0 * f.s,
        &MUTED,
        (HPos::Right, VPos::Center),
    )?;
    text(
        root,
        &super::Unit::Count.format(max),
        (kx + f.px(146.0), ky),
        11.0 * f.s,
        &MUTED,
        (HPos::Left, VPos::Center),
    )?;
    text(
        root,
        key_label,
        (kx - f.px(22.0), ky),
        11.0 * f.s,
        &MUTED,
        (HPos::Right, VPos::Center),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round() {
        assert_eq!(super::super::nice_step(100.0, 5.0), 20.0);
        assert_eq!(super::super::nice_step(7.0, 5.0), 2.0);
        assert_eq!(super::super::nice_step(0.0, 5.0), 1.0);
        assert_eq!(super::super::Unit::Count.short(12_500.0), "12k");
        assert_eq!(super::super::Unit::Count.short(1_500.0), "1.5k");
        assert_eq!(super::super::Unit::Yuan.short(2_000_000.0), "¥2M");
    }

    /// The columns of a PNG text that hold ink, after drawing `label` at `size`.
    fn ink_columns(label: &str, size: f64) -> Vec<bool> {
        register_fonts();
        let (w, h) = (900u32, 120u32);
        let mut rgb = vec![255u8; (w * h * 3) as usize];
        {
            let root = BitMapBackend::with_buffer(&mut rgb, (w, h)).into_drawing_area();
            text(
                &root,
                label,
                (10, 60),
                size,
                &INK,
                (HPos::Left, VPos::Center),
            )
            .unwrap();
            root.present().unwrap();
        }
        (0..w as usize)
            .map(|x| (0..h as usize).any(|y| rgb[(y * w as usize + x) * 3] < 160))
            .collect()
    }

    /// Gaps of at least `min` empty columns between the first and last inked column.
    fn gaps(columns: &[bool], min: usize) -> usize {
        let first = columns.iter().position(|&c| c).unwrap_or(0);
        let last = columns.iter().rposition(|&c| c).unwrap_or(0);
        let mut count = 0;
        let mut run = 0;
        for &ink in &columns[first..=last] {
            if ink {
                if run >= min {
                    count += 1;
                }
                run = 0;
            } else {
                run += 1;
            }
        }
        count
    }

    #[test]
    fn png_text_keeps_letters_together_and_words_apart() {
        // plotters alone drew "Con tacts a jou tés": each glyph without its side bearing.
        let size = 40.0;
        let columns = ink_columns("Contacts ajoutés par mois", size);
        let word_gap = (size * 0.15) as usize;
        assert_eq!(
            gaps(&columns, word_gap),
            3,
            "three spaces, no gap inside a word"
        );
        assert_eq!(gaps(&ink_columns("Contacts", size), word_gap), 0);
    }

    #[test]
    fn arabic_is_drawn_at_the_same_em_as_latin() {
        // Noto Sans Arabic's line is taller for the same em: asked for larger.
        let arabic = em_size(FontFace::Arabic, 20.0);
        assert!((28.0..30.5).contains(&arabic), "{arabic}");
        assert_eq!(em_size(FontFace::Sans, 20.0), 20.0);
    }

    #[test]
    fn every_letter_of_a_mixed_label_has_a_glyph_in_its_runs_font() {
        use ab_glyph::{Font as _, FontRef};
        let face_font = |face: FontFace| {
            FontRef::try_from_slice(match face {
                FontFace::Sans => assets::FONT_CJK,
                FontFace::Arabic => assets::FONT_ARABIC,
                FontFace::Hebrew => assets::FONT_HEBREW,
            })
            .unwrap()
        };
        for label in [
            "Sato (calls) أحمد",
            "שלום 123",
            "小王 Alice",
            "محمد 2024 (WhatsApp)",
            "Dana דנה",
        ] {
            let visual = script::visual(label);
            for (face, run) in script::font_runs(&visual) {
                let font = face_font(face);
                for c in run.chars() {
                    assert_ne!(
                        font.glyph_id(c).0,
                        0,
                        "{c:?} of {label:?} has no glyph in {face:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn labels_pick_the_font_of_their_script() {
        assert_eq!(clip("abcdefgh", 4.0), "abcd…");
        assert_eq!(clip("微信支付账单", 4.0), "微信…");
    }
}
