//! "What they hold": per platform, the categories of data the exports contain, with
//! counts, date ranges and how sensitive each is, and the sections that are missing.

use super::summary::{PlatformSummary, Summary};

use super::overlap::{Merged, Overlap};
use super::topics::{ContactsData, ConversationsData, PaymentsData, SessionsData};
use crate::model::{ConversationKind, Platform, WallTime};

/// "groups", "private chats" … for a count of `n` conversations of `kind`.
pub fn kind_plural(kind: ConversationKind, n: u64) -> &'static str {
    let one = n == 1;
    match kind {
        ConversationKind::Personal if one => "private chat",
        ConversationKind::Personal => "private chats",
        ConversationKind::Group if one => "group",
        ConversationKind::Group => "groups",
        ConversationKind::Channel if one => "channel",
        ConversationKind::Channel => "channels",
        ConversationKind::Bot if one => "bot",
        ConversationKind::Bot => "bots",
        ConversationKind::Saved => "saved messages",
        ConversationKind::Other => "other",
    }
}

/// How much a category reveals about the account owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Sensitivity {
    Low,
    Medium,
    High,
}

impl Sensitivity {
    pub fn label(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }
}

/// One category of data for one platform.
#[derive(Clone, Debug)]
pub struct Category {
    pub name: &'static str,
    /// Main count (0 when the export lacks it).
    pub count: u64,
    /// A short line of what the count is made of ("12 app, 3 web").
    pub detail: String,
    pub range: Option<(WallTime, WallTime)>,
    pub sensitivity: Sensitivity,
    /// Why this matters, in one sentence.
    pub why: &'static str,
    /// How to get it next time, when the export lacks it.
    pub missing_hint: Option<&'static str>,
}

#[derive(Clone, Debug)]
pub struct PlatformInventory {
    pub platform: Platform,
    pub categories: Vec<Category>,
    /// What several sources held and was counted once ([`Merged::describe`]).
    pub merged_note: Option<String>,
}

fn range_of(times: impl Iterator<Item = WallTime>) -> Option<(WallTime, WallTime)> {
    times.fold(None, |acc, t| match acc {
        None => Some((t, t)),
        Some((a, b)) => Some((a.min(t), b.max(t))),
    })
}

/// How to get a category next time; `has_report` says a WhatsApp account report is
/// already loaded (then it simply holds none of that).
fn hint(platform: Platform, category: &str, has_report: bool) -> Option<&'static str> {
    use Platform::*;
    match (platform, category) {
        (WhatsApp, "Identity") | (WhatsApp, "Contacts") | (WhatsApp, "Sessions and devices")
            if has_report =>
        {
            Some("The loaded account report lists none.")
        }
        (Telegram, "Sessions and devices") | (Telegram, "IP addresses and places") => Some(
            "Export again with \"Active sessions\" and \"Miscellaneous data\" ticked (both are off by default).",
        ),
        (Telegram, "Contacts") => Some("Export again with \"Contacts list\" ticked."),
        (Telegram, "Identity") => Some("Export again with \"Account information\" ticked."),
        (Telegram, "Conversations") | (Telegram, "Messages") => Some(
            "Tick the chat types you want (bot chats, public groups and channels are off by default).",
        ),
        (WhatsApp, "Identity") | (WhatsApp, "Contacts") | (WhatsApp, "Sessions and devices") => {
            Some(
                "Request the account report: Settings › Account › Request account info (ready in about 3 days).",
            )
        }
        (WhatsApp, "Messages") | (WhatsApp, "Conversations") => {
            Some("Open a chat › ⋮ › More › Export chat (one chat at a time).")
        }
        (WeChat, "Payments") => Some(
            "我 › 服务 › 钱包 › 账单 › 常见问题 › 下载账单 › 用于个人对账 (the zip's password arrives as a WeChat Pay message).",
        ),
        (WeChat, "Messages") | (WeChat, "Conversations") | (WeChat, "Contacts") => Some(
            "WeChat has no official chat export; tools such as MemoTrace or WeFlow write files Footprint reads.",
        ),
        _ => None,
    }
}

/// The views' data an inventory draws on.
pub struct Views<'a> {
    pub contacts: &'a ContactsData,
    pub sessions: &'a SessionsData,
    pub conversations: &'a ConversationsData,
    pub payments: &'a PaymentsData,
}

/// Builds the inventory of every platform in the summary.
pub fn build(summary: &Summary, overlap: &Overlap, views: &Views<'_>) -> Vec<PlatformInventory> {
    let has_report = summary
        .sources
        .iter()
        .any(|s| s.format == "whatsapp-account");
    summary
        .platforms
        .iter()
        .map(|(&platform, s)| PlatformInventory {
            platform,
            categories: categories(platform, s, views, has_report),
            merged_note: overlap.merged.get(&platform).and_then(Merged::describe),
        })
        .collect()
}

