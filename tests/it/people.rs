//! People across platforms (issue 13 §2): phone spellings merge, different numbers with
//! one name do not, names across platforms only when confirmed, one pseudonym a person.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::{deflated, load, load_builtin_sample, summary_of, write_zip};
use footprint::analysis::people::{People, PeopleChoices};
use footprint::analysis::{Choices, Derived, Detail, TimeBasis};
use footprint::model::Platform;
use serde_json::json;

/// A Telegram export (account +49 160…, so German numbers without `+` are German) with
/// contacts, and a chat with Anna (user 11).
fn telegram(dir: &Path, contacts: serde_json::Value) -> PathBuf {
    let export = json!({
        "personal_information": {"user_id": 1, "first_name": "Me", "last_name": "", "phone_number": "+49 160 5555555"},
        "contacts": {"list": contacts},
        "chats": {"list": [{"name": "Anna Schmidt", "type": "personal_chat", "id": 11, "messages": [
            {"id": 1, "type": "message", "date": "2024-01-05T10:00:00", "from": "Anna Schmidt", "from_id": "user11", "text": "Hallo"},
            {"id": 2, "type": "message", "date": "2024-01-05T10:01:00", "from": "Me", "from_id": "user1", "text": "Hi"},
            {"id": 3, "type": "message", "date": "2024-02-07T09:00:00", "from": "Anna Schmidt", "from_id": "user11", "text": "Bis bald"}
        ]}]}
    });
    let path = dir.join("result.json");
    fs::write(&path, serde_json::to_vec(&export).unwrap()).unwrap();
    path
}

fn whatsapp_report(dir: &Path, numbers: &[&str]) -> PathBuf {
    let path = dir.join("whatsapp_report.zip");
    let contacts = serde_json::to_vec(&json!({ "wa_contacts": numbers })).unwrap();
    write_zip(
        &path,
        &[
            (
                "whatsapp_account_information/user_information.json",
                br#"{"label_values": [{"label": "Phone number", "value": "+49 160 5555555"}]}"#,
            ),
            ("whatsapp_connections/contacts.json", contacts.as_slice()),
        ],
        deflated(),
    );
    path
}

fn wechat_contacts(dir: &Path, rows: &[(&str, &str, &str)]) -> PathBuf {
    let folder = dir.join("MemoTrace/data");
    fs::create_dir_all(&folder).unwrap();
    let mut csv = String::from(
        "UserName,Alias,Type,Remark,NickName,PYInitial,RemarkPYInitial,smallHeadImgUrl,bigHeadImgUrl,label,gender,telephone,signature,country/region,province,city\n",
    );
    for (wxid, name, phone) in rows {
        csv.push_str(&format!(
            "{wxid},,3,{name},{name},,,,,,未知,{phone},,CN,,\n"
        ));
    }
    let path = folder.join("contacts.csv");
    fs::write(&path, csv).unwrap();
    path
}

