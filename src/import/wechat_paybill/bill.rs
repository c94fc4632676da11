//! Turns the rows of a bill (from CSV or XLSX alike) into payments: the preamble gives the
//! account's nickname and the bill's own counts, the header row is found by its content,
//! and every row after it is one transaction.

use arcstr::ArcStr;
use std::borrow::Cow;

use super::fields::{clean, number_to_cents, parse_amount_cents, parse_bill_time, parse_direction};
use crate::import::ImportCtx;
use crate::input::Position;
use crate::model::{
    IdentityField, Payment, PaymentDirection, PaymentId, Platform, WallTime, WarningKind,
};

/// One cell as the reader found it; text borrowed from the reader's buffer where it can
/// be (no copy a cell).
#[derive(Clone, Debug)]
pub enum Cell<'a> {
    Text(Cow<'a, str>),
    /// A numeric cell (XLSX amounts).
    Number(f64),
    /// A date cell already converted (XLSX serials).
    Time(WallTime),
    Empty,
}

impl Cell<'_> {
    fn text(&self) -> &str {
        match self {
            Self::Text(text) => text,
            _ => "",
        }
    }

    /// An empty cell, or one of only blanks.
    fn is_blank(&self) -> bool {
        match self {
            Self::Text(t) => clean(t).is_empty(),
            Self::Empty => true,
            Self::Number(_) | Self::Time(_) => false,
        }
    }
}

/// Where each column of the header row is.
struct Columns {
    /// Cells in the header row (trailing empty ones left out).
    width: usize,
    time: usize,
    kind: Option<usize>,
    counterparty: Option<usize>,
    goods: Option<usize>,
    direction: usize,
    amount: usize,
    method: Option<usize>,
    status: Option<usize>,
    transaction_id: Option<usize>,
    merchant_id: Option<usize>,
    note: Option<usize>,
}

impl Columns {
    /// The header row: it holds 交易时间, 收/支 and 金额(元) (names as in the notes; `金额` alone
    /// is accepted too).
    fn find(cells: &[Cell<'_>]) -> Option<Self> {
        let names: Vec<&str> = cells.iter().map(|c| clean(c.text())).collect();
        let at = |wanted: &[&str]| names.iter().position(|n| wanted.contains(n));
        let width = names
            .iter()
            .rposition(|n| !n.is_empty())
            .map_or(0, |last| last + 1);
        Some(Self {
            width,
            time: at(&["交易时间"])?,
            kind: at(&["交易类型"]),
            counterparty: at(&["交易对方"]),
            goods: at(&["商品"]),
            direction: at(&["收/支"])?,
            amount: at(&["金额(元)", "金额（元）", "金额"])?,
            method: at(&["支付方式"]),
            status: at(&["当前状态"]),
            transaction_id: at(&["交易单号"]),
            merchant_id: at(&["商户单号"]),
            note: at(&["备注"]),
        })
    }
}

/// Reads a bill row by row.
#[derive(Default)]
pub struct BillReader {
    columns: Option<Columns>,
    /// `共N笔记录` from the preamble.
    declared_rows: Option<u64>,
    range: Option<String>,
    /// The period the preamble names, when its times read.
    period: Option<(WallTime, WallTime)>,
    /// Rows whose time lies outside that period.
    outside: u64,
    pub rows: u64,
    /// Each distinct text of the repeated columns once ([`crate::model::Payment`]).
    strings: Strings,
}

/// The repeated text columns, interned: type, counterparty, goods, method, status, note.
const SHARED_COLUMNS: usize = 6;

/// After this many lookups in a column ...
const INTERN_TRIAL: u32 = 4096;

/// Each distinct text once, shared ([`ArcStr`]), with each column's last value at hand:
/// consecutive rows often repeat it, and a comparison is cheaper than a hash. A column whose
/// values are mostly new after [`INTERN_TRIAL`] lookups (a bill's goods can be unique per
/// row) stops being interned: its texts are kept as they come.
#[derive(Default)]
struct Strings {
    set: std::collections::HashSet<ArcStr, rustc_hash::FxBuildHasher>,
    /// The empty text, shared. It is kept apart because comparing two empty texts calls
    /// `memcmp` with a length of 0 and a pointer to nothing, which glibc's AVX-512
    /// `memcmp` takes 85 to 150 ns to do (a masked load from an unmapped page, measured on
    /// the project's AMD machine): a third of a bill's interning, where notes are empty.
    empty: ArcStr,
    last: [Option<ArcStr>; SHARED_COLUMNS],
    /// Per column: lookups, and those that found the text already there.
    lookups: [u32; SHARED_COLUMNS],
    found: [u32; SHARED_COLUMNS],
}

impl Strings {
    /// The shared copy of `text` (a cell of `column`), made on first sight.
    fn get(&mut self, column: usize, text: &str) -> ArcStr {
        if text.is_empty() {
            return self.empty.clone();
        }
        if let Some(last) = self.last.get(column).and_then(Option::as_ref)
            && **last == *text
        {
            return last.clone();
        }
        let (lookups, found) = (
            self.lookups.get(column).copied().unwrap_or(0),
            self.found.get(column).copied().unwrap_or(0),
        );
        if lookups >= INTERN_TRIAL && found < lookups / 2 {
            return ArcStr::from(text);
        }
        let existing = self.set.get(text).cloned();
        if let (Some(l), Some(f)) = (self.lookups.get_mut(column), self.found.get_mut(column)) {
            *l += 1;
            *f += u32::from(existing.is_some());
        }
        let shared = match existing {
            Some(shared) => shared,
            None => {
                let shared: ArcStr = ArcStr::from(text);
                self.set.insert(shared.clone());
                shared
            }
        };
        if let Some(slot) = self.last.get_mut(column) {
            *slot = Some(shared.clone());
        }
        shared
    }
}

impl BillReader {
    /// True once the header row has been seen.
    pub fn found_header(&self) -> bool {
        self.columns.is_some()
    }

