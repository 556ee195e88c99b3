//! PolNeAR (political news attribution relations): `metadata.tsv`, `<split>/text/<name>.txt`
//! and `<split>/attributions/<name>_<annotator>.ann` (see [`ann`]). Scores the facts pass
//! (`copydesk::find_facts`) on the clean article texts, with each article's publication
//! date.
//!
//! * Gold: every attribution of the article's gold annotator, the first one listed in the
//!   `annotators` column of `metadata.tsv` that has a file. Most articles have one
//!   annotator; the few annotated by several (two in dev, sixteen in train) are scored
//!   against the first listed only, the others' files are not read.
//! * Direct quotes: the gold attributions whose content holds quotation marks
//!   ([`ann::has_quotation_marks`]), against `facts.quotes`; the speaker is right when the
//!   predicted speaker's mention overlaps the gold Source.
//! * Attributions: every gold attribution against `facts.quotes` and `facts.attributions`
//!   together; the source is right when the quote's speaker or the attribution's source
//!   overlaps the gold Source.
//! * Matching: [`crate::metrics::spans`] (overlap of at least half the shorter span, one to
//!   one, largest overlap first); speakers and sources are scored on the matched pairs
//!   whose gold attribution has a Source.
//!
//! `--split dev` (the default) reports under `polnear.*`; `--split train`, the split to
//! develop on, under `polnear-train.*`.

pub mod ann;
pub mod chars;

use crate::EvalError;
use crate::metrics::ratio;
use crate::metrics::spans::{Attributed, Matching, SourceCheck, Tally, match_items};
use crate::report::{Listing, PanicPage, SetReport};
use crate::run::{PageRef, guard};
use crate::sets::{ScoreOptions, take_limit, write_file};
use crate::timing::{FactsInput, measure_facts};
use ann::{Gold, GoldAttribution};
use chars::{CharText, one_line};
use copydesk::Facts;
use rayon::prelude::*;
use serde_json::json;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The PolNeAR split to score (the test split is held out).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Split {
    /// The development split: tune on it.
    Train,
    /// The reporting split.
    #[default]
    Dev,
}

impl Split {
    /// The split's name in `metadata.tsv` and its folder.
    pub fn name(self) -> &'static str {
        match self {
            Split::Train => "train",
            Split::Dev => "dev",
        }
    }

    /// The set name its figures are keyed by: `polnear` (dev) or `polnear-train`.
    pub fn set_name(self) -> &'static str {
        match self {
            Split::Train => "polnear-train",
            Split::Dev => "polnear",
        }
    }
}

/// One article of the split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolnearDoc {
    /// The file name without extension (`nyt_2016-09-08_obama-on-climate-change-the-tren`).
    pub name: String,
    /// The publisher (`nyt`, `breitbart` …).
    pub publisher: String,
    /// The publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The annotator whose file is the gold.
    pub annotator: String,
    /// How many annotators' files the article has.
    pub annotators: usize,
    /// The article's text.
    pub text_path: PathBuf,
    /// The gold annotator's `.ann` file.
    pub ann_path: PathBuf,
}

/// The articles of `split` listed in `metadata.tsv`, sorted by name, at most `limit`.
pub fn load(dir: &Path, split: Split, limit: Option<usize>) -> Result<Vec<PolnearDoc>, EvalError> {
    let path = dir.join("metadata.tsv");
    let tsv = std::fs::read_to_string(&path).map_err(|e| EvalError::io(&path, e))?;
    let format = |message: String| EvalError::Format {
        path: path.clone(),
        message,
    };
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .ok_or_else(|| format(format!("no `{name}` column")))
    };
    let (c_split, c_name, c_annotators, c_publisher, c_date) = (
        column("compartment")?,
        column("filename")?,
        column("annotators")?,
        column("publisher")?,
        column("publication_date")?,
    );
    let folder = dir.join(split.name());
    let mut docs = Vec::new();
    for (i, line) in lines.enumerate() {
        let row: Vec<&str> = line.split('\t').collect();
        let field = |c: usize| {
            row.get(c)
                .copied()
                .ok_or_else(|| format(format!("line {}: too few columns", i + 2)))
        };
        if line.trim().is_empty() || field(c_split)? != split.name() {
            continue;
        }
        let name = field(c_name)?.to_string();
        let listed: Vec<&str> = field(c_annotators)?.split('|').collect();
        let ann_of = |a: &str| folder.join("attributions").join(format!("{name}_{a}.ann"));
        let annotator = listed
            .iter()
            .find(|a| ann_of(a).is_file())
            .ok_or_else(|| format(format!("{name}: no .ann file of {}", listed.join(", "))))?;
        let date = field(c_date)?.trim();
        docs.push(PolnearDoc {
            text_path: folder.join("text").join(format!("{name}.txt")),
            ann_path: ann_of(annotator),
            annotator: annotator.to_string(),
            annotators: listed.len(),
            publisher: field(c_publisher)?.to_string(),
            published: (!date.is_empty() && date != "None").then(|| date.to_string()),
            name,
        });
    }
    docs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(take_limit(docs, limit))
}

