//! A quick reader of chat pages, for the markup Telegram Desktop writes.
//!
//! `lol_html` reads any HTML, but on a chat page most of its time went to work this reader
//! does not need: a selector machine run on every element, child counters for selectors
//! never asked, and a token built for every tag. This reader follows the HTML tokenizer's
//! states (WHATWG §13.2.5) for tags, attributes and comments, keeps the same stack of open
//! elements `lol_html` keeps (every element but the void ones is pushed; an end tag closes
//! up to the last open element of its name), and matches the same selectors by hand, so a
//! page reads to the same [`Page`] both ways.
//!
//! It does not take on what it would have to guess at, and returns `None` for the page to
//! be read by `lol_html` instead: a NUL byte, a page cut inside a tag or comment, `<svg>`,
//! `<math>` and `<plaintext>` (whose content is read otherwise), a self-closed or
//! unterminated `<script>`, `<style>`, `<title>` … element, a script holding `<!--`, such an
//! element inside a text that is read, and elements nested deeper than [`MAX_DEPTH`].
//! Telegram's pages hold none of these. A test reads pages both ways, mutated too, and
//! checks they agree.
//!
//! One difference is on purpose: a raw text element whose tag ends in a missing attribute
//! value (`<style x=>`) holds text up to its end tag, as the standard and browsers have it;
//! `lol_html` reads a style's content as markup then, and panics on a script's (which
//! cost the whole page). Found by a differential run of thousands of mutated exports
//! against the build before this reader; nothing else differed.

use memchr::{memchr, memmem};

use super::page_scan::{Page, PageBuilder};

/// Deepest nesting read here (Telegram's pages nest about a dozen): finding the element an
/// end tag closes walks the open elements, so a deeper page is left to `lol_html`, whose
/// lookup does not grow with the depth.
const MAX_DEPTH: usize = 256;

/// Elements never pushed as open (`lol_html`'s list, `selectors_vm/stack.rs`).
const VOID: [&[u8]; 17] = [
    b"area",
    b"base",
    b"basefont",
    b"bgsound",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"keygen",
    b"link",
    b"meta",
    b"param",
    b"source",
    b"track",
    b"wbr",
];

/// Elements whose content is text up to their end tag, not markup (`lol_html`'s
/// `tree_builder_simulator`; `script` is among them with one more rule).
const RAW_TEXT: [&[u8]; 9] = [
    b"title",
    b"textarea",
    b"style",
    b"iframe",
    b"xmp",
    b"noembed",
    b"noframes",
    b"noscript",
    b"script",
];

/// Elements that change how what follows is read, left to `lol_html`.
const NOT_TAKEN: [&[u8]; 3] = [b"svg", b"math", b"plaintext"];

/// What an open element is, for the selectors of [`super::page_scan::scan_with_lol_html`]
/// that ask about its children and descendants.
#[derive(Clone, Copy, Default)]
struct Scope {
    /// `div.message`.
    message: bool,
    /// `div.message.service`.
    service_message: bool,
    /// `div.message > div.body`.
    body_of_message: bool,
    /// It or an ancestor is a `div.message`.
    in_message: bool,
    /// It or an ancestor is a `div.page_header`.
    in_page_header: bool,
    /// It or an ancestor is a `div.media_wrap` inside a `div.message`.
    in_media_wrap: bool,
    /// Inside `div.page_header div.text` (the chat's name).
    title_text: bool,
    /// Inside `div.message > div.body > div.from_name`.
    sender_name_text: bool,
    /// Inside `div.message.service > div.body`.
    service_text: bool,
    /// Inside `div.message > div.body > div.text`.
    message_text: bool,
}

impl Scope {
    fn reads_text(&self) -> bool {
        self.title_text || self.sender_name_text || self.service_text || self.message_text
    }
}

struct Open<'a> {
    name: &'a [u8],
    scope: Scope,
}

/// A tag as the tokenizer reads it: its name, the attributes read here (the first of each
/// name, as written), and where it ends.
#[derive(Default)]
struct Tag<'a> {
    name: &'a [u8],
    class: Option<&'a str>,
    id: Option<&'a str>,
    title: Option<&'a str>,
    self_closing: bool,
    /// Just past the `>`.
    end: usize,
}

