//! Shared helpers for the integration tests: fixture loading and text assertions.

#![allow(dead_code)]

use copydesk::{Article, Block, Options};

/// The bytes of `tests/fixtures/<name>`.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

/// Extracts fixture `name` as if fetched from `url`.
pub fn extract_fixture(name: &str, url: Option<&str>) -> Article {
    let options = Options {
        url: url.map(str::to_string),
        ..Options::default()
    };
    copydesk::extract(&fixture(name), &options)
}

/// A readable dump of the blocks, for failure messages.
pub fn dump(article: &Article) -> String {
    let mut out = format!(
        "page_type={:?} headline={:?} warnings={:?}\n",
        article.page_type, article.headline, article.warnings
    );
    for (i, b) in article.blocks.iter().enumerate() {
        out.push_str(&format!("  [{i}] {b:?}\n"));
    }
    out
}

/// The texts of the paragraph blocks, in order.
pub fn paragraphs(article: &Article) -> Vec<&str> {
    article
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { text } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// The figure blocks as `(src, caption, credit)`.
pub fn figures(article: &Article) -> Vec<(Option<&str>, Option<&str>, Option<&str>)> {
    article
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Figure {
                src,
                caption,
                credit,
            } => Some((src.as_deref(), caption.as_deref(), credit.as_deref())),
            _ => None,
        })
        .collect()
}

/// Asserts that every one of `parts` occurs in `article.text`, in this order, without overlap.
pub fn assert_in_order(article: &Article, parts: &[&str]) {
    let text = &article.text;
    let mut from = 0;
    for part in parts {
        match text[from..].find(part) {
            Some(at) => from += at + part.len(),
            None => panic!(
                "expected {part:?} in the text after byte {from}\n--- text ---\n{text}\n--- blocks ---\n{}",
                dump(article)
            ),
        }
    }
}

/// Asserts that none of `parts` occurs in `article.text`.
pub fn assert_absent(article: &Article, parts: &[&str]) {
    for part in parts {
        assert!(
            !article.text.contains(part),
            "chrome {part:?} leaked into the text\n--- text ---\n{}\n--- blocks ---\n{}",
            article.text,
            dump(article)
        );
    }
}
