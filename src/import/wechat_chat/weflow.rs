//! WeFlow and echotrace per-conversation JSON (WeChat 4): `{weflow?, session, avatars,
//! messages: [{createTime, formattedTime, type, localType, isSend, senderUsername,
//! senderDisplayName ...}]}` (format notes §2d). `createTime` (Unix seconds) is preferred;
//! the Chinese `type` label decides the message type (ChatLab calls `localType`
//! untrustworthy), the packed `localType` is the fallback.

use serde::Deserialize;

use super::json_walk::{lenient_i64, lenient_string, record};
use super::{Chat, IdClass, WeChatMessageType, When, classify_id, file_stem, sender, set_owner};
use crate::import::json::stream_json;
use crate::import::wechat_paybill::parse_bill_time;
use crate::import::{Confidence, ImportCtx, ImportError, Importer, Probe};
use crate::input::{Position, Vfs, VfsFile};
use crate::model::OwnerNamedBy;
use crate::model::{Content, ConversationKind, Platform, WarningKind};

/// The importer for WeFlow / echotrace JSON.
pub struct WeFlow;

const FORMAT: &str = "wechat-weflow";

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Session {
    #[serde(default, deserialize_with = "lenient_string")]
    wxid: String,
    #[serde(default, deserialize_with = "lenient_string")]
    nickname: String,
    #[serde(default, deserialize_with = "lenient_string")]
    remark: String,
    #[serde(default, deserialize_with = "lenient_string")]
    display_name: String,
    #[serde(default, rename = "type", deserialize_with = "lenient_string")]
    kind: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Message {
    #[serde(default, deserialize_with = "lenient_i64")]
    create_time: Option<i64>,
    #[serde(default, deserialize_with = "lenient_string")]
    formatted_time: String,
    #[serde(default, rename = "type", deserialize_with = "lenient_string")]
    label: String,
    #[serde(default, deserialize_with = "lenient_i64")]
    local_type: Option<i64>,
    #[serde(default, deserialize_with = "lenient_i64")]
    is_send: Option<i64>,
    #[serde(default, deserialize_with = "lenient_string")]
    sender_username: String,
    #[serde(default, deserialize_with = "lenient_string")]
    sender_display_name: String,
}

impl Importer for WeFlow {
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
        if decoded.contains("\"weflow\"")
            || (decoded.contains("\"session\"") && decoded.contains("\"senderUsername\""))
        {
            Confidence::High
        } else if decoded.contains("\"messages\"") && decoded.contains("\"localType\"") {
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
        let stem = file_stem(file.file_name()).to_string();
        let mut chat = Chat::open(ctx, &stem, ConversationKind::Personal, "");
        let mut session = Session::default();
        let mut key = Vec::new();
        let result = stream_json(vfs, file, ctx, |ctx, stream| {
            stream.begin_object()?;
            while stream.next_key(&mut key)? {
                match key.as_slice() {
                    b"session" => {
                        let raw = stream.skip_value()?;
                        if let Some(s) = record::<Session>(ctx, stream.bytes(&raw), &raw, 0) {
                            session = s;
                        }
                    }
                    b"messages" if stream.peek()? == Some(b'[') => {
                        stream.begin_array()?;
                        let mut index = 0;
                        while stream.next_item()? {
                            let raw = stream.skip_value()?;
                            let position = Position {
                                byte: raw.offset,
                                record: Some(index),
                            };
                            if let Some(m) = record::<Message>(ctx, stream.bytes(&raw), &raw, index)
                            {
                                message(ctx, &mut chat, &m, position);
                            }
                            index += 1;
                        }
                    }
                    _ => {
                        stream.skip_value()?;
                    }
                }
            }
            Ok(())
        });
        let class = match (classify_id(&session.wxid), session.kind.as_str()) {
            (_, "群聊") => IdClass::Group,
            (_, _) if session.wxid.is_empty() => chat.guess_class(),
            (class, _) => class,
        };
        let name = [
            &session.remark,
            &session.display_name,
            &session.nickname,
            &session.wxid,
        ]
        .into_iter()
        .find(|s| !s.trim().is_empty())
        .map(String::as_str);
        chat.settle(ctx, name, class);
        chat.set_id(ctx, &session.wxid);
        chat.add_aliases(
            ctx,
            [&session.remark, &session.display_name, &session.nickname].map(String::as_str),
        );
        super::note_china_time(ctx, chat.unix_rows);
        result?;
        if chat.rows == 0 {
            super::note(ctx, "The file lists no messages.");
        }
        Ok(())
    }
}

fn message(ctx: &mut ImportCtx<'_>, chat: &mut Chat, m: &Message, position: Position) {
    let when = match m.create_time {
        Some(secs) if secs > 0 => When::Unix(secs),
        _ => match parse_bill_time(&m.formatted_time) {
            Some(wall) => When::Wall(wall),
            None => {
                ctx.warn(
                    WarningKind::MissingDate,
                    position,
                    "message without createTime or formattedTime",
                );
                return;
            }
        },
    };
    let kind = WeChatMessageType::from_label(&m.label)
        .or_else(|| m.local_type.map(WeChatMessageType::from_packed))
        .unwrap_or(WeChatMessageType::Message(Content::Other));
    let id = m.sender_username.trim();
    let name = if m.sender_display_name.trim().is_empty() {
        id
    } else {
        m.sender_display_name.trim()
    };
    let who = sender(ctx, Some(id), name);
    if m.is_send == Some(1) && !id.is_empty() {
        set_owner(
            ctx,
            who,
            Some(id),
            name,
            OwnerNamedBy {
                exporter: Some("WeFlow"),
                place: "isSend",
            },
        );
    } else if m.is_send == Some(0) && !id.is_empty() {
        chat.others.insert(id.to_string());
    }
    chat.push(ctx, when, who, kind);
}
