//! The ScrapingHub article-extraction-benchmark (AEB) metric.
//!
//! Per document: tokens are `\w+` runs with case kept ([`crate::tokens::words`]); shingles
//! are the multiset of token 4-grams, except that a text of 1 to 3 tokens gives a single
//! shorter shingle (all its tokens) and an empty text gives none. True positives are the
//! shingles both sides share (minimum counts), false positives the prediction's excess,
//! false negatives the truth's excess; the three are divided by their sum so every document
//! weighs the same. Over the corpus, precision is the mean over documents with `tp + fp > 0`,
//! recall the mean over documents with `tp + fn > 0`, F1 the harmonic mean of those two
//! means, and accuracy the share of documents whose token sequences are identical.
//! The arithmetic follows the peers' `score.py` operation for operation, so the numbers
//! agree to the last bit on the same texts.

use crate::metrics::{Prf, harmonic, mean};
use crate::tokens::words;
use std::collections::HashMap;

/// Shingle length.
pub const SHINGLE: usize = 4;

/// One document's normalised counts (they sum to 1, or are all 0 for two empty texts).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DocCounts {
    /// Shared shingles.
    pub true_pos: f64,
    /// Shingles only the prediction has.
    pub false_pos: f64,
    /// Shingles only the truth has.
    pub false_neg: f64,
}

impl DocCounts {
    /// `tp / (tp + fp)`; 1 when nothing is wrong, 0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        if self.false_pos == 0.0 && self.false_neg == 0.0 {
            1.0
        } else if self.true_pos + self.false_pos > 0.0 {
            self.true_pos / (self.true_pos + self.false_pos)
        } else {
            0.0
        }
    }

    /// `tp / (tp + fn)`; 1 when nothing is wrong, 0 when the truth is empty.
    pub fn recall(&self) -> f64 {
        if self.false_pos == 0.0 && self.false_neg == 0.0 {
            1.0
        } else if self.true_pos + self.false_neg > 0.0 {
            self.true_pos / (self.true_pos + self.false_neg)
        } else {
            0.0
        }
    }

    /// Precision, recall and their F1 for this document.
    pub fn prf(&self) -> Prf {
        Prf::new(self.precision(), self.recall())
    }
}

/// One scored document: its counts and whether the token sequences are identical.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DocScore {
    /// Normalised shingle counts.
    pub counts: DocCounts,
    /// The prediction's tokens equal the truth's.
    pub exact: bool,
}

/// Scores one document.
pub fn score_doc(truth: &str, prediction: &str) -> DocScore {
    let t = words(truth);
    let p = words(prediction);
    DocScore {
        counts: counts_of(&t, &p),
        exact: t == p,
    }
}

fn shingles<'a>(tokens: &'a [&'a str]) -> HashMap<&'a [&'a str], usize> {
    let mut bag = HashMap::new();
    if tokens.is_empty() {
        return bag;
    }
    if tokens.len() < SHINGLE {
        bag.insert(tokens, 1);
        return bag;
    }
    for w in tokens.windows(SHINGLE) {
        *bag.entry(w).or_insert(0) += 1;
    }
    bag
}

fn counts_of(truth: &[&str], prediction: &[&str]) -> DocCounts {
    let t = shingles(truth);
    let p = shingles(prediction);
    let mut tp = 0usize;
    let mut fp = 0usize;
    for (s, &np) in &p {
        let nt = t.get(s).copied().unwrap_or(0);
        tp += np.min(nt);
        fp += np.saturating_sub(nt);
    }
    let fn_total: usize = t
        .iter()
        .map(|(s, &nt)| nt.saturating_sub(p.get(s).copied().unwrap_or(0)))
        .sum();
    let sum = tp + fp + fn_total;
    if sum == 0 {
        return DocCounts::default();
    }
    let s = sum as f64;
    DocCounts {
        true_pos: tp as f64 / s,
        false_pos: fp as f64 / s,
        false_neg: fn_total as f64 / s,
    }
}

/// Corpus scores: precision, recall, F1 and accuracy.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct CorpusScores {
    /// Precision, recall and F1 (from the two means).
    #[serde(flatten)]
    pub prf: Prf,
    /// Share of documents whose token sequences are identical.
    pub accuracy: f64,
}

