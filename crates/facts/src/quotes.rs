//! Quotes and their speakers: each quoted stretch is read with the words around it in its
//! sentence — a reporting verb after it ("…,” he said", "…,” said Trump"), before it
//! ("Trump told reporters: “…”", "according to X, “…”"), or in the sentence that leads
//! into it ("He said:" closing the paragraph before). A quote that runs on from the
//! speaker's previous quote keeps that speaker. Fragments without a speaker (scare quotes,
//! titles) are left out; a whole quote without one keeps `speaker: None`.

use crate::doc::Doc;
use crate::lexicon::Word;
use crate::speakers::{self, Mention};
use crate::tokens::Kind;
use copydesk_record::QuoteKind;

/// A quote as found, in tokens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    /// Index into [`Doc::quoted`].
    pub quoted: usize,
    /// Whole sentences or a fragment.
    pub kind: QuoteKind,
    /// The speaker's mention.
    pub speaker: Option<Mention>,
    /// The reporting cue, a token range.
    pub cue: Option<(usize, usize)>,
}

/// Words a fragment without a speaker may have and still be a scare quote or a title.
const SCARE_WORDS: usize = 4;
/// Tokens between a reporting verb and the quote it introduces.
const LEAD_GAP: usize = 14;

/// The quotes of `doc`.
pub(crate) fn find(doc: &Doc) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::with_capacity(doc.quoted.len());
    for (n, q) in doc.quoted.iter().enumerate() {
        let kind = kind(doc, q.open, q.start);
        let ends_open = kind == QuoteKind::Direct
            && (doc.is(q.close.saturating_sub(1), ',')
                || doc.is(q.close + 1, ',')
                || doc.is(q.close.saturating_sub(1), '?')
                || doc.is(q.close.saturating_sub(1), '!'));
        let mut attributed = if ends_open {
            after(doc, n).or_else(|| before(doc, n))
        } else {
            before(doc, n).or_else(|| after(doc, n))
        };
        if attributed.is_none() {
            attributed = lead_in(doc, n).or_else(|| run_on(doc, &found, n));
        }
        let (speaker, cue) = match attributed {
            Some((s, c)) => (Some(s), Some(c)),
            None => (None, None),
        };
        if speaker.is_none() && words(&doc.text[q.start..q.end]) <= SCARE_WORDS {
            continue;
        }
        if speaker.is_none() && kind == QuoteKind::Partial {
            continue;
        }
        if kind == QuoteKind::Partial && is_title(&doc.text[q.start..q.end]) {
            continue;
        }
        found.push(Found {
            quoted: n,
            kind,
            speaker,
            cue,
        });
    }
    found
}

/// Small words a title leaves in lower case: "Meet the Press", "Orange is the New Black".
const TITLE_SMALL: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "is", "de", "la", "with",
];

/// The name of a work, not words spoken: a short stretch in title case ("Meet the Press",
/// "The Art of the Deal.", "Cake Boss").
fn is_title(quoted: &str) -> bool {
    let words: Vec<&str> = quoted
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let capitals = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    (2..=8).contains(&words.len())
        && capitals >= 2
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || TITLE_SMALL.contains(w))
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Whole sentences open with a capital and stand at the start of a sentence, after a colon
/// or comma, or right after a reporting verb; anything else is a fragment.
fn kind(doc: &Doc, open: usize, start: usize) -> QuoteKind {
    let capital = doc.text[start..]
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let leads = open == 0
        || doc.tokens[open].line_before
        || doc.sentence_of[open - 1] != doc.sentence_of[open]
        || doc.is(open - 1, ':')
        || doc.is(open - 1, ',')
        || doc.is(open - 1, '—')
        || matches!(doc.word(open - 1), Some(Word::Speech));
    if capital && leads {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// A reporting verb at token `i` (outside quotes): its cue range, including "according to".
fn cue_at(doc: &Doc, i: usize, belief: bool) -> Option<(usize, usize)> {
    if doc.quote_of[i] != 0 {
        return None;
    }
    if doc.is_verb(i, Word::Speech)
        || (belief && (doc.is_verb(i, Word::Belief) || doc.is_verb(i, Word::Stance)))
    {
        return Some((i, i + 1));
    }
    // "Said Comey, “…”": an inverted verb opening the sentence.
    let opens = i == 0 || doc.sentence_of[i - 1] != doc.sentence_of[i];
    if opens
        && doc.word(i) == Some(Word::Speech)
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.is_capitalized(doc.text))
    {
        return Some((i, i + 1));
    }
    if doc.word(i) == Some(Word::According) && doc.is_word(i + 1, "to") {
        return Some((i, i + 2));
    }
    None
}

fn participle(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].text(doc.text).ends_with("ing")
}

