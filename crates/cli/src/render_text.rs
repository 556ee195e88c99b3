//! `copydesk render-text`: an HTML page as the text a scraper keeps (all visible text,
//! chrome included, one block per line), for building page-text test sets.

use std::io::Write;

use anyhow::{Context, Result};
use clap::Args;

use crate::read;

/// Options of `copydesk render-text`.
#[derive(Debug, Args)]
pub struct RenderTextArgs {
    /// An HTML file (gzip-compressed too), or - for stdin.
    #[arg(value_name = "INPUT", default_value = "-")]
    pub input: String,

    /// Character encoding of the input, overriding what the page declares.
    #[arg(long, value_name = "LABEL")]
    pub charset: Option<String>,
}

/// Runs `copydesk render-text`.
pub fn run(args: &RenderTextArgs) -> Result<()> {
    let bytes = if args.input == "-" {
        read::stdin()?
    } else {
        let path = std::path::Path::new(&args.input);
        read::file(path).with_context(|| args.input.clone())?
    };
    let bytes = read::gunzip_if_gzip(bytes).with_context(|| args.input.clone())?;
    let options = copydesk::Options {
        charset: args.charset.clone(),
        ..copydesk::Options::default()
    };
    let text = copydesk::page_text(&bytes, &options);
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}").context("cannot write the output")?;
    Ok(())
}
