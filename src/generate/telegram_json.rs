//! `footprint gen telegram-json`: a full Telegram Desktop JSON export in the exact shape
//! version 6.x writes (format notes §1), with every section, every dialog type, service
//! messages, text arrays, reactions, media placeholders, a few invalid `\xHH` escapes as
//! Telegram writes them, and login notices from the service account 777000.
//!
//! The generator also returns what it wrote ([`GenStats`]), so tests compare the
//! importer's counts with the generator's instead of with numbers typed by hand.

use std::io::{self, Write};

use chrono::DateTime;

use super::Rng;

/// What to generate.
#[derive(Clone, Debug)]
pub struct GenOptions {
    /// Messages and service events over all chats (login notices included).
    pub messages: u64,
    /// Dialogs in `chats` (at least 3: saved messages, the service chat and one more).
    pub chats: u32,
    pub seed: u64,
}

/// Counts of what was written, in the terms of `summary --json`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GenStats {
    pub messages: u64,
    pub service_events: u64,
    /// Conversations by kind id (`personal`, `group` ...), left ones excluded.
    pub conversations: std::collections::BTreeMap<&'static str, u64>,
    pub left_conversations: u64,
    pub contacts: u64,
    pub frequent_contacts: u64,
    pub sessions: u64,
    pub web_sessions: u64,
    pub login_notices: u64,
    /// Messages written with a `\xHH` escape (invalid JSON, repaired on import).
    pub invalid_escapes: u64,
    pub bytes: u64,
}

const OWNER_ID: u64 = 100_000_001;
const START_UNIX: i64 = 1_546_300_800; // 2019-01-01T00:00:00Z
const SPAN_SECS: i64 = 5 * 365 * 86_400;
/// Local offset the "exporting computer" used for `date` (UTC+1, as in Berlin in winter).
const LOCAL_OFFSET_SECS: i64 = 3600;

const FIRST_NAMES: &[&str] = &[
    "Anna",
    "Boris",
    "Chen",
    "Dalia",
    "Emil",
    "Fatima",
    "Goran",
    "Hana",
    "Ivan",
    "Jana",
    "Karim",
    "Lena",
    "小王",
    "Мария",
    "أحمد",
    "Olu",
    "Priya",
    "Quinn",
];
const LAST_NAMES: &[&str] = &[
    "Schmidt",
    "Ivanova",
    "Li",
    "Haddad",
    "Novak",
    "",
    "Okafor",
    "Sato",
    "Петров",
    "García",
];
const WORDS: &[&str] = &[
    "hello",
    "see",
    "you",
    "tomorrow",
    "ok",
    "the",
    "meeting",
    "is",
    "at",
    "noon",
    "thanks",
    "привет",
    "как",
    "дела",
    "你好",
    "明天见",
    "مرحبا",
    "lunch",
    "photo",
    "link",
    "call",
    "me",
    "later",
    "great",
    "news",
    "😀",
    "👍",
];
const DIALOG_TYPES: &[(&str, &str)] = &[
    ("personal_chat", "personal"),
    ("personal_chat", "personal"),
    ("personal_chat", "personal"),
    ("bot_chat", "bot"),
    ("private_group", "group"),
    ("private_supergroup", "group"),
    ("public_supergroup", "group"),
    ("private_channel", "channel"),
    ("public_channel", "channel"),
];
const SERVICE_ACTIONS: &[&str] = &[
    "phone_call",
    "pin_message",
    "invite_members",
    "join_group_by_link",
    "edit_group_title",
    "joined_telegram",
];
const DEVICES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "Telegram Desktop",
        "5.11.1 Snap",
        "PC-MODEL",
        "",
        "Linux ubuntu GNOME Wayland glibc 2.39",
    ),
    (
        "Telegram Android",
        "11.7.3",
        "Honor HONOR X7b",
        "Android",
        "SDK 34",
    ),
    ("Telegram iOS", "11.5", "iPhone 13", "iOS", "17.2"),
    ("Telegram Web", "2.2 K", "Firefox 121", "Web", "Linux"),
    ("Telegram macOS", "10.9", "MacBook Pro", "macOS", "14.2"),
];
const PLACES: &[(&str, &str)] = &[
    ("Berlin", "Germany"),
    ("Hamburg", "Germany"),
    ("Lisbon", "Portugal"),
    ("Shanghai", "China"),
    ("Cairo", "Egypt"),
    ("", "United States"),
];

