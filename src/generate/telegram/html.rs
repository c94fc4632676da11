//! Writes the driver's data as Telegram Desktop's HTML export (format notes §2): the same
//! people and messages as the JSON form of the same seed, in `export_results.html`,
//! `lists/*.html` and `chats/chat_NNNN/messages*.html` (1000 messages a page).

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{
    Body, Dialog, ExportWriter, GenOptions, GenStats, LOCAL_OFFSET_SECS, Message, OWNER_NAME, Plan,
    drive, drive_single_chat, local,
};

/// Messages per page, as Telegram Desktop writes them (`kMessagesInFile`).
const MESSAGES_PER_PAGE: u32 = 1000;
/// Messages this close to the previous one by the same sender are "joined" (`kJoinWithinSeconds`).
const JOIN_WITHIN_SECS: i64 = 900;

/// Writes a full export as HTML into the new folder `dir` (it must not exist).
pub fn write_html_export(options: &GenOptions, dir: &Path) -> io::Result<GenStats> {
    fs::create_dir(dir)?;
    drive(options, &mut HtmlWriter::new(dir, false))
}

/// Writes a single-chat export as HTML (`messages.html`, `messages2.html` ...) into the new
/// folder `dir`.
pub fn write_html_single_chat(options: &GenOptions, dir: &Path) -> io::Result<GenStats> {
    fs::create_dir(dir)?;
    drive_single_chat(options, &mut HtmlWriter::new(dir, true))
}

struct ChatEntry {
    name: String,
    info: &'static str,
    count: u64,
    folder: Option<String>,
    left: bool,
}

struct HtmlWriter {
    root: PathBuf,
    single_chat: bool,
    bytes: u64,
    chats: Vec<ChatEntry>,
    /// The page being written, its number, and the messages on it.
    page: Option<BufWriter<fs::File>>,
    page_number: u32,
    on_page: u32,
    folder: PathBuf,
    /// Sender and time of the previous default message on this page (for "joined").
    previous: Option<(String, i64)>,
    day: Option<NaiveDate>,
    separators: i64,
}

impl HtmlWriter {
    fn new(root: &Path, single_chat: bool) -> Self {
        Self {
            root: root.to_path_buf(),
            single_chat,
            bytes: 0,
            chats: Vec::new(),
            page: None,
            page_number: 0,
            on_page: 0,
            folder: root.to_path_buf(),
            previous: None,
            day: None,
            separators: 0,
        }
    }

    fn file(&mut self, rel: &str, content: &str) -> io::Result<()> {
        let path = self.root.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        self.bytes += content.len() as u64;
        fs::write(path, content)
    }

    fn put(&mut self, s: &str) -> io::Result<()> {
        self.bytes += s.len() as u64;
        match &mut self.page {
            Some(page) => page.write_all(s.as_bytes()),
            None => Ok(()),
        }
    }

    fn open_page(&mut self, title: &str) -> io::Result<()> {
        self.page_number += 1;
        self.on_page = 0;
        self.previous = None;
        self.day = None;
        let name = page_name(self.page_number);
        fs::create_dir_all(&self.folder)?;
        self.page = Some(BufWriter::with_capacity(
            1 << 16,
            fs::File::create(self.folder.join(name))?,
        ));
        let back = if self.single_chat {
            "#"
        } else {
            "../../lists/chats.html"
        };
        let head = page_head(title, back, "chat_page");
        self.put(&head)?;
        self.put("<div class=\"history\">\n")
    }

    fn close_page(&mut self, more: bool) -> io::Result<()> {
        if self.page.is_none() {
            return Ok(());
        }
        self.put("</div>\n")?;
        if more {
            let next = page_name(self.page_number + 1);
            self.put(&format!(
                "<a class=\"pagination block_link\" href=\"{next}\">Next messages</a>\n"
            ))?;
        }
        self.put(PAGE_TAIL)?;
        if let Some(mut page) = self.page.take() {
            page.flush()?;
        }
        Ok(())
    }
}

fn page_name(n: u32) -> String {
    if n <= 1 {
        "messages.html".into()
    } else {
        format!("messages{n}.html")
    }
}

fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("<br>"),
            c if (c as u32) < 0x20 => out.push_str(&format!("&#x{:02X};", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn page_head(title: &str, back: &str, kind: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html>\n <head>\n  <meta charset=\"utf-8\"/>\n<title>Exported Data</title>\n  <link href=\"../css/style.css\" rel=\"stylesheet\"/>\n </head>\n <body onload=\"CheckLocation();\">\n  <div class=\"page_wrap\">\n   <div class=\"page_header\">\n    <a class=\"content block_link\" href=\"{back}\" onclick=\"return GoBack(this)\">\n     <div class=\"text bold\">\n{}\n     </div>\n    </a>\n   </div>\n   <div class=\"page_body {kind}\">\n",
        esc(title)
    )
}

const PAGE_TAIL: &str = "   </div>\n  </div>\n </body>\n</html>\n";

/// `DD.MM.YYYY HH:MM:SS` of the exporting computer's local time.
fn list_date(t: i64) -> String {
    local(t).format("%d.%m.%Y %H:%M:%S").to_string()
}

fn entry(
    name: &str,
    subname: Option<&str>,
    details: &[String],
    info: Option<&str>,
    href: Option<&str>,
) -> String {
    let mut out = match href {
        Some(href) => format!("<a class=\"entry block_link clearfix\" href=\"{href}\">\n"),
        None => "<div class=\"entry clearfix\">\n".to_string(),
    };
    out.push_str(" <div class=\"pull_left userpic_wrap\"><div class=\"userpic userpic1\" style=\"width: 48px; height: 48px\"><div class=\"initials\" style=\"line-height: 48px\">A</div></div></div>\n <div class=\"body\">\n");
    if let Some(info) = info {
        out.push_str(&format!(
            "  <div class=\"pull_right info details\">\n{}\n  </div>\n",
            esc(info)
        ));
    }
    out.push_str(&format!(
        "  <div class=\"name bold\">\n{}\n  </div>\n",
        esc(name)
    ));
    if let Some(subname) = subname {
        out.push_str(&format!(
            "  <div class=\"subname bold\">\n{}\n  </div>\n",
            esc(subname)
        ));
    }
    for d in details {
        out.push_str(&format!(
            "  <div class=\"details_entry details\">\n{}\n  </div>\n",
            esc(d)
        ));
    }
    out.push_str(" </div>\n");
    out.push_str(if href.is_some() { "</a>\n" } else { "</div>\n" });
    out
}

fn list_page(title: &str, lists: &[Vec<String>]) -> String {
    let mut out = page_head(title, "../export_results.html", "list_page");
    for entries in lists {
        out.push_str("<div class=\"page_about details\">About this list.</div>\n<div class=\"entry_list\">\n");
        for e in entries {
            out.push_str(e);
        }
        out.push_str("</div>\n");
    }
    out.push_str(PAGE_TAIL);
    out
}

impl ExportWriter for HtmlWriter {
    fn sections(&mut self, plan: &Plan) -> io::Result<()> {
        let rows = [
            ("First name", "Alex"),
            ("Last name", "Example"),
            ("Phone number", "+49 151 00000000"),
            ("Username", "@alex_example"),
            ("Bio", "generated sample"),
        ];
        let mut personal =
            String::from("<div class=\"personal_info clearfix\">\n <div class=\"rows names\">\n");
        for (label, value) in rows {
            personal.push_str(&format!("  <div class=\"row\"><div class=\"label details\">\n{label}\n</div><div class=\"value bold\">\n{}\n</div></div>\n", esc(value)));
        }
        personal.push_str(" </div>\n</div>\n");
        let mut page = page_head("Exported Data", "#", "export_results");
        page.push_str(&personal);
        page.push_str(PAGE_TAIL);
        self.file("export_results.html", &page)?;

        let contacts: Vec<String> = plan
            .contacts
            .iter()
            .map(|c| {
                let name = format!("{} {}", c.first, c.last);
                let name = if name.trim().is_empty() {
                    "Deleted Account".to_string()
                } else {
                    name
                };
                entry(
                    &name,
                    None,
                    std::slice::from_ref(&c.phone),
                    Some(&list_date(c.unix)),
                    None,
                )
            })
            .collect();
        self.file("lists/contacts.html", &list_page("Contacts", &[contacts]))?;
        let frequent: Vec<String> = plan
            .frequent
            .iter()
            .map(|f| {
                entry(
                    &f.name,
                    None,
                    &[format!("Rating: {:.6}", f.rating)],
                    Some(&f.category.replace('_', " ")),
                    None,
                )
            })
            .collect();
        self.file(
            "lists/frequent.html",
            &list_page("Frequent contacts", &[frequent]),
        )?;
        let sessions: Vec<String> = plan
            .sessions
            .iter()
            .map(|s| {
                let place = match (s.region.is_empty(), s.country.is_empty()) {
                    (false, false) => format!("{}, {}", s.region, s.country),
                    (true, _) => s.country.to_string(),
                    (false, true) => s.region.to_string(),
                };
                entry(
                    &format!("{} {}", s.app, s.version),
                    Some(&format!("{}, {} {}", s.device, s.platform, s.system)),
                    &[
                        format!("{} \u{2013} {place}", s.ip),
                        format!("Last active: {}", list_date(s.last_active)),
                        format!("Created: {}", list_date(s.created)),
                    ],
                    None,
                    None,
                )
            })
            .collect();
        self.file("lists/sessions.html", &list_page("Sessions", &[sessions]))?;
        let web: Vec<String> = plan
            .web_sessions
            .iter()
            .map(|s| {
                entry(
                    &s.domain,
                    Some(&format!("{}, {}", s.platform, s.browser)),
                    &[
                        format!("{} \u{2013} {}", s.ip, s.region),
                        format!("Last active: {}", list_date(s.last_active)),
                        format!("Created: {}", list_date(s.created)),
                    ],
                    Some(&format!("@{}", s.bot)),
                    None,
                )
            })
            .collect();
        self.file(
            "lists/web_sessions.html",
            &list_page("Web sessions", &[web]),
        )?;
        let pictures: Vec<String> = plan
            .profile_pictures
            .iter()
            .enumerate()
            .map(|(i, t)| {
                entry(
                    &format!("profile_pictures/photo_{}@01-01-2019_00-00-00.jpg", i + 1),
                    None,
                    &["Not included".into()],
                    Some(&list_date(*t)),
                    None,
                )
            })
            .collect();
        self.file(
            "lists/profile_pictures.html",
            &list_page("Profile pictures", &[pictures]),
        )?;
        let story = entry(
            "(File not included.)",
            None,
            &["Saved to Profile".into()],
            Some(&list_date(plan.story)),
            None,
        );
        self.file("lists/stories.html", &list_page("Stories", &[vec![story]]))?;
        let ips: Vec<String> = plan
            .ip_history
            .iter()
            .map(|ip| format!("        {{\n            \"ip\": \"{ip}\"\n        }}"))
            .collect();
        let other = format!(
            "{{\n    \"about_meta\": \"We may collect data such as your IP address.\",\n    \"changes_log\": [\n        {{\n            \"app_id\": 2040,\n            \"email\": \"\",\n            \"event\": \"password_change\",\n            \"hint\": \"\",\n            \"ip\": \"203.0.113.10\",\n            \"new_email\": \"\",\n            \"timestamp\": 1709112030\n        }}\n    ],\n    \"ips\": [\n{}\n    ]\n}}\n",
            ips.join(",\n")
        );
        self.file("lists/other_data.json", &other)
    }

    fn begin_dialog(&mut self, dialog: &Dialog, index: usize) -> io::Result<()> {
        let folder = format!("chat_{:04}", index + 1);
        self.folder = if self.single_chat {
            self.root.clone()
        } else {
            self.root.join("chats").join(&folder)
        };
        self.page_number = 0;
        self.chats.push(ChatEntry {
            name: dialog.display_name.clone(),
            info: match dialog.kind {
                "personal" | "saved" => "private",
                "bot" => "bot",
                "channel" => "channel",
                _ => "group",
            },
            count: dialog.count,
            folder: (dialog.count > 0).then_some(folder),
            left: dialog.left,
        });
        Ok(())
    }

    fn message(&mut self, dialog: &Dialog, m: &Message, _last: bool) -> io::Result<()> {
        if self.page.is_none() || self.on_page >= MESSAGES_PER_PAGE {
            let more = self.page.is_some();
            self.close_page(more)?;
            self.open_page(&dialog.display_name)?;
        }
        self.on_page += 1;
        let when = local(m.unix);
        if self.day != Some(when.date()) {
            self.day = Some(when.date());
            self.separators += 1;
            let sep = format!(
                "<div class=\"message service\" id=\"message-{}\">\n <div class=\"body details\">\n{}\n </div>\n</div>\n",
                self.separators,
                when.format("%-d %B %Y")
            );
            self.put(&sep)?;
            self.previous = None;
        }
        let title = format!(
            "{} UTC+{:02}:00",
            when.format("%d.%m.%Y %H:%M:%S"),
            LOCAL_OFFSET_SECS / 3600
        );
        let sender = if m.deleted {
            "Deleted Account".to_string()
        } else {
            m.from.clone()
        };
        let (joinable, content) = match &m.body {
            Body::Service {
                action: "phone_call",
                duration_secs,
            } => (
                false,
                format!(
                    "  <div class=\"media_wrap clearfix\">\n   <div class=\"media clearfix pull_left media_call success\">\n    <div class=\"fill pull_left\"></div>\n    <div class=\"body\">\n     <div class=\"title bold\">\nOutgoing call\n     </div>\n     <div class=\"status details\">\nOutgoing ({duration_secs} seconds)\n     </div>\n    </div>\n   </div>\n  </div>\n"
                ),
            ),
            Body::Service { action, .. } => {
                let sentence = match *action {
                    "pin_message" => format!("{sender} pinned this message"),
                    "invite_members" => format!("{sender} invited {OWNER_NAME}"),
                    "join_group_by_link" => {
                        format!("{sender} joined group by link from {OWNER_NAME}")
                    }
                    "edit_group_title" => {
                        format!("{sender} changed group title to «{}»", dialog.display_name)
                    }
                    _ => format!("{sender} joined Telegram"),
                };
                let service = format!(
                    "<div class=\"message service\" id=\"message{}\">\n <div class=\"body details\">\n{}\n </div>\n</div>\n",
                    m.id,
                    esc(&sentence)
                );
                self.previous = None;
                return self.put(&service);
            }
            Body::LoginNotice { body } => (
                true,
                format!(
                    "  <div class=\"text\">\n<strong>New login.</strong>{}\n  </div>\n",
                    esc(body)
                ),
            ),
            Body::Text { text, as_array, .. } => {
                let mut html = String::new();
                if m.photo {
                    html.push_str("  <div class=\"media_wrap clearfix\">\n   <div class=\"media clearfix pull_left media_photo\">\n    <div class=\"fill pull_left\"></div>\n    <div class=\"body\">\n     <div class=\"title bold\">\nPhoto\n     </div>\n     <div class=\"description\">\nNot included, change data exporting settings to download.\n     </div>\n    </div>\n   </div>\n  </div>\n");
                }
                let link = if *as_array {
                    " <a href=\"https://example.org\">https://example.org</a>"
                } else {
                    ""
                };
                html.push_str(&format!(
                    "  <div class=\"text\">\n{}{link}\n  </div>\n",
                    esc(text)
                ));
                if m.reaction {
                    html.push_str("  <span class=\"reactions\"><span class=\"reaction\"><span class=\"emoji\">👍</span><span class=\"count\">1</span></span></span>\n");
                }
                (true, html)
            }
        };
        let joined = joinable
            && self
                .previous
                .as_ref()
                .is_some_and(|(name, t)| *name == sender && m.unix - t <= JOIN_WITHIN_SECS);
        let mut html = format!(
            "<div class=\"message default clearfix{}\" id=\"message{}\">\n",
            if joined { " joined" } else { "" },
            m.id
        );
        if !joined {
            html.push_str(" <div class=\"pull_left userpic_wrap\">\n  <div class=\"userpic userpic2\" style=\"width: 42px; height: 42px\"><div class=\"initials\" style=\"line-height: 42px\">A</div></div>\n </div>\n");
        }
        html.push_str(&format!(" <div class=\"body\">\n  <div class=\"pull_right date details\" title=\"{title}\">\n{}\n  </div>\n", when.format("%H:%M")));
        if !joined {
            html.push_str(&format!(
                "  <div class=\"from_name\">\n{}\n  </div>\n",
                esc(&sender)
            ));
        }
        html.push_str(&content);
        html.push_str(" </div>\n</div>\n");
        self.previous = joinable.then_some((sender, m.unix));
        self.put(&html)
    }

    fn end_dialog(&mut self, _dialog: &Dialog, _index: usize, _last: bool) -> io::Result<()> {
        self.close_page(false)
    }

    fn finish(&mut self) -> io::Result<u64> {
        if !self.single_chat {
            let mut lists = [Vec::new(), Vec::new()];
            for chat in &self.chats {
                let details = match chat.count {
                    0 => "No messages".to_string(),
                    1 => "1 message".to_string(),
                    n => format!("{n} messages"),
                };
                let href = chat
                    .folder
                    .as_ref()
                    .map(|f| format!("../chats/{f}/messages.html#allow_back"));
                lists[usize::from(chat.left)].push(entry(
                    &chat.name,
                    None,
                    &[details],
                    Some(chat.info),
                    href.as_deref(),
                ));
            }
            let page = list_page("Chats", &lists);
            self.file("lists/chats.html", &page)?;
        }
        Ok(self.bytes)
    }
}
