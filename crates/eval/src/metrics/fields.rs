//! Metadata fields (title, author, date) against labels.
//!
//! * exact: equal after whitespace normalisation;
//! * loose: equal lower-cased word-token sequences, which ignores case and punctuation; for
//!   names (authors, bylines) the conjunctions that join several names are ignored too, so
//!   that "Jane Doe und John Roe" and "Jane Doe; John Roe" name the same people;
//! * dates: the prediction (ISO 8601) starts with the label (`YYYY-MM-DD` or `YYYY-MM`).

use crate::metrics::ratio;
use crate::metrics::snippets::normalise_space;
use crate::tokens::words;

/// True when the two strings are equal after whitespace normalisation, invisible format
/// characters (soft hyphens, zero-width spaces and joiners) left out as whitespace is.
pub fn same_exact(prediction: &str, label: &str) -> bool {
    let visible = |s: &str| -> String {
        s.chars()
            .filter(|c| {
                !matches!(
                    c,
                    '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'
                )
            })
            .collect()
    };
    normalise_space(&visible(prediction)) == normalise_space(&visible(label))
}

/// True when the two strings have the same lower-cased word tokens (and have some).
pub fn same_loose(prediction: &str, label: &str) -> bool {
    let p = prediction.to_lowercase();
    let l = label.to_lowercase();
    let pw = words(&p);
    !pw.is_empty() && pw == words(&l)
}

/// Words that join names in a credit line: "and", "und", "et", "y", "e".
const CONJUNCTIONS: &[&str] = &["and", "und", "et", "y", "e"];

/// [`same_loose`] for lists of names: conjunctions between names are ignored.
pub fn same_names(prediction: &str, label: &str) -> bool {
    let p = prediction.to_lowercase();
    let l = label.to_lowercase();
    let names = |s: &str| -> Vec<String> {
        words(s)
            .into_iter()
            .filter(|w| !CONJUNCTIONS.contains(w))
            .map(str::to_string)
            .collect()
    };
    let pw = names(&p);
    !pw.is_empty() && pw == names(&l)
}

/// True when the predicted date falls on the labelled day (or month, for a month label).
pub fn same_date(prediction: &str, label: &str) -> bool {
    let label = label.trim();
    !label.is_empty() && prediction.trim().starts_with(label)
}

/// How a field's prediction is compared with its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compare {
    /// Text: exact, or the same words ignoring case and punctuation.
    Text,
    /// Names: as text, with the conjunctions between names ignored too.
    Names,
    /// Dates: the same day (or month).
    Date,
}

/// How one field fared over a set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct FieldTally {
    /// Pages whose label is present and non-empty.
    pub labelled: usize,
    /// Of those, pages where the extractor gave a value.
    pub predicted: usize,
    /// Of those, exact matches.
    pub exact: usize,
    /// Of those, matches ignoring case and punctuation (dates: same as exact).
    pub loose: usize,
}

/// How one labelled page's field compared with its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The page has no label: it is not counted.
    Unlabelled,
    /// The prediction equals the label.
    Exact,
    /// The prediction equals the label only when case and punctuation are ignored.
    Loose,
    /// No prediction, or one that does not match even loosely.
    Miss,
}

impl FieldTally {
    /// Records one page. `label` is `None` or blank when the page is not labelled.
    /// `kind` selects the comparison.
    pub fn add(&mut self, label: Option<&str>, prediction: Option<&str>, kind: Compare) -> Outcome {
        let Some(label) = label.filter(|l| !l.trim().is_empty()) else {
            return Outcome::Unlabelled;
        };
        self.labelled += 1;
        let Some(p) = prediction.filter(|p| !p.trim().is_empty()) else {
            return Outcome::Miss;
        };
        self.predicted += 1;
        let (exact, loose) = match kind {
            Compare::Date => {
                let hit = same_date(p, label);
                (hit, hit)
            }
            Compare::Names => (same_exact(p, label), same_names(p, label)),
            Compare::Text => (same_exact(p, label), same_loose(p, label)),
        };
        self.exact += usize::from(exact);
        self.loose += usize::from(loose);
        match (exact, loose) {
            (true, _) => Outcome::Exact,
            (false, true) => Outcome::Loose,
            (false, false) => Outcome::Miss,
        }
    }

    /// Exact matches over labelled pages.
    pub fn exact_rate(&self) -> f64 {
        ratio(self.exact, self.labelled)
    }

    /// Loose matches over labelled pages.
    pub fn loose_rate(&self) -> f64 {
        ratio(self.loose, self.labelled)
    }

    /// Pages with a value over labelled pages.
    pub fn coverage(&self) -> f64 {
        ratio(self.predicted, self.labelled)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparisons() {
        assert!(same_exact(" Jane  Doe\n", "Jane Doe"));
        assert!(!same_exact("jane doe", "Jane Doe"));
        assert!(same_loose("JANE DOE.", "Jane Doe"));
        assert!(!same_loose("", ""));
        assert!(same_names("Jane Doe; John Roe", "Jane Doe und John Roe"));
        assert!(!same_loose("Jane Doe; John Roe", "Jane Doe und John Roe"));
        assert!(!same_names("Jane Doe", "Jane Doe und John Roe"));
        assert!(same_date("2024-10-25T07:30:00+09:00", "2024-10-25"));
        assert!(same_date("2024-10-25", "2024-10"));
        assert!(same_exact(
            "Genesenennachweise",
            "Genesenen\u{ad}\u{ad}nachweise"
        ));
        assert!(!same_exact("Genesenen-nachweise", "Genesenennachweise"));
        assert!(!same_date("2024-10-26", "2024-10-25"));
    }

    #[test]
    fn tally() {
        let mut t = FieldTally::default();
        assert_eq!(
            t.add(Some("Jane Doe"), Some("Jane Doe"), Compare::Text),
            Outcome::Exact
        );
        assert_eq!(
            t.add(Some("Jane Doe"), Some("By jane doe"), Compare::Text),
            Outcome::Miss
        );
        assert_eq!(
            t.add(Some("Jane Doe"), Some("jane  doe"), Compare::Text),
            Outcome::Loose
        );
        assert_eq!(t.add(Some("Jane Doe"), None, Compare::Text), Outcome::Miss);
        assert_eq!(
            t.add(None, Some("ignored"), Compare::Text),
            Outcome::Unlabelled
        );
        assert_eq!(
            t.add(Some("  "), Some("ignored"), Compare::Text),
            Outcome::Unlabelled
        );
        assert_eq!(
            t,
            FieldTally {
                labelled: 4,
                predicted: 3,
                exact: 1,
                loose: 2
            }
        );
        assert_eq!(t.exact_rate(), 0.25);
        assert_eq!(t.coverage(), 0.75);
        let mut d = FieldTally::default();
        assert_eq!(
            d.add(
                Some("2020-01-05"),
                Some("2020-01-05T10:00:00Z"),
                Compare::Date
            ),
            Outcome::Exact
        );
        assert_eq!(
            d.add(Some("2020-01-05"), Some("2020-01-06"), Compare::Date),
            Outcome::Miss
        );
        assert_eq!((d.exact, d.loose, d.labelled), (1, 1, 2));
    }
}
