//! WeChat Pay bills: the CSV (UTF-8, BOM, GBK re-saves), the XLSX, and the encrypted zip
//! they are mailed in. Totals are checked to the cent against sums worked out by hand from
//! the fixture rows.

use std::fs;
use std::path::Path;

use crate::common::xlsx::{XCell, XSheet, serial, xlsx_bytes, xlsx_bytes_with};
use crate::common::{deflated, fixture, load, summary, write_zip};
use footprint::generate::Rng;
use footprint::import::LoadOutcome;
use footprint::model::{Payment, PaymentDirection, WarningKind};
use zip::AesMode;
use zip::unstable::write::FileOptionsExt;

fn cents(outcome: &LoadOutcome, direction: PaymentDirection) -> i64 {
    outcome
        .footprint
        .payments
        .iter()
        .filter(|p| p.direction == direction)
        .map(|p| p.amount_cents)
        .sum()
}

fn time_range(outcome: &LoadOutcome) -> (String, String) {
    let times = outcome.footprint.payments.iter().map(|p| p.time);
    (
        times.clone().min().unwrap().to_iso(),
        times.max().unwrap().to_iso(),
    )
}

/// The deb-sig rows: 27 transactions; 支出 2904.53, 收入 28.49, neutral 26100.89.
fn assert_deb_sig_totals(outcome: &LoadOutcome, what: &str) {
    assert!(outcome.errors.is_empty(), "{what}: {:?}", outcome.errors);
    assert_eq!(outcome.footprint.payments.len(), 27, "{what}");
    assert_eq!(cents(outcome, PaymentDirection::Expense), 290_453, "{what}");
    assert_eq!(cents(outcome, PaymentDirection::Income), 2_849, "{what}");
    assert_eq!(
        cents(outcome, PaymentDirection::Neutral),
        2_610_089,
        "{what}"
    );
    let count = |d| {
        outcome
            .footprint
            .payments
            .iter()
            .filter(|p| p.direction == d)
            .count()
    };
    assert_eq!(count(PaymentDirection::Expense), 11, "{what}");
    assert_eq!(count(PaymentDirection::Income), 5, "{what}");
    assert_eq!(count(PaymentDirection::Neutral), 11, "{what}");
}

fn first(outcome: &LoadOutcome) -> &Payment {
    &outcome.footprint.payments[0]
}

#[test]
fn deb_sig_csv_rows_totals_and_fields() {
    let path = fixture("wechat/paybill_csv_deb-sig.csv");
    let outcome = load(&[&path], None);
    assert_deb_sig_totals(&outcome, "csv");
    assert_eq!(
        time_range(&outcome),
        ("2017-10-20T18:36:44".into(), "2024-06-07T23:40:27".into())
    );
    let p = first(&outcome);
    assert_eq!(p.time.to_iso(), "2019-09-26T12:45:27");
    assert_eq!(&*p.kind, "商户消费");
    assert_eq!(&*p.counterparty, "云膳过桥米线(传奇广场店)");
    assert_eq!(&*p.goods, "总共消费:28.16");
    assert_eq!(&*p.method, "中国银行(1234)");
    assert_eq!(&*p.status, "支付成功");
    assert_eq!(
        p.transaction_id, "3985734",
        "the TAB after the quote is trimmed"
    );
    assert_eq!(p.merchant_id, "129847129");
    assert_eq!(&*p.note, "", "`/` is empty");
    let second = &outcome.footprint.payments[1];
    assert_eq!(&*second.method, "", "`/` method is empty");
    assert_eq!(second.direction, PaymentDirection::Income);
    // An unquoted cell holding quotes, and a single-decimal amount.
    assert!(
        outcome
            .footprint
            .payments
            .iter()
            .any(|p| &*p.counterparty == "打开拼多多，点击底部\"多多视频\"")
    );
    assert!(
        outcome
            .footprint
            .payments
            .iter()
            .any(|p| &*p.goods == "美团订单-54321" && p.amount_cents == 5000)
    );
    let long_id = outcome
        .footprint
        .payments
        .iter()
        .find(|p| &*p.kind == "其他")
        .unwrap();
    assert_eq!(
        long_id.transaction_id,
        "180000737623062310106004541373333333333333333"
    );
    let source = &outcome.footprint.sources[0];
    assert_eq!(source.format, "wechat-paybill");
    assert_eq!(source.records, 27);
    assert_eq!(source.warnings.total(), 0);
    assert!(
        source
            .notes
            .iter()
            .any(|n| n.contains("共43笔记录") && n.contains("27")),
        "{:?}",
        source.notes
    );
    assert!(source.notes.iter().any(|n| n.contains("UTC+8")));
    let nickname: Vec<_> = outcome
        .footprint
        .identity
        .iter()
        .map(|f| (f.field.as_str(), f.value.as_str()))
        .collect();
    assert_eq!(nickname, [("nickname", "测试")]);

    let s = summary(&[&path], None);
    let wechat = &s["platforms"]["wechat"];
    assert_eq!(
        wechat["payments"],
        serde_json::json!({"count": 27, "expense": "2904.53", "income": "28.49"})
    );
    assert_eq!(wechat["identity_fields"], serde_json::json!(["nickname"]));
    assert_eq!(wechat["messages"], 0);
}

