//! What a run produces: per-set reports, the whole summary, and their renderings
//! (readable tables or one JSON object).

use crate::floors::FloorCheck;
use crate::metrics::Prf;
use crate::metrics::fields::{Compare, FieldTally, Outcome};
use crate::timing::SpeedReport;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// One named number of a set, e.g. `f1`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metric {
    /// Name within the set (the floor key is `<set>.<key>`).
    pub key: String,
    /// Value.
    pub value: f64,
}

/// Scores of one group of pages (a WCXB page type).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupRow {
    /// Group name.
    pub name: String,
    /// Pages in the group.
    pub pages: usize,
    /// Mean precision, recall and F1 over the group's pages.
    #[serde(flatten)]
    pub prf: Prf,
}

/// How one metadata field fared, with the pages it missed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldRow {
    /// `title`, `author`, `date` …
    pub field: String,
    /// The counts.
    #[serde(flatten)]
    pub tally: FieldTally,
    /// Labelled pages where the prediction was absent or not exactly the label, in page
    /// order; [`FieldRow::keep_misses`] puts the loose matches last and trims the list.
    pub misses: Vec<Miss>,
}

/// A labelled page whose field did not match.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Miss {
    /// Page id.
    pub id: String,
    /// The label.
    pub gold: String,
    /// What the extractor gave.
    pub got: Option<String>,
    /// The prediction matches the label when case and punctuation are ignored.
    pub loose: bool,
}

impl FieldRow {
    /// An empty row for `field`.
    pub fn new(field: &str) -> FieldRow {
        FieldRow {
            field: field.into(),
            tally: FieldTally::default(),
            misses: Vec::new(),
        }
    }

    /// Scores one page's text field (exact and loose comparison).
    pub fn add_text(&mut self, id: &str, label: Option<&str>, prediction: Option<&str>) {
        self.add(id, label, prediction, Compare::Text);
    }

    /// Scores one page's names (authors, byline): as text, conjunctions aside.
    pub fn add_names(&mut self, id: &str, label: Option<&str>, prediction: Option<&str>) {
        self.add(id, label, prediction, Compare::Names);
    }

    /// Scores one page's date (same day or month as the label).
    pub fn add_date(&mut self, id: &str, label: Option<&str>, prediction: Option<&str>) {
        self.add(id, label, prediction, Compare::Date);
    }

    fn add(&mut self, id: &str, label: Option<&str>, prediction: Option<&str>, kind: Compare) {
        let outcome = self.tally.add(label, prediction, kind);
        if matches!(outcome, Outcome::Loose | Outcome::Miss) {
            self.misses.push(Miss {
                id: id.into(),
                gold: label.unwrap_or_default().trim().to_string(),
                got: prediction.map(str::to_string),
                loose: outcome == Outcome::Loose,
            });
        }
    }

    /// Keeps the first `n` misses, those that do not match even loosely first (the counts
    /// keep them all).
    pub fn keep_misses(&mut self, n: usize) {
        self.misses.sort_by_key(|m| m.loose);
        self.misses.truncate(n);
    }
}

/// A titled list of readable lines (PolNeAR's missed quotes …), printed after a set's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Listing {
    /// What the lines list, with their count.
    pub title: String,
    /// The lines, printed as they are.
    pub lines: Vec<String>,
}

/// A page on which the extractor panicked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PanicPage {
    /// Page id.
    pub id: String,
    /// The panic message with its location.
    pub message: String,
}

/// One page's score, for the worst-pages list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageScore {
    /// Page id.
    pub id: String,
    /// Page URL, when known.
    pub url: Option<String>,
    /// The page's precision, recall and F1.
    #[serde(flatten)]
    pub prf: Prf,
}

