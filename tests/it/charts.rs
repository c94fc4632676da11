//! Charts: `footprint charts` writes one non-empty image per chart (read back from disk),
//! SVG and masking work, nothing is overwritten without asking, and the chart catalogue
//! matches what the analysis found.

use std::path::Path;
use std::process::Command;

use crate::common::{fixture, load, load_builtin_sample, png_size_and_colours};
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
        // Rankings are as tall as their rows need; the rest 640 points, at 2x.
        let height = footprint::chart::render::height_of(chart) * 2;
        assert_eq!(size, (2200, height), "{}", chart.id);
        assert!((600..=1280).contains(&height), "{}", chart.id);
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
    let gantt = sessions
        .iter()
        .find(|c| c.id == "sessions-timeline")
        .unwrap();
    let ChartBody::Gantt { rows } = &gantt.body else {
        panic!("gantt expected");
    };
    assert_eq!(rows.len(), derived.sessions.sessions.len());
}

#[test]
fn top_conversations_are_ranked_by_messages() {
    // The built-in sample has conversations whose service events would change the order.
    let outcome = load_builtin_sample();
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

/// A one-row ranking whose only label is `label`.
fn label_chart(label: &str) -> footprint::chart::Chart {
    footprint::chart::Chart {
        id: "label".into(),
        title: "T".into(),
        x_label: String::new(),
        y_label: String::new(),
        unit: footprint::chart::Unit::Count,
        body: ChartBody::Bars {
            categories: vec![label.into()],
            series: vec![footprint::chart::Series {
                name: "n".into(),
                values: vec![5.0],
                color: footprint::chart::palette::MINE,
            }],
            horizontal: true,
            stacked: false,
        },
    }
}

/// The width in pixels of the dark, neutral ink (the label's, not the blue bar's) in the
/// band of a one-row ranking's label, read back from the PNG.
fn label_ink_width(label: &str) -> u32 {
    use footprint::chart::render::render_bytes;
    let bytes = render_bytes(&label_chart(label), footprint::chart::ImageFormat::Png).unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let bpp = info.color_type.samples();
    let (w, _) = (info.width as usize, info.height as usize);
    // The row's band (2x scale): the plot starts at 84 pt and one row is 34 pt tall; the
    // title lies above it, the value axis below.
    let (mut left, mut right) = (u32::MAX, 0);
    for y in 170..234 {
        for x in 0..w {
            let p = &buf[(y * w + x) * bpp..][..3];
            let (r, g, b) = (i32::from(p[0]), i32::from(p[1]), i32::from(p[2]));
            if r < 90 && g < 90 && b < 90 && (b - r).abs() < 40 {
                left = left.min(x as u32);
                right = right.max(x as u32);
            }
        }
    }
    assert!(right > left, "no ink for {label:?}");
    right - left
}

#[test]
fn a_timeline_of_one_month_is_one_bar_among_empty_months_in_png() {
    use footprint::chart::render::render_bytes;
    let colour = footprint::chart::palette::MINE;
    let chart = footprint::chart::Chart {
        id: "one-month".into(),
        title: "T".into(),
        x_label: "month".into(),
        y_label: String::new(),
        unit: footprint::chart::Unit::Count,
        body: ChartBody::Timeline {
            bucket: footprint::analysis::Bucket::Month,
            // 2024-02-01.
            starts: vec![19_754],
            series: vec![footprint::chart::Series {
                name: "n".into(),
                values: vec![1.0],
                color: colour,
            }],
            stacked: false,
        },
    };
    let bytes = render_bytes(&chart, footprint::chart::ImageFormat::Png).unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let bpp = info.color_type.samples();
    let (w, h) = (info.width as usize, info.height as usize);
    // Across the middle of the image, the bar's colour covers one month of six.
    let y = h / 2;
    let bar = (0..w)
        .filter(|&x| buf[(y * w + x) * bpp..][..3] == [colour.0, colour.1, colour.2])
        .count();
    assert!(bar > w / 20, "no bar: {bar} of {w} pixels");
    assert!(bar < w / 4, "the bar fills the chart: {bar} of {w} pixels");
}

#[test]
fn mixed_script_labels_keep_every_part_in_png() {
    let mixed = label_ink_width("Sato (calls) أحمد");
    let arabic = label_ink_width("أحمد");
    let latin = label_ink_width("Sato (calls)");
    // The Latin part is drawn (it was lost when the whole label took the Arabic font),
    // and so is the Arabic one.
    assert!(mixed > arabic * 2, "{mixed} vs {arabic}");
    assert!(mixed > latin + arabic / 2, "{mixed} vs {latin} + {arabic}");
    // Hebrew with digits, and Chinese with Latin.
    let hebrew = label_ink_width("שלום 123");
    let digits = label_ink_width("123");
    assert!(hebrew > digits * 2, "{hebrew} vs {digits}");
    let chinese = label_ink_width("小王 Alice");
    assert!(chinese > label_ink_width("Alice") + 20, "{chinese}");
}

#[test]
fn mixed_script_labels_in_svg_name_their_fonts_and_keep_their_order() {
    use footprint::chart::render::render_bytes;
    let svg = String::from_utf8(
        render_bytes(
            &label_chart("Sato (calls) أحمد"),
            footprint::chart::ImageFormat::Svg,
        )
        .unwrap(),
    )
    .unwrap();
    // One text: the Latin part, then the Arabic one shaped, in visual order and held
    // there against the viewer's own reordering, naming the fonts of both scripts (a
    // viewer draws each letter with the first it has). Each text's content is on the line
    // after its `<text …>` tag.
    let lines: Vec<&str> = svg.lines().collect();
    let i = lines
        .iter()
        .position(|l| l.contains("Sato (calls)"))
        .expect("the label");
    let (tag, content) = (lines[i - 1], lines[i]);
    assert!(tag.contains("font-family=\"Noto Sans SC"), "{tag}");
    assert!(tag.contains("Noto Sans Arabic"), "{tag}");
    assert!(content.contains('\u{202D}'), "{content}");
    let sato = content.find("Sato").expect("Latin");
    let arabic = content
        .char_indices()
        .find(|(_, c)| ('\u{FE70}'..='\u{FEFF}').contains(c))
        .map(|(i, _)| i)
        .expect("shaped Arabic");
    assert!(sato < arabic, "visual order: {content}");
}

#[test]
fn saving_never_writes_through_a_planted_link() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("charts");
    std::fs::create_dir(&out).unwrap();
    // A file outside the folder, and a link to it where a chart will be written.
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, b"not yours").unwrap();
    let link = out.join("activity-over-time.png");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let paths = sample_paths();
    let mut args = vec!["charts", "--out", out.to_str().unwrap()];
    args.extend(paths.iter().map(String::as_str));

    // Without --overwrite the link counts as an existing file: nothing is written.
    let (code, stderr) = run(&args);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("already exist"), "{stderr}");
    assert_eq!(std::fs::read(&victim).unwrap(), b"not yours");

    // With --overwrite the link itself is replaced by the image; its target is untouched.
    args.push("--overwrite");
    let (code, stderr) = run(&args);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(std::fs::read(&victim).unwrap(), b"not yours");
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(
        meta.file_type().is_file(),
        "the link was replaced by a file"
    );
    assert_eq!(png_size_and_colours(&link).0, (2200, 1280));
    // No temporary file is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A Telegram export whose sessions and IP history hold public addresses of three
