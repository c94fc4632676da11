//! Parsing on every core with results taken in file order (issue 17). An importer's own
//! thread reads and cuts the input into jobs (pages, batches of messages or lines);
//! worker threads parse them; the results are added to the model in the order the jobs
//! were made, so the model is the same as when one thread does everything. [`in_order`]
//! for importers that can hand out jobs one at a time; [`with_pool`] for one that makes
//! them deep inside its own walk (the Telegram JSON scanner); [`join`] for two passes at
//! once.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, channel, sync_channel};
use std::sync::{Arc, Mutex};

/// Threads that parse by default: one a core (as the system reports them), at most 8,
/// at least 1 ([`crate::input::Limits::parse_threads`]).
pub fn threads() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
}

/// Returns to the system the memory freed on the parse threads: their batches, read
/// buffers and results stay resident in their allocator arenas otherwise (glibc keeps an
/// arena's free memory unless asked), beside the model and the analysis that follows (8
/// to 30 MB on a 5 GB export). glibc only; elsewhere nothing is done.
pub fn give_back_freed_memory() {
    // SAFETY: malloc_trim only hands free heap pages back to the system.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Jobs handed to worker threads, results taken back in the order the jobs were handed
/// over (see [`with_pool`]). When the workers have enough queued (two jobs a worker),
/// [`Pool::submit`] parses the job on this thread instead of waiting, so both cores stay
/// busy whichever side is slower and at most a few jobs are in memory at once. A job
/// whose parser panics gives `None`: one bad job costs itself, not the load.
pub struct Pool<'f, J, R> {
    /// `None` with one thread: everything is parsed here.
    jobs: Option<SyncSender<(usize, J)>>,
    results: Option<Receiver<(usize, Option<R>)>>,
    run: &'f (dyn Fn(J) -> Option<R> + Sync),
    /// Results that came before their turn.
    waiting: BTreeMap<usize, Option<R>>,
    sent: usize,
    taken: usize,
}

impl<J, R> Pool<'_, J, R> {
    /// Hands `job` over, or parses it here when the workers have enough queued.
    pub fn submit(&mut self, job: J) {
        let seq = self.sent;
        self.sent += 1;
        let unsent = match &self.jobs {
            Some(jobs) => match jobs.try_send((seq, job)) {
                Ok(()) => None,
                Err(TrySendError::Full((_, job)) | TrySendError::Disconnected((_, job))) => {
                    Some(job)
                }
            },
            None => Some(job),
        };
        if let Some(job) = unsent {
            self.waiting.insert(seq, (self.run)(job));
        }
    }

    /// The next result in order, with its job's number (from 0): `None` when it is not
    /// ready yet, or (`wait`: waiting for it) when every result was taken.
    pub fn next(&mut self, wait: bool) -> Option<(usize, Option<R>)> {
        loop {
            if let Some(results) = &self.results {
                while let Ok((seq, result)) = results.try_recv() {
                    self.waiting.insert(seq, result);
                }
            }
            if let Some(result) = self.waiting.remove(&self.taken) {
                self.taken += 1;
                return Some((self.taken - 1, result));
            }
            if !wait || self.taken >= self.sent {
                return None;
            }
            match self.results.as_ref().map(Receiver::recv) {
                Some(Ok((seq, result))) => {
                    self.waiting.insert(seq, result);
                }
                // Every worker is gone (they catch panics, so this is not expected):
                // what they had is lost, job by job.
                _ => {
                    for seq in self.taken..self.sent {
                        self.waiting.entry(seq).or_insert(None);
                    }
                }
            }
        }
    }
}

