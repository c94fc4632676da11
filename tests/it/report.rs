//! `footprint report`: one self-contained HTML file, opened in a real headless browser
//! (Chromium) and read back from its screenshot; masked, never overwritten unasked.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::read_png;
use footprint::chart::Topic;

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_exports")
}

fn report(args: &[&str], out: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_footprint"))
        .arg("report")
        .args(args)
        .arg("--out")
        .arg(out)
        .arg(samples())
        .output()
        .expect("the binary runs")
}

/// The browser: Debian's `chromium` (installed by `.ci/run`).
fn chromium() -> PathBuf {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|dir| dir.join(name))
                    .find(|p| p.is_file())
            })
        })
        .expect("a headless browser is needed for this test: apt install chromium (.ci/run does)")
}

/// Runs the browser headless on `page` with `args`, in its own profile folder.
fn browse(page: &Path, profile: &Path, args: &[String]) {
    let out = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--disable-background-networking",
            // Containers often have a tiny /dev/shm.
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Pixels within 3 of `rgb` in every channel.
fn pixels_near(png: &Path, rgb: [u8; 3]) -> usize {
    let (_, pixels, bpp) = read_png(png);
    pixels
        .chunks(bpp)
        .filter(|p| {
            p.iter()
                .zip(rgb)
                .all(|(a, b)| (i16::from(*a) - i16::from(b)).abs() <= 3)
        })
        .count()
}

#[test]
fn the_report_is_one_offline_html_file_that_a_browser_shows_with_its_charts() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let out = report(&[], &page);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();

    // Self-contained: no script, nothing to fetch, and a policy that forbids fetching.
    assert!(!html.contains("<script"));
    assert!(!html.contains("<link"));
    assert!(!html.contains("src=\""), "no external image or frame");
    assert!(!html.contains("url("), "no font or image in the styles");
    assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    let outside: Vec<&str> = html
        .match_indices("http")
        .map(|(i, _)| html.get(i..i + 30).unwrap_or(""))
        .filter(|s| !s.starts_with("http://www.w3.org/2000/svg") && !s.starts_with("http-equiv"))
        .collect();
    assert!(outside.is_empty(), "{outside:?}");
    // What it holds: findings, every view's charts, the tables, the sources, the version.
    assert!(html.contains("<section id=\"findings\">"));
    assert!(html.contains("devices idle for more than 6 months are still logged in to Telegram"));
    for id in [
        "overview-messages-per-year",
        "ip-map",
        "sessions-timeline",
        "activity-hour-weekday",
        "payments-per-month",
    ] {
        assert!(html.contains(&format!("id=\"chart-{id}\"")), "{id}");
    }
    assert!(html.matches("<svg").count() >= 15);
    assert!(html.contains("<h3>IP addresses</h3>"));
    assert!(html.contains("DataExport_sample"), "the sources by path");
    assert!(html.contains(env!("CARGO_PKG_VERSION")));
    assert!(html.contains("@media print"));

    // A real browser draws it: the screenshot shows the charts' bars in the platforms'
    // colours and the high findings' red frames, not just text.
    let shot = dir.path().join("shot.png");
    browse(
        &page,
        &dir.path().join("profile"),
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1200,9000".into(),
        ],
    );
    let ((w, h), _, _) = read_png(&shot);
    assert_eq!((w, h), (1200, 9000));
    let telegram = pixels_near(&shot, [0x2A, 0x9E, 0xD8]);
    let wechat = pixels_near(&shot, [0x2B, 0xAE, 0x3F]);
    let high = pixels_near(&shot, [0xD9, 0x4A, 0x43]);
    assert!(telegram > 20_000, "Telegram bars drawn: {telegram} pixels");
    assert!(wechat > 5_000, "WeChat bars drawn: {wechat} pixels");
    assert!(high > 1_000, "high findings framed: {high} pixels");

    // And prints: the print stylesheet gives a PDF of several pages.
    let pdf = dir.path().join("report.pdf");
    browse(
        &page,
        &dir.path().join("profile"),
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
        ],
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let pages = bytes
        .windows(10)
        .filter(|w| w == b"/Type /Page" || w == b"/Type/Page")
        .count();
    assert!(
        pages >= 5 || bytes.len() > 200_000,
        "{pages} pages, {} bytes",
        bytes.len()
    );
}

#[test]
fn a_masked_report_names_no_one_and_an_existing_file_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let out = report(&["--mask"], &page);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("Personal details are masked"));
    for name in [
        "Мария Петрова",
        "京东商城",
        "DataExport_sample",
        "Lake Weekend",
    ] {
        assert!(!html.contains(name), "{name} in the masked report");
    }
    assert!(html.contains("Source 1"));
    assert!(html.contains("Counterparty 1"));

    // Not replaced without --overwrite (exit 1, the file unchanged); replaced with it.
    let before = std::fs::read(&page).unwrap();
    let out = report(&[], &page);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    assert_eq!(std::fs::read(&page).unwrap(), before);
    let out = report(&["--overwrite"], &page);
    assert!(out.status.success());
    assert!(
        std::fs::read_to_string(&page)
            .unwrap()
            .contains("DataExport_sample")
    );
}

/// `text` as the report escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
}

#[test]
fn the_report_speaks_the_language_of_lang() {
    use footprint::i18n::{Lang, with_language};
    let dir = tempfile::tempdir().unwrap();
    let read = |args: &[&str], name: &str| {
        let page = dir.path().join(name);
        let out = report(args, &page);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::fs::read_to_string(&page).unwrap()
    };

    // German: the document says so, and its headings are the German texts.
    let html = read(&["--lang", "de"], "de.html");
    assert!(
        html.contains("<html lang=\"de\" dir=\"ltr\">"),
        "{}",
        &html[..200]
    );
    let heading = with_language(Lang::De, || footprint::t!("report-heading"));
    assert!(html.contains(&format!("<h1>{}</h1>", escaped(&heading))));
    let findings = with_language(Lang::De, || footprint::t!("report-findings"));
    assert!(html.contains(&format!("<h2>{}</h2>", escaped(&findings))));
    let sessions = with_language(Lang::De, || Topic::Sessions.title());
    assert!(html.contains(&format!("<h2>{}</h2>", escaped(&sessions))));

    // Arabic reads right to left; a language alone picks its translation.
    let html = read(&["--lang", "ar"], "ar.html");
    assert!(
        html.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "{}",
        &html[..200]
    );
    let html = read(&["--lang", "zh"], "zh.html");
    assert!(
        html.contains("<html lang=\"zh-CN\" dir=\"ltr\">"),
        "{}",
        &html[..200]
    );
    // Without --lang: English.
    let html = read(&[], "en.html");
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains("<h1>What your messaging apps know about you</h1>"));

    // An unknown language is refused, naming those there are, and writes nothing.
    let page = dir.path().join("xx.html");
    let out = report(&["--lang", "xx"], &page);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    for tag in Lang::ALL.map(Lang::tag) {
        assert!(stderr.contains(tag), "{tag} not named: {stderr}");
    }
    assert!(!page.exists());
}
