//! `copydesk-peer-run IN_DIR OUT_DIR [--urls FILE]`: copydesk behind the peers' harness
//! protocol (`shared/peers/README.md`), so `run_peer.sh cmd:…/copydesk-peer-run` measures
//! copydesk exactly as it measures the other extractors.
//!
//! One process, one thread. Pages (`<id>.html` or `<id>.html.gz`) are processed in sorted
//! order; each gives `OUT_DIR/<id>.json` = `{"title","author","date","text","extract_s",
//! "extract_cpu_s"}` (plus `"error"` when the extractor panicked). Only the extraction call
//! (`copydesk::extract` + text rendering) is timed, by wall clock and by process CPU time;
//! the raw page bytes are passed on undecoded, since copydesk decodes them itself. The last
//! stdout line is the run's JSON summary.

use anyhow::{Context, bail};
use copydesk_eval::run::{Mode, extract_guarded, read_page};
use cpu_time::ProcessTime;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Command line of the protocol.
#[derive(Debug, clap::Parser)]
#[command(name = "copydesk-peer-run", version, about)]
struct Args {
    /// Folder of `<id>.html` / `<id>.html.gz` pages.
    in_dir: PathBuf,
    /// Folder for `<id>.json` outputs (created).
    out_dir: PathBuf,
    /// JSON `{id: url}` or an AEB ground truth `{id: {"url": …}}`.
    #[arg(long, value_name = "FILE")]
    urls: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = <Args as clap::Parser>::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("copydesk-peer-run: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> anyhow::Result<()> {
    std::fs::create_dir_all(&args.out_dir)
        .with_context(|| format!("creating {}", args.out_dir.display()))?;
    let urls = match &args.urls {
        Some(path) => load_urls(path)?,
        None => HashMap::new(),
    };
    let pages = list_pages(&args.in_dir)?;
    let loop_start = Instant::now();
    let (mut extract_s, mut extract_cpu_s, mut errors) = (0.0f64, 0.0f64, 0usize);
    for (id, path) in &pages {
        let html = read_page(path)?;
        let url = urls.get(id).map(String::as_str);
        let cpu0 = ProcessTime::now();
        let wall0 = Instant::now();
        let got = extract_guarded(&html, url, Mode::Html);
        let dt = wall0.elapsed().as_secs_f64();
        let dc = cpu0.elapsed().as_secs_f64();
        extract_s += dt;
        extract_cpu_s += dc;
        errors += usize::from(got.panic.is_some());
        let mut record = got.peer_json();
        record.insert("extract_s".into(), dt.into());
        record.insert("extract_cpu_s".into(), dc.into());
        let out = args.out_dir.join(format!("{id}.json"));
        std::fs::write(&out, serde_json::to_vec(&Value::Object(record))?)
            .with_context(|| format!("writing {}", out.display()))?;
    }
    let n = pages.len();
    let rate = |secs: f64| if secs > 0.0 { n as f64 / secs } else { 0.0 };
    println!(
        "{}",
        json!({
            "tool": "copydesk", "version": env!("CARGO_PKG_VERSION"), "pages": n,
            "errors": errors, "extract_s": extract_s, "extract_cpu_s": extract_cpu_s,
            "loop_wall_s": loop_start.elapsed().as_secs_f64(),
            "pages_per_s": rate(extract_s), "pages_per_cpu_s": rate(extract_cpu_s),
        })
    );
    Ok(())
}

/// `(id, path)` of every page in `dir`, sorted by id.
fn list_pages(dir: &Path) -> anyhow::Result<Vec<(String, PathBuf)>> {
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        let id = name
            .strip_suffix(".html.gz")
            .or_else(|| name.strip_suffix(".html"));
        if let Some(id) = id {
            pages.push((id.to_string(), entry.path()));
        }
    }
    pages.sort();
    if pages.is_empty() {
        bail!("no <id>.html or <id>.html.gz pages in {}", dir.display());
    }
    Ok(pages)
}

/// Reads `{id: url}` or `{id: {"url": url, …}}`.
fn load_urls(path: &Path) -> anyhow::Result<HashMap<String, String>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let value: Value =
        serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    let Value::Object(map) = value else {
        bail!("{}: expected a JSON object", path.display());
    };
    Ok(map
        .into_iter()
        .filter_map(|(id, v)| {
            let url = match v {
                Value::String(s) => Some(s),
                Value::Object(o) => o.get("url").and_then(Value::as_str).map(str::to_string),
                _ => None,
            };
            url.map(|u| (id, u))
        })
        .collect())
}