/// The split's texts as pages (plain text files, not HTML).
pub fn pages(dir: &Path, split: Split, limit: Option<usize>) -> Result<Vec<PageRef>, EvalError> {
    Ok(load(dir, split, limit)?
        .into_iter()
        .map(|d| PageRef {
            id: d.name,
            path: d.text_path,
            url: None,
        })
        .collect())
}

/// An article read into memory with its gold.
struct Loaded {
    doc: PolnearDoc,
    text: String,
    gold: Gold,
}

impl Loaded {
    fn read(doc: &PolnearDoc) -> Result<Loaded, EvalError> {
        let read = |path: &Path| -> Result<String, EvalError> {
            let bytes = std::fs::read(path).map_err(|e| EvalError::io(path, e))?;
            String::from_utf8(bytes).map_err(|e| EvalError::Format {
                path: path.to_path_buf(),
                message: format!("not UTF-8: {e}"),
            })
        };
        let text = read(&doc.text_path)?;
        let gold = ann::parse(&read(&doc.ann_path)?, &CharText::new(&text));
        Ok(Loaded {
            doc: doc.clone(),
            text,
            gold,
        })
    }

    /// The gold attributions that are direct quotes, as indexes into `gold.attributions`.
    fn quote_ids(&self) -> Vec<usize> {
        (0..self.gold.attributions.len())
            .filter(|&i| self.gold.attributions[i].quote)
            .collect()
    }
}

/// What the facts pass gave for one article, matched against its gold.
struct Scored {
    /// The facts, or the panic message.
    facts: Result<Facts, String>,
    /// Gold quotes as indexes into the gold attributions.
    quote_ids: Vec<usize>,
    /// Gold quotes against `facts.quotes`.
    quotes: Matching,
    /// Gold attributions against `facts.quotes` then `facts.attributions`.
    attributions: Matching,
}

fn attributed(gold: &GoldAttribution) -> Attributed {
    Attributed {
        content: gold.content.clone(),
        source: gold.source.clone(),
    }
}

/// The predicted quotes, and the predicted attributions (the quotes, then the attributions).
fn predicted(facts: &Facts) -> (Vec<Attributed>, Vec<Attributed>) {
    let quotes: Vec<Attributed> = facts
        .quotes
        .iter()
        .map(|q| Attributed {
            content: vec![q.span],
            source: q.speaker.as_ref().map(|s| vec![s.span]),
        })
        .collect();
    let mut all = quotes.clone();
    all.extend(facts.attributions.iter().map(|a| Attributed {
        content: vec![a.span],
        source: Some(vec![a.source.span]),
    }));
    (quotes, all)
}

fn score_doc(doc: &Loaded, facts: Result<Facts, String>) -> Scored {
    let quote_ids = doc.quote_ids();
    let gold_all: Vec<Attributed> = doc.gold.attributions.iter().map(attributed).collect();
    let gold_quotes: Vec<Attributed> = quote_ids.iter().map(|&i| gold_all[i].clone()).collect();
    let (quotes, all) = facts.as_ref().map(predicted).unwrap_or_default();
    Scored {
        quotes: match_items(&gold_quotes, &quotes),
        attributions: match_items(&gold_all, &all),
        quote_ids,
        facts,
    }
}

