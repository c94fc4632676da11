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
use super::{Derived, conversation_detail, span, thousands, yuan};
use crate::model::{
    ConversationKind, PaymentDirection, Platform, SessionKind, SourceIdx, WallTime,
};
use crate::t;

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
    /// The word people read ("high"), in the current language.
    pub fn label(self) -> String {
        match self {
            Self::High => t!("finding-severity-high"),
            Self::Medium => t!("finding-severity-medium"),
            Self::Low => t!("finding-severity-low"),
        }
    }

    /// The serde name (`high`, `medium`, `low`): the same in every language, for ids and
    /// style classes.
    pub fn id(self) -> &'static str {
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
/// masking); the texts are in the current thread's language (the `kind`s are the same
/// in every language).
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

/// The day of `t` as the current language writes dates ("Feb 11, 2024").
fn day(t: WallTime) -> String {
    t.naive()
        .map(|n| crate::i18n::format::date(n.date()))
        .unwrap_or_default()
}

/// "Feb 11, 2024 (2 years ago)".
fn day_ago(t: WallTime, now: WallTime) -> String {
    let days = (now.0 - t.0).div_euclid(86_400);
    if days <= 0 {
        day(t)
    } else {
        t!("finding-date-ago", date = day(t), span = span(days))
    }
}

/// The first lines of `lines`, and how many more there are.
fn evidence(lines: impl Iterator<Item = String>) -> Vec<String> {
    let all: Vec<String> = lines.collect();
    let more = all.len().saturating_sub(EVIDENCE_LINES);
    let mut out: Vec<String> = all.into_iter().take(EVIDENCE_LINES).collect();
    if more > 0 {
        out.push(t!("finding-more", count = more));
    }
    out
}

/// A count as a Fluent argument (counts of lists here never come near `i64::MAX`).
fn n(count: usize) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

/// A `u64` count as a Fluent argument.
fn n64(count: u64) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
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
        Platform::Telegram => t!("finding-idle-sessions-action-telegram"),
        Platform::WhatsApp => t!("finding-idle-sessions-action-whatsapp"),
        Platform::WeChat => t!("finding-idle-sessions-action-wechat"),
    };
    Some(Finding {
        kind: "idle-sessions",
        platform,
        severity: Severity::High,
        title: t!(
            "finding-idle-sessions-title",
            count = n(idle.len()),
            months = IDLE_SESSION_DAYS / 30,
            platform = platform.title()
        ),
        evidence: evidence(
            idle.iter()
                .map(|(s, days)| match s.last_active.or(s.created) {
                    Some(last) => t!(
                        "finding-idle-sessions-evidence",
                        device = s.label(),
                        date = day(last),
                        span = span(*days)
                    ),
                    None => t!(
                        "finding-idle-sessions-evidence-never",
                        device = s.label(),
                        span = span(*days)
                    ),
                }),
        ),
        action,
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
        Platform::Telegram => t!("finding-active-websites-action-telegram"),
        Platform::WhatsApp | Platform::WeChat => t!("finding-active-websites-action-other"),
    };
    let title = if idle > 0 {
        t!(
            "finding-active-websites-title-unused",
            count = n(web.len()),
            idle = n(idle),
            months = IDLE_SESSION_DAYS / 30,
            platform = platform.title()
        )
    } else {
        t!(
            "finding-active-websites-title",
            count = n(web.len()),
            platform = platform.title()
        )
    };
    Some(Finding {
        kind: "active-websites",
        platform,
        severity: if idle > 0 {
            Severity::High
        } else {
            Severity::Medium
        },
        title,
        evidence: evidence(web.iter().map(|s| {
            let last = s.last_active.or(s.created).map(day);
            t!(
                "finding-active-websites-evidence",
                site = s.label(),
                date = last.unwrap_or_else(|| "–".into())
            )
        })),
        action,
        view: FindingView::Sessions,
    })
}

