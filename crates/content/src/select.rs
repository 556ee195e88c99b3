//! Choosing the element that holds the article: paragraphs vote for their ancestors,
//! and the best-scoring container wins, together with siblings that belong to it.

use copydesk_parse::{Dom, NodeData, NodeId, local_name};

use crate::Declared;
use crate::clean::{element_hint, names_contain};
use crate::stats::{SHORT_LINE, Stats};
use crate::tags::{Role, heading_level, is_chrome_tag, role};

/// A paragraph needs this much own text to vote.
const MIN_VOTE_TEXT: u32 = 25;
/// A choice covering less than this share of the page's prose is widened …
const COVER_MIN: f32 = 0.5;
/// The same for a container whose name marks it as the article body.
/// The same on a page whose structured data declares an article.
const COVER_MIN_ARTICLE: f32 = 0.1;
const COVER_MIN_BODY: f32 = 0.25;
/// … to the nearest ancestor covering at least this share.
const COVER_WIDE: f32 = 0.8;
/// Vote factor for a body-like class or id ("article-body").
const CLASS_BODY: f32 = 0.5;
/// Vote factor for a content-like class or id ("content", "post").
const CLASS_CONTENT: f32 = 0.2;
/// Vote penalty for a chrome-like class or id.
const CLASS_CHROME: f32 = 0.5;
/// More same-class containers than this are a listing's cards, not one article's chunks.
const MAX_CHUNKS: usize = 200;
/// A same-class chunk with more link text than this share is a teaser, not article.
const CHUNK_MAX_LINKS: f32 = 0.4;
/// An `<article>` around the choice frames the story when it holds this many times its prose …
const FRAME_MORE: f32 = 1.25;
/// … and under this share of its text is links.
const FRAME_MAX_LINKS: f32 = 0.25;
/// How many ancestors receive a paragraph's vote.
const VOTE_DEPTH: usize = 5;

/// The chosen body: the top container and the siblings that join it, in document order.
pub struct Selection {
    /// Elements whose content forms the article, in document order.
    pub parts: Vec<NodeId>,
}

fn tag_score(dom: &Dom, id: NodeId) -> f32 {
    let Some(e) = dom.element(id) else { return 0.0 };
    match *e.name() {
        local_name!("div") | local_name!("article") | local_name!("section") => 5.0,
        local_name!("main") => 5.0,
        local_name!("pre") | local_name!("td") | local_name!("blockquote") => 3.0,
        local_name!("ol")
        | local_name!("ul")
        | local_name!("dl")
        | local_name!("dd")
        | local_name!("dt")
        | local_name!("li")
        | local_name!("address")
        | local_name!("form") => -3.0,
        local_name!("h1")
        | local_name!("h2")
        | local_name!("h3")
        | local_name!("h4")
        | local_name!("h5")
        | local_name!("h6")
        | local_name!("th") => -5.0,
        _ => 0.0,
    }
}

/// What the class, id and role say, as a factor on the votes: a body-like name helps a
/// container that already has text, but cannot make an empty one win.
fn class_factor(dom: &Dom, id: NodeId, thread: bool) -> f32 {
    let Some(e) = dom.element(id) else { return 1.0 };
    let h = element_hint(e);
    let mut f = 1.0;
    if h.body {
        f += CLASS_BODY;
    } else if h.content {
        f += CLASS_CONTENT;
    }
    if h.chrome || (h.comments && !thread) {
        f -= CLASS_CHROME;
    }
    f
}

