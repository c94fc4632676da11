//! What the window remembers between runs: look and privacy choices only. Never data
//! or file paths, unless the user turns on "remember recent files".

use serde::{Deserialize, Serialize};

use crate::analysis::Bucket;

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
    pub bucket: Bucket,
    /// Off by default: when on, the paths of opened files are kept for the start screen.
    pub remember_recent: bool,
    pub recent: Vec<String>,
}

impl Settings {
    pub const KEY: &'static str = "footprint-settings";
    const MAX_RECENT: usize = 8;

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
