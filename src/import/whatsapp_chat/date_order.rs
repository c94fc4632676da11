//! Deciding the day/month order of a chat's numeric dates from the evidence of the whole
//! file (format notes §1.6 step 5), and saying how it was decided.

use super::header::{MonthWritten, Shape};
use super::locale::Lang;
use crate::input::DateOrder;
use crate::model::{DateOrderBasis, DateOrderDecision};

/// What the dates of one file show about their order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Dates whose first (or second) non-year number is above 12, so it must be the day.
    pub first_above_12: u64,
    pub second_above_12: u64,
    /// Times the first (or second) number went down from one date to the next within the
    /// same year: days fall back when a month ends, months only when a year does.
    pub first_falls: u64,
    pub second_falls: u64,
    previous: Option<[u16; 3]>,
}

impl Evidence {
    /// No evidence yet, the next date coming after `(x, y, year)`: the start of a part of
    /// a file read on its own, to be [`Evidence::append`]ed to the part before.
    pub fn after(x: u16, y: u16, year: u16) -> Self {
        Self {
            previous: Some([x, y, year]),
            ..Self::default()
        }
    }

    /// Adds the evidence of the dates that follow these in the file, read from
    /// [`Evidence::after`] the last of these.
    pub fn append(&mut self, later: Evidence) {
        self.first_above_12 += later.first_above_12;
        self.second_above_12 += later.second_above_12;
        self.first_falls += later.first_falls;
        self.second_falls += later.second_falls;
        self.previous = later.previous.or(self.previous);
    }

    /// Adds one header's date: `(x, y)` are the two numbers that are not the year, in
    /// the order written.
    pub fn add(&mut self, x: u16, y: u16, year: u16) {
        if x > 12 {
            self.first_above_12 += 1;
        }
        if y > 12 {
            self.second_above_12 += 1;
        }
        if let Some([px, py, pyear]) = self.previous
            && pyear == year
        {
            if x < px {
                self.first_falls += 1;
            }
            if y < py {
                self.second_falls += 1;
            }
        }
        self.previous = Some([x, y, year]);
    }
}

fn order_words(day_first: bool, year_first: bool) -> &'static str {
    match (year_first, day_first) {
        (true, _) => "year/month/day",
        (false, true) => "day/month/year",
        (false, false) => "month/day/year",
    }
}

/// The decision, and the sentence that explains it to the user.
pub struct Decided {
    pub decision: DateOrderDecision,
    /// For a year-last date: is the first number the day?
    pub day_first: bool,
    /// Is the year the first number?
    pub year_first: bool,
    pub sentence: String,
}

