//! The header of a chat line (`1/29/18, 12:24 PM - ` or `[29.01.18, 12:24:03] `): a
//! normalised view of the line start and a hand-written parser for every variant in the
//! format notes §1.3, reporting the line's *shape* for template learning (§1.6 step 4).

use super::locale::{DayHalf, day_half_prefix, is_weekday, month_number};

/// Bytes of a line start that are normalised and looked at for a header.
const HEADER_WINDOW: usize = 64;
/// Bytes kept after a ` - ` or `] ` separator in the normalised view.
const SEPARATOR_TAIL: usize = 4;
/// Bytes that hold the whole header when it is ASCII.
const ASCII_HEADER_BYTES: usize = 48;

/// Characters dropped from the header view: direction marks, BOM, zero-width space (§1.4).
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// The ASCII digit of a decimal digit from another script, if it is one.
fn ascii_digit(c: char) -> Option<u8> {
    let zero = match c {
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06F0}'..='\u{06F9}' => 0x06F0,
        '\u{0966}'..='\u{096F}' => 0x0966,
        '\u{09E6}'..='\u{09EF}' => 0x09E6,
        '\u{0E50}'..='\u{0E59}' => 0x0E50,
        '\u{FF10}'..='\u{FF19}' => 0xFF10,
        _ => return None,
    };
    Some(b'0' + (c as u32 - zero) as u8)
}

/// How many bytes at the start are ASCII, eight at a time (a line's header runs are
/// 10 to 60 bytes long, so a byte loop was a third of the view's cost).
fn ascii_prefix(bytes: &[u8]) -> usize {
    let mut words = bytes.chunks_exact(8);
    let mut done = 0;
    for word in &mut words {
        let mut b = [0u8; 8];
        b.copy_from_slice(word);
        let high = u64::from_le_bytes(b) & 0x8080_8080_8080_8080;
        if high != 0 {
            return done + (high.trailing_zeros() / 8) as usize;
        }
        done += 8;
    }
    done + words
        .remainder()
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(words.remainder().len())
}

/// Where the first `mark` followed by a space (and preceded by `before`, if given) begins
/// in a short view: ` - ` is `(b'-', Some(b' '))`, `] ` is `(b']', None)`. Looking for the rare mark byte is cheaper here than setting up a
/// `memmem` finder per call.
fn find_pair(bytes: &[u8], mark: u8, before: Option<u8>) -> Option<usize> {
    memchr::memchr_iter(mark, bytes).find_map(|at| {
        let start = match before {
            Some(b) => at.checked_sub(1).filter(|&i| bytes.get(i) == Some(&b))?,
            None => at,
        };
        (bytes.get(at + 1) == Some(&b' ')).then_some(start)
    })
}

/// The normalised start of a line: invisible marks removed, no-break spaces as spaces,
/// `،` as `,`, all decimal digits ASCII. [`HeaderView::original`] gives the byte in the original line
/// that normalised byte `i` came from, so author and body are cut from the original.
#[derive(Default)]
pub struct HeaderView {
    pub bytes: Vec<u8>,
    /// `(normalised byte, original byte)` where a stretch begins that maps one to one;
    /// between anchors the mapping is linear.
    anchors: Vec<(u32, u32)>,
    /// The original line's length, for offsets at the end of the view.
    end: usize,
    ascii: bool,
}

