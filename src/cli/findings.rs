//! `footprint findings`: what you can do about your footprint, as the window's Findings
//! page lists it.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::analysis::findings::{Finding, findings};
use crate::analysis::{Choices, Derived, Shown, TimeBasis, now};

/// Options of `footprint findings`.
#[derive(Debug, clap::Args)]
pub struct FindingsArgs {
    /// Print JSON (a list of findings: `kind`, `platform`, `severity`, `title`, `evidence`,
    /// `action`, `view`) instead of text.
    #[arg(long)]
    json: bool,
    /// Replace names, phone numbers and IP addresses with pseudonyms.
    #[arg(long)]
    mask: bool,
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

pub fn run(args: &FindingsArgs) -> ExitCode {
    let outcome = super::load_with_date_order(&args.paths, args.password.clone(), None);
    let choices = Choices {
        owners: super::owner_choices(&args.me, &outcome),
        ..Choices::default()
    };
    let derived = Derived::compute_choosing(&outcome, TimeBasis::AsExported, &choices);
    let shown = Shown {
        masker: args.mask.then_some(&derived.masker),
    };
    let list = findings(&derived, now(), shown);
    let mut stdout = std::io::stdout().lock();
    // Nothing read: no list at all, rather than "no findings" (stderr says why).
    let written = if outcome.footprint.sources.is_empty() {
        Ok(())
    } else if args.json {
        serde_json::to_string_pretty(&list)
            .map_err(std::io::Error::other)
            .and_then(|text| writeln!(stdout, "{text}"))
    } else {
        text(&mut stdout, &list)
    }
    .and_then(|()| stdout.flush());
    super::say_warnings(&outcome);
    super::finish(written, "the findings", &outcome)
}

fn text(out: &mut impl std::io::Write, list: &[Finding]) -> std::io::Result<()> {
    if list.is_empty() {
        return writeln!(
            out,
            "No findings: nothing in these exports calls for action."
        );
    }
    for f in list {
        writeln!(
            out,
            "[{}] {}: {}",
            f.severity.label(),
            f.platform.title(),
            f.title
        )?;
        for line in &f.evidence {
            writeln!(out, "    {line}")?;
        }
        writeln!(out, "  What to do: {}", f.action)?;
        writeln!(out)?;
    }
    Ok(())
}
