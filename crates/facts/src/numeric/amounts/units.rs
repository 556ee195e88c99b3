//! What an amount is measured in (currencies, percents, units of measure) and the
//! qualifiers that hedge it ("at least", "or more").

use crate::numeric::lexicon::{Class, QUALIFIER_END, QUALIFIERS};
use crate::numeric::tokens::{Kind, Token};

/// Currency symbols and their ISO 4217 codes.
const SYMBOLS: &[(char, &str)] = &[
    ('$', "USD"),
    ('€', "EUR"),
    ('£', "GBP"),
    ('¥', "JPY"),
    ('₹', "INR"),
    ('₩', "KRW"),
    ('₽', "RUB"),
    ('₴', "UAH"),
    ('₺', "TRY"),
    ('₪', "ILS"),
    ('₦', "NGN"),
    ('฿', "THB"),
];

/// `c` is a currency sign ("$", "€", "£" …).
pub(crate) fn is_currency_sign(c: char) -> bool {
    SYMBOLS.iter().any(|s| s.0 == c)
}

/// Letters glued before "$" that name another dollar ("A$", "HK$").
const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("US", "USD"),
    ("A", "AUD"),
    ("AU", "AUD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("HK", "HKD"),
    ("NZ", "NZD"),
    ("S", "SGD"),
    ("R", "BRL"),
    ("NT", "TWD"),
    ("MX", "MXN"),
];

/// ISO 4217 codes written before or after a figure ("USD 5 million", "5 million EUR").
const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "KRW", "RUB", "AUD", "CAD", "CHF", "HKD", "SGD",
    "NZD", "BRL", "MXN", "ZAR", "TRY", "UAH", "ILS", "SAR", "AED", "PLN", "SEK", "NOK", "DKK",
    "IDR", "THB", "MYR", "PHP", "NGN", "EGP", "PKR", "TWD", "VND", "BTC",
];

/// Words before "dollars" that name another dollar ("Australian dollars").
const DOLLAR_ADJECTIVES: &[(&[&str], &str)] = &[
    (&["US"], "USD"),
    (&["American"], "USD"),
    (&["Australian"], "AUD"),
    (&["Canadian"], "CAD"),
    (&["Hong", "Kong"], "HKD"),
    (&["Singapore"], "SGD"),
    (&["New", "Zealand"], "NZD"),
    (&["Taiwan"], "TWD"),
    (&["Taiwanese"], "TWD"),
];

/// Qualifiers after a figure ("3,000 or more").
const POSTFIX_QUALIFIERS: &[&str] = &["or more", "or so", "or fewer", "or less", "or higher"];

