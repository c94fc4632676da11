//! Bad input never crashes: truncated, mutated, binary, empty and missing files each give
//! a clear message naming the file, and whatever was readable is kept.

use std::fs;
use std::path::Path;

use crate::common::{fixture, load, warnings_of_kind};
use footprint::generate::Rng;
use footprint::model::WarningKind;

fn load_bytes(dir: &Path, name: &str, bytes: &[u8]) -> footprint::import::LoadOutcome {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    load(&[&path], None)
}

#[test]
fn truncated_at_every_point_keeps_what_was_read() {
    let full = fs::read(fixture("telegram/full_export_synthetic.json")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut last_messages = 0;
    for cut in (1..full.len()).step_by(37) {
        let outcome = load_bytes(dir.path(), "result.json", &full[..cut]);
        for e in &outcome.errors {
            assert!(
                e.message.contains("result.json"),
                "cut {cut}: {}",
                e.message
            );
        }
        if let Some(source) = outcome.footprint.sources.first() {
            // The file ends early: said once, as a warning, unless the cut fell in the
            // recognised head only.
            assert!(source.warnings.count(WarningKind::Truncated) <= 1);
            let messages = outcome.footprint.messages.len();
            assert!(
                messages >= last_messages,
                "cut {cut}: fewer messages than a shorter cut"
            );
            last_messages = messages;
        }
    }
    assert!(
        last_messages >= 14,
        "the longest cut keeps all but the last message: {last_messages}"
    );
}

#[test]
fn truncated_file_reports_a_warning_with_the_offset() {
    let full = fs::read(fixture("telegram/full_export_synthetic.json")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let outcome = load_bytes(dir.path(), "result.json", &full[..full.len() / 2]);
    assert!(outcome.errors.is_empty());
    let w = &outcome.footprint.sources[0].warnings;
    assert_eq!(w.count(WarningKind::Truncated), 1);
    let (_, _, samples) = w
        .iter()
        .find(|(k, _, _)| *k == WarningKind::Truncated)
        .unwrap();
    assert!(samples[0].detail.contains("result.json"));
    assert_eq!(samples[0].position.byte, (full.len() / 2) as u64);
}

#[test]
fn mutated_files_never_panic() {
    let original = fs::read(fixture("telegram/full_export_synthetic.json")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng::new(
        std::env::var("FOOTPRINT_FUZZ_SEED")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(42),
    );
    let nasty = [
        b'"', b'\\', b'{', b'}', b'[', b']', b',', b':', 0, 0xFF, 0xC3, b'x', b'\n',
    ];
    let rounds = crate::common::fuzz_rounds(300);
    for round in 0..rounds {
        let mut bytes = original.clone();
        for _ in 0..1 + rng.below(8) {
            let at = rng.below(bytes.len() as u64) as usize;
            match rng.below(3) {
                0 => bytes[at] = *rng.pick(&nasty),
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.insert(at, *rng.pick(&nasty)),
            }
        }
        let outcome = load_bytes(dir.path(), "result.json", &bytes);
        for e in &outcome.errors {
            assert!(
                e.message.contains("result.json"),
                "round {round}: {}",
                e.message
            );
        }
    }
}

#[test]
fn binary_file_named_result_json_is_not_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng::new(1);
    let bytes: Vec<u8> = (0..4096).map(|_| rng.below(256) as u8).collect();
    let outcome = load_bytes(dir.path(), "result.json", &bytes);
    assert!(outcome.footprint.sources.is_empty());
    assert_eq!(outcome.unrecognized.len(), 1);
    assert!(
        outcome.unrecognized[0].reason.contains("binary"),
        "{}",
        outcome.unrecognized[0].reason
    );
    assert!(outcome.unrecognized[0].path.ends_with("result.json"));
}

#[test]
fn empty_file_is_not_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let outcome = load_bytes(dir.path(), "result.json", b"");
    assert_eq!(outcome.unrecognized.len(), 1);
    assert_eq!(outcome.unrecognized[0].reason, "empty file (0 bytes)");
}

#[test]
fn json_of_another_kind_is_named_with_its_keys() {
    let dir = tempfile::tempdir().unwrap();
    let outcome = load_bytes(
        dir.path(),
        "package.json",
        br#"{"name": "x", "version": "1.0.0"}"#,
    );
    assert_eq!(outcome.unrecognized.len(), 1);
    let reason = &outcome.unrecognized[0].reason;
    assert!(
        reason.contains("JSON") && reason.contains("name, version"),
        "{reason}"
    );
}

/// A folder that holds nothing readable is named with the files it holds, so the user
/// knows which file was looked at (a single-chat folder whose page is cut short said
/// only "text, but not a known export layout" of the folder).
#[test]
fn an_unrecognised_folder_names_the_files_inside() {
    let page = fs::read(fixture(
        "telegram/html_single_chat_old_synthetic/messages.html",
    ))
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let chat = dir.path().join("ChatExport_2024-01-20");
    fs::create_dir(&chat).unwrap();
    // Cut before the page's markup begins.
    fs::write(chat.join("messages.html"), &page[..120]).unwrap();
    let outcome = load(&[&chat], None);
    assert_eq!(outcome.unrecognized.len(), 1);
    let reason = &outcome.unrecognized[0].reason;
    assert!(
        outcome.unrecognized[0]
            .path
            .ends_with("ChatExport_2024-01-20")
    );
    assert!(
        reason
            .starts_with("its only file, messages.html: HTML, but not a page of a Telegram export"),
        "{reason}"
    );
    // The same page on its own is named by its path, the reason alone.
    let outcome = load(&[&chat.join("messages.html")], None);
    assert!(
        outcome.unrecognized[0].reason.starts_with("HTML, but"),
        "{}",
        outcome.unrecognized[0].reason
    );
    // More files: the first few are named.
    for name in ["notes.txt", "photo.jpg", "z.txt"] {
        fs::write(chat.join(name), "x").unwrap();
    }
    let outcome = load(&[&chat], None);
    let reason = &outcome.unrecognized[0].reason;
    assert!(
        reason.starts_with("no supported export among its 4 files ("),
        "{reason}"
    );
    assert!(
        reason.contains("messages.html") && reason.contains(", …;"),
        "{reason}"
    );
    // A folder of empty files says so.
    let empty = dir.path().join("empty");
    fs::create_dir(&empty).unwrap();
    fs::write(empty.join("result.json"), "").unwrap();
    fs::write(empty.join("messages.html"), "").unwrap();
    let outcome = load(&[&empty], None);
    assert_eq!(
        outcome.unrecognized[0].reason,
        "its 2 files are all empty (0 bytes)"
    );
}

/// Files no importer recognises beside an export that was recognised are named with
/// their reason, not passed over: a bill cut before its column titles next to a
/// `result.json` is the user's data too. What lies below the export's folder (the files
/// a Telegram export holds) and hidden files are not named; past ten, the rest is counted.
#[test]
fn damaged_files_beside_a_recognised_export_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("exports");
    fs::create_dir(&folder).unwrap();
    fs::copy(
        fixture("telegram/full_export_synthetic.json"),
        folder.join("result.json"),
    )
    .unwrap();
    fs::write(
        folder.join("微信支付账单(20240601-20250531).csv"),
        "2024-06-01 10:00:00,x,1\n",
    )
    .unwrap();
    // A bill cut inside its preamble, before the table.
    fs::write(
        folder.join("微信支付账单(20250601-20251130).csv"),
        "微信支付账单明细\n微信昵称：[小明]\n起始时间：[2025-06-01 00:00:00]",
    )
    .unwrap();
    fs::write(folder.join("notes.txt"), "my notes").unwrap();
    fs::write(folder.join("photo.jpg"), [0xFF, 0xD8, 0xFF]).unwrap();
    fs::write(folder.join("._notes.txt"), [0, 5, 22, 7]).unwrap();
    fs::create_dir(folder.join("files")).unwrap();
    fs::write(folder.join("files/sent by me.txt"), "a document").unwrap();
    let outcome = load(&[&folder], None);
    assert_eq!(outcome.footprint.sources.len(), 1);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let named: Vec<(&str, &str)> = outcome
        .unrecognized
        .iter()
        .map(|u| (u.path.rsplit('/').next().unwrap(), u.reason.as_str()))
        .collect();
    assert_eq!(named.len(), 3, "{named:?}");
    assert!(
        named
            .iter()
            .any(|(name, reason)| name.starts_with("微信支付账单(2025")
                && reason.starts_with("the start of a WeChat Pay bill")
                && reason.contains("Download it again")),
        "{named:?}"
    );
    assert!(
        named.contains(&("notes.txt", "text, but not a known export layout")),
        "{named:?}"
    );
    assert!(
        named
            .iter()
            .any(|(name, reason)| name.starts_with("微信支付账单")
                && reason.starts_with("a CSV table")),
        "{named:?}"
    );
    // Below a chat file or a bill at the top, a folder is the user's, not the export's.
    let beside = dir.path().join("chat_and_more");
    fs::create_dir_all(beside.join("x")).unwrap();
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sample_exports/whatsapp/WhatsApp Chat with Lake Weekend.txt"),
        beside.join("WhatsApp Chat with Lake Weekend.txt"),
    )
    .unwrap();
    fs::write(beside.join("x/garbage.json"), "{\"broken\": ").unwrap();
    // Documents sent in the chat, as WhatsApp names them in an export: the chat's own.
    fs::write(beside.join("00000047-Budget.csv"), "a,b\n1,2\n").unwrap();
    fs::write(beside.join("DOC-20230101-WA0002.txt"), "minutes").unwrap();
    let outcome = load(&[&beside], None);
    assert_eq!(outcome.footprint.sources.len(), 1);
    assert_eq!(outcome.unrecognized.len(), 1, "{:?}", outcome.unrecognized);
    assert!(outcome.unrecognized[0].path.ends_with("x/garbage.json"));
    // Many: ten named, the rest counted in one line for the folder.
    for i in 0..12 {
        fs::write(folder.join(format!("note {i:02}.txt")), "x").unwrap();
    }
    let outcome = load(&[&folder], None);
    assert_eq!(outcome.unrecognized.len(), 11);
    let last = outcome.unrecognized.last().unwrap();
    assert!(last.path.ends_with("exports"), "{}", last.path);
    assert!(last.reason.starts_with("5 more files"), "{}", last.reason);
}

