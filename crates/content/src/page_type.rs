//! What kind of page this is: article, forum, product, listing, documentation …

use copydesk_parse::{Dom, NodeId};
use copydesk_record::{Block, PageType};

use crate::Context;
use crate::stats::Stats;

/// Classifies the page from its schema.org type and the shape of its text.
pub fn classify(
    _dom: &Dom,
    ctx: &Context,
    full: &Stats,
    root: NodeId,
    blocks: &[Block],
) -> PageType {
    if let Some(t) = ctx.schema_type {
        let t = t.to_ascii_lowercase();
        if t.contains("techarticle") || t.contains("apireference") {
            return PageType::Documentation;
        }
        if t.contains("article") || t.contains("blogposting") || t == "report" {
            return PageType::Article;
        }
        if t.contains("product") || t == "offer" {
            return PageType::Product;
        }
        if t.contains("discussionforum") || t.contains("qapage") || t == "question" {
            return PageType::Forum;
        }
        if t.contains("collectionpage") || t.contains("itemlist") {
            return PageType::Listing;
        }
    }
    match ctx.og_type {
        Some("product") => return PageType::Product,
        Some("article") | Some("blog") if long_prose(blocks) > 300 => return PageType::Article,
        _ => {}
    }
    let prose = long_prose(blocks);
    if prose > 800 {
        return PageType::Article;
    }
    if full.link_density(root) > 0.5 {
        return PageType::Listing;
    }
    PageType::Other
}

/// Bytes of text in long paragraphs.
fn long_prose(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { text } if text.len() > 150 => Some(text.len()),
            _ => None,
        })
        .sum()
}
