//! Measures `copydesk_meta::extract` against the shared evaluation sets.
//!
//! ```text
//! cargo run --release -p copydesk-meta --example measure -- [DATA_DIR] [--show SET]
//! ```
//!
//! `DATA_DIR` defaults to `../shared/data`. Sets: `readability` (agreement with
//! Readability.js's expected title, byline, siteName, lang, publishedTime), `trafilatura`
//! (title, author and date labels), `wcxb` (title, author, publish_date), `htmldate` (dates,
//! scored as in htmldate's evaluation, per file and combined). `--show SET` prints every
//! disagreement of that set.
//! Timing covers `extract` alone (the page is decoded and parsed before the clock starts);
//! `--repeat N` runs `extract` N times per page, for profiling.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use copydesk_meta::Metadata;
use serde_json::Value;

/// Counts for one field of one set.
#[derive(Default)]
struct Score {
    labelled: usize,
    exact: usize,
    loose: usize,
    missing: usize,
}

impl Score {
    fn add(&mut self, exact: bool, loose: bool, missing: bool) {
        self.labelled += 1;
        self.exact += usize::from(exact);
        self.loose += usize::from(loose || exact);
        self.missing += usize::from(missing);
    }

    fn line(&self, name: &str) -> String {
        let pct = |n: usize| 100.0 * n as f64 / self.labelled.max(1) as f64;
        format!(
            "  {name:<10} n={:<4} exact {:5.1}%  loose {:5.1}%  none given {:5.1}%",
            self.labelled,
            pct(self.exact),
            pct(self.loose),
            pct(self.missing)
        )
    }
}

/// Time spent in `extract` over all pages.
#[derive(Default)]
struct Clock {
    pages: usize,
    nodes: usize,
    total: Duration,
}

struct Runner {
    data: PathBuf,
    show: Option<String>,
    repeat: u32,
    clock: Clock,
}

fn read_gz(path: &Path) -> Option<Vec<u8>> {
    let file = std::fs::File::open(path).ok()?;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut out)
        .ok()?;
    Some(out)
}

fn read_json(path: &Path) -> Option<Value> {
    let text = std::fs::read_to_string(path).ok()?;
    serde_json::from_str(&text.replace(": NaN", ": null")).ok()
}