/// The result of scoring one set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SetReport {
    /// Set name: `aeb`, `wcxb` or `trafilatura`.
    pub set: String,
    /// Pages scored.
    pub pages: usize,
    /// The set's main metrics, in display order.
    pub summary: Vec<Metric>,
    /// Per-group scores (WCXB page types).
    pub groups: Vec<GroupRow>,
    /// Metadata fields.
    pub fields: Vec<FieldRow>,
    /// Extra facts worth a line each.
    pub notes: Vec<String>,
    /// Pages whose extraction panicked.
    pub panics: Vec<PanicPage>,
    /// Pages that came out without a word while their ground truth has some.
    pub empty: Vec<String>,
    /// The lowest-scoring pages, worst first.
    pub worst: Vec<PageScore>,
    /// Readable lists of misses.
    pub listings: Vec<Listing>,
}

impl SetReport {
    /// An empty report for `set`.
    pub fn new(set: &str, pages: usize) -> SetReport {
        SetReport {
            set: set.to_string(),
            pages,
            summary: Vec::new(),
            groups: Vec::new(),
            fields: Vec::new(),
            notes: Vec::new(),
            panics: Vec::new(),
            empty: Vec::new(),
            worst: Vec::new(),
            listings: Vec::new(),
        }
    }

    /// Appends a summary metric.
    pub fn push(&mut self, key: &str, value: f64) {
        self.summary.push(Metric {
            key: key.to_string(),
            value,
        });
    }

    /// Every metric under its floor key: `<set>.<key>`, `<set>.<group>.{precision,recall,f1}`,
    /// `<set>.<field>.{exact,loose,coverage}`.
    pub fn metrics(&self) -> BTreeMap<String, f64> {
        let s = &self.set;
        let mut m = BTreeMap::new();
        for x in &self.summary {
            m.insert(format!("{s}.{}", x.key), x.value);
        }
        for g in &self.groups {
            m.insert(format!("{s}.{}.precision", g.name), g.prf.precision);
            m.insert(format!("{s}.{}.recall", g.name), g.prf.recall);
            m.insert(format!("{s}.{}.f1", g.name), g.prf.f1);
        }
        for f in &self.fields {
            m.insert(format!("{s}.{}.exact", f.field), f.tally.exact_rate());
            m.insert(format!("{s}.{}.loose", f.field), f.tally.loose_rate());
            m.insert(format!("{s}.{}.coverage", f.field), f.tally.coverage());
        }
        m
    }
}

/// A set that was not scored, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skipped {
    /// Set name (or `speed`).
    pub set: String,
    /// Why.
    pub reason: String,
}

/// Everything one `copydesk eval` run found.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Always `copydesk`.
    pub tool: String,
    /// The harness's version.
    pub version: String,
    /// The data folder.
    pub data: String,
    /// Worker threads of the quality passes.
    pub jobs: usize,
    /// `--limit`, when given.
    pub limit: Option<usize>,
    /// Scored sets.
    pub sets: Vec<SetReport>,
    /// Sets (or the speed pass) left out.
    pub skipped: Vec<Skipped>,
    /// The timing pass.
    pub speed: Option<SpeedReport>,
    /// Every metric under its floor key.
    pub metrics: BTreeMap<String, f64>,
    /// The floor check, when asked for.
    pub floors: Option<FloorCheck>,
    /// Peak resident memory of the whole run (MiB), from `VmHWM`.
    pub peak_rss_mib: Option<f64>,
}

impl Summary {
    /// Collects every set's metrics and the speed pass's into [`Summary::metrics`].
    pub fn index_metrics(&mut self) {
        let mut m = BTreeMap::new();
        for s in &self.sets {
            m.extend(s.metrics());
        }
        if let Some(speed) = &self.speed {
            m.extend(speed.metrics());
        }
        self.metrics = m;
    }

    /// The summary as one JSON object.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The summary as readable tables (skipped sets are announced on stderr as they are met).
    pub fn to_text(&self) -> String {
        let mut o = String::new();
        for s in &self.sets {
            set_text(&mut o, s);
        }
        if let Some(sp) = &self.speed {
            speed_text(&mut o, sp);
        }
        if let Some(rss) = self.peak_rss_mib {
            let _ = writeln!(o, "\npeak RSS of the whole run: {rss:.1} MiB");
        }
        if let Some(f) = &self.floors {
            floors_text(&mut o, f);
        }
        o
    }
}

