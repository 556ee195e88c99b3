//! The object an amount counts: the noun phrase after it ("3,000 North Korean troops"), or
//! after "of" ("one-fifth of Ukraine"). Without a tagger the phrase is read by its shape:
//! capitalised words and modifiers up to the first plural noun, stopping at function
//! words, numbers, dates, adverbs, verb forms after a noun and punctuation.

use crate::numeric::lexicon::{Class, DETERMINER, PLURAL, STOP};
use crate::numeric::tokens::{Token, possessive_end};

/// The most words an object runs to.
const LONGEST: usize = 4;

/// Where the object may stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reach {
    /// Right after the figure or after "of" (counts: "3,000 troops", "3,000 of the troops").
    Count,
    /// Only after "of" (percents, fractions, measures: "20% of the vote").
    Of,
    /// After "of", "worth of" or "in" (money: "$5 million in aid").
    Money,
}

/// A plural noun: a final "s" (not "ss", "us", "is"), or one the lexicon knows ("people").
pub(crate) fn plural(token: &Token, word: &str) -> bool {
    let b = word.as_bytes();
    token.has(PLURAL)
        || word.ends_with("men") && b.len() > 4
        || b.len() >= 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("us")
            && !word.ends_with("is")
}

/// A verb form: "-ing" or "-ed".
fn verb_form(word: &str) -> bool {
    word.len() > 4 && (word.ends_with("ing") || word.ends_with("ed"))
}

/// The object after a figure that ends at token `k`, as a token range; the amount's text
/// runs to its end ("one-fifth of Ukraine").
pub(crate) fn object(
    text: &str,
    tokens: &[Token],
    k: usize,
    reach: Reach,
) -> Option<(usize, usize)> {
    let word = |j: usize, w: &str| tokens.get(j).is_some_and(|t| t.is_word_ci(text, w));
    let mut j = k;
    if word(j, "worth") && reach == Reach::Money {
        j += 1;
    }
    if word(j, "of") {
        j += 1;
        if tokens.get(j).is_some_and(|t| t.has(DETERMINER)) {
            j += 1;
        }
    } else if word(j, "in") && reach == Reach::Money {
        // "$5 million in aid", not "in the first quarter" or "in Ukraine".
        j += 1;
        let t = tokens.get(j)?;
        if t.has(DETERMINER) || t.is_capitalized(text) {
            return None;
        }
    } else if reach != Reach::Count || j != k {
        return None;
    }
    noun_phrase(text, tokens, j)
}

/// The noun phrase starting at token `j`, as a token range.
fn noun_phrase(text: &str, tokens: &[Token], start: usize) -> Option<(usize, usize)> {
    let mut j = start;
    let mut words = 0;
    let mut end = start;
    let mut last_word = "";
    while let Some(t) = tokens.get(j) {
        if !t.is_word() || t.newline || t.has(STOP) {
            break;
        }
        if let Some(
            Class::Number(_)
            | Class::Scale(_)
            | Class::Vague(_)
            | Class::Dozen
            | Class::Fraction { .. }
            | Class::Weekday(_)
            | Class::Day(_),
        ) = t.lex.map(|e| e.class)
        {
            break;
        }
        if matches!(t.lex.map(|e| e.class), Some(Class::Month { .. })) && t.is_capitalized(text) {
            break;
        }
        let w = t.text(text);
        let capitalized = t.is_capitalized(text);
        if !capitalized && (w.len() > 4 && w.ends_with("ly") || words > 0 && verb_form(w)) {
            break;
        }
        // "Russian-speaking residents": hyphenated words are one.
        let mut last = j;
        while tokens.get(last + 1).is_some_and(|h| h.is('-') && !h.spaced)
            && tokens
                .get(last + 2)
                .is_some_and(|n| n.is_word() && !n.spaced)
        {
            last += 2;
        }
        let head = tokens[last].text(text);
        words += 1;
        last_word = head;
        match possessive_end(tokens, text, last) {
            // "Ukraine's territory": the owner precedes the head.
            Some(after) => {
                end = after;
                j = after;
            }
            None => {
                end = last + 1;
                j = last + 1;
                if !capitalized && plural(&tokens[last], head) {
                    break;
                }
            }
        }
        if words == LONGEST {
            break;
        }
    }
    // A lone verb form is a predicate: "3,000 died", "3,000 wounded".
    let lone_verb = words == 1
        && !tokens[start].is_capitalized(text)
        && verb_form(last_word)
        && !plural(&tokens[start], last_word);
    (words > 0 && !lone_verb).then_some((start, end))
}
