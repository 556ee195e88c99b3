//! The speed pass: how fast `copydesk::extract` (or `copydesk::extract_text`, in the text
//! mode) plus text rendering runs on one thread.
//!
//! Every page is read and gunzipped into memory first (and rendered as page text in the text
//! mode); only the extraction call is timed,
//! by the calling thread's CPU clock and by the wall clock. The pass is repeated and the
//! median taken (totals: median of the repetitions' totals; per page: median of its times).

use crate::EvalError;
use crate::run::{Mode, PageRef, extract_guarded, guard, read_page};
use cpu_time::{ProcessTime, ThreadTime};
use serde::Serialize;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// Pages slower than this (CPU milliseconds) are flagged.
pub const SLOW_PAGE_MS: f64 = 50.0;

/// How many of the slowest pages a report lists.
pub const SLOWEST_SHOWN: usize = 5;

/// A page held in memory for timing.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedPage {
    /// Page id.
    pub id: String,
    /// Page URL.
    pub url: Option<String>,
    /// What the extraction call is given: the decompressed HTML, or its page text.
    pub input: Vec<u8>,
}

/// Reads and decompresses every page, and renders it as page text in the text modes
/// (outside the timed call).
pub fn load(pages: &[PageRef], mode: Mode) -> Result<Vec<LoadedPage>, EvalError> {
    pages
        .iter()
        .map(|p| {
            Ok(LoadedPage {
                id: p.id.clone(),
                url: p.url.clone(),
                input: mode.input(read_page(&p.path)?, p.url.as_deref()),
            })
        })
        .collect()
}

/// One page's time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageTime {
    /// Page id.
    pub id: String,
    /// Median thread CPU time, ms.
    pub cpu_ms: f64,
    /// Median wall time, ms.
    pub wall_ms: f64,
}

/// The speed pass's results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeedReport {
    /// The set timed.
    pub set: String,
    /// Pages per repetition.
    pub pages: usize,
    /// What the extraction call was given: `html`, `text` or `textall`.
    pub input: String,
    /// Bytes of input (HTML or page text) per repetition.
    pub input_bytes: usize,
    /// Megabytes of input per CPU-second.
    pub mb_per_cpu_s: f64,
    /// Repetitions.
    pub repeat: usize,
    /// Thread CPU seconds in extraction (median over repetitions).
    pub cpu_s: f64,
    /// Process CPU seconds over the same calls; much larger than `cpu_s` means the
    /// extractor used other threads.
    pub process_cpu_s: f64,
    /// Wall seconds in extraction (median).
    pub wall_s: f64,
    /// Pages per CPU-second.
    pub pages_per_cpu_s: f64,
    /// Pages per wall second.
    pub pages_per_s: f64,
    /// Mean CPU ms per page.
    pub mean_ms: f64,
    /// 99th percentile (nearest rank) of per-page CPU ms.
    pub p99_ms: f64,
    /// Slowest page, CPU ms.
    pub max_ms: f64,
    /// The slowest pages, slowest first.
    pub slowest: Vec<PageTime>,
    /// Every page over [`SpeedReport::limit_ms`].
    pub over_limit: Vec<PageTime>,
    /// The flagging limit, CPU ms.
    pub limit_ms: f64,
    /// Extraction panics seen (per repetition).
    pub panics: usize,
    /// With `--facts`: the facts pass timed on every extracted text.
    pub facts: Option<FactsSpeed>,
    /// With `--facts`: the facts pass's CPU time as a share of extraction's (0.5 = it adds half).
    pub facts_share: Option<f64>,
    /// Peak resident memory of the process right after the pass (MiB): the pages held in
    /// memory plus everything the extractor allocated at its peak.
    pub peak_rss_mib: Option<f64>,
}

