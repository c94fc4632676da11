//! What changed between two exports of the same account: new and ended sessions and
//! devices, new IP addresses and countries, contacts added and removed, conversations
//! joined and left, messages of the new period, new payments.
//!
//! Each side is a set of sources of a footprint ([`Side`]): the command line's `diff`
//! loads the two paths separately, the window compares the sources of one load that
//! [`same_account_pairs`] finds to be two exports of one account. Linear in the items of
//! both sides (hash sets by key).

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::net::IpAddr;

use serde::Serialize;

use super::ip_country::{IpPlace, place};
use super::yuan;
use crate::model::{
    Footprint, MessageKind, PaymentDirection, Platform, SessionKind, SourceIdx, WallTime,
};
use crate::t;

/// One export: some sources of a footprint.
#[derive(Clone, Copy, Debug)]
pub struct Side<'a> {
    pub fp: &'a Footprint,
    pub sources: &'a [SourceIdx],
}

impl Side<'_> {
    fn has(&self, source: SourceIdx) -> bool {
        self.sources.contains(&source)
    }

    /// The latest time anything of the side carries (messages, sessions' activity,
    /// payments, contacts added): when the export was made, near enough (exports name no
    /// date of their own).
    pub fn as_of(&self) -> Option<WallTime> {
        let fp = self.fp;
        let messages = fp
            .messages
            .wall
            .iter()
            .zip(&fp.messages.conversation)
            .filter(|(_, c)| {
                fp.conversations
                    .get(**c as usize)
                    .is_some_and(|c| self.has(c.source))
            })
            .map(|(t, _)| t);
        let sessions = fp
            .sessions
            .iter()
            .filter(|s| self.has(s.source))
            .filter_map(|s| s.last_active.or(s.created));
        let payments = fp
            .payments
            .iter()
            .filter(|p| self.has(p.source))
            .map(|p| p.time);
        let contacts = fp
            .contacts
            .iter()
            .filter(|c| self.has(c.source))
            .filter_map(|c| c.added);
        messages
            .chain(sessions)
            .chain(payments)
            .chain(contacts)
            .max()
    }

    fn paths(&self) -> Vec<String> {
        self.sources
            .iter()
            .filter_map(|s| self.fp.sources.get(*s as usize))
            .map(|s| s.path.clone())
            .collect()
    }
}

/// A session in a diff.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SessionItem {
    pub platform: Platform,
    /// `app` or `web`.
    pub kind: &'static str,
    /// The device, or the website for web sessions.
    pub device: String,
    pub app: String,
    pub created: Option<String>,
    pub last_active: Option<String>,
}

impl SessionItem {
    /// Whether `row` (a Sessions view row) is this session.
    pub fn is(&self, row: &super::topics::SessionRow) -> bool {
        let web = row.kind == SessionKind::Web;
        row.platform == self.platform
            && (if web { "web" } else { "app" }) == self.kind
            && (if web { &row.website } else { &row.device }) == &self.device
            && iso(row.created) == self.created
    }
}

/// An IP address new in the later export, with the country the bundled database
/// registers it in (ISO alpha-2; `private`, `unknown`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IpItem {
    pub ip: IpAddr,
    pub country: String,
}

/// A contact added or removed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ContactItem {
    pub platform: Platform,
    pub name: String,
    pub phone: String,
}

/// A conversation joined or left.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ConversationItem {
    pub platform: Platform,
    pub name: String,
    pub kind: crate::model::ConversationKind,
    /// For one left: `true` when the later export marks it left, `false` when it is
    /// simply no longer in it.
    pub marked_left: bool,
}

/// A payment new in the later export.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PaymentItem {
    pub time: String,
    pub counterparty: String,
    /// `¥12.50`.
    pub amount: String,
    /// `expense`, `income` or `neutral`.
    pub direction: &'static str,
}

/// Messages of the new period in one conversation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NewMessages {
    pub platform: Platform,
    pub conversation: String,
    pub kind: crate::model::ConversationKind,
    pub messages: u64,
}

/// What one export is: its files and when it was made (its latest time).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SideInfo {
    pub sources: Vec<String>,
    pub as_of: Option<String>,
}

