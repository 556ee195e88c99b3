//! Metadata read from the untouched page tree.

use copydesk_parse::Dom;
use copydesk_record::{Author, Image};

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
}

/// Reads the metadata of `dom`; `base` resolves relative URLs.
pub fn extract(_dom: &Dom, _base: Option<&url::Url>) -> Metadata {
    Metadata::default()
}
