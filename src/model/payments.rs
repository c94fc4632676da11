//! Payment records (WeChat Pay bills).

use arcstr::ArcStr;

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
/// status, note) are shared [`ArcStr`]s, interned while reading: a bill of 600,000 rows
/// holds a few thousand distinct values, and the Payments view's rows share them too.
/// An `ArcStr` is one pointer (8 bytes, the length sits beside the text), where an
/// `Arc<str>` is two: 48 bytes less a payment, 120 bytes in all.
#[derive(Clone, Debug)]
pub struct Payment {
    pub source: SourceIdx,
    pub platform: Platform,
    /// Wall-clock time as the bill writes it (China time for WeChat Pay).
    pub time: WallTime,
    /// 交易类型: 商户消费, 转账, 微信红包 ...
    pub kind: ArcStr,
    /// 交易对方
    pub counterparty: ArcStr,
    /// 商品
    pub goods: ArcStr,
    pub direction: PaymentDirection,
    pub amount_cents: i64,
    /// 支付方式: 零钱, a bank card ...
    pub method: ArcStr,
    /// 当前状态
    pub status: ArcStr,
    /// 交易单号
    pub transaction_id: PaymentId,
    /// 商户单号
    pub merchant_id: PaymentId,
    /// 备注 (shared like the columns above: mostly empty or repeated)
    pub note: ArcStr,
}

/// A payment's 交易单号 or 商户单号 as the bill writes it, kept without an allocation
/// when it is the usual run of digits (WeChat's are 28 to 32): up to 38 digits are a
/// number and how many digits were written (so leading zeros stay); anything else is
/// text. 24 bytes either way (a `String` and its heap copy took about 70).
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum PaymentId {
    /// The digits' value as two halves (high, low) of a `u128`, and their count.
    Digits { halves: [u64; 2], len: u8 },
    /// Any other id, and the empty one.
    Text(Box<str>),
}

/// Digits a [`PaymentId::Digits`] holds at most (`u128` holds any 38-digit number).
const MAX_ID_DIGITS: usize = 38;

impl PaymentId {
    /// The id written as `text` (already trimmed by the importer).
    pub fn new(text: &str) -> Self {
        if text.is_empty() || text.len() > MAX_ID_DIGITS {
            return Self::Text(text.into());
        }
        // One pass: 38 digits never overflow a u128 (10^38 < 2^128).
        let mut value: u128 = 0;
        for b in text.bytes() {
            let digit = b.wrapping_sub(b'0');
            if digit > 9 {
                return Self::Text(text.into());
            }
            value = value * 10 + u128::from(digit);
        }
        Self::Digits {
            halves: [(value >> 64) as u64, value as u64],
            len: text.len() as u8,
        }
    }

    /// Whether the bill left it empty.
    pub fn is_empty(&self) -> bool {
        matches!(self, Self::Text(text) if text.is_empty())
    }
}

impl Default for PaymentId {
    fn default() -> Self {
        Self::Text(Box::default())
    }
}

impl std::fmt::Display for PaymentId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Digits { halves, len } => {
                let value = (u128::from(halves[0]) << 64) | u128::from(halves[1]);
                write!(f, "{value:0width$}", width = usize::from(*len))
            }
            Self::Text(text) => f.write_str(text),
        }
    }
}

impl std::fmt::Debug for PaymentId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.to_string())
    }
}

impl PartialEq<&str> for PaymentId {
    fn eq(&self, other: &&str) -> bool {
        match self {
            Self::Text(text) => &**text == *other,
            // Read the same way, the same text gives the same digits.
            Self::Digits { .. } => Self::new(other) == *self,
        }
    }
}

/// Formats cents as a decimal string with two decimals (`-12.30`).
pub fn format_cents(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

#[cfg(test)]
mod tests {
    use super::{PaymentId, format_cents};

    #[test]
    fn ids_read_back_as_written() {
        for id in [
            "4200000004484981699616388213",
            "04125380785951659812",
            "0",
            "99999999999999999999999999999999999999",
            "999999999999999999999999999999999999999",
            "1000050001202501011234567890ab",
            "",
            "T-2025 01",
        ] {
            let kept = PaymentId::new(id);
            assert_eq!(kept.to_string(), id);
            assert_eq!(kept, id);
            assert_eq!(kept.is_empty(), id.is_empty());
        }
        assert!(matches!(
            PaymentId::new("4200000004484981699616388213"),
            PaymentId::Digits { len: 28, .. }
        ));
        assert_eq!(std::mem::size_of::<PaymentId>(), 24);
    }

    #[test]
    fn cents_format_exactly() {
        assert_eq!(format_cents(0), "0.00");
        assert_eq!(format_cents(5), "0.05");
        assert_eq!(format_cents(130000), "1300.00");
        assert_eq!(format_cents(-1230), "-12.30");
    }
}
