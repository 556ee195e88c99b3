//! schema.org JSON-LD: the page's own structured description of itself.
//!
//! Every `<script type="application/ld+json">` is parsed (with a light repair when the JSON
//! is broken), flattened through arrays, `@graph` and `mainEntity`, and the main entity is
//! chosen by type: an article beats a product or forum post, which beat a web page.

use std::collections::HashMap;

use serde_json::{Map, Value};

/// Scripts longer than this are skipped: they are data dumps, not page metadata.
const MAX_SCRIPT: usize = 512 * 1024;
/// Nodes gathered across all scripts.
const MAX_NODES: usize = 256;

/// What the JSON-LD says about the page.
#[derive(Debug, Default, Clone)]
pub(crate) struct LdFacts {
    /// Lower-case type of the main entity: `newsarticle`, `product`, …
    pub(crate) schema_type: Option<String>,
    pub(crate) headline: Option<String>,
    pub(crate) alternative_headline: Option<String>,
    /// The main entity's `articleBody`, line breaks kept.
    pub(crate) article_body: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) published: Option<String>,
    pub(crate) modified: Option<String>,
    /// Author names as given.
    pub(crate) authors: Vec<String>,
    pub(crate) publisher: Option<String>,
    /// The publisher is typed as a person: the owner of a personal site, who may well be the
    /// author too.
    pub(crate) publisher_person: bool,
    /// The `WebSite` node's name.
    pub(crate) website: Option<String>,
    pub(crate) image: Option<String>,
    pub(crate) section: Option<String>,
    pub(crate) keywords: Vec<String>,
    pub(crate) language: Option<String>,
    pub(crate) url: Option<String>,
}

/// How strongly a type marks the page's main entity (0: never the main entity).
pub(crate) fn type_rank(t: &str) -> u8 {
    match t {
        "newsarticle"
        | "article"
        | "blogposting"
        | "reportagenewsarticle"
        | "analysisnewsarticle"
        | "opinionnewsarticle"
        | "reviewnewsarticle"
        | "backgroundnewsarticle"
        | "askpublicnewsarticle"
        | "livebloposting"
        | "liveblogposting"
        | "techarticle"
        | "scholarlyarticle"
        | "report"
        | "satiricalarticle"
        | "advertisercontentarticle"
        | "socialmediaposting"
        | "discussionforumposting"
        | "medicalscholarlyarticle" => 4,
        "product"
        | "recipe"
        | "event"
        | "jobposting"
        | "course"
        | "softwareapplication"
        | "videoobject"
        | "podcastepisode"
        | "review"
        | "question"
        | "howto"
        | "book"
        | "movie"
        | "dataset"
        | "realestatelisting" => 3,
        "qapage" | "faqpage" | "profilepage" | "collectionpage" | "searchresultspage"
        | "itempage" | "aboutpage" | "contactpage" | "checkoutpage" | "medicalwebpage" => 2,
        "webpage" => 1,
        _ => 0,
    }
}

/// The `@type`s of a node, lower case, namespace dropped.
fn types(node: &Map<String, Value>) -> impl Iterator<Item = String> + '_ {
    let list: Vec<&Value> = match node.get("@type") {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(v) => vec![v],
        None => Vec::new(),
    };
    list.into_iter().filter_map(Value::as_str).map(|t| {
        let short = t.rsplit(['/', ':', '#']).next().unwrap_or(t);
        short.trim().to_ascii_lowercase()
    })
}

/// The best rank among a node's types, with that type.
fn best_type(node: &Map<String, Value>) -> (u8, Option<String>) {
    types(node).fold((0, None), |(rank, best), t| {
        let r = type_rank(&t);
        if r > rank || best.is_none() {
            (r.max(rank), Some(t))
        } else {
            (rank, best)
        }
    })
}

