//! Facts in an article's text: who said what ([`Quote`]s and their speakers), on whose word
//! ([`Attribution`]s), about whom ([`Entity`]s), how many ([`Amount`]s) and when
//! ([`DateMention`]s), each with its span into the text, unchanged.
//!
//! Every pass works in byte offsets; spans become Unicode character offsets, as the record
//! specifies, once at the end ([`span::CharMap`]).

mod gazetteer;
mod numeric;
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
    let numeric = numeric::find(text, options.published);
    let mut facts = Facts {
        amounts: numeric.amounts,
        dates: numeric.dates,
        contacts: numeric.contacts,
        ..Facts::default()
    };
    span::CharMap::new(text).convert(&mut facts);
    facts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_amounts_dates_and_contacts_with_character_spans() {
        let text = "SEOUL — The deal is worth €1.5 billion, officials said on Thursday, \
                    Oct. 24. Call +82-2-751-5114. BY MICHAEL LEE [lee.junhyuk@joongang.co.kr]";
        let facts = find(text, &Options::published(Some("2024-10-25T09:00:00Z")));
        let chars: Vec<char> = text.chars().collect();
        let at = |span: copydesk_record::Span| chars[span[0]..span[1]].iter().collect::<String>();

        assert_eq!(facts.amounts.len(), 1);
        let deal = &facts.amounts[0];
        assert_eq!(deal.text, "€1.5 billion");
        assert_eq!(deal.value, 1.5e9);
        assert_eq!(deal.unit.as_deref(), Some("EUR"));
        assert_eq!(at(deal.span), deal.text);
        assert_eq!(deal.span, [26, 38]);

        let dates: Vec<(&str, &str)> = facts
            .dates
            .iter()
            .map(|d| (d.text.as_str(), d.value.as_str()))
            .collect();
        assert_eq!(dates, [("Thursday, Oct. 24", "2024-10-24")]);
        assert_eq!(at(facts.dates[0].span), "Thursday, Oct. 24");

        let contacts: Vec<(&str, &str)> = facts
            .contacts
            .iter()
            .map(|c| (c.kind.as_str(), c.value.as_str()))
            .collect();
        assert_eq!(
            contacts,
            [
                ("phone", "+82-2-751-5114"),
                ("email", "lee.junhyuk@joongang.co.kr")
            ]
        );
        for c in &facts.contacts {
            assert_eq!(at(c.span), c.value);
        }
    }

    #[test]
    fn without_publication_only_dates_with_a_year_stay() {
        let text = "Talks began on Thursday, Oct. 24, 2024, and resume next week.";
        let facts = find(text, &Options::default());
        let values: Vec<&str> = facts.dates.iter().map(|d| d.value.as_str()).collect();
        assert_eq!(values, ["2024-10-24"]);
        assert!(facts.amounts.is_empty());
    }
}
