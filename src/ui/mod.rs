//! The desktop window (eframe). It never parses: jobs run on the [`worker`] thread, and
//! views draw what `analysis` computed once per load.

mod about;
mod app;
mod bench;
mod chrome;
pub mod dialogs;
mod file_dialog;
mod fonts;
mod icon;
mod plot;
pub mod settings;
mod start;
pub mod system_dialog;
mod table;
mod views;
mod worker;

use std::path::PathBuf;
use std::process::ExitCode;

pub use app::{Command, FootprintApp, Page};
pub use views::findings::topic_of as topic_of_finding;
pub use worker::{Job, Workspace};

/// What `footprint bench-window` measures.
pub struct BenchPlan {
    pub launched: std::time::Instant,
    /// Frames per view with a generated footprint of this many messages.
    pub messages: Option<u64>,
    pub frames: u32,
    /// Measure frames while this export loads instead.
    pub load: Option<PathBuf>,
}

/// Opens the window, loading `paths` (from the command line or "Open with") at start.
pub fn run(paths: Vec<PathBuf>) -> ExitCode {
    run_window(paths, None)
}

/// Opens the window under `footprint bench-window`, prints the measurements, closes.
pub fn run_bench(plan: BenchPlan) -> ExitCode {
    let paths = plan.load.clone().into_iter().collect();
    run_window(paths, Some(plan))
}

fn run_window(paths: Vec<PathBuf>, plan: Option<BenchPlan>) -> ExitCode {
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
        Box::new(move |cc| {
            let mut app = FootprintApp::new(cc, paths);
            if let Some(plan) = plan {
                let mode = if plan.load.is_some() {
                    bench::Mode::Load
                } else {
                    bench::Mode::Views {
                        frames: plan.frames,
                    }
                };
                if let Some(messages) = plan.messages {
                    app.adopt(crate::generate::footprint::synthetic(messages, 3000, 1));
                }
                app.bench = Some(bench::WindowBench::new(plan.launched, mode));
            }
            Ok(Box::new(app))
        }),
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
