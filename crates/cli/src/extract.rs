//! `copydesk extract`: gathers the inputs, extracts them on a thread pool, and writes the
//! records in input order while holding only a bounded window of them in memory.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal};
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::sync::{Arc, OnceLock, mpsc};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use copydesk::{Article, Options, Source, SourceKind};

use crate::args::{ExtractArgs, InputArg};
use crate::fetch::Fetcher;
use crate::inputs::{self, Input};
use crate::output::{Sink, Style};
use crate::read;

/// Exit code when some input failed (its record carries `error`).
pub const EXIT_INPUT_FAILED: u8 = 1;
/// Exit code for usage and output errors.
pub const EXIT_FATAL: u8 = 2;

/// Records in flight per worker thread: bounds memory whatever the number of inputs.
const WINDOW_PER_THREAD: usize = 4;

/// Runs `copydesk extract`.
pub fn run(args: &ExtractArgs) -> Result<ExitCode> {
    let mut notes = Vec::new();
    let inputs = if args.inputs.is_empty() {
        if io::stdin().is_terminal() {
            bail!("no input: give files, directories, URLs, or - for stdin (see --help)");
        }
        vec![Input::Stdin]
    } else {
        inputs::gather(&args.inputs, args.input == InputArg::Text, &mut notes)?
    };
    for note in &notes {
        eprintln!("copydesk: {note}");
    }
    if inputs.is_empty() {
        bail!("nothing to extract");
    }
    let single_page = matches!(inputs.as_slice(), [Input::File(_) | Input::Stdin]);
    if args.url.is_some() && !single_page {
        bail!("--url names the page of a single file or stdin input");
    }
    let style = Style {
        format: args.format.into(),
        pretty: args.pretty,
        several: inputs.len() > 1 || inputs.iter().any(is_wet),
    };
    if style.several && args.pretty && style.format == copydesk::Format::Json {
        eprintln!("copydesk: --pretty is ignored with several inputs (output is JSON Lines)");
    }
    let job = Arc::new(Job {
        url: args.url.clone(),
        charset: args.charset.clone(),
        fetched_at: args.fetched_at.clone(),
        input: args.input,
        facts: args.facts,
        timeout: Duration::from_secs(args.timeout.max(1)),
        fetcher: OnceLock::new(),
        style,
    });
    let mut sink = Sink::open(args.output.as_deref(), style)?;
    let total = inputs.len();
    let threads = args
        .jobs
        .map(usize::from)
        .or_else(|| std::thread::available_parallelism().ok().map(usize::from))
        .unwrap_or(1);
    let failed = if style.several {
        run_in_order(&job, inputs, threads, &mut sink)?
    } else {
        run_single(&job, inputs, &mut sink)?
    };
    if failed > 0 && style.several {
        eprintln!("copydesk: {failed} of {total} inputs failed");
    }
    Ok(if failed > 0 {
        ExitCode::from(EXIT_INPUT_FAILED)
    } else {
        ExitCode::SUCCESS
    })
}

/// The outcome of one input, rendered.
struct Done {
    label: String,
    chunk: String,
    error: Option<String>,
}

/// What every input is processed with; shared by the worker threads.
struct Job {
    url: Option<String>,
    charset: Option<String>,
    fetched_at: Option<String>,
    input: InputArg,
    facts: bool,
    timeout: Duration,
    fetcher: OnceLock<Fetcher>,
    style: Style,
}

/// A page's bytes and what is known about them.
struct Page {
    bytes: Vec<u8>,
    options: Options,
    warnings: Vec<String>,
}

impl Job {
    /// Extracts and renders one input; never panics.
    fn process(&self, input: &Input) -> Done {
        let label = input.to_string();
        let article = panic::catch_unwind(AssertUnwindSafe(|| self.extract(input))).unwrap_or_else(
            |payload| {
                Article::failed(
                    self.source(input),
                    format!("internal error: {}", panic_message(payload.as_ref())),
                )
            },
        );
        self.done(label, &article)
    }

    /// Renders `article` for output.
    fn done(&self, label: String, article: &Article) -> Done {
        let chunk = panic::catch_unwind(AssertUnwindSafe(|| self.style.chunk(&label, article)))
            .unwrap_or_default();
        Done {
            label,
            chunk,
            error: article.error.clone(),
        }
    }

