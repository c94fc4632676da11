//! The small sections of a full export (account, contacts, sessions, other data), read
//! from a `serde_json::Value` each: they are tiny next to the chats.

use std::net::IpAddr;

use serde_json::{Map, Value};

use crate::import::ImportCtx;
use crate::input::Position;
use crate::model::OwnerNamedBy;
use crate::model::{
    AccountEvent, Contact, FrequentContact, IdentityField, IpObservation, IpOrigin, Platform,
    Session, SessionKind, WallTime, WarningKind,
};

const PLATFORM: Platform = Platform::Telegram;

/// Applies one top-level section; returns `false` for keys that are not sections. A
/// section of another JSON type than Telegram writes is skipped with a warning.
pub fn apply(key: &str, value: &Value, ctx: &mut ImportCtx<'_>) -> bool {
    let as_written = match key {
        "personal_information" | "other_data" => value.is_object(),
        _ => value.is_object() || value.is_array(),
    };
    if SECTION_KEYS.contains(&key) && !as_written {
        let found = json_kind(Some(match value {
            Value::Null => b'n',
            Value::Bool(_) => b't',
            Value::Number(_) => b'0',
            Value::String(_) => b'"',
            Value::Array(_) => b'[',
            Value::Object(_) => b'{',
        }));
        ctx.warn(
            WarningKind::SkippedRecord,
            Position::default(),
            format!("`{key}` is {found}, where Telegram writes an object; it was skipped"),
        );
        return true;
    }
    match key {
        "personal_information" => personal_information(value, ctx),
        "profile_pictures" => profile_pictures(value, ctx),
        "stories" => {
            let n = list(value).len() as u64;
            ctx.add_records(n);
        }
        "contacts" => contacts(value, ctx),
        "frequent_contacts" => frequent_contacts(value, ctx),
        "sessions" => sessions(value, ctx, SessionKind::App),
        "web_sessions" => sessions(value, ctx, SessionKind::Web),
        "other_data" => other_data(value, ctx),
        _ => return false,
    }
    true
}

/// The keys [`apply`] understands.
pub const SECTION_KEYS: &[&str] = &[
    "personal_information",
    "profile_pictures",
    "stories",
    "contacts",
    "frequent_contacts",
    "sessions",
    "web_sessions",
    "other_data",
];

fn personal_information(value: &Value, ctx: &mut ImportCtx<'_>) {
    let Some(obj) = value.as_object() else { return };
    for (field, v) in obj {
        let text = scalar_text(v);
        if !text.is_empty() {
            ctx.footprint.identity.push(IdentityField {
                source: ctx.source,
                platform: PLATFORM,
                field: field.clone(),
                value: text,
            });
        }
    }
    if let Some(id) = obj
        .get("user_id")
        .and_then(Value::as_i64)
        .filter(|id| *id > 0)
    {
        let name = full_name(obj);
        let owner = ctx
            .footprint
            .senders
            .intern(&format!("telegram:user{id}"), &name);
        if let Some(source) = ctx.footprint.sources.get_mut(ctx.source as usize) {
            source.owner = Some(owner);
            source.owner_named_by = Some(OwnerNamedBy {
                exporter: None,
                place: "personal_information",
            });
        }
    }
    ctx.add_records(1);
}

fn profile_pictures(value: &Value, ctx: &mut ImportCtx<'_>) {
    let n = list(value).len();
    if n > 0 {
        ctx.footprint.identity.push(IdentityField {
            source: ctx.source,
            platform: PLATFORM,
            field: "profile_pictures".into(),
            value: n.to_string(),
        });
    }
    ctx.add_records(n as u64);
}

fn contacts(value: &Value, ctx: &mut ImportCtx<'_>) {
    let entries = list(value);
    for entry in entries {
        let Some(obj) = entry.as_object() else {
            continue;
        };
        ctx.footprint.contacts.push(Contact {
            source: ctx.source,
            platform: PLATFORM,
            name: full_name(obj),
            phone: text_of(obj, "phone_number"),
            id: obj
                .get("user_id")
                .and_then(Value::as_i64)
                .filter(|id| *id > 0)
                .map(|id| format!("telegram:user{id}")),
            added: time_of(obj, "date"),
        });
    }
    ctx.add_records(entries.len() as u64);
}

fn frequent_contacts(value: &Value, ctx: &mut ImportCtx<'_>) {
    let entries = list(value);
    for entry in entries {
        let Some(obj) = entry.as_object() else {
            continue;
        };
        ctx.footprint.frequent_contacts.push(FrequentContact {
            source: ctx.source,
            name: text_of(obj, "name"),
            category: text_of(obj, "category"),
            peer_kind: text_of(obj, "type"),
            rating: obj.get("rating").and_then(Value::as_f64).unwrap_or(0.0),
        });
    }
    ctx.add_records(entries.len() as u64);
}

