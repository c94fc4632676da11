//! Parsing on every core with results taken in file order (issue 17). An importer's own
//! thread reads and cuts the input into jobs (pages, batches of lines); worker threads
//! parse them; the results are added to the model in the order the jobs were made, so
//! the model is the same as when one thread does everything.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{TrySendError, channel, sync_channel};
use std::sync::{Arc, Mutex};

/// Threads that parse by default: one a core (as the system reports them), at most 8,
/// at least 1 ([`crate::input::Limits::parse_threads`]).
pub fn threads() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
}

/// Runs `parse` on every job that `next` makes and hands each result to `add` in the
/// order the jobs were made.
///
/// - This thread calls `next` (reading, cutting) and `add`; `threads - 1` workers parse.
///   When their queue is full (two jobs a worker wait), this thread parses the job itself
///   instead of waiting, so both cores stay busy whichever side is slower, and at most a
///   few jobs are in memory at once.
/// - With `threads <= 1` everything runs here, one job after another: the one-thread
///   result the parallel one must equal (the importers' tests compare the two).
/// - `add` gets the job's number (from 0, in order) and `None` when `parse` panicked on
///   it: one bad job costs itself, not the load.
/// - State that both `next` and `add` change (the import context, a reader) is passed
///   as `state`.
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
    let run = |job: J| catch_unwind(AssertUnwindSafe(|| parse(job))).ok();
    if threads <= 1 {
        let mut seq = 0;
        while let Some(job) = next(state)? {
            add(state, seq, run(job))?;
            seq += 1;
        }
        return Ok(());
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
        // Results that came before their turn.
        let mut waiting: BTreeMap<usize, Option<R>> = BTreeMap::new();
        let mut added = 0;
        let mut sent = 0;
        let mut take_turns = |state: &mut S, waiting: &mut BTreeMap<usize, Option<R>>| {
            while let Some(result) = waiting.remove(&added) {
                add(state, added, result)?;
                added += 1;
            }
            Ok::<usize, E>(added)
        };
        loop {
            let job = match next(state) {
                Ok(Some(job)) => job,
                Ok(None) => break,
                Err(e) => return Err(e),
            };
            match jobs.try_send((sent, job)) {
                Ok(()) => {}
                Err(TrySendError::Full((seq, job)) | TrySendError::Disconnected((seq, job))) => {
                    waiting.insert(seq, run(job));
                }
            }
            sent += 1;
            while let Ok((seq, result)) = results.try_recv() {
                waiting.insert(seq, result);
            }
            take_turns(state, &mut waiting)?;
        }
        drop(jobs);
        loop {
            let added = take_turns(state, &mut waiting)?;
            if added >= sent {
                return Ok(());
            }
            match results.recv() {
                Ok((seq, result)) => {
                    waiting.insert(seq, result);
                }
                // Every worker is gone (they catch panics, so this is not expected):
                // what they had is lost, job by job.
                Err(_) => {
                    for seq in added..sent {
                        waiting.entry(seq).or_insert(None);
                    }
                }
            }
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
}
