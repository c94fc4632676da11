//! The Telegram HTML importer on synthetic exports in the shape of the format notes §2
//! (written by `tests/fixtures/telegram/tools/make_html_synthetic.py`).

use std::fs;
use std::path::Path;

use crate::common::{
    deflated, fixture, load, stored, summary, telegram, warnings_of_kind, write_zip,
};
use footprint::model::{SessionKind, WarningKind};
use serde_json::json;

fn full() -> std::path::PathBuf {
    fixture("telegram/html_full_synthetic")
}

#[test]
fn full_html_export_counts() {
    let s = summary(&[&full()], None);
    assert_eq!(s["sources"].as_array().unwrap().len(), 1);
    assert_eq!(s["sources"][0]["format"], "telegram-html");
    // The export is named by its index page, not by the first chat page in file order.
    let path = s["sources"][0]["path"].as_str().unwrap();
    assert!(
        path.ends_with("html_full_synthetic/export_results.html"),
        "{path}"
    );
    let t = telegram(&s);
    assert_eq!(
        t["identity_fields"],
        json!([
            "bio",
            "first_name",
            "last_name",
            "phone_number",
            "profile_pictures",
            "username"
        ])
    );
    assert_eq!(t["contacts"], 3);
    assert_eq!(t["frequent_contacts"], 4);
    assert_eq!(t["sessions"], 3);
    assert_eq!(t["web_sessions"], 2);
    assert_eq!(t["devices"], 3);
    // Sessions (one without IP), web sessions (IPv4 and IPv6), other_data.json.
    assert_eq!(t["ip_addresses"], 5);
    assert_eq!(t["countries"], json!(["Germany", "United States"]));
    assert_eq!(
        t["conversations"],
        json!({"personal": 2, "group": 1, "channel": 1, "bot": 0, "saved": 0, "other": 0})
    );
    assert_eq!(t["left_conversations"], 1);
    // Bob: 3 over two pages (one joined) + a forward; Telegram 1; Field Ops 3.
    assert_eq!(t["messages"], 8);
    // "joined Telegram", the call, "created group", "invited".
    assert_eq!(t["service_events"], 4);
    // By name: Alex Example (also "via @gif"), Bob Builder, Telegram, Deleted Account, Carol.
    assert_eq!(t["senders"], 5);
    assert_eq!(t["last_message"], "2024-03-04T10:36:40");
    let bob = s["conversation_list"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Bob Builder")
        .unwrap();
    assert_eq!(bob["messages"], 4);
    assert_eq!(bob["service_events"], 2);
}

#[test]
fn html_details_reach_the_model() {
    let outcome = load(&[&full()], None);
    let fp = &outcome.footprint;
    let login = &fp.login_events[0];
    assert_eq!(fp.login_events.len(), 1);
    assert_eq!(
        login.device,
        "Telegram Desktop, 4.15.0 x64, PC-MODEL, Windows 10 x64"
    );
    assert_eq!(login.location, "Berlin, Germany");
    assert_eq!(login.ip, Some("203.0.113.10".parse().unwrap()));
    assert_eq!(login.time.to_iso(), "2024-02-03T10:20:30");

    let desktop = &fp.sessions[0];
    assert_eq!(desktop.app, "Telegram Desktop 4.15.0 x64");
    assert_eq!(desktop.device, "PC-MODEL");
    assert_eq!(desktop.system, "Windows 10 x64");
    assert_eq!(
        (desktop.region.as_str(), desktop.country.as_str()),
        ("Berlin", "Germany")
    );
    assert_eq!(desktop.last_active.unwrap().to_iso(), "2024-03-04T12:20:30");
    assert_eq!(fp.sessions[1].ip, None, "a session without IP");
    let web: Vec<_> = fp
        .sessions
        .iter()
        .filter(|s| s.kind == SessionKind::Web)
        .collect();
    assert_eq!(web[1].ip, Some("2001:db8::7".parse().unwrap()));
    assert_eq!(web[0].website, "example.org (@example_login_bot)");
    assert_eq!(
        fp.contacts[2].name, "",
        "\"Deleted Account\" is an unnamed entry"
    );
    assert_eq!(
        fp.contacts[0].added.unwrap().to_iso(),
        "2021-09-16T11:20:30"
    );
    assert_eq!(fp.frequent_contacts[2].category, "inline_bots");
    assert_eq!(fp.account_events[0].event, "password_change");
    // The standard-offset note, once.
    assert_eq!(
        fp.sources[0]
            .warnings
            .count(WarningKind::StandardTimeOffset),
        1
    );
}

#[test]
fn single_chat_old_format_without_offset() {
    let s = summary(&[&fixture("telegram/html_single_chat_old_synthetic")], None);
    let t = telegram(&s);
    assert_eq!(t["messages"], 4, "two pages, one joined message");
    assert_eq!(t["senders"], 2);
    assert_eq!(t["conversations"]["personal"], 1);
    assert_eq!(t["first_message"], "2020-06-04T14:16:12");
    assert_eq!(t["last_message"], "2020-06-05T09:00:00");
    assert_eq!(s["conversation_list"][0]["name"], "Мария");
    assert_eq!(s["sources"][0]["warnings"], 0);
}

/// A copy of the synthetic full export in `dir/DataExport`, without `rel` (a file or a
/// folder).
fn export_without(dir: &Path, rel: &str) -> std::path::PathBuf {
    let export = dir.join("DataExport");
    copy_dir(&full(), &export);
    let gone = export.join(rel);
    if gone.is_dir() {
        fs::remove_dir_all(gone).unwrap();
    } else {
        fs::remove_file(gone).unwrap();
    }
    export
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn zipped_html_export_equals_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("DataExport.zip");
    zip_folder(&full(), "DataExport_2024-03-04/", false, &zip);
    assert_eq!(
        telegram(&summary(&[&zip], None)),
        telegram(&summary(&[&full()], None))
    );
}

/// A zip entry that cannot be read (its bytes damaged, so its checksum fails) costs its
/// page alone, named in a warning; the rest of the export is read, the same on every run
/// however far the other threads had got.
#[test]
fn a_damaged_page_in_a_zip_costs_that_page_alone() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("DataExport");
    copy_dir(&full(), &export);
    let second = export.join("chats/chat_1/messages2.html");
    let page = fs::read(&second).unwrap();
    fs::remove_file(&second).unwrap();
    let without_page = load(&[&export], None).footprint.messages.len();
    fs::write(&second, &page).unwrap();
    // Stored, not deflated: the page's bytes stand in the zip as they are.
    let zip = dir.path().join("DataExport.zip");
    let members: Vec<(String, Vec<u8>)> = walk(&export)
        .iter()
        .map(|p| {
            (
                p.strip_prefix(&export).unwrap().display().to_string(),
                fs::read(p).unwrap(),
            )
        })
        .collect();
    let refs: Vec<(&str, &[u8])> = members
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    write_zip(&zip, &refs, stored());
    let mut bytes = fs::read(&zip).unwrap();
    let at = bytes
        .windows(page.len())
        .position(|w| w == page.as_slice())
        .unwrap()
        + page.len() / 2;
    bytes[at] ^= 0xFF;
    fs::write(&zip, &bytes).unwrap();
    for _ in 0..3 {
        let outcome = load(&[&zip], None);
        assert_eq!(outcome.footprint.messages.len(), without_page);
        let skipped = warnings_of_kind(&outcome, WarningKind::SkippedRecord);
        assert!(
            skipped
                .iter()
                .any(|w| w.contains("messages2.html")
                    && w.contains("the rest of the export was read")),
            "{skipped:?}"
        );
    }
}

