//! Rendering an extracted record: the unit tests in `copydesk-record` cover each format's
//! shape on a hand-built record; here the record comes from a real extraction, so the check
//! is that every format carries the same content, figures included where they belong.

mod support;

use copydesk::{Format, render};

fn article() -> copydesk::Article {
    support::extract_fixture(
        "figures.html",
        Some("https://news.example.com/world/2024/10/24/summit-opens/"),
    )
}

#[test]
fn text_format_is_the_body_without_captions() {
    let a = article();
    let text = render(&a, Format::Text);
    assert_eq!(text, a.text);
    assert!(text.starts_with("Leaders from eleven countries gathered in Kazan on Thursday"));
    assert!(text.ends_with("over the next few days."));
    assert!(!text.contains("REUTERS"));
    assert_eq!(text.matches("\n\n").count(), 5, "six paragraphs:\n{text}");
}

#[test]
fn json_format_carries_figures_with_split_credits() {
    let a = article();
    let json = render(&a, Format::Json);
    assert!(!json.contains('\n'), "one line");
    assert!(json.starts_with("{\"schema\":\"copydesk/article@1\""));
    assert!(json.contains(
        "{\"kind\":\"figure\",\"src\":\"https://news.example.com/media/kazan-summit.jpg\",\
         \"caption\":\"Delegates arrive for the opening session of the regional summit in Kazan on Thursday.\",\
         \"credit\":\"REUTERS\"}"
    ), "{json}");
    assert!(json.contains("\"page_type\":\"article\""), "{json}");
}

#[test]
fn markdown_and_html_show_figures_in_reading_order() {
    let a = article();
    let md = render(&a, Format::Markdown);
    let fig = md
        .find("![Delegates arrive for the opening session")
        .unwrap_or_else(|| panic!("{md}"));
    let lead = md
        .find("Leaders from eleven countries")
        .unwrap_or_else(|| panic!("{md}"));
    assert!(fig < lead, "{md}");
    assert!(md.contains("(AP Photo/Jane Doe)*"), "{md}");

    let page = render(&a, Format::Html);
    assert!(page.contains(
        "<img src=\"https://cdn.example.com/img/flood-street.jpg\" \
         alt=\"Residents wade through a flooded street in the old town of Valencia.\" loading=\"lazy\">"
    ), "{page}");
    assert!(
        page.contains("<small class=\"credit\">Getty Images</small>"),
        "{page}"
    );
    let harbour = page
        .find("harbour-dawn.jpg")
        .unwrap_or_else(|| panic!("{page}"));
    let port = page
        .find("Port authorities said")
        .unwrap_or_else(|| panic!("{page}"));
    assert!(harbour < port);
}
