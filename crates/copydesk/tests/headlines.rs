//! Headline, subheadline and site name on hand-written pages: the visible main heading is
//! the headline, not the `<title>` or Open Graph variant, and never a logo or a widget title.

mod support;

use copydesk::Block;
use support::{dump, extract_fixture};

/// Texts of the heading blocks of the body.
fn body_headings(a: &copydesk::Article) -> Vec<&str> {
    a.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn visible_h1_beats_a_shorter_og_title() {
    let a = extract_fixture("headline-h1-beats-og.html", None);
    assert_eq!(
        a.headline.as_deref(),
        Some("7 Recent Trends in Garden Design"),
        "{}",
        dump(&a)
    );
    assert_eq!(a.site_name.as_deref(), Some("Greenleaf Studio"));
    assert!(body_headings(&a).is_empty(), "{}", dump(&a));
}

#[test]
fn logo_h1_is_not_the_headline() {
    let a = extract_fixture("headline-logo-h1.html", None);
    assert_eq!(
        a.headline.as_deref(),
        Some("Harbour ferry changes its timetable for the winter"),
        "{}",
        dump(&a)
    );
    assert_eq!(a.site_name.as_deref(), Some("Coastline Weekly"));
}

#[test]
fn title_loses_the_site_name_when_there_is_no_heading() {
    let a = extract_fixture("headline-title-only.html", None);
    assert_eq!(
        a.headline.as_deref(),
        Some("How to store winter squash so it keeps until spring"),
        "{}",
        dump(&a)
    );
    assert_eq!(a.site_name.as_deref(), Some("Allotment Notes"));
}

#[test]
fn kicker_is_cut_and_standfirst_is_the_subheadline() {
    let a = extract_fixture("headline-standfirst.html", None);
    assert_eq!(
        a.headline.as_deref(),
        Some("City to plant ten thousand street trees by 2030"),
        "{}",
        dump(&a)
    );
    assert_eq!(
        a.subheadline.as_deref(),
        Some(
            "Every neighbourhood gets at least five hundred new trees, with the hottest streets first in line."
        ),
        "{}",
        dump(&a)
    );
    // The heading with its kicker is the headline, not a body heading.
    assert!(body_headings(&a).is_empty(), "{}", dump(&a));
}

#[test]
fn sidebar_h1_loses_to_the_post_heading() {
    let a = extract_fixture("headline-sidebar-h1.html", None);
    assert_eq!(
        a.headline.as_deref(),
        Some("Library extends opening hours during exam season"),
        "{}",
        dump(&a)
    );
}
