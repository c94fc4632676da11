//! `footprint charts`: every chart the app shows, written as images without a window.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::analysis::{Derived, TimeBasis};
use crate::chart::{Chart, ChartOptions, ImageFormat, all_charts, render_to_file};

/// Options of `footprint charts`.
#[derive(Debug, clap::Args)]
pub struct ChartsArgs {
    /// Write SVG instead of PNG.
    #[arg(long)]
    svg: bool,
    /// Replace names, phone numbers, usernames and IP addresses with pseudonyms.
    #[arg(long)]
    mask: bool,
    /// Replace images that already exist in the folder (otherwise nothing is overwritten).
    #[arg(long)]
    overwrite: bool,
    /// Password for encrypted zip archives.
    #[arg(long)]
    password: Option<String>,
    /// Order of day, month and year in WhatsApp chat dates, overriding the file's evidence.
    #[arg(long, value_enum)]
    date_order: Option<super::DateOrderArg>,
    /// Folder to write the images to (created if missing).
    #[arg(long)]
    out: PathBuf,
    /// Files, folders or zips.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(args: &ChartsArgs) -> ExitCode {
    let outcome = super::load_with_date_order(
        &args.paths,
        args.password.clone(),
        args.date_order.map(Into::into),
    );
    for u in &outcome.unrecognized {
        eprintln!("footprint: {}: {}", u.path, u.reason);
    }
    for e in &outcome.errors {
        eprintln!("footprint: {}", e.message);
    }
    if outcome.footprint.sources.is_empty() {
        return super::exit_code(&outcome);
    }
    let derived = Derived::compute(&outcome, TimeBasis::AsExported);
    let options = ChartOptions {
        mask: args.mask,
        ..ChartOptions::default()
    };
    let format = if args.svg {
        ImageFormat::Svg
    } else {
        ImageFormat::Png
    };
    match write_all(&derived, &options, format, &args.out, args.overwrite) {
        Ok(written) => {
            eprintln!("wrote {} charts to {}", written.len(), args.out.display());
            super::exit_code(&outcome)
        }
        Err(message) => {
            eprintln!("footprint: {message}");
            ExitCode::from(1)
        }
    }
}

/// Writes every non-empty chart into `dir` (created if needed) as `ID.png` or `ID.svg`;
/// refuses, writing nothing, when any of those files exists and `overwrite` is false.
pub fn write_all(
    derived: &Derived,
    options: &ChartOptions,
    format: ImageFormat,
    dir: &Path,
    overwrite: bool,
) -> Result<Vec<PathBuf>, String> {
    write_charts(&all_charts(derived, options), format, dir, overwrite)
}

/// The file each chart is written to in `dir`.
pub fn chart_targets(charts: &[Chart], format: ImageFormat, dir: &Path) -> Vec<PathBuf> {
    charts
        .iter()
        .map(|c| dir.join(format!("{}.{}", c.id, format.extension())))
        .collect()
}

/// Writes `charts` into `dir` as [`write_all`] does.
pub fn write_charts(
    charts: &[Chart],
    format: ImageFormat,
    dir: &Path,
    overwrite: bool,
) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("{}: cannot create the folder: {e}", dir.display()))?;
    let targets = chart_targets(charts, format, dir);
    if !overwrite {
        let existing: Vec<String> = targets
            .iter()
            .filter(|p| p.exists())
            .map(|p| p.display().to_string())
            .collect();
        if !existing.is_empty() {
            return Err(format!(
                "{} image(s) already exist, nothing written (use --overwrite or another folder): {}",
                existing.len(),
                existing.join(", ")
            ));
        }
    }
    for (chart, path) in charts.iter().zip(&targets) {
        render_to_file(chart, path, format, overwrite).map_err(|e| e.to_string())?;
    }
    Ok(targets)
}
