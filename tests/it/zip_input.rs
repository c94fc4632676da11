//! Exports inside folders and zips: nesting, passwords, empty archives and bombs.

use std::fs;

use crate::common::{deflated, fixture, load, stored, summary, telegram, write_zip};
use zip::AesMode;
use zip::unstable::write::FileOptionsExt;

fn full_export() -> Vec<u8> {
    fs::read(fixture("telegram/full_export_synthetic.json")).unwrap()
}

#[test]
fn folder_zip_and_bare_file_give_the_same_counts() {
    let dir = tempfile::tempdir().unwrap();
    let export_dir = dir.path().join("DataExport_2024-03-04");
    fs::create_dir_all(export_dir.join("chats/chat_1/photos")).unwrap();
    fs::write(export_dir.join("result.json"), full_export()).unwrap();
    fs::write(
        export_dir.join("chats/chat_1/photos/photo_1.jpg"),
        [0xFF, 0xD8, 0xFF, 0xE0, 0, 0],
    )
    .unwrap();
    let zip_path = dir.path().join("DataExport_2024-03-04.zip");
    write_zip(
        &zip_path,
        &[
            ("DataExport_2024-03-04/result.json", &full_export()),
            (
                "DataExport_2024-03-04/chats/chat_1/photos/photo_1.jpg",
                &[0xFF, 0xD8, 0xFF],
            ),
            ("__MACOSX/DataExport_2024-03-04/._result.json", b"junk"),
        ],
        deflated(),
    );
    let bare = summary(&[&export_dir.join("result.json")], None);
    for path in [&export_dir, &zip_path] {
        let s = summary(&[path], None);
        assert_eq!(telegram(&s), telegram(&bare), "{}", path.display());
        assert_eq!(
            s["sources"].as_array().unwrap().len(),
            1,
            "only result.json is a source"
        );
        assert_eq!(s["unrecognized"], serde_json::json!([]));
    }
    let s = summary(&[&zip_path], None);
    let source_path = s["sources"][0]["path"].as_str().unwrap();
    assert!(
        source_path.ends_with("DataExport_2024-03-04.zip/DataExport_2024-03-04/result.json"),
        "{source_path}"
    );
}

#[test]
fn nested_zip_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("inner.zip");
    write_zip(&inner, &[("result.json", &full_export())], deflated());
    let outer = dir.path().join("outer.zip");
    write_zip(
        &outer,
        &[("backup/inner.zip", &fs::read(&inner).unwrap())],
        stored(),
    );
    let s = summary(&[&outer], None);
    assert_eq!(telegram(&s)["messages"], 10);
    assert!(
        s["sources"][0]["path"]
            .as_str()
            .unwrap()
            .ends_with("outer.zip/backup/inner.zip/result.json")
    );
}

#[test]
fn encrypted_zips_need_the_right_password() {
    let dir = tempfile::tempdir().unwrap();
    let aes = dir.path().join("aes.zip");
    write_zip(
        &aes,
        &[("result.json", &full_export())],
        deflated().with_aes_encryption(AesMode::Aes256, "s3cret"),
    );
    let zipcrypto = dir.path().join("zipcrypto.zip");
    write_zip(
        &zipcrypto,
        &[("result.json", &full_export())],
        deflated().with_deprecated_encryption(b"s3cret").unwrap(),
    );
    for path in [&aes, &zipcrypto] {
        let name = path.display().to_string();
        let ok = summary(&[path], Some("s3cret"));
        assert_eq!(telegram(&ok)["messages"], 10, "{name}");

        let missing = load(&[path], None);
        assert!(missing.footprint.sources.is_empty(), "{name}");
        assert_eq!(missing.errors.len(), 1, "{name}");
        assert!(missing.errors[0].needs_password);
        assert!(
            missing.errors[0].message.contains("password is needed"),
            "{}",
            missing.errors[0].message
        );
        assert!(
            missing.errors[0].message.contains("result.json"),
            "the error names the file"
        );

        let wrong = load(&[path], Some("wrong"));
        assert!(
            wrong.footprint.sources.is_empty() || wrong.footprint.messages.is_empty(),
            "{name}"
        );
        assert!(!wrong.errors.is_empty(), "{name}");
        assert!(
            wrong.errors[0].needs_password || wrong.errors[0].message.contains("zip"),
            "{}",
            wrong.errors[0].message
        );
    }
    // AES authenticates the password, so a wrong one is named as such.
    let wrong = load(&[&aes], Some("wrong"));
    assert!(
        wrong.errors[0].message.contains("password is wrong"),
        "{}",
        wrong.errors[0].message
    );
}

