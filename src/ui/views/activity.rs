//! Activity: messages over time, the hour × weekday heatmap, yours vs received, with
//! platform, conversation, bucket and time-zone choices.

use egui::RichText;

use super::findings::rtl_aligned;
use super::{chart, chart_card, chart_grid, section};
use crate::analysis::{Bucket, Shown, TimeBasis};
use crate::chart::Chart;
use crate::ui::app::{Command, FootprintApp};

/// Conversations offered in the filter list (busiest first).
const CONVERSATION_CHOICES: usize = 300;

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui, charts: &[Chart]) {
    let derived = app.derived.clone();
    egui::Frame::group(ui.style())
        .inner_margin(8.0)
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(crate::t!("activity-platforms")).strong());
                for platform in derived.summary.platforms.keys() {
                    let filter = &mut app.view.activity_filter.platforms;
                    let mut on = filter.is_empty() || filter.contains(platform);
                    if ui.checkbox(&mut on, platform.title()).changed() {
                        let all: Vec<_> = derived.summary.platforms.keys().copied().collect();
                        let mut chosen: Vec<_> = if filter.is_empty() {
                            all.clone()
                        } else {
                            filter.clone()
                        };
                        if on {
                            chosen.push(*platform);
                        } else {
                            chosen.retain(|p| p != platform);
                        }
                        chosen.sort();
                        chosen.dedup();
                        *filter = if chosen.len() == all.len() {
                            Vec::new()
                        } else {
                            chosen
                        };
                    }
                }
                ui.separator();
                ui.label(RichText::new(crate::t!("activity-conversation")).strong());
                let shown = Shown {
                    masker: app.mask.then_some(&derived.masker),
                };
                let all = crate::t!("activity-all-conversations");
                let current = app
                    .view
                    .activity_filter
                    .conversation
                    .and_then(|idx| derived.conversations.rows.iter().find(|r| r.idx == idx))
                    .map(|r| crate::analysis::topics::conversation_name(shown, r.kind, &r.name))
                    .unwrap_or_else(|| all.clone());
                egui::ComboBox::from_id_salt("activity_conversation")
                    .selected_text(current)
                    .width(240.0)
                    .height(400.0)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut app.view.activity_filter.conversation, None, &all);
                        for row in derived
                            .conversations
                            .rows
                            .iter()
                            .filter(|r| r.messages > 0)
                            .take(CONVERSATION_CHOICES)
                        {
                            // Listed by messages (most first), the number shown.
                            let label = crate::t!(
                                "activity-conversation-choice",
                                name = crate::analysis::topics::conversation_name(
                                    shown, row.kind, &row.name
                                ),
                                platform = row.platform.title(),
                                count = row.messages
                            );
                            ui.selectable_value(
                                &mut app.view.activity_filter.conversation,
                                Some(row.idx),
                                label,
                            );
                        }
                    });
                ui.separator();
                ui.label(RichText::new(crate::t!("activity-per")).strong());
                for bucket in Bucket::ALL {
                    ui.radio_value(&mut app.view.bucket, bucket, bucket.label());
                }
            });
            if derived.activity.has_absolute_times {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(crate::t!("activity-time-zone")).strong());
                    let mut basis = app.basis;
                    egui::ComboBox::from_id_salt("activity_basis")
                        .selected_text(basis.label())
                        .height(400.0)
                        .show_ui(ui, |ui| {
                            ui.selectable_value(
                                &mut basis,
                                TimeBasis::AsExported,
                                TimeBasis::AsExported.label(),
                            );
                            for hours in -12..=14 {
                                let b = TimeBasis::UtcOffset(hours * 60);
                                ui.selectable_value(&mut basis, b, b.label());
                            }
                            for minutes in [330, 345, 570, -210] {
                                let b = TimeBasis::UtcOffset(minutes);
                                ui.selectable_value(&mut basis, b, b.label());
                            }
                        });
                    if basis != app.basis {
                        app.commands.push(Command::SetTimeBasis(basis));
                    }
                    // Wrapped in what is left of the row: in some languages the note is
                    // longer than the window and would widen the whole page.
                    ui.add(
                        egui::Label::new(
                            RichText::new(crate::t!("activity-time-zone-note")).weak(),
                        )
                        .wrap(),
                    );
                });
            }
        });
    ui.add_space(8.0);
    if let Some(c) = chart(charts, "activity-over-time") {
        chart_card(app, ui, c, 300.0);
    }
    let list: Vec<&Chart> = ["activity-hour-weekday", "activity-yours-vs-received"]
        .iter()
        .filter_map(|id| chart(charts, id))
        .collect();
    chart_grid(app, ui, &list, 240.0);
    section(ui, &crate::t!("activity-how-to-read"));
    rtl_aligned(ui, |ui| ui.label(crate::t!("activity-how-to-read-text")));
}
