//! Scoring functions, each on plain strings or spans, with no knowledge of any data set.

pub mod bag;
pub mod fields;
pub mod shingles;
pub mod snippets;
pub mod spans;

/// Precision, recall and F1 of one page or one corpus.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct Prf {
    /// Share of the prediction that is right.
    pub precision: f64,
    /// Share of the reference that was found.
    pub recall: f64,
    /// Harmonic mean of the two, 0 when both are 0.
    pub f1: f64,
}

impl Prf {
    /// Builds the triple from precision and recall.
    pub fn new(precision: f64, recall: f64) -> Prf {
        Prf {
            precision,
            recall,
            f1: harmonic(precision, recall),
        }
    }
}

/// `2pr / (p + r)`, or 0 when `p + r` is 0.
pub fn harmonic(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// Arithmetic mean in input order (as Python's `sum(xs) / len(xs)`), 0 for no values.
pub fn mean(values: impl IntoIterator<Item = f64>) -> f64 {
    let (sum, n) = values
        .into_iter()
        .fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 { 0.0 } else { sum / n as f64 }
}

/// `part / whole`, or 0 when `whole` is 0.
pub fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(harmonic(0.0, 0.0), 0.0);
        assert!((harmonic(0.5, 1.0) - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(mean([]), 0.0);
        assert_eq!(mean([1.0, 2.0, 6.0]), 3.0);
        assert_eq!(ratio(1, 0), 0.0);
        assert_eq!(ratio(1, 4), 0.25);
    }
}
