//! WeChat chat exporters: MemoTrace (CSV, contacts.csv, TXT, HTML), WeFlow / echotrace JSON,
//! PyWxDump (CSV, JSON, users.json) and WechatExporter (TXT, HTML). Fixture files and
//! samples written here; counts, kinds, senders, date ranges and message types.

use std::fs;
use std::path::Path;

use crate::common::{fixture, load, summary, summary_of};
use footprint::generate::Rng;
use footprint::import::LoadOutcome;
use footprint::model::{ConversationKind, Footprint, MessageKind, NO_UNIX_OFFSET, Platform};
use serde_json::{Value, json};

fn wechat(s: &Value) -> &Value {
    &s["platforms"]["wechat"]
}

/// Message-type counts of WeChat, as (type, count) sorted by type: what messages carry,
/// and system rows as `system`.
fn types(outcome: &LoadOutcome) -> Vec<(&'static str, u64)> {
    let fp = &outcome.footprint;
    let mut counts: std::collections::BTreeMap<&'static str, u64> = Default::default();
    for i in 0..fp.messages.len() {
        let conv = &fp.conversations[fp.messages.conversation[i] as usize];
        if conv.platform != Platform::WeChat {
            continue;
        }
        let id = match fp.messages.kind(i) {
            MessageKind::Service => "system",
            MessageKind::Message => fp.messages.content(i).id(),
        };
        *counts.entry(id).or_default() += 1;
    }
    counts.into_iter().collect()
}

