//! The Telegram JSON importer on every variant the format notes list.

use std::fs;

use crate::common::{fixture, load, summary, telegram};
use footprint::generate::telegram::{GenOptions, write_export, write_single_chat};
use footprint::model::WarningKind;
use serde_json::json;

#[test]
fn full_export_fixture_counts() {
    let s = summary(&[&fixture("telegram/full_export_synthetic.json")], None);
    assert_eq!(s["sources"][0]["format"], "telegram-json");
    assert_eq!(s["sources"][0]["platform"], "telegram");
    // One "unsupported" message (no date): a service event, and a warning.
    assert_eq!(s["sources"][0]["warnings"], 1);
    let t = telegram(&s);
    assert_eq!(
        t["identity_fields"],
        json!([
            "bio",
            "first_name",
            "last_name",
            "phone_number",
            "profile_pictures",
            "user_id",
            "username"
        ])
    );
    assert_eq!(t["contacts"], 3);
    assert_eq!(t["frequent_contacts"], 4);
    assert_eq!(t["sessions"], 3);
    assert_eq!(t["web_sessions"], 1);
    // PC-MODEL, Pixel 4a, Firefox 86.
    assert_eq!(t["devices"], 3);
    // 203.0.113.10, 203.0.113.11 (sessions), 198.51.100.7 (web session, other_data.ips).
    assert_eq!(t["ip_addresses"], 3);
    assert_eq!(t["countries"], json!(["Germany", "United States"]));
    assert_eq!(
        t["conversations"],
        json!({"personal": 2, "group": 1, "channel": 0, "bot": 1, "saved": 1, "other": 0})
    );
    assert_eq!(t["left_conversations"], 1);
    // Bob 3, saved 1, Telegram 1, bot 2, Field Ops 2, Old Club (left) 1.
    assert_eq!(t["messages"], 10);
    // joined_telegram, phone_call, create_group, migrate_from_group, invite_members, and
    // the "unsupported" entry (undated: it takes the time of the message before it).
    assert_eq!(t["service_events"], 6);
    // user100000001, user100000002, user777000, user100000055, user100000009 (deleted),
    // channel1500000001 (anonymous admin).
    assert_eq!(t["senders"], 6);
    assert_eq!(t["first_message"], "2022-04-04T11:20:30");
    assert_eq!(t["last_message"], "2024-03-04T10:36:20");
    assert_eq!(t["payments"], serde_json::Value::Null);

    let list = s["conversation_list"].as_array().unwrap();
    let names: Vec<&str> = list.iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "Bob",
            "Field Ops",
            "Helper Bot",
            "Old Club",
            "Saved Messages",
            "Telegram"
        ]
    );
    let field_ops = &list[1];
    assert_eq!(field_ops["kind"], "group");
    assert_eq!(field_ops["messages"], 2);
    assert_eq!(field_ops["service_events"], 3);
    assert_eq!(field_ops["first"], "2023-01-29T10:20:30");
    assert_eq!(list[3]["left"], true);
}

#[test]
fn full_export_details_reach_the_model() {
    let outcome = load(&[&fixture("telegram/full_export_synthetic.json")], None);
    let fp = &outcome.footprint;
    // The login notification from 777000 becomes a login event.
    assert_eq!(fp.login_events.len(), 1);
    let login = &fp.login_events[0];
    assert_eq!(
        login.device,
        "Telegram Desktop, 4.15.0 x64, PC-MODEL, Windows 10 x64"
    );
    assert_eq!(login.location, "Berlin, Germany");
    assert_eq!(login.ip, Some("203.0.113.10".parse().unwrap()));
    assert_eq!(login.time.to_iso(), "2024-02-03T10:20:30");
    // other_data.changes_log, with its float timestamp.
    assert_eq!(fp.account_events.len(), 1);
    assert_eq!(fp.account_events[0].event, "password_change");
    assert_eq!(
        fp.account_events[0].time.unwrap().to_iso(),
        "2024-02-28T09:20:30"
    );
    // The owner is known, so "your messages" can be told from received ones.
    let owner = fp.sources[0]
        .owner
        .expect("owner from personal_information");
    assert_eq!(fp.senders.names[owner as usize], "Alex Example");
    let outgoing = fp.messages.sender.iter().filter(|s| **s == owner).count();
    assert!(outgoing >= 5, "{outgoing}");
    assert_eq!(
        fp.sources[0]
            .warnings
            .count(WarningKind::UnsupportedMessage),
        1
    );
    // Contact without any name or phone is still an address-book entry.
    assert_eq!(fp.contacts[2].name, "");
    assert_eq!(fp.contacts[1].phone, "0049301234567");
    assert_eq!(fp.frequent_contacts[0].rating, 40.901649);
}

