//! One walk over the untouched tree that gathers every piece of metadata evidence.
//!
//! Nothing is decided here: the walk only records what the page says and where it says it
//! (inside the article or header, or in a sidebar, navigation or comments), and the readers
//! in the other modules weigh it.

use std::borrow::Cow;
use std::sync::LazyLock;

use copydesk_parse::{Dom, Element, LocalName, NodeData, NodeId, local_name};

use crate::dates;
use crate::text::{bounded_raw, bounded_text, contains_ci};

/// Candidates kept per kind: enough to find the article's own among a few decoys.
const MAX_CANDIDATES: usize = 12;
/// Longest visible byline text read, in bytes.
const MAX_BYLINE: usize = 200;
/// Longest visible date text read, in bytes.
const MAX_DATE: usize = 100;
/// Longest heading text read, in bytes.
const MAX_HEADING: usize = 600;
/// Date lines kept: enough to reach the article's head past a navigation full of dates.
const MAX_DATE_LINES: usize = 40;
/// Longest text node read as a date line, in bytes.
const MAX_DATE_LINE: usize = 300;
/// `<h1>` elements kept: a page has one, a few more are decoys (logo, section names).
const MAX_H1: usize = 6;
/// A paragraph this long (bytes) is prose: headings after it stand inside the text.
const PROSE: usize = 120;
/// `<h2>` elements kept, for pages without an `<h1>`.
const MAX_H2: usize = 4;
/// Loose dates kept for the last-resort vote.
const MAX_LOOSE: usize = 64;
/// Bytes of a text read for the last-resort vote.
const MAX_LOOSE_SCAN: usize = 400;
/// Texts and links tried for the last-resort vote: footers full of numbers cost no more.
const MAX_LOOSE_TRIES: u32 = 256;

/// One `<meta>` tag: the name it was given (`property`, `name`, `itemprop` or `http-equiv`)
/// and its `content`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MetaTag<'a> {
    pub(crate) key: &'a str,
    pub(crate) value: &'a str,
}

/// A microdata property read from a visible element (not a `<meta>`).
#[derive(Debug, Clone)]
pub(crate) struct ItemProp<'a> {
    /// The property, prefixed by its scope when it sits inside an author or publisher item:
    /// `author.name`, `publisher.name`.
    pub(crate) key: &'a str,
    pub(crate) value: Cow<'a, str>,
    /// Where it stood in document order.
    pub(crate) pos: u32,
}

/// A heading (`<h1>`, or an `<h2>` that may stand in for a missing one) and where it stood.
#[derive(Debug, Clone)]
pub(crate) struct Heading {
    /// The text, without a kicker or screen-reader label inside the heading.
    pub(crate) text: String,
    /// 1 or 2.
    pub(crate) level: u8,
    /// Inside `<article>`, `<main>` or an article-classed container.
    pub(crate) in_article: bool,
    /// Inside a `<header>` that is not an article's: the page's masthead.
    pub(crate) in_masthead: bool,
    /// Inside a link, or classed as a logo or brand: the site's name, not a headline.
    pub(crate) logo: bool,
    /// Inside page chrome (navigation, sidebar, footer, widget): only credible when it
    /// names the same story as the title.
    pub(crate) chrome: bool,
    /// A paragraph of prose came before it: a heading inside the text, not above it.
    pub(crate) after_prose: bool,
    /// The text split where the heading's first part ends, when that part is an element
    /// of its own (or a line before a `<br>`): a kicker and the headline, or a headline
    /// and a subtitle glued after it.
    pub(crate) parts: Option<(String, String)>,
}

/// A date shown on the page: from `<time>`, an element classed like a date, or a short line
/// of text that holds a date.
#[derive(Debug, Clone)]
pub(crate) struct VisibleDate<'a> {
    pub(crate) value: Cow<'a, str>,
    /// Higher is more likely the article's own date.
    pub(crate) score: i32,
    /// Classed, marked or worded as a modification date.
    pub(crate) modified: bool,
    /// Where it stood in document order (elements and texts counted), to measure how far it
    /// is from the headline.
    pub(crate) pos: u32,
}

/// A date seen somewhere on the page, with the weight of its vote.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LooseDate {
    pub(crate) date: dates::Date,
    /// 3 for a script's publication date, 2 for a date marked as one (`<time>`, a date
    /// property), 1 for one in text or a link.
    pub(crate) weight: u8,
    /// Where it stood in document order.
    pub(crate) pos: u32,
}

/// A visible byline candidate.
#[derive(Debug, Clone)]
pub(crate) struct Byline {
    pub(crate) text: String,
    /// Higher is more likely the article's own byline.
    pub(crate) score: i32,
    /// Found by its opening words ("By …", "Von …", "Text: …") rather than by markup: its
    /// names must look like names.
    pub(crate) by_lead: bool,
}

/// A microdata item type (`itemscope itemtype=…`) and whether it is a top-level item.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ItemType<'a> {
    pub(crate) url: &'a str,
    pub(crate) top_level: bool,
}

/// Everything the walk found.
#[derive(Debug, Default)]
pub(crate) struct Evidence<'a> {
    pub(crate) metas: Vec<MetaTag<'a>>,
    pub(crate) item_props: Vec<ItemProp<'a>>,
    pub(crate) item_types: Vec<ItemType<'a>>,
    pub(crate) jsonld: Vec<&'a str>,
    pub(crate) title: Option<String>,
    pub(crate) headings: Vec<Heading>,
    pub(crate) subheadline: Option<String>,
    pub(crate) html_lang: Option<&'a str>,
    pub(crate) canonical: Option<&'a str>,
    pub(crate) base_href: Option<&'a str>,
    pub(crate) image_src: Option<&'a str>,
    pub(crate) dates: Vec<VisibleDate<'a>>,
    /// Lines of text holding a date (or a relative date), outside page chrome.
    pub(crate) date_lines: Vec<VisibleDate<'a>>,
    /// Where the first `<h1>` outside page chrome and the site's logo stood, in document
    /// order.
    pub(crate) h1_pos: Option<u32>,
    /// Where the first `<h2>` outside page chrome and the site's logo stood: the headline's
    /// place on pages without an `<h1>`.
    pub(crate) h2_pos: Option<u32>,
    pub(crate) bylines: Vec<Byline>,
    /// Dates seen anywhere outside the head, page chrome included, and in link targets:
    /// the ballot of the last-resort vote when nothing marks the article's date.
    pub(crate) loose: Vec<LooseDate>,
    /// Document-order counter of the walk.
    pos: u32,
    /// Keep relative date lines.
    relative: bool,
    /// A paragraph of prose has been seen outside page chrome.
    prose_seen: bool,
    /// Texts and links tried for the loose ballot so far.
    loose_tries: u32,
}

