//! Amounts: figures in digits or words with their unit, qualifier and the object they
//! count; spans in bytes.
//!
//! - The text runs from the qualifier to the object: "at least 3,000 North Korean troops".
//! - Value: the figure with its multiplier (1.5e9 for "$1.5 billion"); percents keep their
//!   figure (20 for "20%", unit "percent"); fractions are their quotient (0.2 for
//!   "one-fifth", unit "fraction").
//! - Unit: "percent", "percentage points", "bp", "fraction", an ISO 4217 code for money
//!   ("USD", "EUR" …) or a symbol for a measure ("km", "t", "°C"); none for a count.
//! - Ranges ("between 2,000 and 3,000", "2,000-3,000", "10 to 12", "two or three"): the
//!   value is the lower bound, the text covers the whole range, and the qualifier is
//!   "between" unless the text gives another ("about 10 to 12"). "From 10 to 12" is a
//!   change, not a range: two amounts.
//! - Vague amounts ("hundreds of people", "tens of thousands of", "dozens of", "several
//!   hundred", "a few thousand"): the value is the unit the words multiply (100, 10,000,
//!   12, 100, 1,000) and the qualifier says how ("hundreds", "tens of thousands",
//!   "dozens", "several", "a few").
//! - Not amounts: years ("in 2014", "2016"), days and years inside dates, times ("7:30",
//!   "7 p.m."), ordinals ("3rd"), decades ("1990s"), phone numbers, labels ("Article 5",
//!   "No. 1", "Windows 10"), figures glued into words ("G7", "COVID-19", "F-16", "5G"),
//!   compounds ("25-year-old"), scores ("3-1"), "one" as a pronoun ("one of the", "the one
//!   who"), and number words that count nothing named ("the three said").

mod object;
mod units;

use copydesk_record::Amount;

use crate::numeric::lexicon::{Class, DETERMINER, LABEL, OPENS_FIGURE, STOP};
use crate::numeric::numbers;
use crate::numeric::tokens::{Kind, Token};
use object::{Reach, object, plural};
use units::{UnitKind, currency_before, qualifier_after, qualifier_before, unit_after};

/// The amounts in `tokens` of `text`, outside the `taken` byte spans (dates and contacts,
/// sorted); spans in bytes.
pub(crate) fn find(text: &str, tokens: &[Token], taken: &[[usize; 2]]) -> Vec<Amount> {
    let mut found = Vec::new();
    let mut floor = 0;
    let mut i = 0;
    while i < tokens.len() {
        if !may_open(text, tokens, i) {
            i += 1;
            continue;
        }
        match amount_at(text, tokens, i, floor, taken) {
            Some(a) => {
                floor = a.end;
                i = a.end;
                found.push(a.into_amount(text, tokens));
            }
            None => i += 1,
        }
    }
    found
}

/// Token `i` may open a figure: digits, a currency sign, a number, fraction or vague
/// word, "a", "an", "several", or a capitalised word before "$", "." or digits ("US$5",
/// "Rs. 500", "USD 5"). A cheap test that spares most tokens the full reading.
fn may_open(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let next = tokens.get(i + 1);
    match t.kind {
        Kind::Number => true,
        Kind::Punct(c) => units::is_currency_sign(c),
        Kind::Word => {
            let class = t.lex.map(|e| e.class);
            if matches!(
                class,
                Some(Class::Number(_) | Class::Fraction { .. } | Class::Vague(_))
            ) {
                return true;
            }
            // "US$5", "Rs. 500", "USD 5", "A$300" (not the article).
            if t.is_capitalized(text)
                && next.is_some_and(|n| n.is_number() || n.is('$') || n.is('.'))
            {
                return true;
            }
            if t.has(OPENS_FIGURE) {
                // "a dozen", "a third of", "a few hundred", "several thousand".
                return next.is_some_and(|n| {
                    n.is_word_ci(text, "few")
                        || matches!(
                            n.lex.map(|e| e.class),
                            Some(Class::Scale(_) | Class::Dozen | Class::Fraction { .. })
                        )
                });
            }
            false
        }
    }
}

/// An amount found, by token indices.
struct Found {
    /// Its first token.
    first: usize,
    /// Past its last token.
    end: usize,
    /// Its value.
    value: f64,
    /// Its unit.
    unit: Option<&'static str>,
    /// Its qualifier.
    qualifier: Option<String>,
    /// The object's token range.
    object: Option<(usize, usize)>,
}

