//! The evaluation sets: where each lives under the data folder, how to load it, how to
//! score copydesk on it.

pub mod aeb;
pub mod htmldate;
pub mod polnear;
pub mod readability;
pub mod trafilatura;
pub mod wcxb;

use crate::EvalError;
use crate::metrics::Prf;
use crate::report::{FieldRow, PageScore, PanicPage, SetReport};
use crate::run::{Extraction, PageRef};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// One of the evaluation sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum SetKind {
    /// ScrapingHub article-extraction-benchmark (`scrapinghub-aeb`).
    Aeb,
    /// WCXB development split (`wcxb-dev`).
    Wcxb,
    /// trafilatura's evaluation set (`trafilatura-eval`).
    Trafilatura,
    /// htmldate's publication-date set (`htmldate-eval`).
    Htmldate,
    /// Mozilla Readability's test pages, for metadata (`readability-pages`).
    Readability,
    /// PolNeAR's attributions and quotes, for the facts pass (`polnear`).
    Polnear,
}

impl SetKind {
    /// Every set, in report order.
    pub const ALL: [SetKind; 6] = [
        SetKind::Aeb,
        SetKind::Wcxb,
        SetKind::Trafilatura,
        SetKind::Htmldate,
        SetKind::Readability,
        SetKind::Polnear,
    ];

    /// Short name, used in metric keys and output folders.
    pub fn name(self) -> &'static str {
        match self {
            SetKind::Aeb => "aeb",
            SetKind::Wcxb => "wcxb",
            SetKind::Trafilatura => "trafilatura",
            SetKind::Htmldate => "htmldate",
            SetKind::Readability => "readability",
            SetKind::Polnear => "polnear",
        }
    }

    /// The set's folder under the data folder.
    pub fn folder(self) -> &'static str {
        match self {
            SetKind::Aeb => "scrapinghub-aeb",
            SetKind::Wcxb => "wcxb-dev",
            SetKind::Trafilatura => "trafilatura-eval",
            SetKind::Htmldate => "htmldate-eval",
            SetKind::Readability => "readability-pages",
            SetKind::Polnear => "polnear",
        }
    }

    /// Whether `--mode` changes what the set reads (PolNeAR's texts are already clean).
    pub fn uses_mode(self) -> bool {
        self != SetKind::Polnear
    }

    /// The pages of the set in `dir` (sorted by id), at most `limit` of them; for PolNeAR,
    /// the dev split's plain text files.
    pub fn pages(self, dir: &Path, limit: Option<usize>) -> Result<Vec<PageRef>, EvalError> {
        let pages = match self {
            SetKind::Aeb => aeb::load(dir, limit)?.into_iter().map(|p| p.page).collect(),
            SetKind::Wcxb => wcxb::load(dir, limit)?
                .into_iter()
                .map(|p| p.page)
                .collect(),
            SetKind::Trafilatura => trafilatura::load(dir, limit)?
                .into_iter()
                .map(|p| p.page)
                .collect(),
            SetKind::Htmldate => htmldate::load(dir, limit)?
                .into_iter()
                .map(|p| p.page)
                .collect(),
            SetKind::Readability => readability::load(dir, limit)?
                .into_iter()
                .map(|p| p.page)
                .collect(),
            SetKind::Polnear => polnear::pages(dir, polnear::Split::Dev, limit)?,
        };
        Ok(pages)
    }

    /// Scores copydesk on the set in `dir`.
    pub fn score(self, dir: &Path, options: &ScoreOptions<'_>) -> Result<SetReport, EvalError> {
        match self {
            SetKind::Aeb => aeb::score(dir, options),
            SetKind::Wcxb => wcxb::score(dir, options),
            SetKind::Trafilatura => trafilatura::score(dir, options),
            SetKind::Htmldate => htmldate::score(dir, options),
            SetKind::Readability => readability::score(dir, options),
            SetKind::Polnear => polnear::score(dir, options),
        }
    }
}

/// How to run a quality pass.
#[derive(Debug)]
pub struct ScoreOptions<'a> {
    /// The worker threads.
    pub pool: &'a rayon::ThreadPool,
    /// Score only the first pages (by id).
    pub limit: Option<usize>,
    /// How many of the worst pages to list.
    pub worst: usize,
    /// How many misses of each metadata field to list.
    pub misses: usize,
    /// What copydesk reads: the HTML or its page text.
    pub mode: crate::run::Mode,
    /// Where to write per-page outputs (`<out>/<set>/…`), if anywhere.
    pub out: Option<&'a Path>,
    /// Score another tool's outputs (`<dir>/<id>.json` in the peers' protocol) instead of
    /// running copydesk.
    pub predictions: Option<&'a Path>,
    /// The PolNeAR split to score.
    pub split: polnear::Split,
    /// Repetitions of a set's own timing (PolNeAR's facts speed); the median is reported.
    pub repeat: usize,
}

