//! "What they hold": per platform, the categories of data the exports contain, with
//! counts, date ranges and how sensitive each is, and the sections that are missing.

use super::summary::{PlatformSummary, Summary};

use super::overlap::{Merged, Overlap};
use super::topics::{ContactsData, ConversationsData, PaymentsData, SessionsData};
use crate::model::{ConversationKind, Platform, WallTime};
use crate::t;

/// A count as a Fluent argument.
fn n(count: u64) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

/// "3 groups", "1 private chat" …: a count of conversations of `kind`.
pub fn kind_count(kind: ConversationKind, count: u64) -> String {
    let count = n(count);
    match kind {
        ConversationKind::Personal => t!("kind-personal-count", count = count),
        ConversationKind::Group => t!("kind-group-count", count = count),
        ConversationKind::Channel => t!("kind-channel-count", count = count),
        ConversationKind::Bot => t!("kind-bot-count", count = count),
        ConversationKind::Saved => t!("kind-saved-count", count = count),
        ConversationKind::Other => t!("kind-other-count", count = count),
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
    /// The word people read ("high"), in the current language.
    pub fn label(self) -> String {
        match self {
            Self::Low => t!("inventory-sensitivity-low"),
            Self::Medium => t!("inventory-sensitivity-medium"),
            Self::High => t!("inventory-sensitivity-high"),
        }
    }
}

/// Which category of data a [`Category`] is (its name, its sensitivity and the hints
/// follow from it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CategoryKind {
    Identity,
    Contacts,
    Sessions,
    IpAddresses,
    Conversations,
    Messages,
    Payments,
}

impl CategoryKind {
    /// "Identity", "Sessions and devices" …, in the current language.
    pub fn name(self) -> String {
        match self {
            Self::Identity => t!("inventory-identity"),
            Self::Contacts => t!("inventory-contacts"),
            Self::Sessions => t!("inventory-sessions"),
            Self::IpAddresses => t!("inventory-ip-addresses"),
            Self::Conversations => t!("inventory-conversations"),
            Self::Messages => t!("inventory-messages"),
            Self::Payments => t!("inventory-payments"),
        }
    }

    /// Why this matters, in one sentence.
    pub fn why(self) -> String {
        match self {
            Self::Identity => t!("inventory-identity-why"),
            Self::Contacts => t!("inventory-contacts-why"),
            Self::Sessions => t!("inventory-sessions-why"),
            Self::IpAddresses => t!("inventory-ip-addresses-why"),
            Self::Conversations => t!("inventory-conversations-why"),
            Self::Messages => t!("inventory-messages-why"),
            Self::Payments => t!("inventory-payments-why"),
        }
    }
}

