//! Whole-page tests of headline, site-name and byline rules on small realistic fixtures.

use super::*;

fn read(html: &str, url: &str) -> Metadata {
    let parsed = copydesk_parse::parse(html, copydesk_parse::Limits::default());
    let base = url::Url::parse(url).ok();
    extract(&parsed.dom, base.as_ref())
}

#[test]
fn hidden_heading_and_buttons_in_a_heading_do_not_count() {
    let html = r#"<html><head><title>News - Lake Institute</title>
<meta property="og:title" content="The first electron decides">
</head><body><h1 class="header pagetitle hidden">News</h1>
<main><h1>The first electron decides <button>Copy link</button><span hidden>Saved to your list</span></h1>
<p>Researchers found that the first electron transfer sets the pace of the reaction.</p></main>
</body></html>"#;
    let m = read(html, "https://lake.example/news/electron");
    assert_eq!(m.headline.as_deref(), Some("The first electron decides"));
}

#[test]
fn words_before_the_declared_headline_are_a_label() {
    let html = r#"<html><head><title>Which host should I buy? | Hosting Talk</title>
<meta property="og:title" content="Which host should I buy?">
</head><body><h1>Thread: Which host should I buy?</h1><p>I am looking for a host.</p>
</body></html>"#;
    let m = read(html, "https://forum.example/showthread.php?t=1");
    assert_eq!(m.headline.as_deref(), Some("Which host should I buy?"));

    let dated = r#"<html><head><title>The Blog</title>
<script type="application/ld+json">{"@type":"BlogPosting","headline":"Preparing a transition"}</script>
</head><body><h2>Dec 18 2025 Preparing a transition</h2><p>Text of the post.</p></body></html>"#;
    let m = read(dated, "https://blog.example/transition.html");
    assert_eq!(m.headline.as_deref(), Some("Preparing a transition"));
}

#[test]
fn a_quotation_before_the_declared_headline_stays() {
    let html = r#"<html><head><title>Kramer misses the Games - skijumping.example</title>
<meta property="og:title" content="Kramer misses the Games - skijumping.example">
</head><body><article><h1>"Pure emptiness": Kramer misses the Games</h1><p>Text.</p></article>
</body></html>"#;
    let m = read(html, "https://skijumping.example/news/kramer");
    assert_eq!(
        m.headline.as_deref(),
        Some("\"Pure emptiness\": Kramer misses the Games")
    );
}

#[test]
fn of_two_agreeing_headings_the_closer_one_wins() {
    let html = r#"<html><head>
<title>Customs online - Notices - Tobacco tax act promulgated</title>
<meta name="title" content="Notices - Tobacco tax act promulgated">
</head><body><h1 class="stage-headline">Notices</h1>
<div class="content"><h1>Tobacco tax act promulgated</h1><p>The act was promulgated today.</p></div>
</body></html>"#;
    let m = read(html, "https://customs.example/notices/tobacco.html");
    assert_eq!(m.headline.as_deref(), Some("Tobacco tax act promulgated"));
}

#[test]
fn a_sentence_in_the_site_name_tag_is_no_site_name() {
    let html = r#"<html><head>
<title>Cup preview: Stans looks forward to a duel of brothers and many fans - Handball Club</title>
<meta property="og:site_name" content="Cup preview: Stans looks forward to a duel of brothers and many fans - Handball Club">
</head><body><h1>Cup preview: Stans looks forward to a duel of brothers and many fans</h1>
<p>Text.</p></body></html>"#;
    let m = read(html, "https://handball.example/news/cup-preview");
    assert_eq!(
        m.headline.as_deref(),
        Some("Cup preview: Stans looks forward to a duel of brothers and many fans")
    );
    assert_ne!(
        m.site_name.as_deref(),
        Some(
            "Cup preview: Stans looks forward to a duel of brothers and many fans - Handball Club"
        )
    );
}

