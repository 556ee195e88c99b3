//! One hand-written page per extraction rule of the facade and the content pass: structured
//! body, description and fetch-date fallbacks, language detection, standfirsts, collapsed
//! panels, discussion threads, "commentary", `<br>` lists, invisible characters, promo
//! openers and hidden copies. Every assertion names the exact strings expected.

mod support;

use copydesk::{Block, Options, PageType};
use support::{assert_absent, assert_in_order, dump, extract_fixture, fixture, paragraphs};

const STRUCTURED_BODY_WARNING: &str = "body taken from the page's structured data (articleBody)";
const NO_CONTENT_WARNING: &str = "no main content found";
const FETCH_DATE_WARNING: &str = "no publication date on the page: the fetch date stands in";

fn has_warning(a: &copydesk::Article, warning: &str) -> bool {
    a.warnings.iter().any(|w| w == warning)
}

/// How many times `needle` occurs in the article text.
fn occurrences(a: &copydesk::Article, needle: &str) -> usize {
    a.text.matches(needle).count()
}

// ---------------------------------------------------------------------------------------------
// 1. The structured data's `articleBody` replaces a teaser, but not a complete visible body.

#[test]
fn structured_article_body_replaces_a_paywalled_teaser() {
    let a = extract_fixture(
        "structured-teaser.html",
        Some("https://northportledger.example/business/ferry-operator-fined-lifeboat-drills"),
    );
    assert!(has_warning(&a, STRUCTURED_BODY_WARNING), "{}", dump(&a));
    assert_eq!(
        a.blocks,
        [
            "The Northport harbour authority has fined the ferry operator Saltway Lines 84,000 pounds after inspectors found that lifeboat drills on two of its vessels had been logged but never carried out.",
            "Inspectors boarded the Morwenna and the Kestrel Bay during routine checks in June and asked crew members to demonstrate the launch of a lifeboat. On both ships, the crew could not lower the boats within the ten minutes required by the safety code, and the drill logs showed exercises on dates when the vessels had been in dry dock.",
            "The authority's chief inspector, Gareth Pennick, said the fine reflected the seriousness of falsified records rather than the state of the equipment itself, which was found to be in working order.",
            "Saltway Lines said in a statement that it accepted the findings, had dismissed one senior officer and had hired an outside firm to supervise drills on all six of its ships until the end of the year.",
            "The company has 28 days to appeal. Passenger groups have asked the authority to publish the full inspection reports, which it has so far declined to do, citing an ongoing review of the operator's licence.",
        ]
        .map(|t| Block::Paragraph {
            text: t.to_string()
        }),
        "{}",
        dump(&a)
    );
    assert_absent(&a, &["Subscribe", "1 pound a week", "Log in"]);
}

#[test]
fn article_body_in_html_is_read_as_a_page() {
    let a = extract_fixture(
        "structured-markup-teaser.html",
        Some("https://kestrelvalleypost.example/news/water-bills-rise"),
    );
    assert!(has_warning(&a, STRUCTURED_BODY_WARNING), "{}", dump(&a));
    assert_in_order(
        &a,
        &[
            "The Kestrel Valley water board will raise household bills by 6 per cent from April",
            "adds about 31 pounds a year to an average bill.",
            "Burst mains",
            "Councillor Ruth Amadi said the board had known",
            "left 4,000 homes in Eastfold without water for two days in January.",
        ],
    );
    assert_absent(
        &a,
        &[
            "<p",
            "</p>",
            "<audio",
            "water-board-chair-owen-prothero",
            "createElement",
        ],
    );
}

#[test]
fn markup_does_not_make_an_article_body_look_longer_than_the_page() {
    let a = extract_fixture(
        "structured-markup-complete.html",
        Some("https://kestrelvalleypost.example/news/water-bills-rise-2"),
    );
    assert!(!has_warning(&a, STRUCTURED_BODY_WARNING), "{}", dump(&a));
    assert_eq!(paragraphs(&a).len(), 2, "{}", dump(&a));
    assert_absent(&a, &["<p", "<audio", "Read also"]);
}

#[test]
fn complete_visible_body_is_not_replaced_by_article_body() {
    let a = extract_fixture(
        "structured-complete.html",
        Some("https://northportledger.example/education/library-exam-hours"),
    );
    assert!(!has_warning(&a, STRUCTURED_BODY_WARNING), "{}", dump(&a));
    // The visible body's subheading survives: the articleBody has none.
    assert_eq!(
        a.blocks,
        [
            Block::Paragraph {
                text: "Northport's central library will stay open until 10pm on weekdays from Monday until the end of June, the council said, after students complained that the reading rooms were full by mid-afternoon.".into()
            },
            Block::Paragraph {
                text: "The extra hours will cost about 19,000 pounds, which the council will take from an underspent budget for its events programme.".into()
            },
            Block::Heading {
                level: 2,
                text: "Quiet floors".into()
            },
            Block::Paragraph {
                text: "The head librarian, Priya Nandakumar, said the study spaces on the second floor would be kept silent and that the cafe would close at the usual time of 6pm.".into()
            },
            Block::Paragraph {
                text: "Students will need a library card to enter after 7pm, and security staff will be on duty at the main entrance until closing.".into()
            },
        ],
        "{}",
        dump(&a)
    );
}

// ---------------------------------------------------------------------------------------------
// 2. A script-rendered shell: the body stays empty (never invented), the record says why, and
//    the page's description is still in its own field.