/// ZipCrypto checks a password against one header byte, so about one wrong password in
/// 256 gets past it. Every one of 600 wrong passwords must still be named as wrong,
/// never read as garbage that is merely "not recognised".
#[test]
fn every_wrong_zipcrypto_password_is_named_as_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zipcrypto.zip");
    write_zip(
        &path,
        &[("result.json", &full_export())],
        deflated().with_deprecated_encryption(b"s3cret").unwrap(),
    );
    for i in 0..600 {
        let wrong = format!("wrong{i}");
        let outcome = load(&[&path], Some(&wrong));
        assert!(outcome.footprint.sources.is_empty(), "{wrong}");
        assert!(
            outcome.unrecognized.is_empty(),
            "{wrong}: {:?}",
            outcome.unrecognized
        );
        assert_eq!(outcome.errors.len(), 1, "{wrong}");
        assert!(outcome.errors[0].needs_password, "{wrong}");
        assert!(
            outcome.errors[0].message.contains("password is wrong"),
            "{wrong}: {}",
            outcome.errors[0].message
        );
    }
}

#[test]
fn empty_zip_is_unrecognised_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.zip");
    write_zip(&empty, &[], deflated());
    let outcome = load(&[&empty], None);
    assert!(outcome.errors.is_empty());
    assert_eq!(outcome.unrecognized.len(), 1);
    assert!(
        outcome.unrecognized[0].reason.contains("no files"),
        "{}",
        outcome.unrecognized[0].reason
    );
    assert!(outcome.unrecognized[0].path.ends_with("empty.zip"));
}

#[test]
fn zip_bomb_is_refused_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let bomb = dir.path().join("bomb.zip");
    // 64 MiB of spaces inside a JSON object compress more than 1000x.
    let mut json = b"{\"chats\": {\"list\": []}".to_vec();
    json.resize(64 << 20, b' ');
    json.push(b'}');
    write_zip(&bomb, &[("result.json", &json)], deflated());
    assert!(fs::metadata(&bomb).unwrap().len() < 1 << 20);
    let outcome = load(&[&bomb], None);
    assert_eq!(outcome.errors.len(), 1, "{:?}", outcome.errors);
    let message = &outcome.errors[0].message;
    assert!(message.contains("zip bomb"), "{message}");
    assert!(message.contains("bomb.zip/result.json"), "{message}");
}

#[test]
fn corrupt_zip_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("export.zip");
    fs::write(&bad, b"PK\x03\x04 this is not really a zip").unwrap();
    let outcome = load(&[&bad], None);
    assert_eq!(outcome.errors.len(), 1);
    assert!(
        outcome.errors[0].message.contains("export.zip"),
        "{}",
        outcome.errors[0].message
    );
    assert!(outcome.errors[0].message.contains("zip"));
}

/// A zip cut short (a download stopped) and a file of another kind named `.zip` say
/// which they are, and what to do about the first.
#[test]
fn a_cut_zip_and_a_false_zip_are_told_apart() {
    let dir = tempfile::tempdir().unwrap();
    let whole = dir.path().join("whole.zip");
    write_zip(&whole, &[("result.json", &full_export())], deflated());
    let bytes = fs::read(&whole).unwrap();
    let cut = dir.path().join("cut.zip");
    fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let outcome = load(&[&cut], None);
    let message = &outcome.errors[0].message;
    assert!(
        message.contains("cut.zip") && message.contains("cut short"),
        "{message}"
    );
    assert!(message.contains("download or copy it again"), "{message}");
    let fake = dir.path().join("fake.zip");
    fs::write(&fake, "just some text, named .zip").unwrap();
    let outcome = load(&[&fake], None);
    let message = &outcome.errors[0].message;
    assert!(
        message.contains("fake.zip") && message.contains("does not begin as a zip"),
        "{message}"
    );
}

#[test]
fn zips_nested_past_the_limit_say_so() {
    let dir = tempfile::tempdir().unwrap();
    // result.json in a zip in a zip … six deep; the limit opens four.
    let mut bytes = {
        let path = dir.path().join("level0.zip");
        write_zip(&path, &[("result.json", &full_export())], deflated());
        fs::read(&path).unwrap()
    };
    for level in 1..6 {
        let path = dir.path().join(format!("level{level}.zip"));
        write_zip(
            &path,
            &[(&format!("level{}.zip", level - 1), &bytes)],
            stored(),
        );
        bytes = fs::read(&path).unwrap();
    }
    let s = summary(&[&dir.path().join("level5.zip")], None);
    assert_eq!(s["sources"], serde_json::json!([]));
    let reason = s["unrecognized"][0]["reason"].as_str().unwrap();
    assert!(reason.contains("nesting limit"), "{reason}");
    assert!(reason.contains("more than 4 deep"), "{reason}");
    // Within the limit it is read.
    let s = summary(&[&dir.path().join("level2.zip")], None);
    assert_eq!(telegram(&s)["messages"], 10);
}

#[test]
fn pipes_and_devices_are_not_regular_files() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    let name = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid, NUL-terminated path; mkfifo only creates the node.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    for path in [
        fifo.as_path(),
        std::path::Path::new("/dev/zero"),
        std::path::Path::new("/dev/urandom"),
    ] {
        let outcome = load(&[path], None);
        assert_eq!(outcome.errors.len(), 1, "{}", path.display());
        let message = &outcome.errors[0].message;
        assert!(message.contains("not a regular file"), "{message}");
        assert!(message.contains(path.to_str().unwrap()), "{message}");
        assert!(!message.contains("empty file"), "{message}");
    }
}
