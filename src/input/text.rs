//! The one place where bytes become text.
//!
//! Exports arrive as UTF-8 (with or without a byte-order mark), as UTF-16 when a Windows
//! tool re-saved them, or as GB18030/GBK when Excel on Chinese Windows did. Importers never
//! guess encodings themselves: they call [`decode`] for small texts or [`utf8_reader`] for
//! streams.

use std::borrow::Cow;
use std::io::{self, Read};

use encoding_rs::{Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

/// The encoding a text was found to be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Gb18030,
}

impl TextEncoding {
    fn encoding(self) -> &'static Encoding {
        match self {
            Self::Utf8 | Self::Utf8Bom => UTF_8,
            Self::Utf16Le => UTF_16LE,
            Self::Utf16Be => UTF_16BE,
            Self::Gb18030 => GB18030,
        }
    }
}

/// Looks at the first bytes of a text: a BOM decides; otherwise valid UTF-8 is UTF-8
/// (a multi-byte character cut at the end of `head` still counts). Text that is not UTF-8
/// is UTF-16 without a BOM when its zero bytes say so (below), GB18030 when it decodes as
/// GB18030 without errors (Excel on Chinese Windows), and otherwise UTF-8 with a few bad
/// bytes, which become U+FFFD.
pub fn sniff(head: &[u8]) -> TextEncoding {
    match head {
        [0xEF, 0xBB, 0xBF, ..] => TextEncoding::Utf8Bom,
        [0xFF, 0xFE, ..] => TextEncoding::Utf16Le,
        [0xFE, 0xFF, ..] => TextEncoding::Utf16Be,
        _ => match std::str::from_utf8(head) {
            // UTF-16 of ASCII is valid UTF-8 too (its zero bytes are NUL characters).
            Ok(_) | Err(_) if head.contains(&0) => {
                utf16_without_bom(head).unwrap_or(TextEncoding::Utf8)
            }
            Ok(_) => TextEncoding::Utf8,
            // `error_len() == None` means the input ended inside a character: still UTF-8.
            Err(e) if e.error_len().is_none() => TextEncoding::Utf8,
            Err(_) if decodes_cleanly_as_gb18030(head) => TextEncoding::Gb18030,
            Err(_) => TextEncoding::Utf8,
        },
    }
}

/// UTF-16 saved without a byte-order mark (Windows tools, "Unicode" in Notepad's older
/// save dialogs), told by its zero bytes: exports are mostly ASCII digits, punctuation
/// and Latin letters, whose code units have a zero high byte, so at least a quarter of the
/// code units have a zero byte on the same side and almost none on the other. The head
/// must then decode as UTF-16 without an error (no unpaired surrogate) and hold few control
/// characters, so that binary data with zero bytes stays binary.
fn utf16_without_bom(head: &[u8]) -> Option<TextEncoding> {
    let units = head.len() / 2;
    if units < 8 {
        return None;
    }
    let zero_at = |side: usize| {
        head.chunks_exact(2)
            .filter(|unit| unit.get(side) == Some(&0))
            .count()
    };
    let (low_zero, high_zero) = (zero_at(0), zero_at(1));
    let encoding = if high_zero * 4 >= units && low_zero * 20 <= high_zero {
        TextEncoding::Utf16Le
    } else if low_zero * 4 >= units && high_zero * 20 <= low_zero {
        TextEncoding::Utf16Be
    } else {
        return None;
    };
    let mut decoder = encoding.encoding().new_decoder_without_bom_handling();
    let mut text = String::with_capacity(head.len() * 2);
    // `last = false`: a surrogate pair cut at the end of the head is not an error.
    let (result, _) = decoder.decode_to_string_without_replacement(head, &mut text, false);
    let clean = !matches!(result, encoding_rs::DecoderResult::Malformed(..));
    let controls = text
        .chars()
        .filter(|&c| c < ' ' && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}'))
        .count();
    (clean && controls * 20 <= text.chars().count()).then_some(encoding)
}

fn decodes_cleanly_as_gb18030(head: &[u8]) -> bool {
    let mut decoder = GB18030.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(head.len() * 3);
    // `last = false`: a character cut at the end of the head is not an error.
    let (result, _, had_errors) = decoder.decode_to_string(head, &mut out, false);
    result == encoding_rs::CoderResult::InputEmpty && !had_errors
}

/// How much of a text [`decode`] looks through for a zero byte before taking it as UTF-8:
/// UTF-16 shows its zero bytes from the start.
const SNIFF_BYTES: usize = 64 << 10;

/// Decodes a whole (small) text. Invalid sequences become U+FFFD; a BOM is dropped.
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    // Nearly every export: UTF-8 without a BOM, told by one SIMD pass (where `sniff` and
    // `from_utf8_lossy` each made a pass of their own) and borrowed as it is.
    // UTF-16 of ASCII is valid UTF-8 too: a zero byte in the head sends it to `sniff`.
    if !bytes.starts_with(&[0xEF, 0xBB, 0xBF])
        && !bytes.get(..SNIFF_BYTES).unwrap_or(bytes).contains(&0)
        && let Ok(text) = simdutf8::basic::from_utf8(bytes)
    {
        return Cow::Borrowed(text);
    }
    let encoding = sniff(bytes);
    match encoding {
        TextEncoding::Utf8 => String::from_utf8_lossy(bytes),
        other => {
            let (text, _, _) = other.encoding().decode(bytes);
            text
        }
    }
}

