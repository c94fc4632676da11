//! Overview: what each platform holds, the sources read, and what went wrong.

use egui::{Color32, RichText};

use super::findings::rtl_aligned;
use super::{chart, chart_card, count, person, range, section};
use crate::analysis::inventory::Sensitivity;
use crate::analysis::owner::{NONE_OF_THESE, OwnerBasis, SourceOwner};
use crate::analysis::{Detail, Shown};
use crate::chart::Chart;
use crate::input::DateOrder;
use crate::model::{DateOrderBasis, DateOrderDecision};
use crate::ui::app::{Command, FootprintApp};
use crate::ui::plot::color;

fn sensitivity_color(s: Sensitivity) -> Color32 {
    match s {
        Sensitivity::High => Color32::from_rgb(0xD9, 0x4A, 0x43),
        Sensitivity::Medium => Color32::from_rgb(0xE0, 0x9A, 0x2B),
        Sensitivity::Low => Color32::from_rgb(0x6B, 0x7A, 0x8F),
    }
}

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui, charts: &[Chart]) {
    let derived = app.derived.clone();
    rtl_aligned(ui, |ui| ui.label(crate::t!("overview-intro")));
    top_findings(app, ui);
    known_to_several(app, ui);
    for inv in &derived.inventory {
        section(
            ui,
            &crate::t!("overview-platform-holds", platform = inv.platform.title()),
        );
        egui::Frame::group(ui.style())
            .inner_margin(10.0)
            .corner_radius(8.0)
            .stroke(egui::Stroke::new(
                1.5,
                color(crate::chart::platform_color(inv.platform)),
            ))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                let detail_width = (ui.available_width() - 560.0).clamp(260.0, 720.0);
                egui::Grid::new(("inventory", inv.platform.id()))
                    .num_columns(5)
                    .spacing([18.0, 8.0])
                    .striped(true)
                    .show(ui, |ui| {
                        for cat in &inv.categories {
                            let present = cat.count > 0;
                            let name = RichText::new(&cat.name).strong();
                            ui.label(if present { name } else { name.weak() });
                            ui.label(
                                RichText::new(if present {
                                    count(cat.count)
                                } else {
                                    crate::t!("overview-category-none")
                                })
                                .size(16.0),
                            );
                            // A category the export lacks reveals nothing: no marker.
                            if present {
                                let marker =
                                    RichText::new(format!("● {}", cat.sensitivity.label()))
                                        .color(sensitivity_color(cat.sensitivity));
                                ui.label(marker).on_hover_text(crate::t!(
                                    "overview-sensitivity-hover",
                                    level = cat.sensitivity.label(),
                                    why = cat.why.as_str()
                                ));
                            } else {
                                ui.label(RichText::new("–").weak());
                            }
                            ui.vertical(|ui| {
                                ui.set_width(detail_width);
                                if present {
                                    ui.add(egui::Label::new(&cat.detail).wrap());
                                } else if let Some(hint) = &cat.missing_hint {
                                    ui.add(
                                        egui::Label::new(
                                            RichText::new(crate::t!(
                                                "overview-missing-with-hint",
                                                hint = hint
                                            ))
                                            .weak(),
                                        )
                                        .wrap(),
                                    );
                                } else {
                                    ui.label(RichText::new(crate::t!("overview-missing")).weak());
                                }
                            });
                            ui.label(
                                RichText::new(
                                    cat.range
                                        .map(|(a, b)| range(Some(a), Some(b)))
                                        .unwrap_or_default(),
                                )
                                .weak(),
                            );
                            ui.end_row();
                        }
                    });
                if let Some(note) = &inv.merged_note {
                    ui.add_space(4.0);
                    ui.add(egui::Label::new(RichText::new(note).weak()).wrap());
                }
                for (_, changes) in derived
                    .comparisons
                    .iter()
                    .filter(|(pair, _)| pair.platform == inv.platform)
                {
                    let day = |t: &Option<String>| {
                        iso_day(t.as_deref()).unwrap_or_else(|| crate::t!("overview-unknown-date"))
                    };
                    ui.add_space(4.0);
                    ui.horizontal_wrapped(|ui| {
                        ui.label(crate::t!(
                            "overview-two-exports",
                            old = day(&changes.old.as_of),
                            new = day(&changes.new.as_of)
                        ));
                        if ui.link(crate::t!("overview-what-changed")).clicked() {
                            app.commands.push(Command::Go(crate::ui::app::Page::Topic(
                                crate::chart::Topic::Compare,
                            )));
                        }
                    });
                }
            });
    }
    if let Some(c) = chart(charts, "overview-messages-per-year") {
        ui.add_space(8.0);
        chart_card(app, ui, c, 240.0);
    }
    sources(app, ui);
    problems(app, ui);
}

