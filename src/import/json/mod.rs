//! Shared JSON machinery for importers: a streaming scanner and a repairer for the
//! invalid JSON that exporters write.

mod repair;
mod stream;

pub use repair::{Repairs, repair};
pub use stream::{JsonStream, RawValue, StreamError};