/// True when the bytes look like binary data rather than text in any supported encoding:
/// outside UTF-16, more than one byte in twenty a control character (NUL included).
/// Compressed data (a photo, a zip) has about one in nine; a text with a stray NUL a copy
/// left in it is still text, and read.
pub fn looks_binary(head: &[u8]) -> bool {
    match sniff(head) {
        TextEncoding::Utf16Le | TextEncoding::Utf16Be => false,
        _ => {
            let controls = head
                .iter()
                .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
                .count();
            controls * 20 > head.len().max(1)
        }
    }
}

/// Wraps a byte stream so that it yields UTF-8: a UTF-8 BOM is skipped, UTF-16 (with BOM)
/// and non-UTF-8 text (GB18030) are transcoded on the fly. Plain UTF-8 passes through
/// untouched, without copying, so the fast path costs nothing.
pub fn utf8_reader<'a, R: Read + 'a>(mut reader: R) -> io::Result<Box<dyn Read + 'a>> {
    let mut head = [0u8; 4096];
    let mut len = 0;
    while len < head.len() {
        match reader.read(&mut head[len..]) {
            Ok(0) => break,
            Ok(n) => len += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let head_bytes = head[..len].to_vec();
    let encoding = sniff(&head_bytes);
    let chained = io::Cursor::new(head_bytes).chain(reader);
    Ok(match encoding {
        TextEncoding::Utf8 => Box::new(chained),
        TextEncoding::Utf8Bom => {
            let mut chained = chained;
            let mut bom = [0u8; 3];
            chained.read_exact(&mut bom)?;
            Box::new(chained)
        }
        other => Box::new(
            encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(other.encoding()))
                .bom_override(true)
                .build(chained),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(bytes: &[u8]) -> String {
        let mut out = String::new();
        utf8_reader(bytes)
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(read_all("{\"a\":1}".as_bytes()), "{\"a\":1}");
        assert_eq!(read_all(b"\xEF\xBB\xBF{\"a\":1}"), "{\"a\":1}");
        assert_eq!(decode(b"\xEF\xBB\xBFhi"), "hi");
    }

    #[test]
    fn utf16_both_orders() {
        let text = "{\"名\":\"Ал\"}";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(read_all(&le), text);
        assert_eq!(read_all(&be), text);
        assert_eq!(decode(&le), text);
        assert!(!looks_binary(&le));
    }

    /// UTF-16 without a byte-order mark, in both orders, with Chinese, Cyrillic and a
    /// surrogate pair: read as UTF-16, never as binary, and a cut pair at the end of the
    /// head does not matter.
    #[test]
    fn utf16_without_bom_is_told_by_its_zero_bytes() {
        let text = "12/03/2024, 10:15 - Мария: 你好 👋 see you at 5\n12/03/2024, 10:16 - Ana: ok\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(sniff(&le), TextEncoding::Utf16Le);
        assert_eq!(sniff(&be), TextEncoding::Utf16Be);
        assert!(!looks_binary(&le) && !looks_binary(&be));
        assert_eq!(decode(&le), text);
        assert_eq!(decode(&be), text);
        assert_eq!(read_all(&le), text);
        assert_eq!(read_all(&be), text);
        let emoji = le.len() - "see you at 5\n12/03/2024, 10:16 - Ana: ok\n".len() * 2 - 4;
        assert_eq!(
            sniff(&le[..emoji + 2]),
            TextEncoding::Utf16Le,
            "half a pair at the end"
        );
        // Binary data with zero bytes stays binary.
        let png: Vec<u8> = (0..512u32)
            .flat_map(|i| [(i * 7 % 251) as u8, 0, 1, 2])
            .collect();
        assert!(looks_binary(&png));
        assert!(looks_binary(&[0u8; 64]));
    }

    #[test]
    fn gb18030_fallback() {
        let (gbk, _, _) = GB18030.encode("交易时间,微信支付");
        assert_eq!(sniff(&gbk), TextEncoding::Gb18030);
        assert_eq!(decode(&gbk), "交易时间,微信支付");
        assert_eq!(read_all(&gbk), "交易时间,微信支付");
    }

    #[test]
    fn utf8_with_a_few_bad_bytes_stays_utf8() {
        let bytes = b"{\"name\": \"caf\xE9\", \"from\": \"J\xFCrgen\"}";
        assert_eq!(sniff(bytes), TextEncoding::Utf8);
        assert_eq!(
            decode(bytes),
            "{\"name\": \"caf\u{FFFD}\", \"from\": \"J\u{FFFD}rgen\"}"
        );
    }

    #[test]
    fn cut_utf8_character_is_still_utf8() {
        let bytes = "ab中".as_bytes();
        assert_eq!(sniff(&bytes[..3]), TextEncoding::Utf8);
    }

    #[test]
    fn binary_is_detected() {
        assert!(looks_binary(&[0, 1, 2, 3, 0xFF, 0x89, b'P', b'N', b'G']));
        assert!(!looks_binary(b"plain text\n"));
        // Bytes as compressed data has them: binary.
        let mut rng = crate::generate::Rng::new(5);
        let noise: Vec<u8> = (0..4096).map(|_| rng.below(256) as u8).collect();
        assert!(looks_binary(&noise));
        // A stray NUL in a text: still text.
        let mut chat = "01/02/2024, 10:00 - Ana: hello there\n"
            .repeat(20)
            .into_bytes();
        chat[100] = 0;
        assert!(!looks_binary(&chat));
    }
}
