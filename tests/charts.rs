//! Charts: `footprint charts` writes one non-empty image per chart (read back from disk),
//! SVG and masking work, nothing is overwritten without asking, and the chart catalogue
//! matches what the analysis found.

mod common;

use std::path::Path;
use std::process::Command;

use common::{fixture, load, png_size_and_colours};
use footprint::analysis::{Derived, TimeBasis};
use footprint::chart::{ChartBody, ChartOptions, Topic, all_charts, charts_for};

fn sample_paths() -> Vec<String> {
    [
        "DataExport_sample/result.json",
        "ChatExport_sample/result.json",
    ]
    .iter()
    .map(|p| {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sample_exports/telegram")
            .join(p)
            .display()
            .to_string()
    })
    .collect()
}

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_footprint"))
        .args(args)
        .output()
        .expect("run footprint");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn charts_command_writes_one_non_empty_png_per_chart() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("charts");
    let paths = sample_paths();
    let mut args = vec!["charts", "--out", out.to_str().unwrap()];
    args.extend(paths.iter().map(String::as_str));
    let (code, stderr) = run(&args);
    assert_eq!(code, 0, "{stderr}");

    let outcome = load(&paths.iter().map(Path::new).collect::<Vec<_>>(), None);
    let derived = Derived::compute(&outcome, TimeBasis::AsExported);
    let expected = all_charts(&derived, &ChartOptions::default());
    assert!(expected.len() >= 12, "{} charts", expected.len());
    let files: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), expected.len());
    for chart in &expected {
        let path = out.join(format!("{}.png", chart.id));
        let (size, colours) = png_size_and_colours(&path);
        assert_eq!(size, (2200, 1280), "{}", chart.id);
        assert!(colours > 8, "{} looks blank ({colours} colours)", chart.id);
    }
    assert!(
        stderr.contains(&format!("wrote {} charts", expected.len())),
        "{stderr}"
    );

    // A second run refuses to overwrite and writes nothing.
    let before = std::fs::read(out.join("activity-over-time.png")).unwrap();
    let (code, stderr) = run(&args);
    assert_eq!(code, 1);
    assert!(stderr.contains("already exist"), "{stderr}");
    assert_eq!(
        std::fs::read(out.join("activity-over-time.png")).unwrap(),
        before
    );
    // With --overwrite it does.
    let mut again = args.clone();
    again.insert(1, "--overwrite");
    assert_eq!(run(&again).0, 0);
}

#[test]
fn svg_charts_and_masking() {
    let dir = tempfile::tempdir().unwrap();
    let full = fixture("telegram/full_export_synthetic.json");
    let plain = dir.path().join("plain");
    let masked = dir.path().join("masked");
    for (out, mask) in [(&plain, false), (&masked, true)] {
        let mut args = vec![
            "charts",
            "--svg",
            "--out",
            out.to_str().unwrap(),
            full.to_str().unwrap(),
        ];
        if mask {
            args.insert(1, "--mask");
        }
        assert_eq!(run(&args).0, 0);
    }
    let read =
        |dir: &Path, id: &str| std::fs::read_to_string(dir.join(format!("{id}.svg"))).unwrap();
    let plain_top = read(&plain, "conversations-top");
    assert!(plain_top.starts_with("<svg"), "{}", &plain_top[..40]);
    let outcome = load(&[&full], None);
    let derived = Derived::compute(&outcome, TimeBasis::AsExported);
    let busiest = &derived.conversations.rows[0].name;
    assert!(plain_top.contains(busiest.as_str()), "{busiest} missing");
    let masked_top = read(&masked, "conversations-top");
    assert!(
        !masked_top.contains(busiest.as_str()),
        "{busiest} not masked"
    );
    assert!(masked_top.contains("Contact 1") || masked_top.contains("Group 1"));
    // Session addresses never appear in masked images.
    let plain_gantt = read(&plain, "sessions-timeline");
    let masked_gantt = read(&masked, "sessions-timeline");
    assert!(plain_gantt.contains("<rect"));
    assert!(masked_gantt.contains("<rect"));
}

#[test]
fn chart_data_matches_the_analysis() {
    let full = fixture("telegram/full_export_synthetic.json");
    let outcome = load(&[&full], None);
    let derived = Derived::compute(&outcome, TimeBasis::AsExported);
    let opts = ChartOptions::default();
    let activity = charts_for(Topic::Activity, &derived, &opts);
    let ChartBody::Timeline { series, .. } = &activity[0].body else {
        panic!("timeline expected");
    };
    let total: f64 = series.iter().flat_map(|s| &s.values).sum();
    assert_eq!(
        total as u64,
        derived
            .summary
            .platforms
            .values()
            .map(|p| p.messages)
            .sum::<u64>()
    );
    let ChartBody::Heatmap { values, .. } = &activity[1].body else {
        panic!("heatmap expected");
    };
    assert_eq!(values.iter().flatten().sum::<f64>(), total);
    let sessions = charts_for(Topic::Sessions, &derived, &opts);
    let ChartBody::Gantt { rows } = &sessions[0].body else {
        panic!("gantt expected");
    };
    assert_eq!(rows.len(), derived.sessions.sessions.len());
}

#[test]
fn top_conversations_are_ranked_by_messages() {
    // The built-in sample has conversations whose service events would change the order.
    let outcome = footprint::import::load_inputs(
        &footprint::samples::builtin(),
        &Default::default(),
        &Default::default(),
    )
    .unwrap();
    let derived = Derived::compute(&outcome, TimeBasis::AsExported);
    let charts = charts_for(Topic::Conversations, &derived, &ChartOptions::default());
    let top = charts
        .iter()
        .find(|c| c.id == "conversations-top")
        .expect("a top-conversations chart");
    let ChartBody::Bars { series, .. } = &top.body else {
        panic!("bars expected");
    };
    let mut expected: Vec<u64> = derived
        .conversations
        .rows
        .iter()
        .filter(|r| r.messages > 0 && r.kind != footprint::model::ConversationKind::Saved)
        .map(|r| r.messages)
        .collect();
    expected.sort_unstable_by(|a, b| b.cmp(a));
    expected.truncate(20);
    let shown: Vec<u64> = series[0].values.iter().map(|&v| v as u64).collect();
    assert_eq!(shown, expected);
}

#[test]
fn messages_per_year_keeps_quiet_years() {
    let dir = tempfile::tempdir().unwrap();
    let chat = dir.path().join("WhatsApp Chat with Bo.txt");
    std::fs::write(
        &chat,
        "14/03/2019, 10:00 - Ana: hi\n15/03/2019, 10:00 - Bo: hello\n20/05/2022, 09:00 - Ana: back\n",
    )
    .unwrap();
    let outcome = load(&[&chat], None);
    let derived = Derived::compute(&outcome, TimeBasis::AsExported);
    let charts = charts_for(Topic::Overview, &derived, &ChartOptions::default());
    let chart = charts
        .iter()
        .find(|c| c.id == "overview-messages-per-year")
        .expect("the per-year chart");
    let ChartBody::Bars {
        categories, series, ..
    } = &chart.body
    else {
        panic!("bars expected");
    };
    assert_eq!(categories, &["2019", "2020", "2021", "2022"]);
    assert_eq!(series[0].values, [2.0, 0.0, 0.0, 1.0]);
}
