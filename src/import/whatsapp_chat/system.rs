//! Localised system messages (format notes §1.8) and the bodies that stand for media or
//! deleted messages (§1.7). The wording is the app's as far as the notes and the author's
//! own exports show it; `*` stands for a name or a subject.

use super::locale::Lang;

/// What a system line says happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventKind {
    Encryption,
    /// The older notice that names a group ("Messages to this group are now secured…").
    GroupEncryption,
    Created,
    Added,
    Joined,
    Left,
    Removed,
    Subject,
    Icon,
    Description,
    Admin,
    SecurityCode,
    NumberChange,
    MissedCall,
    /// A system line whose wording is not in the tables.
    Other,
}

impl EventKind {
    /// Events that only happen in groups.
    pub fn is_group_event(self) -> bool {
        matches!(
            self,
            Self::GroupEncryption
                | Self::Created
                | Self::Added
                | Self::Joined
                | Self::Left
                | Self::Removed
                | Self::Subject
                | Self::Icon
                | Self::Description
                | Self::Admin
        )
    }

    pub fn describe(self) -> &'static str {
        match self {
            Self::Encryption => "encryption notice",
            Self::GroupEncryption => "group encryption notice",
            Self::Created => "group created",
            Self::Added => "added",
            Self::Joined => "joined",
            Self::Left => "left",
            Self::Removed => "removed",
            Self::Subject => "subject changed",
            Self::Icon => "icon changed",
            Self::Description => "description changed",
            Self::Admin => "made admin",
            Self::SecurityCode => "security code changed",
            Self::NumberChange => "number changed",
            Self::MissedCall => "missed call",
            Self::Other => "other",
        }
    }
}

use EventKind as K;
use Lang as L;

/// What [`classify`] found: the kind, the language of the wording, and the text the
/// template's leading `*` stood for (the person acting; `None` when the wording starts
/// with fixed text, as second-person wordings do).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub kind: EventKind,
    pub lang: Lang,
    pub actor: Option<String>,
    /// A second-person wording ("You added Bo", "Ana added you").
    pub you: bool,
}

/// Marks that do not change what a system text says: bidirectional marks and isolates
/// (Arabic and Hebrew exports put them around names), the zero-width non-joiner (Persian
/// writes it inside words, or a space), the byte-order mark, and Arabic vowel marks.
fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{200C}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{064B}'..='\u{0652}'
    )
}

/// `text` as templates are compared with it: ignorable marks dropped, the typographic
/// apostrophe and no-break spaces made plain, no final full stop (Android writes one in
/// German and other languages, iOS not).
fn normalise(text: &str) -> std::borrow::Cow<'_, str> {
    let text = strip_marks(text);
    let text = text.strip_suffix('.').unwrap_or(text);
    let special = |c: char| is_ignorable(c) || matches!(c, '\u{2019}' | '\u{00A0}' | '\u{202F}');
    if text.is_ascii() || !text.contains(special) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .filter(|&c| !is_ignorable(c))
            .map(|c| match c {
                '\u{2019}' => '\'',
                '\u{00A0}' | '\u{202F}' => ' ',
                c => c,
            })
            .collect(),
    )
}

/// A template split at its wildcards once, for matching many lines.
struct Compiled {
    lang: Lang,
    kind: EventKind,
    /// Marked `~` in the tables: a second-person wording.
    you: bool,
    /// The literal pieces between wildcards; `parts[0]` is the text before the first `*`.
    parts: Vec<String>,
    /// A searcher for each piece between the first and the last, built once: setting up
    /// a substring search costs more than running it on a line.
    middle: Vec<memchr::memmem::Finder<'static>>,
}

