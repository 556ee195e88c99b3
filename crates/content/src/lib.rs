//! Main-content extraction: finds the article in the page tree and builds its blocks.
//!
//! The pass, in order:
//! 1. [`stats`]: measure the text of every node (length, links, commas, prose) bottom-up;
//! 2. [`clean`]: mark chrome regions (navigation, ads, sharing, comments, hidden parts);
//! 3. [`select`]: let paragraphs vote for their containers and pick the article body;
//! 4. [`blocks`]: walk the body into paragraphs, headings, lists, quotes, tables, code and
//!    figures, dropping link lists and widgets on the way;
//! 5. [`repeats`]: drop what the page prints twice.
//!
//! When the strict pass finds too little, a lenient one that keeps class-marked regions runs.

pub mod address;
mod blocks;
mod clean;
mod page_type;
mod patterns;
mod repeats;
mod select;
mod stats;
pub mod tags;
pub mod text;

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
    /// The Open Graph object type, when known (many sites call every page an "article").
    pub og_type: Option<&'a str>,
    /// True when the page states a publication date or an author: articles do, service pages
    /// rarely.
    pub dated_or_signed: bool,
    /// The authors' names found by metadata, so that the byline line leaves the body.
    pub authors: Vec<&'a str>,
    /// How metadata tells a byline's opening ("By …", "Von …", "Text: …"); without it no
    /// line that opens with a lead word is taken for the byline.
    pub opens_byline: Option<fn(&str) -> bool>,
}

impl Context<'_> {
    /// True when the page is a discussion thread: its structured data says so, or its
    /// address files it under a forum or a Q&A site's questions ([`address::thread`]).
    pub fn declares_thread(&self) -> bool {
        let typed = self.schema_type.is_some_and(|t| {
            let t = t.to_ascii_lowercase();
            t.contains("discussionforum") || t == "qapage" || t == "question"
        });
        typed
            || self
                .base
                .is_some_and(|u| address::thread(u.as_str()).is_some())
    }

    /// True when the page is a site's front page (its URL path is the root, with no query
    /// but a click tracker's): a front page shows many stories, boxes or offers, never one
    /// story alone. (`/?p=2895` is one post of a blog engine.)
    pub fn is_front_page(&self) -> bool {
        self.base.is_some_and(|u| {
            matches!(u.path(), "" | "/")
                && u.host_str().is_some()
                && u.query_pairs().all(|(k, _)| {
                    k.starts_with("utm_") || ["srsltid", "gclid", "fbclid"].contains(&k.as_ref())
                })
        })
    }

    /// True when the page's structured data says it is a collection or a list of items.
    pub fn declares_listing(&self) -> bool {
        self.schema_type.is_some_and(|t| {
            let t = t.to_ascii_lowercase();
            t.contains("collectionpage") || t == "itemlist" || t.contains("searchresults")
        })
    }

    /// True when the page's structured data names a specific type of main entity (a product,
    /// a service, an FAQ …), not a generic web page, site, organisation or media object.
    pub fn declares_specific_type(&self) -> bool {
        self.schema_type.is_some_and(|t| {
            let t = t.to_ascii_lowercase();
            ![
                "webpage",
                "website",
                "organization",
                "videoobject",
                "imageobject",
                "person",
                "breadcrumblist",
                "searchaction",
            ]
            .contains(&t.as_str())
        })
    }

    /// True when the page's structured data or Open Graph type names a product, and nothing
    /// says it is an article.
    pub fn declares_product(&self) -> bool {
        !self.declares_article()
            && (self
                .schema_type
                .is_some_and(|t| t.to_ascii_lowercase().contains("product"))
                || self
                    .og_type
                    .is_some_and(|t| t.to_ascii_lowercase().contains("product")))
    }

    /// True when the page's structured data says it is an article or a blog post.
    pub fn declares_article(&self) -> bool {
        self.schema_type.is_some_and(|t| {
            let t = t.to_ascii_lowercase();
            t.contains("article") || t.ends_with("blogposting") || t == "report"
        })
    }
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

