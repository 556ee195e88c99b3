//! Whole-page tests on small realistic fixtures.

use super::*;

fn read(html: &str, url: Option<&str>) -> Metadata {
    let parsed = copydesk_parse::parse(html, copydesk_parse::Limits::default());
    let base = url.and_then(|u| url::Url::parse(u).ok());
    extract(&parsed.dom, base.as_ref())
}

fn names(m: &Metadata) -> Vec<&str> {
    m.authors.iter().map(|a| a.name.as_str()).collect()
}

#[test]
fn jsonld_graph_with_author_array() {
    let html = r#"<!doctype html><html lang="en-GB"><head>
<title>Rates rise again as inflation bites | The Example Times</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://ex.com/#website","name":"The Example Times"},
 {"@type":"WebPage","@id":"https://ex.com/2024/rates#webpage","url":"https://ex.com/2024/rates"},
 {"@type":"NewsArticle","headline":"Rates rise again as inflation bites",
  "author":[{"@type":"Person","name":"Jane Doe"},{"@id":"https://ex.com/#/person/2"}],
  "datePublished":"2024-10-25T07:30:00+01:00","dateModified":"2024-10-25T09:00:00+01:00",
  "articleSection":"Business","keywords":["Economy","Interest rates","economy"],
  "image":[{"@type":"ImageObject","url":"/img/rates.jpg"}],
  "publisher":{"@type":"Organization","name":"Example Media Group"}},
 {"@type":"Person","@id":"https://ex.com/#/person/2","name":"John Roe"}]}</script>
</head><body><article><h1>Rates rise again as inflation bites</h1><p>Text.</p></article></body></html>"#;
    let m = read(html, Some("https://ex.com/2024/rates"));
    assert_eq!(
        m.headline.as_deref(),
        Some("Rates rise again as inflation bites")
    );
    assert_eq!(names(&m), ["Jane Doe", "John Roe"]);
    assert_eq!(m.site_name.as_deref(), Some("The Example Times"));
    assert_eq!(m.published.as_deref(), Some("2024-10-25T07:30:00+01:00"));
    assert_eq!(m.modified.as_deref(), Some("2024-10-25T09:00:00+01:00"));
    assert_eq!(m.section.as_deref(), Some("Business"));
    assert_eq!(m.tags, ["Economy", "Interest rates"]);
    assert_eq!(m.schema_type.as_deref(), Some("newsarticle"));
    assert_eq!(m.language.as_deref(), Some("en"));
    assert_eq!(
        m.lead_image.and_then(|i| i.src).as_deref(),
        Some("https://ex.com/img/rates.jpg")
    );
}

#[test]
fn open_graph_and_twitter_only() {
    let html = r#"<html><head>
<meta property="og:title" content="Storm closes coastal roads">
<meta property="og:site_name" content="Coast News">
<meta property="og:description" content="Heavy rain  and wind.">
<meta property="og:image" content="https://cdn.coast.example/storm.jpg">
<meta property="og:url" content="https://coast.example/news/storm">
<meta property="og:locale" content="fr_FR">
<meta name="twitter:title" content="Storm closes roads (Twitter)">
<meta property="article:published_time" content="2023-03-04T10:00:00Z">
<meta property="article:tag" content="Weather"><meta property="article:tag" content="Roads">
<meta name="author" content="Marie Curie">
</head><body><p>Body</p></body></html>"#;
    let m = read(html, None);
    assert_eq!(m.headline.as_deref(), Some("Storm closes coastal roads"));
    assert_eq!(m.site_name.as_deref(), Some("Coast News"));
    assert_eq!(m.description.as_deref(), Some("Heavy rain and wind."));
    assert_eq!(
        m.canonical_url.as_deref(),
        Some("https://coast.example/news/storm")
    );
    assert_eq!(m.published.as_deref(), Some("2023-03-04T10:00:00Z"));
    assert_eq!(m.tags, ["Weather", "Roads"]);
    assert_eq!(names(&m), ["Marie Curie"]);
    assert_eq!(m.language.as_deref(), Some("fr"));
    assert!(m.schema_type.is_none());
}

