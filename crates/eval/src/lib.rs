//! Evaluation sets and their metrics.
