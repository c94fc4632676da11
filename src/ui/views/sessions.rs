//! Sessions & devices: the session timeline, device / system / app breakdowns, the IP
//! addresses and places, and logins over time.

use egui::RichText;

use super::findings::rtl_aligned;
use super::{chart, chart_card, chart_grid, count, matches, search_box, section, time};
use crate::analysis::ip_country::IpPlace;
use crate::analysis::topics::{IDLE_SESSION_DAYS, SessionRow};
use crate::analysis::{Shown, now, span};
use crate::chart::{Chart, platform_color};
use crate::model::{Platform, SessionKind, WallTime};
use crate::ui::app::FootprintApp;
use crate::ui::plot::color;
use crate::ui::table::{self, Table};

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui, charts: &[Chart]) {
    let derived = app.derived.clone();
    let data = &derived.sessions;
    let apps = data
        .sessions
        .iter()
        .filter(|s| s.kind == SessionKind::App)
        .count();
    ui.label(crate::t!(
        "sessions-summary",
        apps = apps,
        websites = data.sessions.len() - apps,
        ips = data.ips.len(),
        logins = data.logins.len()
    ));
    ui.add_space(6.0);
    map_controls(app, ui);
    // Countries are not personal details, so masking keeps them unless asked to hide them.
    let hide = app.mask && app.view.hide_countries;
    let hidden_text = crate::t!("sessions-hidden");
    let hidden = |text: String| {
        if hide && !text.is_empty() {
            hidden_text.clone()
        } else {
            text
        }
    };
    if let Some(c) = chart(charts, "ip-map").filter(|_| !hide) {
        chart_card(app, ui, c, 340.0);
        rtl_aligned(ui, |ui| {
            ui.label(RichText::new(crate::t!("sessions-map-note")).weak())
        });
    }
    devices(app, ui, hide);
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
    section(ui, &crate::t!("sessions-all"));
    let rows = app.view.sessions_table.rows(String::new(), generation, || {
        (0..data.sessions.len()).collect()
    });
    let headers = [
        crate::t!("sessions-col-device"),
        crate::t!("sessions-col-app"),
        crate::t!("sessions-col-system"),
        crate::t!("sessions-col-ip"),
        crate::t!("sessions-col-place"),
        crate::t!("sessions-col-created"),
        crate::t!("sessions-col-last-active"),
    ];
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let table = Table {
        id: "sessions_table",
        headers: &headers,
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
                    crate::t!("sessions-website", website = &s.website)
                } else {
                    s.device.clone()
                }
            }
            1 => s.app.clone(),
            2 => s.system.clone(),
            3 => s.ip.map(|ip| shown.ip(ip)).unwrap_or_default(),
            4 => hidden(s.place.clone()),
            5 => time(s.created),
            _ => time(s.last_active),
        }
    });

    section(ui, &crate::t!("sessions-ip-title"));
    let mut countries: Vec<String> = data
        .ips
        .iter()
        .filter(|_| !hide)
        .flat_map(|r| {
            r.countries
                .iter()
                .cloned()
                .chain(std::iter::once(place_name(&r.registered)))
        })
        .collect();
    countries.sort_unstable();
    countries.dedup();
    let query = ui
        .horizontal(|ui| {
            let query = search_box(
                ui,
                &mut app.view.ip_search,
                &crate::t!("sessions-ip-search"),
            );
            if !countries.is_empty() {
                let all = crate::t!("sessions-all-countries");
                let chosen = app.view.ip_country.clone();
                egui::ComboBox::from_id_salt("ip_country")
                    .selected_text(chosen.as_deref().unwrap_or(&all))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut app.view.ip_country, None, &all);
                        for c in &countries {
                            ui.selectable_value(&mut app.view.ip_country, Some(c.clone()), c);
                        }
                    });
            }
            query
        })
        .inner;
    let country = app.view.ip_country.clone();
    let key = format!("{query}\u{0}{}", country.as_deref().unwrap_or(""));
    let rows = app.view.ip_table.rows(key, generation, || {
        data.ips
            .iter()
            .enumerate()
            .filter(|(_, r)| matches(&query, &[&r.ip.to_string(), &r.places, &r.origins]))
            .filter(|(_, r)| {
                country
                    .as_ref()
                    .is_none_or(|c| r.countries.contains(c) || place_name(&r.registered) == *c)
            })
            .map(|(i, _)| i)
            .collect()
    });
    rtl_aligned(ui, |ui| {
        ui.label(
            RichText::new(crate::t!(
                "sessions-ip-note",
                database = crate::analysis::ip_country::database_label()
            ))
            .weak(),
        )
    });
    let headers = [
        crate::t!("sessions-col-address"),
        crate::t!("sessions-col-seen"),
        crate::t!("sessions-col-where-seen"),
        crate::t!("sessions-col-first"),
        crate::t!("sessions-col-last"),
        crate::t!("sessions-col-registered"),
        crate::t!("sessions-col-export-says"),
        crate::t!("sessions-col-places"),
    ];
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let hints = [
        String::new(),
        crate::t!("sessions-col-seen-hint"),
        String::new(),
        String::new(),
        String::new(),
        crate::t!("sessions-col-registered-hint"),
        crate::t!("sessions-col-export-says-hint"),
        String::new(),
    ];
    let hints: Vec<&str> = hints.iter().map(String::as_str).collect();
    let table = Table {
        id: "ip_table",
        headers: &headers,
        header_hints: &hints,
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
            5 => hidden(place_name(&row.registered)),
            6 => hidden(row.countries.join(crate::i18n::format::list_separator())),
            _ => hidden(row.places.clone()),
        }
    });

    if !data.logins.is_empty() {
        section(ui, &crate::t!("sessions-logins"));
        let rows = app.view.logins_table.rows(String::new(), generation, || {
            (0..data.logins.len()).collect()
        });
        let headers = [
            crate::t!("sessions-col-time"),
            crate::t!("sessions-col-device"),
            crate::t!("sessions-col-location"),
            crate::t!("sessions-col-ip"),
        ];
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        let table = Table {
            id: "logins_table",
            headers: &headers,
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
                2 => hidden(l.location.clone()),
                _ => l.ip.map(|ip| shown.ip(ip)).unwrap_or_default(),
            }
        });
    }
}

