//! People: everyone the exports hold, merged across platforms (`analysis::people`), how
//! many companies know each, a searchable table, and one person side by side.

use std::cmp::Ordering;

use egui::RichText;

use super::findings::rtl_aligned;
use super::{chart, chart_card, chart_grid, count, matches, person, search_box, section, time};
use crate::analysis::people::Person;
use crate::analysis::{Detail, Shown};
use crate::chart::Chart;
use crate::model::Platform;
use crate::ui::app::{Command, FootprintApp};
use crate::ui::table::{self, Table};

const PLATFORMS: [Platform; 3] = [Platform::Telegram, Platform::WhatsApp, Platform::WeChat];

/// The table's column headers.
fn headers() -> [String; 9] {
    [
        crate::t!("people-col-name"),
        crate::t!("people-col-platforms"),
        crate::t!("people-col-address-books"),
        crate::t!("people-col-frequent"),
        crate::t!("people-col-you-sent"),
        crate::t!("people-col-they-sent"),
        crate::t!("people-col-groups"),
        crate::t!("people-col-first"),
        crate::t!("people-col-last"),
    ]
}

/// The headers' tooltips.
fn hints() -> [String; 9] {
    [
        crate::t!("people-col-name-hint"),
        crate::t!("people-col-platforms-hint"),
        crate::t!("people-col-address-books-hint"),
        crate::t!("people-col-frequent-hint"),
        crate::t!("people-col-you-sent-hint"),
        crate::t!("people-col-they-sent-hint"),
        crate::t!("people-col-groups-hint"),
        crate::t!("people-col-first-hint"),
        crate::t!("people-col-last-hint"),
    ]
}

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui, charts: &[Chart]) {
    let derived = app.derived.clone();
    let people = &derived.people;
    let (two, three) = people.on_several();
    rtl_aligned(ui, |ui| {
        ui.label(crate::t!(
            "people-summary",
            count = people.persons.len(),
            two = two,
            three = three
        ));
        ui.label(RichText::new(crate::t!("people-how-joined")).weak());
    });
    let shown = Shown {
        masker: app.mask.then_some(&derived.masker),
    };
    suggestions(app, ui, shown);
    ui.add_space(6.0);
    let pair: Vec<&Chart> = ["people-by-platforms", "people-top"]
        .iter()
        .filter_map(|id| chart(charts, id))
        .collect();
    chart_grid(app, ui, &pair, 300.0);

    section(ui, &crate::t!("people-everyone"));
    let query = search_box(ui, &mut app.view.people_search, &crate::t!("people-search"));
    let generation = app.generation();
    let state = &mut app.view.people_table;
    let sort = state.sort;
    let key = format!("{query}\u{0}{}", state.sort_key());
    let rows = state.rows(key, generation, || {
        let mut rows: Vec<usize> = people
            .persons
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                let mut texts: Vec<&str> = p.names.iter().map(|(_, n)| n.as_str()).collect();
                texts.extend(p.phones.iter().map(String::as_str));
                matches(&query, &texts)
            })
            .map(|(i, _)| i)
            .collect();
        if let Some(sort) = sort {
            rows.sort_by(|&a, &b| {
                let (Some(a), Some(b)) = (people.persons.get(a), people.persons.get(b)) else {
                    return Ordering::Equal;
                };
                let o = compare(a, b, sort.column);
                if sort.descending { o.reverse() } else { o }
            });
        }
        rows
    });
    // The messages each way, per platform, on hover over the totals.
    let per_platform = |r: usize, c: usize| -> Option<String> {
        let p = people.persons.get(r)?;
        let values = match c {
            4 => &p.sent,
            5 => &p.received,
            _ => return None,
        };
        let lines: Vec<String> = PLATFORMS
            .iter()
            .filter(|x| p.on[**x as usize])
            .map(|x| {
                crate::t!(
                    "people-per-platform",
                    platform = x.title(),
                    count = values[*x as usize]
                )
            })
            .collect();
        Some(lines.join("\n"))
    };
    let headers = headers();
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let hints = hints();
    let hints: Vec<&str> = hints.iter().map(String::as_str).collect();
    let no_name = crate::t!("people-no-name");
    let table = Table {
        id: "people_table",
        headers: &headers,
        header_hints: &hints,
        numeric: &[3, 4, 5, 6],
        sortable: &[0, 1, 3, 4, 5, 6, 7, 8],
        cell_hover: Some(&per_platform),
        link_column: Some(0),
    };
    table::show(ui, &table, &mut app.view.people_table, &rows, |r, c| {
        let Some(p) = people.persons.get(r) else {
            return String::new();
        };
        match c {
            0 if !p.name.trim().is_empty() => person(shown, Detail::Person, &p.name),
            1 => platform_list(&p.on),
            2 => platform_list(&p.in_address_book),
            3 => p
                .frequent_rating
                .map_or_else(|| "–".into(), |r| crate::i18n::format::decimal(r, 2)),
            0 if p.name.trim().is_empty() => no_name.clone(),
            4 => count(p.sent.iter().sum()),
            5 => count(p.received.iter().sum()),
            6 => count(p.shared_groups),
            7 => time(p.first),
            _ => time(p.last),
        }
    });
    if let Some(row) = app.view.people_table.clicked_row.take() {
        app.view.person = Some(row as u32);
    }

    // The person clicked, in a window of their own over the table.
    if let Some(p) = app.view.person.and_then(|i| people.persons.get(i as usize)) {
        let mut open = true;
        egui::Window::new(crate::t!(
            "people-window-title",
            name = person(shown, Detail::Person, &p.name)
        ))
        .id(egui::Id::unique("person_window"))
        .open(&mut open)
        .default_width(880.0)
        .default_height(620.0)
        .default_pos(ui.ctx().content_rect().center() - egui::vec2(440.0, 300.0))
        .vscroll(true)
        .show(ui.ctx(), |ui| {
            side_by_side(ui, p, shown);
            if let Some(c) = chart(charts, "person-activity") {
                ui.add_space(6.0);
                chart_card(app, ui, c, 220.0);
            }
        });
        if !open {
            app.view.person = None;
        }
    }
}