#[test]
fn gbk_excel_resave_reads_the_same_rows_without_seconds() {
    let path = fixture("wechat/paybill_csv_excel_resaved_gbk_synthetic.csv");
    let outcome = load(&[&path], None);
    assert_deb_sig_totals(&outcome, "gbk");
    assert_eq!(
        time_range(&outcome),
        ("2017-10-20T18:36:00".into(), "2024-06-07T23:40:00".into())
    );
    let p = first(&outcome);
    assert_eq!(p.time.to_iso(), "2019-09-26T12:45:00");
    assert_eq!(&*p.counterparty, "云膳过桥米线(传奇广场店)");
    let withdrawal = outcome
        .footprint
        .payments
        .iter()
        .find(|p| p.time.to_iso() == "2021-07-11T14:17:00")
        .unwrap();
    assert_eq!(withdrawal.amount_cents, 100_110, "￥1,001.10");
    assert_eq!(&*withdrawal.note, "服务费￥1.00");
    // Same rows as the original, field by field, apart from the lost seconds and the yen sign.
    let original = load(&[&fixture("wechat/paybill_csv_deb-sig.csv")], None);
    for (a, b) in original
        .footprint
        .payments
        .iter()
        .zip(&outcome.footprint.payments)
    {
        assert_eq!(a.time.0 / 60, b.time.0 / 60);
        assert_eq!(
            (&a.kind, &a.counterparty, a.direction, a.amount_cents),
            (&b.kind, &b.counterparty, b.direction, b.amount_cents)
        );
        assert_eq!(a.transaction_id, b.transaction_id);
        assert_eq!(a.note.replace('¥', "￥"), &*b.note);
    }
}

#[test]
fn deb_sig_xlsx_finds_the_bill_sheet_with_serial_dates() {
    let path = fixture("wechat/paybill_xlsx_deb-sig.xlsx");
    let outcome = load(&[&path], None);
    assert_deb_sig_totals(&outcome, "xlsx");
    assert_eq!(
        time_range(&outcome),
        ("2017-10-20T18:36:44".into(), "2024-06-07T23:40:27".into())
    );
    let csv = load(&[&fixture("wechat/paybill_csv_deb-sig.csv")], None);
    let mut a: Vec<_> = csv
        .footprint
        .payments
        .iter()
        .map(|p| {
            (
                p.time,
                p.amount_cents,
                p.counterparty.clone(),
                p.transaction_id.to_string(),
            )
        })
        .collect();
    let mut b: Vec<_> = outcome
        .footprint
        .payments
        .iter()
        .map(|p| {
            (
                p.time,
                p.amount_cents,
                p.counterparty.clone(),
                p.transaction_id.to_string(),
            )
        })
        .collect();
    a.sort();
    b.sort();
    assert_eq!(
        a, b,
        "the XLSX holds the CSV's rows, to the second and the cent"
    );
}

