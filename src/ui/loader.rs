//! The background loader: one thread per load, reporting over a bounded channel, so the
//! window never waits on a file.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError, sync_channel};

use crate::import::{Cancelled, Input, LoadOutcome, Progress, ProgressUpdate, load_inputs};
use crate::input::OpenOptions;

/// What the loader thread sends. `Done` is always the last message.
pub enum LoadMsg {
    Progress(ProgressUpdate),
    Done(Result<Box<LoadOutcome>, Cancelled>),
}

/// A load in flight.
pub struct Loader {
    rx: Receiver<LoadMsg>,
    cancel: Arc<AtomicBool>,
    /// What is being loaded.
    pub inputs: Vec<Input>,
    /// The latest progress report.
    pub progress: Option<ProgressUpdate>,
}

impl Loader {
    /// Starts loading `inputs`; `wake` is called after every message so the window repaints.
    pub fn start(
        inputs: Vec<Input>,
        options: OpenOptions,
        wake: impl Fn() + Send + Sync + 'static,
    ) -> Self {
        let (tx, rx) = sync_channel::<LoadMsg>(16);
        let cancel = Arc::new(AtomicBool::new(false));
        let wake = Arc::new(wake);
        let progress = {
            let tx: SyncSender<LoadMsg> = tx.clone();
            let wake = wake.clone();
            Progress::new(cancel.clone(), move |update| {
                // A full channel only means the window has not caught up: drop the update.
                if tx.try_send(LoadMsg::Progress(update)).is_ok() {
                    wake();
                }
            })
        };
        let thread_inputs = inputs.clone();
        // If no thread can be started, the sender is dropped and `poll` reports the load
        // as ended.
        let _ = std::thread::Builder::new()
            .name("footprint-loader".into())
            .spawn(move || {
                let result = load_inputs(&thread_inputs, &options, &progress).map(Box::new);
                // The receiver may be gone if the window closed; nothing to do then.
                let _ = tx.send(LoadMsg::Done(result));
                wake();
            });
        Self {
            rx,
            cancel,
            inputs,
            progress: None,
        }
    }

    /// Asks the thread to stop; it finishes with `Done(Err(Cancelled))`.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelling(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// Takes what has arrived; returns the result once the load is finished.
    pub fn poll(&mut self) -> Option<Result<Box<LoadOutcome>, Cancelled>> {
        loop {
            match self.rx.try_recv() {
                Ok(LoadMsg::Progress(update)) => self.progress = Some(update),
                Ok(LoadMsg::Done(result)) => return Some(result),
                Err(TryRecvError::Empty) => return None,
                // The thread died without saying Done (it could not be started).
                Err(TryRecvError::Disconnected) => return Some(Err(Cancelled)),
            }
        }
    }
}