/// Everything that changed from `old` to `new`. Lists are sorted (by time, else name).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diff {
    pub old: SideInfo,
    pub new: SideInfo,
    pub sessions_new: Vec<SessionItem>,
    pub sessions_ended: Vec<SessionItem>,
    /// Device models (app sessions) listed now and not before, and the reverse.
    pub devices_new: Vec<String>,
    pub devices_gone: Vec<String>,
    pub ips_new: Vec<IpItem>,
    /// Countries (alpha-2) of the new addresses that no address of the earlier export
    /// was registered in.
    pub countries_new: Vec<String>,
    /// Countries the later export itself names (sessions' countries, login notices'
    /// locations) that the earlier one did not, as written.
    pub countries_named_new: Vec<String>,
    pub contacts_added: Vec<ContactItem>,
    pub contacts_removed: Vec<ContactItem>,
    pub conversations_joined: Vec<ConversationItem>,
    pub conversations_left: Vec<ConversationItem>,
    /// Messages (not service events) of the later export after the earlier one's date.
    pub messages_new: u64,
    /// The same by conversation, most first.
    pub messages_new_by_conversation: Vec<NewMessages>,
    pub payments_new: Vec<PaymentItem>,
}

impl Diff {
    /// One line per section, for people: ("Sessions and devices", "2 new sessions, 4
    /// ended; …"), in the current language.
    pub fn summary_lines(&self) -> Vec<(String, String)> {
        let n = |count: usize| i64::try_from(count).unwrap_or(i64::MAX);
        let n64 = |count: u64| i64::try_from(count).unwrap_or(i64::MAX);
        vec![
            (
                t!("diff-section-sessions"),
                t!(
                    "diff-sessions-line",
                    new = n(self.sessions_new.len()),
                    ended = n(self.sessions_ended.len()),
                    devices = n(self.devices_new.len()),
                    gone = n(self.devices_gone.len())
                ),
            ),
            (
                t!("diff-section-ips"),
                t!(
                    "diff-ips-line",
                    new = n(self.ips_new.len()),
                    countries = n(self.countries_new.len()),
                    named = n(self.countries_named_new.len())
                ),
            ),
            (
                t!("diff-section-contacts"),
                t!(
                    "diff-contacts-line",
                    added = n(self.contacts_added.len()),
                    removed = n(self.contacts_removed.len())
                ),
            ),
            (
                t!("diff-section-conversations"),
                t!(
                    "diff-conversations-line",
                    joined = n(self.conversations_joined.len()),
                    left = n(self.conversations_left.len())
                ),
            ),
            (
                t!("diff-section-messages"),
                t!(
                    "diff-messages-line",
                    messages = n64(self.messages_new),
                    conversations = n(self.messages_new_by_conversation.len())
                ),
            ),
            (
                t!("diff-section-payments"),
                t!("diff-payments-line", count = n(self.payments_new.len())),
            ),
        ]
    }
}

fn iso(t: Option<WallTime>) -> Option<String> {
    t.map(WallTime::to_iso)
}

/// A session's identity across exports: its device and its creation (an app's version
/// changes with updates; the creation time does not).
type SessionKey = (Platform, bool, String, String, Option<WallTime>);

fn sessions(side: Side<'_>) -> BTreeMap<SessionKey, SessionItem> {
    side.fp
        .sessions
        .iter()
        .filter(|s| side.has(s.source))
        .map(|s| {
            let web = s.kind == SessionKind::Web;
            let device = if web {
                s.website.clone()
            } else {
                s.device.clone()
            };
            // Without a creation time the app tells sessions of one device apart.
            let app = if s.created.is_none() {
                s.app.clone()
            } else {
                String::new()
            };
            (
                (s.platform, web, device.clone(), app, s.created),
                SessionItem {
                    platform: s.platform,
                    kind: if web { "web" } else { "app" },
                    device,
                    app: s.app.clone(),
                    created: iso(s.created),
                    last_active: iso(s.last_active),
                },
            )
        })
        .collect()
}

