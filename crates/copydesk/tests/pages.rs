//! Whole-page extraction tests: one hand-written fixture page per extraction rule, each with
//! the soup a real site carries (navigation, ad slots, share bars, related links, newsletter
//! prompts, cookie banners, comments, footers). The assertions name exact strings and orders.

mod support;

use copydesk::{Block, PageType};
use support::{
    assert_absent, assert_in_order, dump, extract_fixture, figures, fixture, paragraphs,
};

// ---------------------------------------------------------------------------------------------
// 1. WordPress news page: ad markers, weather widget, share bar, related posts, comments.

#[test]
fn wordpress_article_keeps_body_in_order_and_drops_chrome() {
    let a = extract_fixture(
        "wordpress-news.html",
        Some("https://valleycourier.example/news/2024/10/24/tram-line-approved/"),
    );
    assert_eq!(a.page_type, PageType::Article, "{}", dump(&a));
    assert_eq!(
        paragraphs(&a),
        [
            "Riverside's city council voted 7 to 4 late on Wednesday to build a light rail line from the old freight yard to the hospital campus, ending a debate that began in the spring and ran past midnight.",
            "The line, estimated to cost 212 million dollars, will run for 9 kilometres along Mill Road and is due to open in 2029, according to the transport department's plan presented to councillors.",
            "Supporters packed the public gallery with placards, and several shop owners from Mill Road told councillors that years of roadworks would drive their customers to the out-of-town retail park.",
            "\"We have waited thirty years for a decision, and tonight we finally have one,\" said councillor Amara Osei, who chairs the transport committee and has backed the scheme since it was first drafted.",
            "Opponents argued that a bus rapid transit corridor would carry as many passengers for a third of the price, and they asked for an independent review of the ridership forecasts before any contracts are signed.",
            "The council will now apply to the regional infrastructure fund for half of the cost, with the rest to come from a levy on new developments near the six planned stops, officials said on Thursday.",
        ],
        "{}",
        dump(&a)
    );
    assert_absent(
        &a,
        &[
            "Advertisement",
            "Riverside: 12",                         // sidebar weather widget
            "light rain",                            // sidebar weather widget
            "few-clouds",                            // top-bar weather widget
            "Obituaries",                            // navigation
            "Facebook",                              // share bar
            "WhatsApp",                              // share bar
            "Share this",                            // bottom share bar
            "Related posts",                         // related posts heading
            "Bus fares frozen",                      // related post
            "Sign up for our free morning briefing", // newsletter prompt
            "COMMENTS",                              // comment section
            "brilliant planning",                    // a comment
            "LEAVE A REPLY",                         // comment form
            "We use cookies",                        // cookie banner
            "All rights reserved",                   // footer
            "Most popular",                          // sidebar widget
            "transport\ncouncil",                    // tag list
            "tdAjaxCount",                           // script
        ],
    );
    // The headline is the record's headline, not a body block.
    assert_eq!(
        a.headline.as_deref(),
        Some("Riverside council approves tram line after six-hour debate")
    );
    assert!(
        !a.text.contains("six-hour debate"),
        "headline repeated in the body\n{}",
        dump(&a)
    );
}

// ---------------------------------------------------------------------------------------------
// 2. Figures: figcaption credits in three styles, a class-named caption outside any figure,
//    a credit in its own element, lazy-loaded and relative image sources.

const FIGURES_URL: &str = "https://news.example.com/world/2024/10/24/summit-opens/";

#[test]
fn figures_become_figure_blocks_with_caption_and_credit_split() {
    let a = extract_fixture("figures.html", Some(FIGURES_URL));
    let figs = figures(&a);
    let captioned: Vec<_> = figs.iter().filter(|f| f.1.is_some()).copied().collect();
    assert_eq!(
        captioned,
        [
            (
                Some("https://news.example.com/media/kazan-summit.jpg"),
                Some(
                    "Delegates arrive for the opening session of the regional summit in Kazan on Thursday."
                ),
                Some("REUTERS"),
            ),
            (
                Some("https://cdn.example.com/img/flood-street.jpg"),
                Some("Residents wade through a flooded street in the old town of Valencia."),
                Some("AP Photo/Jane Doe"),
            ),
            (
                // `data-src` wins over a `data:` placeholder; the relative path is resolved.
                Some(
                    "https://news.example.com/world/2024/10/24/summit-opens/images/harbour-dawn.jpg"
                ),
                Some("The harbour at dawn, a day after the storm surge."),
                Some("Getty Images"),
            ),
            (
                // The caption sits in `<div class="caption">` next to the image, not in a figure;
                // its image may be attached or stand as its own figure block (checked below).
                figs.iter()
                    .find(|f| f.1.is_some_and(|c| c.starts_with("Stallholders")))
                    .and_then(|f| f.0),
                Some("Stallholders set up before sunrise at the central market in Kazan."),
                Some("Maria Lopez"),
            ),
            (
                Some("https://cdn.example.com/img/firefighters.jpg"),
                Some("Firefighters pump water out of a flooded underpass near the port."),
                Some("EPA-EFE/Anna Smith"),
            ),
        ],
        "{}",
        dump(&a)
    );
    // The market photo (`../photos/market.jpg`) is a figure, resolved against the page URL.
    assert!(
        figs.iter()
            .any(|f| f.0 == Some("https://news.example.com/world/2024/10/24/photos/market.jpg")),
        "{}",
        dump(&a)
    );
}

