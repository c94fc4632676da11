//! Payment records (WeChat Pay bills).

use std::sync::Arc;

use super::{Platform, SourceIdx, WallTime};

/// Which way money moved, as the bill's 收/支 column says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PaymentDirection {
    /// 支出
    Expense,
    /// 收入
    Income,
    /// `/`: transfers between the user's own balances, refunds in progress ...
    Neutral,
}

impl PaymentDirection {
    pub fn id(self) -> &'static str {
        match self {
            Self::Expense => "expense",
            Self::Income => "income",
            Self::Neutral => "neutral",
        }
    }
}

/// One row of a payment bill. Amounts are kept in cents so sums are exact.
/// The text fields a bill repeats row after row (type, counterparty, goods, method,
/// status) are shared [`Arc<str>`]s, interned while reading: a bill of 600,000 rows holds
/// a few thousand distinct values, and the Payments view's rows share them too.
#[derive(Clone, Debug)]
pub struct Payment {
    pub source: SourceIdx,
    pub platform: Platform,
    /// Wall-clock time as the bill writes it (China time for WeChat Pay).
    pub time: WallTime,
    /// 交易类型: 商户消费, 转账, 微信红包 ...
    pub kind: Arc<str>,
    /// 交易对方
    pub counterparty: Arc<str>,
    /// 商品
    pub goods: Arc<str>,
    pub direction: PaymentDirection,
    pub amount_cents: i64,
    /// 支付方式: 零钱, a bank card ...
    pub method: Arc<str>,
    /// 当前状态
    pub status: Arc<str>,
    /// 交易单号
    pub transaction_id: String,
    /// 商户单号
    pub merchant_id: String,
    /// 备注
    pub note: String,
}

/// Formats cents as a decimal string with two decimals (`-12.30`).
pub fn format_cents(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

#[cfg(test)]
mod tests {
    use super::format_cents;

    #[test]
    fn cents_format_exactly() {
        assert_eq!(format_cents(0), "0.00");
        assert_eq!(format_cents(5), "0.05");
        assert_eq!(format_cents(130000), "1300.00");
        assert_eq!(format_cents(-1230), "-12.30");
    }
}