#[test]
fn minimal_batch_export_with_unix_times_only() {
    let s = summary(&[&fixture("telegram/chat-miner_batch_export.json")], None);
    let t = telegram(&s);
    assert_eq!(t["messages"], 2);
    assert_eq!(t["senders"], 2);
    assert_eq!(t["conversations"]["other"], 1);
    assert_eq!(t["identity_fields"], json!([]));
    // Only date_unixtime: shown as UTC wall clock.
    assert_eq!(t["first_message"], "2018-12-05T10:39:10");
    assert_eq!(t["last_message"], "2018-12-05T10:49:24");
    assert_eq!(s["conversation_list"][0]["name"], "Chatname");
}

#[test]
fn single_chat_export() {
    let s = summary(&[&fixture("telegram/chatstyle_single_chat.json")], None);
    let t = telegram(&s);
    assert_eq!(t["conversations"]["personal"], 1);
    assert_eq!(t["messages"], 11);
    assert_eq!(t["service_events"], 1);
    assert_eq!(t["senders"], 2);
    assert_eq!(t["first_message"], "2023-05-01T12:01:00");
    assert_eq!(t["last_message"], "2023-05-01T12:12:00");
    assert_eq!(s["conversation_list"][0]["name"], "Борис");
    assert_eq!(s["sources"][0]["warnings"], 0);
}

#[test]
fn generated_full_export_matches_what_was_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("result.json");
    let stats = write_export(
        &GenOptions {
            messages: 30_000,
            chats: 20,
            seed: 3,
            clean: false,
            as_of: None,
        },
        fs::File::create(&path).unwrap(),
    )
    .unwrap();
    assert!(
        stats.invalid_escapes > 0,
        "the generator should write a few \\x escapes"
    );
    let outcome = load(&[&path], None);
    let s = serde_json::to_value(footprint::analysis::summarize(&outcome)).unwrap();
    let t = telegram(&s);
    assert_eq!(t["messages"], stats.messages);
    assert_eq!(t["service_events"], stats.service_events);
    assert_eq!(t["contacts"], stats.contacts);
    assert_eq!(t["frequent_contacts"], stats.frequent_contacts);
    assert_eq!(t["sessions"], stats.sessions);
    assert_eq!(t["web_sessions"], stats.web_sessions);
    assert_eq!(t["left_conversations"], stats.left_conversations);
    for (kind, n) in &stats.conversations {
        assert_eq!(t["conversations"][kind], *n, "{kind}");
    }
    let fp = &outcome.footprint;
    assert_eq!(fp.login_events.len() as u64, stats.login_notices);
    assert_eq!(
        fp.sources[0].warnings.count(WarningKind::RepairedJson),
        stats.invalid_escapes
    );
    assert_eq!(fp.sources[0].warnings.total(), stats.invalid_escapes);
}

#[test]
fn generated_single_chat_matches_what_was_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("result.json");
    let stats = write_single_chat(
        &GenOptions {
            messages: 2_000,
            chats: 1,
            seed: 9,
            clean: false,
            as_of: None,
        },
        fs::File::create(&path).unwrap(),
    )
    .unwrap();
    let s = summary(&[&path], None);
    let t = telegram(&s);
    assert_eq!(t["messages"], stats.messages);
    assert_eq!(t["service_events"], stats.service_events);
    assert_eq!(t["conversations"]["personal"], 1);
    assert_eq!(s["conversation_list"][0]["name"], "Мария");
}