    /// Takes the next row of the sheet or file.
    pub fn row(&mut self, ctx: &mut ImportCtx<'_>, cells: &[Cell<'_>], position: Position) {
        match &self.columns {
            None => {
                if let Some(columns) = Columns::find(cells) {
                    self.columns = Some(columns);
                } else if let Some(Cell::Text(first)) = cells.first() {
                    self.preamble(ctx, clean(first));
                }
            }
            Some(_) => self.transaction(ctx, cells, position),
        }
    }

    /// `微信昵称：[name]`, `起始时间：[..] 终止时间：[..]`, `共43笔记录` (fullwidth colons).
    fn preamble(&mut self, ctx: &mut ImportCtx<'_>, line: &str) {
        if let Some(nickname) = bracketed_after(line, "微信昵称") {
            if !nickname.is_empty() {
                ctx.footprint.identity.push(IdentityField {
                    source: ctx.source,
                    platform: Platform::WeChat,
                    field: "nickname".into(),
                    value: nickname.to_string(),
                });
            }
        } else if let (Some(start), Some(end)) = (
            bracketed_after(line, "起始时间"),
            bracketed_after(line, "终止时间"),
        ) {
            self.range = Some(format!("{start} – {end}"));
            self.period = parse_bill_time(start).zip(parse_bill_time(end));
        } else if let Some(rest) = line.strip_prefix('共')
            && let Some(count) = rest.strip_suffix("笔记录")
        {
            self.declared_rows = count.trim().parse().ok();
        }
    }

