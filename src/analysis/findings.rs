//! Findings: what a person can do about their footprint, in plain words. Each finding is
//! computed from the derived footprint ([`Derived`]) by one pure function, says what the
//! export shows (the numbers behind it), how to act on that platform, how much it matters
//! ([`Severity`]) and which view shows it ([`FindingView`]).
//!
//! Shown in the window's *Findings* page (and a short list on the Overview), printed by
//! `footprint findings [--json]`, and written into the HTML report.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::mask::{Detail, Shown};
use super::topics::{ConversationRow, IDLE_SESSION_DAYS, SessionRow};
use super::{Derived, conversation_detail, plural, span, yuan};
use crate::model::{
    ConversationKind, PaymentDirection, Platform, SessionKind, SourceIdx, WallTime,
};

/// A group or channel you have not written in for this long is "quiet": after two years
/// you are unlikely to come back, yet every member (and the platform) still sees you there.
pub const QUIET_CONVERSATION_DAYS: i64 = 730;
/// A bot you wrote at most this many messages to was "talked to once": it keeps what you
/// sent (and your name, username and language) for a single use.
pub const BOT_ONCE_MESSAGES: u64 = 1;
/// Payments from 00:00 to before this hour are "at night": they tell when you are awake.
pub const NIGHT_END_HOUR: u32 = 5;
/// At least this many payments to one counterparty, at a regular interval, are recurring
/// (three give two intervals to compare; two would make any pair "regular").
pub const RECURRING_MIN_PAYMENTS: usize = 3;
/// Recurring intervals are at least a week apart (daily coffee is habit, not a
/// subscription) ...
pub const RECURRING_MIN_INTERVAL_DAYS: i64 = 6;
/// ... and each within this share of their median (a month is 28 to 31 days: ±10 % of 30).
pub const RECURRING_TOLERANCE: f64 = 0.12;
/// How many of the counterparties you paid most are named.
pub const TOP_COUNTERPARTIES: usize = 3;
/// At most this many lines of evidence per finding (the view that shows it has all).
const EVIDENCE_LINES: usize = 8;

/// How much a finding matters: something still open to others (`High`), something kept
/// about you worth reviewing (`Medium`), something good to know (`Low`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    High,
    Medium,
    Low,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Self::High => "high",
            Self::Medium => "medium",
            Self::Low => "low",
        }
    }
}

/// The view that shows a finding's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingView {
    Overview,
    Contacts,
    Sessions,
    Conversations,
    Payments,
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// What kind of finding it is: `idle-sessions`, `active-websites`, `address-book`,
    /// `frequent-contacts`, `ip-addresses`, `quiet-groups`, `bots-once`,
    /// `recurring-payments`, `top-counterparties`, `night-payments`, `missing`.
    pub kind: &'static str,
    /// The platform it is about.
    pub platform: Platform,
    pub severity: Severity,
    /// One sentence: what the export shows.
    pub title: String,
    /// The numbers behind it, a line each (at most a few; the view has all).
    pub evidence: Vec<String>,
    /// How to act on that platform (its own menu names).
    pub action: String,
    pub view: FindingView,
}

impl Finding {
    /// Stable for a load: what dismissing a finding remembers.
    pub fn key(&self) -> String {
        format!("{}:{}", self.kind, self.platform.id())
    }
}

/// Every finding of the footprint, most severe first (then by platform), as of `now` (the
/// day idle and quiet are counted to). Names are shown through `shown` (masked when
/// masking).
pub fn findings(d: &Derived, now: WallTime, shown: Shown<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for platform in [Platform::Telegram, Platform::WhatsApp, Platform::WeChat] {
        if !d.summary.platforms.contains_key(&platform) {
            continue;
        }
        out.extend(idle_sessions(d, platform, now));
        out.extend(active_websites(d, platform, now));
        out.extend(address_book(d, platform));
        out.extend(frequent_contacts(d, platform));
        out.extend(ip_addresses(d, platform, now));
        out.extend(quiet_groups(d, platform, now, shown));
        out.extend(bots_once(d, platform, shown));
        out.extend(recurring_payments(d, platform, shown));
        out.extend(top_counterparties(d, platform, shown));
        out.extend(night_payments(d, platform));
        out.extend(missing(d, platform));
    }
    // Stable: within a severity, platforms keep their order and kinds the order above.
    out.sort_by_key(|f| f.severity);
    out
}

fn day(t: WallTime) -> String {
    t.to_iso().get(..10).unwrap_or("").to_string()
}

/// "2024-02-11 (2 years ago)".
fn day_ago(t: WallTime, now: WallTime) -> String {
    let days = (now.0 - t.0).div_euclid(86_400);
    if days <= 0 {
        day(t)
    } else {
        format!("{} ({} ago)", day(t), span(days))
    }
}

/// The first lines of `lines`, and how many more there are.
fn evidence(lines: impl Iterator<Item = String>) -> Vec<String> {
    let all: Vec<String> = lines.collect();
    let more = all.len().saturating_sub(EVIDENCE_LINES);
    let mut out: Vec<String> = all.into_iter().take(EVIDENCE_LINES).collect();
    if more > 0 {
        out.push(format!("and {more} more"));
    }
    out
}

