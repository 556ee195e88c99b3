//! Date expressions: found in one walk over the tokens ([`scan`]), then resolved against the
//! publication date ([`resolve`]); spans in bytes.
//!
//! The text of a mention leaves out the preposition before it ("on Thursday" gives
//! "Thursday", "in 2014" gives "2014") but keeps the words that change its meaning ("last
//! week", "two days ago", "in two weeks").

mod resolve;

use chrono::NaiveDate;

use crate::numeric::lexicon::{Class, DATE_CUE, OPENS_FIGURE, Period, SHIFT, STOP};
use crate::numeric::numbers;
use crate::numeric::tokens::{Kind, Token};

pub(crate) use resolve::resolve;

/// "last", "this" or "next" before a weekday, month or period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shift {
    /// "last": the one before.
    Last,
    /// "this": the current one.
    This,
    /// "next": the one after.
    Next,
}

/// What a date expression says, before it is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    /// A whole date ("Oct. 24, 2024", "2024-10-24").
    Date(NaiveDate),
    /// A month of a year ("October 2024").
    MonthOfYear(i32, u32),
    /// A year ("in 2014").
    Year(i32),
    /// A month and day without the year ("October 24").
    MonthDay(u32, u32),
    /// A month without the year ("in October", "last May").
    Month(u32, Option<Shift>),
    /// A weekday, 0 for Monday ("on Thursday", "next Tuesday").
    Weekday(u32, Option<Shift>),
    /// A day counted from publication ("yesterday" is -1).
    Day(i64),
    /// Periods counted from publication: "two days ago" is (-2, Day); "in two weeks" is
    /// (2, Week) and stands only in future-tense context.
    Offset(i64, Period),
    /// The period around publication shifted by a count ("last week" is (Week, -1)).
    Around(Period, i64),
}

/// A date expression found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Expr {
    /// Index of its first token.
    pub(crate) first: usize,
    /// Index just past its last token.
    pub(crate) end: usize,
    /// What it says.
    pub(crate) when: When,
}

impl Expr {
    /// Its byte span in the text.
    pub(crate) fn span(&self, tokens: &[Token]) -> [usize; 2] {
        [tokens[self.first].start, tokens[self.end - 1].end]
    }
}

/// The date expressions in `tokens`, resolved against `published`; spans in bytes.
#[cfg(test)]
pub(crate) fn find(
    text: &str,
    tokens: &[Token],
    published: Option<NaiveDate>,
) -> Vec<copydesk_record::DateMention> {
    resolve(text, tokens, &scan(text, tokens), published)
}

/// Every date expression in `tokens`, in order, unresolved.
pub(crate) fn scan(text: &str, tokens: &[Token]) -> Vec<Expr> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match expression_at(text, tokens, i, found.last()) {
            Some(e) => {
                i = e.end;
                found.push(e);
            }
            None => i += 1,
        }
    }
    found
}

/// The class of token `i`'s word, if the lexicon knows it.
fn class(tokens: &[Token], i: usize) -> Option<Class> {
    tokens.get(i)?.lex.map(|e| e.class)
}

/// Token `i` is the word `w`, ignoring case.
fn word(tokens: &[Token], text: &str, i: usize, w: &str) -> bool {
    tokens.get(i).is_some_and(|t| t.is_word_ci(text, w))
}