/// Reads and parses a JSON file.
pub fn read_json<T: DeserializeOwned>(path: &Path) -> Result<T, EvalError> {
    let bytes = std::fs::read(path).map_err(|e| EvalError::io(path, e))?;
    serde_json::from_slice(&bytes).map_err(|e| EvalError::json(path, e))
}

/// A label that may be a string, a list of strings (joined with `"; "`) or null.
pub fn label_text(value: Option<&serde_json::Value>) -> Option<String> {
    match value? {
        serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        serde_json::Value::Array(items) => {
            let parts: Vec<&str> = items
                .iter()
                .filter_map(|v| v.as_str())
                .filter(|s| !s.trim().is_empty())
                .collect();
            (!parts.is_empty()).then(|| parts.join("; "))
        }
        _ => None,
    }
}

/// The output folder `<out>/<set>`, created; `None` when no output was asked for.
pub fn out_dir(out: Option<&Path>, set: SetKind) -> Result<Option<PathBuf>, EvalError> {
    let Some(out) = out else { return Ok(None) };
    let dir = out.join(set.name());
    std::fs::create_dir_all(&dir).map_err(|e| EvalError::io(&dir, e))?;
    Ok(Some(dir))
}

/// Writes `contents` to `dir/name`.
pub fn write_file(dir: &Path, name: &str, contents: &[u8]) -> Result<(), EvalError> {
    let path = dir.join(name);
    std::fs::write(&path, contents).map_err(|e| EvalError::io(&path, e))
}

/// Writes a JSON value to `dir/name`.
pub fn write_json(dir: &Path, name: &str, value: &serde_json::Value) -> Result<(), EvalError> {
    let bytes = serde_json::to_vec(value).map_err(|e| EvalError::json(dir.join(name), e))?;
    write_file(dir, name, &bytes)
}

/// Writes every miss of `fields` to `<out>/<set>/misses.json` when outputs are asked for,
/// then keeps the first `options.misses` of each for the report.
pub fn finish_fields(
    mut fields: Vec<FieldRow>,
    options: &ScoreOptions<'_>,
    set: SetKind,
) -> Result<Vec<FieldRow>, EvalError> {
    if let Some(dir) = out_dir(options.out, set)? {
        let all: serde_json::Map<String, serde_json::Value> = fields
            .iter()
            .map(|f| (f.field.clone(), serde_json::json!(f.misses)))
            .collect();
        write_json(&dir, "misses.json", &serde_json::Value::Object(all))?;
    }
    for f in &mut fields {
        f.keep_misses(options.misses);
    }
    Ok(fields)
}

/// Fills the report's panic list from the extractions.
pub fn collect_panics(report: &mut SetReport, pages: &[PageRef], got: &[Extraction]) {
    report.panics = pages
        .iter()
        .zip(got)
        .filter_map(|(p, e)| {
            e.panic.as_ref().map(|m| PanicPage {
                id: p.id.clone(),
                message: m.clone(),
            })
        })
        .collect();
}

/// The `n` lowest-F1 pages, worst first (ties by id).
pub fn worst(mut scores: Vec<PageScore>, n: usize) -> Vec<PageScore> {
    scores.sort_by(|a, b| a.prf.f1.total_cmp(&b.prf.f1).then_with(|| a.id.cmp(&b.id)));
    scores.truncate(n);
    scores
}

/// A [`PageScore`] for `page`.
pub fn page_score(page: &PageRef, prf: Prf) -> PageScore {
    PageScore {
        id: page.id.clone(),
        url: page.url.clone(),
        prf,
    }
}

/// Applies `--limit` to a sorted list.
pub fn take_limit<T>(mut items: Vec<T>, limit: Option<usize>) -> Vec<T> {
    if let Some(n) = limit {
        items.truncate(n);
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn labels_of_every_shape() {
        assert_eq!(label_text(Some(&json!("A B"))), Some("A B".into()));
        assert_eq!(
            label_text(Some(&json!(["A", "", "B"]))),
            Some("A; B".into())
        );
        assert_eq!(label_text(Some(&json!(" "))), None);
        assert_eq!(label_text(Some(&json!(null))), None);
        assert_eq!(label_text(None), None);
    }

    #[test]
    fn worst_sorts_by_f1_then_id() {
        let p = |id: &str| PageRef {
            id: id.into(),
            path: PathBuf::new(),
            url: None,
        };
        let scores = vec![
            page_score(&p("b"), Prf::new(0.5, 0.5)),
            page_score(&p("c"), Prf::new(0.1, 0.1)),
            page_score(&p("a"), Prf::new(0.5, 0.5)),
        ];
        let w: Vec<String> = worst(scores, 2).into_iter().map(|s| s.id).collect();
        assert_eq!(w, ["c", "a"]);
    }
}
