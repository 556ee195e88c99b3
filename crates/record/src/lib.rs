//! The article record every copydesk interface speaks (`copydesk/article@1`), and its
//! renderings. The field set follows the shared specification; unknown values are `None`
//! (serialised as `null`) or empty lists, never invented.

mod render;

pub use render::{Format, render};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The schema tag written into every record.
pub const SCHEMA: &str = "copydesk/article@1";

/// One extracted document.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Article {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Where the input came from.
    pub source: Source,
    /// What kind of page this is.
    pub page_type: PageType,
    /// ISO 639-1 language code.
    pub language: Option<String>,
    /// The article's own headline.
    pub headline: Option<String>,
    /// A subheadline or standfirst, when the page has one.
    pub subheadline: Option<String>,
    /// The publication's name.
    pub site_name: Option<String>,
    /// The canonical URL the page declares.
    pub canonical_url: Option<String>,
    /// Publication date or date-time, ISO 8601, as precise as known.
    pub published: Option<String>,
    /// Last modification date or date-time, ISO 8601.
    pub modified: Option<String>,
    /// A "PLACE (Agency) —" opener.
    pub dateline: Option<Dateline>,
    /// The article's authors.
    pub authors: Vec<Author>,
    /// The section the page files the article under.
    pub section: Option<String>,
    /// Keywords and tags.
    pub tags: Vec<String>,
    /// The page's summary.
    pub description: Option<String>,
    /// The lead image.
    pub lead_image: Option<Image>,
    /// The main content in reading order.
    pub blocks: Vec<Block>,
    /// The body as plain text: text blocks joined by blank lines, figures excluded.
    pub text: String,
    /// Text-mode only: lines dropped as chrome, with the reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<Removed>,
    /// Non-fatal problems met while producing the record.
    pub warnings: Vec<String>,
    /// Set when the input could not be processed at all; the rest of the record is empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Facts found in [`Article::text`], when asked for (`--facts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts: Option<Facts>,
}

impl Article {
    /// An empty record for `source`.
    pub fn new(source: Source) -> Article {
        Article {
            schema: SCHEMA.to_string(),
            source,
            page_type: PageType::Other,
            language: None,
            headline: None,
            subheadline: None,
            site_name: None,
            canonical_url: None,
            published: None,
            modified: None,
            dateline: None,
            authors: Vec::new(),
            section: None,
            tags: Vec::new(),
            description: None,
            lead_image: None,
            blocks: Vec::new(),
            text: String::new(),
            removed: Vec::new(),
            warnings: Vec::new(),
            error: None,
            facts: None,
        }
    }

    /// A record that says the input failed, with the reason.
    pub fn failed(source: Source, reason: impl Into<String>) -> Article {
        let mut a = Article::new(source);
        a.error = Some(reason.into());
        a
    }

    /// Rebuilds [`Article::text`] from the blocks: text blocks joined by blank lines.
    pub fn rebuild_text(&mut self) {
        let mut text = String::new();
        for b in &self.blocks {
            let part = b.plain_text();
            if part.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(&part);
        }
        self.text = text;
    }
}

/// Where the record's input came from.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Source {
    /// What the input was.
    pub kind: SourceKind,
    /// The page URL, given or found.
    pub url: Option<String>,
    /// WARC/WET record id.
    pub record_id: Option<String>,
    /// When the page was fetched (RFC 3339).
    pub fetched_at: Option<String>,
}

/// The kind of input.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// An HTML page.
    #[default]
    Html,
    /// Page text.
    Text,
    /// A WARC response record.
    Warc,
    /// A WET conversion record.
    Wet,
}

/// What kind of page the input is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum PageType {
    /// A news story, blog post or other article.
    Article,
    /// A discussion thread.
    Forum,
    /// A product page.
    Product,
    /// A gallery or collection page.
    Collection,
    /// An index of links to other pages.
    Listing,
    /// Technical documentation.
    Documentation,
    /// A service or company page.
    Service,
    /// Anything else.
    Other,
}

/// A dateline opener.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Dateline {
    /// "KAZAN, Russia".
    pub place: String,
    /// A date stated in the dateline.
    pub date: Option<String>,
}

