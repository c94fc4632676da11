//! WhatsApp "Request account info" reports: the legacy `portability.json`, the 2022+
//! folders (as a folder and zipped, with Mac noise), unknown files listed in the notes,
//! and broken JSON.

use std::fs;
use std::path::Path;

use crate::common::{fixture, load, summary, warnings_of_kind};
use footprint::model::{ConversationKind, Platform, WarningKind};

fn whatsapp(summary: &serde_json::Value) -> &serde_json::Value {
    &summary["platforms"]["whatsapp"]
}

#[test]
fn legacy_portability_json() {
    let s = summary(
        &[&fixture("whatsapp/account_info_legacy_portability.zip")],
        None,
    );
    assert_eq!(s["sources"][0]["format"], "whatsapp-account");
    assert_eq!(s["sources"][0]["records"], 7);
    let w = whatsapp(&s);
    assert_eq!(w["contacts"], 3);
    assert_eq!(w["conversations"]["group"], 4);
    assert_eq!(w["messages"], 0);
}

#[test]
fn report_2022_zip_with_mac_noise_is_one_source() {
    let path = fixture("whatsapp/account_info_2022_connections.zip");
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let fp = &outcome.footprint;
    assert_eq!(
        fp.sources.len(),
        1,
        "groups.json and contacts.json are one report"
    );
    assert!(
        fp.sources[0]
            .path
            .ends_with("account_info_2022_connections.zip")
    );
    assert_eq!(fp.contacts.len(), 3);
    assert_eq!(fp.contacts[0].phone, "+31611466372");
    let groups: Vec<&str> = fp.conversations.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(groups, ["Utrecht university", "ITS", "Yoga", "Family"]);
    assert!(
        fp.conversations
            .iter()
            .all(|c| c.kind == ConversationKind::Group)
    );
    assert!(
        fp.sources[0].notes.is_empty(),
        ".DS_Store and __MACOSX are noise, not unread files: {:?}",
        fp.sources[0].notes
    );
}

#[test]
fn full_report_fills_identity_devices_contacts_and_groups() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample_exports/whatsapp/whatsapp_report_sample");
    let outcome = load(&[&sample], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let fp = &outcome.footprint;
    assert_eq!(fp.sources.len(), 1);
    let field = |name: &str| {
        fp.identity
            .iter()
            .find(|f| f.field == name)
            .map(|f| f.value.as_str())
    };
    assert_eq!(field("phone_number"), Some("+44 7700 900111"));
    assert_eq!(field("about"), Some("Out by the lake 🏕️"));
    assert_eq!(field("registration_date"), Some("2019-01-01T00:00:00"));
    assert_eq!(field("registration_platform"), Some("android"));
    assert_eq!(field("about_set_time"), Some("2023-03-28T10:40:00"));
    assert_eq!(fp.sessions.len(), 2);
    let phone = fp
        .sessions
        .iter()
        .find(|s| s.device == "Pixel 7 (Google)")
        .unwrap();
    assert_eq!(phone.app, "Android-2.24.8.85");
    assert_eq!(phone.system, "14");
    assert_eq!(
        phone.last_active.map(|t| t.to_iso()).as_deref(),
        Some("2024-04-30T09:40:00")
    );
    let web = fp.sessions.iter().find(|s| s.device == "Desktop").unwrap();
    assert_eq!(web.created, None, "online since 0 means none");
    // Five numbers, and three Telegram sample contacts (generate::cast).
    assert_eq!(fp.contacts.len(), 8);
    let groups: Vec<&str> = fp.conversations.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        groups,
        ["Lake Weekend: Plans 2023", "Family 家", "Book club"]
    );
    assert!(
        fp.sources[0]
            .notes
            .iter()
            .any(|n| n
                == "Present but not read: whatsapp_account_information/avatars_information.json."),
        "{:?}",
        fp.sources[0].notes
    );
    let s = summary(&[&sample], None);
    let w = whatsapp(&s);
    assert_eq!(w["devices"], 2);
    assert_eq!(w["sessions"], 2);
    assert_eq!(fp.platforms(), [Platform::WhatsApp]);
}