impl Found {
    /// The record, spans in bytes.
    fn into_amount(self, text: &str, tokens: &[Token]) -> Amount {
        let slice = |a: usize, b: usize| &text[tokens[a].start..tokens[b - 1].end];
        Amount {
            text: slice(self.first, self.end).to_string(),
            value: self.value,
            unit: self.unit.map(str::to_string),
            qualifier: self.qualifier,
            object: self.object.map(|(a, b)| slice(a, b).to_string()),
            span: [tokens[self.first].start, tokens[self.end - 1].end],
        }
    }
}

/// The figure at the heart of an amount: a number with its currency and multiplier.
#[derive(Debug, Clone)]
struct Figure {
    /// Its first token: the currency, the number, or a vague word.
    first: usize,
    /// Past its last token.
    end: usize,
    /// Its value.
    value: f64,
    /// The multiplier applied (1 for none).
    factor: f64,
    /// Written in words only.
    spelled: bool,
    /// The currency written before it.
    currency: Option<&'static str>,
    /// A fraction ("one-fifth", "half").
    fraction: bool,
    /// The qualifier of a vague amount ("hundreds").
    vague: Option<String>,
    /// Four plain digits that read as a year.
    year_like: bool,
}

impl Figure {
    /// A figure of `n` from token `first`.
    fn new(first: usize, n: numbers::Number, currency: Option<&'static str>) -> Figure {
        Figure {
            first,
            end: n.end,
            value: n.value,
            factor: n.factor,
            spelled: n.spelled,
            currency,
            fraction: false,
            vague: None,
            year_like: false,
        }
    }
}

/// Token `j` is the word `w`, ignoring case.
fn word(tokens: &[Token], text: &str, j: usize, w: &str) -> bool {
    tokens.get(j).is_some_and(|t| t.is_word_ci(text, w))
}

/// Token `j` is glued to the token before it.
fn glued(tokens: &[Token], j: usize) -> bool {
    tokens.get(j).is_some_and(|t| !t.spaced)
}

/// The byte spans `[start, end)` overlaps one of `taken` (sorted).
fn overlaps(taken: &[[usize; 2]], start: usize, end: usize) -> bool {
    let k = taken.partition_point(|s| s[1] <= start);
    taken.get(k).is_some_and(|s| s[0] < end)
}

/// The amount that starts at token `i`, if any; its qualifier starts at `floor` or later.
fn amount_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    floor: usize,
    taken: &[[usize; 2]],
) -> Option<Found> {
    let lower = figure_at(text, tokens, i, false)?;
    // "25-year-old", "3-day", "one-on-one": a figure glued into a compound word.
    if tokens.get(lower.end).is_some_and(|h| h.is('-'))
        && glued(tokens, lower.end)
        && glued(tokens, lower.end + 1)
        && tokens.get(lower.end + 1).is_some_and(Token::is_word)
    {
        return None;
    }
    let (mut unit, mut end) = match lower.currency {
        Some(code) => (Some((code, UnitKind::Money)), lower.end),
        None => match unit_after(text, tokens, lower.end, lower.factor > 1.0) {
            Some((name, kind, e)) => (Some((name, kind)), e),
            None => (None, lower.end),
        },
    };
    let mut value = lower.value;
    let mut qualifier = lower.vague.clone();
    let mut first = lower.first;
    let before = i.checked_sub(1);
    let between = before.is_some_and(|b| word(tokens, text, b, "between"));
    let from = before.is_some_and(|b| word(tokens, text, b, "from"));
    if let Some(range) = range_after(text, tokens, &lower, unit, end, between, from) {
        value = range.lower;
        unit = range.unit;
        end = range.end;
        qualifier = Some("between".to_string());
        if between {
            first -= 1;
        }
    } else if tokens.get(end).is_some_and(|h| h.is('-') && !h.spaced) && glued(tokens, end + 1) {
        // "3-1", "2,000-1,000": a score or an identifier.
        return None;
    }
    // "Pope Francis, 87, will visit": an age between commas after a name.
    if unit.is_none() && age_after_name(text, tokens, &lower, end) {
        return None;
    }
    // "Windows 10", "Resolution 2231"; but "Labour 32 pct" has a unit.
    if unit.is_none()
        && (lower.year_like || lower.currency.is_none() && named_before(text, tokens, lower.first))
    {
        return None;
    }
    let core = [tokens[lower.first].start, tokens[end - 1].end];
    if overlaps(taken, core[0], core[1]) || time_after(text, tokens, end) {
        return None;
    }
    // Money counted in vague plurals: "millions of dollars".
    if unit.is_none()
        && lower.vague.is_some()
        && word(tokens, text, end, "of")
        && let Some(Class::Currency(code)) =
            tokens.get(end + 1).and_then(|t| t.lex).map(|e| e.class)
    {
        unit = Some((code, UnitKind::Money));
        end += 2;
    }
    if (qualifier.is_none() || qualifier.as_deref() == Some("between") && !between)
        && let Some((q, at)) = qualifier_before(text, tokens, first, floor)
    {
        qualifier = Some(q.to_string());
        first = at;
    }
    if qualifier.is_none()
        && let Some((q, after)) = qualifier_after(text, tokens, end)
    {
        qualifier = Some(q.to_string());
        end = after;
    }
    let reach = match unit.map(|u| u.1) {
        Some(UnitKind::Money) => Reach::Money,
        Some(UnitKind::Percent | UnitKind::Measure) => Reach::Of,
        // A ratio names its object right after it: "one in five adults".
        None if lower.fraction && !word(tokens, text, lower.first + 1, "in") => Reach::Of,
        None => Reach::Count,
    };
    let mut target = object(text, tokens, end, reach);
    if lower.spelled && lower.factor == 1.0 && !lower.fraction && lower.vague.is_none() {
        target = spelled_object(
            text,
            tokens,
            &lower,
            target,
            qualifier.is_some(),
            unit.is_some(),
        )?;
    }
    if let Some((_, object_end)) = target {
        end = object_end;
    }
    let unit = if lower.fraction {
        Some("fraction")
    } else {
        unit.map(|u| u.0)
    };
    Some(Found {
        first,
        end,
        value,
        unit,
        qualifier,
        object: target,
    })
}

