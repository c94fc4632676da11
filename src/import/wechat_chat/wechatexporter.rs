//! WechatExporter (iOS backups): a session's `index.txt` (`{NAME} - 微信聊天记录`, then
//! `NAME (YYYY-MM-DD HH:MM:SS):MESSAGE` lines and `System Message: …` lines without a
//! time) and its `index.html` (`<div class="msg chat-left|right" msgtype="…">` with the
//! sender's name and the time) (format notes §2c). Times are the exporting computer's
//! local time, kept as written.

use std::sync::LazyLock;

use scraper::{Html, Selector};

use super::lines::for_each_line;
use super::memotrace_txt::placeholder_type;
use super::{Chat, IdClass, WeChatMessageType, When, file_stem, note, sender, set_owner};
use crate::import::{Confidence, ImportCtx, ImportError, Importer, Probe};
use crate::input::{Position, Vfs, VfsFile};
use crate::model::OwnerNamedBy;
use crate::model::{ConversationKind, NO_SENDER, Platform, WallTime, WarningKind};

const FORMAT: &str = "wechat-wechatexporter";
const TITLE_SUFFIX: &str = " - 微信聊天记录";
const SYSTEM_PREFIX: &str = "System Message:";

/// WechatExporter's text sessions.
pub struct WechatExporterTxt;
/// WechatExporter's HTML sessions.
pub struct WechatExporterHtml;

/// `NAME (2023-11-15 06:13:28):text` -> (name, time, text).
fn message_line(line: &str) -> Option<(&str, WallTime, &str)> {
    let mut from = 0;
    while let Some(i) = line.get(from..)?.find("):") {
        let close = from + i;
        if close >= 21 && line.is_char_boundary(close - 21) {
            let open = close - 21;
            if line.get(open..open + 2) == Some(" (")
                && let Some(time) = line.get(open + 2..close).and_then(WallTime::parse_iso)
            {
                return Some((line.get(..open)?, time, line.get(close + 2..)?));
            }
        }
        from = close + 2;
    }
    None
}

/// The conversation's name: a session folder is named after it (`<session>/index.html`).
fn session_name(file: &VfsFile) -> String {
    let stem = file_stem(file.file_name());
    if stem.starts_with("index")
        && let Some(folder) = super::parent_folder(file)
    {
        return folder.to_string();
    }
    stem.to_string()
}

impl Importer for WechatExporterTxt {
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
        let mut lines = decoded.lines().map(str::trim).filter(|l| !l.is_empty());
        match lines.next() {
            Some(first) if first.ends_with(TITLE_SUFFIX.trim_start()) => Confidence::High,
            Some(first) if message_line(first).is_some() => Confidence::Medium,
            _ => Confidence::No,
        }
    }

    fn import(
        &self,
        vfs: &Vfs,
        file: &VfsFile,
        ctx: &mut ImportCtx<'_>,
    ) -> Result<(), ImportError> {
        let mut chat = Chat::open(ctx, &session_name(file), ConversationKind::Personal, "");
        let mut title: Option<String> = None;
        let mut last_time: Option<WallTime> = None;
        // System lines before the first timed line wait for its time.
        let mut waiting: Vec<Position> = Vec::new();
        let mut names = std::collections::BTreeSet::new();
        for_each_line(vfs, file, ctx, |ctx, line, position| {
            let line = line.trim_start_matches('\u{FEFF}');
            if title.is_none()
                && last_time.is_none()
                && waiting.is_empty()
                && let Some(name) = line.trim().strip_suffix(TITLE_SUFFIX.trim_start())
            {
                title = Some(name.trim_end_matches([' ', '-']).trim().to_string());
                return;
            }
            if line.starts_with(SYSTEM_PREFIX) {
                match last_time {
                    Some(time) => {
                        chat.push(ctx, When::Wall(time), NO_SENDER, WeChatMessageType::System)
                    }
                    None => waiting.push(position),
                }
            } else if let Some((name, time, content)) = message_line(line) {
                for _ in waiting.drain(..) {
                    chat.push(ctx, When::Wall(time), NO_SENDER, WeChatMessageType::System);
                }
                last_time = Some(time);
                names.insert(name.to_string());
                let who = sender(ctx, None, name);
                chat.push(ctx, When::Wall(time), who, placeholder_type(content.trim()));
            }
            // Anything else continues a multi-line message.
        })?;
        for position in waiting {
            ctx.warn(
                WarningKind::MissingDate,
                position,
                "system message with no timed message in the file to date it",
            );
        }
        let class = if names.len() > 2 {
            IdClass::Group
        } else {
            IdClass::Person
        };
        chat.settle(ctx, title.as_deref(), class);
        if chat.rows == 0 {
            return Err(ImportError::WrongLayout {
                path: file.display_path.clone(),
                detail: "no WechatExporter message lines (NAME (YYYY-MM-DD HH:MM:SS):…) were found"
                    .into(),
            });
        }
        note(
            ctx,
            "WechatExporter text: times are the exporting computer's local time; system messages carry no time and take the time of the message before them (or after, at the start).",
        );
        Ok(())
    }
}