#[test]
fn dublin_core_in_its_rdfa_form() {
    // Repositories and library sites write Dublin Core as RDFa properties ("dc:creator"),
    // several to one tag, rather than as `name="DC.creator"`. Such a record names its creator
    // more deliberately than the CMS's `name="author"` tag.
    let html = r#"<html lang="en"><head>
<meta name="author" content="Marine Records Office">
<meta property="dc:title dcterms:alternative" content="Tidal records of the Severn estuary">
<meta property="dc:creator" content="Aled Pritchard">
<meta property="dcterms:issued" content="2021-06-14">
</head><body><p>Survey notes.</p></body></html>"#;
    let m = read(html, None);
    assert_eq!(
        m.headline.as_deref(),
        Some("Tidal records of the Severn estuary")
    );
    assert_eq!(names(&m), ["Aled Pritchard"]);
    assert_eq!(m.published.as_deref(), Some("2021-06-14"));
}

#[test]
fn title_loses_site_suffix() {
    let html = r#"<html><head><title>Council approves new bridge - Riverside Herald</title>
<meta name="application-name" content="Riverside Herald"></head>
<body><div class="content"><h1>Council approves new bridge</h1></div></body></html>"#;
    let m = read(html, None);
    assert_eq!(m.headline.as_deref(), Some("Council approves new bridge"));
    assert_eq!(m.site_name.as_deref(), Some("Riverside Herald"));
}

#[test]
fn title_prefix_site_without_other_evidence() {
    let html = r#"<html><head><title>Riverside Herald: Council approves new bridge</title></head>
<body><h1>Council approves new bridge</h1></body></html>"#;
    let m = read(html, Some("https://www.riversideherald.example/bridge"));
    assert_eq!(m.headline.as_deref(), Some("Council approves new bridge"));
}

#[test]
fn visible_byline_with_agency() {
    let html = r#"<html><head><title>Talks resume</title></head><body>
<aside class="sidebar"><div class="author">Sidebar Person</div></aside>
<article><h1>Talks resume</h1>
<p class="byline">By Jane Doe and John Roe, Reuters</p>
<p>Negotiators met on Friday.</p></article></body></html>"#;
    let m = read(html, None);
    assert_eq!(names(&m), ["Jane Doe", "John Roe", "Reuters"]);
    assert_eq!(m.authors[2].kind, copydesk_record::AuthorKind::Organization);
    assert_eq!(m.authors[1].kind, copydesk_record::AuthorKind::Person);
    assert_eq!(
        m.authors[0].raw.as_deref(),
        Some("By Jane Doe and John Roe, Reuters")
    );
}

#[test]
fn sidebar_time_does_not_beat_jsonld() {
    let html = r#"<html><head>
<script type="application/ld+json">{"@type":"BlogPosting","headline":"A walk in the hills",
"datePublished":"25.10.2024"}</script></head><body>
<aside><ul><li><time datetime="2024-11-30">Nov 30</time> Other post</li></ul></aside>
<article><h1>A walk in the hills</h1><p>We walked.</p></article></body></html>"#;
    let m = read(html, None);
    assert_eq!(m.published.as_deref(), Some("2024-10-25"));
    assert_eq!(m.schema_type.as_deref(), Some("blogposting"));
}

#[test]
fn article_time_beats_sidebar_time() {
    let html = r#"<html><body>
<aside><time datetime="2024-11-30T08:00:00Z">Nov 30</time></aside>
<article><header><h1>Harvest report</h1>
<span class="posted-on">Posted on <time class="entry-date published">October 3, 2024</time></span>
<time class="updated" datetime="2024-10-05">Oct 5</time></header><p>Crops.</p></article>
</body></html>"#;
    let m = read(html, None);
    assert_eq!(m.published.as_deref(), Some("2024-10-03"));
    assert_eq!(m.modified.as_deref(), Some("2024-10-05"));
}