/// Words after "one" that make it a pronoun or an idiom ("one day", "one another").
const IDIOMS_AFTER_ONE: &[&str] = &[
    "day",
    "time",
    "way",
    "thing",
    "side",
    "hand",
    "point",
    "reason",
    "moment",
    "night",
    "morning",
    "evening",
    "afternoon",
    "another",
    "hell",
    "heck",
    "kind",
    "sort",
];

/// Determiners before "one" that make it a pronoun ("the one who", "this one").
const PRONOUN_ONE: &[&str] = &[
    "the", "any", "every", "each", "this", "that", "which", "someone",
];

/// A number in words without a multiplier counts something only when it names what it
/// counts, or carries a unit or qualifier; "one" needs a named object and no pronoun or
/// idiom reading. The object stays as found; `None` drops the amount.
fn spelled_object(
    text: &str,
    tokens: &[Token],
    lower: &Figure,
    target: Option<(usize, usize)>,
    qualified: bool,
    has_unit: bool,
) -> Option<Option<(usize, usize)>> {
    let is_one = lower.value == 1.0 && word(tokens, text, lower.first, "one");
    if !is_one {
        return (target.is_some() || qualified || has_unit).then_some(target);
    }
    let before = lower.first.checked_sub(1);
    if before.is_some_and(|b| PRONOUN_ONE.iter().any(|w| word(tokens, text, b, w))) {
        return None;
    }
    let (a, _) = target?;
    if word(tokens, text, lower.end, "of")
        || IDIOMS_AFTER_ONE.iter().any(|w| word(tokens, text, a, w))
    {
        return None;
    }
    Some(target)
}