/// A pass with one removal policy: what was removed, what is left, and its statistics.
/// What the page declares itself to be, read once from the [`Context`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Declared {
    /// One article or blog post.
    pub article: bool,
    /// One story, by its structured data or its Open Graph type.
    pub story: bool,
    /// A discussion thread: comment regions are its content.
    pub thread: bool,
    /// A product page: customer reviews are not its content.
    pub shop: bool,
    /// A collection or list of items.
    pub listing: bool,
}

impl Declared {
    fn of(ctx: &Context) -> Declared {
        let thread = ctx.declares_thread();
        let article = ctx.declares_article();
        Declared {
            article,
            story: article
                || ctx
                    .og_type
                    .is_some_and(|t| t.eq_ignore_ascii_case("article")),
            thread,
            shop: !thread && ctx.declares_product(),
            listing: ctx.declares_listing(),
        }
    }
}

struct Pass {
    removed: Vec<bool>,
    stats: Stats,
    kept: Vec<NodeId>,
    declared: Declared,
}

impl Pass {
    fn new(
        dom: &Dom,
        root: NodeId,
        order: &[NodeId],
        full: &Stats,
        strictness: Strictness,
        declared: Declared,
    ) -> Pass {
        let removed = clean::chrome_regions(dom, order, full, root, strictness, declared);
        let kept = stats::walk(dom, root, |n| removed[n.index()]);
        let stats = Stats::compute(dom, &kept);
        Pass {
            removed,
            stats,
            kept,
            declared,
        }
    }

    /// The article reading: the best container and its siblings, link lists dropped.
    fn article(&self, dom: &Dom, root: NodeId, ctx: &Context, full: &Stats) -> Vec<Block> {
        let sel = select::select(dom, root, &self.kept, &self.stats, self.declared);
        // A standfirst just before the body (often inside the article's <header>) belongs to it.
        let lead = sel
            .as_ref()
            .and_then(|s| s.parts.first().copied())
            .and_then(|first| select::lead(dom, first, full));
        let mut unremoved;
        let removed: &[bool] = match lead {
            Some(l) if self.removed[l.index()] => {
                unremoved = self.removed.clone();
                for n in dom.descendants(l) {
                    unremoved[n.index()] = false;
                }
                &unremoved
            }
            _ => &self.removed,
        };
        let mut builder =
            blocks::Builder::new(dom, &self.stats, removed, ctx, false, self.declared.thread);
        if let Some(l) = lead {
            builder.add(l);
        }
        match sel {
            Some(sel) => {
                for part in sel.parts {
                    if !self.removed[part.index()] {
                        builder.add(part);
                    }
                }
            }
            None => builder.add(root),
        }
        let mut blocks = builder.blocks;
        blocks::drop_trailing_label(&mut blocks);
        blocks
    }

    /// How many headings outside chrome regions are not mostly link text: section titles,
    /// not the titles of teasers.
    fn plain_headings(&self, dom: &Dom) -> usize {
        self.kept
            .iter()
            .filter(|&&n| {
                dom.element(n)
                    .is_some_and(|e| tags::heading_level(e.name()).is_some())
                    && self.stats.text[n.index()] > 0
                    && self.stats.link_density(n) < 0.5
            })
            .count()
    }

    /// The broad reading for pages that are not one article (listings, link hubs, shops):
    /// everything outside chrome regions, link lists included, from the page's main region.
    fn broad(&self, dom: &Dom, root: NodeId, ctx: &Context) -> Vec<Block> {
        let total = self.stats.text[root.index()];
        let main = self.kept.iter().copied().find(|&n| {
            dom.element(n).is_some_and(|e| {
                *e.name() == copydesk_parse::local_name!("main") || e.attr("role") == Some("main")
            }) && self.stats.text[n.index()] * 2 >= total
        });
        let mut builder = blocks::Builder::new(
            dom,
            &self.stats,
            &self.removed,
            ctx,
            true,
            self.declared.thread,
        );
        builder.add(main.unwrap_or(root));
        builder.blocks
    }
}

