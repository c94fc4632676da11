//! The human-readable form of `footprint summary`.

use std::io::{self, Write};

use crate::analysis::Summary;
use crate::import::LoadOutcome;

pub fn write(out: &mut impl Write, summary: &Summary, outcome: &LoadOutcome) -> io::Result<()> {
    // Each source, then what its importer noted and warned about.
    for (source, read) in summary.sources.iter().zip(&outcome.footprint.sources) {
        writeln!(
            out,
            "{} ({}): {} records, {} warnings",
            source.path, source.format, source.records, source.warnings
        )?;
        match &source.owner.name {
            Some(name) => writeln!(out, "  you are: {name} ({})", source.owner.basis.id())?,
            None => writeln!(
                out,
                "  you are: unknown ({}); its messages are neither yours nor received",
                source.owner.basis.id()
            )?,
        }
        for note in &read.notes {
            writeln!(out, "  note: {note}")?;
        }
        for (kind, count, samples) in read.warnings.iter() {
            writeln!(out, "  warning: {} x{count}", kind.describe())?;
            for sample in samples {
                writeln!(out, "    {sample}")?;
            }
        }
    }
    for (platform, p) in &summary.platforms {
        writeln!(out)?;
        writeln!(out, "{}", platform.title())?;
        let line =
            |out: &mut dyn Write, label: &str, value: String| writeln!(out, "  {label:<22}{value}");
        line(out, "identity fields", p.identity_fields.join(", "))?;
        line(out, "contacts", p.contacts.to_string())?;
        line(out, "frequent contacts", p.frequent_contacts.to_string())?;
        line(
            out,
            "sessions",
            format!(
                "{} app, {} web, {} devices",
                p.sessions, p.web_sessions, p.devices
            ),
        )?;
        line(out, "IP addresses", p.ip_addresses.to_string())?;
        line(out, "countries", p.countries.join(", "))?;
        let kinds: Vec<String> = p
            .conversations
            .iter()
            .map(|(k, n)| format!("{n} {k}"))
            .collect();
        line(
            out,
            "conversations",
            format!("{} (+{} left)", kinds.join(", "), p.left_conversations),
        )?;
        line(
            out,
            "messages",
            format!(
                "{} ({} yours, {} received, {} with owner unknown; {} service events, {} senders)",
                p.messages,
                p.messages_sent,
                p.messages_received,
                p.messages_owner_unknown,
                p.service_events,
                p.senders
            ),
        )?;
        line(
            out,
            "period",
            format!(
                "{} to {}",
                p.first_message.as_deref().unwrap_or("-"),
                p.last_message.as_deref().unwrap_or("-")
            ),
        )?;
        if let Some(payments) = &p.payments {
            line(
                out,
                "payments",
                format!(
                    "{} ({} spent, {} received)",
                    payments.count, payments.expense, payments.income
                ),
            )?;
        }
    }
    Ok(())
}
