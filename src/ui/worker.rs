//! The background worker: loading, removing and re-analysing run on a thread that owns
//! the footprint while it works, and reports over a bounded channel, so the window never
//! waits. The views keep drawing the previous [`Derived`] until the new one arrives.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError, sync_channel};

use crate::analysis::{Choices, Derived, TimeBasis};
use crate::import::{Input, LoadError, LoadOutcome, Progress, ProgressUpdate, load_inputs};
use crate::input::OpenOptions;

/// Where a source came from, so it can be read again (another password, another date
/// order).
#[derive(Clone, Debug)]
pub struct Origin {
    pub input: Input,
    pub options: OpenOptions,
}

/// Everything loaded: the footprint and, per source, where it came from.
#[derive(Debug, Default)]
pub struct Workspace {
    pub outcome: LoadOutcome,
    /// One per source of `outcome.footprint`.
    pub origins: Vec<Origin>,
}

/// What the worker is asked to do.
#[derive(Clone, Debug)]
pub enum Job {
    /// Read these inputs and add them.
    Load {
        inputs: Vec<Input>,
        options: OpenOptions,
    },
    /// Forget a source.
    Remove { source: usize },
    /// Read a source's input again with another day/month order for that source's file
    /// (keeping its password and the other files' choices), replacing every source the
    /// input gave.
    Reload {
        source: usize,
        date_order: crate::input::DateOrder,
    },
    /// Only recompute the analysis (the time zone changed).
    Reanalyse,
}

/// What a finished job gives back.
pub struct JobDone {
    pub workspace: Workspace,
    pub derived: Derived,
    /// Inputs that need a password, with the error that said so.
    pub password_needed: Vec<(Input, LoadError)>,
    pub cancelled: bool,
}

enum Msg {
    Progress(ProgressUpdate, usize, usize),
    Done(Box<JobDone>),
}

/// The latest progress of a running job.
#[derive(Clone, Debug)]
pub struct JobProgress {
    pub update: ProgressUpdate,
    /// 1-based input being read, of `inputs`.
    pub input: usize,
    pub inputs: usize,
}

/// A job in flight.
pub struct Worker {
    rx: Receiver<Msg>,
    cancel: Arc<AtomicBool>,
    pub label: String,
    pub progress: Option<JobProgress>,
}

