//! PyWxDump's exports (format notes §2b): message pages as CSV
//! (`id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime`) or JSON (an array
//! of the same fields), and `users.json` (`{wxid: {wxid, nickname, remark, account,
//! ExtraBuf ...}}`). `type_name` is a Chinese label, `talker` is the author's wxid or `我`,
//! `room_name` the conversation's id, and `CreateTime` a local-time string (no epoch), kept
//! as written. The export folder is named after the account's wxid.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::csv_rows::{cell, for_each_row};
use super::json_walk::{lenient_i64, lenient_string, record};
use super::{
    Chat, IdClass, WeChatMessageType, When, add_contact, add_listed_conversation, classify_id,
    kind_of, note, sender, set_owner,
};
use crate::import::json::stream_json;
use crate::import::wechat_paybill::parse_bill_time;
use crate::import::{Confidence, ImportCtx, ImportError, Importer, Probe};
use crate::input::{Position, Vfs, VfsFile};
use crate::model::OwnerNamedBy;
use crate::model::{Content, Platform, WarningKind};

const FORMAT: &str = "wechat-pywxdump";

/// PyWxDump's message CSV.
pub struct PyWxDumpCsv;
/// PyWxDump's message JSON.
pub struct PyWxDumpJson;
/// PyWxDump's `users.json`.
pub struct PyWxDumpUsers;

#[derive(Deserialize, Default)]
struct Row {
    #[serde(default, deserialize_with = "lenient_string")]
    type_name: String,
    #[serde(default, deserialize_with = "lenient_i64")]
    is_sender: Option<i64>,
    #[serde(default, deserialize_with = "lenient_string")]
    talker: String,
    #[serde(default, deserialize_with = "lenient_string")]
    room_name: String,
    #[serde(default, rename = "CreateTime", deserialize_with = "lenient_string")]
    create_time: String,
}

/// The account's wxid from the folders around a PyWxDump file: PyWxDump writes
/// `export/<owner wxid>/csv/<talker>/<talker>_0_5000.csv` (and `json/`), older versions
/// `export/<owner wxid>/<file>`. The format folder and the talker's own folder (the file's
/// name starts with it) are passed over; the first other folder names the owner when it is
/// a `wxid_` id.
fn owner_folder(file: &VfsFile) -> Option<&str> {
    let name = file.file_name();
    let mut folders = file.display_path.rsplit(['/', '\\']).skip(1);
    let mut folder = folders.next()?;
    if name.starts_with(&format!("{folder}_")) || name.starts_with(&format!("{folder}.")) {
        folder = folders.next()?;
    }
    if matches!(folder, "csv" | "json" | "html") {
        folder = folders.next()?;
    }
    (classify_id(folder) == IdClass::Person && folder.starts_with("wxid_")).then_some(folder)
}

/// The conversations of one file, by `room_name`, and the account's wxid.
struct Rooms {
    chats: BTreeMap<String, Chat>,
    /// The export folder `export/<wxid>/` names the account.
    self_id: Option<String>,
}

impl Rooms {
    fn new(file: &VfsFile) -> Self {
        Self {
            chats: BTreeMap::new(),
            self_id: owner_folder(file).map(str::to_string),
        }
    }

    fn row(&mut self, ctx: &mut ImportCtx<'_>, row: &Row, position: Position) {
        let time = row.create_time.trim();
        let when = match time.parse::<i64>() {
            Ok(secs) if secs > 100_000_000 => Some(When::Unix(secs)),
            _ => parse_bill_time(time).map(When::Wall),
        };
        let Some(when) = when else {
            ctx.warn(
                WarningKind::MissingDate,
                position,
                format!("row without a readable CreateTime ({time:?})"),
            );
            return;
        };
        let room = row.room_name.trim();
        let room = if room.is_empty() { "(unknown)" } else { room };
        let chat = self.chats.entry(room.to_string()).or_insert_with(|| {
            let (kind, raw) = kind_of(classify_id(room));
            let chat = Chat::open(ctx, room, kind, raw);
            if room != "(unknown)" {
                chat.set_id(ctx, room);
            }
            chat
        });
        let kind = WeChatMessageType::from_label(&row.type_name)
            .unwrap_or(WeChatMessageType::Message(Content::Other));
        let talker = row.talker.trim();
        let is_me = row.is_sender == Some(1) || talker == "我";
        let who = if is_me {
            // A folder named after the other person is never the owner.
            let id = self.self_id.clone().filter(|id| id != room && id != talker);
            let idx = sender(ctx, Some(id.as_deref().unwrap_or("self")), "我");
            if id.is_some() {
                set_owner(
                    ctx,
                    idx,
                    id.as_deref(),
                    "",
                    OwnerNamedBy {
                        exporter: Some("PyWxDump"),
                        place: "export/<wxid>/",
                    },
                );
            }
            idx
        } else {
            sender(ctx, Some(talker), talker)
        };
        chat.push(ctx, when, who, kind);
    }

    fn finish(self, ctx: &mut ImportCtx<'_>, path: &str) -> Result<(), ImportError> {
        if self.chats.is_empty() {
            return Err(ImportError::WrongLayout {
                path: path.to_string(),
                detail: "a PyWxDump export with no readable messages".into(),
            });
        }
        note(
            ctx,
            "PyWxDump writes times in the exporting computer's zone without an epoch; they are kept as written.",
        );
        Ok(())
    }
}

