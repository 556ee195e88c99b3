//! Threads of posts: a forum thread (or a page of reviews) repeats the same short lines
//! around every post: the member's rank, the post count, the date, "Quote". Each of them
//! costs a story a little, and a dozen of them between two short posts cost more than the
//! next post earns, so the story stopped after the first post. A short line that comes back
//! again and again with what members wrote between its returns is the thread's furniture:
//! it neither earns nor costs, and it stays out of the blocks. A thread's posts quote
//! earlier posts under a header ("PMc said:"): the header is furniture too, not the opening
//! of a comment section, and the quoted lines are furniture as well.

use crate::body::{Line, closed_again};
use crate::classify::{Chrome, signature_word};
use copydesk_content::address::{self, Thread};
use rustc_hash::{FxBuildHasher, FxHashMap, FxHasher};
use std::hash::Hasher;

/// The longest line (bytes) read as a post's furniture.
const FURNITURE_BYTES: usize = 40;

/// Characters of sentences before a line opening a comment section that make what follows
/// it readers' comments on a story (a comments tab or a sidebar's counts stand over less).
const STORY_BEFORE_COMMENTS: usize = 500;

/// Posts (stretches of members' writing between two returns of the same line) that make a
/// line the furniture of a thread.
const MIN_POSTS: usize = 3;

/// Marks the short lines that return around the posts of a thread as [`Chrome::Post`]: a line
/// whose text (any figures read as any figures: "4.7k posts", "11.4k posts") returns at least
/// [`MIN_POSTS`] times with members' writing between its returns (however often it stands in
/// a post's header: "Messages: 3", "Likes: 1"). Quote headers and the lines they quote become
/// [`Chrome::Post`] first. Readers' comments under a story (after a line that opens a comment
/// section, with [`STORY_BEFORE_COMMENTS`] characters of sentences before it) are no thread
/// of the page's own: nothing there is marked.
pub fn mark_furniture(lines: &mut [Line]) {
    let comments = readers_comments(lines);
    mark_posts(&mut lines[..comments]);
}

/// [`mark_furniture`] for a page whose address says it is a thread: its replies are its
/// posts, and a line over them ("22 Comments", "Add a comment") is their furniture, not the
/// opening of readers' comments under a story.
pub fn mark_thread(lines: &mut [Line]) {
    mark_posts(lines);
    for line in lines.iter_mut() {
        if line.chrome == Some(Chrome::Comments) {
            line.chrome = Some(Chrome::Post);
        }
    }
}

/// True when the page's address files it under a forum's threads ([`address::thread`]).
/// A Q&A site's question is left to [`mark_furniture`]: read as a thread, its signed
/// answers lost the question's date.
pub fn is_thread_url(url: &str) -> bool {
    address::thread(url) == Some(Thread::Forum)
}

/// Where readers' comments under a story begin (the page's end when they do not): a line
/// opening a comment section with [`STORY_BEFORE_COMMENTS`] characters of sentences before
/// it.
fn readers_comments(lines: &[Line]) -> usize {
    match lines
        .iter()
        .position(|l| l.chrome == Some(Chrome::Comments))
    {
        Some(first) => {
            let again = closed_again(lines);
            let mut prose = 0;
            (0..lines.len())
                .find(|&i| {
                    let l = &lines[i];
                    if l.is_sentence_prose() {
                        prose += l.shape.chars;
                    }
                    i >= first
                        && l.chrome == Some(Chrome::Comments)
                        && prose >= STORY_BEFORE_COMMENTS
                        && again.binary_search(&i).is_err()
                })
                .unwrap_or(lines.len())
        }
        None => lines.len(),
    }
}

