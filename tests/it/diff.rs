//! Two exports of one account: `gen --as-of` makes an earlier and a later state of the
//! same generated account; `footprint diff` says what changed, and loading both counts
//! each item once.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::footprint_json;
use serde_json::Value;

/// Writes the export of seed 5 as of `date` into `dir/result.json`.
fn export_as_of(dir: &Path, date: &str) -> PathBuf {
    let out = dir.join(format!("{date}/result.json"));
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_footprint"))
        .args([
            "gen",
            "telegram-json",
            "--messages",
            "3000",
            "--chats",
            "12",
            "--seed",
            "5",
            "--clean",
            "--as-of",
            date,
            "--out",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    out
}

fn telegram(summary: &Value) -> &Value {
    &summary["platforms"]["telegram"]
}

fn n(v: &Value) -> u64 {
    v.as_u64().unwrap()
}

#[test]
fn diff_of_two_generated_exports_says_what_changed_and_both_count_once() {
    let dir = tempfile::tempdir().unwrap();
    let old = export_as_of(dir.path(), "2020-12-31");
    let new = export_as_of(dir.path(), "2024-03-31");
    let s_old = footprint_json(&["summary", "--json"], &[&old]);
    let s_new = footprint_json(&["summary", "--json"], &[&new]);
    let (t_old, t_new) = (telegram(&s_old), telegram(&s_new));
    // A later state: more messages and contacts.
    assert!(n(&t_new["messages"]) > n(&t_old["messages"]));
    assert!(n(&t_new["contacts"]) > n(&t_old["contacts"]));

    let d = footprint_json(&["diff", "--json"], &[&old, &new]);
    let names = |key: &str, field: &str| -> Vec<String> {
        d[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x[field].as_str().unwrap().to_string())
            .collect()
    };
    // Sessions: the Mac arrived, the first three devices ended; a website is new.
    assert_eq!(
        names("sessions_new", "device"),
        ["MacBook Pro", "example1.org (@example_login_bot)"]
    );
    assert_eq!(
        names("sessions_ended", "device"),
        ["PC-MODEL", "Honor HONOR X7b", "iPhone 13"]
    );
    assert_eq!(d["devices_new"], serde_json::json!(["MacBook Pro"]));
    // Contacts only added (the generator never removes one).
    assert_eq!(
        d["contacts_added"].as_array().unwrap().len() as u64,
        n(&t_new["contacts"]) - n(&t_old["contacts"])
    );
    assert!(d["contacts_removed"].as_array().unwrap().is_empty());
    // The two groups left halfway through are marked left in the later export.
    let left = d["conversations_left"].as_array().unwrap();
    assert_eq!(left.len(), 2);
    assert!(left.iter().all(|c| c["marked_left"] == true));
    // Messages of the new period: exactly those the later export adds.
    assert_eq!(
        n(&d["messages_new"]),
        n(&t_new["messages"]) - n(&t_old["messages"])
    );
    assert!(!d["ips_new"].as_array().unwrap().is_empty());
    assert!(
        d["old"]["as_of"]
            .as_str()
            .unwrap()
            .starts_with("2020-12-31")
    );

    // Both loaded: nothing counted twice.
    let both = footprint_json(&["summary", "--json"], &[&old, &new]);
    let t = telegram(&both);
    assert_eq!(n(&t["messages"]), n(&t_new["messages"]));
    assert_eq!(n(&t["service_events"]), n(&t_new["service_events"]));
    assert_eq!(n(&t["contacts"]), n(&t_new["contacts"]));
    let shared_sessions = n(&t_old["sessions"]) + n(&t_old["web_sessions"])
        - d["sessions_ended"].as_array().unwrap().len() as u64;
    assert_eq!(
        n(&t["sessions"]) + n(&t["web_sessions"]),
        n(&t_new["sessions"])
            + n(&t_new["web_sessions"])
            + n(&t_old["sessions"])
            + n(&t_old["web_sessions"])
            - shared_sessions
    );
    assert_eq!(t["conversations"], t_new["conversations"]);

    // The text form names the sections.
    let out = Command::new(env!("CARGO_BIN_EXE_footprint"))
        .arg("diff")
        .args([&old, &new])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Sessions and devices: 2 new sessions, 3 ended"),
        "{text}"
    );
    assert!(
        text.contains("Ended sessions:\n  Telegram PC-MODEL"),
        "{text}"
    );

    // The later export's messages begin with all of the earlier one's: the same account.
    let old_json: Value = serde_json::from_slice(&std::fs::read(&old).unwrap()).unwrap();
    let new_json: Value = serde_json::from_slice(&std::fs::read(&new).unwrap()).unwrap();
    let first_chat = |v: &Value| {
        v["chats"]["list"][3]["messages"]
            .as_array()
            .unwrap()
            .clone()
    };
    let (a, b) = (first_chat(&old_json), first_chat(&new_json));
    assert!(!a.is_empty() && a.len() < b.len());
    assert_eq!(a[..], b[..a.len()]);
}

#[test]
fn diff_says_which_path_is_not_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let new = export_as_of(dir.path(), "2024-03-31");
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "hello").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_footprint"))
        .arg("diff")
        .args([&notes, &new])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("notes.txt: no export recognised"));
}