impl HeaderView {
    pub fn fill(&mut self, line: &str) {
        self.bytes.clear();
        self.anchors.clear();
        self.end = line.len();
        let window = &line.as_bytes()[..line.len().min(HEADER_WINDOW)];
        // Every header that is ASCII at all is ASCII in its first bytes; what follows it
        // (a name in another script) needs no normalising.
        if window[..window.len().min(ASCII_HEADER_BYTES)].is_ascii() {
            self.ascii = true;
            self.bytes.extend_from_slice(window);
            return;
        }
        self.ascii = false;
        let mut limit = line.len().min(HEADER_WINDOW);
        let bytes = line.as_bytes();
        let mut at = 0;
        while at < limit {
            // Once an Android ` - ` or iOS `] ` separator has been copied, a few bytes of
            // what follows are all the parser needs.
            if let Some(sep) = find_pair(&self.bytes, b'-', Some(b' '))
                .or_else(|| find_pair(&self.bytes, b']', None))
            {
                let keep = (sep + SEPARATOR_TAIL).saturating_sub(self.bytes.len());
                limit = limit.min(at + keep);
            }
            // Copy the ASCII run up to the next other character in one go.
            let run = at + ascii_prefix(&bytes[at..limit]);
            if run > at {
                self.anchors.push((self.bytes.len() as u32, at as u32));
                self.bytes.extend_from_slice(&bytes[at..run]);
            }
            at = run;
            let Some(c) = line.get(at..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            let len = c.len_utf8();
            if !is_invisible(c) {
                let mapped = match c {
                    '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' => Some(b' '),
                    '\u{060C}' => Some(b','),
                    _ => ascii_digit(c),
                };
                self.anchors.push((self.bytes.len() as u32, at as u32));
                match mapped {
                    Some(b) => self.bytes.push(b),
                    None => self.bytes.extend_from_slice(&bytes[at..at + len]),
                }
            }
            at += len;
        }
        self.end = at.max(limit).min(line.len());
    }

    /// The byte in the original line where normalised byte `i` starts.
    pub fn original(&self, i: usize) -> usize {
        if self.ascii {
            return i;
        }
        if i >= self.bytes.len() {
            return self.end;
        }
        let at = self
            .anchors
            .partition_point(|&(norm, _)| norm as usize <= i);
        match at.checked_sub(1).and_then(|k| self.anchors.get(k)) {
            Some(&(norm, orig)) => orig as usize + (i - norm as usize),
            None => i,
        }
    }
}

/// A non-Gregorian year marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Era {
    Gregorian,
    /// Thai Buddhist calendar: `2565 BE` is 2022.
    Buddhist,
    /// Japanese Reiwa era: `R4` is 2022.
    Reiwa,
    /// Japanese Heisei era: `H30` is 2018.
    Heisei,
}

/// What ends the header before the author.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Separator {
    /// `] ` (iOS).
    Bracket,
    /// ` - ` (Android).
    Dash,
    /// ` – ` (en dash).
    EnDash,
    /// `: ` (iOS up to 2016).
    Colon,
    /// `; ` (the third-party WhatsApp Viewer's text, notes §1.3 X2).
    Semicolon,
    /// A bare space.
    Space,
}

/// How the month is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MonthWritten {
    /// As a number, in an order the whole file decides (`3/4/22`).
    Number,
    /// As a name after the day (`28 Aug 2013`).
    NameAfterDay,
    /// As a name before the day (`Mar 5`, `March 22, 2022`).
    NameBeforeDay,
}

/// Where a 12-hour marker sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MarkerPlace {
    None,
    BeforeTime,
    AfterTime,
}

/// Everything about a header that stays the same through one export. Day, month and
/// hour may have one or two digits in the same file, so digit counts are not part of it
/// except for the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Shape {
    pub bracket: bool,
    pub time_first: bool,
    pub date_sep: u8,
    /// `13. 6. 2018.` style spaces after the date separators.
    pub date_spaced: bool,
    /// What joins date and time: `,`, ` ` or a word (`klo`, `à`); the word's first byte.
    pub join: u8,
    pub time_sep: u8,
    pub seconds: bool,
    pub marker: MarkerPlace,
    pub separator: Separator,
    /// Which date component has four digits (or an era): 0, 1 (`06/2018/13`), 2, 3 when
    /// the year has two digits, [`NO_YEAR`] when the date has none (`18 Mar 12:14`).
    pub long_year_at: u8,
    pub era: Era,
    pub month: MonthWritten,
    /// A weekday name before the date (`Tuesday, 22 March 2022`).
    pub weekday: bool,
}

/// [`Shape::long_year_at`] of dates written without a year.
pub const NO_YEAR: u8 = 4;

impl Shape {
    /// Whether a header of this shape can begin with a letter (a weekday or month name);
    /// the reader only then looks at lines that do.
    pub fn starts_with_word(&self) -> bool {
        !self.time_first && (self.weekday || self.month == MonthWritten::NameBeforeDay)
    }

