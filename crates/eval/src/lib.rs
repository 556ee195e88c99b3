//! Evaluation sets and their metrics: the harness behind `copydesk eval`.
//!
//! * [`metrics`]: the scoring functions (AEB shingles, WCXB bag of words, snippets, fields),
//!   pure and independent of any data on disk.
//! * [`sets`]: loading and scoring of each evaluation set.
//! * [`run`]: the guarded extraction call every set and the timing pass share.
//! * [`timing`]: the single-threaded speed pass.
//! * [`report`], [`floors`]: what a run prints, and the quality floors it can enforce.

pub mod cli;
pub mod error;
pub mod floors;
pub mod metrics;
pub mod report;
pub mod run;
pub mod sets;
pub mod timing;
pub mod tokens;

pub use error::EvalError;
