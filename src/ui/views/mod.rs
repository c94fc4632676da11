//! One view per topic. Each draws from the pre-aggregated [`crate::analysis::Derived`]
//! and the topic's cached charts; none walks the message columns.

mod activity;
mod compare;
mod contacts;
mod conversations;
pub mod findings;
mod overview;
mod payments;
mod people;
mod sessions;

use egui::RichText;

use super::app::{Command, FootprintApp};
use super::table::TableState;
use crate::analysis::{ActivityFilter, Bucket, Detail, Shown};
use crate::chart::{Chart, Topic};
use crate::model::WallTime;

/// Choices made in the views (search boxes, sorting, activity filters). Not persisted,
/// except the bucket size, which goes into the settings.
#[derive(Clone, Debug)]
pub struct ViewState {
    pub bucket: Bucket,
    pub activity_filter: ActivityFilter,
    pub contacts_search: String,
    pub conversations_search: String,
    pub payments_search: String,
    pub ip_search: String,
    /// The country the IP table is filtered to.
    pub ip_country: Option<String>,
    /// With Mask on, hide countries too (the map, country columns and rankings).
    pub hide_countries: bool,
    /// Shade the world map by login notifications instead of IP addresses.
    pub map_by_logins: bool,
    /// Findings dismissed in this session ([`crate::analysis::findings::Finding::key`]).
    pub dismissed_findings: std::collections::BTreeSet<String>,
    pub people_search: String,
    /// The person the People view shows (an index into `People::persons`).
    pub person: Option<u32>,
    /// Each table's rows, widths, page and sort.
    pub contacts_table: TableState,
    pub conversations_table: TableState,
    pub payments_table: TableState,
    pub sessions_table: TableState,
    pub ip_table: TableState,
    pub logins_table: TableState,
    pub people_table: TableState,
    /// The view drawn last frame (a view switched to starts at its top).
    pub shown: Option<Topic>,
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            bucket: Bucket::default(),
            activity_filter: ActivityFilter::default(),
            contacts_search: String::new(),
            conversations_search: String::new(),
            payments_search: String::new(),
            ip_search: String::new(),
            ip_country: None,
            hide_countries: false,
            map_by_logins: false,
            dismissed_findings: Default::default(),
            people_search: String::new(),
            person: None,
            contacts_table: TableState::default(),
            conversations_table: TableState::sorted_by(conversations::MESSAGES, true),
            payments_table: TableState::default(),
            sessions_table: TableState::default(),
            ip_table: TableState::default(),
            logins_table: TableState::default(),
            people_table: TableState::default(),
            shown: None,
        }
    }
}

impl ViewState {
    /// Forgets the tables' rows and widths, measured on texts of the language before
    /// (their page goes back to the first).
    pub fn language_changed(&mut self) {
        for table in [
            &mut self.contacts_table,
            &mut self.conversations_table,
            &mut self.payments_table,
            &mut self.sessions_table,
            &mut self.ip_table,
            &mut self.logins_table,
            &mut self.people_table,
        ] {
            table.forget();
        }
    }
}

/// Draws the view of `topic`.
pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui, topic: Topic) {
    app.hovered_chart = None;
    let charts = app.charts(topic);
    // Each view opens at its top: a view just switched to does not inherit the scroll
    // offset it (or another view) had.
    let fresh = app.view.shown != Some(topic);
    app.view.shown = Some(topic);
    let mut area = egui::ScrollArea::vertical()
        .id_salt(("view", topic))
        .auto_shrink([false, false]);
    if fresh {
        area = area.vertical_scroll_offset(0.0);
    }
    area.show(ui, |ui| {
        ui.heading(RichText::new(topic.title()).size(22.0));
        ui.add_space(4.0);
        match topic {
            Topic::Overview => overview::ui(app, ui, &charts),
            Topic::Contacts => contacts::ui(app, ui, &charts),
            Topic::Sessions => sessions::ui(app, ui, &charts),
            Topic::Conversations => conversations::ui(app, ui, &charts),
            Topic::Activity => activity::ui(app, ui, &charts),
            Topic::Payments => payments::ui(app, ui, &charts),
            Topic::People => people::ui(app, ui, &charts),
            Topic::Findings => findings::ui(app, ui),
            Topic::Compare => compare::ui(app, ui),
        }
        ui.add_space(16.0);
    });
}

/// A chart with its title and a "Save image…" button.
pub fn chart_card(app: &mut FootprintApp, ui: &mut egui::Ui, chart: &Chart, height: f32) {
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // The button keeps its room; a title longer than the rest wraps onto a
            // second line (German and Russian titles are long, and their end often says
            // what the numbers mean), so no title widens the card past the window.
            egui::Sides::new().shrink_left().show(
                ui,
                |ui| {
                    let title = RichText::new(&chart.title).strong().size(15.0);
                    ui.add(egui::Label::new(title).wrap());
                },
                |ui| {
                    let save = ui
                        .add_enabled(
                            !chart.is_empty(),
                            egui::Button::new(crate::t!("view-save-image")),
                        )
                        .on_hover_text(crate::t!("view-save-image-hint"));
                    if save.clicked() {
                        app.commands.push(Command::SaveChart(chart.id.clone()));
                    }
                },
            );
            // Rows of a ranking need room for their labels.
            let rows = match &chart.body {
                crate::chart::ChartBody::Bars {
                    categories,
                    horizontal: true,
                    ..
                } => categories.len(),
                crate::chart::ChartBody::Gantt { rows } => rows.len(),
                _ => 0,
            };
            let height = height.max(rows as f32 * 24.0 + 70.0);
            if super::plot::show(ui, chart, height) {
                app.hovered_chart = Some(chart.id.clone());
            }
        });
    ui.add_space(8.0);
}