/// Scores the containers in `order` and picks the article body; `None` when no paragraph voted.
/// On a page that declares one article the choice widens less; on a discussion thread,
/// comment-named containers are content.
pub fn select(
    dom: &Dom,
    root: NodeId,
    order: &[NodeId],
    stats: &Stats,
    declared: Declared,
) -> Option<Selection> {
    let Declared {
        article: article_page,
        story,
        thread,
        ..
    } = declared;
    let mut score = vec![f32::NAN; dom.len()];
    let mut touched = Vec::new();
    for &id in order {
        let Some(e) = dom.element(id) else { continue };
        if role(e.name()) != Role::Block || heading_level(e.name()).is_some() {
            continue;
        }
        let own = stats.inline[id.index()];
        if own < MIN_VOTE_TEXT {
            continue;
        }
        let links = stats.inline_link[id.index()] as f32 / own as f32;
        if links > 0.6 {
            continue;
        }
        let mut vote =
            (1.0 + stats.commas[id.index()] as f32 + (own as f32 / 100.0).min(3.0)) * (1.0 - links);
        // Short lines separated by <br> (signatures, addresses, name lists) are not prose.
        let line = own as f32 / (stats.breaks[id.index()] + 1) as f32;
        if line < SHORT_LINE as f32 {
            vote *= line / SHORT_LINE as f32;
        }
        // A block with its own prose votes for itself too, so that a `<div>` of `<br>`-separated
        // text can win.
        let targets = std::iter::once(id).chain(dom.ancestors(id).take(VOTE_DEPTH));
        for (level, anc) in targets.enumerate() {
            if dom.element(anc).is_none() {
                break;
            }
            let slot = &mut score[anc.index()];
            if slot.is_nan() {
                *slot = tag_score(dom, anc);
                touched.push(anc);
            }
            let divider = match level {
                0 if anc == id => {
                    // Paragraphs themselves get a small share; containers win ties.
                    4.0
                }
                0 | 1 => 1.0,
                2 => 2.0,
                l => (l as f32 - 1.0) * 3.0,
            };
            *slot += vote / divider;
        }
    }
    let mut best: Option<(NodeId, f32)> = None;
    for &id in &touched {
        let s = score[id.index()] * class_factor(dom, id, thread) * (1.0 - stats.link_density(id));
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((id, s));
        }
    }
    let (mut top, mut top_score) = best?;
    // Climb while the parent holds clearly more article than the candidate alone: an article
    // split into several sibling containers scores higher one level up.
    for _ in 0..3 {
        let Some(parent) = dom.parent(top) else { break };
        if dom.tag(parent) == Some(&local_name!("body")) || dom.element(parent).is_none() {
            break;
        }
        let ps = score[parent.index()];
        if ps.is_nan() {
            break;
        }
        let parent_score =
            ps * class_factor(dom, parent, thread) * (1.0 - stats.link_density(parent));
        let own_prose = stats.prose[top.index()];
        let parent_prose = stats.prose[parent.index()];
        if parent_prose as f32 > own_prose as f32 * 1.25 && parent_score > top_score * 0.6 {
            top = parent;
            top_score = parent_score;
        } else {
            break;
        }
    }
    // On a page that declares one article, the `<article>` element around the choice is the
    // story's frame when it holds clearly more prose with few links: sections left unclosed
    // nest the story's later parts inside each other, and no sibling of the choice holds them.
    if story
        && let Some(frame) = dom
            .ancestors(top)
            .find(|&a| dom.tag(a) == Some(&local_name!("article")))
        && stats.prose[frame.index()] as f32 > stats.prose[top.index()] as f32 * FRAME_MORE
        && stats.link_density(frame) < FRAME_MAX_LINKS
    {
        top = frame;
    }
    let mut parts = siblings(dom, top, top_score, &score, stats, thread);
    add_chunks(dom, top, order, stats, !article_page, &mut parts);
    if thread {
        add_posts(dom, top, order, stats, &mut parts);
    }
    // Pages that are not one article (reviews, product grids, service pages) spread their
    // text over many containers: when the choice covers too little of the page's prose,
    // widen it to the nearest ancestor that covers most of it.
    let total = stats.prose[root.index()] as f32;
    let covered: u32 = parts.iter().map(|p| stats.prose[p.index()]).sum();
    let top_is_body = dom.element(top).is_some_and(|e| element_hint(e).body);
    let min_cover = if article_page {
        COVER_MIN_ARTICLE
    } else if top_is_body && !thread {
        COVER_MIN_BODY
    } else {
        COVER_MIN
    };
    if total > 0.0
        && (covered as f32) < total * min_cover
        && let Some(wider) = dom
            .ancestors(top)
            .find(|a| stats.prose[a.index()] as f32 >= total * COVER_WIDE)
    {
        parts = vec![wider];
    }
    Some(Selection { parts })
}

