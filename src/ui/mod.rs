//! The desktop window (eframe). It never parses: jobs run on the [`worker`] thread, and
//! views draw what `analysis` computed once per load.

mod about;
mod app;
mod chrome;
pub mod dialogs;
mod fonts;
mod icon;
mod plot;
pub mod settings;
mod start;
mod views;
mod worker;

use std::path::PathBuf;
use std::process::ExitCode;

pub use app::{Command, FootprintApp, Page};
pub use worker::{Job, Workspace};

/// Opens the window, loading `paths` (from the command line or "Open with") at start.
pub fn run(paths: Vec<PathBuf>) -> ExitCode {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Footprint")
        .with_app_id("footprint")
        .with_inner_size([1280.0, 860.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    if let Some(icon) = icon::icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        persist_window: true,
        ..Default::default()
    };
    let result = eframe::run_native(
        "Footprint",
        options,
        Box::new(move |cc| Ok(Box::new(FootprintApp::new(cc, paths)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("footprint: cannot open the window: {e}");
            eprintln!("(the command line still works: footprint summary PATH...)");
            ExitCode::from(1)
        }
    }
}
