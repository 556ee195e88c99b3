//! Dateline openers: the place (and sometimes the agency and the day) a wire story leads
//! with: "KAZAN, Russia (Reuters) — …", "SEOUL — …", "NEW YORK, Oct 24 (Reuters) - …",
//! "Berlin (dpa) - …", "NEW DELHI: …".
//!
//! The reading works on text alone, so HTML and page-text extraction share it.

use crate::dates;
use copydesk_record::Dateline;

/// The longest opener (characters before the separator) taken as a dateline.
const MAX_OPENER: usize = 80;

/// Words that open a paragraph in capitals and a dash without being a place.
const LABELS: &[&str] = &[
    "ANALYSIS",
    "BREAKING",
    "BREAKING NEWS",
    "COMMENT",
    "CORRECTION",
    "EDITORIAL",
    "EDITOR'S NOTE",
    "EXCLUSIVE",
    "FACT CHECK",
    "LISTEN",
    "LIVE",
    "NOTE",
    "OPINION",
    "PHOTOS",
    "REVIEW",
    "TLDR",
    "UPDATE",
    "UPDATED",
    "VIDEO",
    "WATCH",
];

/// A dateline opener and the agency it names, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Opener {
    /// The place, and the day when the dateline states one.
    pub dateline: Dateline,
    /// "Reuters" in "KAZAN, Russia (Reuters) —".
    pub agency: Option<String>,
}

/// Reads the dateline that opens `paragraph`, if it has one. `published` (ISO 8601) lends
/// its year to a dateline day such as "Oct 24".
pub fn read(paragraph: &str, published: Option<&str>) -> Option<Opener> {
    let (head, colon) = split_opener(paragraph)?;
    let (place_and_day, agency) = match head.strip_suffix(')') {
        Some(rest) => {
            let open = rest.rfind('(')?;
            let agency = rest[open + 1..].trim();
            if !is_agency(agency) {
                return None;
            }
            (rest[..open].trim_end(), Some(agency.to_string()))
        }
        None => (head, None),
    };
    let mut place = Vec::new();
    let mut day = None;
    for part in place_and_day.split(',').map(str::trim) {
        if part.chars().any(|c| c.is_ascii_digit()) {
            if day.is_some() || place.is_empty() {
                return None;
            }
            day = Some(part);
        } else if day.is_none() && is_place_part(part) {
            place.push(part);
        } else {
            return None;
        }
    }
    let city = *place.first()?;
    let capitals = is_all_caps(city);
    // A mixed-case opener is a place only with an agency to vouch for it; a colon only
    // follows a place in capitals, and "DEAR ABBY:" opens a letter, not a story.
    let vouched = if colon {
        capitals && !city.starts_with("DEAR ")
    } else {
        capitals || agency.is_some()
    };
    if !vouched || LABELS.contains(&city) {
        return None;
    }
    let date = day.and_then(|d| resolve_day(d, published));
    Some(Opener {
        dateline: Dateline {
            place: place.join(", "),
            date,
        },
        agency,
    })
}

/// The text before the opener's separator (a dash set off by spaces, an em dash, or a
/// colon), and whether the separator was a colon.
fn split_opener(paragraph: &str) -> Option<(&str, bool)> {
    let window_end = paragraph
        .char_indices()
        .nth(MAX_OPENER + 3)
        .map_or(paragraph.len(), |(i, _)| i);
    let window = &paragraph[..window_end];
    let dash = [" — ", " – ", " - ", " -- ", "—", " ― "]
        .iter()
        .filter_map(|sep| window.find(sep).map(|at| (at, sep.len())))
        .min_by_key(|&(at, _)| at);
    let colon = window.find(": ").map(|at| (at, 2));
    let ((at, len), is_colon) = match (dash, colon) {
        (Some(d), Some(c)) if c.0 < d.0 => (c, true),
        (Some(d), _) => (d, false),
        (None, Some(c)) => (c, true),
        (None, None) => return None,
    };
    let head = paragraph[..at].trim();
    let rest = paragraph[at + len..].trim_start();
    let starts_story = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || "\"'“‘«„".contains(c));
    (starts_story && !head.is_empty() && head.chars().count() <= MAX_OPENER)
        .then_some((head, is_colon))
}

/// One comma-separated part of a place: one to four words, each capitalised (or a short
/// particle such as "de" or "al-"), no digits.
fn is_place_part(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_alphabetic() || "-'.’".contains(c))
                && (w.chars().next().is_some_and(char::is_uppercase) || w.len() <= 3)
        })
}

/// An agency in parentheses: a short capitalised name ("Reuters", "AP", "CNN Business"), or
/// one short lower-case acronym as German-language agencies write theirs ("dpa", "sda").
fn is_agency(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let capitalised = (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let acronym =
        words.len() == 1 && (2..=4).contains(&s.len()) && s.chars().all(|c| c.is_ascii_lowercase());
    (capitalised || acronym) && !s.chars().any(|c| c.is_ascii_digit())
}

/// True when every letter is a capital and there are at least two.
fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// "Oct 24" with the publication year → "2024-10-24"; `None` without a year to lend.
fn resolve_day(day: &str, published: Option<&str>) -> Option<String> {
    let year = published?
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    let date = dates::parse(&format!("{day} {year}"))?;
    Some(date.iso())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(p: &str) -> Option<String> {
        read(p, None).map(|o| o.dateline.place)
    }

    #[test]
    fn wire_openers() {
        let o = read(
            "KAZAN, Russia (Reuters) — Russian President Vladimir Putin said on Thursday …",
            None,
        )
        .expect("a dateline");
        assert_eq!(o.dateline.place, "KAZAN, Russia");
        assert_eq!(o.agency.as_deref(), Some("Reuters"));
        assert_eq!(
            place("SEOUL — North Korea has sent troops …").as_deref(),
            Some("SEOUL")
        );
        assert_eq!(
            place("WASHINGTON (AP) - The Senate voted …").as_deref(),
            Some("WASHINGTON")
        );
        assert_eq!(
            place("Berlin (dpa) - Die Bundesregierung hat …").as_deref(),
            Some("Berlin")
        );
        assert_eq!(
            place("NEW DELHI: The government on Friday …").as_deref(),
            Some("NEW DELHI")
        );
        assert_eq!(
            place("KYIV, Ukraine—Ukrainian forces said …").as_deref(),
            Some("KYIV, Ukraine")
        );
    }

    #[test]
    fn the_day_takes_the_publication_year() {
        let o = read(
            "NEW YORK, Oct 24 (Reuters) - Wall Street's main indexes rose …",
            Some("2024-10-24T21:05:00Z"),
        )
        .expect("a dateline");
        assert_eq!(o.dateline.place, "NEW YORK");
        assert_eq!(o.dateline.date.as_deref(), Some("2024-10-24"));
        let undated = read("NEW YORK, Oct 24 (Reuters) - Stocks rose …", None).expect("a dateline");
        assert_eq!(undated.dateline.date, None);
    }

    #[test]
    fn ordinary_openings_are_not_datelines() {
        for p in [
            "The minister — who had denied it — resigned on Friday.",
            "Mr Smith - a farmer - said the harvest was poor.",
            "BREAKING — The president has resigned.",
            "UPDATE: The road has reopened.",
            "Kyiv — the capital — was calm on Sunday.",
            "In 2024 — a leap year — prices rose.",
            "(CNN) — A storm hit the coast.",
            "Note: prices include tax.",
            "DEAR ABBY: My husband of twenty years bought plane tickets.",
            "TLDR: we are postponing the change.",
        ] {
            assert_eq!(place(p), None, "{p}");
        }
    }
}
