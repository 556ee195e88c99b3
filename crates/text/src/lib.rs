//! Page text for copydesk.
//!
//! * [`scrape`]: an HTML page rendered as the text a scraper keeps (WET-like), chrome
//!   included, one block per line; this is how the HTML evaluation sets become text sets.
//! * [`read`]: the way back: page text in, the story's headline and blocks out, with every
//!   dropped line and why. The pass: [`lines`] splits and unglues, [`classify`] judges each
//!   line by its own signals, [`body`] finds the story's run of lines and builds its blocks.
//! * [`meta`]: the story's date and byline, from the lines around it.

pub mod body;
pub mod classify;
pub mod lines;
pub mod meta;
pub mod scrape;
pub mod thread;

pub use scrape::page_text;

use body::{Lenience, Line, build_blocks, mark_repeats, outside_reason, story_after, story_window};
use copydesk_content::text::{fold, fold_into};
use copydesk_record::{Block, Removed};

/// Characters of prose below which a run of lines is no story (the page is read for its
/// items instead).
const THIN_STORY: usize = 1000;

/// Lines a lenient reading must add to a thin story to be read as a page of items.
const MIN_ITEMS: usize = 8;

/// Characters in the prose lines of `lines`.
fn prose_chars(lines: &[Line]) -> usize {
    lines
        .iter()
        .filter(|l| l.chrome.is_none() && l.shape.is_prose())
        .map(|l| l.shape.measure())
        .sum()
}

/// How far before the story a headline may stand (lines).
const HEADLINE_REACH: usize = 12;

/// Characters of prose from which a story is read strictly whatever stands around it.
const SURE_PROSE: usize = 4000;

/// Headed sections a lenient reading must add around a story to read the page as sections.
const MIN_SECTIONS: usize = 6;

/// Lines a lenient reading may add around a story for each headed section it adds.
const LINES_PER_SECTION: usize = 60;

/// True when line `i` heads a section: a title-like line that is no sentence, over a
/// paragraph of sentences ("1-click payroll compliance" / "Automatically calculate …").
fn heads_section(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    l.chrome.is_none()
        && l.shape.is_title_like()
        && !l.shape.sentence
        && lines.get(i + 1).is_some_and(Line::is_sentence_prose)
}

/// Headed sections in the lines `within` (`[start, end)`) that stand outside `story`.
fn sections_outside(lines: &[Line], within: (usize, usize), story: (usize, usize)) -> usize {
    (within.0..within.1)
        .filter(|&i| !(story.0..story.1).contains(&i) && heads_section(lines, i))
        .count()
}

/// True when the lenient reading `page` of a page reads as a page of sections around the
/// strict `story` (a service's or a product's page, a manual's chapter: a heading over a
/// paragraph or two, then figures, buttons and quotes, again and again): it holds the story
/// and adds [`MIN_SECTIONS`] headed sections or more, one at least every
/// [`LINES_PER_SECTION`] lines it adds, and runs past no copyright line (what stands after
/// one is a sign-in form or a dialog, not the page's).
fn reads_as_sections(lines: &[Line], story: (usize, usize), page: (usize, usize)) -> bool {
    if page.0 > story.0 || page.1 < story.1 {
        return false;
    }
    let added = (page.0..story.0).chain(story.1..page.1);
    if added
        .clone()
        .any(|i| lines[i].chrome == Some(classify::Chrome::Copyright))
    {
        return false;
    }
    let sections = sections_outside(lines, page, story);
    sections >= MIN_SECTIONS && LINES_PER_SECTION * sections >= added.count()
}

/// The lenient reading `page` of a page, kept above the first copyright line from line
/// `from` on (the strict story's end): a page's items stand above its footer, and what
/// stands after a copyright line (a consent dialog, a sign-in form) is not the page's.
fn before_footer(lines: &[Line], from: usize, page: (usize, usize)) -> Option<(usize, usize)> {
    match (from..page.1).find(|&i| lines[i].chrome == Some(classify::Chrome::Copyright)) {
        Some(c) => story_window(&lines[..c], Lenience::Lenient),
        None => Some(page),
    }
}

