//! PolNeAR's brat standoff files. `T` lines are text spans typed `Source`, `Cue`,
//! `Content` (and `Attribution`, `Discuss`, `Discard`), as `start end` character offsets
//! into the article's text, discontinuous ones as `s1 e1;s2 e2`; an `E` line links one
//! attribution's parts: `E3<TAB>Attribution:T12 Source:T11 Cue:T10 Content:T9`
//! (`Attribution-no-source:` when it has no Source; a few add a `Content2:` part).
//!
//! PolNeAR has no `R` lines; a `T` line whose text holds a line break continues on the next
//! line, and `#` lines are annotators' notes: every line that is not a `T` or `E`
//! annotation is skipped.

use super::chars::CharText;
use crate::metrics::spans::Segments;
use std::collections::HashMap;

/// One gold attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldAttribution {
    /// The `E` line's id (`E3`).
    pub id: String,
    /// Where the content is: its segments (`Content` and `Content2` parts), in text order.
    pub content: Segments,
    /// Where the source is mentioned; `None` for an attribution without Source.
    pub source: Option<Segments>,
    /// Where the cue is.
    pub cue: Option<Segments>,
    /// Whether the content holds quotation marks ([`has_quotation_marks`]): a direct or
    /// mixed quote.
    pub quote: bool,
}

/// The gold attributions of one document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Gold {
    /// The attributions, by where their content starts.
    pub attributions: Vec<GoldAttribution>,
    /// `E` lines without a Content part (not scorable, left out).
    pub without_content: usize,
    /// `E` lines naming a missing `T` line or a span outside the text (left out).
    pub broken: usize,
}

/// Reads the attributions of a `.ann` file whose offsets index `text`.
pub fn parse(ann: &str, text: &CharText<'_>) -> Gold {
    let mut spans: HashMap<&str, Option<Segments>> = HashMap::new();
    let mut events: Vec<(&str, &str)> = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            continue;
        };
        if annotation_id(id, 'T') {
            let offsets = body.split_once(' ').map_or("", |(_, o)| o);
            spans.insert(id, segments(offsets, text.len()));
        } else if annotation_id(id, 'E') {
            events.push((id, body));
        }
    }
    let mut gold = Gold::default();
    for (id, body) in events {
        let mut content = Segments::new();
        let (mut source, mut cue) = (None, None);
        let mut broken = false;
        // The first argument is the trigger (`Attribution:T12`), the others are roles.
        for arg in body.split_whitespace().skip(1) {
            let Some((role, target)) = arg.split_once(':') else {
                broken = true;
                continue;
            };
            let Some(Some(segs)) = spans.get(target) else {
                broken = true;
                continue;
            };
            match role.trim_end_matches(|c: char| c.is_ascii_digit()) {
                "Content" => content.extend_from_slice(segs),
                "Source" => source = Some(segs.clone()),
                "Cue" => cue = Some(segs.clone()),
                _ => {}
            }
        }
        if broken {
            gold.broken += 1;
            continue;
        }
        if content.is_empty() {
            gold.without_content += 1;
            continue;
        }
        content.sort_unstable();
        gold.attributions.push(GoldAttribution {
            id: id.to_string(),
            quote: has_quotation_marks(&text.segments(&content)),
            content,
            source,
            cue,
        });
    }
    gold.attributions
        .sort_by(|a, b| a.content.cmp(&b.content).then_with(|| a.id.cmp(&b.id)));
    gold
}

