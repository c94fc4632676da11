//! The `footprint` binary: `summary` output and exit codes, `gen`.

use std::process::Command;

use crate::common::fixture;
use serde_json::Value;

fn footprint(args: &[&str]) -> (i32, Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_footprint"))
        .args(args)
        .output()
        .expect("run footprint");
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap_or(-1),
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn summary_json_on_all_fixtures() {
    let paths: Vec<String> = [
        "chat-miner_batch_export.json",
        "chatstyle_single_chat.json",
        "full_export_synthetic.json",
    ]
    .iter()
    .map(|f| fixture(&format!("telegram/{f}")).display().to_string())
    .collect();
    let mut args = vec!["summary", "--json"];
    args.extend(paths.iter().map(String::as_str));
    let (code, json, _) = footprint(&args);
    assert_eq!(code, 0);
    assert_eq!(json["sources"].as_array().unwrap().len(), 3);
    let t = &json["platforms"]["telegram"];
    assert_eq!(t["messages"], 2 + 11 + 10);
    assert_eq!(t["service_events"], 1 + 6);
    assert_eq!(t["conversations"]["personal"], 1 + 2);
    assert_eq!(t["conversations"]["other"], 1);
    assert_eq!(t["first_message"], "2018-12-05T10:39:10");
    assert_eq!(
        json["conversation_list"].as_array().unwrap().len(),
        1 + 1 + 6
    );
    // Every key of the contract is there.
    for key in [
        "identity_fields",
        "contacts",
        "frequent_contacts",
        "sessions",
        "web_sessions",
        "devices",
        "ip_addresses",
        "countries",
        "conversations",
        "left_conversations",
        "messages",
        "service_events",
        "senders",
        "first_message",
        "last_message",
        "payments",
    ] {
        assert!(t.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn exit_code_2_when_nothing_is_recognised() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "just some notes").unwrap();
    let (code, json, stderr) = footprint(&["summary", "--json", notes.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(
        json["unrecognized"][0]["reason"],
        "text, but not a known export layout"
    );
    assert!(stderr.contains("notes.txt"), "{stderr}");
}

#[test]
fn exit_code_1_on_failure_with_the_file_named() {
    let (code, _, stderr) = footprint(&["summary", "/definitely/not/here.zip"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("/definitely/not/here.zip"), "{stderr}");
}

#[test]
fn human_report_names_sources_and_counts() {
    let path = fixture("telegram/full_export_synthetic.json");
    let out = Command::new(env!("CARGO_BIN_EXE_footprint"))
        .args(["summary"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("telegram-json"));
    assert!(
        text.contains(
            "10 (4 yours, 6 received, 0 with owner unknown; 6 service events, 6 senders)"
        ),
        "{text}"
    );
    assert!(text.contains("you are: Alex Example (export)"), "{text}");
    assert!(
        text.contains("message the exporter marked unsupported x1"),
        "{text}"
    );
}

#[test]
fn gen_is_deterministic_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.json");
    let b = dir.path().join("b.json");
    for p in [&a, &b] {
        let (code, _, stderr) = footprint(&[
            "gen",
            "telegram-json",
            "--messages",
            "500",
            "--chats",
            "6",
            "--seed",
            "5",
            "--out",
            p.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{stderr}");
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let (code, _, stderr) = footprint(&["gen", "telegram-json", "--out", a.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("a.json"), "{stderr}");
    let (code, json, _) = footprint(&["summary", "--json", a.to_str().unwrap()]);
    assert_eq!(code, 0);
    let t = &json["platforms"]["telegram"];
    assert_eq!(
        t["messages"].as_u64().unwrap() + t["service_events"].as_u64().unwrap(),
        500
    );
}

#[test]
fn the_shared_fixtures_folder_counts_each_payment_once() {
    // The same WeChat Pay bill is there as CSV, as its GBK Excel re-save and as XLSX.
    let (code, s, stderr) = footprint(&["summary", "--json", fixture("").to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let payments = &s["platforms"]["wechat"]["payments"];
    assert_eq!(payments["count"], 27, "{payments}");
    assert_eq!(s["platforms"]["wechat"]["merged"]["payments"], 54);
}

#[test]
fn a_closed_pipe_ends_summary_quietly_and_successfully() {
    use std::io::Read as _;
    // More than a pipe holds (64 KiB), so the writer meets the closed end.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("result.json");
    footprint::generate::telegram::write_export(
        &footprint::generate::telegram::GenOptions {
            messages: 3_000,
            chats: 1_500,
            seed: 5,
            clean: true,
            as_of: None,
        },
        std::fs::File::create(&path).unwrap(),
    )
    .unwrap();
    for json in [true, false] {
        let mut args = vec!["summary", path.to_str().unwrap()];
        if json {
            args.insert(1, "--json");
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_footprint"))
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut head = [0u8; 16];
        child.stdout.take().unwrap().read_exact(&mut head).unwrap();
        // `head` has what it wanted: the pipe closes here.
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "json {json}");
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn findings_json_lists_what_to_do_most_severe_first_and_text_says_it_too() {
    let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_exports");
    let list = crate::common::footprint_json(&["findings", "--json"], &[&samples]);
    let list = list.as_array().expect("a list");
    let kinds: Vec<(&str, &str)> = list
        .iter()
        .map(|f| (f["kind"].as_str().unwrap(), f["platform"].as_str().unwrap()))
        .collect();
    for expected in [
        ("idle-sessions", "telegram"),
        ("active-websites", "telegram"),
        ("address-book", "whatsapp"),
        ("ip-addresses", "telegram"),
        ("night-payments", "wechat"),
    ] {
        assert!(kinds.contains(&expected), "{expected:?} in {kinds:?}");
    }
    let rank = |s: &str| {
        ["high", "medium", "low"]
            .iter()
            .position(|x| *x == s)
            .unwrap()
    };
    let severities: Vec<usize> = list
        .iter()
        .map(|f| rank(f["severity"].as_str().unwrap()))
        .collect();
    assert!(
        severities.windows(2).all(|w| w[0] <= w[1]),
        "{severities:?}"
    );
    for f in list {
        assert!(!f["title"].as_str().unwrap().is_empty());
        assert!(!f["action"].as_str().unwrap().is_empty());
        assert!(!f["evidence"].as_array().unwrap().is_empty());
        assert!(f["view"].is_string());
    }

    // Masked: the counterparties the text names are pseudonyms.
    let out = Command::new(env!("CARGO_BIN_EXE_footprint"))
        .args(["findings", "--mask"])
        .arg(&samples)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("[high] Telegram: "), "{text}");
    assert!(text.contains("What to do: In Telegram: Settings › Devices"));
    assert!(text.contains("Counterparty 1"), "{text}");
    assert!(!text.contains("京东商城"), "{text}");
}

/// `bench` generates an export of the format asked, times `summary` on it (here against
/// the same build, in turns) and reports the records the summary counted; a freshly
/// generated export is timed again on `--input`, and wrong uses are refused with a reason.
#[test]
fn bench_times_every_format_and_refuses_wrong_uses() {
    let dir = tempfile::tempdir().unwrap();
    let exe = env!("CARGO_BIN_EXE_footprint");
    let bench = |args: &[&str]| {
        let out = Command::new(exe)
            .arg("bench")
            .args(["--dir", dir.path().to_str().unwrap()])
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    for format in ["memotrace", "bill", "whatsapp", "json-zip"] {
        let (code, out, err) = bench(&[
            "--format",
            format,
            "--size-mb",
            "1",
            "--runs",
            "1",
            "--against",
            exe,
        ]);
        assert_eq!(code, Some(0), "{format}: {err}");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2, "{format}: this build and --against: {out}");
        for line in lines {
            let records: u64 = line
                .split(" records:")
                .next()
                .and_then(|head| head.rsplit(' ').next())
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            assert!(records > 1_000, "{format}: {line}");
            assert!(
                line.contains(" MB/s") && line.contains("cores used"),
                "{line}"
            );
        }
    }
    let (code, _, err) = bench(&["--runs", "0"]);
    assert_eq!(code, Some(2), "{err}");
    let (code, _, err) = bench(&["--input", "/no/such/export.json"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("no such file or folder"), "{err}");
    let (code, _, err) = bench(&["--format", "people", "--against", exe]);
    assert_eq!(code, Some(1));
    assert!(err.contains("timed in this process"), "{err}");
}

/// Commands whose output does not list warnings (`people`, `findings`, `charts`,
/// `report`) say on stderr which sources were read with some, so a damaged file never
/// looks whole.
#[test]
fn people_says_which_sources_were_read_with_warnings() {
    let full = std::fs::read(fixture("telegram/full_export_synthetic.json")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cut = dir.path().join("result.json");
    std::fs::write(&cut, &full[..full.len() * 2 / 3]).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_footprint"))
        .args(["people"])
        .arg(&cut)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("result.json: read with") && stderr.contains("file ends early"),
        "{stderr}"
    );
}
