//! Saving charts: one file written safely ([`save_file`]), and a folder of them, one
//! image per chart named by its id, never replacing a file unless asked (the command
//! line's `charts` and the window's *Save all charts*).

use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::{Chart, ChartOptions, ImageFormat, all_charts, render_to_file};
use crate::analysis::Derived;

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
    std::fs::create_dir_all(dir).map_err(|e| {
        crate::t!(
            "chart-error-folder",
            path = dir.display().to_string(),
            error = e.to_string()
        )
    })?;
    let targets = chart_targets(charts, format, dir);
    if !overwrite {
        let existing: Vec<String> = targets
            .iter()
            .filter(|p| p.symlink_metadata().is_ok())
            .map(|p| p.display().to_string())
            .collect();
        if !existing.is_empty() {
            return Err(crate::t!(
                "chart-error-existing",
                count = existing.len(),
                files = existing.join(crate::i18n::format::list_separator())
            ));
        }
    }
    for (chart, path) in charts.iter().zip(&targets) {
        render_to_file(chart, path, format, overwrite).map_err(|e| e.to_string())?;
    }
    Ok(targets)
}

/// Writes `bytes` to `path` as a whole or not at all, and never through a link: the bytes
/// go to a new temporary file in the same folder, which then takes the name. Replacing
/// (`overwrite`) renames over the name, so a symbolic link planted there is replaced, not
/// followed to the file it points at; otherwise an existing name (a link included) is an
/// [`std::io::ErrorKind::AlreadyExists`] error (the rename refuses to replace it) and
/// nothing is written.
pub fn save_file(path: &Path, bytes: &[u8], overwrite: bool) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".footprint-")
        .suffix(".part")
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    if overwrite {
        temp.persist(path).map(drop).map_err(|e| e.error)
    } else {
        temp.persist_noclobber(path).map(drop).map_err(|e| e.error)
    }
}
