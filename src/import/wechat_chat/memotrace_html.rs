//! MemoTrace's HTML export: the messages sit in the page as a JavaScript array of object
//! literals (unquoted keys, single-quoted strings), e.g.
//! `{ type:1, text: '…',is_send:0,avatar_path:'…',timestamp:1700000000,is_chatroom:0,displayname:'…'},`
//! (format notes §2a). A small tolerant scanner reads each object; nothing is evaluated.

use std::collections::BTreeMap;

use super::memotrace_csv::FORMAT;
use super::{Chat, IdClass, WeChatMessageType, When, file_stem, sender};
use crate::import::{Confidence, ImportCtx, ImportError, Importer, Probe};
use crate::input::{Position, Vfs, VfsFile};
use crate::model::{ConversationKind, Platform, WarningKind};

/// The importer for MemoTrace HTML exports.
pub struct MemoTraceHtml;

impl Importer for MemoTraceHtml {
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
        if decoded.contains("is_send:") && decoded.contains("timestamp:") {
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
        let stem = file_stem(file.file_name()).to_string();
        let mut chat = Chat::open(ctx, &stem, ConversationKind::Personal, "");
        let mut names = std::collections::BTreeSet::new();
        let mut is_chatroom = false;
        let mut index = 0u64;
        let mut at = 0;
        while let Some(found) = page.get(at..).and_then(find_object_start) {
            let start = at + found;
            let mut ran_out = false;
            let Some((fields, end)) = parse_object(&page, start, &mut ran_out) else {
                if ran_out {
                    // A string that never closes: every later object would be read to the
                    // end of the page again, so the page ends here.
                    ctx.warn(
                        WarningKind::Truncated,
                        Position {
                            byte: start as u64,
                            record: Some(index),
                        },
                        "the page ends inside a message object; what came before is kept",
                    );
                    break;
                }
                at = start + 1;
                continue;
            };
            at = end;
            let position = Position {
                byte: start as u64,
                record: Some(index),
            };
            index += 1;
            let num = |k: &str| fields.get(k).and_then(|v| v.trim().parse::<i64>().ok());
            let (Some(code), Some(secs)) = (num("type"), num("timestamp")) else {
                ctx.warn(
                    WarningKind::SkippedRecord,
                    position,
                    "message object without type or timestamp",
                );
                continue;
            };
            is_chatroom |= num("is_chatroom") == Some(1);
            let kind = WeChatMessageType::from_codes(code, num("sub_type").unwrap_or(0));
            let name = fields.get("displayname").map_or("", |s| s.trim());
            let name = if name.is_empty() && num("is_send") == Some(1) {
                "我"
            } else {
                name
            };
            if num("is_send") != Some(1) && !kind.is_service() {
                names.insert(name.to_string());
            }
            let who = sender(ctx, None, name);
            chat.push(ctx, When::Unix(secs), who, kind);
        }
        let class = if is_chatroom || names.len() > 1 {
            IdClass::Group
        } else {
            IdClass::Person
        };
        let partner = (class == IdClass::Person)
            .then(|| names.iter().next().cloned())
            .flatten();
        chat.settle(ctx, partner.as_deref(), class);
        if let Some(id) = super::folder_id(file) {
            chat.set_id(ctx, &id);
        }
        super::note_china_time(ctx, chat.unix_rows);
        if chat.rows == 0 {
            return Err(ImportError::WrongLayout {
                path: path.to_string(),
                detail: "no MemoTrace message objects ({ type:…, timestamp:… }) were found".into(),
            });
        }
        Ok(())
    }
}

/// Where the next `{ type:` object starts.
fn find_object_start(text: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text.get(from..)?.find('{') {
        let start = from + i;
        let rest = text.get(start + 1..)?.trim_start();
        if rest.starts_with("type:") || rest.starts_with("type :") {
            return Some(start);
        }
        from = start + 1;
    }
    None
}

/// The fields of a message object that are read; the others (the message text above
/// all) are skipped without being copied.
const FIELDS_READ: &[&str] = &[
    "type",
    "sub_type",
    "timestamp",
    "is_send",
    "is_chatroom",
    "displayname",
];

/// Reads `{ key: value, ... }` starting at `start`; the values of [`FIELDS_READ`] are kept
/// as text (strings unescaped). Returns them and the index after the closing brace; when
/// it fails because a string runs to the end of `text`, `ran_out` is set.
fn parse_object(
    text: &str,
    start: usize,
    ran_out: &mut bool,
) -> Option<(BTreeMap<String, String>, usize)> {
    let bytes = text.as_bytes();
    let mut i = start + 1;
    let mut fields = BTreeMap::new();
    let skip_ws = |i: &mut usize| {
        while *i < bytes.len() && bytes[*i].is_ascii_whitespace() {
            *i += 1;
        }
    };
    loop {
        skip_ws(&mut i);
        match bytes.get(i)? {
            b'}' => return Some((fields, i + 1)),
            b',' => {
                i += 1;
                continue;
            }
            _ => {}
        }
        let key_start = i;
        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
            i += 1;
        }
        let key = text.get(key_start..i)?.to_string();
        skip_ws(&mut i);
        if key.is_empty() || *bytes.get(i)? != b':' {
            return None;
        }
        i += 1;
        skip_ws(&mut i);
        let keep = FIELDS_READ.contains(&key.as_str());
        let value = match *bytes.get(i)? {
            quote @ (b'\'' | b'"') => {
                let mut value = String::new();
                i += 1;
                loop {
                    let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                        *ran_out = true;
                        return None;
                    };
                    i += c.len_utf8();
                    match c {
                        '\\' => {
                            let Some(escaped) = text.get(i..).and_then(|rest| rest.chars().next())
                            else {
                                *ran_out = true;
                                return None;
                            };
                            i += escaped.len_utf8();
                            if keep {
                                value.push(match escaped {
                                    'n' => '\n',
                                    't' => '\t',
                                    other => other,
                                });
                            }
                        }
                        c if c as u32 == u32::from(quote) => break,
                        c if keep => value.push(c),
                        _ => {}
                    }
                }
                value
            }
            b'{' | b'[' => return None,
            _ => {
                let value_start = i;
                while i < bytes.len() && !matches!(bytes[i], b',' | b'}') {
                    i += 1;
                }
                text.get(value_start..i)?.trim().to_string()
            }
        };
        if keep {
            fields.insert(key, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn js_object_literals() {
        let page = "var x = [{ type:1, text: 'a, \\'b\\' }',is_send:0,timestamp:1700000000,displayname:'小王'},\n{ type:0, text: '系统',timestamp:1700000001}]";
        let start = find_object_start(page).unwrap();
        let mut ran_out = false;
        let (fields, end) = parse_object(page, start, &mut ran_out).unwrap();
        // The text is skipped (its quotes and braces still end it rightly).
        assert!(!fields.contains_key("text"));
        assert_eq!(fields["displayname"], "小王");
        assert_eq!(fields["timestamp"], "1700000000");
        let next = end + find_object_start(&page[end..]).unwrap();
        let (fields, _) = parse_object(page, next, &mut ran_out).unwrap();
        assert_eq!(fields["type"], "0");
        assert!(!ran_out);
        assert!(parse_object("{ type:1, text: 'unclosed", 0, &mut ran_out).is_none());
        assert!(ran_out, "a string that never closes runs out of page");
        let mut ran_out = false;
        assert!(parse_object("{ type:1, text: x y }", 0, &mut ran_out).is_some());
        assert!(parse_object("{ type:1, : 2 }", 0, &mut ran_out).is_none());
        assert!(!ran_out, "a bad object is not the end of the page");
    }
}
