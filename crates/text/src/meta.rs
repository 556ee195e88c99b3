//! The story's date and byline: the lines around the story read with the metadata crate's
//! line readers ([`copydesk_meta::text_lines`]). Date lines and bylines stand just above
//! the story (under the headline, or above it with the menu between), in its first lines,
//! or just below it (a closing byline, often with an e-mail address).

use copydesk_meta::text_lines::{bare_name_line, byline_line, date_line, enrich};
use copydesk_record::{Author, Block, Removed};

use crate::Reading;

/// Lines before the story read, nearest first; one-word lines (a flattened menu) do not
/// count.
const BEFORE: usize = 12;
/// Lines before the story read at most, one-word lines included.
const BEFORE_REACH: usize = 24;
/// The story's first blocks read (paragraphs and headings: a byline over prose reads as a
/// heading).
const OPENING: usize = 2;
/// Lines right above the story where a name alone may sign it.
const NEAR: usize = 4;
/// Lines after the story read, nearest first.
const AFTER: usize = 4;

/// What the lines around the story say about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Credits {
    /// Publication date, ISO 8601.
    pub published: Option<String>,
    /// Modification date, ISO 8601, when a line says the story was updated (it stands in
    /// for the publication date when no line gives that).
    pub modified: Option<String>,
    /// The authors of the first byline, with what later bylines add about them.
    pub authors: Vec<Author>,
}

/// Where a line stands.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    /// One of the story's blocks, by index.
    Block(usize),
    /// A line outside the story, already in `removed`.
    Outside,
}

