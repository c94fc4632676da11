//! The window, driven through AccessKit with egui_kittest: the sample, every view,
//! dropped files, removing sources, masking, saving charts (read back from disk), the
//! password and overwrite dialogs, and image snapshots of key views.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common::{fixture, png_size_and_colours};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotOptions};
use footprint::chart::Topic;
use footprint::input::DateOrder;
use footprint::model::{DateOrderBasis, Platform};
use footprint::ui::dialogs::{DialogReply, DialogRequest, ScriptedDialogs};
use footprint::ui::settings::Settings;
use footprint::ui::{FootprintApp, Page};

fn harness_with(dialogs: ScriptedDialogs) -> Harness<'static, FootprintApp> {
    Harness::builder()
        .with_size([1280.0, 900.0])
        .build_eframe(move |cc| {
            FootprintApp::with_dialogs(&cc.egui_ctx, Settings::default(), Box::new(dialogs))
        })
}

fn harness() -> Harness<'static, FootprintApp> {
    harness_with(ScriptedDialogs::default())
}

/// Steps frames until background work is over (at most 60 s).
fn settle(harness: &mut Harness<'_, FootprintApp>) {
    let deadline = Instant::now() + Duration::from_secs(60);
    harness.step();
    while harness.state().is_busy() {
        assert!(Instant::now() < deadline, "background work did not finish");
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.run_steps(3);
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

fn drop_file(harness: &mut Harness<'_, FootprintApp>, path: PathBuf) {
    let dropped: egui::DroppedFileHandle = Arc::new(DroppedPath(path));
    harness.input_mut().dropped_files.push(dropped);
    settle(harness);
}

fn load_sample(harness: &mut Harness<'_, FootprintApp>) {
    harness.run_steps(2);
    harness.get_by_label("Try the sample footprint").click();
    settle(harness);
}

/// Clicks the widget labelled `label` after scrolling it into view (a click outside the
/// window reaches nothing).
fn click_in_view(harness: &mut Harness<'_, FootprintApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run_steps(3);
    harness.get_by_label(label).click();
}

fn go(harness: &mut Harness<'_, FootprintApp>, title: &str) {
    harness.get_by_role_and_label(Role::Button, title).click();
    harness.run_steps(3);
}

#[test]
fn start_screen_explains_and_offers_the_sample() {
    let mut harness = harness();
    harness.run_steps(2);
    harness.get_by_label("Drop your exports here");
    assert_eq!(
        harness.get_all_by_label("Open files…").count(),
        2,
        "top bar and drop zone"
    );
    assert_eq!(harness.get_all_by_label("Open folder…").count(), 2);
    harness.get_by_label_contains("Active sessions");
    harness.get_by_label_contains("用于个人对账");
    assert_eq!(harness.state().page(), Page::Start);
    assert!(!harness.state().has_data());
}

#[test]
fn the_sample_opens_on_the_overview_and_every_view_shows_its_data() {
    let mut harness = harness();
    load_sample(&mut harness);
    assert_eq!(harness.state().page(), Page::Topic(Topic::Overview));
    let summary = harness.state().summary();
    let telegram = &summary.platforms[&Platform::Telegram];
    assert!(telegram.messages > 4000);
    harness.get_by_label("What Telegram holds");
    harness.get_by_label("Messages per year, by platform");
    harness.get_by_label_contains("(built-in) DataExport_sample/result.json");
    harness.get_by_label(&footprint::chart::Unit::Count.format(telegram.messages as f64));

    go(&mut harness, "Contacts");
    harness.get_by_label("Address book");
    harness.get_by_label("Who Telegram thinks you talk to most");
    let first_contact = harness
        .state()
        .derived()
        .contacts
        .rows
        .iter()
        .map(|c| c.name.clone())
        .find(|n| !n.is_empty())
        .unwrap();
    assert!(harness.query_all_by_label(&first_contact).count() > 0);

    go(&mut harness, "Sessions & devices");
    harness.get_by_label("Sessions from creation to last activity");
    // The section heading (a label) besides the map's "IP addresses" toggle (a button).
    harness.get_by_role_and_label(Role::Label, "IP addresses");
    let ip = harness.state().derived().sessions.ips[0].ip.to_string();
    harness.get_by_label(&ip);

    go(&mut harness, "Conversations");
    harness.get_by_label("All conversations");
    let busiest = harness.state().derived().conversations.rows[0].name.clone();
    assert!(
        !harness
            .query_all_by_label(&busiest)
            .collect::<Vec<_>>()
            .is_empty()
    );

    go(&mut harness, "Activity");
    harness.get_by_label("Messages per week");
    harness.get_by_label("Messages by weekday and hour");
    harness.get_by_label("month").click();
    harness.run_steps(3);
    harness.get_by_label("Messages per month");

    go(&mut harness, "About & privacy");
    harness.get_by_label_contains("no network code at all");
}

#[test]
fn dropped_files_add_up_and_sources_can_be_removed() {
    let mut harness = harness();
    harness.run_steps(1);
    drop_file(&mut harness, fixture("telegram/full_export_synthetic.json"));
    assert_eq!(harness.state().summary().sources.len(), 1);
    harness.get_by_label("What Telegram holds");
    harness.get_by_label("1 warning");
    harness.get_by_label_contains("Germany, United States");

    drop_file(&mut harness, fixture("telegram/chatstyle_single_chat.json"));
    let summary = harness.state().summary();
    assert_eq!(summary.sources.len(), 2);
    assert_eq!(summary.platforms[&Platform::Telegram].messages, 21);

    // Remove the first source: only the single chat's 11 messages remain.
    harness.get_all_by_label("Remove").next().unwrap().click();
    settle(&mut harness);
    let summary = harness.state().summary();
    assert_eq!(summary.sources.len(), 1);
    assert_eq!(summary.platforms[&Platform::Telegram].messages, 11);
    assert!(
        summary.sources[0]
            .path
            .ends_with("chatstyle_single_chat.json")
    );
}

#[test]
fn unrecognised_drop_is_listed_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "hello").unwrap();
    let mut harness = harness();
    harness.run_steps(1);
    drop_file(&mut harness, notes);
    drop_file(&mut harness, fixture("telegram/full_export_synthetic.json"));
    harness.get_by_label("Problems");
    harness.get_by_label_contains("not recognised");
    click_in_view(&mut harness, "Dismiss");
    harness.run_steps(3);
    assert!(harness.query_by_label("Problems").is_none());
}