#[test]
fn script_shell_gives_an_empty_body_with_a_warning() {
    let a = extract_fixture(
        "script-shell.html",
        Some("https://metrotransit.example/news/night-buses-airport"),
    );
    let description = "Night buses will run between the city centre and the airport every 30 minutes from 1 November, the transit authority said on Tuesday.";
    assert_eq!(a.description.as_deref(), Some(description), "{}", dump(&a));
    assert!(a.blocks.is_empty(), "{}", dump(&a));
    assert_eq!(a.text, "");
    assert!(has_warning(&a, NO_CONTENT_WARNING), "{}", dump(&a));
    assert_absent(&a, &["__APP_CONFIG__", "gtag", "dataLayer"]);
}

// ---------------------------------------------------------------------------------------------
// 3. The fetch date stands in only when the page has no date at all.

fn extract_fetched(name: &str, url: &str) -> copydesk::Article {
    let options = Options {
        url: Some(url.to_string()),
        fetched_at: Some("2024-10-25T08:00:00Z".to_string()),
        ..Options::default()
    };
    copydesk::extract(&fixture(name), &options)
}

#[test]
fn fetch_date_stands_in_when_the_page_has_no_date() {
    let a = extract_fetched(
        "undated-notice.html",
        "https://islesnews.example/notices/ferry-winter-timetable",
    );
    assert_eq!(
        a.published.as_deref(),
        Some("2024-10-25T08:00:00Z"),
        "{}",
        dump(&a)
    );
    assert!(has_warning(&a, FETCH_DATE_WARNING), "{}", dump(&a));
    assert_eq!(a.source.fetched_at.as_deref(), Some("2024-10-25T08:00:00Z"));
    assert_eq!(paragraphs(&a).len(), 5, "{}", dump(&a));
    assert_absent(
        &a,
        &["Useful numbers", "01234 567 890", "run by volunteers"],
    );
}

#[test]
fn json_ld_date_is_not_overridden_by_the_fetch_date() {
    let a = extract_fetched(
        "dated-jsonld.html",
        "https://islesnews.example/news/lighthouse-cottage-museum",
    );
    assert_eq!(
        a.published.as_deref(),
        Some("2024-10-21T06:45:00+01:00"),
        "{}",
        dump(&a)
    );
    assert!(!has_warning(&a, FETCH_DATE_WARNING), "{}", dump(&a));
}

// ---------------------------------------------------------------------------------------------
// 4. Language from the text when the markup names none.