/// The figure at token `i`: digits (with a currency before them), a fraction, a vague
/// plural or a number in words. `upper` reads the second figure of a range, which follows
/// its connector.
fn figure_at(text: &str, tokens: &[Token], i: usize, upper: bool) -> Option<Figure> {
    let t = tokens.get(i)?;
    // Most words open no figure: only known words and capitalised ones (currency codes).
    if t.is_word() && t.lex.is_none() && !t.is_capitalized(text) {
        return None;
    }
    if let Some((code, n)) = currency_before(text, tokens, i) {
        let num = numbers::read(tokens, text, n, true)?;
        if !digits_fit(text, tokens, n, num.end, true) {
            return None;
        }
        return Some(Figure::new(i, num, Some(code)));
    }
    if let Some((value, end)) = ratio_at(text, tokens, i) {
        return Some(Figure {
            first: i,
            end,
            value,
            factor: 1.0,
            spelled: false,
            currency: None,
            fraction: true,
            vague: None,
            year_like: false,
        });
    }
    if t.is_number() {
        // "1. Introduction", "2) Results": a list marker at the start of a line.
        let line_start = i == 0 || t.newline;
        if line_start
            && tokens
                .get(i + 1)
                .is_some_and(|p| (p.is('.') || p.is(')')) && !p.spaced)
        {
            return None;
        }
        let num = numbers::read(tokens, text, i, abbreviated_count(text, tokens, i))?;
        if !digits_fit(text, tokens, i, num.end, upper) {
            return None;
        }
        let s = t.text(text);
        let year_like = num.factor == 1.0
            && s.len() == 4
            && s.parse::<u32>().is_ok_and(|y| (1700..=2100).contains(&y));
        return Some(Figure {
            year_like,
            ..Figure::new(i, num, None)
        });
    }
    if !t.is_word() || !t.spaced && i > 0 && tokens[i - 1].is('-') {
        return None;
    }
    if let Some((value, end)) = fraction_at(text, tokens, i) {
        return Some(Figure {
            first: i,
            end,
            value,
            factor: 1.0,
            spelled: true,
            currency: None,
            fraction: true,
            vague: None,
            year_like: false,
        });
    }
    if let Some((value, vague, end)) = vague_at(text, tokens, i) {
        return Some(Figure {
            first: i,
            end,
            value,
            factor: value,
            spelled: true,
            currency: None,
            fraction: false,
            vague: Some(vague),
            year_like: false,
        });
    }
    let num = numbers::read(tokens, text, i, false)?;
    Some(Figure::new(i, num, None))
}

/// Digits at token `i` carry a glued "m" or "k" that multiplies a plural count ("3m
/// households", "40k people"), not a length ("100m sprint").
fn abbreviated_count(text: &str, tokens: &[Token], i: usize) -> bool {
    let glued_abbrev = tokens.get(i + 1).is_some_and(|t| {
        !t.spaced && matches!(t.lex.map(|e| e.class), Some(Class::ScaleAbbrev(_)))
    });
    glued_abbrev
        && object(text, tokens, i + 2, Reach::Count).is_some_and(|(_, end)| {
            let head = &tokens[end - 1];
            plural(head, head.text(text))
        })
}

/// Digits at token `n` (their multiplier ending at `end`) stand on their own: not glued
/// into a word, a chain of figures, a label, an ordinal or a time. `money` and `upper`
/// (the second figure of a range) excuse what is glued before them.
fn digits_fit(text: &str, tokens: &[Token], n: usize, end: usize, excused: bool) -> bool {
    let t = &tokens[n];
    if !excused && n > 0 {
        let prev = &tokens[n - 1];
        let chained = matches!(
            prev.kind,
            Kind::Word
                | Kind::Number
                | Kind::Punct(
                    '-' | '–' | '/' | ':' | ',' | '.' | '\'' | '’' | '#' | '+' | '_' | '@'
                )
        );
        if !t.spaced && chained || label_before(tokens, n) {
            return false;
        }
    }
    let Some(next) = tokens.get(end) else {
        return true;
    };
    if next.spaced {
        return true;
    }
    match next.kind {
        Kind::Punct('/' | ':') => false,
        Kind::Punct(',' | '.') => !tokens
            .get(end + 1)
            .is_some_and(|a| a.is_number() && !a.spaced),
        // "10km", "20pc" carry a unit; "3rd", "1990s", "7pm", "5G" are not amounts.
        Kind::Word => unit_after(text, tokens, end, false).is_some(),
        _ => true,
    }
}

/// The number at token `n` is a label: after "No.", "Article" or "#".
fn label_before(tokens: &[Token], n: usize) -> bool {
    let Some(mut p) = n.checked_sub(1) else {
        return false;
    };
    if tokens[p].is('#') {
        return true;
    }
    if tokens[p].is('.') && p > 0 && !tokens[p].spaced {
        p -= 1;
    }
    tokens[p].is_word() && tokens[p].has(LABEL)
}

/// The figure at token `n` follows a capitalised word that is no qualifier and names
/// something: without a unit it is a label ("Windows 10", "Resolution 2231").
fn named_before(text: &str, tokens: &[Token], n: usize) -> bool {
    let Some(mut p) = n.checked_sub(1) else {
        return false;
    };
    // "H.R. 815": step back over an abbreviation's point.
    if tokens[p].is('.') && p > 0 && !tokens[p].spaced {
        p -= 1;
    }
    let prev = &tokens[p];
    // "Windows 11", "iOS 18": a capital anywhere in the word.
    prev.is_word()
        && prev.text(text).bytes().any(|b| b.is_ascii_uppercase())
        && !prev.has(STOP)
        && !matches!(
            prev.lex.map(|e| e.class),
            Some(Class::Month { .. } | Class::Weekday(_) | Class::Number(_))
        )
        && qualifier_before(text, tokens, n, 0).is_none()
}

