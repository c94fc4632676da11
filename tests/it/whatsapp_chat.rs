//! WhatsApp chat exports: every header variant of the format notes' table (§1.3), the
//! day/month decision, system lines, media references, broken inputs, the generator's
//! locales read back exactly, the fixtures and the built-in samples. All chats here are
//! written for this project.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::{
    fixture, fuzz_rounds, load, load_builtin_sample, mutated, summary, summary_of,
};
use chrono::{NaiveDate, NaiveDateTime, Timelike};
use footprint::cli::load_with_date_order;
use footprint::generate::Rng;
use footprint::generate::whatsapp::{ChatGenOptions, LOCALES, write_chat};
use footprint::input::DateOrder;
use footprint::model::{Content, DateOrderBasis, Platform, WarningKind};
use serde_json::Value;

/// Messages by platform and what they carry, as the views count them.
fn contents(
    outcome: &footprint::import::LoadOutcome,
) -> std::collections::BTreeMap<(Platform, Content), u64> {
    footprint::analysis::Derived::compute(outcome, footprint::analysis::TimeBasis::AsExported)
        .message_types
}

fn whatsapp(summary: &Value) -> &Value {
    &summary["platforms"]["whatsapp"]
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

// ---------------------------------------------------------------------------------------
// Every header variant

/// How a variant spells the half of the day for a 24-hour `hour`.
type Marker = fn(u32) -> &'static str;

fn upper(h: u32) -> &'static str {
    if h < 12 { "AM" } else { "PM" }
}
fn lower(h: u32) -> &'static str {
    if h < 12 { "am" } else { "pm" }
}
fn dotted(h: u32) -> &'static str {
    if h < 12 { "a.m." } else { "p.m." }
}
fn spaced(h: u32) -> &'static str {
    if h < 12 { "a. m." } else { "p. m." }
}
fn nbsp_spaced(h: u32) -> &'static str {
    if h < 12 {
        "a.\u{00A0}m."
    } else {
        "p.\u{00A0}m."
    }
}
fn arabic(h: u32) -> &'static str {
    if h < 12 { "ص" } else { "م" }
}
fn chinese(h: u32) -> &'static str {
    if h < 12 { "上午" } else { "下午" }
}
fn japanese(h: u32) -> &'static str {
    if h < 12 { "午前" } else { "午後" }
}
fn korean(h: u32) -> &'static str {
    if h < 12 { "오전" } else { "오후" }
}
fn english_periods(h: u32) -> &'static str {
    match h {
        0 => "at night",
        1..=11 => "in the morning",
        12..=17 => "in the afternoon",
        18..=20 => "in the evening",
        _ => "at night",
    }
}
fn german_periods(h: u32) -> &'static str {
    match h {
        0..=4 => "nachts",
        5..=11 => "vorm.",
        12..=17 => "nachm.",
        _ => "abends",
    }
}
fn none(_: u32) -> &'static str {
    ""
}

/// How system lines are written.
#[derive(Clone, Copy, PartialEq)]
enum System {
    /// Android and iOS before 2021: no author.
    Authorless,
    /// iOS since 2021: attributed to the chat, body after U+200E.
    ByChat,
    /// 2013: attributed to the person who exported the chat (notes §1.3 L2).
    ByExporter,
}

struct Variant {
    id: &'static str,
    template: &'static str,
    marker: Marker,
    arabic_digits: bool,
    system: System,
}

const fn v(id: &'static str, template: &'static str, marker: Marker) -> Variant {
    Variant {
        id,
        template,
        marker,
        arabic_digits: false,
        system: System::Authorless,
    }
}

const fn ios(id: &'static str, template: &'static str, marker: Marker) -> Variant {
    Variant {
        id,
        template,
        marker,
        arabic_digits: false,
        system: System::ByChat,
    }
}

