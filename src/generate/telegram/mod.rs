//! `footprint gen telegram-json|telegram-html`: a full Telegram Desktop export (or a single
//! chat) with invented people, as version 6.x writes it: every section, every dialog type,
//! service messages, text arrays, reactions, media placeholders, a few invalid `\xHH`
//! escapes (JSON) and login notices from the service account 777000.
//!
//! One driver decides everything (all randomness is here) and hands the same data to a
//! [`json`] or an [`html`] writer, as Telegram's "Both" option does, so the two forms can
//! be compared. The driver returns what it wrote ([`GenStats`]), so tests compare the
//! importer's counts with the generator's instead of with numbers typed by hand.

pub mod html;
pub mod json;

pub use html::{write_html_export, write_html_single_chat};
pub use json::{write_export, write_single_chat};

use std::io;

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
    /// Only valid JSON: none of the `\xHH` escapes some Telegram Desktop versions write
    /// (which the importer repairs and counts as warnings). The built-in sample is clean.
    pub clean: bool,
    /// The export as it would be on this day (Unix seconds; `footprint gen --as-of`): only
    /// what existed by then (messages, contacts, sessions created, profile pictures, part
    /// of the IP history), sessions idle for more than [`TERMINATED_AFTER_SECS`] by then
    /// ended, and activity capped at it. The same seed gives the same people, messages and
    /// sessions at every date, so two dates are two states of one account. `None`: all.
    pub as_of: Option<i64>,
}

/// When the left groups were left ([`GenOptions::as_of`]): halfway through the span.
const LEFT_AT: i64 = START_UNIX + SPAN_SECS / 2;

/// A session unused this long by the export's date is gone from it (ended on another
/// device, or by Telegram's "automatically terminate old sessions").
pub const TERMINATED_AFTER_SECS: i64 = 2 * 365 * 86_400;

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
    /// Messages written with a `\xHH` escape (invalid JSON, repaired on import; JSON only).
    pub invalid_escapes: u64,
    pub bytes: u64,
}

pub(crate) const OWNER_ID: u64 = 100_000_001;
pub(crate) const OWNER_NAME: &str = "Alex Example";
/// All messages of deleted accounts come from this one id (`from: null`).
const DELETED_ID: u64 = 100_999_999;
const START_UNIX: i64 = 1_546_300_800; // 2019-01-01T00:00:00Z
const SPAN_SECS: i64 = 5 * 365 * 86_400;
/// Local offset the "exporting computer" used for `date` (UTC+1, as in Berlin in winter).
pub(crate) const LOCAL_OFFSET_SECS: i64 = 3600;
const SERVICE_CHAT_MAX_MESSAGES: u64 = 150;

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
/// The service actions a chat with one person can have (no group events).
const PERSONAL_SERVICE_ACTIONS: &[&str] = &["phone_call", "pin_message", "joined_telegram"];
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

/// The account's sections, decided before any dialog.
pub struct Plan {
    pub people: Vec<(u64, String)>,
    pub profile_pictures: Vec<i64>,
    pub story: i64,
    pub contacts: Vec<PlanContact>,
    pub frequent: Vec<PlanFrequent>,
    pub sessions: Vec<PlanSession>,
    pub web_sessions: Vec<PlanWebSession>,
    pub ip_history: Vec<String>,
}

pub struct PlanContact {
    pub first: String,
    pub last: String,
    pub phone: String,
    pub unix: i64,
}

pub struct PlanFrequent {
    pub id: u64,
    pub category: &'static str,
    pub name: String,
    pub rating: f64,
}

pub struct PlanSession {
    pub app: &'static str,
    pub version: &'static str,
    pub device: &'static str,
    pub platform: &'static str,
    pub system: &'static str,
    pub region: &'static str,
    pub country: &'static str,
    /// Empty since 2024 for most sessions (format notes TL;DR).
    pub ip: String,
    pub created: i64,
    pub last_active: i64,
}

pub struct PlanWebSession {
    pub domain: String,
    pub bot: &'static str,
    pub ip: String,
    pub region: &'static str,
    pub browser: &'static str,
    pub platform: &'static str,
    pub created: i64,
    pub last_active: i64,
}

