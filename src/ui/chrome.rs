//! The window's frame: top bar, side navigation, status line, drop overlay, keyboard
//! shortcuts and modal dialogs. Pages are drawn by `start`, `views` and `about`.

use egui::{Align, Color32, Key, KeyboardShortcut, Layout, Modifiers, RichText};

use super::app::{Command, FootprintApp, Overwrite, Page};
use super::dialogs::DialogRequest;
use super::settings::Theme;
use crate::chart::Topic;
use crate::import::Input;

const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const SAVE_REPORT: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);

pub fn frame_ui(app: &mut FootprintApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    shortcuts(app, &ctx);
    let dropped: Vec<Input> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .map(Input::Path)
            .collect()
    });
    if !dropped.is_empty() {
        app.commands.push(Command::Open(dropped));
    }

    egui::Panel::top("top_bar").show(ui, |ui| top_bar(app, ui));
    egui::Panel::bottom("status").show(ui, |ui| status_line(app, ui));
    if app.has_data() || app.page == Page::About {
        egui::Panel::left("nav")
            .resizable(false)
            .exact_size(190.0)
            .show(ui, |ui| nav(app, ui));
    }
    egui::CentralPanel::default().show(ui, |ui| match app.page {
        Page::Start => {
            app.view.shown = None;
            super::start::ui(app, ui)
        }
        Page::About => {
            app.view.shown = None;
            super::about::ui(app, ui)
        }
        Page::Topic(topic) => super::views::ui(app, ui, topic),
    });

    let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
    if hovering {
        drop_overlay(&ctx);
    }
    password_modal(app, &ctx);
    overwrite_modal(app, &ctx);
    app.in_window_dialog_ui(&ctx);
}

fn shortcuts(app: &mut FootprintApp, ctx: &egui::Context) {
    let modal_open =
        !app.password_prompts.is_empty() || app.overwrite.is_some() || app.in_window.is_some();
    if ctx.input_mut(|i| i.consume_shortcut(&OPEN)) && !modal_open {
        app.commands.push(Command::Ask(DialogRequest::OpenFiles));
    }
    // Before Ctrl+S, which would also take Ctrl+Shift+S (extra Shift is allowed).
    if ctx.input_mut(|i| i.consume_shortcut(&SAVE_REPORT)) && !modal_open && app.has_data() {
        app.commands.push(Command::Ask(report_request()));
    }
    if ctx.input_mut(|i| i.consume_shortcut(&SAVE))
        && !modal_open
        && let Page::Topic(topic) = app.page
    {
        let id = app.hovered_chart.clone().or_else(|| {
            app.charts(topic)
                .iter()
                .find(|c| !c.is_empty())
                .map(|c| c.id.clone())
        });
        if let Some(id) = id {
            app.commands.push(Command::SaveChart(id));
        }
    }
    if ctx.input(|i| i.key_pressed(Key::Escape)) && !modal_open && app.worker.is_some() {
        app.cancel();
    }
}

/// Where to save the report, suggesting a name with today's date.
fn report_request() -> DialogRequest {
    DialogRequest::SaveReport {
        default_name: format!(
            "footprint-report-{}.html",
            chrono::Local::now().format("%Y-%m-%d")
        ),
    }
}