/// Parses every script and reads the main entity.
pub(crate) fn read(scripts: &[&str]) -> LdFacts {
    let values: Vec<Value> = scripts
        .iter()
        .filter(|s| s.len() <= MAX_SCRIPT)
        .flat_map(|s| parse_lenient(s))
        .collect();
    if values.is_empty() {
        return LdFacts::default();
    }
    let mut nodes = Vec::new();
    for v in &values {
        flatten(v, &mut nodes, 0);
    }
    let by_id: HashMap<&str, &Map<String, Value>> = nodes
        .iter()
        .filter_map(|n| n.get("@id").and_then(Value::as_str).map(|id| (id, *n)))
        .collect();
    let graph = Graph { by_id };

    let mut main: Option<(&Map<String, Value>, u8, String)> = None;
    let mut page: Option<&Map<String, Value>> = None;
    let mut website = None;
    for node in &nodes {
        let (rank, ty) = best_type(node);
        let Some(ty) = ty else { continue };
        if ty == "website" && website.is_none() {
            website = graph.text(node.get("name"));
        }
        if (1..=2).contains(&rank) && page.is_none() {
            page = Some(node);
        }
        let better = match &main {
            None => rank > 0,
            Some((cur, r, _)) => {
                rank > *r || (rank == *r && !has_headline(cur) && has_headline(node))
            }
        };
        if better {
            main = Some((node, rank, ty));
        }
    }
    let mut facts = LdFacts {
        website,
        ..LdFacts::default()
    };
    let Some((main, _, ty)) = main else {
        facts.publisher = nodes
            .iter()
            .find(|n| types(n).any(|t| t == "organization" || t == "newsmediaorganization"))
            .and_then(|n| graph.text(n.get("name")));
        return facts;
    };
    facts.schema_type = Some(ty);
    let second = page.filter(|p| !std::ptr::eq(*p, main));
    let field = |keys: &[&str]| -> Option<&Value> {
        keys.iter()
            .find_map(|k| main.get(*k))
            .or_else(|| second.and_then(|p| keys.iter().find_map(|k| p.get(*k))))
    };
    facts.headline = graph
        .text(main.get("headline"))
        .or_else(|| graph.text(main.get("name")))
        .or_else(|| second.and_then(|p| graph.text(p.get("headline"))));
    facts.alternative_headline = graph.text(main.get("alternativeHeadline"));
    facts.article_body = main
        .get("articleBody")
        .and_then(Value::as_str)
        .map(|b| crate::text::unescape_entities(b).trim().to_string())
        .filter(|b| !b.is_empty());
    facts.description = graph.text(field(&["description"]));
    facts.published = graph.text(field(&["datePublished", "dateCreated", "uploadDate"]));
    facts.modified = graph.text(field(&["dateModified"]));
    if let Some(a) = main.get("author").or_else(|| main.get("creator")) {
        graph.names(a, &mut facts.authors, 0);
    }
    if facts.authors.is_empty()
        && let Some(a) = second.and_then(|p| p.get("author"))
    {
        graph.names(a, &mut facts.authors, 0);
    }
    facts.publisher_person = field(&["publisher"]).is_some_and(|p| match p {
        Value::Object(o) => types(graph.lookup(o)).any(|t| t == "person"),
        _ => false,
    });
    facts.publisher = field(&["publisher"]).and_then(|p| {
        let mut names = Vec::new();
        graph.names(p, &mut names, 0);
        names.into_iter().next()
    });
    facts.image = field(&["image", "thumbnailUrl"]).and_then(|v| graph.image(v, 0));
    facts.section = graph.first_text(field(&["articleSection"]));
    if let Some(k) = field(&["keywords"]) {
        graph.keywords(k, &mut facts.keywords);
    }
    facts.language = field(&["inLanguage"]).and_then(|v| match v {
        Value::Object(o) => graph.text(o.get("alternateName").or_else(|| o.get("name"))),
        other => graph.text(Some(other)),
    });
    facts.url = graph
        .url(main.get("url"))
        .or_else(|| graph.url(main.get("mainEntityOfPage")));
    facts
}

fn has_headline(node: &Map<String, Value>) -> bool {
    node.get("headline")
        .and_then(Value::as_str)
        .is_some_and(|s| !s.trim().is_empty())
}