/// A chat page that is empty, or missing before pages that are there, is named: its
/// messages are lost.
#[test]
fn empty_and_missing_chat_pages_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("DataExport");
    copy_dir(&full(), &export);
    fs::write(export.join("chats/chat_1/messages2.html"), "").unwrap();
    let outcome = load(&[&export], None);
    let skipped = warnings_of_kind(&outcome, WarningKind::SkippedRecord);
    assert!(
        skipped
            .iter()
            .any(|w| w.contains("messages2.html") && w.contains("is empty (0 bytes)")),
        "{skipped:?}"
    );
    fs::remove_file(export.join("chats/chat_1/messages2.html")).unwrap();
    fs::rename(
        export.join("chats/chat_1/messages.html"),
        export.join("chats/chat_1/messages3.html"),
    )
    .unwrap();
    let outcome = load(&[&export], None);
    let missing = warnings_of_kind(&outcome, WarningKind::MissingPage);
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert!(
        missing[0].starts_with("messages.html to messages2.html are missing before")
            && missing[0].contains("messages3.html"),
        "{missing:?}"
    );
}

/// Zips every file below `folder` as `prefix` + its path there, in path order or
/// `reversed`.
fn zip_folder(folder: &Path, prefix: &str, reversed: bool, zip: &Path) {
    let mut paths = walk(folder);
    if reversed {
        paths.reverse();
    }
    let members: Vec<(String, Vec<u8>)> = paths
        .iter()
        .map(|path| {
            let rel = path.strip_prefix(folder).unwrap().display();
            (format!("{prefix}{rel}"), fs::read(path).unwrap())
        })
        .collect();
    let refs: Vec<(&str, &[u8])> = members
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    write_zip(zip, &refs, deflated());
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn both_formats_in_one_folder_reads_only_json() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("DataExport_both");
    copy_dir(&full(), &export);
    fs::copy(
        fixture("telegram/full_export_synthetic.json"),
        export.join("result.json"),
    )
    .unwrap();
    let s = summary(&[&export], None);
    assert_eq!(s["sources"].as_array().unwrap().len(), 1);
    assert_eq!(s["sources"][0]["format"], "telegram-json");
}

