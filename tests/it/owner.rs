//! Who "you" are in each source (issue 13 §1): named by the export, inferred from each
//! kind of evidence, left unknown where nothing decides, and chosen with `--me`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{deflated, fixture, load, summary_of, write_zip};
use serde_json::{Value, json};

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

fn owners(summary: &Value) -> Vec<Value> {
    summary["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["owner"].clone())
        .collect()
}

/// `messages_sent`, `messages_received`, `messages_owner_unknown` of a platform, checked
/// to add up to its messages.
fn directions(summary: &Value, platform: &str) -> (u64, u64, u64) {
    let p = &summary["platforms"][platform];
    let (sent, received, unknown) = (
        p["messages_sent"].as_u64().unwrap(),
        p["messages_received"].as_u64().unwrap(),
        p["messages_owner_unknown"].as_u64().unwrap(),
    );
    assert_eq!(sent + received + unknown, p["messages"].as_u64().unwrap());
    (sent, received, unknown)
}

const GROUP: &str = "\
12/03/2024, 09:00 - Ana created group \"Garden\"
12/03/2024, 09:01 - Ana: Welcome
12/03/2024, 09:02 - Bo: Thanks
12/03/2024, 09:03 - Me Myself: Hi all
12/03/2024, 09:04 - Ana: Plans?
";

const PAIR: &str = "\
13/03/2024, 10:00 - Cem: Lunch?
13/03/2024, 10:01 - Me Myself: Yes
13/03/2024, 10:02 - Cem: 12:30
";

#[test]
fn exports_that_name_their_owner_say_so() {
    for (path, name, basis) in [
        (
            "telegram/full_export_synthetic.json",
            "Alex Example",
            "export",
        ),
        // HTML names the owner on export_results.html; senders are known by name.
        ("telegram/html_full_synthetic", "Alex Example", "export"),
    ] {
        let s = summary_of(&load(&[&fixture(path)], None));
        assert_eq!(
            owners(&s)[0],
            json!({"name": name, "basis": basis}),
            "{path}"
        );
        let (sent, received, unknown) = directions(&s, "telegram");
        assert!(sent > 0 && received > 0, "{path}");
        assert_eq!(unknown, 0, "{path}");
    }
    // A WeChat exporter's "sent by me" flag: PyWxDump's `is_sender`, with and without its
    // owner folder.
    let dir = tempfile::tempdir().unwrap();
    let rows = "id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime\n\
         1,1,文本,0,wxid_zhou,wxid_zhou,在吗,,2024-05-01 10:00:00\n\
         2,2,文本,1,我,wxid_zhou,在,,2024-05-01 10:01:00\n";
    fs::create_dir_all(dir.path().join("export/wxid_owner01")).unwrap();
    for rel in [
        "export/wxid_owner01/wxid_zhou_0_5000.csv",
        "wxid_zhou_0_5000.csv",
    ] {
        let s = summary_of(&load(&[&write(dir.path(), rel, rows)], None));
        assert_eq!(owners(&s)[0]["basis"], "export", "{rel}");
        assert_eq!(directions(&s, "wechat"), (1, 1, 0), "{rel}");
    }
}

#[test]
fn a_whatsapp_chat_alone_has_an_unknown_owner_and_counts_neither_way() {
    let dir = tempfile::tempdir().unwrap();
    let chat = write(dir.path(), "WhatsApp Chat with Garden.txt", GROUP);
    let outcome = load(&[&chat], None);
    let s = summary_of(&outcome);
    assert_eq!(owners(&s)[0], json!({"name": null, "basis": "unknown"}));
    assert_eq!(directions(&s, "whatsapp"), (0, 0, 4));
    let derived =
        footprint::analysis::Derived::compute(&outcome, footprint::analysis::TimeBasis::AsExported);
    let view = derived
        .activity
        .query(&Default::default(), footprint::analysis::Bucket::Day);
    assert_eq!((view.mine, view.others, view.unknown), (0, 0, 4));
}

#[test]
fn the_one_person_in_every_chat_is_you() {
    let dir = tempfile::tempdir().unwrap();
    let group = write(dir.path(), "WhatsApp Chat with Garden.txt", GROUP);
    let pair = write(dir.path(), "WhatsApp Chat with Cem.txt", PAIR);
    let outcome = load(&[&group, &pair], None);
    let s = summary_of(&outcome);
    assert_eq!(
        owners(&s),
        [
            json!({"name": "Me Myself", "basis": "inferred"}),
            json!({"name": "Me Myself", "basis": "inferred"})
        ]
    );
    assert_eq!(directions(&s, "whatsapp"), (2, 5, 0));
    let derived =
        footprint::analysis::Derived::compute(&outcome, footprint::analysis::TimeBasis::AsExported);
    assert!(
        derived.owners.sources[0]
            .how
            .contains("the only person who writes in all 2 WhatsApp chats"),
        "{}",
        derived.owners.sources[0].how
    );
}

#[test]
fn in_a_one_to_one_chat_the_notice_is_under_the_other_person() {
    let dir = tempfile::tempdir().unwrap();
    let text = "\
[25/3/24 11:27:48] Inés Vidal: \u{200E}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\r
[25/3/24 11:28:00] Inés Vidal: Hola\r
[25/3/24 12:08:50] Tom: Ya salgo\r
";
    let zip = dir.path().join("WhatsApp Chat - Inés Vidal.zip");
    write_zip(&zip, &[("_chat.txt", text.as_bytes())], deflated());
    let outcome = load(&[&zip], None);
    let s = summary_of(&outcome);
    assert_eq!(owners(&s)[0], json!({"name": "Tom", "basis": "inferred"}));
    assert_eq!(directions(&s, "whatsapp"), (1, 1, 0));
    // The same chat with the notice gone decides nothing.
    let bare = dir.path().join("bare.zip");
    let rest: String = text.lines().skip(1).map(|l| format!("{l}\n")).collect();
    write_zip(&bare, &[("_chat.txt", rest.as_bytes())], deflated());
    let s = summary_of(&load(&[&bare], None));
    assert_eq!(owners(&s)[0]["basis"], "unknown");
}

#[test]
fn a_chat_whose_own_evidence_disagrees_keeps_the_common_person_out() {
    // The other person of the 1:1 chat also writes in the group: the 1:1 chat's notice
    // says you are Tom, so "the one person in every chat" (Inés) is not taken, and Tom
    // does not write in the group: its owner stays unknown.
    let dir = tempfile::tempdir().unwrap();
    let pair = "\
[25/3/24 11:27:48] Inés: \u{200E}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\r
[25/3/24 11:28:00] Inés: Hola\r
[25/3/24 12:08:50] Tom: Ya salgo\r
";
    let zip = dir.path().join("WhatsApp Chat - Inés.zip");
    write_zip(&zip, &[("_chat.txt", pair.as_bytes())], deflated());
    let group = write(
        dir.path(),
        "WhatsApp Chat with Band.txt",
        "12/03/2024, 09:01 - Inés: Rehearsal at 8\n12/03/2024, 09:02 - Olga: OK\n",
    );
    let s = summary_of(&load(&[&group, &zip], None));
    let by_path: Vec<(String, Value)> = s["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["path"].as_str().unwrap().to_string(), s["owner"].clone()))
        .collect();
    for (path, owner) in by_path {
        if path.contains("Band") {
            assert_eq!(owner["basis"], "unknown", "{path}");
        } else {
            assert_eq!(owner, json!({"name": "Tom", "basis": "inferred"}), "{path}");
        }
    }
}

#[test]
fn a_number_of_the_account_report_is_you() {
    let dir = tempfile::tempdir().unwrap();
    let chat = write(
        dir.path(),
        "WhatsApp Chat with Garden.txt",
        "12/03/2024, 09:01 - Ana: Welcome\n12/03/2024, 09:02 - +49 170 1234567: Thanks\n12/03/2024, 09:03 - Bo: Hi\n",
    );
    let report = dir.path().join("report.zip");
    write_zip(
        &report,
        &[(
            "whatsapp_account_information/user_information.json",
            br#"{"label_values": [{"label": "Phone number", "value": "0049 1701234567"}]}"#,
        )],
        deflated(),
    );
    let outcome = load(&[&chat, &report], None);
    let s = summary_of(&outcome);
    let chat_owner = s["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["format"] == "whatsapp-chat")
        .map(|s| s["owner"].clone())
        .unwrap();
    assert_eq!(
        chat_owner,
        json!({"name": "+49 170 1234567", "basis": "inferred"})
    );
    // The report itself names its account by number.
    let report_owner = s["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["format"] == "whatsapp-account")
        .map(|s| s["owner"].clone())
        .unwrap();
    assert_eq!(
        report_owner,
        json!({"name": "0049 1701234567", "basis": "export"})
    );
    assert_eq!(directions(&s, "whatsapp"), (1, 2, 0));
}

#[test]
fn second_person_lines_support_but_do_not_decide() {
    let dir = tempfile::tempdir().unwrap();
    let chat = write(
        dir.path(),
        "WhatsApp Chat with Garden.txt",
        "12/03/2024, 09:00 - You created group \"Garden\"\n12/03/2024, 09:01 - Ana: Welcome\n12/03/2024, 09:02 - Bo: Hi\n",
    );
    let outcome = load(&[&chat], None);
    let derived =
        footprint::analysis::Derived::compute(&outcome, footprint::analysis::TimeBasis::AsExported);
    let owner = &derived.owners.sources[0];
    assert_eq!(owner.basis, footprint::analysis::owner::OwnerBasis::Unknown);
    assert!(
        owner.how.contains("1 system line in the second person"),
        "{}",
        owner.how
    );
}

#[test]
fn me_chooses_you_everywhere_or_for_one_source() {
    let dir = tempfile::tempdir().unwrap();
    let group = write(dir.path(), "WhatsApp Chat with Garden.txt", GROUP);
    let pair = write(dir.path(), "WhatsApp Chat with Cem.txt", PAIR);
    // Everywhere someone of that name writes.
    let s = crate::common::footprint_json(&["summary", "--json", "--me", "Ana"], &[&group, &pair]);
    let owners = owners(&s);
    assert!(
        owners.contains(&json!({"name": "Ana", "basis": "chosen"})),
        "{owners:?}"
    );
    // The pair, where Ana does not write, keeps what the evidence decides: its file is
    // named after Cem, so you are the other writer.
    assert!(
        owners.contains(&json!({"name": "Me Myself", "basis": "inferred"})),
        "{owners:?}"
    );
    // One source by its file name; someone who writes nothing there makes every message
    // received.
    let s = crate::common::footprint_json(
        &[
            "summary",
            "--json",
            "--me",
            "WhatsApp Chat with Garden.txt=Bo",
            "--me",
            "WhatsApp Chat with Cem.txt=Zoe",
        ],
        &[&group, &pair],
    );
    let by_file: Vec<(String, Value)> = s["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["path"].as_str().unwrap().to_string(), s["owner"].clone()))
        .collect();
    for (path, owner) in &by_file {
        let expected = if path.ends_with("Garden.txt") {
            "Bo"
        } else {
            "Zoe"
        };
        assert_eq!(
            owner,
            &json!({"name": expected, "basis": "chosen"}),
            "{path}"
        );
    }
    // Bo wrote 1 of the group's 4; Zoe none of the pair's 3.
    assert_eq!(directions(&s, "whatsapp"), (1, 6, 0));
}

#[test]
fn me_decides_yours_in_saved_charts() {
    let dir = tempfile::tempdir().unwrap();
    let group = write(dir.path(), "WhatsApp Chat with Garden.txt", GROUP);
    let mine = [0x3B, 0x7D, 0xD8];
    let blue_pixels = |out: &Path, me: Option<&str>| {
        let mut args = vec!["charts", "--out", out.to_str().unwrap()];
        if let Some(me) = me {
            args.extend(["--me", me]);
        }
        let status = Command::new(env!("CARGO_BIN_EXE_footprint"))
            .args(&args)
            .arg(&group)
            .output()
            .unwrap()
            .status;
        assert!(status.success());
        crate::common::png_pixels_of(&out.join("activity-yours-vs-received.png"), mine)
    };
    assert_eq!(
        blue_pixels(&dir.path().join("a"), None),
        0,
        "no owner, no yours"
    );
    assert!(blue_pixels(&dir.path().join("b"), Some("Ana")) > 1000);
}

#[test]
fn a_one_to_one_chat_named_after_one_writer_is_the_other_writers() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        (
            "WhatsApp Chat with Ana.txt",
            "13/03/2024, 10:00 - Ana: Hi\n13/03/2024, 10:01 - Jan: Hallo\n",
        ),
        (
            "WhatsApp Chat mit Ana.txt",
            "13.03.24, 10:00 - Ana: Hi\n13.03.24, 10:01 - Jan: Hallo\n",
        ),
    ] {
        let s = summary_of(&load(&[&write(dir.path(), name, text)], None));
        assert_eq!(
            owners(&s)[0],
            json!({"name": "Jan", "basis": "inferred"}),
            "{name}"
        );
        assert_eq!(directions(&s, "whatsapp"), (1, 1, 0), "{name}");
    }
}

#[test]
fn me_is_forgiving_about_case_and_folders_and_says_when_it_matches_no_one() {
    let dir = tempfile::tempdir().unwrap();
    let group = write(dir.path(), "WhatsApp Chat with Garden.txt", GROUP);
    let out = Command::new(env!("CARGO_BIN_EXE_footprint"))
        .args(["summary", "--json", "--me", "ana", "--me", "Nobody"])
        .arg(&group)
        .output()
        .unwrap();
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(owners(&s)[0], json!({"name": "Ana", "basis": "chosen"}));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--me Nobody: no one of that name writes"),
        "{stderr}"
    );
    assert!(!stderr.contains("--me ana"), "{stderr}");
    // A folder of the path names a source too (iOS: `WhatsApp Chat - Bo/_chat.txt`).
    let folder = dir.path().join("WhatsApp Chat - Bo");
    fs::create_dir_all(&folder).unwrap();
    let chat = write(
        &folder,
        "_chat.txt",
        "[13/03/2024, 10:00:00] Bo: Hi\r\n[13/03/2024, 10:01:00] Cy: Yo\r\n[13/03/2024, 10:02:00] Di: Hey\r\n",
    );
    let s = crate::common::footprint_json(
        &["summary", "--json", "--me", "WhatsApp Chat - Bo=Cy"],
        &[&chat],
    );
    assert_eq!(owners(&s)[0], json!({"name": "Cy", "basis": "chosen"}));
}

#[test]
fn none_of_these_makes_every_message_received() {
    use footprint::analysis::owner::{NONE_OF_THESE, OwnerChoices};
    let dir = tempfile::tempdir().unwrap();
    let group = write(dir.path(), "WhatsApp Chat with Garden.txt", GROUP);
    let outcome = load(&[&group], None);
    let path = outcome.footprint.sources[0].path.clone();
    let mut choices = OwnerChoices::default();
    choices.by_source.insert(path, NONE_OF_THESE.to_string());
    let s = serde_json::to_value(footprint::analysis::summary::summarize_choosing(
        &outcome, &choices,
    ))
    .unwrap();
    assert_eq!(owners(&s)[0], json!({"name": null, "basis": "chosen"}));
    assert_eq!(directions(&s, "whatsapp"), (0, 4, 0));
}

/// Where an export names you is said in the reader's language around the export's own
/// terms: Telegram's `personal_information` section, a WeChat exporter's folder or flag.
#[test]
fn where_an_export_names_you_is_said_in_the_language() {
    use footprint::analysis::{Derived, TimeBasis};
    use footprint::i18n::{Lang, with_language};
    let dir = tempfile::tempdir().unwrap();
    let rows = "id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime\n\
         1,1,文本,0,wxid_zhou,wxid_zhou,在吗,,2024-05-01 10:00:00\n\
         2,2,文本,1,我,wxid_zhou,在,,2024-05-01 10:01:00\n";
    fs::create_dir_all(dir.path().join("export/wxid_owner01")).unwrap();
    let pywxdump = write(dir.path(), "export/wxid_owner01/wxid_zhou_0_5000.csv", rows);
    for (path, english) in [
        (
            fixture("telegram/full_export_synthetic.json"),
            "named by personal_information in the export",
        ),
        (pywxdump, "named by PyWxDump's export/<wxid>/"),
    ] {
        let outcome = load(&[&path], None);
        let mut d = Derived::compute(&outcome, TimeBasis::AsExported);
        let how = |d: &Derived| d.owners.sources[0].how.clone();
        assert_eq!(how(&d), english);
        with_language(Lang::De, || d.relabel());
        let german = how(&d);
        assert!(german.starts_with("angegeben "), "{german}");
        assert!(
            german.contains("personal_information") || german.contains("PyWxDump"),
            "{german}"
        );
    }
}