/// Writes a full export to `out` and returns what it wrote.
pub fn write_export(options: &GenOptions, out: impl Write) -> io::Result<GenStats> {
    let mut w = CountingWriter {
        inner: io::BufWriter::with_capacity(1 << 20, out),
        bytes: 0,
    };
    let mut rng = Rng::new(options.seed);
    let mut stats = GenStats::default();
    let people: Vec<(u64, String)> = (0..200u64)
        .map(|i| {
            let first = *rng.pick(FIRST_NAMES);
            let last = *rng.pick(LAST_NAMES);
            let name = if last.is_empty() {
                first.to_string()
            } else {
                format!("{first} {last}")
            };
            (OWNER_ID + 1 + i, name)
        })
        .collect();

    w.raw("{\n \"about\": \"Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting and doesn't sell it to others.\",\n")?;
    w.raw(&format!(
        " \"personal_information\": {{\n  \"user_id\": {OWNER_ID},\n  \"first_name\": \"Alex\",\n  \"last_name\": \"Example\",\n  \"phone_number\": \"+49 151 00000000\",\n  \"username\": \"@alex_example\",\n  \"bio\": \"generated sample\"\n }},\n"
    ))?;
    w.raw(" \"profile_pictures\": [\n")?;
    for i in 0..3 {
        let t = START_UNIX + i * 400 * 86_400;
        w.raw(&format!("  {{\n   \"date\": \"{}\",\n   \"date_unixtime\": \"{t}\",\n   \"photo\": \"profile_pictures/photo_{}@01-01-2019_00-00-00.jpg\"\n  }}{}\n", local(t), i + 1, if i < 2 { "," } else { "" }))?;
    }
    w.raw(" ],\n \"stories\": [\n")?;
    let t = START_UNIX + 1800 * 86_400;
    w.raw(&format!("  {{\n   \"date\": \"{}\",\n   \"date_unixtime\": \"{t}\",\n   \"expires\": \"{}\",\n   \"expires_unixtime\": \"{}\",\n   \"pinned\": true,\n   \"media\": \"(File not included. Change data exporting settings to download.)\"\n  }}\n ],\n", local(t), local(t + 86_400), t + 86_400))?;

    // Contacts: the synced address book, many sharing one bulk-sync date.
    w.raw(" \"contacts\": {\n  \"about\": \"If you allow access, your contacts are continuously synced with Telegram.\",\n  \"list\": [\n")?;
    let contacts = 120u64;
    for i in 0..contacts {
        let (_, name) = &people[i as usize % people.len()];
        let (first, last) = name.split_once(' ').unwrap_or((name, ""));
        let t = START_UNIX
            + if i < 80 {
                3_600
            } else {
                rng.below(SPAN_SECS as u64) as i64
            };
        w.raw("   {\n    \"first_name\": ")?;
        w.string(first)?;
        w.raw(",\n    \"last_name\": ")?;
        w.string(last)?;
        w.raw(&format!(",\n    \"phone_number\": \"+49 170 {:07}\",\n    \"date\": \"{}\",\n    \"date_unixtime\": \"{t}\"\n   }}{}\n", 1_000_000 + i, local(t), comma(i + 1 < contacts)))?;
    }
    w.raw("  ]\n },\n")?;
    stats.contacts = contacts;

    w.raw(" \"frequent_contacts\": {\n  \"about\": \"This rating shows which people you are likelier to message frequently.\",\n  \"list\": [\n")?;
    let frequent = 12u64;
    for i in 0..frequent {
        let (id, name) = &people[i as usize];
        let category = ["people", "people", "inline_bots", "calls"][i as usize % 4];
        w.raw(&format!("   {{\n    \"id\": {id},\n    \"category\": \"{category}\",\n    \"type\": \"user\",\n    \"name\": "))?;
        w.string(name)?;
        w.raw(&format!(
            ",\n    \"rating\": {:.6}\n   }}{}\n",
            40.0 / (i + 1) as f64,
            comma(i + 1 < frequent)
        ))?;
    }
    w.raw("  ]\n },\n")?;
    stats.frequent_contacts = frequent;

    w.raw(" \"sessions\": {\n  \"about\": \"We store session info to display your connected devices.\",\n  \"list\": [\n")?;
    for (i, (app, version, device, platform, system)) in DEVICES.iter().enumerate() {
        let (region, country) = PLACES[i % PLACES.len()];
        let created = START_UNIX + (i as i64 + 1) * 200 * 86_400;
        let last = created + 30 * 86_400;
        // Since 2024 the server leaves session IPs empty (format notes TL;DR).
        let ip = if i % 2 == 0 {
            format!("203.0.113.{}", 10 + i)
        } else {
            String::new()
        };
        w.raw(&format!("   {{\n    \"last_active\": \"{}\",\n    \"last_active_unixtime\": \"{last}\",\n    \"last_ip\": \"{ip}\",\n    \"last_country\": \"{country}\",\n    \"last_region\": \"{region}\",\n    \"application_name\": \"{app}\",\n    \"application_version\": \"{version}\",\n    \"device_model\": \"{device}\",\n    \"platform\": \"{platform}\",\n    \"system_version\": \"{system}\",\n    \"created\": \"{}\",\n    \"created_unixtime\": \"{created}\"\n   }}{}\n", local(last), local(created), comma(i + 1 < DEVICES.len())))?;
    }
    w.raw("  ]\n },\n")?;
    stats.sessions = DEVICES.len() as u64;

    w.raw(" \"web_sessions\": {\n  \"about\": \"We store this to display the websites where you logged in using authentication via Telegram.\",\n  \"list\": [\n")?;
    for i in 0..2u64 {
        let t = START_UNIX + (i as i64 + 3) * 300 * 86_400;
        w.raw(&format!("   {{\n    \"last_active\": \"{}\",\n    \"last_active_unixtime\": \"{t}\",\n    \"last_ip\": \"198.51.100.{}\",\n    \"last_region\": \"Berlin, Germany\",\n    \"bot_username\": \"example_login_bot\",\n    \"domain_name\": \"example{i}.org\",\n    \"browser\": \"Chrome 120\",\n    \"platform\": \"Windows\",\n    \"created\": \"{}\",\n    \"created_unixtime\": \"{t}\"\n   }}{}\n", local(t), 7 + i, local(t), comma(i == 0)))?;
    }
    w.raw("  ]\n },\n")?;
    stats.web_sessions = 2;

    w.raw(" \"other_data\": {\n  \"about_meta\": \"We may collect data such as your IP address.\",\n  \"changes_log\": [\n   {\n    \"app_id\": 2040.000000,\n    \"email\": \"\",\n    \"event\": \"password_change\",\n    \"hint\": \"\",\n    \"ip\": \"203.0.113.10\",\n    \"new_email\": \"\",\n    \"timestamp\": 1709112030.000000\n   }\n  ],\n  \"ips\": [\n")?;
    for i in 0..20u64 {
        w.raw(&format!(
            "   {{\n    \"ip\": \"192.0.2.{}\"\n   }}{}\n",
            i % 12 + 1,
            comma(i < 19)
        ))?;
    }
    w.raw("  ]\n },\n")?;

    // Dialogs: saved messages, the service chat, then a rotation of every type.
    let chats = options.chats.max(3) as u64;
    let left = 2u64;
    let dialogs = chats + left;
    w.raw(" \"chats\": {\n  \"about\": \"This page lists all chats from this export.\",\n  \"list\": [\n")?;
    let shares = message_shares(options.messages, dialogs, &mut rng);
    for d in 0..dialogs {
        if d == chats {
            w.raw("  ]\n },\n \"left_chats\": {\n  \"about\": \"Below are the supergroups and channels from this export that you've left.\",\n  \"list\": [\n")?;
        }
        let is_left = d >= chats;
        let (raw_type, kind, id, name): (&str, &'static str, u64, Option<String>) = match d {
            0 => ("saved_messages", "saved", OWNER_ID, None),
            1 => (
                "personal_chat",
                "personal",
                777_000,
                Some("Telegram".into()),
            ),
            _ if is_left => (
                "public_supergroup",
                "group",
                1_700_000_000 + d,
                Some(format!("Old Club {d}")),
            ),
            _ => {
                let (t, k) = DIALOG_TYPES[(d as usize - 2) % DIALOG_TYPES.len()];
                let person = &people[d as usize % people.len()];
                let name = match k {
                    "personal" => person.1.split(' ').next().unwrap_or("").to_string(),
                    "bot" => format!("Helper Bot {d}"),
                    _ => format!("Group {d}"),
                };
                let id = if k == "personal" {
                    person.0
                } else {
                    1_500_000_000 + d
                };
                (t, k, id, Some(name))
            }
        };
        if is_left {
            stats.left_conversations += 1;
        } else {
            *stats.conversations.entry(kind).or_default() += 1;
        }
        let count = shares[d as usize];

        w.raw("   {\n")?;
        if let Some(name) = &name {
            w.raw("    \"name\": ")?;
            w.string(name)?;
            w.raw(",\n")?;
        }
        w.raw(&format!(
            "    \"type\": \"{raw_type}\",\n    \"id\": {id},\n    \"messages\": [\n"
        ))?;
        let mut t = START_UNIX + rng.below(86_400 * 30) as i64;
        let step = (SPAN_SECS / (count as i64 + 1)).max(1);
        for m in 0..count {
            t += 1 + rng.below(2 * step as u64) as i64;
            let last = m + 1 == count;
            if id == 777_000 {
                write_login_notice(&mut w, &mut rng, m, t, last)?;
                stats.login_notices += 1;
                stats.messages += 1;
                continue;
            }
            let member = &people[(d as usize * 7 + rng.below(5) as usize) % people.len()];
            let outgoing = kind == "saved" || rng.chance(40);
            let (from_id, from_name) = if outgoing {
                (OWNER_ID, "Alex Example")
            } else {
                (member.0, member.1.as_str())
            };
            if kind != "saved" && rng.chance(5) {
                write_service(&mut w, &mut rng, m, t, from_id, from_name, last)?;
                stats.service_events += 1;
            } else {
                let escaped = write_message(&mut w, &mut rng, m, t, from_id, from_name, last)?;
                stats.invalid_escapes += u64::from(escaped);
                stats.messages += 1;
            }
        }
        w.raw(&format!(
            "    ]\n   }}{}\n",
            comma(d + 1 != chats && d + 1 != dialogs)
        ))?;
    }
    w.raw("  ]\n }\n}\n")?;
    w.inner.flush()?;
    stats.bytes = w.bytes;
    Ok(stats)
}

