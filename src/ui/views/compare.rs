//! Compare: two exports of the same account loaded together, and what changed between
//! them (new and ended sessions, new addresses, contacts, conversations, messages and
//! payments), a summary line per section and a table under each.

use egui::RichText;

use super::{plural, section};
use crate::analysis::diff::{AccountPair, Diff};
use crate::analysis::{Detail, Shown, conversation_detail};
use crate::ui::app::FootprintApp;

/// Rows a section's table shows at most (each has its count in the summary line).
const ROWS: usize = 100;

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui) {
    let derived = app.derived.clone();
    let shown = Shown {
        masker: app.mask.then_some(&derived.masker),
    };
    ui.label(
        "Two exports of the same account are loaded. Everywhere else what they share counts once; here is what changed between them.",
    );
    if derived.comparisons.is_empty() {
        ui.label(RichText::new("No two exports of one account are loaded.").weak());
    }
    for (i, (pair, changes)) in derived.comparisons.iter().enumerate() {
        comparison(app, ui, i, pair, changes, shown);
    }
}

/// A section's title, column headers and rows.
type Section = (&'static str, &'static [&'static str], Vec<Vec<String>>);

/// "2024-03-31", or "an unknown date".
fn day(t: &Option<String>) -> String {
    t.as_deref()
        .and_then(|t| t.get(..10))
        .unwrap_or("an unknown date")
        .to_string()
}

fn comparison(
    app: &mut FootprintApp,
    ui: &mut egui::Ui,
    index: usize,
    pair: &AccountPair,
    d: &Diff,
    shown: Shown<'_>,
) {
    let account = if shown.is_masking() {
        "one account".to_string()
    } else {
        pair.account.clone()
    };
    section(
        ui,
        &format!("{}: two exports of {account}", pair.platform.title()),
    );
    let paths = |paths: &[String], offset: usize| {
        if shown.is_masking() {
            format!("export {}", offset + 1)
        } else {
            paths.join(", ")
        }
    };
    ui.label(
        RichText::new(format!(
            "Earlier: {} (latest item {}) · later: {} (latest item {})",
            paths(&d.old.sources, 0),
            day(&d.old.as_of),
            paths(&d.new.sources, 1),
            day(&d.new.as_of)
        ))
        .weak(),
    );
    ui.add_space(4.0);
    egui::Grid::new(("compare_summary", index))
        .num_columns(2)
        .spacing([18.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for (name, line) in d.summary_lines() {
                ui.label(RichText::new(name).strong());
                ui.label(line);
                ui.end_row();
            }
        });
    let day_of = |t: &Option<String>| day(t).replace("an unknown date", "–");
    let mut tables: Vec<Section> = Vec::new();
    let sessions = |list: &[crate::analysis::diff::SessionItem]| -> Vec<Vec<String>> {
        list.iter()
            .map(|s| {
                vec![
                    s.device.clone(),
                    s.app.clone(),
                    s.kind.to_string(),
                    day_of(&s.created),
                    day_of(&s.last_active),
                ]
            })
            .collect()
    };
    const SESSION_HEADERS: &[&str] =
        &["Device or website", "App", "Kind", "Created", "Last active"];
    tables.push(("New sessions", SESSION_HEADERS, sessions(&d.sessions_new)));
    tables.push((
        "Ended sessions",
        SESSION_HEADERS,
        sessions(&d.sessions_ended),
    ));
    tables.push((
        "New IP addresses",
        &["Address", "Registered in"],
        d.ips_new
            .iter()
            .map(|i| vec![shown.ip(i.ip), i.country.clone()])
            .collect(),
    ));
    let contacts = |list: &[crate::analysis::diff::ContactItem]| -> Vec<Vec<String>> {
        list.iter()
            .map(|c| {
                vec![
                    shown.text(Detail::Person, &c.name),
                    shown.text(Detail::Phone, &c.phone),
                ]
            })
            .collect()
    };
    tables.push((
        "Contacts added",
        &["Name", "Phone"],
        contacts(&d.contacts_added),
    ));
    tables.push((
        "Contacts removed",
        &["Name", "Phone"],
        contacts(&d.contacts_removed),
    ));
    let conversations = |list: &[crate::analysis::diff::ConversationItem]| -> Vec<Vec<String>> {
        list.iter()
            .map(|c| {
                vec![
                    shown.text(conversation_detail(c.kind), &c.name),
                    c.kind.label().to_string(),
                    if c.marked_left {
                        "marked as left".into()
                    } else {
                        String::new()
                    },
                ]
            })
            .collect()
    };
    tables.push((
        "Conversations joined",
        &["Conversation", "Kind", ""],
        conversations(&d.conversations_joined),
    ));
    tables.push((
        "Conversations left",
        &["Conversation", "Kind", "How"],
        conversations(&d.conversations_left),
    ));
    tables.push((
        "New messages by conversation",
        &["Conversation", "Messages"],
        d.messages_new_by_conversation
            .iter()
            .map(|n| {
                vec![
                    shown.text(conversation_detail(n.kind), &n.conversation),
                    super::count(n.messages),
                ]
            })
            .collect(),
    ));
    tables.push((
        "New payments",
        &["Time", "Counterparty", "Amount", "Direction"],
        d.payments_new
            .iter()
            .map(|p| {
                vec![
                    p.time.replace('T', " "),
                    shown.text(Detail::Counterparty, &p.counterparty),
                    p.amount.clone(),
                    p.direction.to_string(),
                ]
            })
            .collect(),
    ));
    for (title, headers, rows) in tables {
        if rows.is_empty() {
            continue;
        }
        let total = rows.len();
        egui::CollapsingHeader::new(format!("{title} ({total})"))
            .id_salt(("compare", index, title))
            // Sessions open: what a person most likely wants to check.
            .default_open(title.ends_with("sessions"))
            .show(ui, |ui| {
                egui::Grid::new(("compare_grid", index, title))
                    .num_columns(headers.len())
                    .spacing([16.0, 4.0])
                    .striped(true)
                    .show(ui, |ui| {
                        for h in headers {
                            ui.label(RichText::new(*h).strong());
                        }
                        ui.end_row();
                        for row in rows.iter().take(ROWS) {
                            for cell in row {
                                ui.label(cell);
                            }
                            ui.end_row();
                        }
                    });
                if total > ROWS {
                    ui.label(
                        RichText::new(format!(
                            "The first {ROWS} of {}; footprint diff --json lists all.",
                            plural(total as u64, "row", "rows")
                        ))
                        .weak(),
                    );
                }
            });
    }
    let _ = app;
}