/// One variant per row of the notes' table (§1.3), some rows with two spellings.
const VARIANTS: &[Variant] = &[
    v("A1", "{dd}/{MM}/{yyyy}, {HH}:{mm} - ", none),
    v("A2", "{M}/{d}/{yy}, {h}:{mm} {ap} - ", upper),
    v("A2'", "{M}/{d}/{yy}, {h}:{mm}\u{202F}{ap} - ", upper),
    v("A3", "{M}/{d}/{yy}, {H}:{mm} - ", none),
    v("A4", "{dd}/{MM}/{yyyy}, {h}:{mm}\u{202F}{ap} - ", lower),
    v("A5", "{dd}.{MM}.{yy}, {HH}:{mm} - ", none),
    v("A5'", "{dd}.{MM}.{yy}, {h}:{mm} {ap} - ", upper),
    v("A6", "{dd}.{MM}.{yyyy}, {HH}:{mm} - ", none),
    v("A7", "{dd}.{MM}.{yy} {HH}:{mm} - ", none),
    v("A8", "{dd}-{MM}-{yyyy} {HH}:{mm} - ", none),
    v("A9", "{dd}/{MM}/{yy} {HH}:{mm} - ", none),
    v("A10", "{d}/{M}/{yyyy} {h}:{mm} {ap} - ", spaced),
    v("A10'", "{d}/{M}/{yyyy} {h}:{mm} {ap} - ", nbsp_spaced),
    v("A11", "{yyyy}-{MM}-{dd}, {h}:{mm} {ap} - ", dotted),
    v("A11'", "{yyyy}/{MM}/{dd}, {h}:{mm} {ap} - ", lower),
    v("A12", "{yyyy}-{MM}-{dd} {HH}:{mm} - ", none),
    v("A13", "{d}.{M}.{yyyy} klo {H}.{mm}.{ss} - ", none),
    v("A14", "{dd}.{MM}.{yy} à {HH}:{mm} - ", none),
    v("A15", "{dd}/{MM}/{yy} {HH}.{mm} - ", none),
    Variant {
        id: "A16",
        template: "{d}\u{200F}/{M}\u{200F}/{yyyy}، {h}:{mm} {ap} - ",
        marker: arabic,
        arabic_digits: true,
        system: System::Authorless,
    },
    v("A17", "{dd}/{MM}/{yyyy}, {h}:{mm} {ap} - ", english_periods),
    v("A17'", "{dd}.{MM}.{yy}, {h}:{mm} {ap} - ", german_periods),
    v("A18 zh", "{yyyy}/{M}/{d} {ap}{h}:{mm} - ", chinese),
    v("A18 ja", "{yyyy}/{M}/{d} {ap}{h}:{mm} - ", japanese),
    v("A18 ko", "{yyyy}. {M}. {d}. {ap} {h}:{mm} - ", korean),
    v("A19", "{MM}/{dd}/{yy}, {h}:{mm}:{ss} {ap} – ", upper),
    v("A20", "{yyyy}/{MM}/{dd}, {HH}:{mm}. - ", none),
    v("A21", "{d}. {M}. {yyyy}. {HH}:{mm}:{ss} ", none),
    v("A22", "{dd}-{MM}-{yy} {HH}:{mm}:{ss} ", none),
    v("A23", "{dd}-{MM}-{yyyy}, {hh}.{mm} {ap} - ", upper),
    v("A23'", "{dd}.{MM}.{yy} {HH}.{mm}.{ss}: ", none),
    ios("I1", "[{M}/{d}/{yy}, {HH}:{mm}:{ss}] ", none),
    ios("I2", "[{M}/{d}/{yy}, {h}:{mm}:{ss} {ap}] ", upper),
    ios(
        "I2'",
        "\u{200E}[{dd}/{MM}/{yyyy}, {h}:{mm}:{ss}\u{202F}{ap}] ",
        upper,
    ),
    ios("I3", "[{dd}/{MM}/{yyyy}, {HH}:{mm}:{ss}] ", none),
    ios("I4", "[{dd}.{MM}.{yy}, {HH}:{mm}:{ss}] ", none),
    ios("I4 yyyy", "[{dd}.{MM}.{yyyy}, {HH}:{mm}:{ss}] ", none),
    ios("I4'", "[{dd}.{MM}.{yy}, {h}:{mm}:{ss} {ap}] ", upper),
    ios("I5", "[{M}/{d}/{yy} {HH}:{mm}:{ss}] ", none),
    ios("I6", "[{M}/{d}/{yy} {HH}.{mm}.{ss}] ", none),
    ios("I7", "[{HH}:{mm}:{ss}, {M}/{d}/{yy}] ", none),
    ios("I8 BE", "[{M}/{d}/{be} BE, {HH}:{mm}:{ss}] ", none),
    ios("I8 R", "[{M}/{d}/R{reiwa}, {HH}:{mm}:{ss}] ", none),
    Variant {
        id: "I9",
        template: "[{d}\u{200F}/{M}\u{200F}/{yyyy}، {h}:{mm}:{ss}\u{00A0}{ap}] ",
        marker: arabic,
        arabic_digits: true,
        system: System::ByChat,
    },
    ios("I10", "[{yyyy}/{M}/{d} {HH}:{mm}:{ss}] ", none),
    ios("I11", "[{dd}/{MM}/{yy} {h}:{mm}:{ss} {ap}] ", dotted),
    ios(
        "I11'",
        "[{dd}/{MM}/{yy}, {h}:{mm}:{ss}\u{202F}{ap}] ",
        dotted,
    ),
    ios("I12", "[{d}/{M}/{yy} {h}:{mm}:{ss} {ap}] ", spaced),
    ios("I12'", "[{yyyy}/{MM}/{dd}, {HH}:{mm}:{ss}] ", none),
    ios("I13", "[{d}.{M}.{yyyy} klo {H}.{mm}.{ss}] ", none),
    ios("I14", "[{d}.{M}.{yyyy}, {H}.{mm}.{ss}] ", none),
    ios("I15", "[{dd}-{MM}-{yy} {HH}:{mm}:{ss}] ", none),
    v("L1", "{M}/{d}/{yy}, {h}:{mm}:{ss} {ap}: ", upper),
    v("L1'", "{dd}/{MM}/{yy} {HH}:{mm}:{ss}: ", none),
    v("L1''", "{yyyy}-{MM}-{dd}, {h}:{mm}:{ss} {ap}: ", upper),
    Variant {
        id: "L2",
        template: "{HH}:{mm}, {d} {mon} {yyyy} - ",
        marker: none,
        arabic_digits: false,
        system: System::ByExporter,
    },
    // No year: it is counted back from the file's date, which the test sets.
    v("L3", "{d} {mon} {HH}:{mm} - ", none),
    ios("L4", "[{weekday}, {d} {month} {yyyy}, {HH}:{mm}] ", none),
    ios("L4'", "[{d} {mon} {yyyy}, {H}:{mm}] ", none),
    ios("L4''", "[{mon} {d}, {H}:{mm}] ", none),
    ios(
        "L4 12h",
        "[{month} {d}, {yyyy}, {h}:{mm}:{ss} {ap}] ",
        upper,
    ),
    ios("I12''", "[{MM}/{yyyy}/{dd}, {HH}:{mm}:{ss}] ", none),
    ios("X1", "[{HH}:{mm}, {dd}/{MM}/{yyyy}] ", none),
    v("X2", "{dd}.{MM}.{yyyy} - {HH}:{mm}:{ss}; ", none),
];

/// Gives a file a modification time: dates written without a year are counted back from
/// it.
fn set_file_date(path: &Path, t: NaiveDateTime) {
    let secs = u64::try_from(t.and_utc().timestamp()).unwrap();
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs))
        .unwrap();
}

fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, mo, d)
        .unwrap()
        .and_hms_opt(h, mi, s)
        .unwrap()
}

fn render(variant: &Variant, t: NaiveDateTime) -> String {
    use chrono::Datelike;
    let h12 = match t.hour() % 12 {
        0 => 12,
        h => h,
    };
    let header = variant
        .template
        .replace("{mon}", &t.format("%b").to_string())
        .replace("{month}", &t.format("%B").to_string())
        .replace("{weekday}", &t.format("%A").to_string())
        .replace("{dd}", &format!("{:02}", t.day()))
        .replace("{d}", &t.day().to_string())
        .replace("{MM}", &format!("{:02}", t.month()))
        .replace("{M}", &t.month().to_string())
        .replace("{yyyy}", &t.year().to_string())
        .replace("{yy}", &format!("{:02}", t.year() % 100))
        .replace("{be}", &(t.year() + 543).to_string())
        .replace("{reiwa}", &(t.year() - 2018).to_string())
        .replace("{HH}", &format!("{:02}", t.hour()))
        .replace("{H}", &t.hour().to_string())
        .replace("{hh}", &format!("{h12:02}"))
        .replace("{h}", &h12.to_string())
        .replace("{mm}", &format!("{:02}", t.minute()))
        .replace("{ss}", &format!("{:02}", t.second()))
        .replace("{ap}", (variant.marker)(t.hour()));
    if variant.arabic_digits {
        header
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0x0660 + d).unwrap(),
                None => c,
            })
            .collect()
    } else {
        header
    }
}

/// A four-line chat in the variant's format: a system line, two authors, a message of two
/// lines, a media reference; dates with days above 12 so the order is evidence.
fn variant_chat(variant: &Variant) -> (String, [NaiveDateTime; 4]) {
    let times = [
        at(2022, 3, 14, 9, 5, 7),
        at(2022, 3, 14, 13, 41, 22),
        at(2022, 11, 23, 21, 7, 45),
        at(2023, 1, 2, 0, 15, 9),
    ];
    let colon = if variant.id == "I10" { ":" } else { ": " };
    let system = match variant.system {
        System::Authorless => "Ana created group \"Test\"".to_string(),
        System::ByChat => "Test: \u{200E}Ana created group \"Test\"".to_string(),
        System::ByExporter => "Bo: Ana changed the subject to \"Test\"".to_string(),
    };
    let eol = if variant.system == System::ByChat {
        "\r\n"
    } else {
        "\n"
    };
    let text = format!(
        "{}{system}{eol}{}Ana{colon}hello there\nsecond line of it{eol}{}Bo{colon}hi back{eol}{}Ana{colon}<Media omitted>{eol}",
        render(variant, times[0]),
        render(variant, times[1]),
        render(variant, times[2]),
        render(variant, times[3]),
    );
    (text, times)
}