/// An article reading that keeps less than this share of the readable text, on a page with
/// little prose, gives way to the broad reading.
const BROAD_SHARE: f32 = 0.4;
/// The same share for a page whose structured data or Open Graph type is not an article.
const BROAD_SHARE_TYPED: f32 = 0.7;
/// An article reading shorter than this share of the broad reading gives way to it …
const BROAD_KEEP: f32 = 0.7;
/// … unless it holds this many bytes of long paragraphs: a story.
const PARTIAL_MAX_PROSE: usize = 300;
/// On a page neither dated nor signed, an article reading shorter than this share of the
/// broad reading gives way to it …
const UNSIGNED_KEEP: f32 = 0.8;
/// … unless at least this share of it is long paragraphs that the broad reading does not add
/// to.
const STORY_SHARE: f32 = 0.9;
/// An article reading shorter than [`SHORT_RESULT`] gives way to a broad reading this many
/// times as long, on any page.
const SCRAP_TIMES: usize = 10;
/// Pages with more prose than this (characters) are read as articles (unless typed otherwise).
const BROAD_MAX_PROSE: u32 = 4000;

/// Extracts the main content of `dom`.
pub fn extract(dom: &Dom, ctx: &Context) -> Content {
    let root = dom.body().unwrap_or_else(|| dom.root());
    let order = stats::walk(dom, root, |_| false);
    let full = Stats::compute(dom, &order);
    let declared = Declared::of(ctx);
    let thread = declared.thread;
    let strict = Pass::new(dom, root, &order, &full, Strictness::Strict, declared);
    let mut blocks = strict.article(dom, root, ctx, &full);
    if text_len(&blocks) < SHORT_RESULT {
        let lenient = Pass::new(dom, root, &order, &full, Strictness::Lenient, declared);
        let other = lenient.article(dom, root, ctx, &full);
        if text_len(&other) > text_len(&blocks) * 2 {
            blocks = other;
        }
    }
    let readable = strict.stats.text[root.index()] as f32;
    let share = text_len(&blocks) as f32 / readable.max(1.0);
    // A page that names itself something other than an article (a product, a web page, a
    // service) gives way to the broad reading more readily.
    let typed_other = ctx.declares_specific_type()
        || ctx
            .og_type
            .is_some_and(|t| t.eq_ignore_ascii_case("product"));
    let thin = !thread
        && ((strict.stats.prose[root.index()] < BROAD_MAX_PROSE && share < BROAD_SHARE)
            || (typed_other && share < BROAD_SHARE_TYPED));
    // An article reading without a story's long paragraphs, on a page that calls itself
    // neither an article nor a discussion thread, may be one block of a page made of many
    // (a listing, a shop, a hub): it gives way when the broad reading is much longer.
    let maybe_partial = !thread
        && ctx.og_type != Some("article")
        && page_type::long_prose(&blocks) < PARTIAL_MAX_PROSE;
    let wants_broad = !declared.article && (thin || declared.listing || maybe_partial);
    // A page that is neither a thread nor dated or signed (as stories are) may turn out to be
    // cut into sections, boxes or items of which the article reading kept one or a few.
    let unsigned = !thread && !ctx.dated_or_signed;
    // An article reading of a line or two (a caption, a note above a table) is not what a page
    // is about when the rest of it holds many times as much, whatever the page declares.
    let scrap = text_len(&blocks) < SHORT_RESULT;
    let front = !thread && ctx.is_front_page();
    if wants_broad || unsigned || scrap || front {
        let broad = strict.broad(dom, root, ctx);
        let (narrow_len, broad_len) = (text_len(&blocks), text_len(&broad));
        let short = (narrow_len as f32) < broad_len as f32 * BROAD_KEEP;
        let partial = maybe_partial && short;
        // It is one part when the broad reading is much longer, unless the article reading is
        // all long paragraphs (an undated story) and the rest of the page adds none of its own
        // (data boxes, tickers, captions).
        let (narrow_story, broad_story) = (
            page_type::long_prose(&blocks),
            page_type::long_prose(&broad),
        );
        let all_story = narrow_story as f32 >= narrow_len as f32 * STORY_SHARE;
        let one_part = unsigned
            && (narrow_len as f32) < broad_len as f32 * UNSIGNED_KEEP
            && (!all_story || broad_story > narrow_story);
        // Or it is one section of a page cut into many headed ones (checked only when it kept
        // under BROAD_KEEP of the readable text).
        let one_section = unsigned
            && share < BROAD_KEEP
            && short
            && one_section_of_many(&blocks, &broad, strict.plain_headings(dom));
        let swamped = scrap && broad_len >= narrow_len * SCRAP_TIMES;
        let broad_wins = (wants_broad && (thin || partial || declared.listing))
            || one_part
            || one_section
            || swamped
            || front;
        if broad_wins && broad_len > narrow_len {
            blocks = broad;
        }
    }
    if text_len(&blocks) == 0 {
        // Nothing readable survived the chrome filter: keep the page's text rather than nothing.
        let lenient = Pass::new(dom, root, &order, &full, Strictness::Lenient, declared);
        blocks = lenient.broad(dom, root, ctx);
    }
    repeats::drop_repeated_runs(&mut blocks);
    let page_type = page_type::classify(ctx, declared, &full, root, &blocks);
    Content {
        blocks,
        page_type: Some(page_type),
    }
}

