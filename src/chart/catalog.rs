//! Every chart of every topic, built from the pre-aggregated [`Derived`] data.

use super::{Chart, ChartBody, GanttRow, Series, Unit, palette, platform_color};
use crate::analysis::topics::{Counts, MoneyBy};
use crate::analysis::{ActivityFilter, Bucket, Derived, Detail, Shown};
use std::collections::{BTreeMap, BTreeSet};

use crate::i18n::format;
use crate::model::{Content, ConversationKind, Platform, SessionKind, WallTime};
use crate::t;

/// Ranked charts show at most this many bars.
const TOP: usize = 20;
/// The heatmap's rows, from Monday.
const WEEKDAYS: [chrono::Weekday; 7] = [
    chrono::Weekday::Mon,
    chrono::Weekday::Tue,
    chrono::Weekday::Wed,
    chrono::Weekday::Thu,
    chrono::Weekday::Fri,
    chrono::Weekday::Sat,
    chrono::Weekday::Sun,
];

/// The topics of the app's views, in navigation order.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Topic {
    #[default]
    Overview,
    Contacts,
    Sessions,
    Conversations,
    Activity,
    Payments,
    People,
    /// What you can do: a page of findings ([`crate::analysis::findings`]), no charts.
    Findings,
    /// What changed between two exports of one account ([`crate::analysis::diff`]), no
    /// charts; offered only when such exports are loaded.
    Compare,
}

impl Topic {
    pub const ALL: [Topic; 9] = [
        Self::Findings,
        Self::Overview,
        Self::People,
        Self::Contacts,
        Self::Sessions,
        Self::Conversations,
        Self::Activity,
        Self::Payments,
        Self::Compare,
    ];

    /// The view's name in the current language (navigation, headings, the report).
    pub fn title(self) -> String {
        match self {
            Self::Overview => t!("topic-overview"),
            Self::Contacts => t!("topic-contacts"),
            Self::Sessions => t!("topic-sessions"),
            Self::Conversations => t!("topic-conversations"),
            Self::Activity => t!("topic-activity"),
            Self::Payments => t!("topic-payments"),
            Self::People => t!("topic-people"),
            Self::Findings => t!("topic-findings"),
            Self::Compare => t!("topic-compare"),
        }
    }
}

/// A kind of conversation as a chart's category names it.
fn kind_label(kind: ConversationKind) -> String {
    match kind {
        ConversationKind::Personal => t!("chart-kind-personal"),
        ConversationKind::Group => t!("chart-kind-group"),
        ConversationKind::Channel => t!("chart-kind-channel"),
        ConversationKind::Bot => t!("chart-kind-bot"),
        ConversationKind::Saved => t!("chart-kind-saved"),
        ConversationKind::Other => t!("chart-kind-other"),
    }
}

/// What a message carries, as a chart's category names it.
fn content_label(content: Content) -> String {
    match content {
        Content::Unknown => t!("chart-content-unknown"),
        Content::Text => t!("chart-content-text"),
        Content::Image => t!("chart-content-image"),
        Content::Video => t!("chart-content-video"),
        Content::Voice => t!("chart-content-voice"),
        Content::Sticker => t!("chart-content-sticker"),
        Content::Gif => t!("chart-content-gif"),
        Content::File => t!("chart-content-file"),
        Content::Location => t!("chart-content-location"),
        Content::Contact => t!("chart-content-contact"),
        Content::Link => t!("chart-content-link"),
        Content::Poll => t!("chart-content-poll"),
        Content::Quote => t!("chart-content-quote"),
        Content::Transfer => t!("chart-content-transfer"),
        Content::RedPacket => t!("chart-content-red-packet"),
        Content::MiniProgram => t!("chart-content-mini-program"),
        Content::ForwardedChat => t!("chart-content-forwarded-chat"),
        Content::Channels => t!("chart-content-channels"),
        Content::App => t!("chart-content-app"),
        Content::Call => t!("chart-content-call"),
        Content::Media => t!("chart-content-media"),
        Content::Deleted => t!("chart-content-deleted"),
        Content::Other => t!("chart-content-other"),
    }
}