#[test]
fn every_header_variant_reads_messages_events_senders_and_times() {
    let dir = tempfile::tempdir().unwrap();
    for variant in VARIANTS {
        let (text, times) = variant_chat(variant);
        let path = write(dir.path(), "WhatsApp Chat with Test.txt", &text);
        // The variants without a year are then read as 2022 and 2023.
        set_file_date(&path, at(2023, 2, 1, 12, 0, 0));
        let outcome = load(&[&path], None);
        assert!(
            outcome.errors.is_empty(),
            "{}: {:?}",
            variant.id,
            outcome.errors
        );
        let s = summary_of(&outcome);
        let w = whatsapp(&s);
        let ctx = format!("{} ({text:?})", variant.id);
        assert_eq!(w["messages"], 3, "{ctx}");
        assert_eq!(w["service_events"], 1, "{ctx}");
        assert_eq!(w["senders"], 2, "{ctx}");
        assert_eq!(w["conversations"]["group"], 1, "{ctx}");
        let seconds = variant.template.contains("{ss}");
        let iso = |t: NaiveDateTime| {
            let t = if seconds {
                t
            } else {
                t.with_second(0).unwrap()
            };
            t.format("%Y-%m-%dT%H:%M:%S").to_string()
        };
        assert_eq!(w["first_message"], iso(times[0]).as_str(), "{ctx}");
        assert_eq!(w["last_message"], iso(times[3]).as_str(), "{ctx}");
        let source = &outcome.footprint.sources[0];
        assert_eq!(source.warnings.total(), 0, "{ctx}: {:?}", source.warnings);
        let decision = source.date_order.expect("a chat records its date order");
        let named = ["{mon}", "{month}"]
            .iter()
            .any(|m| variant.template.contains(m));
        let expected = if named {
            DateOrderBasis::MonthNames
        } else {
            DateOrderBasis::Evidence
        };
        assert_eq!(decision.basis, expected, "{ctx}");
        let no_year = !["{yy}", "{yyyy}", "{be}", "{reiwa}"]
            .iter()
            .any(|y| variant.template.contains(y));
        assert_eq!(decision.years_guessed, no_year, "{ctx}");
        assert_eq!(
            contents(&outcome).get(&(Platform::WhatsApp, Content::Media)),
            Some(&1),
            "{ctx}"
        );
        fs::remove_file(&path).unwrap();
    }
}

/// `sample_exports/whatsapp/header_variants/`: one folder per variant holding its chat as
/// `WhatsApp Chat with Test.txt`, for people to open in the app. The folder is written by
/// `FOOTPRINT_WRITE_SAMPLES=1 cargo test --test whatsapp_chat`.
fn variant_samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_exports/whatsapp/header_variants")
}

fn variant_folder(id: &str) -> String {
    id.replace("'", "p").replace(' ', "-")
}

#[test]
fn the_variant_samples_are_the_tested_chats_and_all_load() {
    let root = variant_samples_dir();
    if std::env::var_os("FOOTPRINT_WRITE_SAMPLES").is_some() {
        for variant in VARIANTS {
            let folder = root.join(variant_folder(variant.id));
            fs::create_dir_all(&folder).unwrap();
            fs::write(
                folder.join("WhatsApp Chat with Test.txt"),
                variant_chat(variant).0,
            )
            .unwrap();
        }
    }
    for variant in VARIANTS {
        let path = root
            .join(variant_folder(variant.id))
            .join("WhatsApp Chat with Test.txt");
        let written =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(written, variant_chat(variant).0, "{}", variant.id);
    }
    // The whole folder at once: one conversation per variant, none refused.
    let outcome = load(&[&root], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert!(
        outcome.unrecognized.is_empty(),
        "{:?}",
        outcome.unrecognized
    );
    let s = summary_of(&outcome);
    assert_eq!(s["sources"].as_array().unwrap().len(), VARIANTS.len());
    // They are one chat written 64 ways: one conversation of 3 messages, plus the
    // variants without a year, whose year is counted back from the file's date.
    assert_eq!(
        whatsapp(&s)["conversations"]["group"],
        2,
        "the same chat in every spelling"
    );
    assert_eq!(whatsapp(&s)["messages"], 3 * 2);
}

// ---------------------------------------------------------------------------------------
// Day/month order

/// Dates whose numbers are all 12 or less and never fall back: nothing in the file tells.
const AMBIGUOUS_US: &str = "\
1/2/21, 9:15 PM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
1/2/21, 9:16 PM - Ana: are you coming?
1/3/21, 10:01 AM - Bo: yes
1/4/21, 8:00 AM - Ana: <Media omitted>
";

const AMBIGUOUS_DE: &str = "\
01.02.21, 21:15 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen.
01.02.21, 21:16 - Ana: kommst du?
01.03.21, 10:01 - Bo: ja
01.04.21, 08:00 - Ana: <Medien ausgeschlossen>
";

#[test]
fn ambiguous_dates_take_the_locale_order_and_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let us = write(dir.path(), "WhatsApp Chat with Bo.txt", AMBIGUOUS_US);
    let outcome = load(&[&us], None);
    let source = &outcome.footprint.sources[0];
    let decision = source.date_order.unwrap();
    assert_eq!(decision.basis, DateOrderBasis::LocaleGuess);
    assert_eq!(decision.order, DateOrder::Mdy);
    assert!(
        source.notes.iter().any(|n| n
            .starts_with("Day and month could not be told apart; read as month/day")
            && n.ends_with("Choose another order if dates look wrong.")),
        "{:?}",
        source.notes
    );
    let s = summary_of(&outcome);
    assert_eq!(whatsapp(&s)["last_message"], "2021-01-04T08:00:00");

    let de = write(dir.path(), "WhatsApp Chat mit Bo.txt", AMBIGUOUS_DE);
    let outcome = load(&[&de], None);
    let decision = outcome.footprint.sources[0].date_order.unwrap();
    assert_eq!(decision.basis, DateOrderBasis::LocaleGuess);
    assert_eq!(decision.order, DateOrder::Dmy);
    assert_eq!(
        whatsapp(&summary_of(&outcome))["last_message"],
        "2021-04-01T08:00:00"
    );
}

#[test]
fn the_users_order_overrides_the_guess() {
    let dir = tempfile::tempdir().unwrap();
    let us = write(dir.path(), "WhatsApp Chat with Bo.txt", AMBIGUOUS_US);
    let outcome = load_with_date_order(&[us], None, Some(DateOrder::Dmy));
    let source = &outcome.footprint.sources[0];
    let decision = source.date_order.unwrap();
    assert_eq!(decision.basis, DateOrderBasis::UserChoice);
    assert_eq!(decision.order, DateOrder::Dmy);
    assert!(
        source
            .notes
            .iter()
            .any(|n| n == "Dates read as day/month/year, as chosen.")
    );
    let s = summary_of(&outcome);
    assert_eq!(whatsapp(&s)["first_message"], "2021-02-01T21:15:00");
    assert_eq!(whatsapp(&s)["last_message"], "2021-04-01T08:00:00");
}