/// The top candidate plus siblings that carry article text of their own.
fn siblings(
    dom: &Dom,
    top: NodeId,
    top_score: f32,
    score: &[f32],
    stats: &Stats,
    thread: bool,
) -> Vec<NodeId> {
    let Some(parent) = dom.parent(top) else {
        return vec![top];
    };
    let threshold = (top_score * 0.2).max(10.0);
    let mut parts = Vec::new();
    for sib in dom.children(parent) {
        if sib == top {
            parts.push(sib);
            continue;
        }
        let Some(e) = dom.element(sib) else { continue };
        let i = sib.index();
        let s = score[i];
        let density = stats.link_density(sib);
        let joins = if !s.is_nan()
            && stats.prose[i] > 0
            && s * class_factor(dom, sib, thread) * (1.0 - density) >= threshold
        {
            true
        } else if density < 0.2 && holds_data_table(dom, sib) {
            // A specification or results table next to the text belongs to it.
            true
        } else if *e.name() == local_name!("p") {
            let own = stats.inline[i];
            (own > 80 && density < 0.25) || (own > 0 && density == 0.0 && stats.commas[i] > 0)
        } else {
            false
        };
        if joins {
            parts.push(sib);
        }
    }
    parts
}

/// True when `id` contains a table of at least two rows of cells (not a layout table of prose).
fn holds_data_table(dom: &Dom, id: NodeId) -> bool {
    dom.descendants(id)
        .filter(|&n| dom.tag(n) == Some(&local_name!("table")))
        .any(|t| {
            dom.descendants(t)
                .filter(|&n| dom.tag(n) == Some(&local_name!("tr")))
                .take(2)
                .count()
                == 2
        })
}

/// Adds the other chunks of an article that the page splits into several containers of the
/// same kind (`<div class="article__body">` between ad slots), in document order, with the
/// subheads that stand right before them outside any chunk; with `widen` (a page not
/// declared an article), two or more such subheads make the chunks' common ancestor the part.
fn add_chunks(
    dom: &Dom,
    top: NodeId,
    order: &[NodeId],
    stats: &Stats,
    widen: bool,
    parts: &mut Vec<NodeId>,
) {
    // A bare list without a class of its own (the list that ends a page builder's
    // text widget) is matched by the classed box it sits in.
    let key = match dom.element(top) {
        Some(e)
            if e.class().trim().is_empty()
                && matches!(*e.name(), local_name!("ul") | local_name!("ol")) =>
        {
            dom.parent(top)
                .filter(|&p| dom.tag(p) != Some(&local_name!("body")))
                .unwrap_or(top)
        }
        _ => top,
    };
    let Some(e) = dom.element(key) else { return };
    let class = e.class();
    if class.trim().is_empty() {
        return;
    }
    let name = e.name();
    let chunks: Vec<NodeId> = order
        .iter()
        .copied()
        .filter(|&n| {
            n != key
                && stats.prose[n.index()] * 2 >= stats.text[n.index()]
                && stats.prose[n.index()] > 0
                && stats.link_density(n) < CHUNK_MAX_LINKS
                && dom
                    .element(n)
                    .is_some_and(|c| c.name() == name && same_classes(c.class(), class))
        })
        .collect();
    if chunks.is_empty() || chunks.len() > MAX_CHUNKS {
        return;
    }
    let inside = |n: NodeId, of: &[NodeId]| {
        of.iter()
            .any(|&p| p == n || dom.ancestors(n).any(|a| a == p))
    };
    let mut all: Vec<NodeId> = parts.clone();
    for c in chunks {
        if !inside(c, &all) && !all.iter().any(|&p| dom.ancestors(p).any(|a| a == c)) {
            all.push(c);
        }
    }
    in_document_order(dom, order, &mut all);
    // Section headings between the chunks, outside them, title the chunks that follow: an
    // article's subheads, a service page's headed blocks.
    // Off an article page, two or more such subheads make it a page of sections (a service
    // page's headed blocks, with lists and figures of other kinds between them): the region
    // spanning the chunks is the content.
    let headings = headings_between(dom, order, stats, &all);
    if widen
        && headings.len() >= 2
        && let Some(span) = common_ancestor(dom, &all)
    {
        *parts = vec![span];
        return;
    }
    all.extend(headings);
    in_document_order(dom, order, &mut all);
    *parts = all;
}

