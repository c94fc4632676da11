//! The JSON sections of the account report (format notes §2.2). No real report is public,
//! so every field is optional and entries may be strings or objects.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::model::WallTime;

/// What the report says, gathered over its files.
#[derive(Debug, Default)]
pub struct Report {
    /// `(field, value)` identity fields in the names `summary-format.md` uses.
    pub identity: Vec<(String, String)>,
    pub contacts: Vec<ContactEntry>,
    pub groups: Vec<String>,
    /// Devices by `device_id` (or by position when there is none).
    pub devices: BTreeMap<String, Device>,
    /// Keys seen but not understood, per file, for the notes.
    pub unread_keys: Vec<String>,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct ContactEntry {
    pub name: String,
    pub phone: String,
}

#[derive(Debug, Default)]
pub struct Device {
    pub model: String,
    pub manufacturer: String,
    pub app_version: String,
    pub os_version: String,
    pub last_active: Option<WallTime>,
    pub online_since: Option<WallTime>,
}

/// A Unix time in seconds (or milliseconds) as a wall clock in UTC; 0 and junk are none.
fn unix_time(value: &Value) -> Option<WallTime> {
    let n = match value {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    if n.is_nan() || n <= 0.0 {
        return None;
    }
    let secs = if n > 1e11 { n / 1000.0 } else { n };
    WallTime::from_unix_utc(secs as i64)
}

/// A scalar as text (numbers and booleans too).
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `Report Request Time` → `report_request_time`.
fn snake(label: &str) -> String {
    let mut out = String::new();
    for c in label.trim().chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

/// The summary's name for a `label_values` label.
fn identity_name(label: &str) -> String {
    match snake(label).as_str() {
        "phone_number" | "phone" => "phone_number".to_string(),
        "about" => "about".to_string(),
        "profile_picture_upload_time" | "profile_picture" => "profile_pictures".to_string(),
        other => other.to_string(),
    }
}

impl Report {
    fn add_identity(&mut self, field: &str, value: String) {
        if !value.is_empty() {
            self.identity.push((field.to_string(), value));
        }
    }

    /// `{"wa_registration_info": {"registration_timestamp": …, "platform": …}}`.
    pub fn registration(&mut self, json: &Value) {
        let info = json.get("wa_registration_info").unwrap_or(json);
        let Some(map) = info.as_object() else {
            return;
        };
        for (key, value) in map {
            match key.as_str() {
                "registration_timestamp" | "registration_time" => {
                    if let Some(t) = unix_time(value) {
                        self.add_identity("registration_date", t.to_iso());
                    }
                }
                "platform" => {
                    if let Some(p) = text(value) {
                        self.add_identity("registration_platform", p);
                    }
                }
                other => {
                    if let Some(v) = text(value) {
                        self.add_identity(&snake(other), v);
                    }
                }
            }
        }
    }

    /// Meta's `{"label_values": [{label, value | timestamp_value | vec | dict}]}`.
    pub fn user_information(&mut self, json: &Value) {
        let Some(items) = json.get("label_values").and_then(Value::as_array) else {
            self.unread_keys
                .push("user_information.json without label_values".into());
            return;
        };
        for item in items {
            let label = item.get("label").and_then(Value::as_str).unwrap_or("");
            if let Some(vec) = item.get("vec").and_then(Value::as_array) {
                if snake(label) == "device_activity" {
                    self.device_activity(vec);
                } else {
                    self.unread_keys.push(format!("label {label:?}"));
                }
                continue;
            }
            let field = identity_name(label);
            if field.is_empty() {
                continue;
            }
            if let Some(t) = item.get("timestamp_value").and_then(unix_time) {
                self.add_identity(&field, t.to_iso());
            } else if let Some(v) = item.get("value").and_then(text) {
                self.add_identity(&field, v);
            } else if item.get("media").is_some() {
                self.add_identity(&field, "photo".to_string());
            }
        }
    }

    /// `Device Activity` entries: `{dict: [{label: "Device", value}, {label: "Last
    /// Active Time", timestamp_value}, {label: "Online Since", timestamp_value}]}`.
    fn device_activity(&mut self, entries: &[Value]) {
        for (i, entry) in entries.iter().enumerate() {
            let Some(fields) = entry.get("dict").and_then(Value::as_array) else {
                continue;
            };
            let mut id = i.to_string();
            let mut last_active = None;
            let mut online_since = None;
            for f in fields {
                let label = f.get("label").and_then(Value::as_str).map(snake);
                let time = f.get("timestamp_value").and_then(unix_time);
                match label.as_deref() {
                    Some("device") => {
                        if let Some(v) = f.get("value").and_then(text) {
                            id = v;
                        }
                    }
                    Some("last_active_time") => last_active = time,
                    Some("online_since") => online_since = time,
                    _ => {}
                }
            }
            let device = self.devices.entry(id).or_default();
            device.last_active = device.last_active.or(last_active);
            device.online_since = device.online_since.or(online_since);
        }
    }

    /// `{"wa_settings": {"device_info": [{device_id, device_model, …}]}}`; other settings
    /// become identity-like fields only when they are scalars.
    pub fn account_settings(&mut self, json: &Value) {
        let settings = json.get("wa_settings").unwrap_or(json);
        let Some(devices) = settings.get("device_info").and_then(Value::as_array) else {
            self.unread_keys
                .push("account_settings.json without device_info".into());
            return;
        };
        for (i, d) in devices.iter().enumerate() {
            let id = d
                .get("device_id")
                .and_then(text)
                .unwrap_or_else(|| i.to_string());
            let get = |key: &str| d.get(key).and_then(text).unwrap_or_default();
            let device = self.devices.entry(id).or_default();
            device.model = get("device_model");
            device.manufacturer = get("device_manufacturer");
            device.app_version = get("app_version");
            device.os_version = get("operating_system_version");
        }
    }

    /// `wa_contacts` (or legacy `contacts`): E.164 strings, or objects.
    pub fn contacts(&mut self, list: &Value) {
        for entry in list.as_array().into_iter().flatten() {
            let contact = match entry {
                Value::String(phone) => ContactEntry {
                    name: String::new(),
                    phone: phone.trim().to_string(),
                },
                Value::Object(map) => {
                    let pick = |keys: &[&str]| {
                        keys.iter()
                            .find_map(|k| map.get(*k).and_then(text))
                            .unwrap_or_default()
                    };
                    ContactEntry {
                        name: pick(&["name", "display_name", "contact_name"]),
                        phone: pick(&["phone", "phone_number", "number", "jid"]),
                    }
                }
                _ => continue,
            };
            if !contact.phone.is_empty() || !contact.name.is_empty() {
                self.contacts.push(contact);
            }
        }
    }

    /// `wa_groups` (or legacy `groups`): names, or objects with `subject`/`name`/`title`.
    pub fn groups(&mut self, list: &Value) {
        for entry in list.as_array().into_iter().flatten() {
            let name = match entry {
                Value::String(name) => Some(name.trim().to_string()),
                Value::Object(map) => ["subject", "name", "title"]
                    .iter()
                    .find_map(|k| map.get(*k).and_then(text)),
                _ => None,
            };
            if let Some(name) = name.filter(|n| !n.is_empty()) {
                self.groups.push(name);
            }
        }
    }

    /// The sections of one file, by the keys it has.
    pub fn any_section(&mut self, file_name: &str, json: &Value) {
        let Some(map) = json.as_object() else {
            self.unread_keys
                .push(format!("{file_name} is not a JSON object"));
            return;
        };
        for (key, value) in map {
            match key.as_str() {
                "wa_contacts" | "contacts" => self.contacts(value),
                "wa_groups" | "groups" => self.groups(value),
                "wa_registration_info" => self.registration(json),
                "label_values" => self.user_information(json),
                "wa_settings" => self.account_settings(json),
                other => self.unread_keys.push(format!("{file_name}: {other}")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_information_labels_and_devices() {
        let json: Value = serde_json::from_str(
            r#"{"label_values": [
                {"label": "Phone number", "value": "+34600000001"},
                {"label": "About", "value": "Busy"},
                {"label": "About Set Time", "timestamp_value": 1700000000},
                {"label": "Device Activity", "vec": [{"dict": [
                    {"label": "Device", "value": "0"},
                    {"label": "Last Active Time", "timestamp_value": 1710000000},
                    {"label": "Online Since", "timestamp_value": 0}]}]}
            ]}"#,
        )
        .unwrap();
        let mut r = Report::default();
        r.any_section("user_information.json", &json);
        let fields: Vec<&str> = r.identity.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["phone_number", "about", "about_set_time"]);
        let d = &r.devices["0"];
        assert_eq!(
            d.last_active.map(WallTime::to_iso).as_deref(),
            Some("2024-03-09T16:00:00")
        );
        assert_eq!(d.online_since, None);
    }

    #[test]
    fn groups_as_strings_or_objects() {
        let mut r = Report::default();
        r.groups(&serde_json::json!(["A", {"subject": "B"}, {"x": 1}, 5, ""]));
        assert_eq!(r.groups, ["A", "B"]);
    }
}