fn categories(
    platform: Platform,
    s: &PlatformSummary,
    views: &Views<'_>,
    has_report: bool,
) -> Vec<Category> {
    let (contacts, sessions, payments) = (views.contacts, views.sessions, views.payments);
    let mut out = Vec::new();
    let mut push = |name: &'static str,
                    count: u64,
                    detail: String,
                    range: Option<(WallTime, WallTime)>,
                    sensitivity: Sensitivity,
                    why: &'static str| {
        out.push(Category {
            name,
            count,
            detail,
            range,
            sensitivity,
            why,
            missing_hint: if count == 0 {
                hint(platform, name, has_report)
            } else {
                None
            },
        });
    };
    push(
        "Identity",
        s.identity_fields.len() as u64,
        s.identity_fields.join(", "),
        None,
        Sensitivity::High,
        "Who you are: the fields that tie the account to you.",
    );
    let frequent = if platform == Platform::Telegram && s.frequent_contacts > 0 {
        format!(" · {} ranked as frequent", s.frequent_contacts)
    } else {
        String::new()
    };
    push(
        "Contacts",
        s.contacts,
        format!("{} address-book entries{frequent}", s.contacts),
        range_of(
            contacts
                .rows
                .iter()
                .filter(|c| c.platform == platform)
                .filter_map(|c| c.added),
        ),
        Sensitivity::High,
        "Your address book: people who never agreed to be uploaded.",
    );
    let platform_sessions = sessions.sessions.iter().filter(|x| x.platform == platform);
    push(
        "Sessions and devices",
        s.sessions + s.web_sessions,
        format!(
            "{} app, {} web · {} device models",
            s.sessions, s.web_sessions, s.devices
        ),
        range_of(platform_sessions.flat_map(|x| [x.created, x.last_active].into_iter().flatten())),
        Sensitivity::Medium,
        "Which phones and computers you use, and since when.",
    );
    push(
        "IP addresses and places",
        s.ip_addresses,
        {
            // Every country the export names for an address: sessions' and login notices'.
            let mut countries: std::collections::BTreeSet<&str> =
                s.countries.iter().map(String::as_str).collect();
            for ip in sessions
                .ips
                .iter()
                .filter(|r| r.platforms.contains(&platform))
            {
                countries.extend(ip.countries.iter().map(String::as_str));
            }
            if countries.is_empty() {
                format!("{} addresses", s.ip_addresses)
            } else {
                let countries: Vec<&str> = countries.into_iter().collect();
                format!("{} addresses · {}", s.ip_addresses, countries.join(", "))
            }
        },
        range_of(
            sessions
                .ips
                .iter()
                .filter(|r| r.platforms.contains(&platform))
                .flat_map(|r| [r.first, r.last].into_iter().flatten()),
        ),
        Sensitivity::High,
        "Where you were when you connected.",
    );
    // The summary counts those left apart (its contract); here every kind counts all of
    // its conversations, and says how many of them were left, so the parts add up.
    let mut by_kind: Vec<String> = Vec::new();
    for kind in ConversationKind::ALL {
        let of_kind = views
            .conversations
            .rows
            .iter()
            .filter(|r| r.platform == platform && r.kind == kind);
        let (all, left) = of_kind.fold((0u64, 0u64), |(all, left), r| {
            (all + 1, left + u64::from(r.left))
        });
        if all == 0 {
            continue;
        }
        let name = kind_plural(kind, all);
        by_kind.push(if left > 0 {
            format!("{all} {name} ({left} left)")
        } else {
            format!("{all} {name}")
        });
    }
    push(
        "Conversations",
        s.conversations.values().sum::<u64>() + s.left_conversations,
        by_kind.join(", "),
        None,
        Sensitivity::Medium,
        "Whom you talk to, which groups and channels you joined or left.",
    );
    let range = s
        .first_message
        .as_deref()
        .and_then(WallTime::parse_iso)
        .zip(s.last_message.as_deref().and_then(WallTime::parse_iso));
    push(
        "Messages",
        s.messages,
        format!(
            "{}, {}, {}",
            super::plural(s.messages, "message", "messages"),
            super::plural(s.service_events, "service event", "service events"),
            super::plural(s.senders, "sender", "senders")
        ),
        range,
        Sensitivity::Medium,
        "When you are awake, busy and with whom: activity over the years.",
    );
    if platform == Platform::WeChat || s.payments.is_some() {
        let count = s.payments.as_ref().map_or(0, |p| p.count);
        let detail = format!(
            "{} spent, {} received",
            super::yuan(payments.expense_cents),
            super::yuan(payments.income_cents)
        );
        let range = payments.first.zip(payments.last);
        push(
            "Payments",
            count,
            detail,
            range,
            Sensitivity::High,
            "What you buy, from whom, and when.",
        );
    }
    out
}
