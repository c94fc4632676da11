//! Message activity, pre-aggregated once per load so that any filter (platform,
//! conversation, bucket size) is answered without touching the message columns again.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::overlap::Overlap;
use super::owner::{Owners, Writer};
use crate::model::{Footprint, MessageKind, Platform};

const SECS_PER_DAY: i64 = 86_400;

/// Which clock activity is counted in.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum TimeBasis {
    /// The wall-clock time written in the export (the exporting computer's zone).
    #[default]
    AsExported,
    /// Absolute times shifted to a fixed UTC offset (minutes east), where the export has
    /// them; other messages stay as written.
    UtcOffset(i32),
}

impl TimeBasis {
    /// "as written in the export" (in the current language), "UTC+5:30".
    pub fn label(self) -> String {
        match self {
            Self::AsExported => crate::t!("time-basis-as-exported"),
            Self::UtcOffset(0) => "UTC".into(),
            Self::UtcOffset(m) => {
                let sign = if m < 0 { '-' } else { '+' };
                let m = m.unsigned_abs();
                if m % 60 == 0 {
                    format!("UTC{sign}{}", m / 60)
                } else {
                    format!("UTC{sign}{}:{:02}", m / 60, m % 60)
                }
            }
        }
    }
}

/// Messages of one conversation on one day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DayCount {
    /// Days since 1970-01-01.
    pub day: i32,
    /// Written by the account owner.
    pub mine: u32,
    /// Written by anyone else ("received").
    pub others: u32,
    /// In a source whose owner is unknown ([`super::owner`]): neither.
    pub unknown: u32,
}

impl DayCount {
    fn count(&mut self, who: Writer) {
        match who {
            Writer::You => self.mine += 1,
            Writer::Other => self.others += 1,
            Writer::OwnerUnknown => self.unknown += 1,
        }
    }

    fn add(&mut self, other: &DayCount) {
        self.mine += other.mine;
        self.others += other.others;
        self.unknown += other.unknown;
    }

    /// Every message of the day.
    pub fn total(&self) -> u64 {
        u64::from(self.mine) + u64::from(self.others) + u64::from(self.unknown)
    }
}

/// Everything the activity charts need about one conversation.
#[derive(Clone, Debug, Default)]
pub struct ConversationActivity {
    pub platform: Option<Platform>,
    /// Sorted by day, one entry per day with messages.
    pub days: Vec<DayCount>,
    /// Messages by weekday (0 = Monday) and hour.
    pub week_hour: [[u32; 24]; 7],
}

/// Per-conversation activity of a whole footprint.
#[derive(Clone, Debug, Default)]
pub struct ActivityIndex {
    pub basis: TimeBasis,
    pub conversations: Vec<ConversationActivity>,
    /// Whether any message has an absolute time (so a time-zone choice means something).
    pub has_absolute_times: bool,
}

/// Bucket size of an activity timeline.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Bucket {
    Day,
    #[default]
    Week,
    Month,
    Year,
}

impl Bucket {
    pub const ALL: [Bucket; 4] = [Self::Day, Self::Week, Self::Month, Self::Year];

    /// "day", "week" … in the current language.
    pub fn label(self) -> String {
        match self {
            Self::Day => crate::t!("bucket-day"),
            Self::Week => crate::t!("bucket-week"),
            Self::Month => crate::t!("bucket-month"),
            Self::Year => crate::t!("bucket-year"),
        }
    }

    /// The first day of the bucket holding `day`.
    pub fn start_of(self, day: i32) -> i32 {
        match self {
            Self::Day => day,
            // 1970-01-01 was a Thursday; weeks start on Monday.
            Self::Week => day - (day + 3).rem_euclid(7),
            Self::Month | Self::Year => {
                let Some(date) = date_of_day(day) else {
                    return day;
                };
                let month = if self == Self::Month { date.month() } else { 1 };
                NaiveDate::from_ymd_opt(date.year(), month, 1).map_or(day, day_of_date)
            }
        }
    }

    /// Approximate length in days (for bar widths).
    pub fn days(self) -> f64 {
        match self {
            Self::Day => 1.0,
            Self::Week => 7.0,
            Self::Month => 30.4,
            Self::Year => 365.25,
        }
    }
}

/// The date of a day number.
pub fn date_of_day(day: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(1970, 1, 1)?
        .checked_add_signed(chrono::TimeDelta::try_days(i64::from(day))?)
}

/// The day number of a date.
pub fn day_of_date(date: NaiveDate) -> i32 {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    (date - epoch).num_days() as i32
}

/// Which conversations a query covers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActivityFilter {
    /// Only these platforms; empty means all.
    pub platforms: Vec<Platform>,
    /// Only this distinct conversation (an index into
    /// [`Overlap::conversations`](super::overlap::Overlap::conversations)).
    pub conversation: Option<u32>,
}

