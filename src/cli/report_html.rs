//! `footprint report`: the one HTML file to keep, as the window's *Save report…* writes it.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::analysis::findings::findings;
use crate::analysis::{Shown, now};
use crate::chart::ChartOptions;
use crate::chart::report::write_report;

/// Options of `footprint report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The HTML file to write.
    #[arg(long)]
    out: PathBuf,
    /// Replace names, phone numbers, usernames, IP addresses and file paths with
    /// pseudonyms.
    #[arg(long)]
    mask: bool,
    /// With `--mask`: hide countries and places too.
    #[arg(long, requires = "mask")]
    hide_countries: bool,
    /// Replace the file if it exists (otherwise nothing is overwritten).
    #[arg(long)]
    overwrite: bool,
    /// Password for encrypted zip archives.
    #[arg(long)]
    password: Option<String>,
    /// Who you are (as for `summary`).
    #[arg(long = "me", value_name = "[SOURCE=]NAME")]
    me: Vec<String>,
    /// Files, folders or zips.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(args: &ReportArgs) -> ExitCode {
    let (outcome, derived) =
        match super::load_and_derive(&args.paths, args.password.clone(), None, &args.me) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
    let options = ChartOptions {
        mask: args.mask,
        hide_countries: args.hide_countries,
        ..ChartOptions::default()
    };
    let shown = Shown {
        masker: args.mask.then_some(&derived.masker),
    };
    let list = findings(&derived, now(), shown);
    match write_report(&derived, &options, &list, &args.out, args.overwrite) {
        Ok(()) => {
            eprintln!("wrote {}", args.out.display());
            super::exit_code(&outcome)
        }
        Err(message) => {
            eprintln!("footprint: {message}");
            ExitCode::from(1)
        }
    }
}
