//! Conversations: inventory by kind, joined and left, the busiest, and a sortable,
//! searchable table.

use egui::RichText;

use super::{chart, chart_grid, count, matches, person, search_box, section, time};
use crate::analysis::topics::ConversationRow;
use crate::analysis::{Shown, conversation_detail};
use crate::chart::Chart;
use crate::ui::app::FootprintApp;

/// The column the table is sorted by, and whether descending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: usize,
    pub descending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Self {
            column: 3,
            descending: true,
        }
    }
}

const HEADERS: [&str; 7] = [
    "Name", "Platform", "Kind", "Messages", "Service", "First", "Last",
];

fn compare(a: &ConversationRow, b: &ConversationRow, column: usize) -> std::cmp::Ordering {
    match column {
        0 => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
        1 => a.platform.cmp(&b.platform),
        2 => a.raw_kind.cmp(&b.raw_kind),
        3 => a.messages.cmp(&b.messages),
        4 => a.service_events.cmp(&b.service_events),
        5 => a.first.cmp(&b.first),
        _ => a.last.cmp(&b.last),
    }
}

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui, charts: &[Chart]) {
    let derived = app.derived.clone();
    let data = &derived.conversations;
    let left = data.rows.iter().filter(|r| r.left).count();
    let kinds: Vec<String> = data
        .by_kind
        .iter()
        .filter(|k| k.1 + k.2 > 0)
        .map(|k| format!("{} {}", k.1 + k.2, k.0.id()))
        .collect();
    ui.label(format!(
        "{} conversations ({}), {} of them left.",
        data.rows.len(),
        kinds.join(", "),
        left
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

    section(ui, "All conversations");
    let query = search_box(
        ui,
        &mut app.view.conversations_search,
        "Search conversations",
    );
    let sort = app.view.conversations_sort;
    let key = format!("{query}\u{0}{}{}", sort.column, sort.descending);
    let generation = app.generation();
    let order = app.view.conversations_rows.get(key, generation, || {
        let mut rows: Vec<usize> = data
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| matches(&query, &[&r.name, &r.raw_kind]))
            .map(|(i, _)| i)
            .collect();
        rows.sort_by(|&a, &b| {
            let (Some(a), Some(b)) = (data.rows.get(a), data.rows.get(b)) else {
                return std::cmp::Ordering::Equal;
            };
            let o = compare(a, b, sort.column);
            if sort.descending { o.reverse() } else { o }
        });
        rows
    });
    let shown = Shown {
        masker: app.mask.then_some(&derived.masker),
    };
    let mut clicked_header = None;
    ui.push_id("conversations_table", |ui| {
        let mut builder = egui_extras::TableBuilder::new(ui)
            .striped(true)
            .resizable(true)
            .vscroll(true)
            .max_scroll_height(420.0)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
        builder = builder.column(
            egui_extras::Column::initial(260.0)
                .at_least(120.0)
                .clip(true),
        );
        for _ in 1..HEADERS.len() - 1 {
            builder = builder.column(egui_extras::Column::auto().at_least(70.0));
        }
        builder = builder.column(egui_extras::Column::remainder().at_least(110.0));
        builder
            .header(24.0, |mut header| {
                for (i, h) in HEADERS.iter().enumerate() {
                    header.col(|ui| {
                        let arrow = if sort.column == i {
                            if sort.descending { " ⏷" } else { " ⏶" }
                        } else {
                            ""
                        };
                        if ui
                            .add(
                                egui::Button::new(RichText::new(format!("{h}{arrow}")).strong())
                                    .frame(false),
                            )
                            .on_hover_text("Sort by this column")
                            .clicked()
                        {
                            clicked_header = Some(i);
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(20.0, order.len(), |mut row| {
                    let Some(c) = order.get(row.index()).and_then(|&i| data.rows.get(i)) else {
                        return;
                    };
                    let name = person(shown, conversation_detail(c.kind), &c.name);
                    let kind = if c.left {
                        format!("{} (left)", c.raw_kind)
                    } else {
                        c.raw_kind.clone()
                    };
                    let cells = [
                        name,
                        c.platform.title().to_string(),
                        kind,
                        count(c.messages),
                        count(c.service_events),
                        time(c.first),
                        time(c.last),
                    ];
                    // The name is already in visual order (`person`); the rest is plain.
                    for cell in cells {
                        row.col(|ui| {
                            ui.add(egui::Label::new(cell).truncate());
                        });
                    }
                });
            });
    });
    if let Some(i) = clicked_header {
        let s = &mut app.view.conversations_sort;
        if s.column == i {
            s.descending = !s.descending;
        } else {
            *s = Sort {
                column: i,
                descending: i >= 3,
            };
        }
    }
}
