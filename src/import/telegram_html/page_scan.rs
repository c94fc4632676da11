//! Reads a chat page (`messages*.html`) with `lol_html`, a streaming HTML parser that only
//! calls back for the elements asked for: nearly all of an HTML export's bytes are chat
//! pages, and building a full DOM of each (as `scraper` does) was eight times slower.

use std::cell::RefCell;

use lol_html::{HtmlRewriter, Settings, element, text};

use crate::model::Content;

/// What a chat page holds, as raw strings (entities already decoded).
#[derive(Debug, Default)]
pub struct Page {
    /// The chat name in the page header.
    pub title: Option<String>,
    pub messages: Vec<RawMessage>,
}

/// One `div.message` of a page.
#[derive(Debug, Default)]
pub struct RawMessage {
    /// `message123`, or `message-1` for a date separator.
    pub id: String,
    pub service: bool,
    pub joined: bool,
    /// The `title` of `div.date`: `DD.MM.YYYY HH:MM:SS[ UTC±HH:MM]`.
    pub date_title: Option<String>,
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

/// Scans a page; `keep_text` also collects message texts (for login notices).
pub fn scan(html: &str, keep_text: bool) -> Result<Page, String> {
    let page = RefCell::new(Page::default());
    let title = RefCell::new(String::new());
    {
        let current = || {
            // Handlers only run inside a `div.message`, so there is a current message.
            std::cell::RefMut::filter_map(page.borrow_mut(), |p| p.messages.last_mut()).ok()
        };
        let mut settings = Settings::new()
            .append_element_content_handler(text!("div.page_header div.text", |t| {
                title.borrow_mut().push_str(t.as_str());
                Ok(())
            }))
            .append_element_content_handler(element!("div.message", |el| {
                let class = el.get_attribute("class").unwrap_or_default();
                let classes = || class.split_ascii_whitespace();
                page.borrow_mut().messages.push(RawMessage {
                    id: el.get_attribute("id").unwrap_or_default(),
                    service: classes().any(|c| c == "service"),
                    joined: classes().any(|c| c == "joined"),
                    content: Content::Text,
                    ..RawMessage::default()
                });
                Ok(())
            }))
            .append_element_content_handler(element!("div.message > div.body > div.date", |el| {
                if let Some(mut m) = current() {
                    m.date_title = el.get_attribute("title");
                }
                Ok(())
            }))
            .append_element_content_handler(text!("div.message > div.body > div.from_name", |t| {
                if let Some(mut m) = current() {
                    m.from_name
                        .get_or_insert_with(String::new)
                        .push_str(t.as_str());
                }
                Ok(())
            }))
            .append_element_content_handler(text!("div.message.service > div.body", |t| {
                if let Some(mut m) = current() {
                    m.service_text.push_str(t.as_str());
                }
                Ok(())
            }))
            .append_element_content_handler(element!("div.message div.media_wrap *", |el| {
                let content = el.get_attribute("class").as_deref().and_then(media_class);
                if let (Some(content), Some(mut m)) = (content, current())
                    && m.content == Content::Text
                {
                    m.content = content;
                    m.call |= content == Content::Call;
                }
                Ok(())
            }));
        if keep_text {
            settings = settings
                .append_element_content_handler(text!("div.message > div.body > div.text", |t| {
                    if let Some(mut m) = current() {
                        m.text.push_str(t.as_str());
                    }
                    Ok(())
                }))
                .append_element_content_handler(element!(
                    "div.message > div.body > div.text br",
                    |_| {
                        if let Some(mut m) = current() {
                            m.text.push('\n');
                        }
                        Ok(())
                    }
                ));
        }
        let mut rewriter = HtmlRewriter::new(settings.with_strict(false), |_: &[u8]| {});
        rewriter.write(html.as_bytes()).map_err(|e| e.to_string())?;
        rewriter.end().map_err(|e| e.to_string())?;
    }
    let mut page = page.into_inner();
    let title = decode(&title.into_inner());
    page.title = (!title.is_empty()).then_some(title);
    for m in &mut page.messages {
        m.from_name = m.from_name.as_deref().map(decode);
        m.service_text = decode(&m.service_text);
        m.text = decode(&m.text);
    }
    Ok(page)
}

/// Text chunks come as written in the file: entities decoded, white space trimmed.
fn decode(raw: &str) -> String {
    html_escape::decode_html_entities(raw.trim()).into_owned()
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
        assert!(sep.service && sep.id == "message-1");
        assert_eq!(sep.service_text, "4 March 2024");
        assert_eq!(first.from_name.as_deref(), Some("Alex <A>"));
        assert_eq!(
            first.date_title.as_deref(),
            Some("04.03.2024 10:20:30 UTC+01:00")
        );
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