    /// A failed record for an archive that could not be read.
    fn failed_done(&self, label: &str, reason: String) -> Done {
        let source = Source {
            kind: SourceKind::Wet,
            url: None,
            record_id: None,
            fetched_at: None,
        };
        self.done(label.to_string(), &Article::failed(source, reason))
    }

    fn extract(&self, input: &Input) -> Article {
        match self.load(input) {
            Ok(page) => {
                let text = match self.input {
                    InputArg::Html => false,
                    InputArg::Text => true,
                    InputArg::Auto => !copydesk::looks_like_html(&page.bytes),
                };
                let mut article = if text {
                    copydesk::extract_text_bytes(&page.bytes, &page.options)
                } else {
                    copydesk::extract(&page.bytes, &page.options)
                };
                article.warnings.extend(page.warnings);
                article
            }
            Err(err) => Article::failed(self.source(input), format!("{err:#}")),
        }
    }

    fn load(&self, input: &Input) -> Result<Page> {
        let given = |bytes: Vec<u8>| -> Result<Page> {
            Ok(Page {
                bytes: read::gunzip_if_gzip(bytes)?,
                options: Options {
                    url: self.url.clone(),
                    charset: self.charset.clone(),
                    fetched_at: self.fetched_at.clone(),
                    facts: self.facts,
                    ..Options::default()
                },
                warnings: Vec::new(),
            })
        };
        match input {
            Input::Stdin => given(read::stdin()?),
            Input::File(path) => {
                given(read::file(path)?).with_context(|| format!("{}", path.display()))
            }
            Input::Url(url) => {
                let fetcher = self.fetcher.get_or_init(|| Fetcher::new(self.timeout));
                let fetched = fetcher.fetch(url)?;
                let bytes = read::gunzip_if_gzip(fetched.body)
                    .with_context(|| fetched.final_url.clone())?;
                Ok(Page {
                    bytes,
                    options: Options {
                        url: Some(fetched.final_url),
                        charset: self.charset.clone().or(fetched.charset),
                        fetched_at: self.fetched_at.clone().or(fetched.date),
                        facts: self.facts,
                        ..Options::default()
                    },
                    warnings: fetched.warnings,
                })
            }
            Input::Invalid { arg, reason } => bail!("{arg}: {reason}"),
        }
    }

    /// The `source` of a record whose input could not be read.
    fn source(&self, input: &Input) -> Source {
        let url = match input {
            Input::Url(url) => Some(url.clone()),
            _ => self.url.clone(),
        };
        Source {
            kind: SourceKind::Html,
            url,
            record_id: None,
            fetched_at: self.fetched_at.clone(),
        }
    }
}

/// The message of a caught panic, for a record's `error` or stderr.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let text = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string());
    format!("the extractor panicked: {text}")
}

/// True for a WET file input: it holds many pages.
fn is_wet(input: &Input) -> bool {
    matches!(input, Input::File(path) if copydesk_archive::is_wet_name(path))
}

/// Several inputs, in order: runs of ordinary inputs on the pool, WET files record by record.
fn run_in_order(
    job: &Arc<Job>,
    inputs: Vec<Input>,
    threads: usize,
    sink: &mut Sink,
) -> Result<usize> {
    let mut failed = 0;
    let mut batch = Vec::new();
    for input in inputs {
        match input {
            Input::File(path) if copydesk_archive::is_wet_name(&path) => {
                failed += run_many(job, std::mem::take(&mut batch), threads, sink)?;
                match run_wet(job, &path, sink)? {
                    Some(n) => failed += n,
                    None => return Ok(failed),
                }
            }
            other => batch.push(other),
        }
    }
    failed += run_many(job, batch, threads, sink)?;
    Ok(failed)
}