fn people_of(paths: &[&Path], choices: &Choices) -> (Derived, People) {
    let outcome = load(paths, None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let derived = Derived::compute_choosing(&outcome, TimeBasis::AsExported, choices);
    let people = derived.people.clone();
    (derived, people)
}

#[test]
fn one_number_in_three_spellings_is_one_person_on_three_platforms() {
    let dir = tempfile::tempdir().unwrap();
    let tg = telegram(
        dir.path(),
        json!([{"first_name": "Anna", "last_name": "Schmidt", "phone_number": "+49 170 1234567", "user_id": 11, "date": "2023-01-01T00:00:00"}]),
    );
    let wa = whatsapp_report(dir.path(), &["0049 1701234567"]);
    let wc = wechat_contacts(dir.path(), &[("wxid_anna", "安娜", "01701234567")]);
    let (_, people) = people_of(&[&tg, &wa, &wc], &Choices::default());
    let anna: Vec<_> = people
        .persons
        .iter()
        .filter(|p| p.phones.contains(&"+491701234567".to_string()))
        .collect();
    assert_eq!(anna.len(), 1, "{:#?}", people.persons);
    let anna = anna[0];
    assert_eq!(anna.platform_count(), 3);
    assert_eq!(anna.name, "Anna Schmidt");
    assert_eq!(anna.in_address_book, [true, true, true]);
    assert_eq!(anna.received[Platform::Telegram as usize], 2);
    assert_eq!(anna.sent[Platform::Telegram as usize], 1);
    assert_eq!(
        anna.first.map(|t| t.to_iso()).as_deref(),
        Some("2024-01-05T10:00:00")
    );
    assert!(anna.ids.contains(&"telegram:user11".to_string()));
    assert!(anna.ids.contains(&"wechat:wxid_anna".to_string()));
    // You are not among the people.
    assert!(people.persons.iter().all(|p| p.name != "Me"));
    let s = summary_of(&load(&[&tg, &wa, &wc], None));
    assert_eq!(
        s["people"],
        json!({"total": 1, "on_two_platforms": 0, "on_three_platforms": 1})
    );
}

#[test]
fn different_numbers_with_one_name_stay_two_people() {
    let dir = tempfile::tempdir().unwrap();
    let tg = telegram(
        dir.path(),
        json!([
            {"first_name": "Anna", "last_name": "Schmidt", "phone_number": "+49 170 1234567", "user_id": 11},
            {"first_name": "Mama", "last_name": "", "phone_number": "+49 170 1111111"},
            {"first_name": "Mama", "last_name": "", "phone_number": "+49 170 2222222"}
        ]),
    );
    let wc = wechat_contacts(dir.path(), &[("wxid_mama", "Mama", "+86 138 0000 0000")]);
    let (_, people) = people_of(&[&tg, &wc], &Choices::default());
    let mamas: Vec<_> = people.persons.iter().filter(|p| p.name == "Mama").collect();
    assert_eq!(mamas.len(), 3, "{mamas:#?}");
    // Numbers that differ are not even offered as the same person.
    assert!(people.suggestions.is_empty(), "{:?}", people.suggestions);
}

#[test]
fn names_across_platforms_are_offered_and_joined_only_when_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let tg = telegram(
        dir.path(),
        json!([{"first_name": "Anna", "last_name": "Schmidt", "phone_number": "+49 170 1234567", "user_id": 11}]),
    );
    let chat = dir.path().join("WhatsApp Chat with Anna Schmidt.txt");
    fs::write(
        &chat,
        "05/01/2024, 10:00 - Anna Schmidt: Hallo\n05/01/2024, 10:01 - Me: Hi\n",
    )
    .unwrap();
    let (_, people) = people_of(&[&tg, &chat], &Choices::default());
    let annas: Vec<usize> = people
        .persons
        .iter()
        .enumerate()
        .filter(|(_, p)| p.name == "Anna Schmidt")
        .map(|(i, _)| i)
        .collect();
    assert_eq!(annas.len(), 2, "not joined by name alone");
    assert_eq!(
        people.suggestions,
        [(annas[0] as u32, annas[1] as u32)],
        "but offered"
    );
    let choices = Choices {
        people: PeopleChoices {
            same: vec![(
                (Platform::Telegram, "Anna Schmidt".into()),
                (Platform::WhatsApp, "Anna Schmidt".into()),
            )],
        },
        ..Choices::default()
    };
    let (_, people) = people_of(&[&tg, &chat], &choices);
    let annas: Vec<_> = people
        .persons
        .iter()
        .filter(|p| p.name == "Anna Schmidt")
        .collect();
    assert_eq!(annas.len(), 1);
    assert_eq!(
        annas[0].platforms(),
        [Platform::Telegram, Platform::WhatsApp]
    );
    assert!(people.suggestions.is_empty());
}