/// The timeline's bucket as its axis names it.
fn bucket_axis(bucket: Bucket) -> String {
    match bucket {
        Bucket::Day => t!("chart-axis-day"),
        Bucket::Week => t!("chart-axis-week"),
        Bucket::Month => t!("chart-axis-month"),
        Bucket::Year => t!("chart-axis-year"),
    }
}

/// A Telegram category of frequent contacts (`inline_bots`), as people read it.
fn frequent_category(category: &str) -> String {
    match category {
        "calls" => t!("chart-contacts-category-calls"),
        "inline_bots" => t!("chart-contacts-category-inline-bots"),
        other => other.replace('_', " "),
    }
}

/// The choices that shape charts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartOptions {
    pub activity_filter: ActivityFilter,
    pub bucket: Bucket,
    pub mask: bool,
    /// The person the People view shows (an index into `People::persons`; `None`: the
    /// busiest).
    pub person: Option<u32>,
    /// With `mask`: hide countries too (they are not personal details, so masking keeps
    /// them unless asked).
    pub hide_countries: bool,
    /// Shade the world map by logins (login notifications) instead of IP addresses.
    pub map_by_logins: bool,
}

/// The charts of one topic, in display order (empty ones included, so the screen can say
/// what is missing).
pub fn charts_for(topic: Topic, d: &Derived, opts: &ChartOptions) -> Vec<Chart> {
    let shown = Shown {
        masker: opts.mask.then_some(&d.masker),
    };
    match topic {
        Topic::Overview => vec![per_year(d)],
        Topic::Findings | Topic::Compare => Vec::new(),
        Topic::Contacts => vec![contacts_added(d), frequent_contacts(d, shown)],
        Topic::Sessions => vec![
            ip_map(d, shown, opts),
            session_gantt(d, shown),
            ranking(
                "session-devices",
                t!("chart-sessions-devices-title"),
                t!("chart-axis-sessions"),
                &d.sessions.by_device,
            ),
            ranking(
                "session-systems",
                t!("chart-sessions-systems-title"),
                t!("chart-axis-sessions"),
                &d.sessions.by_system,
            ),
            ranking(
                "session-apps",
                t!("chart-sessions-apps-title"),
                t!("chart-axis-sessions"),
                &d.sessions.by_app,
            ),
            ranking(
                "session-countries",
                t!("chart-sessions-countries-title"),
                t!("chart-axis-sessions"),
                if opts.mask && opts.hide_countries {
                    &[]
                } else {
                    &d.sessions.countries
                },
            ),
            monthly(
                "logins-per-month",
                t!("chart-logins-title"),
                t!("chart-axis-logins"),
                &d.sessions.logins_per_month,
                palette::MINE,
            ),
        ],
        Topic::Conversations => vec![
            conversations_by_kind(d),
            top_conversations(d, shown),
            message_types(d),
        ],
        Topic::Activity => activity(d, opts),
        Topic::Payments => payments(d, shown),
        Topic::People => vec![
            people_by_platforms(d),
            top_people(d, shown),
            person_activity(d, opts.person.unwrap_or(0), shown),
        ],
    }
}

/// The people each platform knows, split by how many platforms know them: one stacked
/// bar a platform, its parts the people only it knows, those one other platform knows
/// too, and those all three know (the privacy point of the People view). Drawn this way
/// the chart says something with one export (one bar) and with a handful of shared people
/// (a bar of shared people alone would be bars of 1 and 2).
fn people_by_platforms(d: &Derived) -> Chart {
    // counts[platform][n - 1]: the platform's people whom n platforms know.
    let mut counts = [[0u64; 3]; 3];
    for p in &d.people.persons {
        let Some(shared) = p.platform_count().checked_sub(1) else {
            continue;
        };
        for platform in p.platforms() {
            if let Some(c) = counts
                .get_mut(platform as usize)
                .and_then(|row| row.get_mut(shared))
            {
                *c += 1;
            }
        }
    }
    let platforms: Vec<Platform> = [Platform::Telegram, Platform::WhatsApp, Platform::WeChat]
        .into_iter()
        .filter(|&pl| counts[pl as usize].iter().sum::<u64>() > 0)
        .collect();
    let parts = [
        (t!("chart-people-platforms-one"), palette::NEUTRAL),
        (t!("chart-people-platforms-two"), palette::OTHERS),
        (t!("chart-people-platforms-three"), palette::EXPENSE),
    ];
    let series = parts
        .into_iter()
        .enumerate()
        .filter(|(shared, _)| platforms.iter().any(|&pl| counts[pl as usize][*shared] > 0))
        .map(|(shared, (name, color))| Series {
            name,
            values: platforms
                .iter()
                .map(|&pl| counts[pl as usize][shared] as f64)
                .collect(),
            color,
        })
        .collect();
    Chart {
        id: "people-by-platforms".into(),
        title: t!("chart-people-platforms-title"),
        x_label: t!("chart-axis-people"),
        y_label: String::new(),
        unit: Unit::Count,
        body: ChartBody::Bars {
            categories: platforms.iter().map(|p| p.title().to_string()).collect(),
            series,
            horizontal: true,
            stacked: true,
        },
    }
}

