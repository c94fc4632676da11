//! Two independent analysis passes at once (issue 17): the passes over every message
//! (the people index, the message statistics, the activity index) each take a core
//! instead of running one after the other.

/// Runs `a` on another thread and `b` on this one, and returns both results. The other
/// thread writes its texts in this thread's language ([`crate::i18n::current`]). A panic
/// in `a` is raised again here, as if `a` had run on this thread.
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
    use crate::i18n::{self, Lang};

    #[test]
    fn both_run_and_the_other_thread_speaks_this_ones_language() {
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
