//! The window's state and its frame: panels, commands, background jobs, dialogs.
//!
//! UI code never mutates the footprint: it pushes [`Command`]s, applied once the frame is
//! drawn. Jobs that touch the footprint run on the [`Worker`] thread.

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::analysis::findings::{Finding, findings};
use crate::analysis::{Choices, Derived, Summary, TimeBasis};
use crate::chart::{Chart, ChartOptions, ImageFormat, Topic, charts_for};
use crate::i18n::Lang;
use crate::import::{Input, LoadError};
use crate::input::{DateOrder, OpenOptions};
use crate::t;

use super::dialogs::{DialogReply, DialogRequest, Dialogs, NativeDialogs};
use super::file_dialog::InWindowDialog;
use super::settings::Settings;
use super::views::ViewState;
use super::worker::{Job, Worker, Workspace};

/// A page of the side navigation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Start,
    Topic(Topic),
    About,
}

/// Something the UI asked for, applied after the frame.
#[derive(Clone, Debug)]
pub enum Command {
    Open(Vec<Input>),
    OpenSample,
    Ask(DialogRequest),
    RemoveSource(usize),
    ReloadSource {
        source: usize,
        date_order: DateOrder,
    },
    DismissErrors,
    SaveChart(String),
    SetTimeBasis(TimeBasis),
    /// You are `name` in the source at `path`; `None` goes back to what the evidence
    /// decides.
    ChooseOwner {
        path: String,
        name: Option<String>,
    },
    /// The user says these two `(platform, name)`s are one person.
    SamePerson(
        (crate::model::Platform, String),
        (crate::model::Platform, String),
    ),
    Clear,
    Go(Page),
}

/// A password the user is asked for.
pub struct PasswordPrompt {
    pub input: Input,
    pub error: LoadError,
    pub text: String,
}

/// An image waiting for the user to allow replacing an existing file.
pub enum Overwrite {
    Chart { chart_id: String, path: PathBuf },
    All { dir: PathBuf, existing: usize },
    Report { path: PathBuf },
}

/// The result of an image save running on its own thread.
pub type SaveResult = Result<String, String>;

/// The running app. Only [`Settings`] is ever written to disk.
pub struct FootprintApp {
    pub(super) settings: Settings,
    pub(super) page: Page,
    /// `None` only while a job owns it.
    workspace: Option<Workspace>,
    pub(super) derived: Arc<Derived>,
    pub(super) worker: Option<Worker>,
    jobs: VecDeque<Job>,
    pub(super) basis: TimeBasis,
    /// Who you are, who is one person: chosen in this session (never stored).
    pub(super) choices: Choices,
    pub(super) mask: bool,
    pub(super) view: ViewState,
    /// Charts of a topic, built on first view and dropped when their inputs change.
    /// Charts per topic, with the data generation and options they were built for.
    charts: HashMap<Topic, (u64, ChartOptions, Arc<Vec<Chart>>)>,
    /// The findings, with the data generation and the masking they were made for.
    findings: Option<(u64, bool, Arc<Vec<Finding>>)>,
    /// Counts replacements of `derived`, so caches know when their data changed.
    generation: u64,
    /// The chart under the pointer (for Ctrl+S).
    pub(super) hovered_chart: Option<String>,
    pub(super) notice: Option<(String, bool)>,
    pub(super) password_prompts: VecDeque<PasswordPrompt>,
    pub(super) overwrite: Option<Overwrite>,
    dialogs: Box<dyn Dialogs>,
    /// Footprint's own file dialog, open where the system has none.
    pub(super) in_window: Option<InWindowDialog>,
    /// Where that dialog starts (the home folder when `None`).
    dialog_folder: Option<PathBuf>,
    dialog_tx: Sender<DialogReply>,
    dialog_rx: Receiver<DialogReply>,
    save_tx: Sender<SaveResult>,
    save_rx: Receiver<SaveResult>,
    pub(super) saving: usize,
    /// Dialogs asked for and not answered yet.
    dialogs_open: usize,
    pub(super) commands: Vec<Command>,
    ctx: egui::Context,
    /// Set by `footprint bench-window`.
    pub(super) bench: Option<super::bench::WindowBench>,
}