/// The people you exchange the most messages with, stacked by platform.
fn top_people(d: &Derived, shown: Shown<'_>) -> Chart {
    let top: Vec<&crate::analysis::people::Person> = d
        .people
        .persons
        .iter()
        .filter(|p| p.messages() > 0)
        .take(TOP)
        .collect();
    let platforms = [Platform::Telegram, Platform::WhatsApp, Platform::WeChat];
    let series = platforms
        .iter()
        .filter(|&&pl| {
            top.iter()
                .any(|p| p.sent[pl as usize] + p.received[pl as usize] > 0)
        })
        .map(|&pl| Series {
            name: pl.title().to_string(),
            values: top
                .iter()
                .map(|p| (p.sent[pl as usize] + p.received[pl as usize]) as f64)
                .collect(),
            color: platform_color(pl),
        })
        .collect();
    Chart {
        id: "people-top".into(),
        title: t!("chart-people-top-title", count = top.len()),
        x_label: t!("chart-axis-messages"),
        y_label: String::new(),
        unit: Unit::Count,
        body: ChartBody::Bars {
            categories: top
                .iter()
                .map(|p| shown.text(Detail::Person, &p.name))
                .collect(),
            series,
            horizontal: true,
            stacked: true,
        },
    }
}

/// One person's messages (both ways) per month, by platform.
fn person_activity(d: &Derived, person: u32, shown: Shown<'_>) -> Chart {
    let found = d.people.persons.get(person as usize);
    let name = found.map_or(String::new(), |p| shown.text(Detail::Person, &p.name));
    let months: Vec<i32> = match found.map(|p| &p.months) {
        Some(m) if !m.is_empty() => {
            let first = m.iter().map(|x| x.0).min().unwrap_or(0);
            let last = m.iter().map(|x| x.0).max().unwrap_or(0);
            (first..=last).collect()
        }
        _ => Vec::new(),
    };
    let day_of_month = |month: i32| {
        chrono::NaiveDate::from_ymd_opt(month.div_euclid(12), month.rem_euclid(12) as u32 + 1, 1)
            .map_or(0, |date| {
                (date - chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default()).num_days()
                    as i32
            })
    };
    let platforms = [Platform::Telegram, Platform::WhatsApp, Platform::WeChat];
    let series = platforms
        .iter()
        .filter(|&&pl| found.is_some_and(|p| p.months.iter().any(|m| m.1 == pl)))
        .map(|&pl| Series {
            name: pl.title().to_string(),
            values: months
                .iter()
                .map(|&month| {
                    found.map_or(0.0, |p| {
                        p.months
                            .iter()
                            .filter(|m| m.0 == month && m.1 == pl)
                            .map(|m| f64::from(m.2))
                            .sum()
                    })
                })
                .collect(),
            color: platform_color(pl),
        })
        .collect();
    Chart {
        id: "person-activity".into(),
        title: t!("chart-person-activity-title", name = name),
        x_label: t!("chart-axis-month"),
        y_label: t!("chart-axis-messages"),
        unit: Unit::Count,
        body: ChartBody::Timeline {
            bucket: Bucket::Month,
            starts: months.iter().map(|&m| day_of_month(m)).collect(),
            series,
            stacked: true,
        },
    }
}

/// Every non-empty chart of every topic (for "Save all charts" and `footprint charts`).
pub fn all_charts(d: &Derived, opts: &ChartOptions) -> Vec<Chart> {
    Topic::ALL
        .iter()
        .flat_map(|&t| charts_for(t, d, opts))
        .filter(|c| !c.is_empty())
        .collect()
}