/// The speaker a reporting verb names, between `floor` and `limit`: after "according to",
/// the main clause's subject for a participle ("…, saying …"), else the subject before the
/// verb, or the phrase after it when the verb follows a comma ("…, said Trump").
fn attribute(
    doc: &Doc,
    cue: (usize, usize),
    floor: usize,
    limit: usize,
    sentence_first: usize,
) -> Option<Mention> {
    let j = cue.0;
    if doc.word(j) == Some(Word::According) {
        return speakers::after(doc, cue.1, comma_or(doc, cue.1, limit));
    }
    // "…, saying", "by warning": the main clause speaks; "is calling": the subject before.
    if participle(doc, j) && !(j > floor && doc.word(j - 1) == Some(Word::Adverb)) {
        return main_subject(doc, j, sentence_first);
    }
    // "met Trump in December and declared": a verb joined by "and" shares the subject that
    // opens the sentence.
    let mut k = j;
    while k > floor && doc.word(k - 1) == Some(Word::Adverb) {
        k -= 1;
    }
    if k > floor && (doc.is_word(k - 1, "and") || doc.is_word(k - 1, "but")) {
        return main_subject(doc, j, sentence_first);
    }
    let subject = speakers::before(doc, j, floor).or_else(|| {
        (j == floor || doc.is(j - 1, ','))
            .then(|| speakers::after(doc, cue.1, limit))
            .flatten()
    })?;
    Some(outer(doc, subject, floor))
}

/// "Trump said he responded: “…”": a pronoun that opens a clause reported by its own
/// speaker stands for that speaker, who is named as the source.
fn outer(doc: &Doc, subject: Mention, floor: usize) -> Mention {
    let pronoun =
        subject.end - subject.first == 1 && doc.word(subject.first) == Some(Word::Pronoun);
    let mut v = subject.first;
    if v > floor && doc.is_word(v - 1, "that") {
        v -= 1;
    }
    if !pronoun || v == floor || cue_at(doc, v - 1, true).is_none() || participle(doc, v - 1) {
        return subject;
    }
    speakers::before(doc, v - 1, floor)
        .filter(|m| doc.word(m.first) != Some(Word::Pronoun) || m.end - m.first == 1)
        .unwrap_or(subject)
}

/// The subject of the clause a participle hangs on: the sentence's earlier reporting verb's
/// subject, or the subject that opens the sentence (after a quote that opens it).
fn main_subject(doc: &Doc, participle_at: usize, first: usize) -> Option<Mention> {
    for k in (first..participle_at).rev() {
        if cue_at(doc, k, false).is_some()
            && !participle(doc, k)
            && doc.word(k) != Some(Word::According)
        {
            return speakers::before(doc, k, first)
                .or_else(|| speakers::after(doc, k + 1, participle_at));
        }
    }
    let mut start = first;
    if doc.quote_of[start] != 0 {
        start = doc.quoted[doc.quote_of[start] as usize - 1].close + 1;
        while start < participle_at && doc.is(start, ',') {
            start += 1;
        }
    }
    speakers::opening(doc, start, participle_at)
}

