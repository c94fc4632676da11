//! Findings: what you can do about what the exports show, most severe first, each with
//! the numbers behind it, how to act on that platform and a link to the view that shows
//! it; dismissed for the session with one click.

use egui::{Color32, RichText};

use crate::analysis::findings::{Finding, FindingView, Severity};
use crate::chart::{Topic, platform_color};
use crate::ui::app::{Command, FootprintApp, Page};
use crate::ui::plot::color;

/// The colour that marks a severity (the Overview's sensitivity colours).
pub fn severity_color(s: Severity) -> Color32 {
    match s {
        Severity::High => Color32::from_rgb(0xD9, 0x4A, 0x43),
        Severity::Medium => Color32::from_rgb(0xE0, 0x9A, 0x2B),
        Severity::Low => Color32::from_rgb(0x6B, 0x7A, 0x8F),
    }
}

/// The view a finding links to.
pub fn topic_of(view: FindingView) -> Topic {
    match view {
        FindingView::Overview => Topic::Overview,
        FindingView::Contacts => Topic::Contacts,
        FindingView::Sessions => Topic::Sessions,
        FindingView::Conversations => Topic::Conversations,
        FindingView::Payments => Topic::Payments,
    }
}

/// Lays out `add` as usual, or, in a language written right to left (Arabic), aligned to
/// the right edge: wrapped text is right-aligned and rows run from the right (egui lays
/// `horizontal` rows right to left inside a right-aligned layout). The right edge then
/// keeps clear of the view's scroll bar, which floats over the content.
pub(super) fn rtl_aligned<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if !crate::i18n::current().is_rtl() {
        return add(ui);
    }
    let scroll = &ui.spacing().scroll;
    let bar = scroll.bar_inner_margin + scroll.bar_width + scroll.bar_outer_margin;
    let mut rect = ui.available_rect_before_wrap();
    rect.max.x = (rect.max.x - bar).max(rect.min.x);
    let builder = egui::UiBuilder::new()
        .max_rect(rect)
        .layout(egui::Layout::top_down(egui::Align::Max));
    ui.scope_builder(builder, add).inner
}

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui) {
    rtl_aligned(ui, |ui| page(app, ui));
}

fn page(app: &mut FootprintApp, ui: &mut egui::Ui) {
    let all = app.findings();
    let shown: Vec<&Finding> = all
        .iter()
        .filter(|f| !app.view.dismissed_findings.contains(&f.key()))
        .collect();
    ui.label(crate::t!("findings-page-intro"));
    ui.add_space(4.0);
    let count = |s: Severity| shown.iter().filter(|f| f.severity == s).count();
    ui.horizontal(|ui| {
        for s in [Severity::High, Severity::Medium, Severity::Low] {
            ui.label(
                RichText::new(format!(
                    "● {}",
                    crate::t!(
                        "findings-page-severity-count",
                        count = count(s),
                        severity = s.label()
                    )
                ))
                .color(severity_color(s))
                .strong(),
            );
            ui.add_space(8.0);
        }
    });
    if all.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new(crate::t!("findings-page-none")).weak());
    }
    for f in &shown {
        ui.add_space(8.0);
        card(app, ui, f);
    }
    let dismissed = all.len() - shown.len();
    if dismissed > 0 {
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            ui.label(RichText::new(crate::t!("findings-page-dismissed", count = dismissed)).weak());
            if ui.button(crate::t!("findings-page-show-again")).clicked() {
                app.view.dismissed_findings.clear();
            }
        });
    }
}

fn card(app: &mut FootprintApp, ui: &mut egui::Ui, f: &Finding) {
    egui::Frame::group(ui.style())
        .inner_margin(12.0)
        .corner_radius(8.0)
        .stroke(egui::Stroke::new(1.5, severity_color(f.severity)))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!("● {}", f.severity.label()))
                        .color(severity_color(f.severity))
                        .strong(),
                );
                ui.label(
                    RichText::new(f.platform.title()).color(color(platform_color(f.platform))),
                );
            });
            ui.add(egui::Label::new(RichText::new(&f.title).size(16.0).strong()).wrap());
            for line in &f.evidence {
                ui.add(egui::Label::new(RichText::new(format!("• {line}")).weak()).wrap());
            }
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(crate::t!("findings-page-what-to-do")).strong());
                ui.label(&f.action);
            });
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                let topic = topic_of(f.view);
                if ui
                    .link(crate::t!("findings-page-see", page = topic.title()))
                    .clicked()
                {
                    app.commands.push(Command::Go(Page::Topic(topic)));
                }
                ui.add_space(12.0);
                if ui
                    .button(crate::t!("findings-page-dismiss"))
                    .on_hover_text(crate::t!("findings-page-dismiss-hover"))
                    .clicked()
                {
                    app.view.dismissed_findings.insert(f.key());
                }
            });
        });
}
