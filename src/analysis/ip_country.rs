//! Where an IP address is registered, from the bundled database (`assets::IP_DATABASE`), read
//! with the `maxminddb` crate: offline, nothing is ever sent anywhere. Private, loopback,
//! shared (CGNAT), link-local, documentation and other reserved ranges are named as such and
//! never looked up.
//!
//! A country is where the address block is registered **today**, which may differ from where
//! it was when the export saw it (blocks are sold and moved; mobile and VPN addresses are
//! registered far from their users).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::OnceLock;

use crate::t;

/// What is known of where an address is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IpPlace {
    /// An ISO 3166-1 alpha-2 code (`DE`).
    Country(String),
    /// A range that is nobody's country: what kind (a private network, CGNAT …).
    Reserved(Reserved),
    /// Public, but the database has no block for it.
    Unknown,
}

impl IpPlace {
    /// The key of `summary --json`'s `ip_countries`: the code, `private` for every reserved
    /// range, `unknown`.
    pub fn key(&self) -> &str {
        match self {
            Self::Country(code) => code,
            Self::Reserved(_) => "private",
            Self::Unknown => "unknown",
        }
    }

    /// For a person: `DE`, `private network`, `not in the database` (words in the current
    /// language).
    pub fn label(&self) -> String {
        match self {
            Self::Country(code) => code.clone(),
            Self::Reserved(kind) => kind.label(),
            Self::Unknown => t!("ip-place-unknown"),
        }
    }
}

/// The kinds of address ranges that are nobody's country (RFC 6890's special-purpose
/// registries).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reserved {
    PrivateNetwork,
    Loopback,
    /// Shared carrier network (CGNAT, 100.64.0.0/10).
    SharedCarrier,
    LinkLocal,
    Documentation,
    Benchmarking,
    ProtocolAssignment,
    ThisNetwork,
    Multicast,
    Reserved,
    Unspecified,
    /// IPv4/IPv6 translation (64:ff9b::/96).
    Translation,
}

impl Reserved {
    /// "private network", "loopback" … in the current language.
    pub fn label(self) -> String {
        match self {
            Self::PrivateNetwork => t!("ip-place-private-network"),
            Self::Loopback => t!("ip-place-loopback"),
            Self::SharedCarrier => t!("ip-place-shared-carrier"),
            Self::LinkLocal => t!("ip-place-link-local"),
            Self::Documentation => t!("ip-place-documentation"),
            Self::Benchmarking => t!("ip-place-benchmarking"),
            Self::ProtocolAssignment => t!("ip-place-protocol-assignment"),
            Self::ThisNetwork => t!("ip-place-this-network"),
            Self::Multicast => t!("ip-place-multicast"),
            Self::Reserved => t!("ip-place-reserved"),
            Self::Unspecified => t!("ip-place-unspecified"),
            Self::Translation => t!("ip-place-translation"),
        }
    }
}

/// `"ip-location-db geo-whois-asn-country (NRO, CC BY 4.0), 2026-06-17"` (`summary --json`'s
/// `ip_database`): its name and the date in its version.
pub fn database_name() -> String {
    let version = crate::assets::IP_DATABASE_VERSION.trim();
    // The npm version is `2.3.YYYYMMDDhh`.
    let date = version
        .rsplit('.')
        .next()
        .filter(|d| d.len() >= 8 && d.bytes().all(|b| b.is_ascii_digit()))
        .map(|d| format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8]))
        .unwrap_or_else(|| version.to_string());
    format!("ip-location-db geo-whois-asn-country (NRO, CC BY 4.0), {date}")
}

/// [`database_name`] as the window and the report show it: its date written the way the
/// current language writes dates (the summary's `ip_database` keeps `YYYY-MM-DD`).
pub fn database_label() -> String {
    let version = crate::assets::IP_DATABASE_VERSION.trim();
    let date = version
        .rsplit('.')
        .next()
        .and_then(|d| d.get(..8))
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y%m%d").ok());
    match date {
        Some(date) => format!(
            "ip-location-db geo-whois-asn-country (NRO, CC BY 4.0), {}",
            crate::i18n::format::date(date)
        ),
        None => database_name(),
    }
}

fn reader() -> Option<&'static maxminddb::Reader<&'static [u8]>> {
    static READER: OnceLock<Option<maxminddb::Reader<&'static [u8]>>> = OnceLock::new();
    READER
        .get_or_init(|| maxminddb::Reader::from_source(crate::assets::IP_DATABASE).ok())
        .as_ref()
}

#[derive(serde::Deserialize)]
struct Record {
    country_code: Option<String>,
}

/// Where `ip` is registered.
pub fn place(ip: IpAddr) -> IpPlace {
    let ip = match ip {
        // An IPv4 address written as IPv6 (`::ffff:1.2.3.4`) is the IPv4 one.
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    };
    if let Some(kind) = reserved(ip) {
        return IpPlace::Reserved(kind);
    }
    let code = reader()
        .and_then(|r| r.lookup(ip).ok())
        .and_then(|found| found.decode::<Record>().ok().flatten())
        .and_then(|record| record.country_code)
        .filter(|c| c.len() == 2);
    match code {
        Some(code) => IpPlace::Country(code.to_ascii_uppercase()),
        None => IpPlace::Unknown,
    }
}

