//! The report: one self-contained HTML file to keep (*Save report…* in the window,
//! `footprint report --out FILE.html`). It holds the findings, every view's charts as
//! inline SVG (the same chart definitions as the saved images), the key tables, each
//! source's notes and warnings, the date and Footprint's version.
//!
//! Nothing in it is fetched: no script, no external file, no web font or image; a
//! Content-Security-Policy forbids loading anything, so it opens offline in any browser.
//! A print stylesheet keeps charts and findings whole on paper. With `mask` the names,
//! numbers, addresses and file paths are pseudonyms, as on screen.
//!
//! It is written in the current language ([`crate::i18n::current`]): its own texts,
//! dates and numbers, and the document's `lang` and `dir`.

use std::fmt::Write as _;
use std::path::Path;

use super::{ChartOptions, ImageFormat, Topic, charts_for, render};
use crate::analysis::findings::{Finding, Severity};
use crate::analysis::inventory::CategoryKind;
use crate::analysis::{Derived, Detail, Shown, thousands, yuan};
use crate::i18n::{self, format};
use crate::model::{SessionKind, WallTime};
use crate::t;

/// Rows of a long table kept in the report (the window has them all).
const TABLE_ROWS: usize = 40;

/// What the report says about when and by what it was made.
#[derive(Clone, Debug)]
pub struct ReportMeta {
    /// When it was made, as people read it ("Nov 30, 2026 2:05 PM").
    pub made: String,
    /// Footprint's version.
    pub version: &'static str,
}

impl ReportMeta {
    /// Now, by this Footprint, written in the current language.
    pub fn now() -> Self {
        Self {
            made: format::date_time(chrono::Local::now().naive_local()),
            version: env!("CARGO_PKG_VERSION"),
        }
    }
}

/// Text for HTML, in elements and quoted attributes: `&`, `<`, `>` and both quotes
/// escaped (`html-escape`).
fn esc(text: &str) -> String {
    html_escape::encode_quoted_attribute(text).into_owned()
}

/// A day in the current language ("Apr 30, 2024") with non-breaking spaces and hyphens,
/// so a narrow column never breaks a date.
fn day(t: Option<WallTime>) -> String {
    t.and_then(WallTime::naive)
        .map(|t| {
            format::date(t.date())
                .replace(' ', "\u{a0}")
                .replace('-', "\u{2011}")
        })
        .unwrap_or_else(|| "–".into())
}