/// The speaker named after the quote: "…,” he said", "…,” said Trump", "…,” according to
/// X", "…?” Scarborough continued." (a sentence of its own).
fn after(doc: &Doc, n: usize) -> Option<(Mention, (usize, usize))> {
    let q = &doc.quoted[n];
    let sentence = doc.sentences[doc.sentence_of[q.close] as usize];
    let mut i = q.close + 1;
    while i < sentence.end
        && (doc.is(i, ',')
            || is_dash(doc, i)
            || matches!(doc.tokens[i].kind, Kind::Mark(_)) && doc.quote_of[i] == 0)
    {
        i += 1;
    }
    let start = i;
    if start == sentence.end {
        return tag_sentence(doc, doc.sentence_of[q.close] as usize + 1);
    }
    // "“…” ― Pamela Padilla": a dash and a name closing the line sign the quote.
    if let Some(dash) = (q.close + 1..start).find(|&k| is_dash(doc, k))
        && doc.tokens[start].is_capitalized(doc.text)
        && let Some(m) = speakers::after(doc, start, sentence.end)
        && (m.end == sentence.end || doc.is(m.end, ',') || doc.is(m.end, '.'))
    {
        return Some((m, (dash, dash + 1)));
    }
    let limit = stop_at_quote(doc, start, sentence.end);
    if start < limit
        && !participle(doc, start)
        && let Some(cue) = cue_at(doc, start, false)
    {
        let m = speakers::after(doc, cue.1, limit)?;
        return Some((m, cue));
    }
    for j in start..limit {
        if let Some(cue) = cue_at(doc, j, false) {
            return attribute(doc, cue, start, limit, sentence.first).map(|m| (m, cue));
        }
    }
    // "…,” Paradis shot back": a name and a verb in the past tense right after the quote.
    if doc.is(q.close.saturating_sub(1), ',') || doc.is(q.close + 1, ',') {
        let m = speakers::after(doc, start, limit)?;
        let verb = m.end;
        let past = verb < limit
            && doc.tokens[verb].kind == Kind::Word
            && !doc.tokens[verb].is_capitalized(doc.text)
            && doc.tokens[verb].text(doc.text).ends_with("ed");
        return past.then_some((m, (verb, verb + 1)));
    }
    None
}

/// A short sentence right after a quote that only says who spoke it: "Smith said last
/// week.", "Mr. Trump asked, repeating …".
fn tag_sentence(doc: &Doc, s: usize) -> Option<(Mention, (usize, usize))> {
    let sentence = *doc.sentences.get(s)?;
    if doc.tokens[sentence.first].line_before {
        return None;
    }
    let reach = sentence.end.min(sentence.first + 8);
    let j = (sentence.first..reach).find(|&j| cue_at(doc, j, false).is_some())?;
    if doc.word(j) == Some(Word::According) || participle(doc, j) {
        return None;
    }
    let m = speakers::before(doc, j, sentence.first)?;
    let tagged = match doc.tokens.get(j + 1) {
        None => true,
        Some(t) if t.kind == Kind::Punct => true,
        Some(t) => {
            t.is_capitalized(doc.text)
                || (doc.word(j + 1) == Some(Word::Stop) && !doc.is_word(j + 1, "that"))
        }
    };
    (tagged && m.first == sentence.first).then_some((m, (j, j + 1)))
}

/// The speaker named before the quote in its sentence: "Trump said: “…”", "Trump called
/// the deal “…”". For a whole quote the nearest verb speaks; for a fragment the sentence's
/// first reporting verb does ("Babar says he contacted … for a “paint over” ceremony").
fn before(doc: &Doc, n: usize) -> Option<(Mention, (usize, usize))> {
    let q = &doc.quoted[n];
    let sentence = doc.sentences[doc.sentence_of[q.open] as usize];
    let floor = sentence.first;
    let try_cue = |j: usize, belief: bool| {
        let cue = cue_at(doc, j, belief)?;
        attribute(doc, cue, floor, q.open, floor).map(|m| (m, cue))
    };
    if kind(doc, q.open, q.start) == QuoteKind::Direct {
        let reach = q.open.saturating_sub(LEAD_GAP).max(floor);
        if let Some(found) = (reach..q.open).rev().find_map(|j| try_cue(j, true)) {
            return Some(found);
        }
    } else if let Some(found) = (floor..q.open)
        .find_map(|j| try_cue(j, false))
        .or_else(|| (floor..q.open).rev().find_map(|j| try_cue(j, true)))
    {
        return Some(found);
    }
    // "Trump went even further: “…”": the sentence's subject speaks what its colon opens.
    if q.open > floor && doc.is(q.open - 1, ':') {
        let colon = (q.open - 1, q.open);
        return speakers::opening(doc, floor, q.open - 1).map(|m| (m, colon));
    }
    None
}