/// The kind of a range that is nobody's country (RFC 6890's special-purpose registries).
fn reserved(ip: IpAddr) -> Option<Reserved> {
    match ip {
        IpAddr::V4(v4) => reserved_v4(v4),
        IpAddr::V6(v6) => reserved_v6(v6),
    }
}

fn reserved_v4(ip: Ipv4Addr) -> Option<Reserved> {
    let [a, b, c, _] = ip.octets();
    Some(match (a, b, c) {
        (10, ..) | (172, 16..=31, _) | (192, 168, _) => Reserved::PrivateNetwork,
        (127, ..) => Reserved::Loopback,
        (100, 64..=127, _) => Reserved::SharedCarrier,
        (169, 254, _) => Reserved::LinkLocal,
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => Reserved::Documentation,
        (198, 18..=19, _) => Reserved::Benchmarking,
        (192, 0, 0) => Reserved::ProtocolAssignment,
        (0, ..) => Reserved::ThisNetwork,
        (224..=239, ..) => Reserved::Multicast,
        (240..=255, ..) => Reserved::Reserved,
        _ => return None,
    })
}

fn reserved_v6(ip: Ipv6Addr) -> Option<Reserved> {
    let s = ip.segments();
    Some(match s {
        [0, 0, 0, 0, 0, 0, 0, 1] => Reserved::Loopback,
        [0, 0, 0, 0, 0, 0, 0, 0] => Reserved::Unspecified,
        [0x2001, 0x0db8, ..] => Reserved::Documentation,
        [first, ..] if first & 0xfe00 == 0xfc00 => Reserved::PrivateNetwork,
        [first, ..] if first & 0xffc0 == 0xfe80 => Reserved::LinkLocal,
        [first, ..] if first & 0xff00 == 0xff00 => Reserved::Multicast,
        [0x0064, 0xff9b, ..] => Reserved::Translation,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ip: &str) -> IpPlace {
        place(ip.parse().unwrap())
    }

    #[test]
    fn reserved_ranges_are_named_not_looked_up() {
        assert_eq!(at("10.1.2.3"), IpPlace::Reserved(Reserved::PrivateNetwork));
        assert_eq!(
            at("172.20.0.1"),
            IpPlace::Reserved(Reserved::PrivateNetwork)
        );
        assert_eq!(
            at("192.168.1.10"),
            IpPlace::Reserved(Reserved::PrivateNetwork)
        );
        assert_eq!(at("127.0.0.1"), IpPlace::Reserved(Reserved::Loopback));
        assert_eq!(at("100.72.1.1"), IpPlace::Reserved(Reserved::SharedCarrier));
        assert_eq!(
            at("203.0.113.7"),
            IpPlace::Reserved(Reserved::Documentation)
        );
        assert_eq!(
            at("2001:db8::7"),
            IpPlace::Reserved(Reserved::Documentation)
        );
        assert_eq!(at("fd00::1"), IpPlace::Reserved(Reserved::PrivateNetwork));
        assert_eq!(at("fe80::1"), IpPlace::Reserved(Reserved::LinkLocal));
        assert_eq!(at("::1"), IpPlace::Reserved(Reserved::Loopback));
        assert_eq!(
            at("::ffff:192.168.0.1"),
            IpPlace::Reserved(Reserved::PrivateNetwork)
        );
        assert_eq!(at("100.128.0.1").key(), at("100.128.0.1").key()); // just public
        assert_eq!(IpPlace::Reserved(Reserved::Loopback).key(), "private");
        // Named in words for people, whatever the key.
        assert_eq!(
            IpPlace::Reserved(Reserved::SharedCarrier).label(),
            "shared carrier network (CGNAT)"
        );
        assert_eq!(IpPlace::Unknown.label(), "not in the database");
    }

    #[test]
    fn public_addresses_of_several_countries_are_placed() {
        for (ip, country) in [
            ("8.8.8.8", "US"),
            ("2001:4860:4860::8888", "US"),
            ("46.4.0.1", "DE"),
            ("2a01:4f8::1", "DE"),
            ("202.12.27.33", "JP"),
            ("200.160.2.3", "BR"),
            ("114.114.114.114", "CN"),
            ("77.88.8.8", "RU"),
            ("2a02:6b8::1", "RU"),
            ("81.2.69.1", "GB"),
            // An IPv4 address written as IPv6.
            ("::ffff:8.8.8.8", "US"),
        ] {
            assert_eq!(at(ip), IpPlace::Country(country.into()), "{ip}");
        }
    }

    #[test]
    fn the_database_loads_and_its_name_carries_its_date() {
        assert!(reader().is_some());
        let name = database_name();
        assert!(
            name.starts_with("ip-location-db geo-whois-asn-country"),
            "{name}"
        );
        assert!(name.contains("-"), "{name}");
        // Shown with the date as the language writes it; the summary keeps YYYY-MM-DD.
        let german = crate::i18n::with_language(crate::i18n::Lang::De, database_label);
        let date = german.rsplit(", ").next().unwrap_or("");
        assert!(
            date.len() == 10 && date.chars().filter(|&c| c == '.').count() == 2,
            "{german}"
        );
    }
}