/// The deb-sig CSV text with `¥` written as `￥` (U+00A5 has no GBK code, so an Excel
/// re-save changes it; both files must hold the same characters to compare).
fn deb_sig_text() -> String {
    fs::read_to_string(fixture("wechat/paybill_csv_deb-sig.csv"))
        .unwrap()
        .replace('¥', "￥")
}

fn comparable(outcome: &LoadOutcome) -> Vec<String> {
    outcome
        .footprint
        .payments
        .iter()
        .map(|p| {
            format!(
                "{:?}",
                Payment {
                    source: 0,
                    ..p.clone()
                }
            )
        })
        .collect()
}

#[test]
fn gbk_and_utf8_bom_files_give_identical_results() {
    let text = deb_sig_text();
    let dir = tempfile::tempdir().unwrap();
    let bom = dir.path().join("bill_bom.csv");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
    fs::write(&bom, bytes).unwrap();
    let gbk = dir.path().join("bill_gbk.csv");
    let (encoded, _, unmappable) = encoding_rs::GBK.encode(&text);
    assert!(!unmappable, "every character has a GBK code");
    fs::write(&gbk, &encoded).unwrap();
    let plain = dir.path().join("bill_plain.csv");
    fs::write(&plain, &text).unwrap();

    let from_bom = load(&[&bom], None);
    let from_gbk = load(&[&gbk], None);
    let from_plain = load(&[&plain], None);
    assert_deb_sig_totals(&from_bom, "bom");
    assert_eq!(comparable(&from_bom), comparable(&from_gbk));
    assert_eq!(comparable(&from_bom), comparable(&from_plain));
    let s_bom = summary(&[&bom], None);
    let s_gbk = summary(&[&gbk], None);
    assert_eq!(s_bom["platforms"], s_gbk["platforms"]);
    assert!(
        &*from_gbk.footprint.payments[0].counterparty == "云膳过桥米线(传奇广场店)",
        "decoded, not mojibake"
    );
}

/// A bill in the XLSX layout: 17 preamble rows (row 16 absent), header on row 18,
/// serial dates, bare-number amounts, and a notes sheet before it.
fn xlsx_bill(rows: &[(&str, &str, &str, &str, f64)]) -> Vec<u8> {
    xlsx_bytes(&xlsx_bill_sheets(rows))
}

fn xlsx_bill_sheets(rows: &[(&str, &str, &str, &str, f64)]) -> Vec<XSheet> {
    let t = |s: &str| XCell::Text(s.to_string());
    let mut sheet_rows = vec![
        (1, vec![t("微信支付账单明细")]),
        (2, vec![t("微信昵称：[小明]")]),
        (
            3,
            vec![t(
                "起始时间：[2025-05-01 00:00:00] 终止时间：[2025-07-31 23:59:59]",
            )],
        ),
        (4, vec![t("导出类型：[全部]")]),
        (5, vec![t("导出时间：[2025-08-01 10:00:00]")]),
        (7, vec![t(&format!("共{}笔记录", rows.len()))]),
        (
            12,
            vec![t(
                "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
            )],
        ),
        (15, vec![t("4. 本账单中所有时间均为UTC+08:00时间")]),
        (
            17,
            vec![t(
                "----------------------微信支付账单明细列表--------------------",
            )],
        ),
        (
            18,
            [
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
            ]
            .iter()
            .map(|h| t(h))
            .collect(),
        ),
    ];
    for (i, (time, kind, who, direction, amount)) in rows.iter().enumerate() {
        sheet_rows.push((
            19 + i as u32,
            vec![
                XCell::Date(serial(time)),
                t(kind),
                t(who),
                t("/"),
                t(direction),
                XCell::Number(*amount),
                t("零钱"),
                t("支付成功"),
                t(&format!("42000{i:023}")),
                t("/"),
                t("/"),
            ],
        ));
    }
    vec![
        XSheet {
            name: "说明".into(),
            rows: vec![(1, vec![t("个人对账用")])],
        },
        XSheet {
            name: "Sheet1".into(),
            rows: sheet_rows,
        },
    ]
}