/// Reads the date and byline of `reading`'s story. A byline or date line among the story's
/// first or last blocks leaves the body; one outside the story is relabelled in `removed`.
/// `fetched_at` (RFC 3339) bounds dates and lets relative dates be read.
pub fn take(reading: &mut Reading, fetched_at: Option<&str>) -> Credits {
    let mut credits = Credits::default();
    let mut bylines_seen = false;
    let mut updated = None;
    let mut taken: Vec<(Place, String, &'static str)> = Vec::new();
    let mut bare: Option<(Place, String, Author)> = None;
    let headline = reading.headline.as_deref();
    for c in candidates(reading) {
        let mut read = |line: &str| {
            let mut reason = None;
            if let Some(authors) = byline_line(line) {
                if bylines_seen {
                    enrich(&mut credits.authors, &authors);
                } else {
                    credits.authors = authors;
                    bylines_seen = true;
                }
                reason = Some("byline");
            }
            if let Some((date, modified)) = date_line(line, fetched_at) {
                let slot = if modified {
                    &mut updated
                } else {
                    &mut credits.published
                };
                slot.get_or_insert(date);
                reason = reason.or(Some("date"));
            }
            reason
        };
        if let Some(reason) = read(c.line) {
            taken.push((c.place, c.line.to_string(), reason));
        } else if let Some((place, next)) = c.next.filter(|_| is_label(c.line))
            && let Some(reason) = read(&format!("{} {next}", c.line))
        {
            taken.push((c.place, c.line.to_string(), reason));
            taken.push((place, next.to_string(), reason));
        }
        // A name alone signs the story when the date line stands right under it
        // ("Andrew King" / "September 4, 2025"), unless a byline says more.
        if bare.is_none()
            && c.near
            && headline != Some(c.line)
            && let Some(author) = bare_name_line(c.line)
            && c.next
                .is_some_and(|(_, next)| date_line(next, fetched_at).is_some())
            && !names_the_page(reading, c.line)
        {
            bare = Some((c.place, c.line.to_string(), author));
        }
    }
    if !bylines_seen && let Some((place, line, author)) = bare {
        credits.authors = vec![author];
        taken.push((place, line, "byline"));
    }
    // A page that shows only when the story was updated is dated by that day.
    credits.modified = updated.clone();
    if credits.published.is_none() {
        credits.published = updated;
    }
    // A modification date before the publication date is some other item's.
    if let (Some(p), Some(m)) = (&credits.published, &credits.modified)
        && m.get(..10) < p.get(..10)
    {
        credits.modified = None;
    }
    let mut drop_blocks: Vec<usize> = Vec::new();
    for (place, text, reason) in taken {
        match place {
            Place::Block(i) => {
                if !drop_blocks.contains(&i) {
                    drop_blocks.push(i);
                    reading.removed.push(Removed {
                        text,
                        reason: reason.into(),
                    });
                }
            }
            Place::Outside => {
                if let Some(r) = reading.removed.iter_mut().find(|r| r.text == text) {
                    r.reason = reason.into();
                }
            }
        }
    }
    let mut i = 0;
    reading.blocks.retain(|_| {
        i += 1;
        !drop_blocks.contains(&(i - 1))
    });
    credits
}

/// True when `line` stands more than once above the story: a section's or the site's name,
/// set in the menu too, not the author's.
fn names_the_page(reading: &Reading, line: &str) -> bool {
    reading.before.iter().filter(|l| l.as_str() == line).count() > 1
}

/// Words in a label line that announces the date or byline on the next line ("Written
/// By", "Last updated:", "Autor:").
const MAX_LABEL_WORDS: usize = 3;

/// True for a line that may be a label whose value stands on the next line.
fn is_label(line: &str) -> bool {
    line.split_whitespace().nth(MAX_LABEL_WORDS).is_none()
        && !line.contains(|c: char| c.is_ascii_digit())
}

/// A line that may be a date line or a byline, and the line after it in reading order.
struct Candidate<'r> {
    place: Place,
    line: &'r str,
    next: Option<(Place, &'r str)>,
    /// True for the story's first blocks and the [`NEAR`] lines right above it, where a
    /// byline stands.
    near: bool,
}

/// A candidate for `line`, standing at `place`, followed by `next`.
fn candidate<'r>((place, line): (Place, &'r str), next: Option<(Place, &'r str)>) -> Candidate<'r> {
    Candidate {
        place,
        line,
        next,
        near: false,
    }
}

/// The lines that may be a date line or a byline, in the order they are trusted: the
/// story's first blocks, the lines above it (nearest first), its last block, the lines
/// below it (nearest first).
fn candidates(reading: &Reading) -> Vec<Candidate<'_>> {
    let paragraph = |i: usize| match reading.blocks.get(i) {
        Some(Block::Paragraph { text } | Block::Heading { text, .. }) => {
            Some((Place::Block(i), text.as_str()))
        }
        _ => None,
    };
    let mut out: Vec<Candidate<'_>> = (0..OPENING.min(reading.blocks.len()))
        .filter_map(|i| {
            let near = candidate(paragraph(i)?, paragraph(i + 1));
            Some(Candidate { near: true, ..near })
        })
        .collect();
    // The lines right under the headline are near too: a byline stands there when a
    // standfirst, a table of contents or a box of figures comes between it and the story.
    let before = &reading.before;
    let headline_at = reading
        .headline
        .as_deref()
        .and_then(|h| before.iter().rposition(|l| l == h))
        // The first line is the page's title, set over everything.
        .filter(|&h| h > 0);
    let under_headline = |j: usize| headline_at.is_some_and(|h| j > h && j <= h + NEAR);
    let mut counted = 0;
    let mut next = paragraph(0);
    let mut read_from = before.len();
    for (i, line) in before.iter().enumerate().rev().take(BEFORE_REACH) {
        if counted == BEFORE {
            break;
        }
        if line.split_whitespace().nth(1).is_some() {
            counted += 1;
        }
        out.push(Candidate {
            near: before.len() - i <= NEAR || under_headline(i),
            ..candidate((Place::Outside, line), next)
        });
        next = Some((Place::Outside, line));
        read_from = i;
    }
    if let Some(h) = headline_at {
        for j in h + 1..read_from.min(h + 1 + NEAR) {
            let next = before.get(j + 1).map(|l| (Place::Outside, l.as_str()));
            out.push(Candidate {
                near: true,
                ..candidate((Place::Outside, &before[j]), next)
            });
        }
    }
    if let Some(last) = reading
        .blocks
        .len()
        .checked_sub(1)
        .filter(|&l| l >= OPENING)
    {
        let after = reading.after.first().map(|l| (Place::Outside, l.as_str()));
        out.extend(paragraph(last).map(|p| candidate(p, after)));
    }
    let after = &reading.after[..AFTER.min(reading.after.len())];
    for (i, line) in after.iter().enumerate() {
        let next = reading
            .after
            .get(i + 1)
            .map(|l| (Place::Outside, l.as_str()));
        out.push(candidate((Place::Outside, line), next));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            text: text.to_string(),
        }
    }

    fn reading(before: &[&str], blocks: &[&str], after: &[&str]) -> Reading {
        let outside = before.iter().chain(after).map(|t| Removed {
            text: t.to_string(),
            reason: "navigation".into(),
        });
        Reading {
            headline: None,
            blocks: blocks.iter().map(|t| paragraph(t)).collect(),
            removed: outside.collect(),
            before: before.iter().map(|t| t.to_string()).collect(),
            after: after.iter().map(|t| t.to_string()).collect(),
        }
    }

    const STORY: &str = "The council voted to build the line after a long debate.";

    #[test]
    fn a_byline_opening_the_story_leaves_it() {
        let mut r = reading(
            &["Tram line approved"],
            &["By Jane Doe and John Roe, Reuters", STORY, STORY],
            &[],
        );
        let c = take(&mut r, None);
        assert_eq!(c.authors.len(), 3);
        assert_eq!(r.blocks.len(), 2);
        assert!(
            r.removed
                .iter()
                .any(|x| x.text.starts_with("By Jane Doe") && x.reason == "byline")
        );
    }

    #[test]
    fn dates_above_and_below_are_read_and_relabelled() {
        let mut r = reading(
            &[
                "Thursday, October 24, 2024",
                "Home",
                "News",
                "Tram line approved",
            ],
            &[STORY, STORY, STORY],
            &["Updated: October 25, 2024", "Share this"],
        );
        let c = take(&mut r, Some("2024-10-26T08:00:00Z"));
        assert_eq!(c.published.as_deref(), Some("2024-10-24"));
        assert_eq!(c.modified.as_deref(), Some("2024-10-25"));
        assert_eq!(r.blocks.len(), 3);
        let reason = |t: &str| r.removed.iter().find(|x| x.text == t).map(|x| &*x.reason);
        assert_eq!(reason("Thursday, October 24, 2024"), Some("date"));
        assert_eq!(reason("Updated: October 25, 2024"), Some("date"));
    }

    #[test]
    fn a_name_over_the_date_line_signs_the_story() {
        let mut r = reading(
            &["Home", "Blog", "Login", "Andrew King", "September 4, 2025"],
            &[STORY, STORY],
            &[],
        );
        let c = take(&mut r, Some("2025-09-10T08:00:00Z"));
        assert_eq!(c.published.as_deref(), Some("2025-09-04"));
        assert_eq!(
            c.authors
                .iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>(),
            ["Andrew King"]
        );
        let reason = |t: &str| r.removed.iter().find(|x| x.text == t).map(|x| &*x.reason);
        assert_eq!(reason("Andrew King"), Some("byline"));
    }

    #[test]
    fn a_section_name_from_the_menu_over_the_date_line_is_no_author() {
        let mut r = reading(
            &[
                "Digital Life",
                "Science",
                "Digital Life",
                "September 4, 2025",
            ],
            &[STORY, STORY],
            &[],
        );
        let c = take(&mut r, Some("2025-09-10T08:00:00Z"));
        assert!(c.authors.is_empty(), "{:?}", c.authors);
    }

    #[test]
    fn a_byline_wins_over_a_name_alone() {
        let mut r = reading(
            &["Andrew King", "September 4, 2025"],
            &["By Jane Doe", STORY, STORY],
            &[],
        );
        let c = take(&mut r, Some("2025-09-10T08:00:00Z"));
        assert_eq!(
            c.authors
                .iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>(),
            ["Jane Doe"]
        );
    }

    #[test]
    fn an_update_before_the_publication_is_dropped() {
        let mut r = reading(
            &["Published October 24, 2024"],
            &[STORY, STORY],
            &["Updated: October 2, 2024"],
        );
        let c = take(&mut r, None);
        assert_eq!(c.published.as_deref(), Some("2024-10-24"));
        assert_eq!(c.modified, None);
    }
}