/// Marks the furniture of a thread's posts in `lines` (see [`mark_furniture`]).
fn mark_posts(lines: &mut [Line]) {
    let quotes = mark_quotes(lines);
    // Lines that return around writing are a thread's only when the page shows it is one:
    // it quotes its posts, numbers them ("#12"), or a returning line is a forum's own
    // ("Quote", "Joined: …", "Posts: 1,204"). A table's cells and a list's labels return too.
    let shows_thread = |l: &Line| is_post_number(&l.text) || is_forum_word(l);
    if !quotes && !lines.iter().any(|l| may_be_furniture(l) && shows_thread(l)) {
        return;
    }
    /// Where a line's key was first and last seen, how often, and how many gaps since the
    /// first held writing.
    struct Seen {
        first: usize,
        last: usize,
        count: usize,
        posts: usize,
    }
    let mut keys: FxHashMap<u64, Seen> = FxHashMap::with_hasher(FxBuildHasher);
    let mut line_keys: Vec<(usize, u64)> = Vec::new();
    // The count of lines of writing before each line.
    let mut writing = Vec::with_capacity(lines.len() + 1);
    writing.push(0usize);
    for (i, line) in lines.iter().enumerate() {
        let written = writing[i] + usize::from(is_writing(line));
        writing.push(written);
        if !may_be_furniture(line) {
            continue;
        }
        let mut hasher = FxHasher::default();
        // Posts' signatures are one line however they are dated and signed: "asked Aug 5,
        // 2016", "answered 3 years ago".
        if line.chrome == Some(Chrome::Furniture) && signature_word(&line.text).is_some() {
            hasher.write_u8(0);
        } else {
            figures_as_one(&line.text, |c| hasher.write_u32(u32::from(c)));
        }
        let key = hasher.finish();
        let seen = keys.entry(key).or_insert(Seen {
            first: i,
            last: i,
            count: 0,
            posts: 0,
        });
        if seen.count > 0 {
            seen.posts += usize::from(writing[i] > writing[seen.last + 1]);
        }
        seen.count += 1;
        seen.last = i;
        line_keys.push((i, key));
    }
    let returns = |seen: &Seen| seen.posts >= MIN_POSTS;
    let thread = quotes
        || keys
            .values()
            .any(|seen| returns(seen) && shows_thread(&lines[seen.first]));
    if !thread {
        return;
    }
    for (i, key) in line_keys {
        if returns(&keys[&key]) {
            lines[i].chrome = Some(Chrome::Post);
        }
    }
    // A comment on a post stands over its author and its "commented" signature: a note on
    // the post, not one of the thread's posts.
    for i in 0..lines.len() {
        if lines[i].chrome != Some(Chrome::Post)
            || signature_word(&lines[i].text) != Some("commented")
        {
            continue;
        }
        for j in (i.saturating_sub(COMMENT_REACH)..i).rev() {
            if lines[j].text.len() > FURNITURE_BYTES {
                if lines[j].chrome.is_none() {
                    lines[j].chrome = Some(Chrome::Post);
                }
                break;
            }
        }
    }
}

/// Lines between a comment and its "commented" signature, at most (its author, a date).
const COMMENT_REACH: usize = 5;

/// True for a post's number: "#12".
fn is_post_number(text: &str) -> bool {
    text.strip_prefix('#')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// True for a line of a forum's own furniture that is more than a date or a figure:
/// "Quote", "Joined: Sep 2019", "Posts: 1,204" (a date's first word is a month's).
fn is_forum_word(line: &Line) -> bool {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    line.chrome == Some(Chrome::Furniture)
        && line
            .text
            .split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty())
            .is_some_and(|w| {
                let w = w.to_lowercase();
                !MONTHS.iter().any(|m| w.starts_with(m))
            })
}

/// Characters of a quoted line compared with the lines before it.
const QUOTE_OPENING: usize = 40;

/// Marks the headers of quotes ("PMc said:", "1 hour ago, PMc said:": a line naming a
/// commenter who posted on the page before, as a line of its own, or followed by a line that
/// opens like an earlier line) as [`Chrome::Post`], and the quoted lines under each (the lines
/// that open like an earlier one, one other line between them allowed) as [`Chrome::Post`]
/// too; true when it found one.
fn mark_quotes(lines: &mut [Line]) -> bool {
    let mut found = false;
    // The lines in the order of their text, built at the first header that may be a quote's.
    let mut order: Option<Vec<usize>> = None;
    for i in 0..lines.len() {
        if lines[i].chrome != Some(Chrome::Comments) || !lines[i].text.ends_with(':') {
            continue;
        }
        let order = order.get_or_insert_with(|| by_text(lines));
        let posted_before = quoted_name(&lines[i].text)
            .is_some_and(|name| earlier(lines, order, name, i, |text| text == name));
        if !posted_before && !quoted(lines, order, i + 1) {
            continue;
        }
        lines[i].chrome = Some(Chrome::Post);
        found = true;
        let mut q = i + 1;
        loop {
            if quoted(lines, order, q) {
                lines[q].chrome = Some(Chrome::Post);
                q += 1;
            } else if q > i + 1 && quoted(lines, order, q + 1) {
                q += 1;
            } else {
                break;
            }
        }
    }
    found
}