/// A file beside a read export that is none is said in the status line, and listed
/// under Problems with its reason.
#[test]
fn a_file_left_over_beside_an_export_is_said_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("exports");
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy(
        fixture("telegram/full_export_synthetic.json"),
        folder.join("result.json"),
    )
    .unwrap();
    std::fs::write(folder.join("notes.txt"), "hello").unwrap();
    let mut harness = harness();
    harness.run_steps(1);
    drop_file(&mut harness, folder);
    harness.get_by_label("1 file is no export Footprint knows: see Overview › Problems.");
    harness.get_by_label("Problems");
    harness.get_by_label_contains("notes.txt: not recognised");
}

#[test]
fn masking_replaces_names_and_addresses() {
    let mut harness = harness();
    harness.run_steps(1);
    drop_file(&mut harness, fixture("telegram/full_export_synthetic.json"));
    go(&mut harness, "Sessions & devices");
    // The fixture's own addresses are in 203.0.113.0/24 too; the masked ones are
    // numbered from 1 in order of appearance.
    let ip = harness.state().derived().sessions.ips[0].ip.to_string();
    assert_ne!(ip, "203.0.113.1");
    assert!(harness.query_all_by_label(&ip).count() > 0);
    harness.get_by_label("Mask personal details").click();
    harness.run_steps(3);
    assert_eq!(
        harness.query_all_by_label(&ip).count(),
        0,
        "{ip} still shown"
    );
    assert!(harness.query_all_by_label("203.0.113.1").count() > 0);

    go(&mut harness, "Contacts");
    let name = harness
        .state()
        .derived()
        .contacts
        .rows
        .iter()
        .map(|c| c.name.clone())
        .find(|n| !n.is_empty())
        .unwrap();
    assert_eq!(
        harness.query_all_by_label(&name).count(),
        0,
        "{name} still shown"
    );
    assert!(harness.query_all_by_label_contains("Contact ").count() > 0);
}

/// Clicks the Overview chart's "Save image…" (scrolled into view first: the Overview is
/// taller than the window).
fn save_image(harness: &mut Harness<'_, FootprintApp>) {
    harness.get_by_label("Save image…").scroll_to_me();
    // Clear of the status line at the window's foot, and still (scrolling is animated).
    harness.get_by_label("Save image…").scroll_down();
    harness.run();
    harness.get_by_label("Save image…").click();
}

#[test]
fn a_chart_is_saved_as_png_and_an_existing_file_is_not_replaced_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("per-year.png");
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness_with(dialogs.clone());
    load_sample(&mut harness);

    dialogs.answer(DialogReply::SaveChart {
        chart_id: String::new(),
        path: target.clone(),
    });
    save_image(&mut harness);
    settle(&mut harness);
    let ((w, h), colours) = png_size_and_colours(&target);
    assert_eq!((w, h), (2200, 1280), "PNG at twice the logical size");
    assert!(colours > 10, "the image is not blank ({colours} colours)");
    harness.get_by_label_contains(&format!("Saved {}", target.display()));

    // Saving again to the same path asks first; keeping the file leaves it untouched.
    std::fs::write(&target, b"keep me").unwrap();
    dialogs.answer(DialogReply::SaveChart {
        chart_id: String::new(),
        path: target.clone(),
    });
    save_image(&mut harness);
    settle(&mut harness);
    harness.get_by_label("Replace the existing file?");
    harness.get_by_label("Keep the existing file").click();
    settle(&mut harness);
    assert_eq!(std::fs::read(&target).unwrap(), b"keep me");

    // And replacing it writes the chart.
    dialogs.answer(DialogReply::SaveChart {
        chart_id: String::new(),
        path: target.clone(),
    });
    save_image(&mut harness);
    settle(&mut harness);
    harness.get_by_label("Replace").click();
    settle(&mut harness);
    assert_eq!(png_size_and_colours(&target).0, (2200, 1280));
}

#[test]
fn save_all_writes_every_chart_into_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness_with(dialogs.clone());
    load_sample(&mut harness);
    dialogs.answer(DialogReply::SaveAllFolder(dir.path().to_path_buf()));
    harness.get_by_label("Save all charts…").click();
    settle(&mut harness);
    let written: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(written.len() >= 10, "{} images", written.len());
    assert!(dir.path().join("activity-hour-weekday.png").exists());
}

#[test]
fn an_encrypted_zip_asks_for_its_password() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("export.zip");
    {
        let file = std::fs::File::create(&zip_path).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default()
            .with_aes_encryption(zip::AesMode::Aes256, "s3cret");
        zip.start_file("DataExport_2024-01-01/result.json", options)
            .unwrap();
        zip.write_all(&std::fs::read(fixture("telegram/full_export_synthetic.json")).unwrap())
            .unwrap();
        zip.finish().unwrap();
    }
    let mut harness = harness();
    harness.run_steps(1);
    drop_file(&mut harness, zip_path);
    harness.get_by_label("This archive is encrypted");
    assert!(!harness.state().has_data());

    harness.get_by_label("Password:").type_text("wrong");
    harness.get_by_label("Open").click();
    settle(&mut harness);
    // A wrong password asks again.
    harness.get_by_label("This archive is encrypted");
    harness.get_by_label("Password:").type_text("s3cret");
    harness.get_by_label("Open").click();
    settle(&mut harness);
    assert!(
        harness
            .query_by_label("This archive is encrypted")
            .is_none()
    );
    assert_eq!(
        harness.state().summary().platforms[&Platform::Telegram].messages,
        10
    );
}