/// A registered place for a person: the country's name ("Germany"), else the range's kind.
fn place_name(place: &IpPlace) -> String {
    match place {
        IpPlace::Country(code) => crate::chart::world::country_name(code),
        other => other.label().to_string(),
    }
}

/// Above the map: shade by IP addresses or by logins (when there are logins), and with
/// Mask on, whether countries are hidden too.
fn map_controls(app: &mut FootprintApp, ui: &mut egui::Ui) {
    let has_logins = !app.derived.sessions.logins.is_empty();
    if !has_logins && !app.mask {
        return;
    }
    let hidden = app.mask && app.view.hide_countries;
    ui.horizontal(|ui| {
        if has_logins && !hidden {
            ui.label(crate::t!("sessions-map-by"));
            ui.selectable_value(
                &mut app.view.map_by_logins,
                false,
                crate::t!("sessions-map-by-ips"),
            );
            ui.selectable_value(
                &mut app.view.map_by_logins,
                true,
                crate::t!("sessions-map-by-logins"),
            );
        }
        if app.mask {
            ui.checkbox(
                &mut app.view.hide_countries,
                crate::t!("sessions-hide-countries"),
            )
            .on_hover_text(crate::t!("sessions-hide-countries-hover"));
        }
    });
}

/// Cards of the devices and websites logged in, like the "Devices" page of a phone: the
/// most recently active first (the current one), each with its app, system, active dates
/// (and how long ago), last address and place; idle ones marked, with how to end them.
fn devices(app: &mut FootprintApp, ui: &mut egui::Ui, hide_countries: bool) {
    let derived = app.derived.clone();
    let data = &derived.sessions;
    if data.sessions.is_empty() {
        return;
    }
    let shown = Shown {
        masker: app.mask.then_some(&derived.masker),
    };
    let now = now();
    let order = device_order(&data.sessions);
    section(ui, &crate::t!("sessions-devices"));
    rtl_aligned(ui, |ui| {
        ui.label(
            RichText::new(crate::t!(
                "sessions-devices-note",
                months = IDLE_SESSION_DAYS / 30
            ))
            .weak(),
        )
    });
    // As many cards a row as fit, each as wide as the row allows (never wider than the
    // window: a card placed past the edge would widen the whole view).
    const MIN_CARD: f32 = 340.0;
    const GAP: f32 = 10.0;
    let available = ui.available_width();
    let per_row = ((available + GAP) / (MIN_CARD + GAP)).floor().max(1.0) as usize;
    // The frame's margins and stroke come on top of the width set inside it.
    let card_width = (available - GAP * (per_row as f32 - 1.0)) / per_row as f32 - 22.0;
    for (row, chunk) in order.chunks(per_row).enumerate() {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = GAP;
            for (k, &i) in chunk.iter().enumerate() {
                let Some(s) = data.sessions.get(i) else {
                    continue;
                };
                let rank = row * per_row + k;
                egui::Frame::group(ui.style())
                    .corner_radius(8.0)
                    .inner_margin(10.0)
                    .show(ui, |ui| {
                        ui.set_width(card_width);
                        let listed = data.listed_as_of(s.platform, now);
                        ui.vertical(|ui| {
                            device_card(ui, s, rank == 0, now, listed, shown, hide_countries)
                        });
                    });
            }
        });
        ui.add_space(GAP);
    }
}