fn write_message(
    w: &mut CountingWriter<impl Write>,
    rng: &mut Rng,
    id: u64,
    t: i64,
    from_id: u64,
    from: &str,
    last: bool,
) -> io::Result<bool> {
    w.raw(&format!("     {{\n      \"id\": {},\n      \"type\": \"message\",\n      \"date\": \"{}\",\n      \"date_unixtime\": \"{t}\",\n      \"from\": ", id + 1, local(t)))?;
    // A few accounts are deleted: `from` is null but the id stays.
    if rng.chance(1) {
        w.raw("null")?;
    } else {
        w.string(from)?;
    }
    w.raw(&format!(",\n      \"from_id\": \"user{from_id}\",\n"))?;
    if rng.chance(10) {
        w.raw("      \"photo\": \"(File not included. Change data exporting settings to download.)\",\n      \"width\": 1280,\n      \"height\": 960,\n")?;
    }
    let words = 2 + rng.below(12) as usize;
    let mut text = String::new();
    for i in 0..words {
        if i > 0 {
            text.push(' ');
        }
        text.push_str(rng.pick::<&str>(WORDS));
    }
    // Telegram writes control characters as `\xHH`, which is invalid JSON (§5.1).
    let as_array = rng.chance(25);
    let escaped = !as_array && rng.below(2_000) == 0;
    if as_array {
        w.raw("      \"text\": [\n       ")?;
        w.string(&format!("{text} "))?;
        w.raw(",\n       {\n        \"type\": \"link\",\n        \"text\": \"https://example.org\"\n       }\n      ],\n      \"text_entities\": [\n       {\n        \"type\": \"plain\",\n        \"text\": ")?;
        w.string(&format!("{text} "))?;
        w.raw("\n       },\n       {\n        \"type\": \"link\",\n        \"text\": \"https://example.org\"\n       }\n      ]")?;
    } else {
        w.raw("      \"text\": ")?;
        if escaped {
            w.raw(&format!("\"{text}\\x0C\""))?;
        } else {
            w.string(&text)?;
        }
        w.raw(",\n      \"text_entities\": [\n       {\n        \"type\": \"plain\",\n        \"text\": ")?;
        w.string(&text)?;
        w.raw("\n       }\n      ]")?;
    }
    if rng.chance(5) {
        w.raw(&format!(",\n      \"reactions\": [\n       {{\n        \"type\": \"emoji\",\n        \"count\": 1,\n        \"emoji\": \"👍\",\n        \"recent\": [\n         {{\n          \"from\": \"Alex Example\",\n          \"from_id\": \"user{OWNER_ID}\",\n          \"date\": \"{}\"\n         }}\n        ]\n       }}\n      ]", local(t + 60)))?;
    }
    w.raw(&format!("\n     }}{}\n", comma(!last)))?;
    Ok(escaped)
}