fn top_bar(app: &mut FootprintApp, ui: &mut egui::Ui) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading(RichText::new("Footprint").strong());
        ui.label(RichText::new("what your messaging apps know about you · offline").weak());
        ui.add_space(12.0);
        if ui
            .button("Open files…")
            .on_hover_text("Add exports: zip, json, html, txt, csv or xlsx (Ctrl+O)")
            .clicked()
        {
            app.commands.push(Command::Ask(DialogRequest::OpenFiles));
        }
        if ui
            .button("Open folder…")
            .on_hover_text("Add an export folder (DataExport_…, a WhatsApp report …)")
            .clicked()
        {
            app.commands.push(Command::Ask(DialogRequest::OpenFolder));
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let theme = app.settings.theme;
            let (icon, next, tip) = match theme {
                Theme::System => (
                    "Theme: system",
                    Theme::Dark,
                    "Follows the system; click for dark",
                ),
                Theme::Dark => ("Theme: dark", Theme::Light, "Click for light"),
                Theme::Light => ("Theme: light", Theme::System, "Click to follow the system"),
            };
            if ui.button(icon).on_hover_text(tip).clicked() {
                app.settings.theme = next;
                ui.ctx().set_theme(next.preference());
            }
            if ui
                .selectable_label(app.mask, "Mask personal details")
                .on_hover_text(
                    "Replace names, phone numbers, usernames and IP addresses with pseudonyms \
                     on screen and in saved images",
                )
                .clicked()
            {
                app.toggle_mask();
            }
            if app.has_data() {
                if ui
                    .add_enabled(app.worker.is_none(), egui::Button::new("Clear"))
                    .on_hover_text("Forget everything loaded")
                    .clicked()
                {
                    app.commands.push(Command::Clear);
                }
                if ui
                    .button("Save all charts…")
                    .on_hover_text("Write every chart as a PNG into a folder")
                    .clicked()
                {
                    app.commands
                        .push(Command::Ask(DialogRequest::SaveAllFolder));
                }
                if ui
                    .button("Save report…")
                    .on_hover_text(
                        "One HTML file with the findings, every chart and the key tables (Ctrl+Shift+S)",
                    )
                    .clicked()
                {
                    app.commands.push(Command::Ask(report_request()));
                }
            }
        });
    });
    ui.add_space(2.0);
}

fn nav(app: &mut FootprintApp, ui: &mut egui::Ui) {
    ui.add_space(8.0);
    let has_payments = app.derived.has_payments();
    let has_data = !app.derived.summary.platforms.is_empty();
    for topic in Topic::ALL {
        let hidden = match topic {
            Topic::Payments => !has_payments,
            Topic::Findings => !has_data,
            Topic::Compare => app.derived.comparisons.is_empty(),
            _ => false,
        };
        if hidden {
            continue;
        }
        let selected = app.page == Page::Topic(topic);
        let label = RichText::new(topic.title()).size(15.0);
        if ui
            .add_sized(
                [ui.available_width(), 30.0],
                egui::Button::selectable(selected, label),
            )
            .clicked()
        {
            app.commands.push(Command::Go(Page::Topic(topic)));
        }
    }
    ui.with_layout(Layout::bottom_up(Align::Min), |ui| {
        ui.add_space(8.0);
        let selected = app.page == Page::About;
        if ui
            .add_sized(
                [ui.available_width(), 28.0],
                egui::Button::selectable(selected, "About & privacy"),
            )
            .clicked()
        {
            app.commands.push(Command::Go(Page::About));
        }
    });
}

fn status_line(app: &mut FootprintApp, ui: &mut egui::Ui) {
    ui.add_space(3.0);
    ui.horizontal(|ui| {
        if let Some(worker) = &app.worker {
            ui.spinner();
            let (fraction, detail) = match &worker.progress {
                Some(p) if p.update.bytes_total > 0 => {
                    let f = p.update.bytes_done as f32 / p.update.bytes_total as f32;
                    let of = if p.inputs > 1 {
                        format!(" (input {} of {})", p.input, p.inputs)
                    } else {
                        String::new()
                    };
                    (
                        f.clamp(0.0, 1.0),
                        format!(
                            "{}{of}: {} of {}",
                            p.update.file,
                            human_bytes(p.update.bytes_done),
                            human_bytes(p.update.bytes_total)
                        ),
                    )
                }
                _ => (0.0, worker.label.clone()),
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(220.0)
                    .show_percentage(),
            );
            ui.label(detail);
            if worker.is_cancelling() {
                ui.label("Cancelling…");
            } else if ui.button("Cancel (Esc)").clicked() {
                app.cancel();
            }
        } else if app.saving > 0 {
            ui.spinner();
            ui.label("Writing images…");
        } else if let Some((text, error)) = &app.notice {
            let color = if *error {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().text_color()
            };
            ui.colored_label(color, text);
        } else if app.has_data() {
            let s = &app.derived.summary;
            ui.label(
                RichText::new(format!(
                    "{} source(s) · drop more exports to add them · Ctrl+O open · Ctrl+S save the chart under the pointer · Ctrl+Shift+S save the report",
                    s.sources.len()
                ))
                .weak(),
            );
        } else {
            ui.label(
                RichText::new("Ctrl+O open files · drop exports anywhere on the window").weak(),
            );
        }
    });
    ui.add_space(1.0);
}

