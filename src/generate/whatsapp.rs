//! `footprint gen whatsapp-chat`: one WhatsApp "Export chat" text file with invented
//! people, in the header format, system wording and media markers of a chosen locale.
//! The writer returns what it wrote ([`ChatStats`]) so tests compare the importer's
//! counts with the generator's plan.

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use super::Rng;

/// The locales the generator writes, by id.
pub const LOCALES: &[&str] = &[
    "en-US", "en-GB", "de", "es", "fr", "it", "pt-BR", "ru", "nl", "tr", "id", "ar", "zh-CN",
    "ios-en", "ios-de",
];

/// What to generate.
#[derive(Clone, Debug)]
pub struct ChatGenOptions {
    pub locale: String,
    /// Messages and system lines together.
    pub messages: u64,
    pub seed: u64,
}

/// Counts of what was written, in the terms of `summary --json`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChatStats {
    pub bytes: u64,
    pub messages: u64,
    pub service_events: u64,
    pub senders: u64,
    /// `YYYY-MM-DDTHH:MM:SS` of the first and last line.
    pub first: String,
    pub last: String,
    pub media: u64,
    pub deleted: u64,
}

/// How one locale writes a chat.
struct Locale {
    ios: bool,
    header: fn(&NaiveDateTime) -> String,
    encryption: &'static str,
    created: &'static str,
    added: &'static str,
    left: &'static str,
    media: &'static str,
    deleted: &'static str,
}

const PEOPLE: &[&str] = &[
    "Ana López",
    "Jonas Weber",
    "王伟",
    "عمر الفاروق",
    "Мария Иванова",
    "Priya Nair",
    "Chidi Okafor",
    "+44 7700 900123",
    "Léa Martin",
    "Kenji",
];

const TEXTS: &[&str] = &[
    "Morning! Anyone up for coffee?",
    "I'll be there in 10 minutes",
    "Did you see the game last night? 😄",
    "ok",
    "Can someone send the address again",
    "Happy birthday!! 🎉🎂",
    "Thanks, that helps a lot",
    "Running late, sorry",
    "Where are we meeting: the station or the café?",
    "haha yes",
    "Let's decide tomorrow",
    "👍",
];

fn two(n: u32) -> String {
    format!("{n:02}")
}

fn h12(t: &NaiveDateTime) -> (u32, bool) {
    let h = t.hour();
    let pm = h >= 12;
    let h = match h % 12 {
        0 => 12,
        h => h,
    };
    (h, pm)
}

fn arabic_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x0660 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

