//! Words, numbers, punctuation and quotation marks with their byte spans: the one scan
//! every later pass reads.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with inner apostrophes and hyphens ("Clinton’s", "one-fifth") and dotted
    /// abbreviations ("U.S.").
    Word,
    /// Digits with inner separators ("3,000", "1.5").
    Number,
    /// A quotation mark.
    Mark(Mark),
    /// Any other character that is not white space.
    Punct,
}

/// A quotation mark and the way it can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// Only opens: “ „ « 「 ‘ (the last only before a word).
    Open(Family),
    /// Only closes: ” » 」 ’ (the last only when it is not an apostrophe).
    Close(Family),
    /// Opens or closes, by position: " and ''.
    Either(Family),
}

/// Marks that pair with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// Double marks of every script: " “ ” „ « » 「 」 and ''.
    Double,
    /// Single marks: ‘ ’ and a lone straight '.
    Single,
}

/// One token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset after its last character.
    pub end: usize,
    /// What it is.
    pub kind: Kind,
    /// White space (or the start of the text) comes right before it.
    pub space_before: bool,
    /// A line break comes between it and the token before (or it starts the text).
    pub line_before: bool,
}

impl Token {
    /// Its text.
    pub(crate) fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// A word that starts with a capital letter.
    pub(crate) fn is_capitalized(&self, text: &str) -> bool {
        self.kind == Kind::Word
            && text[self.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    /// Punctuation equal to `c`.
    pub(crate) fn is(&self, text: &str, c: char) -> bool {
        self.kind == Kind::Punct && text[self.start..self.end].starts_with(c)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    let mut space_before = true;
    let mut line_before = true;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            space_before = true;
            line_before |= c == '\n';
            continue;
        }
        let mut end = start + c.len_utf8();
        let kind = if is_word_char(c) {
            let numeric = c.is_ascii_digit();
            // Inner joiners stay in the word when a word character follows them.
            while let Some(&(i, n)) = chars.peek() {
                if is_word_char(n) {
                    end = i + n.len_utf8();
                    chars.next();
                    continue;
                }
                let joiner = matches!(n, '\'' | '’' | '-' | '‑' | '.' | ',' | '&');
                if !joiner {
                    break;
                }
                let after = text[i + n.len_utf8()..].chars().next();
                let joins = match n {
                    // "3,000" and "1.5" but not "said.The" or "U.S.-led" after a dot.
                    ',' => numeric && after.is_some_and(|a| a.is_ascii_digit()),
                    '.' => {
                        (numeric && after.is_some_and(|a| a.is_ascii_digit()))
                            || dotted(&text[start..end], after)
                    }
                    '&' => {
                        after.is_some_and(char::is_uppercase)
                            && text[start..end].chars().all(char::is_uppercase)
                    }
                    _ => after.is_some_and(is_word_char),
                };
                if !joins {
                    break;
                }
                chars.next();
                end = i + n.len_utf8();
            }
            // A dotted abbreviation keeps its final dot: "U.S." and "D.C.".
            if text[start..end].contains('.')
                && !numeric
                && let Some(&(i, '.')) = chars.peek()
            {
                chars.next();
                end = i + 1;
            }
            if numeric { Kind::Number } else { Kind::Word }
        } else if let Some(mark) = mark(text, start, c, space_before) {
            if c == '\'' && text[end..].starts_with('\'') {
                chars.next();
                end += 1;
            }
            Kind::Mark(mark)
        } else {
            Kind::Punct
        };
        tokens.push(Token {
            start,
            end,
            kind,
            space_before,
            line_before,
        });
        space_before = false;
        line_before = false;
    }
    tokens
}

/// True when a dot after `word` continues a dotted abbreviation: a single letter followed
/// by another letter ("U.S", "D.C", "a.m").
fn dotted(word: &str, after: Option<char>) -> bool {
    let last = word.rsplit('.').next().unwrap_or(word);
    last.chars().count() == 1 && after.is_some_and(char::is_alphabetic)
}

/// The quotation mark `c` at `start` is, if it is one.
fn mark(text: &str, start: usize, c: char, space_before: bool) -> Option<Mark> {
    use Family::{Double, Single};
    let next = text[start + c.len_utf8()..].chars().next();
    Some(match c {
        '“' | '„' | '«' | '「' | '‹' => Mark::Open(Double),
        '”' | '»' | '」' | '›' => Mark::Close(Double),
        '"' => Mark::Either(Double),
        '\'' if next == Some('\'') => Mark::Either(Double),
        '‘' => Mark::Open(Single),
        '’' | '\'' if space_before && next.is_some_and(char::is_alphanumeric) => {
            Mark::Open(Single)
        }
        '’' | '\'' => Mark::Close(Single),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn keeps_abbreviations_numbers_and_apostrophes_whole() {
        assert_eq!(
            words("The U.S. sent 3,000 troops, 1.5 times Clinton’s one-fifth."),
            [
                "The",
                "U.S.",
                "sent",
                "3,000",
                "troops",
                ",",
                "1.5",
                "times",
                "Clinton’s",
                "one-fifth",
                "."
            ]
        );
    }

    #[test]
    fn splits_glued_sentences_at_the_dot() {
        assert_eq!(
            words("Putin said.The president"),
            ["Putin", "said", ".", "The", "president"]
        );
    }

    #[test]
    fn reads_quotation_marks() {
        let text = "He said, ''We won.'' “Yes,” ‘fine’";
        let kinds: Vec<Kind> = tokenize(text)
            .into_iter()
            .filter(|t| matches!(t.kind, Kind::Mark(_)))
            .map(|t| t.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                Kind::Mark(Mark::Either(Family::Double)),
                Kind::Mark(Mark::Either(Family::Double)),
                Kind::Mark(Mark::Open(Family::Double)),
                Kind::Mark(Mark::Close(Family::Double)),
                Kind::Mark(Mark::Open(Family::Single)),
                Kind::Mark(Mark::Close(Family::Single)),
            ]
        );
    }
}
