//! `footprint charts`: every chart the app shows, written as images without a window.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::chart::{ChartOptions, ImageFormat, write_all};

/// Options of `footprint charts`.
#[derive(Debug, clap::Args)]
pub struct ChartsArgs {
    /// Write SVG instead of PNG.
    #[arg(long)]
    svg: bool,
    /// Replace names, phone numbers, usernames and IP addresses with pseudonyms.
    #[arg(long)]
    mask: bool,
    /// With `--mask`: hide countries too (the world map and the countries ranking are left
    /// out). Without it, masked charts still show countries, which are not personal details.
    #[arg(long, requires = "mask")]
    hide_countries: bool,
    /// Shade the world map by login notifications instead of IP addresses.
    #[arg(long)]
    map_by_logins: bool,
    /// Replace images that already exist in the folder (otherwise nothing is overwritten).
    #[arg(long)]
    overwrite: bool,
    /// Password for encrypted zip archives.
    #[arg(long)]
    password: Option<String>,
    /// Order of day, month and year in WhatsApp chat dates, overriding the file's evidence.
    #[arg(long, value_enum)]
    date_order: Option<super::DateOrderArg>,
    /// Who you are: `NAME`, or `SOURCE=NAME` for one source; repeatable (as for
    /// `summary`). Decides "yours" and "received" in the activity charts.
    #[arg(long = "me", value_name = "[SOURCE=]NAME")]
    me: Vec<String>,
    /// Folder to write the images to (created if missing).
    #[arg(long)]
    out: PathBuf,
    /// Files, folders or zips.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(args: &ChartsArgs) -> ExitCode {
    let (outcome, derived) = match super::load_and_derive(
        &args.paths,
        args.password.clone(),
        args.date_order.map(Into::into),
        &args.me,
    ) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let options = ChartOptions {
        mask: args.mask,
        hide_countries: args.hide_countries,
        map_by_logins: args.map_by_logins,
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
            eprintln!("footprint: {message} (use --overwrite or another folder)");
            ExitCode::from(1)
        }
    }
}