/// countries (and a private one).
fn export_with_public_addresses(dir: &Path) -> std::path::PathBuf {
    let export = serde_json::json!({
        "personal_information": {"user_id": 1, "first_name": "Alex", "last_name": "", "phone_number": "+49 151 00000000"},
        "sessions": {"list": [
            {"last_active": "2025-01-02T10:00:00", "last_ip": "46.4.0.1", "last_country": "Germany", "last_region": "Berlin",
             "application_name": "Telegram Android", "application_version": "11.2", "device_model": "Pixel 9", "system_version": "Android 15", "created": "2024-01-02T09:00:00"},
            {"last_active": "2024-02-11T18:00:00", "last_ip": "8.8.8.8", "last_country": "Germany", "last_region": "Frankfurt",
             "application_name": "Telegram macOS", "application_version": "10.9", "device_model": "MacBook Air", "system_version": "macOS 14", "created": "2023-05-06T12:00:00"}
        ]},
        "other_data": {"ips": [{"ip": "2a01:4f8::1"}, {"ip": "202.12.27.33"}, {"ip": "192.168.1.7"}]},
        "chats": {"list": []}
    });
    let path = dir.join("result.json");
    std::fs::write(&path, serde_json::to_vec(&export).unwrap()).unwrap();
    path
}