fn sources(app: &mut FootprintApp, ui: &mut egui::Ui) {
    let derived = app.derived.clone();
    let summary = &derived.summary;
    section(
        ui,
        &crate::t!("overview-sources", count = summary.sources.len()),
    );
    let busy = app.worker.is_some();
    for (i, source) in summary.sources.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            // A path names people (`WhatsApp Chat with Ana.txt`): hidden when masking.
            let path = if app.mask {
                crate::t!("overview-source-masked", number = i + 1)
            } else {
                source.path.clone()
            };
            ui.label(RichText::new(path).strong());
            ui.label(
                RichText::new(format!("{} · {}", source.platform.title(), source.format)).weak(),
            );
            ui.label(crate::t!("overview-source-records", count = source.records));
            let warnings = if source.warnings == 0 {
                RichText::new(crate::t!("overview-no-warnings")).weak()
            } else {
                RichText::new(crate::t!(
                    "overview-source-warnings",
                    count = source.warnings
                ))
                .color(Color32::from_rgb(0xC8, 0x8C, 0x00))
            };
            ui.label(warnings);
            if ui
                .add_enabled(
                    !busy,
                    egui::Button::new(crate::t!("overview-remove")).small(),
                )
                .on_hover_text(crate::t!("overview-remove-hover"))
                .clicked()
            {
                app.commands.push(Command::RemoveSource(i));
            }
        });
        if let Some(owner) = derived
            .owners
            .of(i as u32)
            .filter(|o| !o.authors.is_empty())
        {
            ui.indent(("source_owner", i), |ui| {
                owner_ui(app, ui, &source.path, owner, busy);
            });
        }
        if let Some(details) = derived.source_details.get(i) {
            ui.indent(("source_details", i), |ui| {
                if let Some(decision) = details.date_order {
                    date_order_ui(app, ui, i, decision, busy);
                }
                for note in &details.notes {
                    ui.label(RichText::new(note).weak());
                }
                for (kind, n, samples) in &details.warnings {
                    let kind = crate::analysis::warning_label(*kind);
                    ui.label(format!("{} × {kind}", count(*n)));
                    // Samples quote the file, personal text included: hidden when masking.
                    for sample in samples.iter().filter(|_| !app.mask) {
                        let sample = crate::analysis::sample_label(sample);
                        ui.label(RichText::new(format!("    {sample}")).weak().monospace());
                    }
                }
            });
        }
    }
}

/// "Known to several companies": the people two or three platforms' data hold, by name.
fn known_to_several(app: &mut FootprintApp, ui: &mut egui::Ui) {
    let derived = app.derived.clone();
    let people = &derived.people;
    let (two, three) = people.on_several();
    if two + three == 0 {
        return;
    }
    let masking = Shown {
        masker: app.mask.then_some(&derived.masker),
    };
    let names_on = |n: usize| -> Vec<String> {
        people
            .persons
            .iter()
            .filter(|p| p.platform_count() == n)
            .take(KNOWN_NAMES)
            .map(|p| person(masking, Detail::Person, &p.name))
            .collect()
    };
    let list = |names: Vec<String>, total: u64| {
        let more = total.saturating_sub(names.len() as u64);
        if more > 0 {
            crate::t!(
                "overview-known-names-more",
                names = names.join(crate::i18n::format::list_separator()),
                count = more
            )
        } else {
            names.join(crate::i18n::format::list_separator())
        }
    };
    let text = match (three > 0, two > 0) {
        (true, true) => crate::t!(
            "overview-known-both",
            three = three,
            three_names = list(names_on(3), three),
            two = two,
            two_names = list(names_on(2), two)
        ),
        (true, false) => crate::t!(
            "overview-known-three",
            count = three,
            names = list(names_on(3), three)
        ),
        _ => crate::t!(
            "overview-known-two",
            count = two,
            names = list(names_on(2), two)
        ),
    };
    section(ui, &crate::t!("overview-known-title"));
    ui.horizontal_wrapped(|ui| {
        ui.label(text);
        if ui.link(crate::t!("overview-see-people")).clicked() {
            app.commands.push(Command::Go(crate::ui::app::Page::Topic(
                crate::chart::Topic::People,
            )));
        }
    });
}

