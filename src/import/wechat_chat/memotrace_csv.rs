//! MemoTrace / WeChatMsg (留痕) per-conversation CSV (`<备注>_utf8.csv`) and its "export
//! all" `messages.csv`: `localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,
//! StrContent,StrTime,Remark,NickName,Sender` (format notes §2a). `CreateTime` (Unix
//! seconds) is preferred over `StrTime` (the exporting PC's local time). Older versions
//! wrote the last three only for groups, leaving 9-field rows in private chats.

use super::csv_rows::{Header, cell, for_each_row};
use std::collections::BTreeMap;

use super::{Chat, IdClass, WeChatMessageType, When, file_stem, note, sender_keyed, set_owner};
use crate::import::wechat_paybill::parse_bill_time;
use crate::import::{Confidence, ImportCtx, ImportError, Importer, Probe};
use crate::input::{Position, Vfs, VfsFile};
use crate::model::OwnerNamedBy;
use crate::model::{ConversationKind, Platform, WarningKind};

/// The importer for MemoTrace chat CSVs.
pub struct MemoTraceCsv;

pub const FORMAT: &str = "wechat-memotrace";

const HEADER_START: &str = "localId,TalkerId,Type,SubType,IsSender,CreateTime";

impl Importer for MemoTraceCsv {
    fn format(&self) -> &'static str {
        FORMAT
    }

    fn platform(&self) -> Platform {
        Platform::WeChat
    }

    fn recognise(&self, probe: &Probe<'_>) -> Confidence {
        if probe.file.extension() != "csv" {
            return Confidence::No;
        }
        if probe.first_line().starts_with(HEADER_START) {
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
        let stem = file_stem(file.file_name()).to_string();
        let mut state = State {
            stem: stem.clone(),
            self_id: None,
            talks: BTreeMap::new(),
            columns: None,
            key: String::new(),
        };
        let result = for_each_row(vfs, file, ctx, |ctx, header, record, position| {
            state.row(ctx, header, record, position);
        });
        let several = state.talks.len() > 1;
        let mut rows = 0;
        let mut unix_rows = 0;
        for (talker, talk) in &state.talks {
            rows += talk.chat.rows;
            unix_rows += talk.chat.unix_rows;
            let class = if !several && file.display_path.contains("@chatroom") {
                IdClass::Group
            } else {
                talk.chat.guess_class()
            };
            let name = match (class, several) {
                (IdClass::Group, false) => None,
                (IdClass::Group, true) => Some(format!("群聊 (TalkerId {talker})")),
                _ => talk.partner_name.clone(),
            };
            talk.chat.settle(ctx, name.as_deref(), class);
            // The chat's WeChat id: the folder's (`名字(…@chatroom)`), or a private chat's
            // partner.
            let id = if several {
                None
            } else {
                super::folder_id(file)
            };
            let id = id.or_else(|| {
                (class == IdClass::Person && talk.chat.others.len() == 1)
                    .then(|| talk.partner_id.clone())
                    .flatten()
            });
            if let Some(id) = id {
                talk.chat.set_id(ctx, &id);
            }
            if class == IdClass::Person {
                talk.chat
                    .add_aliases(ctx, talk.partner_names.iter().map(String::as_str));
            }
        }
        super::note_china_time(ctx, unix_rows);
        if several {
            note(
                ctx,
                format!(
                    "{} conversations in one file, told apart by TalkerId; MemoTrace writes no group names here.",
                    state.talks.len()
                ),
            );
        }
        if rows == 0 && result.is_ok() {
            return Err(ImportError::WrongLayout {
                path: file.display_path.clone(),
                detail: "a MemoTrace CSV header but no readable message rows".into(),
            });
        }
        result
    }
}

/// One conversation of the file (an "export all" `messages.csv` holds many).
struct Talk {
    chat: Chat,
    /// The other person's remark or nickname in a private chat.
    partner_name: Option<String>,
    /// The other person's wxid in a private chat (the chat's id).
    partner_id: Option<String>,
    /// The other person's remark and nickname (other names of a private chat).
    partner_names: Vec<String>,
}

struct State {
    stem: String,
    self_id: Option<String>,
    /// By `TalkerId`.
    talks: BTreeMap<String, Talk>,
    /// Where each column is, found in the header once.
    columns: Option<Columns>,
    /// A sender's key, built here row after row instead of allocated for each.
    key: String,
}