#[test]
fn figure_captions_stay_out_of_the_text_and_figures_keep_their_place() {
    let a = extract_fixture("figures.html", Some(FIGURES_URL));
    assert_absent(
        &a,
        &[
            "Delegates arrive",
            "REUTERS",
            "Residents wade",
            "AP Photo",
            "harbour at dawn",
            "Getty",
            "Stallholders",
            "Maria Lopez",
            "Firefighters pump",
            "EPA-EFE",
            // chrome
            "Advertisement",
            "cookies",
            "Copy link",
            "More on this story",
            "Why coastal floods",
            "The Ledger Daily",
            "All rights reserved",
        ],
    );
    assert_in_order(
        &a,
        &[
            "Leaders from eleven countries gathered in Kazan",
            "The meeting opened hours after storms",
            "In Valencia, residents spent the night",
            "Port authorities said the harbour would reopen",
            "At the central market in Kazan, traders said",
            "Forecasters expect the rain to ease by Sunday",
        ],
    );
    // Reading order: each figure stands before the paragraph that follows it on the page.
    let kinds: Vec<&str> = a
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Figure {
                caption: Some(c), ..
            } => Some(if c.starts_with("Delegates") {
                "fig:summit"
            } else if c.starts_with("Residents") {
                "fig:flood"
            } else if c.starts_with("The harbour") {
                "fig:harbour"
            } else if c.starts_with("Stallholders") {
                "fig:market"
            } else {
                "fig:fire"
            }),
            Block::Paragraph { text } => Some(if text.starts_with("Leaders") {
                "p:leaders"
            } else if text.starts_with("The meeting") {
                "p:meeting"
            } else if text.starts_with("In Valencia") {
                "p:valencia"
            } else if text.starts_with("Port") {
                "p:port"
            } else if text.starts_with("At the central") {
                "p:market"
            } else {
                "p:other"
            }),
            _ => None,
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "fig:summit",
            "p:leaders",
            "p:meeting",
            "fig:flood",
            "p:valencia",
            "fig:harbour",
            "p:port",
            "fig:market",
            "p:market",
            "fig:fire",
            "p:other",
        ],
        "{}",
        dump(&a)
    );
}

// ---------------------------------------------------------------------------------------------
// 3. One article in three same-class chunks, each in its own grid row next to a data box,
//    with ad slots between the rows.

#[test]
fn same_class_chunks_between_ad_slots_are_all_read_in_order() {
    let a = extract_fixture("chunks.html", None);
    assert_eq!(
        paragraphs(&a),
        [
            "Northfield Semiconductor said on Tuesday it would spend 3.4 billion dollars on a second fabrication plant in Ohio, doubling its capacity for the power chips used in electric cars and wind turbines.",
            "The company, which employs about 2,800 people, said construction would begin next spring and that the plant would add roughly 900 jobs when it reaches full production in 2028.",
            "Chief executive Laura Kim told analysts that orders from carmakers had risen by more than a third this year, and that customers were now asking for contracts running into the next decade.",
            "\"We turned away business in the last two quarters because we simply had no room on the lines,\" Kim said, adding that the new plant would be the largest investment in the company's history.",
            "The state of Ohio has offered tax credits worth about 150 million dollars over ten years, according to a filing with the state development authority published on Monday evening.",
            "Shares in Northfield rose 6 percent in early trading, while rival chipmakers were little changed as investors weighed whether the new capacity would push down prices later in the decade.",
        ],
        "{}",
        dump(&a)
    );
    // The side boxes share the rows' ancestors: widening the choice instead of joining the
    // chunks would pull them in.
    assert_absent(
        &a,
        &[
            "Market data",
            "NFSC 48.12",
            "Key figures",
            "Analyst view",
            "Advertisement",
            "DOW 42,114",
            "More from Business",
            "Retail sales fall",
            "Careers",
            "Tweet",
        ],
    );
    assert_eq!(a.page_type, PageType::Article);
}

// ---------------------------------------------------------------------------------------------
// 4. Byline below the body; the last paragraphs sit outside the body container, after an ad.

#[test]
fn byline_below_body_keeps_the_last_paragraphs_and_drops_what_follows() {
    let a = extract_fixture("byline-below.html", None);
    let paras = paragraphs(&a);
    assert_eq!(
        paras.last().copied(),
        Some(
            "The city will review ridership on the new routes in March and may add more stops if demand is high."
        ),
        "{}",
        dump(&a)
    );
    assert_in_order(
        &a,
        &[
            "The Seoul Metropolitan Government will extend its late-night \"owl\" bus network",
            "The new routes will serve Gangseo, Nowon, Eunpyeong, Songpa and Gangdong",
            "According to the city, about 11,000 passengers a night",
            "Drivers on the night routes will receive an allowance of 40,000 won per shift",
            "Fares on the late-night buses will stay at 2,500 won for adults",
            "The city will review ridership on the new routes in March",
        ],
    );
    assert_absent(
        &a,
        &[
            "Copyright",
            "All rights reserved",
            "KakaoTalk",
            "Copy URL",
            "Related Articles",
            "Taxi fares in Seoul",
            "Subscribe",
            "morning newsletter",
            "Comments (2)",
            "parkmj",
            "the last bus leaves at 11:40",
            "Sejong-daero",
            "Fine dust", // weather box in the top bar
            "Politics",  // navigation
        ],
    );
    assert!(!paragraphs(&a).contains(&"AD"), "{}", dump(&a));
}

