//! The `copydesk` command: article records from news pages, and the evaluation harness.
//!
//! This file only parses the command line and dispatches; the work lives in the modules.

mod args;
mod extract;
mod facts;
mod fetch;
mod inputs;
mod output;
mod read;
mod render_text;
mod timestamp;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Extraction allocates many small strings and nodes per page; mimalloc serves them faster
/// than the system allocator, on one thread and on many.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Reads news pages like a copy editor: headline, date, authors and body from HTML or page text.
#[derive(Debug, Parser)]
#[command(name = "copydesk", version, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract article records from files, directories, globs, URLs or stdin.
    Extract(args::ExtractArgs),
    /// Print the facts of a clean UTF-8 text (quotes, attributions, entities, amounts, dates,
    /// contacts) as JSON, with spans into exactly that text.
    Facts(facts::FactsArgs),
    /// Print an HTML page as the text a scraper keeps (chrome included, one block per line).
    RenderText(render_text::RenderTextArgs),
    /// Score copydesk against the evaluation sets.
    Eval(copydesk_eval::cli::EvalArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Facts(args) => facts::run(args),
        Command::RenderText(args) => render_text::run(args).map(|()| ExitCode::SUCCESS),
        Command::Eval(args) => copydesk_eval::cli::run(args),
    };
    result.unwrap_or_else(|err| {
        eprintln!("copydesk: {err:#}");
        ExitCode::from(extract::EXIT_FATAL)
    })
}