/// Activity for a filter, ready to chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ActivityView {
    /// Bucket starts (day numbers) with counts of mine and others.
    pub timeline: Vec<DayCount>,
    pub week_hour: [[u32; 24]; 7],
    pub mine: u64,
    pub others: u64,
    /// Messages of sources whose owner is unknown.
    pub unknown: u64,
}

impl ActivityIndex {
    /// One pass over the message columns. Only messages written by a person count, not
    /// service events, each once ([`Overlap`]); conversations are the distinct ones.
    pub fn build(fp: &Footprint, overlap: &Overlap, owners: &Owners, basis: TimeBasis) -> Self {
        let mut conversations: Vec<ConversationActivity> = overlap
            .conversations
            .iter()
            .map(|c| ConversationActivity {
                platform: Some(c.platform),
                ..Default::default()
            })
            .collect();
        let owners = owners.by_conversation(fp);
        let m = &fp.messages;
        let mut has_absolute_times = false;
        let mut sorted = vec![true; conversations.len()];
        for (i, unix) in m.unix_times().enumerate() {
            if m.kind(i) != MessageKind::Message || overlap.is_repeated_message(i) {
                continue;
            }
            let own_conv = m.conversation[i] as usize;
            let Some(conv) = overlap.merged_of(m.conversation[i]).map(|c| c as usize) else {
                continue;
            };
            let Some(activity) = conversations.get_mut(conv) else {
                continue;
            };
            has_absolute_times |= unix.is_some();
            let secs = match (basis, unix) {
                (TimeBasis::UtcOffset(minutes), Some(unix)) => {
                    unix.saturating_add(i64::from(minutes) * 60)
                }
                _ => m.wall.at(i).0,
            };
            let day = secs.div_euclid(SECS_PER_DAY);
            let Ok(day) = i32::try_from(day) else {
                continue;
            };
            let hour = (secs.rem_euclid(SECS_PER_DAY) / 3600) as usize;
            let weekday = (day + 3).rem_euclid(7) as usize;
            let who = owners.writer(own_conv, m.sender[i]);
            if let Some(row) = activity.week_hour.get_mut(weekday)
                && let Some(cell) = row.get_mut(hour)
            {
                *cell += 1;
            }
            // Exports are mostly in time order: extend the last day, or start a new one.
            match activity.days.last_mut() {
                Some(last) if last.day == day => last.count(who),
                last => {
                    if last.is_some_and(|l| l.day > day) {
                        sorted[conv] = false;
                    }
                    let mut entry = DayCount {
                        day,
                        ..DayCount::default()
                    };
                    entry.count(who);
                    activity.days.push(entry);
                }
            }
        }
        for (activity, sorted) in conversations.iter_mut().zip(sorted) {
            if !sorted {
                activity.days = merge_days(&activity.days);
            }
        }
        Self {
            basis,
            conversations,
            has_absolute_times,
        }
    }

    /// Messages per year and platform, from the per-day counts (so in the chosen time
    /// basis, like every activity chart).
    pub fn per_year(&self) -> BTreeMap<i32, BTreeMap<Platform, u64>> {
        let mut years: BTreeMap<i32, BTreeMap<Platform, u64>> = BTreeMap::new();
        for activity in &self.conversations {
            let Some(platform) = activity.platform else {
                continue;
            };
            for d in &activity.days {
                let Some(date) = date_of_day(d.day) else {
                    continue;
                };
                *years
                    .entry(chrono::Datelike::year(&date))
                    .or_default()
                    .entry(platform)
                    .or_default() += d.total();
            }
        }
        years
    }

    /// Sums the conversations the filter selects into a timeline and a heatmap.
    pub fn query(&self, filter: &ActivityFilter, bucket: Bucket) -> ActivityView {
        let mut view = ActivityView::default();
        let mut buckets: BTreeMap<i32, DayCount> = BTreeMap::new();
        for (idx, activity) in self.conversations.iter().enumerate() {
            let platform_excluded = !filter.platforms.is_empty()
                && !activity
                    .platform
                    .is_some_and(|p| filter.platforms.contains(&p));
            if filter.conversation.is_some_and(|c| c as usize != idx) || platform_excluded {
                continue;
            }
            for d in &activity.days {
                let start = bucket.start_of(d.day);
                buckets
                    .entry(start)
                    .or_insert(DayCount {
                        day: start,
                        ..DayCount::default()
                    })
                    .add(d);
                view.mine += u64::from(d.mine);
                view.others += u64::from(d.others);
                view.unknown += u64::from(d.unknown);
            }
            for (row, src) in view.week_hour.iter_mut().zip(&activity.week_hour) {
                for (cell, v) in row.iter_mut().zip(src) {
                    *cell += v;
                }
            }
        }
        view.timeline = buckets.into_values().collect();
        view
    }
}