const XLSX_ROWS: &[(&str, &str, &str, &str, f64)] = &[
    ("2025-05-03 08:15:42", "商户消费", "瑞幸咖啡", "支出", 9.9),
    ("2025-06-18 23:59:59", "转账", "张伟", "收入", 1300.0),
    (
        "2025-07-01 12:00:01",
        "零钱提现",
        "招商银行(1234)",
        "/",
        200.1,
    ),
    ("2025-07-31 00:00:00", "商户消费", "美团外卖", "支出", 0.3),
];

#[test]
fn xlsx_bill_header_on_row_18_serial_dates_and_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join("微信支付账单流水文件(20250501-20250731)_20250801100000.xlsx");
    fs::write(&path, xlsx_bill(XLSX_ROWS)).unwrap();
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let p = &outcome.footprint.payments;
    assert_eq!(p.len(), 4);
    assert_eq!(p[0].time.to_iso(), "2025-05-03T08:15:42");
    assert_eq!(p[1].time.to_iso(), "2025-06-18T23:59:59");
    assert_eq!(p[3].time.to_iso(), "2025-07-31T00:00:00");
    assert_eq!(p[0].amount_cents, 990);
    assert_eq!(
        p[2].amount_cents, 20_010,
        "200.1 as a float rounds to the cent"
    );
    assert_eq!(p[3].amount_cents, 30);
    assert_eq!(p[2].direction, PaymentDirection::Neutral);
    assert_eq!(&*p[1].counterparty, "张伟");
    assert_eq!(p[0].transaction_id, "4200000000000000000000000000");
    assert_eq!(p[0].merchant_id, "");
    let s = summary(&[&path], None);
    assert_eq!(
        s["platforms"]["wechat"]["payments"],
        serde_json::json!({"count": 4, "expense": "10.20", "income": "1300.00"})
    );
    let notes = &outcome.footprint.sources[0].notes;
    assert!(
        notes.iter().any(|n| n.contains("2025-05-01 00:00:00")),
        "{notes:?}"
    );
    assert!(
        !notes.iter().any(|n| n.contains("共")),
        "the count matches: {notes:?}"
    );
}

#[test]
fn xlsx_without_a_bill_is_unrecognised_or_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("budget.xlsx");
    fs::write(
        &path,
        xlsx_bytes(&[XSheet {
            name: "Sheet1".into(),
            rows: vec![(1, vec![XCell::Text("月份".into()), XCell::Number(3.0)])],
        }]),
    )
    .unwrap();
    // Small enough to look inside while recognising: not claimed at all.
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert_eq!(outcome.unrecognized.len(), 1);
    assert!(outcome.unrecognized[0].path.ends_with("budget.xlsx"));
    // Named like a bill, it is read, and found not to be one.
    let named = dir
        .path()
        .join("微信支付账单流水文件(20250101-20250131).xlsx");
    fs::copy(&path, &named).unwrap();
    let outcome = load(&[&named], None);
    assert_eq!(outcome.errors.len(), 1);
    let message = &outcome.errors[0].message;
    assert!(message.contains("not a WeChat Pay bill"), "{message}");
    assert!(
        message.contains("微信支付账单流水文件(20250101-20250131).xlsx"),
        "{message}"
    );
    // A bill with any name is recognised by what its sheets hold.
    let renamed = dir.path().join("download (3).xlsx");
    fs::write(&renamed, xlsx_bill(XLSX_ROWS)).unwrap();
    let outcome = load(&[&renamed], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert_eq!(outcome.footprint.payments.len(), XLSX_ROWS.len());
}

const BILL_CSV_NAME: &str = "微信支付账单(20190801-20190930).csv";

fn encrypted_bills(dir: &Path) -> Vec<(std::path::PathBuf, &'static str)> {
    let csv = fs::read(fixture("wechat/paybill_csv_deb-sig.csv")).unwrap();
    let aes = dir.join("微信支付账单(20190801-20190930)——【解压密码可在微信支付公众号查看】.zip");
    write_zip(
        &aes,
        &[(BILL_CSV_NAME, &csv)],
        deflated().with_aes_encryption(AesMode::Aes256, "024681"),
    );
    let zipcrypto = dir.join("zipcrypto_bill.zip");
    write_zip(
        &zipcrypto,
        &[(BILL_CSV_NAME, &csv)],
        deflated().with_deprecated_encryption(b"024681").unwrap(),
    );
    vec![(aes, "aes"), (zipcrypto, "zipcrypto")]
}