#[test]
fn german_page_without_lang_markup_is_detected_as_german() {
    let a = extract_fixture(
        "german-no-lang.html",
        Some("https://kreisbote.example/lokales/radwege-ringstrasse"),
    );
    assert_eq!(a.language.as_deref(), Some("de"), "{}", dump(&a));
    assert_in_order(
        &a,
        &[
            "Der Stadtrat hat am Donnerstagabend mit großer Mehrheit beschlossen",
            "Der Antrag soll noch vor Weihnachten gestellt werden.",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// 5. The standfirst in the article's <header> opens the body; byline and date stay out.

#[test]
fn standfirst_in_the_header_leads_the_body_without_byline_or_date() {
    let a = extract_fixture(
        "lead-standfirst.html",
        Some("https://westvaleherald.example/environment/2024/06/12/lead-pipes"),
    );
    assert_eq!(
        paragraphs(&a),
        [
            "Households in the oldest terraces of Westvale will get new supply pipes free of charge after tests found lead above the legal limit in one tap in twelve.",
            "Aquara Water said it would begin work in September in the streets around the old mill, where most houses were built before 1900 and still draw water through lead pipes laid when they were new.",
            "The company tested water in 1,800 homes over the winter. In 150 of them, lead levels in the first water drawn in the morning were above ten micrograms per litre, the limit set by the drinking water regulations.",
            "Residents will be offered free water filters until their pipes are replaced, and the company has asked parents of children under six to run the tap for two minutes before drinking from it.",
            "The programme will cost about 11 million pounds and is expected to take three years, a spokesperson for Aquara said, adding that customers elsewhere would not see their bills rise to pay for it.",
        ],
        "{}",
        dump(&a)
    );
    // The standfirst is the first block of all.
    assert_eq!(
        a.blocks.first().map(Block::plain_text).as_deref(),
        Some(paragraphs(&a)[0]),
        "{}",
        dump(&a)
    );
    assert_absent(
        &a,
        &[
            "Daniel Okafor",
            "Environment correspondent",
            "12 June 2024",
            "8:00am",
            "Share on Facebook",
            "River quality report",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// 6. Collapsed FAQ answers and tab panels are content; a hidden cookie modal is not.

#[test]
fn collapsed_faq_answers_and_tab_panels_are_read() {
    let a = extract_fixture(
        "faq-panels.html",
        Some("https://riverton.example/bins/bulky-waste/faq"),
    );
    assert_in_order(
        &a,
        &[
            "We collect large household items such as furniture and fridges from your home for a fee.",
            "How much does a collection cost?",
            "A collection of up to three items costs 28 pounds, and each additional item costs 6 pounds, up to a maximum of ten items per visit.",
            "What items can you not take?",
            "We cannot take building rubble, garden waste, car parts, gas bottles or anything containing asbestos, and items must be small enough to fit through a standard door.",
            "Where should I leave my items?",
            "Please put your items outside your property by 7am on the day of collection, close to the pavement, and make sure they do not block the path for wheelchairs or prams.",
            "Can I pay online?",
            "Book and pay online with a debit or credit card; you will receive a reference number and your collection date by email straight away.",
            "Can I book by phone?",
            "Call the contact centre on 0300 123 4567, Monday to Friday between 9am and 5pm, and have your card and the list of items ready when you ring.",
        ],
    );
    assert_absent(
        &a,
        &[
            "We use cookies",
            "necessary cookies",
            "Accept all",
            "Reject optional cookies",
            "Booking a collection",
            "Town Hall",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// 7. On a discussion thread, comment regions are the content; on a news article they are not.

const REPLIES: [&str; 3] = [
    "A cold shed is fine as long as it stays frost free. The problem is the paper sacks, which keep them too dark and too damp; spread them out in shallow trays instead.",
    "I use egg boxes on the spare bedroom windowsill from late January. Short, dark green shoots are what you want, and you should rub off all but three or four before planting.",
    "Thanks both, I will buy some shallow trays this weekend and move the whole lot to the windowsill after New Year so they get some light.",
];

#[test]
fn forum_thread_keeps_replies_in_a_comment_list() {
    let a = extract_fixture(
        "forum-comment-list.html",
        Some("https://forum.example/t/best-way-to-store-seed-potatoes-over-winter/4471"),
    );
    let mut expected = vec![
        "Last year half of my seed potatoes went soft and sprouted long white shoots before I could plant them, and I kept them in paper sacks in the garden shed.",
        "This winter I would like to do better. Do people chit them in egg boxes on a windowsill, or keep them somewhere dark and cold until February?",
    ];
    expected.extend(REPLIES);
    assert_in_order(&a, &expected);
    assert_absent(&a, &["Log in to reply", "community forum"]);
}

#[test]
fn news_article_drops_the_same_comment_list() {
    let a = extract_fixture(
        "news-comment-list.html",
        Some("https://westvaleherald.example/news/2024/11/04/allotment-waiting-list"),
    );
    assert_eq!(a.page_type, PageType::Article, "{}", dump(&a));
    assert_eq!(
        paragraphs(&a),
        [
            "More than 600 people are now waiting for an allotment in Westvale, twice as many as five years ago, and some have been on the list since before the pandemic, figures released by the council show.",
            "The council's parks committee will look at three sites on Thursday, including a former bowling green and a strip of land beside the railway, which could provide about 90 new plots between them.",
            "Plot holders have also been asked whether they would split full-size plots in two, which the allotment association says many older members would welcome because a full plot is hard work.",
        ],
        "{}",
        dump(&a)
    );
    assert_absent(
        &a,
        &[
            "3 comments",
            "I have been on this list for four years now.",
            "Splitting plots is a good idea.",
            "The bowling green would be perfect",
            "old_ted",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// 8. "commentary" names an opinion piece, not reader comments.

#[test]
fn commentary_section_is_the_article_body() {
    let a = extract_fixture(
        "commentary.html",
        Some("https://dailymeridian.example/opinion/four-day-week-hospital-rota"),
    );
    assert_eq!(
        paragraphs(&a),
        [
            "The health ministry's plan to offer junior doctors a four-day week is a welcome sign that someone in government has noticed how tired they are, but it treats the symptom and leaves the disease untouched.",
            "The real problem is that wards are staffed to a rota drawn up fifteen years ago, when there were a third fewer patients over eighty. Squeezing the same hours into fewer days will only make each shift longer and more dangerous.",
            "What hospitals need is more doctors on the night shift, and that means training places, not timetables. The ministry cut medical school places twice in the last decade and has yet to restore them.",
            "Until it does, every rota reform will be a reshuffle of exhaustion, and the patients at the end of a fourteen-hour shift will be the ones who pay for it.",
        ],
        "{}",
        dump(&a)
    );
    // The real reader comments are still dropped.
    assert_absent(&a, &["Reader comments", "My daughter works nights"]);
}

// ---------------------------------------------------------------------------------------------
// 9. A long `<br>` list of signatories does not outvote the letter.

#[test]
fn open_letter_wins_over_its_signatory_list() {
    let a = extract_fixture(
        "open-letter.html",
        Some("https://sciencecommons.example/letters/keep-the-seed-bank-public"),
    );
    let letter = [
        "We, the undersigned researchers in plant science, ecology and agriculture, write to urge the government to withdraw its proposal to move the national seed bank into a private trust funded by commercial licensing.",
        "The seed bank holds more than 40,000 samples of crop varieties and wild relatives, many of which exist nowhere else. Its value lies in the fact that anyone, from a smallholder to a university, can request seed on equal terms, and that no variety is dropped because it does not sell.",
        "A trust that must pay its way will, sooner or later, favour the collections that earn licence fees. The rare landraces that breeders may need in thirty years, when the climate has changed, will be the first to go, and once lost they cannot be recreated.",
        "We ask the minister to keep the seed bank within the public research budget, to publish the full review that led to the proposal, and to consult the scientific community before any decision is taken.",
    ];
    let paras = paragraphs(&a);
    assert!(paras.len() >= 4, "{}", dump(&a));
    assert_eq!(paras[..4], letter, "{}", dump(&a));
    assert_absent(&a, &["Contact", "Privacy"]);
}

// ---------------------------------------------------------------------------------------------
// 10. Soft hyphens, zero-width spaces and ruby annotations leave no trace.

#[test]
fn soft_hyphens_zero_width_spaces_and_ruby_text_disappear() {
    let a = extract_fixture(
        "invisible-chars.html",
        Some("https://kulturspiegel.example/ausstellungen/handschriften-japan-europa"),
    );
    assert_eq!(
        paragraphs(&a),
        [
            "Das Landesmuseum zeigt ab Samstag Handschriften aus dem Mittelalter, die zum ersten Mal nebeneinander mit japanischen Schriftrollen aus derselben Zeit zu sehen sind.",
            "Im Mittelpunkt steht die Frage, wie Schreiber in beiden Kulturen mit fremden Zeichen umgingen. Ein Schaukasten erklärt die Schriftzeichen 漢字, die aus China übernommen wurden, ganz ähnlich wie das lateinische Alphabet nach Nordeuropa kam.",
            "Die Kuratorinnen haben zwei Jahre an der Ausstellung gearbeitet. Viele der Leihgaben stammen aus Klöstern, die ihre Bestände bisher nie verliehen haben, und dürfen nur bei gedämpftem Licht gezeigt werden.",
            "Die Ausstellung läuft bis Ende März. Der Eintritt kostet acht Euro, ermäßigt fünf Euro; an jedem ersten Sonntag im Monat ist er frei.",
        ],
        "{}",
        dump(&a)
    );
    assert!(
        !a.text.contains(['\u{ad}', '\u{200b}']),
        "invisible characters left in the text\n{}",
        dump(&a)
    );
    assert_absent(&a, &["かん", "じ", "(", "Auch interessant"]);
}

// ---------------------------------------------------------------------------------------------
// 11. Cross-promotion lines in four languages are dropped; the story around them stays.

#[test]
fn promo_openers_in_several_languages_are_dropped() {
    let a = extract_fixture(
        "promo-openers.html",
        Some("https://eurorail-digest.example/news/2024/12/09/night-train-four-countries"),
    );
    assert_eq!(
        paragraphs(&a),
        [
            "The new sleeper service between Madrid, Paris, Cologne and Amsterdam starts next week. Our correspondents report from each end of the line, each in their own language.",
            "El primer tren nocturno saldrá de la estación de Chamartín el lunes a las ocho de la tarde y llegará a París a primera hora de la mañana, con coches cama de dos y cuatro plazas.",
            "Los billetes más baratos, en asiento reclinable, costarán 49 euros, y los compartimentos privados rondarán los 180 euros por trayecto completo.",
            "À Paris, le train fera une halte de quarante minutes à la gare d'Austerlitz, le temps de changer de locomotive et d'accueillir les voyageurs venus de Bordeaux.",
            "La SNCF précise que les billets seront vendus sur son site à partir de jeudi, avec une réduction pour les moins de vingt-sept ans.",
            "In Köln hält der Zug mitten in der Nacht, gegen drei Uhr. Fahrgäste, die hier zusteigen, sollen ihre Abteile ohne Weckruf erreichen können, verspricht die Bahn.",
            "Die Deutsche Bahn stellt für den Abschnitt bis Amsterdam eigenes Personal, das auch Frühstück im Abteil serviert.",
            "In Amsterdam, the train arrives at Centraal at 9.15am, in time for connections to the Eurostar and to ferries at the Hook of Holland.",
            "The operators say they will add a second weekly departure in the summer if the first months sell well, and a stop in Brussels is under discussion.",
        ],
        "{}",
        dump(&a)
    );
    assert_absent(
        &a,
        &[
            "Lea también",
            "Renfe presenta",
            "lire aussi",
            "Grèves à la SNCF",
            "Das könnte Sie auch interessieren",
            "Deutschlandticket",
            "READ MORE",
            "Eurostar adds early departures",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// 12. A hidden schema.org copy of the story does not double the text.

#[test]
fn hidden_microdata_copy_does_not_duplicate_the_body() {
    let a = extract_fixture(
        "hidden-microdata-copy.html",
        Some("https://baysidetoday.example/local/coastal-road-closed-again"),
    );
    let body = [
        "The coastal road between Bayside and Port Ellen was closed again on Sunday night after waves threw rocks and seaweed across both lanes, the third closure this month.",
        "Highways crews reopened one lane by mid-morning, but the council said the road would close automatically whenever the tide and wind forecasts reached the same level as at the weekend.",
        "Residents of Port Ellen face a forty-minute detour inland when the road is shut, and the bus company has warned that school services may run late on stormy mornings.",
        "The council has applied for funding to raise the sea wall along the worst stretch, a project it estimates at six million pounds, and expects an answer early next year.",
    ];
    assert_eq!(paragraphs(&a), body, "{}", dump(&a));
    for p in body {
        assert_eq!(
            occurrences(&a, p),
            1,
            "{p:?} not exactly once\n{}",
            dump(&a)
        );
    }
    assert_absent(&a, &["Yellow wind warning", "Weather warnings"]);
}

// ---------------------------------------------------------------------------------------------
// The lead image takes the caption and credit of the body figure showing the same picture, and
// the canonical URL resolves image links when no page URL is given.

#[test]
fn lead_image_takes_the_caption_of_its_figure() {
    let page = br#"<html><head><title>Ferry fares rise - Bay Herald</title>
<link rel="canonical" href="https://herald.example/news/2025/ferry-fares">
<meta property="og:image" content="https://herald.example/img/ferry-1200.jpg?w=1200">
</head><body><article><h1>Ferry fares rise</h1>
<figure><img src="/img/ferry-1200.jpg" alt=""><figcaption>The morning ferry leaves Pier 3. (AP Photo/Jane Doe)</figcaption></figure>
<p>Ferry fares on the bay routes will rise by ten percent from July, the operator said on Monday, citing fuel costs and the new crew agreement.</p>
<p>Commuters' groups said the rise, the second in a year, would push more people back onto the bridge, where traffic already backs up for an hour each morning.</p>
</article></body></html>"#;
    let a = copydesk::extract(page, &Options::default());
    let lead = a.lead_image.as_ref().expect("a lead image");
    assert_eq!(
        lead.caption.as_deref(),
        Some("The morning ferry leaves Pier 3.")
    );
    assert_eq!(lead.credit.as_deref(), Some("AP Photo/Jane Doe"));
    assert!(a.blocks.iter().any(|b| matches!(b,
        Block::Figure { src: Some(s), .. } if s == "https://herald.example/img/ferry-1200.jpg")));
}

// ---------------------------------------------------------------------------------------------
// Line breaks in the HTML source are spaces: only `<br>` breaks a line inside a paragraph.

#[test]
fn source_line_breaks_do_not_break_paragraphs() {
    let page = b"<html><body><article><h1>Progress report</h1>
<p>The backend is an ahead-of-time
code generator, meaning that it can be loaded by the existing
frontend while it benefits from the other compiler's optimisations.</p>
<p>Build times fell by a third this month,<br>and the test suite now passes on four architectures.</p>
</article></body></html>";
    let a = copydesk::extract(page, &Options::default());
    assert_eq!(
        support::paragraphs(&a),
        [
            "The backend is an ahead-of-time code generator, meaning that it can be loaded by the existing frontend while it benefits from the other compiler's optimisations.",
            "Build times fell by a third this month,\nand the test suite now passes on four architectures.",
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// An author box inside the article, a "Read also:" label left without its links, and a
// call to action at the end are not the story.

#[test]
fn author_box_orphan_label_and_call_to_action_are_dropped() {
    let page = br#"<html><head><title>Allotments - Valley Courier</title></head><body>
<article><h1>Allotment waiting list halves</h1>
<div class="entry-content">
<p>The waiting list for the town's allotments has halved in a year, after the council split forty large plots into eighty half plots and opened a new site by the river.</p>
<p>Gardeners who had waited since 2019 were offered a plot in March, and the council says the list should be cleared by the end of next year if demand holds steady.</p>
<p>Lesen Sie auch:</p>
<ul class="related-links"><li><a href="/a">Council budget</a></li><li><a href="/b">River path reopens</a></li></ul>
<p>Subscribe now to get the Courier's gardening pages every Saturday.</p>
<div class="author-box"><p>Mara Lind writes about the town's parks and gardens. She has kept an allotment by the river since 2011 and judges the autumn show.</p></div>
</div></article></body></html>"#;
    let a = copydesk::extract(page, &Options::default());
    assert_eq!(support::paragraphs(&a).len(), 2, "{}", dump(&a));
    assert_absent(
        &a,
        &[
            "Lesen Sie auch",
            "Subscribe now",
            "Mara Lind writes",
            "Council budget",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// On a product page, customer reviews are not the description; on an article they would be
// read as the article's own text (only comments are dropped there).

#[test]
fn product_page_drops_customer_reviews() {
    let page = br#"<html><head><title>Trail Kettle 1.2 L - Camp Supply</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Trail Kettle 1.2 L","offers":{"@type":"Offer","price":"39.00","priceCurrency":"EUR"}}</script>
</head><body><main>
<h1>Trail Kettle 1.2 L</h1>
<div class="product-description"><p>A hard-anodised aluminium kettle that boils a litre of water in under four minutes on a small gas stove, with a folding handle that locks over the lid for packing.</p>
<p>The spout is shaped to pour without dripping, and the base has a heat exchanger ring that saves about a fifth of the fuel in wind.</p></div>
<section class="product-reviews"><h2>Customer reviews</h2>
<div class="review"><p>Bought this for a two-week trek and it never let me down, boiled quickly even at altitude and the handle stayed cool the whole time, great value.</p></div>
<div class="review"><p>Lid is a little loose when the kettle is full, otherwise a solid piece of kit that fits a 230 g gas canister inside for packing.</p></div>
</section></main></body></html>"#;
    let a = copydesk::extract(page, &Options::default());
    assert_eq!(a.page_type, copydesk::PageType::Product);
    assert!(a.text.contains("boils a litre of water"), "{}", dump(&a));
    assert_absent(&a, &["two-week trek", "Lid is a little loose"]);
}

#[test]
fn relative_date_reads_against_the_fetch_time_and_sidebar_dates_lose() {
    let a = extract_fetched(
        "relative-dated-story.html",
        "https://islesnews.example/news/ferry-service-resumes",
    );
    assert_eq!(
        a.published.as_deref(),
        Some("2024-10-25T05:00:00Z"),
        "{}",
        dump(&a)
    );
    assert!(!has_warning(&a, FETCH_DATE_WARNING), "{}", dump(&a));
}

// ---------------------------------------------------------------------------------------------
// An undated service page cut into headed sections, each in its own box: the best-scoring box
// is one section of many, and the page's other sections are its content too.

#[test]
fn undated_page_of_many_headed_sections_keeps_every_section() {
    let page = br#"<html><head><title>Harbourside Dental Care</title></head><body>
<header><nav><a href="/">Home</a> <a href="/team">Team</a> <a href="/book">Book</a></nav></header>
<main>
<div class="intro"><div class="intro-text"><h2>About the practice</h2>
<p>Harbourside Dental Care has looked after families in the old town since 1994, from first check-ups to crowns, bridges and implants, and we still see every patient in the same three surgeries above the chandlery on Quay Street.</p>
<p>Our dentists, hygienists and nurses work as one team, so that a child who comes in for a scale and polish sees the same faces each year, and an anxious adult can ask for a longer first appointment, a quiet room or a break at any point.</p>
<p>We take patients of every age, offer evening surgeries twice a week, and keep two emergency slots open every morning for toothache, broken fillings and lost crowns.</p></div></div>
<div class="row"><div class="card"><h2>Check-ups</h2><p>A check-up takes twenty minutes and includes an oral cancer screening and advice on brushing.</p></div></div>
<div class="row"><div class="card"><h2>Hygiene visits</h2><p>Our hygienists remove tartar and stains and show you how to clean between your teeth.</p></div></div>
<div class="row"><div class="card"><h2>White fillings</h2><p>Tooth-coloured fillings are matched to your enamel and set hard in a few seconds under a lamp.</p></div></div>
<div class="row"><div class="card"><h2>Crowns and bridges</h2><p>Crowns are made in a local laboratory and fitted at a second visit two weeks later.</p></div></div>
<div class="row"><div class="card"><h2>Implants</h2><p>An implant replaces a missing tooth root and is left to heal for three months before the crown.</p></div></div>
<div class="row"><div class="card"><h2>Children's dentistry</h2><p>Children under eighteen are seen free of charge, and their first visit is a short tour of the surgery.</p></div></div>
</main>
<footer><p>Harbourside Dental Care, 4 Quay Street</p></footer>
</body></html>"#;
    let a = copydesk::extract(page, &Options::default());
    assert_in_order(
        &a,
        &[
            "since 1994",
            "Check-ups",
            "oral cancer screening",
            "Implants",
            "left to heal for three months",
            "Children's dentistry",
            "seen free of charge",
        ],
    );
}

// An undated page whose best box is one of a few: the intro box is most of the prose, but the
// headed boxes after it, with paragraphs of their own, are the page's content too.

#[test]
fn undated_page_keeps_the_boxes_beside_its_best_one() {
    let page = br#"<html><head><title>Quayside Bicycle Repairs</title></head><body>
<header><nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/contact">Contact</a></nav></header>
<main>
<div class="intro"><div class="intro-text"><h2>Repairs while you wait</h2>
<p>Quayside Bicycle Repairs has fixed the town's bicycles since 2003, from punctures and brake cables to wheel builds and full strip-downs, in the old rope store at the end of the harbour wall.</p>
<p>Most small jobs are done while you wait with a coffee on the bench outside, and larger ones are booked in for the next morning, with a phone call before we replace any part that costs more than ten pounds.</p>
<p>We work on road, touring, folding, cargo and electric bicycles of every make, and we keep common tyres, chains and brake pads for all of them in stock.</p></div></div>
<div class="row"><div class="card"><h2>Service plans</h2><p>A basic service covers gears, brakes, tyre pressures and a safety check of every bolt on the frame, and a full service adds new cables, a chain clean and wheel truing for a fixed price.</p></div></div>
<div class="row"><div class="card"><h2>Wheel building</h2><p>Wheels are built by hand on our own truing stand with spokes cut to length in the workshop, and every wheel is tensioned twice, once on the stand and once after its first ride.</p></div></div>
<div class="row"><div class="card"><h2>Electric bicycles</h2><p>We service motors and batteries from the main makers and can test a battery's capacity in an hour, and firmware updates are free with any electric bicycle service booked this year.</p></div></div>
</main>
<footer><p>Quayside Bicycle Repairs, 2 Harbour Wall</p></footer>
</body></html>"#;
    let a = copydesk::extract(page, &Options::default());
    assert_in_order(
        &a,
        &[
            "since 2003",
            "Service plans",
            "safety check of every bolt",
            "Wheel building",
            "tensioned twice",
            "Electric bicycles",
            "firmware updates are free",
        ],
    );
    assert_absent(&a, &["2 Harbour Wall"]);
}

// A shop's box of other products under a heading such as "Customers also viewed" is not the
// product's description: its cards go with the heading, and the next section stays.

#[test]
fn product_page_drops_the_recommended_products_box() {
    let page = br#"<html><head><title>Harbour Enamel Mug - Quay Supply</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Harbour Enamel Mug","offers":{"@type":"Offer","price":"18.00","priceCurrency":"GBP"}}</script>
</head><body><main>
<h1>Harbour Enamel Mug</h1>
<div class="product-description"><p>A steel mug coated in two layers of enamel, fired at eight hundred degrees so that it shrugs off knocks on the boat, the campsite and the kitchen floor alike.</p>
<p>It holds 350 ml, weighs 180 g and has a rolled rim that stays cool enough to drink from when the tea is hot.</p></div>
<section class="carousel"><h2>Customers also viewed</h2>
<div class="card"><h3>Harbour Enamel Plate</h3><p>&pound;16.00</p><p>Matching plate in blue and white.</p></div>
<div class="card"><h3>Quay Coffee Pot</h3><p>&pound;42.00</p><p>Six cups on any stove.</p></div>
<div class="card"><h3>Rope Coaster Set</h3><p>&pound;12.00</p><p>Four coasters of tarred hemp.</p></div>
</section>
<h2>Care</h2>
<p>Wash by hand or in the dishwasher; the enamel will not fade, but a chip on the rim should be dried well so that the steel beneath does not rust.</p>
</main></body></html>"#;
    let a = copydesk::extract(page, &Options::default());
    assert_in_order(
        &a,
        &["shrugs off knocks", "rolled rim", "Care", "dried well"],
    );
    assert_absent(
        &a,
        &[
            "Customers also viewed",
            "Harbour Enamel Plate",
            "£16.00",
            "Six cups on any stove",
            "Rope Coaster Set",
        ],
    );
}

// An index page that calls itself an article: its body is lists of links, which the article
// reading drops, leaving only a tagline. A line or two is not what such a page is about.

#[test]
fn index_page_keeps_its_lists_when_the_article_reading_is_a_scrap() {
    let a = extract_fixture(
        "index-list.html",
        Some("https://northwind.example/wiki/List_of_teaching_languages"),
    );
    assert_in_order(
        &a,
        &[
            "Ada (original)",
            "Rexx (original)",
            "Ada (revised edition)",
            "Rexx (teaching dialect)",
        ],
    );
}

#[test]
fn dialog_windows_are_not_the_page_however_long() {
    let page = br#"<html><head><title>Harbour Wool Runner</title></head><body>
<main>
<h1>Harbour Wool Runner</h1>
<p>The Harbour Wool Runner is knitted from merino wool grown on farms in the hills above Dunedin, and its sole is pressed from sugarcane rather than oil, so the whole shoe weighs less than a paperback.</p>
<p>The wool keeps feet cool in summer and warm in winter, and the shoe goes straight into the washing machine on a cold, gentle cycle when the walk has been muddy.</p>
<p><a href="/privacy" aria-controls="policy">Privacy policy</a></p>
</main>
<div id="policy" class="overlay-window" aria-modal="true">
<h2>Privacy policy</h2>
<p>We process personal information for our legitimate purposes of running our business, complying with applicable laws, and protecting our websites, our stores and our customers from fraud and misuse.</p>
<p>Personal information includes your name, e-mail address, billing and delivery addresses, phone numbers and payment details, and the records of what you have bought from us in the stores or online.</p>
<p>We share information with vendors and service providers who deliver parcels, process payments and answer customer questions on our behalf, and with advisers when the law requires us to do so.</p>
<p>You may ask us at any time to see, correct or delete the personal information that we hold about you, and to stop sending you marketing e-mails, by writing to the address at the end of this policy.</p>
</div>
<div class="overlay-notice" role="dialog">
<p>Targeting technologies track your online activity to help advertisers deliver more relevant advertising or to limit how many times you see an advertisement on the sites you visit afterwards.</p>
</div>
</body></html>"#;
    let a = copydesk::extract(page, &Options::default());
    assert_in_order(&a, &["knitted from merino wool", "washing machine"]);
    assert_absent(
        &a,
        &[
            "legitimate purposes",
            "vendors and service providers",
            "Targeting technologies",
        ],
    );
}

#[test]
fn disclaimer_small_print_is_not_the_story() {
    let page = br#"<html><head><title>Ferry fares rise for the summer</title></head><body>
<article>
<h1>Ferry fares rise for the summer</h1>
<div class="story-text">
<p>Return fares on the island ferry will rise by eight per cent from the first of June, the operator said on Tuesday, blaming the cost of fuel and a new contract for harbour pilots.</p>
<p>Residents of the island will keep their discount cards, and children under twelve will still travel free when they are with an adult who holds a ticket.</p>
<p>The operator said it would add a late sailing on Fridays in July and August to carry visitors back to the mainland after the evening concerts on the quay.</p>
<p class="story-disclaimer">The views and opinions expressed in this article do not necessarily reflect those of the publisher.</p>
</div>
</article>
</body></html>"#;
    let a = copydesk::extract(page, &Options::default());
    assert_in_order(&a, &["eight per cent", "discount cards", "late sailing"]);
    assert_absent(&a, &["views and opinions expressed"]);
}

#[test]
fn cookie_consent_box_goes_however_long() {
    let page = br#"<html><head><title>Doing nothing</title></head><body>
<div class="post-wrap">
<h1>Doing nothing</h1>
<p>Some days the best thing to do in the garden is nothing at all: the frost does the digging, and the birds clear the seed heads.</p>
<p>I left the leaves where they fell this year, and the hedgehog has found them.</p>
</div>
<div class="site-cookie-notice">
<p>This site uses cookies to remember your settings, to count visits and to show you content that may interest you. By continuing to use this site you agree to their use.</p>
<p>You can change your cookie settings in your browser at any time. Some parts of the site may not work without cookies, such as the comment form and the search box.</p>
<p>To find out more, including how to control cookies and which partners receive data, see the cookie policy linked at the foot of every page of this site.</p>
</div>
</body></html>"#;
    let a = copydesk::extract(page, &Options::default());
    assert_in_order(&a, &["frost does the digging", "hedgehog has found them"]);
    assert_absent(&a, &["uses cookies", "cookie settings", "which partners"]);
}

// ---------------------------------------------------------------------------------------------
// A thread whose posts sit inside a form (moderation check boxes): the form is the thread's
// wrapper, not a search box or a sign-up form.

#[test]
fn forum_thread_inside_a_moderation_form_keeps_its_posts() {
    let a = extract_fixture(
        "forum-form-wrapper.html",
        Some("https://community.example/forums/topic/88121-front-fan-header-stopped-working/"),
    );
    assert_in_order(
        &a,
        &[
            "The front fan header on my case stopped working, after I moved the build to a new desk last week.",
            "Is the hub faulty or did I miss a cable?",
            "Check the SATA power cable on the fan hub first, it is the most common cause by far.",
            "Mine came loose when I routed the cables.",
        ],
    );
    assert_absent(&a, &["When you visit any website"]);
}

// ---------------------------------------------------------------------------------------------
// Replies of a line or two score too little to join the opening post as siblings: every post
// of the thread's kind is read, its text only (not the author pane or the buttons).

#[test]
fn forum_thread_keeps_its_one_line_replies() {
    let a = extract_fixture(
        "forum-short-replies.html",
        Some("https://lenstalk.example/threads/which-lens-for-a-first-trip-to-iceland.88412/"),
    );
    assert_in_order(
        &a,
        &[
            "I am flying to Reykjavik in September",
            "Wide zoom, no question. The waterfalls fill the frame.",
            "Puffins need 400mm at least. Rent one for a day.",
            "Thanks both, the wide zoom it is.",
        ],
    );
    assert_absent(&a, &["Member", "Reply", "Terms and rules"]);
}

// ---------------------------------------------------------------------------------------------
// The page's own footer, navigation and header are never its content, even when their
// footnotes, menu blurbs or announcements hold more prose than the short lines of a product
// page, a course list or a shop's collection; an unclosed header around the article still is.

#[test]
fn page_footer_footnotes_are_not_the_product_page() {
    let a = extract_fixture(
        "product-footnotes-footer.html",
        Some("https://northfield.example/trailwatch-3/"),
    );
    assert_in_order(
        &a,
        &[
            "Up to 60 hours of battery",
            "Track a full ultramarathon with GPS on.",
            "Light on the wrist, tough on the rocks.",
        ],
    );
    assert_absent(
        &a,
        &[
            "Battery life depends on settings",
            "Trade-in values vary",
            "All rights reserved",
        ],
    );
}

#[test]
fn page_navigation_blurbs_are_not_the_course_list() {
    let a = extract_fixture(
        "megamenu-nav.html",
        Some("https://estuarylab.example/courses/"),
    );
    assert_in_order(
        &a,
        &[
            "Reading the tides Six weeks, online",
            "Plankton under the microscope Evenings, in the lab",
        ],
    );
    assert_absent(
        &a,
        &["Our research groups study", "Our advisory team answers"],
    );
}

#[test]
fn page_header_announcement_is_not_the_collection() {
    let a = extract_fixture(
        "header-announcement.html",
        Some("https://deskworks.example/mesh-office-chairs/"),
    );
    assert_in_order(
        &a,
        &["Aero Mesh Task Chair £189", "Studio Lite Mesh Chair £149"],
    );
    assert_absent(&a, &["Our showrooms in Leeds", "open a trade account"]);
}

#[test]
fn unclosed_header_around_the_article_keeps_it() {
    let a = extract_fixture(
        "header-unclosed.html",
        Some("https://istmo.example/cultura/mejorana"),
    );
    assert_in_order(
        &a,
        &[
            "El festival nacional de la mejorana regresa",
            "piden llegar temprano",
        ],
    );
}

#[test]
fn a_bare_list_in_a_builder_text_box_brings_the_other_text_boxes() {
    let a = extract_fixture(
        "builder-sections-list.html",
        Some("https://homelab.example/2025/03/room-presence"),
    );
    assert_in_order(
        &a,
        &[
            "Room-level presence tells you who is in the kitchen",
            "Almost any board with Bluetooth Low Energy will do",
            "Keep the boards away from metal shelves",
            "Phones report far more steadily than watches",
            "Only track rooms where you need to know who is there",
        ],
    );
    assert_absent(&a, &["All rights reserved"]);
}

#[test]
fn segments_a_streaming_renderer_sends_hidden_are_read() {
    let a = extract_fixture(
        "streamed-segments.html",
        Some("https://ledgerlane.example/investing/index-funds"),
    );
    assert_in_order(
        &a,
        &[
            "You do not need to be an expert stock picker",
            "An index fund is a mutual fund or exchange-traded fund",
            "Start with the index you want to follow",
            "Most brokers let you buy shares of a fund",
        ],
    );
    assert_absent(&a, &["All rights reserved"]);
}

#[test]
fn hidden_panels_that_buttons_open_are_read() {
    let a = extract_fixture(
        "disclosure-panels.html",
        Some("https://northgate.example/services/cybersecurity"),
    );
    assert_in_order(
        &a,
        &[
            "Attackers look for the weakest door",
            "We review your systems, policies and people",
            "Our analysts watch your networks and devices",
            "When the worst happens, a response team contains the breach",
        ],
    );
    assert_absent(
        &a,
        &["Share this page with a colleague", "All rights reserved"],
    );
}

#[test]
fn a_hero_banner_holding_the_title_keeps_its_lead() {
    let a = extract_fixture(
        "hero-banner-lead.html",
        Some("https://fernhill.example/millbrook/pest-control"),
    );
    assert_in_order(
        &a,
        &[
            "Ants in the pantry, wasps under the eaves or mice in the loft",
            "A technician inspects the house and the garden",
            "Choose a single treatment for one problem",
        ],
    );
    assert_absent(&a, &["All rights reserved", "About"]);
}

// ---------------------------------------------------------------------------------------------
// A box that opens with "About the Author" or "About the Reviewer" is a biography, however
// plainly it is named; so is a paragraph that is the label and the biography together. A
// section that follows the boxes, and a sentence that only begins like the label, stay.

#[test]
fn author_and_reviewer_boxes_go_and_the_story_around_them_stays() {
    let a = extract_fixture(
        "author-boxes.html",
        Some("https://riverside-health.example/mind/brisk-walks-ease-low-mood"),
    );
    assert_in_order(
        &a,
        &[
            "Regular brisk walking can lift the symptoms",
            "The reviewers found the largest gains",
            "About the authority of such reviews",
            "What to try this week",
            "Start with ten minutes after lunch",
        ],
    );
    assert_absent(
        &a,
        &[
            "About the author:",
            "Dana Whitfield is a staff writer",
            "About the Author",
            "has written about exercise and mental health",
            "About the Reviewer",
            "Editor in Chief",
            "is a psychiatrist who treats mood disorders",
        ],
    );
}
