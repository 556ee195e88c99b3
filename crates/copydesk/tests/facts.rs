//! `Options::facts`: the record carries the facts of its own text, dates read against its
//! publication date, only when asked.

use copydesk::{Article, Options};

const PAGE: &[u8] = "<html><head><title>Levy rises</title>\
    <meta property=\"article:published_time\" content=\"2025-02-06T08:00:00Z\"></head>\
    <body><article><h1>Levy rises</h1>\
    <p>Councillors voted on Thursday to raise the harbour levy by 12 percent, the first \
    increase since 2019, after a long debate in the town hall.</p>\
    <p>“We cannot keep the breakwater standing on goodwill alone,” said Mayor Inès Okafor. \
    Questions can be sent to levy@saltmarsh.example before March.</p>\
    </article></body></html>"
    .as_bytes();

fn with_facts() -> Options {
    Options {
        facts: true,
        ..Options::default()
    }
}

/// The facts are those of the record's text and publication date, exactly.
fn assert_facts_of_text(article: &Article) {
    let facts = article.facts.as_ref().expect("facts asked for");
    assert!(!article.text.is_empty());
    assert_eq!(
        facts,
        &copydesk::find_facts(&article.text, article.published.as_deref())
    );
    let chars = article.text.chars().count();
    for q in &facts.quotes {
        assert!(q.span[0] <= q.span[1] && q.span[1] <= chars, "{q:?}");
    }
}

#[test]
fn html_and_text_records_carry_facts_when_asked() {
    let plain = copydesk::extract(PAGE, &Options::default());
    assert!(plain.facts.is_none());
    let html = copydesk::extract(PAGE, &with_facts());
    assert_eq!(html.published.as_deref(), Some("2025-02-06T08:00:00Z"));
    assert_facts_of_text(&html);
    assert_eq!(html.text, plain.text, "facts leave the record's text alone");
    let text = copydesk::extract_text(&html.text, &with_facts());
    assert_facts_of_text(&text);
    assert!(
        copydesk::extract_text(&html.text, &Options::default())
            .facts
            .is_none()
    );
}