#[test]
fn encrypted_bill_zips_open_with_the_right_password_only() {
    let dir = tempfile::tempdir().unwrap();
    for (path, cipher) in encrypted_bills(dir.path()) {
        let ok = load(&[&path], Some("024681"));
        assert_deb_sig_totals(&ok, cipher);
        assert!(ok.footprint.sources[0].path.ends_with(BILL_CSV_NAME));

        let missing = load(&[&path], None);
        assert!(missing.footprint.payments.is_empty(), "{cipher}");
        assert_eq!(missing.errors.len(), 1, "{cipher}");
        assert!(missing.errors[0].needs_password, "{cipher}");
        let message = &missing.errors[0].message;
        assert!(
            message.contains("password is needed"),
            "{cipher}: {message}"
        );
        assert!(message.contains(BILL_CSV_NAME), "{cipher}: {message}");

        // Several wrong passwords: ZipCrypto checks one byte of its header, so a wrong
        // password can slip past it (1 in 256) and only fail when the data is checked.
        for wrong in ["000000", "123456", "024680", "999999", "wrong"] {
            let outcome = load(&[&path], Some(wrong));
            assert!(outcome.footprint.payments.is_empty(), "{cipher} {wrong}");
            assert_eq!(outcome.errors.len(), 1, "{cipher} {wrong}");
            assert!(outcome.errors[0].needs_password, "{cipher} {wrong}");
            let message = &outcome.errors[0].message;
            assert!(message.contains("password is wrong"), "{cipher}: {message}");
            assert!(message.contains(BILL_CSV_NAME), "{cipher}: {message}");
        }
    }
}

#[test]
fn encrypted_xlsx_bill_opens_with_aes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bill.zip");
    let name = "微信支付账单流水文件(20250501-20250731)_20250801100000.xlsx";
    write_zip(
        &path,
        &[(name, &xlsx_bill(XLSX_ROWS))],
        deflated().with_aes_encryption(AesMode::Aes256, "135790"),
    );
    let ok = load(&[&path], Some("135790"));
    assert!(ok.errors.is_empty(), "{:?}", ok.errors);
    assert_eq!(ok.footprint.payments.len(), 4);
    let wrong = load(&[&path], Some("135791"));
    assert!(wrong.errors[0].message.contains("password is wrong"));
    assert!(wrong.errors[0].message.contains(name));
}

#[test]
fn cli_password_option_opens_the_bill() {
    let dir = tempfile::tempdir().unwrap();
    let bills = encrypted_bills(dir.path());
    let path = bills[0].0.display().to_string();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_footprint"))
            .args(args)
            .output()
            .expect("run footprint")
    };
    let ok = run(&["summary", "--json", "--password", "024681", &path]);
    let json: serde_json::Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(
        json["platforms"]["wechat"]["payments"]["expense"],
        "2904.53"
    );
    let wrong = run(&["summary", "--json", "--password", "111111", &path]);
    let stderr = String::from_utf8_lossy(&wrong.stderr);
    let stdout = String::from_utf8_lossy(&wrong.stdout);
    assert!(
        stderr.contains("password is wrong") || stdout.contains("password is wrong"),
        "{stderr} {stdout}"
    );
    assert_ne!(wrong.status.code(), Some(0));
}