#[test]
fn snapshots_of_key_views() {
    let mut harness = Harness::builder()
        .with_size([1280.0, 900.0])
        .wgpu()
        .build_eframe(|cc| {
            FootprintApp::with_dialogs(
                &cc.egui_ctx,
                Settings {
                    theme: footprint::ui::settings::Theme::Light,
                    ..Settings::default()
                },
                Box::new(ScriptedDialogs::default()),
            )
        });
    // Rendering differs slightly between GPU drivers: allow small differences.
    let options = SnapshotOptions::new()
        .threshold(2.0)
        .max_failed_pixels(4000);
    harness.run_steps(2);
    harness.snapshot_options("start", &options);
    load_sample(&mut harness);
    harness.snapshot_options("overview", &options);
    go(&mut harness, "Activity");
    harness.snapshot_options("activity", &options);
}

#[test]
fn keyboard_shortcuts_open_save_and_cancel() {
    use footprint::ui::dialogs::DialogRequest;
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness_with(dialogs.clone());
    harness.run_steps(2);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    settle(&mut harness);
    assert_eq!(
        dialogs.asked.lock().unwrap().last(),
        Some(&DialogRequest::OpenFiles)
    );

    // A scripted "Open" answer loads what it names.
    dialogs.answer(DialogReply::Open(vec![fixture(
        "telegram/full_export_synthetic.json",
    )]));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    settle(&mut harness);
    assert!(harness.state().has_data());

    // Ctrl+S with no chart under the pointer saves the view's first chart.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    settle(&mut harness);
    assert_eq!(
        dialogs.asked.lock().unwrap().last(),
        Some(&DialogRequest::SaveChart {
            chart_id: "overview-messages-per-year".into(),
            default_name: "overview-messages-per-year.png".into(),
        })
    );

    // Esc cancels a running load and keeps nothing of it.
    let before = harness.state().summary().sources.len();
    harness
        .state_mut()
        .command(footprint::ui::Command::OpenSample);
    harness.step();
    harness.key_press(egui::Key::Escape);
    settle(&mut harness);
    // Either the load was cancelled (nothing kept) or it had already finished (all kept).
    let after = harness.state().summary().sources.len();
    assert!(after == before || after > before + 1, "{before} -> {after}");
}

/// A US-style chat whose numbers never pass 12 or fall back: its order is a guess.
const AMBIGUOUS_CHAT: &str = "\
1/2/21, 9:16 PM - Ana: are you coming?
1/3/21, 10:01 AM - Bo: yes
1/4/21, 8:00 AM - Ana: see you
";

#[test]
fn an_ambiguous_whatsapp_chat_can_be_read_again_in_another_date_order() {
    let dir = tempfile::tempdir().unwrap();
    let chat = dir.path().join("WhatsApp Chat with Bo.txt");
    std::fs::write(&chat, AMBIGUOUS_CHAT).unwrap();
    let mut harness = harness();
    harness.run_steps(1);
    drop_file(&mut harness, chat);
    let last = |h: &Harness<'_, FootprintApp>| {
        h.state().summary().platforms[&Platform::WhatsApp]
            .last_message
            .clone()
    };
    assert_eq!(last(&harness).as_deref(), Some("2021-01-04T08:00:00"));
    harness.get_by_label_contains("Dates read as month/day/year (a guess");

    click_in_view(&mut harness, "Read as day/month/year");
    settle(&mut harness);
    assert_eq!(
        harness.state().summary().sources.len(),
        1,
        "replaced, not added"
    );
    assert_eq!(last(&harness).as_deref(), Some("2021-04-01T08:00:00"));
    harness.get_by_label_contains("Dates read as day/month/year (your choice)");
}

#[test]
fn a_chat_with_month_names_and_no_year_says_so_and_offers_no_order() {
    let dir = tempfile::tempdir().unwrap();
    let chat = dir.path().join("WhatsApp Chat with The horde.txt");
    std::fs::write(
        &chat,
        "30 Dec 23:50 - Mike: who is in?\n\
         2 Jan 09:00 - Shaggy: me\n\
         3 Jan 10:00 - Mike: good\n",
    )
    .unwrap();
    // The file was made on 2013-01-10: its dates without a year are 2012 and 2013.
    std::fs::File::options()
        .write(true)
        .open(&chat)
        .unwrap()
        .set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_357_819_200))
        .unwrap();
    let mut harness = harness();
    harness.run_steps(1);
    drop_file(&mut harness, chat);
    let summary = harness.state().summary();
    let whatsapp = &summary.platforms[&Platform::WhatsApp];
    assert_eq!(
        whatsapp.first_message.as_deref(),
        Some("2012-12-30T23:50:00")
    );
    assert_eq!(
        whatsapp.last_message.as_deref(),
        Some("2013-01-03T10:00:00")
    );
    harness
        .get_by_label_contains("The dates carry no year: years counted back from the file's date.");
    assert!(
        harness.query_by_label("Read as day/month/year").is_none(),
        "month names leave no order to choose"
    );
}