#[test]
fn year_first_cannot_be_chosen_for_a_four_digit_year_written_last() {
    let text = "03/04/2022, 10:00 - Ana: hi\n05/04/2022, 11:00 - Bo: hello\n";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "WhatsApp Chat with Bo.txt", text);
    let auto = load_with_date_order(std::slice::from_ref(&path), None, None);
    let chosen = load_with_date_order(std::slice::from_ref(&path), None, Some(DateOrder::Ymd));
    let source = &chosen.footprint.sources[0];
    assert_eq!(source.date_order, auto.footprint.sources[0].date_order);
    assert!(
        source
            .notes
            .iter()
            .any(|n| n.ends_with("The year is written last, so year/month/day does not apply.")),
        "{:?}",
        source.notes
    );
    assert_eq!(
        whatsapp(&summary_of(&chosen))["last_message"],
        whatsapp(&summary_of(&auto))["last_message"]
    );
}

/// A chat of about 2012 whose dates have no year (notes §1.3 L3), across a new year.
const NO_YEAR_CHAT: &str = "\
18 Mar 12:14 - Shaggy changed the subject to \"The horde\"
18 Mar 12:15 - Shaggy: who is in?
30 Dec 23:50 - Mike: me
2 Jan 09:00 - Shaggy: happy new year
";

