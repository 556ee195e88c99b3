//! The `copydesk eval` subcommand: scores copydesk on the evaluation sets found under
//! the data folder, times it, and optionally enforces quality floors.

use crate::floors::Floors;
use crate::report::{Skipped, Summary};
use crate::run::Mode;
use crate::sets::polnear::Split;
use crate::sets::{ScoreOptions, SetKind};
use crate::timing;
use anyhow::Context;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Which sets to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SetChoice {
    /// The ScrapingHub article-extraction-benchmark.
    Aeb,
    /// The WCXB development split.
    Wcxb,
    /// trafilatura's evaluation set.
    Trafilatura,
    /// htmldate's publication-date set.
    Htmldate,
    /// Readability.js's test pages (metadata agreement).
    Readability,
    /// PolNeAR: the facts pass's quotes, speakers and attributions (see --split).
    Polnear,
    /// All of them.
    All,
}

/// Which set the timing pass runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SpeedSet {
    /// The ScrapingHub article-extraction-benchmark.
    Aeb,
    /// The WCXB development split.
    Wcxb,
    /// trafilatura's evaluation set.
    Trafilatura,
    /// No timing pass.
    None,
}

impl SpeedSet {
    fn kind(self) -> Option<SetKind> {
        match self {
            SpeedSet::Aeb => Some(SetKind::Aeb),
            SpeedSet::Wcxb => Some(SetKind::Wcxb),
            SpeedSet::Trafilatura => Some(SetKind::Trafilatura),
            SpeedSet::None => None,
        }
    }
}

/// Arguments of `copydesk eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// Folder holding the evaluation sets (scrapinghub-aeb/, wcxb-dev/, trafilatura-eval/,
    /// htmldate-eval/, readability-pages/, polnear/).
    #[arg(long, default_value = "../shared/data")]
    pub data: PathBuf,
    /// Sets to score, comma-separated: aeb, wcxb, trafilatura, htmldate, readability, polnear
    /// or all.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "all")]
    pub set: Vec<SetChoice>,
    /// Worker threads for the quality passes (default: all cores). Timing is always one thread.
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Write each page's output under DIR/SET/ (AEB in the peers' JSON format, for score.py).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// List the N worst pages of each set.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub worst: usize,
    /// What copydesk reads: the HTML page, the page rendered as a scraper's text (`text`),
    /// or that text kept whole (`text-all`, the baseline of text extraction).
    #[arg(long, value_enum, default_value = "html")]
    pub mode: Mode,
    /// List the first N misses of each metadata field, and PolNeAR's first N missed quotes,
    /// false-positive quotes and wrong speakers (all of them go to `--out`).
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub misses: usize,
    /// Print one JSON summary object instead of tables.
    #[arg(long)]
    pub json: bool,
    /// Fail (exit 1) when a metric is below its floor in FILE (e.g. quality-floors.json).
    #[arg(long, value_name = "FILE")]
    pub check_floors: Option<PathBuf>,
    /// Run the timing pass only.
    #[arg(long)]
    pub speed_only: bool,
    /// Set the timing pass runs on.
    #[arg(long, value_enum, default_value = "aeb")]
    pub speed_set: SpeedSet,
    /// Timing repetitions; the median is reported.
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub repeat: usize,
    /// In the timing pass, also time the facts pass on each extracted text
    /// (`speed.facts_pages_per_cpu_s`, and `speed.facts_share` of extraction's CPU time).
    #[arg(long)]
    pub facts: bool,
    /// The PolNeAR split to score: dev (reported as `polnear.*`) or train (`polnear-train.*`,
    /// for development).
    #[arg(long, value_enum, default_value = "dev")]
    pub split: Split,
    /// Use only the first N pages (by id) of each set.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Score another tool's outputs instead of running copydesk: DIR holds one
    /// `<page id>.json` per page in the peers' protocol (`text`, `title`, `author`, `date`),
    /// as `../shared/peers/run_peer.sh` writes them. Speed is not measured then.
    #[arg(long, value_name = "DIR")]
    pub predictions: Option<PathBuf>,
}

impl EvalArgs {
    fn sets(&self) -> Vec<SetKind> {
        let mut out = Vec::new();
        for choice in &self.set {
            let kinds: &[SetKind] = match choice {
                SetChoice::Aeb => &[SetKind::Aeb],
                SetChoice::Wcxb => &[SetKind::Wcxb],
                SetChoice::Trafilatura => &[SetKind::Trafilatura],
                SetChoice::Htmldate => &[SetKind::Htmldate],
                SetChoice::Readability => &[SetKind::Readability],
                SetChoice::Polnear => &[SetKind::Polnear],
                SetChoice::All => &SetKind::ALL,
            };
            for k in kinds {
                if !out.contains(k) {
                    out.push(*k);
                }
            }
        }
        out
    }
}