/// "Same person?" for same-named people on different platforms; a click merges them.
fn suggestions(app: &mut FootprintApp, ui: &mut egui::Ui, shown: Shown<'_>) {
    let derived = app.derived.clone();
    let people = &derived.people;
    if people.suggestions.is_empty() {
        return;
    }
    section(ui, &crate::t!("people-same-title"));
    rtl_aligned(ui, |ui| {
        ui.label(RichText::new(crate::t!("people-same-explain")).weak())
    });
    for &(a, b) in people.suggestions.iter().take(MAX_SUGGESTIONS) {
        let (Some(pa), Some(pb)) = (
            people.persons.get(a as usize),
            people.persons.get(b as usize),
        ) else {
            continue;
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(crate::t!(
                "people-same-pair",
                a = person(shown, Detail::Person, &pa.name),
                a_platforms = platform_list(&pa.on),
                b = person(shown, Detail::Person, &pb.name),
                b_platforms = platform_list(&pb.on)
            ));
            let busy = app.worker.is_some();
            if ui
                .add_enabled(
                    !busy,
                    egui::Button::new(crate::t!("people-same-button")).small(),
                )
                .on_hover_text(crate::t!("people-same-hover"))
                .clicked()
                && let (Some(x), Some(y)) = (first_name(pa), first_name(pb))
            {
                app.commands.push(Command::SamePerson(x, y));
            }
        });
    }
    if people.suggestions.len() > MAX_SUGGESTIONS {
        ui.label(
            RichText::new(crate::t!(
                "people-more",
                count = people.suggestions.len() - MAX_SUGGESTIONS
            ))
            .weak(),
        );
    }
}

/// Suggestions listed at once.
const MAX_SUGGESTIONS: usize = 10;

