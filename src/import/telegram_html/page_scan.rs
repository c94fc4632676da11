//! Reads a chat page (`messages*.html`) into a [`Page`]: through [`super::quick_scan`] when
//! the page is in the markup Telegram Desktop writes, else with `lol_html`, a streaming
//! HTML parser that only calls back for the elements asked for (nearly all of an HTML
//! export's bytes are chat pages, and building a full DOM of each, as `scraper` does, was
//! eight times slower). Both readers fill a [`PageBuilder`]: what is done with what they
//! find is written once, here.

use std::cell::RefCell;

use lol_html::{HtmlRewriter, Settings, element, text};

use super::html::parse_date_title;
use crate::model::{Content, WallTime};

/// What a chat page holds, as raw strings (entities already decoded).
#[derive(Debug, Default, PartialEq)]
pub struct Page {
    /// The chat name in the page header.
    pub title: Option<String>,
    pub messages: Vec<RawMessage>,
}

/// One `div.message` of a page.
#[derive(Debug, Default, PartialEq)]
pub struct RawMessage {
    /// A date separator: its `id` is `message-1`, `message-2` … where a message's is
    /// `message123`.
    pub separator: bool,
    pub service: bool,
    pub joined: bool,
    /// The `title` of `div.date` (`DD.MM.YYYY HH:MM:SS[ UTC±HH:MM]`), read by
    /// [`parse_date_title`]: the wall-clock time and the offset in seconds, if any. `None`
    /// when there is no such title or it is not a date.
    pub date: Option<(WallTime, Option<i32>)>,
    /// `div.from_name` directly in the message body (not the one of a forwarded message).
    pub from_name: Option<String>,
    /// The text of a service message's body (a date separator's date).
    pub service_text: String,
    /// The message text, with `<br>` as line breaks (only when asked for).
    pub text: String,
    /// The message is a call (`div.media_call`).
    pub call: bool,
    /// What the message carries, from the classes of its media block (`photo_wrap`,
    /// `media_voice_message` …); text when it has none.
    pub content: Content,
}

/// The content a class of a media block stands for (Telegram Desktop's
/// `export_output_html.cpp` names them).
fn media_class(class: &str) -> Option<Content> {
    class.split_ascii_whitespace().find_map(|c| {
        Some(match c {
            "photo_wrap" | "media_photo" => Content::Image,
            "sticker_wrap" | "sticker" => Content::Sticker,
            "animated_wrap" | "media_animation" => Content::Gif,
            "video_file_wrap" | "media_video" | "video_wrap" => Content::Video,
            "media_voice_message" | "media_audio_file" => Content::Voice,
            "media_file" => Content::File,
            "media_contact" => Content::Contact,
            "media_location" | "media_live_location" | "media_venue" => Content::Location,
            "media_poll" => Content::Poll,
            "media_game" | "media_invoice" => Content::App,
            "media_call" => Content::Call,
            _ => return None,
        })
    })
}

/// Scans a page; `keep_text` also collects message texts (for login notices). Pages in the
/// markup Telegram Desktop writes are read by [`super::quick_scan`]; a page it does not take
/// on (see there) is read by `lol_html`, the reader of record: both fill a [`PageBuilder`].
pub fn scan(html: &str, keep_text: bool) -> Result<Page, String> {
    match super::quick_scan::scan(html, keep_text) {
        Some(page) => Ok(page),
        None => scan_with_lol_html(html, keep_text),
    }
}