impl FootprintApp {
    /// The app with native file dialogs, opening `paths` at start. It speaks the
    /// language chosen in the settings, else the system's.
    pub fn new(cc: &eframe::CreationContext<'_>, paths: Vec<PathBuf>) -> Self {
        let settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, Settings::KEY))
            .unwrap_or_default();
        crate::i18n::set_current(settings.language());
        let mut app = Self::with_dialogs(&cc.egui_ctx, settings, Box::new(NativeDialogs));
        if !paths.is_empty() {
            app.commands
                .push(Command::Open(paths.into_iter().map(Input::Path).collect()));
            app.apply_commands();
        }
        app
    }

    /// The app with the given dialogs and settings (tests script the dialogs). A language
    /// chosen in `settings` is set on this thread; without one, the thread keeps the one
    /// it has, so tests stay in English whatever the system's language ([`Self::new`]
    /// sets the system's).
    pub fn with_dialogs(
        ctx: &egui::Context,
        settings: Settings,
        dialogs: Box<dyn Dialogs>,
    ) -> Self {
        if let Some(lang) = settings.language {
            crate::i18n::set_current(lang);
        }
        super::fonts::install(ctx);
        ctx.set_theme(settings.theme.preference());
        let (dialog_tx, dialog_rx) = channel();
        let (save_tx, save_rx) = channel();
        Self {
            view: ViewState {
                bucket: settings.bucket,
                ..ViewState::default()
            },
            settings,
            page: Page::Start,
            workspace: Some(Workspace::default()),
            derived: Arc::new(Derived::default()),
            worker: None,
            jobs: VecDeque::new(),
            basis: TimeBasis::AsExported,
            choices: Choices::default(),
            mask: false,
            charts: HashMap::new(),
            findings: None,
            generation: 0,
            hovered_chart: None,
            notice: None,
            password_prompts: VecDeque::new(),
            overwrite: None,
            dialogs,
            in_window: None,
            dialog_folder: None,
            dialog_tx,
            dialog_rx,
            save_tx,
            save_rx,
            saving: 0,
            dialogs_open: 0,
            commands: Vec::new(),
            ctx: ctx.clone(),
            bench: None,
        }
    }

    /// True while a job runs or waits, or an image is being written.
    pub fn is_busy(&self) -> bool {
        self.worker.is_some() || !self.jobs.is_empty() || self.saving > 0 || self.dialogs_open > 0
    }

    /// True while a load (or another job) runs.
    pub fn is_loading(&self) -> bool {
        self.worker.is_some() || !self.jobs.is_empty()
    }

    /// The summary of everything loaded.
    pub fn summary(&self) -> &Summary {
        &self.derived.summary
    }

    pub fn derived(&self) -> &Derived {
        &self.derived
    }

    /// The person the People view shows, when one was clicked.
    pub fn view_person(&self) -> Option<u32> {
        self.view.person
    }

    pub fn page(&self) -> Page {
        self.page
    }

    /// Queues a command, as a click would (applied after the next frame).
    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }

    pub fn set_page(&mut self, page: Page) {
        self.page = page;
    }

    /// Starts with an already-loaded footprint (benchmarks).
    pub fn adopt(&mut self, outcome: crate::import::LoadOutcome) {
        let derived = Derived::compute_choosing(&outcome, self.basis, &self.choices);
        let origins = outcome
            .footprint
            .sources
            .iter()
            .map(|_| super::worker::Origin {
                input: Input::Embedded {
                    rel_path: "(generated)",
                    bytes: &[],
                },
                options: OpenOptions::default(),
            })
            .collect();
        self.workspace = Some(Workspace { origins, outcome });
        self.set_derived(derived);
        self.page = Page::Topic(Topic::Overview);
    }

    /// Speaks `language` from now on (`None`: the system's), remembers the choice and
    /// drops every text made in the language before.
    pub fn set_language(&mut self, language: Option<Lang>) {
        self.settings.language = language;
        crate::i18n::set_current(self.settings.language());
        self.language_changed();
    }

    /// Drops what holds texts of the previous language, so the next frame builds them in
    /// the current one: the charts, the findings and the tables' rows and widths. The
    /// status line's last message stays as it was said.
    pub fn language_changed(&mut self) {
        self.charts.clear();
        self.findings = None;
        self.view.language_changed();
        // The texts kept in the analysis are made again after the frame, when no view
        // holds it ([`FootprintApp::apply_commands`]).
        self.ctx.request_repaint();
    }

    /// Where Footprint's own file dialog starts (tests; the home folder otherwise).
    pub fn set_dialog_folder(&mut self, folder: PathBuf) {
        self.dialog_folder = Some(folder);
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The latest message in the status line, and whether it is an error.
    pub fn notice(&self) -> Option<&(String, bool)> {
        self.notice.as_ref()
    }

    /// True when anything is loaded.
    pub fn has_data(&self) -> bool {
        !self.derived.summary.sources.is_empty()
    }

    /// Which replacement of the analysis is shown; caches of it compare this.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Shows a new analysis. The page and the activity filter drop what it no longer has.
    fn set_derived(&mut self, derived: Derived) {
        // A load started before the language was changed has its texts in the language of
        // then: `apply_commands` writes them again.
        self.derived = Arc::new(derived);
        self.generation += 1;
        // People are numbered anew with the data: the window of one closes.
        self.view.person = None;
        let platforms = &self.derived.summary.platforms;
        self.view
            .activity_filter
            .platforms
            .retain(|p| platforms.contains_key(p));
        if self.page == Page::Topic(Topic::Payments) && !self.derived.has_payments() {
            self.page = Page::Topic(Topic::Overview);
        }
    }

    /// The findings as currently shown (masked when masking), made again when the data or
    /// the masking changed; idle and quiet are counted to today.
    pub fn findings(&mut self) -> Arc<Vec<Finding>> {
        if let Some((generation, masked, list)) = &self.findings
            && *generation == self.generation
            && *masked == self.mask
        {
            return list.clone();
        }
        let shown = crate::analysis::Shown {
            masker: self.mask.then_some(&self.derived.masker),
        };
        let list = Arc::new(findings(&self.derived, crate::analysis::now(), shown));
        self.findings = Some((self.generation, self.mask, list.clone()));
        list
    }

    /// The charts of `topic` as currently shown, built again when the data or the
    /// options they depend on changed.
    pub fn charts(&mut self, topic: Topic) -> Arc<Vec<Chart>> {
        let options = self.chart_options();
        if let Some((generation, built_for, charts)) = self.charts.get(&topic)
            && *generation == self.generation
            && *built_for == options
        {
            return charts.clone();
        }
        let charts = Arc::new(charts_for(topic, &self.derived, &options));
        self.charts
            .insert(topic, (self.generation, options, charts.clone()));
        charts
    }

    pub(super) fn chart_options(&self) -> ChartOptions {
        ChartOptions {
            activity_filter: self.view.activity_filter.clone(),
            bucket: self.view.bucket,
            mask: self.mask,
            person: self.view.person,
            hide_countries: self.view.hide_countries,
            map_by_logins: self.view.map_by_logins,
        }
    }

    pub(super) fn set_notice(&mut self, text: impl Into<String>, error: bool) {
        self.notice = Some((text.into(), error));
    }

    fn wake(&self) -> impl Fn() + Send + Sync + 'static {
        let ctx = self.ctx.clone();
        move || ctx.request_repaint()
    }

    fn start_job(&mut self, job: Job) {
        // Removing or re-reading a source renumbers the conversations after it.
        if matches!(job, Job::Remove { .. } | Job::Reload { .. }) {
            self.view.activity_filter.conversation = None;
        }
        if self.worker.is_some() {
            self.jobs.push_back(job);
            return;
        }
        let Some(workspace) = self.workspace.take() else {
            self.jobs.push_back(job);
            return;
        };
        self.worker = Some(Worker::start(
            workspace,
            job,
            self.basis,
            self.choices.clone(),
            self.wake(),
        ));
    }

    /// Collects finished jobs, dialog answers and saves.
    pub(super) fn poll(&mut self) {
        if let Some(worker) = &mut self.worker
            && let Some(done) = worker.poll()
        {
            self.worker = None;
            let done = *done;
            self.workspace = Some(done.workspace);
            self.set_derived(done.derived);
            if done.cancelled {
                self.set_notice(t!("status-load-cancelled"), false);
            } else if self.page == Page::Start && self.has_data() {
                self.page = Page::Topic(Topic::Overview);
            }
            let errors = self.derived.summary.errors.len();
            let unrecognised = self.derived.summary.unrecognized.len();
            if errors > 0 && !done.cancelled {
                self.set_notice(t!("status-files-unreadable", count = errors), true);
            } else if unrecognised > 0 && self.has_data() && !done.cancelled {
                // Files beside a read export that are none: said, not only at the
                // bottom of the Overview.
                self.set_notice(t!("status-files-unrecognised", count = unrecognised), false);
            }
            for (input, error) in done.password_needed {
                self.password_prompts.push_back(PasswordPrompt {
                    input,
                    error,
                    text: String::new(),
                });
            }
            if let Some(job) = self.jobs.pop_front() {
                self.start_job(job);
            }
        }
        while let Ok(reply) = self.dialog_rx.try_recv() {
            self.dialogs_open = self.dialogs_open.saturating_sub(1);
            self.on_dialog(reply);
        }
        while let Ok(result) = self.save_rx.try_recv() {
            self.saving = self.saving.saturating_sub(1);
            match result {
                Ok(message) => self.set_notice(message, false),
                Err(message) => self.set_notice(message, true),
            }
        }
    }

    fn on_dialog(&mut self, reply: DialogReply) {
        match reply {
            DialogReply::Open(paths) => {
                self.commands
                    .push(Command::Open(paths.into_iter().map(Input::Path).collect()));
            }
            DialogReply::SaveChart { chart_id, path } => {
                if path.symlink_metadata().is_ok() {
                    self.overwrite = Some(Overwrite::Chart { chart_id, path });
                } else {
                    self.save_chart(&chart_id, path, false);
                }
            }
            DialogReply::SaveAllFolder(dir) => {
                let charts = self.shown_charts();
                let existing = crate::chart::chart_targets(&charts, ImageFormat::Png, &dir)
                    .iter()
                    .filter(|p| p.symlink_metadata().is_ok())
                    .count();
                if existing > 0 {
                    self.overwrite = Some(Overwrite::All { dir, existing });
                } else {
                    self.save_all(dir, false);
                }
            }
            DialogReply::SaveReport(path) => {
                if path.symlink_metadata().is_ok() {
                    self.overwrite = Some(Overwrite::Report { path });
                } else {
                    self.save_report(path, false);
                }
            }
            DialogReply::Dismissed => {}
            DialogReply::Unavailable(request) => self.open_in_window(request),
        }
    }

    /// Shows Footprint's own dialog for `request` (the system has none); where even that
    /// cannot be shown, the status line says so.
    fn open_in_window(&mut self, request: DialogRequest) {
        match InWindowDialog::open(request, self.dialog_folder.clone()) {
            Ok(dialog) => {
                self.in_window = Some(dialog);
                self.set_notice(t!("status-own-dialog"), false);
            }
            Err(e) => self.set_notice(t!("status-no-dialog", error = e), true),
        }
    }

    /// Draws the in-window dialog, if one is open, and acts on its answer.
    pub(super) fn in_window_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.in_window else {
            return;
        };
        if let Some(reply) = dialog.show(ctx) {
            self.in_window = None;
            self.on_dialog(reply);
        }
    }

    /// Writes one chart on a thread.
    pub(super) fn save_chart(&mut self, chart_id: &str, path: PathBuf, overwrite: bool) {
        let Some(chart) = self.find_chart(chart_id) else {
            self.set_notice(t!("status-chart-gone", chart = chart_id), true);
            return;
        };
        self.spawn_save(move || {
            let format = ImageFormat::from_path(&path);
            crate::chart::render_to_file(&chart, &path, format, overwrite)
                .map(|()| t!("status-saved", path = path.display().to_string()))
                .map_err(|e| e.to_string())
        });
    }

    /// Runs a save on its own thread, in the window's language; its message (what was
    /// written, or why not) reaches the status line.
    fn spawn_save(&mut self, save: impl FnOnce() -> Result<String, String> + Send + 'static) {
        let tx = self.save_tx.clone();
        let wake = self.wake();
        let lang = crate::i18n::current();
        self.saving += 1;
        std::thread::spawn(move || {
            crate::i18n::set_current(lang);
            let _ = tx.send(save());
            wake();
        });
    }

    /// Writes every chart into `dir` on a thread.
    pub(super) fn save_all(&mut self, dir: PathBuf, overwrite: bool) {
        let charts = self.shown_charts();
        self.spawn_save(move || {
            crate::chart::write_charts(&charts, ImageFormat::Png, &dir, overwrite).map(|written| {
                t!(
                    "status-saved-all",
                    count = written.len(),
                    folder = dir.display().to_string()
                )
            })
        });
    }

    /// Writes the HTML report on a thread: the findings and charts as shown (masked when
    /// masking, with the views' current choices).
    pub(super) fn save_report(&mut self, path: PathBuf, overwrite: bool) {
        let derived = self.derived.clone();
        let options = self.chart_options();
        // The findings as the page lists them: those dismissed are left out.
        let findings: Vec<Finding> = self
            .findings()
            .iter()
            .filter(|f| !self.view.dismissed_findings.contains(&f.key()))
            .cloned()
            .collect();
        self.spawn_save(move || {
            crate::chart::report::write_report(&derived, &options, &findings, &path, overwrite)
                .map(|()| t!("status-saved-report", path = path.display().to_string()))
        });
    }

    /// Every non-empty chart of every view, as shown (from the cache; what
    /// [`crate::chart::all_charts`] would build).
    fn shown_charts(&mut self) -> Vec<Chart> {
        Topic::ALL
            .iter()
            .flat_map(|&topic| {
                let charts = self.charts(topic);
                charts
                    .iter()
                    .filter(|c| !c.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    fn find_chart(&mut self, chart_id: &str) -> Option<Chart> {
        for topic in Topic::ALL {
            if let Some(chart) = self.charts(topic).iter().find(|c| c.id == chart_id) {
                return Some(chart.clone());
            }
        }
        None
    }

    pub(super) fn ask(&mut self, request: DialogRequest) {
        self.dialogs_open += 1;
        self.dialogs
            .ask(request, self.dialog_tx.clone(), Box::new(self.wake()));
    }

    /// Applies what the frame asked for.
    pub(super) fn apply_commands(&mut self) {
        // The analysis' texts are in another language than the window's (it changed):
        // made again from what it holds, nothing read again.
        if self.derived.language != crate::i18n::current()
            && let Some(derived) = Arc::get_mut(&mut self.derived)
        {
            derived.relabel();
            self.charts.clear();
            self.findings = None;
        }
        for command in std::mem::take(&mut self.commands) {
            match command {
                Command::Open(inputs) if inputs.is_empty() => {}
                Command::Open(inputs) => {
                    self.settings
                        .note_opened(inputs.iter().filter_map(|i| match i {
                            Input::Path(p) => Some(p.display().to_string()),
                            Input::Embedded { .. } | Input::EmbeddedFolder { .. } => None,
                        }));
                    self.notice = None;
                    self.start_job(Job::Load {
                        inputs,
                        options: OpenOptions::default(),
                    });
                }
                Command::OpenSample => self.start_job(Job::Load {
                    inputs: crate::samples::builtin(),
                    options: OpenOptions::default(),
                }),
                Command::Ask(request) => self.ask(request),
                Command::RemoveSource(source) => self.start_job(Job::Remove { source }),
                Command::ReloadSource { source, date_order } => {
                    self.start_job(Job::Reload { source, date_order })
                }
                Command::DismissErrors => {
                    if let Some(ws) = &mut self.workspace {
                        ws.outcome.errors.clear();
                        ws.outcome.unrecognized.clear();
                    }
                    if let Some(d) = Arc::get_mut(&mut self.derived) {
                        d.summary.errors.clear();
                        d.summary.unrecognized.clear();
                    } else {
                        self.start_job(Job::Reanalyse);
                    }
                }
                Command::SaveChart(chart_id) => {
                    let default_name = format!("{chart_id}.png");
                    self.ask(DialogRequest::SaveChart {
                        chart_id,
                        default_name,
                    });
                }
                Command::SetTimeBasis(basis) => {
                    self.basis = basis;
                    self.start_job(Job::Reanalyse);
                }
                Command::SamePerson(a, b) => {
                    self.choices.people.same.push((a, b));
                    self.start_job(Job::Reanalyse);
                }
                Command::ChooseOwner { path, name } => {
                    match name {
                        Some(name) => self.choices.owners.by_source.insert(path, name),
                        None => self.choices.owners.by_source.remove(&path),
                    };
                    self.start_job(Job::Reanalyse);
                }
                Command::Clear => {
                    if self.worker.is_none() {
                        self.workspace = Some(Workspace::default());
                        self.choices = Choices::default();
                        self.set_derived(Derived::default());
                        self.view = ViewState {
                            bucket: self.view.bucket,
                            ..ViewState::default()
                        };
                        self.page = Page::Start;
                        self.notice = None;
                    }
                }
                Command::Go(page) => self.page = page,
            }
        }
    }

    /// Answers the password prompt at the front of the queue.
    pub(super) fn answer_password(&mut self, password: Option<String>) {
        let Some(prompt) = self.password_prompts.pop_front() else {
            return;
        };
        if let Some(password) = password {
            self.start_job(Job::Load {
                inputs: vec![prompt.input],
                options: OpenOptions {
                    password: Some(password),
                    ..OpenOptions::default()
                },
            });
        } else {
            self.set_notice(
                t!("status-skipped-password", path = &prompt.error.path),
                false,
            );
        }
    }

    pub(super) fn cancel(&mut self) {
        if let Some(worker) = &self.worker {
            worker.cancel();
        }
        self.jobs.clear();
    }

    pub(super) fn toggle_mask(&mut self) {
        self.mask = !self.mask;
    }
}

impl eframe::App for FootprintApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if let Some(mut bench) = self.bench.take() {
            bench.frame(self, ui.ctx(), frame);
            self.bench = Some(bench);
        }
        self.poll();
        super::chrome::frame_ui(self, ui);
        self.apply_commands();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.bucket = self.view.bucket;
        if !self.settings.remember_recent {
            self.settings.recent.clear();
        }
        eframe::set_value(storage, Settings::KEY, &self.settings);
    }

    /// egui's own memory holds widget state such as plot bounds; it is not kept, so
    /// nothing of a footprint outlives the window.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}
