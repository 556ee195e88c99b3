//! The ScrapingHub article-extraction-benchmark: `ground-truth.json` =
//! `{id: {articleBody, url}}` and `html/<id>.html.gz`. Scored with
//! [`crate::metrics::shingles`]; `--out` writes `<out>/aeb/<id>.json` in the peers' format
//! so that `peers/score.py` can score the same texts.

use crate::EvalError;
use crate::metrics::shingles::{self, DocScore};
use crate::report::SetReport;
use crate::run::{PageRef, extract_all};
use crate::sets::{
    ScoreOptions, SetKind, collect_panics, out_dir, page_score, read_json, take_limit, worst,
    write_json,
};
use crate::tokens::has_words;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Bootstrap resamples for the ± columns (as `score.py`).
const RESAMPLES: usize = 1000;

#[derive(Debug, Deserialize)]
struct Truth {
    #[serde(rename = "articleBody", default)]
    article_body: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// One AEB page and its reference body.
#[derive(Debug, Clone, PartialEq)]
pub struct AebPage {
    /// Where the page is.
    pub page: PageRef,
    /// The reference article body.
    pub body: String,
}

/// Loads the ground truth, sorted by id.
pub fn load(dir: &Path, limit: Option<usize>) -> Result<Vec<AebPage>, EvalError> {
    let truth: BTreeMap<String, Truth> = read_json(&dir.join("ground-truth.json"))?;
    let pages = truth
        .into_iter()
        .map(|(id, t)| AebPage {
            page: PageRef {
                path: dir.join("html").join(format!("{id}.html.gz")),
                id,
                url: t.url,
            },
            body: t.article_body.unwrap_or_default(),
        })
        .collect();
    Ok(take_limit(pages, limit))
}

/// Scores copydesk on the set.
pub fn score(dir: &Path, options: &ScoreOptions<'_>) -> Result<SetReport, EvalError> {
    let pages = load(dir, options.limit)?;
    let refs: Vec<PageRef> = pages.iter().map(|p| p.page.clone()).collect();
    let got = extract_all(&refs, options)?;
    let docs: Vec<DocScore> = pages
        .iter()
        .zip(&got)
        .map(|(p, e)| shingles::score_doc(&p.body, &e.text))
        .collect();

    let mut report = SetReport::new(SetKind::Aeb.name(), pages.len());
    let c = shingles::corpus(&docs);
    let sd = shingles::bootstrap_std(&docs, RESAMPLES, 0);
    report.push("f1", c.prf.f1);
    report.push("precision", c.prf.precision);
    report.push("recall", c.prf.recall);
    report.push("accuracy", c.accuracy);
    report.push("f1_std", sd.prf.f1);
    report.push("precision_std", sd.prf.precision);
    report.push("recall_std", sd.prf.recall);
    report.push("accuracy_std", sd.accuracy);
    collect_panics(&mut report, &refs, &got);
    report.empty = pages
        .iter()
        .zip(&got)
        .filter(|(p, e)| has_words(&p.body) && !has_words(&e.text))
        .map(|(p, _)| p.page.id.clone())
        .collect();
    let scores = refs
        .iter()
        .zip(&docs)
        .map(|(p, d)| page_score(p, d.counts.prf()))
        .collect();
    report.worst = worst(scores, options.worst);

    if let Some(out) = out_dir(options.out, SetKind::Aeb)? {
        for (p, e) in refs.iter().zip(&got) {
            write_json(&out, &format!("{}.json", p.id), &e.peer_json().into())?;
        }
        let summary = serde_json::json!({"tool": "copydesk", "version": copydesk_version()});
        write_json(&out, "_summary.json", &summary)?;
    }
    Ok(report)
}

/// The version written into output summaries.
fn copydesk_version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}
