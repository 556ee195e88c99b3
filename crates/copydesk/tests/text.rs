//! Page-text extraction: hand-written scraper dumps with the chrome a WET record keeps
//! (menus flattened into lines, widgets, ad markers, share prompts, related links, comments,
//! cookie and copyright notices). Each asserts the headline, the story and that no chrome
//! line is in the body.

use copydesk::{AuthorKind, Block, Options, PageType, SourceKind};

fn read(name: &str) -> copydesk::Article {
    read_with(name, &Options::default())
}

fn read_with(name: &str, options: &Options) -> copydesk::Article {
    let path = format!("{}/tests/fixtures/text/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    copydesk::extract_text(&text, options)
}

fn paragraphs(a: &copydesk::Article) -> Vec<&str> {
    a.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { text } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

fn removed_reason<'a>(a: &'a copydesk::Article, line: &str) -> Option<&'a str> {
    a.removed
        .iter()
        .find(|r| r.text == line)
        .map(|r| &*r.reason)
}

#[test]
fn wordpress_dump_keeps_the_story_and_drops_its_chrome() {
    let a = read("wordpress-dump.txt");
    assert_eq!(a.source.kind, SourceKind::Text);
    assert_eq!(a.page_type, PageType::Article);
    assert_eq!(
        a.headline.as_deref(),
        Some("Tram line approved after late-night vote")
    );
    let body = paragraphs(&a);
    assert_eq!(body.len(), 5, "{body:#?}");
    assert!(body[0].starts_with("Riverside's city council voted 7 to 4"));
    assert!(body[4].starts_with("Opponents argued"));
    for chrome in [
        "66.5 F",
        "Advertisement",
        "Share this",
        "Related posts",
        "Comments",
        "Brilliant planning",
        "cookies",
        "All rights reserved",
    ] {
        assert!(
            !a.text.contains(chrome),
            "{chrome:?} in the body:\n{}",
            a.text
        );
    }
    assert_eq!(removed_reason(&a, "- Advertisement -"), Some("ad"));
    assert_eq!(removed_reason(&a, "Related posts"), Some("related"));
    assert_eq!(removed_reason(&a, "3 Comments"), Some("comments"));
    assert_eq!(removed_reason(&a, "Obituaries"), Some("navigation"));
}

#[test]
fn wordpress_dump_gives_its_date_and_byline() {
    let a = read("wordpress-dump.txt");
    assert_eq!(a.published.as_deref(), Some("2024-10-24"));
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    assert_eq!(a.authors.len(), 1, "{:?}", a.authors);
    assert_eq!(a.authors[0].name, "Dana Whitfield");
    assert_eq!(
        a.authors[0].email.as_deref(),
        Some("dana.whitfield@valleycourier.example")
    );
    assert!(
        !a.text.contains("Dana"),
        "a byline in the body:\n{}",
        a.text
    );
    assert_eq!(removed_reason(&a, "By Dana Whitfield"), Some("byline"));
    assert_eq!(
        removed_reason(
            &a,
            "BY DANA WHITFIELD [dana.whitfield@valleycourier.example]"
        ),
        Some("byline")
    );
    assert_eq!(
        removed_reason(&a, "Thursday, October 24, 2024"),
        Some("date")
    );
}

#[test]
fn an_agency_byline_opening_the_story_leaves_the_body() {
    let options = Options {
        fetched_at: Some("2024-11-13T09:00:00Z".to_string()),
        ..Options::default()
    };
    let a = read_with("agency-byline.txt", &options);
    let authors: Vec<(&str, AuthorKind)> = a
        .authors
        .iter()
        .map(|x| (x.name.as_str(), x.kind))
        .collect();
    assert_eq!(
        authors,
        [
            ("Jane Doe", AuthorKind::Person),
            ("John Roe", AuthorKind::Person),
            ("Reuters", AuthorKind::Organization)
        ]
    );
    assert_eq!(a.published.as_deref(), Some("2024-11-11"));
    assert_eq!(a.modified.as_deref().map(|m| &m[..10]), Some("2024-11-12"));
    let body = paragraphs(&a);
    assert_eq!(body.len(), 5, "{body:#?}");
    assert!(body[0].starts_with("Producers failed"));
    assert!(body[1].starts_with("Oil prices rose"));
    assert!(
        !a.blocks
            .iter()
            .any(|b| matches!(b, Block::Heading { text, .. } if text.contains("Jane Doe")))
    );
    assert!(!a.text.contains("Jane Doe"));
    assert!(!a.text.contains("Updated"));
    assert_eq!(
        removed_reason(&a, "By Jane Doe and John Roe, Reuters"),
        Some("byline")
    );
}