/// The article head (section kicker, headline, date line) is not body text: the body starts
/// with the story's first paragraph.
#[test]
fn article_head_kicker_and_date_line_are_not_body_paragraphs() {
    let a = extract_fixture("byline-below.html", None);
    assert_eq!(
        paragraphs(&a).first().copied(),
        Some(
            "The Seoul Metropolitan Government will extend its late-night \"owl\" bus network to five outer districts from December, adding 14 routes that run between midnight and 5 a.m., the city said Friday."
        ),
        "{}",
        dump(&a)
    );
    assert_absent(&a, &["Published: 25 Oct. 2024"]);
    assert!(!paragraphs(&a).contains(&"National"), "{}", dump(&a));
}

// ---------------------------------------------------------------------------------------------
// 5. A phpBB forum thread with four posts by three users, marked as DiscussionForumPosting.

#[test]
fn forum_thread_keeps_every_post_in_order() {
    let a = extract_fixture("forum-thread.html", None);
    assert_in_order(
        &a,
        &[
            "My starter is about two weeks old and it rises well, but since yesterday it smells sharply of acetone",
            "Is it ruined, or is this normal for a young starter?",
            "Not ruined at all. The acetone smell means the yeast and bacteria have run out of food",
            "Feed it twice a day for a week, discard more before each feed",
            "Same thing happened to mine in summer. Moving the jar to a cooler shelf slowed it down",
            "Thank you both! Two feeds a day with some rye and the smell is already much milder",
        ],
    );
    assert_absent(
        &a,
        &[
            "Skip to content",
            "Board index",
            "Register",
            "Post Reply",
            "Who is online",
            "3 guests",
            "Powered by phpBB",
            "Delete cookies",
            "Advertisement",
            "Return to",
        ],
    );
}

#[test]
fn forum_thread_is_typed_forum_from_its_json_ld() {
    let a = extract_fixture("forum-thread.html", None);
    assert_eq!(a.page_type, PageType::Forum, "{}", dump(&a));
}

// ---------------------------------------------------------------------------------------------
// 6. A shop's product page: JSON-LD Product, price, add-to-cart form, description, spec table.

#[test]
fn product_page_keeps_description_and_is_typed_product() {
    let a = extract_fixture(
        "product.html",
        Some("https://shop.example.com/p/trailhead-2"),
    );
    assert_eq!(a.page_type, PageType::Product, "{}", dump(&a));
    assert_in_order(
        &a,
        &[
            "The Trailhead is a freestanding three-season tent for two people, built around a single hubbed pole",
            "Two doors and two vestibules mean nobody climbs over anyone at night",
            "The fly is a ripstop nylon with a silicone coating on both sides",
        ],
    );
    assert_absent(
        &a,
        &[
            "Add to cart",
            "Quantity",
            "Forest green",
            "Free shipping",
            "Cart (0)",
            "Sleeping bags",
            "Customers also bought",
            "Alloy pegs",
            "Get 10% off",
            "Returns",
            "Ridgeline Outdoor GmbH",
        ],
    );
}

#[test]
fn product_spec_table_becomes_a_table_block_after_the_description() {
    let a = extract_fixture(
        "product.html",
        Some("https://shop.example.com/p/trailhead-2"),
    );
    let table = a.blocks.iter().position(|b| {
        *b == Block::Table {
            rows: vec![
                vec!["Weight".into(), "1.65 kg".into()],
                vec!["Packed size".into(), "46 x 15 cm".into()],
                vec!["Floor area".into(), "2.9 m²".into()],
                vec!["Poles".into(), "DAC aluminium, 1 hubbed set".into()],
                vec!["Hydrostatic head".into(), "3,000 mm".into()],
            ],
        }
    });
    let description = a
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Paragraph { text } if text.starts_with("The fly is")));
    assert!(
        table.is_some() && description.is_some() && description < table,
        "spec table missing or out of order\n{}",
        dump(&a)
    );
    assert!(a.text.contains("Weight\t1.65 kg\nPacked size\t46 x 15 cm"));
}

// ---------------------------------------------------------------------------------------------
// 8. Broken HTML: unclosed tags, stray `</div>`, `<p>` in `<span>`, misnested formatting,
//    an unclosed `<script>` at the end.