fn device_card(
    ui: &mut egui::Ui,
    s: &SessionRow,
    current: bool,
    now: WallTime,
    listed: WallTime,
    shown: Shown<'_>,
    hide_countries: bool,
) {
    let title = if s.kind == SessionKind::Web {
        crate::t!("sessions-website", website = &s.website)
    } else if s.device.is_empty() {
        crate::t!("sessions-unnamed-device")
    } else {
        s.device.clone()
    };
    // The platform keeps its room; a long title is cut with "…" (whole on hover).
    egui::Sides::new().shrink_left().show(
        ui,
        |ui| {
            ui.add(egui::Label::new(RichText::new(title).strong().size(15.0)).truncate());
        },
        |ui| {
            ui.label(RichText::new(s.platform.title()).color(color(platform_color(s.platform))));
            if current {
                ui.label(RichText::new(crate::t!("sessions-most-recent")).weak());
            }
        },
    );
    let line = |ui: &mut egui::Ui, label: &str, value: String| {
        if !value.trim().is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(label).weak());
                ui.label(value);
            });
        }
    };
    line(ui, &crate::t!("sessions-card-app"), s.app.clone());
    line(ui, &crate::t!("sessions-card-system"), s.system.clone());
    line(
        ui,
        &crate::t!("sessions-card-first-active"),
        when(s.created, now),
    );
    line(
        ui,
        &crate::t!("sessions-card-last-active"),
        when(s.last_active, now),
    );
    let address = s.ip.map(|ip| shown.ip(ip)).unwrap_or_default();
    // Where the address is registered today (bundled database); kept when masking unless
    // countries are hidden too (then nothing is looked up).
    let (named, registered) = if hide_countries {
        (String::new(), String::new())
    } else {
        let registered =
            s.ip.map(|ip| place_name(&crate::analysis::ip_country::place(ip)))
                // "Berlin, Germany · registered: Germany" says it twice.
                .filter(|name| !s.place.contains(name.as_str()))
                .map(|name| crate::t!("sessions-registered", country = name))
                .unwrap_or_default();
        (s.place.clone(), registered)
    };
    let place = [address, named, registered]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    line(ui, &crate::t!("sessions-card-last-address"), place);
    if s.ended {
        ui.label(RichText::new(crate::t!("sessions-ended")).weak());
    } else if let Some(days) = s.idle_days(listed).filter(|&d| d > IDLE_SESSION_DAYS) {
        ui.label(
            RichText::new(crate::t!(
                "sessions-idle",
                span = span(days),
                hint = end_session_hint(s)
            ))
            .color(ui.visuals().warn_fg_color),
        );
    }
}

/// Where the platform lets you end a session.
fn end_session_hint(s: &SessionRow) -> String {
    match (s.platform, s.kind) {
        (Platform::Telegram, SessionKind::Web) => crate::t!("sessions-end-telegram-web"),
        (Platform::Telegram, _) => crate::t!("sessions-end-telegram"),
        (Platform::WhatsApp, _) => crate::t!("sessions-end-whatsapp"),
        (Platform::WeChat, _) => crate::t!("sessions-end-wechat"),
    }
}

/// The sessions' order on the cards: the latest activity first (a session without times
/// last), then the latest created.
pub fn device_order(sessions: &[SessionRow]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..sessions.len()).collect();
    order.sort_by(|&a, &b| {
        let key = |i: usize| {
            sessions
                .get(i)
                .map(|s| (s.last_active.or(s.created), s.created))
        };
        key(b).cmp(&key(a))
    });
    order
}

/// "Apr 5, 2023 (2 years ago)", or a dash.
fn when(t: Option<WallTime>, now: WallTime) -> String {
    match t.and_then(|t| Some((t, t.naive()?))) {
        Some((t, naive)) => {
            let day = crate::i18n::format::date(naive.date());
            let days = (now.0 - t.0).div_euclid(86_400);
            if days < 0 {
                day
            } else if days == 0 {
                crate::t!("sessions-when-today", date = day)
            } else {
                crate::t!("sessions-when-ago", date = day, span = span(days))
            }
        }
        None => "–".into(),
    }
}