#[test]
fn a_date_after_the_fetch_is_no_publication_date() {
    let options = Options {
        fetched_at: Some("2024-10-01T09:00:00Z".to_string()),
        ..Options::default()
    };
    let a = read_with("wordpress-dump.txt", &options);
    assert_eq!(a.published.as_deref(), Some("2024-10-01T09:00:00Z"));
    assert!(
        a.warnings
            .iter()
            .any(|w| w.contains("fetch date stands in"))
    );
}

#[test]
fn a_menu_of_forty_lines_stays_out() {
    let a = read("menu-lines.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Harbour ferry returns after winter repairs")
    );
    let body = paragraphs(&a);
    assert_eq!(body.len(), 4, "{body:#?}");
    assert!(body[0].starts_with("The harbour ferry between the old town"));
    for menu in ["Crosswords", "Newsletters", "Careers", "The Harbour Times"] {
        assert!(!a.text.contains(menu), "{menu:?} in the body");
    }
}

#[test]
fn glued_caption_and_sentences_are_split() {
    let a = read("glued-caption.txt");
    let figure = a.blocks.iter().find_map(|b| match b {
        Block::Figure {
            caption, credit, ..
        } => Some((caption.as_deref(), credit.as_deref())),
        _ => None,
    });
    assert_eq!(
        figure,
        Some((
            Some(
                "Russian President Vladimir Putin attends a news conference after the BRICS summit in Kazan on Thursday."
            ),
            Some("REUTERS")
        ))
    );
    let body = paragraphs(&a);
    assert!(
        body[0].starts_with("KAZAN, Russia (Reuters) — Russian President"),
        "{body:#?}"
    );
    assert!(body.contains(&"The Russian president added that the two countries were in close contact on every question of their partnership."));
    assert_eq!(
        a.dateline.as_ref().map(|d| d.place.as_str()),
        Some("KAZAN, Russia")
    );
    assert!(!a.text.contains("Read more"));
}

#[test]
fn a_german_page_reads_the_same_way() {
    let a = read("german-page.txt");
    assert_eq!(a.language.as_deref(), Some("de"));
    assert_eq!(
        a.headline.as_deref(),
        Some("Stadtrat beschließt neue Straßenbahnlinie")
    );
    let body = paragraphs(&a);
    assert_eq!(body.len(), 3, "{body:#?}");
    for chrome in [
        "Anzeige",
        "Das könnte Sie auch interessieren",
        "Busfahrpreise",
        "Rechte",
    ] {
        assert!(!a.text.contains(chrome), "{chrome:?} in the body");
    }
}

#[test]
fn forum_thread_keeps_posts_and_drops_their_furniture() {
    let a = read("forum-thread.txt");
    // A question is a headline too.
    assert_eq!(
        a.headline.as_deref(),
        Some("Best first telescope for a small balcony?")
    );
    let body = paragraphs(&a);
    assert!(
        body[0].starts_with("I live in a flat with a small south-facing balcony"),
        "{body:#?}"
    );
    assert!(
        body[1].starts_with("For a balcony I would look at a small Maksutov"),
        "{body:#?}"
    );
    for furniture in [
        "Posts:",
        "Joined:",
        "skywatcher_anna",
        "8:14 pm",
        "Jump to",
        "Who is online",
    ] {
        assert!(
            !a.text.contains(furniture),
            "{furniture:?} in the body:\n{}",
            a.text
        );
    }
    // A post's date line is not a heading.
    assert!(!a.blocks.iter().any(|b| matches!(b, Block::Heading { .. })));
    assert_eq!(removed_reason(&a, "Posts: 214"), Some("forum"));
    assert_eq!(removed_reason(&a, "Jump to"), Some("boilerplate"));
}

#[test]
fn the_line_the_page_title_was_made_from_is_the_headline_and_its_byline_is_read() {
    let a = read("ranked-guide.txt");
    // Not the subheading over the story, which repeats most of the title too.
    assert_eq!(
        a.headline.as_deref(),
        Some("10 Best Moving Companies in New York (2025 Reviews)")
    );
    // A name alone under the headline, over the date line, signs the page.
    let names: Vec<&str> = a.authors.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["Ryan Carrigan"]);
    assert_eq!(a.published.as_deref(), Some("2025-12-17"));
    assert_eq!(removed_reason(&a, "Ryan Carrigan"), Some("byline"));
    assert!(paragraphs(&a)[0].starts_with("We compared licence records"));
}

#[test]
fn a_byline_between_the_headline_and_the_story_is_no_headline() {
    let a = read("byline-under-headline.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("These are the best major appliances of the year")
    );
    let names: Vec<&str> = a.authors.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["Danielle Marsh", "Donna Ellis", "Natalie Ngo"]);
}