#[test]
fn a_section_name_opening_the_title_is_not_the_headline() {
    let html = r#"<html><head>
<title>Example.de | Culture | Books | Book of the week: the year 1619 told again</title>
</head><body><h1>Books</h1><h2>Book of the week: the year 1619 told again</h2>
<p>Text of the review.</p></body></html>"#;
    let m = read(html, "https://www.example.de/kultur/buch");
    assert_eq!(
        m.headline.as_deref(),
        Some("Book of the week: the year 1619 told again")
    );
}

#[test]
fn the_first_post_of_a_thread_names_its_author() {
    let post = |who: &str, text: &str| {
        format!(
            r#"<div class="post" itemscope itemtype="https://schema.org/Comment">
<div class="userinfo"><span itemprop="author" itemscope itemtype="https://schema.org/Person">
<a href="/members/{who}"><span itemprop="name">{who}</span></a></span>
<div class="usertitle">Junior Member</div><div class="joined">Join date: Mar 2021</div>
<div class="posts">Posts: 12</div></div>
<div class="postbody"><p>{text}</p><p>Regards</p><div class="signature"><p>My site</p></div></div>
<ul class="postfoot"><li><a href="/reply">Reply</a></li><li><a href="/quote">Quote</a></li></ul></div>"#
        )
    };
    let html = format!(
        "<html><head><title>Which host should I buy? | Hosting Talk</title></head><body>\
         <h1>Which host should I buy?</h1>{}{}{}</body></html>",
        post("hostlar", "What do you look at when you buy hosting?"),
        post("fullarton", "Uptime and support."),
        post("domaincart", "The price, mostly.")
    );
    let m = read(&html, "https://forum.example/showthread.php?t=1");
    let names: Vec<&str> = m.authors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["hostlar"]);
}

#[test]
fn the_site_declared_as_author_credits_the_page_when_no_person_does() {
    let html = r#"<html><head><title>Davis Cup: two newcomers named - Tennis Federation</title>
<meta property="og:site_name" content="Tennis Federation">
<meta name="author" content="Tennis Federation">
</head><body><article><h1>Davis Cup: two newcomers named</h1>
<p>The captain named two newcomers for the qualifiers.</p></article></body></html>"#;
    let m = read(html, "https://tennis.example/news/davis-cup");
    let names: Vec<&str> = m.authors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Tennis Federation"]);
}

#[test]
fn a_site_name_and_its_tagline_as_author_give_way_to_the_byline() {
    let html = r#"<html><head><title>Remembrance day: stones laid for the victims</title>
<meta name="author" content="L-MAG – Das Magazin für Lesben">
</head><body><article><h1>Remembrance day: stones laid for the victims</h1>
<p class="intro">Von Claudia Lindner</p>
<p>Stones were laid on Friday to remember the victims.</p></article></body></html>"#;
    let m = read(html, "https://www.l-mag.de/news/remembrance");
    let names: Vec<&str> = m.authors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Claudia Lindner"]);
}

#[test]
fn initials_declared_as_author_give_way_to_the_byline() {
    let html = r#"<html><head><title>How the auction of the church treasures went</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"How the auction of the church treasures went","author":{"@type":"Person","name":"LN"}}</script>
</head><body><article><h1>How the auction of the church treasures went</h1>
<p class="intro">Von Cosima Künzel</p>
<p>The parish auctioned its treasures on Saturday.</p></article></body></html>"#;
    let m = read(html, "https://www.news.example/local/auction");
    let names: Vec<&str> = m.authors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Cosima Künzel"]);
}

/// The names the byline credits (people before organisations).
fn author_names(m: &Metadata) -> Vec<&str> {
    copydesk_record::credited_names(&m.authors)
}

#[test]
fn a_person_publishing_a_personal_site_is_its_author() {
    let html = r#"<html><head><title>Do fish feel pain? - Angling Mag</title>
<meta property="og:site_name" content="Angling Mag">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"Article","headline":"Do fish feel pain?","author":{"@id":"https://angling.example/#/person/1"},
 "publisher":{"@id":"https://angling.example/#/person/1"}},
{"@type":["Person","Organization"],"@id":"https://angling.example/#/person/1","name":"Jane Doe"}]}</script>
</head><body><article><h1>Do fish feel pain?</h1>
<div class="entry-meta"><span class="author-box">Jane Doe Chefredakteur</span>
<span class="author-meta">ca. 8 Min. 12.01.2022</span></div>
<p>Whether fish feel pain has long been argued over by anglers and biologists.</p>
</article></body></html>"#;
    let m = read(html, "https://angling.example/fish-pain/");
    assert_eq!(author_names(&m), ["Jane Doe"]);
}

