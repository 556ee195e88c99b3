//! Class, id and role vocabularies that mark an element as page chrome or as the article.
//!
//! Matching runs one case-insensitive Aho-Corasick automaton over the `class` and `id`
//! values, built once per process.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// How a word in a class or id list is matched.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// Anywhere inside a name (`"sidebar"` matches `left-sidebar-wrap`).
    Inside,
    /// Only as a whole dash/underscore/space-separated token (`"ad"` matches `ad-slot`, not `header`).
    Token,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sense {
    /// Chrome: navigation, ads, sharing, comments, related links …
    Chrome,
    /// Reader comments: chrome on an article, the content itself on a forum thread.
    Comments,
    /// Customer reviews and questions: chrome on a product page.
    Reviews,
    /// Words that mean chrome unless the element also names itself content ("meta", "tag").
    Weak,
    /// A generic content word ("content", "text", "main").
    Content,
    /// An article-ish noun ("article", "story", "post", "entry").
    Article,
    /// A body-ish noun ("body", "content", "text") that with an article noun marks the body.
    Body,
    /// Names that always mean the article body.
    StrongBody,
    /// A page builder's box an author types text or a heading into
    /// ("elementor-widget-text-editor", "elementor-widget-heading"): content, even though
    /// the same name calls it a widget.
    Authored,
    /// A consent form ("consent", "gdpr"): chrome, and an overlay however long.
    Consent,
    /// "cookie": chrome; with a box word, a cookie-consent overlay ("cookie-banner").
    Cookie,
    /// A word naming a box laid over the page ("banner", "popup", "notice"): it makes a
    /// cookie name an overlay, and means nothing alone.
    OverlayBox,
}