/// One category of data for one platform. Its texts are in the language of the thread
/// that built it ([`super::Derived::relabel`] writes them again).
#[derive(Clone, Debug)]
pub struct Category {
    pub kind: CategoryKind,
    /// [`CategoryKind::name`].
    pub name: String,
    /// Main count (0 when the export lacks it).
    pub count: u64,
    /// A short line of what the count is made of ("12 app, 3 web").
    pub detail: String,
    pub range: Option<(WallTime, WallTime)>,
    pub sensitivity: Sensitivity,
    /// Why this matters, in one sentence ([`CategoryKind::why`]).
    pub why: String,
    /// How to get it next time, when the export lacks it.
    pub missing_hint: Option<String>,
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
fn hint(platform: Platform, category: CategoryKind, has_report: bool) -> Option<String> {
    use CategoryKind::*;
    use Platform::*;
    Some(match (platform, category) {
        (WhatsApp, Identity | Contacts | Sessions) if has_report => {
            t!("inventory-hint-whatsapp-report-lists-none")
        }
        (Telegram, Sessions | IpAddresses) => t!("inventory-hint-telegram-sessions"),
        (Telegram, Contacts) => t!("inventory-hint-telegram-contacts"),
        (Telegram, Identity) => t!("inventory-hint-telegram-identity"),
        (Telegram, Conversations | Messages) => t!("inventory-hint-telegram-chats"),
        (WhatsApp, Identity | Contacts | Sessions) => t!("inventory-hint-whatsapp-report"),
        (WhatsApp, Messages | Conversations) => t!("inventory-hint-whatsapp-chats"),
        (WeChat, Payments) => t!("inventory-hint-wechat-payments"),
        (WeChat, Messages | Conversations | Contacts) => t!("inventory-hint-wechat-chats"),
        _ => return None,
    })
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
    let mut push = |kind: CategoryKind,
                    count: u64,
                    detail: String,
                    range: Option<(WallTime, WallTime)>,
                    sensitivity: Sensitivity| {
        out.push(Category {
            kind,
            name: kind.name(),
            count,
            detail,
            range,
            sensitivity,
            why: kind.why(),
            missing_hint: if count == 0 {
                hint(platform, kind, has_report)
            } else {
                None
            },
        });
    };
    push(
        CategoryKind::Identity,
        s.identity_fields.len() as u64,
        s.identity_fields
            .join(crate::i18n::format::list_separator()),
        None,
        Sensitivity::High,
    );
    let contacts_detail = if platform == Platform::Telegram && s.frequent_contacts > 0 {
        t!(
            "inventory-contacts-detail-frequent",
            count = n(s.contacts),
            frequent = n(s.frequent_contacts)
        )
    } else {
        t!("inventory-contacts-detail", count = n(s.contacts))
    };
    push(
        CategoryKind::Contacts,
        s.contacts,
        contacts_detail,
        range_of(
            contacts
                .rows
                .iter()
                .filter(|c| c.platform == platform)
                .filter_map(|c| c.added),
        ),
        Sensitivity::High,
    );
    let platform_sessions = sessions.sessions.iter().filter(|x| x.platform == platform);
    push(
        CategoryKind::Sessions,
        s.sessions + s.web_sessions,
        t!(
            "inventory-sessions-detail",
            app = n(s.sessions),
            web = n(s.web_sessions),
            devices = n(s.devices)
        ),
        range_of(platform_sessions.flat_map(|x| [x.created, x.last_active].into_iter().flatten())),
        Sensitivity::Medium,
    );
    push(
        CategoryKind::IpAddresses,
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
            let addresses = t!("inventory-ip-addresses-detail", count = n(s.ip_addresses));
            if countries.is_empty() {
                addresses
            } else {
                // The report cuts the countries off at " · " when it hides them.
                let countries: Vec<&str> = countries.into_iter().collect();
                format!(
                    "{addresses} · {}",
                    countries.join(crate::i18n::format::list_separator())
                )
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
        let of_kind = kind_count(kind, all);
        by_kind.push(if left > 0 {
            t!(
                "inventory-kind-left",
                conversations = of_kind,
                left = n(left)
            )
        } else {
            of_kind
        });
    }
    push(
        CategoryKind::Conversations,
        s.conversations.values().sum::<u64>() + s.left_conversations,
        by_kind.join(crate::i18n::format::list_separator()),
        None,
        Sensitivity::Medium,
    );
    let range = s
        .first_message
        .as_deref()
        .and_then(WallTime::parse_iso)
        .zip(s.last_message.as_deref().and_then(WallTime::parse_iso));
    push(
        CategoryKind::Messages,
        s.messages,
        t!(
            "inventory-messages-detail",
            messages = n(s.messages),
            events = n(s.service_events),
            senders = n(s.senders)
        ),
        range,
        Sensitivity::Medium,
    );
    if platform == Platform::WeChat || s.payments.is_some() {
        let count = s.payments.as_ref().map_or(0, |p| p.count);
        let detail = t!(
            "inventory-payments-detail",
            spent = super::yuan(payments.expense_cents),
            received = super::yuan(payments.income_cents)
        );
        let range = payments.first.zip(payments.last);
        push(
            CategoryKind::Payments,
            count,
            detail,
            range,
            Sensitivity::High,
        );
    }
    out
}