/// Where the walk is: bits inherited from the ancestors.
mod ctx {
    pub(super) const HEAD: u16 = 1;
    pub(super) const ARTICLE: u16 = 1 << 1;
    pub(super) const CHROME: u16 = 1 << 2;
    pub(super) const AUTHOR_ITEM: u16 = 1 << 3;
    pub(super) const PUBLISHER_ITEM: u16 = 1 << 4;
    pub(super) const HEADER: u16 = 1 << 5;
    pub(super) const LINK: u16 = 1 << 6;
    /// The page chrome around comes only from a class naming a sidebar, which layout
    /// wrappers carry too (`has-sidebar`, `one-sidebar`): the article inside lifts it.
    pub(super) const SIDEBAR: u16 = 1 << 7;
    pub(super) const HEADLINE: u16 = 1 << 8;
    /// Inside an element classed as the site's logo or brand.
    pub(super) const LOGO: u16 = 1 << 9;
}

/// What a `class`/`id` says, as bits.
mod hint {
    pub(super) const AUTHOR: u32 = 1;
    pub(super) const BYLINE: u32 = 1 << 1;
    pub(super) const CHROME: u32 = 1 << 2;
    pub(super) const SUBHEAD: u32 = 1 << 3;
    pub(super) const DATE: u32 = 1 << 4;
    pub(super) const PUBLISHED: u32 = 1 << 5;
    pub(super) const UPDATED: u32 = 1 << 6;
    pub(super) const NOT_NAME: u32 = 1 << 7;
    pub(super) const ARTICLE: u32 = 1 << 8;
    pub(super) const FOOTER: u32 = 1 << 9;
    pub(super) const LOGO: u32 = 1 << 10;
    pub(super) const HIDDEN: u32 = 1 << 11;
    pub(super) const HEADLINE: u32 = 1 << 12;
    pub(super) const KICKER: u32 = 1 << 13;
    /// A sidebar, or a layout wrapper that holds one: chrome unless the article is inside.
    pub(super) const SIDEBAR: u32 = 1 << 14;
}

/// Class/id fragments and the hint each one gives. Matched case-insensitively where a word
/// starts: after a non-letter or at a lower-to-upper case change (`post-author`,
/// `article__byline`, `ArticleByline`).
const HINTS: &[(&str, u32)] = &[
    ("author", hint::AUTHOR),
    ("autor", hint::AUTHOR),
    ("auteur", hint::AUTHOR),
    ("writer", hint::AUTHOR),
    ("contributor", hint::AUTHOR),
    ("byline", hint::BYLINE),
    ("by-line", hint::BYLINE),
    ("sidebar", hint::SIDEBAR),
    ("related", hint::CHROME),
    ("comment", hint::CHROME),
    ("footer", hint::FOOTER),
    ("recommend", hint::CHROME),
    ("popular", hint::CHROME),
    ("trending", hint::CHROME),
    ("most-read", hint::CHROME),
    ("teaser", hint::CHROME),
    ("subhead", hint::SUBHEAD),
    ("sub-head", hint::SUBHEAD),
    ("subtitle", hint::SUBHEAD),
    ("sub-title", hint::SUBHEAD),
    ("standfirst", hint::SUBHEAD),
    ("date", hint::DATE),
    ("pubdate", hint::PUBLISHED),
    ("time", hint::DATE),
    ("publish", hint::PUBLISHED),
    ("posted", hint::PUBLISHED),
    ("update", hint::UPDATED),
    ("modif", hint::UPDATED),
    ("avatar", hint::NOT_NAME),
    ("image", hint::NOT_NAME),
    ("photo", hint::NOT_NAME),
    ("bio", hint::NOT_NAME),
    ("desc", hint::NOT_NAME),
    ("about", hint::NOT_NAME),
    ("authors-list", hint::NOT_NAME),
    ("article", hint::ARTICLE),
    ("entry", hint::ARTICLE),
    ("post-", hint::ARTICLE),
    ("story", hint::ARTICLE),
    ("logo", hint::LOGO),
    ("brand", hint::LOGO),
    ("site-title", hint::LOGO),
    ("site-name", hint::LOGO),
    ("sitename", hint::LOGO),
    ("sitetitle", hint::LOGO),
    ("sr-only", hint::HIDDEN),
    ("visually-hidden", hint::HIDDEN),
    ("visuallyhidden", hint::HIDDEN),
    ("screen-reader", hint::HIDDEN),
    ("aural", hint::HIDDEN),
    ("title", hint::HEADLINE),
    ("headline", hint::HEADLINE),
    ("kicker", hint::KICKER),
    ("dachzeile", hint::KICKER),
    ("roofline", hint::KICKER),
    ("overline", hint::KICKER),
    ("topline", hint::KICKER),
    ("toptitle", hint::KICKER),
    ("eyebrow", hint::KICKER),
    ("label", hint::KICKER),
];

const _: () = assert!(HINTS.len() <= 64, "hint sets are u64 bit masks");

/// Index of a letter in the two-letter table; 26 stands for anything else.
fn letter(b: u8) -> usize {
    let l = b.to_ascii_lowercase();
    if l.is_ascii_lowercase() {
        usize::from(l - b'a')
    } else {
        26
    }
}

/// For each pair of leading bytes (as [`letter`] indices), the set of [`HINTS`] that start
/// with them, as bits of a `u64`.
static HINTS_BY_PREFIX: LazyLock<[u64; 27 * 27]> = LazyLock::new(|| {
    let mut table = [0u64; 27 * 27];
    for (i, (pattern, _)) in HINTS.iter().enumerate() {
        if let [a, b, ..] = pattern.as_bytes() {
            table[letter(*a) * 27 + letter(*b)] |= 1 << i;
        }
    }
    table
});

/// Longest `class` or `id` value scanned, in bytes (utility-class soups go on for kilobytes).
const MAX_HINT_SCAN: usize = 256;