/// The sessions still listed (not ended by a later export of the account).
fn sessions_of(d: &Derived, platform: Platform, kind: SessionKind) -> Vec<&SessionRow> {
    d.sessions
        .sessions
        .iter()
        .filter(|s| s.platform == platform && s.kind == kind && !s.ended)
        .collect()
}

/// Devices still listed as logged in that have been idle for half a year.
fn idle_sessions(d: &Derived, platform: Platform, now: WallTime) -> Option<Finding> {
    let listed = d.sessions.listed_as_of(platform, now);
    let mut idle: Vec<(&SessionRow, i64)> = sessions_of(d, platform, SessionKind::App)
        .into_iter()
        .filter_map(|s| Some((s, s.idle_days(listed)?)))
        .filter(|(_, days)| *days > IDLE_SESSION_DAYS)
        .collect();
    if idle.is_empty() {
        return None;
    }
    idle.sort_by_key(|(_, days)| std::cmp::Reverse(*days));
    let action = match platform {
        Platform::Telegram => {
            "In Telegram: Settings › Devices, tap each session you no longer use › Terminate Session. Under \"Automatically terminate old sessions\" choose how long an idle session may stay."
        }
        Platform::WhatsApp => {
            "In WhatsApp: Settings › Linked devices, tap each device you no longer use › Log out."
        }
        Platform::WeChat => {
            "In WeChat: Me › Settings › Account Security › Login Devices (我 › 设置 › 账号与安全 › 登录设备管理), remove the devices you no longer use."
        }
    };
    Some(Finding {
        kind: "idle-sessions",
        platform,
        severity: Severity::High,
        title: format!(
            "{} idle for more than {} months {} still logged in to {}",
            plural(idle.len() as u64, "device", "devices"),
            IDLE_SESSION_DAYS / 30,
            if idle.len() == 1 { "is" } else { "are" },
            platform.title()
        ),
        evidence: evidence(idle.iter().map(|(s, days)| {
            let last = s.last_active.or(s.created).map(day);
            format!(
                "{}: last active {}, unused for {} when the export was made",
                s.label(),
                last.unwrap_or_else(|| "never".into()),
                span(*days)
            )
        })),
        action: action.into(),
        view: FindingView::Sessions,
    })
}

/// Websites and bots logged in with the account (Telegram's "Active websites").
fn active_websites(d: &Derived, platform: Platform, now: WallTime) -> Option<Finding> {
    let web = sessions_of(d, platform, SessionKind::Web);
    if web.is_empty() {
        return None;
    }
    let listed = d.sessions.listed_as_of(platform, now);
    let idle = web
        .iter()
        .filter(|s| {
            s.idle_days(listed)
                .is_some_and(|days| days > IDLE_SESSION_DAYS)
        })
        .count();
    let action = match platform {
        Platform::Telegram => {
            "In Telegram: Settings › Privacy and Security › Active Websites, Disconnect the ones you no longer use (or Disconnect All Websites)."
        }
        _ => {
            "Log out of the site from the platform's settings, under its devices or authorised apps."
        }
    };
    Some(Finding {
        kind: "active-websites",
        platform,
        severity: if idle > 0 {
            Severity::High
        } else {
            Severity::Medium
        },
        title: format!(
            "{} logged in with your {} account{}",
            plural(web.len() as u64, "website is", "websites are"),
            platform.title(),
            if idle > 0 && web.len() == 1 {
                format!(", unused for more than {} months", IDLE_SESSION_DAYS / 30)
            } else if idle > 0 {
                format!(
                    ", {idle} of them unused for more than {} months",
                    IDLE_SESSION_DAYS / 30
                )
            } else {
                String::new()
            }
        ),
        evidence: evidence(web.iter().map(|s| {
            let last = s.last_active.or(s.created).map(day);
            format!(
                "{}: last used {}",
                s.label(),
                last.unwrap_or_else(|| "–".into())
            )
        })),
        action: action.into(),
        view: FindingView::Sessions,
    })
}

/// The address book the platform holds.
fn address_book(d: &Derived, platform: Platform) -> Option<Finding> {
    let contacts = d.summary.platforms.get(&platform)?.contacts;
    if contacts == 0 {
        return None;
    }
    let (title, action) = match platform {
        Platform::Telegram => (
            format!(
                "Telegram holds {} from your address book",
                plural(contacts, "contact", "contacts")
            ),
            "In Telegram: Settings › Privacy and Security › Data Settings, turn off Sync Contacts, then tap Delete Synced Contacts.",
        ),
        Platform::WhatsApp => (
            format!(
                "WhatsApp holds {} from your phone's address book",
                plural(contacts, "number", "numbers")
            ),
            "WhatsApp reads your address book while it has the Contacts permission. Android: Settings › Apps › WhatsApp › Permissions › Contacts › Don't allow. iPhone: Settings › Privacy & Security › Contacts, turn off WhatsApp. WhatsApp offers no button to delete what it already has.",
        ),
        Platform::WeChat => (
            format!(
                "WeChat holds your friends list: {}",
                plural(contacts, "contact", "contacts")
            ),
            "In WeChat, delete friends you no longer talk to (their profile › ··· › Delete), and under Me › Settings › Privacy choose how people may add you (by mobile number, WeChat ID, group or QR code).",
        ),
    };
    let added = d
        .contacts
        .rows
        .iter()
        .filter(|c| c.platform == platform)
        .filter_map(|c| c.added)
        .min();
    let mut lines = vec![plural(contacts, "entry", "entries")];
    if let Some(first) = added {
        lines.push(format!("the oldest added on {}", day(first)));
    }
    Some(Finding {
        kind: "address-book",
        platform,
        severity: Severity::High,
        title,
        evidence: lines,
        action: action.into(),
        view: FindingView::Contacts,
    })
}

