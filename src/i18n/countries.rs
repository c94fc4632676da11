//! Country names in the window's language, from `assets/i18n/countries/<language>.json`
//! (ISO 3166-1 alpha-2 → name; CLDR-based data of the `i18n-iso-countries` package, MIT,
//! refreshed by `scripts/update-country-names.sh`). English names come with the map
//! (`chart::world`), so English has no file here.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::Lang;

/// The bundled files, in [`Lang::ALL`] order (English: none).
static FILES: [Option<&str>; 8] = [
    None,
    Some(include_str!("../../assets/i18n/countries/zh-CN.json")),
    Some(include_str!("../../assets/i18n/countries/ar.json")),
    Some(include_str!("../../assets/i18n/countries/es.json")),
    Some(include_str!("../../assets/i18n/countries/ru.json")),
    Some(include_str!("../../assets/i18n/countries/pt-BR.json")),
    Some(include_str!("../../assets/i18n/countries/de.json")),
    Some(include_str!("../../assets/i18n/countries/fr.json")),
];

fn tables() -> &'static [HashMap<String, String>] {
    static TABLES: OnceLock<Vec<HashMap<String, String>>> = OnceLock::new();
    TABLES.get_or_init(|| {
        FILES
            .iter()
            .map(|file| {
                // A file that does not parse leaves names in English (a test reads them all).
                file.and_then(|json| serde_json::from_str(json).ok())
                    .unwrap_or_default()
            })
            .collect()
    })
}

/// The name of the country with ISO 3166-1 alpha-2 code `alpha2` (any case) in `lang`;
/// `None` for English and for codes the file lacks.
pub fn name(lang: Lang, alpha2: &str) -> Option<&'static str> {
    let table = tables().get(lang.index())?;
    table.get(&alpha2.to_ascii_uppercase()).map(String::as_str)
}

/// Every `(code, name)` of `lang`'s file (empty for English), for checks.
pub fn all(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    tables()
        .get(lang.index())
        .into_iter()
        .flat_map(|t| t.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_but_english_names_the_countries() {
        assert_eq!(name(Lang::De, "de"), Some("Deutschland"));
        assert_eq!(name(Lang::Zh, "CN"), Some("中国"));
        assert_eq!(name(Lang::En, "DE"), None);
        assert_eq!(name(Lang::Fr, "ZZ"), None);
        for lang in Lang::ALL.into_iter().skip(1) {
            assert!(all(lang).count() > 240, "{lang:?}");
        }
    }
}
