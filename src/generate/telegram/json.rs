//! Writes the driver's data as `result.json`, in Telegram Desktop's layout (1-space indent).

use std::io::{self, Write};

use super::{
    Body, Dialog, ExportWriter, GenOptions, GenStats, Message, OWNER_ID, Plan, drive,
    drive_single_chat, local,
};

/// Writes a full export as JSON to `out`.
pub fn write_export(options: &GenOptions, out: impl Write) -> io::Result<GenStats> {
    drive(options, &mut JsonWriter::new(out, false))
}

/// Writes a single-chat export as JSON: the root is the dialog object.
pub fn write_single_chat(options: &GenOptions, out: impl Write) -> io::Result<GenStats> {
    drive_single_chat(options, &mut JsonWriter::new(out, true))
}

struct JsonWriter<W: Write> {
    out: io::BufWriter<W>,
    bytes: u64,
    single_chat: bool,
    /// Writing `left_chats` (the left dialogs come last).
    in_left: bool,
    /// No dialog written yet in the current list.
    first_in_list: bool,
}

impl<W: Write> JsonWriter<W> {
    fn new(out: W, single_chat: bool) -> Self {
        Self {
            out: io::BufWriter::with_capacity(1 << 20, out),
            bytes: 0,
            single_chat,
            in_left: false,
            first_in_list: true,
        }
    }

    fn raw(&mut self, s: &str) -> io::Result<()> {
        self.bytes += s.len() as u64;
        self.out.write_all(s.as_bytes())
    }

    /// A JSON string literal, escaped by serde_json.
    fn string(&mut self, s: &str) -> io::Result<()> {
        let quoted = serde_json::to_string(s).map_err(io::Error::other)?;
        self.raw(&quoted)
    }
}

fn date(t: i64) -> String {
    local(t).format("%Y-%m-%dT%H:%M:%S").to_string()
}

fn comma(more: bool) -> &'static str {
    if more { "," } else { "" }
}