#[test]
fn truncated_and_mutated_bills_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = [
        (
            "bill.csv",
            fs::read(fixture("wechat/paybill_csv_deb-sig.csv")).unwrap(),
        ),
        (
            "bill_gbk.csv",
            fs::read(fixture(
                "wechat/paybill_csv_excel_resaved_gbk_synthetic.csv",
            ))
            .unwrap(),
        ),
        ("微信支付账单.xlsx", xlsx_bill(XLSX_ROWS)),
        // Not named like a bill: recognised by looking inside the (small) workbook.
        ("download.xlsx", xlsx_bill(XLSX_ROWS)),
    ];
    let rounds = crate::common::fuzz_rounds(40);
    let mut rng = Rng::new(6);
    for (name, full) in &inputs {
        let path = dir.path().join(name);
        let mut last = 0;
        for cut in (1..full.len()).step_by((full.len() / 60).max(1)) {
            fs::write(&path, &full[..cut]).unwrap();
            let outcome = load(&[&path], None);
            for e in &outcome.errors {
                assert!(e.message.contains(name), "{name} cut {cut}: {}", e.message);
            }
            if name.ends_with(".csv") {
                let n = outcome.footprint.payments.len();
                assert!(n + 1 >= last, "{name} cut {cut}: {n} after {last}");
                last = n;
            }
        }
        for _ in 0..rounds {
            fs::write(&path, crate::common::mutated(full, &mut rng)).unwrap();
            let outcome = load(&[&path], None);
            for e in &outcome.errors {
                assert!(e.message.contains(name), "{name}: {}", e.message);
            }
        }
    }
}

#[test]
fn xlsx_with_damaged_xml_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("微信支付账单流水文件.xlsx");
    let sheets = xlsx_bill_sheets(XLSX_ROWS);
    let rounds = crate::common::fuzz_rounds(60);
    let mut rng = Rng::new(606);
    let mut read_some = 0;
    for round in 0..rounds {
        let bytes = xlsx_bytes_with(&sheets, &mut |xml| {
            if round % 3 == 0 {
                // Cut the part short.
                let keep = rng.below(xml.len() as u64) as usize;
                xml.truncate(keep.max(xml.len() / 2));
            } else {
                for _ in 0..1 + rng.below(4) {
                    let at = rng.below(xml.len() as u64) as usize;
                    xml[at] = *rng.pick(b"<>\"/=0123456789.-E ");
                }
            }
        });
        fs::write(&path, bytes).unwrap();
        let outcome = load(&[&path], None);
        for e in &outcome.errors {
            assert!(
                e.message.contains("微信支付账单流水文件.xlsx"),
                "{}",
                e.message
            );
        }
        assert!(outcome.footprint.payments.len() <= XLSX_ROWS.len());
        read_some += usize::from(!outcome.footprint.payments.is_empty());
    }
    assert!(
        read_some > 0,
        "some damaged workbooks still give their rows"
    );
}

fn run_footprint(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_footprint"))
        .args(args)
        .output()
        .expect("run footprint")
}

