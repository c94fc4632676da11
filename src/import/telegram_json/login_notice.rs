//! Login notifications from Telegram's service account (user 777000): "New login. ...
//! Device: ..., Location: ... (IP = a.b.c.d)". Labels are localised, so several
//! languages are known and the IP is found by shape after an "IP" label.

use std::net::IpAddr;

/// What a login notification says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoginNotice {
    pub device: String,
    pub location: String,
    pub ip: Option<IpAddr>,
}

const DEVICE_LABELS: &[&str] = &[
    "Device:",
    "Устройство:",
    "Gerät:",
    "Dispositivo:",
    "Appareil:",
    "Cihaz:",
    "設備:",
    "设备:",
    "الجهاز:",
];
const LOCATION_LABELS: &[&str] = &[
    "Location:",
    "Местоположение:",
    "Standort:",
    "Ubicación:",
    "Localização:",
    "Posizione:",
    "Emplacement:",
    "Konum:",
    "位置:",
    "الموقع:",
];

/// Reads a notice; `None` when the text is not a login notification.
pub fn parse(text: &str) -> Option<LoginNotice> {
    let ip = find_ip(text);
    let device = labelled_line(text, DEVICE_LABELS);
    let location = labelled_line(text, LOCATION_LABELS).map(|l| strip_ip_suffix(&l));
    if ip.is_none() && device.is_none() {
        return None;
    }
    Some(LoginNotice {
        device: device.unwrap_or_default(),
        location: location.unwrap_or_default(),
        ip,
    })
}

fn labelled_line(text: &str, labels: &[&str]) -> Option<String> {
    text.lines().find_map(|line| {
        let line = line.trim();
        labels.iter().find_map(|label| {
            line.strip_prefix(label)
                .map(|rest| rest.trim().trim_end_matches('.').to_string())
        })
    })
}

/// "Berlin, Germany (IP = 203.0.113.10)" -> "Berlin, Germany".
fn strip_ip_suffix(location: &str) -> String {
    match location.find('(') {
        Some(i) => location[..i].trim().to_string(),
        None => location.to_string(),
    }
}

/// The first token after an "IP" label (`IP = 1.2.3.4`, `IP: ::1`, `IP-адрес: ...`) that
/// parses as an address.
fn find_ip(text: &str) -> Option<IpAddr> {
    let mut rest = text;
    while let Some(i) = rest.find("IP") {
        let after = &rest[i + 2..];
        let candidate = after
            .trim_start_matches(|c: char| c.is_alphabetic() || c == '-')
            .trim_start_matches(|c: char| c.is_whitespace() || c == '=' || c == ':');
        let token: String = candidate
            .chars()
            .take_while(|c| c.is_ascii_hexdigit() || *c == '.' || *c == ':')
            .collect();
        if let Ok(ip) = token.trim_end_matches(['.', ':']).parse::<IpAddr>() {
            return Some(ip);
        }
        rest = after;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_notice() {
        let text = "New login. Dear Alex, we detected a login into your account from a new device on 03/02/2024 at 09:20:30 UTC.\n\nDevice: Telegram Desktop, 4.15.0 x64, PC-MODEL, Windows 10 x64\nLocation: Berlin, Germany (IP = 203.0.113.10)";
        let notice = parse(text).unwrap();
        assert_eq!(
            notice.device,
            "Telegram Desktop, 4.15.0 x64, PC-MODEL, Windows 10 x64"
        );
        assert_eq!(notice.location, "Berlin, Germany");
        assert_eq!(notice.ip, Some("203.0.113.10".parse().unwrap()));
    }

    #[test]
    fn russian_notice_with_ipv6() {
        let text = "Новый вход в аккаунт.\nУстройство: Telegram Android, 10.8.0\nМестоположение: Москва, Россия (IP = 2001:db8::1)";
        let notice = parse(text).unwrap();
        assert_eq!(notice.device, "Telegram Android, 10.8.0");
        assert_eq!(notice.location, "Москва, Россия");
        assert_eq!(notice.ip, Some("2001:db8::1".parse().unwrap()));
    }

    #[test]
    fn other_service_messages_are_not_logins() {
        assert_eq!(
            parse("Login code: 12345. Do not give this code to anyone"),
            None
        );
        assert_eq!(parse("IPs are fun"), None);
    }
}