fn locale(id: &str) -> Option<Locale> {
    let android = |header: fn(&NaiveDateTime) -> String,
                   e2e: &'static str,
                   created: &'static str,
                   added: &'static str,
                   left: &'static str,
                   media: &'static str,
                   deleted: &'static str| Locale {
        ios: false,
        header,
        encryption: e2e,
        created,
        added,
        left,
        media,
        deleted,
    };
    const EN_E2E: &str = "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.";
    Some(match id {
        "en-US" => android(
            |t| {
                let (h, pm) = h12(t);
                format!(
                    "{}/{}/{}, {h}:{}\u{202F}{} - ",
                    t.month(),
                    t.day(),
                    two(t.year() as u32 % 100),
                    two(t.minute()),
                    if pm { "PM" } else { "AM" }
                )
            },
            EN_E2E,
            "{a} created group \"{g}\"",
            "{a} added {b}",
            "{a} left",
            "<Media omitted>",
            "This message was deleted",
        ),
        "en-GB" => android(
            |t| {
                format!(
                    "{}/{}/{}, {}:{} - ",
                    two(t.day()),
                    two(t.month()),
                    t.year(),
                    two(t.hour()),
                    two(t.minute())
                )
            },
            EN_E2E,
            "{a} created group \"{g}\"",
            "{a} added {b}",
            "{a} left",
            "<Media omitted>",
            "This message was deleted",
        ),
        "de" => android(
            |t| {
                format!(
                    "{}.{}.{}, {}:{} - ",
                    two(t.day()),
                    two(t.month()),
                    two(t.year() as u32 % 100),
                    two(t.hour()),
                    two(t.minute())
                )
            },
            "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören.",
            "{a} hat die Gruppe „{g}“ erstellt",
            "{a} hat {b} hinzugefügt",
            "{a} hat die Gruppe verlassen",
            "<Medien ausgeschlossen>",
            "Diese Nachricht wurde gelöscht",
        ),
        "es" => android(
            |t| {
                let (h, pm) = h12(t);
                format!(
                    "{}/{}/{} {h}:{} {}.\u{00A0}m. - ",
                    t.day(),
                    t.month(),
                    t.year(),
                    two(t.minute()),
                    if pm { "p" } else { "a" }
                )
            },
            "Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat puede leerlos ni escucharlos.",
            "{a} creó el grupo \"{g}\"",
            "{a} añadió a {b}",
            "{a} salió del grupo",
            "<Multimedia omitido>",
            "Se eliminó este mensaje",
        ),
        "fr" => android(
            |t| {
                format!(
                    "{}/{}/{} à {}:{} - ",
                    two(t.day()),
                    two(t.month()),
                    t.year(),
                    two(t.hour()),
                    two(t.minute())
                )
            },
            "Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter.",
            "{a} a créé le groupe « {g} »",
            "{a} a ajouté {b}",
            "{a} est parti",
            "<Fichier omis>",
            "Ce message a été supprimé",
        ),
        "it" => android(
            |t| {
                format!(
                    "{}/{}/{}, {}:{} - ",
                    two(t.day()),
                    two(t.month()),
                    two(t.year() as u32 % 100),
                    two(t.hour()),
                    two(t.minute())
                )
            },
            "I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat può leggerli o ascoltarli.",
            "{a} ha creato il gruppo \"{g}\"",
            "{a} ha aggiunto {b}",
            "{a} è uscito",
            "<Media omesso>",
            "Questo messaggio è stato eliminato",
        ),
        "pt-BR" => android(
            |t| {
                format!(
                    "{}/{}/{} {}:{} - ",
                    two(t.day()),
                    two(t.month()),
                    t.year(),
                    two(t.hour()),
                    two(t.minute())
                )
            },
            "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta. Ninguém fora desta conversa pode ler ou ouvi-las.",
            "{a} criou o grupo \"{g}\"",
            "{a} adicionou {b}",
            "{a} saiu",
            "<Mídia omitida>",
            "Essa mensagem foi apagada",
        ),
        "ru" => android(
            |t| {
                format!(
                    "{}.{}.{}, {}:{} - ",
                    two(t.day()),
                    two(t.month()),
                    t.year(),
                    two(t.hour()),
                    two(t.minute())
                )
            },
            "Сообщения и звонки защищены сквозным шифрованием. Никто вне этого чата не может их прочитать или прослушать.",
            "{a} создал(-а) группу \"{g}\"",
            "{a} добавил(-а) {b}",
            "{a} вышел(-ла)",
            "<Без медиафайлов>",
            "Данное сообщение удалено",
        ),
        "nl" => android(
            |t| {
                format!(
                    "{}-{}-{} {}:{} - ",
                    two(t.day()),
                    two(t.month()),
                    t.year(),
                    two(t.hour()),
                    two(t.minute())
                )
            },
            "Berichten en gesprekken worden end-to-end versleuteld. Niemand buiten deze chat kan ze lezen of beluisteren.",
            "{a} heeft groep \"{g}\" aangemaakt",
            "{a} heeft {b} toegevoegd",
            "{a} is vertrokken",
            "<Media weggelaten>",
            "Dit bericht is verwijderd",
        ),
        "tr" => android(
            |t| {
                format!(
                    "{}.{}.{} {}:{} - ",
                    two(t.day()),
                    two(t.month()),
                    t.year(),
                    two(t.hour()),
                    two(t.minute())
                )
            },
            "Mesajlar ve aramalar uçtan uca şifrelidir. Bu sohbetin dışındaki hiç kimse onları okuyamaz veya dinleyemez.",
            "{a} \"{g}\" grubunu oluşturdu",
            "{a} {b} kişisini ekledi",
            "{a} ayrıldı",
            "<Medya atlanmış>",
            "Bu mesaj silindi",
        ),
        "id" => android(
            |t| {
                format!(
                    "{}/{}/{} {}.{} - ",
                    two(t.day()),
                    two(t.month()),
                    two(t.year() as u32 % 100),
                    two(t.hour()),
                    two(t.minute())
                )
            },
            "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini dapat membaca atau mendengarkannya.",
            "{a} membuat grup \"{g}\"",
            "{a} menambahkan {b}",
            "{a} keluar",
            "<Media tidak disertakan>",
            "Pesan ini telah dihapus",
        ),
        "ar" => android(
            |t| {
                let (h, pm) = h12(t);
                arabic_digits(&format!(
                    "{}\u{200F}/{}\u{200F}/{}، {h}:{} {} - ",
                    t.day(),
                    t.month(),
                    t.year(),
                    two(t.minute()),
                    if pm { "م" } else { "ص" }
                ))
            },
            "الرسائل والمكالمات مشفرة تمامًا بين الطرفين. لا أحد خارج هذه الدردشة يمكنه قراءتها أو الاستماع إليها.",
            "{a} أنشأ المجموعة \"{g}\"",
            "{a} أضاف {b}",
            "{a} غادر",
            "<تم استبعاد الوسائط>",
            "تم حذف هذه الرسالة",
        ),
        "zh-CN" => android(
            |t| {
                format!(
                    "{}/{}/{} {}:{} - ",
                    t.year(),
                    t.month(),
                    t.day(),
                    two(t.hour()),
                    two(t.minute())
                )
            },
            "消息和通话已进行端到端加密。此对话以外的任何人（包括 WhatsApp）都无法读取或收听。",
            "{a}创建了群组“{g}”",
            "{a}添加了{b}",
            "{a}已退出",
            "<省略多媒体文件>",
            "此消息已删除",
        ),
        "ios-en" => Locale {
            ios: true,
            header: |t| {
                let (h, pm) = h12(t);
                format!(
                    "[{}/{}/{}, {h}:{}:{}\u{202F}{}] ",
                    t.month(),
                    t.day(),
                    two(t.year() as u32 % 100),
                    two(t.minute()),
                    two(t.second()),
                    if pm { "PM" } else { "AM" }
                )
            },
            encryption: EN_E2E,
            created: "{a} created group \"{g}\"",
            added: "{a} added {b}",
            left: "{a} left",
            media: "\u{200E}image omitted",
            deleted: "\u{200E}This message was deleted.",
        },
        "ios-de" => Locale {
            ios: true,
            header: |t| {
                format!(
                    "[{}.{}.{}, {}:{}:{}] ",
                    two(t.day()),
                    two(t.month()),
                    two(t.year() as u32 % 100),
                    two(t.hour()),
                    two(t.minute()),
                    two(t.second())
                )
            },
            encryption: "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören.",
            created: "{a} hat die Gruppe „{g}“ erstellt",
            added: "{a} hat {b} hinzugefügt",
            left: "{a} hat die Gruppe verlassen",
            media: "\u{200E}<Anhang: 00000042-PHOTO-2021-03-04-10-18-18.jpg>",
            deleted: "\u{200E}Diese Nachricht wurde gelöscht.",
        },
        _ => return None,
    })
}

