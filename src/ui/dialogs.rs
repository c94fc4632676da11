//! File dialogs. Native ones (rfd) run on their own thread and answer over a channel;
//! tests script the answers instead, so no dialog ever blocks the window or a test.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};

use crate::t;

/// What the window asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogRequest {
    OpenFiles,
    OpenFolder,
    /// Where to save one chart; `default_name` includes the extension.
    SaveChart {
        chart_id: String,
        default_name: String,
    },
    /// A folder to save every chart into.
    SaveAllFolder,
    /// Where to save the HTML report; `default_name` includes the extension.
    SaveReport {
        default_name: String,
    },
}

/// What the user answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogReply {
    Open(Vec<PathBuf>),
    SaveChart {
        chart_id: String,
        path: PathBuf,
    },
    SaveAllFolder(PathBuf),
    SaveReport(PathBuf),
    /// The dialog was closed without a choice.
    Dismissed,
    /// No system dialog could be shown (no xdg-desktop-portal file chooser and no
    /// zenity): the window asks with its own dialog instead.
    Unavailable(DialogRequest),
}

/// Something that shows dialogs and sends the answer to `reply`, then calls `wake`.
pub trait Dialogs {
    fn ask(&self, request: DialogRequest, reply: Sender<DialogReply>, wake: Box<dyn Fn() + Send>);
}

/// The system's dialogs (xdg portal or zenity on Linux), each on its own thread; where
/// the system has none, [`DialogReply::Unavailable`] asks the window for its own.
pub struct NativeDialogs;

/// A dialog that answers sooner than this did not appear (nobody cancels that fast): rfd
/// says "no choice" both for a cancel and for a dialog it could not show.
const TOO_FAST_FOR_A_PERSON: std::time::Duration = std::time::Duration::from_millis(250);

impl Dialogs for NativeDialogs {
    fn ask(&self, request: DialogRequest, reply: Sender<DialogReply>, wake: Box<dyn Fn() + Send>) {
        // Off the UI thread: looking for a dialog reads the PATH and the portal's files.
        // The dialog's title and filters speak the window's language.
        let lang = crate::i18n::current();
        let spawned = std::thread::Builder::new()
            .name("footprint-dialog".into())
            .spawn(move || {
                crate::i18n::set_current(lang);
                use super::system_dialog::{Environment, available};
                let answer = if !available(&Environment::of_process()) {
                    DialogReply::Unavailable(request)
                } else {
                    let asked = std::time::Instant::now();
                    match native(&request) {
                        DialogReply::Dismissed if asked.elapsed() < TOO_FAST_FOR_A_PERSON => {
                            DialogReply::Unavailable(request)
                        }
                        answer => answer,
                    }
                };
                let _ = reply.send(answer);
                wake();
            });
        if spawned.is_err() {
            eprintln!("footprint: cannot open a file dialog (no thread)");
        }
    }
}

const EXPORT_FILTER: &[&str] = &["zip", "json", "html", "htm", "txt", "csv", "xlsx"];

/// Shows the system's dialog for `request` and waits for the answer; its texts are in
/// this thread's language.
fn native(request: &DialogRequest) -> DialogReply {
    let chosen = match request {
        DialogRequest::OpenFiles => rfd::FileDialog::new()
            .set_title(t!("dialog-open-exports-title"))
            .add_filter(t!("dialog-filter-exports"), EXPORT_FILTER)
            .add_filter(t!("dialog-filter-all"), &["*"])
            .pick_files()
            .map(DialogReply::Open),
        DialogRequest::OpenFolder => rfd::FileDialog::new()
            .set_title(t!("dialog-open-folder-title"))
            .pick_folder()
            .map(|p| DialogReply::Open(vec![p])),
        DialogRequest::SaveChart {
            chart_id,
            default_name,
        } => rfd::FileDialog::new()
            .set_title(t!("dialog-save-chart-title"))
            .set_file_name(default_name)
            .add_filter(t!("dialog-filter-png"), &["png"])
            .add_filter(t!("dialog-filter-svg"), &["svg"])
            .save_file()
            .map(|path| DialogReply::SaveChart {
                chart_id: chart_id.clone(),
                path,
            }),
        DialogRequest::SaveAllFolder => rfd::FileDialog::new()
            .set_title(t!("dialog-save-all-title"))
            .pick_folder()
            .map(DialogReply::SaveAllFolder),
        DialogRequest::SaveReport { default_name } => rfd::FileDialog::new()
            .set_title(t!("dialog-save-report-title"))
            .set_file_name(default_name)
            .add_filter(t!("dialog-filter-html"), &["html", "htm"])
            .save_file()
            .map(DialogReply::SaveReport),
    };
    chosen.unwrap_or(DialogReply::Dismissed)
}

/// Answers from a script (tests): each request takes the next answer, or `Dismissed`.
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    pub answers: Arc<Mutex<VecDeque<DialogReply>>>,
    /// Every request made, for assertions.
    pub asked: Arc<Mutex<Vec<DialogRequest>>>,
}

impl ScriptedDialogs {
    /// Queues the answer the next request will get.
    pub fn answer(&self, reply: DialogReply) {
        if let Ok(mut answers) = self.answers.lock() {
            answers.push_back(reply);
        }
    }
}

impl Dialogs for ScriptedDialogs {
    fn ask(&self, request: DialogRequest, reply: Sender<DialogReply>, wake: Box<dyn Fn() + Send>) {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push(request.clone());
        }
        let answer = self
            .answers
            .lock()
            .ok()
            .and_then(|mut a| a.pop_front())
            .unwrap_or(DialogReply::Dismissed);
        // A scripted save answers for the chart that was asked about.
        let answer = match (answer, request) {
            (DialogReply::SaveChart { path, .. }, DialogRequest::SaveChart { chart_id, .. }) => {
                DialogReply::SaveChart { chart_id, path }
            }
            (answer, _) => answer,
        };
        let _ = reply.send(answer);
        wake();
    }
}
