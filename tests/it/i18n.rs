//! The translations: every file parses, every language has exactly the messages English
//! has, every message the code asks for exists and every message is asked for, the
//! translations use only the arguments the code gives, and every character they (and the
//! language's month and weekday names) contain has a glyph in the bundled fonts, so no
//! language shows boxes in saved images.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::{NaiveDate, Weekday};
use footprint::i18n::{self, Lang, format};

/// The messages of one Fluent source, parsed by Fluent's own parser: id → (the variables
/// its text uses, its text: every literal piece of it, for the glyph check).
fn messages(source: &str) -> Vec<(String, (BTreeSet<String>, String))> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    fn pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
        for element in &p.elements {
            match element {
                PatternElement::TextElement { value } => text.push_str(value),
                PatternElement::Placeable { expression } => expr(expression, vars, text),
            }
        }
    }
    fn expr(e: &Expression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
        match e {
            Expression::Select { selector, variants } => {
                inline(selector, vars, text);
                for v in variants {
                    pattern(&v.value, vars, text);
                }
            }
            Expression::Inline(i) => inline(i, vars, text),
        }
    }
    fn inline(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
        match i {
            InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            InlineExpression::StringLiteral { value } => text.push_str(value),
            InlineExpression::Placeable { expression } => expr(expression, vars, text),
            _ => {}
        }
    }

    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let (mut vars, mut text) = (BTreeSet::new(), String::new());
            if let Some(value) = &m.value {
                pattern(value, &mut vars, &mut text);
            }
            out.push((m.id.name.to_string(), (vars, text)));
        }
    }
    out
}

/// Every message of `lang`, by id, with the area file it is in.
fn catalogue(lang: Lang) -> BTreeMap<String, (&'static str, (BTreeSet<String>, String))> {
    let mut all = BTreeMap::new();
    for (area, source) in i18n::sources(lang) {
        for (id, text) in messages(source) {
            let before = all.insert(id.clone(), (area, text));
            assert!(
                before.is_none(),
                "{}: message {id} is defined twice ({} and {area})",
                lang.tag(),
                before.map_or("", |b| b.0)
            );
        }
    }
    all
}

/// The message ids the code asks for: every literal `t!("…"` outside comments.
fn ids_in_code() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut BTreeMap<String, String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                // Comments may show examples; code lines only (a whole-file scan keeps
                // calls split over lines).
                let code: String = text
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .collect::<Vec<_>>()
                    .join("\n");
                let mut rest = code.as_str();
                while let Some(at) = rest.find("t!(") {
                    let preceded = rest[..at].chars().next_back();
                    rest = &rest[at + 3..];
                    if preceded.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue; // e.g. `assert!(` / `print!(`, not `t!(`
                    }
                    let arg = rest.trim_start();
                    if let Some(lit) = arg.strip_prefix('"')
                        && let Some(end) = lit.find('"')
                    {
                        out.insert(lit[..end].to_owned(), path.display().to_string());
                    }
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn every_translation_file_parses() {
    for lang in Lang::ALL {
        for (area, source) in i18n::sources(lang) {
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(source.to_owned()) {
                panic!("assets/i18n/{}/{area}.ftl: {errors:?}", lang.tag());
            }
        }
    }
}