/// A person's first `(platform, name)`, the key a confirmation is kept under.
fn first_name(p: &Person) -> Option<(Platform, String)> {
    p.names.first().cloned()
}

/// Everything each platform holds about one person, one column per platform.
fn side_by_side(ui: &mut egui::Ui, p: &Person, shown: Shown<'_>) {
    let phones: Vec<String> = p
        .phones
        .iter()
        .map(|n| shown.text(Detail::Phone, n))
        .collect();
    line(
        ui,
        &crate::t!("people-phones"),
        &phones.join(crate::i18n::format::list_separator()),
    );
    let platforms: Vec<Platform> = PLATFORMS
        .into_iter()
        .filter(|x| p.on[*x as usize])
        .collect();
    ui.columns(platforms.len().max(1), |cols| {
        for (col, &platform) in cols.iter_mut().zip(&platforms) {
            let i = platform as usize;
            egui::Frame::group(col.style()).show(col, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(platform.title()).strong());
                let names: Vec<String> = p
                    .names
                    .iter()
                    .filter(|(pl, _)| *pl == platform)
                    .map(|(_, n)| person(shown, Detail::Person, n))
                    .collect();
                line(
                    ui,
                    &crate::t!("people-names"),
                    &names.join(crate::i18n::format::list_separator()),
                );
                let prefix = format!("{}:", platform_key(platform));
                let ids: Vec<String> = p
                    .ids
                    .iter()
                    .filter_map(|id| id.strip_prefix(&prefix))
                    .map(|id| shown.text(Detail::Username, id))
                    .collect();
                if !ids.is_empty() {
                    line(
                        ui,
                        &crate::t!("people-ids"),
                        &ids.join(crate::i18n::format::list_separator()),
                    );
                }
                let listed = if p.in_address_book[i] {
                    crate::t!("people-yes")
                } else {
                    crate::t!("people-no")
                };
                line(ui, &crate::t!("people-in-address-book"), &listed);
                if platform == Platform::Telegram
                    && let Some(r) = p.frequent_rating
                {
                    line(
                        ui,
                        &crate::t!("people-frequent-rating"),
                        &crate::i18n::format::decimal(r, 2),
                    );
                }
                line(ui, &crate::t!("people-you-sent"), &count(p.sent[i]));
                line(ui, &crate::t!("people-they-sent"), &count(p.received[i]));
            });
        }
    });
    ui.label(crate::t!(
        "people-first-last",
        first = time(p.first),
        last = time(p.last),
        count = p.shared_groups
    ));
}

fn line(ui: &mut egui::Ui, label: &str, value: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(label).weak());
        ui.label(if value.is_empty() { "–" } else { value });
    });
}

fn platform_key(p: Platform) -> &'static str {
    match p {
        Platform::Telegram => "telegram",
        Platform::WhatsApp => "whatsapp",
        Platform::WeChat => "wechat",
    }
}

/// "Telegram, WeChat" for the platforms set in `on`.
fn platform_list(on: &[bool; 3]) -> String {
    let names: Vec<&str> = PLATFORMS
        .iter()
        .filter(|p| on[**p as usize])
        .map(|p| p.title())
        .collect();
    if names.is_empty() {
        "–".into()
    } else {
        names.join(crate::i18n::format::list_separator())
    }
}

fn compare(a: &Person, b: &Person, column: usize) -> Ordering {
    match column {
        0 => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
        1 => a.platform_count().cmp(&b.platform_count()),
        3 => a
            .frequent_rating
            .unwrap_or(-1.0)
            .total_cmp(&b.frequent_rating.unwrap_or(-1.0)),
        4 => a.sent.iter().sum::<u64>().cmp(&b.sent.iter().sum()),
        5 => a.received.iter().sum::<u64>().cmp(&b.received.iter().sum()),
        6 => a.shared_groups.cmp(&b.shared_groups),
        7 => a.first.cmp(&b.first),
        _ => a.last.cmp(&b.last),
    }
}
