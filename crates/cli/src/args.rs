//! The options of `copydesk extract`.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use copydesk::Format;

/// Options of `copydesk extract`.
#[derive(Debug, Args)]
#[command(after_help = "\
Inputs may be HTML files or page text (gzip-compressed ones too), Common Crawl WET files \
(*.wet, *.warc.wet.gz: one record per conversion record, with its target URI and date), \
directories (searched recursively for *.html, *.htm and *.xhtml, and with --input text for \
*.txt and WET files too, optionally .gz), glob patterns, http(s) URLs, or - for stdin. With no input and a redirected stdin, stdin \
is read.

One input gives one record (a WET file one per page it holds). Several inputs give JSON Lines in input order; for the other \
formats each record is preceded by a line `==> INPUT <==` and records are separated by a \
blank line.

Exit codes: 0 all inputs extracted, 1 at least one input failed (its record carries \
`error`), 2 usage or output error.")]
pub struct ExtractArgs {
    /// Files, directories, glob patterns, http(s) URLs, or - for stdin.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<String>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Json)]
    pub format: FormatArg,

    /// What the inputs hold: HTML, page text (a scraper's dump), or auto (HTML unless the
    /// start of the input has no HTML tag).
    #[arg(long, value_enum, default_value_t = InputArg::Auto)]
    pub input: InputArg,

    /// Pretty-print JSON (single input only; several inputs stay JSON Lines).
    #[arg(long)]
    pub pretty: bool,

    /// Number of worker threads [default: all cores].
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<NonZeroUsize>,

    /// The page's URL, when the one input is a file or stdin.
    #[arg(long, value_name = "URL", value_parser = parse_url)]
    pub url: Option<String>,

    /// When the page was fetched (RFC 3339); overrides the HTTP Date header.
    #[arg(long, value_name = "TIME", value_parser = parse_fetched_at)]
    pub fetched_at: Option<String>,

    /// Character encoding of the input, overriding what the page or server declares.
    #[arg(long, value_name = "LABEL")]
    pub charset: Option<String>,

    /// Seconds to wait for a server's response and for each read of its body.
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    pub timeout: u64,

    /// Write the output to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Add `facts` to each record: quotes and their speakers, attributions, entities,
    /// amounts, dates and contacts, with spans into the record's `text`.
    #[arg(long)]
    pub facts: bool,
}

/// The `--input` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputArg {
    /// Decide per input.
    Auto,
    /// HTML pages.
    Html,
    /// Page text.
    Text,
}

/// The `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// The article record as JSON.
    Json,
    /// Headline, metadata line and body as Markdown.
    Markdown,
    /// The body text only.
    Text,
    /// A clean reader-view HTML page.
    Html,
}

impl From<FormatArg> for Format {
    fn from(value: FormatArg) -> Format {
        match value {
            FormatArg::Json => Format::Json,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Text => Format::Text,
            FormatArg::Html => Format::Html,
        }
    }
}

fn parse_url(value: &str) -> Result<String, String> {
    url::Url::parse(value)
        .map(|_| value.to_string())
        .map_err(|e| format!("not an absolute URL: {e}"))
}

fn parse_fetched_at(value: &str) -> Result<String, String> {
    if crate::timestamp::is_rfc3339(value) {
        Ok(value.to_string())
    } else {
        Err("expected an RFC 3339 time such as 2024-10-25T08:00:00Z".to_string())
    }
}
