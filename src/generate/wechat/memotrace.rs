//! A MemoTrace (WeChatMsg) export with invented people: one `<name>_utf8.csv` per
//! conversation in the 12-column layout (UTF-8 with BOM, CRLF) plus `contacts.csv`. Three
//! conversations: a private chat, a group (`@chatroom`, named in its folder) and an
//! official account (`gh_`).

use std::io::{self, Write};

use super::bill::cell;
use super::china_iso;
use crate::generate::Rng;

/// What to generate.
#[derive(Clone, Debug)]
pub struct ChatOptions {
    /// Rows over the three conversations (system rows included).
    pub messages: u64,
    pub seed: u64,
    pub start_unix: i64,
}

/// One file of the export: where it sits and its bytes.
pub struct ChatFile {
    pub rel_path: String,
    pub bytes: Vec<u8>,
}

/// Counts of what was written, in the terms of `summary --json`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChatStats {
    pub messages: u64,
    pub service_events: u64,
    pub contacts: u64,
}

const ME: (&str, &str) = ("wxid_sample_me", "小明");
const FRIEND: (&str, &str, &str) = ("wxid_sample_wang", "王小明", "小王(同事)");
const GROUP_ID: &str = "20000000001@chatroom";
const GROUP_NAME: &str = "周末饭搭子";
const MEMBERS: &[(&str, &str, &str)] = &[
    ("wxid_sample_li", "李四Lee", "李四"),
    ("wxid_sample_zhao", "赵六", ""),
    ("wxid_sample_chen", "陈静", "静静"),
    ("wxid_sample_sun", "孙悦", ""),
];
const OFFICIAL: (&str, &str) = ("gh_sample_cmbcc", "招商银行信用卡");
const TEXTS: &[&str] = &[
    "你好",
    "周末一起吃饭吗？",
    "好呀 [呲牙]",
    "几点见？",
    "我到了",
    "哈哈哈",
    "收到，谢谢！",
    "今天加班，晚点回复",
    "明天见",
    "这家店不错, 下次再来",
    "\"引号\"也要能读",
    "多行消息第一行\n第二行",
];

/// (Type, SubType, content) of a person's message.
fn message_kind(rng: &mut Rng) -> (u32, u32, String) {
    match rng.below(100) {
        0..=59 => (1, 0, (*rng.pick(TEXTS)).to_string()),
        60..=71 => (
            3,
            0,
            "<?xml version=\"1.0\"?>\n<msg>\n\t<img length=\"12345\" />\n</msg>\n".into(),
        ),
        72..=78 => (
            34,
            0,
            "<msg><voicemsg voicelength=\"3120\" /></msg>".into(),
        ),
        79..=84 => (47, 0, "<msg><emoji type=\"2\" len=\"2048\" /></msg>".into()),
        85..=87 => (43, 0, "<msg><videomsg length=\"99999\" /></msg>".into()),
        88..=90 => (49, 5, String::new()),
        91..=92 => (49, 57, String::new()),
        93..=94 => (49, 2000, String::new()),
        95..=96 => (49, 2001, String::new()),
        97 => (49, 6, String::new()),
        _ => (
            50,
            0,
            "<voipmsg type=\"VoIPBubbleMsg\"><VoIPBubbleMsg><msg><![CDATA[通话时长 01:05]]></msg></VoIPBubbleMsg></voipmsg>".into(),
        ),
    }
}

/// One row to write: (unix, type, subtype, is_sender, content, remark, nickname, sender).
type Row = (i64, u32, u32, bool, String, String, String, String);

fn csv_bytes(rows: &mut [Row], talker_id: u32) -> Vec<u8> {
    rows.sort_by_key(|r| r.0);
    let mut out = b"\xEF\xBB\xBF".to_vec();
    out.extend_from_slice(
        b"localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\r\n",
    );
    for (i, (unix, kind, sub, me, content, remark, nick, sender)) in rows.iter().enumerate() {
        let line = format!(
            "{},{talker_id},{kind},{sub},{},{unix},,{},{},{},{},{}\r\n",
            i + 1,
            u8::from(*me),
            cell(content),
            china_iso(*unix),
            cell(remark),
            cell(nick),
            sender,
        );
        out.extend_from_slice(line.as_bytes());
    }
    out
}

/// A time in the year, weighted to waking hours (China time).
fn when(rng: &mut Rng, start_unix: i64) -> i64 {
    const HOURS: &[i64] = &[
        8, 9, 10, 11, 12, 12, 13, 14, 17, 18, 19, 20, 20, 21, 21, 22, 22, 23, 0, 1,
    ];
    let day = rng.below(365) as i64;
    start_unix + day * 86_400 + rng.pick(HOURS) * 3600 + rng.below(3600) as i64
}