/// A dash of any width.
fn is_dash(doc: &Doc, i: usize) -> bool {
    ['—', '–', '―', '-'].iter().any(|&c| doc.is(i, c))
}

/// The sentence before leads into the quote: "Trump told the crowd:" ending a paragraph or
/// a sentence right before a quote that opens its own.
fn lead_in(doc: &Doc, n: usize) -> Option<(Mention, (usize, usize))> {
    let q = &doc.quoted[n];
    let s = doc.sentence_of[q.open] as usize;
    if s == 0 || doc.sentences[s].first != q.open {
        return None;
    }
    let prev = doc.sentences[s - 1];
    if !doc.is(prev.end - 1, ':') {
        return None;
    }
    let floor = prev.first;
    for j in (floor..prev.end).rev() {
        if let Some(cue) = cue_at(doc, j, false) {
            return attribute(doc, cue, floor, prev.end, floor).map(|m| (m, cue));
        }
    }
    speakers::opening(doc, floor, prev.end - 1).map(|m| (m, (prev.end - 1, prev.end)))
}

/// A whole quote without a reporting verb, in the paragraph of the previous quote or the
/// one after it, keeps that quote's speaker: the reporter has not handed the floor to
/// anyone else.
fn run_on(doc: &Doc, found: &[Found], n: usize) -> Option<(Mention, (usize, usize))> {
    let q = &doc.quoted[n];
    let prev = found.last()?;
    let p = &doc.quoted[prev.quoted];
    let paragraphs = (p.close + 1..=q.open)
        .filter(|&i| doc.tokens[i].line_before)
        .count();
    (paragraphs <= 1 && kind(doc, q.open, q.start) == QuoteKind::Direct)
        .then_some(())
        .and(prev.speaker.zip(prev.cue))
}

/// The first paired quote mark at or after `start` (not an apostrophe), or `end`.
fn stop_at_quote(doc: &Doc, start: usize, end: usize) -> usize {
    (start..end)
        .find(|&i| matches!(doc.tokens[i].kind, Kind::Mark(_)) && doc.quote_of[i] != 0)
        .unwrap_or(end)
}