#[test]
fn broken_html_is_read_without_panic() {
    let a = extract_fixture("broken.html", None);
    assert_in_order(
        &a,
        &[
            "The Alder Pass road stayed closed on Tuesday for a third day",
            "Snowploughs cleared the lower section overnight",
            "Drivers heading east were advised to use the valley route through Marden",
            "Three lorries that were stranded near the tunnel entrance",
            "Forecasters expect more snow on Wednesday night, followed by a thaw at the weekend, which could bring a risk of avalanches on the steeper slopes above the road.",
            "Schools in the upper valley will stay shut until the road is open",
        ],
    );
    assert_absent(
        &a,
        &[
            "Advertisement",
            "Tracking pixel loaded",
            "_gaq",
            "</div>",
            "Live map",
            "Privacy",
            "Contact",
        ],
    );
    // Each unclosed `<p>` is its own paragraph, not merged with the next.
    assert_eq!(paragraphs(&a).len(), 6, "{}", dump(&a));
}

#[test]
fn unclosed_script_before_the_body_does_not_panic() {
    let html = b"<html><head><title>x</title><script>var a = '<p>not text</p>';\n\
        </head><body><p>This paragraph is inside the script now, as in a browser.</p></body></html>";
    let a = copydesk::extract(html, &copydesk::Options::default());
    assert!(!a.text.contains("not text"), "{}", dump(&a));
    assert!(
        a.text.is_empty() == a.warnings.iter().any(|w| w == "no main content found"),
        "{}",
        dump(&a)
    );
}

// ---------------------------------------------------------------------------------------------
// 9. A section front: lead story, a grid of cards with blurbs, an "In brief" link list.

#[test]
fn listing_page_keeps_every_headline_and_the_link_list() {
    let a = extract_fixture("listing.html", Some("https://ledger.example.com/climate/"));
    assert_eq!(a.page_type, PageType::Listing, "{}", dump(&a));
    let headings: Vec<&str> = a
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level: 2, text } => Some(text.as_str()),
            _ => None,
        })
        .filter(|t| *t != "In brief")
        .collect();
    assert_eq!(
        headings,
        [
            "Alpine glaciers lose record share of their ice in a single summer",
            "Heat pump sales fall as subsidies are cut in three countries",
            "Low water on the Rhine forces barges to sail half-empty",
            "Why solar farms are hiring sheep to keep the grass down",
            "Cities plant trees to cool the hottest streets",
        ],
        "{}",
        dump(&a)
    );
    assert!(
        a.blocks.contains(&Block::List {
            ordered: false,
            items: vec![
                "Ozone layer recovery on track, UN report says".into(),
                "Last coal plant in the region closes its doors".into(),
                "Wild bee numbers rise in protected meadows".into(),
            ],
        }),
        "{}",
        dump(&a)
    );
    assert_in_order(
        &a,
        &[
            "Swiss monitors say 4 percent of the remaining volume melted",
            "Installers report cancelled orders",
            "Shipping costs have doubled along the river",
            "Grazing flocks cut mowing costs",
            "Street temperatures can drop by several degrees",
        ],
    );
    assert_absent(
        &a,
        &[
            "uses cookies",
            "London 11",
            "Advertisement",
            "Climate Weekly",
            "Sign up for our newsletter",
            "Next page",
            "Privacy",
        ],
    );
}

#[test]
fn listing_page_card_grid_is_read_without_chrome() {
    // The part of the listing that the extractor reads today: the card grid, blurbs after
    // their headlines, the ad slot between cards left out.
    let a = extract_fixture("listing.html", Some("https://ledger.example.com/climate/"));
    assert_in_order(
        &a,
        &[
            "Heat pump sales fall as subsidies are cut in three countries",
            "Installers report cancelled orders after governments trimmed grants for households.",
            "Low water on the Rhine forces barges to sail half-empty",
            "Shipping costs have doubled along the river",
            "Why solar farms are hiring sheep to keep the grass down",
            "Grazing flocks cut mowing costs and, farmers say, improve the soil under the panels.",
            "Cities plant trees to cool the hottest streets",
        ],
    );
    assert_absent(&a, &["Advertisement", "23 October 2024\nLow water"]);
}

// ---------------------------------------------------------------------------------------------
// 10. Structure: headings, lists, a pull quote, a code block, a data table.

