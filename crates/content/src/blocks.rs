//! Turning the chosen part of the tree into the record's blocks, in reading order.

use copydesk_parse::{Dom, NodeData, NodeId, local_name};
use copydesk_record::Block;

use crate::Context;
use crate::clean::{is_boilerplate_container, names_contain};
use crate::stats::{Stats, is_escaped_markup};
use crate::tags::{Role, heading_level, role};
use crate::text::{
    credit_name, fold, is_author_box_heading, is_author_box_paragraph, is_byline_line,
    is_call_to_action, is_chrome_line, is_credit_line, is_forum_meta_line, is_promo_line,
    is_recommendation_heading, is_related_heading, normalize, split_credit,
};

/// What a `<figure>` holds.
#[derive(Default)]
struct FigureHolds {
    /// An image (`<img>`, `<picture>`).
    image: bool,
    /// A `<figcaption>`.
    caption: bool,
    /// A `<blockquote>`.
    quote: bool,
    /// A table, a quote or code: what the figure shows is that block.
    text_block: bool,
}

/// All-link paragraphs shorter than this (non-space characters) are dropped as teasers.
const PROMO_MAX: usize = 200;

/// A description list needs this many terms to be taken for a dump of template fields.
const DUMP_MIN_TERMS: usize = 3;

/// A box named for captions holding this many characters or more is not a caption.
const CAPTION_MAX: u32 = 1000;

/// True for an element whose class or id names it a caption or a photo credit.
fn is_caption(e: &copydesk_parse::Element) -> bool {
    names_contain(e, &["caption", "credit"])
}

/// Lead-in lines ending with ":" longer than this (characters) are story text, not labels.
const LABEL_MAX: usize = 80;

/// True for a short paragraph or subhead that ends with ":" and so only introduces what
/// follows ("Lesen Sie auch die folgenden Beiträge:", "Further reading:").
fn is_label(block: &Block) -> bool {
    let text = match block {
        Block::Paragraph { text } | Block::Heading { text, .. } => text,
        _ => return false,
    };
    let t = text.trim();
    t.ends_with(':') && t.chars().count() <= LABEL_MAX
}

/// Drops a trailing label whose content was left out.
pub fn drop_trailing_label(blocks: &mut Vec<Block>) {
    if blocks.last().is_some_and(is_label) {
        blocks.pop();
    }
}

/// Shop and listing controls that the broad reading would otherwise keep as lines of their own.
const TILE_CONTROLS: &[&str] = &[
    "compare",
    "add to compare",
    "quick view",
    "quick shop",
    "add to cart",
    "add to bag",
    "add to basket",
    "add to wishlist",
    "filter",
    "filters",
    "sort",
    "sort by",
    "load more",
    "show more",
    "read full article",
    "skip to product list",
    "choose options",
    "select options",
    "comparer",
    "ne plus comparer",
    "ajouter au panier",
    "filtres",
    "trier par",
    "vergleichen",
    "in den warenkorb",
    "filtern",
    "sortieren nach",
    "confronta",
    "aggiungi al carrello",
    "filtri",
    "ordina per",
    "comparar",
    "añadir al carrito",
    "filtrar",
    "ordenar por",
    "vergelijken",
    "in winkelwagen",
    "sorteren op",
];

/// True for a broad-reading line that is a product tile's control or a "+N" swatch count.
fn is_tile_control(text: &str) -> bool {
    let t = text.trim().trim_end_matches(':').trim();
    if t.len() > 30 {
        return false;
    }
    let lower = t.to_lowercase();
    if TILE_CONTROLS.contains(&lower.as_str()) {
        return true;
    }
    lower
        .strip_prefix('+')
        .is_some_and(|n| !n.trim().is_empty() && n.trim().chars().all(|c| c.is_ascii_digit()))
}

/// True for an element the builder reads whole (a list, a table, a quote, code, a figure):
/// while skipping a recommendation box it is left out without being entered.
fn is_leaf_block(name: &copydesk_parse::LocalName) -> bool {
    matches!(
        *name,
        local_name!("ul")
            | local_name!("ol")
            | local_name!("dl")
            | local_name!("table")
            | local_name!("pre")
            | local_name!("blockquote")
            | local_name!("figure")
            | local_name!("figcaption")
    )
}

/// A heading that ends with the headline counts as the headline (behind a kicker) only when
/// the headline is at least this long (folded bytes): short ones end many headings.
const MIN_KICKED_HEADLINE: usize = 16;

/// A paragraph at least this long (characters, few links) ends a box of recommended products.
const SKIP_ENDING_PROSE: u32 = 200;

