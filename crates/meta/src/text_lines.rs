//! Date lines and bylines in page text: the readers the visible page uses in HTML
//! (the date finder and its published-or-updated wording, the byline splitter), applied to
//! one line of text with no markup around it.
//!
//! ```
//! use copydesk_meta::text_lines::{byline_line, date_line};
//!
//! let date = date_line("Updated: October 25, 2024", Some("2024-10-26T08:00:00Z"));
//! assert_eq!(date, Some(("2024-10-25".to_string(), true)));
//! let authors = byline_line("By Jane Doe and John Roe, Reuters").unwrap_or_default();
//! assert_eq!(authors.len(), 3);
//! ```

use copydesk_record::{Author, AuthorKind};

use crate::byline;
use crate::collect::{opens_byline, wording};
use crate::dates::{self, Date};
use crate::text::loose_key;

/// The longest line read as a date line, in bytes.
const MAX_DATE_LINE: usize = 120;
/// Words besides the date itself a date line may hold ("By Jane Doe, Oct 24, 2024").
const DATE_LINE_WORDS: usize = 4;
/// … when the line says what the date is ("Last updated on …", "Veröffentlicht am …").
const WORDED_DATE_LINE_WORDS: usize = 8;
/// The longest line read as a byline, in bytes.
const MAX_BYLINE_LINE: usize = 200;
/// The most words a byline line holds (names, roles, an agency, an address).
const MAX_BYLINE_WORDS: usize = 16;
/// The most words of a byline without an opening word ("Jane Doe | Staff Writer").
const MAX_BARE_BYLINE_WORDS: usize = 8;

/// Words that stand inside a written date without being part of it.
const DATE_GLUE: &[&str] = &[
    "on", "at", "am", "pm", "a.m", "p.m", "um", "uhr", "de", "del", "le", "the", "of", "et", "and",
    "y", "und", "à", "às", "alle", "ore", "h",
];

/// Reads `line` as a date line: a line that is a date ("Thursday, October 24, 2024",
/// "25.10.2024 10:15"), perhaps with what kind of date it is ("Updated: …", "Veröffentlicht
/// am …") or a short byline beside it. Gives the date in ISO 8601 and whether the line calls
/// it an update. `fetched_at` (RFC 3339) bounds the date (a day of slack for time zones
/// ahead of the fetcher's) and lets relative dates ("2 hours ago") count back from it;
/// without it the clock bounds the date and relative dates are not read. Copyright lines
/// and comment stamps are no date lines.
pub fn date_line(line: &str, fetched_at: Option<&str>) -> Option<(String, bool)> {
    let t = line.trim();
    if t.len() < 4 || t.len() > MAX_DATE_LINE {
        return None;
    }
    // The date first: most lines hold none, and that is the cheapest thing to find out.
    let found = dates::may_hold_date(t).then(|| dates::parse(t)).flatten();
    let fetched = fetched_at.and_then(dates::parse);
    let date = found.or_else(|| fetched.and_then(|f| dates::relative(t, &f)))?;
    let words = wording(t);
    let worded = words.published || words.modified;
    let budget = if worded {
        WORDED_DATE_LINE_WORDS
    } else {
        DATE_LINE_WORDS
    };
    if words.other || other_words(t) > budget {
        return None;
    }
    let reference = fetched.unwrap_or_else(Date::now);
    (date.days() <= reference.days() + 1).then(|| (date.iso(), words.modified && !words.published))
}

/// Words of `t` that are not part of a written date: not a number, a month or weekday
/// name, a time zone code or a word that joins a date's parts.
fn other_words(t: &str) -> usize {
    t.split_whitespace()
        .filter(|w| {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            let lower = core.to_lowercase();
            !(core.is_empty()
                || core.contains(|c: char| c.is_ascii_digit())
                || dates::is_date_word(core)
                || DATE_GLUE.contains(&lower.trim_end_matches('.'))
                || ((2..=4).contains(&core.len()) && core.bytes().all(|b| b.is_ascii_uppercase())))
        })
        .count()
}

