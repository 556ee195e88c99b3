//! The "with / without" snippet metric (trafilatura's evaluation set; WCXB's snippet rates).
//!
//! A `with` snippet found in the text is a true positive, one missing a false negative;
//! a `without` snippet found is a false positive, one absent a true negative.
//!
//! Matching is a substring test after whitespace normalisation of both sides: every run
//! of whitespace becomes one space and the ends are trimmed, so a snippet that spans a
//! line break in the output still matches. This is how trafilatura's own evaluation
//! scripts compare (case kept). WCXB describes its snippet test as case-insensitive, so
//! [`Case::Fold`] additionally lower-cases both sides.

use crate::metrics::{harmonic, ratio};

/// Whether the substring test ignores case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Case must match (trafilatura set).
    Keep,
    /// Both sides are lower-cased first (WCXB).
    Fold,
}

/// Confusion counts over snippets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct SnippetCounts {
    /// `with` snippets found.
    pub true_pos: usize,
    /// `without` snippets found.
    pub false_pos: usize,
    /// `with` snippets missing.
    pub false_neg: usize,
    /// `without` snippets absent.
    pub true_neg: usize,
}

impl SnippetCounts {
    /// Adds another page's counts.
    pub fn add(&mut self, other: SnippetCounts) {
        self.true_pos += other.true_pos;
        self.false_pos += other.false_pos;
        self.false_neg += other.false_neg;
        self.true_neg += other.true_neg;
    }

    /// `tp / (tp + fp)`, 0 when nothing was found.
    pub fn precision(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_pos)
    }

    /// `tp / (tp + fn)`: the share of `with` snippets found.
    pub fn recall(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_neg)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        harmonic(self.precision(), self.recall())
    }

    /// `(tp + tn) / all`.
    pub fn accuracy(&self) -> f64 {
        ratio(
            self.true_pos + self.true_neg,
            self.true_pos + self.true_neg + self.false_pos + self.false_neg,
        )
    }

    /// `tn / (tn + fp)`: the share of `without` snippets absent.
    pub fn absent_rate(&self) -> f64 {
        ratio(self.true_neg, self.true_neg + self.false_pos)
    }
}

/// Collapses every whitespace run to one space and trims the ends. Whitespace is what
/// Python's `\s` matches on text: Unicode white space plus the separators U+001C–U+001F.
pub fn normalise_space(text: &str) -> String {
    let is_space = |c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c);
    let mut out = String::with_capacity(text.len());
    for part in text.split(is_space).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

fn prepare(text: &str, case: Case) -> String {
    let t = normalise_space(text);
    match case {
        Case::Keep => t,
        Case::Fold => t.to_lowercase(),
    }
}

/// Counts one page's snippets in `text`.
pub fn count<S: AsRef<str>>(text: &str, with: &[S], without: &[S], case: Case) -> SnippetCounts {
    let hay = prepare(text, case);
    let found = |s: &S| hay.contains(&prepare(s.as_ref(), case));
    let tp = with.iter().filter(|s| found(s)).count();
    let fp = without.iter().filter(|s| found(s)).count();
    SnippetCounts {
        true_pos: tp,
        false_pos: fp,
        false_neg: with.len() - tp,
        true_neg: without.len() - fp,
    }
}

/// The snippets that went wrong on one page: `with` snippets missing from `text`, and
/// `without` snippets present in it.
pub fn misses<'s, S: AsRef<str>>(
    text: &str,
    with: &'s [S],
    without: &'s [S],
    case: Case,
) -> (Vec<&'s str>, Vec<&'s str>) {
    let hay = prepare(text, case);
    let found = |s: &str| hay.contains(&prepare(s, case));
    let missing = with
        .iter()
        .map(AsRef::as_ref)
        .filter(|s| !found(s))
        .collect();
    let present = without
        .iter()
        .map(AsRef::as_ref)
        .filter(|s| found(s))
        .collect();
    (missing, present)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The mayor said\n\nthe bridge  will open in May.\nShare this";

    #[test]
    fn counts_the_four_cells() {
        let c = count(
            TEXT,
            &["bridge will open", "mayor said the bridge", "not there"],
            &["Share this", "Subscribe"],
            Case::Keep,
        );
        assert_eq!(
            c,
            SnippetCounts {
                true_pos: 2,
                false_pos: 1,
                false_neg: 1,
                true_neg: 1
            }
        );
        assert!((c.precision() - 2.0 / 3.0).abs() < 1e-12);
        assert!((c.recall() - 2.0 / 3.0).abs() < 1e-12);
        assert!((c.accuracy() - 0.6).abs() < 1e-12);
        assert_eq!(c.absent_rate(), 0.5);
    }

    #[test]
    fn lists_the_misses() {
        let (missing, present) = misses(
            TEXT,
            &["mayor said", "gone"],
            &["Share  this", "x y"],
            Case::Keep,
        );
        assert_eq!(missing, ["gone"]);
        assert_eq!(present, ["Share  this"]);
    }

    #[test]
    fn case_folding_is_optional() {
        let keep = count(TEXT, &["THE MAYOR"], &[], Case::Keep);
        let fold = count(TEXT, &["THE MAYOR"], &[], Case::Fold);
        assert_eq!(keep.true_pos, 0);
        assert_eq!(fold.true_pos, 1);
    }

    #[test]
    fn empty_text_finds_nothing() {
        let c = count("", &["a"], &["b"], Case::Keep);
        assert_eq!((c.true_pos, c.false_neg, c.true_neg), (0, 1, 1));
        assert_eq!(c.precision(), 0.0);
        assert_eq!(SnippetCounts::default().f1(), 0.0);
    }

    #[test]
    fn whitespace_is_normalised() {
        assert_eq!(normalise_space("  a \t b\u{a0}\u{1f}c\n"), "a b c");
    }
}
