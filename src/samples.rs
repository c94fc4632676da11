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
            rel_path: WECHAT_BILL,
            bytes: include_bytes!("../sample_exports/wechat/微信支付账单(20240601-20250531).csv"),
        },
        Input::Embedded {
            rel_path: WECHAT_CONTACTS,
            bytes: include_bytes!("../sample_exports/wechat/MemoTrace_sample/data/contacts.csv"),
        },
        Input::Embedded {
            rel_path: WECHAT_PRIVATE,
            bytes: include_bytes!(
                "../sample_exports/wechat/MemoTrace_sample/data/聊天记录/小王(同事)/小王(同事)_utf8.csv"
            ),
        },
        Input::Embedded {
            rel_path: WECHAT_GROUP,
            bytes: include_bytes!(
                "../sample_exports/wechat/MemoTrace_sample/data/聊天记录/周末饭搭子(20000000001@chatroom)/周末饭搭子_utf8.csv"
            ),
        },
        Input::Embedded {
            rel_path: WECHAT_OFFICIAL,
            bytes: include_bytes!(
                "../sample_exports/wechat/MemoTrace_sample/data/聊天记录/招商银行信用卡(gh_sample_cmbcc)/招商银行信用卡_utf8.csv"
            ),
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

/// Where the WeChat samples sit (relative to `sample_exports/wechat/`); the MemoTrace paths
/// are the ones `footprint gen wechat-memotrace` writes.
pub const WECHAT_BILL: &str = "微信支付账单(20240601-20250531).csv";
pub const WECHAT_CONTACTS: &str = "MemoTrace_sample/data/contacts.csv";
pub const WECHAT_PRIVATE: &str = "MemoTrace_sample/data/聊天记录/小王(同事)/小王(同事)_utf8.csv";
pub const WECHAT_GROUP: &str =
    "MemoTrace_sample/data/聊天记录/周末饭搭子(20000000001@chatroom)/周末饭搭子_utf8.csv";
pub const WECHAT_OFFICIAL: &str =
    "MemoTrace_sample/data/聊天记录/招商银行信用卡(gh_sample_cmbcc)/招商银行信用卡_utf8.csv";

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
