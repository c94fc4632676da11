//! The built-in WeChat samples (`sample_exports/wechat/`): they are what the generator
//! writes, and the sample footprint shows their payments, conversations and contacts.

use std::fs;
use std::path::Path;

use footprint::analysis::summarize;
use footprint::generate::wechat::{
    generate_memotrace, sample_bill_options, sample_chat_options, write_bill,
};
use footprint::import::{Progress, load_inputs};
use footprint::input::OpenOptions;
use footprint::model::{PaymentDirection, format_cents};
use footprint::samples::{
    WECHAT_BILL, WECHAT_CONTACTS, WECHAT_GROUP, WECHAT_OFFICIAL, WECHAT_PRIVATE, builtin,
};
use serde_json::json;

fn sample_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_exports/wechat")
}

#[test]
fn committed_samples_are_what_the_generator_writes() {
    let mut bill = Vec::new();
    write_bill(&sample_bill_options(), &mut bill).unwrap();
    assert!(
        fs::read(sample_dir().join(WECHAT_BILL)).unwrap() == bill,
        "regenerate sample_exports/wechat (see its README)"
    );
    let (files, _) = generate_memotrace(&sample_chat_options());
    let mut paths: Vec<&str> = files.iter().map(|f| f.rel_path.as_str()).collect();
    paths.sort();
    let mut expected = vec![
        WECHAT_CONTACTS,
        WECHAT_PRIVATE,
        WECHAT_GROUP,
        WECHAT_OFFICIAL,
    ];
    expected.sort();
    assert_eq!(paths, expected, "samples.rs lists every generated file");
    for file in files {
        assert!(
            fs::read(sample_dir().join(&file.rel_path)).unwrap() == file.bytes,
            "regenerate {} (see sample_exports/README.md)",
            file.rel_path
        );
    }
}

#[test]
fn builtin_sample_footprint_includes_wechat() {
    let outcome = load_inputs(&builtin(), &OpenOptions::default(), &Progress::default()).unwrap();
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert!(
        outcome.unrecognized.is_empty(),
        "{:?}",
        outcome.unrecognized
    );
    let mut bill_bytes = Vec::new();
    let bill = write_bill(&sample_bill_options(), &mut bill_bytes).unwrap();
    let (_, chats) = generate_memotrace(&sample_chat_options());

    let s = serde_json::to_value(summarize(&outcome)).unwrap();
    let w = &s["platforms"]["wechat"];
    assert_eq!(
        w["payments"],
        json!({
            "count": bill.rows,
            "expense": format_cents(bill.expense_cents),
            "income": format_cents(bill.income_cents),
        })
    );
    assert_eq!(w["messages"], chats.messages);
    assert_eq!(w["service_events"], chats.service_events);
    assert_eq!(w["contacts"], chats.contacts);
    // The private chat, the group and the official account; contacts.csv lists the group
    // and the official account too, and they are counted once.
    assert_eq!(
        w["conversations"],
        json!({"personal": 1, "group": 1, "channel": 1, "bot": 0, "saved": 0, "other": 0})
    );
    assert_eq!(w["senders"], 7, "me, 小王, four group members and the bank");
    assert_eq!(w["identity_fields"], json!(["nickname", "wechat_id"]));
    let neutral: i64 = outcome
        .footprint
        .payments
        .iter()
        .filter(|p| p.direction == PaymentDirection::Neutral)
        .map(|p| p.amount_cents)
        .sum();
    assert_eq!(neutral, bill.neutral_cents);
    let notes = outcome
        .footprint
        .sources
        .iter()
        .find(|s| s.format == "wechat-paybill")
        .unwrap()
        .notes
        .clone();
    assert!(
        !notes.iter().any(|n| n.contains("笔记录")),
        "the preamble's count matches the rows: {notes:?}"
    );
    let names: Vec<&str> = outcome
        .footprint
        .conversations
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert!(names.contains(&"小王(同事)"), "{names:?}");
    assert!(names.contains(&"招商银行信用卡"), "{names:?}");
    assert!(names.contains(&"周末饭搭子"), "{names:?}");
}