#[test]
fn missing_lists_are_fine() {
    let dir = tempfile::tempdir().unwrap();
    let export = export_without(dir.path(), "lists");
    let outcome = load(&[&export], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = serde_json::to_value(footprint::analysis::summarize(&outcome)).unwrap();
    let t = telegram(&s);
    assert_eq!(t["contacts"], 0);
    assert_eq!(t["sessions"], 0);
    // Without chats.html the chat folders are still read, named from their pages; the
    // one whose pages hold group events ("created group") is a group, the others' kind
    // is not known.
    assert_eq!(t["messages"], 8);
    assert_eq!(t["conversations"]["group"], 1);
    assert_eq!(t["conversations"]["other"], 2);
}

#[test]
fn broken_pages_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("DataExport");
    copy_dir(&full(), &export);
    let page = export.join("chats/chat_1/messages.html");
    let original = fs::read(&page).unwrap();
    for cut in (0..original.len()).step_by(97) {
        fs::write(&page, &original[..cut]).unwrap();
        let outcome = load(&[&export], None);
        assert!(outcome.errors.is_empty(), "cut {cut}: {:?}", outcome.errors);
        assert_eq!(outcome.footprint.sources.len(), 1);
    }
    // A page in another encoding: GB18030 text is decoded, UTF-16 too.
    let text = String::from_utf8(original)
        .unwrap()
        .replace("Bob Builder", "小王");
    let (gbk, _, _) = encoding_rs::GB18030.encode(&text);
    fs::write(&page, &gbk).unwrap();
    let outcome = load(&[&export], None);
    assert!(outcome.footprint.senders.names.iter().any(|n| n == "小王"));
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    fs::write(&page, &utf16).unwrap();
    let outcome = load(&[&export], None);
    assert!(outcome.footprint.senders.names.iter().any(|n| n == "小王"));
    // Binary garbage where a page should be.
    fs::write(&page, [0u8, 159, 146, 150, 0, 1, 2, 3].repeat(100)).unwrap();
    let outcome = load(&[&export], None);
    assert!(outcome.errors.is_empty());
}

