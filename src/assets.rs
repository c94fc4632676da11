//! Files compiled into the binary: the bundled fonts (OFL-1.1, see `assets/fonts/`) and
//! the app icon.

/// Noto Sans SC, subset: Latin, Chinese, common symbols.
pub const FONT_CJK: &[u8] = include_bytes!("../assets/fonts/NotoSansSC-Subset.otf");
/// Noto Sans Arabic, subset: Arabic letters and presentation forms, digits, punctuation.
pub const FONT_ARABIC: &[u8] = include_bytes!("../assets/fonts/NotoSansArabic-Subset.ttf");
/// Noto Sans Hebrew, subset: Hebrew letters and points, ASCII.
pub const FONT_HEBREW: &[u8] = include_bytes!("../assets/fonts/NotoSansHebrew-Subset.ttf");
