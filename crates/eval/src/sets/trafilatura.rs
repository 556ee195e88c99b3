//! trafilatura's evaluation set: `evaldata.json` = `{url: {file, with, without, title?,
//! author?, date?}}` and `html/<file>.gz`, in any charset (the raw bytes go to
//! `copydesk::extract`, which decodes them). Scored with the snippet metric
//! ([`crate::metrics::snippets`], whitespace-normalised and case-sensitive, as trafilatura's
//! own evaluation does) and the title, author and date fields where labelled.

use crate::EvalError;
use crate::metrics::Prf;
use crate::metrics::snippets::{self, Case, SnippetCounts};
use crate::report::{FieldRow, SetReport};
use crate::run::{PageRef, extract_all};
use crate::sets::{
    ScoreOptions, SetKind, collect_panics, finish_fields, label_text, out_dir, page_score,
    read_json, take_limit, worst, write_file, write_json,
};
use crate::tokens::has_words;
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Deserialize)]
struct Entry {
    file: String,
    #[serde(default)]
    with: Vec<String>,
    #[serde(default)]
    without: Vec<String>,
    #[serde(default)]
    title: Option<Value>,
    #[serde(default)]
    author: Option<Value>,
    #[serde(default)]
    date: Option<Value>,
}

/// One page of the set and its labels.
#[derive(Debug, Clone, PartialEq)]
pub struct TrafilaturaPage {
    /// Where the page is; its id is the file name.
    pub page: PageRef,
    /// Snippets that must appear.
    pub with: Vec<String>,
    /// Snippets that must not appear.
    pub without: Vec<String>,
    /// Labelled title.
    pub title: Option<String>,
    /// Labelled author(s), several joined with `"; "`.
    pub author: Option<String>,
    /// Labelled publication date.
    pub date: Option<String>,
}

/// Loads the annotations, sorted by file name. The key of each entry is its URL (passed
/// to the extractor) unless it is not one (`hard::…` keys).
pub fn load(dir: &Path, limit: Option<usize>) -> Result<Vec<TrafilaturaPage>, EvalError> {
    let data: BTreeMap<String, Entry> = read_json(&dir.join("evaldata.json"))?;
    let mut pages: Vec<TrafilaturaPage> = data
        .into_iter()
        .map(|(key, e)| {
            let url = (key.starts_with("http://") || key.starts_with("https://")).then_some(key);
            TrafilaturaPage {
                page: PageRef {
                    path: dir.join("html").join(format!("{}.gz", e.file)),
                    id: e.file,
                    url,
                },
                with: e.with,
                without: e.without,
                title: label_text(e.title.as_ref()),
                author: label_text(e.author.as_ref()),
                date: label_text(e.date.as_ref()),
            }
        })
        .collect();
    pages.sort_by(|a, b| a.page.id.cmp(&b.page.id));
    Ok(take_limit(pages, limit))
}

/// One page's precision, recall and F1 from its snippet counts.
fn page_prf(c: &SnippetCounts) -> Prf {
    Prf::new(c.precision(), c.recall())
}

/// Scores copydesk on the set.
pub fn score(dir: &Path, options: &ScoreOptions<'_>) -> Result<SetReport, EvalError> {
    let pages = load(dir, options.limit)?;
    let refs: Vec<PageRef> = pages.iter().map(|p| p.page.clone()).collect();
    let got = extract_all(&refs, options)?;

    let mut totals = SnippetCounts::default();
    let mut counts = Vec::with_capacity(pages.len());
    let mut title = FieldRow::new("title");
    let mut author = FieldRow::new("author");
    let mut date = FieldRow::new("date");
    for (p, e) in pages.iter().zip(&got) {
        let c = snippets::count(&e.text, &p.with, &p.without, Case::Keep);
        totals.add(c);
        counts.push(c);
        let id = &p.page.id;
        title.add_text(id, p.title.as_deref(), e.title.as_deref());
        let authors = e.author_line();
        author.add_names(id, p.author.as_deref(), authors.as_deref());
        date.add_date(id, p.date.as_deref(), e.date.as_deref());
    }

    let mut report = SetReport::new(SetKind::Trafilatura.name(), pages.len());
    report.push("f1", totals.f1());
    report.push("precision", totals.precision());
    report.push("recall", totals.recall());
    report.push("accuracy", totals.accuracy());
    report.notes.push(format!(
        "snippets: tp {} fp {} fn {} tn {}",
        totals.true_pos, totals.false_pos, totals.false_neg, totals.true_neg
    ));
    report.fields = finish_fields(vec![title, author, date], options, SetKind::Trafilatura)?;
    collect_panics(&mut report, &refs, &got);
    report.empty = pages
        .iter()
        .zip(&got)
        .filter(|(p, e)| p.with.iter().any(|w| has_words(w)) && !has_words(&e.text))
        .map(|(p, _)| p.page.id.clone())
        .collect();
    let scores = refs
        .iter()
        .zip(&counts)
        .map(|(p, c)| page_score(p, page_prf(c)))
        .collect();
    report.worst = worst(scores, options.worst);

    if let Some(out) = out_dir(options.out, SetKind::Trafilatura)? {
        for ((p, e), c) in pages.iter().zip(&got).zip(&counts) {
            let id = &p.page.id;
            write_file(&out, &format!("{id}.txt"), e.text.as_bytes())?;
            let s = page_prf(c);
            let (missing, present) = snippets::misses(&e.text, &p.with, &p.without, Case::Keep);
            let record = json!({
                "id": id, "url": p.page.url,
                "precision": s.precision, "recall": s.recall, "f1": s.f1,
                "accuracy": c.accuracy(), "counts": c,
                "with_missing": missing, "without_present": present,
                "title": e.title, "author": e.author_line(), "date": e.date,
                "error": e.panic,
            });
            write_json(&out, &format!("{id}.json"), &record)?;
        }
    }
    Ok(report)
}
