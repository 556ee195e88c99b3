//! Content that a page prints twice in a row: responsive layouts render the same box once
//! for wide screens and once for narrow ones, tab strips repeat their panels as an accordion,
//! some templates print the whole story twice. A reader sees it once, so the second copy
//! leaves the body.

use std::borrow::Cow;
use std::collections::HashMap;

use copydesk_record::Block;

/// A repeated run of blocks goes when it holds at least this many words (a sentence, such as
/// a feature's one-line description printed on both sides of its heading): shorter repeats
/// ("Add to cart", "Sold out", a price, a spec line under each item) are the items' own
/// furniture and stay.
const MIN_REPEAT_WORDS: usize = 12;
/// The second copy starts at most this many blocks after the first one ends (a heading or
/// a label may stand between). Copies further apart are the page's own repetition (the same
/// meal on two days of a plan, a refrain) and stay.
const MAX_GAP: usize = 1;
/// How many earlier copies of a block are tried as the start of a repeated run (keeps the
/// pass linear on pages that print one line hundreds of times).
const MAX_STARTS: usize = 8;

/// The block's plain text, borrowed where the block holds it whole.
fn text_of(block: &Block) -> Cow<'_, str> {
    match block {
        Block::Paragraph { text }
        | Block::Heading { text, .. }
        | Block::Quote { text }
        | Block::Code { text } => Cow::Borrowed(text),
        _ => Cow::Owned(block.plain_text()),
    }
}

/// How many bytes of a block's text key the blocks printed before it.
const KEY_BYTES: usize = 48;

