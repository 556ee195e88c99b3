//! The noun phrase that speaks: the subject before a reporting verb ("Sen. Ted Cruz said",
//! "a campaign spokesman, who asked not to be named, said") or the one after it ("said
//! Trump", "according to the State Department").

use crate::doc::Doc;
use crate::lexicon::Word;
use crate::numeric::{self, Calendar};
use crate::tokens::Kind;

/// A mention: the token range `first..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
}

/// Lower-case words a speaker's phrase may hold before its head.
const MAX_LOWER: usize = 4;
/// Tokens in a speaker's phrase.
const MAX_TOKENS: usize = 9;

/// The subject of the verb at `verb`, searched backwards but not before token `floor`.
pub(crate) fn before(doc: &Doc, verb: usize, floor: usize) -> Option<Mention> {
    let mut i = verb;
    // Adverbs, auxiliaries and times between subject and verb: "has also said", "later
    // Thursday told", "on Friday described".
    loop {
        while i > floor
            && (doc.word(i - 1) == Some(Word::Adverb)
                || is_adverb_ly(doc, i - 1)
                || is_time(doc, i - 1))
        {
            i -= 1;
        }
        if i > floor + 1
            && is_time(doc, i)
            && (doc.is_word(i - 1, "on") || doc.is_word(i - 1, "last"))
        {
            i -= 1;
            continue;
        }
        break;
    }
    // A parenthesis after the name: "Ted Cruz (R-Texas) said".
    if i > floor && doc.is(i - 1, ')') {
        let mut j = i - 1;
        while j > floor && !doc.is(j, '(') && i - j < 10 {
            j -= 1;
        }
        if doc.is(j, '(') {
            i = j;
        }
    }
    // An apposition or relative clause: "Putin, the Russian president, said".
    if i > floor + 1 && doc.is(i - 1, ',') {
        let mut j = i - 2;
        while j > floor && !doc.is(j, ',') && i - j < 30 {
            j -= 1;
        }
        if doc.is(j, ',') && j > floor {
            return phrase_before(doc, j, floor);
        }
        return None;
    }
    phrase_before(doc, i, floor)
}

/// Words of time that sit between a subject and its verb, besides weekdays and the days
/// named relative to publication: parts of the day and calendar units.
const TIMES: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
];

/// A time word: "Thursday", "yesterday", "night".
fn is_time(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    if t.kind != Kind::Word {
        return false;
    }
    let w = t.text(doc.text);
    TIMES.contains(&w)
        || matches!(
            numeric::calendar_word(w),
            Some(Calendar::Weekday | Calendar::Day)
        )
}

/// Capitalised words that open a sentence with an adverbial phrase, not its subject:
/// "Early in his campaign, Trump …".
const OPENERS: &[&str] = &[
    "Early",
    "Earlier",
    "Later",
    "Last",
    "Meanwhile",
    "However",
    "Still",
    "Speaking",
    "Asked",
    "Recently",
    "Previously",
    "Afterward",
    "Afterwards",
    "Yesterday",
    "Today",
    "Now",
    "Then",
    "Separately",
    "Instead",
    "Indeed",
    "Already",
    "Overall",
    "Elsewhere",
];

/// A lower-case word in "-ly": "jokingly", "bluntly" (capitalised, it may be a name:
/// "Kelly").
fn is_adverb_ly(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    t.kind == Kind::Word && !t.is_capitalized(doc.text) && t.text(doc.text).ends_with("ly")
}

/// The noun phrase that ends right before token `end`.
fn phrase_before(doc: &Doc, end: usize, floor: usize) -> Option<Mention> {
    let mut first = end;
    let mut lower = 0;
    while first > floor && end - first < MAX_TOKENS {
        let i = first - 1;
        let t = &doc.tokens[i];
        match t.kind {
            Kind::Word if t.is_capitalized(doc.text) => {
                let w = doc.word(i);
                // "When Trump said": a capitalised small word opens the sentence, not the
                // name; as the name itself ("Will urged") it stays.
                let small = matches!(
                    w,
                    Some(Word::Stop | Word::Adverb | Word::Speech | Word::Belief | Word::Stance)
                );
                if small && (first < end || w == Some(Word::Stop)) {
                    break;
                }
                if w == Some(Word::Pronoun) {
                    if first == end {
                        first = i;
                    }
                    break;
                }
                first = i;
            }
            Kind::Word => match doc.word(i) {
                Some(Word::Pronoun) => {
                    if first == end {
                        first = i;
                    }
                    break;
                }
                Some(Word::Determiner) => {
                    if first < end {
                        first = i;
                    }
                    break;
                }
                // A past tense is a verb, not a subject: "withheld support".
                None if t.text(doc.text).ends_with("ed") => break,
                Some(Word::Title) | None => {
                    lower += 1;
                    if lower > MAX_LOWER {
                        break;
                    }
                    first = i;
                }
                _ => break,
            },
            Kind::Number => first = i,
            // "Sen." and "Mr.": the dot of a title.
            Kind::Punct
                if t.is(doc.text, '.')
                    && first < end
                    && i > floor
                    && doc.tokens[i - 1].kind == Kind::Word =>
            {
                first = i
            }
            _ => break,
        }
    }
    // Trim dots and hyphens left at the front.
    while first < end && doc.tokens[first].kind == Kind::Punct {
        first += 1;
    }
    (first < end && has_head(doc, first, end)).then_some(Mention { first, end })
}

