//! Errors of the import stage. Warnings (skipped or repaired records) are not errors:
//! they go to the source's [`crate::model::Warnings`] and reading goes on.

use std::io;

use crate::input::InputError;

/// Why an importer could not read (the rest of) a file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("not JSON ({detail}): {path:?}")]
    NotJson { path: String, detail: String },
    #[error("unreadable at byte {byte} ({detail}): {path:?}")]
    Malformed {
        path: String,
        byte: u64,
        detail: String,
    },
    /// The file was claimed by an importer but does not hold its layout after all.
    #[error("{detail}: {path:?}")]
    WrongLayout { path: String, detail: String },
    #[error("loading was cancelled")]
    Cancelled,
}

impl ImportError {
    /// Wraps an I/O error met while reading `path`; a cancellation or a zip-bomb stop that
    /// travelled inside the I/O error comes back out as itself.
    pub fn from_io(path: &str, error: io::Error) -> Self {
        match error.downcast::<Cancelled>() {
            Ok(Cancelled) => Self::Cancelled,
            Err(error) => Self::Input(InputError::from_io(path, error)),
        }
    }

    /// The file the error is about, when there is one.
    pub fn path(&self) -> Option<&str> {
        match self {
            Self::Input(e) => Some(e.path()),
            Self::NotJson { path, .. }
            | Self::Malformed { path, .. }
            | Self::WrongLayout { path, .. } => Some(path),
            Self::Cancelled => None,
        }
    }
}

/// Raised inside the reader chain when the user cancels a load.
#[derive(Debug, thiserror::Error)]
#[error("cancelled")]
pub struct Cancelled;