#[test]
fn modified_before_published_is_dropped() {
    let html = r#"<html><head>
<meta property="article:published_time" content="Fri, 25 Oct 2024 07:30:00 +0900">
<meta property="article:modified_time" content="2024/10/20">
</head><body></body></html>"#;
    let m = read(html, None);
    assert_eq!(m.published.as_deref(), Some("2024-10-25T07:30:00+09:00"));
    assert_eq!(m.modified, None);
}

#[test]
fn url_date_is_the_last_resort() {
    let html = "<html><body><h1>Interning small integers</h1></body></html>";
    let m = read(html, Some("https://blog.example/2019/10/21/interning/"));
    assert_eq!(m.published.as_deref(), Some("2019-10-21"));
}

#[test]
fn language_from_html_lang() {
    let html = r#"<html lang="de-DE"><head><meta property="og:locale" content="en_US"></head>
<body><p>Hallo</p></body></html>"#;
    assert_eq!(read(html, None).language.as_deref(), Some("de"));
}

#[test]
fn microdata_article() {
    let html = r#"<html><body>
<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Kettle</span></div>
</body></html>"#;
    assert_eq!(read(html, None).schema_type.as_deref(), Some("product"));
    let html = r#"<html><body><div itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headline">Dam opens</h1>
<span itemprop="author" itemscope itemtype="http://schema.org/Person">By <span itemprop="name">Ana Silva</span></span>
<meta itemprop="datePublished" content="2022-06-01">
</div></body></html>"#;
    let m = read(html, None);
    assert_eq!(m.schema_type.as_deref(), Some("newsarticle"));
    assert_eq!(m.headline.as_deref(), Some("Dam opens"));
    assert_eq!(names(&m), ["Ana Silva"]);
    assert_eq!(m.published.as_deref(), Some("2022-06-01"));
}

#[test]
fn canonical_and_base_element() {
    let html = r#"<html><head><base href="https://static.example/site/">
<link rel="canonical" href="story.html"><meta property="og:image" content="img/a.png"></head>
<body></body></html>"#;
    let m = read(html, Some("https://www.example/page"));
    assert_eq!(
        m.canonical_url.as_deref(),
        Some("https://static.example/site/story.html")
    );
    assert_eq!(
        m.lead_image.and_then(|i| i.src).as_deref(),
        Some("https://static.example/site/img/a.png")
    );
}

#[test]
fn catalogue_creators_one_a_tag() {
    let html = r#"<html lang="en"><head><title>Storage over WebFinger</title>
<meta name="DC.Creator" content="Kooman, F.">
<meta name="DC.Creator" content="Jong, Michiel de">
<meta name="citation_title" content="Storage over WebFinger">
</head><body><pre>INTERNET DRAFT</pre></body></html>"#;
    assert_eq!(names(&read(html, None)), ["F. Kooman", "Michiel de Jong"]);
}

#[test]
fn a_heading_that_links_home_is_the_site_name() {
    // Documentation generators set the project's name as an `<h1>` linking to the index
    // above the page's own `<h1>`.
    let html = r##"<html lang="en"><head><title>Tern documentation</title></head><body>
<div class="header"><h1 class="heading"><a href="../index.html"><span>Tern documentation</span></a></h1></div>
<div class="content"><h1>Configuring the cache<a class="headerlink" href="#configuring">¶</a></h1>
<p>The cache keeps compiled templates between runs; its size is set in tern.toml.</p></div>
</body></html>"##;
    assert_eq!(
        read(html, None).headline.as_deref(),
        Some("Configuring the cache")
    );
}

#[test]
fn site_name_loses_its_tagline() {
    let html = r#"<html lang="cs"><head>
<meta property="og:site_name" content="Zpravy.cz - Víte, co se právě děje">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Most přes Vltavu otevřen","publisher":{"@type":"Organization","name":"Zpravy.cz"}}</script>
</head><body><article><h1>Most přes Vltavu otevřen</h1><p>Text.</p></article></body></html>"#;
    assert_eq!(read(html, None).site_name.as_deref(), Some("Zpravy.cz"));
}