/// Reads the page, or `None` when it is left to `lol_html` (see the module's notes).
pub fn scan(html: &str, keep_text: bool) -> Option<Page> {
    let bytes = html.as_bytes();
    if memchr(0, bytes).is_some() {
        return None;
    }
    let mut out = PageBuilder::default();
    let mut open: Vec<Open<'_>> = Vec::with_capacity(32);
    // Text runs from `text_from` to the next tag; `at` is where the next `<` is looked for.
    let (mut at, mut text_from) = (0, 0);
    while let Some(found) = memchr(b'<', bytes.get(at..)?) {
        let lt = at + found;
        // A `<` at the very end is left to lol_html.
        let next = *bytes.get(lt + 1)?;
        if !(next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?')) {
            // `<` then anything else is text.
            at = lt + 1;
            continue;
        }
        // Markup ends the text before it.
        let scope = open.last().map_or(Scope::default(), |o| o.scope);
        text(&mut out, scope, html.get(text_from..lt)?, keep_text);
        let after = match next {
            b'/' => match bytes.get(lt + 2) {
                Some(c) if c.is_ascii_alphabetic() => {
                    let tag = read_tag(html, lt + 2)?;
                    close(&mut open, tag.name);
                    tag.end
                }
                // `</>` is dropped.
                Some(b'>') => lt + 3,
                // `</` and anything else: a bogus comment up to the next `>`.
                Some(_) => lt + 2 + memchr(b'>', bytes.get(lt + 2..)?)? + 1,
                None => return None,
            },
            b'!' if bytes.get(lt + 2..lt + 4) == Some(b"--") => comment_end(bytes, lt + 4)?,
            // A doctype, or a bogus comment (`<![CDATA[` outside SVG too): both end at the
            // first `>`.
            b'!' => lt + 2 + memchr(b'>', bytes.get(lt + 2..)?)? + 1,
            b'?' => lt + 1 + memchr(b'>', bytes.get(lt + 1..)?)? + 1,
            _ => {
                let tag = read_tag(html, lt + 1)?;
                start_tag(&mut out, &mut open, &tag, keep_text)?;
                if RAW_TEXT.iter().any(|n| tag.name.eq_ignore_ascii_case(n)) {
                    if tag.self_closing || scope.reads_text() {
                        return None;
                    }
                    let end_tag = read_tag(html, raw_text_end(bytes, &tag)? + 2)?;
                    close(&mut open, end_tag.name);
                    end_tag.end
                } else {
                    tag.end
                }
            }
        };
        at = after;
        text_from = after;
    }
    let scope = open.last().map_or(Scope::default(), |o| o.scope);
    text(&mut out, scope, html.get(text_from..)?, keep_text);
    Some(out.finish())
}

/// An end tag closes the last open element of its name and every one opened after it; an
/// end tag of no open element is ignored.
fn close(open: &mut Vec<Open<'_>>, name: &[u8]) {
    if let Some(i) = open.iter().rposition(|o| o.name.eq_ignore_ascii_case(name)) {
        open.truncate(i);
    }
}

/// Hands a run of text to every text selector it is inside.
fn text(out: &mut PageBuilder, scope: Scope, text: &str, keep_text: bool) {
    if text.is_empty() || !scope.reads_text() {
        return;
    }
    if scope.title_text {
        out.title_text(text);
    }
    if scope.sender_name_text {
        out.sender_name_text(text);
    }
    if scope.service_text {
        out.service_text(text);
    }
    if keep_text && scope.message_text {
        out.message_text(text);
    }
}