/// Findings the Overview lists (the most severe).
const OVERVIEW_FINDINGS: usize = 4;

/// "What you can do": the most severe findings not dismissed, a line each, and a link to
/// all of them.
fn top_findings(app: &mut FootprintApp, ui: &mut egui::Ui) {
    use super::findings::severity_color;
    let all = app.findings();
    let open: Vec<_> = all
        .iter()
        .filter(|f| !app.view.dismissed_findings.contains(&f.key()))
        .collect();
    if open.is_empty() {
        return;
    }
    section(ui, &crate::t!("overview-what-you-can-do"));
    for f in open.iter().take(OVERVIEW_FINDINGS) {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("●").color(severity_color(f.severity)));
            ui.label(
                RichText::new(crate::t!(
                    "overview-finding-platform",
                    platform = f.platform.title()
                ))
                .weak(),
            );
            ui.label(&f.title);
        });
    }
    let go = crate::ui::app::Page::Topic(crate::chart::Topic::Findings);
    let label = if open.len() > OVERVIEW_FINDINGS {
        crate::t!("overview-all-findings", count = open.len())
    } else {
        crate::t!("overview-what-to-do")
    };
    if ui.link(label).clicked() {
        app.commands.push(Command::Go(go));
    }
}

/// Names "Known to several companies" lists.
const KNOWN_NAMES: usize = 8;

/// "You are **Name** (how this was decided)" with *Change…*, which lists the people who
/// write in the source; a choice re-derives every view, the summary and saved images.
fn owner_ui(
    app: &mut FootprintApp,
    ui: &mut egui::Ui,
    path: &str,
    owner: &SourceOwner,
    busy: bool,
) {
    let derived = app.derived.clone();
    let masking = Shown {
        masker: app.mask.then_some(&derived.masker),
    };
    let shown = |name: &str| person(masking, Detail::Person, name);
    // The explanation quotes names: when masking, only the kind of evidence is said.
    let how = if app.mask {
        match owner.basis {
            OwnerBasis::Export => crate::t!("overview-owner-basis-export"),
            OwnerBasis::Inferred => crate::t!("overview-owner-basis-inferred"),
            OwnerBasis::Chosen => crate::t!("overview-owner-basis-chosen"),
            OwnerBasis::Unknown => crate::t!("overview-owner-basis-unknown"),
        }
    } else {
        owner.how.clone()
    };
    let mut choice: Option<Option<String>> = None;
    ui.horizontal_wrapped(|ui| {
        match (&owner.name, owner.basis) {
            (Some(name), _) => {
                // The sentence around the name, the name in bold where the language puts it.
                let sentence = crate::t!("overview-you-are", name = NAME_MARK);
                let (before, after) = sentence.split_once(NAME_MARK).unwrap_or((&sentence, ""));
                if !before.trim().is_empty() {
                    ui.label(before.trim());
                }
                ui.label(RichText::new(shown(name)).strong());
                if !after.trim().is_empty() {
                    ui.label(after.trim());
                }
            }
            (None, OwnerBasis::Chosen) => {
                ui.label(crate::t!("overview-owner-none"));
            }
            (None, _) => {
                ui.label(
                    RichText::new(crate::t!("overview-owner-unknown"))
                        .color(ui.visuals().warn_fg_color),
                );
            }
        }
        ui.label(RichText::new(crate::t!("overview-owner-how", how = &how)).weak());
        ui.add_enabled_ui(!busy, |ui| {
            ui.menu_button(crate::t!("overview-owner-change"), |ui| {
                ui.label(RichText::new(crate::t!("overview-owner-question")).weak());
                for author in owner.authors.iter().take(MAX_OWNER_CHOICES) {
                    let label = crate::t!(
                        "overview-owner-choice",
                        name = shown(&author.name),
                        count = author.messages
                    );
                    let current = owner.sender == Some(author.sender);
                    if ui.selectable_label(current, label).clicked() {
                        choice = Some(Some(author.name.clone()));
                        ui.close();
                    }
                }
                if owner.authors.len() > MAX_OWNER_CHOICES {
                    ui.label(
                        RichText::new(crate::t!(
                            "overview-owner-more",
                            count = owner.authors.len() - MAX_OWNER_CHOICES
                        ))
                        .weak(),
                    );
                }
                ui.separator();
                let none = owner.basis == OwnerBasis::Chosen && owner.sender.is_none();
                if ui
                    .selectable_label(none, crate::t!("overview-owner-nobody"))
                    .clicked()
                {
                    choice = Some(Some(NONE_OF_THESE.to_string()));
                    ui.close();
                }
                if owner.basis == OwnerBasis::Chosen
                    && ui
                        .button(crate::t!("overview-owner-decide-again"))
                        .clicked()
                {
                    choice = Some(None);
                    ui.close();
                }
            });
        });
    });
    if let Some(name) = choice {
        app.commands.push(Command::ChooseOwner {
            path: path.to_string(),
            name,
        });
    }
}