impl<W: Write> ExportWriter for JsonWriter<W> {
    fn sections(&mut self, plan: &Plan) -> io::Result<()> {
        self.raw("{\n \"about\": \"Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting and doesn't sell it to others.\",\n")?;
        self.raw(&format!(
            " \"personal_information\": {{\n  \"user_id\": {OWNER_ID},\n  \"first_name\": \"Alex\",\n  \"last_name\": \"Example\",\n  \"phone_number\": \"+49 151 00000000\",\n  \"username\": \"@alex_example\",\n  \"bio\": \"generated sample\"\n }},\n"
        ))?;
        self.raw(" \"profile_pictures\": [\n")?;
        let n = plan.profile_pictures.len();
        for (i, t) in plan.profile_pictures.iter().enumerate() {
            self.raw(&format!("  {{\n   \"date\": \"{}\",\n   \"date_unixtime\": \"{t}\",\n   \"photo\": \"profile_pictures/photo_{}@01-01-2019_00-00-00.jpg\"\n  }}{}\n", date(*t), i + 1, comma(i + 1 < n)))?;
        }
        let t = plan.story;
        self.raw(&format!(" ],\n \"stories\": [\n  {{\n   \"date\": \"{}\",\n   \"date_unixtime\": \"{t}\",\n   \"expires\": \"{}\",\n   \"expires_unixtime\": \"{}\",\n   \"pinned\": true,\n   \"media\": \"(File not included. Change data exporting settings to download.)\"\n  }}\n ],\n", date(t), date(t + 86_400), t + 86_400))?;

        self.raw(" \"contacts\": {\n  \"about\": \"If you allow access, your contacts are continuously synced with Telegram.\",\n  \"list\": [\n")?;
        let n = plan.contacts.len();
        for (i, c) in plan.contacts.iter().enumerate() {
            self.raw("   {\n    \"first_name\": ")?;
            self.string(&c.first)?;
            self.raw(",\n    \"last_name\": ")?;
            self.string(&c.last)?;
            self.raw(&format!(",\n    \"phone_number\": \"{}\",\n    \"date\": \"{}\",\n    \"date_unixtime\": \"{}\"\n   }}{}\n", c.phone, date(c.unix), c.unix, comma(i + 1 < n)))?;
        }
        self.raw("  ]\n },\n \"frequent_contacts\": {\n  \"about\": \"This rating shows which people you are likelier to message frequently.\",\n  \"list\": [\n")?;
        let n = plan.frequent.len();
        for (i, f) in plan.frequent.iter().enumerate() {
            self.raw(&format!("   {{\n    \"id\": {},\n    \"category\": \"{}\",\n    \"type\": \"user\",\n    \"name\": ", f.id, f.category))?;
            self.string(&f.name)?;
            self.raw(&format!(
                ",\n    \"rating\": {:.6}\n   }}{}\n",
                f.rating,
                comma(i + 1 < n)
            ))?;
        }
        self.raw("  ]\n },\n \"sessions\": {\n  \"about\": \"We store session info to display your connected devices.\",\n  \"list\": [\n")?;
        let n = plan.sessions.len();
        for (i, s) in plan.sessions.iter().enumerate() {
            self.raw(&format!("   {{\n    \"last_active\": \"{}\",\n    \"last_active_unixtime\": \"{}\",\n    \"last_ip\": \"{}\",\n    \"last_country\": \"{}\",\n    \"last_region\": \"{}\",\n    \"application_name\": \"{}\",\n    \"application_version\": \"{}\",\n    \"device_model\": \"{}\",\n    \"platform\": \"{}\",\n    \"system_version\": \"{}\",\n    \"created\": \"{}\",\n    \"created_unixtime\": \"{}\"\n   }}{}\n",
                date(s.last_active), s.last_active, s.ip, s.country, s.region, s.app, s.version, s.device, s.platform, s.system, date(s.created), s.created, comma(i + 1 < n)))?;
        }
        self.raw("  ]\n },\n \"web_sessions\": {\n  \"about\": \"We store this to display the websites where you logged in using authentication via Telegram.\",\n  \"list\": [\n")?;
        let n = plan.web_sessions.len();
        for (i, s) in plan.web_sessions.iter().enumerate() {
            self.raw(&format!("   {{\n    \"last_active\": \"{}\",\n    \"last_active_unixtime\": \"{}\",\n    \"last_ip\": \"{}\",\n    \"last_region\": \"{}\",\n    \"bot_username\": \"{}\",\n    \"domain_name\": \"{}\",\n    \"browser\": \"{}\",\n    \"platform\": \"{}\",\n    \"created\": \"{}\",\n    \"created_unixtime\": \"{}\"\n   }}{}\n",
                date(s.last_active), s.last_active, s.ip, s.region, s.bot, s.domain, s.browser, s.platform, date(s.created), s.created, comma(i + 1 < n)))?;
        }
        self.raw("  ]\n },\n \"other_data\": {\n  \"about_meta\": \"We may collect data such as your IP address.\",\n  \"changes_log\": [\n   {\n    \"app_id\": 2040.000000,\n    \"email\": \"\",\n    \"event\": \"password_change\",\n    \"hint\": \"\",\n    \"ip\": \"203.0.113.10\",\n    \"new_email\": \"\",\n    \"timestamp\": 1709112030.000000\n   }\n  ],\n  \"ips\": [\n")?;
        let n = plan.ip_history.len();
        for (i, ip) in plan.ip_history.iter().enumerate() {
            self.raw(&format!(
                "   {{\n    \"ip\": \"{ip}\"\n   }}{}\n",
                comma(i + 1 < n)
            ))?;
        }
        self.raw("  ]\n },\n \"chats\": {\n  \"about\": \"This page lists all chats from this export.\",\n  \"list\": [\n")
    }

    fn begin_dialog(&mut self, dialog: &Dialog, _index: usize) -> io::Result<()> {
        if self.single_chat {
            self.raw("{\n")?;
        } else {
            if dialog.left && !self.in_left {
                self.raw("\n  ]\n },\n \"left_chats\": {\n  \"about\": \"Below are the supergroups and channels from this export that you've left.\",\n  \"list\": [\n")?;
                self.in_left = true;
                self.first_in_list = true;
            }
            if !self.first_in_list {
                self.raw(",\n")?;
            }
            self.first_in_list = false;
            self.raw("   {\n")?;
        }
        if let Some(name) = &dialog.name {
            self.raw("    \"name\": ")?;
            self.string(name)?;
            self.raw(",\n")?;
        }
        self.raw(&format!(
            "    \"type\": \"{}\",\n    \"id\": {},\n    \"messages\": [\n",
            dialog.raw_type, dialog.id
        ))
    }