/// Scans a page with `lol_html`'s selectors.
pub fn scan_with_lol_html(html: &str, keep_text: bool) -> Result<Page, String> {
    let page = RefCell::new(PageBuilder::default());
    {
        let mut settings = Settings::new()
            .append_element_content_handler(text!("div.page_header div.text", |t| {
                page.borrow_mut().title_text(t.as_str());
                Ok(())
            }))
            .append_element_content_handler(element!("div.message", |el| {
                let class = el.get_attribute("class").unwrap_or_default();
                let id = el.get_attribute("id").unwrap_or_default();
                page.borrow_mut().message(&class, &id);
                Ok(())
            }))
            .append_element_content_handler(element!("div.message > div.body > div.date", |el| {
                page.borrow_mut().date(el.get_attribute("title").as_deref());
                Ok(())
            }))
            .append_element_content_handler(text!("div.message > div.body > div.from_name", |t| {
                page.borrow_mut().sender_name_text(t.as_str());
                Ok(())
            }))
            .append_element_content_handler(text!("div.message.service > div.body", |t| {
                page.borrow_mut().service_text(t.as_str());
                Ok(())
            }))
            .append_element_content_handler(element!("div.message div.media_wrap *", |el| {
                page.borrow_mut()
                    .media(el.get_attribute("class").as_deref());
                Ok(())
            }));
        if keep_text {
            settings = settings
                .append_element_content_handler(text!("div.message > div.body > div.text", |t| {
                    page.borrow_mut().message_text(t.as_str());
                    Ok(())
                }))
                .append_element_content_handler(element!(
                    "div.message > div.body > div.text br",
                    |_| {
                        page.borrow_mut().line_break();
                        Ok(())
                    }
                ));
        }
        let mut rewriter = HtmlRewriter::new(settings.with_strict(false), |_: &[u8]| {});
        rewriter.write(html.as_bytes()).map_err(|e| e.to_string())?;
        rewriter.end().map_err(|e| e.to_string())?;
    }
    Ok(page.into_inner().finish())
}

/// What both readers do with what they find, so that they fill a page alike. Every call
/// but [`PageBuilder::message`] and [`PageBuilder::title_text`] is about the last message
/// begun (the readers only make them inside a `div.message`).
#[derive(Debug, Default)]
pub struct PageBuilder {
    page: Page,
    title: String,
}

impl PageBuilder {
    /// A `div.message` begins, with its `class` and `id` attributes as written.
    pub fn message(&mut self, class: &str, id: &str) {
        let classes = || class.split_ascii_whitespace();
        self.page.messages.push(RawMessage {
            separator: id.starts_with("message-"),
            service: classes().any(|c| c == "service"),
            joined: classes().any(|c| c == "joined"),
            content: Content::Text,
            ..RawMessage::default()
        });
    }

    /// The `title` of the message's `div.date`.
    pub fn date(&mut self, title: Option<&str>) {
        if let Some(m) = self.page.messages.last_mut() {
            m.date = title.and_then(parse_date_title);
        }
    }

    /// An element inside the message's `div.media_wrap`, with its `class`: the first that
    /// names a kind of media says what the message carries.
    pub fn media(&mut self, class: Option<&str>) {
        let Some(m) = self.page.messages.last_mut() else {
            return;
        };
        if m.content != Content::Text {
            return;
        }
        if let Some(content) = class.and_then(media_class) {
            m.content = content;
            m.call |= content == Content::Call;
        }
    }

    /// Text of the page header's `div.text`: the chat's name.
    pub fn title_text(&mut self, text: &str) {
        self.title.push_str(text);
    }

    /// Text of the message's own `div.from_name`.
    pub fn sender_name_text(&mut self, text: &str) {
        if let Some(m) = self.page.messages.last_mut() {
            m.from_name.get_or_insert_with(String::new).push_str(text);
        }
    }

    /// Text of a service message's body.
    pub fn service_text(&mut self, text: &str) {
        if let Some(m) = self.page.messages.last_mut() {
            m.service_text.push_str(text);
        }
    }

    /// Text of the message's `div.text`.
    pub fn message_text(&mut self, text: &str) {
        if let Some(m) = self.page.messages.last_mut() {
            m.text.push_str(text);
        }
    }

    /// A `<br>` in the message's `div.text`.
    pub fn line_break(&mut self) {
        if let Some(m) = self.page.messages.last_mut() {
            m.text.push('\n');
        }
    }