#[test]
fn structured_post_gives_block_kinds_in_order() {
    let a = extract_fixture("structure.html", None);
    assert_eq!(
        a.headline.as_deref(),
        Some("How to read your first Rust compiler error")
    );
    let shape: Vec<String> = a
        .blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { text } => format!("p:{}", &text[..text.len().min(20)]),
            Block::Heading { level, text } => format!("h{level}:{text}"),
            Block::List { ordered, items } => format!("list:{ordered}:{}", items.len()),
            Block::Quote { .. } => "quote".to_string(),
            Block::Table { rows } => format!("table:{}", rows.len()),
            Block::Code { .. } => "code".to_string(),
            Block::Figure { .. } => "figure".to_string(),
        })
        .collect();
    assert_eq!(
        shape,
        [
            "p:New Rust programmers",
            "h2:The anatomy of an error",
            "p:Every error has a co",
            "list:false:3",
            "quote",
            "h2:A worked example",
            "p:Here is a program th",
            "code",
            "p:The compiler reports",
            "h3:Codes you will meet early",
            "table:4",
            "h3:Fixing it",
            "list:true:3",
            "p:Which fix is right d",
        ],
        "{}",
        dump(&a)
    );
    // The `<h1>` equals the headline, so it is not repeated as a heading block.
    assert!(
        !a.blocks
            .iter()
            .any(|b| matches!(b, Block::Heading { level: 1, .. })),
        "{}",
        dump(&a)
    );
    assert!(a.blocks.contains(&Block::Quote {
        text: "The compiler is not your enemy; it is a reviewer who never gets tired.".into()
    }));
    assert!(a.blocks.contains(&Block::Code {
        text: "fn consume(v: Vec<i32>) {}\n\nfn main() {\n    let v = vec![1, 2, 3];\n    consume(v);\n    println!(\"{:?}\", v);\n}".into()
    }));
    assert!(a.blocks.contains(&Block::List {
        ordered: true,
        items: vec![
            "Pass a reference instead of the value".into(),
            "Clone the vector if you really need two copies".into(),
            "Return the vector from the function".into(),
        ],
    }));
    assert!(a.blocks.contains(&Block::Table {
        rows: vec![
            vec!["Code".into(), "Meaning".into()],
            vec!["E0382".into(), "Use of a moved value".into()],
            vec!["E0502".into(), "Conflicting borrows".into()],
            vec!["E0308".into(), "Mismatched types".into()],
        ],
    }));
    assert_absent(
        &a,
        &[
            "6 min read",
            "Share on",
            "You might also like",
            "Lifetimes without tears",
            "No spam",
            "Built with",
            "RSS",
            "beginners",
        ],
    );
}

/// A blog post that says `og:type=article` is an article, even without JSON-LD and with less
/// long-paragraph prose than a news story (lists, code and a table carry part of it).
#[test]
fn blog_post_with_og_type_article_is_typed_article() {
    let a = extract_fixture("structure.html", None);
    assert_eq!(a.page_type, PageType::Article, "{}", dump(&a));
}

#[test]
fn h1_is_kept_as_a_heading_when_it_is_not_the_headline() {
    // The metadata headline (og:title, title) differs from this in-body `<h1>`.
    let html = br#"<html><head><title>Weekly digest | Dev Notes</title>
        <meta property="og:title" content="Weekly digest"></head><body>
        <div class="post-content"><p>This week we look at three small tools that make a big difference to a daily workflow, and at one that did not live up to its promise.</p>
        <h1>Tool one: a faster grep</h1>
        <p>It searches a large repository in well under a second, respects ignore files by default, and prints results grouped by file, which makes long outputs easy to scan.</p>
        </div></body></html>"#;
    let a = copydesk::extract(html, &copydesk::Options::default());
    assert_eq!(a.headline.as_deref(), Some("Weekly digest"), "{}", dump(&a));
    assert!(
        a.blocks.contains(&Block::Heading {
            level: 1,
            text: "Tool one: a faster grep".into()
        }),
        "{}",
        dump(&a)
    );
}

// ---------------------------------------------------------------------------------------------
// 11. Article text only inside `<noscript>` (Discourse crawler view), plus an escaped tracking
//     pixel in another `<noscript>`.

#[test]
fn noscript_only_article_is_extracted() {
    let a = extract_fixture(
        "noscript-forum.html",
        Some("https://ponds.example.org/t/best-way-to-winterize-a-garden-pond/4412"),
    );
    assert_eq!(
        paragraphs(&a),
        [
            "Our pond is about four thousand litres with a small waterfall, six goldfish and a couple of water lilies. Last winter it froze over completely for nine days and we lost two fish.",
            "Should we keep the pump running all winter, move it deeper, or switch it off? And is a floating heater worth the electricity, or is a simple polystyrene float enough to keep a hole in the ice?",
            "Switch off the waterfall, because it cools the water, but keep a small pump near the surface so that gases can escape. Never smash the ice, since the shock waves stress the fish badly.",
            "A small floating heater of a hundred watts only runs when the surface freezes, so it costs far less than people expect over a whole winter, and it saved our fish last January.",
        ],
        "{}",
        dump(&a)
    );
    assert_absent(
        &a,
        &[
            "facebook.com/tr",
            "<img",
            "Loading",
            "Terms of Service",
            "Guidelines",
            "Powered by",
            "best viewed with JavaScript",
        ],
    );
}

#[test]
fn noscript_forum_is_typed_forum_from_its_microdata() {
    let a = extract_fixture("noscript-forum.html", None);
    assert_eq!(a.page_type, PageType::Forum, "{}", dump(&a));
}

// ---------------------------------------------------------------------------------------------
// 12. Nothing to read: an empty input and a page that is only navigation.

#[test]
fn empty_page_gives_an_empty_record_with_a_warning() {
    for html in [
        &b""[..],
        b"   \n",
        b"<html><head></head><body></body></html>",
    ] {
        let a = copydesk::extract(html, &copydesk::Options::default());
        assert_eq!(a.schema, "copydesk/article@1");
        assert!(a.blocks.is_empty(), "{}", dump(&a));
        assert_eq!(a.text, "");
        assert!(
            a.warnings.iter().any(|w| w == "no main content found"),
            "{}",
            dump(&a)
        );
        assert_eq!(a.headline, None, "{}", dump(&a));
        assert!(a.error.is_none());
    }
}

