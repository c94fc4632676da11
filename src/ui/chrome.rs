//! The window's frame: top bar, side navigation, status line, drop overlay, keyboard
//! shortcuts and modal dialogs. Pages are drawn by `start`, `views` and `about`.

use egui::{Align, Color32, Key, KeyboardShortcut, Layout, Modifiers, RichText};

use super::app::{Command, FootprintApp, Overwrite, Page};
use super::dialogs::DialogRequest;
use super::settings::Theme;
use crate::chart::Topic;
use crate::i18n::Lang;
use crate::import::Input;
use crate::t;

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
        ui.add_space(8.0);
        if ui
            .button(t!("app-open-files"))
            .on_hover_text(t!("app-open-files-hint"))
            .clicked()
        {
            app.commands.push(Command::Ask(DialogRequest::OpenFiles));
        }
        if ui
            .button(t!("app-open-folder"))
            .on_hover_text(t!("app-open-folder-hint"))
            .clicked()
        {
            app.commands.push(Command::Ask(DialogRequest::OpenFolder));
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let theme = app.settings.theme;
            let (icon, next, tip) = match theme {
                Theme::System => (
                    t!("app-theme-system"),
                    Theme::Dark,
                    t!("app-theme-system-hint"),
                ),
                Theme::Dark => (
                    t!("app-theme-dark"),
                    Theme::Light,
                    t!("app-theme-dark-hint"),
                ),
                Theme::Light => (
                    t!("app-theme-light"),
                    Theme::System,
                    t!("app-theme-light-hint"),
                ),
            };
            if ui.button(icon).on_hover_text(tip).clicked() {
                app.settings.theme = next;
                ui.ctx().set_theme(next.preference());
            }
            language_menu(app, ui);
            if ui
                .selectable_label(app.mask, t!("app-mask"))
                .on_hover_text(t!("app-mask-hint"))
                .clicked()
            {
                app.toggle_mask();
            }
            if app.has_data() {
                if ui
                    .add_enabled(app.worker.is_none(), egui::Button::new(t!("app-clear")))
                    .on_hover_text(t!("app-clear-hint"))
                    .clicked()
                {
                    app.commands.push(Command::Clear);
                }
                if ui
                    .button(t!("app-save-all"))
                    .on_hover_text(t!("app-save-all-hint"))
                    .clicked()
                {
                    app.commands
                        .push(Command::Ask(DialogRequest::SaveAllFolder));
                }
                if ui
                    .button(t!("app-save-report"))
                    .on_hover_text(t!("app-save-report-hint"))
                    .clicked()
                {
                    app.commands.push(Command::Ask(report_request()));
                }
            }
            // The tagline takes what the buttons leave (long in some languages), cut with
            // "…" rather than pushing buttons over each other.
            ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                // Left out when only a "…" would fit.
                if ui.available_width() > 120.0 {
                    ui.add_space(4.0);
                    ui.add(egui::Label::new(RichText::new(t!("app-tagline")).weak()).truncate());
                }
            });
        });
    });
    ui.add_space(2.0);
}

/// The language menu: the system's language, then every language by its own name. A
/// choice applies from the next frame on (the texts of this one are already made).
fn language_menu(app: &mut FootprintApp, ui: &mut egui::Ui) {
    let chosen = app.settings.language;
    let system = t!(
        "app-language-system",
        language = Lang::system().native_name()
    );
    let shown = match chosen {
        Some(lang) => lang.native_name().to_owned(),
        None => system.clone(),
    };
    let mut choice = chosen;
    egui::ComboBox::from_id_salt("language")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut choice, None, system);
            for lang in Lang::ALL {
                ui.selectable_value(&mut choice, Some(lang), lang.native_name());
            }
        })
        .response
        .on_hover_text(t!("app-language-hint"));
    if choice != chosen {
        app.set_language(choice);
    }
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
                egui::Button::selectable(selected, t!("app-nav-about")),
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
                    let (file, done, total) = (
                        &p.update.file,
                        human_bytes(p.update.bytes_done),
                        human_bytes(p.update.bytes_total),
                    );
                    let detail = if p.inputs > 1 {
                        t!(
                            "status-progress-inputs",
                            file = file,
                            input = p.input,
                            inputs = p.inputs,
                            done = done,
                            total = total
                        )
                    } else {
                        t!("status-progress", file = file, done = done, total = total)
                    };
                    (f.clamp(0.0, 1.0), detail)
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
                ui.label(t!("status-cancelling"));
            } else if ui.button(t!("status-cancel")).clicked() {
                app.cancel();
            }
        } else if app.saving > 0 {
            ui.spinner();
            ui.label(t!("status-writing"));
        } else if let Some((text, error)) = &app.notice {
            let color = if *error {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().text_color()
            };
            ui.colored_label(color, text);
        } else if app.has_data() {
            let s = &app.derived.summary;
            ui.label(RichText::new(t!("status-loaded", count = s.sources.len())).weak());
        } else {
            ui.label(RichText::new(t!("status-empty")).weak());
        }
    });
    ui.add_space(1.0);
}

/// A size as the status line gives it: `1.25 GB`, `12 MB`, `3 KB`.
fn human_bytes(n: u64) -> String {
    use crate::i18n::format::decimal;
    if n >= 1 << 30 {
        let size = decimal(n as f64 / f64::from(1u32 << 30), 2);
        t!("status-size-gb", size = size)
    } else if n >= 1 << 20 {
        let size = decimal(n as f64 / f64::from(1u32 << 20), 0);
        t!("status-size-mb", size = size)
    } else {
        let size = decimal(n.div_ceil(1024) as f64, 0);
        t!("status-size-kb", size = size)
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
        t!("app-drop-overlay"),
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
        ui.heading(t!("dialog-password-title"));
        ui.add_space(6.0);
        ui.label(RichText::new(&prompt.error.path).strong());
        ui.label(RichText::new(&prompt.error.message).weak());
        ui.add_space(6.0);
        ui.label(t!("dialog-password-explain"));
        let label = ui.label(t!("dialog-password-label"));
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
            if ui.button(t!("dialog-password-open")).clicked() || enter {
                answer = Some(Some(prompt.text.clone()));
            }
            if ui.button(t!("dialog-password-skip")).clicked()
                || ui.input(|i| i.key_pressed(Key::Escape))
            {
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
    let count = match overwrite {
        Overwrite::All { existing, .. } => *existing,
        Overwrite::Chart { .. } | Overwrite::Report { .. } => 1,
    };
    let heading = t!("dialog-replace-title", count = count);
    let keep = t!("dialog-keep", count = count);
    let message = match overwrite {
        Overwrite::Chart { path, .. } | Overwrite::Report { path } => {
            t!("dialog-replace-file", path = path.display().to_string())
        }
        Overwrite::All { dir, existing } => t!(
            "dialog-replace-charts",
            count = *existing,
            folder = dir.display().to_string()
        ),
    };
    let mut decision = None;
    egui::Modal::new(egui::Id::unique("overwrite_modal")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading(heading);
        ui.add_space(6.0);
        ui.label(message);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t!("dialog-replace")).clicked() {
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
            app.set_notice(t!("status-nothing-saved"), false);
        }
        None => {}
    }
}