/// True when two class lists name the same kind of box: the same tokens, leaving out the
/// ones that number one instance ("elementor-element-5636d6d", "block_8f2a91c"), which a page
/// builder gives each box of a kind.
fn same_classes(a: &str, b: &str) -> bool {
    fn kinds(class: &str) -> impl Iterator<Item = &str> {
        class
            .split_ascii_whitespace()
            .filter(|t| !names_instance(t))
    }
    a == b || kinds(a).eq(kinds(b))
}

/// Characters from which the last part of a class token that holds a digit numbers one
/// instance ("5636d6d") rather than a size or a column ("col-12", "h2").
const INSTANCE_ID: usize = 6;

/// True when a class token ends in an instance's number ([`INSTANCE_ID`]).
fn names_instance(token: &str) -> bool {
    let last = token.rsplit(['-', '_']).next().unwrap_or(token);
    last.len() >= INSTANCE_ID
        && last.bytes().all(|b| b.is_ascii_alphanumeric())
        && last.bytes().any(|b| b.is_ascii_digit())
}

/// The nearest element that contains every node of `parts`.
fn common_ancestor(dom: &Dom, parts: &[NodeId]) -> Option<NodeId> {
    let (&first, rest) = parts.split_first()?;
    let chain: Vec<NodeId> = std::iter::once(first).chain(dom.ancestors(first)).collect();
    let mut depth = 0;
    for &p in rest {
        let meet = std::iter::once(p)
            .chain(dom.ancestors(p))
            .find_map(|a| chain.iter().position(|&c| c == a))?;
        depth = depth.max(meet);
    }
    chain
        .get(depth)
        .copied()
        .filter(|&n| dom.element(n).is_some())
}

/// Text (characters) that may stand between a section heading and the chunk it titles (a
/// picture's caption, a date line).
const HEADING_GAP: u32 = 20;

/// The plain headings (with text, mostly not links) that stand between the first and the
/// last of `parts` (in document order, outside all of them) shortly before one of them:
/// at most [`HEADING_GAP`] characters of other text lie between heading and part.
fn headings_between(dom: &Dom, order: &[NodeId], stats: &Stats, parts: &[NodeId]) -> Vec<NodeId> {
    let (Some(&first), Some(&last)) = (parts.first(), parts.last()) else {
        return Vec::new();
    };
    let mut is_part = vec![false; dom.len()];
    for &p in parts {
        is_part[p.index()] = true;
    }
    // Depth in the walk, so that the subtree of a part or a heading can be stepped over.
    let mut depth = vec![0u32; dom.len()];
    let mut found = Vec::new();
    // Headings waiting for a part, with the text count when each was met.
    let mut pending: Vec<(NodeId, u32)> = Vec::new();
    let mut text = 0u32;
    let mut started = false;
    let mut skip_below: Option<u32> = None;
    for &n in order {
        let d = dom.parent(n).map_or(0, |p| depth[p.index()] + 1);
        depth[n.index()] = d;
        if !started {
            if n != first {
                continue;
            }
            started = true;
        }
        if let Some(s) = skip_below {
            if d > s {
                continue;
            }
            skip_below = None;
        }
        if is_part[n.index()] {
            found.extend(
                pending
                    .drain(..)
                    .filter(|&(_, at)| text - at <= HEADING_GAP)
                    .map(|(h, _)| h),
            );
            if n == last {
                break;
            }
            skip_below = Some(d);
            continue;
        }
        match dom.data(n) {
            NodeData::Element(e) if heading_level(e.name()).is_some() => {
                if stats.text[n.index()] > 0 && stats.link_density(n) < 0.5 {
                    pending.push((n, text));
                }
                skip_below = Some(d);
            }
            NodeData::Text(_) => text += stats.text[n.index()],
            _ => {}
        }
    }
    found
}