#[test]
fn every_language_has_exactly_the_english_messages() {
    let english = catalogue(Lang::En);
    assert!(
        english.len() > 100,
        "only {} English messages",
        english.len()
    );
    for lang in Lang::ALL {
        let other = catalogue(lang);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<&String> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(
            extra.is_empty(),
            "{} has messages English lacks: {extra:?}",
            lang.tag()
        );
        for (id, (area, text)) in &other {
            let Some((english_area, english_text)) = english.get(id) else {
                continue;
            };
            assert_eq!(
                area,
                english_area,
                "{}: {id} is in another file",
                lang.tag()
            );
            let unknown: BTreeSet<String> = text.0.difference(&english_text.0).cloned().collect();
            assert!(
                unknown.is_empty(),
                "{}: {id} uses {unknown:?}, which the code does not give",
                lang.tag()
            );
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists_and_every_message_is_used() {
    let english = catalogue(Lang::En);
    let used = ids_in_code();
    let missing: Vec<String> = used
        .iter()
        .filter(|(id, _)| !english.contains_key(*id))
        .map(|(id, file)| format!("{id} ({file})"))
        .collect();
    assert!(missing.is_empty(), "no English text for {missing:?}");
    let unused: Vec<&String> = english
        .keys()
        .filter(|id| !used.contains_key(*id))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

/// Every character of every translation, and of the language's names of months and
/// weekdays, has a glyph in one of the bundled fonts (what saved images draw with; the
/// window has egui's fonts as well).
#[test]
fn every_character_has_a_glyph_in_the_bundled_fonts() {
    use ab_glyph::{Font, FontRef};
    let fonts: Vec<FontRef<'static>> = [
        footprint::assets::FONT_CJK,
        footprint::assets::FONT_ARABIC,
        footprint::assets::FONT_HEBREW,
    ]
    .into_iter()
    .map(|bytes| FontRef::try_from_slice(bytes).expect("bundled font"))
    .collect();
    for lang in Lang::ALL {
        let mut text: String = catalogue(lang)
            .values()
            .map(|(_, (_, t))| t.as_str())
            .collect();
        i18n::with_language(lang, || {
            for m in 1..=12 {
                let day = NaiveDate::from_ymd_opt(2024, m, 28).expect("a day");
                text.push_str(&format::month(day));
                text.push_str(&format::date(day));
            }
            for d in [Weekday::Mon, Weekday::Wed, Weekday::Sat, Weekday::Sun] {
                text.push_str(&format::weekday_short(d));
            }
            text.push_str(&format::integer(1_234_567));
            for (_, name) in i18n::countries::all(lang) {
                text.push_str(name);
            }
            text.push_str(&format::decimal(-1.5, 1));
        });
        let lacking: BTreeSet<char> = text
            .chars()
            .filter(|c| !c.is_control() && !matches!(c, '\u{200c}'..='\u{200f}' | '\u{061c}'))
            .filter(|&c| fonts.iter().all(|f| f.glyph_id(c).0 == 0))
            .collect();
        assert!(
            lacking.is_empty(),
            "{}: no bundled font draws {lacking:?}",
            lang.tag()
        );
    }
}

/// Plural forms come from the language's rules (through Fluent), not from `n == 1`, and
/// numbers inside messages have the language's separators.
#[test]
fn numbers_in_messages_follow_the_language() {
    use footprint::analysis::span;
    let in_lang = |lang: Lang, days: i64| i18n::with_language(lang, || span(days));
    assert_eq!(in_lang(Lang::En, 1), "1 day");
    assert_eq!(in_lang(Lang::En, 3), "3 days");
    // Russian: one (21), few (2), many (5).
    assert_eq!(in_lang(Lang::Ru, 21), "21 день");
    assert_eq!(in_lang(Lang::Ru, 2), "2 дня");
    assert_eq!(in_lang(Lang::Ru, 5), "5 дней");
    // Arabic: two, few (3-10), many (11-99) each have their own form.
    let (two, few, many) = (
        in_lang(Lang::Ar, 2),
        in_lang(Lang::Ar, 3),
        in_lang(Lang::Ar, 11),
    );
    assert!(
        two != few && few != many && two != many,
        "{two} / {few} / {many}"
    );
    assert!(few.contains('3') && many.contains("11"), "{few} / {many}");
    // Chinese has one form for every number.
    assert!(in_lang(Lang::Zh, 1).contains('天') && in_lang(Lang::Zh, 3).contains('天'));
    let big =
        |lang: Lang| i18n::with_language(lang, || i18n::tr("span-days", &[("count", 1234.into())]));
    assert!(big(Lang::En).contains("1,234"), "{}", big(Lang::En));
    assert!(big(Lang::De).contains("1.234"), "{}", big(Lang::De));
    assert!(big(Lang::Ru).contains("1\u{a0}234"), "{}", big(Lang::Ru));
}

/// What went wrong in a source is said in the reader's language, in the window and the
/// report, while the command line keeps its English (`WarningKind::describe`, `Display`).
#[test]
fn warnings_are_said_in_the_language() {
    use footprint::analysis::{sample_label, warning_label};
    use footprint::input::Position;
    use footprint::model::{WarningKind, WarningSample};
    let sample = WarningSample {
        position: Position {
            byte: 3456,
            record: Some(12),
        },
        detail: "\"date\": 0".into(),
    };
    assert_eq!(
        i18n::with_language(Lang::En, || warning_label(WarningKind::MissingDate)),
        WarningKind::MissingDate.describe()
    );
    assert_eq!(
        i18n::with_language(Lang::De, || warning_label(WarningKind::MissingDate)),
        "Datensatz ohne Datum übersprungen"
    );
    assert_eq!(
        i18n::with_language(Lang::En, || sample_label(&sample)),
        "record 12 (byte 3,456): \"date\": 0"
    );
    let russian = i18n::with_language(Lang::Ru, || sample_label(&sample));
    assert!(
        russian.starts_with("запись 12 (байт 3\u{a0}456)"),
        "{russian}"
    );
    assert_eq!(sample.to_string(), "record 12 (byte 3456): \"date\": 0");
}

/// Telegram's Saved Messages chat (no name of its own: "Saved Messages" from the JSON
/// importer, "Saved messages" in an HTML export) is named in the reader's language;
/// names of other chats are never changed.
#[test]
fn saved_messages_is_named_in_the_language() {
    use footprint::analysis::topics::shown_name;
    use footprint::model::ConversationKind;
    let zh = i18n::with_language(Lang::Zh, || {
        shown_name(ConversationKind::Saved, "Saved Messages")
    });
    assert_eq!(
        zh,
        i18n::with_language(Lang::Zh, || footprint::t!("kind-label-saved"))
    );
    assert_ne!(zh, "Saved Messages");
    assert_eq!(
        i18n::with_language(Lang::Zh, || shown_name(
            ConversationKind::Group,
            "Saved Messages"
        )),
        "Saved Messages"
    );
    assert_eq!(
        i18n::with_language(Lang::Zh, || shown_name(
            ConversationKind::Saved,
            "Saved messages"
        )),
        zh
    );
    assert_eq!(
        i18n::with_language(Lang::De, || shown_name(
            ConversationKind::Personal,
            "Notizen"
        )),
        "Notizen"
    );
}
