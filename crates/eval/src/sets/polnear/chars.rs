//! Slicing a document's text by character spans, and the one-line excerpts the misses show.

/// Characters of context shown on each side of a span.
const CONTEXT_CHARS: usize = 60;
/// Spans longer than this many characters are shown by their two ends.
const LONG_SPAN_CHARS: usize = 240;

/// A text and where each of its characters starts, for slicing by character offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CharText<'a> {
    text: &'a str,
    /// The byte offset of each character, then the text's length.
    starts: Vec<usize>,
}

impl<'a> CharText<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> CharText<'a> {
        let starts = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .collect();
        CharText { text, starts }
    }

    /// The number of characters.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// True for an empty text.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The characters `[start, end)`, clamped to the text.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let end = end.min(self.len());
        let start = start.min(end);
        &self.text[self.starts[start]..self.starts[end]]
    }

    /// The text of every segment, joined by a space.
    pub fn segments(&self, span: &[[usize; 2]]) -> String {
        span.iter()
            .map(|[s, e]| self.slice(*s, *e))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// One line showing `span` in its context: `…before ⟦span⟧ after…`, line breaks shown as
    /// `¶`, a long span shortened in its middle. A discontinuous span is shown from its first
    /// character to its last.
    pub fn excerpt(&self, span: &[[usize; 2]]) -> String {
        let (Some(first), Some(last)) = (
            span.iter().map(|s| s[0]).min(),
            span.iter().map(|s| s[1]).max(),
        ) else {
            return String::new();
        };
        let (start, end) = (first.min(self.len()), last.min(self.len()));
        let before = start.saturating_sub(CONTEXT_CHARS);
        let after = (end + CONTEXT_CHARS).min(self.len());
        let inner = if end.saturating_sub(start) > LONG_SPAN_CHARS {
            let half = LONG_SPAN_CHARS / 2;
            format!(
                "{} … {}",
                self.slice(start, start + half),
                self.slice(end - half, end)
            )
        } else {
            self.slice(start, end).to_string()
        };
        let mut out = String::new();
        if before > 0 {
            out.push('…');
        }
        out.push_str(self.slice(before, start));
        out.push('⟦');
        out.push_str(&inner);
        out.push('⟧');
        out.push_str(self.slice(end, after));
        if after < self.len() {
            out.push('…');
        }
        one_line(&out)
    }
}

/// `text` on one line: every run of white space holding a line break becomes ` ¶ `, other
/// white space one space.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run: Option<bool> = None;
    for c in text.chars() {
        if c.is_whitespace() {
            let breaks = run.unwrap_or(false) || c == '\n' || c == '\r';
            run = Some(breaks);
            continue;
        }
        match run.take() {
            Some(true) => out.push_str(" ¶ "),
            Some(false) => out.push(' '),
            None => {}
        }
        out.push(c);
    }
    if let Some(breaks) = run {
        out.push_str(if breaks { " ¶" } else { " " });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_by_characters() {
        let t = CharText::new("Clinton’s “plan” – said");
        assert_eq!(t.len(), 23);
        assert_eq!(t.slice(10, 16), "“plan”");
        assert_eq!(t.slice(20, 99), "aid");
        assert_eq!(t.slice(30, 40), "");
        assert_eq!(t.segments(&[[0, 7], [19, 23]]), "Clinton said");
    }

    #[test]
    fn excerpts_mark_the_span_on_one_line() {
        let text = "First paragraph.\n\n“We will win,” she said.";
        let t = CharText::new(text);
        let open = text.chars().position(|c| c == '“').expect("quote");
        assert_eq!(
            t.excerpt(&[[open + 1, open + 12]]),
            "First paragraph. ¶ “⟦We will win⟧,” she said."
        );
        let long = "x".repeat(1000);
        let e = CharText::new(&long).excerpt(&[[300, 700]]);
        assert!(
            e.starts_with('…') && e.ends_with('…') && e.contains(" … "),
            "{e}"
        );
        assert_eq!(CharText::new("abc").excerpt(&[]), "");
    }
}
