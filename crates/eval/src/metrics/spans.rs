//! Span matching for quotes and attributions, as the issue states it: a predicted item
//! matches a gold one when their characters overlap by at least half of either span (so of
//! the shorter). Precision counts the predictions that match some gold item, recall the gold
//! items some prediction matches; each matching prediction is paired with the gold item it
//! shares most with, and its source is right when it overlaps that item's source.
//! A gold quote split by its cue ("“…,” said X. “…”") is one discontinuous gold item that
//! both predicted halves match.
//!
//! A span is a list of `[start, end)` segments in characters: gold spans may be
//! discontinuous ("“…,” said Caddell. “…”"), predicted ones are one segment.

use crate::metrics::{Prf, ratio};
use serde::Serialize;

/// `[start, end)` segments of one (possibly discontinuous) span, in characters.
pub type Segments = Vec<[usize; 2]>;

/// Content attributed to a source: a quote and its speaker, or a claim and its source.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Attributed {
    /// Where the content is.
    pub content: Segments,
    /// Where the speaker or source is mentioned, when known.
    pub source: Option<Segments>,
}

/// The number of characters a span covers (empty or reversed segments count 0).
pub fn length(span: &[[usize; 2]]) -> usize {
    span.iter().map(|[s, e]| e.saturating_sub(*s)).sum()
}

/// The number of characters two spans share (segments of one span do not overlap).
pub fn overlap(a: &[[usize; 2]], b: &[[usize; 2]]) -> usize {
    a.iter()
        .flat_map(|[s1, e1]| {
            b.iter()
                .map(move |[s2, e2]| (*e1).min(*e2).saturating_sub(*s1.max(s2)))
        })
        .sum()
}

/// True when `a` and `b` share at least half of the shorter one's characters (and some).
pub fn same_item(a: &[[usize; 2]], b: &[[usize; 2]]) -> bool {
    let shared = overlap(a, b);
    shared > 0 && 2 * shared >= length(a).min(length(b))
}

/// How the source of a matched pair fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceCheck {
    /// The gold item has no source (an attribution without Source): not scored.
    NoGold,
    /// The predicted source overlaps the gold one.
    Right,
    /// The predicted source is elsewhere.
    Wrong,
    /// No source was predicted.
    Missing,
}

impl SourceCheck {
    fn of(gold: Option<&[[usize; 2]]>, predicted: Option<&[[usize; 2]]>) -> SourceCheck {
        match (gold, predicted) {
            (None, _) => SourceCheck::NoGold,
            (Some(_), None) => SourceCheck::Missing,
            (Some(g), Some(p)) if overlap(g, p) > 0 => SourceCheck::Right,
            (Some(_), Some(_)) => SourceCheck::Wrong,
        }
    }
}

/// A gold item and the prediction matched to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    /// Index into the gold list.
    pub gold: usize,
    /// Index into the predictions.
    pub predicted: usize,
    /// Characters shared.
    pub overlap: usize,
    /// Whether the source is right.
    pub source: SourceCheck,
}

/// The outcome of matching one document's predictions against its gold items.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Matching {
    /// Each prediction that matches a gold item, with the gold item it shares most with,
    /// in prediction order.
    pub pairs: Vec<Pair>,
    /// Gold items no prediction matches (indexes, ascending).
    pub missed: Vec<usize>,
    /// Predictions that match no gold item (indexes, ascending).
    pub spurious: Vec<usize>,
}

/// Matches `predicted` to `gold`: every pair passing [`same_item`] counts; each matching
/// prediction is paired with the gold item it shares most with (ties: the earlier one), and
/// its source is checked against that item's.
pub fn match_items(gold: &[Attributed], predicted: &[Attributed]) -> Matching {
    let mut hit = vec![false; gold.len()];
    let mut pairs = Vec::new();
    let mut spurious = Vec::new();
    for (p, pi) in predicted.iter().enumerate() {
        let mut best: Option<(usize, usize)> = None;
        for (g, gi) in gold.iter().enumerate() {
            if !same_item(&gi.content, &pi.content) {
                continue;
            }
            hit[g] = true;
            let shared = overlap(&gi.content, &pi.content);
            if best.is_none_or(|(b, _)| shared > b) {
                best = Some((shared, g));
            }
        }
        match best {
            Some((shared, g)) => pairs.push(Pair {
                gold: g,
                predicted: p,
                overlap: shared,
                source: SourceCheck::of(gold[g].source.as_deref(), pi.source.as_deref()),
            }),
            None => spurious.push(p),
        }
    }
    Matching {
        pairs,
        missed: (0..gold.len()).filter(|&g| !hit[g]).collect(),
        spurious,
    }
}

/// Counts over many documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    /// Gold items.
    pub gold: usize,
    /// Predictions.
    pub predicted: usize,
    /// Gold items matched.
    pub matched: usize,
    /// Predictions that match a gold item.
    pub correct: usize,
    /// Matching predictions whose gold item has a source (the sources scored).
    pub sourced: usize,
    /// … of which the predicted source is right.
    pub source_right: usize,
}