fn write_service(
    w: &mut CountingWriter<impl Write>,
    rng: &mut Rng,
    id: u64,
    t: i64,
    actor_id: u64,
    actor: &str,
    last: bool,
) -> io::Result<()> {
    let action = rng.pick(SERVICE_ACTIONS);
    w.raw(&format!("     {{\n      \"id\": {},\n      \"type\": \"service\",\n      \"date\": \"{}\",\n      \"date_unixtime\": \"{t}\",\n      \"actor\": ", id + 1, local(t)))?;
    w.string(actor)?;
    w.raw(&format!(
        ",\n      \"actor_id\": \"user{actor_id}\",\n      \"action\": \"{action}\",\n"
    ))?;
    if *action == "phone_call" {
        w.raw(&format!(
            "      \"duration_seconds\": {},\n      \"discard_reason\": \"hangup\",\n",
            rng.below(600)
        ))?;
    }
    w.raw(&format!(
        "      \"text\": \"\",\n      \"text_entities\": []\n     }}{}\n",
        comma(!last)
    ))
}

fn write_login_notice(
    w: &mut CountingWriter<impl Write>,
    rng: &mut Rng,
    id: u64,
    t: i64,
    last: bool,
) -> io::Result<()> {
    let (app, version, device, _, system) = rng.pick(DEVICES);
    let (region, country) = rng.pick(PLACES);
    let location = if region.is_empty() {
        country.to_string()
    } else {
        format!("{region}, {country}")
    };
    let ip = format!("198.51.100.{}", 20 + rng.below(40));
    let body = format!(
        " Dear Alex, we detected a login into your account from a new device.\n\nDevice: {app}, {version}, {device}, {system}\nLocation: {location} (IP = {ip})\n\nIf this wasn't you, you can terminate that session in Settings > Devices."
    );
    w.raw(&format!("     {{\n      \"id\": {},\n      \"type\": \"message\",\n      \"date\": \"{}\",\n      \"date_unixtime\": \"{t}\",\n      \"from\": \"Telegram\",\n      \"from_id\": \"user777000\",\n      \"text\": [\n       {{\n        \"type\": \"bold\",\n        \"text\": \"New login.\"\n       }},\n       ", id + 1, local(t)))?;
    w.string(&body)?;
    w.raw("\n      ],\n      \"text_entities\": [\n       {\n        \"type\": \"bold\",\n        \"text\": \"New login.\"\n       },\n       {\n        \"type\": \"plain\",\n        \"text\": ")?;
    w.string(&body)?;
    w.raw(&format!("\n       }}\n      ]\n     }}{}\n", comma(!last)))
}

