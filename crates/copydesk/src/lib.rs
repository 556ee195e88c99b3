//! copydesk: one web page in, one article record out.
//!
//! ```
//! let html = b"<html><head><title>Hi</title></head><body><article><p>Hello, world. \
//!   This is a short article with enough words to count as one.</p></article></body></html>";
//! let article = copydesk::extract(html, &copydesk::Options::default());
//! assert_eq!(article.schema, "copydesk/article@1");
//! ```

pub use copydesk_parse::Limits;
pub use copydesk_record::{
    Amount, Article, Attribution, Author, AuthorKind, Block, Contact, DateMention, Dateline,
    Entity, EntityKind, Facts, Format, Image, PageType, Quote, QuoteKind, Removed, Source,
    SourceKind, Speaker, credited_names, render,
};

/// How to read one page.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The page's URL: resolves relative links and feeds metadata.
    pub url: Option<String>,
    /// The charset named by the transport (HTTP `Content-Type`), if any.
    pub charset: Option<String>,
    /// When the page was fetched (RFC 3339).
    pub fetched_at: Option<String>,
    /// Size budgets.
    pub limits: Limits,
    /// Find the facts in the record's text ([`find_facts`]) and fill [`Article::facts`].
    pub facts: bool,
}

/// The facts in `text` (quotes and their speakers, attributions, entities, amounts, dates,
/// contacts), with spans in Unicode characters into `text` as it is; dates resolve against
/// `published` (RFC 3339 or `YYYY-MM-DD`; an unreadable date is ignored).
pub fn find_facts(text: &str, published: Option<&str>) -> Facts {
    copydesk_facts::find(text, &copydesk_facts::Options::published(published))
}

/// Extracts the article record from the bytes of an HTML page.
pub fn extract(html: &[u8], options: &Options) -> Article {
    let decoded = copydesk_parse::decode(html, options.charset.as_deref());
    extract_str(&decoded.text, options, decoded.guessed)
}

/// The page as a scraper keeps it: all visible text, chrome included, one block per line
/// (see `copydesk_text::scrape`). Used to build page-text evaluation sets from HTML ones.
pub fn page_text(html: &[u8], options: &Options) -> String {
    let decoded = copydesk_parse::decode(html, options.charset.as_deref());
    let parsed = copydesk_parse::parse(&decoded.text, options.limits);
    copydesk_text::page_text(&parsed.dom)
}

/// True when `bytes` look like an HTML document rather than page text: a tag such as
/// `<html`, `<!doctype`, `<head`, `<body`, `<div` or `<p>` near the start.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    const TAGS: &[&[u8]] = &[
        b"<!doctype",
        b"<html",
        b"<head",
        b"<body",
        b"<meta",
        b"<title",
        b"<div",
        b"<p>",
        b"<p ",
        b"<!--",
        b"<?xml",
        b"<article",
        b"<section",
        b"<table",
        b"<script",
        b"<link",
    ];
    let start = &bytes[..bytes.len().min(2048)];
    (0..start.len()).filter(|&i| start[i] == b'<').any(|i| {
        TAGS.iter().any(|t| {
            start[i..]
                .get(..t.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(t))
        })
    })
}

/// [`extract_text`] on bytes: decoded as HTML bytes are (BOM, `options.charset`, UTF-8, or
/// the detector's guess, with a warning then).
pub fn extract_text_bytes(bytes: &[u8], options: &Options) -> Article {
    let decoded = copydesk_parse::decode(bytes, options.charset.as_deref());
    let mut article = extract_text(&decoded.text, options);
    if decoded.guessed {
        article.warnings.insert(0, "charset guessed".to_string());
    }
    article
}