/// Writes `json` as a result.json in a temp dir and returns the outcome.
fn load_json(json: &[u8]) -> footprint::import::LoadOutcome {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("result.json");
    fs::write(&path, json).unwrap();
    load(&[&path], None)
}

#[test]
fn invalid_json_that_telegram_writes_is_repaired_and_counted() {
    let json = br#"{
 "about": "x",
 "chats": {"about": "", "list": [
  {"name": "A", "type": "personal_chat", "id": 5, "messages": [
   {"id": 1, "type": "message", "date": "2024-01-01T10:00:00", "from": "A", "from_id": "user5", "text": "ctrl \x0C char"},
   {"id": 2, "type": "message", "date": "2024-01-01T10:01:00", "from": "A", "from_id": "user5", "text": [{"type": "custom_emoji", "text": "x", "document_id": stickers/sticker.webp}]},
   {"id": 3, "type": "service", "date": "2024-01-01T10:02:00", "actor": "A", "actor_id": "user5", "action": "send_star_gift", "text": "gift", "text": ""},
   {"id": 4, "type": "message", "date": "2024-01-01T10:03:00", "from": "A", "from_id": "user5", "text": "fine"}
  ]}
 ]}
}"#;
    let outcome = load_json(json);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let fp = &outcome.footprint;
    assert_eq!(fp.messages.len(), 4, "no message may be lost");
    let w = &fp.sources[0].warnings;
    assert_eq!(w.count(WarningKind::RepairedJson), 2);
    assert_eq!(w.count(WarningKind::DuplicateKey), 1);
    assert_eq!(w.total(), 3);
}

#[test]
fn invalid_utf8_inside_strings_is_replaced_not_fatal() {
    let json = b"{\"chats\": {\"list\": [{\"name\": \"caf\xE9\", \"type\": \"personal_chat\", \"id\": 5, \"messages\": [\
        {\"type\": \"message\", \"date\": \"2024-01-01T10:00:00\", \"from\": \"J\xFCrgen\", \"from_id\": \"user5\", \"text\": \"x\"}]}]}}";
    let outcome = load_json(json);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let fp = &outcome.footprint;
    assert_eq!(fp.messages.len(), 1);
    assert_eq!(fp.conversations[0].name, "caf\u{FFFD}");
    assert_eq!(fp.senders.names[0], "J\u{FFFD}rgen");
    assert_eq!(fp.sources[0].warnings.count(WarningKind::InvalidUtf8), 2);
}

#[test]
fn every_id_shape_gives_distinct_senders() {
    // from_id absent (1.3.x), plain int (≤2.4.0), shifted int (2.4.1–2.7.1), "user123" (2.7.2+).
    let json = br#"{"chats": {"list": [{"name": "G", "type": "private_group", "id": 8589934650, "messages": [
        {"type": "message", "date": "2019-01-01T10:00:00", "from": "Old Style"},
        {"type": "message", "date": "2019-01-01T10:01:00", "from": "Plain", "from_id": 123},
        {"type": "message", "date": "2020-11-01T10:02:00", "from": "Shifted", "from_id": 4294967419},
        {"type": "message", "date": "2021-05-01T10:03:00", "from": "Plain", "from_id": "user123"},
        {"type": "message", "date": "2021-05-01T10:04:00", "from": "Other", "from_id": "user124"}
    ]}]}}"#;
    let outcome = load_json(json);
    let s = serde_json::to_value(footprint::analysis::summarize(&outcome)).unwrap();
    // "Old Style" by name; 123 in three shapes is one person; 124 another.
    assert_eq!(telegram(&s)["senders"], 3);
    assert_eq!(outcome.footprint.conversations[0].id.as_deref(), Some("58"));
}

#[test]
fn byte_order_marks_and_utf16_are_decoded() {
    let original = fs::read(fixture("telegram/chatstyle_single_chat.json")).unwrap();
    let text = String::from_utf8(original.clone()).unwrap();
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(&original);
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    for bytes in [bom, utf16] {
        let outcome = load_json(&bytes);
        assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
        assert_eq!(outcome.footprint.messages.len(), 12);
        assert_eq!(outcome.footprint.conversations[0].name, "Борис");
    }
}

