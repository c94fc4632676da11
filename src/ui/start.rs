//! The start screen: a large drop zone, the open buttons, the sample, and how to get
//! each platform's export.

use egui::{Align, Color32, Layout, RichText, Stroke, vec2};

use super::app::{Command, FootprintApp};
use super::dialogs::DialogRequest;
use crate::import::Input;

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
                ui.label(RichText::new("Drop your exports here").size(24.0).strong());
                ui.add_space(4.0);
                ui.label("Telegram data exports, WhatsApp chats and account reports, WeChat Pay bills and chat-exporter files: files, folders or zips.");
                ui.add_space(14.0);
                ui.horizontal(|ui| {
                    // Centre the three buttons.
                    let w = 3.0 * 190.0 + 2.0 * ui.spacing().item_spacing.x;
                    ui.add_space(((ui.available_width() - w) / 2.0).max(0.0));
                    let size = vec2(190.0, 34.0);
                    if ui.add_sized(size, egui::Button::new(RichText::new("Open files…").size(15.0))).clicked() {
                        app.commands.push(Command::Ask(DialogRequest::OpenFiles));
                    }
                    if ui.add_sized(size, egui::Button::new(RichText::new("Open folder…").size(15.0))).clicked() {
                        app.commands.push(Command::Ask(DialogRequest::OpenFolder));
                    }
                    if ui
                        .add_sized(size, egui::Button::new(RichText::new("Try the sample footprint").size(15.0)))
                        .on_hover_text("Invented Telegram, WhatsApp and WeChat exports built into the app")
                        .clicked()
                    {
                        app.commands.push(Command::OpenSample);
                    }
                });
                ui.add_space(12.0);
                ui.label(RichText::new("Everything is read on this computer. Nothing is sent anywhere.").weak());
            });
        });
}

fn recent(app: &mut FootprintApp, ui: &mut egui::Ui) {
    if !app.settings.remember_recent || app.settings.recent.is_empty() {
        return;
    }
    ui.label(RichText::new("Recent files").strong());
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
    ui.with_layout(Layout::top_down(Align::Min), |ui| {
        ui.label(RichText::new("How to get your data").size(18.0).strong());
        ui.add_space(4.0);
        platform(ui, "Telegram", Color32::from_rgb(0x2A, 0x9E, 0xD8), &[
            "Telegram Desktop › Settings › Advanced › Export Telegram data (the phone apps cannot export).",
            "Tick \"Active sessions\" and \"Miscellaneous data\" (off by default) to see your devices and IP addresses.",
            "Tick bot chats, public groups and channels (off by default) for a complete list of conversations.",
            "Choose \"Machine-readable JSON\" (HTML works too, with fewer details). Media is not needed.",
            "Drop the DataExport folder, its zip, or result.json here. A single chat's export works too.",
        ]);
        platform(ui, "WhatsApp", Color32::from_rgb(0x12, 0x8C, 0x7E), &[
            "Chats: open a chat › the three-dot menu › More (Android) or the name (iPhone) › Export chat; without media is enough.",
            "Account report: Settings › Account › Request account info; it is ready in about three days.",
            "Drop the .txt or .zip files and the report's zip here, as many as you like.",
        ]);
        platform(ui, "WeChat 微信", Color32::from_rgb(0x2B, 0xAE, 0x3F), &[
            "Pay bill 微信支付账单: 我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账.",
            "The bill arrives as a zip by e-mail; its password comes in a WeChat Pay message. Footprint asks for it.",
            "Chats: WeChat has no export of its own; files written by MemoTrace, WeFlow, PyWxDump or WechatExporter are read.",
        ]);
    });
}

fn platform(ui: &mut egui::Ui, name: &str, color: Color32, steps: &[&str]) {
    egui::CollapsingHeader::new(RichText::new(name).color(color).strong().size(15.0))
        .default_open(true)
        .show(ui, |ui| {
            for step in steps {
                ui.horizontal_wrapped(|ui| {
                    ui.label("•");
                    ui.label(*step);
                });
            }
        });
}