/// The figure `lower`, ending at token `end`, is an age set off by commas after a name
/// ("Francis, 87,").
fn age_after_name(text: &str, tokens: &[Token], lower: &Figure, end: usize) -> bool {
    let after_name = lower.first >= 2
        && tokens[lower.first - 1].is(',')
        && tokens[lower.first - 2].is_capitalized(text);
    let closed = tokens.get(end).is_none_or(|t| t.is(',') || t.is('.'));
    after_name && closed && lower.value.fract() == 0.0 && lower.value <= 120.0 && !lower.spelled
}

/// A time follows at token `k`: "7 a.m.", "7pm", "10 o'clock", "0800 GMT".
fn time_after(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(t) = tokens.get(k) else {
        return false;
    };
    if !t.is_word() {
        return false;
    }
    let w = t.text(text);
    if ["am", "pm"].iter().any(|m| w.eq_ignore_ascii_case(m)) {
        return true;
    }
    let dotted = tokens.get(k + 1).is_some_and(|d| d.is('.') && !d.spaced)
        && tokens
            .get(k + 2)
            .is_some_and(|m| !m.spaced && m.is_word_ci(text, "m"));
    if dotted && (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("p")) {
        return true;
    }
    let apostrophe = tokens.get(k + 1).is_some_and(|a| a.is('\'') || a.is('’'));
    if w.eq_ignore_ascii_case("o") && apostrophe && word(tokens, text, k + 2, "clock") {
        return true;
    }
    [
        "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "ET", "PT", "KST", "JST",
        "HKT", "SGT", "MSK", "AEST", "AEDT",
    ]
    .contains(&w)
}

/// A fraction at token `i`: "one-fifth", "two-thirds", "two thirds", "a third of", "half
/// of", "half the", "nearly half"; its value and the index past it.
fn fraction_at(text: &str, tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    let t = &tokens[i];
    if t.is_word_ci(text, "half") {
        if glued(tokens, i + 1) && tokens.get(i + 1).is_some_and(|h| h.is('-')) {
            return None;
        }
        let before = i.checked_sub(1);
        let ordinal = before.is_some_and(|b| {
            ["the", "a", "first", "second", "and", "in", "by"]
                .iter()
                .any(|w| word(tokens, text, b, w))
        });
        if ordinal {
            return None;
        }
        let followed = word(tokens, text, i + 1, "of")
            || tokens
                .get(i + 1)
                .is_some_and(|n| n.has(DETERMINER) && n.spaced);
        let qualified = qualifier_before(text, tokens, i, 0).is_some();
        return (followed || qualified).then_some((0.5, i + 1));
    }
    let numerator = match t.lex?.class {
        Class::Number(n) if (1..=10).contains(&n) => n,
        _ if t.is_word_ci(text, "a") => 1,
        _ => return None,
    };
    let mut k = i + 1;
    let hyphen =
        tokens.get(k).is_some_and(|h| h.is('-')) && glued(tokens, k) && glued(tokens, k + 1);
    if hyphen {
        k += 1;
    }
    let Some(Class::Fraction {
        denominator,
        plural,
    }) = tokens.get(k).and_then(|f| f.lex).map(|e| e.class)
    else {
        return None;
    };
    if numerator >= u32::from(denominator) || hyphen && numerator == 1 && word(tokens, text, i, "a")
    {
        return None;
    }
    // "a third term", "one third-party" are ordinals: a singular needs "of" or a hyphen.
    if !plural && !hyphen && !word(tokens, text, k + 1, "of") {
        return None;
    }
    Some((f64::from(numerator) / f64::from(denominator), k + 1))
}