#[test]
fn a_byline_naming_the_site_credits_it_when_no_person_is_named() {
    let html = r#"<html><head><title>Transit trust rejects the county's data - Lakeside Today</title>
<meta property="og:site_name" content="Lakeside Today">
</head><body><article><h1>Transit trust rejects the county's data</h1>
<div class="post-author">Written by Lakeside Today on November 7, 2023</div>
<p>The trust rejected the data the county sent on the busway.</p>
</article></body></html>"#;
    let m = read(html, "https://www.lakesidetoday.example/transit/");
    assert_eq!(author_names(&m), ["Lakeside Today"]);
}

#[test]
fn the_line_under_the_headline_is_the_article_s_whatever_its_class() {
    let html = r#"<html><head><title>Pandemic: how people die matters too</title></head><body>
<article><h1><span class="teaser-small__kicker">Pandemic</span> How people die matters too</h1>
<div class="teaser-small__metadata"><p class="byline__author">VON <a href="/authors/roe">JOHN ROE</a> am 21. April 2020</p></div>
<p>The debate about the lockdown has so far been led by virologists and economists.</p>
</article></body></html>"#;
    let m = read(html, "https://magazine.example/politics/pandemic");
    assert_eq!(author_names(&m), ["JOHN ROE"]);
}

#[test]
fn signatures_set_off_by_dashes_and_leads_that_say_what_was_done() {
    let html = r#"<html><head><title>Micropolitics</title></head><body>
<div id="article"><h1>Micropolitics</h1><p>Micropolitics is opposed to the politics of the molar.</p>
<div><span><strong><em>---- by Kenneth Roe</em></strong></span></div></div></body></html>"#;
    let m = read(html, "https://dictionary.example/micropolitics");
    assert_eq!(author_names(&m), ["Kenneth Roe"]);

    let html = r#"<html><head><title>Vatican elects a new council</title></head><body>
<article><h1>Vatican elects a new council</h1>
<div class="documentInfo"><span>erstellt von <a href="/author/dominique">Dominique</a></span></div>
<p>The council met on Sunday for the first time.</p></article></body></html>"#;
    let m = read(html, "https://news.example/vatican");
    assert_eq!(author_names(&m), ["Dominique"]);
}

#[test]
fn a_label_on_its_own_names_what_follows() {
    let html = r#"<html><head><title>The new Skoda tested</title></head><body>
<article><h1>The new Skoda tested</h1><div class="col">
<h5 class="title-inline">Datum: </h5>03.11.2021<br>
<h5 class="title-inline">Autor: </h5>Peter Roe/SP-X</div>
<p>The new model drives better than its predecessor.</p></article></body></html>"#;
    let m = read(html, "https://cars.example/tests/skoda");
    assert_eq!(author_names(&m), ["Peter Roe"]);

    let html = r#"<html><head><title>Where did you enter the Union?</title></head><body>
<main><h1>Where did you enter the Union?</h1><section class="news__meta-header">
<h4 class="news__meta-title">Autor</h4><p class="news__meta-text"><a href="/profile/roe">Nikolai Roe</a>, </p>
</section><p>Refugees in quarantine told us how they came.</p></main></body></html>"#;
    let m = read(html, "https://foundation.example/news/quarantine");
    assert_eq!(author_names(&m), ["Nikolai Roe"]);
}

#[test]
fn a_class_naming_the_layout_is_no_sidebar() {
    let html = r#"<html><head><title>A somersault through Leipzig</title></head><body>
<div class="layoutTwoColumnsRightSidebar site container_12"><div id="content"><div class="grid_8">
<h1>A somersault through Leipzig</h1>
<p><em>Text von Christian Roe &nbsp; &nbsp;Illustration von Markus Doe</em></p>
<p>The last time I was in Leipzig something strange happened to me.</p></div>
<div class="grid_4 sidebar"><p>Von Max Muster: more stories</p></div></div></div></body></html>"#;
    let m = read(html, "https://food.example/stories/leipzig");
    assert_eq!(author_names(&m), ["Christian Roe"]);
}