impl Plan {
    /// The account as an export on `t` shows it ([`GenOptions::as_of`]).
    fn on_day(mut self, t: i64) -> Self {
        self.contacts.retain(|c| c.unix <= t);
        self.profile_pictures.retain(|p| *p <= t);
        let listed = |created: i64, last_active: i64| {
            created <= t && t - last_active.min(t) <= TERMINATED_AFTER_SECS
        };
        // Each device is used until a month after the next one arrives; the newest by `t`
        // is the one exporting, active at `t`.
        let mut created: Vec<i64> = self.sessions.iter().map(|s| s.created).collect();
        created.sort_unstable();
        for s in &mut self.sessions {
            let next = created.iter().find(|c| **c > s.created && **c <= t);
            s.last_active = next.map_or(t, |n| (n + 30 * 86_400).min(t));
        }
        self.sessions.retain(|s| listed(s.created, s.last_active));
        self.web_sessions
            .retain(|s| listed(s.created, s.last_active));
        for s in &mut self.web_sessions {
            s.last_active = s.last_active.min(t);
        }
        // The IP history grows over the years: the share of it seen by `t`.
        let share = ((t - START_UNIX) as f64 / SPAN_SECS as f64).clamp(0.0, 1.0);
        let kept = (self.ip_history.len() as f64 * share).ceil() as usize;
        self.ip_history.truncate(kept);
        self
    }
}

/// A dialog and how many messages it gets.
pub struct Dialog {
    pub raw_type: &'static str,
    pub kind: &'static str,
    pub id: u64,
    /// `name` as JSON writes it (first name only for people; absent for saved messages).
    pub name: Option<String>,
    /// The name chats.html and the page header show (the full name for people).
    pub display_name: String,
    pub left: bool,
    pub count: u64,
}

/// One generated message.
pub struct Message {
    pub id: u64,
    pub unix: i64,
    pub body: Body,
    pub from_id: u64,
    pub from: String,
    /// A deleted account: JSON writes `"from": null`, HTML "Deleted Account".
    pub deleted: bool,
    pub photo: bool,
    pub reaction: bool,
}

pub enum Body {
    Text {
        text: String,
        /// `text` as an array with a link entity.
        as_array: bool,
        /// Written with a `\x0C` escape (JSON).
        escaped: bool,
    },
    Service {
        action: &'static str,
        duration_secs: u64,
    },
    LoginNotice {
        body: String,
    },
}

/// What a writer does with the driver's data.
pub trait ExportWriter {
    /// Everything before the chats (not called for a single-chat export).
    fn sections(&mut self, plan: &Plan) -> io::Result<()>;
    fn begin_dialog(&mut self, dialog: &Dialog, index: usize) -> io::Result<()>;
    fn message(&mut self, dialog: &Dialog, message: &Message, last: bool) -> io::Result<()>;
    fn end_dialog(&mut self, dialog: &Dialog, index: usize, last: bool) -> io::Result<()>;
    /// Flushes and returns the bytes written.
    fn finish(&mut self) -> io::Result<u64>;
}

/// Generates a full export into `writer`.
pub fn drive(options: &GenOptions, writer: &mut dyn ExportWriter) -> io::Result<GenStats> {
    let mut rng = Rng::new(options.seed);
    let mut stats = GenStats::default();
    let plan = plan(&mut rng);
    let plan = match options.as_of {
        Some(t) => plan.on_day(t),
        None => plan,
    };
    stats.contacts = plan.contacts.len() as u64;
    stats.frequent_contacts = plan.frequent.len() as u64;
    stats.sessions = plan.sessions.len() as u64;
    stats.web_sessions = plan.web_sessions.len() as u64;
    writer.sections(&plan)?;

    let chats = u64::from(options.chats.max(3));
    let left = 2u64;
    let total = chats + left;
    let shares = message_shares(options.messages, total, &mut rng);
    for d in 0..total {
        let mut dialog = dialog(d, chats, &plan.people);
        dialog.count = shares.get(d as usize).copied().unwrap_or(0);
        // The left groups were left halfway through: an earlier export still has them.
        if options.as_of.is_some_and(|t| t < LEFT_AT) {
            dialog.left = false;
        }
        if dialog.left {
            stats.left_conversations += 1;
        } else {
            *stats.conversations.entry(dialog.kind).or_default() += 1;
        }
        writer.begin_dialog(&dialog, d as usize)?;
        let members: Vec<&(u64, String)> = (0..5)
            .map(|k| &plan.people[(d as usize * 7 + k) % plan.people.len()])
            .collect();
        let style = Style {
            single_chat: false,
            clean: options.clean,
            as_of: options.as_of,
        };
        messages(&dialog, &members, style, &mut rng, &mut stats, writer)?;
        writer.end_dialog(&dialog, d as usize, d + 1 == total)?;
    }
    stats.bytes = writer.finish()?;
    Ok(stats)
}

