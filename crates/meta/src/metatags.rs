//! `<meta>` vocabularies: Open Graph, `article:*`, Twitter cards, Dublin Core, Parse.ly,
//! Sailthru, plain `name=` tags and microdata on `<meta itemprop>`.
//!
//! Each field has a list of keys, strongest first; keys match case-insensitively.

use crate::collect::MetaTag;

/// Keys naming the article's headline.
pub(crate) const TITLE: &[&str] = &[
    "og:title",
    "twitter:title",
    "headline",
    "dc.title",
    "dcterms.title",
    "parsely-title",
    "sailthru.title",
    "title",
];
/// Keys naming the publication.
pub(crate) const SITE_NAME: &[&str] = &[
    "og:site_name",
    "application-name",
    "apple-mobile-web-app-title",
];
/// Keys holding a summary.
pub(crate) const DESCRIPTION: &[&str] = &[
    "og:description",
    "description",
    "twitter:description",
    "dc.description",
    "dcterms.description",
    "dcterms.abstract",
    "sailthru.description",
];
/// Keys holding the publication date.
pub(crate) const PUBLISHED: &[&str] = &[
    "article:published_time",
    "article:published",
    "og:published_time",
    "og:article:published_time",
    "datePublished",
    "published_time",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "publication_date",
    "article.published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "citation_publication_date",
    "citation_date",
    "rnews:datepublished",
    "originalpublicationdate",
    "dateCreated",
    "date",
];
/// Keys holding the modification date.
pub(crate) const MODIFIED: &[&str] = &[
    "article:modified_time",
    "article:modified",
    "og:updated_time",
    "og:article:modified_time",
    "dateModified",
    "modified_time",
    "article.updated",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "lastmod",
];
/// Keys naming authors.
pub(crate) const AUTHOR: &[&str] = &[
    "dc.creator",
    "dcterms.creator",
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "citation_author",
    "byl",
    "creator",
];
/// Author keys that hold one creator a tag, in a catalogue's "Surname, Given" order.
pub(crate) const ONE_CREATOR: &[&str] = &["dc.creator", "dcterms.creator", "citation_author"];
/// Keys naming the section.
pub(crate) const SECTION: &[&str] = &[
    "article:section",
    "og:article:section",
    "parsely-section",
    "articleSection",
    "section",
];
/// Keys holding one tag each.
pub(crate) const TAG: &[&str] = &["article:tag", "og:article:tag"];
/// Keys holding comma-separated tag lists.
pub(crate) const TAG_LISTS: &[&str] =
    &["parsely-tags", "sailthru.tags", "news_keywords", "keywords"];
/// Keys holding the lead image.
pub(crate) const IMAGE: &[&str] = &[
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "parsely-image-url",
    "sailthru.image.full",
    "thumbnail",
    "image",
];
/// Keys naming the language.
pub(crate) const LANGUAGE: &[&str] = &[
    "content-language",
    "language",
    "dc.language",
    "dcterms.language",
    "inLanguage",
];
/// Keys holding the locale (`en_US`), weaker than a declared language.
pub(crate) const LOCALE: &[&str] = &["og:locale"];

/// The Open Graph object type ("article", "product", "website").
pub(crate) const OG_TYPE: &[&str] = &["og:type"];
/// Keys holding the canonical URL.
pub(crate) const URL: &[&str] = &["og:url", "twitter:url", "parsely-link"];

/// Lookups over the page's `<meta>` tags.
pub(crate) struct MetaTags<'t, 'a> {
    tags: &'t [MetaTag<'a>],
}

impl<'t, 'a> MetaTags<'t, 'a> {
    /// Wraps the tags the walk found.
    pub(crate) fn new(tags: &'t [MetaTag<'a>]) -> Self {
        MetaTags { tags }
    }

    /// The first non-empty value for the strongest key present.
    pub(crate) fn first(&self, keys: &[&str]) -> Option<&'a str> {
        keys.iter().find_map(|k| self.all(k).next())
    }

    /// Every non-empty value for `key`, in page order.
    pub(crate) fn all<'k>(&self, key: &'k str) -> impl Iterator<Item = &'a str> + use<'t, 'a, 'k> {
        self.tags.iter().filter_map(move |t| {
            let v = t.value.trim();
            (key_is(t.key, key) && !v.is_empty()).then_some(v)
        })
    }
}

/// A tag's key names the list's `key`, ignoring case; Dublin Core's RDFa form ("dc:creator")
/// names the same field as its HTML form ("dc.creator").
fn key_is(tag: &str, key: &str) -> bool {
    if tag.eq_ignore_ascii_case(key) {
        return true;
    }
    let Some(dot) = key.find('.') else {
        return false;
    };
    matches!(&key[..dot], "dc" | "dcterms")
        && tag.len() == key.len()
        && tag.as_bytes()[dot] == b':'
        && tag[..dot].eq_ignore_ascii_case(&key[..dot])
        && tag[dot + 1..].eq_ignore_ascii_case(&key[dot + 1..])
}
