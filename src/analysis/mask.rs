//! "Mask personal details": stable pseudonyms for names, phone numbers, usernames and IP
//! addresses, used on screen and in saved images alike.
//!
//! Pseudonyms are handed out in the order things are first registered, so the same load
//! always gives the same pseudonyms, and one person keeps one pseudonym in every view.
//! Only their numbers are kept: the words ("Contact 3") are written when shown, in the
//! current language.

use std::collections::HashMap;
use std::net::IpAddr;

use crate::t;

/// What kind of personal detail a string is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Detail {
    /// A person's or a conversation's name.
    Person,
    Group,
    Channel,
    Bot,
    /// A payment counterparty.
    Counterparty,
    Phone,
    Username,
    Email,
    /// Free text the user wrote (bio, about text).
    Text,
}

impl Detail {
    /// The `number`-th pseudonym of this kind ("Contact 3", "+xx xxx 03", "@user3");
    /// `number` is "?" for a value never registered.
    fn pseudonym(self, number: &str) -> String {
        match self {
            Self::Person => t!("mask-contact", number = number),
            Self::Group => t!("mask-group", number = number),
            Self::Channel => t!("mask-channel", number = number),
            Self::Bot => t!("mask-bot", number = number),
            Self::Counterparty => t!("mask-counterparty", number = number),
            Self::Phone => format!("+xx xxx {number:0>2}"),
            Self::Username => format!("@user{number}"),
            Self::Email => format!("user{number}@example.org"),
            Self::Text => t!("mask-hidden"),
        }
    }
}

/// Pseudonyms for every personal detail registered.
#[derive(Clone, Debug, Default)]
pub struct Masker {
    /// The number of each value's pseudonym among those of its kind (from 1); a person's
    /// names share one.
    names: HashMap<(Detail, String), u32>,
    counters: HashMap<Detail, u32>,
    ips: HashMap<IpAddr, String>,
}

impl Masker {
    /// Gives `value` a pseudonym of its kind (once; later calls keep the first one).
    pub fn register(&mut self, detail: Detail, value: &str) {
        if value.is_empty() || self.names.contains_key(&(detail, value.to_string())) {
            return;
        }
        let n = self.counters.entry(detail).or_insert(0);
        *n += 1;
        self.names.insert((detail, value.to_string()), *n);
    }

    /// Gives every name of one person (their names on each platform) one pseudonym: the
    /// one a name already has, else a new one.
    pub fn register_person<'a>(&mut self, names: impl IntoIterator<Item = &'a str> + Clone) {
        let existing = names
            .clone()
            .into_iter()
            .find_map(|n| self.names.get(&(Detail::Person, n.to_string())).copied());
        let pseudonym = match existing {
            Some(p) => p,
            None => {
                let n = self.counters.entry(Detail::Person).or_insert(0);
                *n += 1;
                *n
            }
        };
        for name in names.into_iter().filter(|n| !n.is_empty()) {
            self.names
                .entry((Detail::Person, name.to_string()))
                .or_insert(pseudonym);
        }
    }

    pub fn register_ip(&mut self, ip: IpAddr) {
        let n = self.ips.len() as u32 + 1;
        self.ips
            .entry(ip)
            .or_insert_with(|| documentation_ip(ip, n));
    }

    /// The pseudonym of a registered value, in the current language; an unregistered one
    /// is hidden entirely ("Contact ?"), so nothing leaks when a view shows something the
    /// masker never saw.
    pub fn name(&self, detail: Detail, value: &str) -> String {
        if value.is_empty() {
            return String::new();
        }
        match self.names.get(&(detail, value.to_string())) {
            Some(n) => detail.pseudonym(&n.to_string()),
            None => match detail {
                Detail::Phone | Detail::Username | Detail::Email | Detail::Text => "?".to_string(),
                _ => detail.pseudonym("?"),
            },
        }
    }

    pub fn ip(&self, ip: IpAddr) -> String {
        self.ips
            .get(&ip)
            .cloned()
            .unwrap_or_else(|| documentation_ip(ip, 0))
    }
}