/// Runs `copydesk eval`.
pub fn run(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let floors = args.check_floors.as_deref().map(Floors::load).transpose()?;
    let jobs = args.jobs.unwrap_or(0);
    let mut summary = Summary {
        tool: "copydesk".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        data: args.data.display().to_string(),
        jobs: 0,
        limit: args.limit,
        sets: Vec::new(),
        skipped: Vec::new(),
        speed: None,
        metrics: Default::default(),
        floors: None,
        peak_rss_mib: None,
    };
    let mut ran: Vec<String> = Vec::new();

    if let Some(kind) = args.speed_set.kind().filter(|_| args.predictions.is_none()) {
        match set_dir(&args.data, kind) {
            Ok(dir) => {
                let pages = kind.pages(&dir, args.limit)?;
                eprintln!(
                    "timing {} ({} pages, {} run(s), 1 thread)…",
                    kind.name(),
                    pages.len(),
                    args.repeat.max(1)
                );
                let loaded = timing::load(&pages, args.mode)?;
                summary.speed = Some(timing::measure(
                    kind.name(),
                    &loaded,
                    args.repeat,
                    args.mode,
                    args.facts,
                ));
                ran.push("speed".into());
            }
            Err(reason) => skip(&mut summary, "speed", reason),
        }
    }

    if !args.speed_only {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .context("starting worker threads")?;
        summary.jobs = pool.current_num_threads();
        if let Some(out) = &args.out {
            std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
        }
        let options = ScoreOptions {
            pool: &pool,
            limit: args.limit,
            worst: args.worst,
            misses: args.misses,
            mode: args.mode,
            out: args.out.as_deref(),
            predictions: args.predictions.as_deref(),
            split: args.split,
            repeat: args.repeat,
        };
        for kind in args.sets() {
            if kind == SetKind::Polnear && args.predictions.is_some() {
                let reason = "--predictions holds page outputs, not facts".to_string();
                skip(&mut summary, kind.name(), reason);
                continue;
            }
            let dir = match set_dir(&args.data, kind) {
                Ok(dir) => dir,
                Err(reason) => {
                    skip(&mut summary, kind.name(), reason);
                    continue;
                }
            };
            eprintln!("scoring {}…", kind.name());
            let mut report = kind
                .score(&dir, &options)
                .with_context(|| format!("scoring {}", kind.name()))?;
            // Text-mode figures live under their own keys ("aeb-text.f1") so that one floors
            // file holds both modes.
            report.set = match args.mode {
                _ if !kind.uses_mode() => report.set,
                Mode::Html => report.set,
                Mode::Text => format!("{}-text", report.set),
                Mode::TextAll => format!("{}-textall", report.set),
            };
            ran.push(report.set.clone());
            summary.sets.push(report);
        }
    }

    summary.peak_rss_mib = timing::peak_rss_mib();
    summary.index_metrics();
    if let Some(f) = &floors {
        summary.floors = Some(f.check(&summary.metrics, &ran));
    }
    if let Some(out) = &args.out {
        let path = out.join("summary.json");
        std::fs::write(&path, summary.to_json())
            .with_context(|| format!("writing {}", path.display()))?;
    }
    if args.json {
        println!("{}", summary.to_json());
    } else {
        print!("{}", summary.to_text());
    }
    match &summary.floors {
        Some(check) if !check.passed() => {
            let names: Vec<String> = check.failures.iter().map(|f| f.describe()).collect();
            eprintln!("quality floors not met: {}", names.join("; "));
            Ok(ExitCode::FAILURE)
        }
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// The set's folder, or why it cannot be used.
fn set_dir(data: &Path, kind: SetKind) -> Result<PathBuf, String> {
    let dir = data.join(kind.folder());
    if dir.is_dir() {
        Ok(dir)
    } else {
        Err(format!("{} not found", dir.display()))
    }
}

fn skip(summary: &mut Summary, set: &str, reason: String) {
    eprintln!("skipping {set}: {reason}");
    summary.skipped.push(Skipped {
        set: set.to_string(),
        reason,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Debug, Parser)]
    struct Cli {
        #[command(flatten)]
        eval: EvalArgs,
    }

    #[test]
    fn parses_set_lists() {
        let cli = Cli::parse_from(["x", "--set", "wcxb,aeb,wcxb", "--jobs", "2"]);
        assert_eq!(cli.eval.sets(), [SetKind::Wcxb, SetKind::Aeb]);
        assert_eq!(cli.eval.jobs, Some(2));
        let cli = Cli::parse_from(["x"]);
        assert_eq!(cli.eval.sets(), SetKind::ALL);
        assert_eq!(cli.eval.data, PathBuf::from("../shared/data"));
        assert!(Cli::try_parse_from(["x", "--set", "nope"]).is_err());
        assert_eq!(cli.eval.split, Split::Dev);
        assert!(!cli.eval.facts);
        let cli = Cli::parse_from(["x", "--set", "polnear", "--split", "train", "--facts"]);
        assert_eq!(cli.eval.sets(), [SetKind::Polnear]);
        assert_eq!(cli.eval.split, Split::Train);
        assert!(cli.eval.facts);
        assert!(Cli::try_parse_from(["x", "--split", "test"]).is_err());
    }

    #[test]
    fn missing_data_is_skipped_not_an_error() {
        let cli = Cli::parse_from([
            "x",
            "--data",
            "/nonexistent/copydesk-eval-data",
            "--json",
            "--check-floors",
            "/nonexistent/floors.json",
        ]);
        // A missing floors file is an error …
        assert!(run(&cli.eval).is_err());
        // … a missing data folder is not.
        let cli = Cli::parse_from(["x", "--data", "/nonexistent/copydesk-eval-data", "--json"]);
        assert!(matches!(run(&cli.eval), Ok(code) if code == ExitCode::SUCCESS));
    }
}