#[test]
fn in_a_folder_of_chats_another_date_order_applies_to_one_chat_only() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["Bo", "Cy"] {
        std::fs::write(
            dir.path().join(format!("WhatsApp Chat with {name}.txt")),
            AMBIGUOUS_CHAT,
        )
        .unwrap();
    }
    let mut harness = harness();
    harness.run_steps(1);
    drop_file(&mut harness, dir.path().to_path_buf());
    let orders = |h: &Harness<'_, FootprintApp>| {
        let app = h.state();
        let mut orders: Vec<(String, footprint::model::DateOrderDecision)> = app
            .summary()
            .sources
            .iter()
            .zip(&app.derived().source_details)
            .map(|(s, d)| {
                let name = s.path.rsplit('/').next().unwrap_or_default().to_string();
                (name, d.date_order.unwrap())
            })
            .collect();
        orders.sort_by(|a, b| a.0.cmp(&b.0));
        orders
    };
    let before = orders(&harness);
    assert_eq!(before.len(), 2);
    assert!(
        before
            .iter()
            .all(|(_, d)| d.basis == DateOrderBasis::LocaleGuess)
    );

    // The first chat's button.
    harness
        .get_all_by_label("Read as day/month/year")
        .next()
        .unwrap()
        .click();
    settle(&mut harness);
    let after = orders(&harness);
    assert_eq!(after.len(), 2, "replaced, not added");
    let chosen = |d: &footprint::model::DateOrderDecision| {
        d.basis == DateOrderBasis::UserChoice && d.order == DateOrder::Dmy
    };
    let changed: Vec<usize> = (0..2).filter(|&i| chosen(&after[i].1)).collect();
    assert_eq!(changed.len(), 1, "one chat read again: {after:?}");
    let other = 1 - changed[0];
    assert_eq!(
        after[other].1, before[other].1,
        "the other keeps its reading"
    );

    // Then the other's (now the only one offering day/month/year): the first choice stays.
    click_in_view(&mut harness, "Read as day/month/year");
    settle(&mut harness);
    let last = orders(&harness);
    assert!(
        last.iter()
            .all(|(_, d)| d.basis == DateOrderBasis::UserChoice && d.order == DateOrder::Dmy),
        "{last:?}"
    );
}

#[test]
fn removing_the_bill_leaves_the_payments_page_and_the_tables_follow_the_data() {
    let mut harness = harness();
    harness.run_steps(1);
    drop_file(&mut harness, fixture("wechat/paybill_csv_deb-sig.csv"));
    drop_file(
        &mut harness,
        fixture("wechat/memotrace_contacts_synthetic.csv"),
    );
    go(&mut harness, "Payments");
    assert_eq!(harness.state().page(), Page::Topic(Topic::Payments));
    // The contacts table is drawn (and its rows cached) before the data changes.
    go(&mut harness, "Contacts");
    harness.get_by_label("李四");
    go(&mut harness, "Payments");

    // Forget the bill: the Payments page has nothing left to show.
    harness
        .state_mut()
        .command(footprint::ui::Command::RemoveSource(0));
    settle(&mut harness);
    assert_eq!(harness.state().page(), Page::Topic(Topic::Overview));
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Payments")
            .is_none()
    );
    // The contacts table shows the data that is left, not rows cached from before.
    go(&mut harness, "Contacts");
    harness.get_by_label("李四");
    harness
        .state_mut()
        .command(footprint::ui::Command::RemoveSource(0));
    settle(&mut harness);
    assert!(harness.state().summary().sources.is_empty());
    assert!(harness.query_by_label("李四").is_none());
}

#[test]
fn an_arabic_conversation_name_is_given_to_egui_in_logical_order() {
    // egui (epaint 0.37) shapes Arabic and orders right-to-left text itself: a name put in
    // visual order first (as the image renderer needs) would be reversed twice on screen.
    let dir = tempfile::tempdir().unwrap();
    let chat = dir.path().join("WhatsApp Chat with أحمد.txt");
    std::fs::write(
        &chat,
        "24/12/2023, 22:01 - أحمد: مرحبا\n24/12/2023, 22:02 - Ana: hi\n",
    )
    .unwrap();
    let mut harness = harness();
    harness.run_steps(1);
    drop_file(&mut harness, chat);
    go(&mut harness, "Conversations");
    let visual = footprint::chart::script::visual("أحمد").into_owned();
    assert_ne!(visual, "أحمد", "the image renderer's form differs");
    harness.get_by_label("أحمد");
    assert_eq!(harness.query_all_by_label(&visual).count(), 0);
}

// ---------------------------------------------------------------------------------------
// What a new user saw (issue 12): counts, tables, scrolling, the fallback dialog

#[test]
fn the_sample_counts_every_conversation_once_and_totals_add_up() {
    let mut harness = harness();
    load_sample(&mut harness);
    let derived = harness.state().derived();
    // The WeChat contact list names the group and the official account the chat files
    // hold: three WeChat conversations, each once, the group with both sources.
    let wechat: Vec<_> = derived
        .conversations
        .rows
        .iter()
        .filter(|r| r.platform == Platform::WeChat)
        .collect();
    assert_eq!(wechat.len(), 3, "{wechat:#?}");
    let group = wechat.iter().find(|r| r.name == "周末饭搭子").unwrap();
    assert_eq!(group.sources.len(), 2);
    assert!(group.messages > 0);
    // WhatsApp's Lake Weekend chat is one of the report's groups, not a second one.
    let lake: Vec<_> = derived
        .conversations
        .rows
        .iter()
        .filter(|r| r.platform == Platform::WhatsApp && r.name.contains("Lake Weekend"))
        .collect();
    assert_eq!(lake.len(), 1, "{lake:#?}");
    // Every kind count on the Overview adds up to the total beside it, those left
    // included (Telegram: 33 conversations, 2 of them left).
    for inventory in &derived.inventory {
        let conversations = inventory
            .categories
            .iter()
            .find(|c| c.name == "Conversations")
            .unwrap();
        let parts: u64 = conversations
            .detail
            .split(", ")
            .filter_map(|part| part.split(' ').next()?.replace(',', "").parse::<u64>().ok())
            .sum();
        assert_eq!(parts, conversations.count, "{}", conversations.detail);
        let rows = derived
            .conversations
            .rows
            .iter()
            .filter(|r| r.platform == inventory.platform)
            .count() as u64;
        assert_eq!(rows, conversations.count, "{:?}", inventory.platform);
    }
    let telegram = derived
        .inventory
        .iter()
        .find(|i| i.platform == Platform::Telegram)
        .unwrap();
    harness.get_by_label_contains(&telegram.categories[4].detail);
    // What the overlap merged is said on the Overview.
    assert!(
        harness
            .query_all_by_label_contains("Overlapping sources were merged")
            .count()
            >= 2,
        "WhatsApp's and WeChat's"
    );
    // Every platform's messages are classified: the types add up to the messages.
    for (platform, summary) in &derived.summary.platforms {
        let typed: u64 = derived
            .message_types
            .iter()
            .filter(|((p, _), _)| p == platform)
            .map(|(_, n)| n)
            .sum();
        assert_eq!(typed, summary.messages, "{platform:?}");
    }
}