/// The indices of the columns read, in the header (`None` when it has no such column).
#[derive(Clone, Copy)]
struct Columns {
    talker: Option<usize>,
    kind: Option<usize>,
    sub_kind: Option<usize>,
    create_time: Option<usize>,
    str_time: Option<usize>,
    is_sender: Option<usize>,
    sender: Option<usize>,
    nickname: Option<usize>,
    remark: Option<usize>,
}

impl Columns {
    fn of(header: &Header) -> Self {
        Self {
            talker: header.at("TalkerId"),
            kind: header.at("Type"),
            sub_kind: header.at("SubType"),
            create_time: header.at("CreateTime"),
            str_time: header.at("StrTime"),
            is_sender: header.at("IsSender"),
            sender: header.at("Sender"),
            nickname: header.at("NickName"),
            remark: header.at("Remark"),
        }
    }
}

impl State {
    fn row(
        &mut self,
        ctx: &mut ImportCtx<'_>,
        header: &Header,
        record: &csv::ByteRecord,
        position: Position,
    ) {
        let columns = *self.columns.get_or_insert_with(|| Columns::of(header));
        let get = |column: Option<usize>| cell(record, column);
        let talker = get(columns.talker);
        let Ok(kind_code) = get(columns.kind).parse::<i64>() else {
            ctx.warn(
                WarningKind::SkippedRecord,
                position,
                format!("row without a numeric Type ({:?})", get(columns.kind)),
            );
            return;
        };
        let sub_code = get(columns.sub_kind).parse::<i64>().unwrap_or(0);
        let kind = WeChatMessageType::from_codes(kind_code, sub_code);
        let when = match get(columns.create_time).parse::<i64>() {
            Ok(secs) if secs > 0 => When::Unix(secs),
            _ => match parse_bill_time(&get(columns.str_time)) {
                Some(wall) => When::Wall(wall),
                None => {
                    ctx.warn(
                        WarningKind::MissingDate,
                        position,
                        format!(
                            "row without CreateTime or StrTime ({:?})",
                            get(columns.create_time)
                        ),
                    );
                    return;
                }
            },
        };
        if !self.talks.contains_key(&*talker) {
            let talk = Talk {
                chat: Chat::open(ctx, &self.stem, ConversationKind::Personal, ""),
                partner_name: None,
                partner_id: None,
                partner_names: Vec::new(),
            };
            self.talks.insert(talker.to_string(), talk);
        }
        let Some(talk) = self.talks.get_mut(&*talker) else {
            return;
        };
        let chat = &mut talk.chat;
        let is_me = get(columns.is_sender) == "1";
        let id = get(columns.sender);
        let nickname = get(columns.nickname);
        let remark = get(columns.remark);
        let who = if is_me {
            if !id.is_empty() && self.self_id.is_none() {
                self.self_id = Some(id.to_string());
            }
            let name = if nickname.is_empty() {
                "我"
            } else {
                &nickname
            };
            let key = if id.is_empty() {
                self.self_id.clone().unwrap_or_else(|| "self".to_string())
            } else {
                id.to_string()
            };
            let idx = sender_keyed(ctx, &mut self.key, Some(&key), name);
            if !id.is_empty() {
                set_owner(
                    ctx,
                    idx,
                    Some(&id),
                    &nickname,
                    OwnerNamedBy {
                        exporter: Some("MemoTrace"),
                        place: "IsSender",
                    },
                );
            }
            idx
        } else {
            let name = [&remark, &nickname, &id]
                .into_iter()
                .find(|s| !s.is_empty())
                .map_or(self.stem.as_str(), |s| s.as_ref());
            if talk.partner_name.is_none() && !id.is_empty() {
                talk.partner_name = Some(name.to_string());
                talk.partner_id = Some(id.to_string());
                talk.partner_names = vec![remark.to_string(), nickname.to_string()];
            }
            chat.others.insert(if id.is_empty() {
                name.to_string()
            } else {
                id.to_string()
            });
            sender_keyed(ctx, &mut self.key, (!id.is_empty()).then_some(&*id), name)
        };
        chat.push(ctx, when, who, kind);
    }
}