impl Compiled {
    /// Matches `text` (normalised); each wildcard takes at least one character, except a
    /// trailing one. Returns the length of what a leading `*` took (0 without one).
    ///
    /// A leading `*` stands for the person acting and never takes `": "` or ends in
    /// `':'`: `Ana: Bo left` is Ana writing "Bo left", not a system line. So templates can
    /// be tried on a whole line before an author is split off, which system lines that
    /// contain `": "` need (`Sam added you to a group in the community: Riverside`).
    fn matches(&self, text: &str) -> Option<usize> {
        let (first, rest_parts) = self.parts.split_first()?;
        if !starts_with(text, first) {
            return None;
        }
        let mut rest = text.get(first.len()..)?;
        let Some((last, middle)) = rest_parts.split_last() else {
            return rest.is_empty().then_some(0);
        };
        // The end is the cheapest test, so it goes before the searches for the middle.
        if !ends_with(rest, last) {
            return None;
        }
        let mut actor = None;
        for (part, finder) in middle.iter().zip(&self.middle) {
            let skip = rest.chars().next().map(char::len_utf8)?;
            let at = finder.find(rest.get(skip..)?.as_bytes())?;
            if actor.is_none() {
                actor = Some(text.len() - rest.len() + skip + at);
            }
            rest = rest.get(skip + at + part.len()..)?;
        }
        // A trailing `*` may be empty (`Missed voice call*`); a final name may not.
        let end_ok = last.is_empty() || (rest.len() > last.len() && ends_with(rest, last));
        if !end_ok {
            return None;
        }
        let actor_len = if first.is_empty() {
            actor.unwrap_or(text.len() - last.len())
        } else {
            0
        };
        let taken = text.get(..actor_len)?;
        if first.is_empty() && (taken.contains(": ") || taken.ends_with(':')) {
            return None;
        }
        Some(actor_len)
    }
}

/// `text.starts_with(start)`, compared byte by byte. `str::starts_with` calls `memcmp`,
/// and a template's empty pieces (a `*` at its start or end) are empty `String`s whose
/// pointer points nowhere: glibc's AVX-512 `memcmp`, given such a pointer and a length of
/// 0, takes 85 to 150 ns (a masked load from an unmapped page; measured on the project's
/// AMD machine). That made classifying a system line 2.5 µs, now 0.25.
fn starts_with(text: &str, start: &str) -> bool {
    text.len() >= start.len() && text.bytes().zip(start.bytes()).all(|(a, b)| a == b)
}

/// `text.ends_with(end)`, compared byte by byte ([`starts_with`] says why).
fn ends_with(text: &str, end: &str) -> bool {
    text.len() >= end.len()
        && text
            .bytes()
            .rev()
            .zip(end.bytes().rev())
            .all(|(a, b)| a == b)
}

struct Tables {
    all: Vec<Compiled>,
    /// Indices into `all`, in its order, of the templates a text can match by its first
    /// byte: those whose fixed start begins with that byte, and those that begin with a
    /// wildcard. The first template that matches wins, so the order is kept.
    by_first_byte: Vec<Vec<u16>>,
    /// The first two bytes of the standalone templates' fixed starts where both are
    /// ASCII; and, by first byte, whether a standalone template's start does not give two
    /// such bytes (so no text starting with that byte can be ruled out by its first two).
    /// (`a << 7 | b` for the bytes `a`, `b`.)
    standalone_ascii_pairs: Vec<bool>,
    standalone_unpaired: Vec<bool>,
    /// Indices into `all` of templates that may stand alone after any author (below),
    /// by the first byte of their fixed start.
    standalone: Vec<Vec<usize>>,
}

/// Kinds whose wording can follow any author on iOS without naming anyone
/// (`Person: Messages and calls are end-to-end encrypted…`, `Person: Missed voice call`).
/// Other wordings ("You added Bo") are looked for only where a system line can be: no
/// author, the chat's own name, a body after U+200E, or a body that starts with its
/// author's name; a person may well write "You added salt".
fn standalone(kind: EventKind) -> bool {
    matches!(
        kind,
        K::Encryption | K::GroupEncryption | K::MissedCall | K::SecurityCode | K::Admin
    )
}

