//! Structured warnings: what was skipped or repaired while reading a source.

use std::collections::BTreeMap;

use crate::input::Position;

/// Samples kept per kind of warning; the rest are only counted.
const SAMPLES_PER_KIND: usize = 3;

/// A kind of recoverable problem. A warning means the read went on; data that was lost
/// for good is an error instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WarningKind {
    /// Invalid JSON written by the exporter (`\xHH` escapes, bare words, control
    /// characters) was repaired.
    RepairedJson,
    /// Bytes that are not valid UTF-8 were replaced by U+FFFD.
    InvalidUtf8,
    /// An object repeated a key (Telegram 5.9.0–5.9.1 `text`); the last one was kept.
    DuplicateKey,
    /// A record could not be read and was skipped.
    SkippedRecord,
    /// A record had no usable date and was skipped.
    MissingDate,
    /// The exporter itself could not represent a message (`"type": "unsupported"`).
    UnsupportedMessage,
    /// The file ends before its structure does: everything up to there was kept.
    Truncated,
    /// Times carry the exporting computer's standard UTC offset even in summer time
    /// (Telegram HTML); they are kept as written.
    StandardTimeOffset,
    /// Lines before the first message of a chat export.
    TextBeforeFirstMessage,
    /// A line that starts like a message of another header format than the rest of the
    /// file; it was kept as text of the message before it.
    OtherHeaderFormat,
    /// A CSV row had more cells than its header (a text cell held a comma that was not
    /// quoted); its cells were put back in their columns.
    RealignedRow,
    /// A page links to a next page the export does not hold (Telegram HTML's "Next
    /// messages"): what is on it is missing.
    MissingPage,
}

impl WarningKind {
    /// True for the kinds that mean something in the file was not read (a record skipped,
    /// a file or page cut short or missing), as against those that say how something was
    /// read or repaired (a time offset, a re-aligned row).
    pub fn loses_data(self) -> bool {
        matches!(
            self,
            Self::SkippedRecord
                | Self::MissingDate
                | Self::Truncated
                | Self::MissingPage
                | Self::TextBeforeFirstMessage
        )
    }

    /// A short English description for reports.
    pub fn describe(self) -> &'static str {
        match self {
            Self::RepairedJson => "invalid JSON repaired",
            Self::InvalidUtf8 => "invalid UTF-8 replaced",
            Self::DuplicateKey => "duplicate key, last value kept",
            Self::SkippedRecord => "unreadable record skipped",
            Self::MissingDate => "record without a date skipped",
            Self::UnsupportedMessage => "message the exporter marked unsupported",
            Self::Truncated => "file ends early; what came before was kept",
            Self::StandardTimeOffset => "UTC offset is the standard one, also in summer time",
            Self::TextBeforeFirstMessage => "text before the first message skipped",
            Self::OtherHeaderFormat => {
                "line in another date format, kept as text of the message before"
            }
            Self::RealignedRow => "row with an unquoted comma in a text cell, re-aligned",
            Self::MissingPage => "a page the export links to is missing",
        }
    }
}

/// One kept example of a warning.
#[derive(Clone, Debug)]
pub struct WarningSample {
    pub position: Position,
    pub detail: String,
}

/// `record 12 (byte 3456): detail`, or `byte 3456: detail` without a record number: how
/// the app and the command line show a sample.
impl std::fmt::Display for WarningSample {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.position.record {
            Some(r) => write!(
                f,
                "record {r} (byte {}): {}",
                self.position.byte, self.detail
            ),
            None => write!(f, "byte {}: {}", self.position.byte, self.detail),
        }
    }
}

/// Counts warnings by kind and keeps a few samples of each.
#[derive(Clone, Debug, Default)]
pub struct Warnings {
    by_kind: BTreeMap<WarningKind, (u64, Vec<WarningSample>)>,
}

impl Warnings {
    pub fn add(&mut self, kind: WarningKind, position: Position, detail: impl Into<String>) {
        let (count, samples) = self.by_kind.entry(kind).or_default();
        *count += 1;
        if samples.len() < SAMPLES_PER_KIND {
            let mut detail: String = detail.into();
            if detail.len() > 200 {
                let cut = (0..=200)
                    .rev()
                    .find(|&i| detail.is_char_boundary(i))
                    .unwrap_or(0);
                detail.truncate(cut);
                detail.push('…');
            }
            samples.push(WarningSample { position, detail });
        }
    }

    /// Adds `later`'s warnings after these, as if each had been added here in its turn:
    /// counts add up and samples are kept while there is room, earliest first. Lets
    /// parts of a file read on other threads report in file order.
    pub fn append(&mut self, later: Warnings) {
        for (kind, (count, samples)) in later.by_kind {
            let (total, kept) = self.by_kind.entry(kind).or_default();
            *total += count;
            let room = SAMPLES_PER_KIND.saturating_sub(kept.len());
            kept.extend(samples.into_iter().take(room));
        }
    }

    /// Total number of warnings of every kind.
    pub fn total(&self) -> u64 {
        self.by_kind.values().map(|(n, _)| n).sum()
    }

    pub fn count(&self, kind: WarningKind) -> u64 {
        self.by_kind.get(&kind).map_or(0, |(n, _)| *n)
    }

    /// `(kind, count, samples)` in a stable order.
    pub fn iter(&self) -> impl Iterator<Item = (WarningKind, u64, &[WarningSample])> {
        self.by_kind
            .iter()
            .map(|(kind, (count, samples))| (*kind, *count, samples.as_slice()))
    }
}
