//! Per-view aggregates and table rows: contacts, sessions and devices, conversations,
//! payments. Built once per load; views and charts only read them.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::IpAddr;

use chrono::Timelike;

use super::activity::{Bucket, day_of_date};
use super::overlap::Overlap;
use super::summary::ConvStats;
use crate::model::{
    ConversationKind, Footprint, IpOrigin, PaymentDirection, Platform, SessionKind, SourceIdx,
    WallTime,
};
use crate::t;

/// `(bucket start day, count)` pairs, sorted.
pub type Counts = Vec<(i32, u64)>;

/// Counts times per month.
pub fn per_month(times: impl Iterator<Item = WallTime>) -> Counts {
    let mut map: BTreeMap<i32, u64> = BTreeMap::new();
    for t in times {
        if let Some(day) = day_of(t) {
            *map.entry(Bucket::Month.start_of(day)).or_default() += 1;
        }
    }
    map.into_iter().collect()
}

/// The day number of a wall time.
pub fn day_of(t: WallTime) -> Option<i32> {
    t.naive().map(|n| day_of_date(n.date()))
}

/// Sorts `(label, count)` by count, largest first, then label.
fn ranked(map: HashMap<String, u64>) -> Vec<(String, u64)> {
    let mut v: Vec<_> = map.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

// ---------------------------------------------------------------- contacts

#[derive(Clone, Debug)]
pub struct ContactRow {
    pub platform: Platform,
    pub name: String,
    pub phone: String,
    pub added: Option<WallTime>,
}

#[derive(Clone, Debug)]
pub struct FrequentRow {
    pub name: String,
    pub category: String,
    pub rating: f64,
}

#[derive(Clone, Debug, Default)]
pub struct ContactsData {
    pub rows: Vec<ContactRow>,
    pub added_per_month: Counts,
    /// Highest rating first.
    pub frequent: Vec<FrequentRow>,
}

impl ContactsData {
    pub fn build(fp: &Footprint, overlap: &Overlap) -> Self {
        let mut rows: Vec<ContactRow> = overlap
            .contacts
            .kept(&fp.contacts)
            .map(|c| ContactRow {
                platform: c.platform,
                name: c.name.clone(),
                phone: c.phone.clone(),
                added: c.added,
            })
            .collect();
        rows.sort_by(|a, b| a.name.cmp(&b.name));
        let added_per_month = per_month(rows.iter().filter_map(|r| r.added));
        let mut frequent: Vec<FrequentRow> = overlap
            .frequent_contacts
            .kept(&fp.frequent_contacts)
            .map(|f| FrequentRow {
                name: f.name.clone(),
                category: f.category.clone(),
                rating: f.rating,
            })
            .collect();
        frequent.sort_by(|a, b| b.rating.total_cmp(&a.rating));
        Self {
            rows,
            added_per_month,
            frequent,
        }
    }
}

// ---------------------------------------------------------------- sessions

#[derive(Clone, Debug)]
pub struct SessionRow {
    pub platform: Platform,
    pub kind: SessionKind,
    pub app: String,
    pub device: String,
    pub system: String,
    pub ip: Option<IpAddr>,
    pub place: String,
    pub website: String,
    pub created: Option<WallTime>,
    pub last_active: Option<WallTime>,
    /// A later export of the same account no longer lists it: it has ended
    /// ([`super::diff`]).
    pub ended: bool,
}

impl SessionRow {
    /// "device · app", or the website for web sessions ("unknown device", in the current
    /// language, without either).
    pub fn label(&self) -> String {
        let parts: Vec<&str> = [
            self.device.as_str(),
            self.app.as_str(),
            self.website.as_str(),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
        if parts.is_empty() {
            t!("topics-unknown-device")
        } else {
            parts.join(" · ")
        }
    }
}

#[derive(Clone, Debug)]
pub struct IpRow {
    pub ip: IpAddr,
    pub platforms: Vec<Platform>,
    /// Where it was seen ("session, login notice"): [`IpRow::origin_kinds`] in words.
    pub origins: String,
    /// Where it was seen, sorted.
    pub origin_kinds: Vec<IpOrigin>,
    pub seen: u64,
    pub first: Option<WallTime>,
    pub last: Option<WallTime>,
    /// Places the platform gave for sessions from this address.
    pub places: String,
    /// The countries of those places, sorted.
    pub countries: Vec<String>,
    /// Where the bundled database registers the address today ([`super::ip_country`]).
    pub registered: super::ip_country::IpPlace,
}

#[derive(Clone, Debug)]
pub struct LoginRow {
    pub platform: Platform,
    pub time: WallTime,
    pub device: String,
    pub location: String,
    pub ip: Option<IpAddr>,
}

/// A session whose last activity is older than this is "idle": still listed as logged in,
/// but unused for half a year, long enough that the device is likely gone, sold or
/// forgotten while it can still read your messages. Counted to the export's date
/// ([`SessionsData::listed_as_of`]), not to today: an export says nothing of later use.
pub const IDLE_SESSION_DAYS: i64 = 183;

impl SessionsData {
    /// When `platform`'s session list was taken: the latest activity of a session it
    /// still lists (the device that made the export is active then), capped at `now`.
    /// Idle sessions are counted to this day.
    pub fn listed_as_of(&self, platform: Platform, now: WallTime) -> WallTime {
        self.sessions
            .iter()
            .filter(|s| s.platform == platform && !s.ended)
            .filter_map(|s| s.last_active.or(s.created))
            .max()
            .map_or(now, |t| t.min(now))
    }
}

impl SessionRow {
    /// Days from the session's last activity (else its creation) to `now`; `None`
    /// without either time.
    pub fn idle_days(&self, now: WallTime) -> Option<i64> {
        let last = self.last_active.or(self.created)?;
        Some((now.0 - last.0).div_euclid(86_400))
    }
}

#[derive(Clone, Debug, Default)]
pub struct SessionsData {
    /// Oldest first.
    pub sessions: Vec<SessionRow>,
    pub by_device: Vec<(String, u64)>,
    pub by_system: Vec<(String, u64)>,
    pub by_app: Vec<(String, u64)>,
    /// Most seen first.
    pub ips: Vec<IpRow>,
    pub countries: Vec<(String, u64)>,
    /// Oldest first.
    pub logins: Vec<LoginRow>,
    pub logins_per_month: Counts,
}

/// "Berlin, Germany" from a region and a country; a region that already names its
/// country (Telegram's web sessions write "Berlin, Germany") is not followed by it again.
fn place(region: &str, country: &str) -> String {
    let (region, country) = (region.trim(), country.trim());
    if country.is_empty() || region.ends_with(country) {
        region.to_string()
    } else if region.is_empty() {
        country.to_string()
    } else {
        format!("{region}, {country}")
    }
}

fn origin_label(o: IpOrigin) -> String {
    match o {
        IpOrigin::Session => t!("topics-origin-session"),
        IpOrigin::WebSession => t!("topics-origin-web-session"),
        IpOrigin::IpHistory => t!("topics-origin-ip-history"),
        IpOrigin::AccountChange => t!("topics-origin-account-change"),
        IpOrigin::LoginNotice => t!("topics-origin-login-notice"),
    }
}

/// "session, login notice".
fn origins_label(origins: &[IpOrigin]) -> String {
    origins
        .iter()
        .map(|o| origin_label(*o))
        .collect::<Vec<_>>()
        .join(crate::i18n::format::list_separator())
}

/// App sessions counted by a field of theirs (an empty one as "(not given)"), most first.
fn count_by(sessions: &[SessionRow], field: impl Fn(&SessionRow) -> &str) -> Vec<(String, u64)> {
    let not_given = t!("topics-not-given");
    let mut map = HashMap::new();
    for s in sessions.iter().filter(|s| s.kind == SessionKind::App) {
        let key = field(s).trim();
        let key = if key.is_empty() { &not_given } else { key };
        *map.entry(key.to_string()).or_default() += 1;
    }
    ranked(map)
}

impl SessionsData {
    pub fn build(fp: &Footprint, overlap: &Overlap) -> Self {
        // A session listed by two exports keeps the latest activity either saw.
        let mut last_active: Vec<Option<WallTime>> =
            fp.sessions.iter().map(|s| s.last_active).collect();
        for (i, s) in fp.sessions.iter().enumerate() {
            if let Some(original) = overlap.sessions.original(i)
                && let Some(slot) = last_active.get_mut(original)
            {
                *slot = (*slot).max(s.last_active);
            }
        }
        let mut sessions: Vec<SessionRow> = fp
            .sessions
            .iter()
            .zip(&last_active)
            .enumerate()
            .filter(|(i, _)| !overlap.sessions.is_repeat(*i))
            .map(|(_, (s, &last_active))| SessionRow {
                platform: s.platform,
                kind: s.kind,
                app: s.app.clone(),
                device: s.device.clone(),
                system: s.system.clone(),
                ip: s.ip,
                place: place(&s.region, &s.country),
                website: s.website.clone(),
                created: s.created,
                last_active,
                ended: false,
            })
            .collect();
        sessions.sort_by_key(|s| (s.created.or(s.last_active), s.kind == SessionKind::Web));
        let by_device = count_by(&sessions, |s| &s.device);
        let by_system = count_by(&sessions, |s| &s.system);
        let by_app = count_by(&sessions, |s| &s.app);

        let mut countries = HashMap::new();
        for s in overlap.sessions.kept(&fp.sessions) {
            if !s.country.is_empty() {
                *countries.entry(s.country.clone()).or_default() += 1;
            }
        }

        struct IpAcc {
            platforms: BTreeSet<Platform>,
            origins: BTreeSet<IpOrigin>,
            seen: u64,
            first: Option<WallTime>,
            last: Option<WallTime>,
            places: BTreeSet<String>,
            countries: BTreeSet<String>,
        }
        let mut ips: HashMap<IpAddr, IpAcc> = HashMap::new();
        for o in overlap.ip_observations.kept(&fp.ip_observations) {
            let acc = ips.entry(o.ip).or_insert_with(|| IpAcc {
                platforms: BTreeSet::new(),
                origins: BTreeSet::new(),
                seen: 0,
                first: None,
                last: None,
                places: BTreeSet::new(),
                countries: BTreeSet::new(),
            });
            acc.platforms.insert(o.platform);
            acc.origins.insert(o.origin);
            acc.seen += 1;
            if let Some(t) = o.time {
                acc.first = Some(acc.first.map_or(t, |f| f.min(t)));
                acc.last = Some(acc.last.map_or(t, |l| l.max(t)));
            }
        }
        for s in &sessions {
            if let (Some(ip), false) = (s.ip, s.place.is_empty())
                && let Some(acc) = ips.get_mut(&ip)
            {
                acc.places.insert(s.place.clone());
            }
        }
        for s in overlap.sessions.kept(&fp.sessions) {
            if let (Some(ip), false) = (s.ip, s.country.trim().is_empty())
                && let Some(acc) = ips.get_mut(&ip)
            {
                acc.countries.insert(s.country.trim().to_string());
            }
        }
        for l in overlap.login_events.kept(&fp.login_events) {
            if let (Some(ip), false) = (l.ip, l.location.is_empty())
                && let Some(acc) = ips.get_mut(&ip)
            {
                acc.places.insert(l.location.clone());
                // A login notice's location ends with its country ("Berlin, Germany").
                if let Some(country) = l.location.rsplit(',').next().map(str::trim)
                    && !country.is_empty()
                {
                    acc.countries.insert(country.to_string());
                }
            }
        }
        let mut ips: Vec<IpRow> = ips
            .into_iter()
            .map(|(ip, a)| {
                let origin_kinds: Vec<IpOrigin> = a.origins.into_iter().collect();
                IpRow {
                    ip,
                    platforms: a.platforms.into_iter().collect(),
                    origins: origins_label(&origin_kinds),
                    origin_kinds,
                    seen: a.seen,
                    first: a.first,
                    last: a.last,
                    places: a.places.into_iter().collect::<Vec<_>>().join("; "),
                    countries: a.countries.into_iter().collect(),
                    registered: super::ip_country::place(ip),
                }
            })
            .collect();
        ips.sort_by(|a, b| b.seen.cmp(&a.seen).then_with(|| a.ip.cmp(&b.ip)));

        let mut logins: Vec<LoginRow> = overlap
            .login_events
            .kept(&fp.login_events)
            .map(|l| LoginRow {
                platform: l.platform,
                time: l.time,
                device: l.device.clone(),
                location: l.location.clone(),
                ip: l.ip,
            })
            .collect();
        logins.sort_by_key(|l| l.time);
        let logins_per_month = per_month(logins.iter().map(|l| l.time));
        Self {
            sessions,
            by_device,
            by_system,
            by_app,
            ips,
            countries: ranked(countries),
            logins,
            logins_per_month,
        }
    }

    /// Writes the texts built in (the "(not given)" of the counts, where addresses were
    /// seen) again in the current language.
    pub fn relabel(&mut self) {
        self.by_device = count_by(&self.sessions, |s| &s.device);
        self.by_system = count_by(&self.sessions, |s| &s.system);
        self.by_app = count_by(&self.sessions, |s| &s.app);
        for ip in &mut self.ips {
            ip.origins = origins_label(&ip.origin_kinds);
        }
    }
}

// ---------------------------------------------------------------- conversations

#[derive(Clone, Debug)]
pub struct ConversationRow {
    /// Index into [`Overlap::conversations`] (the activity filter's conversation).
    pub idx: u32,
    pub platform: Platform,
    pub name: String,
    pub kind: ConversationKind,
    /// The kind as people say it ("public group", "private chat", "official account").
    pub kind_label: String,
    pub left: bool,
    /// The sources that know it.
    pub sources: Vec<SourceIdx>,
    pub messages: u64,
    pub service_events: u64,
    pub first: Option<WallTime>,
    pub last: Option<WallTime>,
    /// Messages you wrote in it, and when you last did (who "you" are: [`super::owner`]).
    pub sent: u64,
    pub last_sent: Option<WallTime>,
    /// Messages whose writer cannot be told you or not (then `sent` says little).
    pub owner_unknown: u64,
}

#[derive(Clone, Debug, Default)]
pub struct ConversationsData {
    /// Most messages first (service events break ties).
    pub rows: Vec<ConversationRow>,
    /// Per kind: (kind, still in, left), every kind listed.
    pub by_kind: Vec<(ConversationKind, u64, u64)>,
}

/// The kind of a conversation as people say it, from the export's own type where it is
/// finer than the [`ConversationKind`] (Telegram's `public_supergroup` is a public group,
/// a WeChat `gh_` id an official account), in the current language. "Other" says what it
/// is.
pub fn kind_label(platform: Platform, kind: ConversationKind, raw_kind: &str) -> String {
    let raw = raw_kind.trim();
    if platform == Platform::Telegram {
        let telegram = match raw {
            "personal_chat" => Some(t!("kind-label-private-chat")),
            "bot_chat" => Some(t!("kind-label-bot")),
            "saved_messages" => Some(t!("kind-label-saved")),
            "private_group" | "private_supergroup" => Some(t!("kind-label-private-group")),
            "public_supergroup" => Some(t!("kind-label-public-group")),
            "private_channel" => Some(t!("kind-label-private-channel")),
            "public_channel" => Some(t!("kind-label-public-channel")),
            _ => None,
        };
        if let Some(label) = telegram {
            return label;
        }
    }
    if platform == Platform::WeChat {
        // WeChat's raw kinds are "群聊 group", "公众号 official account" …, with the list
        // they came from in brackets.
        let words = raw.split(" (").next().unwrap_or(raw);
        let wechat = match words.split_once(' ').map(|(chinese, _)| chinese) {
            Some("群聊") => Some(t!("kind-label-wechat-group")),
            Some("公众号") => Some(t!("kind-label-wechat-official")),
            Some("企业微信") => Some(t!("kind-label-wechat-wecom")),
            Some("微信") => Some(t!("kind-label-wechat-system")),
            Some("私聊") => Some(t!("kind-label-wechat-private")),
            _ => None,
        };
        if let Some(label) = wechat {
            return label;
        }
        if let Some((chinese, english)) = words.split_once(' ') {
            return format!("{english} ({chinese})");
        }
    }
    match kind {
        ConversationKind::Personal => t!("kind-label-private-chat"),
        ConversationKind::Group => t!("kind-label-group"),
        ConversationKind::Channel => t!("kind-label-channel"),
        ConversationKind::Bot => t!("kind-label-bot"),
        ConversationKind::Saved => t!("kind-label-saved"),
        ConversationKind::Other if raw.is_empty() => t!("kind-label-other-not-given"),
        ConversationKind::Other => t!("kind-label-other", kind = raw.replace('_', " ")),
    }
}

/// A conversation's name as shown (after masking, which knows the name the importer
/// gave): Telegram's Saved Messages chat has no name of its own (the JSON importer calls
/// it "Saved Messages", the HTML export "Saved messages" in the exporting app's
/// language), so it is named in the reader's language; every other name is the export's.
pub fn shown_name(kind: ConversationKind, name: &str) -> String {
    if kind == ConversationKind::Saved {
        t!("kind-label-saved")
    } else {
        name.to_owned()
    }
}

/// A conversation's name as every view, image and the report show it: masked when
/// masking, then [`shown_name`].
pub fn conversation_name(shown: super::Shown<'_>, kind: ConversationKind, name: &str) -> String {
    shown_name(kind, &shown.text(super::conversation_detail(kind), name))
}

impl ConversationsData {
    /// `stats` has one entry per distinct conversation ([`super::summary::MessageStats`]).
    pub fn build(overlap: &Overlap, stats: &[ConvStats]) -> Self {
        let mut rows: Vec<ConversationRow> = overlap
            .conversations
            .iter()
            .zip(stats)
            .enumerate()
            .map(|(i, (c, s))| ConversationRow {
                idx: i as u32,
                platform: c.platform,
                name: c.name.clone(),
                kind: c.kind,
                kind_label: kind_label(c.platform, c.kind, &c.raw_kind),
                left: c.left,
                sources: c.sources.clone(),
                messages: s.messages,
                service_events: s.service_events,
                first: s.first,
                last: s.last,
                sent: s.sent,
                last_sent: s.last_sent,
                owner_unknown: s.owner_unknown,
            })
            .collect();
        let by_kind = ConversationKind::ALL
            .iter()
            .map(|&kind| {
                let of_kind = rows.iter().filter(|r| r.kind == kind);
                let left = of_kind.clone().filter(|r| r.left).count() as u64;
                (kind, of_kind.count() as u64 - left, left)
            })
            .collect();
        rows.sort_by(|a, b| {
            b.messages
                .cmp(&a.messages)
                .then_with(|| b.service_events.cmp(&a.service_events))
                .then_with(|| a.name.cmp(&b.name))
        });
        Self { rows, by_kind }
    }

    /// Writes each row's [`ConversationRow::kind_label`] again in the current language
    /// (`overlap` is the one the rows were built from).
    pub fn relabel(&mut self, overlap: &Overlap) {
        for row in &mut self.rows {
            if let Some(c) = overlap.conversations.get(row.idx as usize) {
                row.kind_label = kind_label(c.platform, c.kind, &c.raw_kind);
            }
        }
    }
}

// ---------------------------------------------------------------- payments

/// A bill row as the Payments view shows it: a copy, because the view keeps drawing from
/// [`super::Derived`] while the worker thread owns the footprint.
#[derive(Clone, Debug)]
pub struct PaymentRow {
    pub platform: Platform,
    pub time: WallTime,
    pub kind: arcstr::ArcStr,
    pub counterparty: arcstr::ArcStr,
    pub goods: arcstr::ArcStr,
    pub direction: PaymentDirection,
    pub amount_cents: i64,
    pub method: arcstr::ArcStr,
    pub status: arcstr::ArcStr,
}

/// Amounts by a label: (label, expense cents, income cents, rows).
pub type MoneyBy = Vec<(String, i64, i64, u64)>;

#[derive(Clone, Debug, Default)]
pub struct PaymentsData {
    /// Oldest first.
    pub rows: Vec<PaymentRow>,
    pub expense_cents: i64,
    pub income_cents: i64,
    /// (month start day, expense cents, income cents)
    pub per_month: Vec<(i32, i64, i64)>,
    /// By the money moved (expense plus income), largest first.
    pub by_counterparty: MoneyBy,
    pub by_method: MoneyBy,
    pub by_kind: MoneyBy,
    /// Rows per hour of day.
    pub by_hour: [u64; 24],
    pub first: Option<WallTime>,
    pub last: Option<WallTime>,
}

fn money_by(rows: &[PaymentRow], key: impl Fn(&PaymentRow) -> &str) -> MoneyBy {
    let not_given = t!("topics-not-given");
    let mut map: HashMap<String, (i64, i64, u64)> = HashMap::new();
    for r in rows {
        let k = key(r).trim();
        let k = if k.is_empty() || k == "/" {
            &not_given
        } else {
            k
        };
        let e = map.entry(k.to_string()).or_default();
        match r.direction {
            PaymentDirection::Expense => e.0 += r.amount_cents,
            PaymentDirection::Income => e.1 += r.amount_cents,
            PaymentDirection::Neutral => {}
        }
        e.2 += 1;
    }
    let mut v: MoneyBy = map.into_iter().map(|(k, (e, i, n))| (k, e, i, n)).collect();
    v.sort_by(|a, b| {
        (b.1 + b.2)
            .cmp(&(a.1 + a.2))
            .then_with(|| b.3.cmp(&a.3))
            .then_with(|| a.0.cmp(&b.0))
    });
    v
}

impl PaymentsData {
    pub fn build(fp: &Footprint, overlap: &Overlap) -> Self {
        let mut rows: Vec<PaymentRow> = overlap
            .payments
            .kept(&fp.payments)
            .map(|p| PaymentRow {
                platform: p.platform,
                time: p.time,
                kind: p.kind.clone(),
                counterparty: p.counterparty.clone(),
                goods: p.goods.clone(),
                direction: p.direction,
                amount_cents: p.amount_cents,
                method: p.method.clone(),
                status: p.status.clone(),
            })
            .collect();
        rows.sort_by_key(|r| r.time);
        let mut data = Self::default();
        let mut months: BTreeMap<i32, (i64, i64)> = BTreeMap::new();
        for r in &rows {
            // Totals count every row, as the summary does; a row without a usable time
            // only stays out of the per-month and per-hour charts.
            let (expense, income) = match r.direction {
                PaymentDirection::Expense => (r.amount_cents, 0),
                PaymentDirection::Income => (0, r.amount_cents),
                PaymentDirection::Neutral => (0, 0),
            };
            data.expense_cents += expense;
            data.income_cents += income;
            let Some(n) = r.time.naive() else { continue };
            let e = months
                .entry(Bucket::Month.start_of(day_of_date(n.date())))
                .or_default();
            e.0 += expense;
            e.1 += income;
            if let Some(h) = data.by_hour.get_mut(n.hour() as usize) {
                *h += 1;
            }
        }
        data.per_month = months.into_iter().map(|(m, (e, i))| (m, e, i)).collect();
        data.first = rows.first().map(|r| r.time);
        data.last = rows.last().map(|r| r.time);
        data.rows = rows;
        data.relabel();
        data
    }

    /// Sums the amounts by counterparty, method and kind again, with the "(not given)" of
    /// rows that name none in the current language (one pass over the rows).
    pub fn relabel(&mut self) {
        self.by_counterparty = money_by(&self.rows, |r| &r.counterparty);
        self.by_method = money_by(&self.rows, |r| &r.method);
        self.by_kind = money_by(&self.rows, |r| &r.kind);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Payment;

    fn payment(time: WallTime, direction: PaymentDirection, amount_cents: i64) -> Payment {
        Payment {
            source: 0,
            platform: Platform::WeChat,
            time,
            kind: "转账".into(),
            counterparty: "张伟".into(),
            goods: "".into(),
            direction,
            amount_cents,
            method: "零钱".into(),
            status: "".into(),
            transaction_id: Default::default(),
            merchant_id: Default::default(),
            note: "".into(),
        }
    }

    #[test]
    fn places_name_their_country_once() {
        assert_eq!(place("Berlin, Germany", "Germany"), "Berlin, Germany");
        assert_eq!(place("Berlin", "Germany"), "Berlin, Germany");
        assert_eq!(place("", "Germany"), "Germany");
        assert_eq!(place("Hesse", ""), "Hesse");
    }

    #[test]
    fn payment_totals_count_rows_the_time_charts_leave_out() {
        let mut fp = Footprint::default();
        let at = WallTime::from_fields(2024, 3, 1, 12, 0, 0).unwrap();
        fp.payments
            .push(payment(at, PaymentDirection::Expense, 1_250));
        fp.payments.push(payment(at, PaymentDirection::Income, 300));
        // A time no calendar can show: out of the month and hour charts, still money.
        fp.payments
            .push(payment(WallTime(i64::MAX), PaymentDirection::Expense, 50));
        let data = PaymentsData::build(&fp, &Overlap::of(&fp));
        assert_eq!(data.expense_cents, 1_300);
        assert_eq!(data.income_cents, 300);
        let monthly: i64 = data.per_month.iter().map(|m| m.1).sum();
        assert_eq!(monthly, 1_250);
        assert_eq!(data.by_hour.iter().sum::<u64>(), 2);
    }
}
