//! Reported speech and claims without quotation marks: a source, a reporting verb and the
//! clause it reports, in the three orders news prose uses — "SOURCE said (that) CONTENT",
//! "CONTENT, SOURCE said." and "according to SOURCE, CONTENT" (or "CONTENT, according to
//! SOURCE").

use crate::doc::Doc;
use crate::lexicon::{self, Object, Word};
use crate::speakers::{self, Mention};
use crate::tokens::Kind;

/// A reported claim, in tokens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    /// Who says or believes it.
    pub source: Mention,
    /// The reporting cue, a token range.
    pub cue: (usize, usize),
    /// The content, a token range.
    pub content: (usize, usize),
}

/// Words a reported clause needs.
const MIN_WORDS: usize = 4;
/// Tokens between a verb and the "that" opening its clause ("said on Monday that").
const THAT_REACH: usize = 8;

/// The reported claims of `doc` whose cue is not already a quote's (`quote_cues`).
pub(crate) fn find(doc: &Doc, quote_cues: &[usize]) -> Vec<Found> {
    let mut found = Vec::new();
    let mut in_sentence: Vec<Found> = Vec::new();
    for sentence in &doc.sentences {
        let (first, end) = (sentence.first, sentence.end);
        // The clause ends before a closing full stop.
        let last = if end > first && is_final(doc, end - 1) {
            end - 1
        } else {
            end
        };
        in_sentence.extend(colon_line(doc, first, last));
        for j in first..last {
            if doc.quote_of[j] != 0 || quote_cues.contains(&j) {
                continue;
            }
            let claim = if doc.word(j) == Some(Word::According) && doc.is_word(j + 1, "to") {
                according(doc, j, first, last)
            } else if doc.is_verb(j, Word::Speech)
                || doc.is_verb(j, Word::Belief)
                || doc.is_verb(j, Word::Stance)
            {
                forward(doc, j, first, last).or_else(|| backward(doc, j, first, last))
            } else {
                None
            };
            if let Some(c) = claim
                && quoted_share(doc, c.content) < 0.5
            {
                in_sentence.push(c);
            }
        }
        // A document opening the sentence speaks only when no verb in it does: "In an
        // interview, Sanders said …" is Sanders'.
        if in_sentence.is_empty() && !(first..end).any(|j| quote_cues.contains(&j)) {
            in_sentence.extend(opening_document(doc, first, last));
        }
        // "Devine said Sanders wants changes": the inner verb is part of what Devine said,
        // not Sanders' own claim.
        found.extend(in_sentence.iter().copied().filter(|c| {
            !in_sentence
                .iter()
                .any(|o| o.content.0 <= c.cue.0 && c.cue.0 < o.content.1)
        }));
        in_sentence.clear();
    }
    found
}

fn is_final(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == Kind::Punct && matches!(doc.tokens[i].text(doc.text), "." | "!" | "?")
}

/// The share of the content's tokens inside quotation marks: such content is a quote's.
fn quoted_share(doc: &Doc, (a, b): (usize, usize)) -> f32 {
    let inside = (a..b).filter(|&i| doc.quote_of[i] != 0).count();
    inside as f32 / (b - a).max(1) as f32
}

fn words(doc: &Doc, (a, b): (usize, usize)) -> usize {
    (a..b)
        .filter(|&i| matches!(doc.tokens[i].kind, Kind::Word | Kind::Number))
        .count()
}

/// "according to SOURCE, CONTENT" or "CONTENT, according to SOURCE".
fn according(doc: &Doc, j: usize, first: usize, last: usize) -> Option<Found> {
    let cue = (j, j + 2);
    let comma = (cue.1..last).find(|&i| doc.is(i, ','));
    let source_end = comma.unwrap_or(last);
    // The source may be a long phrase ("the most recent RealClearPolitics average of
    // national polls"): its head is at its start.
    let source = speakers::after(doc, cue.1, source_end).or_else(|| {
        (cue.1 < source_end).then_some(Mention {
            first: cue.1,
            end: source_end.min(cue.1 + 8),
        })
    })?;
    let content = if j > first && doc.is(j - 1, ',') {
        (first, j - 1)
    } else {
        (comma? + 1, last)
    };
    claim(doc, source, cue, content)
}

/// Nouns of a document or a survey that can be a source: "In a statement, …".
const DOCUMENTS: &[&str] = &[
    "poll",
    "survey",
    "statement",
    "interview",
    "letter",
    "report",
    "memo",
    "speech",
    "email",
    "e-mail",
    "tweet",
    "post",
    "video",
    "op-ed",
    "editorial",
    "column",
    "essay",
    "book",
    "filing",
    "lawsuit",
    "complaint",
    "ruling",
    "opinion",
    "study",
    "analysis",
    "release",
    "words",
    "view",
    "remarks",
    "testimony",
    "transcript",
    "ad",
    "advertisement",
    "message",
];