    /// Whether the year is the last of the three numbers as they are kept in
    /// [`Header::date`] (written last, or in the middle and moved there).
    pub fn year_last(&self) -> bool {
        matches!(self.long_year_at, 1 | 2)
    }
}

impl Shape {
    /// A readable template, e.g. `[D.M.YY, H:MM:SS] Name: text`.
    pub fn describe(&self) -> String {
        let s = self.date_sep as char;
        let sp = if self.date_spaced { " " } else { "" };
        let y = |i: u8| match (self.long_year_at == i, self.era) {
            (true, Era::Buddhist) => "YYYY BE",
            (true, Era::Reiwa) => "R#",
            (true, Era::Heisei) => "H#",
            (true, Era::Gregorian) => "YYYY",
            (false, _) => "YY",
        };
        let year = if self.long_year_at == NO_YEAR {
            ""
        } else {
            " YYYY"
        };
        let mut date = match (self.month, self.long_year_at) {
            (MonthWritten::NameAfterDay, _) => format!("D Month{year}"),
            (MonthWritten::NameBeforeDay, _) => {
                format!("Month D{}", if year.is_empty() { "" } else { ", YYYY" })
            }
            (MonthWritten::Number, 0) => format!("YYYY{s}{sp}M{s}{sp}D"),
            (MonthWritten::Number, 1) => format!("A{s}{sp}YYYY{s}{sp}B"),
            (MonthWritten::Number, _) => format!("A{s}{sp}B{s}{sp}{}", y(2)),
        };
        if self.weekday {
            date = format!("Weekday, {date}");
        }
        let t = self.time_sep as char;
        let mut time = format!("H{t}MM");
        if self.seconds {
            time.push_str(&format!("{t}SS"));
        }
        match self.marker {
            MarkerPlace::None => {}
            MarkerPlace::BeforeTime => time = format!("AM/PM {time}"),
            MarkerPlace::AfterTime => time.push_str(" AM/PM"),
        }
        let join = match self.join {
            b',' => ", ".to_string(),
            b' ' => " ".to_string(),
            _ => " WORD ".to_string(),
        };
        let dt = if self.time_first {
            format!("{time}, {date}")
        } else {
            format!("{date}{join}{time}")
        };
        match self.separator {
            Separator::Bracket => format!("[{dt}] Name: text"),
            Separator::Dash => format!("{dt} - Name: text"),
            Separator::EnDash => format!("{dt} – Name: text"),
            Separator::Colon => format!("{dt}: Name: text"),
            Separator::Semicolon => format!("{dt}; Name: text"),
            Separator::Space => format!("{dt} Name: text"),
        }
    }
}

/// A parsed header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header {
    pub shape: Shape,
    /// The three date numbers in the order written (an era year is its era number), except
    /// that a year written in the middle is moved last; a named month makes them
    /// `[day, month, year]`, with year 0 when none is written.
    pub date: [u16; 3],
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    pub half: Option<DayHalf>,
    /// Byte in the normalised view where author or system text begins.
    pub rest: usize,
}

impl Header {
    /// Seconds since midnight on a 24-hour clock, when the time is a real one.
    pub fn seconds_of_day(&self) -> Option<u32> {
        let hour = match self.half {
            Some(half) => half.to_24h(self.hour)?,
            None => self.hour,
        };
        if hour > 23 || self.minute > 59 || self.second > 59 {
            return None;
        }
        Some(u32::from(hour) * 3600 + u32::from(self.minute) * 60 + u32::from(self.second))
    }
}

struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.peek() == Some(b) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn eat_str(&mut self, text: &[u8]) -> bool {
        if self
            .s
            .get(self.i..)
            .is_some_and(|rest| rest.starts_with(text))
        {
            self.i += text.len();
            true
        } else {
            false
        }
    }

    /// A run of 1..=max ASCII digits: (value, digit count).
    fn number(&mut self, max: usize) -> Option<(u16, u8)> {
        let start = self.i;
        let mut value: u16 = 0;
        while let Some(b) = self.peek().filter(u8::is_ascii_digit) {
            if self.i - start == max {
                return None;
            }
            value = value * 10 + u16::from(b - b'0');
            self.i += 1;
        }
        let digits = self.i - start;
        (digits > 0).then_some((value, digits as u8))
    }

    fn marker(&mut self) -> Option<DayHalf> {
        let (half, len) = day_half_prefix(self.s.get(self.i..)?)?;
        self.i += len;
        Some(half)
    }
}