/// True when `line` opens like a byline: a lead word ("By", "Von", "Text:", "Written by" …)
/// then a capitalised word or a colon. The one list of byline openers, shared with the
/// content pass that takes the byline line out of the body.
pub fn opens_byline_line(line: &str) -> bool {
    opens_byline(line)
}

/// A page title without the site's name after its last separator ("Tram line approved |
/// Valley Courier" gives "Tram line approved"): the split HTML mode makes of `<title>` when
/// nothing else names the headline.
pub fn title_without_site(title: &str) -> &str {
    crate::headline::split_suffix(title).map_or(title, |(head, _)| head)
}

/// Reads `line` as a byline: one that opens with a byline word ("By Jane Doe and John Roe,
/// Reuters", "BY MICHAEL LEE [lee@example.com]", "Von Jane Doe", "Text: Jane Doe"), or a
/// name with a role or an e-mail address and no opening word ("Jane Doe | Staff Writer").
/// Gives the authors (people, and agencies as organisations), or `None` for an ordinary
/// sentence or a line that names no one.
pub fn byline_line(line: &str) -> Option<Vec<Author>> {
    let t = line.trim();
    if t.len() > MAX_BYLINE_LINE {
        return None;
    }
    // "ByAlex Bozarjian": the scraper glued the lead to the name in the element beside it.
    // What follows the name may be glued to it too ("Jane Doe UpdatedJanuary 5"): the name
    // ends before such a word.
    if let Some(name) = t.strip_prefix("By")
        && name.starts_with(char::is_uppercase)
    {
        let mut authors = byline_line(&format!("By {name}"))?;
        for a in &mut authors {
            let words: Vec<&str> = a.name.split_whitespace().collect();
            if let Some(cut) = words.iter().position(|w| glued_words(w))
                && cut > 0
            {
                a.name = words[..cut].join(" ");
            }
        }
        return Some(authors);
    }
    // The cheap tests first: most lines neither open like a byline nor may sign one.
    let opens = opens_byline(t);
    if !opens && !(may_sign(t) && (t.contains('@') || byline::may_name_role(t))) {
        return None;
    }
    // Counted no further than the limit.
    let words = t.split_whitespace().take(MAX_BYLINE_WORDS + 1).count();
    if words > MAX_BYLINE_WORDS {
        return None;
    }
    let authors = if opens {
        byline::parse_line(t, &[])
    } else if words <= MAX_BARE_BYLINE_WORDS {
        let authors = byline::parse(t, &[]);
        let signed = authors
            .iter()
            .any(|a| a.kind == AuthorKind::Person && (a.role.is_some() || a.email.is_some()));
        let names = authors
            .iter()
            .all(|a| a.kind == AuthorKind::Organization || byline::name_shaped(&a.name));
        if signed && names { authors } else { Vec::new() }
    } else {
        Vec::new()
    };
    (!authors.is_empty()).then_some(authors)
}

/// Longest name alone ([`bare_name_line`]), in bytes.
const MAX_BARE_NAME: usize = 48;

/// Words of page chrome that look like names when capitalised ("Read More", "Key
/// Takeaways", "Press Release"): a line holding one (or a word of the byline reader's
/// `NOT_NAMES`) is no name.
const CHROME_WORDS: &[&str] = &[
    "read",
    "updated",
    "last",
    "related",
    "latest",
    "top",
    "stories",
    "posts",
    "table",
    "contents",
    "key",
    "takeaways",
    "blog",
    "business",
    "press",
    "release",
    "breaking",
    "live",
    "sponsored",
    "advertisement",
    "opinion",
    "review",
    "reviews",
    "video",
    "videos",
    "photos",
    "guide",
    "team",
    "editorial",
    "newsletter",
    "subscribe",
    "sign",
    "log",
    "min",
    "minute",
    "minutes",
    "privacy",
    "policy",
    "terms",
    "cookie",
    "cookies",
    "login",
    "written",
    "support",
    "all",
    "view",
    "get",
    "find",
    "started",
];

