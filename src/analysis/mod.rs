//! Analysis: pure functions from the model to what is shown (summaries, chart data).

pub mod summary;

pub use summary::{Summary, summarize};
