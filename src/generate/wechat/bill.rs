//! A WeChat Pay bill CSV (the format written until mid-2025) with invented counterparties:
//! UTF-8 with BOM, CRLF, the 16-line preamble with its own counts, the 11-column header,
//! newest rows first, `¥` amounts, a TAB after ids, `/` for empty cells.

use std::io::{self, Write};

use super::{CHINA_OFFSET_SECS, china_iso};
use crate::generate::Rng;

/// What to generate.
#[derive(Clone, Debug)]
pub struct BillOptions {
    pub rows: u64,
    pub seed: u64,
    /// First second of the period (Unix time); the period is one year.
    pub start_unix: i64,
}

/// Totals of what was written, in cents.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BillStats {
    pub rows: u64,
    pub expense_cents: i64,
    pub income_cents: i64,
    pub neutral_cents: i64,
    pub expense_rows: u64,
    pub income_rows: u64,
    pub neutral_rows: u64,
    pub bytes: u64,
}

const YEAR_SECS: i64 = 365 * 86_400;

const MERCHANTS: &[(&str, &str, i64, i64)] = &[
    // name, goods, min cents, max cents
    ("美团外卖", "美团订单", 1500, 8000),
    ("瑞幸咖啡", "生椰拿铁", 900, 2900),
    ("肯德基", "KFC点餐", 2500, 9000),
    ("滴滴出行", "快车订单", 1000, 6500),
    ("中国石化", "加油", 20000, 45000),
    ("盒马鲜生", "盒马订单", 3000, 25000),
    ("京东商城", "京东订单", 2000, 90000),
    ("拼多多平台商户", "商品", 500, 12000),
    ("喜茶", "多肉葡萄", 1500, 3500),
    ("永辉超市", "超市购物", 2000, 30000),
    ("中国铁路12306", "火车票", 5000, 60000),
    ("中国移动", "话费充值", 3000, 10000),
    ("饿了么", "饿了么订单", 1200, 7000),
    ("星巴克", "咖啡", 2800, 6000),
    ("上海地铁", "地铁乘车码", 300, 800),
];

const SHOPS: &[&str] = &[
    "老王牛肉面",
    "菜市场张阿姨",
    "社区水果店",
    "楼下理发店",
    "煎饼果子摊",
];
const FRIENDS: &[&str] = &["张伟", "李娜", "王芳", "刘洋", "陈静", "赵磊", "孙悦"];
const CARDS: &[&str] = &[
    "招商银行(1234)",
    "工商银行储蓄卡(5678)",
    "建设银行信用卡(9012)",
];

/// One generated row.
struct Row {
    unix: i64,
    kind: &'static str,
    counterparty: String,
    goods: String,
    direction: &'static str,
    cents: i64,
    method: String,
    status: &'static str,
    note: String,
}

/// An hour of the day weighted like real spending: meals, commute, evening.
fn hour(rng: &mut Rng) -> i64 {
    const HOURS: &[i64] = &[
        7, 8, 8, 9, 11, 12, 12, 12, 13, 13, 15, 17, 18, 18, 19, 19, 20, 21, 22, 23, 0,
    ];
    *rng.pick(HOURS)
}