/// Extracts the article record from page text: a WET record, a scraper's dump, text copied
/// from a browser. `options.charset` and `options.limits` do not apply.
pub fn extract_text(text: &str, options: &Options) -> Article {
    let source = Source {
        kind: SourceKind::Text,
        url: options.url.clone(),
        record_id: None,
        fetched_at: options.fetched_at.clone(),
    };
    let mut article = Article::new(source);
    let mut reading = copydesk_text::read(text, options.url.as_deref());
    let credits = copydesk_text::meta::take(&mut reading, options.fetched_at.as_deref());
    article.published = credits.published;
    article.modified = credits.modified;
    article.authors = credits.authors;
    article.headline = reading.headline;
    article.blocks = reading.blocks;
    article.removed = reading.removed;
    article.rebuild_text();
    article.page_type = if article.text.is_empty() {
        PageType::Other
    } else if options
        .url
        .as_deref()
        .is_some_and(copydesk_text::thread::is_thread_url)
    {
        PageType::Forum
    } else {
        PageType::Article
    };
    article.language = copydesk_meta::detect_language(&article.text);
    article.dateline = opening_dateline(&article);
    finish(&mut article, options);
    article
}

/// What every record gets last: the fetch date standing in for a missing publication date,
/// a warning when no content was found, and the facts of its text when asked for.
fn finish(article: &mut Article, options: &Options) {
    if article.published.is_none()
        && let Some(fetched) = &options.fetched_at
    {
        article.published = Some(fetched.clone());
        article
            .warnings
            .push("no publication date on the page: the fetch date stands in".to_string());
    }
    if article.text.is_empty() {
        article.warnings.push("no main content found".to_string());
    }
    if options.facts {
        article.facts = Some(find_facts(&article.text, article.published.as_deref()));
    }
}

fn extract_str(html: &str, options: &Options, charset_guessed: bool) -> Article {
    let source = Source {
        kind: SourceKind::Html,
        url: options.url.clone(),
        record_id: None,
        fetched_at: options.fetched_at.clone(),
    };
    let mut article = Article::new(source);
    if charset_guessed {
        article.warnings.push("charset guessed".to_string());
    }
    let base = options.url.as_deref().and_then(|u| url::Url::parse(u).ok());
    let parsed = copydesk_parse::parse(html, options.limits);
    article.warnings.extend(parsed.warnings);
    let dom = &parsed.dom;
    let meta = copydesk_meta::extract_with(
        dom,
        &copydesk_meta::Options {
            base: base.as_ref(),
            fetched_at: options.fetched_at.as_deref(),
        },
    );
    // Without a page URL, the canonical URL the page declares resolves its image links.
    let content_base = base.clone().or_else(|| {
        meta.canonical_url
            .as_deref()
            .and_then(|u| url::Url::parse(u).ok())
    });
    let ctx = copydesk_content::Context {
        base: content_base.as_ref(),
        headline: meta.headline.as_deref(),
        schema_type: meta.schema_type.as_deref(),
        og_type: meta.og_type.as_deref(),
        // SEO plugins stamp every page of a site with a publication date on a generic
        // WebPage entity: a date there, without an author, does not make a story.
        dated_or_signed: (meta.published.is_some()
            && !meta
                .schema_type
                .as_deref()
                .is_some_and(|t| t.eq_ignore_ascii_case("webpage")))
            || !meta.authors.is_empty(),
        authors: meta.authors.iter().map(|a| a.name.as_str()).collect(),
        opens_byline: Some(copydesk_meta::text_lines::opens_byline_line),
    };
    let content = copydesk_content::extract(dom, &ctx);
    article.page_type = content.page_type.unwrap_or(PageType::Other);
    article.blocks = content.blocks;
    article.headline = meta.headline;
    article.subheadline = meta.subheadline;
    article.site_name = meta.site_name;
    article.canonical_url = meta.canonical_url;
    article.language = meta.language;
    article.description = meta.description;
    article.published = meta.published;
    article.modified = meta.modified;
    article.authors = meta.authors;
    article.section = meta.section;
    article.tags = meta.tags;
    article.lead_image = meta.lead_image;
    caption_lead_image(&mut article);
    article.rebuild_text();
    if let Some(body) = meta.article_body.as_deref() {
        use_structured_body(&mut article, body, options.limits);
    }
    article.dateline = opening_dateline(&article);
    if article.language.is_none() {
        article.language = copydesk_meta::detect_language(&article.text);
    }
    finish(&mut article, options);
    article
}

