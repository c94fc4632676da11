//! Files compiled into the binary: the bundled fonts (OFL-1.1, see `assets/fonts/`) and
//! the app icon.

/// Noto Sans SC, subset: Latin, Chinese, common symbols.
pub const FONT_CJK: &[u8] = include_bytes!("../assets/fonts/NotoSansSC-Subset.otf");
/// Noto Sans Arabic, subset.
pub const FONT_ARABIC: &[u8] = include_bytes!("../assets/fonts/NotoSansArabic-Subset.ttf");
