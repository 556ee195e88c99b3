//! The text read once: tokens, quotation marks paired, sentences, and for every token the
//! sentence and quote it belongs to.

use crate::lexicon::{self, Word};
use crate::marks::{self, Quoted};
use crate::sentences::{self, Sentence};
use crate::tokens::{self, Kind, Token};

/// The analysed text every facts pass reads.
pub(crate) struct Doc<'t> {
    /// The text, unchanged.
    pub text: &'t str,
    /// Its tokens.
    pub tokens: Vec<Token>,
    /// Its quotes, in text order.
    pub quoted: Vec<Quoted>,
    /// Its sentences, in text order.
    pub sentences: Vec<Sentence>,
    /// For each token, its sentence.
    pub sentence_of: Vec<u32>,
    /// For each token, 1 + the index of the quote it is inside (marks included), or 0.
    pub quote_of: Vec<u32>,
}

impl<'t> Doc<'t> {
    /// Reads `text`.
    pub(crate) fn new(text: &'t str) -> Doc<'t> {
        let tokens = tokens::tokenize(text);
        let quoted = marks::pair(text, &tokens);
        let sentences = sentences::split(text, &tokens, &quoted);
        let mut sentence_of = vec![0u32; tokens.len()];
        for (n, s) in sentences.iter().enumerate() {
            for slot in &mut sentence_of[s.first..s.end] {
                *slot = n as u32;
            }
        }
        let mut quote_of = vec![0u32; tokens.len()];
        for (n, q) in quoted.iter().enumerate() {
            for slot in &mut quote_of[q.open..=q.close] {
                *slot = n as u32 + 1;
            }
        }
        Doc {
            text,
            tokens,
            quoted,
            sentences,
            sentence_of,
            quote_of,
        }
    }

    /// What token `i` is in the lexicon, when it is a word there.
    pub(crate) fn word(&self, i: usize) -> Option<Word> {
        let t = &self.tokens[i];
        if t.kind != Kind::Word {
            return None;
        }
        lexicon::word(t.text(self.text))
    }

    /// Token `i` is a lower-case reporting verb of the given kind.
    pub(crate) fn is_verb(&self, i: usize, kind: Word) -> bool {
        self.word(i) == Some(kind) && !self.tokens[i].is_capitalized(self.text)
    }

    /// Token `i` is punctuation `c`.
    pub(crate) fn is(&self, i: usize, c: char) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is(self.text, c))
    }

    /// Token `i` is the word `w`, compared without case.
    pub(crate) fn is_word(&self, i: usize, w: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && t.text(self.text).eq_ignore_ascii_case(w))
    }

    /// The byte range of tokens `first..end`.
    pub(crate) fn bytes(&self, first: usize, end: usize) -> (usize, usize) {
        (self.tokens[first].start, self.tokens[end - 1].end)
    }
}
