//! One pass over the text that splits it into words, numbers and punctuation, shared by
//! the amount and date passes. Each word is looked up once in the [`lexicon`].

use crate::numeric::lexicon::{self, Entry};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters.
    Word,
    /// A run of digits with its thousands separators and one decimal part ("3,000.5").
    Number,
    /// Any other character.
    Punct(char),
}

/// One token of the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// Byte offset of its first byte.
    pub(crate) start: usize,
    /// Byte offset just past it.
    pub(crate) end: usize,
    /// What it is.
    pub(crate) kind: Kind,
    /// Whitespace separates it from the token before.
    pub(crate) spaced: bool,
    /// A line break separates it from the token before.
    pub(crate) newline: bool,
    /// Words: the lexicon's entry for the word, ignoring case.
    pub(crate) lex: Option<&'static Entry>,
}

impl Token {
    /// The token's text.
    pub(crate) fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// A word.
    pub(crate) fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// A number in digits.
    pub(crate) fn is_number(&self) -> bool {
        self.kind == Kind::Number
    }

    /// The punctuation character `c`.
    pub(crate) fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// A word that starts with a capital letter.
    pub(crate) fn is_capitalized(&self, text: &str) -> bool {
        self.is_word() && text.as_bytes()[self.start].is_ascii_uppercase()
    }

    /// The word `word` (lowercase), ignoring case.
    pub(crate) fn is_word_ci(&self, text: &str, word: &str) -> bool {
        self.is_word() && self.text(text).eq_ignore_ascii_case(word)
    }

    /// The lexicon entry's flags, or none.
    pub(crate) fn flags(&self) -> u32 {
        self.lex.map_or(0, |e| e.flags)
    }

    /// The lexicon says the word has every flag of `flags`.
    pub(crate) fn has(&self, flags: u32) -> bool {
        self.flags() & flags == flags
    }
}

/// The tokens of `text`, in order.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // News prose runs about six bytes per token.
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut spaced = false;
    let mut newline = false;
    while i < bytes.len() {
        let b = bytes[i];
        let (kind, end) = if b.is_ascii_alphabetic() {
            (Kind::Word, word_end(text, i))
        } else if b.is_ascii_digit() {
            (Kind::Number, number_end(bytes, i))
        } else if b.is_ascii() {
            if b.is_ascii_whitespace() {
                spaced = true;
                newline |= b == b'\n';
                i += 1;
                continue;
            }
            (Kind::Punct(b as char), i + 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            if c.is_alphabetic() {
                (Kind::Word, word_end(text, i))
            } else if c.is_whitespace() {
                spaced = true;
                i += c.len_utf8();
                continue;
            } else {
                (Kind::Punct(c), i + c.len_utf8())
            }
        };
        let lex = if kind == Kind::Word {
            lexicon::lookup(&text[i..end])
        } else {
            None
        };
        tokens.push(Token {
            start: i,
            end,
            kind,
            spaced,
            newline,
            lex,
        });
        spaced = false;
        newline = false;
        i = end;
    }
    tokens
}

/// The end of the word starting at `start`: letters, ASCII or not.
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphabetic() {
            i += 1;
        } else if b.is_ascii() {
            break;
        } else {
            match text[i..].chars().next() {
                Some(c) if c.is_alphabetic() => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// The end of the number starting at `start`: digits, then groups of three after commas,
/// then one decimal part. A comma or point not followed by the right digits ends it
/// ("in 2014." and "2015, 300" stop before the punctuation).
fn number_end(bytes: &[u8], start: usize) -> usize {
    let digits = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut i = start + digits(start);
    while i + 1 < bytes.len() && bytes[i] == b',' && digits(i + 1) == 3 {
        i += 4;
    }
    if i + 1 < bytes.len() && bytes[i] == b'.' {
        let n = digits(i + 1);
        if n > 0 {
            i += 1 + n;
        }
    }
    i
}

/// The start of the sentence holding token `i`: the token after the last sentence end
/// before it (a paragraph break, or ".", "!", "?" not after an abbreviation).
pub(crate) fn sentence_start(tokens: &[Token], i: usize) -> usize {
    let mut j = i;
    while j > 0 {
        if tokens[j].newline || ends_sentence(tokens, j - 1) {
            return j;
        }
        j -= 1;
    }
    0
}

/// The end (exclusive) of the sentence holding token `i`.
pub(crate) fn sentence_end(tokens: &[Token], i: usize) -> usize {
    let mut j = i;
    while j < tokens.len() {
        if ends_sentence(tokens, j) {
            return j + 1;
        }
        if j + 1 < tokens.len() && tokens[j + 1].newline {
            return j + 1;
        }
        j += 1;
    }
    tokens.len()
}

/// Token `i` ends a sentence: "!", "?", ";" or a full stop that does not close an
/// abbreviation ("Mr.", "Oct.", "U.S.").
fn ends_sentence(tokens: &[Token], i: usize) -> bool {
    match tokens[i].kind {
        Kind::Punct('!' | '?' | ';') => true,
        Kind::Punct('.') => {
            !(i > 0 && {
                let prev = &tokens[i - 1];
                prev.is_word()
                    && !tokens[i].spaced
                    && (prev.end - prev.start == 1 || prev.has(lexicon::ABBREVIATION))
            })
        }
        _ => false,
    }
}

/// Token `i` is followed by a possessive "'s" or "’s"; the index past it.
pub(crate) fn possessive_end(tokens: &[Token], text: &str, i: usize) -> Option<usize> {
    let apostrophe = tokens.get(i + 1)?;
    let s = tokens.get(i + 2)?;
    ((apostrophe.is('\'') || apostrophe.is('’'))
        && !apostrophe.spaced
        && !s.spaced
        && s.is_word_ci(text, "s"))
    .then_some(i + 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each token's text, kind and spacing.
    fn kinds(text: &str) -> Vec<(&str, Kind, bool)> {
        tokenize(text)
            .iter()
            .map(|t| (t.text(text), t.kind, t.spaced))
            .collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(
            kinds("At least 3,000.5 troops, in 2014. G7’s"),
            vec![
                ("At", Kind::Word, false),
                ("least", Kind::Word, true),
                ("3,000.5", Kind::Number, true),
                ("troops", Kind::Word, true),
                (",", Kind::Punct(','), false),
                ("in", Kind::Word, true),
                ("2014", Kind::Number, true),
                (".", Kind::Punct('.'), false),
                ("G", Kind::Word, true),
                ("7", Kind::Number, false),
                ("’", Kind::Punct('’'), false),
                ("s", Kind::Word, false),
            ]
        );
    }

    #[test]
    fn commas_group_only_three_digits() {
        let text = "2015, 300 and 1,23 and 1,234,567";
        let numbers: Vec<&str> = tokenize(text)
            .iter()
            .filter(|t| t.is_number())
            .map(|t| t.text(text))
            .collect();
        assert_eq!(numbers, ["2015", "300", "1", "23", "1,234,567"]);
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let text = "Mr. Lee met U.S. envoys on Oct. 24 in Seoul. He left.";
        let tokens = tokenize(text);
        let seoul = tokens
            .iter()
            .position(|t| t.text(text) == "Seoul")
            .expect("Seoul");
        assert_eq!(sentence_start(&tokens, seoul), 0);
        let end = sentence_end(&tokens, seoul);
        assert_eq!(tokens[end - 1].text(text), ".");
        assert_eq!(tokens[end].text(text), "He");
    }
}