/// The summary fields HTML carries, for comparing the two forms of one generated export.
fn comparable(summary: &serde_json::Value) -> serde_json::Value {
    let mut t = telegram(summary).clone();
    // HTML has no user id among the identity fields.
    if let Some(fields) = t["identity_fields"].as_array_mut() {
        fields.retain(|f| f != "user_id");
    }
    // Conversation names differ (JSON: first name only; HTML: full name): compare kinds,
    // counts and the left flag.
    let mut list: Vec<String> = summary["conversation_list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {}",
                c["kind"], c["messages"], c["service_events"], c["left"]
            )
        })
        .collect();
    list.sort();
    json!({"platform": t, "conversations": list})
}

#[test]
fn generated_html_equals_generated_json() {
    use footprint::generate::telegram::{GenOptions, write_export, write_html_export};
    for (messages, chats, seed) in [(300, 3, 1), (4_000, 20, 7), (25_000, 40, 42)] {
        let dir = tempfile::tempdir().unwrap();
        let options = GenOptions {
            messages,
            chats,
            seed,
            clean: false,
            as_of: None,
        };
        let json_path = dir.path().join("result.json");
        let json_stats = write_export(&options, fs::File::create(&json_path).unwrap()).unwrap();
        let html_dir = dir.path().join("DataExport_html");
        let html_stats = write_html_export(&options, &html_dir).unwrap();
        assert_eq!(json_stats.messages, html_stats.messages);
        let from_json = summary(&[&json_path], None);
        let from_html = summary(&[&html_dir], None);
        assert_eq!(from_html["sources"][0]["format"], "telegram-html");
        assert_eq!(
            comparable(&from_json),
            comparable(&from_html),
            "seed {seed}, {messages} messages"
        );
        // Chats longer than a page were split over several files.
        if messages >= 25_000 {
            let pages = walk(&html_dir)
                .iter()
                .filter(|p| p.ends_with("messages2.html"))
                .count();
            assert!(pages > 0);
        }
        let outcome = load(&[&html_dir], None);
        assert_eq!(
            outcome.footprint.login_events.len() as u64,
            html_stats.login_notices
        );
    }
}

#[test]
fn generated_single_chat_html_equals_json() {
    use footprint::generate::telegram::{GenOptions, write_html_single_chat, write_single_chat};
    let dir = tempfile::tempdir().unwrap();
    let options = GenOptions {
        messages: 2_500,
        chats: 1,
        seed: 5,
        clean: false,
        as_of: None,
    };
    let json_path = dir.path().join("result.json");
    write_single_chat(&options, fs::File::create(&json_path).unwrap()).unwrap();
    let html_dir = dir.path().join("ChatExport_html");
    write_html_single_chat(&options, &html_dir).unwrap();
    assert_eq!(
        comparable(&summary(&[&json_path], None)),
        comparable(&summary(&[&html_dir], None))
    );
}

