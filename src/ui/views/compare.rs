//! Compare: two exports of the same account loaded together, and what changed between
//! them (new and ended sessions, new addresses, contacts, conversations, messages and
//! payments), a summary line per section and a table under each.

use egui::RichText;

use super::findings::rtl_aligned;
use super::section;
use crate::analysis::diff::{AccountPair, Diff};
use crate::analysis::{Detail, Shown};
use crate::model::ConversationKind;
use crate::ui::app::FootprintApp;

/// Rows a section's table shows at most (each has its count in the summary line).
const ROWS: usize = 100;

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui) {
    let derived = app.derived.clone();
    let shown = Shown {
        masker: app.mask.then_some(&derived.masker),
    };
    rtl_aligned(ui, |ui| {
        ui.label(crate::t!("compare-intro"));
        if derived.comparisons.is_empty() {
            ui.label(RichText::new(crate::t!("compare-none")).weak());
        }
    });
    for (i, (pair, changes)) in derived.comparisons.iter().enumerate() {
        comparison(app, ui, i, pair, changes, shown);
    }
}

/// One collapsible table: its title, column headers and rows, and whether it starts open.
struct Section {
    title: String,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    open: bool,
}

impl Section {
    fn new(title: String, headers: &[String], rows: Vec<Vec<String>>) -> Self {
        Self {
            title,
            headers: headers.to_vec(),
            rows,
            open: false,
        }
    }
}

/// The day of an ISO time (`2024-03-31T12:00:00`) as the language writes it, or `None`.
fn day(t: &Option<String>) -> Option<String> {
    let day = t.as_deref()?.get(..10)?;
    Some(
        chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
            .map(crate::i18n::format::date)
            .unwrap_or_else(|_| day.to_string()),
    )
}

/// An ISO time (`2024-03-31T12:00:00`) as the language writes a date and time; the text
/// as it is (`T` made a space) when it is not one.
fn day_time(t: &str) -> String {
    chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S")
        .map(crate::i18n::format::date_time)
        .unwrap_or_else(|_| t.replace('T', " "))
}

/// A conversation kind, as the tables name it.
fn kind_name(kind: ConversationKind) -> String {
    match kind {
        ConversationKind::Personal => crate::t!("compare-kind-personal"),
        ConversationKind::Group => crate::t!("compare-kind-group"),
        ConversationKind::Channel => crate::t!("compare-kind-channel"),
        ConversationKind::Bot => crate::t!("compare-kind-bot"),
        ConversationKind::Saved => crate::t!("compare-kind-saved"),
        ConversationKind::Other => crate::t!("compare-kind-other"),
    }
}

/// A session kind of a diff (`app`, `web`: its JSON value) in words.
fn session_kind(kind: &str) -> String {
    match kind {
        "web" => crate::t!("compare-session-web"),
        "app" => crate::t!("compare-session-app"),
        other => other.to_string(),
    }
}

/// A payment direction of a diff (`expense`, `income`, `neutral`: its JSON value) in words.
fn direction(direction: &str) -> String {
    match direction {
        "expense" => crate::t!("compare-expense"),
        "income" => crate::t!("compare-income"),
        "neutral" => crate::t!("compare-neutral"),
        other => other.to_string(),
    }
}

