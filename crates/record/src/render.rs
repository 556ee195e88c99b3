//! Renderings of a record.

use crate::Article;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The record as JSON.
    Json,
    /// Markdown.
    Markdown,
    /// Plain text.
    Text,
    /// A clean reader-view HTML page.
    Html,
}

/// Renders `article` in `format`.
pub fn render(article: &Article, format: Format) -> String {
    match format {
        Format::Json => serde_json::to_string(article).unwrap_or_default(),
        Format::Markdown | Format::Text | Format::Html => article.text.clone(),
    }
}