/// "In a CNN poll released Sunday, CONTENT" and "In his statement, CONTENT": a document
/// opening the sentence is its source.
fn opening_document(doc: &Doc, first: usize, last: usize) -> Option<Found> {
    if !doc.is_word(first, "in") {
        return None;
    }
    let comma = (first + 1..last.min(first + 14)).find(|&i| doc.is(i, ','))?;
    let names_document = (first + 1..comma).any(|i| {
        DOCUMENTS
            .iter()
            .any(|d| doc.tokens[i].text(doc.text).eq_ignore_ascii_case(d))
    });
    if !names_document {
        return None;
    }
    let source = Mention {
        first: first + 1,
        end: comma,
    };
    claim(doc, source, (first, first + 1), (comma + 1, last))
}

/// "Sanders: Endorsements prove Clinton the establishment's candidate" (a headline) and
/// "PENCE: Well, look, …" (a transcript): a name and a colon open the line.
fn colon_line(doc: &Doc, first: usize, last: usize) -> Option<Found> {
    if !doc.tokens[first].line_before {
        return None;
    }
    let colon = (first + 1..last.min(first + 6)).find(|&i| doc.is(i, ':'))?;
    let source = speakers::after(doc, first, colon)?;
    if source.end != colon
        || !(first..colon).all(|i| doc.tokens[i].is_capitalized(doc.text) || doc.is(i, '.'))
    {
        return None;
    }
    claim(doc, source, (colon, colon + 1), (colon + 1, last))
}

/// "SOURCE said (on Monday) (that) CONTENT", "SOURCE told reporters CONTENT".
fn forward(doc: &Doc, j: usize, first: usize, last: usize) -> Option<Found> {
    // "Stories have emerged describing …": a participle reports for the sentence's subject.
    let participle = doc.tokens[j].text(doc.text).ends_with("ing")
        && !(j > first
            && ["is", "are", "was", "were", "be", "been"]
                .iter()
                .any(|w| doc.is_word(j - 1, w)));
    let source = if participle {
        speakers::opening(doc, first, j)?
    } else {
        speakers::before(doc, j, first)?
    };
    if passive(doc, source.end, j) {
        return None;
    }
    let verb = doc.tokens[j].text(doc.text);
    let mut start = j + 1;
    let that = (start..last.min(start + THAT_REACH)).find(|&i| {
        doc.is_word(i, "that") && !doc.tokens[i].is_capitalized(doc.text) && no_break(doc, j, i)
    });
    if let Some(t) = that {
        start = t + 1;
    } else {
        let object = lexicon::object(verb);
        if object == Some(Object::Person) {
            start = object_end(doc, start, last)?;
        }
        // The clause opens with its own subject ("said he would", "believes Russia will"),
        // or the verb takes what it names ("called the plan a disaster").
        if !opens_clause(doc, start)
            && object != Some(Object::Named)
            && doc.word(j) != Some(Word::Stance)
        {
            return None;
        }
    }
    claim(
        doc,
        source,
        (j, j + 1),
        (start, clause_end(doc, start, last)),
    )
}

/// Where a reported clause ends: at a semicolon, or at ", and" / ", but" / ", while" when
/// the clause after it reports through a verb of its own ("…, and Ukrainian officials have
/// said …" is a second claim).
fn clause_end(doc: &Doc, start: usize, last: usize) -> usize {
    for i in start..last {
        if doc.is(i, ';') {
            return i;
        }
        let joins = doc.is(i, ',')
            && ["and", "but", "while", "whereas"]
                .iter()
                .any(|w| doc.is_word(i + 1, w));
        if joins
            && (i + 2..last.min(i + 10)).any(|k| {
                doc.is_verb(k, Word::Speech)
                    || doc.is_verb(k, Word::Belief)
                    || doc.is_verb(k, Word::Stance)
            })
        {
            return i;
        }
    }
    last
}

/// "CONTENT, SOURCE said." or "CONTENT, said SOURCE."
fn backward(doc: &Doc, j: usize, first: usize, last: usize) -> Option<Found> {
    let (source, comma, tail) = if j > first && doc.is(j - 1, ',') {
        let m = speakers::after(doc, j + 1, last)?;
        (m, j - 1, m.end)
    } else {
        let m = speakers::before(doc, j, first)?;
        if passive(doc, m.end, j) {
            return None;
        }
        (m, m.first.checked_sub(1)?, j + 1)
    };
    // Only a short adjunct may follow ("said Tuesday", "said in a statement"), or a comma.
    if last - tail > 4 && !doc.is(tail, ',') {
        return None;
    }
    if comma <= first || !doc.is(comma, ',') {
        return None;
    }
    claim(doc, source, (j, j + 1), (first, comma))
}

fn claim(
    doc: &Doc,
    source: Mention,
    cue: (usize, usize),
    content: (usize, usize),
) -> Option<Found> {
    let (mut a, b) = content;
    while a < b && doc.tokens[a].kind == Kind::Punct {
        a += 1;
    }
    (a < b && words(doc, (a, b)) >= MIN_WORDS).then_some(Found {
        source,
        cue,
        content: (a, b),
    })
}

