//! The page as a scraper keeps it: every piece of visible text, chrome included, one block
//! per line, as Common Crawl's WET files hold pages. Deterministic, so that the HTML
//! evaluation sets can be turned into page-text sets.
//!
//! The page title comes first, on its own line, as WET records begin with it. Blocks
//! (paragraphs, headings, list items, table rows, divisions …) end a line, `<br>` ends a
//! line, inline elements flow; whitespace collapses to single spaces; `<pre>` keeps its line
//! breaks. Scripts, styles, form controls and embedded media give no text; image `alt`
//! text is not kept. Hidden elements are kept: a scraper does not run the page's CSS.

use copydesk_content::tags::{Role, role};
use copydesk_parse::{Dom, NodeData, NodeId, local_name, push_collapsed};

/// Appends `text` with each whitespace run turned into one space, adding no space of its
/// own: text nodes that touch in the source touch in the line, as a scraper glues them.
fn push_flowing(text: &str, line: &mut String) {
    for c in text.chars() {
        if c.is_whitespace() {
            if !line.is_empty() && !line.ends_with(' ') {
                line.push(' ');
            }
        } else {
            line.push(c);
        }
    }
}

/// Renders `dom` as page text: one line per block, lines separated by `\n`.
pub fn page_text(dom: &Dom) -> String {
    let mut w = Writer::default();
    if let Some(title) = dom.find(&local_name!("title")) {
        push_collapsed(&dom.text_content(title), &mut w.line);
        w.end_line();
    }
    let root = dom.body().unwrap_or_else(|| dom.root());
    w.walk(dom, root);
    w.end_line();
    w.out
}

#[derive(Default)]
struct Writer {
    out: String,
    line: String,
}

impl Writer {
    /// Ends the current line, if it has text.
    fn end_line(&mut self) {
        let text = self.line.trim();
        if !text.is_empty() {
            if !self.out.is_empty() {
                self.out.push('\n');
            }
            self.out.push_str(text);
        }
        self.line.clear();
    }

    /// Walks `id`'s subtree without recursion (pages nest deeply), ending lines at block
    /// boundaries on the way in and on the way out.
    fn walk(&mut self, dom: &Dom, id: NodeId) {
        // (node, entering): a block is visited twice, to end lines before and after it.
        let mut stack = vec![(id, true)];
        while let Some((node, entering)) = stack.pop() {
            if !entering {
                self.end_line();
                continue;
            }
            match dom.data(node) {
                NodeData::Text(t) => push_flowing(t, &mut self.line),
                NodeData::Element(e) => {
                    let name = e.name();
                    if *name == local_name!("br") {
                        self.end_line();
                        continue;
                    }
                    if *name == local_name!("pre") {
                        self.end_line();
                        let mut raw = String::new();
                        dom.collect_text(node, &mut raw);
                        for l in raw.lines() {
                            push_collapsed(l, &mut self.line);
                            self.end_line();
                        }
                        continue;
                    }
                    let r = role(name);
                    if r == Role::Skip {
                        continue;
                    }
                    if r == Role::Block {
                        self.end_line();
                        stack.push((node, false));
                    }
                    let mut children: Vec<NodeId> = dom.children(node).collect();
                    children.reverse();
                    stack.extend(children.into_iter().map(|c| (c, true)));
                }
                NodeData::Document => {
                    let mut children: Vec<NodeId> = dom.children(node).collect();
                    children.reverse();
                    stack.extend(children.into_iter().map(|c| (c, true)));
                }
                NodeData::Other => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(html: &str) -> String {
        let parsed = copydesk_parse::parse(html, copydesk_parse::Limits::default());
        page_text(&parsed.dom)
    }

    #[test]
    fn blocks_become_lines_and_chrome_stays() {
        let html = "<html><head><title> Tram line approved | Valley Courier </title>\
            <style>p{color:red}</style></head><body>\
            <nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>\
            <div class='weather'><span>Riverside</span> <span>12°C</span></div>\
            <h1>Tram line   approved</h1>\
            <p>The council <b>voted</b> on\n Wednesday.<br>A second line.</p>\
            <script>var x = 1;</script>\
            <div>- Advertisement -</div>\
            <pre>fn main() {\n    go();\n}</pre>\
            <table><tr><td>Population</td><td>41,000</td></tr></table>\
            <p hidden>Hidden, but a scraper keeps it.</p>\
            <img src='x.jpg' alt='not kept'></body></html>";
        assert_eq!(
            render(html),
            "Tram line approved | Valley Courier\nHome\nNews\nRiverside 12°C\nTram line approved\n\
             The council voted on Wednesday.\nA second line.\n- Advertisement -\nfn main() {\ngo();\n}\n\
             Population\n41,000\nHidden, but a scraper keeps it."
        );
    }

    #[test]
    fn inline_runs_glue_as_a_scraper_glues_them() {
        let html = "<body><div><span class='caption'>Putin in Kazan. [REUTERS]</span>\
            <span>The Russian president said …</span></div></body>";
        assert_eq!(
            render(html),
            "Putin in Kazan. [REUTERS]The Russian president said …"
        );
    }
}
