//! Per-node text statistics, computed bottom-up in one pass over a pre-order list.

use copydesk_parse::{Dom, NodeData, NodeId, local_name};

use crate::tags::{Role, role};

/// Text measures of every node in a walk, indexed by [`NodeId::index`].
pub struct Stats {
    /// Non-whitespace characters in the subtree.
    pub text: Vec<u32>,
    /// Of those, characters inside links.
    pub link: Vec<u32>,
    /// For a block element: characters of its own inline content (not inside nested blocks).
    /// For inline nodes: the inline characters they pass up to their block.
    pub inline: Vec<u32>,
    /// Link characters within `inline`.
    pub inline_link: Vec<u32>,
    /// Commas within `inline`.
    pub commas: Vec<u32>,
    /// Line breaks (`<br>`) within `inline`.
    pub breaks: Vec<u32>,
    /// Characters in well-formed paragraphs (long own text, few links) in the subtree.
    pub prose: Vec<u32>,
}

/// Inline text of a block counts as prose from this many characters on.
const PROSE_MIN: u32 = 60;

/// A block whose `<br>`-separated lines average fewer characters than this is a list of
/// names or addresses, not prose.
pub const SHORT_LINE: u32 = 40;

/// Lists the visible nodes below `root` in document order, skipping never-shown elements and
/// any subtree for which `drop` answers true.
pub fn walk(dom: &Dom, root: NodeId, mut drop: impl FnMut(NodeId) -> bool) -> Vec<NodeId> {
    let mut order = Vec::with_capacity(dom.len());
    let mut it = dom.descendants(root);
    while let Some(n) = it.next() {
        let hide = match dom.data(n) {
            NodeData::Element(e) => role(e.name()) == Role::Skip || (n != root && drop(n)),
            NodeData::Text(_) => is_escaped_markup(dom, n),
            _ => true,
        };
        if hide {
            it.skip_children_of(n);
            continue;
        }
        order.push(n);
    }
    order
}

/// True for a text node inside `<noscript>` that holds markup as text: pages saved from a
/// browser's DOM keep noscript contents escaped ("<img src=…>"), which is nobody's prose.
pub fn is_escaped_markup(dom: &Dom, text: NodeId) -> bool {
    dom.parent(text)
        .and_then(|p| dom.tag(p))
        .is_some_and(|t| *t == local_name!("noscript"))
        && dom
            .text(text)
            .is_some_and(|t| t.trim_start().starts_with('<'))
}

/// Counts non-whitespace characters and commas in `s`.
pub fn measure(s: &str) -> (u32, u32) {
    let mut chars = 0u32;
    let mut commas = 0u32;
    for c in s.chars() {
        if !c.is_whitespace() {
            chars += 1;
            if matches!(c, ',' | '،' | '，' | '、') {
                commas += 1;
            }
        }
    }
    (chars, commas)
}

impl Stats {
    /// Computes the statistics of the nodes in `order` (a pre-order list from [`walk`]).
    pub fn compute(dom: &Dom, order: &[NodeId]) -> Stats {
        let n = dom.len();
        let mut s = Stats {
            text: vec![0; n],
            link: vec![0; n],
            inline: vec![0; n],
            inline_link: vec![0; n],
            commas: vec![0; n],
            breaks: vec![0; n],
            prose: vec![0; n],
        };
        for &id in order.iter().rev() {
            let i = id.index();
            let mut is_block = false;
            match dom.data(id) {
                NodeData::Text(t) => {
                    let (chars, commas) = measure(t);
                    s.text[i] = chars;
                    s.inline[i] = chars;
                    s.commas[i] = commas;
                }
                NodeData::Element(e) => {
                    if *e.name() == local_name!("br") {
                        s.breaks[i] = 1;
                    }
                    if *e.name() == local_name!("a") {
                        s.link[i] = s.text[i];
                        s.inline_link[i] = s.inline[i];
                    }
                    is_block = role(e.name()) == Role::Block;
                    if is_block
                        && s.inline[i] >= PROSE_MIN
                        && s.inline_link[i] * 10 < s.inline[i] * 3
                    {
                        s.prose[i] += s.inline[i];
                    }
                }
                _ => {}
            }
            let Some(p) = dom.parent(id) else { continue };
            let p = p.index();
            s.text[p] += s.text[i];
            s.link[p] += s.link[i];
            s.prose[p] += s.prose[i];
            if !is_block {
                s.inline[p] += s.inline[i];
                s.inline_link[p] += s.inline_link[i];
                s.commas[p] += s.commas[i];
                s.breaks[p] += s.breaks[i];
            }
        }
        s
    }

    /// Share of the subtree's text that sits in links.
    pub fn link_density(&self, id: NodeId) -> f32 {
        let t = self.text[id.index()];
        if t == 0 {
            0.0
        } else {
            self.link[id.index()] as f32 / t as f32
        }
    }
}
