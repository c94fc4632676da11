//! The user's language: every text the window and saved images show comes from the
//! translation files in `assets/i18n/<language>/*.ftl` (Project Fluent, read with
//! `fluent-bundle`), and numbers and dates are written the way that language writes them
//! ([`format`]).
//!
//! The language is chosen per thread ([`set_current`]); a thread that never chooses speaks
//! English. The window sets it on its own thread (and passes it to the threads it starts);
//! the command line never does, so its output, read by scripts, stays English, except the
//! HTML report, which follows `--lang`. Keeping the choice per thread also lets tests in
//! one process use different languages side by side.
//!
//! Texts are looked up with [`t!`](crate::t): `t!("nav-overview")`,
//! `t!("files-read", count = n, name = file)`. Message ids are always literals, so a test
//! can check that every id the code uses exists in every language and none is unused.

pub mod countries;
pub mod format;

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language of the window, with its translation files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    /// Simplified Chinese (简体中文).
    Zh,
    /// Arabic (العربية), written right to left.
    Ar,
    Es,
    Ru,
    /// Brazilian Portuguese.
    PtBr,
    De,
    Fr,
}

/// The translation files, by language in [`Lang::ALL`] order: one per area of the app,
/// so that the files stay readable.
macro_rules! ftl_files {
    ($($dir:literal),+) => {
        [$(&[
            include_str!(concat!("../../assets/i18n/", $dir, "/app.ftl")),
            include_str!(concat!("../../assets/i18n/", $dir, "/views.ftl")),
            include_str!(concat!("../../assets/i18n/", $dir, "/charts.ftl")),
            include_str!(concat!("../../assets/i18n/", $dir, "/analysis.ftl")),
            include_str!(concat!("../../assets/i18n/", $dir, "/findings.ftl")),
        ]),+]
    };
}

/// The areas, in the order of [`FILES`]' inner lists (for error messages and tests).
pub const AREAS: [&str; 5] = ["app", "views", "charts", "analysis", "findings"];

static FILES: [&[&str]; 8] = ftl_files!("en", "zh-CN", "ar", "es", "ru", "pt-BR", "de", "fr");

impl Lang {
    /// Every language, in the order the language menu lists them.
    pub const ALL: [Lang; 8] = [
        Self::En,
        Self::Zh,
        Self::Ar,
        Self::Es,
        Self::Ru,
        Self::PtBr,
        Self::De,
        Self::Fr,
    ];

    /// The BCP 47 tag (`en`, `zh-CN`, `pt-BR` …), also the folder of its files and the
    /// value of `footprint report --lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Zh => "zh-CN",
            Self::Ar => "ar",
            Self::Es => "es",
            Self::Ru => "ru",
            Self::PtBr => "pt-BR",
            Self::De => "de",
            Self::Fr => "fr",
        }
    }

    /// The language's own name, as the language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Zh => "简体中文",
            Self::Ar => "العربية",
            Self::Es => "Español",
            Self::Ru => "Русский",
            Self::PtBr => "Português (Brasil)",
            Self::De => "Deutsch",
            Self::Fr => "Français",
        }
    }

    /// True for languages written right to left.
    pub fn is_rtl(self) -> bool {
        self == Self::Ar
    }

    pub(crate) fn index(self) -> usize {
        Self::ALL.iter().position(|&l| l == self).unwrap_or(0)
    }

    /// The language of a BCP 47 or POSIX locale name (`de-AT`, `pt_BR.UTF-8`, `zh-Hans-CN`),
    /// by its primary language; `None` when Footprint has no translation for it.
    /// Portuguese of any region gets the Brazilian translation and Chinese of any script
    /// the simplified one: closer than English for their readers.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Some(match primary.as_str() {
            "en" => Self::En,
            "zh" => Self::Zh,
            "ar" => Self::Ar,
            "es" => Self::Es,
            "ru" => Self::Ru,
            "pt" => Self::PtBr,
            "de" => Self::De,
            "fr" => Self::Fr,
            _ => return None,
        })
    }

    /// The system's language (`sys-locale`: `LANG`/`LC_*` on Linux, the user's preference
    /// on macOS and Windows), English when it has no translation.
    pub fn system() -> Lang {
        sys_locale::get_locale()
            .as_deref()
            .and_then(Self::from_locale)
            .unwrap_or_default()
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language texts on this thread are written in (English until [`set_current`]).
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Writes this thread's texts in `lang` from now on.
pub fn set_current(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// Runs `f` with this thread's texts in `lang`, then restores the language before.
pub fn with_language<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = current();
    set_current(lang);
    let out = f();
    set_current(before);
    out
}

/// A message id's arguments, by name.
pub type Arg<'a> = FluentValue<'a>;

fn bundles() -> &'static [FluentBundle<FluentResource>] {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&lang| {
                let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // egui and the image renderer order bidirectional text themselves; the
                // isolation marks Fluent would add around arguments show as boxes there.
                bundle.set_use_isolating(false);
                bundle.set_formatter(Some(format::fluent_number));
                for source in FILES[lang.index()] {
                    // A file that does not parse still adds the messages it could read
                    // (a test checks that every file parses cleanly).
                    let resource = FluentResource::try_new((*source).to_owned())
                        .unwrap_or_else(|(partial, _)| partial);
                    // Duplicate ids keep their first text (a test checks there are none).
                    let _ = bundle.add_resource(resource);
                }
                bundle
            })
            .collect()
    })
}

/// The text of message `id` in this thread's language, with `args` filled in; English
/// when the language lacks it, and the id itself when no language has it (tests keep
/// both from happening).
pub fn tr(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let args = (!args.is_empty()).then(|| {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        fluent
    });
    let all = bundles();
    let lang = current();
    for bundle in [all.get(lang.index()), all.first()].into_iter().flatten() {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text: Cow<'_, str> = bundle.format_pattern(pattern, args.as_ref(), &mut errors);
            return text.into_owned();
        }
    }
    id.to_owned()
}

/// The text of a message id in the current language: `t!("nav-overview")`, or with named
/// arguments `t!("files-read", count = n, name = file)`. Numbers given as arguments choose
/// plural forms (`{ $count -> [one] … *[other] … }`) and are written with the language's
/// separators.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::tr($id, &[])
    };
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr(
            $id,
            &[$((stringify!($key), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// The parsed translation files of `lang` as `(area, source)` pairs, for tests and checks.
pub fn sources(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    AREAS
        .iter()
        .copied()
        .zip(FILES[lang.index()].iter().copied())
}