/// The hints a `class` and `id` give: one pass over their bytes, trying at each word start
/// only the fragments that begin with the two bytes there.
fn hints_of(class: &str, id: &str) -> u32 {
    let table = &*HINTS_BY_PREFIX;
    let mut bits = 0;
    for s in [class.as_bytes(), id.as_bytes()] {
        let s = &s[..s.len().min(MAX_HINT_SCAN)];
        let mut prev = b' ';
        let mut skip_to_space = false;
        for (i, &b) in s.iter().enumerate() {
            if b.is_ascii_whitespace() {
                skip_to_space = false;
            } else if prev.is_ascii_whitespace() && is_taxonomy_class(&s[i..]) {
                skip_to_space = true;
            }
            let word_start = !prev.is_ascii_alphanumeric()
                || (prev.is_ascii_lowercase() && b.is_ascii_uppercase());
            prev = b;
            if skip_to_space {
                continue;
            }
            if !word_start || !b.is_ascii_alphabetic() || i + 1 >= s.len() {
                continue;
            }
            let mut candidates = table[letter(b) * 27 + letter(s[i + 1])];
            while candidates != 0 {
                let k = candidates.trailing_zeros() as usize;
                candidates &= candidates - 1;
                let (pattern, bit) = HINTS[k];
                let p = pattern.as_bytes();
                if s.len() - i >= p.len() && s[i..i + p.len()].eq_ignore_ascii_case(p) {
                    bits |= bit;
                }
            }
        }
    }
    bits
}

/// True when a class token names a topic (`category-popular`, `tag-comments`), as blog
/// engines add to every post: it says nothing about the part of the page.
fn is_taxonomy_class(token: &[u8]) -> bool {
    [b"category-".as_slice(), b"tag-", b"category_", b"tag_"]
        .iter()
        .any(|p| token.len() >= p.len() && token[..p.len()].eq_ignore_ascii_case(p))
}

/// Elements whose `class`/`id` can mark a byline, a date, a subheadline or page chrome.
fn carries_hints(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("div")
            | local_name!("section")
            | local_name!("span")
            | local_name!("p")
            | local_name!("a")
            | local_name!("ul")
            | local_name!("ol")
            | local_name!("li")
            | local_name!("aside")
            | local_name!("header")
            | local_name!("footer")
            | local_name!("address")
            | local_name!("abbr")
            | local_name!("time")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("small")
            | local_name!("strong")
            | local_name!("b")
            | local_name!("em")
            | local_name!("i")
            | local_name!("cite")
            | local_name!("dt")
            | local_name!("dd")
            | local_name!("td")
            | local_name!("form")
    )
}

/// The attributes every body element is checked for, read in one pass over its attributes.
#[derive(Default)]
struct Common<'a> {
    class: &'a str,
    id: &'a str,
    itemprop: Option<&'a str>,
    itemscope: bool,
    itemtype: Option<&'a str>,
    rel: Option<&'a str>,
    datetime: Option<&'a str>,
    /// `data-testid`, which some sites use instead of classes ("prism-byline").
    testid: &'a str,
}

fn common(el: &Element) -> Common<'_> {
    let mut c = Common::default();
    for a in &el.attrs {
        match a.name {
            local_name!("class") => c.class = &a.value,
            local_name!("id") => c.id = &a.value,
            local_name!("itemprop") => c.itemprop = Some(&a.value),
            local_name!("itemscope") => c.itemscope = true,
            local_name!("itemtype") => c.itemtype = Some(&a.value),
            local_name!("rel") => c.rel = Some(&a.value),
            local_name!("datetime") => c.datetime = Some(&a.value),
            _ if &*a.name == "data-testid" => c.testid = &a.value,
            _ => {}
        }
    }
    c
}

/// Walks `dom` once and returns what it found; `relative` also keeps lines holding a
/// relative date ("2 hours ago"), worth reading only when the fetch time is known.
pub(crate) fn collect(dom: &Dom, relative: bool) -> Evidence<'_> {
    let mut ev = Evidence {
        relative,
        ..Evidence::default()
    };
    let root = dom.root();
    let mut stack: Vec<u16> = Vec::with_capacity(64);
    let mut flags: u16 = 0;
    let mut cur = dom.first_child(root);
    while let Some(n) = cur {
        let mut child_flags = flags;
        ev.pos += 1;
        let descend = match dom.element(n) {
            Some(el) => ev.visit(dom, n, el, flags, &mut child_flags),
            None => {
                if flags & ctx::HEAD == 0
                    && let Some(t) = dom.text(n)
                {
                    if flags & ctx::CHROME == 0 {
                        ev.date_line(t, flags);
                        ev.text_lead(dom, n, t, flags);
                    } else {
                        ev.loose_text(t);
                    }
                }
                false
            }
        };
        if descend && let Some(c) = dom.first_child(n) {
            stack.push(flags);
            flags = child_flags;
            cur = Some(c);
            continue;
        }
        let mut m = n;
        cur = loop {
            if let Some(s) = dom.next_sibling(m) {
                break Some(s);
            }
            match dom.parent(m) {
                Some(p) if p != root => {
                    m = p;
                    flags = stack.pop().unwrap_or(0);
                }
                _ => break None,
            }
        };
    }
    ev
}