impl Importer for PyWxDumpCsv {
    fn format(&self) -> &'static str {
        FORMAT
    }

    fn platform(&self) -> Platform {
        Platform::WeChat
    }

    fn recognise(&self, probe: &Probe<'_>) -> Confidence {
        if probe.file.extension() == "csv"
            && probe
                .first_line()
                .starts_with("id,MsgSvrID,type_name,is_sender,talker,room_name")
        {
            Confidence::High
        } else {
            Confidence::No
        }
    }

    fn import(
        &self,
        vfs: &Vfs,
        file: &VfsFile,
        ctx: &mut ImportCtx<'_>,
    ) -> Result<(), ImportError> {
        let mut rooms = Rooms::new(file);
        for_each_row(vfs, file, ctx, |ctx, header, record, position| {
            let get = |name: &str| cell(record, header.at(name)).into_owned();
            let row = Row {
                type_name: get("type_name"),
                is_sender: get("is_sender").parse().ok(),
                talker: get("talker"),
                room_name: get("room_name"),
                create_time: get("CreateTime"),
            };
            rooms.row(ctx, &row, position);
        })?;
        rooms.finish(ctx, &file.display_path)
    }
}

impl Importer for PyWxDumpJson {
    fn format(&self) -> &'static str {
        FORMAT
    }

    fn platform(&self) -> Platform {
        Platform::WeChat
    }

    fn recognise(&self, probe: &Probe<'_>) -> Confidence {
        let Some(decoded) = probe.json_head('[') else {
            return Confidence::No;
        };
        if decoded.contains("\"MsgSvrID\"") && decoded.contains("\"type_name\"") {
            Confidence::High
        } else {
            Confidence::No
        }
    }

    fn import(
        &self,
        vfs: &Vfs,
        file: &VfsFile,
        ctx: &mut ImportCtx<'_>,
    ) -> Result<(), ImportError> {
        let mut rooms = Rooms::new(file);
        stream_json(vfs, file, ctx, |ctx, stream| {
            stream.begin_array()?;
            let mut index = 0;
            while stream.next_item()? {
                let raw = stream.skip_value()?;
                let position = Position {
                    byte: raw.offset,
                    record: Some(index),
                };
                if let Some(row) = record::<Row>(ctx, stream.bytes(&raw), &raw, index) {
                    rooms.row(ctx, &row, position);
                }
                index += 1;
            }
            Ok(())
        })?;
        rooms.finish(ctx, &file.display_path)
    }
}

#[derive(Deserialize, Default)]
struct User {
    #[serde(default, deserialize_with = "lenient_string")]
    wxid: String,
    #[serde(default, deserialize_with = "lenient_string")]
    nickname: String,
    #[serde(default, deserialize_with = "lenient_string")]
    remark: String,
    #[serde(default, deserialize_with = "lenient_string")]
    account: String,
    #[serde(default, rename = "ExtraBuf")]
    extra: Option<BTreeMap<String, serde_json::Value>>,
}

impl Importer for PyWxDumpUsers {
    fn format(&self) -> &'static str {
        FORMAT
    }

    fn platform(&self) -> Platform {
        Platform::WeChat
    }

    fn recognise(&self, probe: &Probe<'_>) -> Confidence {
        let Some(decoded) = probe.json_head('{') else {
            return Confidence::No;
        };
        let looks = decoded.contains("\"wxid\"") && decoded.contains("\"nickname\"");
        if looks && probe.file.file_name() == "users.json" {
            Confidence::High
        } else if looks && decoded.contains("\"ExtraBuf\"") {
            Confidence::Medium
        } else {
            Confidence::No
        }
    }

    fn import(
        &self,
        vfs: &Vfs,
        file: &VfsFile,
        ctx: &mut ImportCtx<'_>,
    ) -> Result<(), ImportError> {
        let mut key = Vec::new();
        let mut counts = [0u64; 3];
        stream_json(vfs, file, ctx, |ctx, stream| {
            stream.begin_object()?;
            let mut index = 0;
            while stream.next_key(&mut key)? {
                let raw = stream.skip_value()?;
                if let Some(user) = record::<User>(ctx, stream.bytes(&raw), &raw, index) {
                    let id = if user.wxid.is_empty() {
                        String::from_utf8_lossy(&key).into_owned()
                    } else {
                        user.wxid.clone()
                    };
                    let name = [&user.remark, &user.nickname, &user.account, &id]
                        .into_iter()
                        .find(|s| !s.trim().is_empty())
                        .cloned()
                        .unwrap_or_default();
                    match classify_id(&id) {
                        class @ (IdClass::Group | IdClass::OfficialAccount) => {
                            let names = [
                                user.remark.clone(),
                                user.nickname.clone(),
                                user.account.clone(),
                            ];
                            add_listed_conversation(ctx, &names, &id, class, "users.json");
                            counts[usize::from(class == IdClass::OfficialAccount) + 1] += 1;
                        }
                        IdClass::System => {}
                        IdClass::Person | IdClass::WeCom => {
                            let phone = user
                                .extra
                                .as_ref()
                                .and_then(|e| e.get("手机号"))
                                .and_then(|v| v.as_str())
                                .unwrap_or("");
                            add_contact(ctx, &name, phone, &id);
                            counts[0] += 1;
                        }
                    }
                }
                index += 1;
            }
            Ok(())
        })?;
        note(ctx, super::contact_list_note("users.json", counts));
        Ok(())
    }
}