/// Sorts `parts` by their place in `order`, the walk of the page.
fn in_document_order(dom: &Dom, order: &[NodeId], parts: &mut [NodeId]) {
    let mut pos = vec![usize::MAX; dom.len()];
    for (i, &n) in order.iter().enumerate() {
        pos[n.index()] = i;
    }
    parts.sort_by_key(|n| pos[n.index()]);
}

/// How many levels above the chosen container a thread's post is looked for.
const POST_CLIMB: usize = 6;
/// A thread shows at least this many posts of one kind side by side.
const MIN_POSTS: usize = 3;

fn first_class(e: &copydesk_parse::Element) -> Option<&str> {
    e.class().split_ascii_whitespace().next()
}

/// True when `a` and `b` have the same tag and the same first class.
fn same_kind(a: &copydesk_parse::Element, b: &copydesk_parse::Element) -> bool {
    a.name() == b.name() && first_class(a) == first_class(b)
}

/// On a discussion thread, the text of every post of the kind the chosen container belongs
/// to, however short: replies of a line or two score too little to join as siblings. A post
/// is the nearest ancestor of the container (or the container itself) that stands among at
/// least [`MIN_POSTS`] siblings of its tag and first class; in each of them, the element at
/// the same path of tags, first classes and places as the container is its text (not its author
/// pane, signature or buttons).
fn add_posts(dom: &Dom, top: NodeId, order: &[NodeId], stats: &Stats, parts: &mut Vec<NodeId>) {
    // The container's ancestors up to the post, nearest first.
    let mut path = Vec::new();
    let mut unit = top;
    for _ in 0..POST_CLIMB {
        let Some(parent) = dom.parent(unit) else {
            return;
        };
        let Some(e) = dom.element(unit) else { return };
        let posts: Vec<NodeId> = if first_class(e).is_some() {
            dom.children(parent)
                .filter(|&c| dom.element(c).is_some_and(|ce| same_kind(ce, e)))
                .collect()
        } else {
            Vec::new()
        };
        if posts.len() >= MIN_POSTS {
            let texts: Vec<NodeId> = posts
                .into_iter()
                .filter_map(|post| {
                    let mut at = post;
                    for &(step, nth) in path.iter().rev() {
                        let se = dom.element(step)?;
                        at = dom
                            .children(at)
                            .filter(|&c| dom.element(c).is_some_and(|ce| same_kind(ce, se)))
                            .nth(nth)?;
                    }
                    (stats.text[at.index()] > 0 && stats.link_density(at) < 0.5).then_some(at)
                })
                .collect();
            merge(dom, order, parts, texts);
            return;
        }
        if matches!(dom.tag(parent), Some(&local_name!("body")) | None) {
            return;
        }
        // Which of its parent's children of its kind it is (a post's user cell and text
        // cell may share a first class).
        let nth = dom
            .children(parent)
            .take_while(|&c| c != unit)
            .filter(|&c| dom.element(c).is_some_and(|ce| same_kind(ce, e)))
            .count();
        path.push((unit, nth));
        unit = parent;
    }
}

/// Adds `more` to `parts`, dropping any part inside another, in document order.
fn merge(dom: &Dom, order: &[NodeId], parts: &mut Vec<NodeId>, more: Vec<NodeId>) {
    let inside = |n: NodeId, of: NodeId| n == of || dom.ancestors(n).any(|a| a == of);
    for q in more {
        if !parts.iter().any(|&p| inside(q, p)) {
            parts.retain(|&p| !inside(p, q));
            parts.push(q);
        }
    }
    in_document_order(dom, order, parts);
}