/// What page text holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    /// The story's headline, when a line reads as one.
    pub headline: Option<String>,
    /// The story, in reading order.
    pub blocks: Vec<Block>,
    /// Every line left out of the story, with why.
    pub removed: Vec<Removed>,
    /// The lines before the story, nearest last (where dates and bylines stand).
    pub before: Vec<String>,
    /// The lines after the story, nearest first (where closing bylines stand).
    pub after: Vec<String>,
}

/// The lines of page text, each judged by its own signals and then against the others
/// (repeats, legal notices, lists of captions, a thread's furniture): what [`read`] looks
/// for the story in. `url` is the page's address, when known: a thread's address makes its
/// replies posts ([`thread::is_thread_url`]).
pub fn judged_lines(text: &str, url: Option<&str>) -> Vec<Line> {
    let mut lines = Line::all(lines::split(text));
    mark_repeats(&mut lines);
    body::mark_legal(&mut lines);
    body::uncaption_lists(&mut lines);
    if url.is_some_and(thread::is_thread_url) {
        thread::mark_thread(&mut lines);
    } else {
        thread::mark_furniture(&mut lines);
    }
    lines
}

/// Reads the story out of page text (`url`: the page's address, when known).
pub fn read(text: &str, url: Option<&str>) -> Reading {
    let lines = judged_lines(text, url);
    let title = lines.first().map(|l| words(&l.text)).unwrap_or_default();
    // The lines after the first that repeat the title, found once for every use below; one
    // between two paragraphs is no story's head.
    let repeats: Vec<usize> = title_echoes(&lines, &title, 1).collect();
    let echoes: Vec<usize> = repeats
        .iter()
        .copied()
        .filter(|&i| !between_paragraphs(&lines, i))
        .collect();
    let first_echo = echoes.first().copied();
    let find = |reading| match first_echo {
        Some(_) => story_after(&lines, echoes.iter().copied(), reading),
        None => story_window(&lines, reading),
    };
    let mut reading = Lenience::Strict;
    let mut window = find(reading);
    let prose = window.map_or(0, |(s, e)| prose_chars(&lines[s..e]));
    // A page without a story's worth of prose is read for its items instead, when there
    // are items: a short story keeps its strict reading.
    if prose < THIN_STORY {
        let strict_len = window.map_or(0, |(s, e)| e - s);
        if let Some((s, e)) = find(Lenience::Lenient)
            .and_then(|page| before_footer(&lines, window.map_or(page.0, |w| w.1), page))
            && e - s >= strict_len + MIN_ITEMS
        {
            reading = Lenience::Lenient;
            window = Some((s, e));
        }
    } else if let Some(story) = window
        && prose < SURE_PROSE
        // The sections outside the story, counted first: few pages have enough.
        && sections_outside(&lines, (0, lines.len()), story) >= MIN_SECTIONS
        && let Some(page) = find(Lenience::Lenient)
        && let Some(page) = before_footer(&lines, story.1, page)
        && reads_as_sections(&lines, story, page)
    {
        reading = Lenience::Lenient;
        window = Some(page);
    }
    let Some((start, end)) = window else {
        return Reading {
            headline: lines.first().map(|l| l.text.clone()),
            removed: lines
                .iter()
                .map(|l| Removed {
                    text: l.text.clone(),
                    reason: outside_reason(l).into(),
                })
                .collect(),
            before: lines.into_iter().map(|l| l.text).collect(),
            ..Reading::default()
        };
    };
    // The headline: of the lines repeating the title just above the story, the one that
    // repeats most of it (not the site's name under it), the nearest on a tie; else the
    // nearest one above.
    let headline_at = first_echo
        .and_then(|h| {
            let above: Vec<usize> = repeats
                .iter()
                .copied()
                .filter(|&e| e >= h && e < start)
                .collect();
            let near = above
                .iter()
                .filter(|&&e| e + 1 + body::STORY_AFTER_HEADLINE > start)
                .map(|&e| (overlap(&title, &words(&lines[e].text)), e))
                .max_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            near.map(|(_, e)| e).or_else(|| above.last().copied())
        })
        .or_else(|| headline_index(&lines, start));
    // A line above the story (or opening it) that is the page title without the site's name
    // is the headline the title was made from.
    // Lines are collapsed already: equal words are equal strings.
    let head = copydesk_meta::text_lines::title_without_site(&lines[0].text).trim();
    let headline_at = (1..=start.min(lines.len() - 1))
        .rev()
        .chain(start + 1..lines.len())
        .find(|&i| lines[i].text == head && lines[i].chrome.is_none())
        .or(headline_at);
    let mut removed = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if (i < start || i >= end) && Some(i) != headline_at {
            removed.push(Removed {
                text: l.text.clone(),
                reason: outside_reason(l).into(),
            });
        }
    }
    let mut lines = lines;
    for i in body::copied_runs(&lines[start..end]) {
        lines[start + i].chrome = Some(classify::Chrome::Copy);
    }
    let skip = headline_at.and_then(|h| h.checked_sub(start));
    let blocks = build_blocks(&lines[start..end], skip, reading, &mut removed);
    // The page title a scraper puts first names the site after the headline.
    let headline = headline_at.map(|h| match h {
        0 => copydesk_meta::text_lines::title_without_site(&lines[0].text).to_string(),
        _ => lines[h].text.clone(),
    });
    let mut texts = lines.into_iter().map(|l| l.text);
    let before = texts.by_ref().take(start).collect();
    Reading {
        headline,
        blocks,
        removed,
        before,
        after: texts.skip(end - start).collect(),
    }
}