/// The `n`-th address (from 1; 0 for one never registered) of the ranges reserved for
/// documentation (RFC 5737, RFC 3849), so a masked address can never be someone's real
/// one, and no two addresses share one. The three IPv4 ranges hold 762 (hosts 1–254);
/// further IPv4 addresses continue in a part of the IPv6 range the IPv6 ones never use.
fn documentation_ip(ip: IpAddr, n: u32) -> String {
    const NETS: [&str; 3] = ["203.0.113", "198.51.100", "192.0.2"];
    match ip {
        IpAddr::V4(_) if n == 0 => format!("{}.0", NETS[0]),
        IpAddr::V4(_) => {
            let k = n as usize - 1;
            match NETS.get(k / 254) {
                Some(net) => format!("{net}.{}", k % 254 + 1),
                None => format!("2001:db8:4::{n:x}"),
            }
        }
        IpAddr::V6(_) => format!("2001:db8::{n:x}"),
    }
}

/// Shows values as they are, or masked.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub masker: Option<&'a Masker>,
}

impl Shown<'_> {
    /// `value` itself, or its pseudonym when masking.
    pub fn text(&self, detail: Detail, value: &str) -> String {
        match self.masker {
            Some(m) => m.name(detail, value),
            None => value.to_string(),
        }
    }

    pub fn ip(&self, ip: IpAddr) -> String {
        match self.masker {
            Some(m) => m.ip(ip),
            None => ip.to_string(),
        }
    }

    /// `text` with its digits hidden when masking: a payment method's card number ends
    /// ("招商银行(1234)" as "招商银行(••••)").
    pub fn digits(&self, text: &str) -> String {
        if self.masker.is_some() {
            text.chars()
                .map(|c| if c.is_ascii_digit() { '•' } else { c })
                .collect()
        } else {
            text.to_string()
        }
    }

    pub fn is_masking(&self) -> bool {
        self.masker.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_digits_are_hidden_only_when_masking() {
        let masker = Masker::default();
        let masked = Shown {
            masker: Some(&masker),
        };
        assert_eq!(masked.digits("招商银行(1234)"), "招商银行(••••)");
        assert_eq!(
            Shown { masker: None }.digits("招商银行(1234)"),
            "招商银行(1234)"
        );
    }

    #[test]
    fn pseudonyms_are_stable_and_per_kind() {
        let mut m = Masker::default();
        m.register(Detail::Person, "Alice");
        m.register(Detail::Person, "张伟");
        m.register(Detail::Person, "Alice");
        m.register(Detail::Group, "Family");
        m.register(Detail::Phone, "+44 7700 900123");
        m.register_ip("91.108.4.1".parse().unwrap());
        m.register_ip("2a03:2880::1".parse().unwrap());
        m.register_ip("91.108.4.1".parse().unwrap());
        assert_eq!(m.name(Detail::Person, "Alice"), "Contact 1");
        assert_eq!(m.name(Detail::Person, "张伟"), "Contact 2");
        assert_eq!(m.name(Detail::Group, "Family"), "Group 1");
        assert_eq!(m.name(Detail::Phone, "+44 7700 900123"), "+xx xxx 01");
        assert_eq!(m.ip("91.108.4.1".parse().unwrap()), "203.0.113.1");
        assert_eq!(m.ip("2a03:2880::1".parse().unwrap()), "2001:db8::2");
        // Never the real value, even when unregistered.
        assert_eq!(m.name(Detail::Person, "Bob"), "Contact ?");
        assert!(!m.ip("8.8.8.8".parse().unwrap()).contains("8.8"));
    }

    #[test]
    fn every_masked_address_is_different() {
        let mut m = Masker::default();
        let ips: Vec<IpAddr> = (0..2000u32)
            .map(|i| IpAddr::from([10, (i >> 16) as u8, (i >> 8) as u8, i as u8]))
            .chain((0..300u16).map(|i| IpAddr::from([0x2a03, 0, 0, 0, 0, 0, 0, i])))
            .collect();
        for &ip in &ips {
            m.register_ip(ip);
        }
        let mut shown: Vec<String> = ips.iter().map(|&ip| m.ip(ip)).collect();
        shown.push(m.ip("8.8.8.8".parse().unwrap()));
        shown.push(m.ip("2001:4860::8888".parse().unwrap()));
        let count = shown.len();
        shown.sort();
        shown.dedup();
        assert_eq!(shown.len(), count, "two addresses share a pseudonym");
        assert!(shown.iter().all(|s| s.starts_with("203.0.113.")
            || s.starts_with("198.51.100.")
            || s.starts_with("192.0.2.")
            || s.starts_with("2001:db8:")));
    }
}
