//! Closes JSON that ends early (a file cut by a failed copy or download), so that what
//! came before the cut can be read: the document is cut back to its last complete value
//! and the arrays and objects still open are closed.

/// `input` cut back to the end of its last complete array item or object member, with
/// the open brackets closed: `{"a": [1, 2, 3` gives `{"a": [1, 2]}` (the `3` may be the
/// start of `30`, so it is dropped), `{"a": 1, "b": "tex` gives `{"a": 1}`, and a cut
/// before any complete value gives the outermost container empty (`{"a": [1` gives `{}`).
///
/// Returns `None` when `input` is not cut (every bracket is closed, or it holds none) or
/// no bracket was open before the cut. Linear in the input: one pass to find the last
/// point where every value before it is complete, one to learn which brackets are open
/// there.
pub fn close_cut(input: &[u8]) -> Option<Vec<u8>> {
    let mut depth = 0usize;
    let mut strings = Strings::default();
    // The end of the longest prefix that closes into valid JSON without making anything
    // up: just after the outermost opening bracket, or just before a comma that follows a
    // complete value (not after an inner bracket: `[{"n": "a"}, {"n` must not become
    // `[{"n": "a"}, {}]`, an empty item the file never held).
    let mut safe = None;
    for (i, &b) in input.iter().enumerate() {
        match strings.outside(b) {
            Some(b'{' | b'[') => {
                depth += 1;
                if depth == 1 {
                    safe = Some(i + 1);
                }
            }
            Some(b'}' | b']') => depth = depth.saturating_sub(1),
            Some(b',') if depth > 0 => safe = Some(i),
            _ => {}
        }
    }
    if depth == 0 && !strings.inside {
        return None;
    }
    let kept = input.get(..safe?)?;
    let mut open = Vec::new();
    let mut strings = Strings::default();
    for &b in kept {
        match strings.outside(b) {
            Some(b'{') => open.push(b'}'),
            Some(b'[') => open.push(b']'),
            Some(b'}' | b']') => {
                open.pop();
            }
            _ => {}
        }
    }
    let mut closed = kept.to_vec();
    closed.extend(open.iter().rev());
    Some(closed)
}

/// Where a byte stands in JSON's strings, one byte at a time.
#[derive(Default)]
struct Strings {
    inside: bool,
    escaped: bool,
}

impl Strings {
    /// `b` when it is outside every string (quotes that open a string included, as
    /// nothing else is asked of them), `None` inside one.
    fn outside(&mut self, b: u8) -> Option<u8> {
        if self.inside {
            match (self.escaped, b) {
                (true, _) => self.escaped = false,
                (false, b'\\') => self.escaped = true,
                (false, b'"') => self.inside = false,
                _ => {}
            }
            return None;
        }
        if b == b'"' {
            self.inside = true;
        }
        Some(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closed(s: &str) -> Option<String> {
        close_cut(s.as_bytes()).map(|v| String::from_utf8(v).unwrap())
    }

    #[test]
    fn cut_documents_close_at_their_last_complete_value() {
        assert_eq!(
            closed(r#"{"a": [1, 2, 3"#).as_deref(),
            Some(r#"{"a": [1, 2]}"#)
        );
        assert_eq!(
            closed(r#"{"a": 1, "b": "te"#).as_deref(),
            Some(r#"{"a": 1}"#)
        );
        assert_eq!(closed(r#"{"a": "x,y"#).as_deref(), Some("{}"));
        assert_eq!(
            closed(r#"[{"n": "a\"],"}, {"n": "b"#).as_deref(),
            Some(r#"[{"n": "a\"],"}]"#)
        );
        assert_eq!(
            closed(r#"{"a": {"b": [], "c"#).as_deref(),
            Some(r#"{"a": {"b": []}}"#)
        );
    }

    #[test]
    fn whole_or_bracketless_documents_are_left_alone() {
        assert_eq!(closed(r#"{"a": [1, 2]}"#), None);
        assert_eq!(closed("12"), None);
        assert_eq!(closed(""), None);
        assert_eq!(closed(r#""unterminated"#), None);
    }

    /// Every cut of a real-shaped document closes into JSON serde reads, holding a prefix
    /// of the items.
    #[test]
    fn every_cut_of_a_document_closes_into_valid_json() {
        let whole = r#"{"wa_contacts": ["+49 170 1", "+49 170 2", "+49 170 3"], "groups": [{"name": "a, \"b\"", "members": [1, 2]}, {"name": "c"}]}"#;
        let full: serde_json::Value = serde_json::from_str(whole).unwrap();
        let all = full["wa_contacts"].as_array().unwrap().clone();
        for cut in 1..whole.len() {
            let Some(fixed) = close_cut(&whole.as_bytes()[..cut]) else {
                panic!("cut at {cut} not closed");
            };
            let value: serde_json::Value = serde_json::from_slice(&fixed).unwrap_or_else(|e| {
                panic!("cut at {cut}: {e}: {}", String::from_utf8_lossy(&fixed))
            });
            if let Some(kept) = value.get("wa_contacts").and_then(|v| v.as_array()) {
                assert_eq!(kept[..], all[..kept.len()], "cut at {cut}");
            }
            // No item is made up: every group kept has the name the file gave it.
            if let Some(groups) = value.get("groups").and_then(|v| v.as_array()) {
                for (k, g) in groups.iter().enumerate() {
                    assert_eq!(g["name"], full["groups"][k]["name"], "cut at {cut}");
                }
            }
        }
    }
}