#[test]
fn navigation_only_page_gives_no_blocks_and_a_warning() {
    let a = extract_fixture("nav-only.html", Some("https://valleycourier.example/"));
    assert!(a.blocks.is_empty(), "{}", dump(&a));
    assert_eq!(a.text, "");
    assert!(
        a.warnings.iter().any(|w| w == "no main content found"),
        "{}",
        dump(&a)
    );
}

// ---------------------------------------------------------------------------------------------
// A wire story: the dateline opener with its day, and caption credits in two forms.

#[test]
fn wire_story_dateline_and_caption_credits() {
    let a = extract_fixture(
        "wire-story.html",
        Some("https://harbourtimes.example/world/2024/10/24/putin-north-korea/"),
    );
    let dateline = a.dateline.as_ref().expect("a dateline");
    assert_eq!(dateline.place, "KAZAN, Russia", "{}", dump(&a));
    assert_eq!(dateline.date.as_deref(), Some("2024-10-24"));
    // The dateline stays in the story's text: it is part of its first sentence.
    assert!(
        a.text
            .starts_with("KAZAN, Russia, Oct 24 (Reuters) — Russian President")
    );
    assert_eq!(
        figures(&a),
        [
            (
                Some("https://harbourtimes.example/media/2024/10/kazan-brics.jpg"),
                Some(
                    "Russian President Vladimir Putin attends a news conference after the BRICS summit in Kazan on Thursday."
                ),
                Some("REUTERS"),
            ),
            (
                Some("https://harbourtimes.example/media/2024/10/kazan-hall.jpg"),
                Some(
                    "Delegations gather in the main hall of the summit venue before the closing session."
                ),
                Some("Ken Ito"),
            ),
        ],
        "{}",
        dump(&a)
    );
}

// ---------------------------------------------------------------------------------------------
// A guide in same-class text chunks, each subhead in a box of its own between them, and a
// fact box with its own heading between two chunks.

