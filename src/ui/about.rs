//! About & privacy: what the app is, that it has no network code, its licences, its
//! shortcuts and its few settings.

use egui::{Align, Layout, RichText};

use super::app::FootprintApp;
use crate::t;

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui) {
    let rtl = crate::i18n::current().is_rtl();
    // Right-to-left languages read from the right edge: every line starts there.
    let layout = Layout::top_down(if rtl { Align::Max } else { Align::Min });
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.with_layout(layout, |ui| {
            ui.heading(format!("Footprint {}", env!("CARGO_PKG_VERSION")));
            ui.label(t!("about-tagline"));
            ui.add_space(12.0);
            ui.label(RichText::new(t!("about-privacy")).size(17.0).strong());
            ui.label(t!("about-privacy-network"));
            ui.label(t!("about-privacy-memory"));
            ui.label(t!("about-privacy-remembered"));
            ui.add_space(12.0);
            ui.label(RichText::new(t!("about-options")).size(17.0).strong());
            if ui
                .checkbox(
                    &mut app.settings.remember_recent,
                    t!("about-remember-recent"),
                )
                .changed()
                && !app.settings.remember_recent
            {
                app.settings.recent.clear();
            }
            ui.add_space(12.0);
            ui.label(RichText::new(t!("about-keyboard")).size(17.0).strong());
            shortcuts(ui, rtl);
            ui.add_space(12.0);
            ui.label(RichText::new(t!("about-licences")).size(17.0).strong());
            ui.label(t!("about-licence-fonts"));
            ui.label(t!(
                "about-ip-database",
                database = crate::analysis::ip_country::database_label()
            ));
        });
    });
}

/// The keys and what they do: a table, or right to left a list with the keys first from
/// the right (a grid lays its columns out left to right only).
fn shortcuts(ui: &mut egui::Ui, rtl: bool) {
    let rows = [
        ("Ctrl+O".to_owned(), t!("about-shortcut-open")),
        ("Ctrl+S".to_owned(), t!("about-shortcut-save")),
        ("Esc".to_owned(), t!("about-shortcut-escape")),
        (t!("about-key-drag-drop"), t!("about-shortcut-drop")),
        (t!("about-key-wheel"), t!("about-shortcut-zoom")),
    ];
    if rtl {
        for (keys, what) in rows {
            ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
                ui.label(RichText::new(keys).monospace());
                ui.label(what);
            });
        }
        return;
    }
    egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
        for (keys, what) in rows {
            ui.label(RichText::new(keys).monospace());
            ui.label(what);
            ui.end_row();
        }
    });
}