/// Lower case, punctuation dropped, whitespace collapsed.
fn loose(s: &str) -> String {
    let kept: String = s
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .flat_map(char::to_lowercase)
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn norm_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn authors_joined(m: &Metadata) -> Option<String> {
    // The same line the eval harness compares (`Extraction::author_line`).
    let names = copydesk_record::credited_names(&m.authors);
    (!names.is_empty()).then(|| names.join("; "))
}

fn day(s: &str) -> &str {
    s.get(..10).unwrap_or(s)
}

impl Runner {
    fn extract(&mut self, bytes: &[u8], url: Option<&str>) -> Metadata {
        let decoded = copydesk_parse::decode(bytes, None);
        let parsed = copydesk_parse::parse(&decoded.text, copydesk_parse::Limits::default());
        let base = url.and_then(|u| url::Url::parse(u).ok());
        let start = Instant::now();
        let mut meta = copydesk_meta::extract(&parsed.dom, base.as_ref());
        for _ in 1..self.repeat {
            meta = copydesk_meta::extract(&parsed.dom, base.as_ref());
        }
        self.clock.total += start.elapsed() / self.repeat;
        self.clock.pages += 1;
        self.clock.nodes += parsed.dom.len();
        meta
    }

    fn showing(&self, set: &str) -> bool {
        self.show.as_deref() == Some(set)
    }

    fn compare_text(
        &self,
        set: &str,
        field: &str,
        id: &str,
        gold: &str,
        got: Option<&str>,
        score: &mut Score,
    ) {
        let got_s = got.unwrap_or("");
        let exact = norm_ws(gold) == norm_ws(got_s);
        let lo = loose(gold) == loose(got_s);
        score.add(exact, lo, got.is_none());
        if !lo && self.showing(set) {
            println!("{set} {field} {id}\n    gold: {gold}\n    got:  {got_s}");
        }
    }

    fn readability(&mut self) {
        let dir = self.data.join("readability-pages");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            println!("readability-pages: absent");
            return;
        };
        let mut pages: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        pages.sort();
        let (mut title, mut byline, mut site, mut lang, mut date) = Default::default();
        for page in pages {
            let (Some(expected), Some(html)) = (
                read_json(&page.join("expected-metadata.json")),
                read_gz(&page.join("source.html.gz")),
            ) else {
                continue;
            };
            let m = self.extract(&html, Some("http://fakehost/test/page.html"));
            let id = page
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("?")
                .to_string();
            let field = |k: &str| expected.get(k).and_then(Value::as_str).map(str::to_string);
            if let Some(t) = field("title") {
                self.compare_text(
                    "readability",
                    "title",
                    &id,
                    &t,
                    m.headline.as_deref(),
                    &mut title,
                );
            }
            if let Some(b) = field("byline") {
                let got = authors_joined(&m);
                self.compare_text(
                    "readability",
                    "byline",
                    &id,
                    &b,
                    got.as_deref(),
                    &mut byline,
                );
            }
            if let Some(s) = field("siteName") {
                self.compare_text(
                    "readability",
                    "siteName",
                    &id,
                    &s,
                    m.site_name.as_deref(),
                    &mut site,
                );
            }
            if let Some(l) = field("lang") {
                let gold = l
                    .split(['-', '_'])
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                self.compare_text(
                    "readability",
                    "lang",
                    &id,
                    &gold,
                    m.language.as_deref(),
                    &mut lang,
                );
            }
            if let Some(d) = field("publishedTime") {
                let got = m.published.as_deref().map(day);
                self.compare_text("readability", "date", &id, day(&d), got, &mut date);
            }
        }
        println!("readability-pages (agreement with Readability.js's expected metadata)");
        for (name, s) in [
            ("title", &title),
            ("byline", &byline),
            ("siteName", &site),
            ("lang", &lang),
            ("published", &date),
        ] {
            println!("{}", s.line(name));
        }
    }

    fn trafilatura(&mut self) {
        let dir = self.data.join("trafilatura-eval");
        let Some(Value::Object(eval)) = read_json(&dir.join("evaldata.json")) else {
            println!("trafilatura-eval: absent");
            return;
        };
        let (mut title, mut author, mut date) =
            (Score::default(), Score::default(), Score::default());
        let mut author_on_unlabelled = 0;
        let mut unlabelled = 0;
        let mut wrong_date = 0;
        for (key, v) in &eval {
            let Some(file) = v.get("file").and_then(Value::as_str) else {
                continue;
            };
            let Some(html) = read_gz(&dir.join("html").join(format!("{file}.gz"))) else {
                continue;
            };
            let url = key.starts_with("http").then_some(key.as_str());
            let m = self.extract(&html, url);
            let gold = |k: &str| {
                v.get(k)
                    .and_then(Value::as_str)
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
            };
            if let Some(t) = gold("title") {
                self.compare_text(
                    "trafilatura",
                    "title",
                    key,
                    t,
                    m.headline.as_deref(),
                    &mut title,
                );
            }
            let got_author = authors_joined(&m);
            match gold("author") {
                Some(a) => self.compare_text(
                    "trafilatura",
                    "author",
                    key,
                    a,
                    got_author.as_deref(),
                    &mut author,
                ),
                None if v.get("author").is_some() => {
                    unlabelled += 1;
                    author_on_unlabelled += usize::from(got_author.is_some());
                }
                None => {}
            }
            if let Some(d) = gold("date") {
                let got = m.published.as_deref().map(day);
                wrong_date += usize::from(got.is_some_and(|g| g != d));
                self.compare_text("trafilatura", "date", key, d, got, &mut date);
            }
        }
        println!("trafilatura-eval (labelled pages)");
        println!("{}", title.line("title"));
        println!("{}", author.line("author"));
        println!(
            "  (authors given on {author_on_unlabelled} of {unlabelled} pages labelled with no author)"
        );
        println!("{}", date.line("date"));
        println!("  (wrong date given on {wrong_date} pages)");
    }

    fn wcxb(&mut self) {
        let dir = self.data.join("wcxb-dev");
        let Ok(entries) = std::fs::read_dir(dir.join("ground-truth")) else {
            println!("wcxb-dev: absent");
            return;
        };
        let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        let (mut title, mut author, mut date) =
            (Score::default(), Score::default(), Score::default());
        let mut wrong_date = 0;
        for f in files {
            let Some(gt) = read_json(&f) else { continue };
            let Some(stem) = f.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            let Some(html) = read_gz(&dir.join("html").join(format!("{stem}.html.gz"))) else {
                continue;
            };
            let url = gt.get("url").and_then(Value::as_str);
            let m = self.extract(&html, url);
            let g = &gt["ground_truth"];
            let gold = |k: &str| {
                g.get(k)
                    .and_then(Value::as_str)
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
            };
            if let Some(t) = gold("title") {
                self.compare_text("wcxb", "title", stem, t, m.headline.as_deref(), &mut title);
            }
            if let Some(a) = gold("author") {
                let got = authors_joined(&m);
                self.compare_text("wcxb", "author", stem, a, got.as_deref(), &mut author);
            }
            if let Some(d) = gold("publish_date") {
                let got = m.published.as_deref().map(day);
                wrong_date += usize::from(got.is_some_and(|x| x != day(d)));
                self.compare_text("wcxb", "date", stem, day(d), got, &mut date);
            }
        }
        println!("wcxb-dev (labelled pages)");
        println!("{}", title.line("title"));
        println!("{}", author.line("author"));
        println!("{}", date.line("date"));
        println!("  (wrong date given on {wrong_date} pages)");
    }

    fn htmldate(&mut self) {
        let dir = self.data.join("htmldate-eval");
        let mut total = DateCounts::default();
        for set in ["default.json", "mediacloud.json"] {
            let Some(Value::Object(map)) = read_json(&dir.join(set)) else {
                println!("htmldate-eval/{set}: absent");
                continue;
            };
            let mut counts = DateCounts::default();
            for (url, v) in &map {
                let Some(gold) = v.get("date").and_then(Value::as_str) else {
                    continue;
                };
                let Some(file) = v.get("file").and_then(Value::as_str) else {
                    continue;
                };
                let Some(html) = read_gz(&dir.join("html").join(format!("{file}.gz"))) else {
                    continue;
                };
                let m = self.extract(&html, Some(url));
                match m.published.as_deref().map(day) {
                    Some(d) if d == gold => counts.tp += 1,
                    Some(d) => {
                        counts.fp += 1;
                        if self.showing("htmldate") {
                            println!("htmldate {url} ({file})\n    gold: {gold}\n    got:  {d}");
                        }
                    }
                    None => {
                        counts.fneg += 1;
                        if self.showing("htmldate") {
                            println!("htmldate {url} ({file})\n    gold: {gold}\n    got:  -");
                        }
                    }
                }
            }
            println!("{}", counts.line(&format!("htmldate-eval {set}")));
            total.tp += counts.tp;
            total.fp += counts.fp;
            total.fneg += counts.fneg;
        }
        println!("{}", total.line("htmldate-eval combined"));
    }
}