#[test]
fn unknown_keys_and_missing_sections_are_fine() {
    let json = br#"{"about": "x", "profile_music": [{"a": 1}], "personal_information": {"user_id": 1, "first_name": "Z", "last_name": ""}, "future_section": {"list": [1, 2]}}"#;
    let outcome = load_json(json);
    assert!(outcome.errors.is_empty());
    let s = serde_json::to_value(footprint::analysis::summarize(&outcome)).unwrap();
    let t = telegram(&s);
    assert_eq!(t["identity_fields"], json!(["first_name", "user_id"]));
    assert_eq!(t["messages"], 0);
    assert_eq!(t["first_message"], serde_json::Value::Null);
    assert_eq!(t["conversations"]["personal"], 0);
}

#[test]
fn committed_samples_are_what_the_generator_writes() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_exports/telegram");
    let mut full = Vec::new();
    write_export(
        &GenOptions {
            messages: 4000,
            chats: 30,
            seed: 2026,
            clean: true,
            as_of: None,
        },
        &mut full,
    )
    .unwrap();
    assert!(
        fs::read(root.join("DataExport_sample/result.json")).unwrap() == full,
        "regenerate sample_exports (see its README)"
    );
    let mut single = Vec::new();
    write_single_chat(
        &GenOptions {
            messages: 600,
            chats: 1,
            seed: 7,
            clean: true,
            as_of: None,
        },
        &mut single,
    )
    .unwrap();
    assert!(
        fs::read(root.join("ChatExport_sample/result.json")).unwrap() == single,
        "regenerate sample_exports (see its README)"
    );
}

/// Two chats of one export that share a name are two chats: a call each on the same day
/// and a message each at the same minute are four records, not two "repeats" (an export
/// never holds a message twice; only another export of it can).
#[test]
fn same_named_chats_of_one_export_keep_all_their_messages() {
    let json = br#"{
 "chats": {"about": "", "list": [
  {"name": "Anna", "type": "personal_chat", "id": 5, "messages": [
   {"id": 1, "type": "service", "date": "2024-01-01T09:00:00", "actor": "Anna", "actor_id": "user5", "action": "phone_call", "text": ""},
   {"id": 2, "type": "message", "date": "2024-01-01T10:00:00", "from": "Anna", "from_id": "user5", "text": "hi"}
  ]},
  {"name": "Anna", "type": "personal_chat", "id": 6, "messages": [
   {"id": 1, "type": "service", "date": "2024-01-01T18:00:00", "actor": "Anna", "actor_id": "user6", "action": "phone_call", "text": ""},
   {"id": 2, "type": "message", "date": "2024-01-01T10:00:00", "from": "Anna", "from_id": "user6", "text": "hi"}
  ]}
 ]}
}"#;
    let outcome = load_json(json);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = serde_json::to_value(footprint::analysis::summarize(&outcome)).unwrap();
    let t = &s["platforms"]["telegram"];
    assert_eq!(t["messages"], 2, "{t}");
    assert_eq!(t["service_events"], 2, "{t}");
    assert_eq!(t["merged"]["messages"], 0, "{t}");
}

/// One chat listed twice in one export under its id (in `chats` and in `left_chats`)
/// counts its messages once.
#[test]
fn a_chat_listed_twice_in_one_export_counts_once() {
    let chat = r#"{"name": "Club", "type": "private_group", "id": 9, "messages": [
   {"id": 1, "type": "message", "date": "2024-01-01T10:00:00", "from": "Anna", "from_id": "user5", "text": "hi"},
   {"id": 2, "type": "message", "date": "2024-01-01T10:00:30", "from": "Bo", "from_id": "user6", "text": "yo"}
  ]}"#;
    let json = format!(
        r#"{{"chats": {{"about": "", "list": [{chat}]}}, "left_chats": {{"about": "", "list": [{chat}]}}}}"#
    );
    let outcome = load_json(json.as_bytes());
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = serde_json::to_value(footprint::analysis::summarize(&outcome)).unwrap();
    let t = &s["platforms"]["telegram"];
    assert_eq!(t["messages"], 2, "{t}");
    assert_eq!(t["merged"]["messages"], 2, "{t}");
}

