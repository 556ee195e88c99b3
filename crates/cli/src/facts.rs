//! `copydesk facts`: the facts of a text that is already clean (an article body, a corpus
//! document), with spans into exactly that text.

use std::io::{self, IsTerminal, Write};
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Args;

use crate::extract::{EXIT_INPUT_FAILED, panic_message};
use crate::read;

/// Options of `copydesk facts`.
#[derive(Debug, Args)]
#[command(after_help = "\
The input is read as UTF-8 and used exactly as it is: it is not decoded from another \
charset, gunzipped, trimmed or normalised, so that every span indexes it. Spans are \
[start, end) in Unicode characters (Python's text[start:end]).

Exit codes: 0 facts printed, 1 the input could not be read or is not UTF-8, 2 usage or \
output error.")]
pub struct FactsArgs {
    /// A UTF-8 text file, or - for stdin (read when no FILE is given and stdin is not a terminal).
    #[arg(value_name = "FILE")]
    pub input: Option<String>,

    /// The publication date relative dates resolve against (YYYY-MM-DD or RFC 3339).
    #[arg(long, value_name = "DATE", value_parser = parse_published)]
    pub published: Option<String>,

    /// Pretty-print the JSON.
    #[arg(long)]
    pub pretty: bool,
}

/// Runs `copydesk facts`.
pub fn run(args: &FactsArgs) -> Result<ExitCode> {
    let label = match args.input.as_deref() {
        Some(name) => name,
        None if io::stdin().is_terminal() => {
            bail!("no input: give a text file, or - for stdin (see --help)")
        }
        None => "-",
    };
    let text = match load(label) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("copydesk: {err:#}");
            return Ok(ExitCode::from(EXIT_INPUT_FAILED));
        }
    };
    let published = args.published.as_deref();
    let facts =
        match panic::catch_unwind(AssertUnwindSafe(|| copydesk::find_facts(&text, published))) {
            Ok(facts) => facts,
            Err(payload) => {
                eprintln!(
                    "copydesk: {label}: internal error: {}",
                    panic_message(payload.as_ref())
                );
                return Ok(ExitCode::from(EXIT_INPUT_FAILED));
            }
        };
    let json = if args.pretty {
        serde_json::to_string_pretty(&facts)
    } else {
        serde_json::to_string(&facts)
    }
    .context("cannot serialise the facts")?;
    let mut out = io::stdout().lock();
    match writeln!(out, "{json}").and_then(|()| out.flush()) {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => {
            Err(err).context("cannot write the output")
        }
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// The text of `label` (a file, or `-` for stdin), which must be UTF-8.
fn load(label: &str) -> Result<String> {
    let bytes = if label == "-" {
        read::stdin()?
    } else {
        read::file(std::path::Path::new(label))?
    };
    String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        anyhow::anyhow!(
            "{label}: not valid UTF-8 (byte {at}); facts are found in UTF-8 text only, \
             unconverted, so that their spans index it"
        )
    })
}

/// Accepts `YYYY-MM-DD` or an RFC 3339 date-time.
fn parse_published(value: &str) -> Result<String, String> {
    if crate::timestamp::is_rfc3339(value) || crate::timestamp::is_date(value) {
        Ok(value.to_string())
    } else {
        Err("expected a date such as 2016-09-15 or 2016-09-15T08:00:00Z".to_string())
    }
}
