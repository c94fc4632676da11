//! Sessions & devices: the session timeline, device / system / app breakdowns, the IP
//! addresses and places, and logins over time.

use super::{chart, chart_card, chart_grid, count, matches, plural, search_box, section, time};
use crate::analysis::Shown;
use crate::chart::Chart;
use crate::model::SessionKind;
use crate::ui::app::FootprintApp;
use crate::ui::table::{self, Table};

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui, charts: &[Chart]) {
    let derived = app.derived.clone();
    let data = &derived.sessions;
    let apps = data
        .sessions
        .iter()
        .filter(|s| s.kind == SessionKind::App)
        .count();
    ui.label(format!(
        "{}, {} logged in with the platform, {}, {} from notifications.",
        plural(apps as u64, "app session", "app sessions"),
        plural((data.sessions.len() - apps) as u64, "website", "websites"),
        plural(data.ips.len() as u64, "IP address", "IP addresses"),
        plural(data.logins.len() as u64, "login", "logins")
    ));
    ui.add_space(6.0);
    if let Some(c) = chart(charts, "sessions-timeline") {
        chart_card(app, ui, c, 160.0);
    }
    let list: Vec<&Chart> = [
        "session-devices",
        "session-systems",
        "session-apps",
        "session-countries",
        "logins-per-month",
    ]
    .iter()
    .filter_map(|id| chart(charts, id))
    .filter(|c| !c.is_empty())
    .collect();
    chart_grid(app, ui, &list, 240.0);

    let shown = Shown {
        masker: app.mask.then_some(&derived.masker),
    };
    let generation = app.generation();
    section(ui, "Sessions");
    let rows = app.view.sessions_table.rows(String::new(), generation, || {
        (0..data.sessions.len()).collect()
    });
    let table = Table {
        id: "sessions_table",
        headers: &[
            "Device",
            "App",
            "System",
            "IP address",
            "Place",
            "Created",
            "Last active",
        ],
        header_hints: &[],
        numeric: &[],
        sortable: &[],
        cell_hover: None,
        link_column: None,
    };
    table::show(ui, &table, &mut app.view.sessions_table, &rows, |r, c| {
        let Some(s) = data.sessions.get(r) else {
            return String::new();
        };
        match c {
            0 => {
                if s.kind == SessionKind::Web {
                    format!("{} (website)", s.website)
                } else {
                    s.device.clone()
                }
            }
            1 => s.app.clone(),
            2 => s.system.clone(),
            3 => s.ip.map(|ip| shown.ip(ip)).unwrap_or_default(),
            4 => s.place.clone(),
            5 => time(s.created),
            _ => time(s.last_active),
        }
    });

    section(ui, "IP addresses");
    let query = search_box(ui, &mut app.view.ip_search, "Search addresses and places");
    let rows = app.view.ip_table.rows(query.clone(), generation, || {
        data.ips
            .iter()
            .enumerate()
            .filter(|(_, r)| matches(&query, &[&r.ip.to_string(), &r.places, &r.origins]))
            .map(|(i, _)| i)
            .collect()
    });
    let table = Table {
        id: "ip_table",
        headers: &["Address", "Seen", "Where seen", "First", "Last", "Places"],
        header_hints: &["", "how many times the exports name it", "", "", "", ""],
        numeric: &[1],
        sortable: &[],
        cell_hover: None,
        link_column: None,
    };
    table::show(ui, &table, &mut app.view.ip_table, &rows, |r, c| {
        let Some(row) = data.ips.get(r) else {
            return String::new();
        };
        match c {
            0 => shown.ip(row.ip),
            1 => count(row.seen),
            2 => row.origins.clone(),
            3 => time(row.first),
            4 => time(row.last),
            _ => row.places.clone(),
        }
    });

    if !data.logins.is_empty() {
        section(ui, "Logins from notifications");
        let rows = app.view.logins_table.rows(String::new(), generation, || {
            (0..data.logins.len()).collect()
        });
        let table = Table {
            id: "logins_table",
            headers: &["Time", "Device", "Location", "IP address"],
            header_hints: &[],
            numeric: &[],
            sortable: &[],
            cell_hover: None,
            link_column: None,
        };
        table::show(ui, &table, &mut app.view.logins_table, &rows, |r, c| {
            let Some(l) = data.logins.get(r) else {
                return String::new();
            };
            match c {
                0 => time(Some(l.time)),
                1 => l.device.clone(),
                2 => l.location.clone(),
                _ => l.ip.map(|ip| shown.ip(ip)).unwrap_or_default(),
            }
        });
    }
}
