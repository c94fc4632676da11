//! Guard rails against hostile or absurd input, in one place.

/// Limits applied while opening paths and reading records.
///
/// The defaults are generous enough for multi-gigabyte exports and strict enough that a
/// zip bomb or a runaway record is refused with a clear message instead of eating memory.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest uncompressed-to-compressed ratio accepted for a zip member once more than
    /// `ratio_grace_bytes` have come out of it. Real exports compress text about 5–20x.
    pub max_compression_ratio: u64,
    /// Bytes a member may produce before the ratio check applies (tiny files compress well).
    pub ratio_grace_bytes: u64,
    /// Largest total of declared uncompressed sizes over all members of one archive.
    pub max_archive_uncompressed_bytes: u64,
    /// Largest nested zip that is inflated into memory to be opened (default 512 MiB).
    pub max_nested_zip_bytes: u64,
    /// How deep zips may nest inside zips.
    pub max_nesting_depth: usize,
    /// Most files one path may expand to.
    pub max_files: usize,
    /// Largest single record (one message, one section of an export) held in memory.
    pub max_record_bytes: usize,
    /// Threads that parse one large file (Telegram JSON and HTML, WhatsApp chats; a WeChat
    /// Pay CSV bill uses two when this is more than 1): by default one a core, at most 8.
    /// With 1 everything runs on the loading thread; the result is the same either way
    /// (issue 17), which tests check by comparing the two.
    pub parse_threads: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_compression_ratio: 250,
            ratio_grace_bytes: 4 << 20,
            max_archive_uncompressed_bytes: 256 << 30,
            max_nested_zip_bytes: 512 << 20,
            max_nesting_depth: 4,
            max_files: 1_000_000,
            max_record_bytes: 256 << 20,
            parse_threads: crate::import::parse_threads(),
        }
    }
}
