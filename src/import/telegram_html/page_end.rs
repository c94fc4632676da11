//! What the end of a page says about the export around it: whether the page is whole
//! (Telegram ends every page with `</html>`; a copy or download cut short has none), and
//! which page it links to next (`<a class="pagination block_link" href="messages2.html">`,
//! format notes §2.1), so a page missing from the export is named instead of its messages
//! vanishing.

/// The end of one page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageEnd {
    /// The page's end holds its `</html>` (what follows it does not matter).
    pub whole: bool,
    /// The file name the page's "Next messages" link points to, if it has one.
    pub next: Option<String>,
}

/// How far from its end a page's closing tags and "Next messages" link are looked for:
/// Telegram writes the link right before the page's last three closing tags.
const TAIL_BYTES: usize = 4096;

const PAGINATION: &str = "class=\"pagination block_link\" href=\"";

/// Reads the end of `html` (only its last [`TAIL_BYTES`], so it costs nothing next to
/// the page's scan).
pub fn of(html: &str) -> PageEnd {
    let from = html.len().saturating_sub(TAIL_BYTES);
    let from = (from..html.len())
        .find(|&i| html.is_char_boundary(i))
        .unwrap_or(html.len());
    let tail = html.get(from..).unwrap_or_default();
    // `</html>` anywhere in the tail: what a person or a tool added after it (a comment,
    // padding) loses nothing, and a cut page holds none (texts write `&lt;/html&gt;`).
    let whole = tail.to_ascii_lowercase().contains("</html>");
    let next = tail
        .rmatch_indices(PAGINATION)
        .map(|(at, _)| &tail[at + PAGINATION.len()..])
        .find_map(|rest| {
            let href = rest.split('"').next()?;
            let is_next = rest
                .get(href.len()..)
                .and_then(|after| after.split('<').next())
                .is_some_and(|label| !label.contains("Previous"));
            (is_next && href.starts_with("messages") && href.ends_with(".html"))
                .then(|| href.to_string())
        });
    PageEnd { whole, next }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_pages_and_their_next_page() {
        let page = "<html><body><div>x</div>\n<a class=\"pagination block_link\" href=\"messages2.html\">Next messages</a>\n </body>\n</HTML>\n\n";
        assert_eq!(
            of(page),
            PageEnd {
                whole: true,
                next: Some("messages2.html".into())
            }
        );
        let last = "<html><a class=\"pagination block_link\" href=\"messages.html\">Previous messages</a><div>x</div></html>";
        assert_eq!(
            of(last),
            PageEnd {
                whole: true,
                next: None
            }
        );
        // Something added after the end loses nothing.
        assert!(of("<html><div>x</div></html>\n<!-- saved by a tool -->\n").whole);
    }

    #[test]
    fn cut_pages_are_not_whole() {
        let page = "<html><body><div class=\"text\">and anoth";
        assert_eq!(
            of(page),
            PageEnd {
                whole: false,
                next: None
            }
        );
        assert!(!of("").whole);
        assert!(!of("</htm").whole);
        // The tail starts inside a two-byte character: it moves to the next one.
        let long = format!("<html>x{}</html>", "é".repeat(TAIL_BYTES));
        assert!(of(&long).whole);
        assert!(!of(&long[..long.len() - 2]).whole);
    }
}