struct DatePart {
    numbers: [u16; 3],
    sep: u8,
    spaced: bool,
    long_year_at: u8,
    era: Era,
    month: MonthWritten,
    weekday: bool,
}

/// A date in numbers, or with a month name when `words` allows a header to begin with a
/// letter.
#[inline]
fn date(c: &mut Cursor<'_>, words: bool) -> Option<DatePart> {
    let start = c.i;
    if c.peek()?.is_ascii_digit() {
        if let Some(d) = numeric_date(c) {
            return Some(d);
        }
        c.i = start;
    } else if !words {
        return None;
    }
    named_date(c)
}

/// A run of letters (any script) with an optional trailing dot left unread.
fn word<'a>(c: &mut Cursor<'a>) -> Option<&'a str> {
    let start = c.i;
    while c
        .peek()
        .is_some_and(|b| b.is_ascii_alphabetic() || b >= 0x80 || b == b'-')
    {
        c.i += 1;
    }
    let w = std::str::from_utf8(c.s.get(start..c.i)?).ok()?;
    (!w.is_empty() && w.len() <= 40).then_some(w)
}

/// `28 Aug 2013`, `22 March 2022`, `18 Mar`, `Mar 5`, `March 22, 2022`, each optionally
/// after a weekday (`Tuesday, `). Rare, so kept out of the numeric path's code.
#[cold]
#[inline(never)]
fn named_date(c: &mut Cursor<'_>) -> Option<DatePart> {
    let start = c.i;
    if let Some(d) = day_and_month_name(c) {
        return Some(d);
    }
    c.i = start;
    if !is_weekday(word(c)?) {
        return None;
    }
    c.eat(b'.');
    if !(c.eat_str(b", ") || c.eat(b' ')) {
        return None;
    }
    let mut d = day_and_month_name(c)?;
    d.weekday = true;
    Some(d)
}

fn day_and_month_name(c: &mut Cursor<'_>) -> Option<DatePart> {
    let (day, month, order) = if c.peek()?.is_ascii_digit() {
        let (day, _) = c.number(2)?;
        c.eat(b'.');
        if !c.eat(b' ') {
            return None;
        }
        c.eat_str(b"de ");
        let month = month_number(word(c)?)?;
        c.eat(b'.');
        (day, month, MonthWritten::NameAfterDay)
    } else {
        let month = month_number(word(c)?)?;
        c.eat(b'.');
        if !c.eat(b' ') {
            return None;
        }
        let (day, _) = c.number(2)?;
        (day, month, MonthWritten::NameBeforeDay)
    };
    if !(1..=31).contains(&day) {
        return None;
    }
    // A year, unless what follows is the time (`18 Mar 12:14`).
    let before_year = c.i;
    c.eat(b',');
    let year = if c.eat(b' ') {
        c.eat_str(b"de ");
        match c.number(4) {
            Some((year, 4)) if !matches!(c.peek(), Some(b':' | b'.')) => Some(year),
            _ => None,
        }
    } else {
        None
    };
    if year.is_none() {
        c.i = before_year;
    }
    Some(DatePart {
        numbers: [day, u16::from(month), year.unwrap_or(0)],
        sep: b' ',
        spaced: false,
        long_year_at: if year.is_some() { 2 } else { NO_YEAR },
        era: Era::Gregorian,
        month: order,
        weekday: false,
    })
}