fn row(rng: &mut Rng, day_start: i64) -> Row {
    let unix = day_start + hour(rng) * 3600 + rng.below(3600) as i64;
    let method = |rng: &mut Rng| -> String {
        if rng.chance(55) {
            "零钱".into()
        } else if rng.chance(40) {
            "零钱通".into()
        } else {
            (*rng.pick(CARDS)).to_string()
        }
    };
    let span = |rng: &mut Rng, lo: i64, hi: i64| lo + rng.below((hi - lo + 1) as u64) as i64;
    let roll = rng.below(100);
    match roll {
        0..=49 => {
            let (name, goods, lo, hi) = *rng.pick(MERCHANTS);
            Row {
                unix,
                kind: "商户消费",
                counterparty: name.into(),
                goods: format!("{goods}-{}", rng.below(100_000)),
                direction: "支出",
                cents: span(rng, lo, hi),
                method: method(rng),
                status: "支付成功",
                note: "/".into(),
            }
        }
        50..=61 => Row {
            unix,
            kind: "扫二维码付款",
            counterparty: (*rng.pick(SHOPS)).into(),
            goods: "收款方备注:二维码收款".into(),
            direction: "支出",
            cents: span(rng, 500, 5000),
            method: method(rng),
            status: "已转账",
            note: "/".into(),
        },
        62..=69 => {
            let income = rng.chance(50);
            Row {
                unix,
                kind: "转账",
                counterparty: (*rng.pick(FRIENDS)).into(),
                goods: "转账备注:微信转账".into(),
                direction: if income { "收入" } else { "支出" },
                cents: span(rng, 2000, 100_000),
                method: if income { "/".into() } else { method(rng) },
                status: if income {
                    "已收钱"
                } else {
                    "对方已收钱"
                },
                note: "/".into(),
            }
        }
        70..=79 => {
            let income = rng.chance(55);
            let friend = *rng.pick(FRIENDS);
            Row {
                unix,
                kind: if rng.chance(60) {
                    "微信红包"
                } else {
                    "微信红包（单发）"
                },
                counterparty: if income {
                    friend.into()
                } else {
                    format!("发给 {friend}")
                },
                goods: "/".into(),
                direction: if income { "收入" } else { "支出" },
                cents: *rng.pick(&[88, 166, 520, 666, 888, 1000, 2000, 5200]),
                method: if income { "/".into() } else { "零钱".into() },
                status: if income {
                    "已存入零钱"
                } else {
                    "朋友已收钱"
                },
                note: "/".into(),
            }
        }
        80..=82 => Row {
            unix,
            kind: "二维码收款",
            counterparty: (*rng.pick(FRIENDS)).into(),
            goods: "收款方备注:二维码收款".into(),
            direction: "收入",
            cents: span(rng, 1000, 20_000),
            method: "/".into(),
            status: "已收钱",
            note: "/".into(),
        },
        83..=84 => Row {
            unix,
            kind: "群收款",
            counterparty: (*rng.pick(FRIENDS)).into(),
            goods: "聚餐AA".into(),
            direction: "支出",
            cents: span(rng, 3000, 15_000),
            method: "零钱".into(),
            status: "支付成功",
            note: "/".into(),
        },
        85..=86 => {
            let (name, ..) = *rng.pick(MERCHANTS);
            let cents = span(rng, 500, 8000);
            Row {
                unix,
                kind: "退款",
                counterparty: name.into(),
                goods: format!("{name}-退款"),
                direction: "收入",
                cents,
                method: "/".into(),
                status: "已全额退款",
                note: "/".into(),
            }
        }
        87..=90 => {
            let cents = span(rng, 10_000, 300_000);
            Row {
                unix,
                kind: "零钱提现",
                counterparty: "招商银行(1234)".into(),
                goods: "/".into(),
                direction: "/",
                cents,
                method: "零钱".into(),
                status: "提现已到账",
                note: format!(
                    "服务费¥{}",
                    crate::model::format_cents((cents / 1000).max(10))
                ),
            }
        }
        91..=93 => Row {
            unix,
            kind: "零钱充值",
            counterparty: "工商银行储蓄卡(5678)".into(),
            goods: "/".into(),
            direction: "/",
            cents: span(rng, 10_000, 200_000),
            method: "工商银行储蓄卡(5678)".into(),
            status: "充值完成",
            note: "/".into(),
        },
        94..=96 => Row {
            unix,
            kind: "转入零钱通-来自零钱",
            counterparty: "/".into(),
            goods: "/".into(),
            direction: "/",
            cents: span(rng, 10_000, 500_000),
            method: "零钱".into(),
            status: "支付成功",
            note: "/".into(),
        },
        _ => Row {
            unix,
            kind: "信用卡还款",
            counterparty: "建设银行信用卡还款".into(),
            goods: "/".into(),
            direction: "/",
            cents: span(rng, 50_000, 800_000),
            method: "零钱通".into(),
            status: "支付成功",
            note: "/".into(),
        },
    }
}