#[test]
fn ruby_readings_are_not_part_of_the_heading() {
    let html = r#"<html><head><title>EASY NEWS|子どもへの体罰を禁止する法律ができる</title>
<meta property="og:title" content="EASY NEWS|子どもへの体罰を禁止する法律ができる">
</head><body><article><h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を<ruby>禁止<rp>(</rp><rt>きんし</rt><rp>)</rp></ruby>する<ruby>法律<rt>ほうりつ</rt></ruby>ができる</h1>
<p>国会で法律が決まりました。</p></article></body></html>"#;
    let m = read(html, "https://news.example/easy/k100.html");
    assert_eq!(
        m.headline.as_deref(),
        Some("子どもへの体罰を禁止する法律ができる")
    );
}

#[test]
fn a_kicker_element_the_title_leaves_out_goes() {
    let html = r#"<html><head><title>Vaccination stays open everywhere until February</title>
<meta property="og:title" content="Press releases">
</head><body><main><h1><span class="css-a1">Press release of the Health Directorate <span class="css-b2">:</span></span>Vaccination stays open everywhere until February</h1>
<p>The vaccination centres in the three cities remain open.</p></main></body></html>"#;
    let m = read(html, "https://canton.example/press/vaccination");
    assert_eq!(
        m.headline.as_deref(),
        Some("Vaccination stays open everywhere until February")
    );
}

#[test]
fn a_subtitle_glued_to_the_heading_goes() {
    let html = r#"<html><head><title>Two power-play goals: Munich lose in Tampere - Hockey News</title>
<meta property="og:title" content="Two power-play goals: Munich lose in Tampere">
</head><body><article><h1> <span class="articleoverline">The Champions League semi-final on Tuesday</span> <span class="articleheadline">Two power-play goals: Munich lose in Tampere</span> </h1>
<p>Munich missed the final.</p></article></body></html>"#;
    let m = read(html, "https://hockey.example/news/semi-final");
    assert_eq!(
        m.headline.as_deref(),
        Some("Two power-play goals: Munich lose in Tampere")
    );

    let br = r#"<html><head><title>Rates rise again | The Ledger</title>
</head><body><article><h1>Rates rise again<br>Why the bank moved before the summer</h1>
<p>The bank raised its rate.</p></article></body></html>"#;
    let m = read(br, "https://ledger.example/rates");
    assert_eq!(m.headline.as_deref(), Some("Rates rise again"));
}

#[test]
fn a_kicker_the_title_sets_apart_goes() {
    let html = r#"<html><head><title>Coronavirus and other zoonoses – How habitat loss breeds epidemics | Daily Gazette</title>
<meta property="og:title" content="Coronavirus and other zoonoses – How habitat loss breeds epidemics">
</head><body><article><h1><span class="head-top">Coronavirus and other zoonoses</span><span aria-hidden="true"> – </span><span class="head-text">How habitat loss breeds epidemics</span></h1>
<p>The virus came from an animal.</p></article></body></html>"#;
    let m = read(html, "https://gazette.example/science/zoonoses");
    assert_eq!(
        m.headline.as_deref(),
        Some("How habitat loss breeds epidemics")
    );
}

#[test]
fn a_blog_name_in_the_heading_and_title_is_the_site() {
    let html = r#"<html><head><title>Sliced liver with apple and onion in cream | Love goes through the stomach</title>
</head><body><div id="header"><h1>Love goes through the stomach</h1></div>
<h2>Pages</h2><h2>Journal</h2><h2>Categories</h2><h2>Calendar</h2>
<div class="post"><h2>Sliced liver with apple and onion in cream</h2><p>Slice the liver thinly and fry it with the apple.</p></div>
</body></html>"#;
    let m = read(html, "https://kitchen.example/liver");
    assert_eq!(
        m.headline.as_deref(),
        Some("Sliced liver with apple and onion in cream")
    );
}