#[test]
fn human_report_shows_payments_and_notes() {
    let path = fixture("wechat/paybill_csv_deb-sig.csv");
    let out = run_footprint(&["summary", path.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("27 (2904.53 spent, 28.49 received)"),
        "{text}"
    );
    assert!(
        text.contains("note: The bill's preamble says 共43笔记录"),
        "{text}"
    );
}

#[test]
fn gen_wechat_is_deterministic_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.csv");
    let b = dir.path().join("b.csv");
    for p in [&a, &b] {
        let out = run_footprint(&[
            "gen",
            "wechat-paybill",
            "--rows",
            "200",
            "--seed",
            "9",
            "--out",
            p.to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(fs::read(&a).unwrap(), fs::read(&b).unwrap());
    let again = run_footprint(&["gen", "wechat-paybill", "--out", a.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("a.csv"));
    let outcome = load(&[&a], None);
    assert_eq!(outcome.footprint.payments.len(), 200);
    assert!(outcome.footprint.sources[0].warnings.total() == 0);

    let chats = dir.path().join("chats");
    let out = run_footprint(&[
        "gen",
        "wechat-memotrace",
        "--messages",
        "300",
        "--out",
        chats.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = summary(&[&chats], None);
    let w = &s["platforms"]["wechat"];
    assert_eq!(
        w["messages"].as_u64().unwrap() + w["service_events"].as_u64().unwrap(),
        300
    );
    let again = run_footprint(&["gen", "wechat-memotrace", "--out", chats.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1));
}

#[test]
fn a_comma_the_bill_did_not_quote_is_read_back_into_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("微信支付账单(20230801-20230831).csv");
    fs::write(
        &path,
        "微信支付账单明细\n交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注\n\
2023-08-29 18:45:06,商户消费,HARBOUR MART CO.,LIMITED,\"日用品\",支出,¥48.00,零钱,支付成功,4200000000000000000000000001\t,10000000000000000000000001\t,\"/\"\n\
2023-08-30 12:10:00,商户消费,美味餐厅,\"午餐\",支出,¥25.50,零钱,支付成功,4200000000000000000000000002\t,10000000000000000000000002\t,\"/\"\n",
    )
    .unwrap();
    let outcome = load(&[&path], None);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let payments = &outcome.footprint.payments;
    assert_eq!(payments.len(), 2);
    assert_eq!(cents(&outcome, PaymentDirection::Expense), 7_350);
    assert_eq!(&*payments[0].counterparty, "HARBOUR MART CO.,LIMITED");
    assert_eq!(&*payments[0].goods, "日用品");
    assert_eq!(payments[0].amount_cents, 4_800);
    assert_eq!(payments[0].transaction_id, "4200000000000000000000000001");
    let warnings = &outcome.footprint.sources[0].warnings;
    assert_eq!(warnings.count(WarningKind::RealignedRow), 1);
    assert_eq!(warnings.total(), 1);
}

/// Issue 17: a bill read on two threads (the CSV parsed on one, rows interpreted on the
/// other) gives field for field the footprint one thread gives, warnings included.
#[test]
fn a_bill_read_on_two_threads_is_the_bill_read_on_one() {
    use footprint::generate::wechat::{BillOptions, SAMPLE_START_UNIX, write_bill};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("微信支付账单(20240101-20241231).csv");
    let mut bill = Vec::new();
    write_bill(
        &BillOptions {
            rows: 9_000,
            seed: 5,
            start_unix: SAMPLE_START_UNIX,
        },
        &mut bill,
    )
    .unwrap();
    // Rows that warn, spread over several batches.
    let mut text = String::from_utf8(bill).unwrap();
    for i in 0..6 {
        text.push_str(&format!(
            "2024-0{}-01 10:00:00,商户消费,Shop {i},goods,支出,¥abc,零钱,支付成功,42{i},,/\r\n",
            i + 1
        ));
    }
    fs::write(&path, text).unwrap();
    let limits = |threads| footprint::input::Limits {
        parse_threads: threads,
        ..Default::default()
    };
    let one = crate::common::load_with_limits(&path, limits(1));
    let two = crate::common::load_with_limits(&path, limits(2));
    assert_eq!(one.footprint.payments.len(), 9_000);
    assert_eq!(
        one.footprint.sources[0]
            .warnings
            .count(footprint::model::WarningKind::SkippedRecord),
        6
    );
    crate::common::assert_same_footprint(&one, &two);
}

/// A zipped bill whose entry fails part way (a damaged download) keeps the rows before
/// the damage, with a warning naming it, the same on every run: the reader shared by every
/// CSV ends where its input fails instead of abandoning the file.
#[test]
fn a_damaged_zip_entry_keeps_the_rows_before_the_damage() {
    use footprint::generate::wechat::{BillOptions, SAMPLE_START_UNIX, write_bill};
    let mut bill = Vec::new();
    write_bill(
        &BillOptions {
            rows: 9_000,
            seed: 7,
            start_unix: SAMPLE_START_UNIX,
        },
        &mut bill,
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("bill.zip");
    write_zip(
        &zip,
        &[("微信支付账单(20240101-20241231).csv", bill.as_slice())],
        deflated(),
    );
    let mut bytes = fs::read(&zip).unwrap();
    let middle = bytes.len() / 2;
    for b in &mut bytes[middle..middle + 64] {
        *b ^= 0x5A;
    }
    fs::write(&zip, &bytes).unwrap();
    let runs: Vec<(usize, u64)> = (0..3)
        .map(|_| {
            let outcome = load(&[&zip], None);
            assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
            let warnings = &outcome.footprint.sources[0].warnings;
            assert_eq!(warnings.count(WarningKind::Truncated), 1);
            (outcome.footprint.payments.len(), warnings.total())
        })
        .collect();
    assert!(runs[0].0 > 0 && runs[0].0 < 9_000, "{runs:?}");
    assert!(runs.iter().all(|run| run == &runs[0]), "{runs:?}");
}