/// The lines from `from` on that repeat most of the page title (the first line's `title`
/// words): the headline over the story, when the page's title names the story (and the
/// same headline in a list of stories, above or below it).
fn title_echoes<'a>(
    lines: &'a [Line],
    title: &'a [String],
    from: usize,
) -> impl Iterator<Item = usize> + 'a {
    let mut scratch = String::new();
    let initials = initials(title);
    lines
        .iter()
        .enumerate()
        .skip(from.max(1))
        .filter(move |(_, l)| {
            l.chrome.is_none()
                && l.shape.is_title_like()
                && mostly_in(&l.text, l.shape.words, title, initials, &mut scratch)
                && overlap(title, &words(&l.text)) >= 0.4
        })
        .map(|(i, _)| i)
}

/// True when line `i` stands between two lines of sentence prose: a link or a subheading
/// set into the story, never the headline over it.
fn between_paragraphs(lines: &[Line], i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|p| lines[p].is_sentence_prose())
        && lines.get(i + 1).is_some_and(Line::is_sentence_prose)
}

/// The ASCII bytes the folded `words` open with, one bit each.
fn initials(words: &[String]) -> u128 {
    words
        .iter()
        .filter_map(|w| w.bytes().next())
        .filter(u8::is_ascii)
        .fold(0, |set, b| set | 1 << b)
}

/// True when at least 60 % of the folded words of `s` (`most` words before folding) are found
/// in `words` (`overlap(&words(s), words) >= 0.6`), without keeping the words (`folded` is
/// the buffer each is folded into), and giving up once too many are missing. A word whose
/// fold opens with an ASCII letter or digit that no word of `words` opens with
/// ([`initials`]) is missing without being folded. `s` is a line of page text as
/// [`lines::split`] leaves it, whose only white space is single ASCII spaces: it is split at
/// ASCII white space, byte by byte, without decoding characters.
fn mostly_in(s: &str, most: usize, words: &[String], initials: u128, folded: &mut String) -> bool {
    let (mut all, mut found) = (0usize, 0usize);
    for word in s.split_ascii_whitespace() {
        // The fold drops ASCII bytes other than letters and digits, and keeps the first
        // letter or digit (lower-cased) when only such bytes stand before it.
        match word
            .bytes()
            .find(|b| b.is_ascii_alphanumeric() || !b.is_ascii())
        {
            None => continue,
            Some(b) if b.is_ascii() && initials & (1 << b.to_ascii_lowercase()) == 0 => all += 1,
            Some(_) => {
                folded.clear();
                fold_into(word, folded);
                if folded.is_empty() {
                    continue;
                }
                all += 1;
                found += usize::from(words.contains(folded));
            }
        }
        // More than 40 % of all the words missing: the share cannot reach 60 %.
        if 5 * (all - found) > 2 * most {
            return false;
        }
    }
    all > 0 && found as f32 / all as f32 >= 0.6
}

