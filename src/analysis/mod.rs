//! Analysis: pure functions from the model to what is shown (summaries, aggregates, table
//! rows). Computed once per load; views and charts only read the results.

pub mod activity;
mod derived;
pub mod inventory;
pub mod mask;
pub mod summary;
pub mod topics;

pub use activity::{ActivityFilter, ActivityIndex, ActivityView, Bucket, TimeBasis};
pub use derived::{Derived, SourceDetails, conversation_detail, identity_detail};
pub use mask::{Detail, Masker, Shown};
pub use summary::{Summary, summarize};