/// The countries an export names itself: its sessions' countries and the last part of its
/// login notices' locations ("Berlin, Germany").
fn named_countries(side: Side<'_>) -> BTreeSet<String> {
    let sessions = side
        .fp
        .sessions
        .iter()
        .filter(|s| side.has(s.source))
        .map(|s| s.country.trim().to_string());
    let logins = side
        .fp
        .login_events
        .iter()
        .filter(|l| side.has(l.source))
        .filter_map(|l| l.location.rsplit(',').next())
        .map(|c| c.trim().to_string());
    sessions.chain(logins).filter(|c| !c.is_empty()).collect()
}

fn ips(side: Side<'_>) -> BTreeSet<IpAddr> {
    side.fp
        .ip_observations
        .iter()
        .filter(|o| side.has(o.source))
        .map(|o| o.ip)
        .chain(
            side.fp
                .sessions
                .iter()
                .filter(|s| side.has(s.source))
                .filter_map(|s| s.ip),
        )
        .collect()
}

/// A contact's identity: its number's digits, else its name in lower case.
fn contact_key(platform: Platform, name: &str, phone: &str) -> (Platform, String) {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() >= 5 {
        (platform, digits)
    } else {
        (platform, name.trim().to_lowercase())
    }
}

fn contacts(side: Side<'_>) -> BTreeMap<(Platform, String), ContactItem> {
    side.fp
        .contacts
        .iter()
        .filter(|c| side.has(c.source))
        .map(|c| {
            (
                contact_key(c.platform, &c.name, &c.phone),
                ContactItem {
                    platform: c.platform,
                    name: c.name.clone(),
                    phone: c.phone.clone(),
                },
            )
        })
        .collect()
}

/// A conversation's identity: the platform's id, else its kind and name.
fn conversations(side: Side<'_>) -> BTreeMap<(Platform, String), ConversationItem> {
    side.fp
        .conversations
        .iter()
        .filter(|c| side.has(c.source) && !c.listed)
        .map(|c| {
            let key = match &c.id {
                Some(id) => format!("id:{id}"),
                None => format!("{}:{}", c.kind.id(), c.name.trim().to_lowercase()),
            };
            (
                (c.platform, key),
                ConversationItem {
                    platform: c.platform,
                    name: c.name.clone(),
                    kind: c.kind,
                    marked_left: c.left,
                },
            )
        })
        .collect()
}

/// A payment's identity: its transaction number (交易单号), else time, amount,
/// counterparty and direction.
type PaymentKey = (String, WallTime, i64, String, u8);

fn payments(side: Side<'_>) -> BTreeMap<PaymentKey, PaymentItem> {
    side.fp
        .payments
        .iter()
        .filter(|p| side.has(p.source))
        .map(|p| {
            let direction = match p.direction {
                PaymentDirection::Expense => 0,
                PaymentDirection::Income => 1,
                PaymentDirection::Neutral => 2,
            };
            let key = if p.transaction_id.is_empty() {
                (
                    String::new(),
                    p.time,
                    p.amount_cents,
                    p.counterparty.to_string(),
                    direction,
                )
            } else {
                (
                    p.transaction_id.to_string(),
                    WallTime(0),
                    0,
                    String::new(),
                    0,
                )
            };
            (
                key,
                PaymentItem {
                    time: p.time.to_iso(),
                    counterparty: p.counterparty.to_string(),
                    amount: yuan(p.amount_cents),
                    direction: ["expense", "income", "neutral"][direction as usize],
                },
            )
        })
        .collect()
}

/// Values of `b` whose key `a` lacks.
fn added<K: Ord, V: Clone>(a: &BTreeMap<K, V>, b: &BTreeMap<K, V>) -> Vec<V> {
    b.iter()
        .filter(|(k, _)| !a.contains_key(k))
        .map(|(_, v)| v.clone())
        .collect()
}