#[inline]
fn numeric_date(c: &mut Cursor<'_>) -> Option<DatePart> {
    let (a, da) = c.number(4)?;
    let sep = c.peek().filter(|b| matches!(b, b'/' | b'.' | b'-'))?;
    c.i += 1;
    let spaced = c.eat(b' ');
    let (b, db) = c.number(4)?;
    if !c.eat(sep) {
        return None;
    }
    if spaced {
        c.eat(b' ');
    }
    let mut era = Era::Gregorian;
    let (y, dy) = match c.peek() {
        Some(b'R') | Some(b'H') => {
            era = if c.peek() == Some(b'R') {
                Era::Reiwa
            } else {
                Era::Heisei
            };
            c.i += 1;
            let (n, _) = c.number(2)?;
            (n, 4)
        }
        _ => c.number(4)?,
    };
    if c.eat_str(b" BE") {
        era = Era::Buddhist;
    }
    let long_year_at = match (da, db, dy) {
        (4, 1..=2, 1..=2) => 0,
        // `06/2018/13` (notes §1.3 I12): the year is moved last.
        (1..=2, 4, 1..=2) if era == Era::Gregorian => 1,
        (1..=2, 1..=2, 4) => 2,
        (1..=2, 1..=2, 2) => 3,
        _ => return None,
    };
    let numbers = if long_year_at == 1 {
        [a, y, b]
    } else {
        [a, b, y]
    };
    // A trailing dot (`2018.`) only when a space follows, so `1.2.19.` text stays text.
    if sep == b'.' && c.peek() == Some(b'.') && c.s.get(c.i + 1) == Some(&b' ') {
        c.i += 1;
    }
    Some(DatePart {
        numbers,
        sep,
        spaced,
        long_year_at,
        era,
        month: MonthWritten::Number,
        weekday: false,
    })
}

struct TimePart {
    hour: u8,
    minute: u8,
    second: Option<u8>,
    sep: u8,
}

fn time(c: &mut Cursor<'_>) -> Option<TimePart> {
    let (hour, _) = c.number(2)?;
    let sep = c.peek().filter(|b| matches!(b, b':' | b'.'))?;
    c.i += 1;
    let (minute, dm) = c.number(2)?;
    if dm != 2 {
        return None;
    }
    let mut second = None;
    if c.peek() == Some(sep) && c.s.get(c.i + 1).is_some_and(u8::is_ascii_digit) {
        c.i += 1;
        let (s, ds) = c.number(2)?;
        if ds != 2 {
            return None;
        }
        second = Some(s as u8);
    }
    Some(TimePart {
        hour: hour as u8,
        minute: minute as u8,
        second,
        sep,
    })
}

/// A time with an optional 12-hour marker before or after it.
fn marked_time(c: &mut Cursor<'_>) -> Option<(TimePart, Option<DayHalf>, MarkerPlace)> {
    if let Some(half) = c.marker() {
        c.eat(b' ');
        let t = time(c)?;
        return Some((t, Some(half), MarkerPlace::BeforeTime));
    }
    let t = time(c)?;
    let save = c.i;
    c.eat(b' ');
    if let Some(half) = c.marker() {
        return Some((t, Some(half), MarkerPlace::AfterTime));
    }
    c.i = save;
    Some((t, None, MarkerPlace::None))
}