fn per_year(d: &Derived) -> Chart {
    // Every year from the first to the last, so a quiet year shows as an empty bar rather
    // than two distant years standing side by side.
    let span: Vec<i32> = match (d.per_year.keys().next(), d.per_year.keys().next_back()) {
        (Some(&first), Some(&last)) => (first..=last).collect(),
        _ => Vec::new(),
    };
    let platforms = d.summary.platforms.keys().copied().collect::<Vec<_>>();
    let series = platforms
        .iter()
        .map(|&p| Series {
            name: p.title().to_string(),
            values: span
                .iter()
                .map(|y| {
                    d.per_year
                        .get(y)
                        .and_then(|m| m.get(&p))
                        .copied()
                        .unwrap_or(0) as f64
                })
                .collect(),
            color: platform_color(p),
        })
        .collect();
    let years: Vec<String> = span.iter().map(|y| y.to_string()).collect();
    Chart {
        id: "overview-messages-per-year".into(),
        title: t!("chart-per-year-title"),
        x_label: t!("chart-axis-year"),
        y_label: t!("chart-axis-messages"),
        unit: Unit::Count,
        body: ChartBody::Bars {
            categories: years,
            series,
            horizontal: false,
            stacked: true,
        },
    }
}

/// Counts per month; `y` names the axis and the series.
fn monthly(id: &str, title: String, y: String, counts: &Counts, color: super::Rgb) -> Chart {
    Chart {
        id: id.into(),
        title,
        x_label: t!("chart-axis-month"),
        y_label: y.clone(),
        unit: Unit::Count,
        body: ChartBody::Timeline {
            bucket: Bucket::Month,
            starts: counts.iter().map(|c| c.0).collect(),
            series: vec![Series {
                name: y,
                values: counts.iter().map(|c| c.1 as f64).collect(),
                color,
            }],
            stacked: false,
        },
    }
}

fn contacts_added(d: &Derived) -> Chart {
    monthly(
        "contacts-added",
        t!("chart-contacts-added-title"),
        t!("chart-axis-contacts"),
        &d.contacts.added_per_month,
        palette::MINE,
    )
}

fn frequent_contacts(d: &Derived, shown: Shown<'_>) -> Chart {
    // Highest rating first (the rows are sorted so), whatever the category.
    let top: Vec<_> = d.contacts.frequent.iter().take(TOP).collect();
    Chart {
        id: "contacts-frequent".into(),
        title: t!("chart-contacts-frequent-title"),
        x_label: t!("chart-axis-rating"),
        y_label: String::new(),
        unit: Unit::Score,
        body: ChartBody::Bars {
            categories: top
                .iter()
                .map(|f| {
                    let name = shown.text(Detail::Person, &f.name);
                    if f.category == "people" {
                        name
                    } else {
                        t!(
                            "chart-contacts-with-category",
                            name = name,
                            category = frequent_category(&f.category)
                        )
                    }
                })
                .collect(),
            series: vec![Series {
                name: t!("chart-axis-rating"),
                values: top.iter().map(|f| f.rating).collect(),
                color: palette::MINE,
            }],
            horizontal: true,
            stacked: false,
        },
    }
}

/// A ranking of counts; empty (so not shown or saved) when no category counts more than
/// one: a chart of bars that are all 1 says nothing the table does not.
fn ranking(id: &str, title: String, unit_name: String, items: &[(String, u64)]) -> Chart {
    let informative = items.iter().any(|i| i.1 > 1);
    let top: Vec<&(String, u64)> = items
        .iter()
        .filter(|i| i.1 > 0 && informative)
        .take(TOP)
        .collect();
    Chart {
        id: id.into(),
        title,
        x_label: unit_name.clone(),
        y_label: String::new(),
        unit: Unit::Count,
        body: ChartBody::Bars {
            categories: top.iter().map(|i| i.0.clone()).collect(),
            series: vec![Series {
                name: unit_name,
                values: top.iter().map(|i| i.1 as f64).collect(),
                color: palette::MINE,
            }],
            horizontal: true,
            stacked: false,
        },
    }
}

/// A session's time as people read it (`Mar 12, 2024 3:04 PM`).
fn date_time(t: WallTime) -> String {
    t.naive().map(format::date_time).unwrap_or_default()
}

