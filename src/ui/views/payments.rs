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
    ui.label(format!(
        "{} transactions · {} spent · {} received{}",
        super::count(data.rows.len() as u64),
        yuan(data.expense_cents),
        yuan(data.income_cents),
        if data.rows.is_empty() {
            String::new()
        } else {
            format!(" · {}", super::range(data.first, data.last))
        }
    ));
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

    section(ui, "Transactions");
    let query = search_box(
        ui,
        &mut app.view.payments_search,
        "Search counterparties, goods, types",
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
    let table = Table {
        id: "payments_table",
        headers: &[
            "Time",
            "Type",
            "Counterparty",
            "Goods",
            "In/out",
            "Amount",
            "Method",
            "Status",
        ],
        header_hints: &[
            "as the bill writes it (China time)",
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
                PaymentDirection::Expense => "支出 spent".into(),
                PaymentDirection::Income => "收入 received".into(),
                PaymentDirection::Neutral => "neutral (/)".into(),
            },
            5 => yuan(p.amount_cents),
            6 => shown.digits(&p.method),
            _ => p.status.to_string(),
        }
    });
}
