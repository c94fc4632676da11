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