#[test]
fn site_name_is_not_an_author() {
    let html = r#"<html><head><meta property="og:site_name" content="Daily Planet">
<meta name="author" content="Daily Planet"></head><body>
<article><h1>Hero spotted</h1><div class="article-author"><a rel="author" href="/a/lois">Lois Lane</a></div></article>
</body></html>"#;
    assert_eq!(names(&read(html, None)), ["Lois Lane"]);
}

fn read_fetched(html: &str, url: Option<&str>, fetched_at: &str) -> Metadata {
    let parsed = copydesk_parse::parse(html, copydesk_parse::Limits::default());
    let base = url.and_then(|u| url::Url::parse(u).ok());
    extract_with(
        &parsed.dom,
        &Options {
            base: base.as_ref(),
            fetched_at: Some(fetched_at),
        },
    )
}

#[test]
fn sidebar_related_date_does_not_beat_the_byline_date() {
    let html = r#"<html><body>
<div class="related-posts"><h3>More stories</h3><ul>
<li><a href="/a">Older story</a> <span>October 28, 2024</span></li></ul></div>
<div class="content"><h1>Harbour reopens after storm</h1>
<p class="meta">By Ann Lee · Friday, October 25, 2024</p>
<p>The harbour reopened on Monday after the storm of October 21, 2024 closed it.</p></div>
<div id="sidebar"><p>Posted October 29, 2024</p></div>
</body></html>"#;
    let m = read_fetched(html, None, "2024-11-01T00:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2024-10-25"));
}

#[test]
fn date_line_near_the_headline_beats_one_far_below() {
    let html = r#"<html><body><div class="wrap">
<h1>Council votes on budget</h1><p>3. März 2023</p>
<p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p>
<p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p>
<p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p>
<p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p>
<p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p><p>Text.</p>
<p>Veröffentlicht am 12.04.2023</p></div></body></html>"#;
    let m = read_fetched(html, None, "2024-01-01T00:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2023-03-03"));
}

#[test]
fn german_page_with_published_and_updated_lines() {
    let html = r#"<html lang="de"><body><article>
<h1>Neue Radwege für die Innenstadt</h1>
<div class="artikel-kopf"><span>Von Klaus Berg</span>
<span>Veröffentlicht am 25. Oktober 2024, 10:15 Uhr</span>
<span>Aktualisiert am 26.10.2024, 08:00 Uhr</span></div>
<p>Die Stadt baut neue Radwege.</p></article></body></html>"#;
    let m = read_fetched(html, None, "2024-11-01T00:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2024-10-25T10:15:00"));
    assert_eq!(m.modified.as_deref(), Some("2024-10-26T08:00:00"));
}

#[test]
fn relative_date_counts_back_from_the_fetch_time() {
    let html = r#"<html><body><article><h1>Markets open higher</h1>
<span class="byline">By Jo Park</span><span>2 hours ago</span>
<p>Stocks rose.</p></article></body></html>"#;
    let m = read_fetched(html, None, "2024-10-25T08:30:00Z");
    assert_eq!(m.published.as_deref(), Some("2024-10-25T06:30:00Z"));
    let de = r#"<html><body><article><h1>Börse im Plus</h1>
<p class="zeit">vor 3 Tagen</p><p>Die Kurse stiegen.</p></article></body></html>"#;
    let m = read_fetched(de, None, "2024-10-25T08:30:00Z");
    assert_eq!(m.published.as_deref(), Some("2024-10-22"));
    // Without a fetch time there is nothing to count back from.
    assert_eq!(read(html, None).published, None);
}