/// The expression that starts at token `i`, if any.
fn expression_at(text: &str, tokens: &[Token], i: usize, previous: Option<&Expr>) -> Option<Expr> {
    let t = &tokens[i];
    if t.is_number() {
        return iso_date(text, tokens, i)
            .or_else(|| day_month(text, tokens, i))
            .or_else(|| year_alone(text, tokens, i, previous))
            .or_else(|| offset(text, tokens, i));
    }
    if !t.is_word() {
        return None;
    }
    match t.lex?.class {
        Class::Month { .. } => month(text, tokens, i),
        Class::Weekday(day) => weekday(text, tokens, i, day),
        Class::Day(n) => relative_day(text, tokens, i, n),
        Class::Number(_) => offset(text, tokens, i),
        _ if t.has(SHIFT) => shifted(text, tokens, i),
        // "in two weeks", "a week ago": a count or an article comes next.
        _ if t.has(OPENS_FIGURE) || t.is_word_ci(text, "in") => {
            let count = tokens.get(i + 1).is_some_and(|n| {
                n.is_number()
                    || n.has(OPENS_FIGURE)
                    || matches!(n.lex.map(|e| e.class), Some(Class::Number(_)))
            });
            let period = matches!(class(tokens, i + 1), Some(Class::Period(_)));
            if count || period {
                offset(text, tokens, i)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A number token of one or two digits that can be a day of the month, and the index past
/// its ordinal suffix ("24", "24th").
fn day_number(text: &str, tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    let t = tokens.get(i)?;
    let s = t.text(text);
    if !t.is_number() || s.len() > 2 {
        return None;
    }
    let day: u32 = s.parse().ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let mut end = i + 1;
    if let Some(next) = tokens.get(end)
        && !next.spaced
    {
        let suffix = next.text(text).to_ascii_lowercase();
        if next.is_word() && matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") {
            end += 1;
        } else if next.is_number() || next.is_word() || next.is(':') || next.is('%') {
            // "24:00", "24x", "24%": not a day.
            return None;
        }
    }
    Some((day, end))
}

/// A four-digit year from 1900 to 2100 in digits at token `i`, not part of a longer
/// figure or identifier ("2014", not "2014-15", "2014s" or "2,014").
fn year_number(text: &str, tokens: &[Token], i: usize) -> Option<i32> {
    let t = tokens.get(i)?;
    let s = t.text(text);
    if !t.is_number() || s.len() != 4 {
        return None;
    }
    let year: i32 = s.parse().ok()?;
    if !(1900..=2100).contains(&year) {
        return None;
    }
    let glued = |j: usize| tokens.get(j).is_some_and(|n| !n.spaced);
    if glued(i + 1) {
        let next = &tokens[i + 1];
        let joins = next.is('-') || next.is('–') || next.is('/') || next.is(':');
        if next.is_word() || next.is_number() || (joins && glued(i + 2)) {
            return None;
        }
    }
    if i > 0 && !t.spaced {
        let prev = &tokens[i - 1];
        if prev.is_word() || prev.is_number() || prev.is('/') || prev.is('$') {
            return None;
        }
    }
    Some(year)
}

/// "2024-10-24".
fn iso_date(text: &str, tokens: &[Token], i: usize) -> Option<Expr> {
    let part = |j: usize, len: usize| {
        let t = tokens.get(j)?;
        let s = t.text(text);
        (t.is_number() && s.len() == len && !t.spaced)
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let first = tokens[i].text(text);
    if first.len() != 4 {
        return None;
    }
    let year: i32 = first.parse().ok()?;
    let dash = |j: usize| tokens.get(j).is_some_and(|t| t.is('-') && !t.spaced);
    if !(dash(i + 1) && dash(i + 3)) {
        return None;
    }
    let month = part(i + 2, 2)?;
    let day = part(i + 4, 2)?;
    if tokens
        .get(i + 5)
        .is_some_and(|t| !t.spaced && (t.is_number() || t.is('-')))
    {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    Some(Expr {
        first: i,
        end: i + 5,
        when: When::Date(date),
    })
}

/// The month at token `i` and the index past it and its abbreviation point; `None` when
/// the word is not capitalised (the modal "may", "the march").
fn month_word(text: &str, tokens: &[Token], i: usize) -> Option<(u32, bool, usize)> {
    let t = tokens.get(i)?;
    let Class::Month { month, abbrev } = t.lex?.class else {
        return None;
    };
    if !t.is_capitalized(text) {
        return None;
    }
    let dotted = abbrev && tokens.get(i + 1).is_some_and(|n| n.is('.') && !n.spaced);
    Some((month, abbrev, i + 1 + usize::from(dotted)))
}

/// An optional ", 2024" or " 2024" after a month and day: the year and the index past it.
fn trailing_year(text: &str, tokens: &[Token], i: usize) -> Option<(i32, usize)> {
    let at = if tokens.get(i).is_some_and(|t| t.is(',')) {
        i + 1
    } else {
        i
    };
    let year = year_number(text, tokens, at)?;
    Some((year, at + 1))
}

/// The expression for a month, day and optional year.
fn dated(
    first: usize,
    month: u32,
    day: u32,
    year: Option<(i32, usize)>,
    end: usize,
) -> Option<Expr> {
    match year {
        Some((y, end)) => Some(Expr {
            first,
            end,
            when: When::Date(NaiveDate::from_ymd_opt(y, month, day)?),
        }),
        None => {
            // February 29 needs a leap year; 2024 is one.
            NaiveDate::from_ymd_opt(2024, month, day)?;
            Some(Expr {
                first,
                end,
                when: When::MonthDay(month, day),
            })
        }
    }
}

/// "24 October", "24th October 2024", "24 of October".
fn day_month(text: &str, tokens: &[Token], i: usize) -> Option<Expr> {
    let (day, mut at) = day_number(text, tokens, i)?;
    if word(tokens, text, at, "of") {
        at += 1;
    }
    let (month, _, end) = month_word(text, tokens, at)?;
    dated(i, month, day, trailing_year(text, tokens, end), end)
}

/// A month word: with a day ("October 24", "Oct. 24, 2024"), with a year ("October
/// 2024"), or alone after a cue ("in October", "last May", "mid-October").
fn month(text: &str, tokens: &[Token], i: usize) -> Option<Expr> {
    let (month, abbrev, end) = month_word(text, tokens, i)?;
    if let Some((day, day_end)) = day_number(text, tokens, end)
        && tokens[end].spaced
    {
        return dated(i, month, day, trailing_year(text, tokens, day_end), day_end);
    }
    if let Some(year) = year_number(text, tokens, end) {
        return Some(Expr {
            first: i,
            end: end + 1,
            when: When::MonthOfYear(year, month),
        });
    }
    if abbrev || tokens.get(end).is_some_and(|t| t.is_capitalized(text)) {
        return None;
    }
    let shift = shift_before(text, tokens, i);
    let cued = shift.is_some()
        || i > 0 && {
            let prev = &tokens[i - 1];
            let mid =
                prev.is('-') && !tokens[i].spaced && word(tokens, text, i.wrapping_sub(2), "mid");
            // "Theresa May": "of May" is too often the politician.
            mid || prev.has(DATE_CUE) && !(month == 5 && prev.is_word_ci(text, "of"))
        };
    cued.then_some(Expr {
        first: if shift.is_some() { i - 1 } else { i },
        end,
        when: When::Month(month, shift),
    })
}

/// "last", "this" or "next" at token `i - 1`, before token `i`.
fn shift_before(text: &str, tokens: &[Token], i: usize) -> Option<Shift> {
    let prev = tokens.get(i.checked_sub(1)?)?;
    if !prev.is_word() {
        return None;
    }
    let w = prev.text(text);
    if w.eq_ignore_ascii_case("last") {
        Some(Shift::Last)
    } else if w.eq_ignore_ascii_case("this") {
        Some(Shift::This)
    } else if w.eq_ignore_ascii_case("next") {
        Some(Shift::Next)
    } else {
        None
    }
}

/// A weekday ("on Thursday", "next Tuesday", "Thursday's"), or a weekday before a month
/// and day ("Thursday, Oct. 24"), which the month and day resolve.
fn weekday(text: &str, tokens: &[Token], i: usize, day: u32) -> Option<Expr> {
    let t = &tokens[i];
    if !t.is_capitalized(text) {
        return None;
    }
    let comma = usize::from(tokens.get(i + 1).is_some_and(|n| n.is(',')));
    if let Some(mut e) = month(text, tokens, i + 1 + comma)
        && matches!(e.when, When::Date(_) | When::MonthDay(..))
    {
        e.first = i;
        return Some(e);
    }
    let shift = shift_before(text, tokens, i);
    if shift.is_none() && i > 0 {
        // "Good Friday", "Super Tuesday", "Bloody Sunday" name other days.
        let prev = &tokens[i - 1];
        if prev.is_capitalized(text) && !prev.has(STOP) {
            return None;
        }
    }
    // "the Sunday Times", "Monday Night Football"; but "on Monday President Biden said".
    let named = tokens
        .get(i + 1)
        .is_some_and(|n| n.is_capitalized(text) && n.spaced && n.lex.is_none());
    let cued = i > 0 && (tokens[i - 1].has(DATE_CUE) || tokens[i - 1].is_word_ci(text, "on"));
    if named && shift.is_none() && !cued {
        return None;
    }
    Some(Expr {
        first: if shift.is_some() { i - 1 } else { i },
        end: i + 1,
        when: When::Weekday(day, shift),
    })
}

/// Token `i` opens a sentence or paragraph.
fn starts_sentence(tokens: &[Token], i: usize) -> bool {
    i == 0
        || tokens[i].newline
        || matches!(
            tokens[i - 1].kind,
            Kind::Punct('.' | '!' | '?' | '"' | '“' | ':')
        )
}

/// "yesterday", "today", "tomorrow", "tonight"; not "USA Today" (capitalised inside a
/// sentence).
fn relative_day(text: &str, tokens: &[Token], i: usize, n: i64) -> Option<Expr> {
    if tokens[i].is_capitalized(text) && !starts_sentence(tokens, i) {
        return None;
    }
    Some(Expr {
        first: i,
        end: i + 1,
        when: When::Day(n),
    })
}

/// "last week", "this month", "next year", "last weekend", "last night", "this morning".
fn shifted(text: &str, tokens: &[Token], i: usize) -> Option<Expr> {
    let shift = shift_before(text, tokens, i + 1)?;
    if i > 0 && (word(tokens, text, i - 1, "the") || word(tokens, text, i - 1, "a")) {
        // "the next week" is a stretch of time, not a date.
        return None;
    }
    let next = tokens.get(i + 1)?;
    let when = match next.lex.map(|e| e.class) {
        Some(Class::Period(p @ (Period::Week | Period::Month | Period::Year))) => {
            if next.text(text).ends_with(['s', 'S']) {
                return None;
            }
            When::Around(p, shift_count(shift))
        }
        _ if next.is_word_ci(text, "weekend") => When::Around(Period::Week, shift_count(shift)),
        _ if shift == Shift::Last && next.is_word_ci(text, "night") => When::Day(-1),
        _ if shift == Shift::This
            && ["morning", "afternoon", "evening"]
                .iter()
                .any(|w| next.is_word_ci(text, w)) =>
        {
            When::Day(0)
        }
        _ => return None,
    };
    Some(Expr {
        first: i,
        end: i + 2,
        when,
    })
}

/// -1, 0 or 1 for "last", "this", "next".
fn shift_count(shift: Shift) -> i64 {
    match shift {
        Shift::Last => -1,
        Shift::This => 0,
        Shift::Next => 1,
    }
}

/// "two days ago", "a week ago", "three years ago"; "in two weeks" (future only).
fn offset(text: &str, tokens: &[Token], i: usize) -> Option<Expr> {
    let ahead = word(tokens, text, i, "in");
    let at = i + usize::from(ahead);
    let (count, after) = if word(tokens, text, at, "a") || word(tokens, text, at, "an") {
        (1, at + 1)
    } else {
        let n = numbers::read(tokens, text, at, false)?;
        if n.value.fract() != 0.0 || n.value < 1.0 || n.value > 1000.0 {
            return None;
        }
        // Bounded just above: an exact small integer.
        (n.value as i64, n.end)
    };
    let Some(Class::Period(period)) = class(tokens, after) else {
        return None;
    };
    if ahead {
        // "in two weeks' time", "in two weeks." — not "in two weeks of talks".
        let next = tokens.get(after + 1);
        if next.is_some_and(|t| t.is_word() && !t.has(STOP) || word(tokens, text, after + 1, "of"))
        {
            return None;
        }
        return Some(Expr {
            first: i,
            end: after + 1,
            when: When::Offset(count, period),
        });
    }
    if !word(tokens, text, after + 1, "ago") {
        return None;
    }
    Some(Expr {
        first: i,
        end: after + 2,
        when: When::Offset(-count, period),
    })
}

/// A year on its own after a cue ("in 2014", "since 2014", "mid-2014", "the 2016
/// election", "in 2014 and 2015").
fn year_alone(text: &str, tokens: &[Token], i: usize, previous: Option<&Expr>) -> Option<Expr> {
    let year = year_number(text, tokens, i)?;
    if i == 0 {
        return None;
    }
    let prev = &tokens[i - 1];
    let cued = if prev.is('-') && !tokens[i].spaced {
        word(tokens, text, i.wrapping_sub(2), "mid")
    } else if prev.has(DATE_CUE) && prev.is_word() {
        !["last", "next", "this"]
            .iter()
            .any(|w| prev.is_word_ci(text, w))
    } else if prev.is_word_ci(text, "the") {
        // "the 2016 election".
        tokens
            .get(i + 1)
            .is_some_and(|n| n.is_word() && !n.has(STOP) && !n.is_capitalized(text))
    } else {
        // "in 2014 and 2015", "from 2014 to 2016".
        let joined = ["and", "or", "to"].iter().any(|w| prev.is_word_ci(text, w));
        joined && previous.is_some_and(|p| p.end + 1 == i && matches!(p.when, When::Year(_)))
    };
    cued.then_some(Expr {
        first: i,
        end: i + 1,
        when: When::Year(year),
    })
}

#[cfg(test)]
mod tests;
