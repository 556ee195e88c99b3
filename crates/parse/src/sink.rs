//! html5ever tree builder hooked onto the arena [`Dom`].

use std::borrow::Cow;
use std::cell::{Ref, RefCell};
use std::time::{Duration, Instant};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{Attribute, ParseOpts, QualName, parse_document};

use crate::dom::{Attr, Dom, Element, Node, NodeData, NodeId};

/// Input is fed in slices of this size so that the node budget is checked as parsing goes.
const CHUNK: usize = 16 * 1024;

struct Sink {
    nodes: RefCell<Vec<Node>>,
}

/// Why parsing ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stop {
    /// The whole input was parsed.
    Done,
    /// The node budget was reached first.
    Nodes,
    /// The time budget was reached first.
    Time,
}

/// Parses `html` into a [`Dom`], stopping early at `max_nodes` nodes or after `max_time`.
pub(crate) fn build(html: &str, max_nodes: usize, max_time: Duration) -> (Dom, Stop) {
    let started = Instant::now();
    let sink = Sink {
        nodes: RefCell::new(Vec::with_capacity(html.len() / 64 + 16)),
    };
    sink.nodes.borrow_mut().push(Node::new(NodeData::Document));
    // Parse as a browser with scripting off would: `<noscript>` content becomes markup. Some
    // sites (forum software, single-page apps) put the whole readable page there.
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    let mut parser = parse_document(sink, opts);
    let mut rest = html;
    let mut stop = Stop::Done;
    while !rest.is_empty() {
        let mut cut = rest.len().min(CHUNK);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        parser.process(StrTendril::from_slice(&rest[..cut]));
        rest = &rest[cut..];
        if rest.is_empty() {
            break;
        }
        if parser.tokenizer.sink.sink.nodes.borrow().len() > max_nodes {
            stop = Stop::Nodes;
            break;
        }
        if started.elapsed() > max_time {
            stop = Stop::Time;
            break;
        }
    }
    (parser.finish(), stop)
}

impl Sink {
    fn push(&self, data: NodeData) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node::new(data));
        NodeId((nodes.len() - 1) as u32)
    }

    fn detach(nodes: &mut [Node], id: u32) {
        let (parent, prev, next) = {
            let n = &nodes[id as usize];
            (n.parent, n.prev_sibling, n.next_sibling)
        };
        if parent == NodeId::NONE {
            return;
        }
        if prev != NodeId::NONE {
            nodes[prev as usize].next_sibling = next;
        } else {
            nodes[parent as usize].first_child = next;
        }
        if next != NodeId::NONE {
            nodes[next as usize].prev_sibling = prev;
        } else {
            nodes[parent as usize].last_child = prev;
        }
        let n = &mut nodes[id as usize];
        n.parent = NodeId::NONE;
        n.prev_sibling = NodeId::NONE;
        n.next_sibling = NodeId::NONE;
    }

    fn append_node(nodes: &mut [Node], parent: u32, child: u32) {
        Self::detach(nodes, child);
        let last = nodes[parent as usize].last_child;
        {
            let c = &mut nodes[child as usize];
            c.parent = parent;
            c.prev_sibling = last;
        }
        if last != NodeId::NONE {
            nodes[last as usize].next_sibling = child;
        } else {
            nodes[parent as usize].first_child = child;
        }
        nodes[parent as usize].last_child = child;
    }

    fn insert_before(nodes: &mut [Node], sibling: u32, child: u32) {
        Self::detach(nodes, child);
        let (parent, prev) = {
            let s = &nodes[sibling as usize];
            (s.parent, s.prev_sibling)
        };
        {
            let c = &mut nodes[child as usize];
            c.parent = parent;
            c.prev_sibling = prev;
            c.next_sibling = sibling;
        }
        nodes[sibling as usize].prev_sibling = child;
        if prev != NodeId::NONE {
            nodes[prev as usize].next_sibling = child;
        } else if parent != NodeId::NONE {
            nodes[parent as usize].first_child = child;
        }
    }

    fn is_other(nodes: &[Node], id: u32) -> bool {
        matches!(nodes[id as usize].data, NodeData::Other)
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        NodeId(0)
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |nodes| {
            match &nodes[target.index()].data {
                NodeData::Element(e) => &e.qual,
                // The tree builder only asks for names of elements it created.
                _ => &FALLBACK_NAME,
            }
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> NodeId {
        let attrs = attrs
            .into_iter()
            .map(|a| Attr {
                name: a.name.local,
                value: a.value,
            })
            .collect();
        self.push(NodeData::Element(Element { qual: name, attrs }))
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.push(NodeData::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(NodeData::Other)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        let mut nodes = self.nodes.borrow_mut();
        match child {
            NodeOrText::AppendNode(c) => {
                if !Self::is_other(&nodes, c.0) {
                    Self::append_node(&mut nodes, parent.0, c.0);
                }
            }
            NodeOrText::AppendText(t) => {
                let last = nodes[parent.index()].last_child;
                if last != NodeId::NONE
                    && let NodeData::Text(existing) = &mut nodes[last as usize].data
                {
                    existing.push_tendril(&t);
                    return;
                }
                nodes.push(Node::new(NodeData::Text(t)));
                let id = (nodes.len() - 1) as u32;
                Self::append_node(&mut nodes, parent.0, id);
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let has_parent = self.nodes.borrow()[element.index()].parent != NodeId::NONE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, _target: &NodeId) -> NodeId {
        // Template contents are inert: they live in a detached fragment outside the tree.
        self.push(NodeData::Document)
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        let mut nodes = self.nodes.borrow_mut();
        match new_node {
            NodeOrText::AppendNode(c) => {
                if !Self::is_other(&nodes, c.0) {
                    Self::insert_before(&mut nodes, sibling.0, c.0);
                }
            }
            NodeOrText::AppendText(t) => {
                let prev = nodes[sibling.index()].prev_sibling;
                if prev != NodeId::NONE
                    && let NodeData::Text(existing) = &mut nodes[prev as usize].data
                {
                    existing.push_tendril(&t);
                    return;
                }
                nodes.push(Node::new(NodeData::Text(t)));
                let id = (nodes.len() - 1) as u32;
                Self::insert_before(&mut nodes, sibling.0, id);
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let NodeData::Element(e) = &mut nodes[target.index()].data {
            for a in attrs {
                if !e.attrs.iter().any(|x| x.name == a.name.local) {
                    e.attrs.push(Attr {
                        name: a.name.local,
                        value: a.value,
                    });
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        Self::detach(&mut self.nodes.borrow_mut(), target.0);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes[node.index()].first_child;
        while child != NodeId::NONE {
            let next = nodes[child as usize].next_sibling;
            Self::append_node(&mut nodes, new_parent.0, child);
            child = next;
        }
    }
}

static FALLBACK_NAME: std::sync::LazyLock<QualName> = std::sync::LazyLock::new(|| {
    QualName::new(None, html5ever::ns!(html), html5ever::local_name!("div"))
});