/// The line that is the story's headline: the nearest title-like line before the story
/// (or opening it) that shares most of its words with the page's first line (the page
/// title a scraper puts first); failing that, the nearest title-like line just before the
/// story; failing that, the first line.
fn headline_index(lines: &[Line], start: usize) -> Option<usize> {
    let first = lines.first()?;
    let title_words = words(&first.text);
    let from = start.saturating_sub(HEADLINE_REACH);
    let candidates = || {
        (from..=start.min(lines.len() - 1)).rev().filter(|&i| {
            lines[i].chrome.is_none()
                && lines[i].shape.is_title_like()
                && !copydesk_meta::text_lines::opens_byline_line(&lines[i].text)
        })
    };
    if let Some(i) =
        candidates().find(|&i| i > 0 && overlap(&words(&lines[i].text), &title_words) >= 0.6)
    {
        return Some(i);
    }
    // A date line ("Published on July 18, 2025") is no headline.
    if let Some(i) = candidates().find(|&i| {
        i > 0 && i + 3 >= start && lines[i].shape.words >= 4 && !body::is_date_line(&lines[i])
    }) {
        return Some(i);
    }
    Some(0)
}

/// The folded words of `s`.
fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Share of `a`'s words found in `b`.
fn overlap(a: &[String], b: &[String]) -> f32 {
    if a.is_empty() {
        return 0.0;
    }
    let found = a.iter().filter(|w| b.contains(w)).count();
    found as f32 / a.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Tram line approved after late-night vote | Valley Courier
Home
News
Sport
Riverside 12°C light rain
Tram line approved after late-night vote
Thursday, October 24, 2024
Riverside's city council voted 7 to 4 late on Wednesday to build a light rail line from the old freight yard to the hospital campus.
- Advertisement -
The line, estimated to cost 212 million dollars, will run for 9 kilometres along Mill Road and is due to open in 2029, officials said.
\"We have waited thirty years for a decision, and tonight we finally have one,\" said councillor Amara Osei, who chairs the committee.
Related posts
Bus fares frozen for another year
© 2024 Valley Courier. All rights reserved.";

    #[test]
    fn reads_the_story_and_says_what_it_dropped() {
        let r = read(PAGE, None);
        assert_eq!(
            r.headline.as_deref(),
            Some("Tram line approved after late-night vote")
        );
        assert_eq!(r.blocks.len(), 3, "{:?}", r.blocks);
        assert!(
            r.removed
                .iter()
                .any(|x| x.text == "- Advertisement -" && x.reason == "ad")
        );
        assert!(
            r.removed
                .iter()
                .any(|x| x.text == "Related posts" && x.reason == "related")
        );
        assert!(
            r.removed
                .iter()
                .any(|x| x.text == "Home" && x.reason == "navigation")
        );
        assert_eq!(
            r.before.last().map(String::as_str),
            Some("Thursday, October 24, 2024")
        );
    }

    #[test]
    fn a_link_repeating_the_title_between_paragraphs_is_not_the_stories_head() {
        let page = "'Fares. We're On It': Transit board campaign is working, mayor says | Courier
Home
Transit board says 'Fares. We're On It,' and riders ask what changed
By Lena Park
Published 10:02 AM Nov 19, 2019
RIVERSIDE – People across the valley are talking about it: the transit board is on fares.
The buzz on local radio and social media focused on a new campaign led by mayor Amara Osei.
The campaign was launched to bring awareness to rising fares, and its first week shows that it is already working.
'Fares. We're On It.': Transit board spends $449K on new fare campaign
The fare freeze is \"the least we owe riders\" after two years of increases, Osei said in the campaign video.
The board paid a regional ad agency just short of 449,000 dollars this fall for its work on the campaign.
Over the coming weeks riders will see the campaign on buses, at stations and on the radio, the board said.
\"I am confident the valley can lead the region in keeping transit affordable,\" Osei said at the launch.
© 2019 Courier";
        let r = read(page, None);
        let first = r.blocks.first().map(|b| format!("{b:?}"));
        assert!(
            first.is_some_and(|b| b.contains("People across the valley")),
            "{:?}",
            r.blocks
        );
        assert_eq!(r.blocks.len(), 8, "{:?}", r.blocks);
    }

    #[test]
    fn a_page_title_read_as_the_headline_loses_the_sites_name() {
        let r = read("Fares frozen for another year | Valley Courier
Updated August 14, 2025
The transit board voted on Tuesday to hold fares for another year, citing a budget surplus and rising ridership.
Riders have seen two increases in three years, and the board said a third would push commuters back into their cars.
The freeze costs the board about four million dollars, which the surplus covers until the end of the next year.", None);
        assert_eq!(r.headline.as_deref(), Some("Fares frozen for another year"));
    }

    #[test]
    fn what_stands_under_you_may_also_like_is_not_the_short_story_above_it() {
        let mut page = String::from(
            "Only those who love themselves | Daily Thoughts
Home
Quotes
Only those who love themselves
Share Pin Download
To live a true experience of love is one of the great pleasures of life, and only those who love themselves can give it.
Self-esteem, Reflections on life
You may also like
Share Pin Download
",
        );
        for n in 0..8 {
            page.push_str(&format!(
                "Thought {n}: life asks us for optimism and courage, to hope for the best and to make the best happen every day.\nShare Pin Download\n"
            ));
        }
        let r = read(&page, None);
        assert_eq!(r.blocks.len(), 1, "{:?}", r.blocks);
        assert!(format!("{:?}", r.blocks[0]).contains("true experience of love"));
    }

    #[test]
    fn mostly_in_reads_as_the_overlap_of_the_words() {
        let title = words("Tram line approved after late-night vote | Valley Courier");
        let mut scratch = String::new();
        for line in [
            "Tram line approved after late-night vote",
            "Tram line: approved!",
            "Bus fares frozen after vote",
            "“Tram” line approved, Ünsal says",
            "... — ...",
            "Approved Tram LINE after vote",
        ] {
            let most = line.split_whitespace().count();
            assert_eq!(
                mostly_in(line, most, &title, initials(&title), &mut scratch),
                overlap(&words(line), &title) >= 0.6,
                "{line}"
            );
        }
    }

    /// A shop's page: a menu of links, the products (`items`: name, summary, price, button)
    /// under `heading`, a footer.
    fn shop_page(heading: &str, items: usize) -> String {
        let mut page = String::from("Hiking boots | Trail Outfitters\nHome\n");
        for n in 0..20 {
            page.push_str(&format!("Shop our range of gear {n}\n"));
        }
        page.push_str(heading);
        page.push('\n');
        for n in 0..items {
            page.push_str(&format!(
                "Ridge Runner Mid {n} Waterproof Boot\nLeather upper with a grippy sole\n${}.99 USD\nAdd to cart\n",
                120 + n
            ));
        }
        page.push_str("Sign up for our newsletter\nAbout us\nContact us\n");
        page
    }

    #[test]
    fn a_grid_of_priced_items_is_the_page() {
        let r = read(&shop_page("Hiking boots", 8), None);
        let text = format!("{:?}", r.blocks);
        assert!(
            text.contains("Ridge Runner Mid 0 Waterproof Boot"),
            "{text}"
        );
        assert!(
            text.contains("Ridge Runner Mid 7 Waterproof Boot"),
            "{text}"
        );
        assert!(!text.contains("Shop our range of gear 3"), "{text}");
        // Priced items under a box's heading are other products, not the page's.
        let mut page = String::from("Ridge Runner Mid Waterproof Boot | Trail Outfitters\n");
        page.push_str("The Ridge Runner is a waterproof leather boot with a grippy sole, made for long days on rough trails.\n");
        page.push_str("Its padded collar and cushioned footbed keep it comfortable from the first mile to the last.\n");
        page.push_str(&shop_page("Related products", 8));
        let r = read(&page, None);
        let text = format!("{:?}", r.blocks);
        assert!(text.contains("padded collar"), "{text}");
        assert!(!text.contains("Ridge Runner Mid 3"), "{text}");
    }

    /// A service's page: a menu, an opening story of five paragraphs, then six sections
    /// (each a heading over one sentence) between figures and buttons; `copyright` stands
    /// between the story and the sections when set.
    fn service_page(copyright: bool) -> String {
        let mut page =
            String::from("Shift scheduling for hourly teams | Rota\nHome\nPricing\nLog in\n");
        page.push_str("Shift scheduling for hourly teams\n");
        for n in 0..5 {
            page.push_str(&format!(
                "Most scheduling tools were never built for hourly staff, so managers juggle spreadsheets, group chats and payroll exports every week ({n}). Rota puts the schedule, the time clock and the pay run in one place, so a change made once shows up everywhere it matters.\n"
            ));
        }
        if copyright {
            page.push_str("© 2025 Rota Inc. All rights reserved\n");
        }
        for topic in [
            "Auto scheduling",
            "Shift swapping",
            "Time clock",
            "Overtime alerts",
            "Payroll sync",
            "Team chat",
        ] {
            page.push_str(&format!(
                "Learn more\n95% less time\nspent building schedules\n{topic} for every location\n{topic} takes the busywork out of the week, so managers spend their time with the team.\n"
            ));
        }
        page.push_str("Privacy Policy\nTerms of Use\n");
        page
    }

    #[test]
    fn a_story_among_headed_sections_is_read_with_them() {
        let r = read(&service_page(false), None);
        let text = format!("{:?}", r.blocks);
        assert!(text.contains("never built for hourly staff"), "{text}");
        assert!(text.contains("Shift swapping takes the busywork"), "{text}");
        assert!(text.contains("Team chat takes the busywork"), "{text}");
        assert!(!text.contains("Privacy Policy"), "{text}");
        // What stands past the page's copyright line is not the page's.
        let r = read(&service_page(true), None);
        let text = format!("{:?}", r.blocks);
        assert!(text.contains("never built for hourly staff"), "{text}");
        assert!(
            !text.contains("Shift swapping takes the busywork"),
            "{text}"
        );
    }

    #[test]
    fn text_without_prose_keeps_nothing_but_says_so() {
        let r = read("Home\nNews\nContact", None);
        assert!(r.blocks.is_empty());
        assert_eq!(r.removed.len(), 3);
    }

    #[test]
    fn a_page_that_is_a_legal_notice_keeps_it() {
        let page = "Refund policy | Fernwood Shoes\nHome\nShop\nRefund policy\nGift with confidence: all items purchased between November 1 and December 24 are eligible for returns until January 31 of the following year, provided they are unworn and in their original packaging with every tag attached.\nFinal sale items cannot be returned or exchanged. Final sale items include gift cards, insoles and items marked final sale at the time of purchase, and we tell you at checkout.\n";
        let text = format!("{:?}", read(page, None).blocks);
        assert!(text.contains("Gift with confidence"), "{text}");
        assert!(text.contains("Final sale items cannot"), "{text}");
    }

    #[test]
    fn a_page_of_items_stops_at_its_copyright_line() {
        let page = "Stoneware mugs | Clay Works
Home
Shop
Every mug on this page is thrown by hand in our studio by the river. We glaze them in small batches, so no two are alike.
White Speckle Mug Large
$32.00
Blue Drip Mug Small
$28.00
Green Ash Glaze Tumbler
$30.00
Black Matte Espresso Cup
$22.00
Sand Dune Mug Medium
$29.00
Contact us
Shipping and returns
© 2026 Clay Works. All rights reserved.
Help us keep the studio open
Clay Works is run by two potters, and every order keeps our kilns firing through the winter.";
        let text = format!("{:?}", read(page, None).blocks);
        assert!(text.contains("Sand Dune Mug Medium"), "{text}");
        assert!(!text.contains("kilns firing"), "{text}");
    }
}
