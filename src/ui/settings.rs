//! What the window remembers between runs: look, language and privacy choices only.
//! Never data or file paths, unless the user turns on "remember recent files".

use serde::{Deserialize, Serialize};

use crate::analysis::Bucket;
use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// Kept in eframe's storage under [`Settings::KEY`].
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: Theme,
    /// The language of the window; `None` follows the system's ([`Lang::system`]).
    /// Settings saved before there was a choice load as `None`.
    pub language: Option<Lang>,
    pub bucket: Bucket,
    /// Off by default: when on, the paths of opened files are kept for the start screen.
    pub remember_recent: bool,
    pub recent: Vec<String>,
}

impl Settings {
    pub const KEY: &'static str = "footprint-settings";
    const MAX_RECENT: usize = 8;

    /// The language the window speaks: the one chosen, else the system's.
    pub fn language(&self) -> Lang {
        self.language.unwrap_or_else(Lang::system)
    }

    /// Notes opened paths, when the user asked for that.
    pub fn note_opened(&mut self, paths: impl IntoIterator<Item = String>) {
        if !self.remember_recent {
            return;
        }
        for p in paths {
            self.recent.retain(|r| r != &p);
            self.recent.insert(0, p);
        }
        self.recent.truncate(Self::MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_saved_before_the_language_choice_follow_the_system() {
        let old: Settings = serde_json::from_str(r#"{"theme":"Dark","remember_recent":true}"#)
            .unwrap_or_else(|e| panic!("old settings: {e}"));
        assert_eq!(old.theme, Theme::Dark);
        assert_eq!(old.language, None);
        let chosen = Settings {
            language: Some(Lang::De),
            ..Settings::default()
        };
        let text = serde_json::to_string(&chosen).unwrap_or_default();
        let back: Settings = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(back.language, Some(Lang::De));
        assert_eq!(back.language(), Lang::De);
    }
}