/// Stands for the name in "You are {name}" while the sentence is split around it.
const NAME_MARK: &str = "\u{0}";

/// The people the *Change…* menu lists (the busiest), so it fits on screen.
const MAX_OWNER_CHOICES: usize = 30;

fn problems(app: &mut FootprintApp, ui: &mut egui::Ui) {
    let derived = app.derived.clone();
    let s = &derived.summary;
    if s.errors.is_empty() && s.unrecognized.is_empty() {
        return;
    }
    section(ui, &crate::t!("overview-problems"));
    for e in &s.errors {
        ui.colored_label(
            ui.visuals().error_fg_color,
            crate::t!(
                "overview-problem-error",
                path = &e.path,
                message = &e.message
            ),
        );
    }
    for u in &s.unrecognized {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            crate::t!(
                "overview-problem-unrecognised",
                path = &u.path,
                reason = &u.reason
            ),
        );
    }
    if ui.small_button(crate::t!("overview-dismiss")).clicked() {
        app.commands.push(Command::DismissErrors);
    }
}

fn order_label(order: DateOrder) -> String {
    match order {
        DateOrder::Dmy => crate::t!("overview-date-order-dmy"),
        DateOrder::Mdy => crate::t!("overview-date-order-mdy"),
        DateOrder::Ymd => crate::t!("overview-date-order-ymd"),
    }
}

/// The day of an ISO time (`2024-03-31T12:00:00`) as the language writes it; `None`
/// without one.
fn iso_day(t: Option<&str>) -> Option<String> {
    let day = t?.get(..10)?;
    Some(
        chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
            .map(crate::i18n::format::date)
            .unwrap_or_else(|_| day.to_string()),
    )
}

/// How a chat's dates were read, with buttons to read it again in another order.
fn date_order_ui(
    app: &mut FootprintApp,
    ui: &mut egui::Ui,
    source: usize,
    decision: DateOrderDecision,
    busy: bool,
) {
    let why = match decision.basis {
        DateOrderBasis::Evidence => Some(crate::t!("overview-date-order-evidence")),
        DateOrderBasis::LocaleGuess => Some(crate::t!("overview-date-order-guess")),
        DateOrderBasis::UserChoice => Some(crate::t!("overview-date-order-choice")),
        DateOrderBasis::MonthNames => None,
    };
    // Month names need no line of their own (the notes say how dates were read), unless
    // the year had to be guessed.
    let mut sentence = match &why {
        Some(why) => crate::t!(
            "overview-dates-read-as",
            order = order_label(decision.order),
            why = why
        ),
        None if decision.years_guessed => String::new(),
        None => return,
    };
    if decision.years_guessed {
        if !sentence.is_empty() {
            sentence.push(' ');
        }
        sentence.push_str(&crate::t!("overview-dates-no-year"));
    }
    let caution = decision.basis == DateOrderBasis::LocaleGuess || decision.years_guessed;
    ui.horizontal_wrapped(|ui| {
        let text = RichText::new(sentence);
        ui.label(if caution {
            text.color(ui.visuals().warn_fg_color)
        } else {
            text
        });
        // With month names there is no order to choose.
        if why.is_none() {
            return;
        }
        for order in [DateOrder::Dmy, DateOrder::Mdy, DateOrder::Ymd] {
            if order == decision.order {
                continue;
            }
            if ui
                .add_enabled(
                    !busy,
                    egui::Button::new(crate::t!("overview-read-as", order = order_label(order)))
                        .small(),
                )
                .on_hover_text(crate::t!("overview-read-as-hover"))
                .clicked()
            {
                app.commands.push(Command::ReloadSource {
                    source,
                    date_order: order,
                });
            }
        }
    });
}