const GROUP: &str = "Weekend Trip";

/// Writes a group chat of `options.messages` lines in `options.locale`.
pub fn write_chat(options: &ChatGenOptions, out: impl Write) -> io::Result<ChatStats> {
    let Some(loc) = locale(&options.locale) else {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "unknown locale {:?}; known: {}",
                options.locale,
                LOCALES.join(", ")
            ),
        ));
    };
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    let mut rng = Rng::new(options.seed);
    let mut stats = ChatStats::default();
    let mut t = NaiveDate::from_ymd_opt(2021, 1, 3)
        .and_then(|d| d.and_hms_opt(9, 15, 0))
        .unwrap_or_default();
    let mut senders = std::collections::BTreeSet::new();
    let mut bytes = 0u64;
    let people = PEOPLE.len() as u64;
    // Spread the chat over about three years, whatever its length, so short chats still
    // cross many month ends and long ones stay within two-digit years.
    let mean_step = (3 * 365 * 86_400 / options.messages.max(1)).max(30);
    for i in 0..options.messages {
        let mut line = (loc.header)(&t);
        let system = |text: String| -> String {
            if loc.ios {
                format!("{GROUP}: \u{200E}{text}")
            } else {
                text
            }
        };
        let fill = |template: &str, a: &str, b: &str| {
            template
                .replace("{a}", a)
                .replace("{b}", b)
                .replace("{g}", GROUP)
        };
        let a = PEOPLE[(i % people) as usize];
        let b = PEOPLE[((i + 3) % people) as usize];
        let body = match i {
            0 => Some(system(loc.encryption.to_string())),
            1 => Some(system(fill(loc.created, PEOPLE[0], ""))),
            _ if rng.chance(2) => Some(system(if rng.chance(50) {
                fill(loc.added, a, b)
            } else {
                fill(loc.left, a, b)
            })),
            _ => None,
        };
        match body {
            Some(text) => {
                line.push_str(&text);
                stats.service_events += 1;
            }
            None => {
                let author = *rng.pick(PEOPLE);
                senders.insert(author);
                line.push_str(author);
                line.push_str(": ");
                if rng.chance(6) {
                    line.push_str(loc.media);
                    stats.media += 1;
                } else if rng.chance(2) {
                    line.push_str(loc.deleted);
                    stats.deleted += 1;
                } else {
                    let text: &str = rng.pick::<&str>(TEXTS);
                    line.push_str(text);
                    if rng.chance(5) {
                        // A message of several lines.
                        let more: &str = rng.pick::<&str>(TEXTS);
                        line.push('\n');
                        line.push_str(more);
                    }
                }
                stats.messages += 1;
            }
        }
        line.push_str(if loc.ios { "\r\n" } else { "\n" });
        out.write_all(line.as_bytes())?;
        bytes += line.len() as u64;
        if stats.first.is_empty() {
            stats.first = t.format("%Y-%m-%dT%H:%M:%S").to_string();
        }
        stats.last = t.format("%Y-%m-%dT%H:%M:%S").to_string();
        let step = 20 + rng.below(mean_step * 2);
        t += chrono::Duration::seconds(step as i64);
        if !loc.ios {
            t = t.with_second(0).unwrap_or(t);
        }
    }
    out.flush()?;
    stats.bytes = bytes;
    stats.senders = senders.len() as u64;
    Ok(stats)
}
