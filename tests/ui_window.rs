//! The window, driven through AccessKit with egui_kittest: the sample button, dropping
//! files, and what the summary then shows.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::fixture;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use footprint::ui::FootprintApp;

fn harness() -> Harness<'static, FootprintApp> {
    Harness::builder()
        .with_size([1100.0, 800.0])
        .build_eframe(|cc| FootprintApp::new(&cc.egui_ctx, Vec::new()))
}

/// Steps frames until the background load is over (at most 60 s).
fn wait_for_load(harness: &mut Harness<'_, FootprintApp>) {
    let deadline = Instant::now() + Duration::from_secs(60);
    harness.step();
    while harness.state().is_loading() {
        assert!(Instant::now() < deadline, "loading did not finish");
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.run_steps(2);
}

#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn start_screen_offers_the_sample_and_it_loads() {
    let mut harness = harness();
    harness.run_steps(2);
    harness.get_by_label("Drop your Telegram export here");
    harness.get_by_label_contains("Nothing is sent anywhere");
    harness.get_by_label("Try the sample footprint").click();
    wait_for_load(&mut harness);

    let summary = harness.state().summary().expect("the sample was loaded");
    // Two Telegram exports, two WhatsApp chats and a WhatsApp account report.
    assert_eq!(summary.sources.len(), 5);
    let telegram = &summary.platforms[&footprint::model::Platform::Telegram];
    assert!(telegram.messages > 4000);
    let expected = format!(
        "{} · {} service events · {} senders",
        telegram.messages, telegram.service_events, telegram.senders
    );
    harness.get_by_label(&expected);
    harness.get_by_label("Busiest conversations");
    harness.get_by_label_contains("(built-in) DataExport_sample/result.json");
    assert!(harness.query_by_label("Try the sample footprint").is_none());
}

#[test]
fn dropped_files_are_loaded_and_added_up() {
    let mut harness = harness();
    harness.run_steps(1);
    let dropped: egui::DroppedFileHandle =
        Arc::new(DroppedPath(fixture("telegram/full_export_synthetic.json")));
    harness.input_mut().dropped_files.push(dropped);
    wait_for_load(&mut harness);
    harness.get_by_label("10 · 5 service events · 6 senders");
    harness.get_by_label("Germany, United States");
    harness.get_by_label("1 warning");

    // A second drop adds to the footprint instead of replacing it.
    let second: egui::DroppedFileHandle =
        Arc::new(DroppedPath(fixture("telegram/chatstyle_single_chat.json")));
    harness.input_mut().dropped_files.push(second);
    wait_for_load(&mut harness);
    harness.get_by_label("21 · 6 service events · 8 senders");
    assert_eq!(harness.state().summary().unwrap().sources.len(), 2);
}

#[test]
fn unrecognised_drop_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "hello").unwrap();
    let mut harness = harness();
    harness.run_steps(1);
    let dropped: egui::DroppedFileHandle = Arc::new(DroppedPath(notes));
    harness.input_mut().dropped_files.push(dropped);
    wait_for_load(&mut harness);
    harness.get_by_label_contains("Not recognised:");
    harness.get_by_label_contains("text, but not a known export layout");
}
