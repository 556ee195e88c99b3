//! Metadata read from the untouched page tree.
//!
//! One walk over the tree ([`collect`]) gathers every source the page offers: JSON-LD,
//! `<meta>` tags of the common vocabularies, microdata, `<link rel=canonical>`, `<html lang>`,
//! `<title>`, `<h1>`, `<time>` and visible bylines, each with where it stood. The field
//! readers ([`fields`]) then weigh them: JSON-LD before meta tags before the visible page
//! before the URL.

mod byline;
mod collect;
pub mod dateline;
mod dates;
mod fields;
mod headline;
mod jsonld;
mod lang;
mod metatags;
mod text;
pub mod text_lines;

use copydesk_parse::Dom;
use copydesk_record::{Author, Image};

pub use lang::detect_language;

/// What the page's markup says about the article.
#[derive(Debug, Default, Clone)]
pub struct Metadata {
    /// The article's own headline.
    pub headline: Option<String>,
    /// Subheadline.
    pub subheadline: Option<String>,
    /// The publication's name.
    pub site_name: Option<String>,
    /// Canonical URL.
    pub canonical_url: Option<String>,
    /// ISO 639-1 language.
    pub language: Option<String>,
    /// Summary.
    pub description: Option<String>,
    /// Publication date, ISO 8601.
    pub published: Option<String>,
    /// Modification date, ISO 8601.
    pub modified: Option<String>,
    /// Authors.
    pub authors: Vec<Author>,
    /// Section.
    pub section: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Lead image.
    pub lead_image: Option<Image>,
    /// The schema.org `@type` of the main entity, lower case, when JSON-LD or microdata gives one.
    pub schema_type: Option<String>,
    /// The Open Graph object type (`og:type`), lower case: a weaker hint than `schema_type`.
    pub og_type: Option<String>,
    /// The article text carried by the structured data (`articleBody`), line breaks kept;
    /// used when the visible page holds less of the story.
    pub article_body: Option<String>,
}

/// What the reader knows about the page besides its tree.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// The page's URL: resolves relative URLs and lends a date found in its path when the
    /// markup has none.
    pub base: Option<&'a url::Url>,
    /// When the page was fetched (ISO 8601 / RFC 3339). Dates after it are refused and
    /// relative dates ("2 hours ago") count back from it; without it the clock's current
    /// time bounds dates and relative dates are not read.
    pub fetched_at: Option<&'a str>,
}

/// Reads the metadata of `dom`; `base` (the page's URL) resolves relative URLs and lends
/// a date found in its path when the markup has none.
pub fn extract(dom: &Dom, base: Option<&url::Url>) -> Metadata {
    extract_with(
        dom,
        &Options {
            base,
            fetched_at: None,
        },
    )
}

/// Reads the metadata of `dom` with everything [`Options`] tells about the page.
pub fn extract_with(dom: &Dom, options: &Options<'_>) -> Metadata {
    let evidence = collect::collect(dom, options.fetched_at.is_some());
    let reader = fields::Reader::new(&evidence, options.base, options.fetched_at);
    reader.read()
}

#[cfg(test)]
mod page_tests;
#[cfg(test)]
mod tests;