#[test]
fn url_date_when_the_page_shows_none() {
    let html = "<html><body><article><h1>Rain again</h1><p>It rained.</p></article></body></html>";
    let m = read_fetched(
        html,
        Some("https://news.example/2024/10/25/rain-again/"),
        "2024-11-01T00:00:00Z",
    );
    assert_eq!(m.published.as_deref(), Some("2024-10-25"));
    let m = read_fetched(
        html,
        Some("https://news.example/archive/20230317/rain"),
        "2024-11-01T00:00:00Z",
    );
    assert_eq!(m.published.as_deref(), Some("2023-03-17"));
}

#[test]
fn future_dates_are_refused() {
    let html = r#"<html><head>
<meta property="article:published_time" content="2031-05-01T00:00:00Z">
</head><body><article><h1>Event preview</h1><p class="date">24.10.2024</p>
<p>Text.</p></article></body></html>"#;
    let m = read_fetched(html, None, "2024-10-25T08:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2024-10-24"));
}

#[test]
fn published_after_modified_drops_the_modified_date() {
    let html = r#"<html><head>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget",
"datePublished":"2024-10-25T09:00:00+02:00","dateModified":"2024-10-24T09:00:00+02:00"}</script>
</head><body></body></html>"#;
    let m = read_fetched(html, None, "2024-11-01T00:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2024-10-25T09:00:00+02:00"));
    assert_eq!(m.modified, None);
}

#[test]
fn utc_timestamp_gives_way_to_the_day_in_the_url() {
    let html = r#"<html><head>
<meta property="article:published_time" content="2023-11-09T03:10:00Z">
</head><body><h1>Late council vote</h1></body></html>"#;
    let url = Some("https://paper.example/2023/11/08/late-council-vote/");
    let m = read_fetched(html, url, "2023-11-10T00:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2023-11-08"));
    // With a zone offset the timestamp already is the local time: kept.
    let html = html.replace("03:10:00Z", "03:10:00+01:00");
    let m = read_fetched(&html, url, "2023-11-10T00:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2023-11-09T03:10:00+01:00"));
}

#[test]
fn blog_widget_and_topic_classes_do_not_hide_the_post_date() {
    let html = r#"<html><body><div class="widget Blog" id="Blog1">
<div class="post hentry category-popular tag-comments">
<h2 class="date-header"><span>Wednesday, March 30, 2011</span></h2>
<h3 class="post-title">This is my old blog</h3><p>Text.</p></div></div></body></html>"#;
    let m = read_fetched(html, None, "2020-01-01T00:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2011-03-30"));
}

#[test]
fn copyright_and_comment_dates_give_way_to_the_url_date() {
    let html = r#"<html><body><div class="main"><h1>Recipe: liver with apple</h1>
<p>Cook it slowly.</p></div>
<p>Kommentar von Mareike, 8. Dezember 2010 um 10:56</p>
<p>© 2019 Example Kitchen</p></body></html>"#;
    let m = read_fetched(
        html,
        Some("https://example.com/2010/11/30/liver/"),
        "2020-01-01T00:00:00Z",
    );
    assert_eq!(m.published.as_deref(), Some("2010-11-30"));
}

#[test]
fn a_page_with_only_comment_dates_takes_the_first_as_a_last_resort() {
    let html = r#"<html><body><div class="main"><h1>Recipe: liver with apple</h1>
<p>Cook it slowly.</p></div>
<div class="comments"><p><small class="commentmetadata">8. Dezember 2010 um 10:56</small></p>
<p><small class="commentmetadata">9. Dezember 2010 um 08:00</small></p></div>
<p>© 2019 Example Kitchen</p></body></html>"#;
    let m = read_fetched(html, None, "2020-01-01T00:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2010-12-08T10:56:00"));
}

#[test]
fn the_vote_counts_how_often_a_day_is_shown() {
    // Teasers in page chrome: one other story's date, then the page's own day three times.
    let html = r#"<html><body><h1>Our club news</h1><p>Text without a date.</p>
<div class="teaser"><span>03.02.2022</span> Older story</div>
<div class="teaser"><span>05.02.2022</span> This story</div>
<div class="related"><span>05.02.2022</span> This story again</div>
<footer><span>05.02.2022</span></footer></body></html>"#;
    let m = read_fetched(html, None, "2022-03-01T00:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2022-02-05"));
}