/// One author.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Author {
    /// The person's (or organisation's) name.
    pub name: String,
    /// E-mail address, when the byline gives one.
    pub email: Option<String>,
    /// "Staff Writer", "Reuters" …
    pub role: Option<String>,
    /// The byline as it stood on the page.
    pub raw: Option<String>,
    /// A person, or an organisation such as a news agency.
    #[serde(default)]
    pub kind: AuthorKind,
}

/// The names a byline credits, for comparisons and one-line displays: the people, or the
/// organisations when the byline names no person ("By Jane Doe, Reuters" gives "Jane Doe").
pub fn credited_names(authors: &[Author]) -> Vec<&str> {
    let people = authors.iter().any(|a| a.kind == AuthorKind::Person);
    authors
        .iter()
        .filter(|a| !people || a.kind == AuthorKind::Person)
        .map(|a| a.name.as_str())
        .collect()
}

/// Who an [`Author`] is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum AuthorKind {
    /// A named person.
    #[default]
    Person,
    /// A news agency, publisher or other organisation.
    Organization,
}

/// An image with its caption and credit.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Image {
    /// Absolute image URL.
    pub src: Option<String>,
    /// Caption without the credit.
    pub caption: Option<String>,
    /// "REUTERS", "AP Photo/Jane Doe" …
    pub credit: Option<String>,
}

/// A line that text-mode extraction dropped.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Removed {
    /// The line.
    pub text: String,
    /// Why: "ad", "navigation", "share" … (one of a fixed set of words, borrowed rather
    /// than allocated for each of a page's many dropped lines).
    pub reason: Cow<'static, str>,
}

/// One block of main content.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    /// A paragraph.
    Paragraph {
        /// Its text.
        text: String,
    },
    /// A heading.
    Heading {
        /// 1–6.
        level: u8,
        /// Its text.
        text: String,
    },
    /// A list.
    List {
        /// Numbered or not.
        ordered: bool,
        /// The items' text.
        items: Vec<String>,
    },
    /// A block quote or pull quote.
    Quote {
        /// Its text.
        text: String,
    },
    /// A table.
    Table {
        /// Cells, row by row.
        rows: Vec<Vec<String>>,
    },
    /// Preformatted code.
    Code {
        /// The code, line breaks kept.
        text: String,
    },
    /// An image or media with its caption.
    Figure {
        /// Absolute image URL.
        src: Option<String>,
        /// Caption without the credit.
        caption: Option<String>,
        /// Photo credit.
        credit: Option<String>,
    },
}

impl Block {
    /// The block as plain text for [`Article::text`]; figures give "".
    pub fn plain_text(&self) -> String {
        match self {
            Block::Paragraph { text }
            | Block::Heading { text, .. }
            | Block::Quote { text }
            | Block::Code { text } => text.clone(),
            Block::List { items, .. } => items.join("\n"),
            Block::Table { rows } => rows
                .iter()
                .map(|r| r.join("\t"))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Figure { .. } => String::new(),
        }
    }

    /// The byte length of [`Block::plain_text`], without building it.
    pub fn plain_len(&self) -> usize {
        fn joined(parts: impl Iterator<Item = usize> + Clone, sep: usize) -> usize {
            let count = parts.clone().count();
            parts.sum::<usize>() + sep * count.saturating_sub(1)
        }
        match self {
            Block::Paragraph { text }
            | Block::Heading { text, .. }
            | Block::Quote { text }
            | Block::Code { text } => text.len(),
            Block::List { items, .. } => joined(items.iter().map(String::len), 1),
            Block::Table { rows } => {
                joined(rows.iter().map(|r| joined(r.iter().map(String::len), 1)), 1)
            }
            Block::Figure { .. } => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_len_matches_plain_text() {
        let blocks = [
            Block::Paragraph {
                text: "Café opens".into(),
            },
            Block::List {
                ordered: false,
                items: vec!["one".into(), "two".into(), "three".into()],
            },
            Block::Table {
                rows: vec![vec!["a".into(), "bb".into()], vec!["ccc".into()]],
            },
            Block::Figure {
                src: None,
                caption: Some("x".into()),
                credit: None,
            },
            Block::List {
                ordered: true,
                items: vec![],
            },
        ];
        for b in &blocks {
            assert_eq!(b.plain_len(), b.plain_text().len(), "{b:?}");
        }
    }
}

/// A span `[start, end)` in Unicode characters (not bytes) into the text the facts were
/// found in.
pub type Span = [usize; 2];

/// What the text states: quotes, reported claims, who and what it names, amounts, dates
/// and contacts, each with its span.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Facts {
    /// Text in quotation marks, with its speaker when the text names one.
    pub quotes: Vec<Quote>,
    /// Reported speech and claims without quotation marks.
    pub attributions: Vec<Attribution>,
    /// People, organisations and places, each clustered over its mentions.
    pub entities: Vec<Entity>,
    /// Numbers with their qualifier, unit and the object they count.
    pub amounts: Vec<Amount>,
    /// Date expressions resolved against the publication date.
    pub dates: Vec<DateMention>,
    /// E-mail addresses and phone numbers.
    pub contacts: Vec<Contact>,
}

/// A quotation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// Whole sentences in quotation marks, or a fragment inside a sentence.
    pub kind: QuoteKind,
    /// Who said it, when the text supports an answer.
    pub speaker: Option<Speaker>,
    /// The reporting verb or phrase ("said", "told reporters", "according to").
    pub cue: Option<String>,
    /// Where the quoted words are.
    pub span: Span,
}