fn set_text(o: &mut String, s: &SetReport) {
    let _ = writeln!(
        o,
        "\n== {}: {} pages, {} panicked, {} empty",
        s.set,
        s.pages,
        s.panics.len(),
        s.empty.len()
    );
    let width = s
        .summary
        .iter()
        .map(|m| m.key.len())
        .max()
        .unwrap_or(0)
        .max(16);
    for chunk in s.summary.chunks(4) {
        let line: Vec<String> = chunk
            .iter()
            .map(|m| format!("{:<width$}{:>7.3}", m.key, m.value))
            .collect();
        let _ = writeln!(o, "  {}", line.join("   "));
    }
    for n in &s.notes {
        let _ = writeln!(o, "  {n}");
    }
    if !s.groups.is_empty() {
        let _ = writeln!(
            o,
            "  {:<16}{:>6}{:>11}{:>8}{:>8}",
            "group", "pages", "precision", "recall", "F1"
        );
        for g in &s.groups {
            let _ = writeln!(
                o,
                "  {:<16}{:>6}{:>11.3}{:>8.3}{:>8.3}",
                g.name, g.pages, g.prf.precision, g.prf.recall, g.prf.f1
            );
        }
    }
    if !s.fields.is_empty() {
        let _ = writeln!(
            o,
            "  {:<16}{:>9}{:>10}{:>8}{:>8}",
            "field", "labelled", "coverage", "exact", "loose"
        );
        for f in &s.fields {
            let t = &f.tally;
            let _ = writeln!(
                o,
                "  {:<16}{:>9}{:>10.3}{:>8.3}{:>8.3}",
                f.field,
                t.labelled,
                t.coverage(),
                t.exact_rate(),
                t.loose_rate()
            );
        }
        for f in s.fields.iter().filter(|f| !f.misses.is_empty()) {
            let missed = f.tally.labelled - f.tally.exact;
            let _ = writeln!(
                o,
                "  {} misses ({} of {missed} shown; ~ marks a loose match):",
                f.field,
                f.misses.len()
            );
            for m in &f.misses {
                let _ = writeln!(
                    o,
                    "  {} {}  gold: {}  got: {}",
                    if m.loose { '~' } else { ' ' },
                    m.id,
                    m.gold,
                    m.got.as_deref().unwrap_or("-")
                );
            }
        }
    }
    if !s.worst.is_empty() {
        let _ = writeln!(o, "  worst {}:", s.worst.len());
        for w in &s.worst {
            let _ = writeln!(
                o,
                "    F1 {:.3}  P {:.3}  R {:.3}  {}  {}",
                w.prf.f1,
                w.prf.precision,
                w.prf.recall,
                w.id,
                w.url.as_deref().unwrap_or("")
            );
        }
    }
    for l in &s.listings {
        let _ = writeln!(o, "  {}:", l.title);
        for line in &l.lines {
            let _ = writeln!(o, "    {line}");
        }
    }
    for p in &s.panics {
        let _ = writeln!(o, "  PANIC {}: {}", p.id, p.message);
    }
    if !s.empty.is_empty() {
        const SHOWN: usize = 10;
        let more = s.empty.len().saturating_sub(SHOWN);
        let shown: Vec<&str> = s.empty.iter().take(SHOWN).map(String::as_str).collect();
        let tail = if more > 0 {
            format!(" … and {more} more")
        } else {
            String::new()
        };
        let _ = writeln!(o, "  empty: {}{tail}", shown.join(", "));
    }
}

