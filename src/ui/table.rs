//! Data tables: columns sized to what they hold (up to the width there is), resizable,
//! the full text of a cut cell on hover, sortable by a header click, and paged instead of
//! scrolled inside the page, so the mouse wheel always scrolls the page.

use std::sync::Arc;

use egui::{Align, Layout, RichText};
use egui_extras::{Column, TableBuilder};

/// Rows shown at once; longer tables get a pager.
pub const PAGE_ROWS: usize = 500;
/// Height of one row, in points.
const ROW_HEIGHT: f32 = 22.0;
/// Space around a cell's text.
const CELL_PADDING: f32 = 18.0;
/// No column is made narrower than this when the table must fit.
const MIN_COLUMN: f32 = 64.0;
/// Rows sampled to measure a column (all of them in smaller tables).
const MEASURED_ROWS: usize = 400;

/// The column a table is sorted by, and whether descending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: usize,
    pub descending: bool,
}

/// A table's rows (filtered and sorted) and column widths, kept between frames: they are
/// computed when the query, the sort or the loaded data change, not on every frame.
#[derive(Clone, Debug, Default)]
pub struct TableState {
    key: Option<(String, u64)>,
    rows: Arc<Vec<usize>>,
    /// Measured widths for the current rows; empty until first drawn.
    widths: Vec<f32>,
    /// The page shown (0-based).
    pub page: usize,
    /// `None`: the data's own order.
    pub sort: Option<Sort>,
    /// The row whose link cell was clicked in the last frame drawn (taken by the view).
    pub clicked_row: Option<usize>,
}

impl TableState {
    /// A table first sorted by `column`.
    pub fn sorted_by(column: usize, descending: bool) -> Self {
        Self {
            sort: Some(Sort { column, descending }),
            ..Self::default()
        }
    }

    /// The rows for `key` (query and sort) over the data of `generation`
    /// ([`crate::ui::FootprintApp::generation`]), computed with `compute` when either
    /// changed.
    pub fn rows(
        &mut self,
        key: String,
        generation: u64,
        compute: impl FnOnce() -> Vec<usize>,
    ) -> Arc<Vec<usize>> {
        let key = (key, generation);
        if self.key.as_ref() != Some(&key) {
            self.rows = Arc::new(compute());
            self.key = Some(key);
            self.widths.clear();
            self.page = 0;
        }
        self.rows.clone()
    }

    /// Forgets the rows and widths, so the next frame computes them again (their texts
    /// changed language); the page goes back to the first.
    pub fn forget(&mut self) {
        self.key = None;
        self.widths.clear();
    }

    /// A key part for the current sort.
    pub fn sort_key(&self) -> String {
        match self.sort {
            Some(s) => format!("{}{}", s.column, s.descending),
            None => String::new(),
        }
    }
}

/// What a table shows.
pub struct Table<'a> {
    pub id: &'a str,
    pub headers: &'a [&'a str],
    /// Header tooltips ("sorted by messages written by people, not service events").
    pub header_hints: &'a [&'a str],
    /// Columns of numbers, aligned right.
    pub numeric: &'a [usize],
    /// Columns a header click sorts by (empty: not sortable).
    pub sortable: &'a [usize],
    /// More about a cell, shown on hover (`(row, column)`; `None` for nothing).
    pub cell_hover: Option<&'a dyn Fn(usize, usize) -> Option<String>>,
    /// A column whose cells are links: a click sets [`TableState::clicked_row`].
    pub link_column: Option<usize>,
}