fn sender_keys(outcome: &LoadOutcome) -> Vec<String> {
    let fp = &outcome.footprint;
    let mut keys: Vec<String> = fp
        .messages
        .sender
        .iter()
        .enumerate()
        .filter(|(i, _)| fp.messages.kind(*i) == MessageKind::Message)
        .map(|(_, s)| (s, ()))
        .filter_map(|(s, _)| fp.senders.keys.get(*s as usize).map(|k| k.to_string()))
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// Each conversation's (name, kind), in model order.
fn conversations(fp: &Footprint) -> Vec<(&str, ConversationKind)> {
    fp.conversations
        .iter()
        .map(|c| (c.name.as_str(), c.kind))
        .collect()
}

fn write(dir: &Path, rel: &str, bytes: impl AsRef<[u8]>) -> std::path::PathBuf {
    let path = dir.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn memotrace_private_chat_csv() {
    let path = fixture("wechat/memotrace_private_小王(同事)_synthetic.csv");
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = summary(&[&path], None);
    let w = wechat(&s);
    assert_eq!(w["messages"], 9);
    assert_eq!(w["service_events"], 2);
    assert_eq!(w["senders"], 2);
    assert_eq!(w["first_message"], "2023-11-15T06:13:20");
    assert_eq!(w["last_message"], "2023-12-25T06:13:20");
    assert_eq!(w["conversations"]["personal"], 1);
    assert_eq!(w["identity_fields"], json!(["nickname", "wechat_id"]));
    assert_eq!(s["sources"][0]["format"], "wechat-memotrace");
    assert_eq!(s["sources"][0]["records"], 11);
    assert_eq!(s["conversation_list"][0]["name"], "小王(同事)");
    assert_eq!(
        sender_keys(&outcome),
        ["wechat:wxid_synthfriend01", "wechat:wxid_synthme000001"]
    );
    // Epochs are kept, and the wall clock is the epoch in China time.
    let m = &outcome.footprint.messages;
    assert_eq!(m.unix(0), Some(1_700_000_000));
    assert_eq!(m.wall.at(0).0, 1_700_000_000 + 8 * 3600);
    let fp = &outcome.footprint;
    let owner = fp.sources[0].owner.unwrap();
    assert_eq!(
        &*fp.senders.keys[owner as usize],
        "wechat:wxid_synthme000001"
    );
    assert_eq!(fp.senders.names[owner as usize], "测试用户甲");
    assert_eq!(
        types(&outcome),
        [
            ("call", 1),
            ("image", 1),
            ("quote", 1),
            ("sticker", 1),
            ("system", 2),
            ("text", 3),
            ("transfer", 1),
            ("voice", 1),
        ]
    );
}

#[test]
fn memotrace_group_chat_csv() {
    let path = fixture("wechat/memotrace_group_周末饭搭子_synthetic.csv");
    let outcome = load(&[&path], None);
    let s = summary(&[&path], None);
    let w = wechat(&s);
    assert_eq!(w["messages"], 4);
    assert_eq!(w["service_events"], 2);
    assert_eq!(w["senders"], 3);
    assert_eq!(w["conversations"]["group"], 1);
    assert_eq!(w["first_message"], "2023-11-15T06:13:20");
    assert_eq!(w["last_message"], "2023-11-15T06:21:40");
    assert_eq!(
        s["conversation_list"][0]["name"],
        "memotrace_group_周末饭搭子_synthetic"
    );
    assert_eq!(
        sender_keys(&outcome),
        [
            "wechat:wxid_synthm0000002",
            "wechat:wxid_synthm0000003",
            "wechat:wxid_synthme000001"
        ]
    );
    assert_eq!(
        types(&outcome),
        [("link", 1), ("red_packet", 1), ("system", 2), ("text", 2)]
    );
}

#[test]
fn memotrace_contacts_csv() {
    let path = fixture("wechat/memotrace_contacts_synthetic.csv");
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let fp = &outcome.footprint;
    let contacts: Vec<(&str, &str)> = fp
        .contacts
        .iter()
        .map(|c| (c.name.as_str(), c.phone.as_str()))
        .collect();
    assert_eq!(contacts, [("小王(同事)", ""), ("李四", "13800000000")]);
    let convs = conversations(fp);
    assert_eq!(
        convs,
        [
            ("某某官方服务号", ConversationKind::Channel),
            ("周末饭搭子", ConversationKind::Group)
        ]
    );
    let w = summary(&[&path], None);
    assert_eq!(wechat(&w)["contacts"], 2);
    assert_eq!(wechat(&w)["messages"], 0);
    assert_eq!(w["sources"][0]["records"], 4);
}

#[test]
fn memotrace_txt_export() {
    let path = fixture("wechat/memotrace_txt_小王(同事)_synthetic.txt");
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = summary(&[&path], None);
    let w = wechat(&s);
    assert_eq!(s["sources"][0]["format"], "wechat-memotrace");
    assert_eq!(w["messages"], 7);
    assert_eq!(w["service_events"], 2);
    assert_eq!(w["senders"], 2);
    assert_eq!(w["conversations"]["personal"], 1);
    assert_eq!(w["first_message"], "2023-11-15T06:13:20");
    assert_eq!(w["last_message"], "2023-12-25T06:13:20");
    assert_eq!(
        sender_keys(&outcome),
        ["wechat:name:小王(同事)", "wechat:name:测试用户甲"]
    );
    assert_eq!(
        types(&outcome),
        [
            ("image", 1),
            ("quote", 1),
            ("sticker", 1),
            ("system", 2),
            ("text", 3),
            ("voice", 1)
        ]
    );
    assert!(
        outcome
            .footprint
            .messages
            .unix_offset
            .iter()
            .all(|u| u == NO_UNIX_OFFSET)
    );
}

#[test]
fn weflow_json_matches_the_memotrace_csv_of_the_same_chat() {
    let path = fixture("wechat/weflow_小王(同事)_synthetic.json");
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = summary(&[&path], None);
    let w = wechat(&s);
    assert_eq!(s["sources"][0]["format"], "wechat-weflow");
    assert_eq!(w["messages"], 9);
    assert_eq!(w["service_events"], 2);
    assert_eq!(w["senders"], 2);
    assert_eq!(w["conversations"]["personal"], 1);
    assert_eq!(s["conversation_list"][0]["name"], "小王(同事)");
    assert_eq!(w["identity_fields"], json!(["nickname", "wechat_id"]));
    let csv = load(
        &[&fixture(
            "wechat/memotrace_private_小王(同事)_synthetic.csv",
        )],
        None,
    );
    assert_eq!(outcome.footprint.messages.wall, csv.footprint.messages.wall);
    assert_eq!(
        outcome.footprint.messages.unix_offset,
        csv.footprint.messages.unix_offset
    );
    assert_eq!(
        outcome.footprint.messages.kind_content,
        csv.footprint.messages.kind_content
    );
    assert_eq!(
        types(&outcome),
        types(&csv),
        "packed localType decodes alike"
    );
    assert_eq!(sender_keys(&outcome), sender_keys(&csv));
}

#[test]
fn wechatexporter_txt_session() {
    let path = fixture("wechat/wechatexporter_index_synthetic.txt");
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = summary(&[&path], None);
    let w = wechat(&s);
    assert_eq!(s["sources"][0]["format"], "wechat-wechatexporter");
    assert_eq!(w["messages"], 4);
    assert_eq!(w["service_events"], 2);
    assert_eq!(w["senders"], 2);
    assert_eq!(w["conversations"]["personal"], 1);
    assert_eq!(s["conversation_list"][0]["name"], "王小明");
    // The first system line has no time: it takes the first message's.
    assert_eq!(w["first_message"], "2023-11-15T06:13:28");
    assert_eq!(w["last_message"], "2023-12-25T06:13:20");
    assert_eq!(types(&outcome), [("image", 1), ("system", 2), ("text", 3)]);
}

#[test]
fn all_fixtures_together() {
    let s = summary(&[&fixture("wechat")], None);
    assert_eq!(s["unrecognized"], json!([]));
    assert_eq!(s["sources"].as_array().unwrap().len(), 9);
    let w = wechat(&s);
    // 小王(同事) comes from four exporters (MemoTrace CSV and TXT, WeFlow, WechatExporter)
    // and is one chat of 9 messages and 2 system rows; the group is one chat, from its file
    // and from contacts.csv; the bill as CSV, as Excel re-save and as XLSX is 27 payments.
    assert_eq!(w["messages"], 9 + 4);
    assert_eq!(w["service_events"], 2 + 2);
    assert_eq!(w["senders"], 4, "me, 王小明, 李四Lee, 赵六");
    assert_eq!(w["contacts"], 2);
    assert_eq!(
        w["conversations"],
        json!({"personal": 1, "group": 1, "channel": 1, "bot": 0, "saved": 0, "other": 0})
    );
    let list = s["conversation_list"].as_array().unwrap();
    let row = |name: &str| list.iter().find(|c| c["name"] == name).unwrap().clone();
    assert_eq!(row("小王(同事)")["sources"], 4);
    assert_eq!(row("小王(同事)")["messages"], 9);
    assert_eq!(row("周末饭搭子")["sources"], 2);
    assert_eq!(row("周末饭搭子")["messages"], 4);
    assert_eq!(w["payments"]["count"], 27);
    assert_eq!(w["payments"]["expense"], "2904.53");
    assert_eq!(w["merged"]["payments"], 27 * 2);
    assert_eq!(w["merged"]["conversations"], 2);
}

const MEMOTRACE_HEADER: &str = "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\r\n";

#[test]
fn memotrace_old_nine_field_rows_and_ids_by_kind() {
    let dir = tempfile::tempdir().unwrap();
    // Older MemoTrace: private-chat rows have only the first 9 fields.
    let old = write(
        dir.path(),
        "data/聊天记录/老同学/老同学_utf8.csv",
        format!(
            "\u{FEFF}{MEMOTRACE_HEADER}1,5,1,0,1,1690000000,,在吗,2023-07-22 12:26:40\r\n2,5,1,0,0,1690000100,,在,2023-07-22 12:28:20\r\n3,5,3,0,0,1690000200,,<msg/>,2023-07-22 12:30:00\r\n4,5,10000,0,0,1690000300,,\"你撤回了一条消息\",2023-07-22 12:31:40\r\n"
        ),
    );
    let official = write(
        dir.path(),
        "data/聊天记录/某银行/某银行_utf8.csv",
        format!(
            "{MEMOTRACE_HEADER}1,7,49,5,0,1690000000,,,2023-07-22 12:26:40,,某银行,gh_bank0000001\r\n2,7,49,5,0,1690086400,,,2023-07-23 12:26:40,,某银行,gh_bank0000001\r\n"
        ),
    );
    let wecom = write(
        dir.path(),
        "data/聊天记录/供应商/供应商_utf8.csv",
        format!(
            "{MEMOTRACE_HEADER}1,8,1,0,0,1690000000,,您好,2023-07-22 12:26:40,,供应商张,wm_abc123@openim\r\n2,8,1,0,1,1690000060,,你好,2023-07-22 12:27:40,我,测试用户甲,wxid_me\r\n"
        ),
    );
    // A group whose only other speaker is one person: the folder's id says it is a group.
    let quiet_group = write(
        dir.path(),
        "data/聊天记录/家人群(1234567@chatroom)/家人群.csv",
        format!(
            "{MEMOTRACE_HEADER}1,9,1,0,0,1690000000,,晚饭吃啥,2023-07-22 12:26:40,,妈妈,wxid_mom\r\n"
        ),
    );
    let outcome = load(&[&old, &official, &wecom, &quiet_group], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let convs: Vec<(&str, ConversationKind, &str)> = outcome
        .footprint
        .conversations
        .iter()
        .map(|c| (c.name.as_str(), c.kind, c.raw_kind.as_str()))
        .collect();
    assert_eq!(
        convs,
        [
            ("老同学", ConversationKind::Personal, "私聊 private chat"),
            (
                "某银行",
                ConversationKind::Channel,
                "公众号 official account"
            ),
            (
                "供应商张",
                ConversationKind::Personal,
                "企业微信 WeCom contact"
            ),
            ("家人群", ConversationKind::Group, "群聊 group"),
        ]
    );
    let s = summary(&[&old], None);
    assert_eq!(wechat(&s)["messages"], 3);
    assert_eq!(wechat(&s)["service_events"], 1);
    assert_eq!(wechat(&s)["senders"], 2);
    let old_only = load(&[&old], None);
    assert_eq!(
        sender_keys(&old_only),
        ["wechat:name:老同学", "wechat:self"]
    );
}

#[test]
fn memotrace_gbk_resave_equals_utf8_bom() {
    let text = fs::read_to_string(fixture("wechat/memotrace_group_周末饭搭子_synthetic.csv"))
        .unwrap()
        .trim_start_matches('\u{FEFF}')
        .to_string();
    let dir = tempfile::tempdir().unwrap();
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&text);
    assert!(!unmappable);
    let a = write(dir.path(), "a/周末饭搭子.csv", gbk);
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    let b = write(dir.path(), "b/周末饭搭子.csv", bom);
    let (sa, sb) = (summary(&[&a], None), summary(&[&b], None));
    assert_eq!(sa["platforms"], sb["platforms"]);
    assert_eq!(sa["conversation_list"], sb["conversation_list"]);
    assert_eq!(wechat(&sa)["senders"], 3);
}

const MEMOTRACE_HTML: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>周末饭搭子</title></head><body><script>
const chatMessages = [
/*注意看这是分割线*/
{ type:10000, text: '"李四Lee"邀请"赵六"加入了群聊',is_send:0,avatar_path:'',timestamp:1700000000,is_chatroom:1,displayname:''},
{ type:1, text: '欢迎欢迎, {真的}',is_send:0,avatar_path:'avatar/a.png',timestamp:1700000030,is_chatroom:1,displayname:'李四'},
{ type:1, text: 'It\'s me',is_send:1,avatar_path:'avatar/me.png',timestamp:1700000060,is_chatroom:1,displayname:'测试用户甲'},
{ type:3, text: './image/1.jpg',is_send:0,avatar_path:'',timestamp:1700000300,is_chatroom:1,displayname:'赵六'},
{ type:49, sub_type:57, text: '好的', refer_text: '欢迎', is_send:0,avatar_path:'',timestamp:1700000500,is_chatroom:1,displayname:'李四'},
];
</script></body></html>"#;

#[test]
fn memotrace_html_export() {
    let dir = tempfile::tempdir().unwrap();
    let page = MEMOTRACE_HTML;
    let path = write(dir.path(), "周末饭搭子/周末饭搭子.html", page);
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = summary(&[&path], None);
    let w = wechat(&s);
    assert_eq!(s["sources"][0]["format"], "wechat-memotrace");
    assert_eq!(w["messages"], 4);
    assert_eq!(w["service_events"], 1);
    assert_eq!(w["senders"], 3);
    assert_eq!(w["conversations"]["group"], 1);
    assert_eq!(w["first_message"], "2023-11-15T06:13:20");
    assert_eq!(w["last_message"], "2023-11-15T06:21:40");
    assert_eq!(
        types(&outcome),
        [("image", 1), ("quote", 1), ("system", 1), ("text", 2)]
    );
}

#[test]
fn a_memotrace_page_cut_inside_a_message_keeps_what_came_before() {
    // The page stops inside a string; thousands of `{ type:` after it must not each be
    // read to the end of the page again.
    let before = MEMOTRACE_HTML
        .split("{ type:49")
        .next()
        .expect("the sample page");
    let cut = format!(
        "{before}{{ type:1, text: 'never closed{}",
        "{ type:".repeat(20_000)
    );
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "周末饭搭子/周末饭搭子.html", &cut);
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let w = summary_of(&outcome);
    assert_eq!(
        wechat(&w)["messages"],
        3,
        "the complete objects before the cut"
    );
    let warnings = &outcome.footprint.sources[0].warnings;
    assert!(
        format!("{warnings:?}").contains("the page ends inside a message object"),
        "{warnings:?}"
    );
}

#[test]
fn weflow_group_with_packed_types() {
    let dir = tempfile::tempdir().unwrap();
    let doc = json!({
        "weflow": {"version": "1.2.0", "exportedAt": 1_710_000_000},
        "session": {"wxid": "888@chatroom", "nickname": "", "remark": "", "displayName": "读书会",
                    "type": "群聊", "messageCount": 4},
        "avatars": {"wxid_a": "data:image/png;base64,AAAA"},
        "messages": [
            {"localId": 1, "createTime": 1_709_999_000, "type": "文本消息", "localType": 1,
             "isSend": 0, "senderUsername": "wxid_a", "senderDisplayName": "阿甲"},
            {"localId": 2, "createTime": "1709999100", "type": "未知类型(99)", "localType": 99,
             "isSend": 0, "senderUsername": "wxid_b", "senderDisplayName": "阿乙"},
            {"localId": 3, "createTime": 1_709_999_200, "type": "", "localType": 21474836529_i64,
             "isSend": 1, "senderUsername": "wxid_me", "senderDisplayName": "我自己"},
            {"localId": 4, "createTime": 1_709_999_300, "type": "系统消息", "localType": 10000,
             "isSend": null, "senderUsername": "", "senderDisplayName": ""},
            {"localId": 5, "formattedTime": "not a time", "type": "文本消息"},
            "not an object"
        ]
    });
    let path = write(
        dir.path(),
        "读书会.json",
        serde_json::to_vec_pretty(&doc).unwrap(),
    );
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = summary(&[&path], None);
    let w = wechat(&s);
    assert_eq!(w["messages"], 3);
    assert_eq!(w["service_events"], 1);
    assert_eq!(w["senders"], 3);
    assert_eq!(w["conversations"]["group"], 1);
    assert_eq!(s["conversation_list"][0]["name"], "读书会");
    assert_eq!(
        s["sources"][0]["warnings"], 2,
        "the undated and the non-object message"
    );
    // The label decides (未知类型 is "other"); without one, the packed localType does:
    // 21474836529 = (5 << 32) | 49 is an app message of sub-type 5, a link.
    assert_eq!(
        types(&outcome),
        [("link", 1), ("other", 1), ("system", 1), ("text", 1)]
    );
    assert_eq!(
        outcome
            .footprint
            .identity
            .iter()
            .map(|f| f.value.as_str())
            .collect::<Vec<_>>(),
        ["wxid_me", "我自己"]
    );
}

#[test]
fn pywxdump_csv_json_and_users() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "export/wxid_me0001/wxid_friend01_0_5000.csv",
        "id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime\n\
         1,1001,文本,1,我,wxid_friend01,你好,,2024-10-04 11:42:00\n\
         2,1002,文本,0,wxid_friend01,wxid_friend01,\"你好,\n朋友\",,2024-10-04 11:43:10\n\
         3,1003,图片,0,wxid_friend01,wxid_friend01,,img.jpg,2024/10/4 11:44\n\
         4,1004,拍一拍,0,wxid_friend01,wxid_friend01,拍了拍你,,2024-10-04 11:45:00\n\
         5,1005,转账,1,我,wxid_friend01,,,2024-10-05 09:00:00\n\
         6,1006,文本,0,wxid_x,wxid_friend01,,,yesterday\n",
    );
    let outcome = load(&[&csv], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = summary(&[&csv], None);
    let w = wechat(&s);
    assert_eq!(s["sources"][0]["format"], "wechat-pywxdump");
    assert_eq!(w["messages"], 4);
    assert_eq!(w["service_events"], 1);
    assert_eq!(w["senders"], 2);
    assert_eq!(w["first_message"], "2024-10-04T11:42:00");
    assert_eq!(w["last_message"], "2024-10-05T09:00:00");
    assert_eq!(w["conversations"]["personal"], 1);
    assert_eq!(w["identity_fields"], json!(["wechat_id"]));
    assert_eq!(s["sources"][0]["warnings"], 1);
    assert_eq!(
        sender_keys(&outcome),
        ["wechat:wxid_friend01", "wechat:wxid_me0001"]
    );
    assert_eq!(
        types(&outcome),
        [("image", 1), ("system", 1), ("text", 2), ("transfer", 1)]
    );

    let json_page = json!([
        {"id": 1, "MsgSvrID": "77", "type_name": "文本", "is_sender": 0, "talker": "wxid_a",
         "room_name": "555@chatroom", "msg": "早", "src": "", "extra": {}, "CreateTime": "2024-01-01 08:00:00"},
        {"id": 2, "MsgSvrID": "78", "type_name": "动画表情", "is_sender": 0, "talker": "wxid_b",
         "room_name": "555@chatroom", "msg": "", "src": "", "extra": {}, "CreateTime": "2024-01-01 08:01:00"},
        {"id": 3, "MsgSvrID": "79", "type_name": "文本", "is_sender": 1, "talker": "我",
         "room_name": "gh_news", "msg": "订阅", "src": "", "extra": {}, "CreateTime": "2024-01-02 08:00:00"}
    ]);
    let json_path = write(
        dir.path(),
        "export/wxid_me0001/555@chatroom_0_5000.json",
        serde_json::to_vec(&json_page).unwrap(),
    );
    let outcome = load(&[&json_path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let convs = conversations(&outcome.footprint);
    assert_eq!(
        convs,
        [
            ("555@chatroom", ConversationKind::Group),
            ("gh_news", ConversationKind::Channel)
        ]
    );
    assert_eq!(outcome.footprint.messages.len(), 3);

    let users = json!({
        "wxid_friend01": {"wxid": "wxid_friend01", "nickname": "老朋友", "remark": "阿友", "account": "ayou",
                          "describe": "", "headImgUrl": "", "ExtraBuf": {"性别[1男2女]": 1, "手机号": "13900000000"},
                          "LabelIDList": []},
        "wxid_b": {"wxid": "wxid_b", "nickname": "小B", "remark": "", "account": ""},
        "555@chatroom": {"wxid": "555@chatroom", "nickname": "晨跑群", "remark": ""},
        "gh_news": {"wxid": "gh_news", "nickname": "新闻早知道", "remark": ""},
        "filehelper": {"wxid": "filehelper", "nickname": "文件传输助手"}
    });
    let users_path = write(
        dir.path(),
        "export/wxid_me0001/users.json",
        serde_json::to_vec(&users).unwrap(),
    );
    let outcome = load(&[&users_path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let contacts: Vec<(&str, &str)> = outcome
        .footprint
        .contacts
        .iter()
        .map(|c| (c.name.as_str(), c.phone.as_str()))
        .collect();
    // users.json is read in file order (serde_json writes these keys sorted).
    assert_eq!(contacts, [("小B", ""), ("阿友", "13900000000")]);
    let s = summary(&[&users_path], None);
    assert_eq!(wechat(&s)["contacts"], 2);
    assert_eq!(wechat(&s)["conversations"]["group"], 1);
    assert_eq!(wechat(&s)["conversations"]["channel"], 1);
    assert_eq!(s["sources"][0]["format"], "wechat-pywxdump");
}

#[test]
fn wechatexporter_html_session() {
    let dir = tempfile::tempdir().unwrap();
    let msg = |side: &str, id: &str, name: &str, time: &str, kind: u32, text: &str| {
        format!(
            r#"<div class="msg chat-{side}" msgid="1" msgtype="{kind}"><div class="avatar-box"><img src="Portrait/{id}.jpg" class="avatar"></div><div class="nt-box"><span class="name-{side}" wxId="{id}">{name}</span> {time}</div><div class="content-box msg"><span class="dont-break-out">{text}</span></div></div>"#
        )
    };
    let page = format!(
        "<html><head><title>王小明</title></head><body>{}{}{}{}</body></html>",
        msg(
            "left",
            "wxid_synthfriend01",
            "王小明",
            "2023-11-15 06:14:00",
            1,
            "好呀"
        ),
        msg(
            "right",
            "wxid_synthme000001",
            "测试用户甲",
            "2023-11-15 06:15:00",
            3,
            "[图片]"
        ),
        msg(
            "left",
            "wxid_synthfriend01",
            "王小明",
            "2023-11-15 06:16:00",
            10000,
            "撤回"
        ),
        msg("left", "wxid_synthfriend01", "王小明", "no time", 1, "x"),
    );
    let path = write(dir.path(), "王小明/index.html", page);
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = summary(&[&path], None);
    let w = wechat(&s);
    assert_eq!(s["sources"][0]["format"], "wechat-wechatexporter");
    assert_eq!(w["messages"], 2);
    assert_eq!(w["service_events"], 1);
    assert_eq!(w["senders"], 2);
    assert_eq!(w["conversations"]["personal"], 1);
    assert_eq!(s["conversation_list"][0]["name"], "王小明");
    assert_eq!(s["sources"][0]["warnings"], 1);
    assert_eq!(
        sender_keys(&outcome),
        ["wechat:wxid_synthfriend01", "wechat:wxid_synthme000001"]
    );
}

#[test]
fn truncated_and_mutated_chat_exports_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let rounds = crate::common::fuzz_rounds(40);
    let mut rng = Rng::new(66);
    let inputs = [
        (
            "小王_utf8.csv",
            "memotrace_private_小王(同事)_synthetic.csv",
        ),
        ("contacts.csv", "memotrace_contacts_synthetic.csv"),
        ("小王.txt", "memotrace_txt_小王(同事)_synthetic.txt"),
        ("小王.json", "weflow_小王(同事)_synthetic.json"),
        ("index.txt", "wechatexporter_index_synthetic.txt"),
    ];
    for (name, source) in inputs {
        let full = fs::read(fixture(&format!("wechat/{source}"))).unwrap();
        let path = dir.path().join(name);
        let mut last = 0;
        for cut in (1..full.len()).step_by((full.len() / 50).max(1)) {
            fs::write(&path, &full[..cut]).unwrap();
            let outcome = load(&[&path], None);
            for e in &outcome.errors {
                assert!(e.message.contains(name), "{name} cut {cut}: {}", e.message);
            }
            let n = outcome.footprint.messages.len();
            assert!(n + 1 >= last, "{name} cut {cut}: {n} after {last}");
            last = n.max(last);
        }
        for _ in 0..rounds {
            fs::write(&path, crate::common::mutated(&full, &mut rng)).unwrap();
            let outcome = load(&[&path], None);
            for e in &outcome.errors {
                assert!(e.message.contains(name), "{name}: {}", e.message);
            }
        }
    }
}

#[test]
fn memotrace_export_all_is_split_by_talker() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "messages.csv",
        format!(
            "\u{FEFF}{MEMOTRACE_HEADER}\
             1,12,1,0,1,1700000000,,hi,2023-11-15 06:13:20,我,测试用户甲,wxid_me\r\n\
             2,12,1,0,0,1700000100,,hello,2023-11-15 06:15:00,小王(同事),王小明,wxid_wang\r\n\
             3,40,1,0,0,1700000200,,大家好,2023-11-15 06:16:40,李四,李四Lee,wxid_li\r\n\
             4,40,1,0,0,1700000300,,欢迎,2023-11-15 06:18:20,,赵六,wxid_zhao\r\n\
             5,40,10000,0,0,1700000400,,\"\"\"赵六\"\"拍了拍我\",2023-11-15 06:20:00,,赵六,wxid_zhao\r\n"
        ),
    );
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let convs = conversations(&outcome.footprint);
    assert_eq!(
        convs,
        [
            ("小王(同事)", ConversationKind::Personal),
            ("群聊 (TalkerId 40)", ConversationKind::Group)
        ]
    );
    let s = summary(&[&path], None);
    assert_eq!(wechat(&s)["messages"], 4);
    assert_eq!(wechat(&s)["service_events"], 1);
    assert_eq!(wechat(&s)["senders"], 4);
    assert!(
        outcome.footprint.sources[0]
            .notes
            .iter()
            .any(|n| n.contains("TalkerId"))
    );
}

#[test]
fn a_group_in_the_contact_list_and_in_a_chat_file_is_counted_once() {
    let dir = tempfile::tempdir().unwrap();
    let contacts = write(
        dir.path(),
        "data/contacts.csv",
        "UserName,Alias,Type,Remark,NickName,PYInitial,RemarkPYInitial,smallHeadImgUrl,bigHeadImgUrl,label,gender,telephone,signature,country/region,province,city\n\
         777@chatroom,,2,,读书会,,,,,,未知,,,,,\n\
         gh_books,,3,,读书公众号,,,,,,未知,,,,,\n",
    );
    let group = write(
        dir.path(),
        "data/聊天记录/读书会(777@chatroom)/读书会_utf8.csv",
        format!(
            "{MEMOTRACE_HEADER}1,3,1,0,0,1700000000,,第一章,2023-11-15 06:13:20,,阿甲,wxid_a\r\n"
        ),
    );
    // Contact list first (as in a MemoTrace folder), and the other way round.
    for order in [[&contacts, &group], [&group, &contacts]] {
        let s = summary(&[order[0], order[1]], None);
        let w = wechat(&s);
        assert_eq!(
            w["conversations"],
            json!({"personal": 0, "group": 1, "channel": 1, "bot": 0, "saved": 0, "other": 0}),
            "{order:?}"
        );
        assert_eq!(w["messages"], 1);
        let list = s["conversation_list"].as_array().unwrap();
        let reading = list.iter().find(|c| c["name"] == "读书会").unwrap();
        assert_eq!(reading["messages"], 1, "{order:?}");
    }
}

#[test]
fn pywxdump_older_csv_with_a_content_column() {
    let dir = tempfile::tempdir().unwrap();
    // The 2024 variant: `content` holds a JSON string instead of `msg,src`, and an Excel
    // re-save turned the times into `2024/10/4 11:42`.
    let path = write(
        dir.path(),
        "example_chat.csv",
        "id,MsgSvrID,type_name,is_sender,talker,room_name,content,CreateTime\r\n\
         1,11,文本,0,wxid_x,wxid_x,\"{\"\"src\"\": \"\"\"\", \"\"msg\"\": \"\"在吗\"\"}\",2024/10/4 11:42\r\n\
         2,12,文本,1,我,wxid_x,\"{\"\"src\"\": \"\"\"\", \"\"msg\"\": \"\"在\"\"}\",2024/10/4 11:43\r\n\
         3,13,系统通知,0,wxid_x,wxid_x,\"{}\",2024/10/4 11:44\r\n",
    );
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = summary(&[&path], None);
    let w = wechat(&s);
    assert_eq!(s["sources"][0]["format"], "wechat-pywxdump");
    assert_eq!(w["messages"], 2);
    assert_eq!(w["service_events"], 1);
    assert_eq!(w["senders"], 2);
    assert_eq!(w["first_message"], "2024-10-04T11:42:00");
    assert_eq!(w["last_message"], "2024-10-04T11:44:00");
    assert_eq!(sender_keys(&outcome), ["wechat:self", "wechat:wxid_x"]);
}

#[test]
fn an_unclosed_quote_cannot_grow_a_record_past_the_limit() {
    let fixture_text =
        fs::read_to_string(fixture("wechat/memotrace_private_小王(同事)_synthetic.csv")).unwrap();
    let header = fixture_text.lines().next().unwrap();
    // A quote that never closes, then megabytes of text that would all become one cell.
    let text = format!("{header}\n1,\"never closed{}\n", "x".repeat(3 << 20));
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "小王_utf8.csv", text);
    let outcome = crate::common::load_with_1mib_records(&path);
    assert_eq!(outcome.errors.len(), 1, "{:?}", outcome.errors);
    let message = &outcome.errors[0].message;
    assert!(
        message.contains("小王_utf8.csv") && message.contains("longer than 1 MiB"),
        "{message}"
    );
}