const WORDS: &[(&str, Fit, Sense)] = &[
    // Boxes laid over the page ("banner" and "popup" also stand below with their own sense).
    ("banner", Fit::Inside, Sense::OverlayBox),
    ("popup", Fit::Inside, Sense::OverlayBox),
    ("notice", Fit::Inside, Sense::OverlayBox),
    ("law", Fit::Inside, Sense::OverlayBox),
    ("bar", Fit::Inside, Sense::OverlayBox),
    ("message", Fit::Inside, Sense::OverlayBox),
    // Chrome, matched anywhere in the name.
    ("comment", Fit::Inside, Sense::Comments),
    ("disqus", Fit::Inside, Sense::Comments),
    // Customer reviews and questions on a product page: reader contributions, like comments.
    ("reviews", Fit::Inside, Sense::Reviews),
    ("customer-review", Fit::Inside, Sense::Reviews),
    ("yotpo", Fit::Inside, Sense::Reviews),
    ("okendo", Fit::Inside, Sense::Reviews),
    ("jdgm", Fit::Inside, Sense::Reviews),
    ("bazaarvoice", Fit::Inside, Sense::Reviews),
    ("questions-answers", Fit::Inside, Sense::Reviews),
    ("sidebar", Fit::Inside, Sense::Chrome),
    ("side-bar", Fit::Inside, Sense::Chrome),
    ("footer", Fit::Inside, Sense::Weak),
    ("header", Fit::Inside, Sense::Weak),
    ("masthead", Fit::Inside, Sense::Weak),
    ("related", Fit::Inside, Sense::Chrome),
    ("sharing", Fit::Inside, Sense::Chrome),
    ("share", Fit::Inside, Sense::Chrome),
    ("social", Fit::Inside, Sense::Chrome),
    ("newsletter", Fit::Inside, Sense::Chrome),
    ("subscri", Fit::Inside, Sense::Chrome),
    ("signup", Fit::Inside, Sense::Weak),
    ("sign-up", Fit::Inside, Sense::Weak),
    ("cookie", Fit::Inside, Sense::Cookie),
    ("consent", Fit::Inside, Sense::Consent),
    ("gdpr", Fit::Inside, Sense::Consent),
    ("breadcrumb", Fit::Inside, Sense::Chrome),
    ("advert", Fit::Inside, Sense::Chrome),
    ("sponsor", Fit::Inside, Sense::Chrome),
    ("promo", Fit::Inside, Sense::Weak),
    ("outbrain", Fit::Inside, Sense::Chrome),
    ("taboola", Fit::Inside, Sense::Chrome),
    ("recirc", Fit::Inside, Sense::Chrome),
    ("recommend", Fit::Inside, Sense::Chrome),
    ("recently-viewed", Fit::Inside, Sense::Chrome),
    ("recentlyviewed", Fit::Inside, Sense::Chrome),
    ("upsell", Fit::Inside, Sense::Chrome),
    ("cross-sell", Fit::Inside, Sense::Chrome),
    ("crosssell", Fit::Inside, Sense::Chrome),
    ("wishlist", Fit::Inside, Sense::Chrome),
    ("minicart", Fit::Inside, Sense::Chrome),
    ("mini-cart", Fit::Inside, Sense::Chrome),
    ("trending", Fit::Inside, Sense::Weak),
    ("popular", Fit::Inside, Sense::Weak),
    ("mostread", Fit::Inside, Sense::Weak),
    ("most-read", Fit::Inside, Sense::Weak),
    ("widget", Fit::Inside, Sense::Weak),
    ("popup", Fit::Inside, Sense::Chrome),
    ("modal", Fit::Inside, Sense::Chrome),
    ("navbar", Fit::Inside, Sense::Chrome),
    ("navigation", Fit::Inside, Sense::Chrome),
    ("menu", Fit::Inside, Sense::Weak),
    ("pagination", Fit::Inside, Sense::Weak),
    ("pager", Fit::Inside, Sense::Weak),
    ("toolbar", Fit::Inside, Sense::Weak),
    ("paywall", Fit::Inside, Sense::Chrome),
    ("login", Fit::Inside, Sense::Weak),
    ("byline", Fit::Inside, Sense::Weak),
    ("author-bio", Fit::Inside, Sense::Weak),
    ("author-box", Fit::Inside, Sense::Chrome),
    ("authorbox", Fit::Inside, Sense::Chrome),
    ("author-info", Fit::Inside, Sense::Chrome),
    ("author-description", Fit::Inside, Sense::Chrome),
    ("about-author", Fit::Inside, Sense::Chrome),
    ("saboxplugin", Fit::Inside, Sense::Chrome),
    ("screen-reader", Fit::Inside, Sense::Chrome),
    ("visually-hidden", Fit::Inside, Sense::Chrome),
    ("sr-only", Fit::Inside, Sense::Chrome),
    ("skip-link", Fit::Inside, Sense::Weak),
    ("banner", Fit::Inside, Sense::Weak),
    ("dfp", Fit::Inside, Sense::Weak),
    ("rating", Fit::Inside, Sense::Weak),
    ("tooltip", Fit::Inside, Sense::Weak),
    // Chrome, whole tokens only.
    ("ad", Fit::Token, Sense::Chrome),
    ("cta", Fit::Token, Sense::Chrome),
    ("ads", Fit::Token, Sense::Chrome),
    ("adv", Fit::Token, Sense::Chrome),
    ("nav", Fit::Token, Sense::Chrome),
    ("tags", Fit::Token, Sense::Weak),
    ("tag", Fit::Token, Sense::Weak),
    ("meta", Fit::Token, Sense::Weak),
    ("print", Fit::Token, Sense::Weak),
    ("rss", Fit::Token, Sense::Weak),
    ("sns", Fit::Token, Sense::Chrome),
    ("tools", Fit::Token, Sense::Weak),
    ("aside", Fit::Token, Sense::Weak),
    ("crumbs", Fit::Token, Sense::Chrome),
    ("copyright", Fit::Token, Sense::Weak),
    ("foot", Fit::Token, Sense::Weak),
    // A forum member's signature under each of their posts.
    ("signature", Fit::Token, Sense::Chrome),
    // Legal small print under an offer or a story ("Prices may vary …", "Views expressed …").
    ("disclaimer", Fit::Token, Sense::Weak),
    ("disclaimers", Fit::Token, Sense::Weak),
    // Content words.
    ("content", Fit::Inside, Sense::Body),
    ("body", Fit::Inside, Sense::Body),
    ("text", Fit::Token, Sense::Body),
    ("main", Fit::Token, Sense::Content),
    ("article", Fit::Inside, Sense::Article),
    ("story", Fit::Inside, Sense::Article),
    ("entry", Fit::Inside, Sense::Article),
    ("post", Fit::Token, Sense::Article),
    ("blog", Fit::Inside, Sense::Article),
    ("articlebody", Fit::Inside, Sense::StrongBody),
    ("storybody", Fit::Inside, Sense::StrongBody),
    ("post-body", Fit::Inside, Sense::StrongBody),
    ("postbody", Fit::Inside, Sense::StrongBody),
    ("text-editor", Fit::Inside, Sense::Authored),
    ("widget-heading", Fit::Inside, Sense::Authored),
];

static MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(WORDS.iter().map(|w| w.0))
        .unwrap_or_else(|e| panic!("static pattern table is valid: {e}"))
});

/// What an element's class, id and role say about it.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    /// Looks like page chrome.
    pub chrome: bool,
    /// Names reader comments.
    pub comments: bool,
    /// Names customer reviews or questions.
    pub reviews: bool,
    /// The chrome verdict rests only on weak words ("widget", "meta", "header").
    pub weak_chrome: bool,
    /// Looks like the article body ("article-body", `itemprop=articleBody`).
    pub body: bool,
    /// Contains a content word ("content", "article", "post").
    pub content: bool,
    /// A box laid over the page: a dialog (`role="dialog"`, `aria-modal`) or a cookie-consent
    /// box. It stays closed until a reader opens it, however much text it holds.
    pub overlay: bool,
}

fn is_sep(b: u8) -> bool {
    !b.is_ascii_alphanumeric()
}

/// Flags gathered from one class or id token.
#[derive(Default)]
struct TokenFlags {
    chrome: bool,
    comments: bool,
    reviews: bool,
    weak: bool,
    article: bool,
    body: bool,
    content: bool,
    strong_body: bool,
    authored: bool,
    consent: bool,
    cookie: bool,
    overlay_box: bool,
}

fn scan_token(token: &str) -> TokenFlags {
    let mut f = TokenFlags::default();
    let bytes = token.as_bytes();
    let mut first = true;
    for m in MATCHER.find_overlapping_iter(token) {
        // A utility class with a variant or an arbitrary value (`md:mb-[90px]`,
        // `lg:has-[>[data-slot=banner]]:pt-0`) styles the box; it does not name it. Looked
        // at only for a token that holds a word.
        if first {
            first = false;
            if bytes.iter().any(|&b| b == b':' || b == b'[') {
                return f;
            }
        }
        let (word, fit, sense) = WORDS[m.pattern().as_usize()];
        if fit == Fit::Token {
            let before = m.start() == 0 || is_sep(bytes[m.start() - 1]);
            let after = m.end() == bytes.len() || is_sep(bytes[m.end()]);
            if !(before && after) {
                continue;
            }
            // Page builders shorten "advanced" to "adv" in their block names: an "adv"
            // followed by "heading" ("kt-adv-heading") is an authored heading or paragraph,
            // not an ad slot.
            if word == "adv"
                && bytes
                    .get(m.end() + 1..m.end() + 8)
                    .is_some_and(|rest| rest.eq_ignore_ascii_case(b"heading"))
            {
                continue;
            }
        }
        // A builder's layout wrapper around its boxes ("elementor-widget-wrap",
        // "elementor-widget-container") is no widget itself: the box it wraps says what it is.
        if word == "widget"
            && [&b"-wrap"[..], b"-container"].iter().any(|rest| {
                bytes
                    .get(m.end()..m.end() + rest.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(rest))
            })
        {
            continue;
        }
        match sense {
            Sense::Chrome => f.chrome = true,
            // "commentary" is an opinion piece, not reader comments.
            Sense::Comments => f.comments = !token.to_ascii_lowercase().contains("commentary"),
            Sense::Reviews => f.reviews = true,
            Sense::Weak => f.weak = true,
            Sense::Content => f.content = true,
            Sense::Article => f.article = true,
            Sense::Body => f.body = true,
            Sense::StrongBody => f.strong_body = true,
            Sense::Authored => f.authored = true,
            Sense::Consent => f.consent = true,
            Sense::Cookie => f.cookie = true,
            Sense::OverlayBox => f.overlay_box = true,
        }
    }
    f
}

/// Element-level tallies over all its class and id tokens.
#[derive(Default)]
struct Tally {
    chrome: bool,
    comments: bool,
    reviews: bool,
    weak: bool,
    content: bool,
    article: bool,
    body: bool,
    strong_body: bool,
    consent: bool,
    cookie: bool,
    overlay_box: bool,
}