#[test]
fn the_ip_map_fills_the_countries_of_the_addresses_in_png_and_svg() {
    let dir = tempfile::tempdir().unwrap();
    let export = export_with_public_addresses(dir.path());
    let outcome = load(&[&export], None);
    let derived = Derived::compute(&outcome, TimeBasis::AsExported);
    let charts = charts_for(Topic::Sessions, &derived, &ChartOptions::default());
    let map = charts
        .iter()
        .find(|c| c.id == "ip-map")
        .expect("the map is a Sessions chart");
    let ChartBody::Map { regions } = &map.body else {
        panic!("a map body");
    };
    // By the country each address is registered in (the export says Germany for 8.8.8.8,
    // the database the United States); the private one is on no country.
    let mut placed: Vec<(String, f64)> =
        regions.iter().map(|r| (r.code.clone(), r.value)).collect();
    placed.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        placed,
        [
            ("DE".to_string(), 2.0),
            ("JP".into(), 1.0),
            ("US".into(), 1.0)
        ]
    );
    let de = regions.iter().find(|r| r.code == "DE").unwrap();
    assert!(
        de.detail.contains("46.4.0.1") && de.detail.contains("Telegram"),
        "{}",
        de.detail
    );

    let out = dir.path().join("out");
    let (code, stderr) = run(&[
        "charts",
        "--out",
        out.to_str().unwrap(),
        export.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let png = out.join("ip-map.png");
    let ((w, h), colours) = png_size_and_colours(&png);
    // As high as the map needs (no empty bands), at twice the logical size.
    let height = footprint::chart::render::height_of(map);
    assert!(height < 640, "{height}");
    assert_eq!((w, h), (2200, 2 * height));
    assert!(colours > 10);
    // Germany (the most addresses) in the darkest shade, the others lighter, the rest of
    // the world light grey; the colour key holds the darkest shade too.
    let darkest = footprint::chart::map_shade(2.0, 2.0);
    let lighter = footprint::chart::map_shade(1.0, 2.0);
    assert!(crate::common::png_pixels_of(&png, [darkest.0, darkest.1, darkest.2]) > 500);
    assert!(
        crate::common::png_pixels_of(&png, [lighter.0, lighter.1, lighter.2]) > 5000,
        "the US and Japan"
    );
    assert!(
        crate::common::png_pixels_of(&png, [0xE4, 0xE7, 0xEB]) > 100_000,
        "the other countries"
    );

    let (code, stderr) = run(&[
        "charts",
        "--svg",
        "--out",
        out.to_str().unwrap(),
        export.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let svg = std::fs::read_to_string(out.join("ip-map.svg")).unwrap();
    assert!(svg.matches("<polygon").count() > 150, "country shapes");
    assert!(svg.contains("IP addresses"), "the colour key's label");
    assert!(svg.contains("Where your IP addresses are registered"));
}

#[test]
fn the_map_can_count_logins_and_masking_can_hide_countries() {
    let paths = sample_paths();
    let refs: Vec<&Path> = paths.iter().map(Path::new).collect();
    let outcome = load(&refs, None);
    let derived = Derived::compute(&outcome, TimeBasis::AsExported);
    let map = |opts: &ChartOptions| {
        let charts = charts_for(Topic::Sessions, &derived, opts);
        let map = charts.into_iter().find(|c| c.id == "ip-map").unwrap();
        let ChartBody::Map { regions } = map.body else {
            panic!("a map body");
        };
        (map.title, regions)
    };
    // By logins: each login notification once, in the country of its address.
    let (title, regions) = map(&ChartOptions {
        map_by_logins: true,
        ..ChartOptions::default()
    });
    assert!(title.contains("logged in"), "{title}");
    let logins = derived.sessions.logins.len();
    assert!(logins >= 2, "the sample has login notifications");
    let counted: f64 = regions.iter().map(|r| r.value).sum();
    assert!(
        counted >= 1.0 && counted <= logins as f64,
        "{counted} of {logins}"
    );
    assert!(regions.iter().all(|r| r.detail.contains("login")));
    let (_, by_address) = map(&ChartOptions::default());
    assert_ne!(
        regions.iter().map(|r| r.value).collect::<Vec<_>>(),
        by_address.iter().map(|r| r.value).collect::<Vec<_>>(),
        "logins and addresses count differently"
    );

    // Masking keeps countries (addresses masked) unless asked to hide them.
    let masked = ChartOptions {
        mask: true,
        ..ChartOptions::default()
    };
    let (_, regions) = map(&masked);
    assert!(!regions.is_empty());
    let details: String = regions.iter().map(|r| r.detail.as_str()).collect();
    let plain: String = by_address.iter().map(|r| r.detail.as_str()).collect();
    assert_ne!(details, plain, "addresses are masked");
    let first = derived.sessions.ips.first().unwrap().ip;
    assert!(details.contains(&derived.masker.ip(first)), "{details}");
    let hidden = ChartOptions {
        hide_countries: true,
        ..masked
    };
    assert!(map(&hidden).1.is_empty());
    let charts = charts_for(Topic::Sessions, &derived, &hidden);
    let countries = charts.iter().find(|c| c.id == "session-countries").unwrap();
    assert!(countries.is_empty());

    // The command line: no map and no countries ranking written when hidden.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let mut args = vec![
        "charts",
        "--mask",
        "--hide-countries",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(paths.iter().map(String::as_str));
    let (code, stderr) = run(&args);
    assert_eq!(code, 0, "{stderr}");
    assert!(out.join("sessions-timeline.png").exists());
    assert!(!out.join("ip-map.png").exists());
    assert!(!out.join("session-countries.png").exists());
    let (code, _) = run(&["charts", "--hide-countries", "--out", "x", "y"]);
    assert_eq!(code, 2, "--hide-countries needs --mask");
}

/// The text of a saved SVG's title: the runs drawn on the title's line (`y="18"`), left to
/// right, without the overrides that hold right-to-left runs in visual order, unescaped.
fn svg_title(svg: &str) -> String {
    let lines: Vec<&str> = svg.lines().collect();
    let mut title = String::new();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("<text ") && line.contains(" y=\"18\" ") {
            title.push_str(lines.get(i + 1).copied().unwrap_or(""));
        }
    }
    title
        .replace(['\u{202D}', '\u{202C}'], "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[test]
fn saved_charts_are_written_in_the_chosen_language() {
    use footprint::chart::script::visual;
    use footprint::chart::{ImageFormat, render_to_file};
    use footprint::i18n::{Lang, format::weekday_short, with_language};

    let full = fixture("telegram/full_export_synthetic.json");
    let outcome = load(&[&full], None);
    let derived = Derived::compute(&outcome, TimeBasis::AsExported);
    let dir = tempfile::tempdir().unwrap();
    for lang in [Lang::Zh, Lang::Ar] {
        // Built and saved as the window does in that language.
        let (chart, weekday) = with_language(lang, || {
            let charts = charts_for(Topic::Activity, &derived, &ChartOptions::default());
            let heatmap = charts
                .into_iter()
                .find(|c| c.id == "activity-hour-weekday")
                .expect("the weekday and hour heatmap");
            for format in [ImageFormat::Svg, ImageFormat::Png] {
                let path = dir
                    .path()
                    .join(format!("{}.{}", lang.tag(), format.extension()));
                render_to_file(&heatmap, &path, format, false).unwrap();
            }
            (heatmap, weekday_short(chrono::Weekday::Mon))
        });
        let title = with_language(lang, || {
            footprint::t!("chart-activity-heatmap-title", scope = "")
        });
        assert_eq!(chart.title, title, "{lang:?}");
        let english = with_language(Lang::En, || {
            footprint::t!("chart-activity-heatmap-title", scope = "")
        });
        assert_ne!(title, english, "{lang:?}: the title is translated");
        let script = |c: char| match lang {
            Lang::Zh => ('\u{4e00}'..='\u{9fff}').contains(&c),
            _ => ('\u{0600}'..='\u{06ff}').contains(&c),
        };
        assert!(title.chars().any(script), "{lang:?}: {title}");
        let ChartBody::Heatmap { rows, .. } = &chart.body else {
            panic!("heatmap expected");
        };
        assert_eq!(rows[0], weekday, "{lang:?}");
        assert_ne!(rows[0], "Mon", "{lang:?}: weekdays in the language");

        // The SVG holds the title as the renderer draws it: Arabic shaped and in visual
        // order, in runs of the fonts that have their letters.
        let svg = std::fs::read_to_string(dir.path().join(format!("{}.svg", lang.tag()))).unwrap();
        assert_eq!(svg_title(&svg), visual(&title), "{lang:?}");
        assert!(
            svg.contains(visual(&weekday).as_ref()),
            "{lang:?}: {weekday} missing"
        );
        if lang == Lang::Zh {
            assert!(svg.contains("font-family=\"Noto Sans SC, Noto Sans CJK SC"));
        } else {
            assert!(
                svg.contains("font-family=\"Noto Sans Arabic"),
                "Arabic weekdays"
            );
        }

        // The PNG is whole, and its title band and weekday column carry ink.
        let png = dir.path().join(format!("{}.png", lang.tag()));
        let ((w, h), pixels, bpp) = crate::common::read_png(&png);
        assert_eq!(w, 2200, "{lang:?}");
        assert!(h >= 600, "{lang:?}");
        let dark_in = |xs: std::ops::Range<usize>, ys: std::ops::Range<usize>| {
            ys.flat_map(|y| xs.clone().map(move |x| (x, y)))
                .filter(|&(x, y)| {
                    let p = &pixels[(y * w as usize + x) * bpp..][..3];
                    p.iter().all(|&c| c < 110)
                })
                .count()
        };
        assert!(dark_in(40..1200, 30..90) > 500, "{lang:?}: the title");
        assert!(dark_in(0..140, 170..300) > 5, "{lang:?}: the first weekday");
    }
}
