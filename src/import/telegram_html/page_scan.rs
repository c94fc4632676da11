//! Reads a chat page (`messages*.html`) with `lol_html`, a streaming HTML parser that only
//! calls back for the elements asked for: nearly all of an HTML export's bytes are chat
//! pages, and building a full DOM of each (as `scraper` does) was eight times slower.

use std::cell::RefCell;

use lol_html::{HtmlRewriter, Settings, element, text};

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
            .append_element_content_handler(element!("div.message div.media_call", |_| {
                if let Some(mut m) = current() {
                    m.call = true;
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
    }
}