#[test]
fn dates_without_a_year_are_counted_back_from_the_files_date_and_say_so() {
    let dir = tempfile::tempdir().unwrap();
    // Inside a zip the member's own date is the export date.
    let zip_path = dir.path().join("WhatsApp Chat - The horde.zip");
    crate::common::write_zip(
        &zip_path,
        &[("_chat.txt", NO_YEAR_CHAT.as_bytes())],
        crate::common::deflated()
            .last_modified_time(zip::DateTime::from_date_and_time(2013, 5, 20, 10, 0, 0).unwrap()),
    );
    let outcome = load(&[&zip_path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = summary_of(&outcome);
    assert_eq!(whatsapp(&s)["first_message"], "2012-03-18T12:14:00");
    assert_eq!(whatsapp(&s)["last_message"], "2013-01-02T09:00:00");
    assert_eq!(whatsapp(&s)["service_events"], 1);
    let notes = &outcome.footprint.sources[0].notes;
    assert!(
        notes.iter().any(|n| n.starts_with(
            "The dates carry no year: years counted back from the file's date (2013-05-20)"
        ) && n.contains("(2012–2013)")
            && n.ends_with("They are a guess; check them.")),
        "{notes:?}"
    );
    // A file dated before the last line's day and month: that line is from the year
    // before.
    let path = write(dir.path(), "WhatsApp Chat with The horde.txt", NO_YEAR_CHAT);
    set_file_date(&path, at(2014, 1, 1, 12, 0, 0));
    let s = summary(&[&path], None);
    assert_eq!(whatsapp(&s)["first_message"], "2012-03-18T12:14:00");
    assert_eq!(whatsapp(&s)["last_message"], "2013-01-02T09:00:00");
}

#[test]
fn month_names_decide_the_order_whatever_the_user_chooses() {
    let text = "\
[Tuesday, 1 March 2022, 12:51] Ana: hi
[Wednesday, 2 March 2022, 09:10] Bo: hello
[Thursday, 3 March 2022, 18:00] Ana: see you
";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "WhatsApp Chat with Bo.txt", text);
    for order in [None, Some(DateOrder::Mdy)] {
        let outcome = load_with_date_order(std::slice::from_ref(&path), None, order);
        let source = &outcome.footprint.sources[0];
        assert_eq!(
            source.date_order.unwrap().basis,
            DateOrderBasis::MonthNames,
            "{order:?}"
        );
        assert!(
            source
                .notes
                .iter()
                .any(|n| n.starts_with("Dates read with their month names.")),
            "{:?}",
            source.notes
        );
        let s = summary_of(&outcome);
        assert_eq!(whatsapp(&s)["first_message"], "2022-03-01T12:51:00");
        assert_eq!(whatsapp(&s)["last_message"], "2022-03-03T18:00:00");
        assert_eq!(whatsapp(&s)["messages"], 3);
    }
}

#[test]
fn a_number_above_12_decides_and_is_counted_in_the_note() {
    let mut text = String::new();
    for (i, day) in [3, 9, 14, 27, 30].iter().enumerate() {
        text.push_str(&format!("{day:02}/0{}/2022, 10:0{i} - Ana: hi\n", i + 1));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "chat.txt", &text);
    let outcome = load(&[&path], None);
    let source = &outcome.footprint.sources[0];
    let decision = source.date_order.unwrap();
    assert_eq!(decision.order, DateOrder::Dmy);
    assert_eq!(decision.basis, DateOrderBasis::Evidence);
    assert!(
        source.notes.contains(
            &"Dates read as day/month/year: 3 dates have a first number above 12.".to_string()
        ),
        "{:?}",
        source.notes
    );
    // The same file with month first is read month first.
    let swapped: String = text
        .lines()
        .map(|l| format!("{}/{}{}\n", &l[3..5], &l[0..2], &l[5..]))
        .collect();
    let path = write(dir.path(), "chat2.txt", &swapped);
    let outcome = load(&[&path], None);
    let decision = outcome.footprint.sources[0].date_order.unwrap();
    assert_eq!(decision.order, DateOrder::Mdy);
    assert_eq!(
        whatsapp(&summary_of(&outcome))["last_message"],
        "2022-05-30T10:04:00"
    );
}

#[test]
fn falling_days_decide_when_every_number_is_12_or_less() {
    // Day first: 10/01, 12/01, 02/02 (the first number falls back when January ends),
    // 11/02, 01/03 (again).
    let text = "\
10/01/22, 08:00 - Ana: a
12/01/22, 08:00 - Bo: b
02/02/22, 08:00 - Ana: c
11/02/22, 08:00 - Bo: d
01/03/22, 08:00 - Ana: e
";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "WhatsApp Chat with Bo.txt", text);
    let outcome = load(&[&path], None);
    let decision = outcome.footprint.sources[0].date_order.unwrap();
    assert_eq!(decision.order, DateOrder::Dmy);
    assert_eq!(decision.basis, DateOrderBasis::Evidence);
    assert_eq!(
        whatsapp(&summary_of(&outcome))["last_message"],
        "2022-03-01T08:00:00"
    );
}

// ---------------------------------------------------------------------------------------
// System lines, authors, warnings

#[test]
fn ios_system_lines_attributed_to_the_chat_or_the_actor_are_events() {
    let text = "\
[14.08.24, 21:00:10] Boris: \u{200E}Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.\r
[14.08.24, 21:00:10] Boris: Boris created group \"Lake\"\r
[14.08.24, 21:00:11] Lake: \u{200E}Boris added you\r
[14.08.24, 21:00:12] Lake: You're now an admin\r
[14.08.24, 21:03:00] Boris: Welcome!\r
[14.08.24, 21:04:00] Eve: \u{200E}Eve left\r
[15.08.24, 09:00:00] Ana: \u{200E}Missed voice call. \u{200E}Tap to call back\r
[15.08.24, 09:01:00] Ana: \u{200E}This message was deleted.\r
[15.08.24, 09:02:00] Ana: \u{200E}<attached: 00000007-VIDEO-2024-08-15-09-02-00.mp4>\r
";
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("WhatsApp Chat - Lake.zip");
    crate::common::write_zip(
        &zip,
        &[
            ("_chat.txt", text.as_bytes()),
            ("__MACOSX/._chat.txt", b"\0\x05\x16\x07\0\x02\0\0Mac OS X"),
            (
                "00000007-VIDEO-2024-08-15-09-02-00.mp4",
                b"\0\0\0\x18ftypmp42",
            ),
        ],
        crate::common::deflated(),
    );
    let outcome = load(&[&zip], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert_eq!(outcome.footprint.sources.len(), 1, "__MACOSX is not a chat");
    let s = summary_of(&outcome);
    let w = whatsapp(&s);
    assert_eq!(w["service_events"], 6);
    assert_eq!(w["messages"], 3);
    assert_eq!(
        w["senders"], 2,
        "Boris and Ana wrote; Lake and Eve only acted"
    );
    assert_eq!(s["conversation_list"][0]["name"], "Lake");
    assert_eq!(s["conversation_list"][0]["kind"], "group");
    assert_eq!(
        contents(&outcome).get(&(Platform::WhatsApp, Content::Video)),
        Some(&1)
    );
}

#[test]
fn a_two_person_chat_is_personal_and_an_author_may_contain_a_colon() {
    let text = "\
12/24/23, 10:00 PM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
12/24/23, 10:01 PM - Dr. Who: Time: Lord: hello: there
12/24/23, 10:02 PM - Clara: hi
12/25/23, 9:00 AM - Dr. Who: Time: Lord: <Media omitted>
";
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "WhatsApp Chat with Dr. Who: Time: Lord.txt",
        text,
    );
    let outcome = load(&[&path], None);
    let s = summary_of(&outcome);
    assert_eq!(s["conversation_list"][0]["kind"], "personal");
    assert_eq!(whatsapp(&s)["senders"], 2);
    let names = &outcome.footprint.senders.names;
    assert!(
        names.contains(&"Dr. Who: Time: Lord".to_string()),
        "{names:?}"
    );
}

#[test]
fn a_name_with_colons_is_learnt_from_lines_that_all_agree() {
    // The file name says nothing; "Dr. Who: Time: Lord" writes three times.
    let text = "\
24/12/2023, 22:01 - Dr. Who: Time: Lord: hello: there
24/12/2023, 22:02 - Clara: hi: you
25/12/2023, 09:00 - Dr. Who: Time: Lord: <Media omitted>
25/12/2023, 09:05 - Dr. Who: Time: Lord: bye
25/12/2023, 09:06 - Clara: note: this
25/12/2023, 09:07 - Clara: bye
";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "_chat.txt", text);
    let outcome = load(&[&path], None);
    let names = &outcome.footprint.senders.names;
    assert!(
        names.contains(&"Dr. Who: Time: Lord".to_string()),
        "{names:?}"
    );
    // Clara's lines do not agree past her name, so her name stays as it is.
    assert!(names.contains(&"Clara".to_string()), "{names:?}");
    assert_eq!(whatsapp(&summary_of(&outcome))["senders"], 2);
}

#[test]
fn out_of_order_lines_are_kept_and_sorted() {
    // The Android encryption notice carries the export date (notes §4 pitfall 9).
    let text = "\
23/03/2022, 13:31 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
18/03/2022, 10:00 - Ana: first
18/03/2022, 10:05 - Bo: second
19/03/2022, 11:00 - Ana: third
";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "WhatsApp Chat with Bo.txt", text);
    let outcome = load(&[&path], None);
    let fp = &outcome.footprint;
    assert_eq!(fp.messages.len(), 4);
    assert!(
        fp.messages
            .wall
            .iter()
            .collect::<Vec<_>>()
            .windows(2)
            .all(|w| w[0] <= w[1]),
        "sorted"
    );
    assert!(
        fp.sources[0]
            .notes
            .iter()
            .any(|n| n.starts_with("1 lines are earlier")),
        "{:?}",
        fp.sources[0].notes
    );
}

#[test]
fn unreadable_lines_are_warnings_with_samples() {
    let text = "\
Chat exported by a tool that adds a title line
31/12/2021, 23:59 - Ana: last of the year
31/02/2022, 10:00 - Ana: the 31st of February
01/01/2022, 00:01 - Bo: happy new year
[01/01/2022, 00:02:00] Bo: pasted from an iPhone
01/01/2022, 00:03 - Ana: 🎉
";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "WhatsApp Chat with Bo.txt", text);
    let outcome = load(&[&path], None);
    let source = &outcome.footprint.sources[0];
    let w = &source.warnings;
    assert_eq!(w.count(WarningKind::TextBeforeFirstMessage), 1);
    assert_eq!(w.count(WarningKind::MissingDate), 1);
    assert_eq!(w.count(WarningKind::OtherHeaderFormat), 1);
    let (_, _, samples) = w
        .iter()
        .find(|(k, _, _)| *k == WarningKind::MissingDate)
        .unwrap();
    assert!(samples[0].detail.contains("31/2/2022"), "{:?}", samples[0]);
    assert_eq!(source.records, 3);
}

/// Three dates that are none (31 and 30 February, 29 February 2022) and two lines earlier
/// than the line before them, among seven.
const DATES_NONE_AND_EARLIER: &str = "\
10/03/2022, 10:00 - Ana: one
31/02/2022, 10:01 - Ana: not a date
09/03/2022, 10:02 - Bo: earlier than the line before
30/02/2022, 10:03 - Bo: not a date either
08/03/2022, 10:04 - Ana: earlier again
29/02/2022, 10:05 - Ana: 2022 is no leap year
12/03/2022, 10:06 - Bo: later
";

#[test]
fn dates_that_are_none_are_warned_in_file_order_and_earlier_lines_counted() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "WhatsApp Chat with Bo.txt",
        DATES_NONE_AND_EARLIER,
    );
    let outcome = load(&[&path], None);
    let source = &outcome.footprint.sources[0];
    let (_, count, samples) = source
        .warnings
        .iter()
        .find(|(k, _, _)| *k == WarningKind::MissingDate)
        .unwrap();
    assert_eq!(count, 3);
    let days: Vec<&str> = samples
        .iter()
        .map(|s| s.detail.split(' ').nth(2).unwrap_or(""))
        .collect();
    assert_eq!(days, ["31/2/2022", "30/2/2022", "29/2/2022"], "{samples:?}");
    assert!(
        source
            .notes
            .iter()
            .any(|n| n.starts_with("2 lines are earlier")),
        "{:?}",
        source.notes
    );
    assert_eq!(outcome.footprint.messages.len(), 4);
}