/// Scores a corpus of documents, in the given order.
pub fn corpus(docs: &[DocScore]) -> CorpusScores {
    corpus_of(docs.iter())
}

fn corpus_of<'a>(docs: impl Iterator<Item = &'a DocScore> + Clone) -> CorpusScores {
    let precision = mean(
        docs.clone()
            .map(|d| d.counts)
            .filter(|c| c.true_pos + c.false_pos > 0.0)
            .map(|c| c.precision()),
    );
    let recall = mean(
        docs.clone()
            .map(|d| d.counts)
            .filter(|c| c.true_pos + c.false_neg > 0.0)
            .map(|c| c.recall()),
    );
    CorpusScores {
        prf: Prf {
            precision,
            recall,
            f1: harmonic(precision, recall),
        },
        accuracy: mean(docs.map(|d| if d.exact { 1.0 } else { 0.0 })),
    }
}

/// Standard deviation of each corpus score over `resamples` bootstrap resamples of the
/// documents (sample standard deviation). The resample indices come from the same generator
/// `score.py` uses (Python's `random.Random(seed)`, a Mersenne Twister, drawing
/// `randrange(n)` n times per resample), so the ± values match `score.py`'s too.
pub fn bootstrap_std(docs: &[DocScore], resamples: usize, seed: u32) -> CorpusScores {
    if docs.is_empty() || resamples < 2 {
        return CorpusScores::default();
    }
    let mut rng = PyRandom::new(seed);
    let mut runs = Vec::with_capacity(resamples);
    let mut idx = vec![0usize; docs.len()];
    for _ in 0..resamples {
        for i in idx.iter_mut() {
            *i = rng.below(docs.len() as u32) as usize;
        }
        runs.push(corpus_of(idx.iter().map(|&i| &docs[i])));
    }
    let std = |f: fn(&CorpusScores) -> f64| {
        let m = mean(runs.iter().map(f));
        let var = runs.iter().map(|r| (f(r) - m).powi(2)).sum::<f64>() / (runs.len() - 1) as f64;
        var.powf(0.5)
    };
    CorpusScores {
        prf: Prf {
            precision: std(|r| r.prf.precision),
            recall: std(|r| r.prf.recall),
            f1: std(|r| r.prf.f1),
        },
        accuracy: std(|r| r.accuracy),
    }
}

/// The Mersenne Twister (MT19937) seeded and sampled as CPython's `random.Random(seed)`
/// does for a non-negative integer seed below 2^32.
struct PyRandom {
    state: [u32; PyRandom::N],
    next: usize,
}

impl PyRandom {
    const N: usize = 624;
    const M: usize = 397;

