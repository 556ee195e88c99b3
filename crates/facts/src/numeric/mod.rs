//! Numeric facts: amounts, dates and contacts, read from one scan of words and numbers
//! ([`tokens`]) looked up once in their own word list ([`lexicon`]). Spans are bytes.

mod amounts;
mod contacts;
mod dates;
mod lexicon;
mod numbers;
mod tokens;

use chrono::NaiveDate;
use copydesk_record::{Amount, Contact, DateMention};

/// The numeric facts of one text.
pub(crate) struct Numeric {
    /// Amounts, in text order.
    pub amounts: Vec<Amount>,
    /// Date expressions resolved against the publication date.
    pub dates: Vec<DateMention>,
    /// E-mail addresses and phone numbers.
    pub contacts: Vec<Contact>,
}

/// Finds the amounts, dates and contacts of `text`, with byte spans.
pub(crate) fn find(text: &str, published: Option<NaiveDate>) -> Numeric {
    let tokens = tokens::tokenize(text);
    let contacts = contacts::find(text);
    let dates = dates::scan(text, &tokens);
    // Figures inside dates and phone numbers are not amounts, resolved or not.
    let taken = merged(
        contacts
            .iter()
            .map(|c| c.span)
            .chain(dates.iter().map(|d| d.span(&tokens)))
            .collect(),
    );
    Numeric {
        amounts: amounts::find(text, &tokens, &taken),
        dates: dates::resolve(text, &tokens, &dates, published),
        contacts,
    }
}

/// A word that names a calendar unit: a month ("October", "Oct"), a weekday, or a day named
/// relative to publication ("yesterday").
pub(crate) fn calendar_word(word: &str) -> Option<Calendar> {
    match lexicon::lookup(word)?.class {
        lexicon::Class::Month { .. } => Some(Calendar::Month),
        lexicon::Class::Weekday(_) => Some(Calendar::Weekday),
        lexicon::Class::Day(_) => Some(Calendar::Day),
        _ => None,
    }
}

/// What [`calendar_word`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Calendar {
    /// "October", "Oct".
    Month,
    /// "Thursday".
    Weekday,
    /// "yesterday", "today", "tonight", "tomorrow".
    Day,
}

/// `spans` sorted, overlapping ones merged.
fn merged(mut spans: Vec<[usize; 2]>) -> Vec<[usize; 2]> {
    spans.sort_unstable();
    let mut out: Vec<[usize; 2]> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s[0] < last[1] => last[1] = last[1].max(s[1]),
            _ => out.push(s),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_overlapping_spans() {
        assert_eq!(
            merged(vec![[10, 20], [0, 5], [15, 30], [30, 31]]),
            [[0, 5], [10, 30], [30, 31]]
        );
    }
}