fn sessions(value: &Value, ctx: &mut ImportCtx<'_>, kind: SessionKind) {
    let entries = list(value);
    for entry in entries {
        let Some(obj) = entry.as_object() else {
            continue;
        };
        let ip = ip_of(obj, "last_ip");
        let session = match kind {
            SessionKind::App => Session {
                source: ctx.source,
                platform: PLATFORM,
                kind,
                app: join_nonempty(
                    &[
                        text_of(obj, "application_name"),
                        text_of(obj, "application_version"),
                    ],
                    " ",
                ),
                device: text_of(obj, "device_model"),
                system: join_nonempty(
                    &[text_of(obj, "platform"), text_of(obj, "system_version")],
                    " ",
                ),
                ip,
                country: text_of(obj, "last_country"),
                region: text_of(obj, "last_region"),
                website: String::new(),
                created: time_of(obj, "created"),
                last_active: time_of(obj, "last_active"),
            },
            SessionKind::Web => {
                let region = text_of(obj, "last_region");
                Session {
                    source: ctx.source,
                    platform: PLATFORM,
                    kind,
                    app: text_of(obj, "browser"),
                    device: String::new(),
                    system: text_of(obj, "platform"),
                    ip,
                    country: country_of_region(&region),
                    region,
                    website: join_nonempty(
                        &[
                            text_of(obj, "domain_name"),
                            bot_label(&text_of(obj, "bot_username")),
                        ],
                        " ",
                    ),
                    created: time_of(obj, "created"),
                    last_active: time_of(obj, "last_active"),
                }
            }
        };
        ctx.footprint.add_session(session);
    }
    ctx.add_records(entries.len() as u64);
}

fn other_data(value: &Value, ctx: &mut ImportCtx<'_>) {
    let Some(obj) = value.as_object() else { return };
    let ips = obj.get("ips").map(list).unwrap_or_default();
    for entry in ips {
        if let Some(ip) = entry.as_object().and_then(|o| ip_of(o, "ip")) {
            ctx.footprint.ip_observations.push(IpObservation {
                source: ctx.source,
                platform: PLATFORM,
                ip,
                origin: IpOrigin::IpHistory,
                time: None,
            });
        }
    }
    let changes = obj.get("changes_log").map(list).unwrap_or_default();
    for entry in changes {
        let Some(change) = entry.as_object() else {
            continue;
        };
        let ip = ip_of(change, "ip");
        // Numbers in other_data are written as floats ("1709112030.000000").
        let time = change
            .get("timestamp")
            .and_then(Value::as_f64)
            .filter(|t| t.is_finite())
            .and_then(|t| WallTime::from_unix_utc(t as i64));
        if let Some(ip) = ip {
            ctx.footprint.ip_observations.push(IpObservation {
                source: ctx.source,
                platform: PLATFORM,
                ip,
                origin: IpOrigin::AccountChange,
                time,
            });
        }
        ctx.footprint.account_events.push(AccountEvent {
            source: ctx.source,
            platform: PLATFORM,
            event: text_of(change, "event"),
            time,
            ip,
        });
    }
    ctx.add_records((ips.len() + changes.len()) as u64);
}

/// What a JSON value is, told by its first byte, in words for a warning.
pub fn json_kind(first: Option<u8>) -> &'static str {
    match first {
        Some(b'"') => "a string",
        Some(b'{') => "an object",
        Some(b'[') => "a list",
        Some(b't' | b'f') => "true or false",
        Some(b'n') => "null",
        Some(b'-' | b'0'..=b'9') => "a number",
        _ => "not JSON",
    }
}

/// The entries of a `{about, list}` section, or of a bare array.
fn list(value: &Value) -> &[Value] {
    match value {
        Value::Array(items) => items,
        Value::Object(obj) => obj
            .get("list")
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice),
        _ => &[],
    }
}

fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

fn text_of(obj: &Map<String, Value>, key: &str) -> String {
    obj.get(key).map(scalar_text).unwrap_or_default()
}

fn full_name(obj: &Map<String, Value>) -> String {
    join_nonempty(
        &[text_of(obj, "first_name"), text_of(obj, "last_name")],
        " ",
    )
}

fn join_nonempty(parts: &[String], sep: &str) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(sep)
}

fn bot_label(bot: &str) -> String {
    if bot.is_empty() {
        String::new()
    } else {
        format!("(@{bot})")
    }
}

fn ip_of(obj: &Map<String, Value>, key: &str) -> Option<IpAddr> {
    text_of(obj, key).parse().ok()
}

/// A date field: the wall-clock `key` when it parses, else `key_unixtime` shown in UTC.
pub fn time_of(obj: &Map<String, Value>, key: &str) -> Option<WallTime> {
    obj.get(key)
        .and_then(Value::as_str)
        .and_then(WallTime::parse_iso)
        .or_else(|| {
            let unix = obj.get(&format!("{key}_unixtime"))?;
            let secs = match unix {
                Value::String(s) => s.trim().parse::<i64>().ok()?,
                other => other.as_f64()? as i64,
            };
            WallTime::from_unix_utc(secs)
        })
}

/// Web sessions give "Berlin, Germany" (or "Unknown"); the country is the last part.
fn country_of_region(region: &str) -> String {
    match region.rsplit_once(',') {
        Some((_, country)) => country.trim().to_string(),
        None => String::new(),
    }
}