/// Generates a single-chat export ("Export chat history") into `writer`.
pub fn drive_single_chat(
    options: &GenOptions,
    writer: &mut dyn ExportWriter,
) -> io::Result<GenStats> {
    let mut rng = Rng::new(options.seed);
    let mut stats = GenStats::default();
    let dialog = Dialog {
        raw_type: "personal_chat",
        kind: "personal",
        id: OWNER_ID + 42,
        name: Some("Мария".into()),
        display_name: "Мария Петрова".into(),
        left: false,
        count: options.messages,
    };
    writer.begin_dialog(&dialog, 0)?;
    let peer = (OWNER_ID + 42, "Мария Петрова".to_string());
    let style = Style {
        single_chat: true,
        clean: options.clean,
        as_of: options.as_of,
    };
    messages(&dialog, &[&peer], style, &mut rng, &mut stats, writer)?;
    writer.end_dialog(&dialog, 0, true)?;
    stats.conversations.insert("personal", 1);
    stats.bytes = writer.finish()?;
    Ok(stats)
}

fn plan(rng: &mut Rng) -> Plan {
    // Names are unique, so HTML (which has no ids) tells the same people apart as JSON.
    let mut seen = std::collections::HashSet::new();
    let people: Vec<(u64, String)> = (0..200u64)
        .map(|i| {
            let first = *rng.pick(FIRST_NAMES);
            let last = *rng.pick(LAST_NAMES);
            let base = if last.is_empty() {
                first.to_string()
            } else {
                format!("{first} {last}")
            };
            let mut name = base.clone();
            let mut n = 2;
            while !seen.insert(name.clone()) {
                name = format!("{base} {n}");
                n += 1;
            }
            (OWNER_ID + 1 + i, name)
        })
        .collect();
    let contacts = (0..120u64)
        .map(|i| {
            let (_, name) = &people[i as usize % people.len()];
            let (first, last) = name.split_once(' ').unwrap_or((name, ""));
            let unix = START_UNIX
                + if i < 80 {
                    3_600
                } else {
                    rng.below(SPAN_SECS as u64) as i64
                };
            PlanContact {
                first: first.into(),
                last: last.into(),
                phone: super::cast::telegram_number(i),
                unix,
            }
        })
        .collect();
    let frequent = (0..12u64)
        .map(|i| {
            let (id, name) = &people[i as usize];
            PlanFrequent {
                id: *id,
                category: ["people", "people", "inline_bots", "calls"][i as usize % 4],
                name: name.clone(),
                rating: 40.0 / (i + 1) as f64,
            }
        })
        .collect();
    let sessions = DEVICES
        .iter()
        .enumerate()
        .map(|(i, (app, version, device, platform, system))| {
            let (region, country) = PLACES[i % PLACES.len()];
            let created = START_UNIX + (i as i64 + 1) * 200 * 86_400;
            PlanSession {
                app,
                version,
                device,
                platform,
                system,
                region,
                country,
                ip: if i % 2 == 0 {
                    format!("203.0.113.{}", 10 + i)
                } else {
                    String::new()
                },
                created,
                last_active: created + 30 * 86_400,
            }
        })
        .collect();
    let web_sessions = (0..2u64)
        .map(|i| {
            let t = START_UNIX + (i as i64 + 3) * 300 * 86_400;
            PlanWebSession {
                domain: format!("example{i}.org"),
                bot: "example_login_bot",
                // One IPv4, one IPv6.
                ip: if i == 0 {
                    "198.51.100.7".into()
                } else {
                    "2001:db8::7".into()
                },
                region: "Berlin, Germany",
                browser: "Chrome 120",
                platform: "Windows",
                created: t,
                last_active: t,
            }
        })
        .collect();
    Plan {
        people,
        profile_pictures: (0..3).map(|i| START_UNIX + i * 400 * 86_400).collect(),
        story: START_UNIX + 1800 * 86_400,
        contacts,
        frequent,
        sessions,
        web_sessions,
        ip_history: (0..20u64)
            .map(|i| format!("192.0.2.{}", i % 12 + 1))
            .collect(),
    }
}

