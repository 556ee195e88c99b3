//! The WCXB development split: `ground-truth/<id>.json`, `html/<id>.html.gz`,
//! `metadata.json`. Scored with the bag-of-words metric ([`crate::metrics::bag`]), overall
//! and per page type, plus the snippet rates (case-insensitive, see
//! [`crate::metrics::snippets`]) and the title, author and date fields where labelled.

use crate::EvalError;
use crate::metrics::snippets::{self, Case, SnippetCounts};
use crate::metrics::{Prf, bag, mean};
use crate::report::{FieldRow, GroupRow, SetReport};
use crate::run::{PageRef, extract_all};
use crate::sets::{
    ScoreOptions, SetKind, collect_panics, finish_fields, label_text, out_dir, page_score,
    read_json, take_limit, worst, write_file, write_json,
};
use crate::tokens::has_words;
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

#[derive(Debug, Deserialize)]
struct TruthFile {
    #[serde(default)]
    url: Option<String>,
    #[serde(rename = "_internal", default)]
    internal: Option<Internal>,
    #[serde(default)]
    ground_truth: GroundTruth,
}

#[derive(Debug, Default, Deserialize)]
struct Internal {
    #[serde(default)]
    page_type: Option<PageTypeInfo>,
}

#[derive(Debug, Default, Deserialize)]
struct PageTypeInfo {
    #[serde(default)]
    primary: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct GroundTruth {
    #[serde(default)]
    title: Option<Value>,
    #[serde(default)]
    author: Option<Value>,
    #[serde(default)]
    publish_date: Option<Value>,
    #[serde(default)]
    main_content: Option<String>,
    #[serde(default)]
    with: Vec<String>,
    #[serde(default)]
    without: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct MetaEntry {
    #[serde(default)]
    page_type: Option<String>,
}

/// One WCXB page and its labels.
#[derive(Debug, Clone, PartialEq)]
pub struct WcxbPage {
    /// Where the page is.
    pub page: PageRef,
    /// Page type (`article`, `forum` …; `unknown` when unlabelled).
    pub page_type: String,
    /// Reference main content (empty for pages without one).
    pub main_content: String,
    /// Snippets that must appear.
    pub with: Vec<String>,
    /// Snippets that must not appear.
    pub without: Vec<String>,
    /// Labelled title.
    pub title: Option<String>,
    /// Labelled author(s).
    pub author: Option<String>,
    /// Labelled publication date.
    pub date: Option<String>,
}

/// Loads the ground truth, sorted by id.
pub fn load(dir: &Path, limit: Option<usize>) -> Result<Vec<WcxbPage>, EvalError> {
    let gt_dir = dir.join("ground-truth");
    let meta_path = dir.join("metadata.json");
    let meta: HashMap<String, MetaEntry> = if meta_path.exists() {
        read_json(&meta_path)?
    } else {
        HashMap::new()
    };
    let mut ids: Vec<String> = std::fs::read_dir(&gt_dir)
        .map_err(|e| EvalError::io(&gt_dir, e))?
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".json").map(str::to_string)
        })
        .collect();
    ids.sort();
    let ids = take_limit(ids, limit);
    ids.into_iter()
        .map(|id| {
            let t: TruthFile = read_json(&gt_dir.join(format!("{id}.json")))?;
            let page_type = t
                .internal
                .and_then(|i| i.page_type)
                .and_then(|p| p.primary)
                .or_else(|| meta.get(&id).and_then(|m| m.page_type.clone()))
                .unwrap_or_else(|| "unknown".to_string());
            let g = t.ground_truth;
            Ok(WcxbPage {
                page: PageRef {
                    path: dir.join("html").join(format!("{id}.html.gz")),
                    id,
                    url: t.url,
                },
                page_type,
                main_content: g.main_content.unwrap_or_default(),
                with: g.with,
                without: g.without,
                title: label_text(g.title.as_ref()),
                author: label_text(g.author.as_ref()),
                date: label_text(g.publish_date.as_ref()),
            })
        })
        .collect()
}

