//! Evaluation sets and their metrics.

pub mod cli;