/// Builds the export's files and counts.
pub fn generate(options: &ChatOptions) -> (Vec<ChatFile>, ChatStats) {
    let mut rng = Rng::new(options.seed);
    let mut stats = ChatStats::default();
    let private_n = options.messages * 4 / 10;
    let official_n = options.messages / 10;
    let group_n = options.messages - private_n - official_n;
    let me = |content: String, kind: u32, sub: u32, unix: i64| -> Row {
        (
            unix,
            kind,
            sub,
            true,
            content,
            "我".into(),
            ME.1.into(),
            ME.0.into(),
        )
    };

    let mut private: Vec<Row> = Vec::new();
    let first = options.start_unix + 3 * 3600;
    private.push((
        first,
        10000,
        0,
        false,
        format!("你已添加了{}，现在可以开始聊天了。", FRIEND.1),
        FRIEND.2.into(),
        FRIEND.1.into(),
        FRIEND.0.into(),
    ));
    stats.service_events += 1;
    for _ in 1..private_n {
        let unix = when(&mut rng, options.start_unix).max(first + 1);
        if rng.chance(2) {
            private.push(me("你撤回了一条消息".into(), 10000, 0, unix));
            stats.service_events += 1;
            continue;
        }
        let (kind, sub, content) = message_kind(&mut rng);
        if rng.chance(50) {
            private.push(me(content, kind, sub, unix));
        } else {
            private.push((
                unix,
                kind,
                sub,
                false,
                content,
                FRIEND.2.into(),
                FRIEND.1.into(),
                FRIEND.0.into(),
            ));
        }
        stats.messages += 1;
    }

    let mut group: Vec<Row> = Vec::new();
    for i in 0..group_n {
        let unix = when(&mut rng, options.start_unix);
        let (id, nick, remark) = *rng.pick(MEMBERS);
        if i % 40 == 0 {
            group.push((
                unix,
                10000,
                if rng.chance(50) { 4 } else { 0 },
                false,
                format!("\"{nick}\" 拍了拍我"),
                remark.into(),
                nick.into(),
                id.into(),
            ));
            stats.service_events += 1;
            continue;
        }
        let (kind, sub, content) = message_kind(&mut rng);
        if rng.chance(20) {
            group.push(me(content, kind, sub, unix));
        } else {
            group.push((
                unix,
                kind,
                sub,
                false,
                content,
                remark.into(),
                nick.into(),
                id.into(),
            ));
        }
        stats.messages += 1;
    }

    let mut official: Vec<Row> = Vec::new();
    for _ in 0..official_n {
        let unix = when(&mut rng, options.start_unix);
        if rng.chance(15) {
            official.push(me("查询账单".into(), 1, 0, unix));
        } else {
            official.push((
                unix,
                49,
                5,
                false,
                String::new(),
                String::new(),
                OFFICIAL.1.into(),
                OFFICIAL.0.into(),
            ));
        }
        stats.messages += 1;
    }

    let base = "MemoTrace_sample/data/聊天记录";
    let mut files = vec![
        ChatFile {
            rel_path: format!("{base}/{0}/{0}_utf8.csv", FRIEND.2),
            bytes: csv_bytes(&mut private, 12),
        },
        ChatFile {
            rel_path: format!("{base}/{GROUP_NAME}({GROUP_ID})/{GROUP_NAME}_utf8.csv"),
            bytes: csv_bytes(&mut group, 40),
        },
        ChatFile {
            rel_path: format!("{base}/{0}({1})/{0}_utf8.csv", OFFICIAL.1, OFFICIAL.0),
            bytes: csv_bytes(&mut official, 77),
        },
    ];
    let mut contacts = b"\xEF\xBB\xBF".to_vec();
    contacts.extend_from_slice(
        "UserName,Alias,Type,Remark,NickName,PYInitial,RemarkPYInitial,smallHeadImgUrl,bigHeadImgUrl,label,gender,telephone,signature,country/region,province,city\r\n".as_bytes(),
    );
    let mut people = vec![(FRIEND.0, FRIEND.1, FRIEND.2)];
    people.extend_from_slice(MEMBERS);
    for (id, nick, remark) in people {
        // Some are Telegram's generated contacts too (the shared cast).
        let phone = crate::generate::cast::WECHAT_CONTACTS
            .iter()
            .find(|(wxid, _)| *wxid == id)
            .map(|&(_, i)| crate::generate::cast::wechat_number(i))
            .unwrap_or_default();
        let line =
            format!("{id},,3,{remark},{nick},,,,,朋友,未知,{phone},,CN,Guangdong,Shenzhen\r\n");
        contacts.extend_from_slice(line.as_bytes());
        stats.contacts += 1;
    }
    contacts
        .extend_from_slice(format!("{GROUP_ID},,2,,{GROUP_NAME},,,,,,未知,,,,,\r\n").as_bytes());
    contacts.extend_from_slice(
        format!("{},,3,,{},,,,,,未知,,,,,\r\n", OFFICIAL.0, OFFICIAL.1).as_bytes(),
    );
    files.push(ChatFile {
        rel_path: "MemoTrace_sample/data/contacts.csv".into(),
        bytes: contacts,
    });
    (files, stats)
}

/// Writes the export under `dir` (which must not exist yet).
pub fn write_memotrace(options: &ChatOptions, dir: &std::path::Path) -> io::Result<ChatStats> {
    if dir.exists() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "the folder exists already",
        ));
    }
    let (files, stats) = generate(options);
    for file in files {
        let path = dir.join(&file.rel_path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::File::create(&path)?.write_all(&file.bytes)?;
    }
    Ok(stats)
}