/// Dialog `d` of a full export: saved messages, the service chat, then every type in turn;
/// the last two are left groups.
fn dialog(d: u64, chats: u64, people: &[(u64, String)]) -> Dialog {
    let left = d >= chats;
    let (raw_type, kind, id, name, display_name) = match d {
        0 => (
            "saved_messages",
            "saved",
            OWNER_ID,
            None,
            "Saved messages".to_string(),
        ),
        1 => (
            "personal_chat",
            "personal",
            777_000,
            Some("Telegram".to_string()),
            "Telegram".to_string(),
        ),
        _ if left => {
            let name = format!("Old Club {d}");
            (
                "public_supergroup",
                "group",
                1_700_000_000 + d,
                Some(name.clone()),
                name,
            )
        }
        _ => {
            let (t, k) = DIALOG_TYPES[(d as usize - 2) % DIALOG_TYPES.len()];
            let person = &people[d as usize % people.len()];
            let id = if k == "personal" {
                person.0
            } else {
                1_500_000_000 + d
            };
            match k {
                "personal" => {
                    let first = person.1.split(' ').next().unwrap_or("").to_string();
                    (t, k, id, Some(first), person.1.clone())
                }
                "bot" => (
                    t,
                    k,
                    id,
                    Some(format!("Helper Bot {d}")),
                    format!("Helper Bot {d}"),
                ),
                _ => (t, k, id, Some(format!("Group {d}")), format!("Group {d}")),
            }
        }
    };
    Dialog {
        raw_type,
        kind,
        id,
        name,
        display_name,
        left,
        count: 0,
    }
}

/// How a chat's messages are written.
#[derive(Clone, Copy)]
struct Style {
    /// A single-chat export (more messages of the owner, fewer service events).
    single_chat: bool,
    /// No invalid `\xHH` escapes ([`GenOptions::clean`]).
    clean: bool,
    /// [`GenOptions::as_of`].
    as_of: Option<i64>,
}

/// Hours (local time) when people mostly sleep: most messages that fall in them move to
/// the morning, so the hour × weekday chart has quiet nights.
const NIGHT: std::ops::Range<i64> = 1..7;

fn messages(
    dialog: &Dialog,
    members: &[&(u64, String)],
    style: Style,
    rng: &mut Rng,
    stats: &mut GenStats,
    writer: &mut dyn ExportWriter,
) -> io::Result<()> {
    let mut t = START_UNIX + rng.below(86_400 * 30) as i64;
    let step = (SPAN_SECS / (dialog.count as i64 + 1)).max(1);
    let single_chat = style.single_chat;
    let until = style.as_of.unwrap_or(i64::MAX);
    // With a date, the messages after it are generated (the random sequence stays that of
    // the whole export, so an earlier export is a prefix of a later one) but not written;
    // each is written once the next shows whether it is the last.
    let mut pending: Option<Message> = None;
    for m in 0..dialog.count {
        let counted = (
            stats.messages,
            stats.service_events,
            stats.login_notices,
            stats.invalid_escapes,
        );
        t += 1 + rng.below(2 * step as u64) as i64;
        let hour = (t + LOCAL_OFFSET_SECS).rem_euclid(86_400) / 3600;
        if NIGHT.contains(&hour) && !rng.chance(8) {
            // Into the day, anywhere from the morning to the evening.
            t += (NIGHT.end - hour) * 3600 + rng.below(14 * 3600) as i64;
        }
        let last = m + 1 == dialog.count;
        let message = if dialog.id == 777_000 {
            stats.login_notices += 1;
            stats.messages += 1;
            login_notice(m, t, rng)
        } else {
            let member = members[rng.below(members.len() as u64) as usize];
            let outgoing = dialog.kind == "saved" || rng.chance(if single_chat { 50 } else { 40 });
            let (from_id, from) = if outgoing {
                (OWNER_ID, OWNER_NAME.to_string())
            } else {
                (member.0, member.1.clone())
            };
            // HTML gives service events no time of their own, so no chat starts or ends
            // with one (the two forms then agree on first and last times).
            let service_percent = if single_chat { 3 } else { 5 };
            if dialog.kind != "saved" && m > 0 && !last && rng.chance(service_percent) {
                stats.service_events += 1;
                let actions = if matches!(dialog.kind, "personal" | "bot") {
                    PERSONAL_SERVICE_ACTIONS
                } else {
                    SERVICE_ACTIONS
                };
                service(m, t, from_id, from, actions, rng)
            } else {
                stats.messages += 1;
                // Deleted accounts show up in groups and channels.
                let may_be_deleted = matches!(dialog.kind, "group" | "channel");
                let message = text_message(m, t, from_id, from, may_be_deleted, style.clean, rng);
                if let Body::Text { escaped: true, .. } = message.body {
                    stats.invalid_escapes += 1;
                }
                message
            }
        };
        if message.unix > until {
            (
                stats.messages,
                stats.service_events,
                stats.login_notices,
                stats.invalid_escapes,
            ) = counted;
            continue;
        }
        if style.as_of.is_none() {
            writer.message(dialog, &message, last)?;
        } else if let Some(previous) = pending.replace(message) {
            writer.message(dialog, &previous, false)?;
        }
    }
    if let Some(previous) = pending {
        writer.message(dialog, &previous, true)?;
    }
    Ok(())
}