impl<'a> Evidence<'a> {
    /// Records what element `n` says; returns whether to walk into its children.
    fn visit(
        &mut self,
        dom: &'a Dom,
        n: NodeId,
        el: &'a Element,
        flags: u16,
        child: &mut u16,
    ) -> bool {
        let name = el.name();
        match *name {
            local_name!("script") => {
                if el
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
                    && let Some(t) = dom.first_child(n).and_then(|c| dom.text(c))
                {
                    self.jsonld.push(t);
                } else if let Some(t) = dom.first_child(n).and_then(|c| dom.text(c)) {
                    // What the parse pre-pass kept of an app-state script: its publication date.
                    self.loose(dates::parse(t), 3);
                }
                return false;
            }
            local_name!("style")
            | local_name!("template")
            | local_name!("svg")
            | local_name!("iframe")
            | local_name!("select") => return false,
            local_name!("html") => {
                self.html_lang = el.attr("lang").or_else(|| el.attr("xml:lang"));
            }
            local_name!("head") => *child |= ctx::HEAD,
            local_name!("meta") => {
                self.meta(el, flags);
                return false;
            }
            local_name!("link") => {
                self.link(el);
                return false;
            }
            local_name!("base") => {
                if self.base_href.is_none() {
                    self.base_href = el.attr("href");
                }
                return false;
            }
            local_name!("title") => {
                if self.title.is_none() {
                    self.title = bounded_text(dom, n, MAX_HEADING);
                }
                return false;
            }
            local_name!("article") | local_name!("main") => *child |= ctx::ARTICLE,
            local_name!("header") => *child |= ctx::HEADER,
            // An aside inside the article holds its meta line (date, author) as often as a
            // box of links; one outside it is a sidebar.
            local_name!("aside") if flags & ctx::ARTICLE != 0 => {}
            local_name!("footer") if flags & ctx::ARTICLE != 0 => {}
            local_name!("a") => *child |= ctx::LINK,
            local_name!("aside") | local_name!("nav") | local_name!("footer") => {
                *child = (*child | ctx::CHROME) & !ctx::SIDEBAR;
            }
            _ => {}
        }
        // Inside the head only the tags above matter; inside page chrome (navigation,
        // sidebars, comments) nothing but JSON-LD, meta tags and headings is taken (a
        // heading there counts only when it agrees with the title), and the dates its
        // elements carry go to the last-resort vote.
        if flags & ctx::HEAD != 0 {
            return true;
        }
        if !el.attrs.is_empty() {
            self.loose_attrs(el, flags & ctx::CHROME != 0);
        }
        if flags & ctx::CHROME != 0 {
            // The article's own item is no chrome, even inside a container classed like a
            // widget (blog platforms wrap the post list in one); nor is the article inside a
            // layout wrapper classed for its sidebar.
            let lifted = el.attr("itemtype").is_some_and(is_article_type)
                || (*child & ctx::SIDEBAR != 0 && leaves_sidebar(el, child));
            if lifted {
                *child &= !(ctx::CHROME | ctx::SIDEBAR);
                *child |= ctx::ARTICLE;
            } else if matches!(*name, local_name!("h1") | local_name!("h2")) {
                let hints = hints_of(el.class(), el.id());
                self.heading(dom, n, flags, hints);
                return false;
            }
            return true;
        }
        let attrs = common(el);
        let hints = if (attrs.class.is_empty() && attrs.id.is_empty() && attrs.testid.is_empty())
            || !carries_hints(name)
        {
            0
        } else {
            hints_of(attrs.class, attrs.id) | hints_of(attrs.testid, "")
        };
        // What stands right under the headline is the article's head (its byline, its
        // date), whatever a class shared with the site's teasers calls it.
        let chrome_class = hints & hint::CHROME != 0 && !follows_headline(dom, n);
        // A footer is page chrome, except the article's own ("post-footer", "entry-footer"),
        // which often carries the byline.
        if chrome_class || (hints & (hint::FOOTER | hint::ARTICLE) == hint::FOOTER) {
            *child = (*child | ctx::CHROME) & !ctx::SIDEBAR;
        } else if hints & hint::SIDEBAR != 0 {
            *child |= ctx::CHROME | ctx::SIDEBAR;
        }
        if hints & hint::ARTICLE != 0
            && matches!(*name, local_name!("div") | local_name!("section"))
        {
            *child |= ctx::ARTICLE;
        }
        if hints & hint::LOGO != 0 {
            *child |= ctx::LOGO;
        }
        let in_chrome = (flags | *child) & ctx::CHROME != 0;
        if attrs.itemscope
            && let Some(t) = attrs.itemtype
        {
            if self.item_types.len() < MAX_CANDIDATES {
                self.item_types.push(ItemType {
                    url: t,
                    top_level: attrs.itemprop.is_none(),
                });
            }
            if is_article_type(t) {
                *child |= ctx::ARTICLE;
            }
        }
        if let Some(prop) = attrs.itemprop {
            self.item_prop(dom, n, el, prop, flags, child);
        }
        let place = if flags & ctx::HEADLINE != 0 {
            4
        } else if flags & (ctx::ARTICLE | ctx::HEADER) != 0 {
            2
        } else {
            0
        };
        match *name {
            local_name!("h1") | local_name!("h2") => {
                // A masthead's `<h1>` around the logo is no headline: dates near it are the
                // site's ("Tuesday, 8 December"), not the article's.
                if !in_chrome && (flags | *child) & ctx::LOGO == 0 {
                    if *name == local_name!("h1") {
                        self.h1_pos.get_or_insert(self.pos);
                    } else {
                        self.h2_pos.get_or_insert(self.pos);
                    }
                }
                self.heading(dom, n, flags | *child, hints);
                // Walked into: a blog's date header (`<h2>`) and a date set inside the
                // headline are read from the heading's text.
                if *name == local_name!("h1") {
                    *child |= ctx::HEADLINE;
                }
                return true;
            }
            local_name!("time") => {
                if in_chrome || self.dates.len() >= MAX_CANDIDATES {
                    return false;
                }
                let value = attrs
                    .datetime
                    .map(Cow::Borrowed)
                    .or_else(|| bounded_text(dom, n, MAX_DATE).map(Cow::Owned));
                if let Some(value) = value {
                    let marked = el.attr("pubdate").is_some() || hints & hint::PUBLISHED != 0;
                    self.add_date(value, place + 1 + i32::from(marked), hints);
                }
                return false;
            }
            local_name!("a") if attrs.rel.is_some_and(is_author_rel) => {
                if !in_chrome && let Some(text) = bounded_text(dom, n, MAX_BYLINE) {
                    self.add_byline(text, place + 3, false);
                }
                return false;
            }
            local_name!("img") | local_name!("picture") | local_name!("input") => return false,
            local_name!("address") if !in_chrome && hints & hint::NOT_NAME == 0 => {
                if let Some(text) = bounded_text(dom, n, MAX_BYLINE) {
                    self.add_byline(text, place + 1, false);
                }
                return false;
            }
            _ if !in_chrome && &**name == "byline" => {
                if let Some(text) = bounded_text(dom, n, MAX_BYLINE) {
                    self.add_byline(text, place + 2, false);
                }
                return false;
            }
            local_name!("p") if !self.prose_seen && !in_chrome => {
                self.prose_seen =
                    bounded_text(dom, n, MAX_HEADING).is_some_and(|t| t.len() >= PROSE);
            }
            _ => {}
        }
        if in_chrome {
            return true;
        }
        if hints & (hint::AUTHOR | hint::BYLINE) != 0 && hints & hint::NOT_NAME == 0 {
            if self.bylines.len() < MAX_CANDIDATES
                && let Some(text) = bounded_text(dom, n, MAX_BYLINE)
            {
                let base = if hints & hint::AUTHOR != 0 { 2 } else { 1 };
                self.add_byline(text, place + base, false);
            }
        } else if hints & (hint::DATE | hint::PUBLISHED) != 0 && self.dates.len() < MAX_CANDIDATES {
            let value = el
                .attr("title")
                .filter(|t| t.bytes().any(|b| b.is_ascii_digit()))
                .map(Cow::Borrowed)
                .or_else(|| bounded_text(dom, n, MAX_DATE).map(Cow::Owned));
            if let Some(value) = value {
                self.add_date(
                    value,
                    place + i32::from(hints & hint::PUBLISHED != 0),
                    hints,
                );
            }
        } else if hints & hint::SUBHEAD != 0
            && self.subheadline.is_none()
            && flags & ctx::ARTICLE != 0
            && matches!(
                *name,
                local_name!("h2") | local_name!("p") | local_name!("div") | local_name!("span")
            )
        {
            self.subheadline = bounded_text(dom, n, MAX_HEADING);
        }
        true
    }

