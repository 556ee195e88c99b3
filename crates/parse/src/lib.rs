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
pub use dom::{Attr, Descendants, Dom, Element, NodeData, NodeId, push_collapsed};
pub use html5ever::{LocalName, local_name};

/// Limits that keep one page's cost bounded.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Input longer than this many bytes is cut (at a character boundary) before parsing.
    pub max_bytes: usize,
    /// Elements past this count are not added to the tree.
    pub max_nodes: usize,
    /// Parsing stops (keeping what was built) once it has taken this long. Pathological
    /// markup, such as tens of thousands of unclosed nested elements, costs the tree builder
    /// time quadratic in the nesting depth.
    pub max_parse_time: std::time::Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 8 * 1024 * 1024,
            max_nodes: 200_000,
            max_parse_time: std::time::Duration::from_secs(2),
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
    let (dom, stop) = sink::build(&input, limits.max_nodes, limits.max_parse_time);
    match stop {
        sink::Stop::Done => {}
        sink::Stop::Nodes => warnings.push(format!(
            "element budget of {} nodes reached; the rest of the page was skipped",
            limits.max_nodes
        )),
        sink::Stop::Time => warnings.push(format!(
            "parse time budget of {} ms reached; the rest of the page was skipped",
            limits.max_parse_time.as_millis()
        )),
    }
    Parsed { dom, warnings }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn many_paragraphs(n: usize) -> String {
        let mut page = String::from("<html><body>");
        for i in 0..n {
            page.push_str(&format!("<p>Paragraph {i} of the council minutes.</p>"));
        }
        page.push_str("</body></html>");
        page
    }

    #[test]
    fn node_budget_stops_parsing_with_a_warning() {
        let page = many_paragraphs(20_000);
        let limits = Limits {
            max_nodes: 1_000,
            ..Limits::default()
        };
        let parsed = parse(&page, limits);
        assert!(parsed.dom.len() < 20_000);
        assert!(parsed.warnings[0].starts_with("element budget of 1000 nodes"));
    }

    #[test]
    fn time_budget_stops_parsing_with_a_warning() {
        let page = many_paragraphs(20_000);
        let limits = Limits {
            max_parse_time: std::time::Duration::ZERO,
            ..Limits::default()
        };
        let parsed = parse(&page, limits);
        assert!(parsed.warnings[0].starts_with("parse time budget of 0 ms"));
        assert!(parsed.dom.body().is_some());
    }

    #[test]
    fn byte_budget_cuts_at_a_character_boundary() {
        let page = "<p>".to_string() + &"é".repeat(100) + "</p>";
        let limits = Limits {
            max_bytes: 10,
            ..Limits::default()
        };
        let parsed = parse(&page, limits);
        assert!(parsed.warnings[0].starts_with("input truncated to 10 bytes"));
    }

    #[test]
    fn whitespace_runs_collapse_with_a_separating_space() {
        let mut out = String::from("Harbour");
        assert!(push_collapsed("  bridge\n\t reopens ", &mut out));
        assert_eq!(out, "Harbour bridge reopens");
        assert!(!push_collapsed(" \n ", &mut out));
        assert_eq!(out, "Harbour bridge reopens");
    }

    #[test]
    fn adjacent_text_is_merged_and_comments_are_dropped() {
        let parsed = parse(
            "<p>Harbour <!-- note --> bridge &amp; tunnel</p>",
            Limits::default(),
        );
        let dom = &parsed.dom;
        let p = dom.find(&local_name!("p")).expect("a paragraph");
        assert_eq!(dom.children(p).count(), 1);
        assert_eq!(dom.text_content(p), "Harbour bridge & tunnel");
    }

    #[test]
    fn attributes_read_downstream_survive_the_pre_pass() {
        let parsed = parse(
            r#"<p><img src="a.jpg" data-src="b.jpg" data-original="c.jpg" data-lazy-src="d.jpg" data-testid="byline" data-published-time="2020-01-02" srcset="a 1x" sizes="50vw" onload="f()" data-track="x" alt="Harbour" width=20></p>"#,
            Limits::default(),
        );
        let dom = &parsed.dom;
        let img = dom.find(&local_name!("img")).expect("an image");
        let names: Vec<&str> = dom
            .element(img)
            .expect("an element")
            .attrs
            .iter()
            .map(|a| &*a.name)
            .collect();
        assert_eq!(
            names,
            [
                "src",
                "data-src",
                "data-original",
                "data-lazy-src",
                "data-testid",
                "data-published-time",
                "width"
            ]
        );
    }
}
