//! The WeChat Pay bill (微信支付账单明细): the CSV written until mid-2025 and the XLSX since,
//! alone or inside the password-protected zip WeChat Pay mails (the input layer opens the
//! zip; this module reads what is inside). Format notes: `shared/docs/formats/wechat.md` §1b.
//!
//! ```no_run
//! use footprint::import::{Progress, load_paths};
//! use footprint::input::OpenOptions;
//! let options = OpenOptions { password: Some("123456".into()), ..Default::default() };
//! let outcome = load_paths(&["微信支付账单.zip".into()], &options, &Progress::default())?;
//! println!("{} payments", outcome.footprint.payments.len());
//! # Ok::<(), footprint::import::Cancelled>(())
//! ```

mod bill;
mod fields;
mod pipeline;

use std::io::{Cursor, Read};

use calamine::{Data, Reader};

use super::{Confidence, ImportCtx, ImportError, Importer, Probe, ProgressReader, for_each_record};
use crate::input::{Position, Vfs, VfsFile};
use crate::model::{Platform, WallTime};
use bill::{BillReader, Cell};

pub use fields::{parse_amount_cents, parse_bill_time};

/// The importer for WeChat Pay bills.
pub struct WeChatPaybill;

const FORMAT: &str = "wechat-paybill";

/// Largest XLSX bill read into memory (a year of bills is well under 1 MiB).
const MAX_XLSX_BYTES: u64 = 64 << 20;

impl Importer for WeChatPaybill {
    /// A bill is one file; folders below it are the user's.
    fn owns_folders_below(&self) -> bool {
        false
    }

    fn format(&self) -> &'static str {
        FORMAT
    }

    fn platform(&self) -> Platform {
        Platform::WeChat
    }

    fn recognise(&self, probe: &Probe<'_>) -> Confidence {
        match probe.file.extension().as_str() {
            "xlsx" if probe.file.file_name().contains("微信支付") => Confidence::High,
            "xlsx" => match xlsx_head_has_bill_header(probe) {
                Some(true) => Confidence::High,
                Some(false) => Confidence::No,
                // Larger than the head: only reading it can tell.
                None => Confidence::Low,
            },
            "csv" | "txt" | "" => {
                let decoded = probe.text();
                let has_header = decoded.contains("交易时间") && decoded.contains("交易类型");
                if decoded.contains("微信支付账单明细") && has_header {
                    Confidence::High
                } else if has_header && decoded.contains("收/支") {
                    Confidence::Medium
                } else {
                    Confidence::No
                }
            }
            _ => Confidence::No,
        }
    }

    fn import(
        &self,
        vfs: &Vfs,
        file: &VfsFile,
        ctx: &mut ImportCtx<'_>,
    ) -> Result<(), ImportError> {
        let path = file.display_path.as_str();
        let found_header = if file.extension() == "xlsx" {
            read_xlsx(vfs, file, ctx)?
        } else {
            read_csv(vfs, file, ctx)?
        };
        if !found_header {
            return Err(ImportError::WrongLayout {
                path: path.to_string(),
                detail: "not a WeChat Pay bill: no header row with 交易时间, 收/支 and 金额(元) was found"
                    .to_string(),
            });
        }
        Ok(())
    }
}

/// Largest XML part inflated while recognising a small workbook.
const MAX_RECOGNISE_XML_BYTES: u64 = 8 << 20;

/// For a workbook small enough to sit whole in the probe's head: whether its strings hold
/// the bill's header words. `None` when the head is not the whole file.
fn xlsx_head_has_bill_header(probe: &Probe<'_>) -> Option<bool> {
    if probe.head.len() as u64 != probe.file.size {
        return None;
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(probe.head)) else {
        return Some(false);
    };
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .filter(|n| {
            n.ends_with(".xml") && (n.contains("sharedStrings") || n.contains("worksheets/"))
        })
        .collect();
    let mut text = String::new();
    for name in names {
        let Ok(member) = archive.by_name(&name) else {
            continue;
        };
        let mut bytes = Vec::new();
        if member
            .take(MAX_RECOGNISE_XML_BYTES)
            .read_to_end(&mut bytes)
            .is_err()
        {
            continue;
        }
        text.clear();
        text.push_str(&String::from_utf8_lossy(&bytes));
        if text.contains("交易时间") && text.contains("收/支") {
            return Some(true);
        }
    }
    Some(false)
}