#[test]
fn mutated_pages_never_panic() {
    use footprint::generate::Rng;
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("DataExport");
    copy_dir(&full(), &export);
    let pages = [
        export.join("chats/chat_1/messages.html"),
        export.join("lists/sessions.html"),
        export.join("export_results.html"),
    ];
    let originals: Vec<Vec<u8>> = pages.iter().map(|p| fs::read(p).unwrap()).collect();
    let mut rng = Rng::new(3);
    let nasty = [b'<', b'>', b'"', b'/', b'&', b'=', 0, 0xFF, b'\n', b'-'];
    for round in 0..150 {
        let which = rng.below(pages.len() as u64) as usize;
        let mut bytes = originals[which].clone();
        for _ in 0..1 + rng.below(10) {
            let at = rng.below(bytes.len() as u64) as usize;
            if rng.chance(50) {
                bytes[at] = *rng.pick(&nasty);
            } else {
                bytes.remove(at);
            }
        }
        fs::write(&pages[which], &bytes).unwrap();
        let outcome = load(&[&export], None);
        // Either read (whatever survived) or said why not; never a panic.
        let said_why = outcome.unrecognized.len() + outcome.errors.len();
        assert_eq!(
            outcome.footprint.sources.len() + said_why.min(1),
            1,
            "round {round}: {:?} {:?}",
            outcome.unrecognized,
            outcome
                .footprint
                .sources
                .iter()
                .map(|s| &s.path)
                .collect::<Vec<_>>()
        );
        for e in &outcome.errors {
            assert!(
                e.message.contains("DataExport"),
                "round {round}: {}",
                e.message
            );
        }
        fs::write(&pages[which], &originals[which]).unwrap();
    }
}

#[test]
fn a_group_single_chat_page_starting_with_a_service_message() {
    // A single chat's page: "created group" before any timed message of its day.
    let dir = tempfile::tempdir().unwrap();
    let chat = dir.path().join("ChatExport_2024-03-05");
    fs::create_dir(&chat).unwrap();
    fs::write(
        chat.join("messages.html"),
        r##"<!DOCTYPE html><html><head><meta charset="utf-8"/></head><body>
<div class="page_wrap"><div class="page_header"><a class="content block_link" href="#">
<div class="text bold">Lake</div></a></div>
<div class="page_body chat_page"><div class="history">
<div class="message service" id="message-1"><div class="body details">4 March 2024</div></div>
<div class="message service" id="message5"><div class="body details">Ana created group «Lake»</div></div>
<div class="message default clearfix" id="message6"><div class="body">
<div class="pull_right date details" title="04.03.2024 10:20:30">10:20</div>
<div class="from_name">Ana</div><div class="text">hello</div></div></div>
<div class="message default clearfix" id="message7"><div class="body">
<div class="pull_right date details" title="04.03.2024 10:25:00">10:25</div>
<div class="from_name">Bo</div><div class="text">hi</div></div></div>
</div></div></div></body></html>"##,
    )
    .unwrap();
    let s = summary(&[&chat], None);
    let t = telegram(&s);
    assert_eq!(t["conversations"]["group"], 1, "{s}");
    assert_eq!(t["conversations"]["personal"], 0);
    assert_eq!(t["messages"], 2);
    assert_eq!(t["service_events"], 1);
    // The service message takes the next timed message's time, not the day's midnight.
    assert_eq!(t["first_message"], "2024-03-04T10:20:30");
}

#[test]
fn a_list_page_of_unclosed_elements_is_skipped_not_parsed_for_ever() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("DataExport");
    copy_dir(&full(), &export);
    let chats = export.join("lists/chats.html");
    let page = fs::read_to_string(&chats).unwrap();
    fs::write(&chats, page.replace("</body>", &"<div>".repeat(40_000))).unwrap();
    let outcome = load(&[&export], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let warnings = &outcome.footprint.sources[0].warnings;
    assert!(warnings.count(WarningKind::SkippedRecord) >= 1);
    let sample = warnings
        .iter()
        .find(|(kind, ..)| *kind == WarningKind::SkippedRecord)
        .map(|(_, _, samples)| samples[0].to_string())
        .unwrap();
    assert!(
        sample.contains("chats.html") && sample.contains("never closed"),
        "{sample}"
    );
    // The chats themselves are still read, from their folders.
    let s = serde_json::to_value(footprint::analysis::summarize(&outcome)).unwrap();
    assert_eq!(telegram(&s)["messages"], 8);
}

