//! Files compiled into the binary: the bundled fonts (OFL-1.1, see `assets/fonts/`) and
//! the app icon.

/// Noto Sans SC, subset: Latin, Chinese, common symbols.
pub const FONT_CJK: &[u8] = include_bytes!("../assets/fonts/NotoSansSC-Subset.otf");
/// Noto Sans Arabic, subset: Arabic letters and presentation forms, digits, punctuation.
pub const FONT_ARABIC: &[u8] = include_bytes!("../assets/fonts/NotoSansArabic-Subset.ttf");
/// Noto Sans Hebrew, subset: Hebrew letters and points, ASCII.
pub const FONT_HEBREW: &[u8] = include_bytes!("../assets/fonts/NotoSansHebrew-Subset.ttf");

/// The IP-to-country database (MaxMind DB format, `country_code` per block): ip-location-db's
/// geo-whois-asn-country, data CC BY 4.0 by NRO (see `assets/ip/LICENSE.md`); refreshed by
/// `scripts/update-ip-database.sh`.
pub const IP_DATABASE: &[u8] = include_bytes!("../assets/ip/geo-whois-asn-country.mmdb");
/// The database's version (the npm package's, whose last part is its date).
pub const IP_DATABASE_VERSION: &str = include_str!("../assets/ip/VERSION");

/// Country shapes for the world map: Natural Earth 1:110m (public domain) as TopoJSON from
/// the `world-atlas` package (ISC, see `assets/map/`); refreshed by `scripts/update-map.sh`.
pub const WORLD_MAP: &[u8] = include_bytes!("../assets/map/countries-110m.json");