/// A page of sections: its broad reading holds at least this many more headings than the
/// article reading.
const SECTION_HEADINGS: usize = 5;

/// True when the article reading looks like one section of a page cut into many: the broad
/// reading holds at least [`SECTION_HEADINGS`] more headings, and at least twice as many.
/// Service pages, guides and lists put each part under its own heading in its own box, and
/// the best-scoring box is only one of them. Only `plain` headings count for the broad
/// reading: linked ones title teasers of other pages.
fn one_section_of_many(narrow: &[Block], broad: &[Block], plain: usize) -> bool {
    let headings = |b: &[Block]| {
        b.iter()
            .filter(|x| matches!(x, Block::Heading { .. }))
            .count()
    };
    let (n, b) = (headings(narrow), headings(broad).min(plain));
    b >= n + SECTION_HEADINGS && b >= 2 * n
}

fn text_len(blocks: &[Block]) -> usize {
    blocks.iter().map(Block::plain_len).sum()
}

#[cfg(test)]
mod tests {
    use super::Context;

    fn at(address: &str) -> bool {
        let url = url::Url::parse(address).unwrap_or_else(|e| panic!("{address}: {e}"));
        Context {
            base: Some(&url),
            ..Context::default()
        }
        .declares_thread()
    }

    #[test]
    fn forum_engines_thread_scripts_declare_a_thread() {
        assert!(at("https://forums.example.org/viewtopic.php?t=361697"));
        assert!(at("https://www.example.com/showthread.php?t=1930933"));
        assert!(at(
            "https://old.example.com/r/science/comments/1rku5x9/hair_follicles/"
        ));
        assert!(at("https://open.example.com/discussion/39620/open-source"));
        assert!(!at("https://news.example.com/2024/05/city-council-budget"));
    }

    fn front(address: &str) -> bool {
        let url = url::Url::parse(address).unwrap_or_else(|e| panic!("{address}: {e}"));
        Context {
            base: Some(&url),
            ..Context::default()
        }
        .is_front_page()
    }

    #[test]
    fn a_front_page_is_the_root_without_a_query_but_a_trackers() {
        assert!(front("https://blog.example.org/"));
        assert!(front(
            "https://shop.example.com/?srsltid=AfmBOo1&utm_source=x"
        ));
        assert!(!front("http://archive.example.de/?p=2895"));
        assert!(!front("https://blog.example.org/2024/05/spring-notes/"));
    }
}
