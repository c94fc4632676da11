//! Which files make up a WhatsApp "Request account info" report (format notes §2.1,
//! §2.3): the 2018–2021 `portability.json` + `access.html`, and the 2022+ folders
//! `whatsapp_account_information/`, `whatsapp_connections/`, `whatsapp_settings/`.

/// The section folders of the 2022+ layout.
pub const SECTION_FOLDERS: &[&str] = &[
    "whatsapp_account_information",
    "whatsapp_connections",
    "whatsapp_settings",
];

/// A JSON file the importer reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Registration,
    UserInformation,
    AccountSettings,
    Contacts,
    Groups,
    /// The legacy `portability.json` (`contacts`, `groups`).
    Portability,
}

/// The section a file's base name stands for (both spellings of the registration file).
pub fn section_of(file_name: &str) -> Option<Section> {
    Some(match file_name {
        "registration_information.json" | "registration_info.json" => Section::Registration,
        "user_information.json" => Section::UserInformation,
        "account_settings.json" => Section::AccountSettings,
        "contacts.json" => Section::Contacts,
        "groups.json" => Section::Groups,
        "portability.json" => Section::Portability,
        _ => return None,
    })
}

/// Files that are zip or Finder noise, never part of the report.
pub fn is_noise(rel_path: &str) -> bool {
    rel_path
        .split('/')
        .any(|part| part == "__MACOSX" || part == ".DS_Store" || part.starts_with("._"))
}

/// The report's root folder (`""` for the top of the opened path) when `rel_path` lies in
/// a 2022+ section folder.
pub fn root_of_sections(rel_path: &str) -> Option<&str> {
    let mut start = 0;
    for part in rel_path.split('/') {
        if SECTION_FOLDERS.contains(&part) {
            return Some(rel_path[..start].trim_end_matches('/'));
        }
        start += part.len() + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots() {
        assert_eq!(
            root_of_sections("whatsapp_connections/groups.json"),
            Some("")
        );
        assert_eq!(
            root_of_sections("report/whatsapp_settings/account_settings.json"),
            Some("report")
        );
        assert_eq!(root_of_sections("groups.json"), None);
        assert!(is_noise("__MACOSX/whatsapp_connections/._groups.json"));
        assert_eq!(
            section_of("registration_info.json"),
            Some(Section::Registration)
        );
    }
}