impl SpeedReport {
    /// Metrics under their floor keys (`speed.pages_per_cpu_s` …).
    pub fn metrics(&self) -> BTreeMap<String, f64> {
        let mut m = BTreeMap::from([
            ("speed.pages_per_cpu_s".to_string(), self.pages_per_cpu_s),
            ("speed.pages_per_s".to_string(), self.pages_per_s),
            ("speed.mean_ms".to_string(), self.mean_ms),
            ("speed.p99_ms".to_string(), self.p99_ms),
            ("speed.mb_per_cpu_s".to_string(), self.mb_per_cpu_s),
        ]);
        if let Some(rss) = self.peak_rss_mib {
            m.insert("speed.peak_rss_mib".to_string(), rss);
        }
        if let Some(facts) = &self.facts {
            m.insert(
                "speed.facts_pages_per_cpu_s".to_string(),
                facts.articles_per_cpu_s,
            );
        }
        if let Some(share) = self.facts_share {
            m.insert("speed.facts_share".to_string(), share);
        }
        m
    }
}

/// Times extraction over `pages`, `repeat` times (at least once), on the calling thread.
/// With `facts`, the facts pass is then timed on the texts the first repetition extracted
/// ([`SpeedReport::facts`]).
pub fn measure(
    set: &str,
    pages: &[LoadedPage],
    repeat: usize,
    mode: Mode,
    facts: bool,
) -> SpeedReport {
    // The first repetition's texts and dates, kept for the facts pass.
    let mut extracted: Vec<Option<(String, Option<String>)>> = vec![None; pages.len()];
    let mut timed = time_passes(pages.len(), repeat, |i| {
        let page = &pages[i];
        let result = extract_guarded(&page.input, page.url.as_deref(), mode);
        let failed = result.panic.is_some();
        if facts && extracted[i].is_none() {
            extracted[i] = Some((result.text, result.date));
        }
        failed
    });
    let times = timed.slowest_first(pages.iter().map(|p| p.id.as_str()));
    let cpu_s = timed.cpu_s;
    let n = pages.len();
    let per = |total: f64| if total > 0.0 { n as f64 / total } else { 0.0 };
    let ascending: Vec<f64> = times.iter().rev().map(|t| t.cpu_ms).collect();
    let input_bytes = pages.iter().map(|p| p.input.len()).sum();
    let facts = facts.then(|| {
        let texts: Vec<FactsInput> = pages
            .iter()
            .zip(extracted)
            .filter_map(|(page, kept)| {
                kept.map(|(text, published)| FactsInput {
                    id: page.id.clone(),
                    text,
                    published,
                })
            })
            .collect();
        measure_facts(&texts, timed.repeat)
    });
    SpeedReport {
        set: set.to_string(),
        pages: n,
        input: format!("{mode:?}").to_lowercase(),
        input_bytes,
        mb_per_cpu_s: if cpu_s > 0.0 {
            input_bytes as f64 / 1e6 / cpu_s
        } else {
            0.0
        },
        repeat: timed.repeat,
        cpu_s,
        process_cpu_s: timed.process_cpu_s,
        wall_s: timed.wall_s,
        pages_per_cpu_s: per(cpu_s),
        pages_per_s: per(timed.wall_s),
        mean_ms: if n > 0 { cpu_s * 1e3 / n as f64 } else { 0.0 },
        p99_ms: percentile(&ascending, 0.99),
        max_ms: times.first().map_or(0.0, |t| t.cpu_ms),
        slowest: times.iter().take(SLOWEST_SHOWN).cloned().collect(),
        over_limit: times
            .iter()
            .filter(|t| t.cpu_ms > SLOW_PAGE_MS)
            .cloned()
            .collect(),
        limit_ms: SLOW_PAGE_MS,
        panics: timed.panics,
        facts_share: facts
            .as_ref()
            .map(|f| if cpu_s > 0.0 { f.cpu_s / cpu_s } else { 0.0 }),
        facts,
        peak_rss_mib: peak_rss_mib(),
    }
}

/// A text held in memory for timing the facts pass.
#[derive(Debug, Clone, PartialEq)]
pub struct FactsInput {
    /// The text's id (page id, document name).
    pub id: String,
    /// The text the facts are found in.
    pub text: String,
    /// Its publication date, which relative dates resolve against.
    pub published: Option<String>,
}

