//! The summary of a footprint, exactly as `shared/docs/summary-format.md` specifies
//! `footprint summary --json`.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::Serialize;

use super::overlap::Overlap;
use super::owner::{OwnerBasis, OwnerChoices, Owners, Writer};
use super::people::{People, PeopleChoices};
use crate::import::LoadOutcome;
use crate::import::parallel::join;
use crate::model::{
    Content, ConversationKind, Footprint, MessageKind, PaymentDirection, Platform, SessionKind,
    WallTime, format_cents,
};

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub sources: Vec<SourceSummary>,
    pub unrecognized: Vec<UnrecognizedSummary>,
    /// Files that could not be read (an addition to the contract).
    pub errors: Vec<ErrorSummary>,
    pub platforms: BTreeMap<Platform, PlatformSummary>,
    pub conversation_list: Vec<ConversationSummary>,
    /// People after merging the same human across sources (a second-version key).
    pub people: PeopleSummary,
    /// `"name, date"` of the bundled IP-to-country database (a second-version key).
    pub ip_database: String,
}

/// `{"total", "on_two_platforms", "on_three_platforms"}`.
#[derive(Debug, Default, Serialize)]
pub struct PeopleSummary {
    pub total: u64,
    pub on_two_platforms: u64,
    pub on_three_platforms: u64,
}