fn text_message(
    m: u64,
    t: i64,
    from_id: u64,
    from: String,
    may_be_deleted: bool,
    clean: bool,
    rng: &mut Rng,
) -> Message {
    let deleted = rng.chance(1) && may_be_deleted;
    let photo = rng.chance(10);
    let words = 2 + rng.below(12) as usize;
    let mut text = String::new();
    for i in 0..words {
        if i > 0 {
            text.push(' ');
        }
        text.push_str(rng.pick::<&str>(WORDS));
    }
    let as_array = rng.chance(25);
    let escaped = !as_array && rng.below(2_000) == 0 && !clean;
    let reaction = rng.chance(5);
    let (from_id, from) = if deleted {
        (DELETED_ID, String::new())
    } else {
        (from_id, from)
    };
    Message {
        id: m + 1,
        unix: t,
        body: Body::Text {
            text,
            as_array,
            escaped,
        },
        from_id,
        from,
        deleted,
        photo,
        reaction,
    }
}

fn service(
    m: u64,
    t: i64,
    from_id: u64,
    from: String,
    actions: &[&'static str],
    rng: &mut Rng,
) -> Message {
    let action = *rng.pick(actions);
    let duration_secs = if action == "phone_call" {
        rng.below(600)
    } else {
        0
    };
    Message {
        id: m + 1,
        unix: t,
        body: Body::Service {
            action,
            duration_secs,
        },
        from_id,
        from,
        deleted: false,
        photo: false,
        reaction: false,
    }
}

fn login_notice(m: u64, t: i64, rng: &mut Rng) -> Message {
    let (app, version, device, _, system) = rng.pick(DEVICES);
    // Each address belongs to one place, as a real one does.
    let place = rng.below(PLACES.len() as u64);
    let (region, country) = PLACES[place as usize];
    let location = if region.is_empty() {
        country.to_string()
    } else {
        format!("{region}, {country}")
    };
    let ip = format!("198.51.100.{}", 20 + place * 6 + rng.below(6));
    let body = format!(
        " Dear Alex, we detected a login into your account from a new device.\n\nDevice: {app}, {version}, {device}, {system}\nLocation: {location} (IP = {ip})\n\nIf this wasn't you, you can terminate that session in Settings > Devices."
    );
    Message {
        id: m + 1,
        unix: t,
        body: Body::LoginNotice { body },
        from_id: 777_000,
        from: "Telegram".into(),
        deleted: false,
        photo: false,
        reaction: false,
    }
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

/// The wall-clock time the exporting computer shows for Unix time `t`.
pub(crate) fn local(t: i64) -> chrono::NaiveDateTime {
    DateTime::from_timestamp(t + LOCAL_OFFSET_SECS, 0)
        .map(|d| d.naive_utc())
        .unwrap_or_default()
}