#[test]
fn a_recent_articles_box_closes_the_story_before_the_testimonials() {
    let a = read("clinic-blog.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Helping Your Toddler Sleep Through the Night")
    );
    let body = paragraphs(&a);
    assert_eq!(body.len(), 4, "{body:#?}");
    assert!(body[3].starts_with("If your child still wakes every night"));
    for chrome in [
        "Recent Articles",
        "Choosing a Pediatrician",
        "Laura P.",
        "twins",
    ] {
        assert!(!a.text.contains(chrome), "{chrome:?} in the body");
    }
    assert_eq!(removed_reason(&a, "Recent Articles"), Some("related"));
}

#[test]
fn a_story_printed_twice_is_read_once() {
    let a = read("printed-twice.txt");
    assert_eq!(a.text.matches("Set aside a tenth of the total").count(), 1);
    assert_eq!(a.text.matches("Moving walls and plumbing").count(), 1);
    assert!(a.text.contains("Ready to start? Our estimators"));
    assert_eq!(
        removed_reason(&a, "Planning your budget"),
        Some("repeat"),
        "{:#?}",
        a.removed
    );
}

#[test]
fn meals_repeated_under_other_days_are_kept() {
    let a = read("meal-plan.txt");
    assert_eq!(
        a.text.matches("Oat bowl with berries").count(),
        2,
        "{}",
        a.text
    );
    assert_eq!(a.text.matches("Lentil soup").count(), 2);
    assert!(a.text.contains("Salmon and greens"));
}

#[test]
fn dated_teasers_closing_on_read_more_stay_out() {
    let a = read("teasers-read-more.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Who Pays When You Slip at the Gym?")
    );
    let body = paragraphs(&a);
    assert_eq!(body.len(), 3, "{body:#?}");
    for teaser in [
        "Denied Disability",
        "car accident",
        "Choosing a lawyer",
        "Read More",
    ] {
        assert!(!a.text.contains(teaser), "{teaser:?} in the body");
    }
}

#[test]
fn a_thread_keeps_its_replies_under_a_comment_count() {
    let options = Options {
        url: Some("https://careers.example.com/forum/consulting/is-consulting-worth-it".into()),
        ..Options::default()
    };
    let thread = read_with("thread-with-comment-count.txt", &options);
    assert_eq!(thread.page_type, PageType::Forum);
    assert!(thread.text.contains("I am finishing a bachelor's degree"));
    assert!(thread.text.contains("I moved from a mid-market bank"));
    assert!(thread.text.contains("Weekends are usually free"));
    for furniture in ["14 Comments", "Reply", "Quote", "Report", "Add Comment"] {
        assert!(
            !thread.text.contains(furniture),
            "{furniture:?} in the body"
        );
    }
    // Without the address, the comment count splits the page: the question and the replies
    // are never read together.
    let story = read("thread-with-comment-count.txt");
    assert_eq!(story.page_type, PageType::Article);
    assert!(
        !(story.text.contains("I am finishing a bachelor's degree")
            && story.text.contains("I moved from a mid-market bank")),
        "{}",
        story.text
    );
}

#[test]
fn a_shops_legal_notices_printed_in_full_stay_out() {
    let a = read("shop-legal-dialogs.txt");
    assert!(a.text.contains("Our lightest trail shoe yet"));
    assert!(a.text.contains("straight into the washing machine"));
    for legal in [
        "Gift with confidence",
        "Final sale items",
        "endeavours to protect",
        "legitimate purposes",
    ] {
        assert!(
            !a.text.contains(legal),
            "{legal:?} in the body:\n{}",
            a.text
        );
    }
}

#[test]
fn an_about_the_author_box_closes_the_story() {
    let a = read("author-bio.txt");
    let body = paragraphs(&a);
    assert_eq!(body.len(), 4, "{body:#?}");
    assert!(body[3].starts_with("Set the plant at the same depth"));
    for chrome in [
        "About the Author",
        "Marta Olsen",
        "garden centre",
        "forty-two plants",
    ] {
        assert!(!a.text.contains(chrome), "{chrome:?} in the body");
    }
    assert_eq!(removed_reason(&a, "About the Author"), Some("author"));
}

#[test]
fn a_page_of_events_that_each_close_on_read_more_keeps_its_events() {
    let a = read("events-read-more.txt");
    let body = paragraphs(&a);
    assert!(
        body.iter().any(|p| p.starts_with("Talks, workshops")),
        "{body:#?}"
    );
    for event in ["Seed swap", "Poetry night", "Lego club", "Book club"] {
        assert!(a.text.contains(event), "{event:?} missing: {body:#?}");
    }
    assert!(a.text.contains("Building hour for children"), "{body:#?}");
    for chrome in ["Read more", "Opening hours", "© 2026"] {
        assert!(!a.text.contains(chrome), "{chrome:?} in the body");
    }
}