#[test]
fn a_long_chat_read_in_two_halves_warns_and_counts_as_one_thread_does() {
    // Enough lines for the reading's last pass to run in two halves (`finish`), with
    // dates that are none and lines earlier than the one before all through the file,
    // the middle included.
    let blocks = 10_001;
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "WhatsApp Chat with Bo.txt",
        &DATES_NONE_AND_EARLIER.repeat(blocks),
    );
    let limits = |threads| footprint::input::Limits {
        parse_threads: threads,
        ..Default::default()
    };
    let one = crate::common::load_with_limits(&path, limits(1));
    let two = crate::common::load_with_limits(&path, limits(2));
    crate::common::assert_same_footprint(&one, &two);
    let source = &two.footprint.sources[0];
    assert_eq!(
        source.warnings.count(WarningKind::MissingDate),
        3 * blocks as u64
    );
    assert_eq!(two.footprint.messages.len(), 4 * blocks);
    // Two earlier lines a block, and each block's first line after the last one's.
    let earlier = source
        .notes
        .iter()
        .find(|n| n.contains("lines are earlier"))
        .expect("a note on earlier lines");
    let digits: String = earlier
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .collect();
    assert_eq!(
        digits.replace(',', ""),
        (3 * blocks - 1).to_string(),
        "{earlier}"
    );
}

// ---------------------------------------------------------------------------------------
// Broken inputs

#[test]
fn broken_inputs_give_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    // Binary data under a chat's name.
    let mut rng = Rng::new(5);
    let binary: Vec<u8> = (0..4000).map(|_| rng.below(256) as u8).collect();
    let path = dir.path().join("WhatsApp Chat with Ana.txt");
    fs::write(&path, &binary).unwrap();
    let outcome = load(&[&path], None);
    assert_eq!(outcome.errors.len(), 1);
    assert!(
        outcome.errors[0].message.contains("binary data")
            && outcome.errors[0]
                .message
                .contains("WhatsApp Chat with Ana.txt"),
        "{}",
        outcome.errors[0].message
    );
    // Empty.
    fs::write(&path, b"").unwrap();
    let outcome = load(&[&path], None);
    assert!(outcome.unrecognized[0].reason.contains("empty"));
    // Text without a single message line: an error, never "0 messages".
    fs::write(&path, "just some notes\nnothing else\n").unwrap();
    let outcome = load(&[&path], None);
    assert_eq!(outcome.errors.len(), 1);
    assert!(
        outcome.errors[0]
            .message
            .contains("no WhatsApp message line found"),
        "{}",
        outcome.errors[0].message
    );
    // A truncated zip.
    let zip = dir.path().join("WhatsApp Chat - Ana.zip");
    crate::common::write_zip(
        &zip,
        &[("_chat.txt", AMBIGUOUS_US.repeat(50).as_bytes())],
        crate::common::deflated(),
    );
    let bytes = fs::read(&zip).unwrap();
    fs::write(&zip, &bytes[..bytes.len() / 2]).unwrap();
    let outcome = load(&[&zip], None);
    assert!(!outcome.errors.is_empty());
    assert!(
        outcome.errors[0]
            .message
            .contains("WhatsApp Chat - Ana.zip")
    );
}

#[test]
fn utf16_files_are_read_with_a_bom_and_without() {
    let dir = tempfile::tempdir().unwrap();
    let mut le = vec![0xFF, 0xFE];
    for unit in AMBIGUOUS_DE.encode_utf16() {
        le.extend_from_slice(&unit.to_le_bytes());
    }
    let path = dir.path().join("WhatsApp Chat mit Bo.txt");
    fs::write(&path, &le).unwrap();
    let s = summary(&[&path], None);
    assert_eq!(whatsapp(&s)["messages"], 3);
    assert_eq!(whatsapp(&s)["service_events"], 1);
    // Without its BOM (a Windows tool's "Unicode"), in either byte order, its zero bytes
    // tell it: the same chat.
    let be: Vec<u8> = AMBIGUOUS_DE
        .encode_utf16()
        .flat_map(u16::to_be_bytes)
        .collect();
    for bytes in [&le[2..], &be[..]] {
        fs::write(&path, bytes).unwrap();
        let again = summary(&[&path], None);
        assert_eq!(whatsapp(&again), whatsapp(&s));
        assert_eq!(again["sources"][0]["warnings"], s["sources"][0]["warnings"]);
    }
}

