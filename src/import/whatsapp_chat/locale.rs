//! Locale tables: 12-hour markers and day periods, the localised names Android gives an
//! exported chat file, and the languages system messages are recognised in.

/// The languages whose system messages and media markers are known (format notes §1.7,
/// §1.8): every language the date reader has a locale for (month names, day periods,
/// file names), and the others the issue tracker named (Malay, Hindi, Thai, Vietnamese,
/// Polish, Ukrainian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    En,
    De,
    Es,
    Fr,
    It,
    Pt,
    Ru,
    Nl,
    Tr,
    Id,
    Ar,
    Zh,
    Ms,
    Ja,
    Ko,
    Pl,
    Uk,
    Vi,
    Th,
    Hi,
    Fa,
    He,
}

impl Lang {
    pub const COUNT: usize = 22;

    /// Every language, in the enum's order (`ALL[l as usize] == l`).
    pub const ALL: [Lang; Lang::COUNT] = [
        Self::En,
        Self::De,
        Self::Es,
        Self::Fr,
        Self::It,
        Self::Pt,
        Self::Ru,
        Self::Nl,
        Self::Tr,
        Self::Id,
        Self::Ar,
        Self::Zh,
        Self::Ms,
        Self::Ja,
        Self::Ko,
        Self::Pl,
        Self::Uk,
        Self::Vi,
        Self::Th,
        Self::Hi,
        Self::Fa,
        Self::He,
    ];

    /// The language's English name, for notes.
    pub fn name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::De => "German",
            Self::Es => "Spanish",
            Self::Fr => "French",
            Self::It => "Italian",
            Self::Pt => "Portuguese",
            Self::Ru => "Russian",
            Self::Nl => "Dutch",
            Self::Tr => "Turkish",
            Self::Id => "Indonesian",
            Self::Ar => "Arabic",
            Self::Zh => "Chinese",
            Self::Ms => "Malay",
            Self::Ja => "Japanese",
            Self::Ko => "Korean",
            Self::Pl => "Polish",
            Self::Uk => "Ukrainian",
            Self::Vi => "Vietnamese",
            Self::Th => "Thai",
            Self::Hi => "Hindi",
            Self::Fa => "Persian",
            Self::He => "Hebrew",
        }
    }
}

/// Which half of the day a 12-hour marker or day period names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayHalf {
    Am,
    Pm,
    /// Noon periods (`mittags`, `中午`): 12 stays 12, 1 is 13.
    Noon,
    /// Night periods (`at night`, `nachts`): 9 is 21, 2 is 2.
    Night,
}

impl DayHalf {
    /// The 24-hour hour of a 12-hour `hour`. An hour above 12 keeps its value (exports
    /// contain `23:59 PM`); 0 stays 0.
    pub fn to_24h(self, hour: u8) -> Option<u8> {
        if hour > 23 {
            return None;
        }
        if hour > 12 {
            return Some(hour);
        }
        Some(match self {
            Self::Am => hour % 12,
            Self::Pm => hour % 12 + 12,
            Self::Noon => {
                if hour >= 11 {
                    hour
                } else {
                    hour + 12
                }
            }
            Self::Night => {
                if hour == 12 {
                    0
                } else if hour >= 6 {
                    hour + 12
                } else {
                    hour
                }
            }
        })
    }
}

/// Markers after normalisation (no-break spaces are spaces), longest first where one is a
/// prefix of another. ASCII ones match in any case.
const DAY_HALVES: &[(&str, DayHalf)] = &[
    // The most common first; none of them is a prefix of another marker.
    ("am", DayHalf::Am),
    ("pm", DayHalf::Pm),
    ("in the morning", DayHalf::Am),
    ("in the afternoon", DayHalf::Pm),
    ("in the evening", DayHalf::Pm),
    ("in the night", DayHalf::Night),
    ("at night", DayHalf::Night),
    ("noon", DayHalf::Noon),
    ("midnight", DayHalf::Am),
    ("a. m.", DayHalf::Am),
    ("p. m.", DayHalf::Pm),
    ("a.m.", DayHalf::Am),
    ("p.m.", DayHalf::Pm),
    ("a.m", DayHalf::Am),
    ("p.m", DayHalf::Pm),
    ("vorm.", DayHalf::Am),
    ("nachm.", DayHalf::Pm),
    ("morgens", DayHalf::Am),
    ("mittags", DayHalf::Noon),
    ("abends", DayHalf::Pm),
    ("nachts", DayHalf::Night),
    ("ص", DayHalf::Am),
    ("م", DayHalf::Pm),
    ("上午", DayHalf::Am),
    ("下午", DayHalf::Pm),
    ("中午", DayHalf::Noon),
    ("凌晨", DayHalf::Am),
    ("早上", DayHalf::Am),
    ("晚上", DayHalf::Pm),
    ("午前", DayHalf::Am),
    ("午後", DayHalf::Pm),
    ("오전", DayHalf::Am),
    ("오후", DayHalf::Pm),
];

