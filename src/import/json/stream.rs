//! A streaming JSON scanner for files too large to hold: it walks the outer structure
//! (objects, arrays, keys) itself and hands each inner value over as one byte slice, which
//! the caller then deserialises with `serde_json` (from a slice, which is fast).
//!
//! Only the bytes of the value being scanned are held, so memory stays bounded by the
//! largest record, not the file. While scanning, it notes what `serde_json` would reject
//! but exporters write anyway (`\xHH` escapes, raw control characters, bare words), so the
//! caller knows to run [`super::repair`] first.

use std::io::{self, Read};
use std::ops::Range;

const CHUNK: usize = 1 << 20;

/// Why scanning stopped.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("the file ends at byte {offset} in the middle of the data")]
    Truncated { offset: u64 },
    #[error("expected {expected} at byte {offset}, found {found}")]
    Syntax {
        offset: u64,
        expected: &'static str,
        found: String,
    },
    #[error("a single value at byte {offset} is larger than {limit_mib} MiB")]
    TooLarge { offset: u64, limit_mib: usize },
}

/// A value found by [`JsonStream::skip_value`]: where its bytes are in the buffer (valid
/// until the next call on the stream), where it starts in the file, and whether it holds
/// constructs that need repair before `serde_json` can read it.
#[derive(Clone, Debug)]
pub struct RawValue {
    pub range: Range<usize>,
    pub offset: u64,
    pub needs_repair: bool,
    /// The value was longer than the stream's limit: its bytes were passed over without
    /// being held, `range` is empty, and the stream lists its offset in
    /// [`JsonStream::take_oversized`].
    pub oversized: bool,
}

/// The scanner. `R` should not be buffered: the scanner reads in 1 MiB chunks itself.
pub struct JsonStream<R> {
    reader: R,
    buf: Vec<u8>,
    pos: usize,
    len: usize,
    /// File offset of `buf[0]`.
    base: u64,
    eof: bool,
    max_value: usize,
    /// File offsets of values skipped for their size, not yet taken.
    oversized: Vec<u64>,
}

impl<R: Read> JsonStream<R> {
    /// `max_value` bounds the bytes of one value held at once.
    pub fn new(reader: R, max_value: usize) -> Self {
        Self {
            reader,
            buf: vec![0; CHUNK],
            pos: 0,
            len: 0,
            base: 0,
            eof: false,
            max_value: max_value.max(CHUNK),
            oversized: Vec::new(),
        }
    }

    /// The file offsets of the values skipped because they were larger than the limit
    /// since the last call, for the caller to warn about.
    pub fn take_oversized(&mut self) -> Vec<u64> {
        std::mem::take(&mut self.oversized)
    }

    /// The largest value held, in bytes.
    pub fn max_value(&self) -> usize {
        self.max_value
    }

    /// The file offset of the next unread byte.
    pub fn offset(&self) -> u64 {
        self.base + self.pos as u64
    }

    /// The bytes of a value returned by [`Self::skip_value`].
    pub fn bytes(&self, value: &RawValue) -> &[u8] {
        &self.buf[value.range.clone()]
    }