/// Splits `total` messages over `dialogs` chats the way real accounts look: a few busy
/// chats and a long tail (weights 1/rank, ranks shuffled), summing exactly to `total`.
fn message_shares(total: u64, dialogs: u64, rng: &mut Rng) -> Vec<u64> {
    let mut ranks: Vec<u64> = (1..=dialogs).collect();
    for i in (1..ranks.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        ranks.swap(i, j);
    }
    let weights: Vec<f64> = ranks.iter().map(|r| 1.0 / *r as f64).collect();
    let sum: f64 = weights.iter().sum();
    let mut shares: Vec<u64> = weights
        .iter()
        .map(|w| (total as f64 * w / sum) as u64)
        .collect();
    // The service chat (dialog 1) holds login notices: dozens, not a share of millions.
    if let Some(service) = shares.get_mut(1) {
        *service = (*service).min(SERVICE_CHAT_MAX_MESSAGES);
    }
    let given: u64 = shares.iter().sum();
    if let Some(busiest) = ranks.iter().position(|r| *r == 1) {
        let busiest = if busiest == 1 { 0 } else { busiest };
        shares[busiest] += total - given;
    }
    shares
}

const SERVICE_CHAT_MAX_MESSAGES: u64 = 150;

/// The wall-clock `date` the exporting computer would write for Unix time `t`.
fn local(t: i64) -> String {
    DateTime::from_timestamp(t + LOCAL_OFFSET_SECS, 0)
        .map(|d| d.naive_utc().format("%Y-%m-%dT%H:%M:%S").to_string())
        .unwrap_or_default()
}