/// How fast the facts pass (`copydesk::find_facts`) runs on one thread.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactsSpeed {
    /// Texts per repetition.
    pub articles: usize,
    /// Bytes of text per repetition.
    pub input_bytes: usize,
    /// Repetitions.
    pub repeat: usize,
    /// Thread CPU seconds in the facts pass (median over repetitions).
    pub cpu_s: f64,
    /// Texts per CPU-second.
    pub articles_per_cpu_s: f64,
    /// Mean CPU ms per text.
    pub mean_ms: f64,
    /// 99th percentile (nearest rank) of per-text CPU ms.
    pub p99_ms: f64,
    /// The slowest texts, slowest first.
    pub slowest: Vec<PageTime>,
    /// Panics seen (per repetition).
    pub panics: usize,
}

/// Times `copydesk::find_facts` over `texts`, `repeat` times (at least once), on the
/// calling thread; a panic is caught and counted.
pub fn measure_facts(texts: &[FactsInput], repeat: usize) -> FactsSpeed {
    let mut timed = time_passes(texts.len(), repeat, |i| {
        let t = &texts[i];
        guard(|| copydesk::find_facts(&t.text, t.published.as_deref())).is_err()
    });
    let times = timed.slowest_first(texts.iter().map(|t| t.id.as_str()));
    let ascending: Vec<f64> = times.iter().rev().map(|t| t.cpu_ms).collect();
    let n = texts.len();
    FactsSpeed {
        articles: n,
        input_bytes: texts.iter().map(|t| t.text.len()).sum(),
        repeat: timed.repeat,
        cpu_s: timed.cpu_s,
        articles_per_cpu_s: if timed.cpu_s > 0.0 {
            n as f64 / timed.cpu_s
        } else {
            0.0
        },
        mean_ms: if n > 0 {
            timed.cpu_s * 1e3 / n as f64
        } else {
            0.0
        },
        p99_ms: percentile(&ascending, 0.99),
        slowest: times.iter().take(SLOWEST_SHOWN).cloned().collect(),
        panics: timed.panics,
    }
}

/// The times of `repeat` passes over `n` items.
struct Timed {
    repeat: usize,
    /// Per item: CPU ms of each repetition.
    cpu_ms: Vec<Vec<f64>>,
    /// Per item: wall ms of each repetition.
    wall_ms: Vec<Vec<f64>>,
    /// Median over repetitions of the thread CPU seconds.
    cpu_s: f64,
    /// Median over repetitions of the wall seconds.
    wall_s: f64,
    /// Median over repetitions of the process CPU seconds.
    process_cpu_s: f64,
    /// Items that failed in the last repetition.
    panics: usize,
}

impl Timed {
    /// Per-item medians, slowest first (ties by id); `ids` in item order.
    fn slowest_first<'a>(&mut self, ids: impl Iterator<Item = &'a str>) -> Vec<PageTime> {
        let mut times: Vec<PageTime> = ids
            .zip(self.cpu_ms.iter_mut().zip(self.wall_ms.iter_mut()))
            .map(|(id, (c, w))| PageTime {
                id: id.to_string(),
                cpu_ms: median(c),
                wall_ms: median(w),
            })
            .collect();
        times.sort_by(|a, b| b.cpu_ms.total_cmp(&a.cpu_ms).then_with(|| a.id.cmp(&b.id)));
        times
    }
}

