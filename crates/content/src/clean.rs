//! Deciding which parts of the page are chrome: navigation, ads, sharing, comments, related
//! links, hidden elements. Two stages: whole regions before the body is chosen
//! ([`chrome_regions`]), then, inside the chosen body, link lists and widgets
//! ([`is_boilerplate_container`]).

use copydesk_parse::{Dom, Element, NodeId, local_name};

use crate::Declared;
use crate::patterns::{Hint, hint};
use crate::stats::Stats;
use crate::tags::is_chrome_tag;

/// Reads an element's class/id/role/itemprop hint.
pub fn element_hint(e: &Element) -> Hint {
    let mut h = hint(e.class(), e.id(), e.attr("role"), e.attr("itemprop"));
    h.overlay |= e
        .attr("aria-modal")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
    h
}

/// True when `hay` contains `needle` (lower case) ignoring ASCII case, without allocating.
/// Only the places whose first byte matches are compared further.
fn contains_ci(hay: &str, needle: &str) -> bool {
    let Some((&first, rest)) = needle.as_bytes().split_first() else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    hay.as_bytes()
        .windows(needle.len())
        .any(|w| w[0].to_ascii_lowercase() == first && w[1..].eq_ignore_ascii_case(rest))
}

/// True when the element's class or id contains one of `words` (lower case), ignoring case.
pub fn names_contain(e: &Element, words: &[&str]) -> bool {
    [e.class(), e.id()]
        .iter()
        .any(|v| words.iter().any(|w| contains_ci(v, w)))
}

/// True when the element is hidden from readers by markup (a collapsed panel is not: readers
/// open it).
pub fn is_hidden(e: &Element) -> bool {
    let marked = e.attr("hidden").is_some()
        || e.attr("aria-hidden") == Some("true")
        || e.attr("style").is_some_and(|style| {
            (contains_ci(style, "none") || contains_ci(style, "hidden")) && {
                let compact: String = style
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .flat_map(char::to_lowercase)
                    .collect();
                compact.contains("display:none") || compact.contains("visibility:hidden")
            }
        });
    marked && !is_collapsed_panel(e) && !is_streamed_segment(e)
}

/// A segment that a streaming server renderer sends hidden at the end of the page
/// (`<div hidden id="S:0">`) for its script to move into place: readers see it.
fn is_streamed_segment(e: &Element) -> bool {
    e.attr("hidden").is_some()
        && e.id()
            .strip_prefix("S:")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// A collapsed accordion, FAQ answer or tab panel: hidden until a reader opens it, but part
/// of the page's content.
fn is_collapsed_panel(e: &Element) -> bool {
    matches!(e.attr("role"), Some("tabpanel") | Some("region"))
        || (names_contain(e, PANEL_WORDS) && !names_contain(e, NOT_PANEL_WORDS))
}

const PANEL_WORDS: &[&str] = &[
    "accordion",
    "collapse",
    "faq",
    "tab-pane",
    "tabpanel",
    "panel",
    "toggle",
];
const NOT_PANEL_WORDS: &[&str] = &[
    "menu", "nav", "modal", "popup", "dropdown", "tooltip", "cookie",
];

/// Prose (characters) that keeps a weakly chrome-named box …
const WEAK_CHROME_PROSE: u32 = 400;
/// … when under this share of its text is links.
const WEAK_CHROME_LINKS: f32 = 0.2;
/// A weakly named box holding the title heading stays when under this share of its text is
/// links.
const TITLE_BOX_LINKS: f32 = 0.5;
/// … and holds under this many characters: a title, a lead and a button or two.
const TITLE_BOX_TEXT: u32 = 1000;

/// How aggressive region removal is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    /// Remove chrome by tag, by class/id and hidden elements.
    Strict,
    /// Remove only hidden elements and elements whose tag is chrome.
    Lenient,
}

