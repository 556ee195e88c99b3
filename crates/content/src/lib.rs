//! Main-content extraction: finds the article in the page tree and builds its blocks.
//!
//! The pass, in order:
//! 1. [`stats`]: measure the text of every node (length, links, commas, prose) bottom-up;
//! 2. [`clean`]: mark chrome regions (navigation, ads, sharing, comments, hidden parts);
//! 3. [`select`]: let paragraphs vote for their containers and pick the article body;
//! 4. [`blocks`]: walk the body into paragraphs, headings, lists, quotes, tables, code and
//!    figures, dropping link lists and widgets on the way.
//!
//! When the strict pass finds too little, a lenient one that keeps class-marked regions runs.

mod blocks;
mod clean;
mod page_type;
mod patterns;
mod select;
mod stats;
mod tags;
mod text;

use copydesk_parse::{Dom, NodeId};
use copydesk_record::{Block, PageType};

use crate::clean::Strictness;
use crate::stats::Stats;

/// What the extractor knows before it starts.
#[derive(Debug, Default)]
pub struct Context<'a> {
    /// Base URL for resolving image links.
    pub base: Option<&'a url::Url>,
    /// The headline found by metadata, so that it is not repeated in the body.
    pub headline: Option<&'a str>,
    /// The schema.org type of the main entity, when known.
    pub schema_type: Option<&'a str>,
}

/// The page's main content.
#[derive(Debug, Default)]
pub struct Content {
    /// Blocks in reading order.
    pub blocks: Vec<Block>,
    /// What kind of page it is.
    pub page_type: Option<PageType>,
}

/// A strict result shorter than this many characters triggers the lenient pass.
const SHORT_RESULT: usize = 250;

/// Extracts the main content of `dom`.
pub fn extract(dom: &Dom, ctx: &Context) -> Content {
    let root = dom.body().unwrap_or_else(|| dom.root());
    let order = stats::walk(dom, root, |_| false);
    let full = Stats::compute(dom, &order);
    let mut best: Option<Vec<Block>> = None;
    for strictness in [Strictness::Strict, Strictness::Lenient] {
        let blocks = attempt(dom, root, &order, &full, ctx, strictness);
        let len = text_len(&blocks);
        let better = best.as_ref().is_none_or(|b| len > text_len(b) * 2);
        if better {
            best = Some(blocks);
        }
        if len >= SHORT_RESULT {
            break;
        }
    }
    let mut blocks = best.unwrap_or_default();
    if text_len(&blocks) == 0 {
        // Nothing article-like: keep whatever readable text the page has rather than nothing.
        blocks = whole_page(dom, root, &order, &full, ctx);
    }
    let page_type = page_type::classify(dom, ctx, &full, root, &blocks);
    Content {
        blocks,
        page_type: Some(page_type),
    }
}

fn attempt(
    dom: &Dom,
    root: NodeId,
    order: &[NodeId],
    full: &Stats,
    ctx: &Context,
    strictness: Strictness,
) -> Vec<Block> {
    let removed = clean::chrome_regions(dom, order, full, root, strictness);
    let kept = stats::walk(dom, root, |n| removed[n.index()]);
    let stats = Stats::compute(dom, &kept);
    let mut builder = blocks::Builder::new(dom, &stats, &removed, ctx);
    match select::select(dom, root, &kept, &stats) {
        Some(sel) => {
            for part in sel.parts {
                if !removed[part.index()] {
                    builder.add(part);
                }
            }
        }
        None => builder.add(root),
    }
    builder.blocks
}

fn whole_page(
    dom: &Dom,
    root: NodeId,
    order: &[NodeId],
    full: &Stats,
    ctx: &Context,
) -> Vec<Block> {
    let removed = clean::chrome_regions(dom, order, full, root, Strictness::Lenient);
    let kept = stats::walk(dom, root, |n| removed[n.index()]);
    let stats = Stats::compute(dom, &kept);
    let mut builder = blocks::Builder::new(dom, &stats, &removed, ctx);
    builder.add(root);
    builder.blocks
}

fn text_len(blocks: &[Block]) -> usize {
    blocks.iter().map(|b| b.plain_text().len()).sum()
}