/// Runs `item(i)` for every `i < n`, `repeat` times (at least once), timing each call by the
/// calling thread's CPU clock, the process's and the wall clock; `item` returns whether it
/// failed.
fn time_passes(n: usize, repeat: usize, mut item: impl FnMut(usize) -> bool) -> Timed {
    let repeat = repeat.max(1);
    let mut cpu_ms = vec![Vec::with_capacity(repeat); n];
    let mut wall_ms = vec![Vec::with_capacity(repeat); n];
    let mut totals_cpu = Vec::with_capacity(repeat);
    let mut totals_wall = Vec::with_capacity(repeat);
    let mut totals_process = Vec::with_capacity(repeat);
    let mut panics = 0;
    for _ in 0..repeat {
        let (mut cpu, mut wall, mut process) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
        panics = 0;
        for i in 0..n {
            let p0 = ProcessTime::now();
            let c0 = ThreadTime::now();
            let w0 = Instant::now();
            let failed = item(i);
            let dw = w0.elapsed();
            let dc = c0.elapsed();
            let dp = p0.elapsed();
            panics += usize::from(failed);
            cpu += dc;
            wall += dw;
            process += dp;
            cpu_ms[i].push(dc.as_secs_f64() * 1e3);
            wall_ms[i].push(dw.as_secs_f64() * 1e3);
        }
        totals_cpu.push(cpu.as_secs_f64());
        totals_wall.push(wall.as_secs_f64());
        totals_process.push(process.as_secs_f64());
    }
    Timed {
        repeat,
        cpu_ms,
        wall_ms,
        cpu_s: median(&mut totals_cpu),
        wall_s: median(&mut totals_wall),
        process_cpu_s: median(&mut totals_process),
        panics,
    }
}

/// The median (the mean of the two middle values for an even count); 0 for no values.
pub fn median(values: &mut [f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    }
}

/// Nearest-rank percentile of ascending `values` (`q` in 0..=1); 0 for no values.
pub fn percentile(ascending: &[f64], q: f64) -> f64 {
    if ascending.is_empty() {
        return 0.0;
    }
    let rank = (q * ascending.len() as f64).ceil() as usize;
    ascending[rank.clamp(1, ascending.len()) - 1]
}

/// Peak resident set size of this process in MiB (`VmHWM` of `/proc/self/status`);
/// `None` where that file does not exist.
pub fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    parse_vm_hwm(&status)
}

fn parse_vm_hwm(status: &str) -> Option<f64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line
        .trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_percentile() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&mut [4.0, 1.0, 2.0, 3.0]), 2.5);
        assert_eq!(median(&mut []), 0.0);
        let v: Vec<f64> = (1..=200).map(f64::from).collect();
        assert_eq!(percentile(&v, 0.99), 198.0);
        assert_eq!(percentile(&[5.0], 0.99), 5.0);
        assert_eq!(percentile(&[], 0.5), 0.0);
    }

    #[test]
    fn reads_vm_hwm() {
        let status = "Name:\tx\nVmPeak:\t  9 kB\nVmHWM:\t    2048 kB\nVmRSS:\t 1 kB\n";
        assert_eq!(parse_vm_hwm(status), Some(2.0));
        assert_eq!(parse_vm_hwm("Name: x\n"), None);
    }

    #[test]
    fn measures_a_small_run() {
        let pages = vec![
            LoadedPage {
                id: "a".into(),
                url: None,
                input: b"<html><body><p>One paragraph of text.</p></body></html>".to_vec(),
            },
            LoadedPage {
                id: "b".into(),
                url: Some("https://example.com/b".into()),
                input: b"<p>x".to_vec(),
            },
        ];
        let r = measure("t", &pages, 2, Mode::Html, false);
        assert_eq!((r.pages, r.repeat, r.panics), (2, 2, 0));
        assert_eq!(r.slowest.len(), 2);
        assert!(r.slowest[0].cpu_ms >= r.slowest[1].cpu_ms);
        assert!(r.cpu_s >= 0.0 && r.wall_s > 0.0);
        assert!(r.metrics().contains_key("speed.pages_per_cpu_s"));
        assert!(r.facts.is_none() && !r.metrics().contains_key("speed.facts_share"));
        let r = measure("t", &pages, 1, Mode::Html, true);
        let facts = r.facts.as_ref().expect("the facts pass is timed");
        assert_eq!((facts.articles, facts.repeat, facts.panics), (2, 1, 0));
        assert!(facts.input_bytes >= "One paragraph of text.".len());
        assert!(r.facts_share.is_some_and(|s| s >= 0.0));
        let m = r.metrics();
        assert!(
            m.contains_key("speed.facts_pages_per_cpu_s") && m.contains_key("speed.facts_share")
        );
    }
}