/// Matches a start tag against the selectors, in the order their handlers were added, and
/// pushes it as open unless it is void. `None` when the page is left to `lol_html`.
fn start_tag<'a>(
    out: &mut PageBuilder,
    open: &mut Vec<Open<'a>>,
    tag: &Tag<'a>,
    keep_text: bool,
) -> Option<()> {
    if NOT_TAKEN.iter().any(|n| tag.name.eq_ignore_ascii_case(n)) {
        return None;
    }
    let parent = open.last().map_or(Scope::default(), |o| o.scope);
    let classes = if tag.name.eq_ignore_ascii_case(b"div") {
        Classes::of(tag.class.unwrap_or(""))
    } else {
        Classes::default()
    };
    let message = classes.message;
    let body = classes.body && parent.message;
    let scope = Scope {
        message,
        service_message: message && classes.service,
        body_of_message: body,
        in_message: message || parent.in_message,
        in_page_header: classes.page_header || parent.in_page_header,
        in_media_wrap: (classes.media_wrap && parent.in_message) || parent.in_media_wrap,
        title_text: (classes.text && parent.in_page_header) || parent.title_text,
        sender_name_text: (classes.from_name && parent.body_of_message) || parent.sender_name_text,
        service_text: (body && parent.service_message) || parent.service_text,
        message_text: (classes.text && parent.body_of_message) || parent.message_text,
    };
    if message {
        out.message(tag.class.unwrap_or(""), tag.id.unwrap_or(""));
    }
    if classes.date && parent.body_of_message {
        out.date(tag.title);
    }
    if parent.in_media_wrap {
        out.media(tag.class);
    }
    let void = VOID.iter().any(|n| tag.name.eq_ignore_ascii_case(n));
    if keep_text && parent.message_text && tag.name.eq_ignore_ascii_case(b"br") {
        out.line_break();
    }
    if !void {
        if open.len() >= MAX_DEPTH {
            return None;
        }
        open.push(Open {
            name: tag.name,
            scope,
        });
    }
    Some(())
}

/// Which of the classes the selectors name a `div` has.
#[derive(Default)]
struct Classes {
    message: bool,
    service: bool,
    body: bool,
    date: bool,
    from_name: bool,
    text: bool,
    page_header: bool,
    media_wrap: bool,
}

impl Classes {
    fn of(class: &str) -> Self {
        let mut c = Self::default();
        // Split as `lol_html` splits a class attribute (`attribute_matcher.rs`).
        for name in class.split([' ', '\n', '\r', '\t', '\x0c']) {
            match name {
                "message" => c.message = true,
                "service" => c.service = true,
                "body" => c.body = true,
                "date" => c.date = true,
                "from_name" => c.from_name = true,
                "text" => c.text = true,
                "page_header" => c.page_header = true,
                "media_wrap" => c.media_wrap = true,
                _ => {}
            }
        }
        c
    }
}

/// White space between a tag's parts, as `lol_html` reads it (the tokenizer's four, and CR,
/// which the standard turns into LF beforehand).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'\x0c')
}

/// Reads a start or end tag whose name begins at `from`, through the tokenizer's tag name,
/// attribute and self-closing states; `None` when the page ends inside it.
fn read_tag(html: &str, from: usize) -> Option<Tag<'_>> {
    let bytes = html.as_bytes();
    let len = bytes.len();
    let mut i = from;
    while i < len && !is_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
        i += 1;
    }
    let mut tag = Tag {
        name: bytes.get(from..i)?,
        ..Tag::default()
    };
    loop {
        // Before an attribute name.
        while i < len && is_space(bytes[i]) {
            i += 1;
        }
        match *bytes.get(i)? {
            b'>' => {
                tag.end = i + 1;
                return Some(tag);
            }
            b'/' => {
                // The self-closing start tag state: `/>` closes, anything else starts over
                // as before an attribute name.
                i += 1;
                if *bytes.get(i)? == b'>' {
                    tag.self_closing = true;
                    tag.end = i + 1;
                    return Some(tag);
                }
                continue;
            }
            _ => {}
        }
        // An attribute name: its first character may be anything, even `=`.
        let name_from = i;
        i += 1;
        while i < len && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let name = bytes.get(name_from..i)?;
        while i < len && is_space(bytes[i]) {
            i += 1;
        }
        let value = if *bytes.get(i)? != b'=' {
            // No value: `/`, `>` or the next name follow, read as before an attribute name.
            ""
        } else {
            i += 1;
            while i < len && is_space(bytes[i]) {
                i += 1;
            }
            attribute_value(html, &mut i)?
        };
        let slot = if name.eq_ignore_ascii_case(b"class") {
            &mut tag.class
        } else if name.eq_ignore_ascii_case(b"id") {
            &mut tag.id
        } else if name.eq_ignore_ascii_case(b"title") {
            &mut tag.title
        } else {
            continue;
        };
        // The first of two attributes of one name counts.
        slot.get_or_insert(value);
    }
}