/// An export whose sections are not the JSON types Telegram writes reads as what it is,
/// but says so: one warning a section, naming it and what was found.
#[test]
fn sections_of_the_wrong_type_are_named_in_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let outcome = load_bytes(
        dir.path(),
        "result.json",
        br#"{"about": "x", "personal_information": 5, "contacts": "none", "chats": {"list": [7, {"name": "A", "type": "personal_chat", "id": 1, "messages": []}]}, "left_chats": "oops"}"#,
    );
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let source = &outcome.footprint.sources[0];
    let samples = warnings_of_kind(&outcome, WarningKind::SkippedRecord);
    assert_eq!(
        source.warnings.count(WarningKind::SkippedRecord),
        4,
        "{samples:?}"
    );
    for expected in [
        "`personal_information` is a number",
        "`contacts` is a string",
        "`a chat` is a number",
    ] {
        assert!(
            samples.iter().any(|s| s.starts_with(expected)),
            "{expected}: {samples:?}"
        );
    }
    // The chat that is an object is read.
    assert_eq!(outcome.footprint.conversations.len(), 1);
}

/// A folder whose only entries are no regular files says what they are, not that it is
/// empty.
#[test]
fn a_folder_of_links_and_pipes_says_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("result.json");
    fs::copy(fixture("telegram/full_export_synthetic.json"), &real).unwrap();
    let folder = dir.path().join("links");
    fs::create_dir(&folder).unwrap();
    std::os::unix::fs::symlink(&real, folder.join("result.json")).unwrap();
    let outcome = load(&[&folder], None);
    assert_eq!(outcome.unrecognized.len(), 1);
    assert_eq!(
        outcome.unrecognized[0].reason,
        "no regular file inside: result.json is a link (links inside a folder are not followed)"
    );
}

