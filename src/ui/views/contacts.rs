//! Contacts: how many, when they were added, Telegram's frequent-contacts ranking, and a
//! searchable table.

use super::{chart, chart_grid, matches, person, search_box, section, time};
use crate::analysis::{Detail, Shown};
use crate::chart::Chart;
use crate::ui::app::FootprintApp;
use crate::ui::table::{self, Table};

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui, charts: &[Chart]) {
    let derived = app.derived.clone();
    let data = &derived.contacts;
    ui.label(crate::t!(
        "contacts-summary",
        count = data.rows.len(),
        frequent = data.frequent.len()
    ));
    ui.add_space(6.0);
    let list: Vec<&Chart> = ["contacts-added", "contacts-frequent"]
        .iter()
        .filter_map(|id| chart(charts, id))
        .collect();
    chart_grid(app, ui, &list, 280.0);

    section(ui, &crate::t!("contacts-address-book"));
    let query = search_box(
        ui,
        &mut app.view.contacts_search,
        &crate::t!("contacts-search"),
    );
    let shown = Shown {
        masker: app.mask.then_some(&derived.masker),
    };
    let generation = app.generation();
    let rows = app.view.contacts_table.rows(query.clone(), generation, || {
        data.rows
            .iter()
            .enumerate()
            .filter(|(_, r)| matches(&query, &[&r.name, &r.phone]))
            .map(|(i, _)| i)
            .collect()
    });
    let headers = [
        crate::t!("contacts-col-name"),
        crate::t!("contacts-col-phone"),
        crate::t!("contacts-col-platform"),
        crate::t!("contacts-col-added"),
    ];
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let no_name = crate::t!("contacts-no-name");
    let table = Table {
        id: "contacts_table",
        headers: &headers,
        header_hints: &[],
        numeric: &[],
        sortable: &[],
        cell_hover: None,
        link_column: None,
    };
    table::show(ui, &table, &mut app.view.contacts_table, &rows, |r, c| {
        let Some(row) = data.rows.get(r) else {
            return String::new();
        };
        match c {
            0 if row.name.trim().is_empty() => no_name.clone(),
            0 => person(shown, Detail::Person, &row.name),
            1 => shown.text(Detail::Phone, &row.phone),
            2 => row.platform.title().to_string(),
            _ => time(row.added),
        }
    });
}
