//! Footprint's own file dialog (the `egui_file` crate), for systems without a system one
//! ([`super::system_dialog`]): the same questions as the native dialogs, answered with
//! the same [`DialogReply`].

use std::path::PathBuf;

use egui_file::{DialogType, FileDialog, State};

use super::dialogs::{DialogReply, DialogRequest};
use crate::t;

/// An open in-window dialog and the question it answers.
pub struct InWindowDialog {
    request: DialogRequest,
    dialog: FileDialog,
}

impl InWindowDialog {
    /// A dialog for `request`, starting in `start`, else in the Downloads folder (where
    /// exports arrive), else the home folder, with texts in the current language. Fails
    /// when that folder cannot be listed, so the caller can say so instead.
    pub fn open(request: DialogRequest, start: Option<PathBuf>) -> Result<Self, String> {
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let start = start
            .or_else(|| {
                home.as_ref()
                    .map(|h| h.join("Downloads"))
                    .filter(|d| d.is_dir())
            })
            .or(home)
            .unwrap_or_else(|| PathBuf::from("/"));
        std::fs::read_dir(&start).map_err(|e| format!("{}: {e}", start.display()))?;
        let mut dialog = match &request {
            DialogRequest::OpenFiles => FileDialog::open_file()
                .initial_path(start)
                .multi_select(true)
                .title(&t!("dialog-open-exports-title")),
            DialogRequest::OpenFolder => FileDialog::select_folder()
                .initial_path(start)
                .title(&t!("dialog-open-folder-title")),
            DialogRequest::SaveChart { default_name, .. } => FileDialog::save_file()
                .initial_path(start)
                .default_filename(default_name.clone())
                .title(&t!("dialog-save-chart-title-types")),
            DialogRequest::SaveAllFolder => FileDialog::select_folder()
                .initial_path(start)
                .title(&t!("dialog-save-all-title")),
            DialogRequest::SaveReport { default_name } => FileDialog::save_file()
                .initial_path(start)
                .default_filename(default_name.clone())
                .title(&t!("dialog-save-report-title-type"))
                // Folders to move through, and the HTML files a report may replace.
                .show_files_filter(Box::new(|path: &std::path::Path| {
                    path.is_dir()
                        || path.extension().is_some_and(|e| {
                            e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm")
                        })
                })),
        };
        dialog = dialog
            .open_button_text(t!("dialog-file-open").into())
            .save_button_text(t!("dialog-file-save").into())
            .cancel_button_text(t!("dialog-file-cancel").into())
            .new_folder_button_text(t!("dialog-file-new-folder").into())
            .new_folder_name_text(t!("dialog-file-new-folder-name").into())
            .rename_button_text(t!("dialog-file-rename").into())
            .refresh_button_hover_text(t!("dialog-file-refresh").into())
            .parent_folder_button_hover_text(t!("dialog-file-parent").into())
            .file_label_text(t!("dialog-file-label").into())
            .show_hidden_checkbox_text(t!("dialog-file-show-hidden").into());
        match &request {
            DialogRequest::OpenFolder => {
                dialog = dialog.open_button_text(t!("dialog-open-this-folder").into());
            }
            DialogRequest::SaveAllFolder => {
                dialog = dialog.open_button_text(t!("dialog-save-here").into());
            }
            _ => {}
        }
        let new_folder = matches!(
            request,
            DialogRequest::SaveAllFolder
                | DialogRequest::SaveChart { .. }
                | DialogRequest::SaveReport { .. }
        );
        dialog = dialog
            .default_size([640.0, 420.0])
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show_rename(false)
            .show_new_folder(new_folder);
        dialog.open();
        Ok(Self { request, dialog })
    }

    /// Shows the dialog; returns the answer once the user gave one.
    pub fn show(&mut self, ctx: &egui::Context) -> Option<DialogReply> {
        self.dialog.show(ctx);
        match self.dialog.state() {
            State::Open => None,
            State::Closed | State::Cancelled => Some(DialogReply::Dismissed),
            State::Selected => Some(self.answer()),
        }
    }

    fn answer(&self) -> DialogReply {
        let folder = || {
            self.dialog
                .path()
                .map(PathBuf::from)
                .unwrap_or_else(|| self.dialog.directory().to_path_buf())
        };
        match (&self.request, self.dialog.dialog_type()) {
            (DialogRequest::OpenFiles, _) => {
                let mut paths: Vec<PathBuf> = self
                    .dialog
                    .selection()
                    .into_iter()
                    .map(PathBuf::from)
                    .collect();
                if paths.is_empty() {
                    paths.extend(self.dialog.path().map(PathBuf::from));
                }
                DialogReply::Open(paths)
            }
            (DialogRequest::OpenFolder, _) => DialogReply::Open(vec![folder()]),
            (DialogRequest::SaveChart { chart_id, .. }, DialogType::SaveFile) => {
                match self.dialog.path() {
                    Some(path) => DialogReply::SaveChart {
                        chart_id: chart_id.clone(),
                        path: path.to_path_buf(),
                    },
                    None => DialogReply::Dismissed,
                }
            }
            (DialogRequest::SaveAllFolder, _) => DialogReply::SaveAllFolder(folder()),
            (DialogRequest::SaveReport { .. }, DialogType::SaveFile) => match self.dialog.path() {
                Some(path) => DialogReply::SaveReport(path.to_path_buf()),
                None => DialogReply::Dismissed,
            },
            _ => DialogReply::Dismissed,
        }
    }
}