impl PeopleSummary {
    pub fn of(people: &People) -> Self {
        let (two, three) = people.on_several();
        Self {
            total: people.persons.len() as u64,
            on_two_platforms: two,
            on_three_platforms: three,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct SourceSummary {
    pub path: String,
    pub platform: Platform,
    pub format: &'static str,
    pub records: u64,
    pub warnings: u64,
    /// Who "you" are in this source and how that was decided (an addition to the
    /// contract).
    pub owner: OwnerSummary,
}

/// `{"name": "Ana", "basis": "inferred"}`; `name` is null when the owner is unknown.
#[derive(Debug, Serialize)]
pub struct OwnerSummary {
    pub name: Option<String>,
    pub basis: OwnerBasis,
}

#[derive(Debug, Serialize)]
pub struct UnrecognizedSummary {
    pub path: String,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct ErrorSummary {
    pub path: String,
    pub message: String,
}

#[derive(Debug, Default, Serialize)]
pub struct PlatformSummary {
    pub identity_fields: Vec<String>,
    pub contacts: u64,
    pub frequent_contacts: u64,
    pub sessions: u64,
    pub web_sessions: u64,
    pub devices: u64,
    pub ip_addresses: u64,
    /// `ip_addresses` by the ISO 3166-1 alpha-2 country the bundled database registers them
    /// in; reserved ranges under `private`, addresses it does not hold under `unknown` (a
    /// second-version key).
    pub ip_countries: BTreeMap<String, u64>,
    pub countries: Vec<String>,
    pub conversations: BTreeMap<&'static str, u64>,
    pub left_conversations: u64,
    pub messages: u64,
    /// Messages the owner wrote (additions to the contract: `messages_sent +
    /// messages_received + messages_owner_unknown == messages`).
    pub messages_sent: u64,
    /// Messages others wrote, in sources whose owner is known.
    pub messages_received: u64,
    /// Messages of sources whose owner is unknown: neither sent nor received.
    pub messages_owner_unknown: u64,
    pub service_events: u64,
    pub senders: u64,
    pub first_message: Option<String>,
    pub last_message: Option<String>,
    pub payments: Option<PaymentsSummary>,
    /// Items several sources held, counted once (an addition to the contract).
    pub merged: MergedSummary,
}

/// What was known from more than one source and counted once: conversations known from
/// several sources, and repeated messages, payments, contacts and sessions left out.
#[derive(Debug, Default, Serialize)]
pub struct MergedSummary {
    pub conversations: u64,
    pub messages: u64,
    pub payments: u64,
    pub contacts: u64,
    pub sessions: u64,
}

/// Payment totals; amounts are decimal strings with two decimals.
#[derive(Debug, Serialize)]
pub struct PaymentsSummary {
    pub count: u64,
    pub expense: String,
    pub income: String,
}

#[derive(Debug, Serialize)]
pub struct ConversationSummary {
    pub platform: Platform,
    pub name: String,
    pub kind: ConversationKind,
    pub messages: u64,
    pub service_events: u64,
    pub first: Option<String>,
    pub last: Option<String>,
    /// The account left it (Telegram `left_chats`); an addition to the contract.
    pub left: bool,
    /// How many sources know it (an addition to the contract).
    pub sources: u64,
}

/// One conversation's message statistics.
#[derive(Clone, Copy, Debug, Default)]
pub struct ConvStats {
    pub messages: u64,
    pub service_events: u64,
    pub first: Option<WallTime>,
    pub last: Option<WallTime>,
    /// Messages written by you (the source's owner, [`Owners`]).
    pub sent: u64,
    /// When you last wrote in it.
    pub last_sent: Option<WallTime>,
    /// Messages whose writer cannot be told you or not (the source's owner is unknown).
    pub owner_unknown: u64,
}

/// What the summary and the Conversations view need from the message columns, gathered
/// in one pass: per distinct conversation, and who wrote on each platform. Messages that
/// repeat one of another source ([`Overlap`]) are left out.
#[derive(Debug, Default)]
pub struct MessageStats {
    /// One per distinct conversation ([`Overlap::conversations`]).
    pub conversations: Vec<ConvStats>,
    /// Distinct senders of messages, by `Platform as usize`.
    senders: [u64; 3],
    /// `[sent, received, owner unknown]` by `Platform as usize`.
    directions: [[u64; 3]; 3],
    /// Messages (not service events) by platform and [`Content`], indexed by
    /// `Platform as usize` and `Content as usize`.
    contents: [[u64; Content::ALL.len()]; 3],
}

impl MessageStats {
    pub fn of(fp: &Footprint, overlap: &Overlap, owners: &Owners) -> Self {
        let mut conversations = vec![ConvStats::default(); overlap.conversations.len()];
        let platforms: Vec<Platform> = fp.conversations.iter().map(|c| c.platform).collect();
        let conv_owner = owners.by_conversation(fp);
        let mut directions = [[0u64; 3]; 3];
        // The platforms each sender wrote on, a bit each (`1 << Platform as usize`): a
        // set per platform cost a hash a message, a fifth of the pass.
        let mut platforms_of_sender = vec![0u8; fp.senders.len()];
        let mut contents = [[0u64; Content::ALL.len()]; 3];
        let m = &fp.messages;
        for i in 0..m.len() {
            if overlap.is_repeated_message(i) {
                continue;
            }
            let conv = m.conversation[i] as usize;
            let Some(s) = overlap
                .conversation_of
                .get(conv)
                .and_then(|&merged| conversations.get_mut(merged as usize))
            else {
                continue;
            };
            match m.kind(i) {
                MessageKind::Message => {
                    s.messages += 1;
                    if let Some(&platform) = platforms.get(conv) {
                        if let Some(bits) = platforms_of_sender.get_mut(m.sender[i] as usize) {
                            *bits |= 1 << platform as usize;
                        }
                        if let Some(n) = contents
                            .get_mut(platform as usize)
                            .and_then(|row| row.get_mut(m.content(i) as usize))
                        {
                            *n += 1;
                        }
                        let direction = match conv_owner.writer(conv, m.sender[i]) {
                            Writer::You => {
                                s.sent += 1;
                                s.last_sent = max_opt(s.last_sent, Some(m.wall.at(i)));
                                0
                            }
                            Writer::Other => 1,
                            Writer::OwnerUnknown => {
                                s.owner_unknown += 1;
                                2
                            }
                        };
                        if let Some(n) = directions
                            .get_mut(platform as usize)
                            .and_then(|row| row.get_mut(direction))
                        {
                            *n += 1;
                        }
                    }
                }
                MessageKind::Service => s.service_events += 1,
            }
            let t = m.wall.at(i);
            s.first = Some(s.first.map_or(t, |f| f.min(t)));
            s.last = Some(s.last.map_or(t, |l| l.max(t)));
        }
        let mut senders = [0u64; 3];
        for bits in platforms_of_sender {
            for (platform, n) in senders.iter_mut().enumerate() {
                *n += u64::from(bits >> platform & 1);
            }
        }
        Self {
            conversations,
            senders,
            directions,
            contents,
        }
    }

    /// Messages by platform and content, those that occur.
    pub fn contents(&self) -> BTreeMap<(Platform, Content), u64> {
        let mut out = BTreeMap::new();
        for platform in [Platform::Telegram, Platform::WhatsApp, Platform::WeChat] {
            for content in Content::ALL {
                let n = self.contents[platform as usize][content as usize];
                if n > 0 {
                    out.insert((platform, content), n);
                }
            }
        }
        out
    }
}

impl ConvStats {
    fn widen(&mut self, other: &ConvStats) {
        self.messages += other.messages;
        self.service_events += other.service_events;
        self.first = min_opt(self.first, other.first);
        self.last = max_opt(self.last, other.last);
        self.sent += other.sent;
        self.last_sent = max_opt(self.last_sent, other.last_sent);
        self.owner_unknown += other.owner_unknown;
    }
}

fn min_opt(a: Option<WallTime>, b: Option<WallTime>) -> Option<WallTime> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn max_opt(a: Option<WallTime>, b: Option<WallTime>) -> Option<WallTime> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// Builds the summary of a load, each source's owner decided from the evidence alone.
pub fn summarize(outcome: &LoadOutcome) -> Summary {
    summarize_choosing(outcome, &OwnerChoices::default())
}

/// Builds the summary of a load with the user's choices of who they are (`--me`).
pub fn summarize_choosing(outcome: &LoadOutcome, choices: &OwnerChoices) -> Summary {
    let fp = &outcome.footprint;
    let (overlap, owners) = join(|| Overlap::of(fp), || Owners::decide(fp, choices));
    let (people, stats) = join(
        || People::build(fp, &overlap, &owners, &PeopleChoices::default()),
        || MessageStats::of(fp, &overlap, &owners),
    );
    summarize_with(outcome, &stats, &overlap, &owners, &people)
}

/// The summary, from statistics already gathered.
pub fn summarize_with(
    outcome: &LoadOutcome,
    stats: &MessageStats,
    overlap: &Overlap,
    owners: &Owners,
    people: &People,
) -> Summary {
    let fp = &outcome.footprint;
    let conv_stats = &stats.conversations;
    let mut platforms = BTreeMap::new();
    for platform in fp.platforms() {
        let mut summary = platform_summary(fp, overlap, platform, conv_stats);
        summary.senders = stats.senders.get(platform as usize).copied().unwrap_or(0);
        if let Some(&[sent, received, unknown]) = stats.directions.get(platform as usize) {
            summary.messages_sent = sent;
            summary.messages_received = received;
            summary.messages_owner_unknown = unknown;
        }
        platforms.insert(platform, summary);
    }
    let mut conversation_list: Vec<ConversationSummary> = overlap
        .conversations
        .iter()
        .zip(conv_stats)
        .map(|(c, s)| ConversationSummary {
            platform: c.platform,
            name: c.name.clone(),
            kind: c.kind,
            messages: s.messages,
            service_events: s.service_events,
            first: s.first.map(WallTime::to_iso),
            last: s.last.map(WallTime::to_iso),
            left: c.left,
            sources: c.sources.len() as u64,
        })
        .collect();
    conversation_list.sort_by(|a, b| {
        a.platform
            .cmp(&b.platform)
            .then_with(|| a.name.cmp(&b.name))
    });
    Summary {
        sources: fp
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let owner = owners.of(i as u32);
                SourceSummary {
                    path: s.path.clone(),
                    platform: s.platform,
                    format: s.format,
                    records: s.records,
                    warnings: s.warnings.total(),
                    owner: OwnerSummary {
                        name: owner.and_then(|o| o.name.clone()),
                        basis: owner.map_or(OwnerBasis::Unknown, |o| o.basis),
                    },
                }
            })
            .collect(),
        unrecognized: outcome
            .unrecognized
            .iter()
            .map(|u| UnrecognizedSummary {
                path: u.path.clone(),
                reason: u.reason.clone(),
            })
            .collect(),
        errors: outcome
            .errors
            .iter()
            .map(|e| ErrorSummary {
                path: e.path.clone(),
                message: e.message.clone(),
            })
            .collect(),
        platforms,
        conversation_list,
        people: PeopleSummary::of(people),
        ip_database: super::ip_country::database_name(),
    }
}

fn platform_summary(
    fp: &Footprint,
    overlap: &Overlap,
    platform: Platform,
    conv_stats: &[ConvStats],
) -> PlatformSummary {
    let mut summary = PlatformSummary::default();
    let identity: BTreeSet<&str> = fp
        .identity
        .iter()
        .filter(|f| f.platform == platform && !f.value.is_empty())
        .map(|f| f.field.as_str())
        .collect();
    summary.identity_fields = identity.into_iter().map(str::to_string).collect();
    summary.contacts = overlap
        .contacts
        .kept(&fp.contacts)
        .filter(|c| c.platform == platform)
        .count() as u64;
    summary.frequent_contacts = if platform == Platform::Telegram {
        overlap
            .frequent_contacts
            .kept(&fp.frequent_contacts)
            .count() as u64
    } else {
        0
    };
    let sessions: Vec<_> = overlap
        .sessions
        .kept(&fp.sessions)
        .filter(|s| s.platform == platform)
        .collect();
    summary.sessions = sessions
        .iter()
        .filter(|s| s.kind == SessionKind::App)
        .count() as u64;
    summary.web_sessions = sessions
        .iter()
        .filter(|s| s.kind == SessionKind::Web)
        .count() as u64;
    summary.devices = sessions
        .iter()
        .filter(|s| !s.device.is_empty())
        .map(|s| s.device.as_str())
        .collect::<HashSet<_>>()
        .len() as u64;
    summary.countries = sessions
        .iter()
        .filter(|s| !s.country.is_empty())
        .map(|s| s.country.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let ips: BTreeSet<std::net::IpAddr> = fp
        .ip_observations
        .iter()
        .filter(|o| o.platform == platform)
        .map(|o| o.ip)
        .collect();
    summary.ip_addresses = ips.len() as u64;
    for ip in ips {
        *summary
            .ip_countries
            .entry(super::ip_country::place(ip).key().to_string())
            .or_default() += 1;
    }
    for kind in ConversationKind::ALL {
        summary.conversations.insert(kind.id(), 0);
    }
    let mut totals = ConvStats::default();
    for (conv, stats) in overlap.conversations.iter().zip(conv_stats) {
        if conv.platform != platform {
            continue;
        }
        if conv.left {
            summary.left_conversations += 1;
        } else {
            *summary.conversations.entry(conv.kind.id()).or_default() += 1;
        }
        totals.widen(stats);
    }
    summary.messages = totals.messages;
    summary.service_events = totals.service_events;
    summary.first_message = totals.first.map(WallTime::to_iso);
    summary.last_message = totals.last.map(WallTime::to_iso);
    summary.payments = payments_summary(fp, overlap, platform);
    if let Some(m) = overlap.merged.get(&platform) {
        summary.merged = MergedSummary {
            conversations: m.conversations,
            messages: m.messages,
            payments: m.payments,
            contacts: m.contacts,
            sessions: m.sessions,
        };
    }
    summary
}

/// `{"count", "expense", "income"}` for a platform with a payment bill among its sources,
/// else `None` (null).
fn payments_summary(
    fp: &Footprint,
    overlap: &Overlap,
    platform: Platform,
) -> Option<PaymentsSummary> {
    let has_bill = fp
        .sources
        .iter()
        .any(|s| s.platform == platform && s.format.ends_with("paybill"));
    let rows: Vec<_> = overlap
        .payments
        .kept(&fp.payments)
        .filter(|p| p.platform == platform)
        .collect();
    if !has_bill && rows.is_empty() {
        return None;
    }
    let sum = |direction: PaymentDirection| -> i64 {
        rows.iter()
            .filter(|p| p.direction == direction)
            .map(|p| p.amount_cents)
            .sum()
    };
    Some(PaymentsSummary {
        count: rows.len() as u64,
        expense: format_cents(sum(PaymentDirection::Expense)),
        income: format_cents(sum(PaymentDirection::Income)),
    })
}