    fn transaction(&mut self, ctx: &mut ImportCtx<'_>, cells: &[Cell<'_>], position: Position) {
        let Some(columns) = &self.columns else {
            return;
        };
        if cells.iter().all(Cell::is_blank) {
            return;
        }
        // A merchant's name with an unquoted comma (`HARBOUR MART CO.,LIMITED`) makes a row
        // one cell too long: put its cells back in their columns.
        let used = cells
            .iter()
            .rposition(|c| !c.is_blank())
            .map_or(0, |last| last + 1);
        let realigned = (used > columns.width)
            .then(|| realign(&cells[..used], columns))
            .flatten();
        if let Some(fixed) = &realigned {
            ctx.warn(
                WarningKind::RealignedRow,
                position,
                format!(
                    "{} cells under {} columns; 交易对方 read as {:?}",
                    cells.len(),
                    columns.width,
                    columns
                        .counterparty
                        .and_then(|i| fixed.get(i))
                        .map(Cell::text)
                        .unwrap_or("")
                ),
            );
        }
        let cells = realigned.as_deref().unwrap_or(cells);
        let cell = |i: usize| cells.get(i).unwrap_or(&Cell::Empty);
        // The same, borrowed, for the interned columns.
        let shared = |i: Option<usize>| i.map_or("", |i| super::fields::text_str(cell(i).text()));
        let time = match cell(columns.time) {
            Cell::Time(t) => Some(*t),
            Cell::Text(t) => parse_bill_time(t),
            Cell::Number(serial) => super::fields::wall_from_excel_serial(*serial, false),
            Cell::Empty => None,
        };
        let Some(time) = time else {
            let shown = describe(cell(columns.time));
            ctx.warn(
                WarningKind::MissingDate,
                position,
                format!("transaction without a readable 交易时间 ({shown:?})"),
            );
            return;
        };
        let amount = match cell(columns.amount) {
            Cell::Number(n) => number_to_cents(*n),
            Cell::Text(t) => parse_amount_cents(t),
            _ => None,
        };
        let Some(amount_cents) = amount else {
            let shown = describe(cell(columns.amount));
            ctx.warn(
                WarningKind::SkippedRecord,
                position,
                format!("transaction with an unreadable 金额(元) ({shown:?})"),
            );
            return;
        };
        let direction = match parse_direction(cell(columns.direction).text()) {
            Some(d) => d,
            None => {
                let shown = describe(cell(columns.direction));
                ctx.warn(
                    WarningKind::SkippedRecord,
                    position,
                    format!("unknown 收/支 value {shown:?}, counted as neutral"),
                );
                PaymentDirection::Neutral
            }
        };
        ctx.footprint.payments.push(Payment {
            source: ctx.source,
            platform: Platform::WeChat,
            time,
            kind: self.strings.get(0, shared(columns.kind)),
            counterparty: self.strings.get(1, shared(columns.counterparty)),
            goods: self.strings.get(2, shared(columns.goods)),
            direction,
            amount_cents,
            method: self.strings.get(3, shared(columns.method)),
            status: self.strings.get(4, shared(columns.status)),
            transaction_id: PaymentId::new(shared(columns.transaction_id)),
            merchant_id: PaymentId::new(shared(columns.merchant_id)),
            note: self.strings.get(5, shared(columns.note)),
        });
        if self
            .period
            .is_some_and(|(start, end)| time < start || time > end)
        {
            self.outside += 1;
        }
        self.rows += 1;
        ctx.add_records(1);
    }

    /// Notes for the user once every row is read.
    pub fn finish(self, ctx: &mut ImportCtx<'_>) {
        let mut notes =
            vec!["Times are China time (UTC+8), kept as the bill writes them.".to_string()];
        if let Some(range) = &self.range {
            notes.push(format!("The bill covers {range}."));
        }
        if self.rows == 0 {
            notes.push(
                "The bill lists no transactions (WeChat Pay writes an empty list when the account had none in the chosen period).".to_string(),
            );
        }
        if self.outside > 0 {
            notes.push(format!(
                "{} of its transaction rows lie outside that period (the file may have been edited or pieced together).",
                self.outside
            ));
        }
        if let Some(declared) = self.declared_rows
            && declared != self.rows
        {
            notes.push(format!(
                "The bill's preamble says 共{declared}笔记录 but {} transaction rows were read.",
                self.rows
            ));
        }
        if let Some(source) = ctx.footprint.sources.get_mut(ctx.source as usize) {
            source.notes.extend(notes);
        }
    }
}

/// A row with more cells than its header: a text cell held a comma the bill did not quote
/// (WeChat quotes 商品 and 备注 but writes 交易对方 and 支付方式 bare). The cells whose shape
/// is fixed say where the columns really are: 收/支 followed by the amount, and the
/// 交易单号 (ten or more digits). The surplus before 收/支 goes back to 交易对方, that
/// between the amount and the 交易单号 to 支付方式, and what is left at the end to 备注.
/// `None` when the fixed cells cannot be found (the row is then read as it is).
fn realign<'a>(cells: &[Cell<'a>], c: &Columns) -> Option<Vec<Cell<'a>>> {
    let extra = cells.len().checked_sub(c.width)?;
    let text_at = |i: usize| cells.get(i).map_or("", Cell::text);
    let is_amount = |i: usize| match cells.get(i) {
        Some(Cell::Text(t)) => parse_amount_cents(t).is_some(),
        Some(Cell::Number(_)) => true,
        _ => false,
    };
    // How many surplus cells stand before 收/支 (and so before the amount).
    let before = (0..=extra).find(|&k| {
        parse_direction(text_at(c.direction + k)).is_some() && is_amount(c.amount + k)
    })?;
    let mut absorb = vec![0usize; c.width];
    if before > 0 {
        let column = c
            .counterparty
            .filter(|&i| i < c.direction.min(c.amount))
            .or(c.goods.filter(|&i| i < c.direction.min(c.amount)))?;
        absorb[column] += before;
    }
    let mut rest = extra - before;
    if rest > 0
        && let Some(id) = c.transaction_id
    {
        let is_id = |i: usize| {
            let t = clean(text_at(i));
            t.len() >= 10 && t.bytes().all(|b| b.is_ascii_digit())
        };
        let shift = (0..=rest).find(|&k| is_id(id + before + k))?;
        if shift > 0 {
            let column = c
                .method
                .filter(|&m| m > c.amount && m < id)
                .or(c.status.filter(|&s| s > c.amount && s < id))?;
            absorb[column] += shift;
        }
        rest -= shift;
    }
    if rest > 0 {
        let last = c.note.unwrap_or(c.width.checked_sub(1)?);
        *absorb.get_mut(last)? += rest;
    }
    let mut out = Vec::with_capacity(c.width);
    let mut at = 0;
    for &more in &absorb {
        let parts = cells.get(at..at + 1 + more)?;
        at += 1 + more;
        out.push(match parts {
            [one] => one.clone(),
            many => Cell::Text(Cow::Owned(
                many.iter().map(Cell::text).collect::<Vec<_>>().join(","),
            )),
        });
    }
    Some(out)
}