#[test]
fn the_vote_weighs_a_time_in_chrome_over_link_texts() {
    let html = r#"<html><body><h1>Tag des Huhns</h1><p>Text.</p>
<ul class="sidebar"><li><a href="/a">Tippspiel 28.01.2022</a></li>
<li><a href="/b">Tippspiel 28.01.2022</a></li></ul>
<div class="footer"><time itemprop="datePublished" datetime="2022-01-21">21.01.2022</time></div>
</body></html>"#;
    let m = read_fetched(html, None, "2022-03-01T00:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2022-01-21"));
}

#[test]
fn link_paths_and_data_attributes_vote() {
    let html = r#"<html><head><link rel="canonical" href="https://example.org/news/29-10-2021"></head>
<body><h1>Erfolgsgeschichte</h1><p>Text.</p>
<a href="https://example.org/2021/10/29/erfolg/">Link</a>
<a href="https://example.org/2019/01/05/old/">Old</a></body></html>"#;
    let m = read_fetched(html, None, "2022-03-01T00:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2021-10-29"));
}

#[test]
fn abbr_title_and_data_date_vote() {
    let html = r#"<html><body><h1>Stammtisch</h1><p>Text.</p>
<div data-date="2020-01-29"></div><p><abbr title="29 Jan 2020, 13:22">last week</abbr></p>
<p><a href="/calendar">Calendar</a></p></body></html>"#;
    let m = read_fetched(html, None, "2022-03-01T00:00:00Z");
    assert_eq!(m.published.as_deref().map(|d| &d[..10]), Some("2020-01-29"));
}

#[test]
fn a_time_inside_the_headline_is_the_date() {
    let html = r#"<html><body><nav><a href="/x">Home</a></nav>
<p>Termin (bis 31.12.2018)</p>
<main><h1><span class="supertitle"><time datetime="2022-02-01">1. Februar 2022</time></span>
<span class="title">Bundesministerin im Gespräch</span></h1><p>Text.</p></main></body></html>"#;
    let m = read_fetched(html, None, "2022-03-01T00:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2022-02-01"));
}

#[test]
fn a_paragraph_that_starts_with_a_date_votes() {
    let long = "Der Arbeitsmarkt ist gut in das Jahr gestartet. ".repeat(10);
    let html = format!(
        r#"<html><body><h1>Arbeitsmarkt</h1><div class="copy"><p><strong>01.02.2022 {long}</strong></p></div></body></html>"#
    );
    let m = read_fetched(&html, None, "2022-03-01T00:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2022-02-01"));
}

#[test]
fn an_embedded_video_does_not_date_the_article() {
    let html = r#"<html><head>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2017-12-01T12:01:11+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject",
"name":"Your Browser, Everywhere","uploadDate":"2015-01-16T14:53:35+01:00"}</script>
</head><body><h1>Export all your browser data</h1><p>Text.</p></body></html>"#;
    let m = read(html, None);
    assert_eq!(m.published.as_deref(), Some("2017-12-01T12:01:11+01:00"));
}

#[test]
fn an_app_state_script_dates_a_page_that_shows_no_date() {
    let html = r#"<html><head><script>window.__STATE__={"product":{"title":"Sidamo",
"publisher":{"name":"Shop"},"published_at":"2019-03-02T06:22:28+01:00"}};</script></head>
<body><h1>Sidamo coffee</h1><p>Grown at 2000 metres.</p>
<div class="related"><span>05.01.2020</span> Other story</div></body></html>"#;
    let m = read_fetched(html, None, "2022-03-01T00:00:00Z");
    assert_eq!(m.published.as_deref(), Some("2019-03-02T06:22:28+01:00"));
}