fn tables() -> &'static Tables {
    static TABLES: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let all: Vec<Compiled> = super::wording::WORDING
            .iter()
            .flat_map(|&(lang, templates)| {
                templates.iter().map(move |&(kind, template)| {
                    let parts: Vec<String> = template
                        .trim_start_matches('~')
                        .split('*')
                        .map(normalise_part)
                        .collect();
                    let middle = parts
                        .get(1..parts.len().saturating_sub(1))
                        .unwrap_or_default()
                        .iter()
                        .map(|part| memchr::memmem::Finder::new(part).into_owned())
                        .collect();
                    Compiled {
                        lang,
                        kind,
                        you: template.starts_with('~'),
                        parts,
                        middle,
                    }
                })
            })
            .collect();
        let mut standalone_by_byte = vec![Vec::new(); 256];
        for (i, c) in all.iter().enumerate() {
            if !standalone(c.kind) {
                continue;
            }
            if let Some(&b) = c.parts.first().and_then(|p| p.as_bytes().first()) {
                standalone_by_byte[usize::from(b)].push(i);
            }
        }
        let mut standalone_ascii_pairs = vec![false; 128 * 128];
        let mut standalone_unpaired = vec![false; 256];
        for c in all.iter().filter(|c| standalone(c.kind)) {
            match c.parts.first().map(|p| p.as_bytes()) {
                Some(&[a, b, ..]) if a.is_ascii() && b.is_ascii() => {
                    standalone_ascii_pairs[usize::from(a) << 7 | usize::from(b)] = true;
                }
                Some(&[a, ..]) => standalone_unpaired[usize::from(a)] = true,
                _ => {}
            }
        }
        let mut by_first_byte = vec![Vec::new(); 256];
        // `u16`: the tables hold fewer than 65,536 templates (a test says so), and each
        // of the 256 lists holds every template that starts with a wildcard.
        for (i, c) in (0u16..).zip(&all) {
            match c.parts.first().and_then(|p| p.as_bytes().first()) {
                Some(&b) => by_first_byte[usize::from(b)].push(i),
                None => by_first_byte.iter_mut().for_each(|list| list.push(i)),
            }
        }
        Tables {
            all,
            by_first_byte,
            standalone_ascii_pairs,
            standalone_unpaired,
            standalone: standalone_by_byte,
        }
    })
}

/// A template's literal piece, normalised like the texts it is compared with (but its
/// spaces and full stops are kept: they sit between wildcards).
fn normalise_part(part: &str) -> String {
    part.chars()
        .filter(|&c| !is_ignorable(c))
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect()
}

/// Whether `raw` begins with `start` (a normalised template piece) once normalised,
/// looking no further than `start` reaches.
fn starts_with_normalised(raw: &str, start: &str) -> bool {
    // Bytes first: every character normalising drops or replaces (marks, Arabic vowel
    // signs, U+2019, no-break spaces) begins with one of `NORMALISED_LEADS`, so up to the
    // first such byte `raw` is its own normalised form, and a differing byte settles it.
    let raw_bytes = raw.as_bytes();
    for (i, &expected) in start.as_bytes().iter().enumerate() {
        match raw_bytes.get(i) {
            Some(b) if NORMALISED_LEADS.contains(b) => {
                return starts_with_normalised_chars(raw, start);
            }
            Some(&b) if b == expected => {}
            _ => return false,
        }
    }
    true
}

/// The bytes that begin a character [`normalise`] drops or replaces (UTF-8 lead bytes of
/// U+00A0, U+064B–U+0652, U+200C–U+2069 and U+FEFF).
const NORMALISED_LEADS: [u8; 4] = [0xC2, 0xD9, 0xE2, 0xEF];

/// [`starts_with_normalised`], character by character.
fn starts_with_normalised_chars(raw: &str, start: &str) -> bool {
    let mut raw = raw.chars().filter(|&c| !is_ignorable(c)).map(|c| match c {
        '\u{2019}' => '\'',
        '\u{00A0}' | '\u{202F}' => ' ',
        c => c,
    });
    start.chars().all(|expected| raw.next() == Some(expected))
}