#[test]
fn a_chat_page_without_messages_is_named_in_a_warning() {
    // A first page whose messages were lost (its page frame kept), beside a readable
    // second one.
    let dir = tempfile::tempdir().unwrap();
    let chat = dir.path().join("ChatExport");
    copy_dir(&fixture("telegram/html_single_chat_old_synthetic"), &chat);
    let first = chat.join("messages.html");
    let text = fs::read_to_string(&first).unwrap();
    let frame = &text[..text.find("<div class=\"message").unwrap()];
    fs::write(&first, format!("{frame}</div></div></body></html>")).unwrap();
    let outcome = load(&[&chat], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let samples = warnings_of_kind(&outcome, WarningKind::SkippedRecord);
    assert!(
        samples
            .iter()
            .any(|s| s.contains("messages.html") && s.contains("holds no message")),
        "{samples:?}"
    );
    // The readable page is still read.
    assert!(!outcome.footprint.messages.is_empty());
}

/// Damage that loses messages is named, never silent: a page cut short (its messages up to
/// the cut are kept), a page missing that the one before links to, and an index page
/// without the account's information.
#[test]
fn cut_and_missing_pages_are_named_in_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("DataExport");
    copy_dir(&full(), &export);
    let whole = load(&[&export], None);
    assert_eq!(
        whole.footprint.sources[0]
            .warnings
            .count(WarningKind::Truncated),
        0
    );
    assert_eq!(
        whole.footprint.sources[0]
            .warnings
            .count(WarningKind::MissingPage),
        0
    );
    let messages = whole.footprint.messages.len();

    // The first page of chat_1 cut inside its last message's text.
    let page = export.join("chats/chat_1/messages.html");
    let text = fs::read_to_string(&page).unwrap();
    let cut = text.rfind("and another one").unwrap() + "and ano".len();
    fs::write(&page, &text[..cut]).unwrap();
    let outcome = load(&[&export], None);
    let cut_pages = warnings_of_kind(&outcome, WarningKind::Truncated);
    assert!(
        cut_pages
            .iter()
            .any(|s| s.contains("chat_1/messages.html") && s.contains("ends early")),
        "{cut_pages:?}"
    );
    assert_eq!(
        outcome.footprint.messages.len(),
        messages,
        "the cut message is kept"
    );

    // The page whole again, its next page gone.
    fs::write(&page, &text).unwrap();
    fs::remove_file(export.join("chats/chat_1/messages2.html")).unwrap();
    let outcome = load(&[&export], None);
    assert!(outcome.footprint.messages.len() < messages);
    let missing = warnings_of_kind(&outcome, WarningKind::MissingPage);
    assert!(
        missing
            .iter()
            .any(|s| s.contains("chat_1/messages.html") && s.contains("messages2.html")),
        "{missing:?}"
    );

    // An index page damaged beyond reading: the account's information is said to be missing.
    fs::write(
        export.join("export_results.html"),
        "<html><body><div class=\"page_wrap\">oops</div></body></html>",
    )
    .unwrap();
    let outcome = load(&[&export], None);
    let notes = &outcome.footprint.sources[0].notes;
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("export_results.html holds no account information")),
        "{notes:?}"
    );
}

/// A page saved as UTF-16 without a byte-order mark (a Windows tool's "Unicode") reads
/// as the page itself does.
#[test]
fn a_page_in_utf16_without_a_byte_order_mark_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let chat = dir.path().join("ChatExport");
    copy_dir(&fixture("telegram/html_single_chat_old_synthetic"), &chat);
    let expected = telegram(&summary(&[&chat], None)).clone();
    for order in [u16::to_le_bytes as fn(u16) -> [u8; 2], u16::to_be_bytes] {
        for page in ["messages.html", "messages2.html"] {
            let original = fixture(&format!("telegram/html_single_chat_old_synthetic/{page}"));
            let text = fs::read_to_string(original).unwrap();
            let utf16: Vec<u8> = text.encode_utf16().flat_map(order).collect();
            fs::write(chat.join(page), utf16).unwrap();
        }
        let s = summary(&[&chat], None);
        assert_eq!(telegram(&s), &expected);
        assert_eq!(s["sources"][0]["warnings"], 0, "{s}");
    }
}

