//! Errors of the input stage: opening paths, archives, passwords, limits.

use std::io;

/// Why a path, or a file inside it, could not be opened.
///
/// Every variant names the file it is about (`path`), as the user would recognise it:
/// a disk path, or `archive.zip/inner/file.json` for a member.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InputError {
    #[error("cannot read {path:?}: {source}")]
    Io {
        path: String,
        #[source]
        source: io::Error,
    },
    #[error("not a readable zip archive ({reason}): {path:?}")]
    BadZip { path: String, reason: String },
    #[error("a password is needed to open {path:?}")]
    PasswordRequired { path: String },
    #[error("the password is wrong for {path:?}")]
    WrongPassword { path: String },
    #[error("refused as a possible zip bomb ({reason}): {path:?}")]
    ZipBomb { path: String, reason: String },
    #[error("too large to open ({reason}): {path:?}")]
    TooLarge { path: String, reason: String },
    #[error("no such file or folder: {path:?}")]
    NotFound { path: String },
    /// A named pipe, a device (`/dev/zero`), a socket: nothing an export is.
    #[error("not a regular file ({kind}), so not an export: {path:?}")]
    NotRegularFile { path: String, kind: &'static str },
}

impl InputError {
    /// The file the error is about.
    pub fn path(&self) -> &str {
        match self {
            Self::Io { path, .. }
            | Self::BadZip { path, .. }
            | Self::PasswordRequired { path }
            | Self::WrongPassword { path }
            | Self::ZipBomb { path, .. }
            | Self::TooLarge { path, .. }
            | Self::NotFound { path }
            | Self::NotRegularFile { path, .. } => path,
        }
    }

    /// True when asking the user for a (different) password could help.
    pub fn needs_password(&self) -> bool {
        matches!(
            self,
            Self::PasswordRequired { .. } | Self::WrongPassword { .. }
        )
    }
}