fn day_f(t: WallTime) -> f64 {
    t.0 as f64 / 86_400.0
}

fn session_gantt(d: &Derived, shown: Shown<'_>) -> Chart {
    let rows = d
        .sessions
        .sessions
        .iter()
        .filter_map(|s| {
            let (start, end) = match (s.created, s.last_active) {
                (Some(a), Some(b)) => (a.min(b), a.max(b)),
                (Some(a), None) | (None, Some(a)) => (a, a),
                (None, None) => return None,
            };
            let ip = s.ip.map(|ip| shown.ip(ip)).unwrap_or_default();
            let detail = [
                s.system.clone(),
                ip,
                s.place.clone(),
                format!("{} → {}", date_time(start), date_time(end)),
            ]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
            Some(GanttRow {
                label: s.label(),
                start: day_f(start),
                // A session seen once still gets a visible sliver.
                end: day_f(end).max(day_f(start) + 0.5),
                color: if s.kind == SessionKind::Web {
                    palette::OTHERS
                } else {
                    platform_color(s.platform)
                },
                detail,
                group: if s.kind == SessionKind::Web {
                    t!("chart-sessions-group-web")
                } else {
                    t!("chart-sessions-group-app", platform = s.platform.title())
                },
            })
        })
        .collect();
    Chart {
        id: "sessions-timeline".into(),
        title: t!("chart-sessions-timeline-title"),
        x_label: t!("chart-axis-date"),
        y_label: String::new(),
        unit: Unit::Count,
        body: ChartBody::Gantt { rows },
    }
}

fn conversations_by_kind(d: &Derived) -> Chart {
    let kinds: Vec<_> = d
        .conversations
        .by_kind
        .iter()
        .filter(|(_, joined, left)| joined + left > 0)
        .collect();
    Chart {
        id: "conversations-by-kind".into(),
        title: t!("chart-conversations-kind-title"),
        x_label: t!("chart-axis-conversations"),
        y_label: String::new(),
        unit: Unit::Count,
        body: ChartBody::Bars {
            categories: kinds.iter().map(|k| kind_label(k.0)).collect(),
            series: vec![
                Series {
                    name: t!("chart-conversations-in-export"),
                    values: kinds.iter().map(|k| k.1 as f64).collect(),
                    color: palette::MINE,
                },
                Series {
                    name: t!("chart-conversations-left"),
                    values: kinds.iter().map(|k| k.2 as f64).collect(),
                    color: palette::LEFT,
                },
            ],
            horizontal: true,
            stacked: true,
        },
    }
}

fn top_conversations(d: &Derived, shown: Shown<'_>) -> Chart {
    // The rows are ranked by everything they hold; this chart ranks by messages alone.
    let mut top: Vec<_> = d
        .conversations
        .rows
        .iter()
        .filter(|r| r.messages > 0 && r.kind != ConversationKind::Saved)
        .collect();
    top.sort_by(|a, b| {
        b.messages
            .cmp(&a.messages)
            .then_with(|| a.name.cmp(&b.name))
    });
    top.truncate(TOP);
    Chart {
        id: "conversations-top".into(),
        title: t!("chart-conversations-top-title", count = top.len()),
        x_label: t!("chart-axis-messages"),
        y_label: String::new(),
        unit: Unit::Count,
        body: ChartBody::Bars {
            categories: top
                .iter()
                .map(|r| crate::analysis::topics::conversation_name(shown, r.kind, &r.name))
                .collect(),
            series: vec![Series {
                name: t!("chart-axis-messages"),
                values: top.iter().map(|r| r.messages as f64).collect(),
                color: palette::MINE,
            }],
            horizontal: true,
            stacked: false,
        },
    }
}