fn comma(more: bool) -> &'static str {
    if more { "," } else { "" }
}

struct CountingWriter<W: Write> {
    inner: io::BufWriter<W>,
    bytes: u64,
}

impl<W: Write> CountingWriter<W> {
    fn raw(&mut self, s: &str) -> io::Result<()> {
        self.bytes += s.len() as u64;
        self.inner.write_all(s.as_bytes())
    }

    /// A JSON string literal, escaped by serde_json.
    fn string(&mut self, s: &str) -> io::Result<()> {
        let quoted = serde_json::to_string(s).map_err(io::Error::other)?;
        self.raw(&quoted)
    }
}

/// Writes a single-chat export ("Export chat history"): the root is the dialog object.
pub fn write_single_chat(options: &GenOptions, out: impl Write) -> io::Result<GenStats> {
    let mut w = CountingWriter {
        inner: io::BufWriter::with_capacity(1 << 20, out),
        bytes: 0,
    };
    let mut rng = Rng::new(options.seed);
    let mut stats = GenStats::default();
    let (peer_id, peer_name) = (OWNER_ID + 42, "Мария Петрова");
    w.raw(&format!("{{\n \"name\": \"Мария\",\n \"type\": \"personal_chat\",\n \"id\": {peer_id},\n \"messages\": [\n"))?;
    let mut t = START_UNIX;
    let step = (SPAN_SECS / (options.messages as i64 + 1)).max(1);
    for m in 0..options.messages {
        t += 1 + rng.below(2 * step as u64) as i64;
        let last = m + 1 == options.messages;
        let (from_id, from) = if rng.chance(50) {
            (OWNER_ID, "Alex Example")
        } else {
            (peer_id, peer_name)
        };
        if rng.chance(3) {
            write_service(&mut w, &mut rng, m, t, from_id, from, last)?;
            stats.service_events += 1;
        } else {
            let escaped = write_message(&mut w, &mut rng, m, t, from_id, from, last)?;
            stats.invalid_escapes += u64::from(escaped);
            stats.messages += 1;
        }
    }
    w.raw(" ]\n}\n")?;
    w.inner.flush()?;
    stats.conversations.insert("personal", 1);
    stats.bytes = w.bytes;
    Ok(stats)
}
