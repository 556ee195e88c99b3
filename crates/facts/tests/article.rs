//! The facts of a whole wire story, end to end: quotes in every order with their speakers
//! (a role and a pronoun resolved to the person), a quote running over two paragraphs, a
//! scare quote left out, claims without quotation marks, amounts, dates resolved against
//! the publication date, and a contact — all with character spans into the text.

use copydesk_facts::{Facts, Options, QuoteKind, find};

const TEXT: &str = include_str!("fixtures/kazan-summit.txt");

/// A quote as the test reads it: kind, opening words, (speaker name, mention), cue.
type QuoteRow = (QuoteKind, String, Option<(String, String)>, Option<String>);

/// An amount as the test reads it: text, value, unit, qualifier, object.
type AmountRow<'a> = (
    &'a str,
    f64,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
);

fn facts() -> Facts {
    find(TEXT, &Options::published(Some("2024-10-25T08:00:00Z")))
}

/// The characters of `span` in the text.
fn at(span: [usize; 2]) -> String {
    TEXT.chars().skip(span[0]).take(span[1] - span[0]).collect()
}

#[test]
fn quotes_and_their_speakers() {
    let f = facts();
    let got: Vec<QuoteRow> = f
        .quotes
        .iter()
        .map(|q| {
            assert_eq!(at(q.span), q.text, "span of {:?}", q.text);
            let speaker = q.speaker.as_ref().map(|s| {
                assert_eq!(at(s.span), s.mention);
                (s.name.clone(), s.mention.clone())
            });
            (
                q.kind,
                q.text.chars().take(24).collect(),
                speaker,
                q.cue.clone(),
            )
        })
        .collect();
    let putin = |mention: &str| Some(("Vladimir Putin".to_string(), mention.to_string()));
    assert_eq!(
        got,
        [
            (
                QuoteKind::Direct,
                "Images are a serious thi".to_string(),
                putin("Putin"),
                Some("told".to_string())
            ),
            (
                QuoteKind::Partial,
                "the world is changing.".to_string(),
                putin("The Russian president"),
                Some("said".to_string())
            ),
            (
                QuoteKind::Direct,
                "We are open to talks, bu".to_string(),
                putin("He"),
                Some("added".to_string())
            ),
            (
                QuoteKind::Direct,
                "This is a dangerous esca".to_string(),
                Some((
                    "Mark Rutte".to_string(),
                    "NATO Secretary General Mark Rutte".to_string()
                )),
                Some("said".to_string())
            ),
        ]
    );
    // The quote that runs on reaches into its second paragraph; the scare quote is left out.
    assert!(f.quotes[2].text.ends_with("Nobody will dictate to us."));
    assert!(!f.quotes.iter().any(|q| q.text == "victory plan"));
    // Speakers resolve to one entity.
    let ids: Vec<_> = f.quotes[..3]
        .iter()
        .map(|q| q.speaker.as_ref().and_then(|s| s.entity.clone()))
        .collect();
    assert!(ids[0].is_some() && ids.iter().all(|id| *id == ids[0]));
}

#[test]
fn claims_without_quotation_marks() {
    let f = facts();
    let got: Vec<(&str, &str, &str)> = f
        .attributions
        .iter()
        .map(|a| {
            assert_eq!(at(a.span), a.content);
            (
                a.source.mention.as_str(),
                a.cue.as_str(),
                a.content.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "Russian President Vladimir Putin",
                "told",
                "the West had failed to isolate Moscow"
            ),
            (
                "South Korean intelligence",
                "believes",
                "at least 3,000 North Korean troops are already undergoing training in eastern Russia"
            ),
            (
                "Ukrainian officials",
                "said",
                "they could reach the front within weeks"
            ),
            (
                "the Institute for the Study of War",
                "according to",
                "Russia now controls about one-fifth of Ukraine"
            ),
        ]
    );
}

#[test]
fn amounts_dates_and_contacts() {
    let f = facts();
    let amounts: Vec<AmountRow> = f
        .amounts
        .iter()
        .map(|a| {
            assert_eq!(at(a.span), a.text);
            (
                a.text.as_str(),
                a.value,
                a.unit.as_deref(),
                a.qualifier.as_deref(),
                a.object.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        amounts,
        [
            (
                "at least 3,000 North Korean troops",
                3000.0,
                None,
                Some("at least"),
                Some("North Korean troops")
            ),
            (
                "about one-fifth of Ukraine",
                0.2,
                Some("fraction"),
                Some("about"),
                Some("Ukraine")
            ),
        ]
    );
    let dates: Vec<(&str, &str)> = f
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_str()))
        .collect();
    // Past-tense Thursday is the one before publication; "will meet on Friday" is the next.
    assert_eq!(
        dates,
        [
            ("Thursday", "2024-10-24"),
            ("last week", "2024-W42"),
            ("Friday", "2024-11-01")
        ]
    );
    assert_eq!(f.contacts.len(), 1);
    assert_eq!(f.contacts[0].value, "world.desk@example.com");
}