/// The first [`KEY_BYTES`] bytes of `text` or fewer, cut at a character boundary.
fn opening(text: &str) -> &str {
    let mut end = text.len().min(KEY_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Counts words (runs of letters, digits or underscores) in `text`.
fn words(text: &str) -> usize {
    let mut n = 0;
    let mut inside = false;
    for c in text.chars() {
        let w = c.is_alphanumeric() || c == '_';
        if w && !inside {
            n += 1;
        }
        inside = w;
    }
    n
}

/// Drops every run of blocks that repeats, block for block, the run just before it (at most
/// [`MAX_GAP`] blocks between), when the run holds at least [`MIN_REPEAT_WORDS`] words.
/// Blocks without text (pictures) do not break a run and go with it. Quotes stay: a reply
/// may quote a post word for word.
pub fn drop_repeated_runs(blocks: &mut Vec<Block>) {
    let texts: Vec<Cow<str>> = blocks.iter().map(text_of).collect();
    // The blocks that carry text, by position in `blocks`.
    let texted: Vec<usize> = (0..blocks.len())
        .filter(|&i| !texts[i].trim().is_empty())
        .collect();
    let same = |a: usize, b: usize| {
        let (a, b) = (texted[a], texted[b]);
        blocks[a] == blocks[b] && !matches!(blocks[b], Block::Quote { .. })
    };
    let mut keep = vec![true; blocks.len()];
    // Earlier blocks by the opening of their text (hashing whole paragraphs costs more than
    // comparing the few blocks that open alike).
    let mut seen: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut i = 0;
    while i < texted.len() {
        let text = opening(&texts[texted[i]]);
        let mut run = 0;
        if let Some(starts) = seen.get(text) {
            for &j in starts.iter().rev().take(MAX_STARTS) {
                let mut n = 0;
                while i + n < texted.len() && j + n < i && same(j + n, i + n) {
                    n += 1;
                }
                if n > 0 && i - (j + n) <= MAX_GAP {
                    run = run.max(n);
                }
            }
        }
        let run_words: usize = texted[i..i + run].iter().map(|&b| words(&texts[b])).sum();
        if run > 0 && run_words >= MIN_REPEAT_WORDS {
            let (first, last) = (texted[i], texted[i + run - 1]);
            keep[first..=last].fill(false);
            // A third copy repeats the second.
            for k in i..i + run {
                seen.entry(opening(&texts[texted[k]])).or_default().push(k);
            }
            i += run;
        } else {
            seen.entry(text).or_default().push(i);
            i += 1;
        }
    }
    let mut flags = keep.into_iter();
    blocks.retain(|_| flags.next().unwrap_or(true));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Block {
        Block::Paragraph {
            text: text.to_string(),
        }
    }

    fn heading(text: &str) -> Block {
        Block::Heading {
            level: 3,
            text: text.to_string(),
        }
    }

    fn picture() -> Block {
        Block::Figure {
            src: Some("https://example.com/feeder.jpg".to_string()),
            caption: None,
            credit: None,
        }
    }

    const FEATURE: &str = "The larger camera sensor balances bright and shadowy areas in \
        high-contrast scenes, creating clearer images when birds are backlit or in patchy \
        sunlight through the trees around your garden feeder.";

    const MEAL: &str = "Asian Chicken Zoodles: one cup of zucchini noodles sauteed with \
        nonstick spray, four ounces of cooked chicken, half a cup of edamame, a teaspoon \
        each of sesame oil, soy sauce and fresh ginger, and a sliced chile.";

    #[test]
    fn a_section_printed_twice_in_a_row_is_read_once() {
        let mut blocks = vec![
            heading("Stunning HD photos"),
            picture(),
            para(FEATURE),
            heading("Stunning HD photos"),
            picture(),
            para(FEATURE),
            heading("Specs"),
        ];
        drop_repeated_runs(&mut blocks);
        assert_eq!(
            blocks,
            vec![
                heading("Stunning HD photos"),
                picture(),
                para(FEATURE),
                heading("Specs"),
            ]
        );
    }

    #[test]
    fn a_one_sentence_description_on_both_sides_of_its_heading_is_read_once() {
        let line = "Receive alerts about sick birds at your feeder and get tips to stop disease.";
        let mut blocks = vec![
            para(line),
            heading("Bird care"),
            para(line),
            heading("Pet alert"),
        ];
        drop_repeated_runs(&mut blocks);
        assert_eq!(
            blocks,
            vec![para(line), heading("Bird care"), heading("Pet alert")]
        );
    }

    #[test]
    fn a_third_copy_goes_too() {
        let mut blocks = vec![para(FEATURE), para(FEATURE), para(FEATURE)];
        drop_repeated_runs(&mut blocks);
        assert_eq!(blocks, vec![para(FEATURE)]);
    }

    #[test]
    fn a_copy_after_a_label_goes_too() {
        let mut blocks = vec![para(FEATURE), heading("Read more"), para(FEATURE)];
        drop_repeated_runs(&mut blocks);
        assert_eq!(blocks, vec![para(FEATURE), heading("Read more")]);
    }

    #[test]
    fn distant_repeats_short_repeats_and_quotes_stay() {
        let quote = Block::Quote {
            text: FEATURE.to_string(),
        };
        let mut blocks = vec![
            heading("Day 1"),
            para(MEAL),
            para("Portion: 1 green, 1 red"),
            heading("Day 2"),
            para("Oatmeal with berries"),
            heading("Day 3"),
            para(MEAL),
            heading("Monitor arm"),
            para("For monitors: 5-22 lbs"),
            para("For monitors: 5-22 lbs"),
            quote.clone(),
            quote.clone(),
        ];
        let before = blocks.clone();
        drop_repeated_runs(&mut blocks);
        assert_eq!(blocks, before);
    }

    #[test]
    fn openings_cut_at_a_character_boundary() {
        assert_eq!(opening("short"), "short");
        let long = "é".repeat(40);
        assert_eq!(opening(&long), "é".repeat(24));
        let odd = format!("a{}", "é".repeat(40));
        assert_eq!(opening(&odd), format!("a{}", "é".repeat(23)));
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        assert_eq!(words("2K video, 5MP photos — l'été"), 6);
        assert_eq!(words(""), 0);
    }
}