impl Tally {
    /// Adds one document's matching of `gold` gold items and `predicted` predictions.
    pub fn add(&mut self, gold: usize, predicted: usize, matching: &Matching) {
        self.gold += gold;
        self.predicted += predicted;
        self.matched += gold.saturating_sub(matching.missed.len());
        self.correct += matching.pairs.len();
        for pair in &matching.pairs {
            if pair.source != SourceCheck::NoGold {
                self.sourced += 1;
                self.source_right += usize::from(pair.source == SourceCheck::Right);
            }
        }
    }

    /// Precision, recall and F1 of the matching.
    pub fn prf(&self) -> Prf {
        Prf::new(
            ratio(self.correct, self.predicted),
            ratio(self.matched, self.gold),
        )
    }

    /// Share of the scored sources (matched pairs whose gold has one) that are right.
    pub fn source_rate(&self) -> f64 {
        ratio(self.source_right, self.sourced)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(content: &[[usize; 2]], source: Option<[usize; 2]>) -> Attributed {
        Attributed {
            content: content.to_vec(),
            source: source.map(|s| vec![s]),
        }
    }

    #[test]
    fn overlap_counts_shared_characters_over_segments() {
        assert_eq!(length(&[[0, 10], [20, 25]]), 15);
        assert_eq!(length(&[[5, 3]]), 0);
        assert_eq!(overlap(&[[0, 10]], &[[5, 15]]), 5);
        assert_eq!(overlap(&[[0, 10], [20, 30]], &[[5, 25]]), 10);
        assert_eq!(overlap(&[[0, 10]], &[[10, 20]]), 0);
    }

    #[test]
    fn half_of_the_shorter_span_is_enough() {
        // 5 shared of a 10-character prediction inside a 100-character gold span.
        assert!(same_item(&[[0, 100]], &[[95, 105]]));
        // 4 shared of 10: not enough.
        assert!(!same_item(&[[0, 100]], &[[96, 106]]));
        // A prediction wholly inside a long gold span matches whatever its size.
        assert!(same_item(&[[0, 1000]], &[[400, 402]]));
        // Touching spans share nothing; empty spans never match.
        assert!(!same_item(&[[0, 10]], &[[10, 20]]));
        assert!(!same_item(&[[5, 5]], &[[5, 5]]));
    }

    #[test]
    fn discontinuous_gold_matches_both_parts() {
        // “One part,” said X. “Another part.” annotated as one content of two segments.
        let gold = [item(&[[0, 40], [52, 80]], Some([41, 50]))];
        let predicted = [
            item(&[[1, 39]], Some([41, 50])),
            item(&[[53, 79]], Some([41, 50])),
        ];
        let m = match_items(&gold, &predicted);
        assert_eq!(m.pairs.len(), 2, "both halves are right");
        assert!(m.spurious.is_empty());
        assert!(m.missed.is_empty());
        assert!(m.missed.is_empty());
    }

    #[test]
    fn every_prediction_matching_a_gold_item_is_right() {
        let gold = [item(&[[0, 20]], None), item(&[[30, 50]], None)];
        // One long prediction covering both gold quotes, and one covering the second.
        let predicted = [item(&[[0, 50]], None), item(&[[31, 50]], None)];
        let m = match_items(&gold, &predicted);
        let pairs: Vec<(usize, usize)> = m.pairs.iter().map(|p| (p.gold, p.predicted)).collect();
        // (0,0) shares 20, (1,0) 20, (1,1) 19: prediction 0 pairs with the earlier gold.
        assert_eq!(pairs, [(0, 0), (1, 1)]);
        assert!(m.spurious.is_empty());
        // A prediction far from every gold item is spurious.
        let m = match_items(
            &gold[..1],
            &[item(&[[0, 20]], None), item(&[[60, 80]], None)],
        );
        assert_eq!((m.pairs.len(), m.spurious.clone()), (1, vec![1]));
    }

    #[test]
    fn sources_are_right_when_they_overlap() {
        let gold = [
            item(&[[0, 20]], Some([25, 40])),
            item(&[[50, 70]], Some([75, 90])),
            item(&[[100, 120]], Some([125, 140])),
            item(&[[150, 170]], None),
        ];
        let predicted = [
            item(&[[0, 20]], Some([35, 45])),
            item(&[[50, 70]], Some([0, 10])),
            item(&[[100, 120]], None),
            item(&[[150, 170]], Some([0, 1])),
        ];
        let m = match_items(&gold, &predicted);
        let checks: Vec<SourceCheck> = m.pairs.iter().map(|p| p.source).collect();
        assert_eq!(
            checks,
            [
                SourceCheck::Right,
                SourceCheck::Wrong,
                SourceCheck::Missing,
                SourceCheck::NoGold
            ]
        );
        let mut t = Tally::default();
        t.add(gold.len(), predicted.len(), &m);
        assert_eq!((t.matched, t.sourced, t.source_right), (4, 3, 1));
        assert!((t.source_rate() - 1.0 / 3.0).abs() < 1e-12);
        assert!((t.prf().precision - 1.0).abs() < 1e-12);
        assert!((t.prf().recall - 1.0).abs() < 1e-12);
    }
}
