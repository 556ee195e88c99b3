//! Quotation marks paired into quoted stretches: every script's marks, quotes that run over
//! several paragraphs, and unbalanced marks (a lost closing mark ends the quote with its
//! paragraph; a stray one is ignored). Never gives up on a text.

use crate::tokens::{Family, Kind, Mark, Token};

/// A stretch of text between paired quotation marks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Quoted {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, or of the last token when the paragraph ended first.
    pub close: usize,
    /// Byte range of the quoted words, marks left out.
    pub start: usize,
    /// End of that range.
    pub end: usize,
}

struct Open {
    token: usize,
    family: Family,
}

/// Pairs the quotation marks of `tokens`, in text order.
pub(crate) fn pair(text: &str, tokens: &[Token]) -> Vec<Quoted> {
    let mut found = Vec::new();
    let mut open: Option<Open> = None;
    let mut single: Option<usize> = None;
    let mut nested = 0u32;
    for (i, t) in tokens.iter().enumerate() {
        if t.line_before && i > 0 {
            single = None;
            nested = 0;
            if let Some(o) = &open {
                // A quote running on: the next paragraph opens with a mark of its family.
                let continues =
                    matches!(t.kind, Kind::Mark(Mark::Open(f) | Mark::Either(f)) if f == o.family);
                if continues {
                    continue;
                }
                if let Some(q) = quoted(text, tokens, o.token, i - 1, false) {
                    found.push(q);
                }
                open = None;
            }
        }
        let Kind::Mark(mark) = t.kind else { continue };
        match mark {
            // German quotes open low and close with “: „Ja“.
            Mark::Open(Family::Double)
                if t.text(text) == "“"
                    && open
                        .as_ref()
                        .is_some_and(|o| tokens[o.token].text(text) == "„") =>
            {
                if let Some(o) = open.take() {
                    found.extend(quoted(text, tokens, o.token, i, true));
                }
            }
            // “…” inside "…": a quote within the quote.
            Mark::Open(Family::Double)
                if open
                    .as_ref()
                    .is_some_and(|o| tokens[o.token].text(text) != t.text(text)) =>
            {
                nested += 1;
            }
            Mark::Close(Family::Double) if nested > 0 => nested -= 1,
            Mark::Open(Family::Double) => {
                open = Some(Open {
                    token: i,
                    family: Family::Double,
                });
                single = None;
            }
            Mark::Close(Family::Double) => {
                if let Some(o) = open.take() {
                    found.extend(quoted(text, tokens, o.token, i, true));
                }
            }
            Mark::Either(Family::Double) => match open.take() {
                Some(o) => found.extend(quoted(text, tokens, o.token, i, true)),
                None if opens(tokens, i) => {
                    open = Some(Open {
                        token: i,
                        family: Family::Double,
                    });
                    single = None;
                }
                None => {}
            },
            // Single marks inside double ones are part of the quote.
            Mark::Open(Family::Single) | Mark::Either(Family::Single) if open.is_none() => {
                single = Some(i);
            }
            Mark::Close(Family::Single) if open.is_none() => {
                if let Some(s) = single.take() {
                    found.extend(quoted(text, tokens, s, i, true));
                }
            }
            _ => {}
        }
    }
    if let Some(o) = open
        && let Some(q) = quoted(text, tokens, o.token, tokens.len() - 1, false)
    {
        found.push(q);
    }
    found
}

/// A straight mark opens when a word follows it closely and white space or the start of a
/// line comes before it.
fn opens(tokens: &[Token], i: usize) -> bool {
    let before = tokens[i].space_before || i == 0 || tokens[i - 1].kind == Kind::Punct;
    let after = tokens.get(i + 1).is_some_and(|n| !n.space_before);
    before && after
}

/// The quote from the mark at `open` to the mark (or last token) at `close`.
fn quoted(text: &str, tokens: &[Token], open: usize, close: usize, closed: bool) -> Option<Quoted> {
    let start = tokens[open].end;
    let end = if closed {
        tokens[close].start
    } else {
        tokens[close].end
    };
    let inner = text.get(start..end)?;
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    (inner.chars().filter(|c| c.is_alphanumeric()).count() >= 2).then_some(Quoted {
        open,
        close,
        start: start + lead,
        end: end - trail,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn quotes(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        pair(text, &tokens)
            .into_iter()
            .map(|q| &text[q.start..q.end])
            .collect()
    }

    #[test]
    fn pairs_every_script() {
        assert_eq!(
            quotes("“Yes,” he said. „Ja“ « Oui » 「はい」 \"Sure\" ''Fine.''"),
            ["Yes,", "Ja", "Oui", "はい", "Sure", "Fine."]
        );
    }

    #[test]
    fn runs_over_paragraphs_when_the_next_one_reopens() {
        let text = "He said: “We will win.\n\n“We will win big.”\n\nThen he left.";
        assert_eq!(quotes(text), ["We will win.\n\n“We will win big."]);
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        let text = "He said: “We will win.\n\nThen he left, “again.”";
        assert_eq!(quotes(text), ["We will win.", "again."]);
    }

    #[test]
    fn a_quote_inside_a_quote_stays_inside() {
        let text = "He read: \"The question was: “Are you well?” Most said no.\" Then he left.";
        assert_eq!(
            quotes(text),
            ["The question was: “Are you well?” Most said no."]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quotes("The candidates’ plans and Clinton’s ‘victory plan’ rock ’n’ roll"),
            ["victory plan"]
        );
    }
}