#[test]
fn tables_show_whole_cells_where_there_is_room() {
    let mut harness = harness();
    load_sample(&mut harness);
    go(&mut harness, "Contacts");
    harness.run_steps(2);
    let derived = harness.state().derived();
    // The longest name of all, far down the list: columns are sized for every row, not
    // only those on screen when the table first showed.
    let longest = derived
        .contacts
        .rows
        .iter()
        .map(|c| c.name.clone())
        .max_by_key(|n| n.chars().count())
        .unwrap();
    let phone = derived.contacts.rows[0].phone.clone();
    assert!(harness.query_by_label(&phone).is_some());
    let ctx = harness.ctx.clone();
    let body = egui::TextStyle::Body.resolve(&ctx.global_style());
    let width = |text: &str| {
        ctx.fonts_mut(|f| {
            f.layout_no_wrap(text.to_string(), body.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
    };
    // The page scrolls (the wheel over the table moves the page) until it shows.
    for _ in 0..100 {
        if harness.query_by_label(&longest).is_some() {
            break;
        }
        harness
            .get_all_by_label_contains("+49")
            .last()
            .unwrap()
            .scroll_down();
        harness.run_steps(1);
    }
    for text in [longest.as_str(), phone.as_str()] {
        if text == phone {
            go(&mut harness, "Overview");
            go(&mut harness, "Contacts");
        }
        let node = harness.get_all_by_label(text).next().unwrap();
        assert!(
            node.rect().width() + 0.5 >= width(text),
            "{text:?} is cut: {} < {}",
            node.rect().width(),
            width(text)
        );
    }
    // Kinds are named, never raw ids.
    go(&mut harness, "Conversations");
    harness.run_steps(2);
    harness.get_by_label("All conversations").scroll_to_me();
    harness.run_steps(3);
    assert!(harness.query_all_by_label("public group").count() > 0);
    assert_eq!(harness.query_all_by_label("public_supergroup").count(), 0);
    assert_eq!(harness.query_all_by_label("personal_chat").count(), 0);
}

#[test]
fn every_view_opens_at_its_top() {
    let mut harness = harness();
    load_sample(&mut harness);
    let top = harness
        .get_by_role_and_label(Role::Label, "Overview")
        .rect()
        .top();
    for _ in 0..20 {
        harness.get_by_label("Sources (10)").scroll_down();
        harness.run_steps(1);
    }
    harness.run_steps(3);
    let scrolled = harness
        .get_by_role_and_label(Role::Label, "Overview")
        .rect()
        .top();
    assert!(
        scrolled < top - 200.0,
        "the Overview scrolled: {top} -> {scrolled}"
    );
    go(&mut harness, "Contacts");
    let contacts = harness
        .get_by_role_and_label(Role::Label, "Contacts")
        .rect()
        .top();
    assert!((contacts - top).abs() < 1.0, "{contacts} vs {top}");
    go(&mut harness, "Overview");
    let again = harness
        .get_by_role_and_label(Role::Label, "Overview")
        .rect()
        .top();
    assert!((again - top).abs() < 1.0, "{again} vs {top}");
}

#[test]
fn every_chart_card_fits_the_window() {
    // A chart's title (a long one, or a name in it) never pushes its card, and the
    // "Save image…" button, past the window's right edge.
    let mut harness = harness();
    load_sample(&mut harness);
    for view in [
        "Overview",
        "Contacts",
        "Sessions & devices",
        "Conversations",
        "Activity",
        "Payments",
    ] {
        go(&mut harness, view);
        harness.run_steps(2);
        let buttons: Vec<_> = harness.get_all_by_label("Save image…").collect();
        assert!(!buttons.is_empty(), "{view}: no chart");
        for button in buttons {
            let right = button.rect().right();
            assert!(right <= 1280.0, "{view}: a button ends at x = {right}");
        }
    }
}

#[test]
fn without_a_system_dialog_the_window_shows_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let chat = dir.path().join("WhatsApp Chat with Ana.txt");
    std::fs::write(
        &chat,
        "14/03/2022, 09:05 - Ana: hello\n14/03/2022, 09:06 - Bo: hi there\n15/03/2022, 10:00 - Ana: bye\n",
    )
    .unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogReply::Unavailable(
        footprint::ui::dialogs::DialogRequest::OpenFiles,
    ));
    let mut harness = harness_with(dialogs);
    harness
        .state_mut()
        .set_dialog_folder(dir.path().to_path_buf());
    harness.run_steps(2);
    harness
        .get_all_by_label("Open files…")
        .next()
        .unwrap()
        .click();
    harness.run_steps(4);
    harness.get_by_label_contains("Open exports");
    harness.get_by_label_contains("has no file dialog");
    harness
        .get_by_label_contains("WhatsApp Chat with Ana.txt")
        .click();
    harness.run_steps(2);
    harness.get_by_role_and_label(Role::Button, "Open").click();
    settle(&mut harness);
    let summary = harness.state().summary();
    assert_eq!(summary.sources.len(), 1);
    assert!(
        summary.sources[0]
            .path
            .ends_with("WhatsApp Chat with Ana.txt")
    );
    assert_eq!(summary.platforms[&Platform::WhatsApp].messages, 3);
    assert!(harness.query_by_label_contains("Open exports").is_none());
}

#[test]
fn choosing_who_you_are_changes_yours_in_activity_and_the_saved_image() {
    let dir = tempfile::tempdir().unwrap();
    let chat = dir.path().join("WhatsApp Chat with Garden.txt");
    std::fs::write(
        &chat,
        "12/03/2024, 09:01 - Ana: Welcome\n12/03/2024, 09:02 - Bo: Thanks\n12/03/2024, 09:03 - Ana: Plans?\n",
    )
    .unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness_with(dialogs.clone());
    harness.run_steps(1);
    drop_file(&mut harness, chat);
    harness.get_by_label_contains("Owner unknown");
    let view = |h: &Harness<'_, FootprintApp>| {
        let v = h
            .state()
            .derived()
            .activity
            .query(&Default::default(), footprint::analysis::Bucket::Day);
        (v.mine, v.others, v.unknown)
    };
    assert_eq!(view(&harness), (0, 0, 3));

    harness.get_by_label("Change…").click();
    harness.run_steps(2);
    harness.get_by_label("Ana · 2 messages").click();
    settle(&mut harness);
    assert_eq!(view(&harness), (2, 1, 0));
    harness.get_by_label_contains("chosen by you");
    let owner = &harness.state().summary().sources[0].owner;
    assert_eq!(owner.name.as_deref(), Some("Ana"));

    // The saved timeline shows your messages in "yours" blue.
    go(&mut harness, "Activity");
    let target = dir.path().join("timeline.png");
    dialogs.answer(DialogReply::SaveChart {
        chart_id: String::new(),
        path: target.clone(),
    });
    // The first card is the timeline.
    harness
        .get_all_by_label("Save image…")
        .next()
        .expect("a chart card")
        .click();
    settle(&mut harness);
    assert!(crate::common::png_pixels_of(&target, [0x3B, 0x7D, 0xD8]) > 100);

    // Back to what the export says: nothing, so no "yours" again.
    go(&mut harness, "Overview");
    harness.get_by_label("Change…").click();
    harness.run_steps(2);
    harness.get_by_label("Decide from the export again").click();
    settle(&mut harness);
    assert_eq!(view(&harness), (0, 0, 3));
}

