//! Resolving date expressions against the publication date, with the tense of the
//! sentence around them.
//!
//! News reports the past: a bare weekday is the latest one on or before publication, unless
//! the sentence speaks of the future ("will meet on Thursday", "is scheduled for Friday"),
//! when it is the next one after. A month and day without a year takes the year that
//! puts it nearest publication, on or before it in past-tense context and on or after it in
//! future-tense context. Weeks are ISO 8601 weeks, written `YYYY-Www`.

use chrono::{Datelike, Days, NaiveDate};
use copydesk_record::DateMention;

use super::{Expr, Shift, When};
use crate::numeric::lexicon::{Class, FUTURE, PAST, Period};
use crate::numeric::tokens::{Token, sentence_end, sentence_start};

/// How far, in tokens, the tense of an expression is looked for on each side.
const WINDOW: usize = 30;

/// The tense of the clause around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    /// Reported past ("said on Thursday").
    Past,
    /// Future ("will meet on Thursday", "is expected to").
    Future,
    /// No cue either way.
    Unknown,
}

/// Resolves `exprs` against `published`. Without it, only the expressions that name their
/// year are kept.
pub(crate) fn resolve(
    text: &str,
    tokens: &[Token],
    exprs: &[Expr],
    published: Option<NaiveDate>,
) -> Vec<DateMention> {
    exprs
        .iter()
        .filter_map(|e| {
            let value = value(e.when, published, || tense(text, tokens, e))?;
            let span = e.span(tokens);
            Some(DateMention {
                text: text[span[0]..span[1]].to_string(),
                value,
                span,
            })
        })
        .collect()
}

/// The strength of a tense cue: auxiliaries and known verbs outrank a bare "-ed" ending.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// A word the lexicon marks.
    Strong,
    /// A regular past-tense ending.
    Weak,
}

/// The tense token `j` signals, and how surely.
fn cue(text: &str, tokens: &[Token], j: usize) -> Option<(Tense, Strength)> {
    let t = &tokens[j];
    if !t.is_word() {
        return None;
    }
    let capitalized = t.is_capitalized(text);
    if capitalized && matches!(t.lex.map(|e| e.class), Some(Class::Month { .. })) {
        // "May" the month, not the modal.
        return None;
    }
    if t.has(FUTURE) {
        return Some((Tense::Future, Strength::Strong));
    }
    // "will be held": a participle after "be" takes its tense from the words before.
    if j > 0 && tokens[j - 1].is_word_ci(text, "be") {
        return None;
    }
    if t.has(PAST) {
        return Some((Tense::Past, Strength::Strong));
    }
    let w = t.text(text);
    let regular_past = !capitalized && w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed");
    regular_past.then_some((Tense::Past, Strength::Weak))
}

/// The tense around `e`: the nearest cue before it in its clause (strong cues first), else
/// the nearest after it in its sentence, else the nearest before its clause.
pub(crate) fn tense(text: &str, tokens: &[Token], e: &Expr) -> Tense {
    let start = sentence_start(tokens, e.first).max(e.first.saturating_sub(WINDOW));
    let end = sentence_end(tokens, e.end - 1).min(e.end + WINDOW);
    let clause = clause_start(text, tokens, start, e.first);
    nearest(text, tokens, (clause..e.first).rev())
        .or_else(|| nearest(text, tokens, e.end..end))
        .or_else(|| nearest(text, tokens, (start..clause).rev()))
        .unwrap_or(Tense::Unknown)
}

/// The tense of the nearest cue among `indices`, strong cues first.
fn nearest(
    text: &str,
    tokens: &[Token],
    indices: impl Iterator<Item = usize> + Clone,
) -> Option<Tense> {
    [Strength::Strong, Strength::Weak]
        .into_iter()
        .find_map(|strength| {
            indices
                .clone()
                .filter_map(|j| cue(text, tokens, j))
                .find(|c| c.1 == strength)
                .map(|c| c.0)
        })
}

/// The first token of the clause that holds token `i`, not before `start`: after the last
/// comma and conjunction (", and", ", but", ", while") before it.
fn clause_start(text: &str, tokens: &[Token], start: usize, i: usize) -> usize {
    (start + 1..i)
        .rev()
        .find(|&j| {
            tokens[j - 1].is(',')
                && ["and", "but", "while", "whereas", "although", "though"]
                    .iter()
                    .any(|w| tokens[j].is_word_ci(text, w))
        })
        .unwrap_or(start)
}

