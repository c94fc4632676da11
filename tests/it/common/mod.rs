//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use footprint::analysis::summarize;
use footprint::cli::load_for_cli;
use footprint::import::LoadOutcome;
use serde_json::Value;

pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

pub fn load(paths: &[&Path], password: Option<&str>) -> LoadOutcome {
    let paths: Vec<PathBuf> = paths.iter().map(|p| p.to_path_buf()).collect();
    load_for_cli(&paths, password.map(str::to_string))
}

/// Loads `path` with the record limit lowered to 1 MiB, so tests of what happens past it
/// stay small.
pub fn load_with_1mib_records(path: &Path) -> LoadOutcome {
    load_with_limits(
        path,
        footprint::input::Limits {
            max_record_bytes: 1 << 20,
            ..Default::default()
        },
    )
}

/// The warning samples of the first source, as their texts.
pub fn warning_details(outcome: &LoadOutcome) -> Vec<String> {
    outcome.footprint.sources[0]
        .warnings
        .iter()
        .flat_map(|(_, _, samples)| samples)
        .map(|w| w.detail.clone())
        .collect()
}

/// The warning samples of one kind on the first source, as their texts.
pub fn warnings_of_kind(outcome: &LoadOutcome, kind: footprint::model::WarningKind) -> Vec<String> {
    outcome.footprint.sources[0]
        .warnings
        .iter()
        .filter(|(k, ..)| *k == kind)
        .flat_map(|(_, _, samples)| samples)
        .map(|w| w.detail.clone())
        .collect()
}

/// The built-in sample footprint, loaded as the window's "Try the sample" does.
pub fn load_builtin_sample() -> LoadOutcome {
    footprint::import::load_inputs(
        &footprint::samples::builtin(),
        &Default::default(),
        &Default::default(),
    )
    .expect("not cancelled")
}

/// `summary --json` of the paths, as a JSON value.
pub fn summary(paths: &[&Path], password: Option<&str>) -> Value {
    summary_of(&load(paths, password))
}

/// `summary --json` of something already loaded, as a JSON value.
pub fn summary_of(outcome: &LoadOutcome) -> Value {
    serde_json::to_value(summarize(outcome)).expect("summary serialises")
}

/// How many random mutations a fuzz test tries: `default`, or `FOOTPRINT_FUZZ_ROUNDS` for
/// a longer local run.
pub fn fuzz_rounds(default: usize) -> usize {
    std::env::var("FOOTPRINT_FUZZ_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(default)
}

/// `bytes` with one to eight of them replaced by random bytes.
pub fn mutated(bytes: &[u8], rng: &mut footprint::generate::Rng) -> Vec<u8> {
    let mut bytes = bytes.to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(bytes.len() as u64) as usize;
        bytes[at] = rng.below(256) as u8;
    }
    bytes
}

pub fn telegram(summary: &Value) -> &Value {
    &summary["platforms"]["telegram"]
}

/// Writes a zip with the given members (name, bytes) using `options` for each.
pub fn write_zip(path: &Path, members: &[(&str, &[u8])], options: zip::write::SimpleFileOptions) {
    let file = std::fs::File::create(path).expect("create zip");
    let mut zip = zip::ZipWriter::new(file);
    for (name, bytes) in members {
        zip.start_file(*name, options).expect("start member");
        std::io::Write::write_all(&mut zip, bytes).expect("write member");
    }
    zip.finish().expect("finish zip");
}

pub fn deflated() -> zip::write::SimpleFileOptions {
    zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated)
}

pub fn stored() -> zip::write::SimpleFileOptions {
    zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored)
}

/// A PNG's size, its pixels and the bytes a pixel takes.
/// A PNG's size, its pixels and the bytes per pixel.
pub fn read_png(path: &Path) -> ((u32, u32), Vec<u8>, usize) {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let decoder = png::Decoder::new(std::io::BufReader::new(file));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut buf).expect("a frame");
    buf.truncate(info.buffer_size());
    ((info.width, info.height), buf, info.color_type.samples())
}

/// A PNG's size and how many distinct colours it has (a blank image has one or two).
pub fn png_size_and_colours(path: &Path) -> ((u32, u32), usize) {
    let (size, pixels, bpp) = read_png(path);
    let colours: std::collections::HashSet<&[u8]> = pixels.chunks(bpp).collect();
    (size, colours.len())
}

/// How many pixels of the PNG at `path` have exactly the colour `rgb`.
pub fn png_pixels_of(path: &Path, rgb: [u8; 3]) -> usize {
    let (_, pixels, bpp) = read_png(path);
    pixels
        .chunks(bpp)
        .filter(|px| px.get(..3) == Some(&rgb[..]))
        .count()
}

/// Runs `footprint ARGS PATHS…`, which must succeed, and reads its output as JSON.
pub fn footprint_json(args: &[&str], paths: &[&Path]) -> Value {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_footprint"))
        .args(args)
        .args(paths)
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

pub mod xlsx;

/// Loads `path` under other limits (record size, parse threads ...).
pub fn load_with_limits(path: &Path, limits: footprint::input::Limits) -> LoadOutcome {
    let options = footprint::input::OpenOptions {
        limits,
        ..Default::default()
    };
    footprint::import::load_paths(
        &[path.to_path_buf()],
        &options,
        &footprint::import::Progress::default(),
    )
    .expect("not cancelled")
}

/// Asserts that two footprints hold the same, field by field: every message (row by
/// row, every column), then each other part of the model, then the load's errors.
/// A failure names the first field and row that differ.
pub fn assert_same_footprint(one: &LoadOutcome, other: &LoadOutcome) {
    let (a, b) = (&one.footprint, &other.footprint);
    let (m, n) = (&a.messages, &b.messages);
    assert_eq!(m.len(), n.len(), "number of messages");
    for i in 0..m.len() {
        let row = |x: &footprint::model::MessageColumns| {
            (
                x.wall.at(i),
                x.unix(i),
                x.conversation[i],
                x.sender[i],
                x.kind(i),
                x.content(i),
            )
        };
        assert_eq!(
            row(m),
            row(n),
            "message {i} (wall, unix, conversation, sender, kind, content)"
        );
    }
    let differ = |name: &str, x: String, y: String| {
        if x != y {
            let line = x
                .lines()
                .zip(y.lines())
                .position(|(p, q)| p != q)
                .unwrap_or(0);
            panic!(
                "{name} differ at line {line}:\n{}\n---\n{}",
                x.lines().nth(line).unwrap_or(""),
                y.lines().nth(line).unwrap_or("")
            );
        }
    };
    macro_rules! same {
        ($($field:ident),*) => {
            $(differ(stringify!($field), format!("{:#?}", a.$field), format!("{:#?}", b.$field));)*
        };
    }
    same!(
        sources,
        identity,
        contacts,
        frequent_contacts,
        sessions,
        ip_observations,
        login_events,
        account_events,
        conversations,
        payments
    );
    // Senders by their keys and names (the index over them is a hash map, in no order).
    differ(
        "senders",
        format!("{:#?}", (&a.senders.keys, &a.senders.names)),
        format!("{:#?}", (&b.senders.keys, &b.senders.names)),
    );
    assert_eq!(
        format!("{:?}", one.errors),
        format!("{:?}", other.errors),
        "errors"
    );
}