fn human_bytes(n: u64) -> String {
    if n >= 1 << 30 {
        format!("{:.2} GB", n as f64 / f64::from(1u32 << 30))
    } else if n >= 1 << 20 {
        format!("{:.0} MB", n as f64 / f64::from(1u32 << 20))
    } else {
        format!("{} KB", n.div_ceil(1024))
    }
}

fn drop_overlay(ctx: &egui::Context) {
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop_overlay"),
    ));
    painter.rect_filled(screen, 0.0, Color32::from_black_alpha(150));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        "Drop to add these exports",
        egui::FontId::proportional(28.0),
        Color32::WHITE,
    );
}

fn password_modal(app: &mut FootprintApp, ctx: &egui::Context) {
    let Some(prompt) = app.password_prompts.front_mut() else {
        return;
    };
    let mut answer: Option<Option<String>> = None;
    egui::Modal::new(egui::Id::unique("password_modal")).show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading("This archive is encrypted");
        ui.add_space(6.0);
        ui.label(RichText::new(&prompt.error.path).strong());
        ui.label(RichText::new(&prompt.error.message).weak());
        ui.add_space(6.0);
        ui.label("Enter its password. A WeChat Pay bill's password arrives as a message from WeChat Pay (微信支付).");
        let label = ui.label("Password:");
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut prompt.text)
                    .password(true)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        edit.request_focus();
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Open").clicked() || enter {
                answer = Some(Some(prompt.text.clone()));
            }
            if ui.button("Skip").clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                answer = Some(None);
            }
        });
    });
    if let Some(answer) = answer {
        app.answer_password(answer);
    }
}

fn overwrite_modal(app: &mut FootprintApp, ctx: &egui::Context) {
    let Some(overwrite) = &app.overwrite else {
        return;
    };
    let one = !matches!(overwrite, Overwrite::All { existing, .. } if *existing > 1);
    let (heading, keep) = if one {
        ("Replace the existing file?", "Keep the existing file")
    } else {
        ("Replace existing files?", "Keep the existing files")
    };
    let message = match overwrite {
        Overwrite::Chart { path, .. } => format!("{} already exists. Replace it?", path.display()),
        Overwrite::All { dir, existing } => format!(
            "{existing} chart image(s) already exist in {}. Replace them?",
            dir.display()
        ),
        Overwrite::Report { path } => format!("{} already exists. Replace it?", path.display()),
    };
    let mut decision = None;
    egui::Modal::new(egui::Id::unique("overwrite_modal")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading(heading);
        ui.add_space(6.0);
        ui.label(message);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Replace").clicked() {
                decision = Some(true);
            }
            if ui.button(keep).clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                decision = Some(false);
            }
        });
    });
    match decision {
        Some(true) => match app.overwrite.take() {
            Some(Overwrite::Chart { chart_id, path }) => app.save_chart(&chart_id, path, true),
            Some(Overwrite::All { dir, .. }) => app.save_all(dir, true),
            Some(Overwrite::Report { path }) => app.save_report(path, true),
            None => {}
        },
        Some(false) => {
            app.overwrite = None;
            app.set_notice("Nothing was saved; the existing files were kept.", false);
        }
        None => {}
    }
}