#[test]
fn unknown_files_are_listed_and_a_damaged_file_costs_only_itself() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("report");
    fs::create_dir_all(root.join("whatsapp_connections")).unwrap();
    fs::create_dir_all(root.join("whatsapp_settings")).unwrap();
    fs::write(
        root.join("whatsapp_connections/groups.json"),
        r#"{"wa_groups": ["A"], "wa_blocked": ["+1"]}"#,
    )
    .unwrap();
    fs::write(
        root.join("whatsapp_connections/blocked.html"),
        "<html></html>",
    )
    .unwrap();
    fs::write(root.join("whatsapp_settings/privacy.json"), "{}").unwrap();
    let outcome = load(&[&root], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let notes = &outcome.footprint.sources[0].notes;
    assert!(
        notes
            .iter()
            .any(|n| n == "Present but not read: whatsapp_settings/privacy.json."),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.starts_with(
            "Present but not read: whatsapp_connections/blocked.html (HTML pages are read through the JSON file"
        )),
        "{notes:?}"
    );
    assert!(notes.iter().any(|n| n.contains("wa_blocked")), "{notes:?}");
    assert_eq!(outcome.footprint.conversations.len(), 1);

    // One damaged file costs the report nothing else. A file cut short keeps what came
    // before the cut, with a warning naming it.
    fs::write(
        root.join("whatsapp_connections/contacts.json"),
        r#"{"wa_contacts": ["+49 170 1234567", "+49 170 7654321", "+49 1"#,
    )
    .unwrap();
    fs::write(
        root.join("whatsapp_connections/groups.json"),
        r#"{"wa_groups": ["A", "B"], "wa_blocked": ["#,
    )
    .unwrap();
    let outcome = load(&[&root], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let source = &outcome.footprint.sources[0];
    assert!(source.path.ends_with("report"), "{}", source.path);
    assert_eq!(phones(&outcome), ["+49 170 1234567", "+49 170 7654321"]);
    assert_eq!(outcome.footprint.conversations.len(), 2, "groups A and B");
    let cut = warnings_of_kind(&outcome, WarningKind::Truncated);
    assert_eq!(cut.len(), 2, "{cut:?}");
    assert!(
        cut.iter()
            .any(|d| d.contains("contacts.json") && d.contains("ends early")),
        "{cut:?}"
    );
    assert!(source.notes.iter().any(|n| n.contains("privacy.json")));

    // Damaged part way (a NUL a copy left, or the file written twice): what came before
    // the damage is read.
    for damaged in [
        "{\"wa_contacts\": [\"+49 170 1234567\", \"+49 170 7654321\", \u{0}\"+49 1\"]}".to_string(),
        format!(
            "{0}{0}",
            r#"{"wa_contacts": ["+49 170 1234567", "+49 170 7654321"]}"#
        ),
    ] {
        fs::write(root.join("whatsapp_connections/contacts.json"), &damaged).unwrap();
        let outcome = load(&[&root], None);
        assert_eq!(
            phones(&outcome),
            ["+49 170 1234567", "+49 170 7654321"],
            "{damaged}"
        );
        let cut = warnings_of_kind(&outcome, WarningKind::Truncated);
        assert!(
            cut.iter()
                .any(|d| d.contains("contacts.json") && d.contains("is damaged here")),
            "{cut:?}"
        );
    }
    fs::write(
        root.join("whatsapp_connections/contacts.json"),
        r#"{"wa_contacts": ["+49 170 1234567", "+49 170 7654321"]}"#,
    )
    .unwrap();

    // A file that is no JSON at all is skipped, named, and the rest is read.
    fs::write(
        root.join("whatsapp_connections/groups.json"),
        "<html>oops</html>",
    )
    .unwrap();
    let outcome = load(&[&root], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let skipped = warnings_of_kind(&outcome, WarningKind::SkippedRecord);
    assert!(
        skipped
            .iter()
            .any(|d| d.contains("groups.json") && d.contains("not valid JSON")),
        "{skipped:?}"
    );
    assert_eq!(
        outcome.footprint.contacts.len(),
        2,
        "contacts.json still read"
    );
}

/// The phone numbers of the contacts read, in order.
fn phones(outcome: &footprint::import::LoadOutcome) -> Vec<&str> {
    outcome
        .footprint
        .contacts
        .iter()
        .map(|c| c.phone.as_str())
        .collect()
}
