//! Conversations: inventory by kind, joined and left, the busiest, and a sortable,
//! searchable table.

use std::cmp::Ordering;

use super::{chart, chart_grid, count, matches, search_box, section, time};
use crate::analysis::Shown;
use crate::analysis::topics::ConversationRow;
use crate::chart::Chart;
use crate::model::ConversationKind;
use crate::ui::app::FootprintApp;
use crate::ui::table::{self, Table};

/// The table's column headers.
fn headers() -> [String; 8] {
    [
        crate::t!("conversations-col-name"),
        crate::t!("conversations-col-platform"),
        crate::t!("conversations-col-kind"),
        crate::t!("conversations-col-messages"),
        crate::t!("conversations-col-service"),
        crate::t!("conversations-col-sources"),
        crate::t!("conversations-col-first"),
        crate::t!("conversations-col-last"),
    ]
}

/// The headers' tooltips.
fn hints() -> [String; 8] {
    [
        String::new(),
        String::new(),
        String::new(),
        crate::t!("conversations-col-messages-hint"),
        crate::t!("conversations-col-service-hint"),
        crate::t!("conversations-col-sources-hint"),
        crate::t!("conversations-col-first-hint"),
        crate::t!("conversations-col-last-hint"),
    ]
}

/// "3 groups": `n` conversations of `kind`.
fn kind_count(kind: ConversationKind, n: u64) -> String {
    match kind {
        ConversationKind::Personal => crate::t!("conversations-kind-personal", count = n),
        ConversationKind::Group => crate::t!("conversations-kind-group", count = n),
        ConversationKind::Channel => crate::t!("conversations-kind-channel", count = n),
        ConversationKind::Bot => crate::t!("conversations-kind-bot", count = n),
        ConversationKind::Saved => crate::t!("conversations-kind-saved", count = n),
        ConversationKind::Other => crate::t!("conversations-kind-other", count = n),
    }
}
/// The column of message counts (the default sort).
pub const MESSAGES: usize = 3;

fn compare(a: &ConversationRow, b: &ConversationRow, column: usize) -> Ordering {
    match column {
        0 => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
        1 => a.platform.cmp(&b.platform),
        2 => a.kind_label.cmp(&b.kind_label),
        3 => a.messages.cmp(&b.messages),
        4 => a.service_events.cmp(&b.service_events),
        5 => a.sources.len().cmp(&b.sources.len()),
        6 => a.first.cmp(&b.first),
        _ => a.last.cmp(&b.last),
    }
}

/// "public group", or "public group · left".
fn kind_text(row: &ConversationRow) -> String {
    if row.left {
        crate::t!("conversations-kind-left", kind = &row.kind_label)
    } else {
        row.kind_label.clone()
    }
}

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui, charts: &[Chart]) {
    let derived = app.derived.clone();
    let data = &derived.conversations;
    let left: u64 = data.by_kind.iter().map(|k| k.2).sum();
    let kinds: Vec<String> = data
        .by_kind
        .iter()
        .filter(|k| k.1 + k.2 > 0)
        .map(|k| kind_count(k.0, k.1 + k.2))
        .collect();
    ui.label(crate::t!(
        "conversations-summary",
        count = data.rows.len(),
        kinds = kinds.join(crate::i18n::format::list_separator()),
        left = left
    ));
    ui.add_space(6.0);
    let list: Vec<&Chart> = [
        "conversations-by-kind",
        "conversations-top",
        "conversations-message-types",
    ]
    .iter()
    .filter_map(|id| chart(charts, id))
    .filter(|c| !c.is_empty() || c.id != "conversations-message-types")
    .collect();
    chart_grid(app, ui, &list, 320.0);

    section(ui, &crate::t!("conversations-all"));
    let query = search_box(
        ui,
        &mut app.view.conversations_search,
        &crate::t!("conversations-search"),
    );
    let generation = app.generation();
    let state = &mut app.view.conversations_table;
    let sort = state.sort;
    let key = format!("{query}\u{0}{}", state.sort_key());
    let rows = state.rows(key, generation, || {
        let mut rows: Vec<usize> = data
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| matches(&query, &[&r.name, &r.kind_label, r.platform.title()]))
            .map(|(i, _)| i)
            .collect();
        if let Some(sort) = sort {
            rows.sort_by(|&a, &b| {
                let (Some(a), Some(b)) = (data.rows.get(a), data.rows.get(b)) else {
                    return Ordering::Equal;
                };
                let o = compare(a, b, sort.column);
                if sort.descending { o.reverse() } else { o }
            });
        }
        rows
    });
    let shown = Shown {
        masker: app.mask.then_some(&derived.masker),
    };
    let sources = &derived.summary.sources;
    // Which exports know a conversation: their files, on hover over the count.
    let source_files = |r: usize, c: usize| -> Option<String> {
        let row = data.rows.get(r).filter(|_| c == 5 && !shown.is_masking())?;
        let files: Vec<&str> = row
            .sources
            .iter()
            .filter_map(|&s| sources.get(s as usize))
            .map(|s| s.path.as_str())
            .collect();
        Some(files.join("\n"))
    };
    let headers = headers();
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let hints = hints();
    let hints: Vec<&str> = hints.iter().map(String::as_str).collect();
    let table = Table {
        id: "conversations_table",
        headers: &headers,
        header_hints: &hints,
        numeric: &[3, 4, 5],
        sortable: &[0, 1, 2, 3, 4, 5, 6, 7],
        cell_hover: Some(&source_files),
        link_column: None,
    };
    table::show(
        ui,
        &table,
        &mut app.view.conversations_table,
        &rows,
        |r, c| {
            let Some(row) = data.rows.get(r) else {
                return String::new();
            };
            match c {
                0 => crate::analysis::topics::conversation_name(shown, row.kind, &row.name),
                1 => row.platform.title().to_string(),
                2 => kind_text(row),
                3 => count(row.messages),
                4 => count(row.service_events),
                5 => count(row.sources.len() as u64),
                6 => time(row.first),
                _ => time(row.last),
            }
        },
    );
}