static MESSAGE: LazyLock<Selector> = LazyLock::new(|| compile("div[msgtype]"));
static NAME: LazyLock<Selector> =
    LazyLock::new(|| compile("span.dspname, span.name-left, span.name-right, span[wxId]"));

fn compile(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("invalid built-in selector {css:?}: {e:?}"))
}

/// The first `YYYY-MM-DD HH:MM:SS` in `text`.
fn find_time(text: &str) -> Option<WallTime> {
    text.char_indices()
        .filter(|(_, c)| c.is_ascii_digit())
        .find_map(|(i, _)| text.get(i..i + 19).and_then(WallTime::parse_iso))
}

impl Importer for WechatExporterHtml {
    fn format(&self) -> &'static str {
        FORMAT
    }

    fn platform(&self) -> Platform {
        Platform::WeChat
    }

    fn recognise(&self, probe: &Probe<'_>) -> Confidence {
        if !matches!(probe.file.extension().as_str(), "html" | "htm") {
            return Confidence::No;
        }
        let decoded = probe.text();
        if decoded.contains("msgtype=\"")
            && (decoded.contains("class=\"msg chat") || decoded.contains("dspname"))
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
        let path = file.display_path.as_str();
        let page = crate::import::read_page(vfs, file, ctx)?;
        let doc = Html::parse_document(&page);
        let mut chat = Chat::open(ctx, &session_name(file), ConversationKind::Personal, "");
        let mut names = std::collections::BTreeSet::new();
        for (index, el) in doc.select(&MESSAGE).enumerate() {
            let position = Position {
                byte: 0,
                record: Some(index as u64),
            };
            let code = el
                .value()
                .attr("msgtype")
                .and_then(|t| t.trim().parse::<i64>().ok())
                .unwrap_or(0);
            let kind = WeChatMessageType::from_codes(code, 0);
            let text: String = el.text().collect::<Vec<_>>().join(" ");
            let Some(time) = find_time(&text) else {
                ctx.warn(WarningKind::MissingDate, position, "message without a time");
                continue;
            };
            let name_el = el.select(&NAME).next();
            let name = name_el
                .map(|n| n.text().collect::<String>().trim().to_string())
                .unwrap_or_default();
            let wxid = name_el
                .and_then(|n| n.value().attr("wxId").or_else(|| n.value().attr("wxid")))
                .map(str::trim)
                .filter(|id| !id.is_empty());
            let is_me = el.value().classes().any(|c| c.ends_with("right"));
            let who = sender(ctx, wxid, &name);
            if is_me && who != NO_SENDER {
                set_owner(
                    ctx,
                    who,
                    wxid,
                    &name,
                    OwnerNamedBy {
                        exporter: Some("WechatExporter"),
                        place: "chat-right",
                    },
                );
            } else if !kind.is_service() && !name.is_empty() {
                names.insert(wxid.map_or(name.clone(), str::to_string));
            }
            chat.push(ctx, When::Wall(time), who, kind);
        }
        let class = if names.len() > 1 {
            IdClass::Group
        } else {
            IdClass::Person
        };
        chat.settle(ctx, None, class);
        if chat.rows == 0 {
            return Err(ImportError::WrongLayout {
                path: path.to_string(),
                detail: "no WechatExporter messages (div with msgtype) were found".into(),
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_lines() {
        let (name, time, text) = message_line("王小明 (2023-11-15 06:14:00):好呀 [呲牙]").unwrap();
        assert_eq!(name, "王小明");
        assert_eq!(time.to_iso(), "2023-11-15T06:14:00");
        assert_eq!(text, "好呀 [呲牙]");
        let (name, ..) = message_line("A (B) (2023-11-15 06:14:00):x):y").unwrap();
        assert_eq!(name, "A (B)");
        assert!(message_line("第二行，含逗号,和\"引号\"").is_none());
        assert!(message_line("x (2023-13-15 06:14:00):y").is_none());
    }
}