    /// Records an `<h1>` or `<h2>` with where it stands (`flags`, its own included) and what
    /// its class says (`hints`); a few of each level and place are kept.
    fn heading(&mut self, dom: &Dom, n: NodeId, flags: u16, hints: u32) {
        if hints & hint::HIDDEN != 0 || dom.element(n).is_some_and(is_hidden) {
            return;
        }
        let level = if dom.tag(n) == Some(&local_name!("h1")) {
            1
        } else {
            2
        };
        let wanted = if level == 1 { MAX_H1 } else { MAX_H2 };
        let chrome = flags & ctx::CHROME != 0;
        let kept = self
            .headings
            .iter()
            .filter(|h| h.level == level && h.chrome == chrome)
            .count();
        if kept >= wanted {
            return;
        }
        let Some(text) = heading_text(dom, n) else {
            return;
        };
        let parts = heading_parts(dom, n, &text);
        let in_article = flags & ctx::ARTICLE != 0;
        let logo = hints & hint::LOGO != 0 || flags & ctx::LINK != 0 || names_home(dom, n, &text);
        self.headings.push(Heading {
            text,
            level,
            in_article,
            in_masthead: flags & ctx::HEADER != 0 && !in_article,
            logo,
            chrome,
            after_prose: self.prose_seen,
            parts,
        });
    }

    fn meta(&mut self, el: &'a Element, flags: u16) {
        let Some(value) = el.attr("content") else {
            return;
        };
        for attr in ["property", "name", "itemprop", "http-equiv"] {
            let Some(keys) = el.attr(attr) else { continue };
            for key in keys.split_ascii_whitespace() {
                let key = if attr == "itemprop" {
                    scoped_key(key, flags)
                } else {
                    key
                };
                self.metas.push(MetaTag { key, value });
            }
        }
    }

    fn link(&mut self, el: &'a Element) {
        let (Some(rel), Some(href)) = (el.attr("rel"), el.attr("href")) else {
            return;
        };
        self.loose_link(href);
        for r in rel.split_ascii_whitespace() {
            if r.eq_ignore_ascii_case("canonical") && self.canonical.is_none() {
                self.canonical = Some(href);
            } else if r.eq_ignore_ascii_case("image_src") && self.image_src.is_none() {
                self.image_src = Some(href);
            }
        }
        if let Some(prop) = el.attr("itemprop") {
            self.item_props.push(ItemProp {
                key: prop,
                value: Cow::Borrowed(href),
                pos: self.pos,
            });
        }
    }

    fn item_prop(
        &mut self,
        dom: &'a Dom,
        n: NodeId,
        el: &'a Element,
        prop: &'a str,
        flags: u16,
        child: &mut u16,
    ) {
        for key in prop.split_ascii_whitespace() {
            if key.eq_ignore_ascii_case("author") || key.eq_ignore_ascii_case("creator") {
                *child |= ctx::AUTHOR_ITEM;
            } else if key.eq_ignore_ascii_case("publisher") {
                *child |= ctx::PUBLISHER_ITEM;
            }
        }
        if self.item_props.len() >= 4 * MAX_CANDIDATES || flags & ctx::CHROME != 0 {
            return;
        }
        let key = scoped_key(prop.split_ascii_whitespace().next().unwrap_or(prop), flags);
        if !is_wanted_prop(key) {
            return;
        }
        let attr_value = el
            .attr("content")
            .or_else(|| el.attr("datetime"))
            .or_else(|| match *el.name() {
                local_name!("img") => el.attr("src"),
                local_name!("a") => el.attr("href").filter(|_| key.eq_ignore_ascii_case("url")),
                _ => None,
            });
        let value = match attr_value {
            Some(v) => Cow::Borrowed(v),
            None => match bounded_text(dom, n, MAX_HEADING) {
                Some(t) => Cow::Owned(t),
                None => return,
            },
        };
        self.item_props.push(ItemProp {
            key,
            value,
            pos: self.pos,
        });
    }

    fn add_date(&mut self, value: Cow<'a, str>, score: i32, hints: u32) {
        if self.dates.len() < MAX_CANDIDATES && value.bytes().any(|b| b.is_ascii_digit()) {
            let modified = (hints & hint::UPDATED != 0 && hints & hint::PUBLISHED == 0)
                || (value.len() <= MAX_DATE && wording(&value).modified);
            self.dates.push(VisibleDate {
                value,
                score,
                modified,
                pos: self.pos,
            });
        }
    }

    /// Keeps a text node that holds a date: a short line ("25.10.2024", "Veröffentlicht am
    /// 25. Oktober 2024", "2 hours ago"), or a longer one that says it is a publication or
    /// update date. Copyright lines and comment stamps are left out.
    fn date_line(&mut self, text: &'a str, flags: u16) {
        let t = text.trim();
        if self.date_lines.len() >= MAX_DATE_LINES || t.len() > MAX_DATE_LINE {
            self.loose_text(t);
            return;
        }
        if t.len() < 4 {
            return;
        }
        let short = t.len() <= 60;
        let dated = dates::may_hold_date(t);
        let relative = || self.relative && short && dates::looks_relative(t);
        if !dated && !relative() {
            return;
        }
        let found = if dated { dates::find(t) } else { None };
        if found.is_none() && !relative() {
            return;
        }
        let words = wording(t);
        if !(short || words.published || words.modified) || words.other {
            self.loose(found, 1);
            return;
        }
        let place = if flags & (ctx::ARTICLE | ctx::HEADER) != 0 {
            2
        } else {
            0
        };
        self.date_lines.push(VisibleDate {
            value: Cow::Borrowed(t),
            score: place + if words.published { 2 } else { 0 },
            modified: words.modified,
            pos: self.pos,
        });
    }