/// Drops the marks iOS puts before system text and attachments.
pub fn strip_marks(text: &str) -> &str {
    // The marks begin with 0xE2 (U+200E, U+200F) or 0xEF (U+FEFF): most texts begin with
    // neither and end in neither CR nor a space, and are not decoded at all.
    let text = match text.as_bytes().first() {
        Some(0xE2 | 0xEF) => text.trim_start_matches(['\u{200E}', '\u{200F}', '\u{FEFF}']),
        _ => text,
    };
    match text.as_bytes().last() {
        Some(b'\r' | b' ') => text.trim_end_matches(['\r', ' ']),
        _ => text,
    }
}

fn found(c: &Compiled, text: &str, actor_len: usize) -> Found {
    Found {
        kind: c.kind,
        lang: c.lang,
        actor: (actor_len > 0).then(|| text[..actor_len].trim().to_string()),
        you: c.you,
    }
}

/// The kind and language of a system text, when its wording is known.
pub fn classify(text: &str) -> Option<Found> {
    let text = normalise(text);
    let tables = tables();
    let first = usize::from(*text.as_bytes().first().unwrap_or(&0));
    tables
        .by_first_byte
        .get(first)?
        .iter()
        .filter_map(|&i| tables.all.get(usize::from(i)))
        .find_map(|c| c.matches(&text).map(|len| found(c, &text, len)))
}

/// The wordings that can stand alone after any author ([`standalone`]): cheap checks run
/// on every authored line (a first-byte index, then the fixed start, before anything is
/// normalised).
pub fn classify_standalone(text: &str) -> Option<Found> {
    let raw = strip_marks(text);
    let tables = tables();
    let bytes = raw.as_bytes();
    let first = *bytes.first()?;
    let candidates = tables.standalone.get(usize::from(first))?;
    if candidates.is_empty() {
        return None;
    }
    // Two ASCII bytes are the normalised text's first two characters (normalising only
    // drops or replaces other characters): most authored lines stop here.
    if let Some(&second) = bytes.get(1)
        && first.is_ascii()
        && second.is_ascii()
        && !tables
            .standalone_ascii_pairs
            .get(usize::from(first) << 7 | usize::from(second))
            .copied()
            .unwrap_or(true)
        && !tables
            .standalone_unpaired
            .get(usize::from(first))
            .copied()
            .unwrap_or(true)
    {
        return None;
    }
    if !candidates.iter().any(|&i| {
        tables
            .all
            .get(i)
            .and_then(|c| c.parts.first())
            .is_some_and(|start| starts_with_normalised(raw, start))
    }) {
        return None;
    }
    let text = normalise(raw);
    candidates
        .iter()
        .filter_map(|&i| tables.all.get(i))
        .find_map(|c| c.matches(&text).map(|len| found(c, &text, len)))
}

/// Words for "WhatsApp" in the encryption notice of languages no table has: the notice
/// names the app ("not even WhatsApp") in every language since 2021.
const WHATSAPP_NAMES: &[&str] = &[
    "WhatsApp",
    "واتساب",
    "واتس‌اپ",
    "واتس اپ",
    "ווטסאפ",
    "ওয়াটসঅ্যাপ",
];

/// The chat's first line read as the encryption notice by its place and wording, for
/// languages no table knows (the caller checks the place: the first line, with no
/// author, the chat's name as author, or after U+200E). A notice is a few sentences
/// naming WhatsApp.
pub fn structural_encryption(text: &str) -> bool {
    let text = strip_marks(text);
    let long_enough = text.chars().count() >= 40;
    long_enough && WHATSAPP_NAMES.iter().any(|name| text.contains(name))
}

/// The language of a deleted-message body.
pub fn deleted(text: &str) -> Option<Lang> {
    let text = strip_marks(text).trim_end_matches('.');
    super::wording::DELETED
        .iter()
        .find(|(_, bodies)| bodies.contains(&text))
        .map(|&(lang, _)| lang)
}