/// `YYYY-MM`.
fn month_value(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

/// The month `count` months from the publication month.
fn month_shift(published: NaiveDate, count: i64) -> String {
    let index = i64::from(published.year()) * 12 + i64::from(published.month0()) + count;
    // Both parts fit: the year stays near the publication year.
    month_value(index.div_euclid(12) as i32, index.rem_euclid(12) as u32 + 1)
}

/// `YYYY-Www` for the ISO week holding `date`.
fn week_value(date: NaiveDate) -> String {
    let week = date.iso_week();
    format!("{:04}-W{:02}", week.year(), week.week())
}

/// `date` moved by `days`.
fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    let magnitude = Days::new(days.unsigned_abs());
    if days >= 0 {
        date.checked_add_days(magnitude)
    } else {
        date.checked_sub_days(magnitude)
    }
}

/// The value of `when`, or `None` when it needs a publication date that is missing.
fn value(
    when: When,
    published: Option<NaiveDate>,
    tense: impl FnOnce() -> Tense,
) -> Option<String> {
    let p = match when {
        When::Date(d) => return Some(d.to_string()),
        When::MonthOfYear(y, m) => return Some(month_value(y, m)),
        When::Year(y) => return Some(format!("{y:04}")),
        _ => published?,
    };
    let value = match when {
        When::MonthDay(month, day) => month_day(p, month, day, tense())?.to_string(),
        When::Month(month, shift) => {
            let year = month_year(p, month, shift, tense);
            month_value(year, month)
        }
        When::Weekday(day, shift) => weekday(p, day, shift, tense)?.to_string(),
        When::Day(n) => add_days(p, n)?.to_string(),
        When::Offset(n, period) => {
            // "in two weeks" is a date only when the sentence looks ahead.
            if n > 0 && tense() != Tense::Future {
                return None;
            }
            shifted(p, period, n)?
        }
        When::Around(period, n) => shifted(p, period, n)?,
        When::Date(_) | When::MonthOfYear(..) | When::Year(_) => return None,
    };
    Some(value)
}

/// The period `n` periods away from publication, as precise as the period.
fn shifted(p: NaiveDate, period: Period, n: i64) -> Option<String> {
    Some(match period {
        Period::Hour => p.to_string(),
        Period::Day => add_days(p, n)?.to_string(),
        Period::Week => week_value(add_days(p, n.checked_mul(7)?)?),
        Period::Month => month_shift(p, n),
        Period::Year => format!("{:04}", i64::from(p.year()) + n),
    })
}

/// The year of a month named without one.
fn month_year(
    p: NaiveDate,
    month: u32,
    shift: Option<Shift>,
    tense: impl FnOnce() -> Tense,
) -> i32 {
    let (py, pm) = (p.year(), p.month());
    match shift {
        Some(Shift::Last) => py - i32::from(month >= pm),
        Some(Shift::Next) => py + i32::from(month <= pm),
        Some(Shift::This) => py,
        None => match tense() {
            Tense::Past => py - i32::from(month > pm),
            Tense::Future => py + i32::from(month < pm),
            Tense::Unknown => {
                // The nearest: within six months either way, the earlier on a tie.
                let ahead = (i64::from(month) - i64::from(pm)).rem_euclid(12);
                if ahead == 0 {
                    py
                } else if ahead < 6 {
                    py + i32::from(month < pm)
                } else {
                    py - i32::from(month > pm)
                }
            }
        },
    }
}

/// The date of a month and day named without a year.
fn month_day(p: NaiveDate, month: u32, day: u32, tense: Tense) -> Option<NaiveDate> {
    let candidates =
        (p.year() - 1..=p.year() + 1).filter_map(|y| NaiveDate::from_ymd_opt(y, month, day));
    match tense {
        Tense::Past => candidates.filter(|d| *d <= p).max(),
        Tense::Future => candidates.filter(|d| *d >= p).min(),
        Tense::Unknown => candidates.min_by_key(|d| (*d - p).num_days().abs()),
    }
}

/// The date of a weekday (0 for Monday) named without a date.
fn weekday(
    p: NaiveDate,
    day: u32,
    shift: Option<Shift>,
    tense: impl FnOnce() -> Tense,
) -> Option<NaiveDate> {
    let today = p.weekday().num_days_from_monday();
    let back = i64::from((today + 7 - day) % 7);
    let ahead = i64::from((day + 7 - today) % 7);
    let days = match shift {
        Some(Shift::Last) => -(if back == 0 { 7 } else { back }),
        Some(Shift::Next) => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        Some(Shift::This) => i64::from(day) - i64::from(today),
        None => match tense() {
            Tense::Future => {
                if ahead == 0 {
                    7
                } else {
                    ahead
                }
            }
            Tense::Past | Tense::Unknown => -back,
        },
    };
    add_days(p, days)
}
