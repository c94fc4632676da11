//! About & privacy: what the app is, that it has no network code, its licences, its
//! shortcuts and its few settings.

use egui::RichText;

use super::app::FootprintApp;

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(format!("Footprint {}", env!("CARGO_PKG_VERSION")));
        ui.label("See what your messaging apps know about you.");
        ui.add_space(12.0);
        ui.label(RichText::new("Privacy").size(17.0).strong());
        ui.label("Footprint has no network code at all: no networking library is part of it, it never connects anywhere, it has no telemetry and no update check.");
        ui.label("Your exports are read on this computer and kept in memory only while the window is open. Nothing is written anywhere except the images you save.");
        ui.label("Only the theme, the activity bucket and this page's options are remembered between runs, never data or file paths (unless you turn on recent files below).");
        ui.add_space(12.0);
        ui.label(RichText::new("Options").size(17.0).strong());
        if ui
            .checkbox(&mut app.settings.remember_recent, "Remember recent files (off by default)")
            .changed()
            && !app.settings.remember_recent
        {
            app.settings.recent.clear();
        }
        ui.add_space(12.0);
        ui.label(RichText::new("Keyboard").size(17.0).strong());
        egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
            for (keys, what) in [
                ("Ctrl+O", "open files"),
                ("Ctrl+S", "save the chart under the pointer (or the view's first chart)"),
                ("Esc", "cancel loading, close a dialog"),
                ("Drag and drop", "add files, folders or zips"),
                ("Mouse wheel + Ctrl / drag", "zoom and pan timelines; double-click resets"),
            ] {
                ui.label(RichText::new(keys).monospace());
                ui.label(what);
                ui.end_row();
            }
        });
        ui.add_space(12.0);
        ui.label(RichText::new("Licences").size(17.0).strong());
        ui.label("Footprint is MIT OR Apache-2.0. It bundles subsets of Noto Sans SC, Noto Sans Arabic and Noto Sans Hebrew (SIL Open Font License 1.1) so Chinese, Arabic and Hebrew render everywhere.");
        ui.label(format!(
            "IP addresses are placed in countries offline with {}: IP address registration data by the Number Resource Organization (nro.net), CC BY 4.0. A country is where an address is registered today, which may differ from where it was used.",
            crate::analysis::ip_country::database_name()
        ));
    });
}
