//! The window's state and drawing: a drop zone, a progress bar while loading, and the
//! summary of everything loaded so far.

use std::path::PathBuf;

use egui::{Color32, RichText};

use super::loader::Loader;
use crate::analysis::{Summary, summarize};
use crate::import::{Input, LoadOutcome};
use crate::input::OpenOptions;
use crate::model::Footprint;

/// The running app. Nothing in it is ever saved to disk.
pub struct FootprintApp {
    outcome: LoadOutcome,
    /// Computed once per finished load, drawn every frame.
    summary: Option<Summary>,
    /// Indices into the summary's conversation list, busiest first (top 15), sorted once
    /// per load rather than every frame.
    busiest: Vec<usize>,
    loader: Option<Loader>,
    /// Inputs waiting for the running load to finish.
    queued: Vec<Input>,
    notice: Option<String>,
}

impl FootprintApp {
    pub fn new(ctx: &egui::Context, paths: Vec<PathBuf>) -> Self {
        super::fonts::install(ctx);
        let mut app = Self {
            outcome: LoadOutcome::default(),
            summary: None,
            busiest: Vec::new(),
            loader: None,
            queued: Vec::new(),
            notice: None,
        };
        if !paths.is_empty() {
            app.open(ctx, paths.into_iter().map(Input::Path).collect());
        }
        app
    }

    /// Loads `inputs` into the footprint (after the running load, if any).
    pub fn open(&mut self, ctx: &egui::Context, inputs: Vec<Input>) {
        if self.loader.is_some() {
            self.queued.extend(inputs);
            return;
        }
        let ctx = ctx.clone();
        self.loader = Some(Loader::start(inputs, OpenOptions::default(), move || {
            ctx.request_repaint()
        }));
    }

    /// True while a load runs.
    pub fn is_loading(&self) -> bool {
        self.loader.is_some()
    }

    /// The summary of everything loaded, once something finished loading.
    pub fn summary(&self) -> Option<&Summary> {
        self.summary.as_ref()
    }

    fn poll_loader(&mut self, ctx: &egui::Context) {
        let Some(loader) = &mut self.loader else {
            return;
        };
        let Some(result) = loader.poll() else { return };
        self.loader = None;
        match result {
            Ok(outcome) => {
                let outcome = *outcome;
                self.outcome.footprint.absorb(outcome.footprint);
                self.outcome.unrecognized.extend(outcome.unrecognized);
                self.outcome.errors.extend(outcome.errors);
                let summary = summarize(&self.outcome);
                self.busiest = busiest_conversations(&summary, 15);
                self.summary = Some(summary);
                self.notice = None;
            }
            Err(_) => self.notice = Some("Loading was cancelled; nothing from it was kept.".into()),
        }
        if !self.queued.is_empty() {
            let inputs = std::mem::take(&mut self.queued);
            self.open(ctx, inputs);
        }
    }