/// An attribute's value from `i` (past `=` and white space), leaving `i` just after it.
fn attribute_value<'a>(html: &'a str, i: &mut usize) -> Option<&'a str> {
    let bytes = html.as_bytes();
    Some(match *bytes.get(*i)? {
        quote @ (b'"' | b'\'') => {
            let end = *i + 1 + memchr(quote, bytes.get(*i + 1..)?)?;
            let value = html.get(*i + 1..end)?;
            *i = end + 1;
            value
        }
        // `name=>`: a missing value, and the tag ends. (`lol_html` then reads a `<style>`'s
        // content as markup and panics on a `<script>`'s; this reader follows the
        // standard, as browsers do: see the module's notes.)
        b'>' => "",
        _ => {
            let from = *i;
            while *i < bytes.len() && !is_space(bytes[*i]) && bytes[*i] != b'>' {
                *i += 1;
            }
            html.get(from..*i)?
        }
    })
}

/// Where the end tag of a raw text element (`<title>` … `</title>`) begins: the first
/// `</` + its name + white space, `/` or `>`. `None` when there is none, or when a script
/// holds `<!--` (its escapes are left to `lol_html`).
fn raw_text_end(bytes: &[u8], tag: &Tag<'_>) -> Option<usize> {
    let name = tag.name;
    let mut at = tag.end;
    let end = loop {
        let lt = at + memmem::find(bytes.get(at..)?, b"</")?;
        let name_end = lt + 2 + name.len();
        if bytes
            .get(lt + 2..name_end)
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && bytes
                .get(name_end)
                .is_some_and(|&b| is_space(b) || b == b'/' || b == b'>')
        {
            break lt;
        }
        at = lt + 2;
    };
    let script = name.eq_ignore_ascii_case(b"script");
    if script && memmem::find(bytes.get(tag.end..end)?, b"<!--").is_some() {
        return None;
    }
    Some(end)
}