/// Telegram's rating of whom you talk to most.
fn frequent_contacts(d: &Derived, platform: Platform) -> Option<Finding> {
    let rated = d.summary.platforms.get(&platform)?.frequent_contacts;
    if platform != Platform::Telegram || rated == 0 {
        return None;
    }
    Some(Finding {
        kind: "frequent-contacts",
        platform,
        severity: Severity::Medium,
        title: format!(
            "Telegram rates whom you talk to most: {} ranked",
            plural(rated, "person or chat", "people and chats")
        ),
        evidence: vec![format!(
            "{} rated (people, groups, bots and channels)",
            rated
        )],
        action: "In Telegram: Settings › Privacy and Security › Data Settings, turn off Suggest Frequent Contacts; this also deletes the ratings.".into(),
        view: FindingView::Contacts,
    })
}

/// The IP addresses the platform keeps, and since when.
fn ip_addresses(d: &Derived, platform: Platform, now: WallTime) -> Option<Finding> {
    let rows: Vec<_> = d
        .sessions
        .ips
        .iter()
        .filter(|r| r.platforms.contains(&platform))
        .collect();
    if rows.is_empty() {
        return None;
    }
    let mut countries: BTreeMap<&str, u64> = BTreeMap::new();
    for r in &rows {
        if let super::ip_country::IpPlace::Country(code) = &r.registered {
            *countries.entry(code.as_str()).or_default() += 1;
        }
    }
    let oldest = rows.iter().filter_map(|r| r.first).min();
    let mut lines = vec![plural(rows.len() as u64, "address", "addresses")];
    if !countries.is_empty() {
        let mut by_count: Vec<(&str, u64)> = countries.iter().map(|(c, n)| (*c, *n)).collect();
        by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        lines.push(format!(
            "registered in {}",
            by_count
                .iter()
                .map(|(c, n)| format!("{c} ({n})"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if let Some(t) = oldest {
        lines.push(format!("the oldest seen {}", day_ago(t, now)));
    }
    let action = match platform {
        Platform::Telegram => {
            "Telegram keeps addresses for security and offers no way to delete them one by one. Ending sessions you don't use (Settings › Devices) stops them adding more; a proxy (Settings › Data and Storage › Proxy) or a VPN keeps your address from Telegram in future."
        }
        Platform::WhatsApp => {
            "WhatsApp offers no way to delete the addresses it logged. A VPN keeps your address from it in future; Settings › Privacy › Advanced › Protect IP address in calls hides it from the people you call."
        }
        Platform::WeChat => {
            "WeChat offers no way to delete the addresses it logged. A VPN keeps your address from it in future."
        }
    };
    Some(Finding {
        kind: "ip-addresses",
        platform,
        severity: Severity::Medium,
        title: format!(
            "{} knows {} of yours{}",
            platform.title(),
            plural(rows.len() as u64, "IP address", "IP addresses"),
            if countries.is_empty() {
                String::new()
            } else {
                format!(
                    " in {}",
                    plural(countries.len() as u64, "country", "countries")
                )
            }
        ),
        evidence: lines,
        action: action.into(),
        view: FindingView::Sessions,
    })
}

/// The conversations of `platform` (not left) whose writers can be told apart.
fn known_conversations(
    d: &Derived,
    platform: Platform,
) -> impl Iterator<Item = &ConversationRow> + '_ {
    d.conversations
        .rows
        .iter()
        .filter(move |c| c.platform == platform && !c.left)
        .filter(|c| c.messages > 0 && c.owner_unknown == 0)
}

/// Groups and channels you are still in but had not written in for the two years before
/// their export was made (the latest message of the files they come from; you may have
/// written since, which the export cannot show). Each is measured against its own
/// export, so another file loaded beside it changes nothing.
fn quiet_groups(
    d: &Derived,
    platform: Platform,
    now: WallTime,
    shown: Shown<'_>,
) -> Option<Finding> {
    let mut export_latest: HashMap<SourceIdx, WallTime> = HashMap::new();
    for c in &d.conversations.rows {
        for (s, last) in c.sources.iter().zip(std::iter::repeat(c.last)) {
            if let Some(last) = last {
                let e = export_latest.entry(*s).or_insert(last);
                *e = (*e).max(last);
            }
        }
    }
    let cutoff = |c: &ConversationRow| {
        let made = c
            .sources
            .iter()
            .filter_map(|s| export_latest.get(s))
            .max()
            .copied()?
            .min(now);
        Some(made.0 - QUIET_CONVERSATION_DAYS * 86_400)
    };
    let mut quiet: Vec<&ConversationRow> = known_conversations(d, platform)
        .filter(|c| matches!(c.kind, ConversationKind::Group | ConversationKind::Channel))
        .filter(|c| {
            cutoff(c).is_some_and(|cutoff| {
                c.last_sent.is_none_or(|t| t.0 < cutoff)
                    // Joined within the two years and silent since: too early to tell.
                    && c.first.is_some_and(|t| t.0 < cutoff)
            })
        })
        .collect();
    if quiet.is_empty() {
        return None;
    }
    quiet.sort_by_key(|c| c.last_sent.or(c.first));
    let channels = quiet
        .iter()
        .filter(|c| c.kind == ConversationKind::Channel)
        .count();
    let (one, many) = match channels {
        0 => ("group", "groups"),
        n if n == quiet.len() => ("channel", "channels"),
        _ => ("group or channel", "groups and channels"),
    };
    let action = match platform {
        Platform::Telegram => {
            "Leave those you no longer follow: open it › the three-dot menu › Leave Group (or Leave Channel). Other members keep seeing your old messages after you leave; delete them first if you want them gone."
        }
        Platform::WhatsApp => {
            "Leave those you no longer follow: open the group › the three-dot menu › More › Exit group. Members keep seeing your number until you leave."
        }
        Platform::WeChat => {
            "Leave those you no longer follow: open the group › ··· › Delete and Leave (删除并退出)."
        }
    };
    Some(Finding {
        kind: "quiet-groups",
        platform,
        severity: Severity::Medium,
        title: format!(
            "You are still in {} on {} where you had not written for {} years before the export",
            plural(quiet.len() as u64, one, many),
            platform.title(),
            QUIET_CONVERSATION_DAYS / 365
        ),
        evidence: evidence(quiet.iter().map(|c| {
            let name = shown.text(conversation_detail(c.kind), &c.name);
            match c.last_sent {
                Some(t) => format!("{name}: you last wrote on {}", day(t)),
                None => format!("{name}: you never wrote ({})", c.kind_label),
            }
        })),
        action: action.into(),
        view: FindingView::Conversations,
    })
}

/// Bots you wrote to once or not at all, whose chats you kept.
fn bots_once(d: &Derived, platform: Platform, shown: Shown<'_>) -> Option<Finding> {
    let bots: Vec<&ConversationRow> = known_conversations(d, platform)
        .filter(|c| c.kind == ConversationKind::Bot && c.sent <= BOT_ONCE_MESSAGES)
        .collect();
    if bots.is_empty() {
        return None;
    }
    Some(Finding {
        kind: "bots-once",
        platform,
        severity: Severity::Low,
        title: format!(
            "{} you talked to once still {} your chat",
            plural(bots.len() as u64, "bot", "bots"),
            if bots.len() == 1 { "has" } else { "have" }
        ),
        evidence: evidence(bots.iter().map(|c| {
            format!(
                "{}: {} from you, {} in all",
                shown.text(Detail::Bot, &c.name),
                plural(c.sent, "message", "messages"),
                c.messages
            )
        })),
        action: "A bot keeps what you sent it, with your name, username and language. Open the bot › the three-dot menu › Block (Stop and block bot), then Delete Chat.".into(),
        view: FindingView::Conversations,
    })
}

/// Expense payments per counterparty, oldest first.
fn expenses_by_counterparty(
    d: &Derived,
    platform: Platform,
) -> BTreeMap<&str, Vec<(WallTime, i64)>> {
    let mut by: BTreeMap<&str, Vec<(WallTime, i64)>> = BTreeMap::new();
    for r in d
        .payments
        .rows
        .iter()
        .filter(|r| r.platform == platform && r.direction == PaymentDirection::Expense)
    {
        let name = r.counterparty.trim();
        if !name.is_empty() && name != "/" {
            by.entry(name).or_default().push((r.time, r.amount_cents));
        }
    }
    for payments in by.values_mut() {
        payments.sort_by_key(|p| p.0);
    }
    by
}

/// The interval in days at which `times` recur, when they do: at least
/// [`RECURRING_MIN_PAYMENTS`], a week or more apart, each interval close to the median.
pub fn recurring_interval(times: &[WallTime]) -> Option<i64> {
    if times.len() < RECURRING_MIN_PAYMENTS {
        return None;
    }
    let mut gaps: Vec<i64> = times
        .windows(2)
        .map(|w| match w {
            [a, b] => (b.0 - a.0).div_euclid(86_400),
            _ => 0,
        })
        .collect();
    gaps.sort_unstable();
    let median = *gaps.get(gaps.len() / 2)?;
    if median < RECURRING_MIN_INTERVAL_DAYS {
        return None;
    }
    let slack = (median as f64 * RECURRING_TOLERANCE).max(2.0);
    gaps.iter()
        .all(|&g| (g - median).abs() as f64 <= slack)
        .then_some(median)
}

/// "every month", "every 2 weeks", "every 45 days".
fn every(days: i64) -> String {
    match days {
        6..=8 => "every week".into(),
        13..=15 => "every 2 weeks".into(),
        27..=32 => "every month".into(),
        85..=95 => "every 3 months".into(),
        355..=375 => "every year".into(),
        _ => format!("every {days} days"),
    }
}

/// Payments to one counterparty at a regular interval: subscriptions and automatic
/// deductions.
fn recurring_payments(d: &Derived, platform: Platform, shown: Shown<'_>) -> Option<Finding> {
    let mut recurring: Vec<(&str, i64, usize, i64)> = expenses_by_counterparty(d, platform)
        .into_iter()
        .filter_map(|(name, payments)| {
            let times: Vec<WallTime> = payments.iter().map(|p| p.0).collect();
            let interval = recurring_interval(&times)?;
            let total: i64 = payments.iter().map(|p| p.1).sum();
            Some((name, interval, payments.len(), total))
        })
        .collect();
    if recurring.is_empty() {
        return None;
    }
    recurring.sort_by_key(|r| std::cmp::Reverse(r.3));
    Some(Finding {
        kind: "recurring-payments",
        platform,
        severity: Severity::Medium,
        title: format!(
            "{} {} at a regular interval",
            plural(recurring.len() as u64, "counterparty is", "counterparties are"),
            "paid"
        ),
        evidence: evidence(recurring.iter().map(|(name, interval, n, total)| {
            format!(
                "{}: {} {}, {} in all",
                shown.text(Detail::Counterparty, name),
                plural(*n as u64, "payment", "payments"),
                every(*interval),
                yuan(*total)
            )
        })),
        action: "Check what is deducted automatically: WeChat › Me › Services › Wallet › Payment Settings › Automatic Deductions (我 › 服务 › 钱包 › 支付设置 › 自动续费), and cancel what you no longer want.".into(),
        view: FindingView::Payments,
    })
}

/// The counterparties you paid most.
fn top_counterparties(d: &Derived, platform: Platform, shown: Shown<'_>) -> Option<Finding> {
    let mut top: Vec<(&str, i64, usize)> = expenses_by_counterparty(d, platform)
        .into_iter()
        .map(|(name, p)| (name, p.iter().map(|x| x.1).sum(), p.len()))
        .collect();
    if top.is_empty() {
        return None;
    }
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let total: i64 = d
        .payments
        .rows
        .iter()
        .filter(|r| r.platform == platform && r.direction == PaymentDirection::Expense)
        .map(|r| r.amount_cents)
        .sum();
    let top: Vec<_> = top.into_iter().take(TOP_COUNTERPARTIES).collect();
    let share = top.iter().map(|t| t.1).sum::<i64>() as f64 / total.max(1) as f64;
    Some(Finding {
        kind: "top-counterparties",
        platform,
        severity: Severity::Low,
        title: format!(
            "{} of your spending went to {}",
            format_args!("{:.0} %", share * 100.0),
            if top.len() == 1 {
                "one counterparty".to_string()
            } else {
                format!("{} counterparties", top.len())
            }
        ),
        evidence: top
            .iter()
            .map(|(name, cents, n)| {
                format!(
                    "{}: {} in {}",
                    shown.text(Detail::Counterparty, name),
                    yuan(*cents),
                    plural(*n as u64, "payment", "payments")
                )
            })
            .collect(),
        action: "WeChat Pay keeps every payment with whom you paid, and bills cannot be deleted. Paying these another way keeps future payments out of this record.".into(),
        view: FindingView::Payments,
    })
}

/// Payments you made at night (not money received or moved between your own accounts).
fn night_payments(d: &Derived, platform: Platform) -> Option<Finding> {
    let all: Vec<_> = d
        .payments
        .rows
        .iter()
        .filter(|r| r.platform == platform && r.direction == PaymentDirection::Expense)
        .collect();
    let night: Vec<_> = all
        .iter()
        .filter(|r| {
            r.time
                .naive()
                .is_some_and(|t| chrono::Timelike::hour(&t) < NIGHT_END_HOUR)
        })
        .collect();
    if night.is_empty() {
        return None;
    }
    let last = night.iter().map(|r| r.time).max();
    let mut lines = vec![format!(
        "{} of {} you made ({:.0} %)",
        night.len(),
        plural(all.len() as u64, "payment", "payments"),
        night.len() as f64 * 100.0 / all.len().max(1) as f64
    )];
    if let Some(t) = last {
        lines.push(format!("the latest on {}", day(t)));
    }
    Some(Finding {
        kind: "night-payments",
        platform,
        severity: Severity::Low,
        title: format!(
            "{} between 00:00 and {NIGHT_END_HOUR:02}:00",
            plural(night.len() as u64, "payment was", "payments were")
        ),
        evidence: lines,
        action: "Night-time payments tell WeChat when you are awake and where you are at night. There is nothing to switch off; check the bill for payments you do not recognise: Me › Services › Wallet › Bills.".into(),
        view: FindingView::Payments,
    })
}

/// What the export did not include, and how to get it next time.
fn missing(d: &Derived, platform: Platform) -> Option<Finding> {
    let inventory = d.inventory.iter().find(|i| i.platform == platform)?;
    let gaps: Vec<(&str, &str)> = inventory
        .categories
        .iter()
        .filter(|c| c.count == 0)
        .filter_map(|c| Some((c.name, c.missing_hint?)))
        .collect();
    if gaps.is_empty() {
        return None;
    }
    let mut hints: Vec<&str> = Vec::new();
    for (_, hint) in &gaps {
        if !hints.contains(hint) {
            hints.push(hint);
        }
    }
    let names: Vec<&str> = gaps.iter().map(|g| g.0).collect();
    Some(Finding {
        kind: "missing",
        platform,
        severity: Severity::Low,
        title: format!(
            "The {} export did not include: {}",
            platform.title(),
            names.join(", ")
        ),
        evidence: gaps
            .iter()
            .map(|(name, _)| format!("{name}: none in the loaded files"))
            .collect(),
        action: hints.join(" "),
        view: FindingView::Overview,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::inventory::{Category, PlatformInventory, Sensitivity};
    use crate::analysis::ip_country::IpPlace;
    use crate::analysis::summary::PlatformSummary;
    use crate::analysis::topics::{ContactRow, IpRow, PaymentRow};

    const DAY: i64 = 86_400;

    fn at(y: i32, m: u32, d: u32) -> WallTime {
        WallTime::from_fields(y, m, d, 12, 0, 0).unwrap()
    }

    fn now() -> WallTime {
        at(2026, 6, 1)
    }

    fn plain() -> Shown<'static> {
        Shown { masker: None }
    }

    /// A footprint that has `platform` and nothing else.
    fn with(platform: Platform) -> Derived {
        let mut d = Derived::default();
        d.summary
            .platforms
            .insert(platform, PlatformSummary::default());
        d
    }

    fn kinds(d: &Derived) -> Vec<&'static str> {
        findings(d, now(), plain()).iter().map(|f| f.kind).collect()
    }

    fn only(d: &Derived, kind: &str) -> Finding {
        let all = findings(d, now(), plain());
        let mut of_kind: Vec<Finding> = all.into_iter().filter(|f| f.kind == kind).collect();
        assert_eq!(of_kind.len(), 1, "one {kind}");
        of_kind.remove(0)
    }

    fn session(kind: SessionKind, last: WallTime) -> SessionRow {
        SessionRow {
            platform: Platform::Telegram,
            kind,
            app: "Telegram Android".into(),
            device: "Pixel 9".into(),
            system: "Android 15".into(),
            ip: None,
            place: String::new(),
            website: if kind == SessionKind::Web {
                "example.org".into()
            } else {
                String::new()
            },
            created: Some(at(2020, 1, 1)),
            last_active: Some(last),
            ended: false,
        }
    }

    #[test]
    fn nothing_to_say_about_an_empty_footprint() {
        assert!(kinds(&with(Platform::Telegram)).is_empty());
        assert!(kinds(&Derived::default()).is_empty());
    }

    #[test]
    fn idle_sessions_are_those_unused_for_half_a_year() {
        let mut d = with(Platform::Telegram);
        d.sessions.sessions = vec![
            session(SessionKind::App, now()),
            session(SessionKind::App, WallTime(now().0 - 100 * DAY)),
        ];
        assert!(!kinds(&d).contains(&"idle-sessions"));
        d.sessions
            .sessions
            .push(session(SessionKind::App, at(2024, 2, 11)));
        let f = only(&d, "idle-sessions");
        assert_eq!(f.severity, Severity::High);
        assert!(
            f.title
                .starts_with("1 device idle for more than 6 months is")
        );
        assert_eq!(f.evidence.len(), 1);
        assert!(
            f.evidence[0]
                .contains("last active 2024-02-11, unused for 2 years when the export was made"),
            "{f:?}"
        );
        assert!(f.action.contains("Terminate"));
        assert_eq!(f.view, FindingView::Sessions);
    }

    #[test]
    fn idle_is_counted_to_the_export_not_to_today() {
        // An export made in 2021: the device that made it was active then, another had
        // been unused for a year. Years later, only that other one is idle.
        let mut d = with(Platform::Telegram);
        d.sessions.sessions = vec![
            session(SessionKind::App, at(2021, 3, 1)),
            session(SessionKind::App, at(2020, 3, 1)),
        ];
        let f = only(&d, "idle-sessions");
        assert_eq!(f.evidence.len(), 1);
        assert!(
            f.evidence[0].contains("last active 2020-03-01, unused for 12 months"),
            "{f:?}"
        );
    }

    #[test]
    fn websites_still_logged_in_are_found_and_idle_ones_are_severe() {
        let mut d = with(Platform::Telegram);
        d.sessions.sessions = vec![session(SessionKind::App, now())];
        assert!(!kinds(&d).contains(&"active-websites"));
        d.sessions
            .sessions
            .push(session(SessionKind::Web, WallTime(now().0 - 10 * DAY)));
        let f = only(&d, "active-websites");
        assert_eq!(f.severity, Severity::Medium);
        assert!(f.action.contains("Active Websites"));
        d.sessions
            .sessions
            .push(session(SessionKind::Web, at(2021, 1, 1)));
        let f = only(&d, "active-websites");
        assert_eq!(f.severity, Severity::High);
        assert!(f.title.contains("2 websites are") && f.title.contains("1 of them"));
        // Web sessions are not also counted as idle devices.
        assert!(!kinds(&d).contains(&"idle-sessions"));
    }

    #[test]
    fn an_address_book_is_found_per_platform_with_its_own_action() {
        let mut d = with(Platform::WhatsApp);
        assert!(!kinds(&d).contains(&"address-book"));
        d.summary
            .platforms
            .get_mut(&Platform::WhatsApp)
            .unwrap()
            .contacts = 8;
        d.contacts.rows.push(ContactRow {
            platform: Platform::WhatsApp,
            name: "Ana".into(),
            phone: "+49 170 1".into(),
            added: Some(at(2019, 3, 4)),
        });
        let f = only(&d, "address-book");
        assert_eq!(
            f.title,
            "WhatsApp holds 8 numbers from your phone's address book"
        );
        assert_eq!(f.evidence, ["8 entries", "the oldest added on 2019-03-04"]);
        assert!(f.action.contains("Permissions › Contacts"));
    }

    #[test]
    fn frequent_contacts_are_a_telegram_finding() {
        let mut d = with(Platform::Telegram);
        assert!(!kinds(&d).contains(&"frequent-contacts"));
        d.summary
            .platforms
            .get_mut(&Platform::Telegram)
            .unwrap()
            .frequent_contacts = 12;
        let f = only(&d, "frequent-contacts");
        assert!(f.action.contains("Suggest Frequent Contacts"));
    }

    #[test]
    fn ip_addresses_are_counted_with_their_countries_and_the_oldest() {
        let mut d = with(Platform::Telegram);
        assert!(!kinds(&d).contains(&"ip-addresses"));
        let row = |ip: &str, code: &str, first: WallTime| IpRow {
            ip: ip.parse().unwrap(),
            platforms: vec![Platform::Telegram],
            origins: "session".into(),
            seen: 1,
            first: Some(first),
            last: Some(first),
            places: String::new(),
            countries: Vec::new(),
            registered: IpPlace::Country(code.into()),
        };
        d.sessions.ips = vec![
            row("46.4.0.1", "DE", at(2023, 1, 1)),
            row("46.4.0.2", "DE", at(2022, 5, 6)),
            row("8.8.8.8", "US", at(2024, 1, 1)),
        ];
        let f = only(&d, "ip-addresses");
        assert_eq!(
            f.title,
            "Telegram knows 3 IP addresses of yours in 2 countries"
        );
        assert_eq!(f.evidence[1], "registered in DE (2), US (1)");
        assert!(f.evidence[2].starts_with("the oldest seen 2022-05-06"));
        // Another platform's addresses are not Telegram's.
        for r in &mut d.sessions.ips {
            r.platforms = vec![Platform::WhatsApp];
        }
        assert!(!kinds(&d).contains(&"ip-addresses"));
    }

    fn conversation(
        kind: ConversationKind,
        sent: u64,
        last_sent: Option<WallTime>,
    ) -> ConversationRow {
        ConversationRow {
            idx: 0,
            platform: Platform::Telegram,
            name: "Hiking club".into(),
            kind,
            kind_label: kind.label().into(),
            left: false,
            sources: vec![0],
            messages: 40,
            service_events: 0,
            first: Some(at(2019, 1, 1)),
            last: Some(now()),
            sent,
            last_sent,
            owner_unknown: 0,
        }
    }

    #[test]
    fn quiet_groups_are_those_you_have_not_written_in_for_two_years() {
        let mut d = with(Platform::Telegram);
        d.conversations.rows = vec![
            conversation(ConversationKind::Group, 5, Some(at(2025, 12, 1))),
            // A private chat is never "quiet".
            conversation(ConversationKind::Personal, 0, None),
        ];
        assert!(!kinds(&d).contains(&"quiet-groups"));
        let mut left = conversation(ConversationKind::Group, 1, Some(at(2020, 1, 1)));
        left.left = true;
        d.conversations.rows.push(left);
        let mut unknown = conversation(ConversationKind::Channel, 0, None);
        unknown.owner_unknown = 40;
        d.conversations.rows.push(unknown);
        assert!(
            !kinds(&d).contains(&"quiet-groups"),
            "left, or writer unknown"
        );
        d.conversations.rows.push(conversation(
            ConversationKind::Group,
            3,
            Some(at(2023, 5, 10)),
        ));
        d.conversations
            .rows
            .push(conversation(ConversationKind::Channel, 0, None));
        let f = only(&d, "quiet-groups");
        assert!(
            f.title
                .starts_with("You are still in 2 groups and channels on Telegram")
        );
        assert!(
            f.evidence
                .iter()
                .any(|l| l.contains("you last wrote on 2023-05-10"))
        );
        assert!(
            f.evidence
                .iter()
                .any(|l| l.contains("you never wrote (channel)"))
        );
        // Counted from the export's latest message, not today: an export whose last
        // message is from 2024 has not had two quiet years after 2023.
        for c in &mut d.conversations.rows {
            c.last = Some(at(2024, 1, 1));
        }
        let f = only(&d, "quiet-groups");
        assert!(f.title.contains("1 channel"), "{}", f.title);
    }

    #[test]
    fn bots_talked_to_once_are_found() {
        let mut d = with(Platform::Telegram);
        d.conversations.rows = vec![conversation(ConversationKind::Bot, 7, Some(now()))];
        assert!(!kinds(&d).contains(&"bots-once"));
        d.conversations
            .rows
            .push(conversation(ConversationKind::Bot, 1, Some(at(2022, 1, 1))));
        let f = only(&d, "bots-once");
        assert_eq!(f.title, "1 bot you talked to once still has your chat");
        assert_eq!(f.evidence, ["Hiking club: 1 message from you, 40 in all"]);
    }

    fn payment(time: WallTime, who: &str, cents: i64) -> PaymentRow {
        PaymentRow {
            platform: Platform::WeChat,
            time,
            kind: "商户消费".into(),
            counterparty: who.into(),
            goods: "".into(),
            direction: PaymentDirection::Expense,
            amount_cents: cents,
            method: "零钱".into(),
            status: "支付成功".into(),
        }
    }

    #[test]
    fn recurring_intervals_need_three_regular_payments_a_week_or_more_apart() {
        let days = |list: &[i64]| -> Vec<WallTime> {
            list.iter()
                .map(|d| WallTime(at(2024, 1, 15).0 + d * DAY))
                .collect()
        };
        assert_eq!(recurring_interval(&days(&[0, 31, 60, 91, 121])), Some(31));
        assert_eq!(recurring_interval(&days(&[0, 7, 14, 21])), Some(7));
        assert_eq!(recurring_interval(&days(&[0, 30])), None, "two payments");
        assert_eq!(recurring_interval(&days(&[0, 1, 2, 3])), None, "daily");
        assert_eq!(
            recurring_interval(&days(&[0, 30, 45, 90])),
            None,
            "irregular"
        );
    }

    #[test]
    fn recurring_payments_top_counterparties_and_night_payments() {
        let mut d = with(Platform::WeChat);
        assert!(kinds(&d).is_empty());
        // Irregular payments to a shop, in the daytime.
        for (day, cents) in [(0, 1200), (3, 5000), (40, 800)] {
            d.payments.rows.push(payment(
                WallTime(at(2024, 1, 1).0 + day * DAY),
                "京东商城",
                cents,
            ));
        }
        let found = kinds(&d);
        assert!(!found.contains(&"recurring-payments"));
        assert!(!found.contains(&"night-payments"));
        let top = only(&d, "top-counterparties");
        assert_eq!(top.title, "100 % of your spending went to one counterparty");
        assert_eq!(top.evidence, ["京东商城: ¥70.00 in 3 payments"]);
        // A monthly subscription, paid at 01:30.
        for month in 1..=4 {
            let t = WallTime::from_fields(2024, month, 5, 1, 30, 0).unwrap();
            d.payments.rows.push(payment(t, "QQ音乐", 1500));
        }
        let f = only(&d, "recurring-payments");
        assert_eq!(
            f.evidence,
            ["QQ音乐: 4 payments every month, ¥60.00 in all"]
        );
        assert!(f.action.contains("自动续费"));
        let night = only(&d, "night-payments");
        assert_eq!(night.title, "4 payments were between 00:00 and 05:00");
        assert_eq!(night.evidence[0], "4 of 7 payments you made (57 %)");
        // Money received at night is not a payment made.
        let mut received = payment(
            WallTime::from_fields(2024, 6, 5, 2, 0, 0).unwrap(),
            "李娜",
            500,
        );
        received.direction = PaymentDirection::Income;
        d.payments.rows.push(received);
        assert_eq!(
            only(&d, "night-payments").evidence[0],
            "4 of 7 payments you made (57 %)"
        );
        assert_eq!(only(&d, "top-counterparties").evidence.len(), 2);
    }

    #[test]
    fn what_an_export_lacks_is_a_finding_with_how_to_get_it() {
        let mut d = with(Platform::Telegram);
        let category = |name: &'static str, count: u64, hint: Option<&'static str>| Category {
            name,
            count,
            detail: String::new(),
            range: None,
            sensitivity: Sensitivity::High,
            why: "",
            missing_hint: hint,
        };
        d.inventory = vec![PlatformInventory {
            platform: Platform::Telegram,
            categories: vec![
                category("Messages", 10, None),
                category("Identity", 0, None),
            ],
            merged_note: None,
        }];
        assert!(!kinds(&d).contains(&"missing"), "no hint, nothing to do");
        d.inventory[0].categories.push(category(
            "Contacts",
            0,
            Some("Export again with \"Contacts list\" ticked."),
        ));
        let f = only(&d, "missing");
        assert_eq!(f.title, "The Telegram export did not include: Contacts");
        assert_eq!(f.action, "Export again with \"Contacts list\" ticked.");
    }

    #[test]
    fn findings_come_most_severe_first_and_names_are_masked_when_masking() {
        let mut d = with(Platform::Telegram);
        d.conversations.rows = vec![conversation(ConversationKind::Bot, 0, None)];
        d.sessions.sessions = vec![
            session(SessionKind::App, at(2020, 1, 1)),
            session(SessionKind::App, now()),
        ];
        let all = findings(&d, now(), plain());
        assert_eq!(
            all.iter().map(|f| f.severity).collect::<Vec<_>>(),
            [Severity::High, Severity::Low]
        );
        let mut masker = crate::analysis::Masker::default();
        masker.register(Detail::Bot, "Hiking club");
        let masked = findings(
            &d,
            now(),
            Shown {
                masker: Some(&masker),
            },
        );
        let bots = masked.iter().find(|f| f.kind == "bots-once").unwrap();
        assert!(
            !bots.evidence[0].contains("Hiking club"),
            "{:?}",
            bots.evidence
        );
        assert!(bots.evidence[0].starts_with("Bot 1"));
    }
}
