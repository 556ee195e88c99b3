//! Sentences robust to scraped text: abbreviations ("U.S.", "Sept.", "Gov."), initials,
//! decimals, quotes that hold several sentences, and sentences glued at the dot
//! ("…Putin said.The Russian president…"). A line break always ends a sentence.

use crate::lexicon::{self, Word};
use crate::marks::Quoted;
use crate::tokens::{Kind, Mark, Token};

/// One sentence: a token range.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sentence {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
}

/// Words after which a dot does not end the sentence (compared without case).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "sgt",
    "capt", "cmdr", "adm", "maj", "st", "jr", "sr", "prof", "rev", "pres", "atty", "supt", "mt",
    "ft", "ave", "blvd", "dept", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
    "dec", "inc", "corp", "co", "ltd", "no", "vs", "v", "fig", "approx", "est", "gens", "messrs",
    "hon", "sec", "amb", "insp", "det", "cpl", "pvt",
];

fn is_abbreviation(word: &str) -> bool {
    // An initial: "Donald J. Trump".
    let mut chars = word.chars();
    if chars.next().is_some_and(char::is_uppercase) && chars.next().is_none() {
        return true;
    }
    word.len() <= 6 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// True when the token opens a sentence: a capital, a digit or an opening mark.
fn starts_sentence(text: &str, t: &Token) -> bool {
    match t.kind {
        Kind::Word => t.is_capitalized(text),
        Kind::Number => true,
        Kind::Mark(Mark::Open(_) | Mark::Either(_)) => true,
        Kind::Mark(Mark::Close(_)) => false,
        Kind::Punct => t.is(text, '(') || t.is(text, '['),
    }
}

/// "… in the U.S. He says …": a dotted abbreviation keeps the sentence's full stop, which
/// ends the sentence when a small capitalised word (a pronoun, an article) follows; "U.S.
/// Army" goes on.
fn ends_dotted(text: &str, t: &Token, next: &Token) -> bool {
    t.kind == Kind::Word
        && t.text(text).ends_with('.')
        && next.is_capitalized(text)
        && matches!(
            lexicon::word(next.text(text)),
            Some(Word::Pronoun | Word::Determiner | Word::Stop | Word::Adverb)
        )
}

fn is_terminal(text: &str, t: &Token) -> bool {
    t.kind == Kind::Punct && matches!(t.text(text), "." | "!" | "?" | "…")
}

/// Splits `tokens` into sentences; `quoted` (in text order) keeps the sentences of a quote
/// inside the sentence that reports it.
pub(crate) fn split(text: &str, tokens: &[Token], quoted: &[Quoted]) -> Vec<Sentence> {
    let mut inside = vec![false; tokens.len()];
    for q in quoted {
        for flag in &mut inside[q.open + 1..q.close] {
            *flag = true;
        }
    }
    let mut sentences = Vec::new();
    let mut first = 0;
    for i in 0..tokens.len() {
        let next = tokens.get(i + 1);
        let boundary = match next {
            None => true,
            Some(n) if n.line_before => true,
            Some(n) => {
                let t = &tokens[i];
                let closes_quote = matches!(t.kind, Kind::Mark(Mark::Close(_) | Mark::Either(_)))
                    && i > 0
                    && is_terminal(text, &tokens[i - 1]);
                !inside[i]
                    && (is_terminal(text, t) || closes_quote || ends_dotted(text, t, n))
                    && starts_sentence(text, n)
                    && !(t.is(text, '.') && i > 0 && is_abbreviation(tokens[i - 1].text(text)))
                    && !matches!(n.kind, Kind::Mark(Mark::Close(_)))
            }
        };
        if boundary {
            sentences.push(Sentence { first, end: i + 1 });
            first = i + 1;
        }
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks::pair;
    use crate::tokens::tokenize;

    fn sentences(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let quoted = pair(text, &tokens);
        split(text, &tokens, &quoted)
            .into_iter()
            .map(|s| &text[tokens[s.first].start..tokens[s.end - 1].end])
            .collect()
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_end_sentences() {
        assert_eq!(
            sentences(
                "Sen. Ted Cruz met Donald J. Trump in the U.S. Capitol on Sept. 12. Turnout was 1.5 percent higher."
            ),
            [
                "Sen. Ted Cruz met Donald J. Trump in the U.S. Capitol on Sept. 12.",
                "Turnout was 1.5 percent higher."
            ]
        );
    }

    #[test]
    fn a_quote_of_several_sentences_stays_in_its_sentence() {
        assert_eq!(
            sentences("“We won. We will win again,” he said. “Believe me.” Then he left."),
            [
                "“We won. We will win again,” he said.",
                "“Believe me.”",
                "Then he left."
            ]
        );
    }

    #[test]
    fn a_dotted_abbreviation_can_end_a_sentence() {
        assert_eq!(
            sentences("Attacks rose in the U.S. He says the U.S. Army is ready."),
            [
                "Attacks rose in the U.S.",
                "He says the U.S. Army is ready."
            ]
        );
    }

    #[test]
    fn glued_sentences_and_line_breaks_split() {
        assert_eq!(
            sentences("Putin said.The Russian president left\nA new line"),
            ["Putin said.", "The Russian president left", "A new line"]
        );
    }
}