/// Quotes a CSV cell when it needs it (commas, quotes, newlines).
pub(super) fn cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Writes the bill; returns its totals.
pub fn write_bill(options: &BillOptions, out: impl Write) -> io::Result<BillStats> {
    let mut rng = Rng::new(options.seed);
    let mut rows: Vec<Row> = (0..options.rows)
        .map(|_| {
            let day = rng.below(365) as i64;
            // Midnight in China of that day, as Unix time.
            let day_start = options.start_unix + day * 86_400;
            row(&mut rng, day_start)
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.unix));
    let mut stats = BillStats {
        rows: rows.len() as u64,
        ..BillStats::default()
    };
    for r in &rows {
        match r.direction {
            "支出" => {
                stats.expense_cents += r.cents;
                stats.expense_rows += 1;
            }
            "收入" => {
                stats.income_cents += r.cents;
                stats.income_rows += 1;
            }
            _ => {
                stats.neutral_cents += r.cents;
                stats.neutral_rows += 1;
            }
        }
    }
    let mut out = io::BufWriter::new(CountingWriter {
        inner: out,
        bytes: 0,
    });
    let pad = ",,,,,,,,,,";
    let start = china_iso(options.start_unix);
    let end = china_iso(options.start_unix + YEAR_SECS - 1);
    let money = crate::model::format_cents;
    out.write_all(b"\xEF\xBB\xBF")?;
    let preamble = [
        "微信支付账单明细".to_string(),
        "微信昵称：[小明]".to_string(),
        format!("起始时间：[{start}] 终止时间：[{end}]"),
        "导出类型：[全部]".to_string(),
        format!(
            "导出时间：[{}]",
            china_iso(options.start_unix + YEAR_SECS + 86_400)
        ),
        String::new(),
        format!("共{}笔记录", stats.rows),
        format!(
            "收入：{}笔 {}元",
            stats.income_rows,
            money(stats.income_cents)
        ),
        format!(
            "支出：{}笔 {}元",
            stats.expense_rows,
            money(stats.expense_cents)
        ),
        format!(
            "中性交易：{}笔 {}元",
            stats.neutral_rows,
            money(stats.neutral_cents)
        ),
        "注：".to_string(),
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易".to_string(),
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录".to_string(),
        "3. 本明细仅供个人对账使用".to_string(),
        String::new(),
        "----------------------微信支付账单明细列表--------------------".to_string(),
    ];
    for line in preamble {
        write!(out, "{line}{pad}\r\n")?;
    }
    out.write_all(
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注\r\n"
            .as_bytes(),
    )?;
    for r in &rows {
        let transaction = format!("4200{:024}", rng.below(u64::MAX / 2));
        let merchant = if r.direction == "/" || r.method == "/" {
            "/".to_string()
        } else {
            format!("{:020}", rng.below(u64::MAX / 2))
        };
        write!(
            out,
            "{},{},{},{},{},¥{},{},{},{}\t,{}\t,{}\r\n",
            china_iso(r.unix),
            r.kind,
            cell(&r.counterparty),
            cell(&r.goods),
            r.direction,
            money(r.cents),
            cell(&r.method),
            r.status,
            transaction,
            merchant,
            cell(&r.note),
        )?;
    }
    out.flush()?;
    stats.bytes = out.get_ref().bytes;
    Ok(stats)
}

/// Counts the bytes written through it.
struct CountingWriter<W> {
    inner: W,
    bytes: u64,
}

impl<W: Write> Write for CountingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Midnight in China of 2024-06-01, the sample bill's first day.
pub const SAMPLE_START_UNIX: i64 = 1_717_200_000 - CHINA_OFFSET_SECS;
