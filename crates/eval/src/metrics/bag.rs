//! The WCXB bag-of-words metric.
//!
//! Both texts are lower-cased, then split into `\w+` tokens; precision, recall and F1 come
//! from the multiset overlap (order ignored). An empty reference scores 1 only for an
//! empty prediction (0 otherwise); an empty prediction against a non-empty reference
//! scores 0 on all three.

use crate::metrics::Prf;
use crate::tokens::words;
use std::collections::HashMap;

/// Scores one page.
pub fn score(reference: &str, prediction: &str) -> Prf {
    let reference = reference.to_lowercase();
    let prediction = prediction.to_lowercase();
    let r = words(&reference);
    let p = words(&prediction);
    match (r.is_empty(), p.is_empty()) {
        (true, true) => return Prf::new(1.0, 1.0),
        (true, false) | (false, true) => return Prf::default(),
        (false, false) => {}
    }
    let mut bag: HashMap<&str, usize> = HashMap::new();
    for t in &r {
        *bag.entry(t).or_insert(0) += 1;
    }
    let mut overlap = 0usize;
    for t in &p {
        if let Some(n) = bag.get_mut(t)
            && *n > 0
        {
            *n -= 1;
            overlap += 1;
        }
    }
    Prf::new(
        overlap as f64 / p.len() as f64,
        overlap as f64 / r.len() as f64,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_ignores_order_and_case() {
        let s = score("The cat saw the dog", "dog THE cat");
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.6);
        assert!((s.f1 - 0.75).abs() < 1e-12);
    }

    #[test]
    fn counts_are_a_multiset() {
        // The reference has "a" once; the prediction's second "a" is wrong.
        let s = score("a b", "a a b c");
        assert_eq!(s.precision, 0.5);
        assert_eq!(s.recall, 1.0);
    }

    #[test]
    fn empty_cases() {
        assert_eq!(score("", "  "), Prf::new(1.0, 1.0));
        assert_eq!(score("", "words"), Prf::default());
        assert_eq!(score("words", ""), Prf::default());
        assert_eq!(score("a b", "c d"), Prf::default());
    }
}
