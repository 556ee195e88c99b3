//! The speed pass: how fast `copydesk::extract` (or `copydesk::extract_text`, in the text
//! mode) plus text rendering runs on one thread.
//!
//! Every page is read and gunzipped into memory first (and rendered as page text in the text
//! mode); only the extraction call is timed,
//! by the calling thread's CPU clock and by the wall clock. The pass is repeated and the
//! median taken (totals: median of the repetitions' totals; per page: median of its times).

use crate::EvalError;
use crate::run::{Mode, PageRef, extract_guarded, read_page};
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
        m
    }
}

/// Times extraction over `pages`, `repeat` times (at least once), on the calling thread.
pub fn measure(set: &str, pages: &[LoadedPage], repeat: usize, mode: Mode) -> SpeedReport {
    let repeat = repeat.max(1);
    let mut per_page_cpu = vec![Vec::with_capacity(repeat); pages.len()];
    let mut per_page_wall = vec![Vec::with_capacity(repeat); pages.len()];
    let mut totals_cpu = Vec::with_capacity(repeat);
    let mut totals_wall = Vec::with_capacity(repeat);
    let mut totals_process = Vec::with_capacity(repeat);
    let mut panics = 0;
    for _ in 0..repeat {
        let (mut cpu, mut wall, mut process) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
        panics = 0;
        for (i, page) in pages.iter().enumerate() {
            let p0 = ProcessTime::now();
            let c0 = ThreadTime::now();
            let w0 = Instant::now();
            let result = extract_guarded(&page.input, page.url.as_deref(), mode);
            let failed = result.panic.is_some();
            drop(result);
            let dw = w0.elapsed();
            let dc = c0.elapsed();
            let dp = p0.elapsed();
            panics += usize::from(failed);
            cpu += dc;
            wall += dw;
            process += dp;
            per_page_cpu[i].push(dc.as_secs_f64() * 1e3);
            per_page_wall[i].push(dw.as_secs_f64() * 1e3);
        }
        totals_cpu.push(cpu.as_secs_f64());
        totals_wall.push(wall.as_secs_f64());
        totals_process.push(process.as_secs_f64());
    }
    let mut times: Vec<PageTime> = pages
        .iter()
        .zip(per_page_cpu.iter_mut().zip(per_page_wall.iter_mut()))
        .map(|(p, (c, w))| PageTime {
            id: p.id.clone(),
            cpu_ms: median(c),
            wall_ms: median(w),
        })
        .collect();
    times.sort_by(|a, b| b.cpu_ms.total_cmp(&a.cpu_ms).then_with(|| a.id.cmp(&b.id)));
    let cpu_s = median(&mut totals_cpu);
    let wall_s = median(&mut totals_wall);
    let n = pages.len();
    let per = |total: f64| if total > 0.0 { n as f64 / total } else { 0.0 };
    let ascending: Vec<f64> = times.iter().rev().map(|t| t.cpu_ms).collect();
    let input_bytes = pages.iter().map(|p| p.input.len()).sum();
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
        repeat,
        cpu_s,
        process_cpu_s: median(&mut totals_process),
        wall_s,
        pages_per_cpu_s: per(cpu_s),
        pages_per_s: per(wall_s),
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
        panics,
        peak_rss_mib: peak_rss_mib(),
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
        let r = measure("t", &pages, 2, Mode::Html);
        assert_eq!((r.pages, r.repeat, r.panics), (2, 2, 0));
        assert_eq!(r.slowest.len(), 2);
        assert!(r.slowest[0].cpu_ms >= r.slowest[1].cpu_ms);
        assert!(r.cpu_s >= 0.0 && r.wall_s > 0.0);
        assert!(r.metrics().contains_key("speed.pages_per_cpu_s"));
    }
}