/// True for `T12`, `E3`: the letter then digits.
fn annotation_id(id: &str, letter: char) -> bool {
    id.strip_prefix(letter)
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `start end[;start end…]`, each within `0..=len`; `None` when malformed.
fn segments(offsets: &str, len: usize) -> Option<Segments> {
    offsets
        .split(';')
        .map(|pair| {
            let (s, e) = pair.trim().split_once(' ')?;
            let (s, e) = (s.parse::<usize>().ok()?, e.parse::<usize>().ok()?);
            (s <= e && e <= len).then_some([s, e])
        })
        .collect()
}

/// Whether `content` holds quotation marks: any double mark (`"` `“` `”` `„` `«` `»`, and
/// `''`, the double mark of the New York Times texts), or an opening `‘` closed later by a
/// `’` that is not an apostrophe inside a word. A lone `’` ("Clinton’s", "don’t") is an
/// apostrophe, and a single ASCII `'` is left out for the same reason.
pub fn has_quotation_marks(content: &str) -> bool {
    if content.contains(['"', '“', '”', '„', '«', '»']) || content.contains("''") {
        return true;
    }
    let chars: Vec<char> = content.chars().collect();
    let Some(open) = chars.iter().position(|&c| c == '‘') else {
        return false;
    };
    (open + 1..chars.len()).any(|i| {
        let inside_word =
            i + 1 < chars.len() && chars[i - 1].is_alphanumeric() && chars[i + 1].is_alphanumeric();
        chars[i] == '’' && !inside_word
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text with one quote split by its cue, a claim, and a claim without source.
    const TEXT: &str = "“We are ready,” Clinton’s aide said. “Very ready.”\n\
        Officials believe the vote will pass.\n\
        It is ‘in their heads,’ it was reported.";

    fn offsets(text: &str, needle: &str) -> [usize; 2] {
        let byte = text.find(needle).expect("needle in text");
        let start = text[..byte].chars().count();
        [start, start + needle.chars().count()]
    }

    fn ann() -> String {
        let q1 = offsets(TEXT, "“We are ready,”");
        let q2 = offsets(TEXT, "“Very ready.”");
        let aide = offsets(TEXT, "Clinton’s aide");
        let said = offsets(TEXT, "said");
        let officials = offsets(TEXT, "Officials");
        let believe = offsets(TEXT, "believe");
        let vote = offsets(TEXT, "the vote will pass");
        let heads = offsets(TEXT, "It is ‘in their heads,’");
        let reported = offsets(TEXT, "it was reported");
        [
            format!("T1\tSource {} {}\tClinton’s aide", aide[0], aide[1]),
            format!("T2\tCue {} {}\tsaid", said[0], said[1]),
            format!(
                "T3\tContent {} {};{} {}\t“We are ready,” “Very ready.”",
                q1[0], q1[1], q2[0], q2[1]
            ),
            format!("T4\tAttribution {} {}\tsaid", said[0], said[1]),
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 ".to_string(),
            format!("T5\tSource {} {}\tOfficials", officials[0], officials[1]),
            format!("T6\tCue {} {}\tbelieve", believe[0], believe[1]),
            format!("T7\tContent {} {}\tthe vote", vote[0], vote[1]),
            "continued text of T7 after a line break".to_string(),
            "#1\tAnnotatorNotes T7\tcheck this".to_string(),
            "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7".to_string(),
            format!("T8\tContent {} {}\tIt is", heads[0], heads[1]),
            format!("T9\tCue {} {}\treported", reported[0], reported[1]),
            "E3\tAttribution-no-source:T9 Cue:T9 Content:T8".to_string(),
            "E4\tAttribution:T9 Cue:T9".to_string(),
            "E5\tAttribution:T9 Cue:T9 Content:T99".to_string(),
            "T10\tContent 5 9999\tout of range".to_string(),
            "E6\tAttribution:T9 Content:T10".to_string(),
        ]
        .join("\n")
    }

    #[test]
    fn reads_attributions_with_discontinuous_spans() {
        let text = CharText::new(TEXT);
        let gold = parse(&ann(), &text);
        assert_eq!((gold.without_content, gold.broken), (1, 2));
        let ids: Vec<&str> = gold.attributions.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["E1", "E2", "E3"]);
        let quote = &gold.attributions[0];
        assert_eq!(quote.content.len(), 2, "two segments");
        assert_eq!(
            text.segments(&quote.content),
            "“We are ready,” “Very ready.”"
        );
        assert_eq!(
            text.segments(quote.source.as_deref().expect("source")),
            "Clinton’s aide"
        );
        assert!(quote.quote);
        let claim = &gold.attributions[1];
        assert!(!claim.quote);
        assert_eq!(text.segments(&claim.content), "the vote will pass");
        let unsourced = &gold.attributions[2];
        assert!(unsourced.source.is_none() && unsourced.quote);
    }

    #[test]
    fn quotation_marks_are_not_apostrophes() {
        assert!(has_quotation_marks("“We are ready,” she said"));
        assert!(has_quotation_marks("the \"deplorables\""));
        assert!(has_quotation_marks("« non »"));
        assert!(has_quotation_marks("It’s ‘in their heads’"));
        assert!(has_quotation_marks("called it ‘a disgrace.’"));
        assert!(!has_quotation_marks("Clinton’s health is fine"));
        assert!(!has_quotation_marks("the voters’ choice"));
        assert!(!has_quotation_marks("Clinton’s aides don’t know"));
        assert!(!has_quotation_marks("back in the ‘90s, Clinton’s plan"));
        assert!(!has_quotation_marks("it was 'terrifying'"));
    }
}