/// The words of `phrase` sit at tokens `at..`, spaced apart: the index past them.
fn phrase_at(text: &str, tokens: &[Token], at: usize, phrase: &str) -> Option<usize> {
    let mut j = at;
    for w in phrase.split(' ') {
        let t = tokens.get(j)?;
        if !t.is_word_ci(text, w) || (j > at && !t.spaced) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// The qualifier just before token `i`, and the index of its first token; never before
/// token `floor`.
pub(crate) fn qualifier_before(
    text: &str,
    tokens: &[Token],
    i: usize,
    floor: usize,
) -> Option<(&'static str, usize)> {
    let last = tokens.get(i.checked_sub(1)?)?;
    if !tokens.get(i)?.spaced || !last.has(QUALIFIER_END) {
        return None;
    }
    let last = last.text(text);
    QUALIFIERS.iter().find_map(|&q| {
        // The last word first: most qualifiers fail there at once.
        let tail = &q[q.len().checked_sub(last.len())?..];
        let whole = tail.len() == q.len() || q.as_bytes()[q.len() - tail.len() - 1] == b' ';
        if !whole || !tail.eq_ignore_ascii_case(last) {
            return None;
        }
        let n = q.bytes().filter(|&b| b == b' ').count() + 1;
        let at = i.checked_sub(n)?;
        (at >= floor && phrase_at(text, tokens, at, q) == Some(i)).then_some((q, at))
    })
}

/// A qualifier after a figure at token `i`, and the index past it.
pub(crate) fn qualifier_after(
    text: &str,
    tokens: &[Token],
    i: usize,
) -> Option<(&'static str, usize)> {
    POSTFIX_QUALIFIERS
        .iter()
        .find_map(|&q| Some((q, phrase_at(text, tokens, i, q)?)))
}

/// A currency written before a figure at token `i`: its code and the index of the figure
/// ("$", "US$", "€", "USD", "Rs.").
pub(crate) fn currency_before(
    text: &str,
    tokens: &[Token],
    i: usize,
) -> Option<(&'static str, usize)> {
    let t = tokens.get(i)?;
    let glued_number = |j: usize| tokens.get(j).is_some_and(|n| n.is_number() && !n.spaced);
    let spaced_number = |j: usize| tokens.get(j).is_some_and(|n| n.is_number() && n.spaced);
    match t.kind {
        Kind::Punct(c) if !c.is_ascii() || c == '$' => {
            let code = SYMBOLS.iter().find(|s| s.0 == c)?.1;
            glued_number(i + 1).then_some((code, i + 1))
        }
        Kind::Word => {
            // Every form below is a short capitalised word before "$", "." or a number.
            let next = tokens.get(i + 1)?;
            if !(next.is_number() || next.is('$') || next.is('.')) || !t.is_capitalized(text) {
                return None;
            }
            let word = t.text(text);
            if tokens.get(i + 1).is_some_and(|d| d.is('$') && !d.spaced) && glued_number(i + 2) {
                let code = DOLLAR_PREFIXES.iter().find(|p| p.0 == word)?.1;
                return Some((code, i + 2));
            }
            if word == "RMB" && spaced_number(i + 1) {
                return Some(("CNY", i + 1));
            }
            if word == "Rs" {
                let dot = usize::from(tokens.get(i + 1).is_some_and(|d| d.is('.') && !d.spaced));
                return spaced_number(i + 1 + dot).then_some(("INR", i + 1 + dot));
            }
            let code = CODES.iter().find(|&&c| c == word)?;
            spaced_number(i + 1).then_some((code, i + 1))
        }
        Kind::Punct(_) | Kind::Number => None,
    }
}

/// What a unit after a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitKind {
    /// A currency.
    Money,
    /// A percent, percentage points or basis points.
    Percent,
    /// A unit of measure.
    Measure,
}

/// The unit written after a figure at token `i`: its name, kind and the index past it.
/// `scaled` tells whether the figure had a multiplier ("5 million pounds" is money, "5
/// pounds" may be weight).
pub(crate) fn unit_after(
    text: &str,
    tokens: &[Token],
    i: usize,
    scaled: bool,
) -> Option<(&'static str, UnitKind, usize)> {
    let t = tokens.get(i)?;
    let word = |j: usize, w: &str| tokens.get(j).is_some_and(|t| t.is_word_ci(text, w));
    if t.is('%') {
        return Some(("percent", UnitKind::Percent, i + 1));
    }
    if t.is('°') && !t.spaced {
        let scale = tokens.get(i + 1).filter(|n| !n.spaced)?.text(text);
        let symbol = match scale {
            "C" => "°C",
            "F" => "°F",
            _ => return None,
        };
        return Some((symbol, UnitKind::Measure, i + 2));
    }
    // Every unit below opens with a word the lexicon knows or a capitalised one.
    if !t.is_word() || t.lex.is_none() && !t.is_capitalized(text) {
        return None;
    }
    let w = t.text(text);
    if word(i, "per") && word(i + 1, "cent") {
        return Some(("percent", UnitKind::Percent, i + 2));
    }
    for (first, name) in [("percentage", "percentage points"), ("basis", "bp")] {
        if word(i, first) && (word(i + 1, "points") || word(i + 1, "point")) {
            return Some((name, UnitKind::Percent, i + 2));
        }
    }
    if word(i, "degrees") {
        let symbol = if word(i + 1, "celsius") {
            "°C"
        } else if word(i + 1, "fahrenheit") {
            "°F"
        } else {
            return None;
        };
        return Some((symbol, UnitKind::Measure, i + 2));
    }
    if word(i, "square") {
        let (symbol, _, end) = unit_after(text, tokens, i + 1, scaled)?;
        let squared = match symbol {
            "km" => "km²",
            "mi" => "mi²",
            "m" => "m²",
            "ft" => "ft²",
            _ => return None,
        };
        return Some((squared, UnitKind::Measure, end));
    }
    if t.spaced && CODES.contains(&w) {
        let code = CODES.iter().find(|&&c| c == w)?;
        return Some((code, UnitKind::Money, i + 1));
    }
    for &(words, code) in DOLLAR_ADJECTIVES {
        let n = words.len();
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.text(text) == *w));
        if matches && (word(i + n, "dollars") || word(i + n, "dollar")) {
            return Some((code, UnitKind::Money, i + n + 1));
        }
    }
    match t.lex?.class {
        Class::Percent => {
            // "pc" is a percent only glued ("20pc"); spaced it may be a computer.
            let computer = t.spaced && w.eq_ignore_ascii_case("pc");
            (!computer).then_some(("percent", UnitKind::Percent, i + 1))
        }
        Class::Currency(code) => {
            let ambiguous = ["pound", "pounds", "won"]
                .iter()
                .any(|a| w.eq_ignore_ascii_case(a));
            if ambiguous && !scaled {
                // "5 pounds" may be weight: money only as "pounds sterling".
                return word(i + 1, "sterling").then_some((code, UnitKind::Money, i + 2));
            }
            Some((code, UnitKind::Money, i + 1))
        }
        Class::Unit(symbol) => Some((symbol, UnitKind::Measure, i + 1)),
        _ => None,
    }
}
