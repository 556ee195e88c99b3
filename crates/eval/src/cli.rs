//! The `copydesk eval` subcommand.

use std::process::ExitCode;

/// Arguments of `copydesk eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {}

/// Runs `copydesk eval`.
pub fn run(_args: &EvalArgs) -> anyhow::Result<ExitCode> {
    Ok(ExitCode::SUCCESS)
}
