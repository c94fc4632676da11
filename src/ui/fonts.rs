//! Bundled fonts, so Chinese, Arabic and Hebrew names render without any system font
//! (`assets/fonts/`, OFL-1.1). egui's own fonts cover Latin, Greek and Cyrillic; these
//! are added after them as fallbacks.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

use crate::assets::{FONT_ARABIC as ARABIC, FONT_CJK as CJK, FONT_HEBREW as HEBREW};

/// Adds the bundled fonts to `ctx` as fallbacks of every family.
pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    for (name, bytes) in [
        ("noto_sans_sc", CJK),
        ("noto_sans_arabic", ARABIC),
        ("noto_sans_hebrew", HEBREW),
    ] {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            fonts
                .families
                .entry(family)
                .or_default()
                .push(name.to_owned());
        }
    }
    ctx.set_fonts(fonts);
}
