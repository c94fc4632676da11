//! `footprint diff OLD NEW`: what changed between two exports of the same account.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::analysis::diff::{Diff, Side, diff, not_the_same_account, platforms};
use crate::model::SourceIdx;

/// Options of `footprint diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// Print JSON (the sections as lists) instead of text.
    #[arg(long)]
    json: bool,
    /// Password for encrypted zip archives (both exports).
    #[arg(long)]
    password: Option<String>,
    /// The earlier export (a file, folder or zip).
    old: PathBuf,
    /// The later export.
    new: PathBuf,
}

/// Items listed per section in the text output (the JSON has all).
const LISTED: usize = 10;

pub fn run(args: &DiffArgs) -> ExitCode {
    let old =
        super::load_with_date_order(std::slice::from_ref(&args.old), args.password.clone(), None);
    let new =
        super::load_with_date_order(std::slice::from_ref(&args.new), args.password.clone(), None);
    for (path, outcome) in [(&args.old, &old), (&args.new, &new)] {
        if outcome.footprint.sources.is_empty() {
            eprintln!("footprint: {}: no export recognised", path.display());
            for u in &outcome.unrecognized {
                eprintln!("footprint: {}: {}", u.path, u.reason);
            }
            for e in &outcome.errors {
                eprintln!("footprint: {}", e.message);
            }
            return super::exit_code(outcome);
        }
    }
    let all = |n: usize| (0..n as SourceIdx).collect::<Vec<_>>();
    let (old_sources, new_sources) = (
        all(old.footprint.sources.len()),
        all(new.footprint.sources.len()),
    );
    let mut sides = (
        Side {
            fp: &old.footprint,
            sources: &old_sources,
        },
        Side {
            fp: &new.footprint,
            sources: &new_sources,
        },
    );
    if let Some(why) = not_the_same_account(sides.0, sides.1) {
        if platforms(sides.0).is_disjoint(&platforms(sides.1)) {
            eprintln!("footprint: nothing to compare: {why}");
            return ExitCode::from(2);
        }
        eprintln!("footprint: warning: {why}; compared anyway");
    }
    // OLD is the earlier: given the other way round, they are compared in time order.
    if let (Some(a), Some(b)) = (sides.0.as_of(), sides.1.as_of())
        && a > b
    {
        eprintln!(
            "footprint: {} is the later export (its latest item is newer): compared from {} to {}",
            args.old.display(),
            args.new.display(),
            args.old.display()
        );
        sides = (sides.1, sides.0);
    }
    let changes = diff(sides.0, sides.1);
    let mut stdout = std::io::stdout().lock();
    let written = if args.json {
        serde_json::to_string_pretty(&changes)
            .map_err(std::io::Error::other)
            .and_then(|text| writeln!(stdout, "{text}"))
    } else {
        text(&mut stdout, &changes)
    }
    .and_then(|()| stdout.flush());
    // Both loads' problems are reported; the exit code is the worse of the two.
    let code = super::finish(written, "the comparison", &old);
    if code == ExitCode::SUCCESS {
        super::finish(Ok(()), "the comparison", &new)
    } else {
        code
    }
}

fn text(out: &mut impl std::io::Write, d: &Diff) -> std::io::Result<()> {
    let day = |t: &Option<String>| {
        t.as_deref()
            .and_then(|t| t.get(..10))
            .unwrap_or("an unknown date")
            .to_string()
    };
    writeln!(
        out,
        "From {} (as of {}) to {} (as of {}):",
        d.old.sources.join(", "),
        day(&d.old.as_of),
        d.new.sources.join(", "),
        day(&d.new.as_of)
    )?;
    for (section, line) in d.summary_lines() {
        writeln!(out, "  {section}: {line}")?;
    }
    let mut list = |title: &str, items: Vec<String>| -> std::io::Result<()> {
        if items.is_empty() {
            return Ok(());
        }
        writeln!(out, "{title}:")?;
        for item in items.iter().take(LISTED) {
            writeln!(out, "  {item}")?;
        }
        if items.len() > LISTED {
            writeln!(out, "  and {} more", items.len() - LISTED)?;
        }
        Ok(())
    };
    let session = |s: &crate::analysis::diff::SessionItem| {
        format!(
            "{} {} ({}), created {}, last active {}",
            s.platform.title(),
            s.device,
            s.app,
            day(&s.created),
            day(&s.last_active)
        )
    };
    list("New sessions", d.sessions_new.iter().map(session).collect())?;
    list(
        "Ended sessions",
        d.sessions_ended.iter().map(session).collect(),
    )?;
    list(
        "New IP addresses",
        d.ips_new
            .iter()
            .map(|i| {
                format!(
                    "{} ({})",
                    i.ip,
                    crate::analysis::ip_country::place(i.ip).label()
                )
            })
            .collect(),
    )?;
    list(
        "New countries (where the new addresses are registered)",
        d.countries_new.clone(),
    )?;
    list(
        "Countries the later export names",
        d.countries_named_new.clone(),
    )?;
    let contact = |c: &crate::analysis::diff::ContactItem| {
        format!("{} {} {}", c.platform.title(), c.name, c.phone)
    };
    list(
        "Contacts added",
        d.contacts_added.iter().map(contact).collect(),
    )?;
    list(
        "Contacts removed",
        d.contacts_removed.iter().map(contact).collect(),
    )?;
    let conversation = |c: &crate::analysis::diff::ConversationItem| {
        format!("{} {} ({})", c.platform.title(), c.name, c.kind.label())
    };
    list(
        "Conversations joined",
        d.conversations_joined.iter().map(conversation).collect(),
    )?;
    list(
        "Conversations left",
        d.conversations_left.iter().map(conversation).collect(),
    )?;
    list(
        "New messages by conversation",
        d.messages_new_by_conversation
            .iter()
            .map(|n| format!("{} {}: {}", n.platform.title(), n.conversation, n.messages))
            .collect(),
    )?;
    list(
        "New payments",
        d.payments_new
            .iter()
            .map(|p| format!("{} {} {} {}", p.time, p.direction, p.amount, p.counterparty))
            .collect(),
    )?;
    Ok(())
}
