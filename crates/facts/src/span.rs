//! Byte offsets to Unicode character offsets.

use copydesk_record::{Facts, Span};

/// Maps byte offsets of one text to character offsets.
pub(crate) struct CharMap {
    /// For non-ASCII text: the byte offset where each character starts, then the length.
    starts: Option<Vec<usize>>,
}

impl CharMap {
    /// The map for `text`; ASCII text needs none.
    pub(crate) fn new(text: &str) -> CharMap {
        let starts = (!text.is_ascii()).then(|| {
            text.char_indices()
                .map(|(i, _)| i)
                .chain(std::iter::once(text.len()))
                .collect()
        });
        CharMap { starts }
    }

    /// The character offset of byte offset `byte` (a character boundary).
    pub(crate) fn char_at(&self, byte: usize) -> usize {
        match &self.starts {
            None => byte,
            Some(starts) => starts.partition_point(|&s| s < byte),
        }
    }

    fn span(&self, span: &mut Span) {
        *span = [self.char_at(span[0]), self.char_at(span[1])];
    }

    /// Rewrites every span of `facts` from bytes to characters.
    pub(crate) fn convert(&self, facts: &mut Facts) {
        for q in &mut facts.quotes {
            self.span(&mut q.span);
            if let Some(s) = &mut q.speaker {
                self.span(&mut s.span);
            }
        }
        for a in &mut facts.attributions {
            self.span(&mut a.span);
            self.span(&mut a.source.span);
        }
        for e in &mut facts.entities {
            for m in &mut e.mentions {
                self.span(m);
            }
        }
        for a in &mut facts.amounts {
            self.span(&mut a.span);
        }
        for d in &mut facts.dates {
            self.span(&mut d.span);
        }
        for c in &mut facts.contacts {
            self.span(&mut c.span);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        let text = "Putin’s “victory plan” – said";
        let map = CharMap::new(text);
        let said = text.find("said").expect("said");
        assert_eq!(map.char_at(said), text[..said].chars().count());
        assert_eq!(map.char_at(text.len()), text.chars().count());
        assert_eq!(CharMap::new("plain").char_at(3), 3);
    }
}