/// `微信昵称：[测试]` -> `测试` for `label` = `微信昵称`.
fn bracketed_after<'t>(line: &'t str, label: &str) -> Option<&'t str> {
    let start = line.find(label)? + label.len();
    let rest = line.get(start..)?;
    let rest = rest.trim_start_matches([':', '：', ' ']);
    let inner = rest.strip_prefix('[')?;
    let end = inner.find(']')?;
    inner.get(..end)
}

fn describe(cell: &Cell<'_>) -> String {
    match cell {
        Cell::Text(t) => t.to_string(),
        Cell::Number(n) => n.to_string(),
        Cell::Time(t) => t.to_iso(),
        Cell::Empty => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{Cell, Columns, bracketed_after, realign};

    fn row<'a>(cells: &[&'a str]) -> Vec<Cell<'a>> {
        cells.iter().map(|&c| Cell::Text(c.into())).collect()
    }

    #[test]
    fn unquoted_commas_go_back_to_their_text_cell() {
        let header = row(&[
            "交易时间",
            "交易类型",
            "交易对方",
            "商品",
            "收/支",
            "金额(元)",
            "支付方式",
            "当前状态",
            "交易单号",
            "商户单号",
            "备注",
        ]);
        let columns = Columns::find(&header).unwrap();
        assert_eq!(columns.width, 11);
        let text = |cells: &[Cell]| {
            cells
                .iter()
                .map(|c| c.text().to_string())
                .collect::<Vec<_>>()
        };
        // The counterparty.
        let fixed = realign(
            &row(&[
                "2023-08-29 18:45:06",
                "商户消费",
                "HARBOUR MART CO.",
                "LIMITED",
                "日用品",
                "支出",
                "¥48.00",
                "零钱",
                "支付成功",
                "4200000000000000000000000001\t",
                "10000000000000000000000001\t",
                "/",
            ]),
            &columns,
        )
        .unwrap();
        assert_eq!(text(&fixed)[2], "HARBOUR MART CO.,LIMITED");
        assert_eq!(text(&fixed)[3], "日用品");
        assert_eq!(text(&fixed)[5], "¥48.00");
        // The payment method and the note, two surplus cells apart.
        let fixed = realign(
            &row(&[
                "2023-08-29 18:45:06",
                "商户消费",
                "美味餐厅",
                "午餐",
                "支出",
                "¥25.50",
                "招商银行(1234",
                " 信用卡)",
                "支付成功",
                "4200000000000000000000000002",
                "1000",
                "a",
                "b",
            ]),
            &columns,
        )
        .unwrap();
        assert_eq!(text(&fixed)[6], "招商银行(1234, 信用卡)");
        assert_eq!(text(&fixed)[8], "4200000000000000000000000002");
        assert_eq!(text(&fixed)[10], "a,b");
        // No 收/支 and amount where they could be: left alone.
        assert!(
            realign(
                &row(&["x", "y", "z", "w", "v", "u", "t", "s", "r", "q", "p", "o"]),
                &columns
            )
            .is_none()
        );
    }

    #[test]
    fn preamble_brackets() {
        assert_eq!(
            bracketed_after("微信昵称：[测试]", "微信昵称"),
            Some("测试")
        );
        let line = "起始时间：[2019-08-01 00:00:00] 终止时间：[2019-09-30 23:59:59]";
        assert_eq!(
            bracketed_after(line, "终止时间"),
            Some("2019-09-30 23:59:59")
        );
        assert_eq!(bracketed_after("微信昵称：[unclosed", "微信昵称"), None);
    }
}

#[cfg(test)]
mod strings_tests {
    use super::*;

    #[test]
    fn repeated_texts_are_shared_and_a_unique_column_stops_being_interned() {
        let mut strings = Strings::default();
        let a = strings.get(0, "商户消费");
        strings.get(0, "转账");
        let b = strings.get(0, "商户消费");
        assert!(ArcStr::ptr_eq(&a, &b), "the same text is one allocation");
        // Goods unique on every row: after the trial the set stops growing.
        for i in 0..(INTERN_TRIAL * 3) {
            strings.get(2, &format!("总共消费:{i}"));
        }
        assert!(
            strings.set.len() < (INTERN_TRIAL as usize) + 10,
            "{}",
            strings.set.len()
        );
        // The repeated column is still interned.
        let c = strings.get(0, "商户消费");
        assert!(ArcStr::ptr_eq(&a, &c));
        // Empty cells of every column share one text, even in a column no longer interned.
        let empty = strings.get(5, "");
        assert!(ArcStr::ptr_eq(&empty, &strings.get(2, "")));
        assert_eq!(&*empty, "");
    }
}
