//! htmldate's evaluation set: `default.json` (800 pages, mostly German) and `mediacloud.json`
//! (100 English news pages), each `{url: {file, date}}`, pages in `html/<file>.gz`. A page
//! is right when the extracted publication date falls on the labelled day. As in htmldate's
//! own evaluation, a right date is a true positive, a wrong one a false positive and none a
//! false negative; a page labelled with no date (`NaN`) counts only when a date is given
//! for it, as a false positive.

use crate::EvalError;
use crate::metrics::{Prf, fields, ratio};
use crate::report::{FieldRow, GroupRow, SetReport};
use crate::run::{PageRef, extract_all};
use crate::sets::{
    ScoreOptions, SetKind, collect_panics, finish_fields, out_dir, take_limit, write_json,
};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::Path;

/// The two files of the set, in report order.
pub const FILES: [&str; 2] = ["default", "mediacloud"];

/// One page of the set and its label.
#[derive(Debug, Clone, PartialEq)]
pub struct HtmldatePage {
    /// Where the page is; its id is the file name.
    pub page: PageRef,
    /// Which file labels it (`default` or `mediacloud`).
    pub file: &'static str,
    /// The labelled publication day, `None` when the label says the page has no date.
    pub date: Option<String>,
}

/// Loads both files, each sorted by page file name.
pub fn load(dir: &Path, limit: Option<usize>) -> Result<Vec<HtmldatePage>, EvalError> {
    let mut pages = Vec::new();
    for file in FILES {
        let path = dir.join(format!("{file}.json"));
        let text = std::fs::read_to_string(&path).map_err(|e| EvalError::io(&path, e))?;
        // The labels write a missing date as a bare `NaN`, which JSON does not allow.
        let data: BTreeMap<String, Value> = serde_json::from_str(&text.replace(": NaN", ": null"))
            .map_err(|e| EvalError::json(&path, e))?;
        let mut these: Vec<HtmldatePage> = data
            .into_iter()
            .filter_map(|(url, v)| {
                let name = v.get("file")?.as_str()?.to_string();
                Some(HtmldatePage {
                    page: PageRef {
                        path: dir.join("html").join(format!("{name}.gz")),
                        id: name,
                        url: Some(url),
                    },
                    file,
                    date: v.get("date").and_then(Value::as_str).map(str::to_string),
                })
            })
            .collect();
        these.sort_by(|a, b| a.page.id.cmp(&b.page.id));
        pages.extend(these);
    }
    Ok(take_limit(pages, limit))
}

/// True positives, false positives and false negatives of a group of pages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Counts {
    pages: usize,
    right: usize,
    wrong: usize,
    none: usize,
}

impl Counts {
    fn add(&mut self, label: Option<&str>, got: Option<&str>) {
        self.pages += 1;
        match (label, got) {
            (Some(l), Some(g)) if fields::same_date(g, l) => self.right += 1,
            (_, Some(_)) => self.wrong += 1,
            (Some(_), None) => self.none += 1,
            (None, None) => {}
        }
    }

    fn prf(&self) -> Prf {
        Prf::new(
            ratio(self.right, self.right + self.wrong),
            ratio(self.right, self.right + self.none),
        )
    }
}

/// Scores copydesk on the set.
pub fn score(dir: &Path, options: &ScoreOptions<'_>) -> Result<SetReport, EvalError> {
    let pages = load(dir, options.limit)?;
    let refs: Vec<PageRef> = pages.iter().map(|p| p.page.clone()).collect();
    let got = extract_all(&refs, options)?;

    let mut total = Counts::default();
    let mut per_file: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut date = FieldRow::new("date");
    for (p, e) in pages.iter().zip(&got) {
        total.add(p.date.as_deref(), e.date.as_deref());
        per_file
            .entry(p.file)
            .or_default()
            .add(p.date.as_deref(), e.date.as_deref());
        date.add_date(&p.page.id, p.date.as_deref(), e.date.as_deref());
    }

    let mut report = SetReport::new(SetKind::Htmldate.name(), pages.len());
    let overall = total.prf();
    report.push("f1", overall.f1);
    report.push("precision", overall.precision);
    report.push("recall", overall.recall);
    report.notes.push(format!(
        "dates: {} right, {} wrong, {} not found",
        total.right, total.wrong, total.none
    ));
    report.groups = FILES
        .iter()
        .filter_map(|f| {
            per_file.get(f).map(|c| GroupRow {
                name: (*f).to_string(),
                pages: c.pages,
                prf: c.prf(),
            })
        })
        .collect();
    report.fields = finish_fields(vec![date], options, SetKind::Htmldate)?;
    collect_panics(&mut report, &refs, &got);

    if let Some(out) = out_dir(options.out, SetKind::Htmldate)? {
        for (p, e) in pages.iter().zip(&got) {
            let record = json!({
                "id": p.page.id, "url": p.page.url, "file": p.file,
                "gold": p.date, "date": e.date, "error": e.panic,
            });
            write_json(&out, &format!("{}.json", p.page.id), &record)?;
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_follow_htmldates_evaluation() {
        let mut c = Counts::default();
        c.add(Some("2020-01-05"), Some("2020-01-05T08:00:00+01:00"));
        c.add(Some("2020-01-05"), Some("2020-01-04"));
        c.add(Some("2020-01-05"), None);
        c.add(None, Some("2020-01-04"));
        c.add(None, None);
        assert_eq!((c.pages, c.right, c.wrong, c.none), (5, 1, 2, 1));
        let prf = c.prf();
        assert!((prf.precision - 1.0 / 3.0).abs() < 1e-9);
        assert!((prf.recall - 0.5).abs() < 1e-9);
    }
}