#[test]
fn masking_gives_one_pseudonym_to_a_person_on_every_platform() {
    let dir = tempfile::tempdir().unwrap();
    let tg = telegram(
        dir.path(),
        json!([{"first_name": "Anna", "last_name": "Schmidt", "phone_number": "+49 170 1234567", "user_id": 11}]),
    );
    // WhatsApp shows an unsaved contact by number; WeChat calls her 安娜.
    let chat = dir.path().join("WhatsApp Chat with Group.txt");
    fs::write(
        &chat,
        "05/01/2024, 10:00 - +49 170 1234567: Hallo\n05/01/2024, 10:01 - Bo: Hi\n05/01/2024, 10:02 - Cem: Hey\n",
    )
    .unwrap();
    let wc = wechat_contacts(dir.path(), &[("wxid_anna", "安娜", "0170 1234567")]);
    // A 1:1 chat with her under another name ("Annie") takes her pseudonym too.
    let pair = dir.path().join("WhatsApp Chat with Annie.txt");
    fs::write(
        &pair,
        "06/01/2024, 10:00 - +49 170 1234567: Hallo\n06/01/2024, 10:01 - Me: Hi\n",
    )
    .unwrap();
    // You are "Me" there (nothing in so short a chat says it).
    let mut choices = Choices::default();
    choices.owners.everywhere.push("Me".into());
    let (derived, people) = people_of(&[&tg, &chat, &wc, &pair], &choices);
    let anna = people
        .persons
        .iter()
        .find(|p| p.name == "Anna Schmidt")
        .unwrap();
    assert_eq!(anna.platform_count(), 3, "{anna:#?}");
    let pseudonyms: std::collections::BTreeSet<String> = anna
        .names
        .iter()
        .map(|(_, n)| derived.masker.name(Detail::Person, n))
        .collect();
    assert_eq!(pseudonyms.len(), 1, "{:?} -> {pseudonyms:?}", anna.names);
    let pseudonym = pseudonyms.iter().next().unwrap();
    assert!(pseudonym.starts_with("Contact "));
    assert_eq!(&derived.masker.name(Detail::Person, "Annie"), pseudonym);
    assert_eq!(&derived.masker.name(Detail::Person, &anna.name), pseudonym);
    // Her number as the index writes it is masked, not hidden as unknown.
    assert!(
        derived
            .masker
            .name(Detail::Phone, "+491701234567")
            .starts_with("+xx")
    );
}

#[test]
fn people_command_lists_everyone_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let tg = telegram(
        dir.path(),
        json!([{"first_name": "Anna", "last_name": "Schmidt", "phone_number": "+49 170 1234567", "user_id": 11}]),
    );
    let wa = whatsapp_report(dir.path(), &["+49 170 1234567", "+34 600 000 004"]);
    let list = crate::common::footprint_json(&["people", "--json"], &[&tg, &wa]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2, "{list:#?}");
    let anna = &list[0];
    assert_eq!(anna["name"], "Anna Schmidt");
    assert_eq!(anna["platforms"], json!(["telegram", "whatsapp"]));
    assert_eq!(anna["phones"], json!(["+491701234567"]));
    assert_eq!(anna["address_books"], json!(["telegram", "whatsapp"]));
    assert_eq!(anna["received"], json!([["telegram", 2], ["whatsapp", 0]]));
    assert_eq!(list[1]["phones"], json!(["+34600000004"]));
}

#[test]
fn the_builtin_sample_shows_the_same_people_on_several_platforms() {
    use footprint::generate::cast;
    // The hand-made WhatsApp samples hold the shared cast's numbers (generate::cast).
    let report = include_str!(
        "../../sample_exports/whatsapp/whatsapp_report_sample/whatsapp_connections/contacts.json"
    );
    for &i in cast::WHATSAPP_CONTACTS {
        assert!(report.contains(&cast::whatsapp_number(i)), "{i}");
    }
    let group = include_str!("../../sample_exports/whatsapp/WhatsApp Chat with Lake Weekend.txt");
    assert!(group.contains(&format!(
        " - {}: ",
        cast::telegram_number(cast::WHATSAPP_WRITER)
    )));

    let outcome = load_builtin_sample();
    let s = summary_of(&outcome);
    assert_eq!(s["people"]["on_three_platforms"], 2, "{}", s["people"]);
    assert_eq!(s["people"]["on_two_platforms"], 2, "{}", s["people"]);
    let derived = Derived::compute(&outcome, TimeBasis::AsExported);
    let olu = derived
        .people
        .persons
        .iter()
        .find(|p| p.phones.contains(&"+491701000003".to_string()))
        .unwrap();
    assert_eq!(olu.platform_count(), 3);
    assert!(
        olu.received[Platform::WhatsApp as usize] > 0,
        "writes in the group"
    );
    // Every WhatsApp chat of the sample knows its owner.
    for (source, owner) in derived.summary.sources.iter().zip(&derived.owners.sources) {
        if source.format == "whatsapp-chat" {
            assert_eq!(owner.name.as_deref(), Some("Sam Carter"), "{}", source.path);
        }
    }
}

