//! Word tokens as Python's `re` module finds them with `\w+` on a `str`.
//!
//! Python's `\w` on text is "alphanumeric or underscore", where alphanumeric means the
//! general categories L* (letters) and N* (numbers). Combining marks (Mn, Mc) are *not*
//! word characters there, so a Devanagari word breaks at its vowel signs. The `regex`
//! crate's own `\w` includes marks, so the class is spelled out as `[\p{L}\p{N}_]`,
//! which equals Python 3.11's `\w` on every code point of Unicode 14; code points
//! assigned after Unicode 14 may differ.

use regex::Regex;
use std::sync::LazyLock;

static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}_]+").expect("the word pattern is a valid constant"));

/// Every maximal run of word characters in `text`, case kept.
pub fn words(text: &str) -> Vec<&str> {
    WORD.find_iter(text).map(|m| m.as_str()).collect()
}

/// True when `text` holds at least one word token.
pub fn has_words(text: &str) -> bool {
    WORD.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_punctuation_and_keeps_case() {
        assert_eq!(words("Hello, World_1! x-y"), ["Hello", "World_1", "x", "y"]);
    }

    #[test]
    fn combining_marks_break_words_as_in_python() {
        // "हिन्दी": the vowel sign and the virama are Mc/Mn, not word characters.
        assert_eq!(words("हिन्दी"), ["ह", "न", "द"]);
        // A precomposed letter is one letter; a decomposed one splits at the mark.
        assert_eq!(words("caf\u{e9}"), ["caf\u{e9}"]);
        assert_eq!(words("cafe\u{301}x"), ["cafe", "x"]);
    }

    #[test]
    fn numbers_of_every_kind_are_words() {
        assert_eq!(words("½ Ⅻ 42"), ["½", "Ⅻ", "42"]);
        assert!(!has_words(" .,;— "));
        assert!(has_words("—a"));
    }
}