/// What changed from `old` to `new`.
pub fn diff(old: Side<'_>, new: Side<'_>) -> Diff {
    let old_as_of = old.as_of();
    // Sessions and devices.
    let (s_old, s_new) = (sessions(old), sessions(new));
    let mut sessions_new = added(&s_old, &s_new);
    let mut sessions_ended = added(&s_new, &s_old);
    sessions_new.sort_by(|a, b| a.created.cmp(&b.created));
    sessions_ended.sort_by(|a, b| a.last_active.cmp(&b.last_active));
    let devices = |m: &BTreeMap<SessionKey, SessionItem>| -> BTreeSet<String> {
        m.values()
            .filter(|s| s.kind == "app" && !s.device.is_empty())
            .map(|s| s.device.clone())
            .collect()
    };
    let (d_old, d_new) = (devices(&s_old), devices(&s_new));
    // IP addresses and the countries they are registered in.
    let (ip_old, ip_new) = (ips(old), ips(new));
    let country = |ip: IpAddr| place(ip).key().to_string();
    let old_countries: HashSet<String> = ip_old
        .iter()
        .filter(|ip| matches!(place(**ip), IpPlace::Country(_)))
        .map(|ip| country(*ip))
        .collect();
    let ips_new: Vec<IpItem> = ip_new
        .difference(&ip_old)
        .map(|ip| IpItem {
            ip: *ip,
            country: country(*ip),
        })
        .collect();
    let countries_new: Vec<String> = ips_new
        .iter()
        .filter(|i| matches!(place(i.ip), IpPlace::Country(_)))
        .map(|i| i.country.clone())
        .filter(|c| !old_countries.contains(c))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    // Contacts, conversations, payments.
    let (c_old, c_new) = (contacts(old), contacts(new));
    let (v_old, v_new) = (conversations(old), conversations(new));
    let conversations_joined = added(&v_old, &v_new);
    let mut conversations_left: Vec<ConversationItem> = added(&v_new, &v_old)
        .into_iter()
        .filter(|c| !c.marked_left)
        .map(|c| ConversationItem {
            marked_left: false,
            ..c
        })
        .collect();
    conversations_left.extend(
        v_new
            .iter()
            .filter(|(k, c)| c.marked_left && v_old.get(*k).is_some_and(|o| !o.marked_left))
            .map(|(_, c)| c.clone()),
    );
    let (p_old, p_new) = (payments(old), payments(new));
    let mut payments_new = added(&p_old, &p_new);
    payments_new.sort_by(|a, b| a.time.cmp(&b.time));
    // Messages after the earlier export's date.
    let mut by_conversation: BTreeMap<(Platform, String, crate::model::ConversationKind), u64> =
        BTreeMap::new();
    let fp = new.fp;
    let m = &fp.messages;
    for i in 0..m.len() {
        let (Some(t), Some(&c), kind) = (m.wall.get(i), m.conversation.get(i), m.kind(i)) else {
            continue;
        };
        let Some(conv) = fp
            .conversations
            .get(c as usize)
            .filter(|c| new.has(c.source))
        else {
            continue;
        };
        if kind == MessageKind::Message && old_as_of.is_none_or(|o| t > o) {
            *by_conversation
                .entry((conv.platform, conv.name.clone(), conv.kind))
                .or_default() += 1;
        }
    }
    let mut messages_new_by_conversation: Vec<NewMessages> = by_conversation
        .into_iter()
        .map(|((platform, conversation, kind), messages)| NewMessages {
            platform,
            conversation,
            kind,
            messages,
        })
        .collect();
    messages_new_by_conversation.sort_by_key(|n| std::cmp::Reverse(n.messages));
    Diff {
        old: SideInfo {
            sources: old.paths(),
            as_of: iso(old_as_of),
        },
        new: SideInfo {
            sources: new.paths(),
            as_of: iso(new.as_of()),
        },
        sessions_new,
        sessions_ended,
        devices_new: d_new.difference(&d_old).cloned().collect(),
        devices_gone: d_old.difference(&d_new).cloned().collect(),
        ips_new,
        countries_new,
        countries_named_new: named_countries(new)
            .difference(&named_countries(old))
            .cloned()
            .collect(),
        contacts_added: added(&c_old, &c_new),
        contacts_removed: added(&c_new, &c_old),
        conversations_joined,
        conversations_left,
        messages_new: messages_new_by_conversation
            .iter()
            .map(|n| n.messages)
            .sum(),
        messages_new_by_conversation,
        payments_new,
    }
}