/// Scores copydesk on the set.
pub fn score(dir: &Path, options: &ScoreOptions<'_>) -> Result<SetReport, EvalError> {
    let pages = load(dir, options.limit)?;
    let refs: Vec<PageRef> = pages.iter().map(|p| p.page.clone()).collect();
    let got = extract_all(&refs, options)?;

    let mut scores = Vec::with_capacity(pages.len());
    let mut snippet_counts = Vec::with_capacity(pages.len());
    let mut totals = SnippetCounts::default();
    let mut title = FieldRow::new("title");
    let mut author = FieldRow::new("author");
    let mut date = FieldRow::new("date");
    for (p, e) in pages.iter().zip(&got) {
        scores.push(bag::score(&p.main_content, &e.text));
        let c = snippets::count(&e.text, &p.with, &p.without, Case::Fold);
        totals.add(c);
        snippet_counts.push(c);
        let id = &p.page.id;
        title.add_text(id, p.title.as_deref(), e.title.as_deref());
        let authors = e.author_line();
        author.add_names(id, p.author.as_deref(), authors.as_deref());
        date.add_date(id, p.date.as_deref(), e.date.as_deref());
    }

    let mut report = SetReport::new(SetKind::Wcxb.name(), pages.len());
    let overall = mean_prf(scores.iter());
    report.push("f1", overall.f1);
    report.push("precision", overall.precision);
    report.push("recall", overall.recall);
    report.push("with_found", totals.recall());
    report.push("without_absent", totals.absent_rate());
    report.notes.push(format!(
        "snippets: with {}/{} found, without {}/{} absent",
        totals.true_pos,
        totals.true_pos + totals.false_neg,
        totals.true_neg,
        totals.true_neg + totals.false_pos
    ));
    report.groups = by_page_type(&pages, &scores);
    let typed = pages
        .iter()
        .zip(&got)
        .filter(|(p, e)| e.page_type.as_deref() == Some(p.page_type.as_str()))
        .count();
    // Other tools' outputs carry no page type: the figure would mean nothing for them.
    if got.iter().any(|e| e.page_type.is_some()) {
        report.push(
            "page_type_accuracy",
            typed as f64 / pages.len().max(1) as f64,
        );
    }
    report.fields = finish_fields(vec![title, author, date], options, SetKind::Wcxb)?;
    collect_panics(&mut report, &refs, &got);
    report.empty = pages
        .iter()
        .zip(&got)
        .filter(|(p, e)| has_words(&p.main_content) && !has_words(&e.text))
        .map(|(p, _)| p.page.id.clone())
        .collect();
    let page_scores = refs
        .iter()
        .zip(&scores)
        .map(|(p, s)| page_score(p, *s))
        .collect();
    report.worst = worst(page_scores, options.worst);

    if let Some(out) = out_dir(options.out, SetKind::Wcxb)? {
        for (((p, e), s), c) in pages.iter().zip(&got).zip(&scores).zip(&snippet_counts) {
            let id = &p.page.id;
            write_file(&out, &format!("{id}.txt"), e.text.as_bytes())?;
            let (missing, present) = snippets::misses(&e.text, &p.with, &p.without, Case::Fold);
            let record = json!({
                "id": id, "url": p.page.url, "page_type": p.page_type,
                "precision": s.precision, "recall": s.recall, "f1": s.f1,
                "with_found": c.true_pos, "with_total": p.with.len(),
                "without_found": c.false_pos, "without_total": p.without.len(),
                "with_missing": missing, "without_present": present,
                "title": e.title, "author": e.author_line(), "date": e.date,
                "page_type_found": e.page_type,
                "error": e.panic,
            });
            write_json(&out, &format!("{id}.json"), &record)?;
        }
    }
    Ok(report)
}

fn mean_prf<'a>(scores: impl Iterator<Item = &'a Prf> + Clone) -> Prf {
    Prf {
        precision: mean(scores.clone().map(|s| s.precision)),
        recall: mean(scores.clone().map(|s| s.recall)),
        f1: mean(scores.map(|s| s.f1)),
    }
}

/// Mean scores per page type, largest type first.
fn by_page_type(pages: &[WcxbPage], scores: &[Prf]) -> Vec<GroupRow> {
    let mut groups: BTreeMap<&str, Vec<&Prf>> = BTreeMap::new();
    for (p, s) in pages.iter().zip(scores) {
        groups.entry(p.page_type.as_str()).or_default().push(s);
    }
    let mut rows: Vec<GroupRow> = groups
        .into_iter()
        .map(|(name, s)| GroupRow {
            name: name.to_string(),
            pages: s.len(),
            prf: mean_prf(s.iter().copied()),
        })
        .collect();
    rows.sort_by(|a, b| b.pages.cmp(&a.pages).then_with(|| a.name.cmp(&b.name)));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn page(id: &str, page_type: &str) -> WcxbPage {
        WcxbPage {
            page: PageRef {
                id: id.into(),
                path: PathBuf::new(),
                url: None,
            },
            page_type: page_type.into(),
            main_content: String::new(),
            with: Vec::new(),
            without: Vec::new(),
            title: None,
            author: None,
            date: None,
        }
    }

    #[test]
    fn page_types_are_averaged_separately() {
        let pages = [
            page("1", "article"),
            page("2", "forum"),
            page("3", "article"),
        ];
        let scores = [Prf::new(1.0, 1.0), Prf::new(0.0, 0.0), Prf::new(0.5, 1.0)];
        let rows = by_page_type(&pages, &scores);
        assert_eq!(rows[0].name, "article");
        assert_eq!(rows[0].pages, 2);
        assert_eq!(rows[0].prf.precision, 0.75);
        assert_eq!(rows[0].prf.recall, 1.0);
        assert!((rows[0].prf.f1 - (1.0 + 2.0 / 3.0) / 2.0).abs() < 1e-12);
        assert_eq!(rows[1].name, "forum");
        assert_eq!(rows[1].prf, Prf::default());
    }

    #[test]
    fn parses_a_ground_truth_file() {
        let t: TruthFile = serde_json::from_str(
            r#"{"url": "https://x.test/a", "_internal": {"page_type": {"primary": "forum"}},
                "ground_truth": {"title": "T", "author": null, "publish_date": "2023-10",
                                 "with": ["a"], "without": ["b"]}}"#,
        )
        .expect("valid ground truth");
        assert_eq!(
            t.internal.and_then(|i| i.page_type).and_then(|p| p.primary),
            Some("forum".into())
        );
        assert!(t.ground_truth.main_content.is_none());
        assert_eq!(label_text(t.ground_truth.author.as_ref()), None);
        assert_eq!(
            label_text(t.ground_truth.publish_date.as_ref()),
            Some("2023-10".into())
        );
    }
}