/// The marker `text` starts with and its length in bytes. An ASCII marker must not run on
/// into a letter (`amazing` is not `am`).
pub fn day_half_prefix(text: &[u8]) -> Option<(DayHalf, usize)> {
    let first = *text.first()?;
    // Every ASCII marker begins with one of these letters.
    if first.is_ascii() && !b"aApPiInNmMvV".contains(&first) {
        return None;
    }
    for &(marker, half) in DAY_HALVES {
        let m = marker.as_bytes();
        let Some(head) = text.get(..m.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(m) {
            continue;
        }
        let next = text.get(m.len()).copied();
        if m.is_ascii() && next.is_some_and(|b| b.is_ascii_alphabetic()) {
            continue;
        }
        return Some((half, m.len()));
    }
    None
}

/// Month names of the languages Footprint knows, in lower case, January first. Dates
/// written with them (`28 Aug 2013`, `Tuesday, 22 March 2022`, notes §1.3 L2–L4) are
/// rare; a word matches a whole name, a listed short form, or the first three or more
/// letters of names that all mean the same month.
const MONTHS: &[[&str; 12]] = &[
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
        "kasım", "aralık",
    ],
    [
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    ],
];

/// Short forms that are not the start of their month's name.
const MONTH_SHORT_FORMS: &[(&str, u8)] = &[("mrt", 3), ("sept", 9), ("sep", 9), ("mrz", 3)];

/// Weekday names (Monday first), matched like month names; only skipped before a date.
const WEEKDAYS: &[[&str; 7]] = &[
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ],
    [
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
    ],
    [
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ],
    [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ],
    [
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ],
    [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    [
        "понедельник",
        "вторник",
        "среда",
        "четверг",
        "пятница",
        "суббота",
        "воскресенье",
    ],
    [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ],
    [
        "pazartesi",
        "salı",
        "çarşamba",
        "perşembe",
        "cuma",
        "cumartesi",
        "pazar",
    ],
    [
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
    ],
];

/// The one value (1-based) whose name in `table` is `word`, or starts with it when the
/// word has three or more letters; `None` when no name or names of different values fit.
fn name_value<const N: usize>(table: &[[&str; N]], word: &str) -> Option<u8> {
    let mut found = None;
    for names in table {
        for (i, name) in names.iter().enumerate() {
            let fits = *name == word || (word.chars().nth(2).is_some() && name.starts_with(word));
            if fits {
                let value = i as u8 + 1;
                if found.is_some_and(|f| f != value) {
                    return None;
                }
                found = Some(value);
            }
        }
    }
    found
}

/// The month (1–12) a word names: `Aug`, `March`, `févr`, `марта`. Case does not matter.
pub fn month_number(word: &str) -> Option<u8> {
    let word = word.to_lowercase();
    MONTH_SHORT_FORMS
        .iter()
        .find(|(short, _)| *short == word)
        .map(|&(_, m)| m)
        .or_else(|| name_value(MONTHS, &word))
}

/// Whether a word names a day of the week (`Tuesday`, `Di`, `mardi`).
pub fn is_weekday(word: &str) -> bool {
    let word = word.to_lowercase();
    name_value(WEEKDAYS, &word).is_some()
        || ["mo", "di", "mi", "do", "fr", "sa", "so"].contains(&word.as_str())
}

/// Android's localised `WhatsApp Chat with %s` file names (format notes §1.1), plus the
/// iOS zip name. `%s` is the chat's name.
const FILE_NAME_PATTERNS: &[(&str, Option<Lang>)] = &[
    ("WhatsApp Chat with %s", Some(Lang::En)),
    ("WhatsApp Chat - %s", None),
    ("WhatsApp Chat mit %s", Some(Lang::De)),
    ("Discussion WhatsApp avec %s", Some(Lang::Fr)),
    ("Chat de WhatsApp con %s", Some(Lang::Es)),
    ("Conversa do WhatsApp com %s", Some(Lang::Pt)),
    ("Чат WhatsApp с %s", Some(Lang::Ru)),
    ("دردشة واتساب مع %s", Some(Lang::Ar)),
    ("WhatsApp 与 %s 的对话", Some(Lang::Zh)),
    ("WhatsApp 與 %s 的對話", Some(Lang::Zh)),
    ("与%s的WhatsApp聊天", Some(Lang::Zh)),
    ("與%s的WhatsApp對話", Some(Lang::Zh)),
    ("%sとのWhatsAppチャット", Some(Lang::Ja)),
    ("%s님과의 WhatsApp 대화", Some(Lang::Ko)),
    ("Chat WhatsApp con %s", Some(Lang::It)),
    ("WhatsApp-chat met %s", Some(Lang::Nl)),
    ("%s ile WhatsApp Sohbeti", Some(Lang::Tr)),
    ("Chat WhatsApp dengan %s", Some(Lang::Id)),
    ("צ'אט WhatsApp עם %s", Some(Lang::He)),
    ("گفتگوی WhatsApp با %s", Some(Lang::Fa)),
];

