//! Every integration test in one binary: one link of the crate and its dependencies
//! instead of one per file (the largest part of a cold test build after the dependencies
//! themselves). Each module is one area; `cargo test NAME` still picks tests by name.

mod common;

mod bad_input;
mod charts;
mod cli;
mod diff;
mod i18n;
mod owner;
mod packaging;
mod people;
mod report;
mod telegram_html;
mod telegram_json;
mod ui_window;
mod wechat_chat;
mod wechat_paybill;
mod wechat_samples;
mod whatsapp_account;
mod whatsapp_chat;
mod whatsapp_system;
mod zip_input;
