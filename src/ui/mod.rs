//! The desktop window (eframe). It never parses: loads run on [`loader`] threads, and
//! views draw what `analysis` computed once per load.

mod app;
mod fonts;
mod loader;

use std::path::PathBuf;
use std::process::ExitCode;

pub use app::FootprintApp;
pub use loader::{LoadMsg, Loader};

/// Opens the window, loading `paths` (from the command line or "Open with") at start.
pub fn run(paths: Vec<PathBuf>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Footprint")
            .with_app_id("footprint")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([640.0, 420.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Footprint",
        options,
        Box::new(move |cc| Ok(Box::new(FootprintApp::new(&cc.egui_ctx, paths)))),
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