/// How many blocks into the body a dateline may stand (a figure or a standfirst may come
/// before the first paragraph).
const DATELINE_BLOCKS: usize = 3;

/// The dateline that opens the story's first paragraph, if any (articles only: a product
/// or documentation page that opens with "SKU: …" has none).
fn opening_dateline(article: &Article) -> Option<Dateline> {
    if article.page_type != PageType::Article {
        return None;
    }
    let first = article
        .blocks
        .iter()
        .take(DATELINE_BLOCKS)
        .find_map(|b| match b {
            Block::Paragraph { text } => Some(text.as_str()),
            _ => None,
        })?;
    copydesk_meta::dateline::read(first, article.published.as_deref()).map(|o| o.dateline)
}

/// Gives the lead image the caption and credit of the body figure that shows the same picture.
fn caption_lead_image(article: &mut Article) {
    let Some(lead) = article.lead_image.as_mut() else {
        return;
    };
    if lead.caption.is_some() {
        return;
    }
    let Some(src) = lead.src.as_deref() else {
        return;
    };
    let figure = article.blocks.iter().find_map(|b| match b {
        Block::Figure {
            src: Some(fig_src),
            caption,
            credit,
        } if same_image(fig_src, src) => Some((caption.clone(), credit.clone())),
        _ => None,
    });
    if let Some((caption, credit)) = figure {
        lead.caption = caption;
        lead.credit = credit;
    }
}

/// True when two image URLs name the same file (query strings and size suffixes aside).
fn same_image(a: &str, b: &str) -> bool {
    fn file(u: &str) -> &str {
        let path = u.split(['?', '#']).next().unwrap_or(u);
        path.rsplit('/').next().unwrap_or(path)
    }
    let (fa, fb) = (file(a), file(b));
    !fa.is_empty() && fa == fb
}

/// The visible body must hold at least this share of the structured data's `articleBody`;
/// below it, the page shows a teaser or renders the story with scripts.
const STRUCTURED_BODY_SHARE: usize = 2;
/// … and `articleBody` must be at least this long (characters) to be trusted as the story.
const STRUCTURED_BODY_MIN: usize = 400;

/// Replaces the body with the structured data's `articleBody` when the page shows much less.
/// An `articleBody` written in HTML (some CMSs put the story's markup there, boxes and
/// embeds included) is read as a page of its own, so that its tags and boxes stay out.
fn use_structured_body(article: &mut Article, body: &str, limits: Limits) {
    let blocks: Vec<Block> = if looks_like_html(body.as_bytes()) {
        let parsed = copydesk_parse::parse(body, limits);
        copydesk_content::extract(&parsed.dom, &copydesk_content::Context::default())
            .blocks
            .into_iter()
            .filter(|b| !matches!(b, Block::Figure { .. }))
            .collect()
    } else {
        body.lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .map(|text| Block::Paragraph { text })
            .collect()
    };
    let body_chars: usize = blocks.iter().map(|b| b.plain_text().chars().count()).sum();
    let text_chars = article.text.chars().count();
    if body_chars < STRUCTURED_BODY_MIN || text_chars * STRUCTURED_BODY_SHARE >= body_chars {
        return;
    }
    let figures: Vec<Block> = article
        .blocks
        .drain(..)
        .filter(|b| matches!(b, Block::Figure { .. }))
        .collect();
    article.blocks = blocks;
    article.blocks.extend(figures);
    article.rebuild_text();
    article
        .warnings
        .push("body taken from the page's structured data (articleBody)".to_string());
}