impl Worker {
    /// Starts `job` on `workspace`; `wake` is called after every message.
    pub fn start(
        workspace: Workspace,
        job: Job,
        basis: TimeBasis,
        choices: Choices,
        wake: impl Fn() + Send + Sync + 'static,
    ) -> Self {
        let (tx, rx) = sync_channel::<Msg>(16);
        let cancel = Arc::new(AtomicBool::new(false));
        let label = match &job {
            Job::Load { inputs, .. } if inputs.len() == 1 => {
                crate::t!("status-reading-one", name = inputs[0].display())
            }
            Job::Load { inputs, .. } => crate::t!("status-reading-many", count = inputs.len()),
            Job::Remove { .. } => crate::t!("status-removing"),
            Job::Reload { .. } => crate::t!("status-reloading"),
            Job::Reanalyse => crate::t!("status-reanalysing"),
        };
        let thread_cancel = cancel.clone();
        let wake = Arc::new(wake);
        // The analysis writes texts (notes, labels): in the window's language.
        let lang = crate::i18n::current();
        let _ = std::thread::Builder::new()
            .name("footprint-worker".into())
            .spawn(move || {
                crate::i18n::set_current(lang);
                let done = run(workspace, job, basis, &choices, &thread_cancel, &tx, &wake);
                // The window may be gone; nothing to do then.
                let _ = tx.send(Msg::Done(Box::new(done)));
                wake();
            });
        Self {
            rx,
            cancel,
            label,
            progress: None,
        }
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelling(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// Takes what has arrived; returns the result once the job is finished. `None` from
    /// a dead thread cannot happen in practice (the thread always sends `Done`), but if
    /// it does the workspace is lost and an empty one is returned.
    pub fn poll(&mut self) -> Option<Box<JobDone>> {
        loop {
            match self.rx.try_recv() {
                Ok(Msg::Progress(update, input, inputs)) => {
                    self.progress = Some(JobProgress {
                        update,
                        input,
                        inputs,
                    })
                }
                Ok(Msg::Done(done)) => return Some(done),
                Err(TryRecvError::Empty) => return None,
                Err(TryRecvError::Disconnected) => {
                    return Some(Box::new(JobDone {
                        workspace: Workspace::default(),
                        derived: Derived::default(),
                        password_needed: Vec::new(),
                        cancelled: true,
                    }));
                }
            }
        }
    }
}

fn run(
    mut workspace: Workspace,
    job: Job,
    basis: TimeBasis,
    choices: &Choices,
    cancel: &Arc<AtomicBool>,
    tx: &SyncSender<Msg>,
    wake: &Arc<impl Fn() + Send + Sync + 'static>,
) -> JobDone {
    let mut password_needed = Vec::new();
    let mut cancelled = false;
    match job {
        Job::Load { inputs, options } => {
            let origins: Vec<Origin> = inputs
                .into_iter()
                .map(|input| Origin {
                    input,
                    options: options.clone(),
                })
                .collect();
            cancelled = load(
                &mut workspace,
                &origins,
                cancel,
                tx,
                wake,
                &mut password_needed,
            );
        }
        Job::Remove { source } => remove(&mut workspace, &[source]),
        Job::Reload { source, date_order } => {
            let path = workspace
                .outcome
                .footprint
                .sources
                .get(source)
                .map(|s| s.path.clone());
            if let Some(origin) = workspace.origins.get(source).cloned()
                && let Some(path) = path
            {
                // Remove every source of that input, in one pass over the data.
                let of_input: Vec<usize> = (0..workspace.origins.len())
                    .filter(|&i| {
                        workspace
                            .origins
                            .get(i)
                            .is_some_and(|o| o.input == origin.input)
                    })
                    .collect();
                remove(&mut workspace, &of_input);
                let mut options = origin.options;
                options.file_date_orders.insert(path, date_order);
                let origin = Origin {
                    input: origin.input,
                    options,
                };
                cancelled = load(
                    &mut workspace,
                    &[origin],
                    cancel,
                    tx,
                    wake,
                    &mut password_needed,
                );
            }
        }
        Job::Reanalyse => {}
    }
    let derived = Derived::compute_choosing(&workspace.outcome, basis, choices);
    JobDone {
        workspace,
        derived,
        password_needed,
        cancelled,
    }
}

fn remove(workspace: &mut Workspace, sources: &[usize]) {
    let mut i = 0;
    workspace.origins.retain(|_| {
        i += 1;
        !sources.contains(&(i - 1))
    });
    let sources: Vec<u32> = sources.iter().map(|&s| s as u32).collect();
    workspace.outcome.footprint.remove_sources(&sources);
}

/// Loads each origin in turn; returns true when cancelled (nothing of the job is kept).
fn load(
    workspace: &mut Workspace,
    origins: &[Origin],
    cancel: &Arc<AtomicBool>,
    tx: &SyncSender<Msg>,
    wake: &Arc<impl Fn() + Send + Sync + 'static>,
    password_needed: &mut Vec<(Input, LoadError)>,
) -> bool {
    crate::analysis::people::prepare_in_background();
    let mut loaded = Vec::new();
    let count = origins.len();
    for (i, origin) in origins.iter().enumerate() {
        let progress = {
            let tx = tx.clone();
            let wake = wake.clone();
            Progress::new(cancel.clone(), move |update| {
                // A full channel only means the window has not caught up: drop the update.
                if tx.try_send(Msg::Progress(update, i + 1, count)).is_ok() {
                    wake();
                }
            })
        };
        match load_inputs(
            std::slice::from_ref(&origin.input),
            &origin.options,
            &progress,
        ) {
            Ok(outcome) => loaded.push((origin.clone(), outcome)),
            Err(_) => return true,
        }
    }
    for (origin, outcome) in loaded {
        let sources = outcome.footprint.sources.len();
        for error in &outcome.errors {
            if error.needs_password {
                password_needed.push((origin.input.clone(), error.clone()));
            }
        }
        let ws = &mut workspace.outcome;
        ws.footprint.absorb(outcome.footprint);
        ws.unrecognized.extend(outcome.unrecognized);
        // Errors that only ask for a password become the password dialog instead.
        ws.errors
            .extend(outcome.errors.into_iter().filter(|e| !e.needs_password));
        workspace
            .origins
            .extend(std::iter::repeat_n(origin, sources));
    }
    false
}