#[test]
fn subheads_between_same_class_chunks_title_them() {
    let a = extract_fixture("chunks-subheads.html", None);
    let headings: Vec<&str> = a
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        ["Clear out fallen leaves", "Keep a hole in the ice"],
        "{}",
        dump(&a)
    );
    assert_in_order(
        &a,
        &[
            "A pond that is left alone",
            "Clear out fallen leaves",
            "Net the pond in early autumn",
            "Keep a hole in the ice",
            "Float a ball on the water",
        ],
    );
    // The fact box's heading titles its figures, not the chunk after them.
    assert_absent(
        &a,
        &[
            "Pond at a glance",
            "Depth 80 cm",
            "You may also like",
            "frogspawn",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// A thread whose posts carry their members' signatures inside the post's main column.

#[test]
fn forum_signatures_leave_the_posts() {
    let a = extract_fixture(
        "forum-signatures.html",
        Some("https://joiners.example/threads/which-wood-for-a-first-workbench-top.4410/"),
    );
    assert_in_order(
        &a,
        &[
            "I am building my first proper workbench this spring",
            "Laminated pine is fine for a first bench",
            "Thanks, pine it is then.",
        ],
    );
    assert_absent(
        &a,
        &[
            "Measure twice",
            "Twenty years of chopping dovetails",
            "shop tours",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// A service page in same-class text chunks under headings of their own, with a list in a
// block of another kind between two of them.

#[test]
fn a_page_of_headed_chunks_is_read_whole() {
    let a = extract_fixture(
        "service-sections.html",
        Some("https://brightpane.example/services/commercial-window-cleaning/"),
    );
    assert_in_order(
        &a,
        &[
            "Brightpane cleans the windows of offices",
            "What we clean",
            "Every job starts with a free site visit",
            "Storefront glass and signage",
            "Solar panels and conservatories",
            "Pure water, no chemicals",
            "Our poles feed purified water",
        ],
    );
    assert_absent(&a, &["Privacy", "Terms", "About"]);
}

// ---------------------------------------------------------------------------------------------
// A page builder's "advanced heading" blocks ("kt-adv-heading…") hold the page's own headings
// and paragraphs: the "adv" in their class is no ad slot, while a real "box-adv" slot still goes.

#[test]
fn a_page_builders_advanced_headings_are_content_not_ads() {
    let a = extract_fixture(
        "builder-adv-heading.html",
        Some("https://larkfieldheating.example/services/boiler-servicing/"),
    );
    assert_in_order(
        &a,
        &[
            "Annual Boiler Servicing",
            "Our Gas Safe engineers check the burner",
            "Homes and Landlords",
            "issue the yearly gas safety certificate",
            "Offices and Schools",
            "Commercial plant rooms get a maintenance plan",
        ],
    );
    assert_absent(&a, &["Compare energy tariffs", "Privacy", "Contact"]);
}

// ---------------------------------------------------------------------------------------------
// A site page that an SEO plugin stamps with a publication date on a generic WebPage entity,
// with no author, is not a story: its sections are all read, not only the longest one.

#[test]
fn a_dated_web_page_without_an_author_is_read_whole() {
    let a = extract_fixture(
        "service-webpage-dated.html",
        Some("https://tallowreed.example/services/bookkeeping/"),
    );
    assert_in_order(
        &a,
        &[
            "We keep the books of shops, studios and trades",
            "Why firms switch to us",
            "Monthly accounts",
            "Payroll included",
            "One named bookkeeper",
            "How the service works",
            "we hand a tidy set of books to your accountant",
        ],
    );
    assert_absent(&a, &["Pricing", "Privacy", "Terms"]);
}

// ---------------------------------------------------------------------------------------------
// A blog's front page opens with its latest post in full, dated and signed: the teasers of the
// other posts below it are the front page's content too.

#[test]
fn a_front_page_is_read_whole_past_its_featured_post() {
    let a = extract_fixture(
        "front-page-featured.html",
        Some("https://allotmentlog.example/"),
    );
    assert_in_order(
        &a,
        &[
            "The soil on plot nine was still too cold",
            "a second batch in root trainers",
            "Latest from the plot",
            "Building three compost bays from old pallets",
            "Six pallets, a box of screws",
            "Forcing rhubarb under a bucket",
            "the pink stalks were ready four weeks early",
        ],
    );
    assert_absent(&a, &["Archive", "Privacy"]);
}

// ---------------------------------------------------------------------------------------------
// A post laid out by a page builder: every paragraph and subhead sits in a box the builder
// calls a widget, numbered per box, and the boxes stand in separate containers.

#[test]
fn a_page_builders_text_and_heading_widgets_are_the_story() {
    let a = extract_fixture(
        "builder-text-widgets.html",
        Some("https://quiethouse.example/2025/12/room-presence/"),
    );
    assert_in_order(
        &a,
        &[
            "A motion sensor tells you that someone is home",
            "The phone or the watch you already carry",
            "Choosing the boards",
            "Any small board with Bluetooth will do",
            "Flash each board with the proxy firmware",
            "Tuning the distances",
            "Walls, doors and bodies weaken the signal",
        ],
    );
    assert_absent(
        &a,
        &[
            "Share on Social",
            "Recent Posts",
            "Mara Quill writes",
            "Privacy",
        ],
    );
}

/// A table set in a `<figure>` with a caption (a block editor's table block) is a table with
/// its caption, not a caption alone.
#[test]
fn a_captioned_table_in_a_figure_keeps_its_rows() {
    let html = br#"<html><head><title>Largest home insurers of 2025 | Cover Review</title></head><body>
        <header><nav><a href="/">Home</a> <a href="/rankings/">Rankings</a></nav></header>
        <article><div class="entry-content">
        <p>The ranking of the largest home insurers barely moved this year: the top three kept their places, while two regional mutuals climbed into the top ten on the back of strong growth.</p>
        <h2>The ten largest home insurers</h2>
        <figure class="wp-block-table is-style-stripes"><table><thead><tr><td><strong>Rank</strong></td><td><strong>Group</strong></td><td><strong>Premiums ($bn)</strong></td></tr></thead>
        <tbody><tr><td>1</td><td>Harbour Mutual</td><td>41.2</td></tr><tr><td>2</td><td>Northgate Insurance</td><td>28.9</td></tr><tr><td>3</td><td>Lakeshore Group</td><td>19.4</td></tr></tbody></table>
        <figcaption>Premiums written in 2024. Source: Cover Review analysis of filings</figcaption></figure>
        <p>Premiums rose by a tenth across the market, mostly because rebuilding costs kept climbing, and the insurers passed the rise on to policyholders at renewal.</p>
        </div></article></body></html>"#;
    let a = copydesk::extract(html, &copydesk::Options::default());
    assert!(
        a.blocks.iter().any(|b| matches!(b, Block::Table { rows }
            if rows.len() == 4 && rows[2] == ["2", "Northgate Insurance", "28.9"])),
        "{}",
        dump(&a)
    );
    let table = a
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Table { .. }));
    assert!(
        table.is_some_and(
            |t| matches!(&a.blocks[t + 1], Block::Figure { src: None, caption: Some(c), .. }
            if c.starts_with("Premiums written in 2024"))
        ),
        "{}",
        dump(&a)
    );
    assert_in_order(
        &a,
        &[
            "The ten largest home insurers",
            "Harbour Mutual",
            "Premiums rose by a tenth",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// A page builder names every block of the body a widget ("elementor-widget-text-editor"),
// and wraps them in a "widget-wrap": its short text and heading blocks are the page's own,
// while a sidebar's widget box ("widget widget-popular-posts") stays out.

#[test]
fn a_page_builders_text_blocks_are_read_and_sidebar_widgets_are_not() {
    let a = extract_fixture(
        "builder-widgets-body.html",
        Some("https://millstonenotes.example/guides/bread-flours-compared/"),
    );
    assert_in_order(
        &a,
        &[
            "Every flour in this comparison went through the same week of tests",
            "Stoneground strong white",
            "The stoneground flour gave the most flavour of the five",
            "It drinks more water than the others",
            "Supermarket bread flour",
            "The cheapest bag rose reliably",
        ],
    );
    assert_absent(&a, &["Popular now", "Privacy", "Contact"]);
}

// ---------------------------------------------------------------------------------------------
// A quotation and its source marked up as a figure (`<figure><blockquote>` with a
// `<figcaption>`), as testimonials are: the quote is read, then its source, not the caption
// alone.

#[test]
fn a_figure_of_a_quotation_is_read_with_its_source() {
    let a = extract_fixture(
        "quote-figures.html",
        Some("https://claybankstudio.example/reviews"),
    );
    assert_in_order(
        &a,
        &[
            "What students say about our evening wheel classes",
            "I had never touched clay before the first evening",
            "— Priya N.",
            "The glazing weekend was the best course I have taken anywhere",
            "— Tom B.",
            "A calm two hours each Thursday",
            "— Alison R.",
        ],
    );
    assert_absent(&a, &["Privacy", "Classes"]);
}

// ---------------------------------------------------------------------------------------------
// On a thread of two short posts, a member's signature can hold most of the page's prose: it
// is still a signature, never the page's wrapper, and stays out.

#[test]
fn a_long_signature_under_short_posts_stays_out() {
    let a = extract_fixture(
        "forum-long-signature.html",
        Some("https://community.planora.example/topic/7301-roadmap-for-the-booking-module/"),
    );
    assert_in_order(
        &a,
        &[
            "Is there a public roadmap for the booking module?",
            "There is no public roadmap, but the beta programme",
        ],
    );
    assert_absent(
        &a,
        &[
            "Community helper and freelance developer",
            "Buying me a coffee",
            "Tip of the week",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// A caption is a line or two: a shop's box named for captions ("item-caption") that holds the
// whole product description is read as text, not dropped as a caption.

#[test]
fn a_caption_box_holding_a_description_is_read() {
    let a = extract_fixture(
        "caption-box-description.html",
        Some("https://deskworks.example/kestrel-2240.html"),
    );
    assert_in_order(
        &a,
        &[
            "Free delivery to the lower 48 states",
            "What sets the Kestrel apart from other task chairs:",
            "The backrest is built from eleven sprung segments",
            "Standard features: synchro tilt with tension control",
        ],
    );
    assert_absent(&a, &["Privacy", "Cart"]);
}

// ---------------------------------------------------------------------------------------------
// A shop system can print its template fields into the page as a description list
// ("retail_price_tier1:", "cat_thumb_Navy:"): that list is data, not copy, and goes, while a
// specification list in plain words stays.

#[test]
fn a_list_of_template_fields_stays_out() {
    let a = extract_fixture(
        "product-field-dump.html",
        Some("https://northfold.example/heavyweight-crew-tee-5080/"),
    );
    assert_in_order(
        &a,
        &[
            "A boxy crew neck tee cut from 6.5 oz combed cotton",
            "Fabric:",
            "100% combed cotton",
            "Fit:",
            "Relaxed",
        ],
    );
    assert_absent(
        &a,
        &[
            "retail_price_tier1",
            "cat_thumb_Navy",
            "5080_ECRU.jpg",
            "bulk_grid_toggle_button3",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// A blog post whose sections are never closed: each nests the next, so the section with the
// most text has no sibling holding the opening. The `<article>` around it frames the story.

#[test]
fn an_article_of_unclosed_sections_is_read_from_its_frame() {
    let declared = extract_fixture(
        "unclosed-sections.html",
        Some("https://harbouraudio.example/blog/podcast-setup/"),
    );
    // The same page that says it is an article only by its Open Graph tags.
    let page = String::from_utf8(fixture("unclosed-sections.html")).expect("UTF-8 fixture");
    let (head, rest) = page.split_once("<script").expect("a JSON-LD script");
    let (_, tail) = rest.split_once("</script>").expect("a closed script");
    let og = format!(
        "{head}<meta property=\"og:type\" content=\"article\">\n\
         <meta property=\"article:published_time\" content=\"2025-06-04T09:00:00Z\">\n\
         <meta name=\"author\" content=\"Tom O'Dell\">{tail}"
    );
    let typed = copydesk::extract(og.as_bytes(), &copydesk::Options::default());
    for a in [declared, typed] {
        assert_unclosed_sections_read(&a);
    }
}

fn assert_unclosed_sections_read(a: &copydesk::Article) {
    assert_in_order(
        a,
        &[
            "When I started podcasting, the equipment scared me",
            "Ten years and five hundred episodes later",
            "What to look for",
            "Pick gear that forgives mistakes",
            "My own setup",
            "the listener hears the room first",
        ],
    );
    assert_absent(a, &["Read next", "How to record an interview", "Privacy"]);
}

// ---------------------------------------------------------------------------------------------
// A topic page: a river of stories, each an `<article>` whose `<header>` holds its title and
// summary. That header is the story's own, not the page's.

#[test]
fn the_headers_of_a_river_of_stories_are_read() {
    let a = extract_fixture(
        "story-river.html",
        Some("https://harbourtech.example/topic/headphones/"),
    );
    assert_in_order(
        &a,
        &[
            "Studio Buds gain three new colours at one retailer",
            "The earbuds now come in sage, coral and sand",
            "Hands on: earbuds that read your heart rate",
            "We wore them on three runs and a long flight",
            "The last headphone adapter leaves the store",
            "Anyone who still needs the small adapter",
        ],
    );
    assert_absent(&a, &["Next page", "Privacy", "Laptops"]);
}