/// Draws `table` with `rows` (from [`TableState::rows`]); `cell(row, column)` gives the
/// text of a cell. Returns the column whose header was clicked.
pub fn show(
    ui: &mut egui::Ui,
    table: &Table<'_>,
    state: &mut TableState,
    rows: &[usize],
    cell: impl Fn(usize, usize) -> String,
) -> Option<usize> {
    if rows.is_empty() {
        ui.label(RichText::new(crate::t!("table-empty")).weak());
        return None;
    }
    let columns = table.headers.len();
    let pages = rows.len().div_ceil(PAGE_ROWS);
    state.page = state.page.min(pages.saturating_sub(1));
    let shown = &rows[state.page * PAGE_ROWS..((state.page + 1) * PAGE_ROWS).min(rows.len())];
    if state.widths.len() != columns {
        state.widths = measure(ui, table, state, rows, &cell);
    }
    let widths = fit(&state.widths, ui.available_width());
    let mut clicked = None;
    ui.push_id(table.id, |ui| {
        // The widths are part of the id, so new data starts from its own measured widths
        // rather than those a resize left in the table's memory.
        let salt: u64 = widths
            .iter()
            .map(|w| *w as u64)
            .fold(0, |h, w| h.wrapping_mul(31).wrapping_add(w));
        let mut builder = TableBuilder::new(ui)
            .id_salt(salt)
            .striped(true)
            .resizable(true)
            .vscroll(false)
            .cell_layout(Layout::left_to_right(Align::Center));
        for (i, &w) in widths.iter().enumerate() {
            let column = if i + 1 == columns {
                Column::remainder().at_least(w.min(MIN_COLUMN))
            } else {
                Column::initial(w).at_least(MIN_COLUMN.min(w)).clip(true)
            };
            builder = builder.column(column.resizable(i + 1 < columns));
        }
        builder
            .header(ROW_HEIGHT + 2.0, |mut header| {
                for (i, h) in table.headers.iter().enumerate() {
                    header.col(|ui| {
                        let hint = table.header_hints.get(i).copied().unwrap_or("");
                        if table.sortable.contains(&i) {
                            let arrow = match state.sort {
                                Some(s) if s.column == i && s.descending => " ⏷",
                                Some(s) if s.column == i => " ⏶",
                                _ => "",
                            };
                            let button =
                                egui::Button::new(RichText::new(format!("{h}{arrow}")).strong())
                                    .frame(false);
                            let mut response = ui.add(button);
                            let column = in_sentence(h);
                            let tip = if hint.is_empty() {
                                crate::t!("table-sort-by", column = column)
                            } else {
                                crate::t!("table-sort-by-hint", column = column, hint = hint)
                            };
                            response = response.on_hover_text(tip);
                            if response.clicked() {
                                clicked = Some(i);
                            }
                        } else {
                            let label = ui.strong(*h);
                            if !hint.is_empty() {
                                label.on_hover_text(hint);
                            }
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(ROW_HEIGHT, shown.len(), |mut row| {
                    let Some(&r) = shown.get(row.index()) else {
                        return;
                    };
                    for c in 0..columns {
                        row.col(|ui| {
                            let text = cell(r, c);
                            if table.link_column == Some(c) {
                                if ui.link(text).clicked() {
                                    state.clicked_row = Some(r);
                                }
                                return;
                            }
                            let response = if table.numeric.contains(&c) {
                                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                                    ui.add(egui::Label::new(text).truncate())
                                })
                                .inner
                            } else {
                                ui.add(egui::Label::new(text).truncate())
                            };
                            if let Some(more) = table.cell_hover.and_then(|hover| hover(r, c)) {
                                response.on_hover_text(more);
                            }
                        });
                    }
                });
            });
    });
    if pages > 1 {
        pager(ui, state, rows.len(), pages);
    }
    if let Some(i) = clicked {
        state.sort = Some(match state.sort {
            Some(s) if s.column == i => Sort {
                column: i,
                descending: !s.descending,
            },
            // Numbers and dates sort largest first, names from A.
            _ => Sort {
                column: i,
                descending: table.numeric.contains(&i),
            },
        });
    }
    clicked
}

fn pager(ui: &mut egui::Ui, state: &mut TableState, total: usize, pages: usize) {
    ui.horizontal(|ui| {
        let first = state.page * PAGE_ROWS + 1;
        let last = ((state.page + 1) * PAGE_ROWS).min(total);
        if ui
            .add_enabled(
                state.page > 0,
                egui::Button::new(crate::t!("table-previous")),
            )
            .clicked()
        {
            state.page -= 1;
        }
        ui.label(crate::t!(
            "table-rows",
            first = first,
            last = last,
            total = total
        ));
        if ui
            .add_enabled(
                state.page + 1 < pages,
                egui::Button::new(crate::t!("table-next")),
            )
            .clicked()
        {
            state.page += 1;
        }
    });
}

/// A column's name inside a sentence ("Sort by messages"): in lower case, except in
/// German, which writes its nouns with a capital.
fn in_sentence(header: &str) -> String {
    if crate::i18n::current() == crate::i18n::Lang::De {
        header.to_owned()
    } else {
        header.to_lowercase()
    }
}

/// The width each column's text needs: its header and the widest of a sample of rows.
fn measure(
    ui: &egui::Ui,
    table: &Table<'_>,
    state: &TableState,
    rows: &[usize],
    cell: &impl Fn(usize, usize) -> String,
) -> Vec<f32> {
    let body = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    let width =
        |text: String, font: egui::FontId| ui.painter().layout_no_wrap(text, font, color).size().x;
    let page = &rows[state.page * PAGE_ROWS..((state.page + 1) * PAGE_ROWS).min(rows.len())];
    // The page shown, then rows spread over the rest.
    let step = (rows.len() / MEASURED_ROWS).max(1);
    let sample: Vec<usize> = page
        .iter()
        .take(MEASURED_ROWS)
        .chain(rows.iter().step_by(step).take(MEASURED_ROWS))
        .copied()
        .collect();
    let strong = egui::FontId::new(body.size, body.family.clone());
    (0..table.headers.len())
        .map(|c| {
            let arrow = if table.sortable.contains(&c) {
                "  ⏷"
            } else {
                ""
            };
            let header = width(format!("{}{arrow}", table.headers[c]), strong.clone());
            let content = sample
                .iter()
                .map(|&r| width(cell(r, c), body.clone()))
                .fold(0.0, f32::max);
            header.max(content) + CELL_PADDING
        })
        .collect()
}

/// Widths that fit `available`: as measured when they do; otherwise the widest columns
/// give way first (each keeps at least [`MIN_COLUMN`]).
pub fn fit(measured: &[f32], available: f32) -> Vec<f32> {
    let spacing = 8.0 * measured.len() as f32;
    let room = (available - spacing).max(MIN_COLUMN * measured.len() as f32);
    let total: f32 = measured.iter().sum();
    if total <= room {
        return measured.to_vec();
    }
    // The cap such that every column at most `cap` wide fills the room exactly.
    let mut sorted = measured.to_vec();
    sorted.sort_by(f32::total_cmp);
    let mut rest = room;
    let mut cap = MIN_COLUMN;
    for (i, w) in sorted.iter().enumerate() {
        let left = (sorted.len() - i) as f32;
        if w * left <= rest {
            rest -= w;
        } else {
            cap = (rest / left).max(MIN_COLUMN);
            break;
        }
    }
    measured.iter().map(|w| w.min(cap)).collect()
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn columns_keep_their_width_when_there_is_room_and_the_widest_give_way() {
        assert_eq!(fit(&[100.0, 200.0, 80.0], 1000.0), [100.0, 200.0, 80.0]);
        let fitted = fit(&[100.0, 600.0, 400.0], 724.0);
        assert_eq!(fitted[0], 100.0);
        assert!(
            (fitted.iter().sum::<f32>() - 700.0).abs() < 0.5,
            "{fitted:?}"
        );
        assert_eq!(fitted[1], fitted[2]);
    }
}