#[test]
fn the_people_view_lists_people_opens_one_and_joins_a_confirmed_pair() {
    let mut harness = harness();
    load_sample(&mut harness);
    // The Overview names the people several companies know.
    harness.get_by_label_contains("Known to several companies");
    go(&mut harness, "People");
    harness.get_by_label_contains("2 known to two companies, 2 to all three");
    // A click on a name shows that person side by side (the table is below the charts).
    harness.get_by_label("Everyone").scroll_to_me();
    harness.run_steps(3);
    harness.get_by_label("Olu").click();
    harness.run_steps(3);
    harness.get_by_label("Olu across platforms");
    let shown = harness.state().derived().people.persons
        [harness.state().view_person().unwrap() as usize]
        .clone();
    assert_eq!(shown.name, "Olu");
    assert_eq!(shown.platform_count(), 3);

    // Same-named people on two platforms are offered; "Same person" joins them.
    let dir = tempfile::tempdir().unwrap();
    let chat = dir.path().join("WhatsApp Chat with a friend.txt");
    // A Telegram-only person's name, written by someone WhatsApp shows by name.
    let telegram_only = harness
        .state()
        .derived()
        .people
        .persons
        .iter()
        .find(|p| p.platforms() == [Platform::Telegram] && p.messages() > 0)
        .map(|p| p.name.clone())
        .unwrap();
    std::fs::write(
        &chat,
        format!("05/01/2024, 10:00 - {telegram_only}: Hallo\n05/01/2024, 10:01 - Sam Carter: Hi\n"),
    )
    .unwrap();
    drop_file(&mut harness, chat);
    go(&mut harness, "People");
    harness.get_by_label("The same person?");
    let count_named = |h: &Harness<'_, FootprintApp>| {
        h.state()
            .derived()
            .people
            .persons
            .iter()
            .filter(|p| p.name == telegram_only)
            .count()
    };
    assert_eq!(count_named(&harness), 2);
    let people = |h: &Harness<'_, FootprintApp>| {
        let p = &h.state().derived().people;
        (p.persons.len(), p.suggestions.len())
    };
    let before = people(&harness);
    // The view kept its scroll position (down at the table): bring the offer into view.
    harness
        .get_by_role_and_label(Role::Button, "Same person")
        .scroll_to_me();
    harness.run_steps(3);
    harness
        .get_by_role_and_label(Role::Button, "Same person")
        .click();
    settle(&mut harness);
    assert_eq!(people(&harness), (before.0 - 1, before.1 - 1));
}