/// Whether a quote is whole sentences or a fragment.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// One or more whole sentences.
    Direct,
    /// A fragment inside the reporter's sentence.
    Partial,
}

/// The speaker of a quote or the source of a claim: the mention in the text and the entity
/// it resolves to.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Speaker {
    /// The entity's fullest name ("Vladimir Putin"), or the mention when it resolves to none.
    pub name: String,
    /// The words at the attribution ("Putin", "he", "the Russian president").
    pub mention: String,
    /// Where the mention is.
    pub span: Span,
    /// The entity's id in [`Facts::entities`], when it resolves to one.
    pub entity: Option<String>,
}

/// Reported speech or a claim: source, cue and content, without quotation marks.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Attribution {
    /// Who says or believes it.
    pub source: Speaker,
    /// The reporting verb or phrase.
    pub cue: String,
    /// What is reported.
    pub content: String,
    /// Where the content is.
    pub span: Span,
}

/// A person, organisation or place, with every mention of it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entity {
    /// "e1", "e2" … in order of first mention.
    pub id: String,
    /// What it is.
    pub kind: EntityKind,
    /// The fullest name the text uses.
    pub name: String,
    /// Roles the text gives it ("Russian President").
    pub titles: Vec<String>,
    /// Places: ISO 3166-1 alpha-2 country code.
    pub country: Option<String>,
    /// Places: latitude, when the gazetteer knows it.
    pub lat: Option<f64>,
    /// Places: longitude, when the gazetteer knows it.
    pub lon: Option<f64>,
    /// Every mention, coreferent ones included.
    pub mentions: Vec<Span>,
}

/// The kind of an entity.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, agency, government body, party, newspaper …
    Organization,
    /// A country, region or city.
    Place,
    /// Anything else with a name.
    Other,
}

/// A quantity.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Amount {
    /// The whole expression ("at least 3,000 North Korean troops").
    pub text: String,
    /// Its value (0.2 for "one-fifth", 3000 for "3,000", 1.5e9 for "$1.5 billion").
    pub value: f64,
    /// "percent", "fraction", a currency code ("USD") or another unit; `None` for a count.
    pub unit: Option<String>,
    /// "at least", "about", "over" …
    pub qualifier: Option<String>,
    /// What it counts ("North Korean troops").
    pub object: Option<String>,
    /// Where the expression is.
    pub span: Span,
}

/// A date expression and the day, week, month or year it means, resolved against the
/// publication date. Expressions that need that date ("Thursday", "last week") are left
/// out when it is unknown.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DateMention {
    /// The words, without the preposition before them ("Thursday" for "on Thursday",
    /// "October 24", "last week", "two days ago").
    pub text: String,
    /// The resolved date, as precise as the text allows: `YYYY-MM-DD` for a day,
    /// `YYYY-Www` for an ISO 8601 week ("last week", "three weeks ago", "this weekend":
    /// `2024-W42`), `YYYY-MM` for a month, `YYYY` for a year.
    pub value: String,
    /// Where the expression is.
    pub span: Span,
}

/// An e-mail address or phone number.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Contact {
    /// "email" or "phone".
    pub kind: String,
    /// The address or number as written.
    pub value: String,
    /// Where it is.
    pub span: Span,
}