/// Scores the facts pass on the split `options.split` of PolNeAR in `dir`.
pub fn score(dir: &Path, options: &ScoreOptions<'_>) -> Result<SetReport, EvalError> {
    let split = options.split;
    let docs = load(dir, split, options.limit)?;
    let loaded: Vec<Loaded> = docs.iter().map(Loaded::read).collect::<Result<_, _>>()?;
    let scored: Vec<Scored> = options.pool.install(|| {
        loaded
            .par_iter()
            .map(|d| {
                let facts = guard(|| copydesk::find_facts(&d.text, d.doc.published.as_deref()));
                score_doc(d, facts)
            })
            .collect()
    });

    let (mut quotes, mut attributions) = (Tally::default(), Tally::default());
    for (d, s) in loaded.iter().zip(&scored) {
        let (nq, na) = s.facts.as_ref().map_or((0, 0), |f| {
            (f.quotes.len(), f.quotes.len() + f.attributions.len())
        });
        quotes.add(s.quote_ids.len(), nq, &s.quotes);
        attributions.add(d.gold.attributions.len(), na, &s.attributions);
    }
    let mut report = SetReport::new(split.set_name(), loaded.len());
    report.panics = loaded
        .iter()
        .zip(&scored)
        .filter_map(|(d, s)| {
            s.facts.as_ref().err().map(|m| PanicPage {
                id: d.doc.name.clone(),
                message: m.clone(),
            })
        })
        .collect();
    let processed = loaded.len() - report.panics.len();
    let speed = measure_facts(
        &loaded
            .iter()
            .map(|d| FactsInput {
                id: d.doc.name.clone(),
                text: d.text.clone(),
                published: d.doc.published.clone(),
            })
            .collect::<Vec<_>>(),
        options.repeat,
    );

    let (q, a) = (quotes.prf(), attributions.prf());
    report.push("quotes.f1", q.f1);
    report.push("quotes.precision", q.precision);
    report.push("quotes.recall", q.recall);
    report.push("quotes.speaker", quotes.source_rate());
    report.push("attributions.f1", a.f1);
    report.push("attributions.precision", a.precision);
    report.push("attributions.recall", a.recall);
    report.push("attributions.source", attributions.source_rate());
    report.push("documents", ratio(processed, loaded.len()));
    report.push("articles_per_cpu_s", speed.articles_per_cpu_s);
    report.notes = notes(split, &loaded, &quotes, &attributions, processed, &speed);

    let misses = Misses::collect(&loaded, &scored);
    report.listings = misses.shown(options.misses);
    if let Some(out) = options.out {
        let dir = out.join(split.set_name());
        std::fs::create_dir_all(&dir).map_err(|e| EvalError::io(&dir, e))?;
        for (d, s) in loaded.iter().zip(&scored) {
            let name = format!("{}.json", d.doc.name);
            let json = serde_json::to_vec_pretty(&doc_json(split, d, s))
                .map_err(|e| EvalError::json(dir.join(&name), e))?;
            write_file(&dir, &name, &json)?;
        }
        write_file(&dir, "misses.txt", misses.text().as_bytes())?;
    }
    Ok(report)
}

fn notes(
    split: Split,
    loaded: &[Loaded],
    quotes: &Tally,
    attributions: &Tally,
    processed: usize,
    speed: &crate::timing::FactsSpeed,
) -> Vec<String> {
    let several = loaded.iter().filter(|d| d.doc.annotators > 1).count();
    let sum = |f: fn(&Gold) -> usize| loaded.iter().map(|d| f(&d.gold)).sum::<usize>();
    let unsourced = loaded
        .iter()
        .flat_map(|d| &d.gold.attributions)
        .filter(|a| a.source.is_none())
        .count();
    let mut notes = vec![
        format!(
            "{} split, {} articles; gold: the first listed annotator's file ({several} articles \
             have several annotators')",
            split.name(),
            loaded.len()
        ),
        format!(
            "gold: {} attributions, {} of them direct quotes ({:.1}% with quotation marks), \
             {unsourced} without a Source",
            attributions.gold,
            quotes.gold,
            100.0 * ratio(quotes.gold, attributions.gold)
        ),
    ];
    let (without_content, broken) = (sum(|g| g.without_content), sum(|g| g.broken));
    if without_content + broken > 0 {
        notes.push(format!(
            "left out of the gold: {without_content} attributions without content, {broken} \
             naming a missing or out-of-range span"
        ));
    }
    for (name, t, who) in [
        ("quotes", quotes, "speaker"),
        ("attributions", attributions, "source"),
    ] {
        notes.push(format!(
            "{name}: {} predicted, {} matched of {} gold; {who} right on {} of the {} matched \
             with a gold Source",
            t.predicted, t.matched, t.gold, t.source_right, t.sourced
        ));
    }
    notes.push(format!(
        "documents: {processed} of {} processed",
        loaded.len()
    ));
    notes.push(format!(
        "facts speed: {:.0} articles per CPU-s, mean {:.3} ms, p99 {:.3} ms ({:.2} MB, 1 thread, \
         median of {})",
        speed.articles_per_cpu_s,
        speed.mean_ms,
        speed.p99_ms,
        speed.input_bytes as f64 / 1e6,
        speed.repeat
    ));
    notes
}