    /// The page, its texts decoded (entities) and trimmed.
    pub fn finish(self) -> Page {
        let mut page = self.page;
        let mut title = self.title;
        decode(&mut title);
        page.title = (!title.is_empty()).then_some(title);
        for m in &mut page.messages {
            if let Some(name) = &mut m.from_name {
                decode(name);
            }
            decode(&mut m.service_text);
            decode(&mut m.text);
        }
        page
    }
}

/// Text chunks come as written in the file: entities are decoded and white space trimmed,
/// in place when there are no entities (nearly always).
fn decode(text: &mut String) {
    let end = text.trim_end().len();
    text.truncate(end);
    let start = text.len() - text.trim_start().len();
    text.drain(..start);
    if text.contains('&') {
        *text = html_escape::decode_html_entities(text).into_owned();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_messages_of_every_kind() {
        let html = r#"<div class="page_header"><a><div class="text bold">
 Bob &amp; Co </div></a></div><div class="history">
<div class="message service" id="message-1"><div class="body details">
4 March 2024 </div></div>
<div class="message default clearfix" id="message2"><div class="body">
 <div class="pull_right date details" title="04.03.2024 10:20:30 UTC+01:00">10:20</div>
 <div class="from_name">
Alex &lt;A&gt; </div>
 <div class="forwarded body"><div class="from_name">Other</div></div>
 <div class="text">line one<br>line &quot;two&quot;</div></div></div>
<div class="message default clearfix joined" id="message3"><div class="body">
 <div class="pull_right date details" title="04.03.2024 10:21:00 UTC+01:00">10:21</div>
 <div class="media_wrap"><div class="media clearfix pull_left media_call success"></div></div></div></div>
</div>"#;
        let page = scan(html, true).unwrap();
        assert_eq!(page.title.as_deref(), Some("Bob & Co"));
        assert_eq!(page.messages.len(), 3);
        let [sep, first, joined] = &page.messages[..] else {
            panic!()
        };
        assert!(sep.service && sep.separator && !first.separator);
        assert_eq!(sep.service_text, "4 March 2024");
        assert_eq!(first.from_name.as_deref(), Some("Alex <A>"));
        let (time, offset) = first.date.unwrap();
        assert_eq!(time.to_iso(), "2024-03-04T10:20:30");
        assert_eq!(offset, Some(3600));
        assert_eq!(first.text, "line one\nline \"two\"");
        assert!(joined.joined && joined.call && joined.from_name.is_none());
        assert_eq!(first.content, Content::Text);
    }

    #[test]
    fn media_blocks_say_what_a_message_carries() {
        let message = |media: &str| {
            format!(
                r#"<div class="message default clearfix" id="message5"><div class="body">
<div class="pull_right date details" title="04.03.2024 10:20:30">10:20</div>
<div class="from_name">Ann</div><div class="media_wrap clearfix">{media}</div></div></div>"#
            )
        };
        for (media, content) in [
            (
                r#"<a class="photo_wrap clearfix pull_left" href="p.jpg"><img class="photo"></a>"#,
                Content::Image,
            ),
            (
                r#"<a class="sticker_wrap clearfix pull_left"><img class="sticker"></a>"#,
                Content::Sticker,
            ),
            (
                r#"<a class="animated_wrap clearfix pull_left"></a>"#,
                Content::Gif,
            ),
            (
                r#"<a class="media clearfix pull_left block_link media_voice_message"><div class="fill pull_left"></div></a>"#,
                Content::Voice,
            ),
            (
                r#"<div class="media clearfix pull_left media_file"></div>"#,
                Content::File,
            ),
            (
                r#"<div class="media clearfix pull_left media_location"></div>"#,
                Content::Location,
            ),
            (r#"<div class="media_poll"></div>"#, Content::Poll),
        ] {
            let page = scan(&message(media), false).unwrap();
            assert_eq!(page.messages[0].content, content, "{media}");
            assert!(!page.messages[0].call);
        }
    }
}