/// A file claimed by its name that fails before anything is read from it (random bytes
/// as `_chat.txt`) is an error naming it, not also a source of nothing beside the others.
#[test]
fn a_file_that_fails_before_any_record_is_no_source() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng::new(9);
    let noise: Vec<u8> = (0..4096).map(|_| rng.below(256) as u8).collect();
    fs::write(dir.path().join("_chat.txt"), noise).unwrap();
    fs::copy(
        fixture("telegram/full_export_synthetic.json"),
        dir.path().join("result.json"),
    )
    .unwrap();
    let outcome = load(&[dir.path()], None);
    assert_eq!(outcome.errors.len(), 1, "{:?}", outcome.errors);
    assert!(outcome.errors[0].message.contains("_chat.txt"));
    let formats: Vec<&str> = outcome.footprint.sources.iter().map(|s| s.format).collect();
    assert_eq!(formats, ["telegram-json"]);
    assert!(!outcome.footprint.messages.is_empty());
}

#[test]
fn json_that_is_not_an_object_in_result_json() {
    let dir = tempfile::tempdir().unwrap();
    let outcome = load_bytes(dir.path(), "result.json", b"[1, 2, 3]");
    assert!(outcome.footprint.sources.is_empty());
    assert_eq!(outcome.unrecognized.len(), 1);
}

#[test]
fn missing_path_is_an_error_naming_it() {
    let outcome = load(&[Path::new("/no/such/DataExport")], None);
    assert_eq!(outcome.errors.len(), 1);
    assert!(outcome.errors[0].message.contains("/no/such/DataExport"));
}

