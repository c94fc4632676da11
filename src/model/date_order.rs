//! How an importer decided the day/month order of numeric dates (WhatsApp chats), so the
//! app can show the decision and offer to read the source again in another order.

use crate::input::DateOrder;

/// The order used for a source and why it was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateOrderDecision {
    pub order: DateOrder,
    pub basis: DateOrderBasis,
    /// The dates carry no year; it was counted back from the file's date.
    pub years_guessed: bool,
}

/// Why an order was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrderBasis {
    /// The dates themselves decide (a number above 12, a 4-digit year first, the way
    /// dates advance through the file).
    Evidence,
    /// The dates could not decide; the order usual for the file's language was taken.
    LocaleGuess,
    /// The user chose it.
    UserChoice,
    /// Months are written as names (`28 Aug 2013`): there is no order to choose.
    MonthNames,
}
