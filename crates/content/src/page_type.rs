//! What kind of page this is: article, forum, product, listing, collection, documentation,
//! service. Structured data decides when it names a type; otherwise the URL and the shape of
//! the text do.

use copydesk_parse::NodeId;
use copydesk_record::{Block, PageType};

use crate::stats::Stats;
use crate::{Context, Declared};

/// Paragraph text (bytes, in paragraphs over 150 bytes) above which a page reads as prose.
const PROSE_PAGE: usize = 800;
/// Link density of the whole page above which it is an index of other pages.
const INDEX_LINKS: f32 = 0.5;
/// Prices in the text from which an index is a shop's collection.
const SHOP_PRICES: usize = 3;

/// Classifies the page from its structured data, its URL and the shape of its text.
pub fn classify(
    ctx: &Context,
    declared: Declared,
    full: &Stats,
    root: NodeId,
    blocks: &[Block],
) -> PageType {
    if let Some(t) = ctx.schema_type.map(str::to_ascii_lowercase) {
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
        if t.contains("collectionpage") {
            return index_kind(blocks);
        }
        if t.contains("itemlist") || t.contains("searchresults") {
            return PageType::Listing;
        }
    }
    if declared.thread {
        return PageType::Forum;
    }
    if ctx.og_type == Some("product") {
        return PageType::Product;
    }
    if documentation_url(ctx) || code_blocks(blocks) >= 2 {
        return PageType::Documentation;
    }
    let prose = long_prose(blocks);
    let article_og = matches!(ctx.og_type, Some("article") | Some("blog"));
    if prose > PROSE_PAGE || (article_og && prose > 300) {
        return if article_og || ctx.dated_or_signed || !sectioned(blocks) {
            PageType::Article
        } else {
            PageType::Service
        };
    }
    if full.link_density(root) > INDEX_LINKS {
        return index_kind(blocks);
    }
    if ctx.dated_or_signed && prose > 0 {
        return PageType::Article;
    }
    PageType::Other
}

/// A shop's collection when the index shows prices, otherwise a listing.
fn index_kind(blocks: &[Block]) -> PageType {
    let prices: usize = blocks.iter().map(|b| count_prices(&b.plain_text())).sum();
    if prices >= SHOP_PRICES {
        PageType::Collection
    } else {
        PageType::Listing
    }
}

/// Counts amounts written with a currency sign next to a digit ("$19.99", "24,90 €").
fn count_prices(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            matches!(c, '$' | '€' | '£' | '¥')
                && (chars.get(i + 1).is_some_and(|n| n.is_ascii_digit())
                    || (*i > 0 && chars[i - 1] == ' ' && *i > 1 && chars[i - 2].is_ascii_digit()))
        })
        .count()
}

/// True when the URL says documentation: a `docs.`/`developer.` host or a docs-like path.
fn documentation_url(ctx: &Context) -> bool {
    let Some(url) = ctx.base else { return false };
    let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
    if ["docs.", "developer.", "developers.", "devdocs."]
        .iter()
        .any(|p| host.starts_with(p))
    {
        return true;
    }
    url.path_segments().is_some_and(|mut segs| {
        segs.any(|s| {
            matches!(
                s.to_ascii_lowercase().as_str(),
                "docs" | "doc" | "documentation" | "api" | "reference" | "manual" | "handbook"
            )
        })
    })
}

/// True for a page cut into sections and lists, as service and landing pages are, rather than
/// told in running paragraphs.
fn sectioned(blocks: &[Block]) -> bool {
    let headings = blocks
        .iter()
        .filter(|b| matches!(b, Block::Heading { .. }))
        .count();
    let lists = blocks
        .iter()
        .filter(|b| matches!(b, Block::List { .. }))
        .count();
    headings >= 3 || lists >= 2
}

fn code_blocks(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .filter(|b| matches!(b, Block::Code { .. }))
        .count()
}

/// Bytes of text in long paragraphs (over 150 bytes).
pub(crate) fn long_prose(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { text } if text.len() > 150 => Some(text.len()),
            _ => None,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_are_counted() {
        assert_eq!(count_prices("Mug $12.99, plate 24,90 €, bowl £8"), 3);
        assert_eq!(count_prices("We raised $ and hopes in 2024"), 0);
    }
}