/// Parses the header at the start of a normalised line, if there is one. `words` lets it
/// begin with a weekday or month name (`[Tuesday, 22 March 2022, 12:51]`), which the
/// reader allows only while learning the shape and in files of such headers.
pub fn parse(s: &[u8], words: bool) -> Option<Header> {
    let mut c = Cursor { s, i: 0 };
    let bracket = c.eat(b'[');
    // Only a digit, or a 12-hour marker written before the time (CJK), begins a header,
    // or a letter when `words` says so.
    let first = c.peek()?;
    if !first.is_ascii_digit()
        && !(words && (first.is_ascii_alphabetic() || first >= 0x80))
        && day_half_prefix(s.get(c.i..)?).is_none()
    {
        return None;
    }
    let start = c.i;
    let (d, t, half, marker, join, time_first) = match date(&mut c, words) {
        Some(d) => {
            let join = if c.eat(b',') {
                c.eat(b' ');
                b','
            } else if c.eat(b' ') {
                b' '
            } else {
                return None;
            };
            let mut join = join;
            let (t, half, marker) = match marked_time(&mut c) {
                Some(found) => found,
                None => {
                    // A word between date and time: `klo`, `à`.
                    let word_start = c.i;
                    while c.peek().is_some_and(|b| b != b' ' && !b.is_ascii_digit()) {
                        c.i += 1;
                    }
                    if c.i == word_start || c.i - word_start > 12 || !c.eat(b' ') {
                        return None;
                    }
                    join = s[word_start];
                    marked_time(&mut c)?
                }
            };
            (d, t, half, marker, join, false)
        }
        None => {
            c.i = start;
            let (t, half, marker) = marked_time(&mut c)?;
            if !c.eat_str(b", ") {
                return None;
            }
            let d = date(&mut c, false)?;
            (d, t, half, marker, b',', true)
        }
    };
    // `13:01.` (a trailing dot before the separator).
    if c.peek() == Some(b'.') && c.s.get(c.i + 1) == Some(&b' ') {
        c.i += 1;
    }
    let separator = if bracket {
        if !c.eat(b']') {
            return None;
        }
        c.eat(b' ');
        Separator::Bracket
    } else if c.eat_str(b" - ") {
        Separator::Dash
    } else if c.eat_str(" \u{2013} ".as_bytes()) {
        Separator::EnDash
    } else if c.eat_str(b": ") {
        Separator::Colon
    } else if c.eat_str(b"; ") {
        Separator::Semicolon
    } else if c.eat(b' ') {
        Separator::Space
    } else {
        return None;
    };
    if c.i >= s.len() {
        return None;
    }
    Some(Header {
        shape: Shape {
            bracket,
            time_first,
            date_sep: d.sep,
            date_spaced: d.spaced,
            join,
            time_sep: t.sep,
            seconds: t.second.is_some(),
            marker,
            separator,
            long_year_at: d.long_year_at,
            era: d.era,
            month: d.month,
            weekday: d.weekday,
        },
        date: d.numbers,
        hour: t.hour,
        minute: t.minute,
        second: t.second.unwrap_or(0),
        half,
        rest: c.i,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(line: &str) -> HeaderView {
        let mut v = HeaderView::default();
        v.fill(line);
        v
    }

    fn header(line: &str) -> Header {
        let v = view(line);
        parse(&v.bytes, true).unwrap_or_else(|| panic!("no header in {line:?}"))
    }

    #[test]
    fn android_and_ios_basics() {
        let h = header("1/29/18, 12:24 PM - Mallory: Hey! :)");
        assert_eq!(h.date, [1, 29, 18]);
        assert_eq!(h.seconds_of_day(), Some(12 * 3600 + 24 * 60));
        assert_eq!(h.shape.separator, Separator::Dash);
        let h = header("[29.01.18, 12:24:03] Mallory: Hey! :)");
        assert_eq!(h.shape.separator, Separator::Bracket);
        assert_eq!(h.second, 3);
    }

    #[test]
    fn arabic_digits_marks_and_comma() {
        let line = "٢٤\u{200F}/٤\u{200F}/٢٠٢٢، ٢:٠٧ م - عمار: السلام";
        let v = view(line);
        let h = parse(&v.bytes, false).unwrap();
        assert_eq!(h.date, [24, 4, 2022]);
        assert_eq!(h.seconds_of_day(), Some(14 * 3600 + 7 * 60));
        assert_eq!(&line[v.original(h.rest)..], "عمار: السلام");
    }

    #[test]
    fn words_markers_and_eras() {
        assert_eq!(header("13.6.2018 klo 21.25.15 - a: m").shape.join, b'k');
        let h = header("28/3/2025 9:29 p.\u{00A0}m. - Sara: Hola");
        assert_eq!(h.seconds_of_day(), Some(21 * 3600 + 29 * 60));
        let h = header("2024/1/15 下午3:30 - 鲍勃: 嗨");
        assert_eq!(h.shape.marker, MarkerPlace::BeforeTime);
        assert_eq!(h.seconds_of_day(), Some(15 * 3600 + 30 * 60));
        assert_eq!(
            header("[3/18/2565 BE, 14:56:01] a: b").shape.era,
            Era::Buddhist
        );
        assert_eq!(header("[3/18/R4, 14:56:01] a: b").shape.era, Era::Reiwa);
        assert!(header("[21:41:35, 3/27/22] D: x").shape.time_first);
        assert_eq!(
            header("13. 6. 2018. 21:25:15 a: m").shape.separator,
            Separator::Space
        );
    }

    #[test]
    fn month_names_weekdays_and_missing_years() {
        // L2: time first, English month abbreviation.
        let h = header("19:23, 28 Aug 2013 - Tanay: Viresh joined");
        assert!(h.shape.time_first);
        assert_eq!(h.shape.month, MonthWritten::NameAfterDay);
        assert_eq!(h.date, [28, 8, 2013]);
        assert_eq!(h.seconds_of_day(), Some(19 * 3600 + 23 * 60));
        // L3: no year at all.
        let h = header("18 Mar 12:14 - Shaggy changed the subject to \"The horde\"");
        assert_eq!(h.date, [18, 3, 0]);
        assert_eq!(h.shape.long_year_at, NO_YEAR);
        assert_eq!(h.shape.separator, Separator::Dash);
        // L4: a weekday, a full month name; a name before the day without a year.
        let h = header("[Tuesday, 22 March 2022, 12:51] Ann: hi");
        assert!(h.shape.weekday);
        assert!(h.shape.starts_with_word());
        assert_eq!(h.date, [22, 3, 2022]);
        assert_eq!(header("[28 Aug 2013, 9:41] Ann: hi").date, [28, 8, 2013]);
        let h = header("[Mar 5, 9:41] Ann: hi");
        assert_eq!(h.shape.month, MonthWritten::NameBeforeDay);
        assert_eq!(h.date, [5, 3, 0]);
        assert_eq!(
            header("[March 22, 2022, 12:51:10 PM] Ann: hi").date,
            [22, 3, 2022]
        );
        assert_eq!(
            header("22 марта 2022, 12:51 - Анна: привет").date,
            [22, 3, 2022]
        );
        assert_eq!(
            header("5 de março de 2022 10:00 - Ana: oi").date,
            [5, 3, 2022]
        );
        assert_eq!(
            header("[Dienstag, 22. März 2022, 12:51] Anna: hallo").date,
            [22, 3, 2022]
        );
        let h = header("mardi 22 mars 2022 à 12:51 - Anne: salut");
        assert!(h.shape.weekday);
        assert_eq!(h.date, [22, 3, 2022]);
        // Without `words`, a line may not begin with a letter.
        let v = view("[Mar 5, 9:41] Ann: hi");
        assert!(parse(&v.bytes, false).is_none());
        // I12: the year in the middle is moved last.
        let h = header("[06/2018/13, 21:25:15] a: m");
        assert_eq!(h.shape.long_year_at, 1);
        assert!(h.shape.year_last());
        assert_eq!(h.date, [6, 13, 2018]);
        // X1 (WhatsApp Web copy) and X2 (WhatsApp Viewer) look-alikes.
        let h = header("[00:29, 15/05/2021] Alice: Hello");
        assert!(h.shape.time_first);
        assert_eq!(h.date, [15, 5, 2021]);
        let h = header("01.04.2015 - 16:00:27; ME: hi");
        assert_eq!(h.shape.separator, Separator::Semicolon);
        assert_eq!(h.date, [1, 4, 2015]);
        assert_eq!(h.second, 27);
    }

    #[test]
    fn ascii_prefix_counts_to_the_first_other_byte() {
        let text = "0123456789abcdef\u{202F}PM".as_bytes();
        for start in 0..text.len() {
            for end in start..=text.len() {
                let part = &text[start..end];
                let expected = part
                    .iter()
                    .position(|b| !b.is_ascii())
                    .unwrap_or(part.len());
                assert_eq!(ascii_prefix(part), expected, "{start}..{end}");
            }
        }
    }

    #[test]
    fn text_is_not_a_header() {
        for line in [
            "hello",
            "12 apples",
            "1/2/3",
            "12:30 works for me",
            "[link] x",
            "5 may be late",
            "Tuesday, we meet at 10:00 - ok",
            "March 5 was fun",
            "18 Mar was great",
            "",
        ] {
            let v = view(line);
            assert!(parse(&v.bytes, true).is_none(), "{line:?}");
        }
    }
}