    fn message(&mut self, _dialog: &Dialog, m: &Message, last: bool) -> io::Result<()> {
        let kind = if matches!(m.body, Body::Service { .. }) {
            "service"
        } else {
            "message"
        };
        self.raw(&format!("     {{\n      \"id\": {},\n      \"type\": \"{kind}\",\n      \"date\": \"{}\",\n      \"date_unixtime\": \"{}\",\n", m.id, date(m.unix), m.unix))?;
        match &m.body {
            Body::Service {
                action,
                duration_secs,
            } => {
                self.raw("      \"actor\": ")?;
                self.string(&m.from)?;
                self.raw(&format!(
                    ",\n      \"actor_id\": \"user{}\",\n      \"action\": \"{action}\",\n",
                    m.from_id
                ))?;
                if *action == "phone_call" {
                    self.raw(&format!("      \"duration_seconds\": {duration_secs},\n      \"discard_reason\": \"hangup\",\n"))?;
                }
                self.raw("      \"text\": \"\",\n      \"text_entities\": []")?;
            }
            Body::LoginNotice { body } => {
                self.raw("      \"from\": \"Telegram\",\n      \"from_id\": \"user777000\",\n      \"text\": [\n       {\n        \"type\": \"bold\",\n        \"text\": \"New login.\"\n       },\n       ")?;
                self.string(body)?;
                self.raw("\n      ],\n      \"text_entities\": [\n       {\n        \"type\": \"bold\",\n        \"text\": \"New login.\"\n       },\n       {\n        \"type\": \"plain\",\n        \"text\": ")?;
                self.string(body)?;
                self.raw("\n       }\n      ]")?;
            }
            Body::Text {
                text,
                as_array,
                escaped,
            } => {
                self.raw("      \"from\": ")?;
                if m.deleted {
                    self.raw("null")?;
                } else {
                    self.string(&m.from)?;
                }
                self.raw(&format!(",\n      \"from_id\": \"user{}\",\n", m.from_id))?;
                if m.photo {
                    self.raw("      \"photo\": \"(File not included. Change data exporting settings to download.)\",\n      \"width\": 1280,\n      \"height\": 960,\n")?;
                }
                if *as_array {
                    self.raw("      \"text\": [\n       ")?;
                    self.string(&format!("{text} "))?;
                    self.raw(",\n       {\n        \"type\": \"link\",\n        \"text\": \"https://example.org\"\n       }\n      ],\n      \"text_entities\": [\n       {\n        \"type\": \"plain\",\n        \"text\": ")?;
                    self.string(&format!("{text} "))?;
                    self.raw("\n       },\n       {\n        \"type\": \"link\",\n        \"text\": \"https://example.org\"\n       }\n      ]")?;
                } else {
                    self.raw("      \"text\": ")?;
                    if *escaped {
                        // Telegram writes control characters as `\xHH`, invalid JSON (§5.1).
                        self.raw(&format!("\"{text}\\x0C\""))?;
                    } else {
                        self.string(text)?;
                    }
                    self.raw(",\n      \"text_entities\": [\n       {\n        \"type\": \"plain\",\n        \"text\": ")?;
                    self.string(text)?;
                    self.raw("\n       }\n      ]")?;
                }
                if m.reaction {
                    self.raw(&format!(",\n      \"reactions\": [\n       {{\n        \"type\": \"emoji\",\n        \"count\": 1,\n        \"emoji\": \"👍\",\n        \"recent\": [\n         {{\n          \"from\": \"Alex Example\",\n          \"from_id\": \"user{OWNER_ID}\",\n          \"date\": \"{}\"\n         }}\n        ]\n       }}\n      ]", date(m.unix + 60)))?;
                }
            }
        }
        self.raw(&format!("\n     }}{}\n", comma(!last)))
    }

    fn end_dialog(&mut self, _dialog: &Dialog, _index: usize, last: bool) -> io::Result<()> {
        if self.single_chat {
            return self.raw(" ]\n}\n");
        }
        self.raw("    ]\n   }")?;
        if last {
            self.raw("\n  ]\n }\n}\n")?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<u64> {
        self.out.flush()?;
        Ok(self.bytes)
    }
}