#[test]
fn a_text_line_longer_than_the_limit_is_skipped_and_reading_goes_on() {
    let fixture_text =
        fs::read_to_string(fixture("wechat/memotrace_txt_小王(同事)_synthetic.txt")).unwrap();
    // A message body of 3 MiB after the first block; every other block still reads.
    let (first, rest) = fixture_text.split_once("\n\n").unwrap();
    let text = format!(
        "{first}\n\n2023-11-15 06:13:25 测试用户甲\n{}\n\n{rest}",
        "长".repeat(1 << 20)
    );
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "小王.txt", text);
    let outcome = crate::common::load_with_1mib_records(&path);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let s = summary_of(&outcome);
    // Every block around the skipped line reads as before: nothing after it is lost.
    assert_eq!(wechat(&s)["messages"], 7);
    assert_eq!(wechat(&s)["last_message"], "2023-12-25T06:13:20");
    let warnings = crate::common::warning_details(&outcome);
    assert!(
        warnings.contains(&"line 4 is longer than 1 MiB and was skipped".to_string()),
        "{warnings:?}"
    );
}

#[test]
fn pywxdump_own_folder_layout_knows_the_owner_from_above_the_talker_folder() {
    let rows = "id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime\n\
         1,1001,文本,0,wxid_zhou,wxid_zhou,在吗,,2024-05-01 10:00:00\n\
         2,1002,文本,1,我,wxid_zhou,在,,2024-05-01 10:01:00\n\
         3,1003,文本,0,wxid_zhou,wxid_zhou,好,,2024-05-01 10:02:00\n";
    let page = json!([
        {"id": 1, "MsgSvrID": "1", "type_name": "文本", "is_sender": 0, "talker": "wxid_zhou",
         "room_name": "wxid_zhou", "msg": "在吗", "src": "", "extra": {}, "CreateTime": "2024-05-01 10:00:00"},
        {"id": 2, "MsgSvrID": "2", "type_name": "文本", "is_sender": 1, "talker": "我",
         "room_name": "wxid_zhou", "msg": "在", "src": "", "extra": {}, "CreateTime": "2024-05-01 10:01:00"}
    ]);
    let page = serde_json::to_vec(&page).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (rel, bytes) in [
        (
            "export/wxid_owner01/csv/wxid_zhou/wxid_zhou_0_5000.csv",
            rows.as_bytes(),
        ),
        (
            "export/wxid_owner01/json/wxid_zhou/wxid_zhou_0_5000.json",
            page.as_slice(),
        ),
        // The file alone, and in its talker folder with no owner above it.
        ("alone/wxid_zhou_0_5000.csv", rows.as_bytes()),
        ("talker/wxid_zhou/wxid_zhou_0_5000.csv", rows.as_bytes()),
    ] {
        let path = write(dir.path(), rel, bytes);
        let outcome = load(&[&path], None);
        assert!(outcome.errors.is_empty(), "{rel}: {:?}", outcome.errors);
        let s = summary_of(&outcome);
        assert_eq!(wechat(&s)["senders"], 2, "{rel}: you and 周");
        assert_eq!(wechat(&s)["conversations"]["personal"], 1, "{rel}");
        let keys = sender_keys(&outcome);
        if rel.starts_with("export/") {
            assert_eq!(keys, ["wechat:wxid_owner01", "wechat:wxid_zhou"], "{rel}");
            assert_eq!(wechat(&s)["identity_fields"], json!(["wechat_id"]), "{rel}");
        } else {
            assert_eq!(keys, ["wechat:self", "wechat:wxid_zhou"], "{rel}");
        }
    }
    // The whole export folder, zipped: one owner, one chat read from both files.
    let zip = dir.path().join("export.zip");
    crate::common::write_zip(
        &zip,
        &[
            (
                "wxid_owner01/csv/wxid_zhou/wxid_zhou_0_5000.csv",
                rows.as_bytes(),
            ),
            (
                "wxid_owner01/json/wxid_zhou/wxid_zhou_0_5000.json",
                page.as_slice(),
            ),
        ],
        crate::common::deflated(),
    );
    let outcome = load(&[&zip], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert_eq!(
        sender_keys(&outcome),
        ["wechat:wxid_owner01", "wechat:wxid_zhou"]
    );
}

/// A CSV cut inside its last row (a copy or download stopped) keeps what the row holds and
/// says the file ends early; the same file whole, or cut at a line end, says nothing.
#[test]
fn a_csv_cut_inside_its_last_row_says_so() {
    use footprint::model::WarningKind;
    let original = fs::read(fixture("wechat/memotrace_group_周末饭搭子_synthetic.csv")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let whole = load(&[&write(dir.path(), "whole/chat.csv", &original)], None);
    let truncated = |o: &LoadOutcome| {
        o.footprint.sources[0]
            .warnings
            .count(WarningKind::Truncated)
    };
    assert_eq!(truncated(&whole), 0);
    // Cut after the last row's third comma, and at the line end before it.
    let last_row = original[..original.len() - 1]
        .iter()
        .rposition(|&b| b == b'\n')
        .unwrap()
        + 1;
    let third_comma = original[last_row..]
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b',')
        .nth(2)
        .unwrap()
        .0;
    let cut = load(
        &[&write(
            dir.path(),
            "cut/chat.csv",
            &original[..last_row + third_comma + 1],
        )],
        None,
    );
    assert_eq!(truncated(&cut), 1);
    // Every row before the cut is read (the cut row lost its time, so it is no message).
    assert!(cut.footprint.messages.len() + 1 >= whole.footprint.messages.len());
    let at_line_end = load(
        &[&write(dir.path(), "line/chat.csv", &original[..last_row])],
        None,
    );
    assert_eq!(truncated(&at_line_end), 0);
    assert_eq!(
        at_line_end.footprint.messages.len(),
        whole.footprint.messages.len() - 1
    );
}