/// The chat name and language a file name (without extension) gives, if it is one of
/// WhatsApp's. Underscores and no-break spaces count as spaces.
pub fn title_from_file_name(stem: &str) -> Option<(String, Option<Lang>)> {
    let stem: String = stem
        .chars()
        .map(|c| match c {
            '_' | '\u{00A0}' | '\u{202F}' => ' ',
            c => c,
        })
        .collect();
    for &(pattern, lang) in FILE_NAME_PATTERNS {
        let Some((before, after)) = pattern.split_once("%s") else {
            continue;
        };
        let Some(rest) = stem.strip_prefix(before) else {
            continue;
        };
        let Some(name) = rest.strip_suffix(after) else {
            continue;
        };
        let name = without_copy_mark(name.trim());
        if !name.is_empty() {
            return Some((name.to_string(), lang));
        }
    }
    None
}

/// A name without the ` (1)`, ` (2)` … a browser or a file manager adds to a second copy
/// of a file (`WhatsApp Chat with Lake Weekend (1).txt`), so that both copies name one chat
/// and are counted once. Two chats that both hold messages are joined by name only when
/// their messages overlap, so a group really called `Team (2)` is not joined to `Team`.
fn without_copy_mark(name: &str) -> &str {
    let Some((before, mark)) = name.rsplit_once(" (") else {
        return name;
    };
    let digits = mark.strip_suffix(')').unwrap_or_default();
    let is_copy = (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    match before.trim_end() {
        kept if is_copy && !kept.is_empty() => kept,
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(day_half_prefix(b"PM - x"), Some((DayHalf::Pm, 2)));
        assert_eq!(day_half_prefix(b"amazing"), None);
        assert_eq!(
            day_half_prefix("م - x".as_bytes()).map(|m| m.0),
            Some(DayHalf::Pm)
        );
        assert_eq!(DayHalf::Am.to_24h(12), Some(0));
        assert_eq!(DayHalf::Pm.to_24h(12), Some(12));
        assert_eq!(DayHalf::Pm.to_24h(23), Some(23));
        assert_eq!(DayHalf::Night.to_24h(9), Some(21));
    }

    #[test]
    fn file_names() {
        assert_eq!(
            title_from_file_name("WhatsApp Chat with Ana López"),
            Some(("Ana López".to_string(), Some(Lang::En)))
        );
        assert_eq!(
            title_from_file_name("Чат WhatsApp с\u{00A0}Мария").map(|t| t.0),
            Some("Мария".to_string())
        );
        assert_eq!(title_from_file_name("_chat"), None);
        // A second copy's mark is not part of the name.
        for (stem, name) in [
            ("WhatsApp Chat with Lake Weekend (1)", "Lake Weekend"),
            ("WhatsApp Chat with Ana (12)", "Ana"),
            ("WhatsApp Chat with Ana (x)", "Ana (x)"),
            ("WhatsApp Chat with Ana (1234)", "Ana (1234)"),
            ("WhatsApp Chat with (1)", "(1)"),
            ("WhatsApp Chat with Ana ()", "Ana ()"),
        ] {
            assert_eq!(
                title_from_file_name(stem).map(|t| t.0).as_deref(),
                Some(name),
                "{stem}"
            );
        }
    }

    #[test]
    fn month_and_weekday_names() {
        for (word, month) in [
            ("Aug", 8),
            ("March", 3),
            ("mar", 3),
            ("MAI", 5),
            ("févr", 2),
            ("марта", 3),
            ("Ağustos", 8),
            ("mrt", 3),
            ("Sept", 9),
            ("Dez", 12),
            ("ott", 10),
        ] {
            assert_eq!(month_number(word), Some(month), "{word}");
        }
        // Too short, or the start of two different months (`juin`, `juillet`).
        for word in ["ju", "jui", "apples", "m", "", "hello"] {
            assert_eq!(month_number(word), None, "{word}");
        }
        assert!(is_weekday("Tuesday"));
        assert!(is_weekday("Tue"));
        assert!(is_weekday("mardi"));
        assert!(is_weekday("Di"));
        assert!(!is_weekday("March"));
        assert!(!is_weekday("hello"));
    }
}