    fn clear(&mut self) {
        self.outcome = LoadOutcome::default();
        self.summary = None;
        self.busiest.clear();
        self.notice = None;
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.heading("Footprint");
            ui.label(RichText::new("what your messaging apps know about you · offline").weak());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if self.summary.is_some()
                    && self.loader.is_none()
                    && ui
                        .button("Clear")
                        .on_hover_text("Forget everything loaded")
                        .clicked()
                {
                    self.clear();
                }
            });
        });
    }

    fn loading_ui(ui: &mut egui::Ui, loader: &Loader) {
        ui.add_space(40.0);
        ui.vertical_centered(|ui| {
            ui.heading("Reading your export…");
            let (fraction, text) = match &loader.progress {
                Some(p) if p.bytes_total > 0 => (
                    p.bytes_done as f32 / p.bytes_total as f32,
                    format!(
                        "{} of {} MB · {}",
                        p.bytes_done / 1_000_000,
                        p.bytes_total / 1_000_000,
                        p.file
                    ),
                ),
                _ => (0.0, "Looking at the files…".to_string()),
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .show_percentage()
                    .animate(true)
                    .desired_width(480.0),
            );
            ui.label(text);
        });
    }

    /// Returns true when the user asks for the sample footprint.
    fn drop_zone_ui(ui: &mut egui::Ui, hovering: bool) -> bool {
        let mut wants_sample = false;
        let stroke = if hovering {
            ui.visuals().selection.stroke
        } else {
            ui.visuals().widgets.noninteractive.bg_stroke
        };
        egui::Frame::new()
            .stroke(stroke)
            .corner_radius(12.0)
            .inner_margin(40.0)
            .show(ui, |ui| {
                ui.set_min_width(ui.available_width());
                ui.vertical_centered(|ui| {
                    ui.heading("Drop your Telegram export here");
                    ui.add_space(8.0);
                    ui.label("The DataExport folder, its zip, or just result.json.");
                    ui.label("Telegram Desktop › Settings › Advanced › Export Telegram data, format \"Machine-readable JSON\".");
                    ui.label("Tick \"Active sessions\" and \"Miscellaneous data\" to see your devices and IP addresses.");
                    ui.add_space(8.0);
                    ui.label(RichText::new("Everything is read on this computer. Nothing is sent anywhere.").weak());
                    ui.add_space(16.0);
                    wants_sample = ui.button("Try the sample footprint").clicked();
                });
            });
        wants_sample
    }

    fn summary_ui(ui: &mut egui::Ui, summary: &Summary, busiest: &[usize], footprint: &Footprint) {
        for (platform, p) in &summary.platforms {
            ui.heading(platform.title());
            egui::Grid::new(("platform", platform.id()))
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    let mut row = |label: &str, value: String| {
                        ui.label(label);
                        ui.label(value);
                        ui.end_row();
                    };
                    row("Identity fields", p.identity_fields.join(", "));
                    row("Contacts", p.contacts.to_string());
                    row("Frequent contacts", p.frequent_contacts.to_string());
                    row(
                        "Sessions",
                        format!(
                            "{} apps, {} websites, {} devices",
                            p.sessions, p.web_sessions, p.devices
                        ),
                    );
                    row("IP addresses", p.ip_addresses.to_string());
                    row("Countries", p.countries.join(", "));
                    let kinds: Vec<String> = p
                        .conversations
                        .iter()
                        .filter(|(_, n)| **n > 0)
                        .map(|(k, n)| format!("{n} {k}"))
                        .collect();
                    row(
                        "Conversations",
                        format!("{} · {} left", kinds.join(", "), p.left_conversations),
                    );
                    row(
                        "Messages",
                        format!(
                            "{} · {} service events · {} senders",
                            p.messages, p.service_events, p.senders
                        ),
                    );
                    row(
                        "Period",
                        format!(
                            "{} – {}",
                            readable_time(p.first_message.as_deref()),
                            readable_time(p.last_message.as_deref())
                        ),
                    );
                });
            ui.add_space(12.0);
        }
        ui.heading("Sources");
        for (source, details) in summary.sources.iter().zip(&footprint.sources) {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!(
                    "{} · {} · {} records ·",
                    source.path, source.format, source.records
                ));
                if source.warnings == 0 {
                    ui.label(RichText::new("no warnings").weak());
                } else {
                    let label = plural(source.warnings, "warning", "warnings");
                    let lines: Vec<String> = details
                        .warnings
                        .iter()
                        .map(|(kind, count, _)| format!("{count} × {}", kind.describe()))
                        .collect();
                    ui.label(RichText::new(label).color(Color32::from_rgb(200, 140, 0)))
                        .on_hover_text(lines.join("\n"));
                }
            });
        }
        for u in &summary.unrecognized {
            ui.colored_label(
                Color32::from_rgb(200, 140, 0),
                format!("Not recognised: {} ({})", u.path, u.reason),
            );
        }
        for e in &summary.errors {
            ui.colored_label(ui.visuals().error_fg_color, format!("Error: {}", e.message));
        }
        if !summary.conversation_list.is_empty() {
            ui.add_space(12.0);
            ui.heading("Busiest conversations");
            egui::Grid::new("conversations")
                .num_columns(4)
                .striped(true)
                .show(ui, |ui| {
                    for header in ["Conversation", "Kind", "Messages", "Last activity"] {
                        ui.strong(header);
                    }
                    ui.end_row();
                    for c in busiest
                        .iter()
                        .filter_map(|&i| summary.conversation_list.get(i))
                    {
                        ui.label(&c.name);
                        ui.label(if c.left {
                            format!("{} (left)", c.kind.id())
                        } else {
                            c.kind.id().to_string()
                        });
                        ui.label(c.messages.to_string());
                        ui.label(readable_time(c.last.as_deref()));
                        ui.end_row();
                    }
                });
        }
    }
}

impl eframe::App for FootprintApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.poll_loader(&ctx);
        let (dropped, hovering, escape) = ui.input(|i| {
            (
                i.raw
                    .dropped_files
                    .iter()
                    .map(|f| f.path().to_path_buf())
                    .filter(|p| !p.as_os_str().is_empty())
                    .collect::<Vec<_>>(),
                !i.raw.hovered_files.is_empty(),
                i.key_pressed(egui::Key::Escape),
            )
        });
        if !dropped.is_empty() {
            self.open(&ctx, dropped.into_iter().map(Input::Path).collect());
        }
        if escape && let Some(loader) = &self.loader {
            loader.cancel();
        }
        egui::Panel::top("top_bar").show(ui, |ui| self.top_bar_ui(ui));
        egui::CentralPanel::default_margins().show(ui, |ui| {
            if let Some(notice) = &self.notice {
                ui.label(notice);
            }
            if let Some(loader) = &self.loader {
                Self::loading_ui(ui, loader);
                ui.vertical_centered(|ui| {
                    if loader.is_cancelling() {
                        ui.label("Cancelling…");
                    } else if ui.button("Cancel (Esc)").clicked() {
                        loader.cancel();
                    }
                });
                return;
            }
            let mut wants_sample = false;
            egui::ScrollArea::vertical()
                .auto_shrink(false)
                .show(ui, |ui| match &self.summary {
                    Some(summary) => {
                        Self::summary_ui(ui, summary, &self.busiest, &self.outcome.footprint);
                        ui.add_space(16.0);
                        ui.label(RichText::new("Drop more exports to add them.").weak());
                    }
                    None => wants_sample = Self::drop_zone_ui(ui, hovering),
                });
            if wants_sample {
                self.open(&ctx, crate::samples::builtin());
            }
        });
    }
}

/// "1 warning", "5 warnings".
fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `2024-01-20T11:17:02` shown as `2024-01-20 11:17`.
fn readable_time(iso: Option<&str>) -> String {
    match iso {
        Some(t) => t.get(..16).unwrap_or(t).replacen('T', " ", 1),
        None => "–".to_string(),
    }
}

/// The `n` conversations with the most messages (ties by name), as indices.
fn busiest_conversations(summary: &Summary, n: usize) -> Vec<usize> {
    let list = &summary.conversation_list;
    let mut order: Vec<usize> = (0..list.len()).collect();
    order.sort_by(|&a, &b| {
        list[b]
            .messages
            .cmp(&list[a].messages)
            .then_with(|| list[a].name.cmp(&list[b].name))
    });
    order.truncate(n);
    order
}
