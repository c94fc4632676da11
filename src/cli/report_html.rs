//! `footprint report`: the one HTML file to keep, as the window's *Save report…* writes it,
//! in the language of `--lang` (English by default).

use std::path::PathBuf;
use std::process::ExitCode;

use crate::analysis::findings::findings;
use crate::analysis::{Shown, now};
use crate::chart::ChartOptions;
use crate::chart::report::write_report;
use crate::i18n::Lang;

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
    /// The report's language: en, zh-CN, ar, es, ru, pt-BR, de or fr (a language alone,
    /// such as zh or pt, picks its translation).
    #[arg(long, value_name = "TAG", default_value = "en", value_parser = parse_lang)]
    lang: Lang,
    /// Files, folders or zips.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

/// A language tag of `--lang`: one of [`Lang::tag`]'s, or any locale whose language
/// Footprint has ([`Lang::from_locale`]: `zh`, `pt`, `de-AT`).
fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::ALL
        .into_iter()
        .find(|l| l.tag().eq_ignore_ascii_case(text))
        .or_else(|| Lang::from_locale(text))
        .ok_or_else(|| {
            let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
            format!(
                "no translation for \"{text}\"; the languages are {}",
                tags.join(", ")
            )
        })
}

pub fn run(args: &ReportArgs) -> ExitCode {
    // Everything the report holds is written in its language, the analysis' texts too.
    crate::i18n::set_current(args.lang);
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