/// What messages carry (text, photos, voice …), per platform: every message of every
/// platform is classified from what its export says.
fn message_types(d: &Derived) -> Chart {
    let mut totals: BTreeMap<Content, u64> = BTreeMap::new();
    for (&(_, content), n) in &d.message_types {
        *totals.entry(content).or_default() += n;
    }
    let mut kinds: Vec<(Content, u64)> = totals.into_iter().filter(|k| k.1 > 0).collect();
    kinds.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    kinds.truncate(TOP);
    let platforms: BTreeSet<Platform> = d.message_types.keys().map(|k| k.0).collect();
    let series = platforms
        .into_iter()
        .map(|p| Series {
            name: p.title().to_string(),
            values: kinds
                .iter()
                .map(|(c, _)| d.message_types.get(&(p, *c)).copied().unwrap_or(0) as f64)
                .collect(),
            color: platform_color(p),
        })
        .collect();
    Chart {
        id: "conversations-message-types".into(),
        title: t!("chart-message-types-title"),
        x_label: t!("chart-axis-messages"),
        y_label: String::new(),
        unit: Unit::Count,
        body: ChartBody::Bars {
            categories: kinds.iter().map(|(c, _)| content_label(*c)).collect(),
            series,
            horizontal: true,
            stacked: true,
        },
    }
}

fn activity(d: &Derived, opts: &ChartOptions) -> Vec<Chart> {
    let view = d.activity.query(&opts.activity_filter, opts.bucket);
    let scope = activity_scope(d, opts);
    let (yours, received, owner_unknown) = (
        t!("chart-activity-yours"),
        t!("chart-activity-received"),
        // The series of messages in sources whose owner is unknown.
        t!("chart-activity-owner-unknown"),
    );
    let timeline = Chart {
        id: "activity-over-time".into(),
        title: match opts.bucket {
            Bucket::Day => t!("chart-activity-per-day", scope = &scope),
            Bucket::Week => t!("chart-activity-per-week", scope = &scope),
            Bucket::Month => t!("chart-activity-per-month", scope = &scope),
            Bucket::Year => t!("chart-activity-per-year", scope = &scope),
        },
        x_label: bucket_axis(opts.bucket),
        y_label: t!("chart-axis-messages"),
        unit: Unit::Count,
        body: ChartBody::Timeline {
            bucket: opts.bucket,
            starts: view.timeline.iter().map(|b| b.day).collect(),
            series: {
                let mut series = vec![
                    Series {
                        name: yours.clone(),
                        values: view.timeline.iter().map(|b| f64::from(b.mine)).collect(),
                        color: palette::MINE,
                    },
                    Series {
                        name: received.clone(),
                        values: view.timeline.iter().map(|b| f64::from(b.others)).collect(),
                        color: palette::OTHERS,
                    },
                ];
                // Sources whose owner is unknown count as neither (analysis::owner).
                if view.unknown > 0 {
                    series.push(Series {
                        name: owner_unknown.clone(),
                        values: view.timeline.iter().map(|b| f64::from(b.unknown)).collect(),
                        color: palette::OWNER_UNKNOWN,
                    });
                }
                series
            },
            stacked: true,
        },
    };
    let heatmap = Chart {
        id: "activity-hour-weekday".into(),
        title: t!("chart-activity-heatmap-title", scope = &scope),
        x_label: t!("chart-activity-hour-axis", basis = d.activity.basis.label()),
        y_label: String::new(),
        unit: Unit::Count,
        body: ChartBody::Heatmap {
            rows: WEEKDAYS
                .iter()
                .map(|&day| format::weekday_short(day))
                .collect(),
            cols: (0..24).map(format::hour).collect(),
            values: view
                .week_hour
                .iter()
                .map(|r| r.iter().map(|v| f64::from(*v)).collect())
                .collect(),
        },
    };
    // The same colours as the timeline: yours blue, received orange (two series, each
    // with one bar, stacked so each stands in its own row).
    let split = Chart {
        id: "activity-yours-vs-received".into(),
        title: t!("chart-activity-split-title", scope = &scope),
        x_label: t!("chart-axis-messages"),
        y_label: String::new(),
        unit: Unit::Count,
        body: {
            // One bar per row: each series holds its own row's value and zeros elsewhere.
            let mut rows = vec![
                (yours, view.mine, palette::MINE),
                (received, view.others, palette::OTHERS),
            ];
            if view.unknown > 0 {
                rows.push((owner_unknown, view.unknown, palette::OWNER_UNKNOWN));
            }
            ChartBody::Bars {
                categories: rows.iter().map(|(name, ..)| name.clone()).collect(),
                series: rows
                    .iter()
                    .enumerate()
                    .map(|(i, (name, value, color))| Series {
                        name: name.clone(),
                        values: (0..rows.len())
                            .map(|j| if i == j { *value as f64 } else { 0.0 })
                            .collect(),
                        color: *color,
                    })
                    .collect(),
                horizontal: true,
                stacked: true,
            }
        },
    };
    vec![timeline, heatmap, split]
}