/// Collects typed objects below `v`: arrays, `@graph`, and entities nested as `mainEntity`.
fn flatten<'a>(v: &'a Value, out: &mut Vec<&'a Map<String, Value>>, depth: u8) {
    if depth > 6 || out.len() >= MAX_NODES {
        return;
    }
    match v {
        Value::Array(items) => {
            for item in items {
                flatten(item, out, depth + 1);
            }
        }
        Value::Object(map) => {
            if map.contains_key("@type") {
                out.push(map);
            }
            if let Some(g) = map.get("@graph") {
                flatten(g, out, depth + 1);
            }
            for key in ["mainEntity", "mainEntityOfPage", "itemReviewed"] {
                if let Some(inner @ Value::Object(o)) = map.get(key)
                    && o.contains_key("@type")
                {
                    flatten(inner, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

/// Nodes by `@id`, to follow references such as `"author": {"@id": "…#person"}`.
struct Graph<'a> {
    by_id: HashMap<&'a str, &'a Map<String, Value>>,
}

impl<'a> Graph<'a> {
    /// Follows an `{"@id": …}` reference that carries no name of its own.
    fn lookup(&self, map: &'a Map<String, Value>) -> &'a Map<String, Value> {
        if map.len() <= 2
            && !map.contains_key("name")
            && let Some(id) = map.get("@id").and_then(Value::as_str)
            && let Some(target) = self.by_id.get(id)
        {
            return target;
        }
        map
    }

    /// A plain text value: a string, or the first string of an array.
    fn text(&self, v: Option<&'a Value>) -> Option<String> {
        match v? {
            Value::String(s) => crate::text::clean(&crate::text::unescape_entities(s)),
            Value::Array(a) => a.iter().find_map(|x| self.text(Some(x))),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    }

    fn first_text(&self, v: Option<&'a Value>) -> Option<String> {
        match v? {
            Value::Object(o) => self.text(self.lookup(o).get("name")),
            other => self.text(Some(other)),
        }
    }

    /// Names from an author/publisher value: a string, a Person/Organization, or a list.
    fn names(&self, v: &'a Value, out: &mut Vec<String>, depth: u8) {
        if depth > 3 || out.len() >= 16 {
            return;
        }
        match v {
            Value::String(s) => {
                if let Some(name) = crate::text::clean(&crate::text::unescape_entities(s)) {
                    out.push(name);
                }
            }
            Value::Array(items) => {
                for item in items {
                    self.names(item, out, depth + 1);
                }
            }
            Value::Object(o) => {
                let o = self.lookup(o);
                if let Some(name) = o.get("name") {
                    self.names(name, out, depth + 1);
                } else if let (Some(given), Some(family)) = (
                    o.get("givenName").and_then(Value::as_str),
                    o.get("familyName").and_then(Value::as_str),
                ) && let Some(name) = crate::text::clean(&format!("{given} {family}"))
                {
                    out.push(name);
                }
            }
            _ => {}
        }
    }

    fn image(&self, v: &'a Value, depth: u8) -> Option<String> {
        if depth > 3 {
            return None;
        }
        match v {
            Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            Value::Array(items) => items.iter().find_map(|i| self.image(i, depth + 1)),
            Value::Object(o) => {
                let o = self.lookup(o);
                ["url", "contentUrl", "@id"]
                    .iter()
                    .filter_map(|k| o.get(*k))
                    .find_map(|u| u.as_str())
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty() && !s.contains('#'))
            }
            _ => None,
        }
    }

    fn url(&self, v: Option<&'a Value>) -> Option<String> {
        match v? {
            Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            Value::Object(o) => o
                .get("@id")
                .or_else(|| o.get("url"))
                .and_then(Value::as_str)
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
            _ => None,
        }
    }

    fn keywords(&self, v: &'a Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => {
                out.extend(s.split([',', ';']).filter_map(crate::text::clean));
            }
            Value::Array(items) => {
                for item in items.iter().take(64) {
                    if let Value::String(s) = item
                        && let Some(k) = crate::text::clean(s)
                    {
                        out.push(k);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Parses one script's JSON, repairing the common breakage when strict parsing fails.
fn parse_lenient(script: &str) -> Vec<Value> {
    let body = strip_wrappers(script);
    if let Ok(v) = serde_json::from_str::<Value>(body) {
        return vec![v];
    }
    let repaired = repair(body);
    let mut out = Vec::new();
    for v in serde_json::Deserializer::from_str(&repaired).into_iter::<Value>() {
        match v {
            Ok(v) => out.push(v),
            Err(_) => break,
        }
    }
    out
}

/// Drops `<!-- -->` and CDATA wrappers some CMSs put around the JSON.
fn strip_wrappers(s: &str) -> &str {
    let mut s = s.trim();
    for prefix in ["<!--", "//<![CDATA[", "<![CDATA["] {
        s = s.strip_prefix(prefix).unwrap_or(s).trim_start();
    }
    for suffix in ["-->", "//]]>", "]]>"] {
        s = s.strip_suffix(suffix).unwrap_or(s).trim_end();
    }
    s.trim_end_matches(';')
}

/// Replaces raw control characters with spaces and removes trailing commas before `}`/`]`.
fn repair(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_string = false;
    let mut escaped = false;
    let mut pending_comma = false;
    for c in s.chars() {
        if in_string {
            out.push(if c < ' ' { ' ' } else { c });
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        if c.is_whitespace() {
            out.push(' ');
            continue;
        }
        if pending_comma {
            pending_comma = false;
            if c != '}' && c != ']' {
                out.push(',');
            }
        }
        match c {
            ',' => pending_comma = true,
            '"' => {
                in_string = true;
                out.push(c);
            }
            c if c < ' ' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_with_author_reference_and_website() {
        let script = r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","@id":"https://ex.com/#site","name":"Example Times"},
            {"@type":"WebPage","@id":"https://ex.com/a#page","name":"Page name","datePublished":"2024-01-01"},
            {"@type":["NewsArticle"],"headline":"Rates rise again","isPartOf":{"@id":"https://ex.com/a#page"},
             "author":[{"@id":"https://ex.com/#p1"},{"@type":"Person","name":"John Roe"}],
             "datePublished":"2024-10-25T07:30:00+09:00","publisher":{"@id":"https://ex.com/#org"},
             "image":{"@type":"ImageObject","url":"https://ex.com/i.jpg"},"keywords":"rates, economy"},
            {"@type":"Person","@id":"https://ex.com/#p1","name":"Jane Doe"},
            {"@type":"Organization","@id":"https://ex.com/#org","name":"Example Media"}]}"#;
        let f = read(&[script]);
        assert_eq!(f.schema_type.as_deref(), Some("newsarticle"));
        assert_eq!(f.headline.as_deref(), Some("Rates rise again"));
        assert_eq!(f.authors, ["Jane Doe", "John Roe"]);
        assert_eq!(f.publisher.as_deref(), Some("Example Media"));
        assert!(!f.publisher_person);
        assert_eq!(f.website.as_deref(), Some("Example Times"));
        assert_eq!(f.published.as_deref(), Some("2024-10-25T07:30:00+09:00"));
        assert_eq!(f.image.as_deref(), Some("https://ex.com/i.jpg"));
        assert_eq!(f.keywords, ["rates", "economy"]);
    }

    #[test]
    fn a_person_as_publisher_is_marked() {
        let script = r#"{"@graph":[
            {"@type":"Article","headline":"Do fish feel pain?","author":{"@id":"https://ex.com/#p"},"publisher":{"@id":"https://ex.com/#p"}},
            {"@type":["Person","Organization"],"@id":"https://ex.com/#p","name":"Jane Doe"}]}"#;
        let f = read(&[script]);
        assert_eq!(f.publisher.as_deref(), Some("Jane Doe"));
        assert!(f.publisher_person);
    }

    #[test]
    fn broken_json_is_repaired() {
        let script =
            "{\"@type\": \"Article\", \"headline\": \"Line\nbreak\", \"author\": \"A B\",}";
        let f = read(&[script]);
        assert_eq!(f.headline.as_deref(), Some("Line break"));
        assert_eq!(f.authors, ["A B"]);
    }

    #[test]
    fn product_beats_webpage_and_main_entity_is_followed() {
        let script = r#"[{"@type":"WebPage","name":"Shop","mainEntity":{"@type":"Product","name":"Kettle"}}]"#;
        let f = read(&[script]);
        assert_eq!(f.schema_type.as_deref(), Some("product"));
        assert_eq!(f.headline.as_deref(), Some("Kettle"));
    }

    #[test]
    fn garbage_is_skipped() {
        let f = read(&["{not json at all"]);
        assert!(f.schema_type.is_none());
    }
}