#[test]
fn a_chat_page_is_known_by_what_it_holds_whatever_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let original = fixture("telegram/html_single_chat_old_synthetic/messages.html");
    // The first page alone, as Telegram wrote it.
    let alone = dir.path().join("alone");
    fs::create_dir(&alone).unwrap();
    fs::copy(&original, alone.join("messages.html")).unwrap();
    let expected = telegram(&summary(&[&alone], None)).clone();
    assert!(expected["messages"].as_u64().unwrap() > 0);
    // Renamed, and saved again with every tag on its own line.
    let renamed = dir.path().join("Test chat.html");
    fs::copy(&original, &renamed).unwrap();
    let pretty = dir.path().join("pretty.html");
    let page = fs::read_to_string(&original).unwrap();
    fs::write(&pretty, page.replace('>', ">\n").replace("<", "\n<")).unwrap();
    for path in [&renamed, &pretty] {
        let s = summary(&[path], None);
        assert_eq!(s["unrecognized"], json!([]), "{}", path.display());
        assert_eq!(s["sources"][0]["format"], "telegram-html");
        let t = telegram(&s);
        for key in [
            "messages",
            "service_events",
            "senders",
            "first_message",
            "last_message",
        ] {
            assert_eq!(t[key], expected[key], "{key} of {}", path.display());
        }
    }
    // Two renamed pages of two chats in one folder are two sources.
    let both = summary(&[&renamed, &pretty], None);
    assert_eq!(both["sources"].as_array().unwrap().len(), 2);
}

#[test]
fn a_folder_copied_without_export_results_reads_the_rest_as_one_source() {
    let dir = tempfile::tempdir().unwrap();
    let export = export_without(dir.path(), "export_results.html");
    let s = summary(&[&export], None);
    assert_eq!(s["sources"].as_array().unwrap().len(), 1);
    assert_eq!(s["sources"][0]["format"], "telegram-html");
    // Without its index page, the export is named by its first page.
    let path = s["sources"][0]["path"].as_str().unwrap();
    assert!(path.ends_with("chats/chat_1/messages.html"), "{path}");
    let without = telegram(&s).clone();
    let whole = telegram(&summary(&[&full()], None)).clone();
    // Everything but the personal information on export_results.html.
    assert_eq!(without["identity_fields"], json!(["profile_pictures"]));
    for key in [
        "contacts",
        "frequent_contacts",
        "sessions",
        "web_sessions",
        "ip_addresses",
        "conversations",
        "left_conversations",
        "messages",
        "service_events",
        "senders",
        "last_message",
    ] {
        assert_eq!(without[key], whole[key], "{key}");
    }
    let notes = &load(&[&export], None).footprint.sources[0].notes;
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("No export_results.html")),
        "{notes:?}"
    );
    // The same, zipped, with the export's pages claimed in any order.
    let zip = dir.path().join("copy.zip");
    zip_folder(&export, "", true, &zip);
    let zipped = summary(&[&zip], None);
    assert_eq!(zipped["sources"].as_array().unwrap().len(), 1);
    assert_eq!(telegram(&zipped), &without);
}