#[test]
fn the_device_list_puts_the_most_recently_active_first() {
    let mut harness = harness();
    load_sample(&mut harness);
    go(&mut harness, "Sessions & devices");
    // The map of where the addresses are registered opens the view.
    harness.get_by_label("Where your IP addresses are registered");
    harness.get_by_label("Devices and websites logged in");
    // The cards' titles, in the order the sessions' last activity gives.
    let sessions = harness.state().derived().sessions.sessions.clone();
    let mut expected: Vec<&footprint::analysis::topics::SessionRow> = sessions.iter().collect();
    expected.sort_by(|a, b| {
        (b.last_active.or(b.created), b.created).cmp(&(a.last_active.or(a.created), a.created))
    });
    let title = |s: &footprint::analysis::topics::SessionRow| {
        if s.kind == footprint::model::SessionKind::Web {
            format!("{} (website)", s.website)
        } else {
            s.device.clone()
        }
    };
    // Cards flow left to right, then down: compare positions in reading order.
    let position = |h: &Harness<'_, FootprintApp>, label: &str| {
        let rect = h
            .get_all_by_label(label)
            .next()
            .unwrap_or_else(|| panic!("a card titled {label}"))
            .rect();
        ((rect.top() / 10.0).round() as i64, rect.left() as i64)
    };
    let first = title(expected[0]);
    let last = title(expected[expected.len() - 1]);
    assert_ne!(first, last);
    assert!(position(&harness, &first) < position(&harness, &last));
    harness.get_by_label("most recent");
    // Idle sessions say how to end them.
    assert!(
        harness
            .get_all_by_label_contains("still listed as logged in by it")
            .next()
            .is_some()
    );
}

#[test]
fn masking_keeps_countries_unless_asked_to_hide_them_and_the_map_can_count_logins() {
    let mut harness = harness();
    load_sample(&mut harness);
    go(&mut harness, "Sessions & devices");
    let map = "Where your IP addresses are registered";
    harness.get_by_label(map);
    // Logins instead of addresses.
    harness
        .get_by_role_and_label(Role::Button, "logins")
        .click();
    harness.run_steps(3);
    harness.get_by_label("Where you logged in from (login notifications)");
    harness
        .get_by_role_and_label(Role::Button, "IP addresses")
        .click();
    harness.run_steps(3);
    harness.get_by_label(map);
    assert!(harness.query_by_label("Hide countries too").is_none());

    // Masked: the map stays; hiding countries takes it and every country away.
    harness.get_by_label("Mask personal details").click();
    harness.run_steps(3);
    harness.get_by_label(map);
    assert!(harness.query_all_by_label("(hidden)").next().is_none());
    harness.get_by_label("Hide countries too").click();
    harness.run_steps(3);
    assert!(harness.query_by_label(map).is_none());
    assert!(harness.query_all_by_label("(hidden)").next().is_some());
    assert!(
        harness
            .query_all_by_label_contains("registered: ")
            .next()
            .is_none(),
        "device cards name no country"
    );
    // Unmasked, countries come back.
    harness.get_by_label("Mask personal details").click();
    harness.run_steps(3);
    harness.get_by_label(map);
    assert!(harness.query_all_by_label("(hidden)").next().is_none());
}

#[test]
fn findings_are_listed_dismissed_and_lead_to_their_view() {
    let mut harness = harness();
    harness.run_steps(2);
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Findings")
            .is_none(),
        "no findings page before data"
    );
    load_sample(&mut harness);
    // The Overview lists the most severe ones.
    harness.get_by_label("What you can do");
    let list = harness.state_mut().findings();
    let first = list[0].clone();
    assert_eq!(
        first.severity,
        footprint::analysis::findings::Severity::High
    );
    assert!(harness.query_all_by_label(&first.title).count() > 0);

    go(&mut harness, "Findings");
    harness.get_by_label_contains("each finding says what the platform holds");
    harness.get_by_label(&first.title);
    for line in &first.evidence {
        harness.get_by_label(&format!("• {line}"));
    }
    harness.get_by_label(&first.action);
    // Dismissed for the session, and back on request.
    harness
        .get_all_by_role_and_label(Role::Button, "Dismiss")
        .next()
        .unwrap()
        .click();
    harness.run_steps(3);
    assert!(harness.query_by_label(&first.title).is_none());
    harness.get_by_label("1 finding dismissed until Footprint is closed.");
    // At the foot of the page: brought into view before the click.
    harness.get_by_label("Show them again").scroll_to_me();
    harness.run_steps(3);
    harness.get_by_label("Show them again").click();
    harness.run_steps(3);
    harness.get_by_label(&first.title);
    // Each links to the view that shows it.
    let link = format!(
        "See {}",
        footprint::ui::topic_of_finding(first.view).title()
    );
    harness
        .get_all_by_label(&link)
        .next()
        .unwrap()
        .scroll_to_me();
    harness.run_steps(3);
    harness.get_all_by_label(&link).next().unwrap().click();
    harness.run_steps(3);
    assert_eq!(
        harness.state().page(),
        footprint::ui::Page::Topic(footprint::ui::topic_of_finding(first.view))
    );
}

#[test]
fn save_report_writes_one_html_file_and_ctrl_shift_s_asks_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.html");
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness_with(dialogs.clone());
    load_sample(&mut harness);
    // Dismissed findings stay out of the report, as they are out of the page.
    let dismissed = harness.state_mut().findings()[0].clone();
    go(&mut harness, "Findings");
    harness
        .get_all_by_role_and_label(Role::Button, "Dismiss")
        .next()
        .unwrap()
        .click();
    harness.run_steps(3);

    dialogs.answer(DialogReply::SaveReport(target.clone()));
    harness.get_by_label("Save report…").click();
    settle(&mut harness);
    harness.get_by_label_contains("Saved the report to");
    let html = std::fs::read_to_string(&target).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.matches("<svg").count() >= 10, "every view's charts");
    let kept = harness.state_mut().findings()[1].clone();
    assert!(html.contains(&kept.title.replace('\'', "&#x27;")));
    assert!(!html.contains(&dismissed.title.replace('\'', "&#x27;")));

    // Ctrl+Shift+S asks where to save it (not the chart under the pointer), and an
    // existing file is not replaced without asking.
    dialogs.answer(DialogReply::SaveReport(target.clone()));
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    settle(&mut harness);
    let asked = dialogs.asked.lock().unwrap().clone();
    assert!(
        matches!(asked.last(), Some(DialogRequest::SaveReport { default_name }) if default_name.ends_with(".html")),
        "{asked:?}"
    );
    harness.get_by_label("Replace the existing file?");
    harness.get_by_label("Keep the existing file").click();
    settle(&mut harness);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), html);
}

