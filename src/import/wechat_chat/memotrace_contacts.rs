//! MemoTrace's `contacts.csv`: `UserName,Alias,Type,Remark,NickName,...,telephone,...`
//! (format notes §2a). People become contacts; the groups (`@chatroom`) and official
//! accounts (`gh_`) the list also holds become conversations without messages, so they
//! show among the groups and channels the account has.

use super::csv_rows::{cell, for_each_row};
use super::memotrace_csv::FORMAT;
use super::{IdClass, add_contact, add_listed_conversation, classify_id, note};
use crate::import::{Confidence, ImportCtx, ImportError, Importer, Probe};
use crate::input::{Vfs, VfsFile};
use crate::model::{Platform, WarningKind};

/// The importer for MemoTrace's `contacts.csv`.
pub struct MemoTraceContacts;

const HEADER_START: &str = "UserName,Alias,Type,Remark,NickName";

impl Importer for MemoTraceContacts {
    fn format(&self) -> &'static str {
        FORMAT
    }

    fn platform(&self) -> Platform {
        Platform::WeChat
    }

    fn recognise(&self, probe: &Probe<'_>) -> Confidence {
        if probe.file.extension() == "csv" && probe.first_line().starts_with(HEADER_START) {
            Confidence::High
        } else {
            Confidence::No
        }
    }

    fn import(
        &self,
        vfs: &Vfs,
        file: &VfsFile,
        ctx: &mut ImportCtx<'_>,
    ) -> Result<(), ImportError> {
        let mut counts = [0u64; 3];
        for_each_row(vfs, file, ctx, |ctx, header, record, position| {
            let get = |name: &str| cell(record, header.at(name));
            let id = get("UserName");
            if id.is_empty() {
                ctx.warn(
                    WarningKind::SkippedRecord,
                    position,
                    "contact without a UserName",
                );
                return;
            }
            let name = [get("Remark"), get("NickName"), get("Alias")]
                .into_iter()
                .find(|s| !s.is_empty())
                .unwrap_or_else(|| id.clone());
            match classify_id(&id) {
                class @ (IdClass::Group | IdClass::OfficialAccount) => {
                    let names =
                        [get("Remark"), get("NickName"), get("Alias")].map(|n| n.into_owned());
                    add_listed_conversation(ctx, &names, &id, class, "contacts.csv");
                    counts[usize::from(class == IdClass::OfficialAccount) + 1] += 1;
                }
                IdClass::System => {}
                IdClass::Person | IdClass::WeCom => {
                    add_contact(ctx, &name, &get("telephone"), &id);
                    counts[0] += 1;
                }
            }
        })?;
        note(ctx, super::contact_list_note("contacts.csv", counts));
        if counts.iter().sum::<u64>() == 0 {
            return Err(ImportError::WrongLayout {
                path: file.display_path.clone(),
                detail: "a contacts.csv header but no readable contacts".into(),
            });
        }
        Ok(())
    }
}