/// Extracts every page of a WET file in file order, each with the record's target URI,
/// date and id; returns the failures, or `None` when output has stopped. A malformed
/// record gives a failed record and ends the file; the records before it stand.
fn run_wet(job: &Job, path: &std::path::Path, sink: &mut Sink) -> Result<Option<usize>> {
    let label = path.display().to_string();
    let records = match copydesk_archive::WetRecords::open(path) {
        Ok(records) => records,
        Err(err) => {
            let done = job.failed_done(&label, err.to_string());
            eprintln!("copydesk: {err}");
            return Ok(emit(sink, &done)?.then_some(1));
        }
    };
    let mut failed = 0;
    for record in records {
        let done = match record {
            Ok(r) => {
                let options = Options {
                    url: r.url.clone(),
                    fetched_at: Some(r.date.clone()),
                    facts: job.facts,
                    ..Options::default()
                };
                let label = r.url.clone().unwrap_or_else(|| r.record_id.clone());
                let article = panic::catch_unwind(AssertUnwindSafe(|| {
                    let mut a = copydesk::extract_text(&r.text, &options);
                    a.source.kind = SourceKind::Wet;
                    a.source.record_id = Some(r.record_id.clone());
                    a
                }))
                .unwrap_or_else(|payload| {
                    Article::failed(
                        Source {
                            kind: SourceKind::Wet,
                            url: r.url.clone(),
                            record_id: Some(r.record_id.clone()),
                            fetched_at: Some(r.date.clone()),
                        },
                        format!("internal error: {}", panic_message(payload.as_ref())),
                    )
                });
                job.done(label, &article)
            }
            Err(err) => {
                eprintln!("copydesk: {label}: {err}");
                job.failed_done(&label, format!("{label}: {err}"))
            }
        };
        failed += usize::from(done.error.is_some());
        if !emit(sink, &done)? {
            return Ok(None);
        }
    }
    Ok(Some(failed))
}

/// One input, processed on this thread; its failure is also reported on stderr.
fn run_single(job: &Job, inputs: Vec<Input>, sink: &mut Sink) -> Result<usize> {
    let mut failed = 0;
    for input in inputs {
        let done = job.process(&input);
        if let Some(reason) = &done.error {
            eprintln!("copydesk: {reason}");
            failed += 1;
        }
        if !emit(sink, &done)? {
            break;
        }
    }
    Ok(failed)
}

/// Several inputs on a pool of `threads`, written in input order. At most
/// `threads × WINDOW_PER_THREAD` records are being worked on or waiting to be written.
fn run_many(job: &Arc<Job>, inputs: Vec<Input>, threads: usize, sink: &mut Sink) -> Result<usize> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("copydesk-worker-{i}"))
        .build()
        .context("cannot start the worker threads")?;
    let window = threads.saturating_mul(WINDOW_PER_THREAD).max(1);
    let total = inputs.len();
    let mut queue = inputs.into_iter().enumerate();
    let (tx, rx) = mpsc::channel::<(usize, Done)>();
    let mut waiting: BTreeMap<usize, Done> = BTreeMap::new();
    let (mut submitted, mut next, mut failed) = (0, 0, 0);
    let report_each = job.style.format != copydesk::Format::Json;
    while next < total {
        while submitted < total && submitted - next < window {
            let Some((index, input)) = queue.next() else {
                break;
            };
            let tx = tx.clone();
            let job = Arc::clone(job);
            pool.spawn(move || {
                // The receiver only goes away when output has stopped; nothing to do then.
                let _ = tx.send((index, job.process(&input)));
            });
            submitted += 1;
        }
        let (index, done) = rx.recv().context("a worker thread stopped")?;
        waiting.insert(index, done);
        while let Some(done) = waiting.remove(&next) {
            next += 1;
            if let Some(reason) = &done.error {
                failed += 1;
                if report_each {
                    eprintln!("copydesk: {reason}");
                }
            }
            if !emit(sink, &done)? {
                return Ok(failed);
            }
        }
        if !flush(sink)? {
            return Ok(failed);
        }
    }
    Ok(failed)
}

/// Writes one record; `false` when the reader has gone away (a closed pipe).
fn emit(sink: &mut Sink, done: &Done) -> Result<bool> {
    if done.chunk.is_empty() {
        eprintln!("copydesk: {}: could not render the record", done.label);
        return Ok(true);
    }
    match sink.write(&done.chunk) {
        Ok(()) => flush(sink),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(false),
        Err(err) => Err(err).context("cannot write the output"),
    }
}

fn flush(sink: &mut Sink) -> Result<bool> {
    match sink.flush() {
        Ok(()) => Ok(true),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(false),
        Err(err) => Err(err).context("cannot write the output"),
    }
}