/// Android "no media" markers (`email_media_omitted`, notes §1.7), compared without case.
const MEDIA_OMITTED: &[(Lang, &str)] = &[
    (L::En, "<Media omitted>"),
    (L::De, "<Medien weggelassen>"),
    (L::De, "<Medien ausgeschlossen>"),
    (L::Fr, "<Fichier omis>"),
    (L::Fr, "<médias omis>"),
    (L::Es, "<Archivo omitido>"),
    (L::Es, "<Multimedia omitido>"),
    (L::Pt, "<Mídia omitida>"),
    (L::Ru, "<Файл пропущен>"),
    (L::Ru, "<Без медиафайлов>"),
    (L::Ar, "<تم استبعاد الوسائط>"),
    (L::Zh, "<省略多媒体文件>"),
    (L::Zh, "<省略影音内容>"),
    (L::Zh, "<忽略多媒體檔>"),
    (L::Zh, "<已省略多媒體檔案>"),
    (L::It, "<Media omesso>"),
    (L::Nl, "<Media weggelaten>"),
    (L::Tr, "<Medya atlanmış>"),
    (L::Id, "<Media tidak disertakan>"),
];

/// iOS "omitted" bodies by type.
const IOS_OMITTED: &[(Lang, &str, &str)] = &[
    (L::En, "image omitted", "image"),
    (L::En, "video omitted", "video"),
    (L::En, "audio omitted", "audio"),
    (L::En, "GIF omitted", "gif"),
    (L::En, "sticker omitted", "sticker"),
    (L::En, "Contact card omitted", "contact"),
    (L::En, "video note omitted", "video"),
    (L::En, "document omitted", "document"),
    (L::De, "Bild weggelassen", "image"),
    (L::De, "Video weggelassen", "video"),
    (L::De, "Audio weggelassen", "audio"),
    (L::De, "Sticker weggelassen", "sticker"),
    (L::De, "GIF weggelassen", "gif"),
    (L::Fr, "image absente", "image"),
    (L::Fr, "vidéo absente", "video"),
    (L::Fr, "audio omis", "audio"),
    (L::Es, "imagen omitida", "image"),
    (L::Es, "video omitido", "video"),
    (L::Es, "audio omitido", "audio"),
    (L::Es, "sticker omitido", "sticker"),
    (L::Pt, "imagem não revelada", "image"),
    (L::Pt, "vídeo não revelado", "video"),
    (L::Pt, "áudio não revelado", "audio"),
    (L::Ru, "изображение отсутствует", "image"),
    (L::Ru, "видео отсутствует", "video"),
    (L::Ru, "аудиофайл отсутствует", "audio"),
    (L::Id, "gambar tidak disertakan", "image"),
    (L::Id, "video tidak disertakan", "video"),
    (L::Zh, "图片已忽略", "image"),
    (L::Zh, "视频已忽略", "video"),
];

/// Localised `(file attached)` of Android media exports.
const FILE_ATTACHED: &[(Lang, &str)] = &[
    (L::En, "(file attached)"),
    (L::De, "(Datei angehängt)"),
    (L::Fr, "(fichier joint)"),
    (L::Es, "(archivo adjunto)"),
    (L::Pt, "(arquivo anexado)"),
    (L::Ru, "(файл добавлен)"),
    (L::Nl, "(bestand bijgevoegd)"),
    (L::It, "(file allegato)"),
    (L::Tr, "(dosya ekli)"),
    (L::Id, "(file terlampir)"),
    (L::Ar, "(الملف مرفق)"),
    (L::Zh, "(文件附件)"),
];

/// Localised `<attached: …>` of iOS media exports.
const ATTACHED_WORDS: &[(Lang, &str)] = &[
    (L::En, "<attached: "),
    (L::De, "<Anhang: "),
    (L::Es, "<adjunto: "),
    (L::Fr, "<pièce jointe : "),
    (L::Pt, "<anexado: "),
    (L::Zh, "<已附加: "),
    (L::Zh, "<附件: "),
];