fn scan(value: &str, t: &mut Tally) {
    for token in value.split_ascii_whitespace() {
        let f = scan_token(token);
        t.chrome |= f.chrome || f.consent || f.cookie;
        t.consent |= f.consent;
        t.cookie |= f.cookie;
        t.overlay_box |= f.overlay_box;
        t.comments |= f.comments;
        t.reviews |= f.reviews;
        t.weak |= f.weak;
        t.strong_body |= f.strong_body;
        t.content |= f.authored;
        // A weak word qualifies the content word in the same token: "entry-meta" is chrome.
        if !f.weak {
            t.content |= f.content || f.article || f.body;
            t.article |= f.article;
            t.body |= f.body;
        }
    }
}

/// Reads the class, id, role and itemprop of an element.
pub fn hint(class: &str, id: &str, role: Option<&str>, itemprop: Option<&str>) -> Hint {
    let mut t = Tally::default();
    scan(class, &mut t);
    scan(id, &mut t);
    let mut h = Hint {
        chrome: t.chrome || (t.weak && !t.content),
        comments: t.comments,
        reviews: t.reviews,
        weak_chrome: !t.chrome && t.weak && !t.content,
        body: t.strong_body || (t.article && t.body),
        content: t.content,
        overlay: t.consent || (t.cookie && t.overlay_box),
    };
    if let Some(role) = role {
        match role.trim().to_ascii_lowercase().as_str() {
            "navigation" | "banner" | "complementary" | "contentinfo" | "menu" | "menubar"
            | "search" | "toolbar" | "tablist" => h.chrome = true,
            "dialog" | "alertdialog" => (h.chrome, h.overlay) = (true, true),
            "main" | "article" => h.content = true,
            _ => {}
        }
    }
    if let Some(prop) = itemprop
        && (prop.contains("articleBody") || prop.contains("reviewBody") || prop == "text")
    {
        h.body = true;
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ad_token_does_not_match_inside_words() {
        assert!(hint("ad-slot", "", None, None).chrome);
        assert!(!hint("page-header-shadow", "", None, None).body);
        assert!(!hint("loaded badge", "", None, None).chrome);
        assert!(hint("micro-disclaimer", "", None, None).chrome);
        assert!(!hint("block hasDisclaimer", "", None, None).chrome);
        assert!(hint("box-adv adv-300x250", "", None, None).chrome);
        assert!(
            !hint(
                "kt-adv-heading356_3fb368-c9 wp-block-kadence-advancedheading",
                "",
                None,
                None
            )
            .chrome
        );
    }

    #[test]
    fn body_names_are_recognised() {
        assert!(hint("article__body", "", None, None).body);
        assert!(hint("entry-content clearfix", "", None, None).body);
        assert!(hint("", "story-body", None, None).body);
        assert!(hint("x", "", None, Some("articleBody")).body);
        assert!(!hint("comment-body", "", None, None).body);
        assert!(hint("comments-area", "", None, None).comments);
        assert!(!hint("sect news commentary", "", None, None).comments);
        assert!(!hint("comments-area", "", None, None).chrome);
        assert!(!hint("post type-post category-news tag-review", "", None, None).chrome);
        assert!(hint("entry-meta", "", None, None).chrome);
        assert!(hint("post-meta clearfix", "", None, None).chrome);
        assert!(hint("meta-date", "", None, None).chrome);
        assert!(hint("message-signature", "", None, None).chrome);
        assert!(
            hint(
                "elementor-widget elementor-widget-text-editor",
                "",
                None,
                None
            )
            .content
        );
        assert!(hint("elementor-widget elementor-widget-heading", "", None, None).content);
        assert!(
            !hint(
                "elementor-widget-wrap elementor-element-populated",
                "",
                None,
                None
            )
            .chrome
        );
        assert!(!hint("elementor-widget-container", "", None, None).chrome);
        assert!(hint("widget widget_recent_entries", "", None, None).chrome);
        assert!(
            hint(
                "elementor-widget elementor-widget-icon-list",
                "",
                None,
                None
            )
            .chrome
        );
        assert!(hint("", "sig40211", None, None) == Hint::default());
    }

    #[test]
    fn utility_classes_with_variants_name_nothing() {
        let tailwind = "stack geist-soft-reset grid-module__page mb-4 md:mb-[90px] \
                        lg:first:has-[>[data-slot=banner]]:pt-0 stack-module__padding";
        assert_eq!(hint(tailwind, "", None, None), Hint::default());
        assert!(hint("sticky top-0 md:flex site-nav", "", None, None).chrome);
    }

    #[test]
    fn roles_mark_chrome() {
        assert!(hint("", "", Some("navigation"), None).chrome);
        assert!(!hint("", "", Some("main"), None).chrome);
    }
}
