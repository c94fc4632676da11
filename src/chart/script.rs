//! Right-to-left and mixed-script text for renderers without shaping or bidi. Neither
//! egui nor plotters' glyph rasteriser joins Arabic letters or reorders right-to-left
//! runs, so text is put in visual order with the Unicode bidi algorithm (`unicode-bidi`),
//! Arabic converted to its presentation forms (joined glyphs the bundled font has), and
//! cut into runs of one bundled font each ([`font_runs`]): no single font covers Latin,
//! Chinese, Arabic and Hebrew, and a label drawn in one font loses the others' letters.

use std::borrow::Cow;

use ar_reshaper::ArabicReshaper;
use unicode_bidi::{BidiClass, BidiInfo, bidi_class};

/// True when `text` holds Arabic-script letters.
pub fn has_arabic(text: &str) -> bool {
    text.chars().any(is_arabic)
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn is_hebrew(c: char) -> bool {
    matches!(c, '\u{0591}'..='\u{05FF}' | '\u{FB1D}'..='\u{FB4F}')
}

/// True when `text` has a letter of a right-to-left script (Arabic, Hebrew, Syriac …).
pub fn has_rtl(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(bidi_class(c), BidiClass::R | BidiClass::AL))
}

/// `text` as it should be drawn left to right: unchanged unless it holds right-to-left
/// letters; then Arabic is shaped and every paragraph reordered by the bidi algorithm
/// (its direction taken from its first strong letter, as a label reads).
pub fn visual(text: &str) -> Cow<'_, str> {
    if !has_rtl(text) {
        return Cow::Borrowed(text);
    }
    let shaped = if has_arabic(text) {
        Cow::Owned(ArabicReshaper::default().reshape(text))
    } else {
        Cow::Borrowed(text)
    };
    let bidi = BidiInfo::new(&shaped, None);
    let mut out = String::with_capacity(shaped.len());
    for paragraph in &bidi.paragraphs {
        let line = paragraph.range.clone();
        out.push_str(&bidi.reorder_line(paragraph, line));
    }
    Cow::Owned(out)
}

/// Which bundled font draws a character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FontFace {
    /// Noto Sans SC: Latin, Chinese, punctuation.
    Sans,
    Arabic,
    Hebrew,
}

/// Whether the bundled font of `face` has a glyph for the neutral character `c` (a space,
/// a digit, punctuation): the Arabic subset has ASCII digits and punctuation, the Hebrew
/// font only spaces and the hyphen.
fn face_has_neutral(face: FontFace, c: char) -> bool {
    match face {
        FontFace::Sans => true,
        FontFace::Arabic => (c.is_ascii() && !c.is_ascii_alphabetic()) || c == '\u{A0}',
        FontFace::Hebrew => matches!(c, ' ' | '-' | '\u{A0}'),
    }
}

/// `text` (already in visual order, see [`visual`]) cut into runs drawn by one font each,
/// left to right. Spaces, digits and punctuation stay with the run around them when its
/// font has them.
pub fn font_runs(text: &str) -> Vec<(FontFace, String)> {
    let mut runs: Vec<(FontFace, String)> = Vec::new();
    for c in text.chars() {
        let face = if is_arabic(c) {
            Some(FontFace::Arabic)
        } else if is_hebrew(c) {
            Some(FontFace::Hebrew)
        } else if c.is_alphabetic() {
            Some(FontFace::Sans)
        } else {
            // Neutral: joins the current run if its font can draw it.
            None
        };
        let last = runs.last_mut();
        match (last, face) {
            (Some(last), None) if face_has_neutral(last.0, c) => last.1.push(c),
            (Some(last), None) if last.0 == FontFace::Sans => last.1.push(c),
            (_, None) => runs.push((FontFace::Sans, c.to_string())),
            (Some(last), Some(face)) if last.0 == face => last.1.push(c),
            (Some(last), Some(face))
                if last.1.chars().all(|c| !c.is_alphabetic())
                    && last.1.chars().all(|c| face_has_neutral(face, c)) =>
            {
                // A run of neutrals only takes the font of the letters that follow.
                last.0 = face;
                last.1.push(c);
            }
            (_, Some(face)) => runs.push((face, c.to_string())),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_and_chinese_pass_through() {
        assert!(matches!(visual("Alice 小王"), Cow::Borrowed(_)));
        assert_eq!(
            font_runs("Alice 小王"),
            [(FontFace::Sans, "Alice 小王".into())]
        );
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

    #[test]
    fn mixed_labels_split_into_one_run_per_font() {
        let mixed = visual("Sato (calls) أحمد");
        let runs = font_runs(&mixed);
        assert_eq!(runs.len(), 2, "{runs:?}");
        assert_eq!(runs[0], (FontFace::Sans, "Sato (calls) ".into()));
        assert_eq!(runs[1].0, FontFace::Arabic);
        // Hebrew is reordered too (no shaping), digits keep their order.
        let hebrew = visual("שלום 123");
        assert_eq!(hebrew, "123 םולש");
        let runs = font_runs(&hebrew);
        assert_eq!(
            runs,
            [
                (FontFace::Sans, "123 ".into()),
                (FontFace::Hebrew, "םולש".into())
            ]
        );
        // Right-to-left first: the paragraph reads from the right.
        assert_eq!(visual("שלום Bob"), "Bob םולש");
    }
}
