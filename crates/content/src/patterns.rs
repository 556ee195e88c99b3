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
    /// A generic content word ("content", "text", "main").
    Content,
    /// An article-ish noun ("article", "story", "post", "entry").
    Article,
    /// A body-ish noun ("body", "content", "text") that with an article noun marks the body.
    Body,
    /// Names that always mean the article body.
    StrongBody,
}

const WORDS: &[(&str, Fit, Sense)] = &[
    // Chrome, matched anywhere in the name.
    ("comment", Fit::Inside, Sense::Chrome),
    ("disqus", Fit::Inside, Sense::Chrome),
    ("sidebar", Fit::Inside, Sense::Chrome),
    ("side-bar", Fit::Inside, Sense::Chrome),
    ("footer", Fit::Inside, Sense::Chrome),
    ("header", Fit::Inside, Sense::Chrome),
    ("masthead", Fit::Inside, Sense::Chrome),
    ("related", Fit::Inside, Sense::Chrome),
    ("sharing", Fit::Inside, Sense::Chrome),
    ("share", Fit::Inside, Sense::Chrome),
    ("social", Fit::Inside, Sense::Chrome),
    ("newsletter", Fit::Inside, Sense::Chrome),
    ("subscri", Fit::Inside, Sense::Chrome),
    ("signup", Fit::Inside, Sense::Chrome),
    ("sign-up", Fit::Inside, Sense::Chrome),
    ("cookie", Fit::Inside, Sense::Chrome),
    ("consent", Fit::Inside, Sense::Chrome),
    ("gdpr", Fit::Inside, Sense::Chrome),
    ("breadcrumb", Fit::Inside, Sense::Chrome),
    ("advert", Fit::Inside, Sense::Chrome),
    ("sponsor", Fit::Inside, Sense::Chrome),
    ("promo", Fit::Inside, Sense::Chrome),
    ("outbrain", Fit::Inside, Sense::Chrome),
    ("taboola", Fit::Inside, Sense::Chrome),
    ("recirc", Fit::Inside, Sense::Chrome),
    ("trending", Fit::Inside, Sense::Chrome),
    ("popular", Fit::Inside, Sense::Chrome),
    ("mostread", Fit::Inside, Sense::Chrome),
    ("most-read", Fit::Inside, Sense::Chrome),
    ("widget", Fit::Inside, Sense::Chrome),
    ("popup", Fit::Inside, Sense::Chrome),
    ("modal", Fit::Inside, Sense::Chrome),
    ("navbar", Fit::Inside, Sense::Chrome),
    ("navigation", Fit::Inside, Sense::Chrome),
    ("menu", Fit::Inside, Sense::Chrome),
    ("pagination", Fit::Inside, Sense::Chrome),
    ("pager", Fit::Inside, Sense::Chrome),
    ("toolbar", Fit::Inside, Sense::Chrome),
    ("paywall", Fit::Inside, Sense::Chrome),
    ("login", Fit::Inside, Sense::Chrome),
    ("byline", Fit::Inside, Sense::Chrome),
    ("author-bio", Fit::Inside, Sense::Chrome),
    ("screen-reader", Fit::Inside, Sense::Chrome),
    ("visually-hidden", Fit::Inside, Sense::Chrome),
    ("sr-only", Fit::Inside, Sense::Chrome),
    ("skip-link", Fit::Inside, Sense::Chrome),
    ("banner", Fit::Inside, Sense::Chrome),
    ("dfp", Fit::Inside, Sense::Chrome),
    ("rating", Fit::Inside, Sense::Chrome),
    ("tooltip", Fit::Inside, Sense::Chrome),
    // Chrome, whole tokens only.
    ("ad", Fit::Token, Sense::Chrome),
    ("ads", Fit::Token, Sense::Chrome),
    ("adv", Fit::Token, Sense::Chrome),
    ("nav", Fit::Token, Sense::Chrome),
    ("tags", Fit::Token, Sense::Chrome),
    ("tag", Fit::Token, Sense::Chrome),
    ("meta", Fit::Token, Sense::Chrome),
    ("print", Fit::Token, Sense::Chrome),
    ("rss", Fit::Token, Sense::Chrome),
    ("sns", Fit::Token, Sense::Chrome),
    ("tools", Fit::Token, Sense::Chrome),
    ("aside", Fit::Token, Sense::Chrome),
    ("crumbs", Fit::Token, Sense::Chrome),
    ("copyright", Fit::Token, Sense::Chrome),
    ("foot", Fit::Token, Sense::Chrome),
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
    /// Looks like the article body ("article-body", `itemprop=articleBody`).
    pub body: bool,
    /// Contains a content word ("content", "article", "post").
    pub content: bool,
}

fn is_sep(b: u8) -> bool {
    !b.is_ascii_alphanumeric()
}

fn scan(value: &str, hint: &mut Hint, article: &mut bool, bodyish: &mut bool) {
    if value.is_empty() {
        return;
    }
    let bytes = value.as_bytes();
    for m in MATCHER.find_overlapping_iter(value) {
        let (_, fit, sense) = WORDS[m.pattern().as_usize()];
        if fit == Fit::Token {
            let before = m.start() == 0 || is_sep(bytes[m.start() - 1]);
            let after = m.end() == bytes.len() || is_sep(bytes[m.end()]);
            if !(before && after) {
                continue;
            }
        }
        match sense {
            Sense::Chrome => hint.chrome = true,
            Sense::Content => hint.content = true,
            Sense::Article => {
                *article = true;
                hint.content = true;
            }
            Sense::Body => {
                *bodyish = true;
                hint.content = true;
            }
            Sense::StrongBody => hint.body = true,
        }
    }
}

/// Reads the class, id, role and itemprop of an element.
pub fn hint(class: &str, id: &str, role: Option<&str>, itemprop: Option<&str>) -> Hint {
    let mut h = Hint::default();
    let (mut article, mut bodyish) = (false, false);
    scan(class, &mut h, &mut article, &mut bodyish);
    scan(id, &mut h, &mut article, &mut bodyish);
    if article && bodyish {
        h.body = true;
    }
    if let Some(role) = role {
        match role.trim().to_ascii_lowercase().as_str() {
            "navigation" | "banner" | "complementary" | "contentinfo" | "menu" | "menubar"
            | "dialog" | "alertdialog" | "search" | "toolbar" | "tablist" => h.chrome = true,
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
    }

    #[test]
    fn body_names_are_recognised() {
        assert!(hint("article__body", "", None, None).body);
        assert!(hint("entry-content clearfix", "", None, None).body);
        assert!(hint("", "story-body", None, None).body);
        assert!(hint("x", "", None, Some("articleBody")).body);
        assert!(!hint("comment-body", "", None, None).body);
    }

    #[test]
    fn roles_mark_chrome() {
        assert!(hint("", "", Some("navigation"), None).chrome);
        assert!(!hint("", "", Some("main"), None).chrome);
    }
}
