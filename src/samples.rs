//! The built-in sample footprint: generated exports (invented data) compiled into the
//! binary, so "Try the sample footprint" works from any directory.

use crate::import::Input;

/// The sample exports, as inputs to load.
pub fn builtin() -> Vec<Input> {
    vec![
        Input::Embedded {
            rel_path: "DataExport_sample/result.json",
            bytes: include_bytes!("../sample_exports/telegram/DataExport_sample/result.json"),
        },
        Input::Embedded {
            rel_path: "ChatExport_sample/result.json",
            bytes: include_bytes!("../sample_exports/telegram/ChatExport_sample/result.json"),
        },
        Input::Embedded {
            rel_path: "WhatsApp Chat with Lake Weekend.txt",
            bytes: include_bytes!("../sample_exports/whatsapp/WhatsApp Chat with Lake Weekend.txt"),
        },
        Input::Embedded {
            rel_path: "WhatsApp Chat - 李娜/_chat.txt",
            bytes: include_bytes!("../sample_exports/whatsapp/WhatsApp Chat - 李娜/_chat.txt"),
        },
        Input::EmbeddedFolder {
            root: "whatsapp_report_sample",
            files: WHATSAPP_REPORT,
        },
    ]
}

/// The sample WhatsApp account report, file by file.
const WHATSAPP_REPORT: &[(&str, &[u8])] = &[
    (
        "index.html",
        include_bytes!("../sample_exports/whatsapp/whatsapp_report_sample/index.html"),
    ),
    (
        "whatsapp_account_information/avatars_information.json",
        include_bytes!(
            "../sample_exports/whatsapp/whatsapp_report_sample/whatsapp_account_information/avatars_information.json"
        ),
    ),
    (
        "whatsapp_account_information/registration_information.json",
        include_bytes!(
            "../sample_exports/whatsapp/whatsapp_report_sample/whatsapp_account_information/registration_information.json"
        ),
    ),
    (
        "whatsapp_account_information/user_information.json",
        include_bytes!(
            "../sample_exports/whatsapp/whatsapp_report_sample/whatsapp_account_information/user_information.json"
        ),
    ),
    (
        "whatsapp_connections/contacts.json",
        include_bytes!(
            "../sample_exports/whatsapp/whatsapp_report_sample/whatsapp_connections/contacts.json"
        ),
    ),
    (
        "whatsapp_connections/groups.json",
        include_bytes!(
            "../sample_exports/whatsapp/whatsapp_report_sample/whatsapp_connections/groups.json"
        ),
    ),
    (
        "whatsapp_settings/account_settings.json",
        include_bytes!(
            "../sample_exports/whatsapp/whatsapp_report_sample/whatsapp_settings/account_settings.json"
        ),
    ),
];