/// Class and id words that name a standfirst: the lead paragraph set above the article body.
const LEAD_WORDS: &[&str] = &[
    "lead",
    "intro",
    "teaser",
    "excerpt",
    "chapo",
    "abstract",
    "perex",
    "vorspann",
    "sommario",
    "bajada",
    "preface",
    "einleitung",
    "description",
];
/// How many ancestors of the body are searched for a lead.
const LEAD_SCOPE: usize = 4;
/// A lead sits at most this many levels below the scope it is searched in.
const LEAD_DEPTH: usize = 8;
/// A lead has at least this many characters …
const LEAD_MIN: u32 = 40;
/// … and at most this many.
const LEAD_MAX: u32 = 1500;

fn is_lead_name(e: &copydesk_parse::Element) -> bool {
    names_contain(e, LEAD_WORDS)
        || e.attr("itemprop")
            .is_some_and(|p| p.contains("description"))
}

fn names_byline_or_date(e: &copydesk_parse::Element) -> bool {
    names_contain(e, &["author", "byline", "date"])
}

/// Finds a lead (standfirst) shortly before `first`, the first part of the body, within a few
/// ancestors of it: named like a lead, prose-sized, few links, not hidden, not chrome, and
/// not a header block that carries the byline or the date.
pub fn lead(dom: &Dom, first: NodeId, full: &Stats) -> Option<NodeId> {
    // The body's own ancestors within the search scope are never the lead.
    let chain: Vec<NodeId> = dom.ancestors(first).take(LEAD_SCOPE).collect();
    let mut scope = first;
    for _ in 0..LEAD_SCOPE {
        let Some(p) = dom.parent(scope) else { break };
        if matches!(
            dom.tag(p),
            Some(&local_name!("body")) | Some(&local_name!("html")) | None
        ) {
            break;
        }
        scope = p;
        let mut it = dom.descendants(scope);
        while let Some(n) = it.next() {
            if n == first {
                break;
            }
            let Some(e) = dom.element(n) else { continue };
            if crate::clean::is_hidden(e) || role(e.name()) == Role::Skip {
                it.skip_children_of(n);
                continue;
            }
            if n == scope || chain.contains(&n) {
                continue;
            }
            if heading_level(e.name()).is_some() || !is_lead_name(e) || element_hint(e).chrome {
                continue;
            }
            // Only near the body: deep inside another container it is not this article's lead.
            if !dom.ancestors(n).take(LEAD_DEPTH).any(|a| a == scope) {
                continue;
            }
            // Inside a related-links box or a sidebar: a teaser of another page.
            let in_chrome_box = dom.ancestors(n).take_while(|&a| a != scope).any(|a| {
                dom.element(a).is_some_and(|ae| {
                    element_hint(ae).chrome
                        && !is_chrome_tag(ae.name())
                        && !ae.class().to_ascii_lowercase().contains("head")
                })
            });
            if in_chrome_box {
                continue;
            }
            let carries_meta = dom
                .descendants(n)
                .skip(1)
                .any(|d| dom.element(d).is_some_and(names_byline_or_date));
            if carries_meta {
                continue;
            }
            let text = full.text[n.index()];
            if (LEAD_MIN..=LEAD_MAX).contains(&text) && full.link_density(n) < 0.3 {
                return Some(n);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::same_classes;

    #[test]
    fn boxes_of_one_kind_differ_only_in_their_instance_numbers() {
        assert!(same_classes(
            "elementor-element elementor-element-5636d6d elementor-widget",
            "elementor-element elementor-element-0e6f2a1 elementor-widget"
        ));
        assert!(!same_classes("col col-12 card", "col col-6 card"));
        assert!(!same_classes("article-body", "article-body sidebar"));
    }
}