#[test]
fn truncated_and_mutated_chats_never_panic() {
    let (text, _) = variant_chat(&VARIANTS[1]);
    let full = text.repeat(20).into_bytes();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("WhatsApp Chat with Test.txt");
    let mut last = 0;
    for cut in (1..full.len()).step_by(23) {
        fs::write(&path, &full[..cut]).unwrap();
        let outcome = load(&[&path], None);
        let n = outcome.footprint.messages.len();
        assert!(n >= last, "cut {cut}");
        last = n;
    }
    let rounds = fuzz_rounds(200);
    let mut rng = Rng::new(11);
    for _ in 0..rounds {
        fs::write(&path, mutated(&full, &mut rng)).unwrap();
        let _ = load(&[&path], None);
    }
    // Every variant's header parser (month names, eras, Arabic digits ...): cut at every
    // byte and mutated; a broken line may only become a warning or an error.
    for variant in VARIANTS {
        let full = variant_chat(variant).0.into_bytes();
        for cut in 1..full.len() {
            fs::write(&path, &full[..cut]).unwrap();
            let _ = load(&[&path], None);
        }
        for _ in 0..rounds / 10 {
            fs::write(&path, mutated(&full, &mut rng)).unwrap();
            let _ = load(&[&path], None);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Generator, fixtures, samples

#[test]
fn every_generated_locale_reads_back_exactly() {
    let dir = tempfile::tempdir().unwrap();
    for locale in LOCALES {
        let path = dir.path().join(format!("chat-{locale}.txt"));
        let options = ChatGenOptions {
            locale: locale.to_string(),
            messages: 400,
            seed: 3,
        };
        let stats = write_chat(&options, fs::File::create(&path).unwrap()).unwrap();
        let outcome = load(&[&path], None);
        assert!(outcome.errors.is_empty(), "{locale}: {:?}", outcome.errors);
        let s = summary_of(&outcome);
        let w = whatsapp(&s);
        assert_eq!(w["messages"], stats.messages, "{locale}");
        assert_eq!(w["service_events"], stats.service_events, "{locale}");
        assert_eq!(w["senders"], stats.senders, "{locale}");
        assert_eq!(w["first_message"], stats.first.as_str(), "{locale}");
        assert_eq!(w["last_message"], stats.last.as_str(), "{locale}");
        assert_eq!(s["sources"][0]["warnings"], 0, "{locale}");
        // Media markers: every message that carries something other than text (deleted
        // messages are not media).
        let media: u64 = contents(&outcome)
            .iter()
            .filter(|((_, c), _)| !matches!(c, Content::Text | Content::Deleted))
            .map(|(_, n)| n)
            .sum();
        assert_eq!(media, stats.media, "{locale}");
        assert_eq!(
            outcome.footprint.sources[0].date_order.unwrap().basis,
            DateOrderBasis::Evidence,
            "{locale}"
        );
    }
}

#[test]
fn generator_is_deterministic() {
    let options = ChatGenOptions {
        locale: "ar".to_string(),
        messages: 300,
        seed: 9,
    };
    let mut a = Vec::new();
    let mut b = Vec::new();
    write_chat(&options, &mut a).unwrap();
    write_chat(&options, &mut b).unwrap();
    assert_eq!(a, b);
    assert!(
        write_chat(
            &ChatGenOptions {
                locale: "xx".to_string(),
                ..options
            },
            std::io::sink()
        )
        .is_err()
    );
}

#[test]
fn ios_fixture_with_media_and_macosx_noise() {
    let s = summary(&[&fixture("whatsapp/ios_chat_export_with_media.zip")], None);
    // The outer `_chat.txt` and the export zipped inside it; `__MACOSX/._chat.txt` and the
    // media files are not read.
    assert_eq!(s["sources"].as_array().unwrap().len(), 2);
    let outer = s["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|src| {
            src["path"]
                .as_str()
                .unwrap()
                .ends_with("ios_chat_export_with_media.zip/_chat.txt")
        })
        .unwrap();
    assert_eq!(outer["warnings"], 0);
    let list = s["conversation_list"].as_array().unwrap();
    let chat = list
        .iter()
        .find(|c| {
            c["name"] == "WhatsApp Chat Parser Example" && c["first"] == "2019-06-20T15:58:47"
        })
        .expect("named from its created-group line");
    assert_eq!(chat["kind"], "group");
    assert_eq!(outer["records"], 52);
    // The zip inside is another export of the same group (same name, same creation,
    // 35 of the outer export's 48 messages at the same second): one conversation holding
    // the union of both, 48 messages of the outer and 65 the inner adds.
    assert_eq!(chat["sources"], 2);
    assert_eq!(chat["messages"], 48 + 65);
    assert_eq!(
        chat["service_events"], 4,
        "3 of the inner's 3 events are the outer's"
    );
    assert_eq!(s["platforms"]["whatsapp"]["conversations"]["group"], 1);
}

#[test]
fn builtin_samples_hold_both_chats_and_the_report() {
    let outcome = load_builtin_sample();
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = summary_of(&outcome);
    let w = whatsapp(&s);
    // Count the group sample's lines independently: a header is `dd/mm/yyyy, hh:mm - `.
    let group = include_str!("../../sample_exports/whatsapp/WhatsApp Chat with Lake Weekend.txt");
    let headers: Vec<&str> = group
        .lines()
        .filter(|l| {
            let b = l.as_bytes();
            b.len() > 20
                && b[2] == b'/'
                && b[5] == b'/'
                && &b[10..12] == b", "
                && &b[17..20] == b" - "
        })
        .map(|l| &l[20..])
        .collect();
    let authored = headers
        .iter()
        .filter(|rest| {
            rest.split_once(": ")
                .is_some_and(|(name, _)| !name.contains('"'))
        })
        .count();
    let personal = include_str!("../../sample_exports/whatsapp/WhatsApp Chat - 李娜/_chat.txt");
    let personal_lines = personal.matches("\r\n").count();
    // Two system lines of the personal chat are attributed to a person (iOS); the
    // encryption notice is the third.
    let personal_system = 3;
    assert_eq!(
        w["messages"].as_u64().unwrap(),
        (authored + personal_lines - personal_system) as u64
    );
    assert_eq!(
        w["service_events"].as_u64().unwrap(),
        (headers.len() - authored + personal_system) as u64
    );
    assert_eq!(w["conversations"]["personal"], 1);
    // The iOS chat is named after its folder, not `_chat.txt`.
    let names: Vec<&str> = s["conversation_list"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["platform"] == "whatsapp")
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"李娜"), "{names:?}");
    assert!(!names.contains(&"_chat.txt"), "{names:?}");
    assert_eq!(
        w["conversations"]["group"], 3,
        "the report's three groups, one of which is the Lake Weekend chat"
    );
    let lake = s["conversation_list"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["platform"] == "whatsapp" && c["kind"] == "group" && c["messages"] != 0)
        .unwrap()
        .clone();
    assert_eq!(lake["sources"], 2, "{lake}");
    assert_eq!(w["contacts"], 8);
    assert_eq!(w["sessions"], 2);
    for field in ["about", "phone_number", "registration_date"] {
        assert!(
            w["identity_fields"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f == field),
            "{field}"
        );
    }
}

#[test]
fn a_line_longer_than_the_record_limit_is_skipped_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let valid = |from: usize, to: usize| -> String {
        (from..to)
            .map(|i| format!("24/12/2023, 22:{:02} - Ana: line {i}\n", i % 60))
            .collect()
    };
    let huge = format!("24/12/2023, 22:00 - Bo: {}", "x".repeat(3 << 20));
    // While the shape is learnt (the first lines), later in the chunked reading, and as
    // the last line without a newline.
    for (name, text, huge_line) in [
        (
            "WhatsApp Chat with A.txt",
            format!("{}{huge}\n{}", valid(0, 1), valid(1, 600)),
            2,
        ),
        (
            "WhatsApp Chat with B.txt",
            format!("{}{huge}\n{}", valid(0, 599), valid(599, 600)),
            600,
        ),
        (
            "WhatsApp Chat with C.txt",
            format!("{}{huge}", valid(0, 600)),
            601,
        ),
    ] {
        let path = write(dir.path(), name, &text);
        let outcome = crate::common::load_with_1mib_records(&path);
        assert!(outcome.errors.is_empty(), "{name}: {:?}", outcome.errors);
        let w = whatsapp(&summary_of(&outcome)).clone();
        assert_eq!(w["messages"], 600, "{name}: every other line is read");
        assert_eq!(w["senders"], 1, "{name}: Bo's only line was skipped");
        let warnings = crate::common::warning_details(&outcome);
        let expected = format!("line {huge_line} is longer than 1 MiB and was skipped");
        assert!(
            warnings.iter().any(|m| m.contains(&expected)),
            "{name}: {warnings:?}"
        );
    }
}

