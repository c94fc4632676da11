//! One Telegram message object, read leniently: every key optional, unknown keys
//! ignored, a repeated key (5.9.0–5.9.1 wrote `text` twice) counted and the last kept.
//! Only the few fields the model needs are taken; message text is kept only when asked
//! (login notifications).

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::model::Content;

/// The fields of a message that Footprint uses.
#[derive(Debug, Default)]
pub struct MessageRecord<'de> {
    /// `type`: `message`, `service` or `unsupported`.
    pub kind: Option<Cow<'de, str>>,
    /// `date`: local wall-clock time of the exporting computer.
    pub date: Option<Cow<'de, str>>,
    /// `date_unixtime` (a string in real exports).
    pub date_unix: Option<i64>,
    /// `from` for messages, `actor` for service messages.
    pub author_name: Option<Cow<'de, str>>,
    /// `from_id` / `actor_id`.
    pub author_id: Option<PeerId<'de>>,
    /// Concatenated text, only when requested.
    pub text: Option<String>,
    /// What the message carries, from its media keys (`media_type`, `photo`, `file` …).
    pub content: Content,
    /// Keys seen more than once.
    pub duplicate_keys: u32,
}

/// The content a media key stands for. `media_type` names the kind of a `file`
/// (`sticker`, `voice_message` …) and so outranks the bare `file` key.
fn media_type_content(media_type: &str) -> Content {
    match media_type {
        "sticker" => Content::Sticker,
        "animation" => Content::Gif,
        "video_file" | "video_message" => Content::Video,
        "voice_message" | "audio_file" => Content::Voice,
        _ => Content::File,
    }
}

/// A sender id as written: `"user123"` or a number.
#[derive(Debug, PartialEq, Eq)]
pub enum PeerId<'de> {
    Text(Cow<'de, str>),
    Number(i64),
}

impl PeerId<'_> {
    /// True for Telegram's service account in any id shape.
    pub fn is_service_account(&self) -> bool {
        match self {
            Self::Text(t) => t == "user777000",
            Self::Number(n) => super::ids::bare_dialog_id(*n) == super::ids::SERVICE_ACCOUNT_ID,
        }
    }
}

/// Deserialises a [`MessageRecord`]; `keep_text` asks for the text of every message
/// (it is also kept for messages from the service account).
pub struct MessageSeed {
    pub keep_text: bool,
}

impl<'de> DeserializeSeed<'de> for MessageSeed {
    type Value = MessageRecord<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

#[derive(Clone, Copy)]
enum Field {
    Type,
    Date,
    DateUnix,
    Author,
    AuthorId,
    Text,
    MediaType,
    Photo,
    File,
    Location,
    ContactCard,
    Poll,
    Game,
    Other,
}

impl<'de> de::Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct FieldVisitor;
        impl Visitor<'_> for FieldVisitor {
            type Value = Field;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Field, E> {
                Ok(match v {
                    "type" => Field::Type,
                    "date" => Field::Date,
                    "date_unixtime" => Field::DateUnix,
                    "from" | "actor" => Field::Author,
                    "from_id" | "actor_id" => Field::AuthorId,
                    "text" => Field::Text,
                    "media_type" => Field::MediaType,
                    "photo" => Field::Photo,
                    "file" => Field::File,
                    "location_information" | "live_location_period_seconds" => Field::Location,
                    "contact_information" | "contact_vcard" => Field::ContactCard,
                    "poll" => Field::Poll,
                    "game_title" | "invoice_information" => Field::Game,
                    _ => Field::Other,
                })
            }
        }
        d.deserialize_identifier(FieldVisitor)
    }
}

