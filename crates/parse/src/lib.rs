//! Page bytes in, document tree out.
//!
//! [`decode`] turns raw bytes into text with the right character encoding (BOM, the HTTP
//! charset, the `<meta>` charset, then a detector), and [`parse`] builds a compact arena
//! [`Dom`] with html5ever's spec-compliant tree builder. Nothing here knows about articles.

mod decode;
mod dom;
mod prepass;
mod sink;

pub use decode::{Decoded, decode};
pub use dom::{Attr, Descendants, Dom, Element, NodeData, NodeId};
pub use html5ever::{LocalName, local_name};

/// Limits that keep one page's cost bounded.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Input longer than this many bytes is cut (at a character boundary) before parsing.
    pub max_bytes: usize,
    /// Elements past this count are not added to the tree.
    pub max_nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 8 * 1024 * 1024,
            max_nodes: 200_000,
        }
    }
}

/// A parsed page with the notes the parser wants the record to carry.
#[derive(Debug)]
pub struct Parsed {
    /// The document tree.
    pub dom: Dom,
    /// Non-fatal problems: truncated input, node budget hit.
    pub warnings: Vec<String>,
}

/// Parses decoded HTML text into a [`Dom`], within `limits`.
pub fn parse(html: &str, limits: Limits) -> Parsed {
    let mut warnings = Vec::new();
    let mut input = html;
    if input.len() > limits.max_bytes {
        let mut cut = limits.max_bytes;
        while !input.is_char_boundary(cut) {
            cut -= 1;
        }
        input = &input[..cut];
        warnings.push(format!(
            "input truncated to {} bytes before parsing",
            limits.max_bytes
        ));
    }
    let input = prepass::strip_unread(input);
    let (dom, budget_hit) = sink::build(&input, limits.max_nodes);
    if budget_hit {
        warnings.push(format!(
            "element budget of {} nodes reached; the rest of the page was skipped",
            limits.max_nodes
        ));
    }
    Parsed { dom, warnings }
}
