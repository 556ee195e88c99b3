//! Mozilla Readability's test pages: `<name>/source.html.gz` and
//! `<name>/expected-metadata.json` (title, byline, siteName, lang, publishedTime). These are
//! Readability.js's own expected outputs, not independent labels, so the figures are
//! agreement rates: a disagreement needs reading before it is called an error.
//!
//! Readability's byline is the raw line ("By Jane Doe"); a leading "by" word is dropped from
//! it before it is compared with copydesk's author names. The summary `agreement` pools
//! title, byline and site name (loose comparison).

use crate::EvalError;
use crate::metrics::ratio;
use crate::report::{FieldRow, SetReport};
use crate::run::{PageRef, extract_all};
use crate::sets::{ScoreOptions, SetKind, collect_panics, finish_fields, take_limit};
use serde_json::Value;
use std::path::Path;

/// The document URL Readability's own test harness gives every page.
const PAGE_URL: &str = "http://fakehost/test/page.html";

/// One test page and Readability's expectations for it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadabilityPage {
    /// Where the page is; its id is the folder name.
    pub page: PageRef,
    /// Expected title.
    pub title: Option<String>,
    /// Expected byline, as Readability reads it.
    pub byline: Option<String>,
    /// Expected site name.
    pub site_name: Option<String>,
    /// Expected language (the primary subtag, lower case).
    pub lang: Option<String>,
    /// Expected publication time.
    pub published: Option<String>,
}

/// Loads every page folder that has both files, sorted by name.
pub fn load(dir: &Path, limit: Option<usize>) -> Result<Vec<ReadabilityPage>, EvalError> {
    let entries = std::fs::read_dir(dir).map_err(|e| EvalError::io(dir, e))?;
    let mut pages = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| EvalError::io(dir, e))?.path();
        let (source, expected) = (
            path.join("source.html.gz"),
            path.join("expected-metadata.json"),
        );
        if !source.is_file() || !expected.is_file() {
            continue;
        }
        let Some(id) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let v: Value = crate::sets::read_json(&expected)?;
        let field = |k: &str| {
            v.get(k)
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        pages.push(ReadabilityPage {
            page: PageRef {
                id: id.to_string(),
                path: source,
                url: Some(PAGE_URL.to_string()),
            },
            title: field("title"),
            byline: field("byline"),
            site_name: field("siteName"),
            lang: field("lang").map(|l| primary_subtag(&l)),
            published: field("publishedTime"),
        });
    }
    pages.sort_by(|a, b| a.page.id.cmp(&b.page.id));
    Ok(take_limit(pages, limit))
}

/// "en-US" → "en".
fn primary_subtag(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// The byline without a leading "By"/"Par"/"Von"/"Por"/"Door" word.
fn byline_names(byline: &str) -> &str {
    let t = byline.trim_start();
    for word in ["by", "par", "von", "por", "door"] {
        if let Some(head) = t.get(..word.len())
            && head.eq_ignore_ascii_case(word)
            && t[word.len()..].starts_with(char::is_whitespace)
        {
            return t[word.len()..].trim_start();
        }
    }
    t
}

/// Scores copydesk on the set.
pub fn score(dir: &Path, options: &ScoreOptions<'_>) -> Result<SetReport, EvalError> {
    let pages = load(dir, options.limit)?;
    let refs: Vec<PageRef> = pages.iter().map(|p| p.page.clone()).collect();
    let got = extract_all(&refs, options)?;

    let mut title = FieldRow::new("title");
    let mut byline = FieldRow::new("byline");
    let mut site = FieldRow::new("site_name");
    let mut lang = FieldRow::new("language");
    let mut date = FieldRow::new("published");
    for (p, e) in pages.iter().zip(&got) {
        let id = &p.page.id;
        title.add_text(id, p.title.as_deref(), e.title.as_deref());
        let authors = (!e.authors.is_empty()).then(|| e.authors.join(", "));
        byline.add_names(
            id,
            p.byline.as_deref().map(byline_names),
            authors.as_deref(),
        );
        site.add_text(id, p.site_name.as_deref(), e.site_name.as_deref());
        lang.add_text(id, p.lang.as_deref(), e.language.as_deref());
        date.add_date(
            id,
            p.published.as_deref().map(|d| d.get(..10).unwrap_or(d)),
            e.date.as_deref(),
        );
    }

    let mut report = SetReport::new(SetKind::Readability.name(), pages.len());
    let pooled = [&title, &byline, &site];
    let agreed: usize = pooled.iter().map(|f| f.tally.loose).sum();
    let labelled: usize = pooled.iter().map(|f| f.tally.labelled).sum();
    report.push("agreement", ratio(agreed, labelled));
    report.notes.push(format!(
        "title, byline and site name: {agreed} of {labelled} labels agree (loosely)"
    ));
    report.fields = finish_fields(
        vec![title, byline, site, lang, date],
        options,
        SetKind::Readability,
    )?;
    collect_panics(&mut report, &refs, &got);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_the_by_word_only() {
        assert_eq!(byline_names("By Jane Doe"), "Jane Doe");
        assert_eq!(byline_names("Par Sébastien Farcis"), "Sébastien Farcis");
        assert_eq!(byline_names("Byron Smith"), "Byron Smith");
        assert_eq!(byline_names("  by\n\tJane"), "Jane");
        assert_eq!(primary_subtag("en-US"), "en");
    }
}