    /// Skips white space and returns the next byte without consuming it (`None` at the end).
    pub fn peek(&mut self) -> Result<Option<u8>, StreamError> {
        loop {
            while self.pos < self.len {
                let b = self.buf[self.pos];
                if matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                    self.pos += 1;
                } else {
                    return Ok(Some(b));
                }
            }
            if !self.fill(self.pos)? {
                return Ok(None);
            }
        }
    }

    /// Consumes `{`.
    pub fn begin_object(&mut self) -> Result<(), StreamError> {
        self.expect(b'{', "'{'")
    }

    /// Consumes `[`.
    pub fn begin_array(&mut self) -> Result<(), StreamError> {
        self.expect(b'[', "'['")
    }

    /// Inside an object: reads the next key into `key` and consumes the `:` after it.
    /// Returns `false` (having consumed the `}`) when the object ends.
    pub fn next_key(&mut self, key: &mut Vec<u8>) -> Result<bool, StreamError> {
        key.clear();
        loop {
            match self.peek()? {
                None => return Err(self.truncated()),
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(false);
                }
                Some(b',') => self.pos += 1,
                Some(b'"') => break,
                Some(other) => return Err(self.syntax("a key or '}'", Some(other))),
            }
        }
        let value = self.skip_value()?;
        // An oversized key's range is empty: the key is read as empty.
        let inner = value.range.start + 1..value.range.end.saturating_sub(1);
        key.extend_from_slice(self.buf.get(inner).unwrap_or_default());
        match self.peek()? {
            Some(b':') => {
                self.pos += 1;
                Ok(true)
            }
            None => Err(self.truncated()),
            Some(other) => Err(self.syntax("':'", Some(other))),
        }
    }

    /// Inside an array: returns `true` when another item follows (positioned at it),
    /// `false` (having consumed the `]`) when the array ends.
    pub fn next_item(&mut self) -> Result<bool, StreamError> {
        loop {
            match self.peek()? {
                None => return Err(self.truncated()),
                Some(b']') => {
                    self.pos += 1;
                    return Ok(false);
                }
                Some(b',') => self.pos += 1,
                Some(_) => return Ok(true),
            }
        }
    }

    /// Scans one complete value (object, array, string or scalar) and returns where it is.
    ///
    /// Inside an object only `"`, `{` and `}` matter (brackets balance on their own), inside
    /// an array only `"`, `[` and `]`, and inside a string only `"` and `\\`: each is found
    /// with `memchr`, so the bytes in between are never looked at one by one.
    pub fn skip_value(&mut self) -> Result<RawValue, StreamError> {
        let first = match self.peek()? {
            None => return Err(self.truncated()),
            // A value cannot start with a closing bracket or a separator; returning an
            // empty value here would leave the caller looping on the same byte.
            Some(b @ (b'}' | b']' | b',' | b':')) => return Err(self.syntax("a value", Some(b))),
            Some(b) => b,
        };
        let (open, close) = match first {
            b'{' => (b'{', b'}'),
            b'[' => (b'[', b']'),
            b'"' => (0, 0),
            _ => return self.skip_scalar(),
        };
        let mut start = self.pos;
        let offset = self.base + start as u64;
        let mut i = start;
        let mut depth: usize = 0;
        let mut needs_repair = false;
        let mut in_string = false;
        let mut oversized = false;
        loop {
            if i >= self.len && !self.fill_value(&mut start, &mut i, &mut oversized)? {
                return Err(self.truncated_at(self.base + self.len as u64));
            }
            let rest = &self.buf[i..self.len];
            if in_string {
                let Some(found) = memchr::memchr2(b'"', b'\\', rest) else {
                    i = self.len;
                    continue;
                };
                i += found;
                if self.buf[i] == b'"' {
                    in_string = false;
                    i += 1;
                    if depth == 0 {
                        break;
                    }
                    continue;
                }
                // A backslash: look at the escaped byte (fetching more if needed).
                if i + 1 >= self.len {
                    if !self.fill_value(&mut start, &mut i, &mut oversized)? {
                        return Err(self.truncated_at(self.base + self.len as u64));
                    }
                    continue;
                }
                // Raw control characters and invalid UTF-8 are not looked for here (it
                // would cost a pass over every string); serde_json rejects them and the
                // caller then repairs.
                let escaped = self.buf[i + 1];
                if !matches!(
                    escaped,
                    b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' | b'u'
                ) {
                    needs_repair = true;
                }
                i += 2;
                continue;
            }
            if depth == 0 && first == b'"' {
                // The opening quote of a string value.
                in_string = true;
                i += 1;
                continue;
            }
            let Some(found) = memchr::memchr3(b'"', open, close, rest) else {
                i = self.len;
                continue;
            };
            i += found;
            let b = self.buf[i];
            i += 1;
            if b == b'"' {
                in_string = true;
            } else if b == open {
                depth += 1;
            } else {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
        }
        self.pos = i;
        Ok(self.found(start..i, offset, needs_repair, oversized))
    }

    /// A number, `true`, `false`, `null`, or a bare word (invalid, but exporters write
    /// them): everything up to the next delimiter.
    fn skip_scalar(&mut self) -> Result<RawValue, StreamError> {
        let mut start = self.pos;
        let offset = self.base + start as u64;
        let mut i = start;
        let mut needs_repair = false;
        let mut oversized = false;
        loop {
            if i >= self.len && !self.fill_value(&mut start, &mut i, &mut oversized)? {
                break; // a scalar that ends the file
            }
            match self.buf[i] {
                b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t' => break,
                b'0'..=b'9'
                | b'-'
                | b'+'
                | b'.'
                | b'e'
                | b'E'
                | b't'
                | b'r'
                | b'u'
                | b'f'
                | b'a'
                | b'l'
                | b's'
                | b'n' => {}
                _ => needs_repair = true,
            }
            i += 1;
        }
        self.pos = i;
        Ok(self.found(start..i, offset, needs_repair, oversized))
    }

    /// The value scanned over `range`; an oversized one is empty and listed.
    fn found(
        &mut self,
        range: Range<usize>,
        offset: u64,
        needs_repair: bool,
        oversized: bool,
    ) -> RawValue {
        if oversized {
            self.oversized.push(offset);
            return RawValue {
                range: range.end..range.end,
                offset,
                needs_repair: false,
                oversized,
            };
        }
        RawValue {
            range,
            offset,
            needs_repair,
            oversized,
        }
    }

    /// Reads more input while scanning a value that starts at `start` and has been looked
    /// at up to `i`. `fill` moves the value to the front of the buffer, so both move with
    /// it. Returns `false` at the end of input.
    ///
    /// A value that fills a buffer of the largest size is `oversized`: from then on the
    /// bytes scanned are dropped at each fill (`start` follows `i`), so scanning goes on
    /// to the value's end in bounded memory.
    fn fill_value(
        &mut self,
        start: &mut usize,
        i: &mut usize,
        oversized: &mut bool,
    ) -> Result<bool, StreamError> {
        if *start == 0 && self.len == self.buf.len() && self.buf.len() >= self.max_value {
            *oversized = true;
        }
        if *oversized {
            *start = *i;
        }
        let shift = *start;
        let more = self.fill(shift)?;
        *i -= shift;
        *start = 0;
        Ok(more)
    }

    fn expect(&mut self, byte: u8, what: &'static str) -> Result<(), StreamError> {
        match self.peek()? {
            Some(b) if b == byte => {
                self.pos += 1;
                Ok(())
            }
            None => Err(self.truncated()),
            Some(other) => Err(self.syntax(what, Some(other))),
        }
    }

    /// Reads more input, first moving the bytes from `keep` on to the front of the buffer
    /// (growing it when a single value fills it). Returns `false` at the end of input.
    fn fill(&mut self, keep: usize) -> Result<bool, StreamError> {
        // Compact first, even at the end of input, so callers can always shift their
        // indices by `keep` (see `fill_value`).
        if keep > 0 {
            self.buf.copy_within(keep..self.len, 0);
            self.len -= keep;
            self.pos -= keep.min(self.pos);
            self.base += keep as u64;
        }
        if self.eof {
            return Ok(false);
        }
        if self.len == self.buf.len() {
            if self.buf.len() >= self.max_value {
                return Err(StreamError::TooLarge {
                    offset: self.base,
                    limit_mib: self.max_value >> 20,
                });
            }
            let grown = (self.buf.len() * 2).min(self.max_value);
            self.buf.resize(grown, 0);
        }
        loop {
            match self.reader.read(&mut self.buf[self.len..]) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.len += n;
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e.into()),
            }
        }
    }

    fn truncated(&self) -> StreamError {
        self.truncated_at(self.offset())
    }

    fn truncated_at(&self, offset: u64) -> StreamError {
        StreamError::Truncated { offset }
    }

    fn syntax(&self, expected: &'static str, found: Option<u8>) -> StreamError {
        StreamError::Syntax {
            offset: self.offset(),
            expected,
            found: match found {
                Some(b) if b.is_ascii_graphic() => format!("'{}'", b as char),
                Some(b) => format!("byte 0x{b:02X}"),
                None => "the end of the file".into(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that returns at most `step` bytes per call, to prove values split across
    /// reads are put back together.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.data.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    fn values_of_array(json: &str, step: usize) -> Vec<(String, bool)> {
        let mut s = JsonStream::new(
            Trickle {
                data: json.as_bytes(),
                step,
            },
            1 << 20,
        );
        let mut out = Vec::new();
        let mut key = Vec::new();
        s.begin_object().unwrap();
        assert!(s.next_key(&mut key).unwrap());
        assert_eq!(key, b"list");
        s.begin_array().unwrap();
        while s.next_item().unwrap() {
            let v = s.skip_value().unwrap();
            out.push((
                String::from_utf8(s.bytes(&v).to_vec()).unwrap(),
                v.needs_repair,
            ));
        }
        assert!(!s.next_key(&mut key).unwrap());
        out
    }

    #[test]
    fn splits_values_whole_and_byte_by_byte() {
        let json = r#" {"list": [ {"a": "x}\"]", "b": [1, {"c": null}]}, 12, -3.5e2, "s\\", true, null, [] ] } "#;
        let expected = vec![
            (
                r#"{"a": "x}\"]", "b": [1, {"c": null}]}"#.to_string(),
                false,
            ),
            ("12".to_string(), false),
            ("-3.5e2".to_string(), false),
            (r#""s\\""#.to_string(), false),
            ("true".to_string(), false),
            ("null".to_string(), false),
            ("[]".to_string(), false),
        ];
        for step in [1, 2, 3, 7, 4096] {
            assert_eq!(values_of_array(json, step), expected, "step {step}");
        }
    }

    #[test]
    fn flags_what_needs_repair() {
        let json = "{\"list\": [\"a\\x0Cb\", {\"document_id\": stickers/s.webp}, \"tab\there\", \"ok\\u0041\"]}";
        let flags: Vec<bool> = values_of_array(json, 3).into_iter().map(|v| v.1).collect();
        // The bare word inside an object is only found when parsing fails (see repair).
        assert_eq!(flags, vec![true, false, false, false]);
    }

    #[test]
    fn a_closing_bracket_where_a_value_belongs_is_an_error() {
        for json in [r#"{"list": [1, }]}"#, r#"{"list": [}"#, r#"{"a": ]}"#] {
            let mut s = JsonStream::new(json.as_bytes(), 1 << 20);
            let mut key = Vec::new();
            s.begin_object().unwrap();
            s.next_key(&mut key).unwrap();
            let mut steps = 0;
            let result = loop {
                steps += 1;
                assert!(steps < 10, "no progress on {json}");
                let r = match s.peek() {
                    Ok(Some(b'[')) => s.begin_array().and_then(|()| s.next_item()).map(drop),
                    _ => s.skip_value().map(drop),
                };
                if r.is_err() {
                    break r;
                }
            };
            assert!(
                matches!(result, Err(StreamError::Syntax { .. })),
                "{json}: {result:?}"
            );
        }
    }

    #[test]
    fn truncation_is_reported_with_offset() {
        let json = r#"{"list": [{"a": 1}, {"b": "unfinished"#;
        let mut s = JsonStream::new(json.as_bytes(), 1 << 20);
        let mut key = Vec::new();
        s.begin_object().unwrap();
        s.next_key(&mut key).unwrap();
        s.begin_array().unwrap();
        assert!(s.next_item().unwrap());
        s.skip_value().unwrap();
        assert!(s.next_item().unwrap());
        match s.skip_value() {
            Err(StreamError::Truncated { offset }) => assert_eq!(offset, json.len() as u64),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn scalar_ending_the_input_keeps_its_bytes() {
        // The number is cut by the end of input after the buffer was compacted.
        let json = format!("{{\"pad\": \"{}\", \"n\": 12345", "x".repeat(100));
        let mut s = JsonStream::new(
            Trickle {
                data: json.as_bytes(),
                step: 7,
            },
            1 << 20,
        );
        let mut key = Vec::new();
        s.begin_object().unwrap();
        s.next_key(&mut key).unwrap();
        s.skip_value().unwrap();
        s.next_key(&mut key).unwrap();
        assert_eq!(key, b"n");
        let v = s.skip_value().unwrap();
        assert_eq!(s.bytes(&v), b"12345");
        assert_eq!(v.offset, json.len() as u64 - 5);
    }

    #[test]
    fn an_oversized_value_is_passed_over_and_the_next_one_read() {
        // A string, an object with escapes, a bare word and a key, each over the limit.
        let huge = "x".repeat(3 << 20);
        let big = format!(
            "{{\"list\": [\"{huge}\", {{\"a\": \"{huge}\\\"}}\"}}, {huge}, 7], \"{huge}\": 1, \"n\": 2}}"
        );
        for step in [1 << 16, 1 << 20, 3 << 20] {
            let mut s = JsonStream::new(
                Trickle {
                    data: big.as_bytes(),
                    step,
                },
                1 << 20,
            );
            let mut key = Vec::new();
            s.begin_object().unwrap();
            s.next_key(&mut key).unwrap();
            s.begin_array().unwrap();
            let mut kept = Vec::new();
            while s.next_item().unwrap() {
                let v = s.skip_value().unwrap();
                assert!(
                    s.buf.len() <= (1 << 20) + 1,
                    "nothing past the limit is held"
                );
                kept.push((v.oversized, s.bytes(&v).to_vec()));
            }
            assert_eq!(
                kept,
                [
                    (true, vec![]),
                    (true, vec![]),
                    (true, vec![]),
                    (false, b"7".to_vec())
                ]
            );
            assert!(s.next_key(&mut key).unwrap());
            assert!(key.is_empty(), "an oversized key is read as empty");
            s.skip_value().unwrap();
            assert!(s.next_key(&mut key).unwrap());
            assert_eq!(key, b"n");
            let v = s.skip_value().unwrap();
            assert_eq!(s.bytes(&v), b"2");
            assert_eq!(s.take_oversized().len(), 4);
            assert!(s.take_oversized().is_empty());
        }
    }
}