/// A table with a header row; every cell escaped.
fn table(out: &mut String, headers: &[String], numeric: &[usize], rows: &[Vec<String>]) {
    out.push_str("<table><thead><tr>");
    for (i, h) in headers.iter().enumerate() {
        let class = if numeric.contains(&i) {
            " class=\"n\""
        } else {
            ""
        };
        let _ = write!(out, "<th{class}>{}</th>", esc(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let class = if numeric.contains(&i) {
                " class=\"n\""
            } else {
                ""
            };
            let _ = write!(out, "<td{class}>{}</td>", esc(cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

/// "Showing the first 100 of 1,234." under a cut table.
fn cut_note(out: &mut String, total: usize) {
    if total > TABLE_ROWS {
        let _ = write!(
            out,
            "<p class=\"note\">{}</p>",
            esc(&t!("report-cut-note", shown = TABLE_ROWS, total = total))
        );
    }
}

/// The report as one HTML document. `opts` are the chart choices (masking included);
/// `findings` as the Findings page lists them. Errors: a chart that cannot be drawn.
pub fn report_html(
    d: &Derived,
    opts: &ChartOptions,
    findings: &[Finding],
    meta: &ReportMeta,
) -> Result<String, render::RenderError> {
    let shown = Shown {
        masker: opts.mask.then_some(&d.masker),
    };
    // The views first, so the contents at the top list only those with something to show.
    let mut out = String::with_capacity(1 << 20);
    let mut present = Vec::new();
    for topic in Topic::ALL {
        if topic == Topic::Findings {
            continue;
        }
        let charts: Vec<_> = charts_for(topic, d, opts)
            .into_iter()
            .filter(|c| !c.is_empty())
            .collect();
        let mut body = String::new();
        topic_tables(&mut body, topic, d, opts, shown);
        if charts.is_empty() && body.is_empty() {
            continue;
        }
        present.push(topic);
        let _ = write!(
            out,
            "<section id=\"{}\"><h2>{}</h2>",
            topic_id(topic),
            esc(&topic.title())
        );
        if topic == Topic::Sessions && !opts.mask {
            let _ = write!(
                out,
                "<p class=\"note\">{}</p>",
                esc(&t!("report-country-note"))
            );
        }
        for chart in &charts {
            let svg = render::render_bytes(chart, ImageFormat::Svg)?;
            let _ = write!(
                out,
                // `dir="ltr"`: the SVG's text is already in visual order and placed from
                // the left; a right-to-left page would mirror its anchors.
                "<figure class=\"chart\" dir=\"ltr\" id=\"chart-{}\">{}</figure>",
                esc(&chart.id),
                String::from_utf8_lossy(&svg)
            );
        }
        out.push_str(&body);
        out.push_str("</section>");
    }
    sources_section(&mut out, d, shown);
    let views = out;
    let mut out = String::with_capacity(views.len() + (64 << 10));
    head(&mut out, d, opts, meta, &present);
    out.push_str("<main>");
    findings_section(&mut out, findings);
    out.push_str(&views);
    let _ = write!(
        out,
        "</main><footer>{}</footer></body></html>",
        esc(&t!(
            "report-footer",
            version = meta.version,
            made = meta.made.as_str()
        ))
    );
    Ok(out)
}

fn topic_id(topic: Topic) -> &'static str {
    match topic {
        Topic::Overview => "overview",
        Topic::People => "people",
        Topic::Contacts => "contacts",
        Topic::Sessions => "sessions",
        Topic::Conversations => "conversations",
        Topic::Activity => "activity",
        Topic::Payments => "payments",
        Topic::Findings => "findings",
        Topic::Compare => "compare",
    }
}

const STYLE: &str = r#"
:root { color-scheme: light; --ink: #22262e; --muted: #666e7a; --line: #e3e6eb; --high: #d94a43; --medium: #e09a2b; --low: #6b7a8f; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 "Noto Sans", "DejaVu Sans", "Liberation Sans", "Segoe UI", Arial, "Noto Sans SC", "Noto Sans CJK SC", "Noto Sans Arabic", system-ui, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 1140px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 24px; border-bottom: 1px solid var(--line); }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 17px; margin: 18px 0 6px; }
nav a { margin-inline-end: 14px; color: #2a6fb0; }
.note, footer { color: var(--muted); font-size: 13px; }
footer { padding: 24px 20px 40px; }
figure.chart { margin: 12px 0; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; direction: ltr; }
figure.chart svg { display: block; width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 13px; }
th, td { text-align: start; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; unicode-bidi: plaintext; }
th { color: var(--muted); font-weight: 600; }
td.n, th.n { text-align: end; font-variant-numeric: tabular-nums; }
.finding { border: 1.5px solid var(--low); border-radius: 8px; padding: 10px 14px; margin: 10px 0; }
.finding.high { border-color: var(--high); } .finding.medium { border-color: var(--medium); }
.finding h3 { margin: 2px 0 4px; }
.finding ul { margin: 4px 0; padding-inline-start: 20px; color: var(--muted); }
.sev { font-weight: 600; } .sev.high { color: var(--high); } .sev.medium { color: var(--medium); } .sev.low { color: var(--low); }
.mask { background: #fff4d6; border-radius: 6px; padding: 6px 10px; display: inline-block; }
@media print {
  body { font-size: 11pt; }
  nav { display: none; }
  header, main, footer { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  figure.chart, .finding, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

fn head(out: &mut String, d: &Derived, opts: &ChartOptions, meta: &ReportMeta, present: &[Topic]) {
    let platforms: Vec<&str> = d.summary.platforms.keys().map(|p| p.title()).collect();
    let lang = i18n::current();
    let _ = write!(
        out,
        "<!DOCTYPE html><html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta name=\"generator\" content=\"Footprint {}\">\
<title>{}</title><style>{STYLE}</style></head><body><header>\
<h1>{}</h1><p>{}</p>",
        lang.tag(),
        if lang.is_rtl() { "rtl" } else { "ltr" },
        esc(meta.version),
        esc(&t!("report-page-title", made = meta.made.as_str())),
        esc(&t!("report-heading")),
        esc(&t!(
            "report-intro",
            platforms = platforms.join(crate::i18n::format::list_separator()),
            made = meta.made.as_str(),
            count = d.summary.sources.len()
        )),
    );
    if opts.mask {
        let _ = write!(out, "<p class=\"mask\">{}</p>", esc(&t!("report-masked")));
    }
    let _ = write!(
        out,
        "<nav><a href=\"#findings\">{}</a>",
        esc(&t!("report-findings"))
    );
    for topic in present {
        let _ = write!(
            out,
            "<a href=\"#{}\">{}</a>",
            topic_id(*topic),
            esc(&topic.title())
        );
    }
    let _ = write!(
        out,
        "<a href=\"#sources\">{}</a></nav></header>",
        esc(&t!("report-sources"))
    );
}

/// A finding's severity: its CSS class (fixed) and its name (translated).
fn severity(sev: Severity) -> (&'static str, String) {
    match sev {
        Severity::High => ("high", t!("report-severity-high")),
        Severity::Medium => ("medium", t!("report-severity-medium")),
        Severity::Low => ("low", t!("report-severity-low")),
    }
}

fn findings_section(out: &mut String, findings: &[Finding]) {
    let _ = write!(
        out,
        "<section id=\"findings\"><h2>{}</h2>",
        esc(&t!("report-findings"))
    );
    if findings.is_empty() {
        let _ = write!(out, "<p>{}</p>", esc(&t!("report-no-findings")));
    }
    for f in findings {
        let (class, name) = severity(f.severity);
        let _ = write!(
            out,
            "<article class=\"finding {class}\"><div><span class=\"sev {class}\">● {}</span> · {}</div><h3>{}</h3><ul>",
            esc(&name),
            esc(f.platform.title()),
            esc(&f.title)
        );
        for line in &f.evidence {
            let _ = write!(out, "<li>{}</li>", esc(line));
        }
        let _ = write!(
            out,
            "</ul><p><strong>{}</strong> {}</p></article>",
            esc(&t!("report-what-to-do")),
            esc(&f.action)
        );
    }
    out.push_str("</section>");
}

/// The key tables of a view.
fn topic_tables(
    out: &mut String,
    topic: Topic,
    d: &Derived,
    opts: &ChartOptions,
    shown: Shown<'_>,
) {
    let hide_countries = opts.mask && opts.hide_countries;
    match topic {
        Topic::Overview => {
            for inv in &d.inventory {
                let _ = write!(
                    out,
                    "<h3>{}</h3>",
                    esc(&t!("report-holds", platform = inv.platform.title()))
                );
                let rows: Vec<Vec<String>> = inv
                    .categories
                    .iter()
                    .map(|c| {
                        // The IP category's detail names countries after " · ": hidden
                        // with them (by its kind: its name is in the reader's language).
                        let detail = if hide_countries && c.kind == CategoryKind::IpAddresses {
                            c.detail.split(" · ").next().unwrap_or("").to_string()
                        } else {
                            c.detail.clone()
                        };
                        vec![
                            c.name.to_string(),
                            if c.count > 0 {
                                thousands(c.count)
                            } else {
                                t!("report-none")
                            },
                            if c.count > 0 {
                                c.sensitivity.label().to_string()
                            } else {
                                String::new()
                            },
                            if c.count > 0 {
                                detail
                            } else {
                                c.missing_hint
                                    .clone()
                                    .unwrap_or_else(|| t!("report-not-in-export"))
                            },
                            c.range
                                .map(|(a, b)| format!("{} – {}", day(Some(a)), day(Some(b))))
                                .unwrap_or_default(),
                        ]
                    })
                    .collect();
                table(
                    out,
                    &[
                        String::new(),
                        t!("report-col-count"),
                        t!("report-col-sensitivity"),
                        t!("report-col-what"),
                        t!("report-col-dates"),
                    ],
                    &[1],
                    &rows,
                );
                if let Some(note) = &inv.merged_note {
                    let _ = write!(out, "<p class=\"note\">{}</p>", esc(note));
                }
            }
        }
        Topic::People => {
            let mut persons: Vec<_> = d.people.persons.iter().collect();
            persons.sort_by_key(|p| {
                std::cmp::Reverse(p.sent.iter().sum::<u64>() + p.received.iter().sum::<u64>())
            });
            let total = persons.len();
            let rows: Vec<Vec<String>> = persons
                .into_iter()
                .take(TABLE_ROWS)
                .map(|p| {
                    let platforms: Vec<&str> = p.platforms().iter().map(|x| x.title()).collect();
                    let name = if p.name.trim().is_empty() {
                        t!("report-no-name")
                    } else {
                        shown.text(Detail::Person, &p.name)
                    };
                    vec![
                        name,
                        platforms.join(crate::i18n::format::list_separator()),
                        thousands(p.sent.iter().sum()),
                        thousands(p.received.iter().sum()),
                        day(p.first),
                        day(p.last),
                    ]
                })
                .collect();
            if !rows.is_empty() {
                let _ = write!(out, "<h3>{}</h3>", esc(&t!("report-people-heading")));
                table(
                    out,
                    &[
                        t!("report-col-person"),
                        t!("report-col-platforms"),
                        t!("report-col-you-sent"),
                        t!("report-col-they-sent"),
                        t!("report-col-first"),
                        t!("report-col-last"),
                    ],
                    &[2, 3],
                    &rows,
                );
                cut_note(out, total);
            }
        }
        Topic::Sessions => {
            let rows: Vec<Vec<String>> = d
                .sessions
                .sessions
                .iter()
                .rev()
                .take(TABLE_ROWS)
                .map(|s| {
                    vec![
                        s.platform.title().to_string(),
                        if s.kind == SessionKind::Web {
                            t!("report-website", website = s.website.as_str())
                        } else {
                            s.device.clone()
                        },
                        s.app.clone(),
                        s.system.clone(),
                        s.ip.map(|ip| shown.ip(ip)).unwrap_or_default(),
                        if hide_countries {
                            String::new()
                        } else {
                            s.place.clone()
                        },
                        day(s.created),
                        day(s.last_active),
                    ]
                })
                .collect();
            if !rows.is_empty() {
                let _ = write!(out, "<h3>{}</h3>", esc(&t!("report-sessions-heading")));
                table(
                    out,
                    &[
                        t!("report-col-platform"),
                        t!("report-col-device"),
                        t!("report-col-app"),
                        t!("report-col-system"),
                        t!("report-col-ip"),
                        t!("report-col-place"),
                        t!("report-col-created"),
                        t!("report-col-last-active"),
                    ],
                    &[],
                    &rows,
                );
                cut_note(out, d.sessions.sessions.len());
            }
            let rows: Vec<Vec<String>> = d
                .sessions
                .ips
                .iter()
                .take(TABLE_ROWS)
                .map(|r| {
                    let platforms: Vec<&str> = r.platforms.iter().map(|p| p.title()).collect();
                    vec![
                        shown.ip(r.ip),
                        thousands(r.seen),
                        platforms.join(crate::i18n::format::list_separator()),
                        r.origins.clone(),
                        day(r.first),
                        day(r.last),
                        if hide_countries {
                            String::new()
                        } else {
                            r.registered.label().to_string()
                        },
                        if hide_countries {
                            String::new()
                        } else {
                            r.countries.join(crate::i18n::format::list_separator())
                        },
                    ]
                })
                .collect();
            if !rows.is_empty() {
                let _ = write!(out, "<h3>{}</h3>", esc(&t!("report-ips-heading")));
                table(
                    out,
                    &[
                        t!("report-col-address"),
                        t!("report-col-seen"),
                        t!("report-col-platforms"),
                        t!("report-col-where-seen"),
                        t!("report-col-first"),
                        t!("report-col-last"),
                        t!("report-col-registered"),
                        t!("report-col-export-says"),
                    ],
                    &[1],
                    &rows,
                );
                cut_note(out, d.sessions.ips.len());
            }
        }
        Topic::Conversations => {
            let rows: Vec<Vec<String>> = d
                .conversations
                .rows
                .iter()
                .take(TABLE_ROWS)
                .map(|c| {
                    vec![
                        crate::analysis::topics::conversation_name(shown, c.kind, &c.name),
                        c.platform.title().to_string(),
                        if c.left {
                            t!("report-kind-left", kind = c.kind_label.as_str())
                        } else {
                            c.kind_label.clone()
                        },
                        thousands(c.messages),
                        thousands(c.sent),
                        day(c.first),
                        day(c.last),
                    ]
                })
                .collect();
            if !rows.is_empty() {
                let _ = write!(out, "<h3>{}</h3>", esc(&t!("report-conversations-heading")));
                table(
                    out,
                    &[
                        t!("report-col-conversation"),
                        t!("report-col-platform"),
                        t!("report-col-kind"),
                        t!("report-col-messages"),
                        t!("report-col-yours"),
                        t!("report-col-first"),
                        t!("report-col-last"),
                    ],
                    &[3, 4],
                    &rows,
                );
                cut_note(out, d.conversations.rows.len());
            }
        }
        Topic::Payments => {
            let rows: Vec<Vec<String>> = d
                .payments
                .by_counterparty
                .iter()
                .take(TABLE_ROWS)
                .map(|(name, expense, income, n)| {
                    vec![
                        shown.text(Detail::Counterparty, name),
                        yuan(*expense),
                        yuan(*income),
                        thousands(*n),
                    ]
                })
                .collect();
            if !rows.is_empty() {
                let _ = write!(
                    out,
                    "<h3>{}</h3><p>{}</p>",
                    esc(&t!("report-counterparties-heading")),
                    esc(&t!(
                        "report-payments-summary",
                        paid = yuan(d.payments.expense_cents),
                        received = yuan(d.payments.income_cents),
                        first = day(d.payments.first),
                        last = day(d.payments.last)
                    ))
                );
                table(
                    out,
                    &[
                        t!("report-col-counterparty"),
                        t!("report-col-paid"),
                        t!("report-col-received"),
                        t!("report-col-payments"),
                    ],
                    &[1, 2, 3],
                    &rows,
                );
                cut_note(out, d.payments.by_counterparty.len());
            }
        }
        Topic::Compare => {
            for (pair, changes) in &d.comparisons {
                let _ = write!(
                    out,
                    "<h3>{}</h3>",
                    esc(&t!(
                        "report-compare-heading",
                        platform = pair.platform.title()
                    ))
                );
                let rows: Vec<Vec<String>> = changes
                    .summary_lines()
                    .into_iter()
                    .map(|(name, line)| vec![name.to_string(), line])
                    .collect();
                table(
                    out,
                    &[String::new(), t!("report-col-what-changed")],
                    &[],
                    &rows,
                );
            }
        }
        Topic::Contacts | Topic::Activity | Topic::Findings => {}
    }
}

fn sources_section(out: &mut String, d: &Derived, shown: Shown<'_>) {
    let _ = write!(
        out,
        "<section id=\"sources\"><h2>{}</h2>",
        esc(&t!("report-sources"))
    );
    for (i, s) in d.summary.sources.iter().enumerate() {
        // A path names people (`WhatsApp Chat with Ana.txt`): hidden when masking.
        let path = if shown.is_masking() {
            t!("report-source-masked", number = i + 1)
        } else {
            s.path.clone()
        };
        let owner = match &s.owner.name {
            Some(name) => t!(
                "report-source-owner",
                name = shown.text(Detail::Person, name)
            ),
            None => t!("report-source-owner-unknown"),
        };
        let _ = write!(
            out,
            "<h3>{}</h3><p>{}</p>",
            esc(&path),
            esc(&t!(
                "report-source-line",
                platform = s.platform.title(),
                format = s.format,
                records = s.records,
                warnings = s.warnings,
                owner = owner
            ))
        );
        if let Some(details) = d
            .source_details
            .get(i)
            .filter(|x| !x.notes.is_empty() || !x.warnings.is_empty())
        {
            out.push_str("<ul>");
            for note in &details.notes {
                let _ = write!(out, "<li>{}</li>", esc(note));
            }
            for (kind, count, samples) in &details.warnings {
                let _ = write!(
                    out,
                    "<li>{}",
                    esc(&t!(
                        "report-source-warning",
                        count = *count,
                        kind = crate::analysis::warning_label(*kind)
                    ))
                );
                // Samples quote the file, personal text included: left out when masking.
                if !shown.is_masking() && !samples.is_empty() {
                    out.push_str("<ul>");
                    for sample in samples {
                        let sample = crate::analysis::sample_label(sample);
                        let _ = write!(out, "<li><code>{}</code></li>", esc(&sample));
                    }
                    out.push_str("</ul>");
                }
                out.push_str("</li>");
            }
            out.push_str("</ul>");
        }
    }
    for e in &d.summary.errors {
        let _ = write!(
            out,
            "<p>{}</p>",
            esc(&t!(
                "report-unreadable",
                path = e.path.as_str(),
                error = e.message.as_str()
            ))
        );
    }
    out.push_str("</section>");
}

/// Writes the report to `path` ([`super::save_file`]: whole or not at all, never through a
/// link, an existing file replaced only with `overwrite`). Errors name the file.
pub fn write_report(
    d: &Derived,
    opts: &ChartOptions,
    findings: &[Finding],
    path: &Path,
    overwrite: bool,
) -> Result<(), String> {
    if let Some(dir) = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty() && !d.is_dir())
    {
        return Err(t!(
            "report-error-no-folder",
            path = path.display().to_string(),
            folder = dir.display().to_string()
        ));
    }
    let html = report_html(d, opts, findings, &ReportMeta::now()).map_err(|e| e.to_string())?;
    super::save_file(path, html.as_bytes(), overwrite).map_err(|e| {
        let path = path.display().to_string();
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            t!("report-error-exists", path = path)
        } else {
            t!("report-error-write", path = path, error = e.to_string())
        }
    })
}