/// Marks the chrome regions of the page: returns a flag per node index. On a discussion
/// thread, regions named for comments are the content and stay; on a shop page (one that
/// declares a product), customer reviews and questions are removed.
///
/// A region that holds a large share of the page's prose is never removed, so that a
/// page wrapped in `<form>` or `<div class="page-with-sidebar">` keeps its article.
pub fn chrome_regions(
    dom: &Dom,
    order: &[NodeId],
    full: &Stats,
    root: NodeId,
    strictness: Strictness,
    declared: Declared,
) -> Vec<bool> {
    let Declared {
        thread,
        shop,
        article,
        ..
    } = declared;
    let total_prose = full.prose[root.index()].max(1);
    let mut removed = vec![false; dom.len()];
    // Disclosure buttons name the panels they open (`aria-controls`): such a panel is
    // collapsed, not hidden. Gathered on the first hidden element only.
    let mut controlled: Option<std::collections::HashSet<&str>> = None;
    for &id in order {
        if let Some(p) = dom.parent(id)
            && removed[p.index()]
        {
            removed[id.index()] = true;
            continue;
        }
        let Some(e) = dom.element(id) else { continue };
        if id == root {
            continue;
        }
        let prose = full.prose[id.index()];
        let h = element_hint(e);
        // A modal dialog (a consent form, a policy, a sign-up box) or a cookie-consent box:
        // like `<dialog>`, never the page.
        if h.overlay {
            removed[id.index()] = true;
            continue;
        }
        let hidden = is_hidden(e)
            && !controlled
                .get_or_insert_with(|| {
                    dom.descendants(root)
                        .filter_map(|n| dom.element(n)?.attr("aria-controls"))
                        .flat_map(str::split_ascii_whitespace)
                        .collect()
                })
                .contains(e.id());
        // A hidden copy of the article (schema.org markup) is not the article when the
        // visible page holds as much prose.
        // Reader contributions (reviews on a shop page) are a wrapper of the page only when
        // they hold most of it.
        let contributions = shop && h.reviews;
        let share = if contributions { 7 } else { 4 };
        // The page's own footer, navigation and header (outside any article or main region)
        // are never its content, however much small print (footnotes, legal notes, a company
        // blurb) or menu blurbs they hold next to a main region of short lines. A header that
        // holds the main region is an unclosed one, and may be guarded.
        let outside_main = || {
            !dom.ancestors(id)
                .any(|a| dom.element(a).is_some_and(is_main_region))
        };
        let page_chrome = || match *e.name() {
            local_name!("footer") | local_name!("nav") => outside_main(),
            local_name!("header") => {
                outside_main()
                    && !dom
                        .descendants(id)
                        .any(|d| dom.element(d).is_some_and(is_main_region))
            }
            _ => e.attr("role") == Some("contentinfo") && outside_main(),
        };
        // On a thread, a member's signature is never the page's wrapper, however long it is
        // next to short posts.
        let guarded = prose * 10 > total_prose * share
            && !(thread && names_contain(e, &["signature"]))
            && (!hidden || total_prose - prose < prose)
            && !page_chrome();
        if guarded {
            continue;
        }
        // On a discussion thread, a form around the posts (moderation check boxes, quick
        // replies) is the thread's wrapper, not a search box or a sign-up form.
        let wrapper_form =
            thread && *e.name() == local_name!("form") && !hidden && holds_posts(dom, id);
        let chrome = if wrapper_form {
            false
        } else if hidden || (is_chrome_tag(e.name()) && !heads_an_article(dom, id, e)) {
            true
        } else if strictness == Strictness::Strict {
            // A box named only weakly as chrome ("product-widget") that holds real prose
            // with few links is part of the page.
            let prose_box = h.weak_chrome
                && prose >= WEAK_CHROME_PROSE
                && full.link_density(id) < WEAK_CHROME_LINKS;
            // A box named only weakly as chrome ("hero-banner", "page-header") that holds
            // the title heading of a page that is no declared article opens the page: its
            // lead is content. (A story's header holds its byline and date.)
            let title_box = || {
                h.weak_chrome
                    && !article
                    && full.text[id.index()] < TITLE_BOX_TEXT
                    && full.link_density(id) < TITLE_BOX_LINKS
                    && dom
                        .descendants(id)
                        .any(|d| dom.tag(d) == Some(&local_name!("h1")))
            };
            (h.chrome && !prose_box && !title_box()
                || (h.comments && !thread)
                || (h.reviews && shop))
                && !h.body
        } else {
            false
        };
        if chrome {
            removed[id.index()] = true;
        }
    }
    removed
}

/// True for a `<header>` inside an `<article>`: that article's own header (a teaser's title
/// and summary in a river of stories), not the page's.
fn heads_an_article(dom: &Dom, id: NodeId, e: &Element) -> bool {
    *e.name() == local_name!("header")
        && dom
            .ancestors(id)
            .any(|a| dom.tag(a) == Some(&local_name!("article")))
}

/// True for an article or the page's main region.
fn is_main_region(e: &Element) -> bool {
    matches!(*e.name(), local_name!("article") | local_name!("main"))
        || e.attr("role") == Some("main")
}

/// True when `form` holds posts: `<article>` elements or containers named for comments.
fn holds_posts(dom: &Dom, form: NodeId) -> bool {
    dom.descendants(form).skip(1).any(|d| {
        dom.element(d)
            .is_some_and(|e| *e.name() == local_name!("article") || element_hint(e).comments)
    })
}

/// True when a container inside the article body looks like a link list, a share bar, an
/// ad slot or another widget rather than part of the story.
pub fn is_boilerplate_container(dom: &Dom, id: NodeId, stats: &Stats) -> bool {
    let Some(e) = dom.element(id) else {
        return false;
    };
    let text = stats.text[id.index()];
    let prose = stats.prose[id.index()];
    let density = stats.link_density(id);
    match *e.name() {
        local_name!("ul") | local_name!("ol") | local_name!("dl") => {
            // A list of links ("Related: …", "More from …").
            density > 0.6 && stats.commas[id.index()] < 3
        }
        local_name!("div")
        | local_name!("section")
        | local_name!("aside")
        | local_name!("table")
        | local_name!("center") => {
            if prose > 0 && density < 0.3 {
                return false;
            }
            (density > 0.5 && text < 1000) || (text > 0 && text < 200 && density > 0.33)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::contains_ci;

    #[test]
    fn contains_ci_ignores_ascii_case_only() {
        for (hay, needle, found) in [
            ("article-LEAD intro", "lead", true),
            ("Lead", "lead", true),
            ("lea", "lead", false),
            ("", "lead", false),
            ("lead", "", false),
            ("display:NONE", "none", true),
            ("ſtyle", "style", false),
        ] {
            assert_eq!(contains_ci(hay, needle), found, "{hay} / {needle}");
        }
    }
}
