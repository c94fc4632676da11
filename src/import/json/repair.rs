//! Repairs the invalid JSON that exporters write, so that `serde_json` can read it.
//!
//! Seen in the wild (see `shared/docs/formats/telegram.md` §5):
//! - Telegram Desktop writes control characters as `\xHH` (tdesktop#27571,
//!   mlomb/chat-analytics#100), which becomes `\u00HH`;
//! - versions 4.0.4–4.1.1 wrote `document_id` values unquoted (tdesktop#24961), which
//!   get quoted;
//! - raw control characters inside strings get escaped, unknown escapes lose their
//!   backslash's meaning (`\q` becomes `\\q`), and bytes that are not UTF-8 become U+FFFD.

/// What a repair changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Repairs {
    /// Escapes, bare words and control characters fixed.
    pub syntax: u32,
    /// Invalid UTF-8 sequences replaced.
    pub invalid_utf8: bool,
}

impl Repairs {
    pub fn any(self) -> bool {
        self.syntax > 0 || self.invalid_utf8
    }
}

/// Returns a repaired copy of `input` and what was changed.
pub fn repair(input: &[u8]) -> (Vec<u8>, Repairs) {
    let mut repairs = Repairs::default();
    let text = String::from_utf8_lossy(input);
    repairs.invalid_utf8 = matches!(text, std::borrow::Cow::Owned(_));
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() + 16);
    let mut i = 0;
    let mut in_string = false;
    // True right after ':' or '[' or ',' (outside strings): a value may start here.
    let mut value_expected = true;
    while i < b.len() {
        let c = b[i];
        if in_string {
            match c {
                b'"' => {
                    in_string = false;
                    out.push(c);
                }
                b'\\' => {
                    let next = b.get(i + 1).copied();
                    match next {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' | b'u') => {
                            out.push(c);
                            out.push(next.unwrap_or_default());
                            i += 1;
                        }
                        Some(b'x')
                            if b.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
                                && b.get(i + 3).is_some_and(u8::is_ascii_hexdigit) =>
                        {
                            out.extend_from_slice(b"\\u00");
                            out.push(b[i + 2]);
                            out.push(b[i + 3]);
                            repairs.syntax += 1;
                            i += 3;
                        }
                        _ => {
                            out.extend_from_slice(b"\\\\");
                            repairs.syntax += 1;
                        }
                    }
                }
                0x00..=0x1F => {
                    out.extend_from_slice(format!("\\u{c:04x}").as_bytes());
                    repairs.syntax += 1;
                }
                _ => out.push(c),
            }
            i += 1;
            continue;
        }
        match c {
            b'"' => {
                in_string = true;
                value_expected = false;
                out.push(c);
                i += 1;
            }
            b':' | b'[' | b',' | b'{' => {
                value_expected = c != b'{';
                out.push(c);
                i += 1;
            }
            b' ' | b'\n' | b'\r' | b'\t' | b'}' | b']' => {
                out.push(c);
                i += 1;
            }
            _ if value_expected => {
                // A scalar: keep it if it is a JSON literal or number, else quote it.
                let end = b[i..]
                    .iter()
                    .position(|&x| matches!(x, b',' | b'}' | b']' | b'\n' | b'\r'))
                    .map_or(b.len(), |p| i + p);
                let token = trim_end(&b[i..end]);
                if is_json_scalar(token) {
                    out.extend_from_slice(token);
                } else {
                    out.push(b'"');
                    for &t in token {
                        match t {
                            b'"' | b'\\' => {
                                out.push(b'\\');
                                out.push(t);
                            }
                            0x00..=0x1F => out.extend_from_slice(format!("\\u{t:04x}").as_bytes()),
                            _ => out.push(t),
                        }
                    }
                    out.push(b'"');
                    repairs.syntax += 1;
                }
                out.extend_from_slice(&b[i + token.len()..end]);
                value_expected = false;
                i = end;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    (out, repairs)
}

fn trim_end(bytes: &[u8]) -> &[u8] {
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |p| p + 1);
    &bytes[..end]
}

fn is_json_scalar(token: &[u8]) -> bool {
    matches!(token, b"true" | b"false" | b"null")
        || std::str::from_utf8(token)
            .ok()
            .and_then(|t| serde_json::from_str::<serde_json::Number>(t).ok())
            .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(input: &[u8]) -> (serde_json::Value, Repairs) {
        let (out, repairs) = repair(input);
        (serde_json::from_slice(&out).unwrap(), repairs)
    }

    #[test]
    fn hex_escapes_become_unicode_escapes() {
        let (v, r) = fixed(br#"{"data": "1=412\x012=97\x0C", "ok": "a\\x"}"#);
        assert_eq!(v["data"], "1=412\u{1}2=97\u{c}");
        assert_eq!(v["ok"], "a\\x");
        assert_eq!(r.syntax, 2);
    }

    #[test]
    fn bare_words_are_quoted() {
        let (v, r) =
            fixed(b"{\"document_id\": stickers/sticker (2).webp, \"n\": -1.5, \"t\": true}");
        assert_eq!(v["document_id"], "stickers/sticker (2).webp");
        assert_eq!(v["n"], -1.5);
        assert_eq!(v["t"], true);
        assert_eq!(r.syntax, 1);
    }

    #[test]
    fn control_characters_and_bad_utf8() {
        let (v, r) = fixed(b"{\"a\": \"tab\there\", \"b\": \"caf\xE9\"}");
        assert_eq!(v["a"], "tab\there");
        assert_eq!(v["b"], "caf\u{FFFD}");
        assert!(r.invalid_utf8);
        assert_eq!(r.syntax, 1);
    }

    #[test]
    fn valid_json_is_unchanged() {
        let input = br#"{"a": [1, "x\"y", {"b": null}], "c": "\u00e9"}"#;
        let (out, r) = repair(input);
        assert_eq!(out, input.to_vec());
        assert!(!r.any());
    }
}