    fn new(seed: u32) -> PyRandom {
        let mut mt = [0u32; Self::N];
        mt[0] = 19_650_218;
        for i in 1..Self::N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        // init_by_array with the one-word key [seed].
        let mut i = 1;
        for _ in 0..Self::N {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(seed);
            i += 1;
            if i >= Self::N {
                mt[0] = mt[Self::N - 1];
                i = 1;
            }
        }
        for _ in 0..Self::N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= Self::N {
                mt[0] = mt[Self::N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        PyRandom {
            state: mt,
            next: Self::N,
        }
    }

    fn next_u32(&mut self) -> u32 {
        if self.next >= Self::N {
            for k in 0..Self::N {
                let y =
                    (self.state[k] & 0x8000_0000) | (self.state[(k + 1) % Self::N] & 0x7fff_ffff);
                let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
                self.state[k] = self.state[(k + Self::M) % Self::N] ^ (y >> 1) ^ mag;
            }
            self.next = 0;
        }
        let mut y = self.state[self.next];
        self.next += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `randrange(n)` for `0 < n < 2^32`: `getrandbits(bit_length(n))` until below `n`.
    fn below(&mut self, n: u32) -> u32 {
        let bits = u32::BITS - n.leading_zeros();
        loop {
            let r = self.next_u32() >> (32 - bits);
            if r < n {
                return r;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn six_tokens_against_six_with_one_changed() {
        // truth shingles: abcd bcde cdef; prediction: abcd bcde cdeX → tp 2, fp 1, fn 1.
        let d = score_doc("a b c d e f", "a b c d e X");
        assert!(close(d.counts.true_pos, 0.5));
        assert!(close(d.counts.false_pos, 0.25));
        assert!(close(d.counts.false_neg, 0.25));
        assert!(close(d.counts.precision(), 2.0 / 3.0));
        assert!(close(d.counts.recall(), 2.0 / 3.0));
        assert!(!d.exact);
    }

    #[test]
    fn shingles_are_multisets() {
        // "x x x x x" has the shingle (x x x x) twice; "x x x x" has it once.
        let d = score_doc("x x x x x", "x x x x");
        assert!(close(d.counts.true_pos, 0.5));
        assert!(close(d.counts.false_neg, 0.5));
        assert_eq!(d.counts.false_pos, 0.0);
        assert_eq!(d.counts.precision(), 1.0);
        assert!(close(d.counts.recall(), 0.5));
    }

    #[test]
    fn short_texts_make_one_shorter_shingle() {
        // Both three tokens: one shingle each, identical → a perfect score.
        let d = score_doc("Hi there, you", "Hi there you!");
        assert_eq!(d.counts.true_pos, 1.0);
        assert!(d.exact);
        // Three tokens inside five: the short shingle is not among the 4-grams.
        let d = score_doc("Hi there you", "so Hi there you now");
        assert_eq!(d.counts.true_pos, 0.0);
        assert!(close(d.counts.false_neg, 1.0 / 3.0));
        // A 2-token prediction never matches the 4-gram of a longer truth.
        let d = score_doc("one two three four", "one two");
        assert_eq!(d.counts.true_pos, 0.0);
        assert!(close(d.counts.false_pos, 0.5));
        assert_eq!(d.counts.precision(), 0.0);
    }

    #[test]
    fn case_is_kept() {
        let d = score_doc("The cat sat down", "the cat sat down");
        assert_eq!(d.counts.true_pos, 0.0);
    }

    #[test]
    fn empty_prediction_counts_for_recall_only() {
        let docs = [
            score_doc("a b c d e f", "a b c d e f"),
            score_doc("a b c d e f", ""),
        ];
        assert_eq!(docs[1].counts.false_neg, 1.0);
        let c = corpus(&docs);
        assert_eq!(c.prf.precision, 1.0);
        assert_eq!(c.prf.recall, 0.5);
        assert!(close(c.prf.f1, 2.0 / 3.0));
        assert_eq!(c.accuracy, 0.5);
    }

    #[test]
    fn both_empty_is_exact_and_left_out_of_means() {
        let d = score_doc("", " ... ");
        assert_eq!(d.counts, DocCounts::default());
        assert!(d.exact);
        let c = corpus(&[d, score_doc("a b c d e", "a b c d")]);
        assert_eq!(c.prf.precision, 1.0);
        assert_eq!(c.prf.recall, 0.5);
        assert_eq!(c.accuracy, 0.5);
    }

    #[test]
    fn bootstrap_is_zero_for_identical_documents_and_positive_otherwise() {
        let same = vec![score_doc("a b c d", "a b c d"); 10];
        let s = bootstrap_std(&same, 50, 1);
        assert_eq!(s.prf.f1, 0.0);
        let mixed = [
            score_doc("a b c d e f", "a b c d e f"),
            score_doc("a b c d e f", "a b c d e X"),
            score_doc("a b c d e f", ""),
        ];
        let s = bootstrap_std(&mixed, 200, 1);
        assert!(s.prf.recall > 0.0);
        assert!(s.prf.recall < 0.5);
    }

    #[test]
    fn generator_matches_python() {
        // Python: r = random.Random(0); [r.getrandbits(32) for _ in range(3)]
        let mut r = PyRandom::new(0);
        let first: Vec<u32> = (0..3).map(|_| r.next_u32()).collect();
        assert_eq!(first, [3626764237, 1654615998, 3255389356]);
        // Python: r = random.Random(0); [r.randrange(181) for _ in range(5)]
        let mut r = PyRandom::new(0);
        let draws: Vec<u32> = (0..5).map(|_| r.below(181)).collect();
        assert_eq!(draws, [98, 107, 10, 66, 130]);
    }
}