#[test]
fn a_short_label_after_a_bar_in_the_heading_goes() {
    let html = r#"<html><head><title>What we do not want to hear | Interscenario</title>
</head><body><article><h1>What we do not want to hear | FACETS.NET</h1><p>Text.</p></article>
</body></html>"#;
    let m = read(html, "https://interscenario.example/hear");
    assert_eq!(m.headline.as_deref(), Some("What we do not want to hear"));
}

#[test]
fn a_date_before_the_heading_goes() {
    let html = r#"<html><head><title>23.01.2022 - Wierer wins the last race - Biathlon Valley</title>
</head><body><article><h1>23.01.2022 - Wierer wins the last race</h1><p>Text.</p></article>
</body></html>"#;
    let m = read(html, "https://biathlon.example/news/wierer");
    assert_eq!(m.headline.as_deref(), Some("Wierer wins the last race"));
}

#[test]
fn a_heading_a_source_spells_whole_stays_whole() {
    let html = r#"<html><head><title>Realty Hub | Real Estate 101</title>
<meta property="og:title" content="Real Estate Investing for Beginners Real Estate 101">
</head><body><article><h1>Real Estate Investing for Beginners <br>Real Estate 101</h1>
<p>Text.</p></article></body></html>"#;
    let m = read(html, "https://realty.example/learn/101");
    assert_eq!(
        m.headline.as_deref(),
        Some("Real Estate Investing for Beginners Real Estate 101")
    );

    // A roofline the heading's text leaves out is no part to choose.
    let roofline = r#"<html><head><title>Worm box | selbst.example</title>
</head><body><article><h1><span class="article-header__roofline">Worm box</span> Worm box built yourself</h1>
<p>Text.</p></article></body></html>"#;
    let m = read(roofline, "https://selbst.example/worm-box");
    assert_eq!(m.headline.as_deref(), Some("Worm box built yourself"));

    // A kicker a colon joins reads as part of the headline.
    let colon = r#"<html><head><title>Dance in the old depot: Washed in every water - Daily</title>
<meta property="og:title" content="Dance in the old depot: Washed in every water">
</head><body><article><h1><span class="kick">Dance in the old depot</span>: <span>Washed in every water</span></h1>
<p>Text.</p></article></body></html>"#;
    let m = read(colon, "https://daily.example/culture/dance");
    assert_eq!(
        m.headline.as_deref(),
        Some("Dance in the old depot: Washed in every water")
    );
}

#[test]
fn a_heading_of_punctuation_is_no_headline_and_a_kicker_leaves_no_colon() {
    let dots = r#"<html><head><title>...: Hello again!</title>
<meta property="og:title" content="Hello again!">
</head><body><h1>...</h1><div class="post"><h3>Hello again!</h3><p>It has been a while.</p></div>
</body></html>"#;
    let m = read(dots, "https://dots.example/2020/04/hello.html");
    assert_eq!(m.headline.as_deref(), Some("Hello again!"));

    let topline = r#"<html><head><title>Aviation takes off again | Industry Weekly</title>
</head><body><article><h1><span class="headline headline--topline">Orders at a high</span>
<span class="headline headline--colon">: </span><span class="headline headline--1">Aviation takes off again</span></h1>
<p>Text.</p></article></body></html>"#;
    let m = read(topline, "https://industry.example/aviation");
    assert_eq!(m.headline.as_deref(), Some("Aviation takes off again"));
}

#[test]
fn an_icon_glyph_after_a_heading_goes() {
    let html = "<html><head><title>Ansible playbooks &mdash; Docs</title></head><body><main>\
<h1>Ansible playbooks<a class=\"headerlink\" href=\"#ansible-playbooks\">\u{f0c1}</a></h1>\
<p>Playbooks describe a deployment.</p></main></body></html>";
    let m = read(html, "https://docs.example/playbooks.html");
    assert_eq!(m.headline.as_deref(), Some("Ansible playbooks"));
}
