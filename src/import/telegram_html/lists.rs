//! `export_results.html` and the `lists/*.html` pages: every entry is the same generic
//! block (name, subname, details, info), read once here and mapped per page.

use std::sync::LazyLock;

use scraper::{ElementRef, Html, Selector};

use super::html::{child, children, has_class, parse_date_title, selector, text};
use crate::import::ImportCtx;
use crate::model::{
    Contact, FrequentContact, IdentityField, Platform, Session, SessionKind, WallTime,
};

static ENTRY_LIST: LazyLock<Selector> = selector!("div.entry_list");
static ENTRY: LazyLock<Selector> = selector!(".entry");
static PERSONAL_ROW: LazyLock<Selector> = selector!("div.personal_info div.row");

const PLATFORM: Platform = Platform::Telegram;

/// One entry of a list page.
#[derive(Debug, Default)]
pub struct Entry {
    pub name: String,
    pub subname: String,
    pub details: Vec<String>,
    pub info: String,
    /// The link of chat entries (`../chats/chat_01/messages.html#allow_back`).
    pub href: Option<String>,
}

/// The entries of a page, one list per `entry_list` (chats.html has a second list for the
/// chats you left).
pub fn entries(doc: &Html) -> Vec<Vec<Entry>> {
    doc.select(&ENTRY_LIST)
        .map(|list| list.select(&ENTRY).map(|e| entry(&e)).collect())
        .collect()
}

fn entry(el: &ElementRef<'_>) -> Entry {
    let body = child(el, "body");
    let field = |class: &str| {
        body.and_then(|b| child(&b, class))
            .map(|e| text(&e))
            .unwrap_or_default()
    };
    Entry {
        name: field("name"),
        subname: field("subname"),
        details: body
            .map(|b| children(&b, "details_entry").map(|d| text(&d)).collect())
            .unwrap_or_default(),
        info: field("info"),
        href: el.value().attr("href").map(str::to_string),
    }
}

/// `export_results.html`: the account's identity fields.
pub fn personal_information(doc: &Html, ctx: &mut ImportCtx<'_>) {
    for row in doc.select(&PERSONAL_ROW) {
        let label = row
            .child_elements()
            .find(|c| has_class(c, "label"))
            .map(|e| text(&e));
        let value = row
            .child_elements()
            .find(|c| has_class(c, "value"))
            .map(|e| text(&e));
        let (Some(label), Some(value)) = (label, value) else {
            continue;
        };
        let field = match label.as_str() {
            "First name" => "first_name",
            "Last name" => "last_name",
            "Phone number" => "phone_number",
            "Username" => "username",
            "Bio" => "bio",
            "ID" | "User ID" => "user_id",
            _ => continue,
        };
        if !value.is_empty() {
            ctx.footprint.identity.push(IdentityField {
                source: ctx.source,
                platform: PLATFORM,
                field: field.to_string(),
                value,
            });
        }
    }
    ctx.add_records(1);
}

pub fn contacts(list: &[Entry], ctx: &mut ImportCtx<'_>) {
    for e in list {
        // HTML writes "Deleted Account" when both names are empty, even with a phone.
        let name = if e.name == "Deleted Account" {
            String::new()
        } else {
            e.name.clone()
        };
        ctx.footprint.contacts.push(Contact {
            id: None,
            source: ctx.source,
            platform: PLATFORM,
            name,
            phone: e.details.first().cloned().unwrap_or_default(),
            added: list_date(&e.info),
        });
    }
    ctx.add_records(list.len() as u64);
}

pub fn frequent(list: &[Entry], ctx: &mut ImportCtx<'_>) {
    for e in list {
        let rating = e
            .details
            .iter()
            .find_map(|d| d.strip_prefix("Rating:"))
            .and_then(|r| r.trim().parse().ok())
            .unwrap_or(0.0);
        ctx.footprint.frequent_contacts.push(FrequentContact {
            source: ctx.source,
            name: e.name.clone(),
            category: e.info.replace(' ', "_"),
            peer_kind: String::new(),
            rating,
        });
    }
    ctx.add_records(list.len() as u64);
}

pub fn sessions(list: &[Entry], kind: SessionKind, ctx: &mut ImportCtx<'_>) {
    for e in list {
        let (ip_text, place) = e
            .details
            .first()
            .and_then(|d| d.split_once('\u{2013}'))
            .map(|(ip, place)| (ip.trim().to_string(), place.trim().to_string()))
            .unwrap_or_default();
        let ip = ip_text.parse().ok();
        let last_active = labelled_date(&e.details, "Last active:");
        let created = labelled_date(&e.details, "Created:");
        let (region, country) = match place.rsplit_once(',') {
            Some((region, country)) => (region.trim().to_string(), country.trim().to_string()),
            None => (String::new(), place.clone()),
        };
        let session = match kind {
            SessionKind::App => {
                let (device, system) = match e.subname.split_once(", ") {
                    Some((device, system)) => (device.to_string(), squeeze(system)),
                    None => (e.subname.clone(), String::new()),
                };
                Session {
                    source: ctx.source,
                    platform: PLATFORM,
                    kind,
                    app: if e.name == "Unknown" {
                        String::new()
                    } else {
                        e.name.clone()
                    },
                    device,
                    system,
                    ip,
                    country,
                    region,
                    website: String::new(),
                    created,
                    last_active,
                }
            }
            SessionKind::Web => {
                let (system, browser) = e
                    .subname
                    .split_once(", ")
                    .unwrap_or((e.subname.as_str(), ""));
                let bot = e.info.trim_start_matches('@');
                Session {
                    source: ctx.source,
                    platform: PLATFORM,
                    kind,
                    app: browser.to_string(),
                    device: String::new(),
                    system: system.to_string(),
                    ip,
                    country: if place.contains(',') {
                        country
                    } else {
                        String::new()
                    },
                    region: place,
                    website: if bot.is_empty() {
                        e.name.clone()
                    } else {
                        format!("{} (@{bot})", e.name)
                    },
                    created,
                    last_active,
                }
            }
        };
        ctx.footprint.add_session(session);
    }
    ctx.add_records(list.len() as u64);
}

/// Profile pictures: only their number is identity data.
pub fn profile_pictures(list: &[Entry], ctx: &mut ImportCtx<'_>) {
    if !list.is_empty() {
        ctx.footprint.identity.push(IdentityField {
            source: ctx.source,
            platform: PLATFORM,
            field: "profile_pictures".into(),
            value: list.len().to_string(),
        });
    }
    ctx.add_records(list.len() as u64);
}

/// "Last active: 04.03.2024 12:20:30" among the details.
fn labelled_date(details: &[String], label: &str) -> Option<WallTime> {
    details
        .iter()
        .find_map(|d| d.strip_prefix(label))
        .and_then(|d| parse_date_title(d).map(|(t, _)| t))
}

/// List pages write dates as `DD.MM.YYYY HH:MM:SS` without an offset.
fn list_date(text: &str) -> Option<WallTime> {
    parse_date_title(text).map(|(t, _)| t)
}

/// The session subname has a double space when the platform is empty.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