#[test]
fn an_oversized_value_is_skipped_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let huge = "a".repeat(3 << 20);
    let message = |id: u32, text: &str| {
        format!(
            r#"{{"id": {id}, "type": "message", "date": "2024-03-01T10:00:0{id}", "from": "Bob", "from_id": "user7", "text": "{text}"}}"#
        )
    };
    // A message, a chat name and a whole section over the limit, each between good ones.
    let json = format!(
        r#"{{"contacts": {{"list": [{{"first_name": "{huge}"}}]}}, "chats": {{"list": [
 {{"name": "A", "type": "personal_chat", "id": 7, "messages": [{}, {}, {}]}},
 {{"name": "{huge}", "type": "personal_chat", "id": 8, "messages": [{}]}}
]}}}}"#,
        message(1, "hi"),
        message(2, &huge),
        message(3, "bye"),
        message(4, "again"),
    );
    let path = dir.path().join("result.json");
    fs::write(&path, json).unwrap();
    let outcome = crate::common::load_with_1mib_records(&path);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = footprint::analysis::summarize(&outcome);
    let t = &s.platforms[&footprint::model::Platform::Telegram];
    assert_eq!(
        t.messages, 3,
        "the messages around the oversized one are read"
    );
    assert_eq!(t.last_message.as_deref(), Some("2024-03-01T10:00:04"));
    assert_eq!(outcome.footprint.conversations.len(), 2);
    let warnings = &outcome.footprint.sources[0].warnings;
    assert_eq!(warnings.count(WarningKind::SkippedRecord), 3);
    let samples = crate::common::warning_details(&outcome);
    assert!(
        samples
            .iter()
            .any(|m| m.contains("is larger than 1 MiB; it was skipped and reading went on")),
        "{samples:?}"
    );
}

#[test]
fn dates_no_message_has_are_warnings_not_times() {
    let dir = tempfile::tempdir().unwrap();
    // Telegram: date_unixtime of ±10^14 and nothing else; a good message beside them.
    let telegram = br#"{"name": "Bob", "type": "personal_chat", "id": 7, "messages": [
 {"id": 1, "type": "message", "date_unixtime": "100000000000000", "from": "Bob", "from_id": "user7", "text": "a"},
 {"id": 2, "type": "message", "date_unixtime": "-100000000000000", "from": "Bob", "from_id": "user7", "text": "b"},
 {"id": 3, "type": "message", "date": "2024-03-01T10:00:00", "date_unixtime": "9223372036854775807", "from": "Bob", "from_id": "user7", "text": "c"}
]}"#;
    let outcome = load_bytes(dir.path(), "result.json", telegram);
    let s = footprint::analysis::summarize(&outcome);
    let t = &s.platforms[&footprint::model::Platform::Telegram];
    assert_eq!(t.messages, 1);
    assert_eq!(t.first_message.as_deref(), Some("2024-03-01T10:00:00"));
    assert_eq!(t.last_message.as_deref(), Some("2024-03-01T10:00:00"));
    assert_eq!(
        outcome.footprint.sources[0]
            .warnings
            .count(WarningKind::MissingDate),
        2
    );
    // The absurd absolute time is not kept beside the good wall time.
    assert_eq!(
        outcome
            .footprint
            .messages
            .unix_offset
            .iter()
            .collect::<Vec<_>>(),
        [footprint::model::NO_UNIX_OFFSET]
    );

    // WeFlow: an i64-maximum createTime.
    let weflow = br#"{"weflow": {"version": "x"}, "session": {"wxid": "wxid_a", "remark": "A", "type": "\u79c1\u804a"},
 "messages": [
  {"localId": 1, "createTime": 9223372036854775807, "localType": 1, "isSend": 0, "senderUsername": "wxid_a"},
  {"localId": 2, "createTime": 1700000000, "localType": 1, "isSend": 0, "senderUsername": "wxid_a"}
 ]}"#;
    let outcome = load_bytes(dir.path(), "chat.json", weflow);
    let s = serde_json::to_value(footprint::analysis::summarize(&outcome)).unwrap();
    let w = &s["platforms"]["wechat"];
    assert_eq!(w["messages"], 1, "{s}");
    assert_eq!(w["first_message"], "2023-11-15T06:13:20");
    assert_ne!(w["last_message"], "invalid");
    assert_eq!(s["sources"][0]["warnings"], 1);

    // WhatsApp: a four-digit year 0000 is no year, not 2000.
    let chat = "01/02/0000, 10:00 - Ana: from the year zero\n01/02/2024, 10:01 - Ana: hello\n02/02/2024, 10:02 - Bo: hi\n";
    let outcome = load_bytes(dir.path(), "WhatsApp Chat with Ana.txt", chat.as_bytes());
    let s = serde_json::to_value(footprint::analysis::summarize(&outcome)).unwrap();
    let w = &s["platforms"]["whatsapp"];
    assert_eq!(w["messages"], 2, "{s}");
    assert_eq!(w["first_message"], "2024-02-01T10:01:00");
    assert_eq!(s["sources"][0]["warnings"], 1);
}
