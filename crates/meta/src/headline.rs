//! Headlines without the site name glued on: "Headline | Site", "Site: Headline".

use crate::text::loose_key;

/// Separators that join a headline to a site or section name, most telling first.
const SEPARATORS: &[&str] = &[
    " | ", " || ", " – ", " — ", " - ", " :: ", " · ", " • ", " » ", " « ", " › ", " // ", " / ",
    " ~ ", ": ", " : ",
];

/// The names a site goes by on a page, as loose keys (letters and digits, lower case).
pub(crate) struct SiteNames(Vec<String>);

impl SiteNames {
    /// Keys for `names`; empty ones are dropped.
    pub(crate) fn new<'n>(names: impl IntoIterator<Item = &'n str>) -> Self {
        SiteNames(
            names
                .into_iter()
                .map(loose_key)
                .filter(|k| !k.is_empty())
                .collect(),
        )
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// True when `text` is one of the site's names.
    pub(crate) fn names(&self, text: &str) -> bool {
        names_site(text, self)
    }
}

/// True when `part` names the same thing as one of `sites` (ignoring case, spaces, dots).
fn names_site(part: &str, sites: &SiteNames) -> bool {
    let key = loose_key(part);
    if key.is_empty() {
        return false;
    }
    sites.0.iter().any(|s| {
        !s.is_empty()
            && (*s == key
                || (key.len() >= 4 && s.contains(key.as_str()) && key.len() * 2 >= s.len())
                || (s.len() >= 4 && key.contains(s.as_str()) && s.len() * 2 >= key.len()))
    })
}

/// Removes a site name (any of `sites`) from the end or start of `title`, twice at most
/// ("Headline | Section | Site" loses "Site", then a matching section). A short part that
/// the same separator sets between the headline and the site's name is a section and goes
/// with it ("Headline - Forum - Site", "Site » Section » Headline").
pub(crate) fn strip_site(title: &str, sites: &SiteNames) -> String {
    let mut t = title.trim();
    if sites.is_empty() {
        return t.to_string();
    }
    for _ in 0..2 {
        let before = t.len();
        for sep in SEPARATORS {
            if let Some(pos) = t.rfind(sep) {
                let (head, tail) = (&t[..pos], &t[pos + sep.len()..]);
                if !head.trim().is_empty() && names_site(tail, sites) {
                    t = head.trim();
                    if let Some(pos) = t.rfind(sep)
                        && is_section(&t[pos + sep.len()..], &t[..pos])
                    {
                        t = t[..pos].trim();
                    }
                    break;
                }
            }
            if let Some(pos) = t.find(sep) {
                let (head, tail) = (&t[..pos], &t[pos + sep.len()..]);
                if !tail.trim().is_empty() && names_site(head, sites) {
                    t = tail.trim();
                    if let Some(pos) = t.find(sep)
                        && is_section(&t[..pos], &t[pos + sep.len()..])
                    {
                        t = t[pos + sep.len()..].trim();
                    }
                    // Short parts the same separator sets after the headline are the
                    // section path: "Site - Headline - Club press - News".
                    for _ in 0..2 {
                        match t.rfind(sep) {
                            Some(pos) if is_section(&t[pos + sep.len()..], &t[..pos]) => {
                                t = t[..pos].trim();
                            }
                            _ => break,
                        }
                    }
                    break;
                }
            }
        }
        if t.len() == before {
            break;
        }
    }
    if t.len() == title.trim().len()
        && let Some(head) = cut_at_site_part(t, sites)
    {
        t = head;
    }
    t.to_string()
}

/// Cuts a title at a part that names the site when more parts follow it: "Headline :
/// Site | tagline | founded 2005". `None` when no such part stands after the first.
fn cut_at_site_part<'t>(title: &'t str, sites: &SiteNames) -> Option<&'t str> {
    let cuts = separator_spans(title);
    // Each part runs from the end of one separator to the start of the next.
    cuts.windows(2).find_map(|w| {
        let ((start, end), (next, _)) = (w[0], w[1]);
        let head = title[..start].trim();
        (!head.is_empty() && names_site(&title[end..next], sites)).then_some(head)
    })
}