#[test]
fn the_lists_folder_and_each_list_page_alone_are_read_into_what_they_hold() {
    let dir = tempfile::tempdir().unwrap();
    let lists = dir.path().join("lists");
    copy_dir(&full().join("lists"), &lists);
    let whole = telegram(&summary(&[&full()], None)).clone();
    // The lists folder dropped on its own.
    let s = summary(&[&lists], None);
    assert_eq!(s["sources"].as_array().unwrap().len(), 1, "{s}");
    let t = telegram(&s);
    for key in [
        "contacts",
        "frequent_contacts",
        "sessions",
        "web_sessions",
        "devices",
        "ip_addresses",
        "countries",
        "conversations",
        "left_conversations",
    ] {
        assert_eq!(t[key], whole[key], "{key}");
    }
    assert_eq!(t["messages"], 0);
    // Each page alone, from a folder of its own.
    let alone = |name: &str| {
        let folder = dir.path().join(format!("alone_{name}"));
        fs::create_dir_all(&folder).unwrap();
        let path = folder.join(name);
        fs::copy(lists.join(name), &path).unwrap();
        let s = summary(&[&path], None);
        assert_eq!(s["sources"].as_array().unwrap().len(), 1, "{name}: {s}");
        assert_eq!(s["sources"][0]["format"], "telegram-html", "{name}");
        telegram(&s).clone()
    };
    assert_eq!(alone("sessions.html")["sessions"], 3);
    assert_eq!(alone("sessions.html")["web_sessions"], 0);
    assert_eq!(alone("web_sessions.html")["web_sessions"], 2);
    assert_eq!(alone("contacts.html")["contacts"], 3);
    assert_eq!(alone("frequent.html")["frequent_contacts"], 4);
    let chats = alone("chats.html");
    assert_eq!(chats["conversations"], whole["conversations"]);
    assert_eq!(chats["left_conversations"], 1);
    let other = alone("other_data.json");
    assert_eq!(other["ip_addresses"], 2);
    assert_eq!(other["account_changes"], whole["account_changes"]);
    assert_eq!(other["sessions"], 0);
}

#[test]
fn old_left_chats_page_marks_its_chats_left() {
    // Telegram Desktop 1.x wrote left chats on a page of their own.
    let dir = tempfile::tempdir().unwrap();
    let lists = dir.path().join("DataExport_2019").join("lists");
    fs::create_dir_all(&lists).unwrap();
    fs::copy(
        full().join("lists/chats.html"),
        lists.join("left_chats.html"),
    )
    .unwrap();
    let s = summary(&[&dir.path().join("DataExport_2019")], None);
    let t = telegram(&s);
    // Every chat on the page (the second list too) is one left, and left ones are
    // counted apart from the others.
    let whole = telegram(&summary(&[&full()], None)).clone();
    let listed = |t: &serde_json::Value| -> u64 {
        let kinds: u64 = t["conversations"]
            .as_object()
            .unwrap()
            .values()
            .map(|v| v.as_u64().unwrap())
            .sum();
        kinds + t["left_conversations"].as_u64().unwrap()
    };
    assert_eq!(t["left_conversations"], listed(&whole));
    assert_eq!(listed(t), listed(&whole));
}

#[test]
fn a_both_export_with_lists_is_still_read_from_json_alone() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("DataExport_both");
    copy_dir(&full(), &export);
    fs::remove_file(export.join("export_results.html")).unwrap();
    fs::copy(
        fixture("telegram/full_export_synthetic.json"),
        export.join("result.json"),
    )
    .unwrap();
    let s = summary(&[&export], None);
    assert_eq!(s["sources"].as_array().unwrap().len(), 1, "{s}");
    assert_eq!(s["sources"][0]["format"], "telegram-json");
}

/// Issue 17: pages parsed on several threads and added in order give field for field
/// the footprint of one thread, over a generated export of many pages.
#[test]
fn an_export_read_on_several_threads_is_the_export_read_on_one() {
    use footprint::generate::telegram::{GenOptions, write_html_export};
    let dir = tempfile::tempdir().unwrap();
    let html_dir = dir.path().join("DataExport_html");
    let options = GenOptions {
        messages: 30_000,
        chats: 30,
        seed: 17,
        clean: false,
        as_of: None,
    };
    write_html_export(&options, &html_dir).unwrap();
    let limits = |threads| footprint::input::Limits {
        parse_threads: threads,
        ..Default::default()
    };
    let one = crate::common::load_with_limits(&html_dir, limits(1));
    let many = crate::common::load_with_limits(&html_dir, limits(4));
    assert!(one.footprint.messages.len() > 25_000);
    crate::common::assert_same_footprint(&one, &many);
}
