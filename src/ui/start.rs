//! The start screen: a large drop zone, the open buttons, the sample, and how to get
//! each platform's export.

use egui::{Align, Color32, Layout, RichText, Stroke, vec2};

use super::app::{Command, FootprintApp};
use super::dialogs::DialogRequest;
use crate::import::Input;
use crate::t;

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(24.0);
        ui.vertical_centered(|ui| {
            let width = ui.available_width().min(760.0);
            ui.allocate_ui_with_layout(vec2(width, 0.0), Layout::top_down(Align::Center), |ui| {
                drop_zone(app, ui);
                ui.add_space(18.0);
                recent(app, ui);
                instructions(ui);
            });
        });
    });
}

fn drop_zone(app: &mut FootprintApp, ui: &mut egui::Ui) {
    let hovering = ui.input(|i| !i.raw.hovered_files.is_empty());
    let stroke_color = if hovering {
        ui.visuals().selection.stroke.color
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke.color
    };
    egui::Frame::new()
        .stroke(Stroke::new(2.0, stroke_color))
        .corner_radius(12.0)
        .inner_margin(32.0)
        .fill(ui.visuals().faint_bg_color)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.vertical_centered(|ui| {
                ui.label(RichText::new(t!("start-drop-title")).size(24.0).strong());
                ui.add_space(4.0);
                ui.label(t!("start-drop-explain"));
                ui.add_space(14.0);
                ui.horizontal(|ui| {
                    // Centre the three buttons.
                    let w = 3.0 * 190.0 + 2.0 * ui.spacing().item_spacing.x;
                    ui.add_space(((ui.available_width() - w) / 2.0).max(0.0));
                    let size = vec2(190.0, 34.0);
                    if ui
                        .add_sized(
                            size,
                            egui::Button::new(RichText::new(t!("app-open-files")).size(15.0)),
                        )
                        .clicked()
                    {
                        app.commands.push(Command::Ask(DialogRequest::OpenFiles));
                    }
                    if ui
                        .add_sized(
                            size,
                            egui::Button::new(RichText::new(t!("app-open-folder")).size(15.0)),
                        )
                        .clicked()
                    {
                        app.commands.push(Command::Ask(DialogRequest::OpenFolder));
                    }
                    if ui
                        .add_sized(
                            size,
                            egui::Button::new(RichText::new(t!("start-sample")).size(15.0)),
                        )
                        .on_hover_text(t!("start-sample-hint"))
                        .clicked()
                    {
                        app.commands.push(Command::OpenSample);
                    }
                });
                ui.add_space(12.0);
                ui.label(RichText::new(t!("start-local")).weak());
            });
        });
}

fn recent(app: &mut FootprintApp, ui: &mut egui::Ui) {
    if !app.settings.remember_recent || app.settings.recent.is_empty() {
        return;
    }
    ui.label(RichText::new(t!("start-recent")).strong());
    let mut open = None;
    for path in &app.settings.recent {
        if ui.link(path).clicked() {
            open = Some(path.clone());
        }
    }
    if let Some(path) = open {
        app.commands
            .push(Command::Open(vec![Input::Path(path.into())]));
    }
    ui.add_space(12.0);
}

fn instructions(ui: &mut egui::Ui) {
    let rtl = crate::i18n::current().is_rtl();
    // Right-to-left languages read from the right edge: every line starts there.
    let layout = Layout::top_down(if rtl { Align::Max } else { Align::Min });
    ui.with_layout(layout, |ui| {
        ui.label(RichText::new(t!("start-howto")).size(18.0).strong());
        ui.add_space(4.0);
        platform(
            ui,
            "Telegram",
            Color32::from_rgb(0x2A, 0x9E, 0xD8),
            &[
                t!("start-telegram-step-1"),
                t!("start-telegram-step-2"),
                t!("start-telegram-step-3"),
                t!("start-telegram-step-4"),
                t!("start-telegram-step-5"),
            ],
            rtl,
        );
        platform(
            ui,
            "WhatsApp",
            Color32::from_rgb(0x12, 0x8C, 0x7E),
            &[
                t!("start-whatsapp-step-1"),
                t!("start-whatsapp-step-2"),
                t!("start-whatsapp-step-3"),
            ],
            rtl,
        );
        platform(
            ui,
            "WeChat 微信",
            Color32::from_rgb(0x2B, 0xAE, 0x3F),
            &[
                t!("start-wechat-step-1"),
                t!("start-wechat-step-2"),
                t!("start-wechat-step-3"),
            ],
            rtl,
        );
    });
}

/// A platform's steps, each after a bullet (at the right edge, right to left).
fn platform(ui: &mut egui::Ui, name: &str, color: Color32, steps: &[String], rtl: bool) {
    egui::CollapsingHeader::new(RichText::new(name).color(color).strong().size(15.0))
        .default_open(true)
        .show(ui, |ui| {
            for step in steps {
                if rtl {
                    ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
                        ui.label("•");
                        // Wrapped within the page: a long step (the WeChat path) would
                        // otherwise run off the window's left edge.
                        ui.add(egui::Label::new(step).wrap());
                    });
                } else {
                    ui.horizontal_wrapped(|ui| {
                        ui.label("•");
                        ui.label(step);
                    });
                }
            }
        });
}