/// The media type of an attached file name (`00000012-PHOTO-…jpg`, `IMG-2020…jpg`).
fn type_of_file(name: &str) -> &'static str {
    let upper = name.to_ascii_uppercase();
    for (word, kind) in [
        ("-PHOTO-", "image"),
        ("-VIDEO-", "video"),
        ("-AUDIO-", "audio"),
        ("-STICKER-", "sticker"),
        ("-GIF-", "gif"),
    ] {
        if upper.contains(word) {
            return kind;
        }
    }
    for (prefix, kind) in [
        ("IMG-", "image"),
        ("VID-", "video"),
        ("PTT-", "audio"),
        ("AUD-", "audio"),
        ("STK-", "sticker"),
        ("DOC-", "document"),
    ] {
        if upper.starts_with(prefix) {
            return kind;
        }
    }
    let ext = upper.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "JPG" | "JPEG" | "PNG" | "HEIC" => "image",
        "MP4" | "MOV" | "3GP" => "video",
        "OPUS" | "MP3" | "M4A" | "AAC" | "OGG" => "audio",
        "WEBP" => "sticker",
        "VCF" => "contact",
        _ => "document",
    }
}

/// The media type a body stands for, and its language when the wording tells.
pub fn media(text: &str) -> Option<(&'static str, Option<Lang>)> {
    let text = strip_marks(text);
    if text.len() > 300 {
        return None;
    }
    if text.starts_with('<') && text.ends_with('>') {
        for &(lang, marker) in MEDIA_OMITTED {
            if text.eq_ignore_ascii_case(marker) || text == marker {
                return Some(("media", Some(lang)));
            }
        }
        // iOS 2016: `<‎image omitted>`.
        let inner = strip_marks(&text[1..text.len() - 1]);
        if let Some(found) = ios_omitted(inner) {
            return Some(found);
        }
    }
    if text.ends_with('>') {
        for &(lang, word) in ATTACHED_WORDS {
            if let Some(at) = text.find(word) {
                let name = &text[at + word.len()..text.len() - 1];
                return Some((type_of_file(name), Some(lang)));
            }
        }
    }
    if text.ends_with(')') {
        for &(lang, word) in FILE_ATTACHED {
            if let Some(name) = text.strip_suffix(word) {
                return Some((type_of_file(strip_marks(name).trim()), Some(lang)));
            }
        }
    }
    ios_omitted(text)
}