/// Where the separators of `title` stand, as byte ranges, left to right (the longest one
/// at each place).
fn separator_spans(title: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < title.len() {
        let rest = &title[i..];
        match SEPARATORS
            .iter()
            .filter(|s| rest.starts_with(*s))
            .max_by_key(|s| s.len())
        {
            Some(sep) => {
                spans.push((i, i + sep.len()));
                i += sep.len();
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    spans
}

/// The first part of a title of several ("Kicker – Headline" gives "Kicker"), unless a
/// colon sets it off: "Kicker: Headline" reads as one headline.
pub(crate) fn first_part(title: &str) -> Option<&str> {
    let (start, end) = *separator_spans(title).first()?;
    let head = title[..start].trim();
    (!head.is_empty() && !title[start..end].contains(':')).then_some(head)
}

/// `title` without its last part when that part is `part`: "Post | Blog name".
pub(crate) fn strip_part(title: &str, part: &str) -> Option<String> {
    let (start, end) = *separator_spans(title).last()?;
    let head = title[..start].trim();
    (!head.is_empty() && loose_key(&title[end..]) == loose_key(part)).then(|| head.to_string())
}

/// Most words in a label set after a heading with a bar ("Headline | Opinion").
const MAX_LABEL_WORDS: usize = 3;

/// A visible heading without a short label a bar sets after it ("Best movers in 2025 |
/// Top 19 Companies", "Headline | Opinion"): a bar divides a headline from a tag, it
/// does not join the words of one.
pub(crate) fn drop_label(heading: &str) -> &str {
    let Some(pos) = heading.rfind(" | ") else {
        return heading;
    };
    let (head, tail) = (heading[..pos].trim(), heading[pos + 3..].trim());
    let words = |s: &str| s.split_whitespace().count();
    if (1..=MAX_LABEL_WORDS).contains(&words(tail)) && words(head) > words(tail) {
        head
    } else {
        heading
    }
}

/// A heading without a date that opens it before a separator: "23.01.2022 - Headline".
pub(crate) fn drop_date_lead(heading: &str) -> &str {
    let len = heading
        .find(|c: char| !(c.is_ascii_digit() || ".-/".contains(c)))
        .unwrap_or(heading.len());
    let token = heading[..len].trim_end_matches(['.', '-', '/']);
    let numeric = token.bytes().filter(u8::is_ascii_digit).count() >= 6;
    if !numeric || crate::dates::parse(token).is_none() {
        return heading;
    }
    let after = heading[token.len()..].trim_start();
    match after.strip_prefix(['-', '–', '—', '|', ':', '·']) {
        Some(rest)
            if rest.starts_with(char::is_whitespace) && rest.chars().any(char::is_alphabetic) =>
        {
            rest.trim_start()
        }
        _ => heading,
    }
}

/// Most words in a section name set between a headline and a site's name.
const MAX_SECTION_WORDS: usize = 3;

/// True when `part` can be a section's name beside `rest`, the headline: a few words,
/// and the headline at least two words longer.
fn is_section(part: &str, rest: &str) -> bool {
    let words = part.split_whitespace().count();
    (1..=MAX_SECTION_WORDS).contains(&words) && rest.split_whitespace().count() >= words + 2
}

/// Headings that label page furniture, not a story, as loose keys.
const FURNITURE: &[&str] = &[
    "relatedarticles",
    "relatedposts",
    "relatedstories",
    "latestnews",
    "latestposts",
    "recentposts",
    "navigation",
    "mainnavigation",
    "menu",
    "search",
    "comments",
    "leaveareply",
    "sharethis",
    "newsletter",
    "youmayalsolike",
    "mostread",
    "mostpopular",
    "advertisement",
];

/// True when a heading labels page furniture ("Related articles", "Menu") or leads into
/// something else (it ends with a colon).
pub(crate) fn is_furniture(heading: &str) -> bool {
    heading.trim_end().ends_with(':') || FURNITURE.contains(&loose_key(heading).as_str())
}

/// The last part of a `<title>` of two or more parts ("Page | Site"), when it is shorter
/// than the rest: where sites put their name.
pub(crate) fn site_part(title: &str) -> Option<&str> {
    let title = title.trim();
    let (pos, sep) = SEPARATORS
        .iter()
        .filter_map(|s| title.rfind(s).map(|p| (p, s)))
        .max_by_key(|(p, _)| *p)?;
    let (head, tail) = (title[..pos].trim(), title[pos + sep.len()..].trim());
    (!tail.is_empty() && tail.len() < head.len()).then_some(tail)
}

/// Removes a site name (any of `sites`) from the end of a heading: "Headline | Site".
pub(crate) fn strip_site_suffix(heading: &str, sites: &SiteNames) -> String {
    for sep in SEPARATORS {
        if let Some(pos) = heading.rfind(sep) {
            let (head, tail) = (heading[..pos].trim(), &heading[pos + sep.len()..]);
            if !head.is_empty() && names_site(tail, sites) {
                return head.to_string();
            }
        }
    }
    heading.trim().to_string()
}

/// Splits "Headline | Site" when the tail looks like a site name: short, after a separator
/// that sites use, and shorter than the headline. Returns (headline, site).
pub(crate) fn split_suffix(title: &str) -> Option<(&str, &str)> {
    for sep in [
        " | ", " – ", " — ", " - ", " :: ", " · ", " • ", " » ", " › ",
    ] {
        let Some(pos) = title.rfind(sep) else {
            continue;
        };
        let (head, tail) = (title[..pos].trim(), title[pos + sep.len()..].trim());
        let tail_words = tail.split_whitespace().count();
        let head_words = head.split_whitespace().count();
        let named = tail.contains('.') || tail.chars().next().is_some_and(char::is_uppercase);
        if named && (1..=4).contains(&tail_words) && head_words >= 3 && tail.len() < head.len() {
            return Some((head, tail));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sites(list: &[&str]) -> SiteNames {
        SiteNames::new(list.iter().copied())
    }

    #[test]
    fn suffix_and_prefix_site_names_go() {
        let s = sites(&["Example Times"]);
        assert_eq!(
            strip_site("Rates rise again | Example Times", &s),
            "Rates rise again"
        );
        assert_eq!(
            strip_site("Example Times: Rates rise again", &s),
            "Rates rise again"
        );
        assert_eq!(
            strip_site(
                "Rates rise again - Business - The Example Times",
                &sites(&["Example Times", "Business"])
            ),
            "Rates rise again"
        );
        assert_eq!(strip_site("Rates rise - again", &s), "Rates rise - again");
    }

    #[test]
    fn a_section_beside_the_site_name_goes_too() {
        let s = sites(&["Travelboard"]);
        assert_eq!(
            strip_site(
                "Tips from a first-time visitor to Japan - Japan Forum - Travelboard",
                &s
            ),
            "Tips from a first-time visitor to Japan"
        );
        assert_eq!(
            strip_site(
                "Travelboard » Blog Archive » Podcasts in your media server",
                &s
            ),
            "Podcasts in your media server"
        );
        // A separator of another kind joins parts of the headline.
        assert_eq!(
            strip_site("Tuition - Plans and Packages | Travelboard", &s),
            "Tuition - Plans and Packages"
        );
    }

    #[test]
    fn a_site_name_before_taglines_cuts_the_title() {
        let s = sites(&["Crimeblog"]);
        assert_eq!(
            strip_site(
                "The strangest music video : Crimeblog Archive | Notes on a genre | Since 2005",
                &s
            ),
            "The strangest music video"
        );
        assert_eq!(
            strip_site("Why we left | A story | Other words", &s),
            "Why we left | A story | Other words"
        );
    }

    #[test]
    fn labels_and_dates_around_a_heading() {
        assert_eq!(
            drop_label("Best movers in 2025 | Top 19 Companies"),
            "Best movers in 2025"
        );
        assert_eq!(
            drop_label("Trekking Pack 40L | Light & Ready"),
            "Trekking Pack 40L | Light & Ready"
        );
        assert_eq!(drop_date_lead("23.01.2022 - Wierer wins"), "Wierer wins");
        assert_eq!(drop_date_lead("2022-01-23: Wierer wins"), "Wierer wins");
        assert_eq!(drop_date_lead("1984 - the novel"), "1984 - the novel");
        assert_eq!(first_part("Kicker – Headline here"), Some("Kicker"));
        assert_eq!(first_part("Headline"), None);
        assert_eq!(first_part("Kicker: Headline here"), None);
    }

    #[test]
    fn a_section_path_after_the_headline_goes_with_a_site_prefix() {
        let s = sites(&["Riverside Fans"]);
        assert_eq!(
            strip_site(
                "Riverside Fans Club - Frankfurt sets the course for the future - Club press - News",
                &s
            ),
            "Frankfurt sets the course for the future"
        );
    }

    #[test]
    fn host_names_count_as_site_names() {
        let s = sites(&["example.com"]);
        assert_eq!(
            strip_site("Rates rise again – Example.com", &s),
            "Rates rise again"
        );
    }

    #[test]
    fn site_part_is_the_last_part() {
        assert_eq!(
            site_part("A guide to skincare – The Southerner"),
            Some("The Southerner")
        );
        assert_eq!(site_part("Blog » How small integers are interned"), None);
        assert_eq!(site_part("Hero spotted"), None);
    }

    #[test]
    fn suffix_guess_needs_a_short_tail() {
        assert_eq!(
            split_suffix("Putin does not deny troop reports | Korea JoongAng Daily"),
            Some(("Putin does not deny troop reports", "Korea JoongAng Daily"))
        );
        assert_eq!(split_suffix("War and peace - a review"), None);
    }
}