/// Two exports of one account among loaded sources: the earlier and the later, by
/// their latest times.
#[derive(Clone, Debug, PartialEq)]
pub struct AccountPair {
    pub platform: Platform,
    /// What ties them, for people: "user id 100000001", "+49 151 00000000", "overlapping
    /// WeChat Pay bills" ([`AccountPair::key`] in the language of the thread that paired
    /// them; [`AccountPair::relabel`] writes it again).
    pub account: String,
    /// What ties them, the same in every language ([`account_key`], or [`BILLS`]).
    pub key: String,
    pub old: Vec<SourceIdx>,
    pub new: Vec<SourceIdx>,
}

impl AccountPair {
    /// Writes [`AccountPair::account`] again in the current language.
    pub fn relabel(&mut self) {
        self.account = account_label(&self.key);
    }
}

/// The key of WeChat Pay bills whose periods overlap.
const BILLS: &str = "wechat-paybill";

/// An account key ([`account_key`], [`BILLS`]) for people, in the current language.
fn account_label(key: &str) -> String {
    if let Some(id) = key.strip_prefix("user id ") {
        t!("diff-account-user-id", id = id)
    } else if key == BILLS {
        t!("diff-account-overlapping-bills")
    } else {
        key.to_string()
    }
}

/// What names an account in an identity field: Telegram's user id ("user id 42"), a
/// Telegram or WhatsApp phone number ("+4915100000000"). The same in every language
/// ([`account_label`] says it in words).
fn account_key(platform: Platform, field: &str, value: &str) -> Option<String> {
    match (platform, field) {
        (Platform::Telegram, "user_id") => Some(format!("user id {}", value.trim())),
        (Platform::Telegram | Platform::WhatsApp, "phone_number") => {
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            (digits.len() >= 5).then(|| format!("+{digits}"))
        }
        _ => None,
    }
}

/// The accounts a side's exports name, per platform (see [`account_key`]).
pub fn accounts(side: Side<'_>) -> BTreeSet<(Platform, String)> {
    side.fp
        .identity
        .iter()
        .filter(|f| side.has(f.source))
        .filter_map(|f| {
            let platform = side.fp.sources.get(f.source as usize)?.platform;
            Some((platform, account_key(platform, &f.field, &f.value)?))
        })
        .collect()
}

/// The platforms a side's exports are of.
pub fn platforms(side: Side<'_>) -> BTreeSet<Platform> {
    side.sources
        .iter()
        .filter_map(|s| side.fp.sources.get(*s as usize))
        .map(|s| s.platform)
        .collect()
}

/// Why `old` and `new` do not look like two exports of one account, if they do not: no
/// platform in common, or an account named on both sides by the same kind of key (user
/// id, number) with different values.
pub fn not_the_same_account(old: Side<'_>, new: Side<'_>) -> Option<String> {
    let (p_old, p_new) = (platforms(old), platforms(new));
    if p_old.is_disjoint(&p_new) {
        let names = |p: &BTreeSet<Platform>| {
            p.iter()
                .map(|x| x.title())
                .collect::<Vec<_>>()
                .join(crate::i18n::format::list_separator())
        };
        return Some(t!(
            "diff-no-common-platform",
            old = names(&p_old),
            new = names(&p_new)
        ));
    }
    let (a_old, a_new) = (accounts(old), accounts(new));
    let kind = |k: &str| {
        if k.starts_with('+') {
            "number"
        } else {
            "user id"
        }
    };
    for (platform, key) in &a_old {
        let others: Vec<&String> = a_new
            .iter()
            .filter(|(p, k)| p == platform && kind(k) == kind(key))
            .map(|(_, k)| k)
            .collect();
        if !others.is_empty() && !others.contains(&key) {
            return Some(t!(
                "diff-different-accounts",
                platform = platform.title(),
                old = account_label(key),
                new = others
                    .iter()
                    .map(|s| account_label(s))
                    .collect::<Vec<_>>()
                    .join(crate::i18n::format::list_separator())
            ));
        }
    }
    None
}

