//! Facts in an article's text: who said what ([`Quote`]s and their speakers), on whose word
//! ([`Attribution`]s), about whom ([`Entity`]s), how many ([`Amount`]s) and when
//! ([`DateMention`]s), each with its span into the text, unchanged.
//!
//! Every pass works in byte offsets; spans become Unicode character offsets, as the record
//! specifies, once at the end ([`span::CharMap`]).

mod doc;
mod entities;
mod gazetteer;
mod gender;
mod lexicon;
mod marks;
mod numeric;
mod quotes;
mod reported;
mod sentences;
mod span;
mod speakers;
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
    let numeric = numeric::find(text, options.published);
    let doc = doc::Doc::new(text);
    let found = quotes::find(&doc);
    let quote_cues: Vec<usize> = found.iter().filter_map(|f| f.cue.map(|c| c.0)).collect();
    let claims = reported::find(&doc, &quote_cues);
    let mut entities = entities::find(&doc);
    let quotes = found
        .iter()
        .map(|f| quote(&doc, &mut entities, f))
        .collect();
    let attributions = claims
        .iter()
        .map(|f| attribution(&doc, &mut entities, f))
        .collect();
    let mut facts = Facts {
        quotes,
        attributions,
        entities: entities.found.into_iter().enumerate().map(entity).collect(),
        amounts: numeric.amounts,
        dates: numeric.dates,
        contacts: numeric.contacts,
    };
    span::CharMap::new(text).convert(&mut facts);
    facts
}

/// The words of tokens `a..b`.
fn words(doc: &doc::Doc, (a, b): (usize, usize)) -> String {
    let (start, end) = doc.bytes(a, b);
    doc.text[start..end].to_string()
}

/// The speaker of a mention, named by the entity it resolves to (or by itself).
fn speaker(doc: &doc::Doc, entities: &mut entities::Entities, m: speakers::Mention) -> Speaker {
    let (start, end) = doc.bytes(m.first, m.end);
    let mention = doc.text[start..end].to_string();
    let id = entities.resolve(doc, m);
    Speaker {
        name: id.map_or_else(|| mention.clone(), |id| entities.found[id].name.clone()),
        mention,
        span: [start, end],
        entity: id.map(entity_id),
    }
}

fn entity_id(index: usize) -> String {
    format!("e{}", index + 1)
}

/// The record of a found entity.
fn entity((index, e): (usize, entities::Found)) -> Entity {
    Entity {
        id: entity_id(index),
        kind: e.kind,
        name: e.name,
        titles: e.titles,
        country: e.country.map(str::to_string),
        lat: e.coordinates.map(|c| c.0),
        lon: e.coordinates.map(|c| c.1),
        mentions: e.mentions.into_iter().map(|(a, b)| [a, b]).collect(),
    }
}

/// The record of a found quote.
fn quote(doc: &doc::Doc, entities: &mut entities::Entities, f: &quotes::Found) -> Quote {
    let q = &doc.quoted[f.quoted];
    Quote {
        text: doc.text[q.start..q.end].to_string(),
        kind: f.kind,
        speaker: f.speaker.map(|m| speaker(doc, entities, m)),
        cue: f.cue.map(|c| words(doc, c)),
        span: [q.start, q.end],
    }
}

/// The record of a reported claim.
fn attribution(
    doc: &doc::Doc,
    entities: &mut entities::Entities,
    f: &reported::Found,
) -> Attribution {
    let (start, end) = doc.bytes(f.content.0, f.content.1);
    Attribution {
        source: speaker(doc, entities, f.source),
        cue: words(doc, f.cue),
        content: doc.text[start..end].to_string(),
        span: [start, end],
    }
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