#[test]
fn one_seed_generates_the_same_people_on_every_platform() {
    use footprint::generate::cast;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("set");
    let stats = cast::write_people_set(&out, 1500, 9).unwrap();
    assert!(
        cast::write_people_set(&out, 1500, 9).is_err(),
        "never overwritten"
    );
    // Each platform writes the numbers its own way.
    let report =
        fs::read_to_string(out.join("whatsapp/whatsapp_report/whatsapp_connections/contacts.json"))
            .unwrap();
    assert!(report.contains("0049 1701000000"), "{report}");
    let contacts =
        fs::read_to_string(out.join("wechat/MemoTrace_sample/data/contacts.csv")).unwrap();
    assert!(contacts.contains(",01701000000,"), "{contacts}");
    let telegram = fs::read_to_string(out.join("telegram/result.json")).unwrap();
    assert!(telegram.contains("+49 170 1000000"));

    let (derived, people) = people_of(&[&out], &Choices::default());
    let (_, three) = people.on_several();
    assert_eq!(three, stats.on_three_platforms);
    assert_eq!(three, 2);
    for number in ["+491701000000", "+491701000003"] {
        let p = people
            .persons
            .iter()
            .find(|p| p.phones.contains(&number.to_string()))
            .unwrap();
        assert_eq!(p.platform_count(), 3, "{number}: {p:#?}");
        assert!(p.in_address_book.iter().all(|&b| b), "{number}");
        assert!(
            p.received[Platform::WhatsApp as usize] > 0,
            "{number} writes on WhatsApp"
        );
    }
    // Every source with messages knows its owner (lists alone have none to know).
    for (s, owner) in derived.summary.sources.iter().zip(&derived.owners.sources) {
        if !owner.authors.is_empty() {
            assert_ne!(
                s.owner.basis,
                footprint::analysis::owner::OwnerBasis::Unknown,
                "{}",
                s.path
            );
        }
    }
}

#[test]
fn a_chat_name_that_only_carries_system_lines_is_no_person() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("WhatsApp Chat - Garten.zip");
    let text = "[16.09.25, 10:00:00] Garten: \u{200E}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\r\n[16.09.25, 10:01:00] Ana: hello\r\n[16.09.25, 10:02:00] Bo: hi\r\n[16.09.25, 10:03:00] Cem: hey\r\n";
    write_zip(&zip, &[("_chat.txt", text.as_bytes())], deflated());
    let (_, people) = people_of(&[&zip], &Choices::default());
    let names: Vec<&str> = people.persons.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(!names.contains(&"Garten"), "{names:?}");
}

/// The People view's first chart: one stacked bar a platform, its people split by how
/// many platforms know them, so a handful of shared people still sits beside everyone
/// else (a chart of the shared alone was bars of 1 and 2 on the sample).
#[test]
fn the_platforms_chart_splits_each_platforms_people_by_who_else_knows_them() {
    use footprint::chart::{ChartBody, ChartOptions, Topic, charts_for};
    let outcome = load_builtin_sample();
    let derived = Derived::compute(&outcome, TimeBasis::AsExported);
    let charts = charts_for(Topic::People, &derived, &ChartOptions::default());
    let chart = charts
        .iter()
        .find(|c| c.id == "people-by-platforms")
        .expect("the chart is drawn");
    let ChartBody::Bars {
        categories,
        series,
        stacked,
        ..
    } = &chart.body
    else {
        panic!("bars: {:?}", chart.body);
    };
    assert!(stacked);
    assert_eq!(categories, &["Telegram", "WhatsApp", "WeChat"]);
    assert_eq!(series.len(), 3, "only, one other, all three");
    let s = summary_of(&outcome);
    for (bar, platform) in [Platform::Telegram, Platform::WhatsApp, Platform::WeChat]
        .into_iter()
        .enumerate()
    {
        let on: Vec<_> = derived
            .people
            .persons
            .iter()
            .filter(|p| p.on[platform as usize])
            .collect();
        let parts: Vec<f64> = series.iter().map(|s| s.values[bar]).collect();
        assert_eq!(parts.iter().sum::<f64>(), on.len() as f64, "{platform:?}");
        for (shared, part) in parts.iter().enumerate() {
            let expected = on
                .iter()
                .filter(|p| p.platform_count() == shared + 1)
                .count();
            assert_eq!(
                *part,
                expected as f64,
                "{platform:?} known to {}",
                shared + 1
            );
        }
        // Everyone all three know is in every bar.
        assert_eq!(
            parts[2],
            s["people"]["on_three_platforms"].as_f64().unwrap()
        );
    }
    // Telegram's bar is mostly people only Telegram knows: the chart is not bars of 1.
    assert!(
        series[0].values[0] > 10.0 * series[2].values[0],
        "{series:?}"
    );
}