/// Reads a CSV bill in any encoding [`text::utf8_reader`] knows (UTF-8 ± BOM, GBK/GB18030).
/// Quoting is irregular (a TAB after a closing quote, `"` inside unquoted cells), so the
/// reader is flexible and every cell is trimmed.
fn read_csv(vfs: &Vfs, file: &VfsFile, ctx: &mut ImportCtx<'_>) -> Result<bool, ImportError> {
    if ctx.limits.parse_threads > 1 {
        let (bill, read) = pipeline::read_csv_on_two_threads(vfs, file, ctx);
        read?;
        let found = bill.found_header();
        if found {
            bill.finish(ctx);
        }
        return Ok(found);
    }
    let mut bill = BillReader::default();
    for_each_record(vfs, file, ctx, |ctx, record, position| {
        // Cells borrow the record's text (a copy only where bytes are not UTF-8).
        let cells: Vec<Cell<'_>> = record
            .iter()
            .map(|field| Cell::Text(String::from_utf8_lossy(field)))
            .collect();
        bill.row(ctx, &cells, position);
    })?;
    // Without a header row this is no bill; the caller says so, and no notes are added.
    let found = bill.found_header();
    if found {
        bill.finish(ctx);
    }
    Ok(found)
}

/// Reads an XLSX bill: every sheet is searched for the header row (the bill's own sheet is
/// `Sheet1`, but a user's copy may hold others first).
fn read_xlsx(vfs: &Vfs, file: &VfsFile, ctx: &mut ImportCtx<'_>) -> Result<bool, ImportError> {
    let path = file.display_path.as_str();
    let bytes = vfs.read(file, |reader| {
        let mut progress = ProgressReader::new(
            reader,
            ctx.progress,
            path,
            ctx.bytes_before,
            ctx.bytes_total,
        );
        let mut bytes = Vec::new();
        (&mut progress)
            .take(MAX_XLSX_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| ImportError::from_io(path, e))?;
        Ok::<_, ImportError>(bytes)
    })?;
    if bytes.len() as u64 > MAX_XLSX_BYTES {
        return Err(ImportError::WrongLayout {
            path: path.to_string(),
            detail: format!(
                "larger than the {} MiB a WeChat Pay XLSX bill can be",
                MAX_XLSX_BYTES >> 20
            ),
        });
    }
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
        ImportError::WrongLayout {
            path: path.to_string(),
            detail: format!("not a readable XLSX workbook ({e})"),
        }
    })?;
    for name in workbook.sheet_names() {
        let Ok(range) = workbook.worksheet_range(&name) else {
            continue;
        };
        let mut bill = BillReader::default();
        let mut cells = Vec::new();
        let first_row = range.start().map_or(0, |(row, _)| row);
        for (i, row) in range.rows().enumerate() {
            cells.clear();
            cells.extend(row.iter().map(xlsx_cell));
            let position = Position {
                byte: 0,
                record: Some(u64::from(first_row) + i as u64),
            };
            bill.row(ctx, &cells, position);
        }
        if bill.found_header() {
            bill.finish(ctx);
            return Ok(true);
        }
    }
    Ok(false)
}

fn xlsx_cell(data: &Data) -> Cell<'_> {
    match data {
        Data::String(s) | Data::DateTimeIso(s) => Cell::Text(s.into()),
        Data::Float(f) => Cell::Number(*f),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::DateTime(dt) => {
            // The date from calamine (it knows the 1900/1904 systems); the time of day from
            // the fraction, rounded to the second (serials are rarely exact).
            let serial = dt.as_f64();
            // calamine's conversion does unchecked arithmetic on the day count: only real
            // Excel dates (years 1900–9999) are given to it.
            if !serial.is_finite() || !(0.0..2_958_466.0).contains(&serial) {
                return Cell::Empty;
            }
            let (y, mo, d, ..) = dt.to_ymd_hms_milli();
            let day_secs = ((serial - serial.floor()) * 86_400.0).round() as i64;
            match WallTime::from_fields(i32::from(y), u32::from(mo), u32::from(d), 0, 0, 0) {
                Some(midnight) if serial.is_finite() => {
                    WallTime::checked(midnight.0 + day_secs).map_or(Cell::Empty, Cell::Time)
                }
                _ => Cell::Empty,
            }
        }
        Data::Bool(_) | Data::DurationIso(_) | Data::Error(_) | Data::Empty => Cell::Empty,
    }
}