/// An author box is at most this long (characters): a name, a role and a short biography.
const AUTHOR_BOX_TEXT: u32 = 2000;

/// Nesting deeper than this is read as flat text.
const MAX_DEPTH: usize = 512;

/// Builds blocks from `parts`, skipping `removed` nodes and boilerplate containers.
pub struct Builder<'a> {
    dom: &'a Dom,
    stats: &'a Stats,
    removed: &'a [bool],
    ctx: &'a Context<'a>,
    headline: String,
    keep_links: bool,
    /// A discussion thread: post furniture lines go.
    thread: bool,
    buf: String,
    /// Characters of `buf` that sit inside links.
    buf_link: usize,
    /// How many `<a>` elements the walk is inside.
    in_link: usize,
    /// Inside a box of recommended products: the level of the heading over it. Its text goes
    /// until a heading as high or a paragraph of prose (the box may span several parts).
    skip_below: Option<u8>,
    /// The subtree being added.
    root: Option<NodeId>,
    /// Inside an author box ([`Builder::author_box`]): the box, whose remaining text goes.
    skip_box: Option<NodeId>,
    /// Blocks built so far.
    pub blocks: Vec<Block>,
}

impl<'a> Builder<'a> {
    /// A builder over `dom` with the statistics and removals of the chosen walk;
    /// `keep_links` keeps link lists (for listings) instead of dropping them; on a discussion
    /// `thread`, post furniture (counts, dates, member statistics) is dropped.
    pub fn new(
        dom: &'a Dom,
        stats: &'a Stats,
        removed: &'a [bool],
        ctx: &'a Context<'a>,
        keep_links: bool,
        thread: bool,
    ) -> Builder<'a> {
        Builder {
            dom,
            stats,
            removed,
            ctx,
            headline: ctx.headline.map(fold).unwrap_or_default(),
            keep_links,
            thread,
            buf: String::new(),
            buf_link: 0,
            in_link: 0,
            skip_below: None,
            root: None,
            skip_box: None,
            blocks: Vec::new(),
        }
    }

    /// True when a heading is the page's headline, alone or after a kicker
    /// ("Climate: Rates rise again" for the headline "Rates rise again").
    fn is_headline(&self, heading: &str) -> bool {
        if self.headline.is_empty() {
            return false;
        }
        let folded = fold(heading);
        folded == self.headline
            || (self.headline.len() >= MIN_KICKED_HEADLINE
                && folded.len() <= self.headline.len() * 2
                && folded.ends_with(&self.headline))
    }

    /// True when the block's own text is a paragraph of prose, longer than any product name.
    fn is_paragraph(&self, id: NodeId) -> bool {
        let (inline, links) = (
            self.stats.inline[id.index()],
            self.stats.inline_link[id.index()],
        );
        inline >= SKIP_ENDING_PROSE && links * 10 < inline * 3
    }

    /// Notes that content was left out here: a label introducing it goes too.
    fn dropped(&mut self) {
        if self.blocks.last().is_some_and(is_label) {
            self.blocks.pop();
        }
    }

    /// Appends the blocks of subtree `root`.
    pub fn add(&mut self, root: NodeId) {
        self.root = Some(root);
        self.visit(root, 0, true);
        self.flush();
    }

    fn flush(&mut self) {
        let links = std::mem::take(&mut self.buf_link);
        if self.buf.trim().is_empty() {
            self.buf.clear();
            return;
        }
        let text = normalize(&self.buf);
        self.buf.clear();
        if is_chrome_line(&text)
            || is_promo_line(&text)
            || is_credit_line(&text)
            || is_call_to_action(&text)
            || is_author_box_paragraph(&text)
        {
            self.dropped();
            return;
        }
        // The byline is metadata: the record carries it in `authors`.
        let opens = self.ctx.opens_byline.unwrap_or(|_| false);
        if is_byline_line(&text, &self.ctx.authors, opens) {
            return;
        }
        if (self.keep_links && is_tile_control(&text)) || (self.thread && is_forum_meta_line(&text))
        {
            return;
        }
        // A short paragraph that is all link is a teaser ("READ MORE: …"), not story text.
        let chars = text.chars().filter(|c| !c.is_whitespace()).count();
        if !self.keep_links && chars < PROMO_MAX && links * 10 >= chars * 9 {
            self.dropped();
            return;
        }
        self.blocks.push(Block::Paragraph { text });
    }

    fn visit(&mut self, id: NodeId, depth: usize, is_root: bool) {
        let dom = self.dom;
        let e = match dom.data(id) {
            NodeData::Text(t) => {
                if self.skip_below.is_some() || is_escaped_markup(dom, id) {
                    return;
                }
                // Line breaks in the source are spaces; only `<br>` breaks a line.
                if t.contains(['\n', '\r']) {
                    self.buf.extend(
                        t.chars()
                            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
                    );
                } else {
                    self.buf.push_str(t);
                }
                if self.in_link > 0 {
                    self.buf_link += t.chars().filter(|c| !c.is_whitespace()).count();
                }
                return;
            }
            NodeData::Element(e) => e,
            _ => return,
        };
        if self.removed[id.index()] {
            return;
        }
        let name = e.name();
        let r = role(name);
        if r == Role::Skip {
            return;
        }
        if let Some(level) = self.skip_below {
            let ends = match heading_level(name) {
                Some(h) => h <= level,
                None => r == Role::Block && self.is_paragraph(id),
            };
            if !ends {
                // Card titles, names, prices and pictures of the recommended products.
                if r != Role::Inline
                    && heading_level(name).is_none()
                    && !is_leaf_block(name)
                    && depth <= MAX_DEPTH
                {
                    self.children(id, depth);
                }
                return;
            }
            self.skip_below = None;
        }
        if depth > MAX_DEPTH {
            dom.collect_text(id, &mut self.buf);
            return;
        }
        if r == Role::Inline {
            match *name {
                local_name!("br") => self.buf.push('\n'),
                local_name!("img") => {
                    if let Some(fig) = self.image(id, None) {
                        self.flush();
                        self.blocks.push(fig);
                    }
                }
                local_name!("a") => {
                    self.in_link += 1;
                    self.children(id, depth);
                    self.in_link -= 1;
                }
                _ => self.children(id, depth),
            }
            return;
        }
        if !is_root && !self.keep_links && is_boilerplate_container(dom, id, self.stats) {
            self.flush();
            self.dropped();
            return;
        }
        self.flush();
        // A caption is a line or two: a box named for captions that holds a page of text
        // (a shop's "item-caption" around the product description) is read as text.
        if !is_root
            && is_caption(e)
            && *name != local_name!("figure")
            && self.stats.text[id.index()] < CAPTION_MAX
        {
            self.caption_only(id);
            return;
        }
        if let Some(level) = heading_level(name) {
            let text = self.text_of(id);
            if is_recommendation_heading(&text) {
                self.skip_below = Some(level);
                self.dropped();
                return;
            }
            if is_author_box_heading(&text)
                && let Some(b) = self.author_box(id)
            {
                self.skip_box = Some(b);
                return;
            }
            let chrome = is_chrome_line(&text) || is_promo_line(&text) || is_related_heading(&text);
            if !text.is_empty() && !chrome && !self.is_headline(&text) {
                self.blocks.push(Block::Heading { level, text });
            }
            return;
        }
        match *name {
            local_name!("ul") | local_name!("ol") => {
                let items: Vec<String> = dom
                    .children(id)
                    .filter(|&c| dom.tag(c) == Some(&local_name!("li")))
                    .filter(|&c| !self.removed[c.index()])
                    .map(|c| self.text_of(c))
                    .filter(|t| !t.is_empty() && !is_chrome_line(t))
                    .collect();
                if !items.is_empty() {
                    self.blocks.push(Block::List {
                        ordered: *name == local_name!("ol"),
                        items,
                    });
                }
            }
            local_name!("dl") if self.is_field_dump(id) => self.dropped(),
            local_name!("blockquote") => {
                let text = self.text_of(id);
                if !text.is_empty() {
                    self.blocks.push(Block::Quote { text });
                }
            }
            local_name!("pre") => {
                let mut raw = String::new();
                dom.collect_text(id, &mut raw);
                let text = raw.trim_matches('\n').trim_end().to_string();
                if !text.is_empty() {
                    self.blocks.push(Block::Code { text });
                }
            }
            local_name!("figure") => self.figure_block(id, depth),
            local_name!("figcaption") => {
                self.caption_only(id);
            }
            local_name!("table") if self.is_data_table(id) => {
                let rows = self.table_rows(id);
                if !rows.is_empty() {
                    self.blocks.push(Block::Table { rows });
                }
            }
            local_name!("hr") => {}
            _ => {
                self.children(id, depth);
                self.flush();
            }
        }
    }

    /// A caption standing on its own (no image with it) becomes a figure without `src`.
    fn caption_only(&mut self, id: NodeId) {
        let (caption, credit) = split_credit(&self.text_of(id));
        if !caption.is_empty() || credit.is_some() {
            self.blocks.push(Block::Figure {
                src: None,
                caption: Some(caption).filter(|c| !c.is_empty()),
                credit,
            });
        }
    }

    fn children(&mut self, id: NodeId, depth: usize) {
        for c in self.dom.children(id) {
            self.visit(c, depth + 1, false);
            if self.in_author_box(id) {
                break;
            }
        }
    }

    /// After a child of `id` is read: true while the rest of `id` lies in an author box and
    /// goes. Once the walk is back at the box itself, what follows the box is read again.
    fn in_author_box(&mut self, id: NodeId) -> bool {
        let Some(b) = self.skip_box else {
            return false;
        };
        if b == id {
            self.skip_box = None;
        }
        true
    }

    /// The box that an author-box heading (`heading`) opens: the largest element around it,
    /// below the subtree being added, in which nothing comes before the heading and whose
    /// text is short enough for a biography ([`AUTHOR_BOX_TEXT`]). The same heading in the
    /// flow of the story (after its last paragraph) opens no box.
    fn author_box(&self, heading: NodeId) -> Option<NodeId> {
        let dom = self.dom;
        let mut inner = heading;
        let mut found = None;
        for a in dom.ancestors(heading) {
            if Some(a) == self.root || self.stats.text[a.index()] > AUTHOR_BOX_TEXT {
                break;
            }
            let before = dom
                .children(a)
                .take_while(|&c| c != inner)
                .any(|c| self.stats.text[c.index()] > 0);
            if before {
                break;
            }
            found = Some(a);
            inner = a;
        }
        found
    }

    /// The readable text of a subtree: removed parts left out, `<br>` and blocks as line breaks.
    fn text_of(&self, id: NodeId) -> String {
        let dom = self.dom;
        let mut raw = String::new();
        let mut it = dom.descendants(id);
        while let Some(n) = it.next() {
            match dom.data(n) {
                NodeData::Text(t) => raw.push_str(t),
                NodeData::Element(e) => {
                    if self.removed[n.index()] || role(e.name()) == Role::Skip {
                        it.skip_children_of(n);
                    } else if *e.name() == local_name!("br")
                        || (n != id && role(e.name()) == Role::Block)
                    {
                        raw.push('\n');
                    }
                }
                _ => {}
            }
        }
        normalize(&raw).replace('\n', " ").trim().to_string()
    }

    fn image(&self, img: NodeId, caption: Option<(String, Option<String>)>) -> Option<Block> {
        let e = self.dom.element(img)?;
        let src = ["src", "data-src", "data-original", "data-lazy-src"]
            .iter()
            .filter_map(|a| e.attr(a))
            .find(|s| !s.is_empty() && !s.starts_with("data:"))?;
        let small = ["width", "height"].iter().any(|a| {
            e.attr(a)
                .and_then(|v| v.trim_end_matches("px").parse::<u32>().ok())
                .is_some_and(|v| v < 100)
        });
        if small && caption.is_none() {
            return None;
        }
        let src = self.absolute(src);
        let (caption, credit) = caption.unwrap_or_default();
        Some(Block::Figure {
            src: Some(src),
            caption: Some(caption).filter(|c| !c.is_empty()),
            credit,
        })
    }

    fn figure(&self, id: NodeId) -> Option<Block> {
        let dom = self.dom;
        let mut img = None;
        let mut caption = None;
        let mut credit = None;
        for n in dom.descendants(id) {
            match dom.tag(n) {
                Some(&local_name!("img")) if img.is_none() => img = Some(n),
                Some(&local_name!("figcaption")) if caption.is_none() => {
                    caption = Some(self.text_of(n));
                }
                _ => {}
            }
            if credit.is_none()
                && let Some(e) = dom.element(n)
                && n != id
            {
                let class = e.class().to_ascii_lowercase();
                if class.contains("credit") || class.contains("copyright") {
                    let t = self.text_of(n);
                    if !t.is_empty() {
                        credit = Some(t);
                    }
                }
            }
        }
        let (mut cap, mut cred) = split_credit(caption.as_deref().unwrap_or(""));
        if let Some(c) = credit {
            if let Some(stripped) = cap.strip_suffix(c.as_str()) {
                cap = stripped.trim_end().to_string();
            }
            cred = Some(credit_name(&c));
        }
        match img {
            Some(i) => self.image(i, Some((cap, cred))),
            None if !cap.is_empty() => Some(Block::Figure {
                src: None,
                caption: Some(cap),
                credit: cred,
            }),
            None => None,
        }
    }

    /// Reads a `<figure>` by what it holds ([`Builder::figure_holds`]): a picture (or a caption
    /// alone) becomes a figure block; a table, a quote or code is read as that block with its
    /// caption after it; a quotation with its source (`<figure><blockquote>…</blockquote>
    /// <figcaption>— name</figcaption></figure>`, how testimonials and pull quotes are marked
    /// up) is the quote, then its source as a line of its own.
    fn figure_block(&mut self, id: NodeId, depth: usize) {
        let dom = self.dom;
        let holds = self.figure_holds(id);
        if !holds.image && holds.quote {
            for c in dom.children(id) {
                if dom.tag(c) == Some(&local_name!("figcaption")) {
                    let text = self.text_of(c);
                    self.flush();
                    if !self.removed[c.index()] && !text.is_empty() {
                        self.blocks.push(Block::Paragraph { text });
                    }
                } else {
                    self.visit(c, depth + 1, false);
                    if self.in_author_box(id) {
                        break;
                    }
                }
            }
        } else if holds.image || (holds.caption && !holds.text_block) {
            if let Some(fig) = self.figure(id) {
                self.blocks.push(fig);
            }
            return;
        } else {
            self.children(id, depth);
        }
        self.flush();
    }

    /// What a `<figure>` holds, found in one walk of it.
    fn figure_holds(&self, id: NodeId) -> FigureHolds {
        let mut holds = FigureHolds::default();
        for n in self.dom.descendants(id) {
            match self.dom.tag(n) {
                Some(&local_name!("img")) | Some(&local_name!("picture")) => holds.image = true,
                Some(&local_name!("figcaption")) => holds.caption = true,
                Some(&local_name!("blockquote")) => {
                    holds.quote = true;
                    holds.text_block = true;
                }
                Some(&local_name!("table")) | Some(&local_name!("pre")) => holds.text_block = true,
                _ => {}
            }
        }
        holds
    }

    /// True when a description list names its terms like a template's fields
    /// (`retail_price_tier1:`, `cat_thumb_Bone:`): at least [`DUMP_MIN_TERMS`] terms, most of
    /// them one word joined by underscores. Such a list is the shop system's data printed
    /// into the page, not copy.
    fn is_field_dump(&self, id: NodeId) -> bool {
        let dom = self.dom;
        let (mut terms, mut fields) = (0, 0);
        for c in dom.children(id) {
            if dom.tag(c) != Some(&local_name!("dt")) {
                continue;
            }
            terms += 1;
            let text = self.text_of(c);
            let name = text.trim_end_matches(':');
            if name.contains('_') && !name.chars().any(char::is_whitespace) {
                fields += 1;
            }
        }
        terms >= DUMP_MIN_TERMS && fields * 2 > terms
    }

    fn absolute(&self, src: &str) -> String {
        match self.ctx.base.and_then(|b| b.join(src).ok()) {
            Some(u) => u.to_string(),
            None => src.to_string(),
        }
    }

    fn is_data_table(&self, id: NodeId) -> bool {
        let dom = self.dom;
        let mut rows = 0;
        let mut max_cells = 0;
        for n in dom.descendants(id).skip(1) {
            match dom.tag(n) {
                Some(&local_name!("table")) => return false,
                Some(&local_name!("th")) => return true,
                Some(&local_name!("tr")) => {
                    rows += 1;
                    let cells = dom
                        .children(n)
                        .filter(|&c| {
                            matches!(
                                dom.tag(c),
                                Some(&local_name!("td")) | Some(&local_name!("th"))
                            )
                        })
                        .count();
                    max_cells = max_cells.max(cells);
                }
                Some(&local_name!("p")) | Some(&local_name!("div"))
                    if self.stats.prose[n.index()] > 0 =>
                {
                    return false;
                }
                _ => {}
            }
        }
        rows >= 2 && max_cells >= 2
    }

    fn table_rows(&self, id: NodeId) -> Vec<Vec<String>> {
        let dom = self.dom;
        dom.descendants(id)
            .filter(|&n| dom.tag(n) == Some(&local_name!("tr")))
            .map(|tr| {
                dom.children(tr)
                    .filter(|&c| {
                        matches!(
                            dom.tag(c),
                            Some(&local_name!("td")) | Some(&local_name!("th"))
                        )
                    })
                    .map(|c| self.text_of(c))
                    .collect::<Vec<_>>()
            })
            .filter(|r: &Vec<String>| r.iter().any(|c| !c.is_empty()))
            .collect()
    }
}