/// The indices of `lines` sorted by their text, then by index.
fn by_text(lines: &[Line]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by(|&a, &b| lines[a].text.cmp(&lines[b].text).then(a.cmp(&b)));
    order
}

/// True when a line before line `i` has a text that starts with `prefix` and `fits`: a
/// binary search in `order` ([`by_text`]) to the texts that start with it.
fn earlier(
    lines: &[Line],
    order: &[usize],
    prefix: &str,
    i: usize,
    fits: impl Fn(&str) -> bool,
) -> bool {
    let from = order.partition_point(|&j| lines[j].text.as_str() < prefix);
    order[from..]
        .iter()
        .take_while(|&&j| lines[j].text.starts_with(prefix))
        .any(|&j| j < i && fits(&lines[j].text))
}

/// True when line `i` is a line of writing that opens like an earlier line: a quote.
fn quoted(lines: &[Line], order: &[usize], i: usize) -> bool {
    let Some(line) = lines.get(i) else {
        return false;
    };
    let opening = match line.text.char_indices().nth(QUOTE_OPENING) {
        Some((end, _)) => &line.text[..end],
        None => &line.text,
    };
    line.chrome.is_none() && line.shape.words >= 4 && earlier(lines, order, opening, i, |_| true)
}

/// The name in a quote's header: "PMc" in "1 hour ago, PMc said:".
fn quoted_name(header: &str) -> Option<&str> {
    let (before, _cue) = header.trim_end().rsplit_once(' ')?;
    let name = before
        .rsplit_once(", ")
        .map_or(before, |(_, name)| name)
        .trim();
    (!name.is_empty()).then_some(name)
}

/// True for a line that may be a post's furniture: short, and no line that closes a story.
fn may_be_furniture(line: &Line) -> bool {
    line.text.len() <= FURNITURE_BYTES
        && line.chrome.is_none_or(|c| {
            matches!(
                c,
                Chrome::Furniture | Chrome::Prompt | Chrome::Boilerplate | Chrome::Promo
            )
        })
}

/// True for a line a member wrote: a sentence of a few words (a teaser's headline has no
/// full stop).
fn is_writing(line: &Line) -> bool {
    line.chrome.is_none() && line.shape.words >= 4 && line.shape.sentence
}