/// " · Telegram · Alice" for a filtered activity chart.
fn activity_scope(d: &Derived, opts: &ChartOptions) -> String {
    let mut scope = String::new();
    for p in &opts.activity_filter.platforms {
        scope.push_str(" · ");
        scope.push_str(p.title());
    }
    if let Some(idx) = opts.activity_filter.conversation
        && let Some(row) = d.conversations.rows.iter().find(|r| r.idx == idx)
    {
        let shown = Shown {
            masker: opts.mask.then_some(&d.masker),
        };
        scope.push_str(" · ");
        scope.push_str(&crate::analysis::topics::conversation_name(
            shown, row.kind, &row.name,
        ));
    }
    scope
}

fn cents_to_yuan(cents: i64) -> f64 {
    cents as f64 / 100.0
}

fn payments(d: &Derived, shown: Shown<'_>) -> Vec<Chart> {
    let p = &d.payments;
    let per_month = Chart {
        id: "payments-per-month".into(),
        title: t!("chart-payments-month-title"),
        x_label: t!("chart-axis-month"),
        y_label: t!("chart-axis-yuan"),
        unit: Unit::Yuan,
        body: ChartBody::Timeline {
            bucket: Bucket::Month,
            starts: p.per_month.iter().map(|m| m.0).collect(),
            series: vec![
                Series {
                    name: t!("chart-payments-spent"),
                    values: p.per_month.iter().map(|m| cents_to_yuan(m.1)).collect(),
                    color: palette::EXPENSE,
                },
                Series {
                    name: t!("chart-payments-received"),
                    values: p.per_month.iter().map(|m| cents_to_yuan(m.2)).collect(),
                    color: palette::INCOME,
                },
            ],
            stacked: false,
        },
    };
    // Spent and received side by side, never added together (a 转账 both ways is two
    // bars); categories that moved no money (top-ups, own-balance moves) are left out.
    let money = |id: &str, title: String, items: &MoneyBy, masked: bool| {
        let top: Vec<_> = items
            .iter()
            .filter(|i| i.1 != 0 || i.2 != 0)
            .take(TOP)
            .collect();
        Chart {
            id: id.into(),
            title,
            x_label: t!("chart-axis-yuan"),
            y_label: String::new(),
            unit: Unit::Yuan,
            body: ChartBody::Bars {
                categories: top
                    .iter()
                    .map(|i| {
                        if masked {
                            shown.text(Detail::Counterparty, &i.0)
                        } else {
                            i.0.clone()
                        }
                    })
                    .collect(),
                series: vec![
                    Series {
                        name: t!("chart-payments-spent"),
                        values: top.iter().map(|i| cents_to_yuan(i.1)).collect(),
                        color: palette::EXPENSE,
                    },
                    Series {
                        name: t!("chart-payments-received"),
                        values: top.iter().map(|i| cents_to_yuan(i.2)).collect(),
                        color: palette::INCOME,
                    },
                ],
                horizontal: true,
                stacked: false,
            },
        }
    };
    let by_hour = Chart {
        id: "payments-by-hour".into(),
        title: t!("chart-payments-hour-title"),
        x_label: t!("chart-axis-hour"),
        y_label: t!("chart-axis-payments"),
        unit: Unit::Count,
        body: ChartBody::Bars {
            categories: (0..24).map(format::hour).collect(),
            series: vec![Series {
                name: t!("chart-axis-payments"),
                values: p.by_hour.iter().map(|n| *n as f64).collect(),
                color: palette::NEUTRAL,
            }],
            horizontal: false,
            stacked: false,
        },
    };
    vec![
        per_month,
        money(
            "payments-counterparties",
            t!("chart-payments-counterparties-title"),
            &p.by_counterparty,
            true,
        ),
        by_hour,
        {
            let mut methods = money(
                "payments-methods",
                t!("chart-payments-methods-title"),
                &p.by_method,
                false,
            );
            if let ChartBody::Bars { categories, .. } = &mut methods.body {
                for c in categories.iter_mut() {
                    *c = shown.digits(c);
                }
            }
            methods
        },
        money(
            "payments-types",
            t!("chart-payments-types-title"),
            &p.by_kind,
            false,
        ),
    ]
}

