//! `footprint people`: everyone the exports hold, merged across platforms.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use crate::analysis::overlap::Overlap;
use crate::analysis::owner::Owners;
use crate::analysis::people::{People, PeopleChoices, Person};
use crate::model::{Platform, WallTime};

/// One person in `people --json`.
#[derive(Serialize)]
struct PersonJson<'a> {
    name: &'a str,
    /// Every name a platform gives them: `{"platform", "name"}`.
    names: Vec<NameJson<'a>>,
    platforms: Vec<Platform>,
    /// E.164 where the number could be normalised.
    phones: &'a [String],
    /// Platform ids as sender keys (`telegram:user123`, `wechat:wxid_…`).
    ids: &'a [String],
    address_books: Vec<Platform>,
    frequent_rating: Option<f64>,
    /// Your messages in 1:1 chats with them, per platform.
    sent: Vec<(Platform, u64)>,
    /// Their messages, per platform.
    received: Vec<(Platform, u64)>,
    first: Option<String>,
    last: Option<String>,
    shared_groups: u64,
}

#[derive(Serialize)]
struct NameJson<'a> {
    platform: Platform,
    name: &'a str,
}

const PLATFORMS: [Platform; 3] = [Platform::Telegram, Platform::WhatsApp, Platform::WeChat];

fn per_platform(values: &[u64; 3], on: &[bool; 3]) -> Vec<(Platform, u64)> {
    PLATFORMS
        .iter()
        .filter(|p| on[**p as usize])
        .map(|&p| (p, values[p as usize]))
        .collect()
}

fn json_of(p: &Person) -> PersonJson<'_> {
    let listed = |flags: &[bool; 3]| -> Vec<Platform> {
        PLATFORMS
            .into_iter()
            .filter(|x| flags[*x as usize])
            .collect()
    };
    PersonJson {
        name: &p.name,
        names: p
            .names
            .iter()
            .map(|(platform, name)| NameJson {
                platform: *platform,
                name,
            })
            .collect(),
        platforms: p.platforms(),
        phones: &p.phones,
        ids: &p.ids,
        address_books: listed(&p.in_address_book),
        frequent_rating: p.frequent_rating,
        sent: per_platform(&p.sent, &p.on),
        received: per_platform(&p.received, &p.on),
        first: p.first.map(WallTime::to_iso),
        last: p.last.map(WallTime::to_iso),
        shared_groups: p.shared_groups,
    }
}

pub fn run(paths: &[PathBuf], password: Option<String>, me: &[String], json: bool) -> ExitCode {
    let outcome = super::load_with_date_order(paths, password, None);
    let fp = &outcome.footprint;
    let overlap = Overlap::of(fp);
    let owners = Owners::decide(fp, &super::owner_choices(me, &outcome));
    let people = People::build(fp, &overlap, &owners, &PeopleChoices::default());
    let mut stdout = std::io::stdout().lock();
    let written = if json {
        let list: Vec<PersonJson<'_>> = people.persons.iter().map(json_of).collect();
        serde_json::to_string_pretty(&list)
            .map_err(std::io::Error::other)
            .and_then(|text| writeln!(stdout, "{text}"))
    } else {
        table(&mut stdout, &people)
    }
    .and_then(|()| stdout.flush());
    super::say_warnings(&outcome);
    super::finish(written, "the list", &outcome)
}

fn table(out: &mut impl std::io::Write, people: &People) -> std::io::Result<()> {
    let (two, three) = people.on_several();
    writeln!(
        out,
        "{} people; {two} on two platforms, {three} on three",
        people.persons.len()
    )?;
    for p in &people.persons {
        let platforms: Vec<&str> = p.platforms().iter().map(|x| x.title()).collect();
        let name = if p.name.trim().is_empty() {
            "(no name)"
        } else {
            p.name.as_str()
        };
        writeln!(
            out,
            "{:<32} {:<28} you sent {:>6}  they sent {:>6}  {}",
            name,
            platforms.join(", "),
            p.sent.iter().sum::<u64>(),
            p.received.iter().sum::<u64>(),
            p.phones.join(" ")
        )?;
    }
    Ok(())
}