/// Decides the order. `shape` is the file's dominant header shape; `lang` the language
/// its system messages or file name are in, if known.
pub fn decide(
    evidence: &Evidence,
    shape: &Shape,
    lang: Option<Lang>,
    user: Option<DateOrder>,
) -> Decided {
    if shape.month != MonthWritten::Number {
        let mut sentence = "Dates read with their month names.".to_string();
        if user.is_some() {
            sentence.push_str(" The chosen day/month order does not apply to them.");
        }
        return Decided {
            decision: DateOrderDecision {
                order: DateOrder::Dmy,
                basis: DateOrderBasis::MonthNames,
                years_guessed: false,
            },
            day_first: true,
            year_first: false,
            sentence,
        };
    }
    let long_year_first = shape.long_year_at == 0;
    let long_year_last = shape.year_last();
    if long_year_last && user == Some(DateOrder::Ymd) {
        // A four-digit year written last cannot come first.
        let mut decided = decide(evidence, shape, lang, None);
        decided
            .sentence
            .push_str(" The year is written last, so year/month/day does not apply.");
        return decided;
    }
    if let Some(order) = user {
        // A four-digit year stays where it is written; the choice then only says whether
        // the day or the month comes first.
        let year_first = long_year_first || (!long_year_last && order == DateOrder::Ymd);
        let day_first = order == DateOrder::Dmy;
        let order = if year_first { DateOrder::Ymd } else { order };
        return Decided {
            decision: DateOrderDecision {
                order,
                basis: DateOrderBasis::UserChoice,
                years_guessed: false,
            },
            day_first,
            year_first,
            sentence: format!(
                "Dates read as {}, as chosen.",
                order_words(day_first, year_first)
            ),
        };
    }
    if long_year_first {
        return Decided {
            decision: DateOrderDecision {
                order: DateOrder::Ymd,
                basis: DateOrderBasis::Evidence,
                years_guessed: false,
            },
            day_first: false,
            year_first: true,
            sentence: "Dates read as year/month/day: the year is written first.".to_string(),
        };
    }
    let evidence_decision = |day_first: bool, sentence: String| Decided {
        decision: DateOrderDecision {
            order: if day_first {
                DateOrder::Dmy
            } else {
                DateOrder::Mdy
            },
            basis: DateOrderBasis::Evidence,
            years_guessed: false,
        },
        day_first,
        year_first: false,
        sentence,
    };
    let (a, b) = (evidence.first_above_12, evidence.second_above_12);
    if a > 0 || b > 0 {
        let day_first = a >= b;
        let (n, which) = if day_first {
            (a, "first")
        } else {
            (b, "second")
        };
        let mut sentence = format!(
            "Dates read as {}: {n} date{} {} a {which} number above 12.",
            order_words(day_first, false),
            if n == 1 { "" } else { "s" },
            if n == 1 { "has" } else { "have" },
        );
        if a > 0 && b > 0 {
            sentence.push_str(&format!(
                " {} date{} the other way round could not be read.",
                a.min(b),
                if a.min(b) == 1 {
                    " written"
                } else {
                    "s written"
                }
            ));
        }
        return evidence_decision(day_first, sentence);
    }
    let (fa, fb) = (evidence.first_falls, evidence.second_falls);
    let winner = fa.max(fb);
    if winner >= 2 && winner >= 3 * fa.min(fb) {
        let day_first = fa > fb;
        return evidence_decision(
            day_first,
            format!(
                "Dates read as {}: no number is above 12, but the {} number falls back {winner} times where a month ends, the other {} times.",
                order_words(day_first, false),
                if day_first { "first" } else { "second" },
                fa.min(fb)
            ),
        );
    }
    // The dates cannot tell. US English writes M/D/YY with slashes; nearly everyone else
    // writes the day first.
    let us = shape.date_sep == b'/' && shape.long_year_at == 3 && matches!(lang, Some(Lang::En));
    let day_first = !us;
    let why = if us {
        "US English: slashes, two-digit years and English system messages".to_string()
    } else {
        match lang {
            Some(lang) => format!("the usual order for {} exports", lang.name()),
            None => "the order most locales use".to_string(),
        }
    };
    Decided {
        decision: DateOrderDecision {
            order: if day_first {
                DateOrder::Dmy
            } else {
                DateOrder::Mdy
            },
            basis: DateOrderBasis::LocaleGuess,
            years_guessed: false,
        },
        day_first,
        year_first: false,
        sentence: format!(
            "Day and month could not be told apart; read as {} ({why}). Choose another order if dates look wrong.",
            if day_first { "day/month" } else { "month/day" }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_read_in_two_parts_is_the_evidence_read_whole() {
        let mut rng = crate::generate::Rng::new(4);
        let dates: Vec<(u16, u16, u16)> = (0..300)
            .map(|_| {
                let x = 1 + rng.below(31) as u16;
                let y = 1 + rng.below(12) as u16;
                (x, y, 2020 + rng.below(2) as u16)
            })
            .collect();
        let read = |from: Evidence, dates: &[(u16, u16, u16)]| {
            dates.iter().fold(from, |mut e, &(x, y, year)| {
                e.add(x, y, year);
                e
            })
        };
        let whole = read(Evidence::default(), &dates);
        for cut in 0..=dates.len() {
            let (first, rest) = dates.split_at(cut);
            let mut parts = read(Evidence::default(), first);
            let later = match first.last() {
                Some(&(x, y, year)) => Evidence::after(x, y, year),
                None => Evidence::default(),
            };
            parts.append(read(later, rest));
            assert_eq!(parts, whole, "cut at {cut}");
        }
    }
}
