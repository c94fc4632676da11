//! The invented people the sample generators share, so that one load of the samples shows
//! the same humans on several platforms. Telegram's generated contact `i` has the number
//! +49 170 1000000+i; some of them are also WeChat contacts (MemoTrace sample) and in the
//! WhatsApp sample report's address book or chats, each platform writing the number its
//! own way (the spellings the people index must join).

/// Contact `i` as Telegram writes it: `+49 170 1000003`.
pub fn telegram_number(i: u64) -> String {
    format!("+49 170 {:07}", 1_000_000 + i)
}

/// Contact `i` as a WhatsApp report may write it: `0049 1701000003`.
pub fn whatsapp_number(i: u64) -> String {
    format!("0049 170{:07}", 1_000_000 + i)
}

/// Contact `i` as a Chinese phone book may keep a German number: `01701000003`.
pub fn wechat_number(i: u64) -> String {
    format!("0170{:07}", 1_000_000 + i)
}

/// WeChat contacts of the MemoTrace sample who are Telegram contact `i`: `(wxid, i)`.
pub const WECHAT_CONTACTS: &[(&str, u64)] = &[
    ("wxid_sample_wang", 0),
    ("wxid_sample_li", 2),
    ("wxid_sample_zhao", 3),
];

/// Telegram contacts in the WhatsApp sample report's address book
/// (`sample_exports/whatsapp/whatsapp_report_sample/whatsapp_connections/contacts.json`).
pub const WHATSAPP_CONTACTS: &[u64] = &[0, 3, 4];

/// The Telegram contact who writes, shown by number, in the WhatsApp sample group
/// (`sample_exports/whatsapp/WhatsApp Chat with Lake Weekend.txt`).
pub const WHATSAPP_WRITER: u64 = 3;

/// What [`write_people_set`] wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeopleSetStats {
    /// Telegram messages and service events.
    pub telegram_messages: u64,
    /// WhatsApp chat lines.
    pub whatsapp_lines: u64,
    /// WeChat rows.
    pub wechat_messages: u64,
    /// Cast members in every platform's data.
    pub on_three_platforms: u64,
}

/// Texts of the generated WhatsApp chats.
const WHATSAPP_TEXTS: &[&str] = &[
    "Are we still on for Saturday?",
    "Running 10 minutes late",
    "Sounds good 👍",
    "Can you send the address?",
    "Happy birthday! 🎉",
    "See you there",
    "<Media omitted>",
    "Thanks!",
];

/// Writes one set of exports of the same invented people under `dir` (which must not
/// exist): `telegram/result.json` (a full export whose contacts have the cast's numbers),
/// `whatsapp/` (a 1:1 chat and a group whose writers are cast members shown by number, and
/// an account report whose address book holds the cast's numbers as `0049 170…`), and
/// `wechat/` (a MemoTrace export whose contacts hold them as `0170…`). One seed gives the
/// same people everywhere.
pub fn write_people_set(
    dir: &std::path::Path,
    messages: u64,
    seed: u64,
) -> std::io::Result<PeopleSetStats> {
    use std::io::Write as _;
    if dir.exists() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            format!("{} exists; give a new folder", dir.display()),
        ));
    }
    let mut stats = PeopleSetStats::default();
    let telegram = dir.join("telegram");
    std::fs::create_dir_all(&telegram)?;
    let tg = super::telegram::write_export(
        &super::telegram::GenOptions {
            clean: true,
            messages,
            chats: 20,
            seed,
            as_of: None,
        },
        std::fs::File::create_new(telegram.join("result.json"))?,
    )?;
    stats.telegram_messages = tg.messages + tg.service_events;

    let wechat = dir.join("wechat");
    let wc = super::wechat::write_memotrace(
        &super::wechat::ChatOptions {
            messages: messages / 4,
            seed,
            start_unix: super::wechat::SAMPLE_START_UNIX,
        },
        &wechat,
    )?;
    stats.wechat_messages = wc.messages + wc.service_events;

    let whatsapp = dir.join("whatsapp");
    let report = whatsapp.join("whatsapp_report");
    std::fs::create_dir_all(report.join("whatsapp_account_information"))?;
    std::fs::create_dir_all(report.join("whatsapp_connections"))?;
    std::fs::write(
        report.join("whatsapp_account_information/user_information.json"),
        "{\"label_values\": [{\"label\": \"Phone number\", \"value\": \"+49 151 00000000\"}]}\n",
    )?;
    let numbers: Vec<String> = WHATSAPP_CONTACTS
        .iter()
        .map(|&i| whatsapp_number(i))
        .collect();
    let contacts = serde_json::json!({ "wa_contacts": numbers });
    std::fs::write(
        report.join("whatsapp_connections/contacts.json"),
        format!("{contacts}\n"),
    )?;
    // The 1:1 chat with the writer of the sample group, and a group of cast members.
    let mut rng = super::Rng::new(seed ^ 0x5A5A);
    let me = "Sam Carter";
    let partner = telegram_number(WHATSAPP_WRITER);
    let chats = [
        (
            format!("WhatsApp Chat with {partner}.txt"),
            vec![partner.clone()],
        ),
        (
            "WhatsApp Chat with Cast Group.txt".to_string(),
            // Not the 1:1 partner: you are then the one writer of both chats.
            WHATSAPP_CONTACTS
                .iter()
                .filter(|&&i| i != WHATSAPP_WRITER)
                .map(|&i| telegram_number(i))
                .collect(),
        ),
    ];
    let lines_each = (messages / 8).max(20);
    for (name, others) in chats {
        let mut file = std::fs::File::create_new(whatsapp.join(&name))?;
        let mut t = 1_700_000_000i64;
        if others.len() > 1 {
            writeln!(file, "{} - {me} created group \"Cast Group\"", header(t))?;
            stats.whatsapp_lines += 1;
        }
        for _ in 0..lines_each {
            t += 600 + rng.below(86_400) as i64;
            let who = if rng.chance(33) {
                me.to_string()
            } else {
                rng.pick(&others).clone()
            };
            writeln!(file, "{} - {who}: {}", header(t), rng.pick(WHATSAPP_TEXTS))?;
            stats.whatsapp_lines += 1;
        }
    }
    stats.on_three_platforms = WHATSAPP_CONTACTS
        .iter()
        .filter(|&&i| WECHAT_CONTACTS.iter().any(|&(_, j)| j == i))
        .count() as u64;
    Ok(stats)
}

/// An Android `dd/mm/yyyy, hh:mm` header of a Unix time (UTC).
fn header(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|t| t.format("%d/%m/%Y, %H:%M").to_string())
        .unwrap_or_default()
}