/// Runs `body` with a [`Pool`] of `threads - 1` workers running `parse` (this thread
/// being the other parser); with `threads <= 1` the pool parses everything here, one job
/// after another: the one-thread result the parallel one must equal (the importers'
/// tests compare the two). The workers end when `body` returns.
pub fn with_pool<J, R, T>(
    threads: usize,
    parse: impl Fn(J) -> R + Sync,
    body: impl FnOnce(&mut Pool<'_, J, R>) -> T,
) -> T
where
    J: Send,
    R: Send,
{
    let run = |job: J| catch_unwind(AssertUnwindSafe(|| parse(job))).ok();
    let make_pool = |jobs, results| Pool {
        jobs,
        results,
        run: &run,
        waiting: BTreeMap::new(),
        sent: 0,
        taken: 0,
    };
    if threads <= 1 {
        return body(&mut make_pool(None, None));
    }
    std::thread::scope(|scope| {
        let (jobs, queue) = sync_channel::<(usize, J)>(threads * 2);
        let queue = Arc::new(Mutex::new(queue));
        let (done, results) = channel::<(usize, Option<R>)>();
        for _ in 1..threads {
            let queue = Arc::clone(&queue);
            let done = done.clone();
            let run = &run;
            scope.spawn(move || {
                loop {
                    let received = match queue.lock() {
                        Ok(queue) => queue.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, job)) = received else {
                        return;
                    };
                    if done.send((seq, run(job))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done);
        // Dropped before the scope waits: closing the queue ends the workers.
        let mut pool = make_pool(Some(jobs), Some(results));
        body(&mut pool)
    })
}

/// Runs `parse` on every job that `next` makes and hands each result to `add` in the
/// order the jobs were made, through a [`Pool`]: this thread calls `next` (reading,
/// cutting) and `add`, and parses when the workers are behind. `add` gets the job's
/// number and `None` when `parse` panicked on it. State that both `next` and `add`
/// change (the import context, a reader) is passed as `state`.
///
/// Errors: the first error of `next` or `add` stops the work and is returned; jobs still
/// queued are parsed by the workers and dropped.
pub fn in_order<S, J, R, E>(
    threads: usize,
    state: &mut S,
    mut next: impl FnMut(&mut S) -> Result<Option<J>, E>,
    parse: impl Fn(J) -> R + Sync,
    mut add: impl FnMut(&mut S, usize, Option<R>) -> Result<(), E>,
) -> Result<(), E>
where
    J: Send,
    R: Send,
{
    with_pool(threads, parse, |pool| {
        while let Some(job) = next(state)? {
            pool.submit(job);
            while let Some((seq, result)) = pool.next(false) {
                add(state, seq, result)?;
            }
        }
        while let Some((seq, result)) = pool.next(true) {
            add(state, seq, result)?;
        }
        Ok(())
    })
}

/// Runs `a` on another thread and `b` on this one, and returns both results: two
/// independent passes at once (the analysis's passes over every message, the WhatsApp
/// reader's two halves). The other thread writes its texts in this thread's language
/// ([`crate::i18n::current`]). A panic in `a` is raised again here, as if `a` had run on
/// this thread.
pub fn join<A, B>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B) -> (A, B)
where
    A: Send,
{
    let lang = crate::i18n::current();
    std::thread::scope(|scope| {
        let other = scope.spawn(move || crate::i18n::with_language(lang, a));
        let here = b();
        match other.join() {
            Ok(there) => (there, here),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Squares 0..n on `threads` threads, one job panicking, and lists what `add` saw.
    fn squares(threads: usize, n: u64) -> Vec<(usize, Option<u64>)> {
        let mut seen = Vec::new();
        let mut made = 0;
        let outcome: Result<(), ()> = in_order(
            threads,
            &mut seen,
            |_| {
                made += 1;
                Ok((made <= n).then_some(made - 1))
            },
            |x| {
                assert!(x != 7, "a job that panics");
                // Uneven work, so results come back out of order.
                std::thread::sleep(std::time::Duration::from_micros((x * 37) % 200));
                x * x
            },
            |seen, seq, result| {
                seen.push((seq, result));
                Ok(())
            },
        );
        assert_eq!(outcome, Ok(()));
        seen
    }

    #[test]
    fn results_come_in_order_on_any_number_of_threads() {
        let one = squares(1, 200);
        assert_eq!(one.len(), 200);
        assert_eq!(one.get(7), Some(&(7, None)));
        assert_eq!(one.get(9), Some(&(9, Some(81))));
        for threads in [2, 3, 8] {
            assert_eq!(squares(threads, 200), one, "{threads} threads");
        }
    }

    #[test]
    fn an_error_stops_the_work() {
        let mut added = 0;
        let outcome = in_order(
            2,
            &mut added,
            |_| Ok(Some(1)),
            |x: u32| x,
            |added, seq, _| {
                *added += 1;
                if seq == 50 { Err("stop") } else { Ok(()) }
            },
        );
        assert_eq!(outcome, Err("stop"));
        assert_eq!(added, 51);
    }

    #[test]
    fn join_runs_both_and_the_other_thread_speaks_this_ones_language() {
        use crate::i18n::{self, Lang};
        let (there, here) = i18n::with_language(Lang::De, || {
            join(
                || (i18n::current(), std::thread::current().id()),
                || std::thread::current().id(),
            )
        });
        assert_eq!(there.0, Lang::De);
        assert_ne!(there.1, here);
    }
}