/// Where an address is registered: its country code (kept as the code), or, for
/// `private` and `unknown`, those words.
fn registered(country: &str) -> String {
    match country {
        "private" => crate::t!("compare-country-private"),
        "unknown" => crate::t!("compare-country-unknown"),
        code => code.to_string(),
    }
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
        crate::t!("compare-one-account")
    } else {
        pair.account.clone()
    };
    section(
        ui,
        &crate::t!(
            "compare-title",
            platform = pair.platform.title(),
            account = account
        ),
    );
    let paths = |paths: &[String], offset: usize| {
        if shown.is_masking() {
            crate::t!("compare-export-masked", number = offset + 1)
        } else {
            paths.join(crate::i18n::format::list_separator())
        }
    };
    let as_of = |t: &Option<String>| day(t).unwrap_or_else(|| crate::t!("compare-unknown-date"));
    ui.label(
        RichText::new(crate::t!(
            "compare-sides",
            earlier = paths(&d.old.sources, 0),
            earlier_date = as_of(&d.old.as_of),
            later = paths(&d.new.sources, 1),
            later_date = as_of(&d.new.as_of)
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
    let day_of = |t: &Option<String>| day(t).unwrap_or_else(|| "–".to_string());
    let mut tables: Vec<Section> = Vec::new();
    let sessions = |list: &[crate::analysis::diff::SessionItem]| -> Vec<Vec<String>> {
        list.iter()
            .map(|s| {
                vec![
                    s.device.clone(),
                    s.app.clone(),
                    session_kind(s.kind),
                    day_of(&s.created),
                    day_of(&s.last_active),
                ]
            })
            .collect()
    };
    let session_headers = [
        crate::t!("compare-col-device"),
        crate::t!("compare-col-app"),
        crate::t!("compare-col-kind"),
        crate::t!("compare-col-created"),
        crate::t!("compare-col-last-active"),
    ];
    // Sessions open: what a person most likely wants to check.
    tables.push(Section {
        open: true,
        ..Section::new(
            crate::t!("compare-new-sessions"),
            &session_headers,
            sessions(&d.sessions_new),
        )
    });
    tables.push(Section {
        open: true,
        ..Section::new(
            crate::t!("compare-ended-sessions"),
            &session_headers,
            sessions(&d.sessions_ended),
        )
    });
    tables.push(Section::new(
        crate::t!("compare-new-ips"),
        &[
            crate::t!("compare-col-address"),
            crate::t!("compare-col-registered"),
        ],
        d.ips_new
            .iter()
            .map(|i| vec![shown.ip(i.ip), registered(&i.country)])
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
    let contact_headers = [
        crate::t!("compare-col-name"),
        crate::t!("compare-col-phone"),
    ];
    tables.push(Section::new(
        crate::t!("compare-contacts-added"),
        &contact_headers,
        contacts(&d.contacts_added),
    ));
    tables.push(Section::new(
        crate::t!("compare-contacts-removed"),
        &contact_headers,
        contacts(&d.contacts_removed),
    ));
    let marked_left = crate::t!("compare-marked-left");
    let conversations = |list: &[crate::analysis::diff::ConversationItem]| -> Vec<Vec<String>> {
        list.iter()
            .map(|c| {
                vec![
                    crate::analysis::topics::conversation_name(shown, c.kind, &c.name),
                    kind_name(c.kind),
                    if c.marked_left {
                        marked_left.clone()
                    } else {
                        String::new()
                    },
                ]
            })
            .collect()
    };
    tables.push(Section::new(
        crate::t!("compare-conversations-joined"),
        &[
            crate::t!("compare-col-conversation"),
            crate::t!("compare-col-kind"),
            String::new(),
        ],
        conversations(&d.conversations_joined),
    ));
    tables.push(Section::new(
        crate::t!("compare-conversations-left"),
        &[
            crate::t!("compare-col-conversation"),
            crate::t!("compare-col-kind"),
            crate::t!("compare-col-how"),
        ],
        conversations(&d.conversations_left),
    ));
    tables.push(Section::new(
        crate::t!("compare-new-messages"),
        &[
            crate::t!("compare-col-conversation"),
            crate::t!("compare-col-messages"),
        ],
        d.messages_new_by_conversation
            .iter()
            .map(|n| {
                vec![
                    crate::analysis::topics::conversation_name(shown, n.kind, &n.conversation),
                    super::count(n.messages),
                ]
            })
            .collect(),
    ));
    tables.push(Section::new(
        crate::t!("compare-new-payments"),
        &[
            crate::t!("compare-col-time"),
            crate::t!("compare-col-counterparty"),
            crate::t!("compare-col-amount"),
            crate::t!("compare-col-direction"),
        ],
        d.payments_new
            .iter()
            .map(|p| {
                vec![
                    day_time(&p.time),
                    shown.text(Detail::Counterparty, &p.counterparty),
                    p.amount.clone(),
                    direction(p.direction),
                ]
            })
            .collect(),
    ));
    // Ids by position in the list (the same in every language, unlike the titles).
    for (k, table) in tables.into_iter().enumerate() {
        let Section {
            title,
            headers,
            rows,
            open,
        } = table;
        if rows.is_empty() {
            continue;
        }
        let total = rows.len();
        egui::CollapsingHeader::new(crate::t!(
            "compare-table-title",
            title = &title,
            count = total
        ))
        .id_salt(("compare", index, k))
        .default_open(open)
        .show(ui, |ui| {
            egui::Grid::new(("compare_grid", index, k))
                .num_columns(headers.len())
                .spacing([16.0, 4.0])
                .striped(true)
                .show(ui, |ui| {
                    for h in &headers {
                        ui.label(RichText::new(h).strong());
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
                    RichText::new(crate::t!("compare-more-rows", shown = ROWS, count = total))
                        .weak(),
                );
            }
        });
    }
    let _ = app;
}