/// A ratio at token `i`: "one in five", "1 in 4"; its value and the index past it.
fn ratio_at(text: &str, tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    if !word(tokens, text, i + 1, "in") {
        return None;
    }
    // Small whole numbers only: "3 in 2019" is a count and a year.
    let small = |j: usize| {
        let t = tokens.get(j)?;
        match t.lex.map(|e| e.class) {
            Some(Class::Number(n)) => Some(f64::from(n)),
            _ if t.is_number() && t.text(text).len() <= 3 => numbers::digits(t.text(text))
                .filter(|d| d.1 == 0)
                .map(|d| d.0 as f64),
            _ => None,
        }
    };
    let numerator = small(i)?;
    let denominator = small(i + 2)?;
    let glued_on = tokens
        .get(i + 3)
        .is_some_and(|t| !t.spaced && !t.is(',') && !t.is('.'));
    (numerator >= 1.0 && numerator < denominator && !glued_on)
        .then_some((numerator / denominator, i + 3))
}

/// A vague amount at token `i`: "hundreds of", "tens of thousands of", "dozens of",
/// "several hundred", "a few thousand"; its unit, its qualifier and the index past it.
fn vague_at(text: &str, tokens: &[Token], i: usize) -> Option<(f64, String, usize)> {
    let class = |j: usize| tokens.get(j).and_then(|t| t.lex).map(|e| e.class);
    if let Some(Class::Vague(unit)) = class(i) {
        if !word(tokens, text, i + 1, "of") {
            return None;
        }
        if let Some(Class::Vague(larger)) = class(i + 2)
            && larger > unit
            && word(tokens, text, i + 3, "of")
        {
            let words = &text[tokens[i].start..tokens[i + 2].end];
            return Some((unit * larger, words.to_ascii_lowercase(), i + 3));
        }
        return Some((unit, tokens[i].text(text).to_ascii_lowercase(), i + 1));
    }
    let (qualifier, at) = if word(tokens, text, i, "several") {
        ("several", i + 1)
    } else if word(tokens, text, i, "a") && word(tokens, text, i + 1, "few") {
        ("a few", i + 2)
    } else {
        return None;
    };
    let unit = match class(at)? {
        Class::Scale(e) => 10f64.powi(e),
        Class::Dozen => 12.0,
        _ => return None,
    };
    Some((unit, qualifier.to_string(), at + 1))
}

/// The second figure of a range.
struct Range {
    /// The lower bound, with the upper bound's multiplier when it has none ("$1-2
    /// billion").
    lower: f64,
    /// The range's unit.
    unit: Option<(&'static str, UnitKind)>,
    /// Past the range.
    end: usize,
}

/// A range whose lower figure `lower` (with `unit`) ends at token `k`: a dash, "to", "or",
/// or "and" after "between", then a larger figure. "from X to Y" is a change, no range.
fn range_after(
    text: &str,
    tokens: &[Token],
    lower: &Figure,
    unit: Option<(&'static str, UnitKind)>,
    k: usize,
    between: bool,
    from: bool,
) -> Option<Range> {
    let c = tokens.get(k)?;
    let connects = if between {
        c.is_word_ci(text, "and")
    } else {
        c.is('-') && !c.spaced && glued(tokens, k + 1)
            || c.is('–')
            || c.is('—') && !c.spaced
            || !from && (c.is_word_ci(text, "to") || c.is_word_ci(text, "or"))
    };
    if !connects || lower.fraction || lower.vague.is_some() {
        return None;
    }
    let upper = figure_at(text, tokens, k + 1, true)?;
    if upper.fraction || upper.vague.is_some() {
        return None;
    }
    if upper.currency.is_some() && upper.currency != lower.currency {
        return None;
    }
    let upper_unit = match upper.currency.or(lower.currency) {
        Some(code) => Some((code, UnitKind::Money)),
        None => {
            unit_after(text, tokens, upper.end, upper.factor > 1.0).map(|(n, kind, _)| (n, kind))
        }
    };
    let end = match (upper.currency.or(lower.currency), upper_unit) {
        (None, Some(_)) => unit_after(text, tokens, upper.end, upper.factor > 1.0)?.2,
        _ => upper.end,
    };
    if unit.is_some() && upper_unit.is_some() && unit.map(|u| u.0) != upper_unit.map(|u| u.0) {
        return None;
    }
    // A third figure glued on ("978-3-16") is an identifier.
    if tokens.get(end).is_some_and(|h| h.is('-') && !h.spaced) {
        return None;
    }
    let mut low = lower.value;
    if lower.factor == 1.0 && upper.factor > 1.0 && low < upper.value / upper.factor {
        low *= upper.factor;
    }
    if low >= upper.value || lower.year_like {
        return None;
    }
    Some(Range {
        lower: low,
        unit: unit.or(upper_unit),
        end,
    })
}

#[cfg(test)]
mod tests;