    /// Adds a date to the last-resort ballot.
    fn loose(&mut self, date: Option<dates::Date>, weight: u8) {
        if let Some(date) = date
            && self.loose.len() < MAX_LOOSE
        {
            self.loose.push(LooseDate {
                date,
                weight,
                pos: self.pos,
            });
        }
    }

    /// A text in page chrome that holds a date (a teaser's, a comment's, a footer stamp), or
    /// a paragraph that starts with one; only its first [`MAX_LOOSE_SCAN`] bytes are read.
    fn loose_text(&mut self, text: &str) {
        let mut end = text.len().min(MAX_LOOSE_SCAN);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let t = text[..end].trim();
        if self.loose.len() >= MAX_LOOSE
            || self.loose_tries >= MAX_LOOSE_TRIES
            || t.len() < 6
            || !dates::may_hold_date(t)
        {
            return;
        }
        self.loose_tries += 1;
        self.loose(dates::find(t), 1);
    }

    /// A date in a link target's path (`/2017/08/30/slug`, `/news/29-10-2021`).
    fn loose_link(&mut self, href: &str) {
        if self.loose.len() >= MAX_LOOSE
            || self.loose_tries >= MAX_LOOSE_TRIES
            || !dates::may_hold_date(href)
        {
            return;
        }
        self.loose_tries += 1;
        self.loose(dates::from_path(href), 1);
    }

    /// Dates an element carries in its attributes: link targets, `data-*` stamps, an
    /// `<abbr title>`, and in page chrome the `datetime` of a `<time>` and the value of a
    /// date property.
    fn loose_attrs(&mut self, el: &Element, chrome: bool) {
        let name = el.name();
        for a in &el.attrs {
            let value: &str = &a.value;
            match a.name {
                local_name!("href") if *name == local_name!("a") => self.loose_link(value),
                local_name!("datetime") if chrome => self.loose(dates::parse(value), 2),
                local_name!("content")
                    if chrome
                        && el
                            .attr("itemprop")
                            .is_some_and(|p| contains_ci(p, "datePublished")) =>
                {
                    self.loose(dates::parse(value), 2);
                }
                local_name!("title") if *name == local_name!("abbr") => {
                    self.loose(dates::parse(value), 2);
                }
                ref n if n.starts_with("data-") && is_date_data_attr(n) => {
                    self.loose(dates::parse(value), 1);
                }
                _ => {}
            }
        }
    }

    fn add_byline(&mut self, text: String, score: i32, by_lead: bool) {
        if self.bylines.len() < MAX_CANDIDATES {
            self.bylines.push(Byline {
                text,
                score,
                by_lead,
            });
        }
    }

    /// A text that opens with a byline lead ("By", "Von", "Text:") offers the line it stands
    /// in as a byline: its block, reached through at most a few inline wrappers.
    fn text_lead(&mut self, dom: &Dom, text_node: NodeId, text: &str, flags: u16) {
        if self.bylines.len() >= MAX_CANDIDATES || !opens_byline(text) {
            return;
        }
        let mut block = dom.parent(text_node);
        for _ in 0..3 {
            let Some(b) = block else { return };
            let inline = dom.element(b).is_some_and(|e| {
                matches!(
                    *e.name(),
                    local_name!("span")
                        | local_name!("strong")
                        | local_name!("b")
                        | local_name!("em")
                        | local_name!("i")
                        | local_name!("small")
                        | local_name!("font")
                )
            });
            if !inline {
                break;
            }
            block = dom.parent(b);
        }
        let Some(b) = block else { return };
        let Some(mut line) = bounded_text(dom, b, MAX_BYLINE) else {
            return;
        };
        // "<h5>Autor:</h5> Jane Doe", "<h4>Autor</h4><p>Jane Doe</p>": a label on its own
        // names what comes next.
        if is_bare_lead(&line)
            && let Some(next) = next_text(dom, b)
        {
            line.push(' ');
            line.push_str(&next);
        }
        if opens_byline(&line) {
            let place = if flags & (ctx::ARTICLE | ctx::HEADER) != 0 {
                2
            } else {
                0
            };
            self.add_byline(line, place + 1, true);
        }
    }
}

/// Inside chrome that comes only from a sidebar class: true when `el` is the article
/// (`<main>`, `<article>`, a container classed as the article). Chrome named by `el`
/// itself (a list of related posts) makes the region page chrome for good.
fn leaves_sidebar(el: &Element, child: &mut u16) -> bool {
    let name = el.name();
    if matches!(*name, local_name!("main") | local_name!("article")) {
        return true;
    }
    // The page's main region named as skip links name it (`id="content"`, `role="main"`).
    if el.attr("role") == Some("main") || MAIN_IDS.iter().any(|m| el.id().eq_ignore_ascii_case(m)) {
        return true;
    }
    if !carries_hints(name) {
        return false;
    }
    let attrs = common(el);
    let hints = hints_of(attrs.class, attrs.id);
    if hints & (hint::CHROME | hint::FOOTER) != 0 {
        *child &= !ctx::SIDEBAR;
        return false;
    }
    hints & hint::ARTICLE != 0
        && hints & hint::SIDEBAR == 0
        && matches!(*name, local_name!("div") | local_name!("section"))
}

/// Ids that name a page's main region.
const MAIN_IDS: &[&str] = &["content", "main", "main-content", "maincontent"];

/// Single words that open a visible byline line, lower case, each followed by a space or a
/// colon; the phrases are [`crate::byline::PHRASE_LEADS`].
const OPENER_WORDS: &[&str] = &[
    "by",
    "von",
    "par",
    "por",
    "door",
    "text",
    "texte",
    "texto",
    "autor",
    "autorin",
    "autoren",
    "autorinnen",
    "author",
    "auteur",
];

/// [`crate::byline::PHRASE_LEADS`] and [`OPENER_WORDS`] by the ASCII byte they open with,
/// lower-cased: a line is compared with the few leads of its first letter only.
static LEADS_BY_INITIAL: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut table = vec![Vec::new(); 128];
    for lead in crate::byline::PHRASE_LEADS.iter().chain(OPENER_WORDS) {
        if let Some(&b) = lead.as_bytes().first().filter(|b| b.is_ascii()) {
            table[usize::from(b.to_ascii_lowercase())].push(*lead);
        }
    }
    table
});