/// The address book the platform holds.
fn address_book(d: &Derived, platform: Platform) -> Option<Finding> {
    let contacts = d.summary.platforms.get(&platform)?.contacts;
    if contacts == 0 {
        return None;
    }
    let count = n64(contacts);
    let (title, action) = match platform {
        Platform::Telegram => (
            t!("finding-address-book-title-telegram", count = count),
            t!("finding-address-book-action-telegram"),
        ),
        Platform::WhatsApp => (
            t!("finding-address-book-title-whatsapp", count = count),
            t!("finding-address-book-action-whatsapp"),
        ),
        Platform::WeChat => (
            t!("finding-address-book-title-wechat", count = count),
            t!("finding-address-book-action-wechat"),
        ),
    };
    let added = d
        .contacts
        .rows
        .iter()
        .filter(|c| c.platform == platform)
        .filter_map(|c| c.added)
        .min();
    let mut lines = vec![t!("finding-address-book-entries", count = count)];
    if let Some(first) = added {
        lines.push(t!("finding-address-book-oldest", date = day(first)));
    }
    Some(Finding {
        kind: "address-book",
        platform,
        severity: Severity::High,
        title,
        evidence: lines,
        action,
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
        title: t!("finding-frequent-contacts-title", count = n64(rated)),
        evidence: vec![t!("finding-frequent-contacts-evidence", count = n64(rated))],
        action: t!("finding-frequent-contacts-action"),
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
    let mut lines = vec![t!("finding-ip-addresses-count", count = n(rows.len()))];
    if !countries.is_empty() {
        let mut by_count: Vec<(&str, u64)> = countries.iter().map(|(c, n)| (*c, *n)).collect();
        by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let list = by_count
            .iter()
            .map(|(c, n)| format!("{c} ({})", thousands(*n)))
            .collect::<Vec<_>>()
            .join(crate::i18n::format::list_separator());
        lines.push(t!("finding-ip-addresses-registered", countries = list));
    }
    if let Some(t) = oldest {
        lines.push(t!("finding-ip-addresses-oldest", when = day_ago(t, now)));
    }
    let action = match platform {
        Platform::Telegram => t!("finding-ip-addresses-action-telegram"),
        Platform::WhatsApp => t!("finding-ip-addresses-action-whatsapp"),
        Platform::WeChat => t!("finding-ip-addresses-action-wechat"),
    };
    let title = if countries.is_empty() {
        t!(
            "finding-ip-addresses-title",
            platform = platform.title(),
            count = n(rows.len())
        )
    } else {
        t!(
            "finding-ip-addresses-title-countries",
            platform = platform.title(),
            count = n(rows.len()),
            countries = n(countries.len())
        )
    };
    Some(Finding {
        kind: "ip-addresses",
        platform,
        severity: Severity::Medium,
        title,
        evidence: lines,
        action,
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
    let (count, platform_name, years) = (
        n(quiet.len()),
        platform.title(),
        QUIET_CONVERSATION_DAYS / 365,
    );
    let title = match channels {
        0 => t!(
            "finding-quiet-groups-title-groups",
            count = count,
            platform = platform_name,
            years = years
        ),
        c if c == quiet.len() => t!(
            "finding-quiet-groups-title-channels",
            count = count,
            platform = platform_name,
            years = years
        ),
        _ => t!(
            "finding-quiet-groups-title-mixed",
            count = count,
            platform = platform_name,
            years = years
        ),
    };
    let action = match platform {
        Platform::Telegram => t!("finding-quiet-groups-action-telegram"),
        Platform::WhatsApp => t!("finding-quiet-groups-action-whatsapp"),
        Platform::WeChat => t!("finding-quiet-groups-action-wechat"),
    };
    Some(Finding {
        kind: "quiet-groups",
        platform,
        severity: Severity::Medium,
        title,
        evidence: evidence(quiet.iter().map(|c| {
            let name = shown.text(conversation_detail(c.kind), &c.name);
            match c.last_sent {
                Some(t) => t!(
                    "finding-quiet-groups-last-wrote",
                    name = name,
                    date = day(t)
                ),
                None => t!(
                    "finding-quiet-groups-never-wrote",
                    name = name,
                    kind = c.kind_label.as_str()
                ),
            }
        })),
        action,
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
        title: t!("finding-bots-once-title", count = n(bots.len())),
        evidence: evidence(bots.iter().map(|c| {
            t!(
                "finding-bots-once-evidence",
                name = shown.text(Detail::Bot, &c.name),
                sent = n64(c.sent),
                total = n64(c.messages)
            )
        })),
        action: t!("finding-bots-once-action"),
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
        6..=8 => t!("finding-every-week"),
        13..=15 => t!("finding-every-two-weeks"),
        27..=32 => t!("finding-every-month"),
        85..=95 => t!("finding-every-three-months"),
        355..=375 => t!("finding-every-year"),
        _ => t!("finding-every-days", count = days),
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
        title: t!(
            "finding-recurring-payments-title",
            count = n(recurring.len())
        ),
        evidence: evidence(recurring.iter().map(|(name, interval, count, total)| {
            t!(
                "finding-recurring-payments-evidence",
                name = shown.text(Detail::Counterparty, name),
                count = n(*count),
                every = every(*interval),
                total = yuan(*total)
            )
        })),
        action: t!("finding-recurring-payments-action"),
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
        title: t!(
            "finding-top-counterparties-title",
            percent = (share * 100.0).round() as i64,
            count = n(top.len())
        ),
        evidence: top
            .iter()
            .map(|(name, cents, count)| {
                t!(
                    "finding-top-counterparties-evidence",
                    name = shown.text(Detail::Counterparty, name),
                    amount = yuan(*cents),
                    count = n(*count)
                )
            })
            .collect(),
        action: t!("finding-top-counterparties-action"),
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
    let mut lines = vec![t!(
        "finding-night-payments-share",
        night = n(night.len()),
        count = n(all.len()),
        percent = (night.len() as f64 * 100.0 / all.len().max(1) as f64).round() as i64
    )];
    if let Some(t) = last {
        lines.push(t!("finding-night-payments-latest", date = day(t)));
    }
    Some(Finding {
        kind: "night-payments",
        platform,
        severity: Severity::Low,
        title: t!(
            "finding-night-payments-title",
            count = n(night.len()),
            end = format!("{NIGHT_END_HOUR:02}:00")
        ),
        evidence: lines,
        action: t!("finding-night-payments-action"),
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
        .filter_map(|c| Some((c.name.as_str(), c.missing_hint.as_deref()?)))
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
        title: t!(
            "finding-missing-title",
            platform = platform.title(),
            categories = names.join(crate::i18n::format::list_separator())
        ),
        evidence: gaps
            .iter()
            .map(|(name, _)| t!("finding-missing-evidence", category = *name))
            .collect(),
        action: hints.join(" "),
        view: FindingView::Overview,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::inventory::{Category, CategoryKind, PlatformInventory, Sensitivity};
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
                .contains("last active Feb 11, 2024, unused for 2 years when the export was made"),
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
            f.evidence[0].contains("last active Mar 1, 2020, unused for 12 months"),
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
        assert_eq!(f.evidence, ["8 entries", "the oldest added on Mar 4, 2019"]);
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
            origin_kinds: vec![crate::model::IpOrigin::Session],
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
        assert!(f.evidence[2].starts_with("the oldest seen May 6, 2022"));
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
                .any(|l| l.contains("you last wrote on May 10, 2023"))
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
        let category = |kind: CategoryKind, count: u64, hint: Option<&str>| Category {
            kind,
            name: kind.name(),
            count,
            detail: String::new(),
            range: None,
            sensitivity: Sensitivity::High,
            why: kind.why(),
            missing_hint: hint.map(String::from),
        };
        d.inventory = vec![PlatformInventory {
            platform: Platform::Telegram,
            categories: vec![
                category(CategoryKind::Messages, 10, None),
                category(CategoryKind::Identity, 0, None),
            ],
            merged_note: None,
        }];
        assert!(!kinds(&d).contains(&"missing"), "no hint, nothing to do");
        d.inventory[0].categories.push(category(
            CategoryKind::Contacts,
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