/// Charts two per row when the window is wide enough.
pub fn chart_grid(app: &mut FootprintApp, ui: &mut egui::Ui, charts: &[&Chart], height: f32) {
    if ui.available_width() < 900.0 {
        for chart in charts {
            chart_card(app, ui, chart, height);
        }
        return;
    }
    for pair in charts.chunks(2) {
        ui.columns(2, |cols| {
            for (col, chart) in cols.iter_mut().zip(pair) {
                chart_card(app, col, chart, height);
            }
        });
    }
}

/// The chart with `id` among `charts`.
pub fn chart<'a>(charts: &'a [Chart], id: &str) -> Option<&'a Chart> {
    charts.iter().find(|c| c.id == id)
}

/// A section title.
pub fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(RichText::new(title).size(17.0).strong());
    ui.add_space(2.0);
}

/// A day and a time as the language writes them, "Jan 3, 2024 2:05 PM" (or a dash).
pub fn time(t: Option<WallTime>) -> String {
    t.and_then(|t| t.naive())
        .map(crate::i18n::format::date_time)
        .unwrap_or_else(|| "–".into())
}

/// Two days as the language writes them, "Mar 4, 2019 – Jan 20, 2024"; one day when
/// both are the same, nothing when either is unknown.
pub fn range(a: Option<WallTime>, b: Option<WallTime>) -> String {
    let day = |t: Option<WallTime>| {
        t.and_then(|t| t.naive())
            .map(|n| crate::i18n::format::date(n.date()))
    };
    match (day(a), day(b)) {
        (Some(a), Some(b)) if a == b => a,
        (Some(a), Some(b)) => format!("{a} – {b}"),
        _ => String::new(),
    }
}

/// A personal detail as shown: masked when asked. Right-to-left names are left in their
/// logical order: egui (epaint 0.37) shapes Arabic and orders bidirectional text itself,
/// so only the image renderer, which does neither, uses `chart::script::visual`.
pub fn person(shown: Shown<'_>, detail: Detail, value: &str) -> String {
    shown.text(detail, value)
}

/// Whether a row with these texts matches a lower-cased search query, in any case (an
/// empty query matches every row).
pub fn matches(query: &str, texts: &[&str]) -> bool {
    query.is_empty() || texts.iter().any(|t| t.to_lowercase().contains(query))
}

/// A search box; returns the lower-cased query.
pub fn search_box(ui: &mut egui::Ui, text: &mut String, hint: &str) -> String {
    ui.horizontal(|ui| {
        ui.label("🔍");
        ui.add(
            egui::TextEdit::singleline(text)
                .hint_text(hint)
                .desired_width(280.0),
        );
        if !text.is_empty()
            && ui
                .small_button("✖")
                .on_hover_text(crate::t!("view-clear-search"))
                .clicked()
        {
            text.clear();
        }
    });
    text.to_lowercase()
}

/// `1,234,567`
pub fn count(n: u64) -> String {
    crate::chart::Unit::Count.format(n as f64)
}

#[cfg(test)]
mod tests {
    use super::{matches, range, time};
    use crate::i18n::{Lang, with_language};
    use crate::model::WallTime;

    #[test]
    fn days_and_times_are_written_as_the_language_writes_them() {
        let a = WallTime::from_fields(2019, 3, 4, 14, 5, 0);
        let b = WallTime::from_fields(2024, 1, 20, 9, 0, 0);
        assert_eq!(
            with_language(Lang::En, || range(a, b)),
            "Mar 4, 2019 – Jan 20, 2024"
        );
        assert_eq!(
            with_language(Lang::De, || range(a, b)),
            "04.03.2019 – 20.01.2024"
        );
        assert_eq!(with_language(Lang::En, || range(a, a)), "Mar 4, 2019");
        assert_eq!(with_language(Lang::En, || range(a, None)), "");
        assert_eq!(with_language(Lang::En, || time(a)), "Mar 4, 2019 2:05 PM");
        assert_eq!(with_language(Lang::De, || time(a)), "04.03.2019 14:05");
        assert_eq!(time(None), "–");
    }

    #[test]
    fn search_ignores_case_in_every_field() {
        assert!(matches("", &["anything"]));
        assert!(matches("ip history", &["Telegram", "IP history"]));
        assert!(matches("张", &["张伟"]));
        assert!(!matches("bob", &["Ann", "ANNA"]));
    }
}