/// The first comma at or after `start`, or `end`.
fn comma_or(doc: &Doc, start: usize, end: usize) -> usize {
    (start..end).find(|&i| doc.is(i, ',')).unwrap_or(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (quote, kind, speaker, cue) for each quote of `text`.
    fn read(text: &str) -> Vec<(String, QuoteKind, Option<String>, Option<String>)> {
        let doc = Doc::new(text);
        find(&doc)
            .into_iter()
            .map(|f| {
                let q = doc.quoted[f.quoted];
                let speaker = f.speaker.map(|m| {
                    let (s, e) = doc.bytes(m.first, m.end);
                    text[s..e].to_string()
                });
                let cue = f.cue.map(|(a, b)| {
                    let (s, e) = doc.bytes(a, b);
                    text[s..e].to_string()
                });
                (text[q.start..q.end].to_string(), f.kind, speaker, cue)
            })
            .collect()
    }

    fn speakers(text: &str) -> Vec<Option<String>> {
        read(text).into_iter().map(|r| r.2).collect()
    }

    #[test]
    fn speaker_after_the_quote_in_both_orders() {
        assert_eq!(
            speakers("“We will win,” Trump said. “We will win big,” said Sen. Ted Cruz."),
            [Some("Trump".into()), Some("Sen. Ted Cruz".into())]
        );
    }

    #[test]
    fn speaker_before_the_quote() {
        let r = read("Putin told reporters in Kazan: “Images are a serious thing.”");
        assert_eq!(r[0].2.as_deref(), Some("Putin"));
        assert_eq!(r[0].3.as_deref(), Some("told"));
        assert_eq!(r[0].1, QuoteKind::Direct);
    }

    #[test]
    fn fragments_are_partial_and_scare_quotes_are_left_out() {
        let r = read(
            "Zelensky presented a “victory plan” in Kyiv. Trump called the deal “the worst trade deal maybe ever signed anywhere.”",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].1, QuoteKind::Partial);
        assert_eq!(r[0].2.as_deref(), Some("Trump"));
    }

    #[test]
    fn a_quote_running_on_keeps_its_speaker_and_a_lead_in_gives_one() {
        let text = "Clinton told the crowd:\n\n“We are stronger together.”\n\n“And we will prove it in November.”";
        assert_eq!(
            speakers(text),
            [Some("Clinton".into()), Some("Clinton".into())]
        );
    }

    #[test]
    fn according_to_names_the_source() {
        let r = read("According to a senior official, “the talks are over.”");
        assert_eq!(r[0].2.as_deref(), Some("a senior official"));
    }

    #[test]
    fn a_whole_quote_without_a_speaker_stays_with_none() {
        let r = read("The crowd waited.\n\n“This is the most important election of our lifetime.”");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].2, None);
    }

    #[test]
    fn times_datelines_and_openers_are_not_speakers() {
        assert_eq!(
            speakers("Priebus later Thursday told Fox News: “Both men will meet next week.”"),
            [Some("Priebus".into())]
        );
        assert_eq!(
            speakers(
                "Early in his campaign, Trump attacked Romney, calling him “a failed candidate who let us down.”"
            ),
            [Some("Trump".into())]
        );
        assert_eq!(
            speakers(
                "WASHINGTON — Clinton’s closest aide rallied supporters, saying: “We have to be ready to stop him.”"
            ),
            [Some("Clinton’s closest aide".into())]
        );
    }

    #[test]
    fn a_pronoun_reported_by_its_own_speaker_names_the_speaker() {
        assert_eq!(
            speakers(
                "But Trump said he responded: “When you have incoming, you can't be too presidential.”"
            ),
            [Some("Trump".into())]
        );
    }

    #[test]
    fn a_dash_and_a_name_sign_a_quote() {
        let text = "“I’m so ashamed. How did we get this low?” ― Jacklyn Ashley\n“He can’t answer a question.” — Carla Sanchez, Phoenix";
        assert_eq!(
            speakers(text),
            [Some("Jacklyn Ashley".into()), Some("Carla Sanchez".into())]
        );
    }

    #[test]
    fn names_of_works_are_not_quotes() {
        let r = read(
            "Sanders said on NBC's “Meet the Press” that “the judgment of the secretary is clearly lacking.”",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, "the judgment of the secretary is clearly lacking.");
    }

    #[test]
    fn every_script_of_marks_gets_its_speaker() {
        let text = "« Nous sommes prêts à négocier », Macron said on Tuesday. „Wir schaffen das“, Merkel told reporters. 「私たちは準備ができている」と、岸田 said. ''We will not back down,'' Mr. Biden said.";
        assert_eq!(
            speakers(text),
            [
                Some("Macron".into()),
                Some("Merkel".into()),
                Some("岸田".into()),
                Some("Mr. Biden".into())
            ]
        );
    }

    #[test]
    fn unbalanced_marks_still_give_the_quotes_around_them() {
        // The first quote lost its closing mark at the paragraph end.
        let text = "“We will win this race, Trump said at the rally.\n\n“The economy is strong,” Clinton said.";
        let r = read(text);
        assert_eq!(
            r.last().and_then(|q| q.2.clone()).as_deref(),
            Some("Clinton")
        );
    }
}
