//! Bylines: authors read from the page (structured data, meta tags, visible byline lines at
//! the top or the bottom of the body), split into people and organisations, and the byline
//! line kept out of the body.

mod support;

use copydesk::{Author, AuthorKind, credited_names};
use support::{assert_absent, dump, extract_fixture, paragraphs};

fn who(authors: &[Author]) -> Vec<(&str, AuthorKind)> {
    authors.iter().map(|a| (a.name.as_str(), a.kind)).collect()
}

#[test]
fn agency_byline_at_the_top_gives_people_and_an_organisation() {
    let a = extract_fixture("byline-agency-top.html", None);
    assert_eq!(
        who(&a.authors),
        [
            ("Jane Doe", AuthorKind::Person),
            ("John Roe", AuthorKind::Person),
            ("Reuters", AuthorKind::Organization)
        ],
        "{:?}",
        a.authors
    );
    assert_eq!(credited_names(&a.authors), ["Jane Doe", "John Roe"]);
    assert_eq!(
        paragraphs(&a).first().copied(),
        Some(
            "Dock workers at the country's largest grain terminal stayed off the job for a third day on Wednesday, leaving more than forty ships waiting at anchor and traders scrambling to reroute cargoes through smaller ports."
        ),
        "{}",
        dump(&a)
    );
    assert_absent(&a, &["By Jane Doe", "harbourledger"]);
}

#[test]
fn text_credit_at_the_bottom_is_the_author_and_leaves_the_body() {
    let a = extract_fixture("byline-text-bottom.html", None);
    assert_eq!(
        who(&a.authors),
        [("Klara Berger", AuthorKind::Person)],
        "{:?}",
        a.authors
    );
    assert_eq!(
        paragraphs(&a).last().copied(),
        Some(
            "In dieser Zeit wird der Uferweg abschnittsweise gesperrt, Fußgänger werden über die Parkstraße umgeleitet, wie die Verwaltung mitteilte."
        ),
        "{}",
        dump(&a)
    );
    // "Von Montag bis Freitag" opens like a byline but names nobody; it stays in the body.
    assert!(
        paragraphs(&a).contains(&"Von Montag bis Freitag"),
        "{}",
        dump(&a)
    );
}

#[test]
fn email_in_brackets_is_split_off_a_shouted_byline_below_the_body() {
    let a = extract_fixture("byline-below.html", None);
    assert_eq!(a.authors.len(), 1, "{:?}", a.authors);
    assert_eq!(a.authors[0].name, "Kim Ji-Hoon");
    assert_eq!(
        a.authors[0].email.as_deref(),
        Some("kim.jihoon@morningherald.example")
    );
    assert_absent(&a, &["BY KIM JI-HOON"]);
}

#[test]
fn jsonld_graph_references_beat_urls_and_handles() {
    let a = extract_fixture("byline-jsonld-graph.html", None);
    assert_eq!(
        who(&a.authors),
        [
            ("Jane Doe", AuthorKind::Person),
            ("Associated Press", AuthorKind::Organization)
        ],
        "{:?}",
        a.authors
    );
    // The visible "Jane Doe | Staff Writer" line is the byline, not story text.
    assert_eq!(
        paragraphs(&a).first().copied(),
        Some(
            "A decade after most sleeper services were cut, operators across the continent are ordering new carriages and reopening routes that were written off as relics of another age."
        ),
        "{}",
        dump(&a)
    );
}

#[test]
fn byline_inside_a_layout_wrapper_classed_for_its_sidebar_is_read() {
    // The wrapper's `one-sidebar` class does not make the article page chrome; the widget
    // sidebar itself stays chrome, and the display name beats the declared user handle.
    let a = extract_fixture("byline-sidebar-layout.html", None);
    assert_eq!(
        who(&a.authors),
        [("Greta Sommerfeld", AuthorKind::Person)],
        "{:?}",
        a.authors
    );
}

#[test]
fn a_person_in_the_byline_beats_the_publisher_declared_as_author() {
    let a = extract_fixture("byline-publisher-declared.html", None);
    assert_eq!(
        who(&a.authors),
        [("Leonie Halbach", AuthorKind::Person)],
        "{:?}",
        a.authors
    );
}