#[test]
fn two_exports_of_one_account_offer_compare_and_ended_sessions_are_not_findings() {
    use footprint::generate::telegram::{GenOptions, write_export};
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (name, day) in [("old", "2020-12-31"), ("new", "2024-03-31")] {
        let folder = dir.path().join(name);
        std::fs::create_dir_all(&folder).unwrap();
        let path = folder.join("result.json");
        let as_of = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
            .unwrap()
            .and_hms_opt(22, 59, 59)
            .unwrap()
            .and_utc()
            .timestamp();
        let options = GenOptions {
            messages: 3000,
            chats: 12,
            seed: 5,
            clean: true,
            as_of: Some(as_of),
        };
        write_export(&options, std::fs::File::create(&path).unwrap()).unwrap();
        paths.push(path);
    }
    let mut harness = harness();
    harness.run_steps(1);
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Compare")
            .is_none()
    );
    drop_file(&mut harness, paths[0].clone());
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Compare")
            .is_none(),
        "one export: nothing to compare"
    );
    drop_file(&mut harness, paths[1].clone());
    harness.get_by_label_contains("Two exports of this account are loaded");
    go(&mut harness, "Compare");
    harness.get_by_label("Telegram: two exports of user id 100000001");
    harness.get_by_label("New sessions (2)");
    harness.get_by_label("Ended sessions (3)");
    harness.get_by_label("PC-MODEL");
    // Ended sessions are no longer "still logged in".
    let findings = harness.state_mut().findings();
    let idle = findings.iter().find(|f| f.kind == "idle-sessions");
    assert!(
        idle.is_none_or(|f| f.evidence.iter().all(|l| !l.contains("PC-MODEL"))),
        "{idle:?}"
    );
    go(&mut harness, "Sessions & devices");
    assert!(
        harness
            .query_all_by_label("Ended: a later export of this account no longer lists it.")
            .count()
            == 3
    );
}

#[test]
fn the_language_menu_translates_the_window_and_drops_what_was_said_before() {
    use footprint::i18n::{Lang, with_language};
    let mut harness = harness();
    harness.run_steps(2);
    // The navigation shows without data on the About page.
    harness.state_mut().set_page(Page::About);
    harness.run_steps(2);
    assert_eq!(harness.state().settings().language, None);
    let charts_before = harness.state_mut().charts(Topic::Overview);

    // German, chosen in the menu (which shows the current choice: the system's language).
    let system = footprint::t!(
        "app-language-system",
        language = Lang::system().native_name()
    );
    harness.get_by_value(&system).click();
    harness.run_steps(2);
    harness.get_by_label(Lang::De.native_name()).click();
    harness.run_steps(3);
    assert_eq!(harness.state().settings().language, Some(Lang::De));
    assert_eq!(footprint::i18n::current(), Lang::De);
    harness.get_by_value(Lang::De.native_name());
    let charts_after = harness.state_mut().charts(Topic::Overview);
    assert!(
        !Arc::ptr_eq(&charts_before, &charts_after),
        "the charts are built again in the new language"
    );
    let expect = |lang: Lang| {
        with_language(lang, || {
            (
                footprint::t!("app-nav-about"),
                footprint::t!("app-open-files"),
                [Topic::Overview, Topic::Contacts, Topic::Activity]
                    .map(|topic| topic.title().to_string()),
            )
        })
    };
    let (about, open, topics) = expect(Lang::De);
    harness.get_by_role_and_label(Role::Button, &about);
    harness.get_by_role_and_label(Role::Button, &open);
    for title in &topics {
        harness.get_by_role_and_label(Role::Button, title);
    }
    // And it is German, not English looked up under another name.
    let (about_en, open_en, topics_en) = expect(Lang::En);
    assert_eq!(topics_en[0], "Overview");
    assert_ne!(about, about_en);
    assert_ne!(open, open_en);
    assert_eq!(topics[0], "Übersicht");
    // A chart's title too.
    let (title_before, title_after) = (&charts_before[0].title, &charts_after[0].title);
    assert_ne!(title_before, title_after);
    assert_eq!(
        *title_after,
        with_language(Lang::De, || {
            footprint::chart::charts_for(
                Topic::Overview,
                harness.state().derived(),
                &Default::default(),
            )[0]
            .title
            .clone()
        })
    );

    // Chinese, through the same path the menu takes.
    harness.state_mut().set_language(Some(Lang::Zh));
    harness.run_steps(3);
    assert_eq!(footprint::i18n::current(), Lang::Zh);
    harness.get_by_value(Lang::Zh.native_name());
    let (about, open, topics) = expect(Lang::Zh);
    assert_eq!(topics[0], "概览");
    harness.get_by_role_and_label(Role::Button, &about);
    harness.get_by_role_and_label(Role::Button, &open);
    for title in &topics {
        harness.get_by_role_and_label(Role::Button, title);
    }

    // Back to the system's language.
    harness.state_mut().set_language(None);
    harness.run_steps(2);
    assert_eq!(harness.state().settings().language, None);
    assert_eq!(footprint::i18n::current(), Lang::system());
}