/// The leads that open with the first letter of `t` (none for a text that opens with no
/// ASCII letter: every lead opens with one).
fn leads_opening_like(t: &str) -> &'static [&'static str] {
    match t.as_bytes().first() {
        Some(&b) if b.is_ascii() => &LEADS_BY_INITIAL[usize::from(b.to_ascii_lowercase())],
        _ => &[],
    }
}

/// True when `text` opens like a byline: a lead word, then a capitalised word (or a colon).
pub(crate) fn opens_byline(text: &str) -> bool {
    // "---- by Jane Doe": a signature set off by dashes.
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || crate::byline::is_dash(c));
    if t.len() < 2 || t.len() > MAX_BYLINE {
        return false;
    }
    leads_opening_like(t).iter().any(|lead| {
        if !crate::text::starts_with_ci(t, lead) {
            return false;
        }
        let rest = &t[lead.len()..];
        // "von <em>Klaus Stanjek</em>": the name is in the next element; the whole line is
        // checked again.
        if rest.trim().is_empty() || rest.starts_with(':') {
            return true;
        }
        rest.strip_prefix([' ', '\u{a0}'])
            .and_then(|after| after.trim_start().chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// True for a line that is a byline lead and nothing else ("Autor:", "Von").
fn is_bare_lead(line: &str) -> bool {
    let t = line.trim().trim_end_matches(':').trim_end();
    leads_opening_like(t)
        .iter()
        .any(|l| t.eq_ignore_ascii_case(l))
}

/// The text of what follows `n` (blank text aside): a text node, or a short element.
fn next_text(dom: &Dom, n: NodeId) -> Option<String> {
    let mut next = dom.next_sibling(n);
    while let Some(s) = next {
        if let Some(t) = dom.text(s) {
            if !t.trim().is_empty() {
                return crate::text::clean(t).filter(|t| t.len() <= MAX_BYLINE);
            }
        } else {
            return bounded_text(dom, s, MAX_BYLINE);
        }
        next = dom.next_sibling(s);
    }
    None
}

/// True when the element before `n` (blank text aside) is an `<h1>`.
fn follows_headline(dom: &Dom, n: NodeId) -> bool {
    let mut prev = dom.prev_sibling(n);
    while let Some(p) = prev {
        match dom.element(p) {
            Some(e) => return *e.name() == local_name!("h1"),
            None if dom.text(p).is_some_and(|t| t.trim().is_empty()) => prev = dom.prev_sibling(p),
            None => return false,
        }
    }
    false
}

/// True for a schema.org item type naming an article or a post.
fn is_article_type(t: &str) -> bool {
    contains_ci(t, "article") || contains_ci(t, "posting")
}

/// Words that introduce a publication date, lower case.
const PUBLISHED_WORDS: &[&str] = &[
    "publish",
    "posted",
    "veröffentlicht",
    "erstellt",
    "erschienen",
    "geschrieben",
    "publié",
    "publicado",
    "pubblicato",
    "gepubliceerd",
    "نشر",
    "datum",
    "date:",
];

/// Words that introduce a modification date, lower case.
const MODIFIED_WORDS: &[&str] = &[
    "update",
    "aktualisiert",
    "geändert",
    "änderung",
    "Änderung",
    "modified",
    "edited",
    "revised",
    "revision",
    "mis à jour",
    "actualizado",
    "aggiornato",
    "bijgewerkt",
    "stand:",
];

/// Words of lines whose date is not the article's: copyright notices, comments, replies.
const OTHER_WORDS: &[&str] = &[
    "©",
    "copyright",
    "(c)",
    "kommentar",
    "comment",
    "antwort",
    "reply",
];

/// What a date line's words say about its date.
#[derive(Default)]
pub(crate) struct Wording {
    /// A word that introduces a publication date ("Published", "Veröffentlicht").
    pub(crate) published: bool,
    /// A word that introduces a modification date ("Updated", "Aktualisiert").
    pub(crate) modified: bool,
    /// A word of a line whose date is not the article's ("©", "Reply").
    pub(crate) other: bool,
}

/// All the words above in one automaton, ASCII case ignored; pattern ids are split by list.
static WORDING: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(
            PUBLISHED_WORDS
                .iter()
                .chain(MODIFIED_WORDS)
                .chain(OTHER_WORDS),
        )
        .expect("fixed word lists build")
});

/// Reads what the words of `t` say, in one pass.
pub(crate) fn wording(t: &str) -> Wording {
    let mut w = Wording::default();
    let (p, m) = (PUBLISHED_WORDS.len(), MODIFIED_WORDS.len());
    for hit in WORDING.find_overlapping_iter(t) {
        match hit.pattern().as_usize() {
            i if i < p => w.published = true,
            i if i < p + m => w.modified = true,
            _ => w.other = true,
        }
    }
    w
}

/// The text of a heading without the parts that are not its headline. When the heading
/// ends with an element classed as its title or headline, that element's text; otherwise
/// the text without a kicker or topic label (`<span class="kicker">`, `<small>`) and
/// screen-reader separators. When nothing else is left, the whole text.
fn heading_text(dom: &Dom, id: NodeId) -> Option<String> {
    let full = visible_heading_text(dom, id)
        .or_else(|| bounded_text(dom, id, MAX_HEADING).and_then(|t| clean_heading(&t)))?;
    let titled = dom.descendants(id).skip(1).find(|&n| {
        dom.element(n).is_some_and(|e| {
            !e.class().is_empty()
                && hints_of(e.class(), "") & (hint::HEADLINE | hint::SUBHEAD | hint::KICKER)
                    == hint::HEADLINE
        })
    });
    // A titled part that something follows is a kicker named "title", not the headline.
    match titled.and_then(|t| visible_heading_text(dom, t)) {
        Some(part) if full.ends_with(&part) => Some(part),
        _ => Some(full),
    }
}

/// The heading's `text` split after its first part: the first child (past a lone wrapper)
/// when it is an element, or a text before a `<br>`, and something follows it.
fn heading_parts(dom: &Dom, id: NodeId, text: &str) -> Option<(String, String)> {
    let meaningful = |n: &NodeId| match dom.data(*n) {
        NodeData::Text(t) => !t.trim().is_empty(),
        NodeData::Element(e) => {
            !matches!(
                &**e.name(),
                "script" | "style" | "noscript" | "template" | "svg" | "img" | "picture"
            ) && !is_heading_aside(e)
        }
        _ => false,
    };
    let mut parent = id;
    for _ in 0..3 {
        let mut kids = dom.children(parent).filter(meaningful);
        let first = kids.next()?;
        let Some(second) = kids.next() else {
            // A lone wrapper: its children are the heading's parts.
            dom.element(first)?;
            parent = first;
            continue;
        };
        let is_br = |n: NodeId| dom.tag(n) == Some(&local_name!("br"));
        let lead = match dom.data(first) {
            NodeData::Text(t) if is_br(second) => clean_heading(t)?,
            NodeData::Element(_) if !is_br(first) => visible_heading_text(dom, first)?,
            _ => return None,
        };
        let rest = text
            .strip_prefix(lead.as_str())?
            .trim_start_matches(|c: char| c.is_whitespace() || ":|-–—·•/".contains(c));
        return (!rest.is_empty() && rest.chars().any(char::is_alphanumeric))
            .then(|| (lead, rest.to_string()));
    }
    None
}

/// True when a heading's whole text is a link to the site's home page ("/", "index.html"):
/// the site's name set as a heading over every page, not this page's headline.
fn names_home(dom: &Dom, id: NodeId, text: &str) -> bool {
    dom.descendants(id).skip(1).any(|n| {
        dom.tag(n) == Some(&local_name!("a"))
            && dom
                .element(n)
                .and_then(|e| e.attr("href"))
                .is_some_and(is_home_link)
            && bounded_text(dom, n, MAX_HEADING).is_some_and(|t| t == text)
    })
}

/// An address that leads to a site's front page: "/", "index.html", "../index.php",
/// "https://example.com/" (not "" or "./", which on a story's own address are the story).
fn is_home_link(href: &str) -> bool {
    let href = href.trim();
    let host_and_path = href
        .split_once("://")
        .map(|(_, r)| r)
        .or(href.strip_prefix("//"));
    let path = match host_and_path {
        Some(rest) => rest.find('/').map_or("/", |i| &rest[i..]),
        None => href,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    !path.is_empty()
        && (path.starts_with("..") || !path.starts_with('.'))
        && path.split('/').all(|seg| {
            seg.is_empty()
                || seg == ".."
                || seg.strip_prefix("index.").is_some_and(|ext| {
                    ext.len() <= 5 && ext.bytes().all(|b| b.is_ascii_alphanumeric())
                })
        })
}

/// True when an element is not shown: it has the `hidden` attribute or the bare `hidden`
/// class (`hidden-xs` and the like hide it on some screens only).
fn is_hidden(e: &Element) -> bool {
    e.attr("hidden").is_some()
        || e.class()
            .split_ascii_whitespace()
            .any(|c| c.eq_ignore_ascii_case("hidden"))
}

/// True when an element inside a heading is no part of its text: a kicker, a label, a
/// button, screen-reader or hidden text.
fn is_heading_aside(e: &Element) -> bool {
    matches!(*e.name(), local_name!("small") | local_name!("button"))
        || is_hidden(e)
        || (!(e.class().is_empty() && e.id().is_empty())
            && hints_of(e.class(), e.id()) & (hint::KICKER | hint::HIDDEN | hint::SUBHEAD) != 0)
}

/// The text below `id` without kickers, labels, buttons and screen-reader or hidden text;
/// `None` when empty.
fn visible_heading_text(dom: &Dom, id: NodeId) -> Option<String> {
    // A separator left in front by a kicker taken out ("Topline : Headline") goes too.
    bounded_raw(dom, id, MAX_HEADING, is_heading_aside)
        .and_then(|raw| {
            clean_heading(raw.trim_start_matches([' ', '\n', '\t', ':', '|', '·', '•']))
        })
        .filter(|t| t.len() <= MAX_HEADING)
}

/// Whitespace collapsed, soft hyphens, zero-width and private-use (icon) characters dropped,
/// and a trailing permalink mark ("¶", "#") cut.
fn clean_heading(raw: &str) -> Option<String> {
    let visible: String = raw
        .chars()
        .filter(|c| {
            // Private-use characters are icon-font glyphs (a link or share icon), no text.
            !matches!(
                c,
                '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{e000}'
                    ..='\u{f8ff}'
            )
        })
        .collect();
    let text = crate::text::clean(&visible)?;
    let cut = text.trim_end_matches(['¶', '#', '🔗', ' ']);
    (!cut.is_empty()).then(|| cut.to_string())
}

/// True when a `data-*` attribute is named for a date (`data-date`, `data-timestamp`,
/// `data-published`, `data-created-at`).
fn is_date_data_attr(name: &str) -> bool {
    ["date", "time", "publish", "created"]
        .iter()
        .any(|w| contains_ci(&name[5..], w))
}

/// True when a `rel` value lists `author`.
fn is_author_rel(rel: &str) -> bool {
    rel.split_ascii_whitespace()
        .any(|t| t.eq_ignore_ascii_case("author"))
}

/// `name` inside an author or publisher item becomes `author.name` / `publisher.name`.
fn scoped_key(key: &str, flags: u16) -> &str {
    if key.eq_ignore_ascii_case("name") {
        if flags & ctx::AUTHOR_ITEM != 0 {
            return "author.name";
        }
        if flags & ctx::PUBLISHER_ITEM != 0 {
            return "publisher.name";
        }
    }
    key
}

/// Microdata properties the readers use.
fn is_wanted_prop(key: &str) -> bool {
    [
        "headline",
        "alternativeHeadline",
        "author",
        "author.name",
        "creator",
        "publisher.name",
        "datePublished",
        "dateCreated",
        "dateModified",
        "description",
        "image",
        "articleSection",
        "keywords",
        "inLanguage",
    ]
    .iter()
    .any(|k| k.eq_ignore_ascii_case(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_scan_class_and_id() {
        assert_ne!(hints_of("post-meta byline", "") & hint::BYLINE, 0);
        assert_ne!(hints_of("", "Sidebar-Right") & hint::SIDEBAR, 0);
        assert_eq!(hints_of("content", "main") & hint::CHROME, 0);
        assert_ne!(hints_of("one-sidebar", "") & hint::SIDEBAR, 0);
        assert_ne!(hints_of("field-contributor", "") & hint::AUTHOR, 0);
    }

    #[test]
    fn revisions_are_modifications_and_arabic_publication_is_named() {
        assert!(wording("Latest revision as of 05:33, 7 April 2020").modified);
        assert!(wording("Revised: March 3, 2024").modified);
        assert!(wording("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً").published);
    }
}