/// The world map: each IP address in the country the bundled database registers it in
/// (else the one the export gives, as for reserved example ranges), by ISO code; or, as
/// chosen, each login notification in the country of its address or location. Hover lists
/// the addresses (masked when masking), when they were seen and where. Empty when masking
/// is asked to hide countries.
fn ip_map(d: &Derived, shown: Shown<'_>, opts: &ChartOptions) -> Chart {
    use crate::analysis::ip_country::{IpPlace, place};
    fn code_of<'a>(
        registered: Option<IpPlace>,
        mut named: impl Iterator<Item = &'a str>,
    ) -> Option<String> {
        match registered {
            Some(IpPlace::Country(code)) => Some(code),
            _ => named
                .find_map(super::world::alpha2_of_name)
                .map(str::to_string),
        }
    }
    // Per country: (count, addresses, first, last, platforms).
    type Found<'a> = (
        u64,
        Vec<std::net::IpAddr>,
        Option<WallTime>,
        Option<WallTime>,
        Vec<&'a str>,
    );
    let mut by_code: BTreeMap<String, Found<'_>> = BTreeMap::new();
    let mut add = |code: Option<String>,
                   ip: Option<std::net::IpAddr>,
                   first: Option<WallTime>,
                   last: Option<WallTime>,
                   platforms: &mut dyn Iterator<Item = &'static str>| {
        let Some(code) = code else {
            return;
        };
        let entry = by_code.entry(code).or_default();
        entry.0 += 1;
        entry.1.extend(ip.filter(|ip| !entry.1.contains(ip)));
        entry.2 = match (entry.2, first) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        entry.3 = match (entry.3, last) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        for p in platforms {
            if !entry.4.contains(&p) {
                entry.4.push(p);
            }
        }
    };
    let hidden = opts.mask && opts.hide_countries;
    if hidden {
    } else if opts.map_by_logins {
        for l in &d.sessions.logins {
            // "Berlin, Germany": the country is the last part.
            let named = l.location.rsplit(',').next().unwrap_or("").trim();
            add(
                code_of(l.ip.map(place), std::iter::once(named)),
                l.ip,
                Some(l.time),
                Some(l.time),
                &mut std::iter::once(l.platform.title()),
            );
        }
    } else {
        for row in &d.sessions.ips {
            add(
                code_of(
                    Some(row.registered.clone()),
                    row.countries.iter().map(String::as_str),
                ),
                Some(row.ip),
                row.first,
                row.last,
                &mut row.platforms.iter().map(|p| p.title()),
            );
        }
    }
    let regions = by_code
        .into_iter()
        .map(|(code, (count, ips, first, last, mut platforms))| {
            platforms.sort_unstable();
            let mut addresses: Vec<String> = ips.iter().take(6).map(|ip| shown.ip(*ip)).collect();
            if ips.len() > 6 {
                addresses.push(t!("map-detail-more", count = ips.len() - 6));
            }
            let mut detail = vec![if opts.map_by_logins {
                t!("map-detail-logins", count = count)
            } else {
                t!("map-detail-addresses", count = count)
            }];
            if !addresses.is_empty() {
                detail.push(addresses.join(crate::i18n::format::list_separator()));
            }
            if let (Some(a), Some(b)) = (first, last) {
                let day = |t: WallTime| {
                    t.naive()
                        .map(|t| format::date(t.date()))
                        .unwrap_or_default()
                };
                detail.push(t!("map-detail-seen", first = day(a), last = day(b)));
            }
            detail.push(platforms.join(crate::i18n::format::list_separator()));
            super::MapRegion {
                code,
                value: count as f64,
                detail: detail.join("\n"),
            }
        })
        .collect();
    Chart {
        id: "ip-map".into(),
        title: if opts.map_by_logins {
            t!("map-title-logins")
        } else {
            t!("map-title-addresses")
        },
        x_label: if opts.map_by_logins {
            t!("map-key-logins")
        } else {
            t!("map-key-addresses")
        },
        y_label: String::new(),
        unit: Unit::Count,
        body: ChartBody::Map { regions },
    }
}