fn speed_text(o: &mut String, sp: &SpeedReport) {
    let _ = writeln!(
        o,
        "\n== speed ({}: {} pages, {:.1} MB of {}, 1 thread, median of {})",
        sp.set,
        sp.pages,
        sp.input_bytes as f64 / 1e6,
        sp.input,
        sp.repeat
    );
    let _ = writeln!(
        o,
        "  {:.1} pages per CPU-s   {:.1} MB per CPU-s   {:.1} pages/s wall   mean {:.2} ms   p99 {:.2} ms   max {:.2} ms",
        sp.pages_per_cpu_s, sp.mb_per_cpu_s, sp.pages_per_s, sp.mean_ms, sp.p99_ms, sp.max_ms
    );
    let _ = writeln!(
        o,
        "  CPU {:.3} s (thread), {:.3} s (process)   wall {:.3} s   panics {}",
        sp.cpu_s, sp.process_cpu_s, sp.wall_s, sp.panics
    );
    if let (Some(f), Some(share)) = (&sp.facts, sp.facts_share) {
        let _ = writeln!(
            o,
            "  facts: {:.1} pages per CPU-s on the extracted texts ({:.1} MB)   mean {:.3} ms   p99 {:.3} ms   CPU {:.3} s = {:.1}% of extraction's   panics {}",
            f.articles_per_cpu_s,
            f.input_bytes as f64 / 1e6,
            f.mean_ms,
            f.p99_ms,
            f.cpu_s,
            share * 100.0,
            f.panics
        );
    }
    if let Some(rss) = sp.peak_rss_mib {
        let _ = writeln!(o, "  peak RSS after the timing pass: {rss:.1} MiB");
    }
    let _ = writeln!(o, "  slowest:");
    for p in &sp.slowest {
        let _ = writeln!(o, "    {:>8.2} ms  {}", p.cpu_ms, p.id);
    }
    if !sp.over_limit.is_empty() {
        let _ = writeln!(
            o,
            "  SLOW: {} page(s) over {} ms: {}",
            sp.over_limit.len(),
            sp.limit_ms,
            sp.over_limit
                .iter()
                .map(|p| format!("{} ({:.1} ms)", p.id, p.cpu_ms))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
}

fn floors_text(o: &mut String, f: &FloorCheck) {
    let _ = writeln!(
        o,
        "\nfloors: {} checked, {} below, {} not checked (set not run)",
        f.checked.len(),
        f.failures.len(),
        f.unchecked.len()
    );
    for x in &f.failures {
        let _ = writeln!(o, "  BELOW FLOOR {}", x.describe());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loose_matches_are_listed_after_the_misses() {
        let mut row = FieldRow::new("title");
        row.add_text("1", Some("PEKING 2022"), Some("Peking 2022"));
        row.add_text("2", Some("Storm closes roads"), Some("Coast News"));
        row.add_text("3", Some("Storm closes roads"), Some("Storm closes roads"));
        assert_eq!(row.misses.len(), 2);
        row.keep_misses(1);
        assert_eq!(
            (row.misses[0].id.as_str(), row.misses[0].loose),
            ("2", false)
        );
    }

    #[test]
    fn metrics_are_keyed_by_set() {
        let mut r = SetReport::new("wcxb", 2);
        r.push("f1", 0.5);
        r.groups.push(GroupRow {
            name: "article".into(),
            pages: 1,
            prf: Prf::new(1.0, 0.5),
        });
        r.fields.push(FieldRow {
            field: "title".into(),
            tally: FieldTally {
                labelled: 2,
                predicted: 2,
                exact: 1,
                loose: 1,
            },
            misses: vec![Miss {
                id: "0007".into(),
                gold: "A headline".into(),
                got: Some("Site | A headline".into()),
                loose: false,
            }],
        });
        let m = r.metrics();
        assert_eq!(m["wcxb.f1"], 0.5);
        assert_eq!(m["wcxb.article.recall"], 0.5);
        assert_eq!(m["wcxb.title.exact"], 0.5);
        assert_eq!(m["wcxb.title.loose"], 0.5);
        let text = {
            let mut o = String::new();
            set_text(&mut o, &r);
            o
        };
        assert!(text.contains("article"));
        assert!(text.contains("title"));
        assert!(text.contains("title misses (1 of 1 shown; ~ marks a loose match)"));
        assert!(text.contains("0007  gold: A headline  got: Site | A headline"));
    }
}