/// "are expected to", "was told": a form of "be" before the verb makes its subject the
/// one reported on, not the source.
fn passive(doc: &Doc, from: usize, verb: usize) -> bool {
    (from..verb).any(|i| {
        ["is", "are", "was", "were", "be", "been", "being"]
            .iter()
            .any(|w| doc.is_word(i, w))
    })
}

/// No punctuation between the verb and its "that": "said on Monday that", not "said, and
/// that".
fn no_break(doc: &Doc, from: usize, to: usize) -> bool {
    (from + 1..to).all(|i| !matches!(doc.tokens[i].kind, Kind::Punct | Kind::Mark(_)))
}

/// The end of a short personal object: "reporters", "CNN", "the Associated Press", "him".
fn object_end(doc: &Doc, start: usize, last: usize) -> Option<usize> {
    let m = speakers::after(doc, start, last.min(start + 5))?;
    Some(m.end)
}

/// The token at `i` can open a clause with its own subject.
fn opens_clause(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    match t.kind {
        Kind::Word => match doc.word(i) {
            Some(Word::Pronoun | Word::Determiner) | None => true,
            // "at least 3,000 …", "more than half …", "there is …".
            Some(Word::Stop) => ["at", "more", "there", "if", "when", "because", "only"]
                .iter()
                .any(|w| doc.is_word(i, w)),
            _ => t.is_capitalized(doc.text),
        },
        Kind::Number => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (source, cue, content) for each claim of `text`.
    fn claims(text: &str) -> Vec<(String, String, String)> {
        let doc = Doc::new(text);
        let slice = |(a, b): (usize, usize)| {
            let (s, e) = doc.bytes(a, b);
            text[s..e].to_string()
        };
        find(&doc, &[])
            .into_iter()
            .map(|f| {
                (
                    slice((f.source.first, f.source.end)),
                    slice(f.cue),
                    slice(f.content),
                )
            })
            .collect()
    }

    #[test]
    fn source_verb_content() {
        assert_eq!(
            claims(
                "South Korean intelligence believes at least 3,000 North Korean troops are training in eastern Russia."
            ),
            [(
                "South Korean intelligence".into(),
                "believes".into(),
                "at least 3,000 North Korean troops are training in eastern Russia".into()
            )]
        );
        assert_eq!(
            claims("Ukrainian officials have said on Monday that the troops had reached Kursk.")[0]
                .2,
            "the troops had reached Kursk"
        );
        assert_eq!(
            claims("Putin told reporters he saw no reason to change course.")[0].2,
            "he saw no reason to change course"
        );
    }

    #[test]
    fn content_before_the_source() {
        assert_eq!(
            claims("The talks will resume next week, a senior official said."),
            [(
                "a senior official".into(),
                "said".into(),
                "The talks will resume next week".into()
            )]
        );
        assert_eq!(
            claims("The talks will resume next week, said Sen. Ted Cruz.")[0].0,
            "Sen. Ted Cruz"
        );
    }

    #[test]
    fn according_to_either_side() {
        assert_eq!(
            claims("According to the Pentagon, the troops have crossed the border.")[0],
            (
                "the Pentagon".into(),
                "According to".into(),
                "the troops have crossed the border".into()
            )
        );
        assert_eq!(
            claims("The troops have crossed the border, according to the Pentagon.")[0].2,
            "The troops have crossed the border"
        );
    }

    #[test]
    fn verbs_of_naming_report_what_they_name() {
        assert_eq!(
            claims("Trump called the plan a total disaster for the country.")[0].2,
            "the plan a total disaster for the country"
        );
    }

    #[test]
    fn a_claim_inside_another_is_part_of_it() {
        let c = claims("Devine said Sanders wants changes to the party platform before July.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].0, "Devine");
        assert_eq!(
            c[0].2,
            "Sanders wants changes to the party platform before July"
        );
    }

    #[test]
    fn passive_reports_name_no_source() {
        assert!(claims("More than 250,000 Iowans are expected to attend the caucuses.").is_empty());
    }

    #[test]
    fn a_second_reporting_clause_is_a_second_claim() {
        let c = claims(
            "South Korean intelligence believes 3,000 troops are in Russia, and Ukrainian officials have said they could reach the front within weeks.",
        );
        let found: Vec<(&str, &str)> = c.iter().map(|c| (c.0.as_str(), c.2.as_str())).collect();
        assert_eq!(
            found,
            [
                ("South Korean intelligence", "3,000 troops are in Russia"),
                (
                    "Ukrainian officials",
                    "they could reach the front within weeks"
                )
            ]
        );
    }

    #[test]
    fn a_participle_reports_for_the_sentence_subject() {
        let c = claims("Stories have emerged describing the insiders' attempts to dislodge Trump.");
        assert_eq!(c[0].0, "Stories");
        assert_eq!(c[0].2, "the insiders' attempts to dislodge Trump");
    }
}