/// Sorts day entries and merges duplicates.
fn merge_days(days: &[DayCount]) -> Vec<DayCount> {
    let mut map: BTreeMap<i32, DayCount> = BTreeMap::new();
    for d in days {
        map.entry(d.day)
            .or_insert(DayCount {
                day: d.day,
                ..DayCount::default()
            })
            .add(d);
    }
    map.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Content, Conversation, ConversationKind, WallTime};

    fn footprint(times: &[(&str, Option<i64>, bool)]) -> Footprint {
        let mut fp = Footprint::default();
        let source = fp.add_source("x".into(), Platform::Telegram, "telegram-json");
        let me = fp.senders.intern("telegram:user1", "Me");
        let other = fp.senders.intern("telegram:user2", "Other");
        fp.sources[0].owner = Some(me);
        fp.conversations.push(Conversation::new(
            source,
            Platform::Telegram,
            "Other",
            ConversationKind::Personal,
            "personal_chat",
        ));
        for &(wall, unix, mine) in times {
            let t = WallTime::parse_iso(wall).unwrap();
            let sender = if mine { me } else { other };
            fp.messages
                .push(t, unix, 0, sender, MessageKind::Message, Content::Text);
        }
        fp
    }

    #[test]
    fn counts_days_weekdays_hours_and_mine() {
        // 2024-01-01 was a Monday.
        let fp = footprint(&[
            ("2024-01-01T09:15:00", None, true),
            ("2024-01-01T23:59:59", None, false),
            ("2024-01-03T00:00:00", None, false),
            ("2023-12-31T12:00:00", None, true), // out of order
        ]);
        let index = ActivityIndex::build(
            &fp,
            &Overlap::of(&fp),
            &Owners::decide(&fp, &Default::default()),
            TimeBasis::AsExported,
        );
        let days = &index.conversations[0].days;
        let jan1 = day_of_date(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap());
        assert_eq!(days.len(), 3);
        assert_eq!(days[0].day, jan1 - 1);
        assert_eq!((days[1].day, days[1].mine, days[1].others), (jan1, 1, 1));
        let wh = &index.conversations[0].week_hour;
        assert_eq!(wh[0][9], 1);
        assert_eq!(wh[0][23], 1);
        assert_eq!(wh[2][0], 1);
        assert_eq!(wh[6][12], 1, "Sunday");

        let view = index.query(&ActivityFilter::default(), Bucket::Week);
        assert_eq!((view.mine, view.others), (2, 2));
        // Sunday 31 Dec belongs to the week of Monday 25 Dec.
        assert_eq!(view.timeline.len(), 2);
        assert_eq!(view.timeline[0].day, jan1 - 7);
        assert_eq!(view.timeline[1].day, jan1);
        let months = index.query(&ActivityFilter::default(), Bucket::Month);
        assert_eq!(months.timeline.len(), 2);
        assert_eq!(
            date_of_day(months.timeline[0].day),
            NaiveDate::from_ymd_opt(2023, 12, 1)
        );
    }

    #[test]
    fn utc_offset_moves_only_absolute_times() {
        let fp = footprint(&[
            // written 23:30 local, but the absolute time is 22:30 UTC
            ("2024-01-01T23:30:00", Some(1_704_148_200), true),
            ("2024-01-01T10:00:00", None, false),
        ]);
        let plus2 = ActivityIndex::build(
            &fp,
            &Overlap::of(&fp),
            &Owners::decide(&fp, &Default::default()),
            TimeBasis::UtcOffset(120),
        );
        assert!(plus2.has_absolute_times);
        let wh = &plus2.conversations[0].week_hour;
        assert_eq!(wh[1][0], 1, "22:30 UTC is 00:30 on Tuesday at UTC+2");
        assert_eq!(wh[0][10], 1, "no absolute time: kept as written");
        assert_eq!(TimeBasis::UtcOffset(330).label(), "UTC+5:30");
        assert_eq!(TimeBasis::UtcOffset(-300).label(), "UTC-5");
    }

    #[test]
    fn filters_by_platform_and_conversation() {
        let fp = footprint(&[("2024-01-01T09:15:00", None, true)]);
        let index = ActivityIndex::build(
            &fp,
            &Overlap::of(&fp),
            &Owners::decide(&fp, &Default::default()),
            TimeBasis::AsExported,
        );
        let none = ActivityFilter {
            platforms: vec![Platform::WeChat],
            conversation: None,
        };
        assert_eq!(index.query(&none, Bucket::Day).mine, 0);
        let one = ActivityFilter {
            platforms: vec![],
            conversation: Some(0),
        };
        assert_eq!(index.query(&one, Bucket::Day).mine, 1);
    }
}
