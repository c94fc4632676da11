//! Small helpers over `scraper` for Telegram's HTML: classes, direct children, text with
//! `<br>` as line breaks, and Telegram's date formats.

use chrono::NaiveDate;
use scraper::{ElementRef, Node, Selector};

use crate::model::WallTime;

/// Compiles a selector written in this module. The strings are constants, so a failure is
/// a bug here, never bad input.
pub fn compile(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("invalid built-in selector {css:?}: {e:?}"))
}

/// A selector compiled on first use: `static S: LazyLock<Selector> = selector!("div.x");`
macro_rules! selector {
    ($css:literal) => {
        std::sync::LazyLock::new(|| super::html::compile($css))
    };
}
pub(super) use selector;

pub fn has_class(el: &ElementRef<'_>, class: &str) -> bool {
    el.value().classes().any(|c| c == class)
}

/// The first direct child element with `class`.
pub fn child<'a>(el: &ElementRef<'a>, class: &str) -> Option<ElementRef<'a>> {
    el.child_elements().find(|c| has_class(c, class))
}

/// All direct children with `class`.
pub fn children<'a>(
    el: &ElementRef<'a>,
    class: &'a str,
) -> impl Iterator<Item = ElementRef<'a>> + 'a {
    el.child_elements().filter(move |c| has_class(c, class))
}

/// The element's text, `<br>` as a line break, white space at the ends trimmed.
pub fn text(el: &ElementRef<'_>) -> String {
    let mut out = String::new();
    for node in el.descendants() {
        match node.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if e.name() == "br" => out.push('\n'),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// `DD.MM.YYYY HH:MM:SS`, optionally followed by ` UTC±HH:MM` (Telegram 3.7.6+). Returns the
/// wall-clock time and the offset in seconds when there is one.
pub fn parse_date_title(title: &str) -> Option<(WallTime, Option<i32>)> {
    let title = title.trim();
    let (date, rest) = title.split_once(' ')?;
    let (time, zone) = match rest.split_once(' ') {
        Some((time, zone)) => (time, Some(zone.trim())),
        None => (rest, None),
    };
    // Every message carries one: the exact shape Telegram writes is read by hand (chrono's
    // format parser took 3 % of reading an export), anything else by chrono.
    let wall = match exact_stamp(date, time) {
        Some(wall) => wall,
        None => {
            let t = chrono::NaiveDateTime::parse_from_str(
                &format!("{date} {time}"),
                "%d.%m.%Y %H:%M:%S",
            )
            .ok()?;
            WallTime::checked(t.and_utc().timestamp())?
        }
    };
    let offset = zone.and_then(parse_utc_offset);
    Some((wall, offset))
}

/// `DD.MM.YYYY` and `HH:MM:SS`, all digits, as Telegram writes them; `None` otherwise.
fn exact_stamp(date: &str, time: &str) -> Option<WallTime> {
    let number = |s: &str, len: usize| -> Option<u32> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let mut d = date.split('.');
    let (day, month, year) = (
        number(d.next()?, 2)?,
        number(d.next()?, 2)?,
        number(d.next()?, 4)?,
    );
    let mut t = time.split(':');
    let (h, m, s) = (
        number(t.next()?, 2)?,
        number(t.next()?, 2)?,
        number(t.next()?, 2)?,
    );
    if d.next().is_some() || t.next().is_some() {
        return None;
    }
    WallTime::from_fields(i32::try_from(year).ok()?, month, day, h, m, s)
}

/// Deepest nesting a list page may have to be read (Telegram's nest about a dozen).
pub const MAX_LIST_DEPTH: usize = 512;

/// How deep the elements of `html` nest at most, counted in one pass: start tags open,
/// end tags close; void elements (`br`, `img` …), `<!…>` and self-closed tags do neither.
pub fn nesting_depth(html: &str) -> usize {
    const VOID: [&str; 8] = ["br", "img", "meta", "link", "input", "hr", "wbr", "source"];
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    for at in memchr::memchr_iter(b'<', bytes) {
        let rest = &bytes[at + 1..];
        match rest.first() {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_len = rest
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(rest.len());
                let name = std::str::from_utf8(&rest[..name_len]).unwrap_or("");
                // Looked for within the tag's first bytes only, so text full of `<` with
                // no `>` stays linear.
                let window = &rest[..rest.len().min(512)];
                let self_closed = memchr::memchr(b'>', window)
                    .is_some_and(|end| end > 0 && window[end - 1] == b'/');
                if !self_closed && !VOID.iter().any(|v| name.eq_ignore_ascii_case(v)) {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
            }
            _ => {}
        }
    }
    deepest
}

/// `UTC+03:00` / `UTC-04:00` -> seconds east of UTC.
fn parse_utc_offset(zone: &str) -> Option<i32> {
    let rest = zone.strip_prefix("UTC")?;
    let (sign, rest) = match rest.as_bytes().first()? {
        b'+' => (1, &rest[1..]),
        b'-' => (-1, &rest[1..]),
        _ => return None,
    };
    let (h, m) = rest.split_once(':')?;
    Some(sign * (h.parse::<i32>().ok()? * 3600 + m.parse::<i32>().ok()? * 60))
}

/// A date separator: "20 January 2024" (always English).
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%d %B %Y").ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn nesting_depth_counts_unclosed_elements() {
        use super::nesting_depth;
        assert_eq!(nesting_depth("<div><p>a<br>b</p></div><div/>"), 2);
        assert_eq!(nesting_depth(&"<div>".repeat(1000)), 1000);
        assert_eq!(nesting_depth("<!DOCTYPE html><html><img src=x></html>"), 1);
    }

    use super::*;

    #[test]
    fn dates_with_and_without_offset() {
        let (t, off) = parse_date_title("20.01.2024 11:17:02 UTC-04:00").unwrap();
        assert_eq!(t.to_iso(), "2024-01-20T11:17:02");
        assert_eq!(off, Some(-4 * 3600));
        let (t, off) = parse_date_title("04.06.2020 14:16:12").unwrap();
        assert_eq!(t.to_iso(), "2020-06-04T14:16:12");
        assert_eq!(off, None);
        assert!(parse_date_title("yesterday").is_none());
        // Not the exact shape: chrono reads it as before; an impossible day is nothing.
        let (t, _) = parse_date_title("4.6.2020 14:16:12").unwrap();
        assert_eq!(t.to_iso(), "2020-06-04T14:16:12");
        assert!(parse_date_title("31.02.2020 14:16:12").is_none());
        assert!(parse_date_title("04.06.2020 24:16:12").is_none());
        assert_eq!(
            parse_day("20 January 2024"),
            NaiveDate::from_ymd_opt(2024, 1, 20)
        );
    }
}
