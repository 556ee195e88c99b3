//! The arena document tree: nodes in one `Vec`, linked by 32-bit indices.

use html5ever::tendril::StrTendril;
use html5ever::{LocalName, QualName};

/// Index of a node in its [`Dom`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub(crate) u32);

impl NodeId {
    pub(crate) const NONE: u32 = u32::MAX;

    /// The node's position in the arena, usable as an index into per-node side tables.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One attribute, namespace dropped.
#[derive(Debug, Clone)]
pub struct Attr {
    /// Attribute name, lower-cased by the parser.
    pub name: LocalName,
    /// Attribute value, entities decoded.
    pub value: StrTendril,
}

/// An element: its name and attributes.
#[derive(Debug)]
pub struct Element {
    pub(crate) qual: QualName,
    /// Attributes in source order.
    pub attrs: Vec<Attr>,
}

impl Element {
    /// The element's local name (`p`, `div`, `svg` …), lower case.
    pub fn name(&self) -> &LocalName {
        &self.qual.local
    }

    /// The value of attribute `name`, if present. Attributes no copydesk crate reads are
    /// dropped before parsing: reading a new one means adding it to the pre-pass's list.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| &*a.name == name)
            .map(|a| &*a.value)
    }

    /// The `id` attribute, or "".
    pub fn id(&self) -> &str {
        self.attr("id").unwrap_or("")
    }

    /// The `class` attribute, or "".
    pub fn class(&self) -> &str {
        self.attr("class").unwrap_or("")
    }
}

/// What a node is.
#[derive(Debug)]
pub enum NodeData {
    /// The document root.
    Document,
    /// An element.
    Element(Element),
    /// A run of text (adjacent runs are merged).
    Text(StrTendril),
    /// Comments, doctypes, processing instructions, template contents: kept out of the tree.
    Other,
}

#[derive(Debug)]
pub(crate) struct Node {
    pub(crate) parent: u32,
    pub(crate) first_child: u32,
    pub(crate) last_child: u32,
    pub(crate) prev_sibling: u32,
    pub(crate) next_sibling: u32,
    pub(crate) data: NodeData,
}

impl Node {
    pub(crate) fn new(data: NodeData) -> Node {
        Node {
            parent: NodeId::NONE,
            first_child: NodeId::NONE,
            last_child: NodeId::NONE,
            prev_sibling: NodeId::NONE,
            next_sibling: NodeId::NONE,
            data,
        }
    }
}

fn some(raw: u32) -> Option<NodeId> {
    (raw != NodeId::NONE).then_some(NodeId(raw))
}

/// A parsed HTML document.
#[derive(Debug)]
pub struct Dom {
    pub(crate) nodes: Vec<Node>,
}

impl Dom {
    /// The document node.
    pub fn root(&self) -> NodeId {
        NodeId(0)
    }

    /// Number of nodes in the arena (including detached ones).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// True when the arena holds only the document node.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    /// What node `id` is.
    pub fn data(&self, id: NodeId) -> &NodeData {
        &self.nodes[id.index()].data
    }

    /// The element at `id`, if it is one.
    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes[id.index()].data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The local name of element `id`.
    pub fn tag(&self, id: NodeId) -> Option<&LocalName> {
        self.element(id).map(Element::name)
    }

    /// The text of text node `id`.
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id.index()].data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The parent of `id`.
    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        some(self.nodes[id.index()].parent)
    }

    /// The first child of `id`.
    pub fn first_child(&self, id: NodeId) -> Option<NodeId> {
        some(self.nodes[id.index()].first_child)
    }

    /// The last child of `id`.
    pub fn last_child(&self, id: NodeId) -> Option<NodeId> {
        some(self.nodes[id.index()].last_child)
    }

    /// The next sibling of `id`.
    pub fn next_sibling(&self, id: NodeId) -> Option<NodeId> {
        some(self.nodes[id.index()].next_sibling)
    }

    /// The previous sibling of `id`.
    pub fn prev_sibling(&self, id: NodeId) -> Option<NodeId> {
        some(self.nodes[id.index()].prev_sibling)
    }

    /// The children of `id`, in order.
    pub fn children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.first_child(id), move |&c| self.next_sibling(c))
    }

    /// `id` and everything below it, in document (pre-)order.
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            dom: self,
            root: id,
            next: Some(id),
        }
    }

    /// The ancestors of `id`, nearest first, excluding `id`.
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), move |&p| self.parent(p))
    }

    /// The next node after `id` in document order that is not inside `id`.
    pub fn next_after_subtree(&self, id: NodeId, root: NodeId) -> Option<NodeId> {
        let mut cur = id;
        loop {
            if cur == root {
                return None;
            }
            if let Some(s) = self.next_sibling(cur) {
                return Some(s);
            }
            cur = self.parent(cur)?;
        }
    }

    /// The first element named `name` in document order.
    pub fn find(&self, name: &LocalName) -> Option<NodeId> {
        self.descendants(self.root())
            .find(|&n| self.tag(n) == Some(name))
    }

    /// The `<head>` element, if any.
    pub fn head(&self) -> Option<NodeId> {
        self.find(&html5ever::local_name!("head"))
    }

    /// The `<body>` element, if any.
    pub fn body(&self) -> Option<NodeId> {
        self.find(&html5ever::local_name!("body"))
    }

    /// Appends all text below `id` to `out`, as it stands in the source (no spacing added).
    pub fn collect_text(&self, id: NodeId, out: &mut String) {
        for n in self.descendants(id) {
            if let NodeData::Text(t) = &self.nodes[n.index()].data {
                out.push_str(t);
            }
        }
    }

    /// All text below `id`, whitespace runs collapsed to one space and trimmed.
    pub fn text_content(&self, id: NodeId) -> String {
        let mut raw = String::new();
        self.collect_text(id, &mut raw);
        let mut out = String::with_capacity(raw.len());
        push_collapsed(&raw, &mut out);
        out
    }
}

/// Appends `text` to `out` with every whitespace run turned into one space and the ends
/// trimmed; a space separates it from what `out` already holds. Returns whether anything was
/// appended.
pub fn push_collapsed(text: &str, out: &mut String) -> bool {
    let mut pushed = false;
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
        pushed = true;
    }
    pushed
}

/// Pre-order walk over a subtree; see [`Dom::descendants`].
pub struct Descendants<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: Option<NodeId>,
}

impl Descendants<'_> {
    /// Do not descend into the children of the node last returned.
    pub fn skip_children_of(&mut self, id: NodeId) {
        self.next = self.dom.next_after_subtree(id, self.root);
    }
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;

    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next?;
        self.next = match self.dom.first_child(cur) {
            Some(c) => Some(c),
            None => self.dom.next_after_subtree(cur, self.root),
        };
        Some(cur)
    }
}