/// Just past the end of a comment whose text begins at `from` (after `<!--`): `<!-->` and
/// `<!--->` end at once; otherwise the first `--` (more dashes may follow) then `>` or `!>`.
/// `None` when the page ends inside it.
fn comment_end(bytes: &[u8], from: usize) -> Option<usize> {
    match bytes.get(from..)? {
        [b'>', ..] => return Some(from + 1),
        [b'-', b'>', ..] => return Some(from + 2),
        _ => {}
    }
    let mut at = from;
    loop {
        let dashes = at + memmem::find(bytes.get(at..)?, b"--")?;
        let mut i = dashes + 2;
        while bytes.get(i) == Some(&b'-') {
            i += 1;
        }
        match bytes.get(i..)? {
            [b'>', ..] => return Some(i + 1),
            [b'!', b'>', ..] => return Some(i + 2),
            [] => return None,
            _ => at = i,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::super::page_scan::scan_with_lol_html;
    use super::*;
    use crate::generate::Rng;

    /// Reads `html` both ways (with and without texts): the quick reader's page, when it
    /// takes the page on, is `lol_html`'s. Returns whether it took it on.
    fn agree(html: &str, what: &str) -> bool {
        let mut taken = true;
        for keep_text in [false, true] {
            match (scan(html, keep_text), scan_with_lol_html(html, keep_text)) {
                (Some(page), Ok(reference)) => {
                    assert_eq!(page, reference, "{what}, keep_text {keep_text}");
                }
                (Some(_), Err(e)) => panic!("{what}: taken on, but lol_html fails: {e}"),
                (None, _) => taken = false,
            }
        }
        taken
    }

    fn chat_pages(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                chat_pages(&path, out);
            } else if path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("messages"))
            {
                out.push(path);
            }
        }
    }

    /// Telegram's pages from the fixtures and the generator, as written, saved again with
    /// every tag on its own line, and with CRLF line ends.
    fn telegram_pages() -> Vec<(String, String)> {
        let dir = tempfile::tempdir().unwrap();
        let options = crate::generate::telegram::GenOptions {
            messages: 3_000,
            chats: 12,
            seed: 5,
            clean: false,
            as_of: None,
        };
        let generated = dir.path().join("export");
        crate::generate::telegram::write_html_export(&options, &generated).unwrap();
        let mut paths = Vec::new();
        chat_pages(&generated, &mut paths);
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/telegram");
        chat_pages(&fixtures, &mut paths);
        let mut pages = Vec::new();
        for path in paths {
            let page = std::fs::read_to_string(&path).unwrap();
            let name = path.display().to_string();
            pages.push((
                format!("{name}, on lines"),
                page.replace('>', ">\n").replace('<', "\n<"),
            ));
            pages.push((format!("{name}, CRLF"), page.replace('\n', "\r\n")));
            pages.push((name, page));
        }
        pages
    }

    #[test]
    fn telegram_pages_are_taken_on_and_read_as_lol_html_reads_them() {
        let pages = telegram_pages();
        assert!(pages.len() > 30, "{} pages", pages.len());
        let mut messages = 0;
        for (name, page) in &pages {
            assert!(agree(page, name), "{name} was left to lol_html");
            messages += scan(page, false).map_or(0, |p| p.messages.len());
        }
        assert!(messages > 3_000, "{messages} messages");
    }

    #[test]
    fn mutated_pages_read_alike_or_are_left_to_lol_html() {
        let pages = telegram_pages();
        let snippets: &[&str] = &[
            "<",
            ">",
            "\"",
            "'",
            "/",
            "=",
            "-",
            "!",
            "&amp;",
            "\n",
            " ",
            "<!--",
            "-->",
            "--!>",
            "<!-->",
            "</",
            "</>",
            "<?x>",
            "<!DOCTYPE x>",
            "<br>",
            "<br/>",
            "</div>",
            "<!--->",
            "<svg>",
            "<textarea>",
            r#"<div class="message service" id="message-9">"#,
            r#"<div class="body">"#,
            r#"<div class="media_wrap"><a class="photo_wrap">"#,
            "<title>x</title>",
            "<script>a<b</script>",
            "<DIV CLASS=text>",
            "<div class=\"message\">",
            "<div class=\"text\">",
            "<br/ >",
            "<a href=x>",
            "</a>",
            "<span>",
            "<!- ",
            "<![CDATA[x]]>",
            "<style>a{}</style>",
            "</textarea>",
            "<noscript>",
            "<iframe>",
            "&",
            "\t",
            "\r",
            "<div class='from_name'>",
            "<DIV class=\"media_wrap\">",
            "<img class=\"sticker\">",
            "<b>",
            "</b>",
            "<p>",
            "</p>",
            "<table>",
            "<tr>",
            "<td>",
            "<select>",
            "<option>",
            "<template>",
            "</template>",
            "<x-y>",
            "<div/>",
            "<div class=\"body\"/>",
            "</body>",
            "</html>",
            "<html>",
            "<body>",
            "<head>",
            "<div class=\"page_header\">",
            "<div class=\"message default\" id=\"message-3\">",
            "<div class=\"date\" title=\"01.01.2020 10:00:00\">",
            "<div class=\"from_name\">",
            "<div class=\"media_wrap\"><div class=\"media_call\">",
            "</div></div>",
            "<",
            "<div class=x class=message>",
            "<div class class=\"message service\">",
            "<math>",
            "<plaintext>",
            "<title>",
            "</title>",
            "<script>",
            "</script>",
            "<!-- x",
            "-- >",
            "<div class=>",
            "<div title=>",
        ];
        let mut rng = Rng::new(11);
        let (mut taken, mut rounds) = (0, 0);
        for round in 0..1_000 {
            let (name, page) = rng.pick(&pages);
            // Mutated near the start, where a page's header and first messages are, so that
            // a round stays quick; the rest follows unchanged.
            let mut cut = page.len().min(4_000);
            while !page.is_char_boundary(cut) {
                cut -= 1;
            }
            let mut bytes = page.as_bytes()[..cut].to_vec();
            for _ in 0..1 + rng.below(6) {
                let at = rng.below(bytes.len() as u64 + 1) as usize;
                match rng.below(3) {
                    0 => {
                        let snippet = rng.pick(snippets).as_bytes();
                        bytes.splice(at..at, snippet.iter().copied());
                    }
                    1 if at < bytes.len() => {
                        bytes.remove(at);
                    }
                    _ => bytes.truncate(at),
                }
            }
            let Ok(head) = String::from_utf8(bytes) else {
                continue;
            };
            let mutated = head + &page[cut..];
            rounds += 1;
            if agree(&mutated, &format!("round {round}, {name}")) {
                taken += 1;
            }
        }
        // Most mutations leave a page the quick reader takes on: the comparison is real.
        assert!(taken * 2 > rounds, "{taken} of {rounds} taken on");
    }

    #[test]
    fn markup_read_as_the_tokenizer_reads_it() {
        let message = |inner: &str| {
            format!(
                r#"<div class="page_header"><div class="text">Chat</div></div><div class="message default" id="message7"><div class="body"><div class="date" title="01.02.2020 10:00:00">x</div>{inner}</div></div>"#
            )
        };
        for inner in [
            // Comments, open and closed every way the tokenizer allows.
            r#"<div class="from_name">A<!-- x --> B</div>"#,
            r#"<div class="from_name">A<!--> B</div>"#,
            r#"<div class="from_name">A<!---> B</div>"#,
            r#"<div class="from_name">A<!-- a --!> B</div>"#,
            r#"<div class="from_name">A<!-- a --!-- b ---> B</div>"#,
            r#"<div class="from_name">A<!-- <!-- --> B</div>"#,
            // Bogus comments and a dropped `</>`.
            r#"<div class="from_name">A<?php x ?> B</>C</ x>D<![CDATA[ y ]]>E</div>"#,
            // Attributes: unquoted, single-quoted, without a value, twice, upper case.
            r#"<DIV CLASS=from_name>Ann</DIV>"#,
            r#"<div class='from_name' class="text">Ann</div>"#,
            r#"<div class class="from_name">Ann</div>"#,
            r#"<div data-x="a>b" class="from_name">Ann</div>"#,
            r#"<div class="from_name"title="t">Ann</div>"#,
            r#"<div =class="from_name">Ann</div>"#,
            r#"<div class = "from_name" / >Ann</div>"#,
            // Text with a lone `<`, entities, a `<br>` and an end tag closing two elements.
            r#"<div class="from_name">a < b &amp; c<br>d<span>e</div>f"#,
            r#"<div class="text">one<br>two<br/>three</br>four</div>"#,
            // Raw text elements outside the texts read.
            r#"<style>.a > .b { }</style><div class="from_name">Ann</div>"#,
            r#"<script>if (a </b) {}</script ><div class="from_name">Ann</div>"#,
            r#"<textarea><div class="from_name">not markup</div></textarea>"#,
            // Media, nested and after the first kind found.
            r#"<div class="media_wrap"><a class="x"><div class="media media_voice_message"></div></a><img class="sticker"></div>"#,
        ] {
            let html = message(inner);
            assert!(agree(&html, inner), "{inner} was left to lol_html");
        }
        // A raw text element with a missing attribute value (`<style x=>`): `lol_html`
        // reads its content as markup, or panics on a script's ("Tag should be a start tag
        // at this point"), where the standard and browsers read text. This reader follows
        // the standard: the name inside is no sender.
        for raw in ["style x=", "script type=", "textarea x="] {
            let name = raw.split(' ').next().unwrap_or_default();
            let html = message(&format!(
                r#"<{raw}><div class="from_name">S</div></{name}><div class="from_name">Ann</div>"#
            ));
            let page = scan(&html, true).expect("taken on");
            assert_eq!(page.messages.len(), 1, "{raw}");
            assert_eq!(page.messages[0].from_name.as_deref(), Some("Ann"), "{raw}");
        }
        // What is left to lol_html still reads as lol_html reads it.
        for html in [
            "<div class=\"message\" id=\"message1\">\0</div>".to_string(),
            message(r#"<svg><title>x</title></svg>"#),
            message(r#"<div class="text"><title>x</title></div>"#),
            message(r#"<script><!-- <script> --></script>"#),
            message(r#"<title/>"#),
            message("<div class=\"from_name\">A<!-- never closed"),
            "<div>".repeat(MAX_DEPTH + 1),
        ] {
            assert!(!agree(&html, &html), "{html} was taken on");
        }
    }
}