/// Loaded sources that are exports of the same account at different dates: Telegram
/// exports with the same user id (else phone number), WhatsApp account reports with the
/// same number, WeChat Pay bills whose periods overlap. The earliest and the latest of
/// each account form a pair.
pub fn same_account_pairs(fp: &Footprint) -> Vec<AccountPair> {
    let mut accounts: BTreeMap<(Platform, String), BTreeSet<SourceIdx>> = BTreeMap::new();
    for field in &fp.identity {
        let Some(source) = fp.sources.get(field.source as usize) else {
            continue;
        };
        let Some(key) = account_key(source.platform, &field.field, &field.value) else {
            continue;
        };
        accounts
            .entry((source.platform, key))
            .or_default()
            .insert(field.source);
    }
    // A Telegram export known by its user id is not paired again by its number.
    let by_id: BTreeSet<SourceIdx> = accounts
        .iter()
        .filter(|((_, k), _)| k.starts_with("user id"))
        .flat_map(|(_, s)| s.iter().copied())
        .collect();
    let mut pairs = Vec::new();
    for ((platform, account), sources) in accounts {
        let sources: Vec<SourceIdx> = if account.starts_with('+') && platform == Platform::Telegram
        {
            sources.into_iter().filter(|s| !by_id.contains(s)).collect()
        } else {
            sources.into_iter().collect()
        };
        pairs.extend(pair_by_date(fp, platform, account, &sources));
    }
    // WeChat Pay bills whose periods overlap (one account's bills, downloaded twice).
    let bills: Vec<(SourceIdx, WallTime, WallTime)> = fp
        .sources
        .iter()
        .enumerate()
        .filter(|(_, s)| s.format == "wechat-paybill")
        .filter_map(|(i, _)| {
            let times = fp
                .payments
                .iter()
                .filter(|p| p.source as usize == i)
                .map(|p| p.time);
            let first = times.clone().min()?;
            let last = times.max()?;
            Some((i as SourceIdx, first, last))
        })
        .collect();
    let overlapping: Vec<SourceIdx> = bills
        .iter()
        .filter(|(i, a0, a1)| {
            bills
                .iter()
                .any(|(j, b0, b1)| i != j && a0 <= b1 && b0 <= a1)
        })
        .map(|b| b.0)
        .collect();
    pairs.extend(pair_by_date(
        fp,
        Platform::WeChat,
        BILLS.into(),
        &overlapping,
    ));
    pairs
}

