//! Facts in an article's text: who said what ([`Quote`]s and their speakers), on whose word
//! ([`Attribution`]s), about whom ([`Entity`]s), how many ([`Amount`]s) and when
//! ([`DateMention`]s), each with its span into the text, unchanged.
//!
//! Every pass works in byte offsets; spans become Unicode character offsets, as the record
//! specifies, once at the end ([`span::CharMap`]).

mod amounts;
mod contacts;
mod dates;
// Used by the entity pass (in progress).
#[cfg_attr(not(test), allow(dead_code))]
mod gazetteer;
mod span;

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
    let mut facts = Facts {
        amounts: amounts::find(text),
        dates: dates::find(text, options.published),
        contacts: contacts::find(text),
        ..Facts::default()
    };
    span::CharMap::new(text).convert(&mut facts);
    facts
}