#[test]
fn a_chat_and_its_zip_dropped_together_count_once() {
    let dir = tempfile::tempdir().unwrap();
    let text = "\
14/03/2022, 09:05 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
14/03/2022, 09:06 - Ana: hello
14/03/2022, 09:06 - Ana: still there?
14/03/2022, 09:07 - Bo: yes
15/03/2022, 10:00 - Ana: <Media omitted>
";
    let txt = dir.path().join("WhatsApp Chat with Ana.txt");
    fs::write(&txt, text).unwrap();
    let zip_path = dir.path().join("WhatsApp Chat - Ana.zip");
    {
        let mut zip = zip::ZipWriter::new(fs::File::create(&zip_path).unwrap());
        zip.start_file("_chat.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut zip, text.as_bytes()).unwrap();
        zip.finish().unwrap();
    }
    let s = summary(&[&txt, &zip_path], None);
    let w = whatsapp(&s);
    assert_eq!(s["sources"].as_array().unwrap().len(), 2);
    // Two messages in one minute stay two; the copy adds none.
    assert_eq!(w["messages"], 4);
    assert_eq!(w["service_events"], 1);
    assert_eq!(w["senders"], 2);
    assert_eq!(w["conversations"]["personal"], 1);
    assert_eq!(s["conversation_list"][0]["sources"], 2);
    assert_eq!(w["merged"]["messages"], 5);
}

/// Issue 17: a chat read on several threads (pieces of about 1 MiB parsed by workers
/// and added in order) gives field for field the footprint one thread gives, in several
/// generated locales, including the lines whose reading depends on lines before their
/// piece: a system wording with `: ` in it (a message if the text before the colon were
/// a name that had written before, an event otherwise), subjects set in several pieces, bad bytes and a line
/// over the limit in later pieces, and more warnings of a kind than are kept as samples.
#[test]
fn a_chat_read_on_several_threads_is_the_chat_read_on_one() {
    let dir = tempfile::tempdir().unwrap();
    for locale in ["en-US", "ios-en", "de", "zh-CN", "ar"] {
        let mut text = Vec::new();
        write_chat(
            &ChatGenOptions {
                locale: locale.to_string(),
                messages: 30_000,
                seed: 3,
            },
            &mut text,
        )
        .unwrap();
        // The header of the last line one of the generator's people wrote, reused for
        // the lines added below.
        let last = String::from_utf8_lossy(&text)
            .lines()
            .rev()
            .find_map(|l| l.find("Ana López: ").map(|at| l[..at].to_string()))
            .expect("Ana writes");
        let line = |body: &str| format!("{last}{body}\n");
        let filler = |who: &str| -> String {
            (0..25_000)
                .map(|i| line(&format!("{who}: line {i}")))
                .collect()
        };
        let mut add = |body: &str| text.extend_from_slice(line(body).as_bytes());
        add("Ann B. changed the subject to \"One\"");
        // Over a piece of lines by someone else, so that the next lines open a piece in
        // which no one has written: what Kim's line is depends on whether "Kim Lee added
        // you to a group in the community" wrote before, so a piece leaves it for when it
        // is added in its turn.
        let others = filler("Filler");
        text.extend_from_slice(others.as_bytes());
        let mut add = |body: &str| text.extend_from_slice(line(body).as_bytes());
        add("Kim Lee added you to a group in the community: Riverside");
        add("Ann B. changed the subject to \"Two\"");
        text.extend_from_slice(b"not UTF-8 \xFF\n");
        text.extend(std::iter::repeat_n(b'y', 1_100_000));
        text.extend_from_slice(b"\n");
        text.extend_from_slice(others.as_bytes());
        for i in 0..5 {
            text.extend_from_slice(
                line(&format!("Ann B. changed the subject to \"Three {i}\"")).as_bytes(),
            );
            text.extend_from_slice(format!("stray {i} ").as_bytes());
            text.extend_from_slice(b"\xFE\n");
        }
        let path = dir
            .path()
            .join(format!("WhatsApp Chat with Pieces {locale}.txt"));
        fs::write(&path, &text).unwrap();
        assert!(
            text.len() > 4 << 20,
            "{locale}: several pieces ({} bytes)",
            text.len()
        );
        let limits = |threads| footprint::input::Limits {
            max_record_bytes: 1 << 20,
            parse_threads: threads,
            ..Default::default()
        };
        let one = crate::common::load_with_limits(&path, limits(1));
        let many = crate::common::load_with_limits(&path, limits(4));
        assert!(one.errors.is_empty(), "{locale}: {:?}", one.errors);
        crate::common::assert_same_footprint(&one, &many);
        let fp = &many.footprint;
        assert_eq!(fp.conversations[0].name, format!("Pieces {locale}"));
        let warnings = &fp.sources[0].warnings;
        assert_eq!(warnings.count(WarningKind::InvalidUtf8), 6, "{locale}");
        assert_eq!(warnings.count(WarningKind::SkippedRecord), 1, "{locale}");
        if locale.starts_with("en") || locale == "ios-en" {
            let kim = fp
                .senders
                .get("whatsapp:Kim Lee added you to a group in the community");
            assert!(kim.is_none(), "{locale}: Kim's line is the system's");
        }
    }
}

/// A chat downloaded twice (`… (1).txt`, a browser's name for the second copy) is one
/// chat counted once, as any export loaded twice.
#[test]
fn a_second_copy_of_a_chat_file_counts_once() {
    let original = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample_exports/whatsapp/WhatsApp Chat with Lake Weekend.txt");
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        &original,
        dir.path().join("WhatsApp Chat with Lake Weekend.txt"),
    )
    .unwrap();
    fs::copy(
        &original,
        dir.path().join("WhatsApp Chat with Lake Weekend (1).txt"),
    )
    .unwrap();
    let once = summary(&[&original], None);
    let twice = summary(&[dir.path()], None);
    assert_eq!(twice["sources"].as_array().unwrap().len(), 2);
    assert_eq!(whatsapp(&twice)["messages"], whatsapp(&once)["messages"]);
    assert_eq!(
        whatsapp(&twice)["conversations"],
        whatsapp(&once)["conversations"]
    );
    assert_eq!(
        whatsapp(&twice)["merged"]["conversations"],
        1,
        "{}",
        whatsapp(&twice)["merged"]
    );
}

/// A zipped chat whose entry is damaged part way keeps what came before the damage, with
/// a warning naming it, the same on every run (the pieces read on other threads used to
/// make the count vary, and the whole chat was lost).
#[test]
fn a_damaged_zip_entry_keeps_the_chat_before_the_damage() {
    use crate::common::{deflated, warnings_of_kind, write_zip};
    let (text, _) = variant_chat(&VARIANTS[1]);
    let chat = text.repeat(400);
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("WhatsApp Chat - Test.zip");
    write_zip(&zip, &[("_chat.txt", chat.as_bytes())], deflated());
    let mut bytes = fs::read(&zip).unwrap();
    let middle = bytes.len() / 2;
    for b in &mut bytes[middle..middle + 64] {
        *b ^= 0x5A;
    }
    fs::write(&zip, &bytes).unwrap();
    let runs: Vec<(usize, Vec<String>)> = (0..3)
        .map(|_| {
            let outcome = load(&[&zip], None);
            assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
            (
                outcome.footprint.messages.len(),
                warnings_of_kind(&outcome, WarningKind::Truncated),
            )
        })
        .collect();
    let (messages, truncated) = &runs[0];
    assert!(*messages > 0, "what came before the damage is kept");
    assert!(
        truncated
            .iter()
            .any(|w| w.contains("_chat.txt") && w.contains("could not be read past here")),
        "{truncated:?}"
    );
    assert!(runs.iter().all(|run| run == &runs[0]), "{runs:?}");
}

/// A stray NUL byte near the start of a chat (a copy's damage) does not make the chat
/// "binary": it is read, as the same chat without it.
#[test]
fn a_stray_nul_near_the_start_is_read_as_text() {
    let original = fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sample_exports/whatsapp/WhatsApp Chat with Lake Weekend.txt"),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let clean = summary(
        &[&write(
            dir.path(),
            "WhatsApp Chat with A.txt",
            &String::from_utf8(original.clone()).unwrap(),
        )],
        None,
    );
    let mut damaged = original;
    let fifth_line = damaged
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(4)
        .unwrap()
        .0
        + 25;
    damaged[fifth_line] = 0;
    let path = dir.path().join("WhatsApp Chat with B.txt");
    fs::write(&path, &damaged).unwrap();
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert_eq!(
        whatsapp(&summary_of(&outcome))["messages"],
        whatsapp(&clean)["messages"]
    );
}