#[test]
fn the_same_export_loaded_twice_counts_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("result.json");
    let options = GenOptions {
        messages: 3_000,
        chats: 12,
        seed: 11,
        clean: true,
        as_of: None,
    };
    let stats = write_export(&options, fs::File::create(&path).unwrap()).unwrap();
    // The export and a zip of it, dropped together: every key as for one of them.
    let zip_path = dir.path().join("export.zip");
    {
        let mut zip = zip::ZipWriter::new(fs::File::create(&zip_path).unwrap());
        zip.start_file(
            "DataExport_2024-01-20/result.json",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        std::io::Write::write_all(&mut zip, &fs::read(&path).unwrap()).unwrap();
        zip.finish().unwrap();
    }
    let once = summary(&[&path], None);
    let twice = summary(&[&path, &zip_path], None);
    assert_eq!(twice["sources"].as_array().unwrap().len(), 2);
    let (t1, t2) = (telegram(&once), telegram(&twice));
    for key in [
        "messages",
        "service_events",
        "senders",
        "contacts",
        "frequent_contacts",
        "sessions",
        "web_sessions",
        "ip_addresses",
        "conversations",
        "left_conversations",
        "first_message",
        "last_message",
    ] {
        assert_eq!(t1[key], t2[key], "{key}");
    }
    assert_eq!(t2["messages"], stats.messages);
    assert_eq!(
        once["conversation_list"].as_array().unwrap().len(),
        twice["conversation_list"].as_array().unwrap().len()
    );
    assert_eq!(
        t2["merged"]["messages"],
        stats.messages + stats.service_events
    );
    assert_eq!(
        t2["merged"]["contacts"],
        stats.contacts + stats.frequent_contacts
    );
    // The Activity view counts each message once too.
    let outcome = load(&[&path, &zip_path], None);
    let derived =
        footprint::analysis::Derived::compute(&outcome, footprint::analysis::TimeBasis::AsExported);
    let view = derived
        .activity
        .query(&Default::default(), footprint::analysis::Bucket::Year);
    assert_eq!(view.mine + view.others, stats.messages);
}

#[test]
fn an_older_and_a_newer_export_of_one_account_count_each_message_once() {
    // The single-chat export of one chat, and a later one that goes on further: the chat
    // is one conversation holding the union.
    let dir = tempfile::tempdir().unwrap();
    let json = |messages: &str| {
        format!(
            r#"{{"name": "Bob", "type": "personal_chat", "id": 4242, "messages": [{messages}]}}"#
        )
    };
    let m = |id: u32, minute: u32, from: &str| {
        format!(
            r#"{{"id": {id}, "type": "message", "date": "2024-03-01T10:{minute:02}:00", "from": "{from}", "from_id": "user{}", "text": "x"}}"#,
            if from == "Bob" { 7 } else { 1 }
        )
    };
    let older = dir.path().join("older.json");
    let newer = dir.path().join("newer.json");
    fs::write(
        &older,
        json(&[m(1, 0, "Bob"), m(2, 1, "Me"), m(3, 2, "Bob")].join(",")),
    )
    .unwrap();
    fs::write(
        &newer,
        json(&[m(2, 1, "Me"), m(3, 2, "Bob"), m(4, 3, "Me"), m(5, 4, "Bob")].join(",")),
    )
    .unwrap();
    let s = summary(&[&older, &newer], None);
    let t = telegram(&s);
    assert_eq!(t["messages"], 5);
    assert_eq!(t["conversations"]["personal"], 1);
    assert_eq!(s["conversation_list"][0]["sources"], 2);
    assert_eq!(t["merged"]["messages"], 2);
}