/// The noun phrase that starts at token `start`, not past token `limit`.
pub(crate) fn after(doc: &Doc, start: usize, limit: usize) -> Option<Mention> {
    let mut end = start;
    let mut lower = 0;
    while end < limit && end - start < MAX_TOKENS {
        // "the Institute for the Study of War", "Bank of America": a small word between
        // capitalised ones stays in the name.
        if end > start
            && doc.tokens[end - 1].is_capitalized(doc.text)
            && (doc.is_word(end, "of") || doc.is_word(end, "for"))
        {
            let mut next = end + 1;
            if doc.is_word(next, "the") {
                next += 1;
            }
            if next < limit && doc.tokens[next].is_capitalized(doc.text) {
                end = next;
                continue;
            }
        }
        let t = &doc.tokens[end];
        match t.kind {
            Kind::Word if t.is_capitalized(doc.text) => {
                if end > start && doc.word(end) == Some(Word::Pronoun) {
                    break;
                }
                end += 1;
            }
            Kind::Word => match doc.word(end) {
                Some(Word::Pronoun) => {
                    if end == start {
                        end += 1;
                    }
                    break;
                }
                Some(Word::Determiner) if end == start => end += 1,
                // A past tense ends the phrase: "Clinton's aide rallied …".
                Some(Word::Title) | None
                    if end > start
                        && doc.tokens[end].text(doc.text).ends_with("ed")
                        && doc.word(end).is_none() =>
                {
                    break;
                }
                Some(Word::Title) | None => {
                    lower += 1;
                    if lower > MAX_LOWER {
                        break;
                    }
                    end += 1;
                }
                _ => break,
            },
            // "a 2008 Clinton veteran".
            Kind::Number => end += 1,
            Kind::Punct
                if t.is(doc.text, '.')
                    && end > start
                    && end + 1 < limit
                    && doc.tokens[end + 1].is_capitalized(doc.text) =>
            {
                end += 1
            }
            _ => break,
        }
    }
    (end > start && has_head(doc, start, end)).then_some(Mention { first: start, end })
}

/// The subject that opens the sentence starting at token `first`, after a leading
/// conjunction or an introductory phrase closed by a comma ("On Thursday, Trump …").
pub(crate) fn opening(doc: &Doc, first: usize, limit: usize) -> Option<Mention> {
    let mut first = first;
    // A dateline: "WASHINGTON (AP) — …".
    if let Some(dash) = (first..limit.min(first + 8)).find(|&i| doc.is(i, '—') || doc.is(i, '-'))
        && (first..dash).all(|i| {
            let t = doc.tokens[i].text(doc.text);
            doc.tokens[i].kind != Kind::Word || t.chars().all(|c| !c.is_lowercase())
        })
    {
        first = dash + 1;
    }
    let mut start = first;
    while start < limit && matches!(doc.word(start), Some(Word::Stop | Word::Adverb)) {
        start += 1;
    }
    // "In an interview with CNN, Sanders said …", "Early in his campaign, Trump …": start
    // after the comma.
    let adverbial = matches!(doc.word(first), Some(Word::Stop))
        || OPENERS.contains(&doc.tokens[first].text(doc.text))
        || (doc.tokens[first].text(doc.text).ends_with("ly") && doc.is(first + 1, ','));
    if adverbial && let Some(comma) = (start..limit.min(start + 10)).find(|&i| doc.is(i, ',')) {
        start = comma + 1;
    }
    after(doc, start, limit)
}

/// A phrase needs a head that can speak: a name, a pronoun or a noun, not only a
/// determiner or a number.
fn has_head(doc: &Doc, first: usize, end: usize) -> bool {
    let last = end - 1;
    doc.tokens[last].kind == Kind::Word
        && !matches!(
            doc.word(last),
            Some(Word::Determiner | Word::Stop | Word::Adverb)
        )
        && (first..end).any(|i| doc.tokens[i].kind == Kind::Word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(text: &str, verb: &str) -> Option<String> {
        let doc = Doc::new(text);
        let v = (0..doc.tokens.len()).find(|&i| doc.tokens[i].text(text) == verb)?;
        before(&doc, v, 0).map(|m| {
            let (s, e) = doc.bytes(m.first, m.end);
            text[s..e].to_string()
        })
    }

    #[test]
    fn finds_the_subject_of_a_reporting_verb() {
        assert_eq!(
            subject("Sen. Ted Cruz said it.", "said").as_deref(),
            Some("Sen. Ted Cruz")
        );
        assert_eq!(
            subject("Putin, the Russian president, has also said it.", "said").as_deref(),
            Some("Putin")
        );
        assert_eq!(
            subject("But a campaign spokesman said no.", "said").as_deref(),
            Some("a campaign spokesman")
        );
        assert_eq!(
            subject("Later he told reporters.", "told").as_deref(),
            Some("he")
        );
        assert_eq!(
            subject("Ted Cruz (R-Texas) said so.", "said").as_deref(),
            Some("Ted Cruz")
        );
    }

    #[test]
    fn finds_the_phrase_after_an_inverted_verb() {
        let text = "“No,” said White House press secretary Josh Earnest, who left.";
        let doc = Doc::new(text);
        let said = (0..doc.tokens.len())
            .find(|&i| doc.tokens[i].text(text) == "said")
            .expect("said");
        let m = after(&doc, said + 1, doc.tokens.len()).expect("speaker");
        let (s, e) = doc.bytes(m.first, m.end);
        assert_eq!(&text[s..e], "White House press secretary Josh Earnest");
    }
}
