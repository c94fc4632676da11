//! Right-to-left text for renderers without shaping. Neither egui nor plotters' glyph
//! rasteriser joins Arabic letters or reorders right-to-left runs, so Arabic text is
//! converted to its presentation forms (joined glyphs, which the bundled font has) and
//! put in visual order before it is drawn.

use std::borrow::Cow;

use ar_reshaper::ArabicReshaper;
use unicode_bidi::BidiInfo;

/// True when `text` holds Arabic-script letters.
pub fn has_arabic(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    })
}

/// `text` as it should be drawn left to right: unchanged unless it holds Arabic.
pub fn visual(text: &str) -> Cow<'_, str> {
    if !has_arabic(text) {
        return Cow::Borrowed(text);
    }
    let shaped = ArabicReshaper::default().reshape(text);
    let bidi = BidiInfo::new(&shaped, None);
    let mut out = String::with_capacity(shaped.len());
    for paragraph in &bidi.paragraphs {
        let line = paragraph.range.clone();
        out.push_str(&bidi.reorder_line(paragraph, line));
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_and_chinese_pass_through() {
        assert!(matches!(visual("Alice 小王"), Cow::Borrowed(_)));
    }

    #[test]
    fn arabic_is_joined_and_reversed() {
        // سلام: seen, lam-alef ligature or joined lam + alef, meem.
        let v = visual("سلام");
        assert!(
            v.chars().all(|c| ('\u{FB50}'..='\u{FEFF}').contains(&c)),
            "{v:?}"
        );
        // Visual order: the last letter (meem, final form U+FEE2) comes first.
        let first = v.chars().next().unwrap();
        assert!(('\u{FEE1}'..='\u{FEE4}').contains(&first), "{first:?}");
        // Mixed text keeps the Latin part readable.
        let mixed = visual("Ahmed أحمد");
        assert!(mixed.starts_with("Ahmed "), "{mixed}");
    }
}