fn ios_omitted(text: &str) -> Option<(&'static str, Option<Lang>)> {
    // Most bodies end in a byte no marker ends in.
    let last = *text.as_bytes().last()?;
    if !IOS_OMITTED
        .iter()
        .any(|(_, marker, _)| marker.as_bytes().last() == Some(&last))
    {
        return None;
    }
    IOS_OMITTED
        .iter()
        .find(|(_, marker, _)| text.ends_with(marker))
        .map(|&(lang, _, kind)| (kind, Some(lang)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> Option<(EventKind, Lang)> {
        classify(text).map(|f| (f.kind, f.lang))
    }

    #[test]
    fn templates() {
        assert_eq!(kind("Ana added Bo").map(|c| c.0), Some(K::Added));
        assert_eq!(kind("\u{200E}Ana left").map(|c| c.0), Some(K::Left));
        assert_eq!(
            kind("Ana changed the subject from \"a\" to \"b: c\"").map(|c| c.0),
            Some(K::Subject)
        );
        assert_eq!(
            kind("Jonas hat die Gruppe verlassen."),
            Some((K::Left, L::De))
        );
        assert_eq!(kind("王伟创建了群组“家”").map(|c| c.0), Some(K::Created));
        assert_eq!(kind("left"), None);
        assert_eq!(kind("hello there"), None);
    }

    #[test]
    fn the_person_acting_never_holds_an_authors_colon() {
        // A whole line tried before its author is split off.
        assert_eq!(kind("Ana: Bo left"), None);
        assert_eq!(kind("Ana: added you"), None);
        let community = classify("Sam Ortiz added you to a group in the community: Riverside");
        assert_eq!(
            community,
            Some(Found {
                kind: K::Added,
                lang: L::En,
                actor: Some("Sam Ortiz".into()),
                you: true,
            })
        );
        assert_eq!(classify("You added Bo").unwrap().actor, None);
        assert!(classify("You added Bo").unwrap().you);
        assert!(!classify("Ana added Bo").unwrap().you);
        assert_eq!(classify("Ravi: Omar joined"), None);
        assert_eq!(
            classify("Omar joined").unwrap().actor.as_deref(),
            Some("Omar")
        );
    }

    #[test]
    fn marks_apostrophes_and_a_final_stop_do_not_matter() {
        assert_eq!(
            kind("\u{200E}Léa a rejoint ce groupe via le lien d\u{2019}invitation"),
            Some((K::Joined, L::Fr))
        );
        assert_eq!(
            kind("Du hast die Gruppe \u{201E}Chorprobe\u{201C} erstellt."),
            Some((K::Created, L::De))
        );
        // Arabic with marks around the name and a vowel mark the template also has.
        assert_eq!(
            kind("\u{200F}غيّر \u{202B}أحمد\u{202C} اسم المجموعة من \"أ\" إلى \"ب\""),
            Some((K::Subject, L::Ar))
        );
        assert_eq!(
            kind("غير أحمد اسم المجموعة من \"أ\" إلى \"ب\""),
            Some((K::Subject, L::Ar))
        );
    }

    #[test]
    fn only_standalone_wordings_follow_any_author() {
        assert_eq!(
            classify_standalone("Messages and calls are end-to-end encrypted. Only people in this chat can read or share them.")
                .map(|f| f.kind),
            Some(K::Encryption)
        );
        assert_eq!(classify_standalone("You added too much salt"), None);
        assert_eq!(classify_standalone("Missed it"), None);
        assert!(structural_encryption(
            "Viestit ja puhelut ovat päästä päähän salattuja. Kukaan tämän keskustelun ulkopuolella, ei edes WhatsApp, voi lukea niitä."
        ));
        assert!(!structural_encryption("see you on WhatsApp"));
    }

    #[test]
    fn media_markers() {
        assert_eq!(media("<Media omitted>"), Some(("media", Some(L::En))));
        assert_eq!(media("\u{200E}image omitted").map(|m| m.0), Some("image"));
        assert_eq!(
            media("\u{200E}<attached: 00000012-PHOTO-2019-06-20-16-00-15.jpg>").map(|m| m.0),
            Some("image")
        );
        assert_eq!(
            media("\u{200E}PTT-20190101-WA0000.opus (bestand bijgevoegd)"),
            Some(("audio", Some(L::Nl)))
        );
        assert_eq!(media("<\u{200E}video omitted>").map(|m| m.0), Some("video"));
        assert_eq!(media("just text"), None);
    }

    /// The first matching template in table order, every template tried: what
    /// [`classify`] must find through its first-byte index and its early tests.
    fn classify_every_template(text: &str) -> Option<Found> {
        let text = normalise(text);
        tables()
            .all
            .iter()
            .find_map(|c| c.matches(&text).map(|len| found(c, &text, len)))
    }

    #[test]
    fn the_index_finds_what_trying_every_template_finds() {
        let mut lines = vec![
            String::new(),
            "Ana: Bo left".to_string(),
            "just text".to_string(),
            "Missed voice call".to_string(),
        ];
        // Every template of every language, its wildcards filled in three ways, and cut
        // short: system lines, near misses and texts no template has.
        for &(_, templates) in super::super::wording::WORDING {
            for &(_, template) in templates {
                let template = template.trim_start_matches('~');
                for name in ["Ana Lima", "\u{200E}+49 170 1234567", "\"Plans: 2024\""] {
                    let line = template.replace('*', name);
                    let cut: String = line.chars().take(line.chars().count() / 2).collect();
                    lines.extend([line, cut]);
                }
            }
        }
        for line in &lines {
            assert_eq!(classify(line), classify_every_template(line), "{line:?}");
        }
        assert!(lines.iter().filter(|l| classify(l).is_some()).count() > 1000);
    }

    /// [`classify_standalone`] without its test of the first two bytes.
    fn classify_standalone_every_candidate(text: &str) -> Option<Found> {
        let raw = strip_marks(text);
        let tables = tables();
        let candidates = tables
            .standalone
            .get(usize::from(*raw.as_bytes().first()?))?;
        let text = normalise(raw);
        candidates
            .iter()
            .filter_map(|&i| tables.all.get(i))
            .find_map(|c| c.matches(&text).map(|len| found(c, &text, len)))
    }

    #[test]
    fn standalone_wordings_are_found_as_without_the_first_bytes_test() {
        let mut lines = vec![String::new(), "M".to_string(), "Me".to_string()];
        for &(_, templates) in super::super::wording::WORDING {
            for &(_, template) in templates {
                let template = template.trim_start_matches('~');
                for name in ["Ana", "\u{200E}Bo"] {
                    let line = template.replace('*', name);
                    // The line, marked, with a mark after its first character, and cut.
                    let mut chars = line.chars();
                    let head: String = chars.next().into_iter().collect();
                    let marked_inside = format!("{head}\u{200E}{}", chars.as_str());
                    let cut: String = line.chars().take(3).collect();
                    lines.extend([format!("\u{200E}{line}"), marked_inside, cut, line]);
                }
            }
        }
        for line in &lines {
            assert_eq!(
                classify_standalone(line),
                classify_standalone_every_candidate(line),
                "{line:?}"
            );
        }
        assert!(
            lines
                .iter()
                .filter(|l| classify_standalone(l).is_some())
                .count()
                > 100
        );
    }

    #[test]
    fn every_template_has_a_place_in_the_first_byte_index() {
        let tables = tables();
        assert!(tables.all.len() < usize::from(u16::MAX));
        let indexed: std::collections::BTreeSet<u16> =
            tables.by_first_byte.iter().flatten().copied().collect();
        assert_eq!(indexed.len(), tables.all.len());
    }

    #[test]
    fn byte_comparisons_agree_with_str() {
        for (text, piece) in [
            ("", ""),
            ("abc", ""),
            ("", "a"),
            ("abc", "ab"),
            ("abc", "bc"),
            ("é", "é"),
        ] {
            assert_eq!(
                starts_with(text, piece),
                text.starts_with(piece),
                "{text:?} {piece:?}"
            );
            assert_eq!(
                ends_with(text, piece),
                text.ends_with(piece),
                "{text:?} {piece:?}"
            );
        }
    }

    #[test]
    fn normalised_starts_by_bytes_agree_with_the_characters() {
        let starts: Vec<&str> = tables()
            .all
            .iter()
            .filter_map(|c| c.parts.first().map(String::as_str))
            .chain(["", "You'", "a b", "Пропущенный"])
            .collect();
        let texts = [
            "",
            "Missed voice call",
            "Missed",
            "\u{200E}Missed voice call",
            "Mis\u{200F}sed voice call",
            "You\u{2019}re",
            "You're",
            "a\u{00A0}b",
            "a\u{202F}b",
            "Пропущенный звонок",
            "Про\u{200E}пущенный звонок",
            "\u{0645}\u{064E}\u{0643}\u{0627}\u{0644}\u{0645}\u{0629}",
            "\u{FEFF}Messages and calls are end-to-end encrypted",
            "Hello there",
            "未接语音通话",
        ];
        for text in texts {
            // Every template's start, and the text's own start cut anywhere.
            let own = text.char_indices().map(|(cut, _)| &text[..cut]);
            for start in starts.iter().copied().chain(own) {
                let start = normalise_part(start);
                assert_eq!(
                    starts_with_normalised(text, &start),
                    starts_with_normalised_chars(text, &start),
                    "{text:?} {start:?}"
                );
            }
        }
        for text in ["  a\r", "\u{200E}\u{FEFF}a ", "a", "", "\u{200E}"] {
            assert_eq!(
                strip_marks(text),
                text.trim_start_matches(['\u{200E}', '\u{200F}', '\u{FEFF}'])
                    .trim_end_matches(['\r', ' ']),
                "{text:?}"
            );
        }
    }
}
