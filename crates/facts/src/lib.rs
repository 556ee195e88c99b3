//! Facts in an article's text: who said what ([`Quote`]s and their speakers), on whose word
//! ([`Attribution`]s), about whom ([`Entity`]s), how many ([`Amount`]s) and when
//! ([`DateMention`]s), each with its span into the text, unchanged.
//!
//! Every pass works in byte offsets; spans become Unicode character offsets, as the record
//! specifies, once at the end ([`span::CharMap`]).

mod amounts;
mod contacts;
mod dates;
mod gazetteer;
mod lexicon;
mod numbers;
mod span;
mod tokens;

pub use copydesk_record::{
    Amount, Attribution, Contact, DateMention, Entity, EntityKind, Facts, Quote, QuoteKind, Speaker,
};

/// What the text is read against.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// The publication date: relative dates ("on Thursday", "last week") resolve against it.
    pub published: Option<chrono::NaiveDate>,
}

impl Options {
    /// Options with the publication date read from the start of an RFC 3339 or `YYYY-MM-DD`
    /// string; an unreadable date is left out.
    pub fn published(date: Option<&str>) -> Options {
        let published = date
            .and_then(|d| d.get(..10))
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        Options { published }
    }
}

/// Finds the facts in `text`. Spans are `[start, end)` in Unicode characters into `text`.
pub fn find(text: &str, options: &Options) -> Facts {
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
    let mut facts = Facts {
        amounts: amounts::find(text, &tokens, &taken),
        dates: dates::resolve(text, &tokens, &dates, options.published),
        contacts,
        ..Facts::default()
    };
    span::CharMap::new(text).convert(&mut facts);
    facts
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