/// The kinds of misses: the first three are printed, all go to `misses.txt`.
const MISS_KINDS: [&str; 6] = [
    "missed quotes",
    "false-positive quotes",
    "wrong speakers",
    "missed attributions",
    "false-positive attributions",
    "wrong sources",
];

/// Every miss of a run by kind ([`MISS_KINDS`]); an entry is a header line and an excerpt.
struct Misses {
    entries: [Vec<[String; 2]>; 6],
}

impl Misses {
    fn collect(loaded: &[Loaded], scored: &[Scored]) -> Misses {
        let mut entries: [Vec<[String; 2]>; 6] = Default::default();
        for (d, s) in loaded.iter().zip(scored) {
            let Ok(facts) = &s.facts else { continue };
            let text = CharText::new(&d.text);
            let name = d.doc.name.as_str();
            let (quotes, all) = predicted(facts);
            let all_golds: Vec<&GoldAttribution> = d.gold.attributions.iter().collect();
            let quote_golds: Vec<&GoldAttribution> =
                s.quote_ids.iter().map(|&i| all_golds[i]).collect();
            let lists = [
                (0, "speaker", &s.quotes, &quote_golds, &quotes),
                (3, "source", &s.attributions, &all_golds, &all),
            ];
            for (first, who, matching, golds, preds) in lists {
                for &g in &matching.missed {
                    entries[first].push(gold_entry(name, &text, golds[g]));
                }
                for &p in &matching.spurious {
                    entries[first + 1].push(predicted_entry(name, &text, who, &preds[p]));
                }
                for pair in &matching.pairs {
                    if matches!(pair.source, SourceCheck::Wrong | SourceCheck::Missing) {
                        let (gold, item) = (golds[pair.gold], &preds[pair.predicted]);
                        entries[first + 2].push(source_entry(name, &text, gold, item));
                    }
                }
            }
        }
        Misses { entries }
    }

    /// The first `n` missed quotes, false-positive quotes and wrong speakers, for the report.
    fn shown(&self, n: usize) -> Vec<Listing> {
        if n == 0 {
            return Vec::new();
        }
        MISS_KINDS
            .iter()
            .zip(&self.entries)
            .take(3)
            .filter(|(_, entries)| !entries.is_empty())
            .map(|(title, entries)| Listing {
                title: format!(
                    "{title} ({} of {} shown)",
                    entries.len().min(n),
                    entries.len()
                ),
                lines: entries
                    .iter()
                    .take(n)
                    .flat_map(|[head, excerpt]| [head.clone(), format!("  {excerpt}")])
                    .collect(),
            })
            .collect()
    }

    /// Every miss, as the `misses.txt` of `--out`.
    fn text(&self) -> String {
        let mut o = String::new();
        for (title, entries) in MISS_KINDS.iter().zip(&self.entries) {
            let _ = writeln!(o, "== {title}: {}\n", entries.len());
            for [head, excerpt] in entries {
                let _ = writeln!(o, "{head}\n  {excerpt}\n");
            }
        }
        o
    }
}

/// `[start–end]` of a span's extent.
fn extent(span: &[[usize; 2]]) -> String {
    match (span.first(), span.last()) {
        (Some(first), Some(last)) => format!("[{}–{}]", first[0], last[1]),
        _ => "[]".to_string(),
    }
}

/// `«mention»`, or `none`.
fn mention(text: &CharText<'_>, span: Option<&[[usize; 2]]>) -> String {
    span.map_or("none".to_string(), |s| {
        format!("«{}» {}", one_line(&text.segments(s)), extent(s))
    })
}

fn gold_entry(doc: &str, text: &CharText<'_>, gold: &GoldAttribution) -> [String; 2] {
    [
        format!(
            "{doc} {} {}  gold source {}",
            gold.id,
            extent(&gold.content),
            mention(text, gold.source.as_deref())
        ),
        text.excerpt(&gold.content),
    ]
}