/// The characters of `text` with every figure ("4.7", "2,675", "2025") as one `0`, given to
/// `push` one by one.
fn figures_as_one(text: &str, mut push: impl FnMut(char)) {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_ascii_digit() {
            push(c);
            continue;
        }
        push('0');
        // The rest of the figure: digits, and a point or a comma between digits.
        while let Some(&next) = chars.peek() {
            let inside = matches!(next, '.' | ',')
                && chars.clone().nth(1).is_some_and(|d| d.is_ascii_digit());
            if !(next.is_ascii_digit() || inside) {
                break;
            }
            chars.next();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::body::{Lenience, story_window};

    /// A thread of four posts, each under its member's name, rank, post count and date.
    fn thread() -> Vec<Line> {
        let posts = [
            (
                "ColdJ",
                "2,804 posts",
                "I have been getting Bad Gateway errors every day since the announcement that development has halted.",
            ),
            (
                "Ultimate Steve",
                "4,712 posts",
                "I doubt the forum is going anywhere, but a month's notice would be nice.",
            ),
            (
                "BA-Forums",
                "27 posts",
                "You guys are the best! If the forum goes down I will be very sad.",
            ),
            (
                "Lisias",
                "8,104 posts",
                "This forum has been a source of many different sentiments over the years, and I will always be fond of it.",
            ),
        ];
        let mut texts = vec!["Home".to_string(), "Forums".to_string()];
        for (name, count, post) in posts {
            texts.extend(
                [
                    name,
                    "Members",
                    count,
                    "Likes:",
                    "12",
                    "Points:",
                    "40",
                    "Trophies:",
                    "3",
                    "About me:",
                    "June 14, 2024",
                    post,
                    "Quote",
                ]
                .map(String::from),
            );
        }
        texts.extend(["Privacy Policy".to_string(), "Terms of Use".to_string()]);
        Line::all(texts)
    }

    #[test]
    fn signed_answers_are_the_threads_posts_and_comments_on_them_stay_out() {
        let mut page = String::from(
            "How do I back up my whole system? | Ask Linux\nHome\nQuestions\nHow do I back up my whole system?\nAsked 9 years ago\n\
             I want to back up my entire system, not just my home directory, so that I can restore it after a crash. How do I go about this?\n\
             Share\nImprove this question\nasked Aug 5, 2016 at 4:16\newok\n4,7011818 gold badges5353 silver badges6969 bronze badges\n\
             May I ask why you want to do this? In most cases it is your own files that you will want to keep safe.\nSeb\nCommented Aug 5, 2016 at 6:59\n\
             Because I hate reinstalling all my apps and themes, and my disk has failed twice this year already.\newok\nCommented Aug 28, 2016 at 19:36\n\
             Add a comment\n3 Answers\n",
        );
        let answers = [
            (
                "Seb",
                "Sep 10, 2016",
                "Make an archive of the root directory with tar, leaving out the virtual file systems, and copy it to another disk. It takes a while the first time, but every later run only copies what changed, and you can restore from a live system when the disk fails.",
            ),
            (
                "Gore Liu",
                "Aug 18, 2016",
                "Clone the whole disk with a live system: it copies every partition, the boot loader included. It takes a while the first time, but every later run only copies what changed, and you can restore from a live system when the disk fails.",
            ),
            (
                "Daniel Kaplan",
                "Nov 22, 2023",
                "Use a snapshot tool that keeps hourly copies of the system files, much like a time machine does. It takes a while the first time, but every later run only copies what changed, and you can restore from a live system when the disk fails.",
            ),
        ];
        for (name, day, answer) in answers {
            page.push_str(&format!(
                "{answer}\nShare\nImprove this answer\nanswered {day} at 21:38\n{name}\n44033 silver badges66 bronze badges\nAdd a comment\n"
            ));
        }
        page.push_str("You must log in to answer this question.\nPrivacy Policy\n");
        let text = format!("{:?}", crate::read(&page, None).blocks);
        for (_, _, answer) in answers {
            assert!(text.contains(answer), "{text}");
        }
        assert!(
            text.contains("I want to back up my entire system"),
            "{text}"
        );
        assert!(!text.contains("May I ask why"), "{text}");
        assert!(!text.contains("answered Sep 10"), "{text}");
        assert!(!text.contains("silver badges"), "{text}");
    }

    #[test]
    fn the_lines_around_every_post_are_a_threads_furniture() {
        let mut lines = thread();
        // Without the rule, the story is one post long.
        let (s, e) = story_window(&lines, Lenience::Strict).expect("a story");
        assert!(e - s < 8, "{s}..{e}");
        mark_furniture(&mut lines);
        // A count in every post's header stands three times over each post.
        for text in [
            "Members",
            "2,804 posts",
            "27 posts",
            "12",
            "3",
            "About me:",
            "Quote",
        ] {
            let line = lines.iter().find(|l| l.text == text).expect(text);
            assert_eq!(line.chrome, Some(Chrome::Post), "{text}");
        }
        assert_eq!(
            lines[2].chrome, None,
            "a name that comes once is no furniture"
        );
        assert_eq!(story_window(&lines, Lenience::Strict), Some((13, 53)));
    }

    #[test]
    fn readers_comments_under_a_story_are_no_thread_of_the_pages_own() {
        let prose = "The council voted late on Wednesday to build a light rail line from the old freight yard to the hospital campus.";
        // A comments tab over the thread, with no story before it, does not stop the rule.
        let mut tabbed = thread();
        tabbed.insert(1, Line::new("47 comments".to_string()));
        mark_furniture(&mut tabbed);
        assert!(tabbed.iter().any(|l| l.chrome == Some(Chrome::Post)));
        // Under a story, the same posts are readers' comments: nothing is marked.
        let mut texts: Vec<String> = (0..5).map(|_| prose.to_string()).collect();
        texts.push("Comments".to_string());
        let mut story = Line::all(texts);
        story.extend(thread());
        mark_furniture(&mut story);
        assert!(story.iter().all(|l| l.chrome != Some(Chrome::Post)));
    }

    #[test]
    fn a_quote_of_an_earlier_post_is_furniture_not_a_comment_section() {
        let first = "Sorry, but I'm getting bored of this. The forum is full of desktop questions that turn out to be about laptops.";
        let texts = [
            "PMc",
            "Jan 2, 2024",
            first,
            "There is no sharp line between a desktop and a workstation, but a laptop is another thing entirely.",
            "piizog",
            "Jan 2, 2024",
            "PMc said:",
            first,
            "Click to expand...",
            "Ah! Interesting point. In my circle, desktop use has always meant any use at a desk, laptop or not.",
            "That said, FreeBSD has run on my desktop without trouble for years, and it all works out of the box.",
        ];
        let mut lines = Line::all(texts.map(String::from).to_vec());
        assert_eq!(lines[6].chrome, Some(Chrome::Comments));
        mark_furniture(&mut lines);
        assert_eq!(lines[6].chrome, Some(Chrome::Post));
        assert_eq!(lines[7].chrome, Some(Chrome::Post), "the quoted line");
        assert_eq!(lines[9].chrome, None);
        assert_eq!(story_window(&lines, Lenience::Strict), Some((2, 11)));
        // A commenter quoting nobody on the page opens a comment section.
        assert_eq!(quoted_name("1 hour ago, Jane Doe said:"), Some("Jane Doe"));
        let mut comments = Line::all(
            [
                first,
                "Jane Doe said:",
                "Great piece, thank you for writing it up so clearly.",
            ]
            .map(String::from)
            .to_vec(),
        );
        mark_furniture(&mut comments);
        assert_eq!(comments[1].chrome, Some(Chrome::Comments));
    }

    #[test]
    fn the_labels_of_a_table_of_settings_are_no_thread() {
        let mut texts = Vec::new();
        for setting in ["Half length", "Difficulty", "Game speed", "Camera"] {
            texts.extend([
                setting.to_string(),
                format!("Choose the {setting} you want the match to be played with."),
                "Default".to_string(),
                "On".to_string(),
                "Off".to_string(),
            ]);
        }
        let mut lines = Line::all(texts);
        mark_furniture(&mut lines);
        assert!(lines.iter().all(|l| l.chrome.is_none()));
    }

    #[test]
    fn a_menu_repeated_around_a_story_is_no_furniture() {
        let prose =
            "The council voted late on Wednesday to build a light rail line to the hospital.";
        let mut texts = Vec::new();
        for _ in 0..3 {
            texts.extend(["Home", "News", prose, prose]);
        }
        let mut lines = Line::all(texts.into_iter().map(String::from).collect());
        mark_furniture(&mut lines);
        assert!(lines.iter().all(|l| l.chrome.is_none()));
    }

    #[test]
    fn figures_read_as_any_figures() {
        let figures_as_one = |text: &str| {
            let mut key = String::new();
            super::figures_as_one(text, |c| key.push(c));
            key
        };
        assert_eq!(figures_as_one("11.4k Reputation"), "0k Reputation");
        assert_eq!(figures_as_one("2,675"), "0");
        assert_eq!(figures_as_one("#12"), "#0");
        assert_eq!(figures_as_one("Mar 27, 2025"), "Mar 0, 0");
        assert_eq!(figures_as_one("v2. Next"), "v0. Next");
    }
}
