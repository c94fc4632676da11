//! Payments (WeChat Pay bills): spending and income per month, counterparties, hours,
//! methods and types, and every row.

use super::{chart, chart_card, chart_grid, matches, person, search_box, section, time};
use crate::analysis::{Detail, Shown, yuan};
use crate::chart::Chart;
use crate::model::PaymentDirection;
use crate::ui::app::FootprintApp;
use crate::ui::table::{self, Table};

pub fn ui(app: &mut FootprintApp, ui: &mut egui::Ui, charts: &[Chart]) {
    let derived = app.derived.clone();
    let data = &derived.payments;
    let range = super::range(data.first, data.last);
    ui.label(if data.rows.is_empty() || range.is_empty() {
        crate::t!(
            "payments-summary",
            count = data.rows.len(),
            spent = yuan(data.expense_cents),
            received = yuan(data.income_cents)
        )
    } else {
        crate::t!(
            "payments-summary-range",
            count = data.rows.len(),
            spent = yuan(data.expense_cents),
            received = yuan(data.income_cents),
            range = range
        )
    });
    ui.add_space(6.0);
    if let Some(c) = chart(charts, "payments-per-month") {
        chart_card(app, ui, c, 280.0);
    }
    let list: Vec<&Chart> = [
        "payments-counterparties",
        "payments-by-hour",
        "payments-methods",
        "payments-types",
    ]
    .iter()
    .filter_map(|id| chart(charts, id))
    .collect();
    chart_grid(app, ui, &list, 300.0);

    section(ui, &crate::t!("payments-transactions"));
    let query = search_box(
        ui,
        &mut app.view.payments_search,
        &crate::t!("payments-search"),
    );
    let generation = app.generation();
    let rows = app.view.payments_table.rows(query.clone(), generation, || {
        data.rows
            .iter()
            .enumerate()
            .filter(|(_, r)| matches(&query, &[&r.counterparty, &r.goods, &r.kind, &r.method]))
            .map(|(i, _)| i)
            .collect()
    });
    let shown = Shown {
        masker: app.mask.then_some(&derived.masker),
    };
    let headers = [
        crate::t!("payments-col-time"),
        crate::t!("payments-col-type"),
        crate::t!("payments-col-counterparty"),
        crate::t!("payments-col-goods"),
        crate::t!("payments-col-direction"),
        crate::t!("payments-col-amount"),
        crate::t!("payments-col-method"),
        crate::t!("payments-col-status"),
    ];
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let time_hint = crate::t!("payments-col-time-hint");
    let directions = [
        crate::t!("payments-expense"),
        crate::t!("payments-income"),
        crate::t!("payments-neutral"),
    ];
    let table = Table {
        id: "payments_table",
        headers: &headers,
        // The other hints are the bill's own column names, which stay as the bill
        // writes them (a reader can match them with the file).
        header_hints: &[
            &time_hint,
            "交易类型",
            "交易对方",
            "商品",
            "收/支",
            "金额",
            "支付方式",
            "当前状态",
        ],
        numeric: &[5],
        sortable: &[],
        cell_hover: None,
        link_column: None,
    };
    table::show(ui, &table, &mut app.view.payments_table, &rows, |r, c| {
        let Some(p) = data.rows.get(r) else {
            return String::new();
        };
        match c {
            0 => time(Some(p.time)),
            1 => p.kind.to_string(),
            2 => person(shown, Detail::Counterparty, &p.counterparty),
            3 => {
                if shown.is_masking() {
                    String::new()
                } else {
                    p.goods.to_string()
                }
            }
            4 => match p.direction {
                PaymentDirection::Expense => directions[0].clone(),
                PaymentDirection::Income => directions[1].clone(),
                PaymentDirection::Neutral => directions[2].clone(),
            },
            5 => yuan(p.amount_cents),
            6 => shown.digits(&p.method),
            _ => p.status.to_string(),
        }
    });
}