fn predicted_entry(doc: &str, text: &CharText<'_>, who: &str, item: &Attributed) -> [String; 2] {
    [
        format!(
            "{doc} {}  predicted {who} {}",
            extent(&item.content),
            mention(text, item.source.as_deref())
        ),
        text.excerpt(&item.content),
    ]
}

fn source_entry(
    doc: &str,
    text: &CharText<'_>,
    gold: &GoldAttribution,
    item: &Attributed,
) -> [String; 2] {
    [
        format!(
            "{doc} {} {}  gold {}  got {}",
            gold.id,
            extent(&gold.content),
            mention(text, gold.source.as_deref()),
            mention(text, item.source.as_deref())
        ),
        text.excerpt(&gold.content),
    ]
}

/// One article's gold, facts and matching, for `--out`.
fn doc_json(split: Split, d: &Loaded, s: &Scored) -> serde_json::Value {
    let text = CharText::new(&d.text);
    let golds = &d.gold.attributions;
    let nq = s.facts.as_ref().map_or(0, |f| f.quotes.len());
    let name_of = |p: usize| {
        if p < nq {
            format!("quotes[{p}]")
        } else {
            format!("attributions[{}]", p - nq)
        }
    };
    let matching = |m: &Matching, gold_index: &dyn Fn(usize) -> usize| {
        json!({
            "matched": m.pairs.iter().map(|p| json!({
                "gold": golds[gold_index(p.gold)].id,
                "predicted": name_of(p.predicted),
                "overlap": p.overlap,
                "source": p.source,
            })).collect::<Vec<_>>(),
            "missed": m.missed.iter().map(|&g| golds[gold_index(g)].id.clone()).collect::<Vec<_>>(),
            "false": m.spurious.iter().map(|&p| name_of(p)).collect::<Vec<_>>(),
        })
    };
    json!({
        "name": d.doc.name,
        "split": split.name(),
        "publisher": d.doc.publisher,
        "published": d.doc.published,
        "annotator": d.doc.annotator,
        "error": s.facts.as_ref().err(),
        "gold": golds.iter().map(|g| json!({
            "id": g.id,
            "quote": g.quote,
            "content": g.content,
            "text": text.segments(&g.content),
            "source": g.source,
            "source_text": g.source.as_deref().map(|x| text.segments(x)),
            "cue": g.cue.as_deref().map(|x| text.segments(x)),
        })).collect::<Vec<_>>(),
        "facts": s.facts.as_ref().ok(),
        "quotes": matching(&s.quotes, &|i| s.quote_ids[i]),
        "attributions": matching(&s.attributions, &|i| i),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use copydesk::{Attribution, Quote, QuoteKind, Speaker};

    const TEXT: &str = "Poll shows a tie. “We are ready,” Clinton’s aide said. “Very ready.”\n\
        Officials believe the vote will pass. Critics called it ‘a disgrace.’ That’s Clinton’s view.";

    /// The character span of the `nth` (0-based) occurrence of `needle`.
    fn at(needle: &str, nth: usize) -> [usize; 2] {
        let (byte, _) = TEXT.match_indices(needle).nth(nth).expect("needle in text");
        let start = TEXT[..byte].chars().count();
        [start, start + needle.chars().count()]
    }

    fn t(id: &str, kind: &str, span: [usize; 2]) -> String {
        format!("{id}\t{kind} {} {}\tx", span[0], span[1])
    }

    /// E1: a quote split by its cue; E2: a claim; E3: a quote in ‘…’; E4: no Source, and
    /// apostrophes only.
    fn ann() -> String {
        let (q1, q2) = (at("“We are ready,”", 0), at("“Very ready.”", 0));
        [
            t("T1", "Source", at("Clinton’s aide", 0)),
            t("T2", "Cue", at("said", 0)),
            format!("T3\tContent {} {};{} {}\tx", q1[0], q1[1], q2[0], q2[1]),
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3".to_string(),
            t("T4", "Source", at("Officials", 0)),
            t("T5", "Cue", at("believe", 0)),
            t("T6", "Content", at("the vote will pass", 0)),
            "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6".to_string(),
            t("T7", "Source", at("Critics", 0)),
            t("T8", "Cue", at("called", 0)),
            t("T9", "Content", at("it ‘a disgrace.’", 0)),
            "E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9".to_string(),
            t("T10", "Content", at("That’s Clinton’s view", 0)),
            "E4\tAttribution-no-source:T10 Content:T10".to_string(),
        ]
        .join("\n")
    }

    fn speaker(mention: &str, nth: usize) -> Speaker {
        Speaker {
            name: mention.to_string(),
            mention: mention.to_string(),
            span: at(mention, nth),
            entity: None,
        }
    }

    fn quote(words: &str, who: Speaker) -> Quote {
        Quote {
            text: words.to_string(),
            kind: QuoteKind::Direct,
            speaker: Some(who),
            cue: None,
            span: at(words, 0),
        }
    }

    fn attribution(content: &str, who: Speaker) -> Attribution {
        Attribution {
            source: who,
            cue: String::new(),
            content: content.to_string(),
            span: at(content, 0),
        }
    }

    /// A: first half of E1, speaker inside the gold Source; B: the second half (also right);
    /// C: E3 inside its marks, wrong speaker; D: E2 with its source; E: no gold.
    fn facts() -> Facts {
        Facts {
            quotes: vec![
                quote("We are ready,", speaker("aide", 0)),
                quote("Very ready.", speaker("Clinton", 0)),
                quote("a disgrace.", speaker("Officials", 0)),
            ],
            attributions: vec![
                attribution("the vote will pass", speaker("Officials", 0)),
                attribution("Poll shows a tie", speaker("Poll", 0)),
            ],
            ..Facts::default()
        }
    }

    fn loaded() -> Loaded {
        Loaded {
            doc: PolnearDoc {
                name: "doc".into(),
                publisher: "paper".into(),
                published: Some("2016-09-15".into()),
                annotator: "a1".into(),
                annotators: 1,
                text_path: PathBuf::new(),
                ann_path: PathBuf::new(),
            },
            text: TEXT.to_string(),
            gold: ann::parse(&ann(), &CharText::new(TEXT)),
        }
    }

    #[test]
    fn gold_quotes_are_the_attributions_with_quotation_marks() {
        let d = loaded();
        let ids: Vec<&str> = d.gold.attributions.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["E1", "E2", "E3", "E4"]);
        let quotes: Vec<&str> = d
            .quote_ids()
            .into_iter()
            .map(|i| d.gold.attributions[i].id.as_str())
            .collect();
        assert_eq!(quotes, ["E1", "E3"]);
    }

    #[test]
    fn scores_quotes_speakers_and_attributions() {
        let d = loaded();
        let s = score_doc(&d, Ok(facts()));
        let (mut quotes, mut all) = (Tally::default(), Tally::default());
        quotes.add(s.quote_ids.len(), 3, &s.quotes);
        all.add(d.gold.attributions.len(), 5, &s.attributions);
        // Quotes: E1 ↔ A (speaker right, B matches it too), E3 ↔ C (speaker wrong).
        let pairs: Vec<(usize, usize, SourceCheck)> = s
            .quotes
            .pairs
            .iter()
            .map(|p| (p.gold, p.predicted, p.source))
            .collect();
        assert_eq!(
            pairs,
            [
                (0, 0, SourceCheck::Right),
                (0, 1, SourceCheck::Right),
                (1, 2, SourceCheck::Wrong)
            ]
        );
        assert!(s.quotes.spurious.is_empty());
        assert_eq!(
            (quotes.matched, quotes.sourced, quotes.source_right),
            (2, 3, 2)
        );
        // Attributions: E1 ↔ A (and B), E2 ↔ D, E3 ↔ C; E4 missed; E spurious.
        let pairs: Vec<(usize, usize)> = s
            .attributions
            .pairs
            .iter()
            .map(|p| (p.gold, p.predicted))
            .collect();
        assert_eq!(pairs, [(0, 0), (0, 1), (2, 2), (1, 3)]);
        assert_eq!(s.attributions.missed, [3]);
        assert_eq!(s.attributions.spurious, [4]);
        assert_eq!((all.matched, all.sourced, all.source_right), (3, 4, 3));
        assert!((all.prf().precision - 0.8).abs() < 1e-12);
        assert!((all.prf().recall - 0.75).abs() < 1e-12);
    }

    #[test]
    fn a_failed_document_misses_its_whole_gold() {
        let d = loaded();
        let s = score_doc(&d, Err("boom".into()));
        assert!(s.quotes.pairs.is_empty() && s.attributions.pairs.is_empty());
        assert_eq!(s.quotes.missed.len(), 2);
        assert_eq!(s.attributions.missed.len(), 4);
    }

    #[test]
    fn misses_read_as_text() {
        let d = loaded();
        let s = score_doc(&d, Ok(facts()));
        let misses = Misses::collect(std::slice::from_ref(&d), std::slice::from_ref(&s));
        let counts: Vec<usize> = misses.entries.iter().map(Vec::len).collect();
        assert_eq!(counts, [0, 0, 1, 1, 1, 1]);
        let shown = misses.shown(5);
        let titles: Vec<&str> = shown.iter().map(|l| l.title.as_str()).collect();
        assert_eq!(titles, ["wrong speakers (1 of 1 shown)"]);
        let wrong = shown[0].lines.join("\n");
        assert!(
            wrong.contains("doc E3") && wrong.contains("gold «Critics»"),
            "{wrong}"
        );
        assert!(wrong.contains("got «Officials»"), "{wrong}");
        assert!(
            wrong.contains("Critics called ⟦it ‘a disgrace.’⟧"),
            "{wrong}"
        );
        let all = misses.text();
        assert!(all.contains("== missed attributions: 1"), "{all}");
        assert!(all.contains("doc E4"), "{all}");
        assert!(misses.shown(0).is_empty());
    }

    #[test]
    fn loads_a_split_and_scores_it() {
        let dir = std::env::temp_dir().join(format!("copydesk-polnear-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for sub in ["dev/text", "dev/attributions", "out"] {
            std::fs::create_dir_all(dir.join(sub)).expect("folders");
        }
        std::fs::write(
            dir.join("metadata.tsv"),
            "compartment\tfilename\tannotators\tpublisher\tpublication_date\n\
             train\tother\ta1\tpaper\t2016-01-01\n\
             dev\tdoc\ta2|a1\tpaper\t2016-09-15\n",
        )
        .expect("metadata");
        std::fs::write(dir.join("dev/text/doc.txt"), TEXT).expect("text");
        std::fs::write(dir.join("dev/attributions/doc_a2.ann"), ann()).expect("gold");
        std::fs::write(dir.join("dev/attributions/doc_a1.ann"), "").expect("other annotator");
        let docs = load(&dir, Split::Dev, None).expect("loads");
        assert_eq!(docs.len(), 1);
        assert_eq!((docs[0].annotator.as_str(), docs[0].annotators), ("a2", 2));
        assert_eq!(docs[0].published.as_deref(), Some("2016-09-15"));

        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("pool");
        let out = dir.join("out");
        let options = ScoreOptions {
            pool: &pool,
            limit: None,
            worst: 0,
            misses: 3,
            mode: crate::run::Mode::Html,
            out: Some(&out),
            predictions: None,
            split: Split::Dev,
            repeat: 1,
        };
        let report = score(&dir, &options).expect("scores");
        assert_eq!(report.set, "polnear");
        let m = report.metrics();
        for key in [
            "quotes.f1",
            "quotes.precision",
            "quotes.recall",
            "quotes.speaker",
            "attributions.f1",
            "attributions.precision",
            "attributions.recall",
            "attributions.source",
            "articles_per_cpu_s",
        ] {
            assert!(m.contains_key(&format!("polnear.{key}")), "{key}");
        }
        assert_eq!(m["polnear.documents"], 1.0);
        let floors = crate::floors::Floors::parse(
            r#"{"polnear.quotes.f1": 0.0, "polnear.attributions.source": 0.0, "polnear.documents": 1.0}"#,
        )
        .expect("floors");
        let check = floors.check(&m, &["polnear".to_string()]);
        assert!(check.passed() && check.checked.len() == 3, "{check:?}");
        let notes = report.notes.join("\n");
        assert!(
            notes.contains("4 attributions, 2 of them direct quotes"),
            "{notes}"
        );
        let written: serde_json::Value = serde_json::from_slice(
            &std::fs::read(out.join("polnear/doc.json")).expect("document output"),
        )
        .expect("JSON");
        assert_eq!(written["annotator"], "a2");
        assert_eq!(written["gold"].as_array().map(Vec::len), Some(4));
        assert_eq!(written["gold"][0]["source_text"], "Clinton’s aide");
        assert!(out.join("polnear/misses.txt").is_file());
        assert!(load(&dir.join("missing"), Split::Dev, None).is_err());
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }
}
