//! MemoTrace's TXT export: blocks `"{StrTime} {name}\n{content}\n\n"`, system rows as
//! `"{StrTime} {text}\n\n"` (no content line), media as placeholders (`[图片]` ...)
//! (format notes §2a). Times are the exporting PC's local time and there are no ids, so
//! senders are keyed by name; the CSV export is better where both exist.

use std::collections::BTreeSet;

use super::lines::{for_each_line, leading_time};
use super::memotrace_csv::FORMAT;
use super::{Chat, IdClass, WeChatMessageType, When, file_stem, note, sender};
use crate::import::{Confidence, ImportCtx, ImportError, Importer, Probe};
use crate::input::{Vfs, VfsFile};
use crate::model::{Content, ConversationKind, Platform, WallTime};

/// The importer for MemoTrace TXT exports.
pub struct MemoTraceTxt;

impl Importer for MemoTraceTxt {
    fn format(&self) -> &'static str {
        FORMAT
    }

    fn platform(&self) -> Platform {
        Platform::WeChat
    }

    fn recognise(&self, probe: &Probe<'_>) -> Confidence {
        if probe.file.extension() != "txt" {
            return Confidence::No;
        }
        let decoded = probe.text();
        let lines: Vec<&str> = decoded
            .lines()
            .map(|l| l.trim_start_matches('\u{FEFF}'))
            .filter(|l| !l.trim().is_empty())
            .take(40)
            .collect();
        match lines.first() {
            Some(first) if leading_time(first).is_some() => {
                // MemoTrace writes `YYYY-MM-DD HH:MM:SS name` and the message on the lines
                // below. A WhatsApp chat (whose reader also accepts ISO dates) puts the text
                // on the header line itself after ` - ` and `Name: `, so a bare `time name`
                // line followed by a line without a time is MemoTrace's layout.
                let memotrace_header = |l: &str| {
                    leading_time(l).is_some_and(|(_, rest)| {
                        !rest.starts_with(['-', '–', '—', ':']) && !rest.contains(": ")
                    })
                };
                let body_below = lines
                    .windows(2)
                    .any(|w| memotrace_header(w[0]) && leading_time(w[1]).is_none());
                if body_below {
                    Confidence::High
                } else {
                    Confidence::Medium
                }
            }
            _ => Confidence::No,
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
        let mut block: Option<Block> = None;
        let mut names = BTreeSet::new();
        for_each_line(vfs, file, ctx, |ctx, line, _| {
            let line = line.trim_start_matches('\u{FEFF}');
            if let Some((time, rest)) = leading_time(line) {
                if let Some(done) = block.take() {
                    done.finish(ctx, &mut chat, &mut names);
                }
                block = Some(Block {
                    time,
                    header: rest.to_string(),
                    first_line: None,
                    quote: false,
                });
            } else if let Some(open) = &mut block
                && !line.trim().is_empty()
            {
                if open.first_line.is_none() {
                    open.first_line = Some(line.trim().to_string());
                } else if line.starts_with("引用:") {
                    open.quote = true;
                }
            }
        })?;
        if let Some(done) = block.take() {
            done.finish(ctx, &mut chat, &mut names);
        }
        let class = if names.len() > 2 {
            IdClass::Group
        } else {
            IdClass::Person
        };
        chat.settle(ctx, None, class);
        if let Some(id) = super::folder_id(file) {
            chat.set_id(ctx, &id);
        }
        if chat.rows == 0 {
            return Err(ImportError::WrongLayout {
                path: file.display_path.clone(),
                detail: "no MemoTrace message blocks (a line starting with a time) were found"
                    .into(),
            });
        }
        note(
            ctx,
            "MemoTrace TXT: times are the exporting computer's local time, kept as written; senders are known by name only, and a chat with two speakers is read as a private chat.",
        );
        Ok(())
    }
}

struct Block {
    time: WallTime,
    header: String,
    first_line: Option<String>,
    quote: bool,
}

impl Block {
    fn finish(self, ctx: &mut ImportCtx<'_>, chat: &mut Chat, names: &mut BTreeSet<String>) {
        let Some(first) = self.first_line else {
            chat.push(
                ctx,
                When::Wall(self.time),
                crate::model::NO_SENDER,
                WeChatMessageType::System,
            );
            return;
        };
        let kind = if self.quote {
            WeChatMessageType::Message(Content::Quote)
        } else {
            placeholder_type(&first)
        };
        names.insert(self.header.clone());
        let who = sender(ctx, None, &self.header);
        chat.push(ctx, When::Wall(self.time), who, kind);
    }
}

/// The type a TXT placeholder stands for (MemoTrace writes these instead of media).
pub fn placeholder_type(content: &str) -> WeChatMessageType {
    match content {
        "[图片]" => WeChatMessageType::Message(Content::Image),
        "[语音]" => WeChatMessageType::Message(Content::Voice),
        "[视频]" => WeChatMessageType::Message(Content::Video),
        "[表情包]" | "[动画表情]" => WeChatMessageType::Message(Content::Sticker),
        "[文件]" => WeChatMessageType::Message(Content::File),
        "[音乐分享]" => WeChatMessageType::Message(Content::Link),
        "[位置]" | "[位置分享]" => WeChatMessageType::Message(Content::Location),
        "[转账]" => WeChatMessageType::Message(Content::Transfer),
        "[红包]" => WeChatMessageType::Message(Content::RedPacket),
        _ if content.starts_with("[链接]") => WeChatMessageType::Message(Content::Link),
        _ => WeChatMessageType::Message(Content::Text),
    }
}