/// Reads `line` as a name alone ("Andrew King"): two to four capitalised words of letters,
/// none of them a word of page chrome or a job title ("Marketing Director"). Such a line is a byline only where the page puts one,
/// beside the story's date line; the caller checks that.
pub fn bare_name_line(line: &str) -> Option<Author> {
    let t = line.trim();
    if t.len() > MAX_BARE_NAME
        || !t
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
        || !byline::name_shaped(t)
        || byline::may_name_role(t)
        || t.split_whitespace().any(glued_words)
        || t.split_whitespace().any(|w| {
            let w = w.trim_end_matches('.').to_lowercase();
            CHROME_WORDS.contains(&w.as_str()) || byline::NOT_NAMES.contains(&w.as_str())
        })
    {
        return None;
    }
    let mut authors = byline::parse(t, &[]);
    match authors.as_slice() {
        [a] if a.kind == AuthorKind::Person && a.name == t => authors.pop(),
        _ => None,
    }
}

/// True for a word that is two run together ("OrganizationOffice", "ChatGPT"): a capital
/// after three lower-case letters, which no name has ("McCarthy", "DeFino", "MacLeod").
fn glued_words(word: &str) -> bool {
    let mut lower_run = 0;
    for c in word.chars() {
        if c.is_uppercase() && lower_run >= 3 {
            return true;
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
    }
    false
}

/// A cheap test before a bare byline is parsed: a role or an e-mail needs a separator
/// ("Jane Doe | Staff Writer", "Jane Doe, Reporter", "Jane Doe – Reporter") or an `@`; the
/// caller then asks for the `@` or a role's word.
fn may_sign(line: &str) -> bool {
    line.contains(['|', ',', '@', '–', '—']) || line.contains(" - ")
}

/// Adds what a later byline tells about the authors of the first one: the e-mail address or
/// role a closing byline gives for the same name ("By Jane Doe" above the story, "JANE DOE
/// [jane@example.com]" below it). Names the first byline does not give are not added.
pub fn enrich(authors: &mut [Author], later: &[Author]) {
    for a in authors.iter_mut() {
        let key = loose_key(&a.name);
        if let Some(b) = later.iter().find(|b| loose_key(&b.name) == key) {
            if a.email.is_none() {
                a.email.clone_from(&b.email);
            }
            if a.role.is_none() {
                a.role.clone_from(&b.role);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FETCHED: Option<&str> = Some("2024-10-26T08:00:00Z");

    #[test]
    fn a_page_title_loses_the_sites_name() {
        assert_eq!(
            title_without_site("Learn web development | web.dev"),
            "Learn web development"
        );
        assert_eq!(
            title_without_site("Tram line approved after late-night vote - Valley Courier"),
            "Tram line approved after late-night vote"
        );
        // A separator inside the headline stays.
        assert_eq!(
            title_without_site("Fares frozen – again – for the whole of the valley"),
            "Fares frozen – again – for the whole of the valley"
        );
        assert_eq!(title_without_site("Home | Courier"), "Home | Courier");
    }

    fn names(line: &str) -> Vec<String> {
        byline_line(line)
            .unwrap_or_default()
            .into_iter()
            .map(|a| a.name)
            .collect()
    }

    #[test]
    fn date_lines_give_the_day_and_whether_it_is_an_update() {
        assert_eq!(
            date_line("Thursday, October 24, 2024", None),
            Some(("2024-10-24".to_string(), false))
        );
        assert_eq!(
            date_line("Updated: October 25, 2024", FETCHED),
            Some(("2024-10-25".to_string(), true))
        );
        assert_eq!(
            date_line("Veröffentlicht am 25. Oktober 2024", FETCHED),
            Some(("2024-10-25".to_string(), false))
        );
        assert_eq!(
            date_line("By Jane Doe | October 24, 2024", FETCHED).map(|d| d.0),
            Some("2024-10-24".to_string())
        );
    }

    #[test]
    fn a_name_alone_reads_as_a_person_and_chrome_does_not() {
        let name = |l: &str| bare_name_line(l).map(|a| a.name);
        for n in [
            "Andrew King",
            "Josef Průša",
            "Craig McCarthy",
            "Christopher S. Penn",
        ] {
            assert_eq!(name(n).as_deref(), Some(n));
        }
        for line in [
            "Read More",
            "Key Takeaways",
            "Table of Contents",
            "All Insights",
            "ChatGPT Bugs",
            "Digital OrganizationOffice",
            "Andrew King 2025",
            "Business",
            "Top 10 Health Trends",
            "Marketing Director",
        ] {
            assert_eq!(name(line), None, "{line}");
        }
    }

    #[test]
    fn a_lead_glued_to_the_name_is_read_apart() {
        assert_eq!(names("ByAlex Bozarjian"), ["Alex Bozarjian"]);
        assert_eq!(names("ByJ.R. Stone"), ["J.R. Stone"]);
        assert_eq!(
            names("ByRhonda Krause UpdatedJanuary 5, 2025"),
            ["Rhonda Krause"]
        );
        assert!(names("Bytes and pieces").is_empty());
    }

    #[test]
    fn dates_after_the_fetch_are_refused() {
        assert_eq!(date_line("October 30, 2024", FETCHED), None);
        assert!(date_line("October 30, 2024", None).is_some());
    }

    #[test]
    fn relative_dates_need_the_fetch_time() {
        assert_eq!(date_line("2 days ago", None), None);
        assert_eq!(
            date_line("2 days ago", FETCHED).map(|d| d.0[..10].to_string()),
            Some("2024-10-24".to_string())
        );
    }

    #[test]
    fn sentences_and_copyright_lines_are_no_date_lines() {
        assert_eq!(
            date_line(
                "The council will vote again on October 24, 2024, officials said.",
                None
            ),
            None
        );
        assert_eq!(date_line("© 2024 Valley Courier", None), None);
        assert_eq!(date_line("Comment posted October 24, 2024", None), None);
    }

    #[test]
    fn bylines_with_an_opening_word() {
        assert_eq!(names("By Dana Whitfield"), ["Dana Whitfield"]);
        assert_eq!(names("Von Jane Doe"), ["Jane Doe"]);
        assert_eq!(names("Text: Jane Doe"), ["Jane Doe"]);
        let agency = byline_line("By Jane Doe and John Roe, Reuters").unwrap_or_default();
        let kinds: Vec<(&str, AuthorKind)> =
            agency.iter().map(|a| (a.name.as_str(), a.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("Jane Doe", AuthorKind::Person),
                ("John Roe", AuthorKind::Person),
                ("Reuters", AuthorKind::Organization)
            ]
        );
    }

    #[test]
    fn a_shouted_byline_keeps_its_address() {
        let a = byline_line("BY MICHAEL LEE [lee.junhyuk@joongang.co.kr]").unwrap_or_default();
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].name, "Michael Lee");
        assert_eq!(a[0].email.as_deref(), Some("lee.junhyuk@joongang.co.kr"));
    }

    #[test]
    fn a_name_with_a_role_is_a_byline() {
        let a = byline_line("Jane Doe | Staff Writer").unwrap_or_default();
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].name, "Jane Doe");
        assert_eq!(a[0].role.as_deref(), Some("Staff Writer"));
    }

    #[test]
    fn ordinary_lines_are_no_bylines() {
        assert_eq!(
            byline_line("By Friday, the council had voted to build the line."),
            None
        );
        assert_eq!(byline_line("Jane Doe"), None);
        assert_eq!(byline_line("Home | News | Sport"), None);
        assert_eq!(
            byline_line(
                "By the end of the year the line will carry more passengers than any bus route in the valley."
            ),
            None
        );
    }

    #[test]
    fn a_closing_byline_lends_its_address() {
        let mut first = byline_line("By Dana Whitfield").unwrap_or_default();
        let last = byline_line("BY DANA WHITFIELD [dana@example.com]").unwrap_or_default();
        enrich(&mut first, &last);
        assert_eq!(first.len(), 1);
        assert_eq!(first[0].email.as_deref(), Some("dana@example.com"));
    }
}