/// The earliest and the latest of `sources` (by their latest times), when they differ.
fn pair_by_date(
    fp: &Footprint,
    platform: Platform,
    key: String,
    sources: &[SourceIdx],
) -> Option<AccountPair> {
    if sources.len() < 2 {
        return None;
    }
    let mut dated: Vec<(WallTime, SourceIdx)> = sources
        .iter()
        .filter_map(|s| {
            let one = [*s];
            Side { fp, sources: &one }.as_of().map(|t| (t, *s))
        })
        .collect();
    dated.sort();
    let (first, last) = (dated.first()?, dated.last()?);
    (first.0 < last.0).then(|| AccountPair {
        platform,
        account: account_label(&key),
        key,
        old: vec![first.1],
        new: vec![last.1],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Contact, Conversation, ConversationKind, IdentityField, Payment};

    fn at(y: i32, m: u32, d: u32) -> WallTime {
        WallTime::from_fields(y, m, d, 12, 0, 0).unwrap()
    }

    fn payment(source: SourceIdx, time: WallTime, id: &str, cents: i64) -> Payment {
        Payment {
            source,
            platform: Platform::WeChat,
            time,
            kind: "商户消费".into(),
            counterparty: "京东商城".into(),
            goods: "".into(),
            direction: PaymentDirection::Expense,
            amount_cents: cents,
            method: "零钱".into(),
            status: "支付成功".into(),
            transaction_id: crate::model::PaymentId::new(id),
            merchant_id: Default::default(),
            note: "".into(),
        }
    }

    /// Two WeChat Pay bills whose periods overlap, and two Telegram exports of one user.
    fn two_of_each() -> Footprint {
        let mut fp = Footprint::default();
        let old_bill = fp.add_source("old.csv".into(), Platform::WeChat, "wechat-paybill");
        let new_bill = fp.add_source("new.csv".into(), Platform::WeChat, "wechat-paybill");
        fp.payments
            .push(payment(old_bill, at(2024, 1, 5), "T1", 1200));
        fp.payments
            .push(payment(old_bill, at(2024, 2, 5), "T2", 800));
        // The same payment in the later bill, then one it alone has.
        fp.payments
            .push(payment(new_bill, at(2024, 2, 5), "T2", 800));
        fp.payments
            .push(payment(new_bill, at(2024, 3, 5), "T3", 500));
        let old_tg = fp.add_source("a/result.json".into(), Platform::Telegram, "telegram-json");
        let new_tg = fp.add_source("b/result.json".into(), Platform::Telegram, "telegram-json");
        for s in [old_tg, new_tg] {
            fp.identity.push(IdentityField {
                source: s,
                platform: Platform::Telegram,
                field: "user_id".into(),
                value: "42".into(),
            });
        }
        let contact = |source, name: &str, phone: &str, added| Contact {
            source,
            platform: Platform::Telegram,
            name: name.into(),
            phone: phone.into(),
            id: None,
            added: Some(added),
        };
        fp.contacts
            .push(contact(old_tg, "Ana", "+49 170 1", at(2020, 1, 1)));
        fp.contacts
            .push(contact(old_tg, "Bo", "+49 170 2", at(2020, 1, 1)));
        // Ana renamed: the same number is the same contact.
        fp.contacts
            .push(contact(new_tg, "Ana K.", "+49 170 1", at(2020, 1, 1)));
        fp.contacts
            .push(contact(new_tg, "Cy", "+49 170 3", at(2023, 1, 1)));
        let mut conv = |source, name: &str, id: &str, left| {
            let mut c = Conversation::new(
                source,
                Platform::Telegram,
                name,
                ConversationKind::Group,
                "private_group",
            );
            c.id = Some(id.into());
            c.left = left;
            fp.conversations.push(c);
        };
        conv(old_tg, "Hikers", "1", false);
        conv(old_tg, "Chess", "2", false);
        conv(old_tg, "Book club", "4", false);
        conv(new_tg, "Hikers (renamed)", "1", false);
        conv(new_tg, "Chess", "2", true);
        conv(new_tg, "Choir", "3", false);
        fp
    }

    #[test]
    fn two_exports_of_one_account_are_found_and_compared() {
        let fp = two_of_each();
        let pairs = same_account_pairs(&fp);
        let telegram = pairs
            .iter()
            .find(|p| p.platform == Platform::Telegram)
            .unwrap();
        assert_eq!(telegram.account, "user id 42");
        assert_eq!(
            (telegram.old.clone(), telegram.new.clone()),
            (vec![2], vec![3])
        );
        let d = diff(
            Side {
                fp: &fp,
                sources: &telegram.old,
            },
            Side {
                fp: &fp,
                sources: &telegram.new,
            },
        );
        let names = |list: &[ContactItem]| list.iter().map(|c| c.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&d.contacts_added), ["Cy"]);
        assert_eq!(names(&d.contacts_removed), ["Bo"]);
        let convs = |list: &[ConversationItem]| {
            list.iter()
                .map(|c| (c.name.clone(), c.marked_left))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            convs(&d.conversations_joined),
            [("Choir".to_string(), false)]
        );
        // Left: one the later export marks left, one it no longer has; a renamed one
        // (same id) is neither.
        let mut left = convs(&d.conversations_left);
        left.sort();
        assert_eq!(
            left,
            [
                ("Book club".to_string(), false),
                ("Chess".to_string(), true)
            ]
        );

        let wechat = pairs
            .iter()
            .find(|p| p.platform == Platform::WeChat)
            .unwrap();
        assert_eq!((wechat.old.clone(), wechat.new.clone()), (vec![0], vec![1]));
        let d = diff(
            Side {
                fp: &fp,
                sources: &wechat.old,
            },
            Side {
                fp: &fp,
                sources: &wechat.new,
            },
        );
        assert_eq!(d.payments_new.len(), 1);
        assert_eq!(d.payments_new[0].amount, "¥5.00");
    }

    #[test]
    fn different_accounts_and_bills_apart_in_time_are_not_paired() {
        let mut fp = two_of_each();
        if let Some(f) = fp.identity.last_mut() {
            f.value = "43".into();
        }
        // The later bill now starts after the earlier one ends.
        for p in fp.payments.iter_mut().filter(|p| p.source == 1) {
            p.time = WallTime(p.time.0 + 365 * 86_400);
        }
        assert!(same_account_pairs(&fp).is_empty());
    }
}