/// Date counts as htmldate's evaluation keeps them: right date, wrong date, no date.
#[derive(Default)]
struct DateCounts {
    tp: usize,
    fp: usize,
    fneg: usize,
}

impl DateCounts {
    fn line(&self, name: &str) -> String {
        let (tp, fp, fneg) = (self.tp, self.fp, self.fneg);
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fneg).max(1) as f64;
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        format!("{name:<30} tp {tp:<4} fp {fp:<4} fn {fneg:<4} P {p:.3} R {r:.3} F1 {f1:.3}")
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut data = PathBuf::from("../shared/data");
    let mut show = None;
    let mut repeat = 1;
    while let Some(a) = args.next() {
        if a == "--show" {
            show = args.next();
        } else if a == "--repeat" {
            repeat = args.next().and_then(|n| n.parse().ok()).unwrap_or(1).max(1);
        } else {
            data = PathBuf::from(a);
        }
    }
    if !data.is_dir() {
        eprintln!(
            "skipping: {} not found (pass the folder of the evaluation sets as the argument)",
            data.display()
        );
        return;
    }
    let mut runner = Runner {
        data,
        show,
        repeat,
        clock: Clock::default(),
    };
    runner.readability();
    runner.trafilatura();
    runner.wcxb();
    runner.htmldate();
    let c = &runner.clock;
    let per_page = c.total.as_secs_f64() * 1e6 / c.pages.max(1) as f64;
    println!(
        "extract(): {} pages of {} nodes on average, {:.1} µs per page ({:.0} pages per second for metadata alone)",
        c.pages,
        c.nodes / c.pages.max(1),
        per_page,
        1e6 / per_page.max(f64::MIN_POSITIVE)
    );
}