impl<'de> Visitor<'de> for MessageSeed {
    type Value = MessageRecord<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a message object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut rec = MessageRecord::default();
        let mut seen = [false; Field::Other as usize + 1];
        // The strongest hint at the content so far: `media_type` outranks the others.
        let mut media_type = false;
        while let Some(field) = map.next_key::<Field>()? {
            let slot = field as usize;
            if !matches!(field, Field::Other) {
                if seen[slot] {
                    rec.duplicate_keys += 1;
                }
                seen[slot] = true;
            }
            match field {
                Field::Type => rec.kind = map.next_value::<Option<CowStr<'de>>>()?.map(|s| s.0),
                Field::Date => rec.date = map.next_value::<Option<CowStr<'de>>>()?.map(|s| s.0),
                Field::DateUnix => {
                    rec.date_unix = map.next_value::<Option<UnixTime>>()?.and_then(|t| t.0)
                }
                Field::Author => {
                    // A second `from` in the same object would be odd; the last one wins.
                    rec.author_name = map.next_value::<Option<CowStr<'de>>>()?.map(|s| s.0);
                }
                Field::AuthorId => rec.author_id = map.next_value::<Option<PeerId<'de>>>()?,
                Field::Text => {
                    let from_service = rec
                        .author_id
                        .as_ref()
                        .is_some_and(PeerId::is_service_account);
                    if self.keep_text || from_service {
                        let mut text = String::new();
                        map.next_value_seed(TextSeed(&mut text))?;
                        rec.text = Some(text);
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Field::MediaType => {
                    if let Some(t) = map.next_value::<Option<CowStr<'de>>>()? {
                        rec.content = media_type_content(&t.0);
                        media_type = true;
                    }
                }
                Field::Photo
                | Field::File
                | Field::Location
                | Field::ContactCard
                | Field::Poll
                | Field::Game => {
                    map.next_value::<IgnoredAny>()?;
                    if !media_type {
                        rec.content = match field {
                            Field::Photo => Content::Image,
                            Field::File => Content::File,
                            Field::Location => Content::Location,
                            Field::ContactCard => Content::Contact,
                            Field::Poll => Content::Poll,
                            _ => Content::App,
                        };
                    }
                }
                Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if rec.content == Content::Unknown {
            rec.content = Content::Text;
        }
        Ok(rec)
    }
}

/// A string that borrows from the input when it has no escapes.
pub struct CowStr<'de>(pub Cow<'de, str>);

impl<'de> de::Deserialize<'de> for CowStr<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = CowStr<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(CowStr(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(CowStr(Cow::Owned(v.to_string())))
            }
            // Numbers where a string was expected (odd but harmless) become text.
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(CowStr(Cow::Owned(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(CowStr(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> de::Deserialize<'de> for PeerId<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = PeerId<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a peer id")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(PeerId::Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(PeerId::Text(Cow::Owned(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(PeerId::Number(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(PeerId::Number(v as i64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(PeerId::Number(v as i64))
            }
        }
        d.deserialize_any(V)
    }
}

/// A Unix time written as a string (`"1705760185"`) or a number; unparseable is `None`.
pub struct UnixTime(pub Option<i64>);

impl<'de> de::Deserialize<'de> for UnixTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = UnixTime;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Unix time")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<UnixTime, E> {
                let v = v.trim();
                Ok(UnixTime(v.parse::<i64>().ok().or_else(|| {
                    v.parse::<f64>()
                        .ok()
                        .filter(|f| f.is_finite())
                        .map(|f| f as i64)
                })))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<UnixTime, E> {
                Ok(UnixTime(Some(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<UnixTime, E> {
                Ok(UnixTime(i64::try_from(v).ok()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<UnixTime, E> {
                Ok(UnixTime(v.is_finite().then_some(v as i64)))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<UnixTime, E> {
                Ok(UnixTime(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// Appends the text of a `text` value (a string, or an array of strings and
/// `{"type", "text"}` entities) to a `String`.
struct TextSeed<'a>(&'a mut String);

impl<'de> DeserializeSeed<'de> for TextSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TextSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("message text")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.0.push_str(v);
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(TextSeed(&mut *self.0))?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<CowStr<'de>>()? {
            if key.0 == "text" {
                map.next_value_seed(TextSeed(&mut *self.0))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

/// Reads one message from its bytes.
pub fn parse_message(
    bytes: &[u8],
    keep_text: bool,
) -> Result<MessageRecord<'_>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let rec = MessageSeed { keep_text }.deserialize(&mut de)?;
    de.end()?;
    Ok(rec)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_id_shapes() {
        let shapes = [
            (r#"{"from": "A"}"#, None),
            (r#"{"from_id": 123}"#, Some(PeerId::Number(123))),
            (
                r#"{"from_id": 4294967419}"#,
                Some(PeerId::Number(4294967419)),
            ),
            (
                r#"{"from_id": "user123"}"#,
                Some(PeerId::Text("user123".into())),
            ),
            (
                r#"{"actor_id": "channel9"}"#,
                Some(PeerId::Text("channel9".into())),
            ),
        ];
        for (json, expected) in shapes {
            assert_eq!(
                parse_message(json.as_bytes(), false).unwrap().author_id,
                expected,
                "{json}"
            );
        }
    }

    #[test]
    fn text_string_or_array_and_duplicates() {
        let rec = parse_message(
            br#"{"type":"service","text":"first","text":["a ",{"type":"bold","text":"b"},""],"date_unixtime":"1709544030"}"#,
            true,
        )
        .unwrap();
        assert_eq!(rec.text.as_deref(), Some("a b"));
        assert_eq!(rec.duplicate_keys, 1);
        assert_eq!(rec.date_unix, Some(1709544030));
        assert_eq!(rec.kind.as_deref(), Some("service"));
    }

    #[test]
    fn null_author_and_unknown_keys() {
        let rec = parse_message(
            br#"{"id":3,"type":"message","date":"2024-03-04T10:35:30","from":null,"from_id":"user9","reactions":[{"x":[1,2]}],"text":"hi"}"#,
            false,
        )
        .unwrap();
        assert_eq!(rec.author_name, None);
        assert_eq!(rec.text, None);
        assert!(matches!(
            rec.date,
            Some(Cow::Borrowed("2024-03-04T10:35:30"))
        ));
    }

    #[test]
    fn service_account_text_is_kept() {
        let rec =
            parse_message(br#"{"from_id":"user777000","text":"IP = 1.2.3.4"}"#, false).unwrap();
        assert_eq!(rec.text.as_deref(), Some("IP = 1.2.3.4"));
    }
}