#[test]
fn ip_addresses_are_placed_offline_with_private_ranges_named() {
    let dir = tempfile::tempdir().unwrap();
    let export = serde_json::json!({
        "other_data": {"ips": [{"ip": "8.8.8.8"}, {"ip": "46.4.0.1"}, {"ip": "2a01:4f8::1"}, {"ip": "192.168.1.1"}, {"ip": "100.64.0.1"}]},
        "chats": {"list": []}
    });
    let path = dir.path().join("result.json");
    fs::write(&path, serde_json::to_vec(&export).unwrap()).unwrap();
    let s = crate::common::summary(&[&path], None);
    assert_eq!(telegram(&s)["ip_addresses"], 5);
    assert_eq!(
        telegram(&s)["ip_countries"],
        json!({"DE": 2, "US": 1, "private": 2})
    );
    let name = s["ip_database"].as_str().unwrap();
    assert!(
        name.starts_with("ip-location-db geo-whois-asn-country (NRO, CC BY 4.0), 20"),
        "{name}"
    );
}

/// Messages are parsed in batches on every core and added in the file's order: across
/// many batches every message keeps its place, its chat, its sender, and an undated
/// ("unsupported") message takes the time of the one before it in its own list.
#[test]
fn messages_parsed_on_several_cores_keep_the_files_order() {
    let dir = tempfile::tempdir().unwrap();
    let per_chat = 9_000u64; // over two batches each
    let chats: Vec<serde_json::Value> = (0..3u64)
        .map(|c| {
            let messages: Vec<serde_json::Value> = (0..per_chat)
                .map(|i| {
                    let t = 1_600_000_000 + (c * per_chat + i) as i64 * 60;
                    if i % 1000 == 999 {
                        json!({"id": i, "type": "unsupported"})
                    } else {
                        json!({
                            "id": i,
                            "type": "message",
                            "date_unixtime": t.to_string(),
                            "from": format!("Person {}", (c * per_chat + i) % 97),
                            "from_id": format!("user{}", (c * per_chat + i) % 97),
                            "text": "hi"
                        })
                    }
                })
                .collect();
            json!({"name": format!("Chat {c}"), "type": "private_group", "id": c + 1, "messages": messages})
        })
        .collect();
    let path = dir.path().join("result.json");
    fs::write(
        &path,
        serde_json::to_vec(&json!({"about": "", "chats": {"about": "", "list": chats}})).unwrap(),
    )
    .unwrap();
    let outcome = load(&[&path], None);
    let fp = &outcome.footprint;
    let m = &fp.messages;
    assert_eq!(m.len() as u64, 3 * per_chat);
    for i in 0..m.len() {
        let (c, k) = (i as u64 / per_chat, i as u64 % per_chat);
        assert_eq!(u64::from(m.conversation[i]), c, "message {i}");
        // An undated one has the time of the message before it.
        let dated = if k % 1000 == 999 { i - 1 } else { i };
        let t = 1_600_000_000 + dated as i64 * 60;
        assert_eq!(
            m.wall.at(i),
            footprint::model::WallTime::from_unix_utc(t).unwrap(),
            "message {i}"
        );
        if k % 1000 != 999 {
            let sender = m.sender[i] as usize;
            assert_eq!(
                fp.senders.names[sender],
                format!("Person {}", i as u64 % 97),
                "message {i}"
            );
        }
    }
}

/// Issue 17: batches of messages parsed on several threads and added in order give field
/// for field the footprint of one thread, over a generated full export.
#[test]
fn an_export_read_on_several_threads_is_the_export_read_on_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("result.json");
    let options = GenOptions {
        messages: 40_000,
        chats: 30,
        seed: 17,
        clean: false,
        as_of: None,
    };
    write_export(&options, fs::File::create(&path).unwrap()).unwrap();
    let limits = |threads| footprint::input::Limits {
        parse_threads: threads,
        ..Default::default()
    };
    let one = crate::common::load_with_limits(&path, limits(1));
    let many = crate::common::load_with_limits(&path, limits(4));
    assert!(one.footprint.messages.len() > 35_000);
    crate::common::assert_same_footprint(&one, &many);
}
