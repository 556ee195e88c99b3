//! Page text into lines: whitespace collapsed, empty lines dropped, and lines that a scraper
//! glued together split again where the evidence is clear: a sentence run into the next
//! ("…Putin said.The Russian president…") and a caption credit run into the paragraph after
//! it ("…in Kazan on Thursday. [REUTERS]The summit…").

use copydesk_content::text::split_credit;
use copydesk_parse::push_collapsed;

/// Splits `text` into cleaned, non-empty lines, ungluing glued ones.
pub fn split(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for raw in raw_lines(text) {
        let mut rest = if is_collapsed(raw) {
            raw
        } else {
            line.clear();
            if !push_collapsed(raw, &mut line) {
                continue;
            }
            line.as_str()
        };
        while let Some(at) = glue_point(rest) {
            out.push(rest[..at].trim_end().to_string());
            rest = rest[at..].trim_start();
        }
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
    }
    out
}

/// The lines of `text` as `str::lines` gives them (a carriage return before a line feed
/// dropped), found by a vectorised search for line feeds.
fn raw_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .map(Some)
        .chain([None])
        .filter_map(move |end| {
            let line = match end {
                Some(end) => &text[start..end],
                None if start < text.len() => &text[start..],
                None => return None,
            };
            start = end.map_or(text.len(), |end| end + 1);
            Some(line.strip_suffix('\r').unwrap_or(line))
        })
}

/// True when `raw` is a non-empty line that collapsing whitespace leaves as it is: single
/// spaces between words and no other whitespace.
///
/// Every byte is looked at, without an early exit, so that the loops vectorise: almost every
/// line of page text is clean, and the whole of it is read anyway.
fn is_collapsed(raw: &str) -> bool {
    let b = raw.as_bytes();
    if b.first().is_none_or(|&c| c == b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let control = b.iter().fold(false, |found, &c| {
        found | matches!(c, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
    });
    let double = b
        .iter()
        .zip(&b[1..])
        .fold(false, |found, (&c, &d)| found | ((c == b' ') & (d == b' ')));
    !(control || double || (!raw.is_ascii() && has_unicode_space(b)))
}

/// True when `b` (UTF-8) holds white space beyond ASCII (U+0085, U+00A0, U+1680,
/// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000: two bytes, or three), found by
/// folds that vectorise.
fn has_unicode_space(b: &[u8]) -> bool {
    let pairs = || b.iter().zip(b.get(1..).unwrap_or_default());
    let two = pairs().fold(false, |found, (&c, &d)| {
        found | ((c == 0xC2) & matches!(d, 0x85 | 0xA0))
    });
    let three = pairs()
        .zip(b.get(2..).unwrap_or_default())
        .fold(false, |found, ((&c, &d), &e)| {
            found | is_three_byte_space(c, d, e)
        });
    two | three
}

/// True when the three bytes `c d e` encode a three-byte Unicode white-space character.
fn is_three_byte_space(c: u8, d: u8, e: u8) -> bool {
    matches!(
        (c, d, e),
        (0xE1, 0x9A, 0x80)
            | (0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)
            | (0xE2, 0x81, 0x9F)
            | (0xE3, 0x80, 0x80)
    )
}

/// The byte position where the first glued line of `line` ends, if any.
fn glue_point(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    // Almost no line has a capital right after a full stop or a bracket: a loop without an
    // early exit (which vectorises) finds that out before the exact test.
    let candidate = b.iter().zip(&b[1..]).fold(false, |found, (&p, &next)| {
        found | (matches!(p, b'.' | b'!' | b'?' | b']' | b')') & next.is_ascii_uppercase())
    });
    if !candidate {
        return None;
    }
    for (i, w) in b.windows(2).enumerate() {
        let (p, next) = (w[0], w[1]);
        if !next.is_ascii_uppercase() {
            continue;
        }
        let at = i + 1;
        match p {
            b'.' | b'!' | b'?' if starts_word(&line[at..]) && ends_sentence_word(&line[..i]) => {
                return Some(at);
            }
            // After a credit the next paragraph may open with a dateline in capitals.
            b']' | b')' if ends_credit(&line[..at]) => return Some(at),
            _ => {}
        }
    }
    None
}

/// True when `s` opens with a capitalised word of two or more letters ("The", "Officials").
fn starts_word(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// True when `before` (the text up to a full stop) ends in a word whose last two letters are
/// lower case ("said", "Pyongyang"), or a closing quote after one: not an initial ("J."),
/// an abbreviation ("U.S.") or a domain ("example.Com" is not written).
fn ends_sentence_word(before: &str) -> bool {
    let trimmed = before.trim_end_matches(['"', '\'', '”', '’']);
    let word_len: usize = trimmed
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .map(char::len_utf8)
        .sum();
    let (head, word) = trimmed.split_at(trimmed.len() - word_len);
    word.chars().count() >= 2
        && word
            .chars()
            .rev()
            .take(2)
            .all(|c| c.is_lowercase() || c.is_ascii_digit())
        && !matches!(head.chars().next_back(), Some('.' | '@' | '/'))
}

/// True when `prefix` ends with a bracketed photo credit after a caption.
fn ends_credit(prefix: &str) -> bool {
    let (caption, credit) = split_credit(prefix);
    credit.is_some() && caption.chars().count() >= 20
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_lines_are_the_lines_of_the_text() {
        for text in [
            "",
            "\n",
            "one",
            "one\n",
            "one\r\ntwo\n\nthree",
            "\r\n\r\nfour\r\n",
            "a\rb\nc",
            "Über\n€ 5\n",
        ] {
            assert_eq!(
                raw_lines(text).collect::<Vec<_>>(),
                text.lines().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn glued_sentences_and_credits_split() {
        assert_eq!(
            split("  Putin said.The Russian president  added more.\n\n  \nNext line  "),
            [
                "Putin said.",
                "The Russian president added more.",
                "Next line"
            ]
        );
        assert_eq!(
            split(
                "Putin speaks in Kazan on Thursday. [REUTERS]The summit ended with a declaration."
            ),
            [
                "Putin speaks in Kazan on Thursday. [REUTERS]",
                "The summit ended with a declaration."
            ]
        );
    }

    #[test]
    fn collapsed_lines_are_recognised() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for s in [
                format!("a{c}b"),
                format!("{c}a"),
                format!("a{c}"),
                format!("a {c}"),
            ] {
                let mut collapsed = String::new();
                let kept = push_collapsed(&s, &mut collapsed) && collapsed == s;
                assert_eq!(is_collapsed(&s), kept, "{:?}", s);
            }
        }
        assert!(!is_collapsed(""));
        assert!(!is_collapsed("a  b"));
    }

    #[test]
    fn abbreviations_initials_and_domains_stay_whole() {
        for line in [
            "The U.S.Army said so.",
            "J.R.R. Tolkien wrote it.",
            "Visit example.com.Then leave.",
            "It cost $3.5Bn in total.",
            "See www.example.org/News for more.",
        ] {
            assert_eq!(split(line).len(), 1, "{line}");
        }
    }
}
