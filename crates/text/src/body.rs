//! Finds the story in a page's lines and builds its blocks.
//!
//! Every line gets a value: long prose is worth its length, short lines and chrome cost a
//! little, and a line that closes a story ("Related articles", "Comments") costs so much
//! that the story never runs past it. The story is the run of lines with the greatest total
//! (a maximum-sum window, one linear pass), so a menu that became forty short lines, a
//! widget or a cookie notice stays out unless real prose surrounds it. Inside the run, chrome
//! lines are dropped and the rest become paragraphs, headings, lists and figures.

use crate::classify::{Chrome, Shape, caption, chrome_in, list_item};
use copydesk_content::text::fold;
use copydesk_record::{Block, Removed};
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::collections::HashSet;
use std::collections::hash_map::Entry;

/// One line with what is known about it.
#[derive(Debug, Clone)]
pub struct Line {
    /// The text.
    pub text: String,
    /// Its shape.
    pub shape: Shape,
    /// Its chrome kind, when it is chrome.
    pub chrome: Option<Chrome>,
    /// Its caption and credit, when it reads as a captioned credit.
    pub caption: Option<(String, String)>,
    /// It is a short line of figures alone: a table's cell ("+13.1%", "1/1/2013", "$1,250").
    pub figures: bool,
    /// It is a short line holding a price ("$279.99 USD", "4 offers from $16.14", "€39.99").
    pub price: bool,
    /// It reads as a line of program code ("db := testdb.New(t)", "});").
    pub code: bool,
}

impl Line {
    /// Measures and classifies `text`.
    pub fn new(text: String) -> Line {
        let judged = Line::judged(&text, &mut String::new());
        Line { text, ..judged }
    }

    /// Measures and classifies every text of `texts`, each short text once: menus and link
    /// lists repeat their items (a fifth of a page's lines are a short line seen before).
    pub fn all(texts: Vec<String>) -> Vec<Line> {
        /// Texts longer than this (bytes) rarely repeat, and are not looked up.
        const SHORT: usize = 48;
        let mut seen: FxHashMap<&str, usize> =
            FxHashMap::with_capacity_and_hasher(texts.len(), FxBuildHasher);
        let mut lines: Vec<Line> = Vec::with_capacity(texts.len());
        let mut lower = String::new();
        for text in &texts {
            let line = if text.len() <= SHORT {
                match seen.entry(text) {
                    Entry::Occupied(earlier) => lines[*earlier.get()].clone(),
                    Entry::Vacant(slot) => {
                        slot.insert(lines.len());
                        Line::judged(text, &mut lower)
                    }
                }
            } else {
                Line::judged(text, &mut lower)
            };
            lines.push(line);
        }
        drop(seen);
        for (line, text) in lines.iter_mut().zip(texts) {
            line.text = text;
        }
        lines
    }

    /// What is known about `text`, on a line that does not hold it yet (`lower`: a buffer for
    /// its lower case).
    fn judged(text: &str, lower: &mut String) -> Line {
        let shape = Shape::of(text);
        let chrome = chrome_in(text, shape.chars, lower);
        Line {
            shape,
            caption: chrome.is_none().then(|| caption(text)).flatten(),
            chrome,
            figures: is_figure_cell(text),
            price: shape.chars <= PRICE_LINE && is_price(text),
            // A line of prose earns anyway: only the others are looked at.
            code: !shape.is_prose() && is_code(text),
            text: String::new(),
        }
    }

    /// True for a line no story runs across ("Related articles", "12 Comments").
    pub fn ends_story(&self) -> bool {
        self.chrome.is_some_and(Chrome::ends_story)
    }

    /// Prose in sentences, and no chrome: what a story is made of.
    pub fn is_sentence_prose(&self) -> bool {
        self.chrome.is_none() && self.shape.is_prose() && self.shape.sentence
    }

    /// What the line adds to (or takes from) a run of story lines, read strictly (a story)
    /// or leniently (a page of short items: a listing, a shop, a thread).
    pub fn value(&self, reading: Lenience) -> f32 {
        /// Length in characters that one unit of value stands for.
        const PER_UNIT: f32 = 100.0;
        let lenient = reading == Lenience::Lenient;
        match self.chrome {
            Some(c) if c.ends_story() => -8.0,
            Some(Chrome::Post) => 0.0,
            Some(_) => CHROME_COST,
            None if self.is_sentence_prose() => self.shape.measure().min(800) as f32 / PER_UNIT,
            None if self.shape.is_prose() => {
                self.shape.measure().min(800) as f32 / (2.0 * PER_UNIT)
            }
            None if self.caption.is_some() => 0.0,
            // A list item belongs to a story as much as to a menu: it neither earns nor costs.
            None if list_item(&self.text).is_some() => 0.0,
            // A menu printed on one line has words enough, and is no item.
            None if lenient
                && self.shape.words >= 3
                && !(self.shape.words >= MENU_NAMES
                    && self.shape.lower_share <= MENU_LOWER_SHARE
                    && is_menu_line(&self.text)) =>
            {
                0.15
            }
            None if self.shape.chars >= 60 => -0.1,
            None if lenient => -0.2,
            None => -0.4,
        }
    }
}

/// Separators a menu printed on one line joins its names with.
const MENU_SEPARATORS: [&str; 5] = [", ", " | ", " • ", " - ", " · "];

/// Names a menu printed on one line holds at least.
const MENU_NAMES: usize = 5;

/// Words a menu's name holds at most.
const MENU_NAME_WORDS: usize = 5;

/// The greatest share of a menu line's words that open in lower case (its names are
/// capitalised).
const MENU_LOWER_SHARE: f32 = 0.5;

/// True for a menu printed on one line: [`MENU_NAMES`] or more short names joined by the same
/// separator, two in three of them capitalised ("Help Center, Disputes & Reports, Return
/// Policy, Sitemap, Terms of Use").
fn is_menu_line(text: &str) -> bool {
    let b = text.as_bytes();
    // Every separator holds one of these bytes: a line with too few of them is no menu (a
    // loop without an early exit, which vectorises, finds that out first).
    let marks = b.iter().fold(0usize, |n, &c| {
        n + usize::from(matches!(c, b',' | b'|' | b'-' | 0xE2 | 0xC2))
    });
    if marks + 1 < MENU_NAMES {
        return false;
    }
    // Each separator's joins, counted in one pass over the bytes: a separator opens with a
    // comma, or is a mark between two spaces.
    let mut joins = [0usize; MENU_SEPARATORS.len()];
    for (i, &c) in b.iter().enumerate() {
        let rest = &b[i + 1..];
        if c == b',' && rest.first() == Some(&b' ') {
            joins[0] += 1;
        } else if c == b' '
            && let Some(k) = (1..MENU_SEPARATORS.len())
                .find(|&k| rest.starts_with(&MENU_SEPARATORS[k].as_bytes()[1..]))
        {
            joins[k] += 1;
        }
    }
    let Some((sep, joins)) = MENU_SEPARATORS
        .into_iter()
        .zip(joins)
        .max_by_key(|&(_, joins)| joins)
    else {
        return false;
    };
    if joins + 1 < MENU_NAMES {
        return false;
    }
    let (mut names, mut capitalised) = (0, 0);
    for name in text.split(sep) {
        if !(1..=MENU_NAME_WORDS).contains(&name.split_whitespace().count()) {
            return false;
        }
        names += 1;
        let first = name.trim_start().chars().next();
        capitalised += usize::from(first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));
    }
    3 * capitalised >= 2 * names
}

/// True for a short line of figures alone: a table's cell ("+13.1%", "1/1/2013",
/// "$1,250").
fn is_figure_cell(text: &str) -> bool {
    text.len() <= 3 * FIGURE_CELL
        && text.chars().count() <= FIGURE_CELL
        && text.bytes().any(|b| b.is_ascii_digit())
        && text.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    ' ' | '+' | '-' | '−' | '–' | '%' | '.' | ',' | '/' | ':' | '(' | ')'
                )
                || SIGNS.contains(&c)
        })
}

/// True for a short line that holds a price: a currency sign against a figure, in a few
/// words ("$279.99 USD", "4 offers from $16.14", "€49.99 VAT included").
fn is_price(text: &str) -> bool {
    if text.len() > 3 * PRICE_LINE {
        return false;
    }
    // The signs' bytes ('$', and the last bytes of '€', '£' and '¥') rule most lines out, in a
    // loop without an early exit (which vectorises).
    let signs = text.bytes().fold(false, |found, b| {
        found | matches!(b, b'$' | 0xAC | 0xA3 | 0xA5)
    });
    if !signs || !text.contains(CURRENCIES) {
        return false;
    }
    let digit = |b: Option<&u8>| b.is_some_and(u8::is_ascii_digit);
    text.chars().count() <= PRICE_LINE
        && text.split_whitespace().count() <= PRICE_WORDS
        && text.match_indices(CURRENCIES).any(|(at, sign)| {
            let (before, after) = (&text.as_bytes()[..at], &text.as_bytes()[at + sign.len()..]);
            digit(after.trim_ascii_start().first()) || digit(before.trim_ascii_end().last())
        })
}

/// True for a line that reads as program code: it opens or closes a block or a statement
/// (`{`, `}`, `;`, a comment, a method chained on the line above), or calls a function or
/// assigns a value in code's own way (`f(x)`, `a := b`, `=>`, `->`, `::`, `==`). Prose and
/// titles do neither.
fn is_code(text: &str) -> bool {
    // Lines come collapsed: no white space at either end.
    let b = text.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    if b.len() > CODE_LINE {
        return false;
    }
    if matches!(last, b';' | b'{' | b'}' | b'(' | b'[')
        || matches!(first, b'{' | b'}' | b')' | b']')
        || text.starts_with("//")
        || text.starts_with("/*")
        || (first == b'.' && b.get(1).is_some_and(u8::is_ascii_alphabetic))
    {
        return true;
    }
    // Most lines hold none of the bytes that operators and calls are made of: a loop without
    // an early exit (which vectorises) finds that out before the exact test.
    let marks = b.iter().fold(false, |found, &c| {
        found | matches!(c, b'=' | b'>' | b':' | b'&' | b'|' | b'(')
    });
    marks
        && b.windows(2).any(|w| {
            matches!(
                w,
                b"=>" | b"->" | b"::" | b":=" | b"==" | b"!=" | b"&&" | b"||"
            ) || (w[1] == b'(' && (w[0].is_ascii_alphanumeric() || w[0] == b'_'))
        })
}

/// The longest line read as code (bytes).
const CODE_LINE: usize = 160;

/// Currency signs.
const CURRENCIES: [char; 4] = ['$', '€', '£', '¥'];

/// The longest line read as a price (characters).
const PRICE_LINE: usize = 40;

/// The most words of a line read as a price.
const PRICE_WORDS: usize = 6;

/// Signs that make a lone figure a price or a share ("$79.00", "+13.1%").
const SIGNS: [char; 5] = ['%', '$', '€', '£', '¥'];

/// The longest table cell of figures alone (characters).
const FIGURE_CELL: usize = 24;

/// What a chrome line inside a story's run costs it.
const CHROME_COST: f32 = -0.5;

/// How lines are valued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lenience {
    /// A story: prose earns, everything else costs.
    Strict,
    /// A page of items: short lines of several words earn a little too.
    Lenient,
}

/// Characters two long lines must share at their start to be one text twice.
const REPEAT_PREFIX: usize = 60;

/// A repeat this long (characters) is a copy of the story, not a teaser of one paragraph.
const REPEAT_MIN: usize = 600;

/// Marks every very long line that opens like an earlier line as a repeat: the whole story
/// again in one line (a hidden copy, a newsletter version). A teaser that opens like the
/// story's first paragraph is shorter and stays.
pub fn mark_repeats(lines: &mut [Line]) {
    let comparable = |l: &Line| l.chrome.is_none() && l.shape.chars > REPEAT_PREFIX;
    // The first eight bytes of the lines seen so far: a line is compared with the lines
    // before it only when one of them opened with the same bytes, which is rare.
    let mut starts = HashSet::new();
    let mut repeats = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !comparable(line) {
            continue;
        }
        let start = line.text.as_bytes().first_chunk::<8>().copied();
        if starts.insert(start) || line.shape.chars < REPEAT_MIN {
            continue;
        }
        let opening = line
            .text
            .char_indices()
            .nth(REPEAT_PREFIX)
            .map_or(line.text.as_str(), |(end, _)| &line.text[..end]);
        if lines[..i]
            .iter()
            .any(|l| comparable(l) && l.text.starts_with(opening))
        {
            repeats.push(i);
        }
    }
    // A line of prose printed twice in a row (a gallery's caption under the picture and
    // its enlarged copy, a teaser's lead over the story's) is read once: the later copy.
    for i in 1..lines.len() {
        if lines[i].chrome.is_none() && lines[i].shape.is_prose() {
            let near = i.saturating_sub(DOUBLE_REACH)..i;
            repeats.extend(near.filter(|&j| lines[j].text == lines[i].text));
        }
    }
    for i in repeats {
        lines[i].chrome = Some(Chrome::Repeat);
    }
}

/// Folded headings of a site's legal notices.
const LEGAL_HEADINGS: &[&str] = &[
    "privacypolicy",
    "refundpolicy",
    "returnpolicy",
    "returnspolicy",
    "shippingpolicy",
    "cookiepolicy",
    "termsofservice",
    "termsofuse",
    "termsandconditions",
];

/// Characters of the paragraph under a legal heading that make it the notice's own text,
/// not a footer's link.
const LEGAL_TEXT: usize = 200;

/// Marks as boilerplate every line from the first legal notice printed whole (a heading of
/// [`LEGAL_HEADINGS`] over a long paragraph: a shop's privacy policy or refund terms, kept
/// in a dialog the scraper printed) to the page's end, unless the page title says the page
/// is such a notice. What stands after the notices is more of them and the footer.
pub(crate) fn mark_legal(lines: &mut [Line]) {
    let Some(title) = lines.first() else { return };
    let title = fold(&title.text);
    if ["privacy", "terms", "policy", "conditions"]
        .iter()
        .any(|w| title.contains(w))
    {
        return;
    }
    let notice = (1..lines.len()).find(|&i| {
        lines[i].chrome.is_none()
            && lines[i].shape.chars <= 30
            && lines
                .get(i + 1)
                .is_some_and(|l| l.shape.is_prose() && l.shape.chars >= LEGAL_TEXT)
            && LEGAL_HEADINGS.contains(&fold(&lines[i].text).as_str())
    });
    if let Some(start) = notice {
        for line in &mut lines[start..] {
            if line.chrome.is_none() {
                line.chrome = Some(Chrome::Boilerplate);
            }
        }
    }
}

/// Paragraphs in a row, printed again in the same order, that make a second copy of a text
/// rather than a quote of one of them.
const COPY_RUN: usize = 3;

/// The lines of every later copy of [`COPY_RUN`] or more prose paragraphs in a row, line for
/// line with the lines between them, and not under a heading of its own: the story printed
/// twice (a tab's copy for small screens). A single paragraph seen again (a pull quote, a
/// teaser's lead) is no copy. Read inside the story's run only: a folded text and its
/// expanded copy in two places of the page are left to the run's choice.
pub(crate) fn copied_runs(lines: &[Line]) -> Vec<usize> {
    let prose: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].chrome.is_none() && lines[i].shape.is_prose())
        .collect();
    let mut first: FxHashMap<&str, usize> =
        FxHashMap::with_capacity_and_hasher(prose.len(), FxBuildHasher);
    // For each prose paragraph, the position (among the prose) of its first printing.
    let earlier: Vec<Option<usize>> = prose
        .iter()
        .enumerate()
        .map(|(k, &i)| match first.entry(lines[i].text.as_str()) {
            Entry::Occupied(e) => Some(*e.get()),
            Entry::Vacant(e) => {
                e.insert(k);
                None
            }
        })
        .collect();
    let mut copies = Vec::new();
    let mut k = 0;
    while k < prose.len() {
        let Some(from) = earlier[k] else {
            k += 1;
            continue;
        };
        let len = (k..prose.len())
            .take_while(|&m| earlier[m] == Some(from + (m - k)))
            .count();
        // A copy repeats the lines between its paragraphs too, and is no other section under
        // a heading of its own (a plan's days differ in their headings where their meals
        // repeat).
        let (copy, original) = (
            prose[k]..=prose[k + len - 1],
            prose[from]..=prose[from + len - 1],
        );
        let headed = |i: usize| {
            i.checked_sub(1)
                .map(|h| &lines[h])
                .filter(|h| h.chrome.is_none() && h.shape.is_title_like())
        };
        let other_section = match (headed(prose[k]), headed(prose[from])) {
            (Some(a), Some(b)) => a.text != b.text,
            _ => false,
        };
        if len >= COPY_RUN
            && !other_section
            && copy.clone().count() == original.clone().count()
            && copy
                .clone()
                .zip(original)
                .all(|(c, o)| lines[c].text == lines[o].text)
        {
            copies.extend(copy);
        }
        k += len;
    }
    copies
}

/// Captions in a row that make a list of entries instead (a caption stands alone under
/// its picture).
const CAPTION_LIST: usize = 3;

/// Reads runs of [`CAPTION_LIST`] or more lines that each end in something like a credit
/// ("Hardware catalogue (Sargent & Co., 1927) (page images at HathiTrust)", "Functional
/// languages (8 C, 123 P)"), perhaps with a letter or a word between them ("F"), as a list's
/// entries, not captions: the shared bracket is a note every entry carries. Captions that are
/// sentences before their credit stay captions (a gallery's pictures), and so do labels in
/// square brackets (links set into a story: "Plague outbreak on a plane [NEWS]").
pub fn uncaption_lists(lines: &mut [Line]) {
    let (mut start, mut captions) = (0, 0);
    for i in 0..=lines.len() {
        match lines.get(i) {
            // A picture's caption is a sentence before its credit, and a label in square
            // brackets ("[INSIGHT]") marks a link; an entry is a name and its note.
            Some(l)
                if l.text.ends_with(')')
                    && l.caption
                        .as_ref()
                        .is_some_and(|(text, _)| !Shape::of(text).sentence) =>
            {
                captions += 1;
                continue;
            }
            Some(l) if l.shape.words <= 1 && l.shape.chars <= 3 && captions > 0 => continue,
            _ => {}
        }
        if captions >= CAPTION_LIST {
            lines[start..i].iter_mut().for_each(|l| l.caption = None);
        }
        (start, captions) = (i + 1, 0);
    }
}

/// How close (lines) a line's copy stands for the two to be read as a gallery's caption.
const DOUBLE_REACH: usize = 3;

/// The run of lines `[start, end)` with the greatest total value; `None` when no line has
/// a positive value.
pub fn story_window(lines: &[Line], reading: Lenience) -> Option<(usize, usize)> {
    best_run(&values(lines, reading))
}

/// What each line adds to a run of story lines ([`Line::value`]), worked out once; `None` for
/// a line no story runs across.
fn values(lines: &[Line], reading: Lenience) -> Vec<Option<f32>> {
    let again = closed_again(lines);
    let teasers = dated_teasers(lines);
    let mut announced = announced_items(lines);
    // A table printed cell by cell neither earns nor costs, unless a line announces it.
    let mut tabled = vec![false; lines.len()];
    for t in cell_tables(lines) {
        tabled[t.start..t.end].fill(true);
        if t.start.checked_sub(1).is_some_and(|p| announces(&lines[p])) {
            announced[t.start..t.end].fill(true);
        }
    }
    let priced = match reading {
        Lenience::Lenient => priced_items(lines),
        Lenience::Strict => Vec::new(),
    };
    let linked = match reading {
        Lenience::Lenient => linked_items(lines),
        Lenience::Strict => vec![false; lines.len()],
    };
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| match l.ends_story() {
            // A list or table the story announces ("… the best offers:") is the story's.
            false if announced[i] => Some(l.shape.measure().min(800) as f32 / ANNOUNCED_ITEM_UNIT),
            false if tabled[i] => Some(0.0),
            // A story runs into a list of other stories only when they are the page.
            false if teasers.binary_search(&i).is_ok() => Some(TEASERS_COST),
            // A page of items read for its items: each item's price marks one.
            false if priced.binary_search(&i).is_ok() => Some(PRICE_VALUE),
            false => {
                let value = l.value(reading);
                // A table's cells (figures, dates) belong to a story as much as to a sidebar:
                // two or more in a row cost nothing; so does a list's number that the scraper
                // split from its item, a bare link printed under a list's item (the item's
                // address), a program's listing (two or more lines of code in a row), and
                // the titles and links of a run of items that each close on the same link.
                // Lines that earn are not looked at.
                let free = value < 0.0
                    && (linked[i]
                        || in_table(lines, i)
                        || is_split_number(lines, i)
                        || is_item_link(lines, i)
                        || in_code(lines, i));
                Some(if free { 0.0 } else { value })
            }
            // A box of links set into the story, or a comments line that stands again
            // below, costs what other chrome costs.
            true => (related_box_resumes(lines, i) || again.binary_search(&i).is_ok())
                .then_some(CHROME_COST),
        })
        .collect()
}

/// The fewest items in a row, each closing on the same link, that make a list of items.
const LINKED_ITEMS: usize = 4;

/// The most lines of an item closing on a link, the link included (a title, a line of
/// summary, a date, the link).
const LINKED_ITEM_LINES: usize = 4;

/// For each line, whether it belongs to a list of items that each close on the same short
/// link ("Read more", "Compare") at the same distance from the last: [`LINKED_ITEMS`] or more
/// in a row, the lines of the first item before its link included. Such a list is the page's
/// or a story's items as often as a box of other stories: its titles and links neither earn
/// nor cost, and its lines of prose decide.
fn linked_items(lines: &[Line]) -> Vec<bool> {
    let mut linked = vec![false; lines.len()];
    // For each link text: where it last stood, how far that was from the one before, and
    // how many stood in a row at that distance.
    let mut seen: FxHashMap<&str, (usize, usize, usize)> = FxHashMap::default();
    // The last commenter's line, or a thread's furniture without a figure ("Jenny says"):
    // comments that each close on "Reply" are no items, but events under their dates are.
    let mut comment = None;
    for (i, line) in lines.iter().enumerate() {
        if match line.chrome {
            Some(Chrome::Comments) => true,
            Some(Chrome::Furniture) => !line.text.bytes().any(|b| b.is_ascii_digit()),
            _ => false,
        } {
            comment = Some(i);
        }
        if line.ends_story() || line.chrome.is_none() || line.shape.words > 3 {
            continue;
        }
        let entry = seen.entry(line.text.as_str()).or_insert((i, 0, 0));
        let (last, step, count) = *entry;
        let gap = i - last;
        *entry = if gap == 0 || comment.is_some_and(|c| c > last) {
            (i, 0, 1)
        } else if gap == step {
            (i, step, count + 1)
        } else if (2..=LINKED_ITEM_LINES).contains(&gap) {
            (i, gap, 2)
        } else {
            (i, 0, 1)
        };
        let (_, step, count) = *entry;
        if count == LINKED_ITEMS {
            let first = (i + 1).saturating_sub(step * LINKED_ITEMS);
            linked[first..=i].fill(true);
        } else if count > LINKED_ITEMS {
            linked[i + 1 - step..=i].fill(true);
        }
    }
    linked
}

/// What a price earns an item in a grid of priced items (read leniently).
const PRICE_VALUE: f32 = 0.6;

/// The most lines between two prices of a grid of items (a name, a line of summary, a
/// rating, "Add to cart", or a few specifications with their labels: "Cushioning:",
/// "Maximum").
const ITEM_LINES: usize = 12;

/// How far above a grid's first price a box's heading ("Related products") is looked for.
const BOX_REACH: usize = 10;

/// The fewest priced items that make a grid.
const MIN_PRICED: usize = 3;

/// The price lines of grids of priced items, in page order: [`MIN_PRICED`] or more prices
/// (a line or two each: the old price and the new) with a few other lines between each and
/// the next ([`ITEM_LINES`] at most), as a shop's list of products stands.
fn priced_items(lines: &[Line]) -> Vec<usize> {
    let mut grids = Vec::new();
    // The current chain's price lines, and how many items (runs of price lines) it holds.
    let mut chain: Vec<usize> = Vec::new();
    let mut items = 0;
    let mut close = |chain: &mut Vec<usize>, items: usize| {
        // A grid under a box's heading ("Related products") is other products, not the page's.
        let boxed = chain.first().is_some_and(|&first| {
            lines[first.saturating_sub(BOX_REACH)..first]
                .iter()
                .any(Line::ends_story)
        });
        if items >= MIN_PRICED && !boxed {
            grids.append(chain);
        }
        chain.clear();
    };
    for (i, _) in lines.iter().enumerate().filter(|(_, l)| l.price) {
        match chain.last() {
            Some(&last) if last + 1 == i => {}
            Some(&last) if i - last - 1 <= ITEM_LINES => items += 1,
            _ => {
                close(&mut chain, items);
                items = 1;
            }
        }
        chain.push(i);
    }
    close(&mut chain, items);
    grids
}

/// What the opening of a list of dated teasers costs a run that crosses it.
const TEASERS_COST: f32 = -3.0;

/// The fewest words of a teaser's title (a thread's member names are shorter).
const TEASER_TITLE_WORDS: usize = 4;

/// The longest line read between a teaser's title and its date (a name, a section).
const TEASER_META: usize = 60;

/// The title lines of a list of dated teasers, in page order: two or more teasers in a row,
/// each a title, perhaps a name or a section, a date line and perhaps a line of summary
/// ("Joker killed at the box office / Madeline Fry / Wednesday November 20, 2019 / …").
/// A story's own headline, date and first paragraph are one such teaser, never two.
fn dated_teasers(lines: &[Line]) -> Vec<usize> {
    // Each teaser as (title, the line after it).
    let mut units: Vec<(usize, usize)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.chrome.is_some()
            || !line.shape.is_title_like()
            || line.shape.is_prose()
            || line.shape.words < TEASER_TITLE_WORDS
        {
            continue;
        }
        let Some(date) = (i + 1..lines.len().min(i + 4))
            .take_while(|&j| is_teaser_meta(&lines[j]))
            .find(|&j| is_date_line(&lines[j]))
        else {
            continue;
        };
        let mut next = if lines.get(date + 1).is_some_and(|l| l.shape.is_prose()) {
            date + 2
        } else {
            date + 1
        };
        // A teaser may close on its link ("Read More").
        if lines
            .get(next)
            .is_some_and(|l| l.chrome == Some(Chrome::Boilerplate) && l.shape.words <= 3)
        {
            next += 1;
        }
        units.push((i, next));
    }
    let mut titles = Vec::new();
    for (k, &(title, next)) in units.iter().enumerate() {
        // Teasers name other stories: the same title again is a gallery's caption heading.
        let other = |t: usize| lines[t].text != lines[title].text;
        let follows = k > 0 && units[k - 1].1 == title && other(units[k - 1].0);
        let followed = units
            .get(k + 1)
            .is_some_and(|&(t, _)| t == next && other(t));
        if followed || follows {
            titles.push(title);
        }
    }
    titles
}

/// True for a line that may stand between a teaser's title and its date: a short line that
/// is no sentence and no other title (a name, a section, a date).
fn is_teaser_meta(line: &Line) -> bool {
    let shape = &line.shape;
    shape.chars <= TEASER_META
        && !shape.is_prose()
        && (shape.words < TEASER_TITLE_WORDS || shape.lower_share <= 0.25)
}

/// True for a short line that is a date alone (chrome or not: a thread's post dates are
/// furniture).
pub(crate) fn is_date_line(line: &Line) -> bool {
    matches!(line.chrome, None | Some(Chrome::Furniture))
        && line.text.bytes().any(|b| b.is_ascii_digit())
        && copydesk_meta::text_lines::date_line(&line.text, None).is_some()
}

/// The lines opening a comment section that stand again further down the page (in page
/// order): a story's comments open once, after it, so only the last such line ends it and
/// the others are furniture ("Add a comment" under every answer of a thread, "5 Comments"
/// under the headline, "1 comment" under a teaser).
pub(crate) fn closed_again(lines: &[Line]) -> Vec<usize> {
    let mut later: HashSet<&str> = HashSet::new();
    let mut again: Vec<usize> = lines
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, l)| l.chrome == Some(Chrome::Comments))
        .filter_map(|(i, l)| {
            // A count is read as any count: "3 Comments" under one answer, "5 Comments" under
            // the next.
            let uncounted = l.text.trim_start_matches(|c: char| c.is_ascii_digit());
            // "1 comment" under one teaser is "0 comments" under the next.
            let uncounted = uncounted.strip_suffix('s').unwrap_or(uncounted);
            (!later.insert(uncounted)).then_some(i)
        })
        .collect();
    again.reverse();
    again
}

/// True when line `i` is a cell of figures next to another, or a price or a share alone
/// (a lone date or count is no table); or a row of a table of names and figures, which the
/// scraper split one cell a line: a figure with another two lines off across a short name
/// ("Alaska / 49.0 / Kansas / 48.0"), or that name between two such figures.
fn in_table(lines: &[Line], i: usize) -> bool {
    let figures = |j: Option<usize>| j.and_then(|j| lines.get(j)).is_some_and(|l| l.figures);
    let label = |j: Option<usize>| {
        j.and_then(|j| lines.get(j))
            .is_some_and(|l| l.shape.chars <= ROW_LABEL && !l.shape.is_prose())
    };
    let (before, after) = (i.checked_sub(1), Some(i + 1));
    if !lines[i].figures {
        return figures(before) && figures(after) && label(Some(i));
    }
    lines[i].text.contains(SIGNS)
        || figures(before)
        || figures(after)
        || (label(before) && figures(i.checked_sub(2)))
        || (label(after) && figures(Some(i + 2)))
}

/// The longest name of a table's row (characters).
const ROW_LABEL: usize = 40;

/// True when line `i` reads as code next to another line of code, or stands between two
/// (a blank-looking line of a listing: "return nil").
fn in_code(lines: &[Line], i: usize) -> bool {
    let code = |j: Option<usize>| j.and_then(|j| lines.get(j)).is_some_and(|l| l.code);
    let (before, after) = (code(i.checked_sub(1)), code(Some(i + 1)));
    (lines[i].code && (before || after)) || (before && after)
}

/// True when line `i` is an ordered list's number alone ("1.", "12)") with its item, a line
/// of words, under it: the scraper split the item from its number.
fn is_split_number(lines: &[Line], i: usize) -> bool {
    let text = lines[i].text.as_bytes();
    let digits = text.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=3).contains(&digits)
        && text.len() == digits + 1
        && matches!(text[digits], b'.' | b')')
        && lines
            .get(i + 1)
            .is_some_and(|n| n.chrome.is_none() && n.shape.words >= 2)
}

/// Characters of an announced list's item worth one unit of value (a line of prose is worth
/// one per hundred; an item, half as much, as a line of prose without a sentence).
const ANNOUNCED_ITEM_UNIT: f32 = 200.0;

/// For each line, whether it is an item of a list that a line ending in a colon introduces
/// ("Here are the offers not to miss:"), the items' links between them included.
fn announced_items(lines: &[Line]) -> Vec<bool> {
    let mut announced = vec![false; lines.len()];
    let mut open = false;
    for (i, line) in lines.iter().enumerate() {
        let item = line.chrome.is_none() && list_item(&line.text).is_some();
        if item || (open && is_item_link(lines, i)) {
            announced[i] = open;
        } else {
            open = announces(line);
        }
    }
    announced
}

/// The fewest words of a line that announces a list or a table ("Tags:" and "Share on:"
/// are labels, not announcements).
const ANNOUNCING_WORDS: usize = 6;

/// True for a line of words that ends in a colon: it announces what follows.
fn announces(line: &Line) -> bool {
    line.chrome.is_none()
        && line.shape.words >= ANNOUNCING_WORDS
        && line.text.trim_end().ends_with(':')
}

/// The longest cell of a table that the scraper printed one cell per line (characters).
const TABLE_CELL: usize = 40;

/// The longest cell of a table's header row (characters).
const HEADER_CELL: usize = 24;

/// The widest table read from one cell per line (cells per row).
const TABLE_WIDTH: usize = 12;

/// The fewest rows of a table read from one cell per line.
const TABLE_ROWS: usize = 3;

/// A table the scraper printed one cell per line, as line indices.
#[derive(Debug, Clone, Copy, PartialEq)]
struct CellTable {
    /// Its first line: the header row's first cell, or the first row's.
    start: usize,
    /// The first cell of its first row (after the header row and any copies of it).
    body: usize,
    /// The line after its last cell.
    end: usize,
    /// Cells per row.
    width: usize,
}

impl CellTable {
    /// Its rows of cells: the header row once, then the rows.
    fn rows(&self, lines: &[Line]) -> Vec<Vec<String>> {
        let cells = |from: usize, to: usize| {
            lines[from..to]
                .chunks(self.width)
                .map(|row| row.iter().map(|cell| cell.text.clone()).collect())
                .collect::<Vec<Vec<String>>>()
        };
        let mut rows = cells(self.start, (self.start + self.width).min(self.body));
        rows.extend(cells(self.body, self.end));
        rows
    }
}

/// True for a line that can be a table's cell: short, not prose, and no chrome but the
/// forum furniture that figures alone read as.
fn is_cell(line: &Line) -> bool {
    line.shape.chars <= TABLE_CELL
        && matches!(line.chrome, None | Some(Chrome::Furniture))
        && !line.shape.is_prose()
}

/// The tables printed one cell per line in `lines` ([`table_at`]), in page order.
fn cell_tables(lines: &[Line]) -> Vec<CellTable> {
    // A table holds figures ([`rows_from`]) within a few rows of its start: a line with no
    // figure that near is passed over without a look.
    const REACH: usize = 4 * TABLE_WIDTH;
    let mut next_figure = vec![usize::MAX; lines.len() + 1];
    for i in (0..lines.len()).rev() {
        next_figure[i] = if lines[i].figures {
            i
        } else {
            next_figure[i + 1]
        };
    }
    let mut tables = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if next_figure[i] == usize::MAX {
            break;
        }
        if next_figure[i] > i + REACH {
            i = next_figure[i] - REACH;
            continue;
        }
        match table_at(lines, i) {
            Some(t) => {
                i = t.end;
                tables.push(t);
            }
            None => i += 1,
        }
    }
    tables
}

/// The table printed one cell per line that starts at line `start`, either
/// - a ranking: each row opens with its rank (1, 2, 3 …), perhaps under a header row as wide
///   ("Pos.", "Driver", "Points"); the width is the distance from rank 1 to rank 2; or
/// - a header row of short labels, perhaps printed twice, over rows that each open with the
///   same cell ("DL", "Larry Ogunjobi", "63", "85%", … "DL", "Myles Garrett", …).
///
/// Three rows at least; a table of two columns only under a line that announces it (a box
/// of the most-read headlines is a ranking two wide).
fn table_at(lines: &[Line], start: usize) -> Option<CellTable> {
    if !is_cell(lines.get(start)?) {
        return None;
    }
    let table = ranking_at(lines, start).or_else(|| keyed_at(lines, start))?;
    let announced = start.checked_sub(1).is_some_and(|p| announces(&lines[p]));
    (table.width >= 3 || announced).then_some(table)
}

/// Rows from `body` on, `width` cells each, while `opens(row, index of its first cell)`
/// holds; with the table they make when there are [`TABLE_ROWS`] or more, and as many
/// figures in their cells after the first.
fn rows_from(
    lines: &[Line],
    start: usize,
    body: usize,
    width: usize,
    opens: impl Fn(usize, usize) -> bool,
) -> Option<CellTable> {
    let (mut rows, mut figures) = (0, 0);
    while let Some(row) = lines.get(body + rows * width..body + (rows + 1) * width)
        && opens(rows, body + rows * width)
        && row.iter().all(is_cell)
    {
        figures += row[1..].iter().filter(|cell| cell.figures).count();
        rows += 1;
    }
    // A table holds data: a menu of sections with the same submenu under each repeats its
    // labels as a table's rows would, but holds no figures.
    (rows >= TABLE_ROWS && figures >= rows).then_some(CellTable {
        start,
        body,
        end: body + rows * width,
        width,
    })
}

/// A ranking from line `start` on ([`table_at`]).
fn ranking_at(lines: &[Line], start: usize) -> Option<CellTable> {
    let rank = |i: usize| {
        let text = &lines.get(i)?.text;
        if !text.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        text.trim_end_matches(['.', ')']).parse::<usize>().ok()
    };
    let cells = |from: usize| {
        (from..lines.len().min(from + TABLE_WIDTH + 1)).take_while(|&i| is_cell(&lines[i]))
    };
    // Rank 1 opens the first row, at the start or after a header row as wide as a row.
    let first = cells(start).find(|&i| rank(i) == Some(1))?;
    let width = cells(first + 1).find(|&i| rank(i) == Some(2))? - first;
    if width < 2 || (first != start && first - start != width) {
        return None;
    }
    rows_from(lines, start, first, width, |row, i| {
        rank(i) == Some(row + 1)
    })
}

/// A table of labelled rows from line `start` on ([`table_at`]).
fn keyed_at(lines: &[Line], start: usize) -> Option<CellTable> {
    let is_label =
        |l: &Line| is_cell(l) && !l.figures && l.shape.chars <= HEADER_CELL && !l.shape.sentence;
    let labels = lines[start..]
        .iter()
        .take(TABLE_WIDTH + 1)
        .take_while(|l| is_label(l))
        .count();
    let text = |i: usize| lines.get(i).map(|l| l.text.as_str());
    (2..=labels.min(TABLE_WIDTH)).find_map(|width| {
        // The first row's key opens the next row too, or the header is printed again.
        let key = text(start + width);
        if key != text(start + 2 * width) && key != text(start) {
            return None;
        }
        let header = &lines[start..start + width];
        let same_row = |at: usize| {
            lines
                .get(at..at + width)
                .is_some_and(|row| row.iter().zip(header).all(|(a, b)| a.text == b.text))
        };
        let mut body = start + width;
        while same_row(body) {
            body += width;
        }
        let key = &lines.get(body)?.text;
        rows_from(lines, start, body, width, |_, i| lines[i].text == *key)
    })
}

/// True when line `i` is a bare web address under a list's item: the link the writer gave
/// for the item ("3) Blade Runner (Blu-Ray)" over its shop's address).
fn is_item_link(lines: &[Line], i: usize) -> bool {
    is_bare_link(&lines[i].text)
        && i.checked_sub(1)
            .is_some_and(|p| lines[p].chrome.is_none() && list_item(&lines[p].text).is_some())
}

/// True for a line that is one web address and nothing else ("http://amzn.to/2hWEIX7").
fn is_bare_link(text: &str) -> bool {
    (text.starts_with("http://") || text.starts_with("https://")) && !text.contains(' ')
}

/// Titles a box of links inside a story holds at most ("Related stories" and a few
/// headlines between two paragraphs).
const INLINE_BOX: usize = 6;

/// True when line `i`, a line that closes a story, is a heading of related links that the
/// story's prose resumes after (two prose lines after a few titles): a box set into the story.
fn related_box_resumes(lines: &[Line], i: usize) -> bool {
    if lines[i].chrome != Some(Chrome::Related) {
        return false;
    }
    let rest = &lines[i + 1..];
    // A title cut short ("Plague of mosquitos to devastate Britain as Hurri...") is no
    // sentence.
    let cut_short = |l: &Line| {
        let t = l.text.trim_end();
        t.ends_with("...") || t.ends_with('…')
    };
    let titles = rest
        .iter()
        .take(INLINE_BOX + 1)
        .take_while(|l| !l.is_sentence_prose() || cut_short(l))
        .count();
    titles <= INLINE_BOX
        && rest.len() >= titles + 2
        && rest[titles..titles + 2].iter().all(Line::is_sentence_prose)
}

/// [`story_window`] over the lines' [`values`].
fn best_run(values: &[Option<f32>]) -> Option<(usize, usize)> {
    let mut best: Option<(f32, usize, usize)> = None;
    let mut sum = 0.0f32;
    let mut start = 0;
    for (i, value) in values.iter().enumerate() {
        let Some(value) = value else {
            // A wall: no story runs across it.
            sum = 0.0;
            start = i + 1;
            continue;
        };
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += value;
        if sum > 0.0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start, i + 1));
        }
    }
    best.map(|(_, s, e)| (s, e))
}

/// How far after the headline the story may start (lines) to count as the headline's story.
pub(crate) const STORY_AFTER_HEADLINE: usize = 8;

/// Headline lines [`story_after`] tries at most.
const MAX_HEADLINES: usize = 8;

/// The value of a run under a headline that makes it a story of its own (about three
/// hundred characters of sentences): a longer run elsewhere (a list of teasers with their
/// summaries, a thread of comments) must be [`OVERRULE`] times as strong to be chosen
/// instead. A weaker run yields to one twice as strong.
const SURE_STORY: f32 = 3.0;

/// How many times stronger than a sure story under its headline another run must be.
const OVERRULE: f32 = 5.0;

/// The story's run when the headline is known (`headlines`: the lines that repeat it, in
/// page order): the best run starting just after the first of them whose run holds up
/// against the best run of the page (the first headline lines may be teasers').
pub fn story_after(
    lines: &[Line],
    headlines: impl IntoIterator<Item = usize>,
    reading: Lenience,
) -> Option<(usize, usize)> {
    let values = values(lines, reading);
    let global = best_run(&values)?;
    // No wall stands inside a run.
    let total = |(s, e): (usize, usize)| values[s..e].iter().flatten().sum::<f32>();
    let headlines: Vec<usize> = headlines.into_iter().take(MAX_HEADLINES).collect();
    let chosen = headlines
        .iter()
        .find_map(|&h| {
            // A run opening under a "You may also like" heading after the headline is the
            // box's, not the headline's story, and overrules no story above the heading.
            let box_after = |s: usize| boxed_by(lines, s).filter(|&b| b > h);
            let best = best_run_from(&values, h + 1).and_then(|(sum, s, e)| match box_after(s) {
                Some(b) => best_run_from(&values[..b], h + 1),
                None => Some((sum, s, e)),
            });
            best.filter(|&(sum, _, e)| {
                let weight = if sum >= SURE_STORY { OVERRULE } else { 2.0 };
                let boxed = box_after(global.0).is_some_and(|b| b >= e);
                boxed || weight * sum >= total(global)
            })
            .map(|(_, s, e)| (s, e))
        })
        .unwrap_or(global);
    // A story does not run across its own headline: when the run holds the headline with a
    // sure story after it and no more than a line of sentences before it (menus, teasers),
    // the story starts after the headline.
    let (s, e) = chosen;
    // A run already standing under one of the headline's lines is not cut at a later one
    // (the same headline in a list of stories) for a date under it.
    let headed = headlines
        .iter()
        .any(|&h| h < s && h + STORY_AFTER_HEADLINE >= s);
    let crossed = headlines.iter().copied().find(|&h| s < h && h + 1 < e);
    if let Some(h) = crossed
        && (lines[s..h].iter().filter(|l| l.is_sentence_prose()).count() <= 1
            || (!headed && dated_head(lines, h)))
        && total((h + 1, e)) >= SURE_STORY
    {
        return Some((h + 1, e));
    }
    Some(chosen)
}

/// True when a date line stands within two lines under headline `h`.
fn dated_head(lines: &[Line], h: usize) -> bool {
    lines.iter().skip(h + 1).take(2).any(is_date_line)
}

/// Lines that may stand between a box's heading and the first of its teasers (share
/// buttons, a picture's line).
const BOX_GAP: usize = 2;

/// The related-links heading that line `start` stands just under, when there is one.
fn boxed_by(lines: &[Line], start: usize) -> Option<usize> {
    (start.saturating_sub(BOX_GAP + 1)..start)
        .rev()
        .find(|&i| lines[i].chrome == Some(Chrome::Related))
        .filter(|&h| lines[h + 1..start].iter().all(|l| !l.shape.is_prose()))
}

/// The run with the greatest total of `values` that starts at one of the
/// [`STORY_AFTER_HEADLINE`] lines from `first` on, as (total, start, end), in one pass: the
/// total of a run is the running sum at its end less the running sum at its start, and the
/// start is the allowed one with the least running sum.
fn best_run_from(values: &[Option<f32>], first: usize) -> Option<(f32, usize, usize)> {
    let last_start = first + STORY_AFTER_HEADLINE;
    let mut best: Option<(f32, usize, usize)> = None;
    // The running sum before line `i`, and the allowed start with the least running sum.
    let mut running = 0.0f32;
    let mut start: Option<(f32, usize)> = None;
    for (i, value) in values.iter().enumerate().skip(first) {
        let Some(value) = value else {
            // No run crosses a wall; starts after it may still be allowed.
            start = None;
            if i + 1 >= last_start {
                break;
            }
            continue;
        };
        if i < last_start && start.is_none_or(|(least, _)| running < least) {
            start = Some((running, i));
        }
        running += value;
        if let Some((least, s)) = start {
            let sum = running - least;
            if sum > 0.0 && best.is_none_or(|(b, _, _)| sum > b) {
                best = Some((sum, s, i + 1));
            }
        } else if i >= last_start {
            break;
        }
    }
    best
}

/// Why a line outside the story was left out.
pub fn outside_reason(line: &Line) -> &'static str {
    match line.chrome {
        Some(c) => c.reason(),
        None if line.shape.chars < 40 && !line.shape.sentence => "navigation",
        None => "outside the story",
    }
}

/// Builds the blocks of `lines` (the story's run), skipping `skip` (the headline's index
/// within the run, if it is there); dropped lines go to `removed`.
pub fn build_blocks(
    lines: &[Line],
    skip: Option<usize>,
    reading: Lenience,
    removed: &mut Vec<Removed>,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut list: Option<(bool, Vec<String>)> = None;
    let mut tables = cell_tables(lines).into_iter().peekable();
    // The line after the last cell of a table already built.
    let mut table_end = 0;
    for (i, line) in lines.iter().enumerate() {
        if Some(i) == skip || i < table_end {
            continue;
        }
        // A table the scraper printed one cell per line is a table again.
        while tables.next_if(|t| t.start < i).is_some() {}
        if let Some(table) = tables.next_if(|t| t.start == i) {
            flush_list(&mut list, &mut blocks);
            blocks.push(Block::Table {
                rows: table.rows(lines),
            });
            table_end = table.end;
            continue;
        }
        let item = list_item(&line.text).filter(|_| line.chrome.is_none());
        if let Some((text, ordered)) = item {
            match &mut list {
                Some((o, items)) if *o == ordered => items.push(text.to_string()),
                _ => {
                    flush_list(&mut list, &mut blocks);
                    list = Some((ordered, vec![text.to_string()]));
                }
            }
            continue;
        }
        // An item's link, printed under it, goes with the item.
        if let Some((_, items)) = &mut list
            && let Some(last) = items.last_mut()
            && line.chrome.is_none()
            && is_bare_link(&line.text)
        {
            last.push(' ');
            last.push_str(&line.text);
            continue;
        }
        flush_list(&mut list, &mut blocks);
        if let Some(c) = line.chrome {
            removed.push(Removed {
                text: line.text.clone(),
                reason: c.reason().into(),
            });
            continue;
        }
        if let Some((text, credit)) = &line.caption {
            blocks.push(Block::Figure {
                src: None,
                caption: (!text.is_empty()).then(|| text.clone()),
                credit: Some(credit.clone()),
            });
            continue;
        }
        let next_is_prose = lines
            .get(i + 1)
            .is_some_and(|n| n.chrome.is_none() && n.shape.is_prose());
        if line.shape.is_title_like()
            && !line.shape.sentence
            && next_is_prose
            && !is_date_line(line)
        {
            blocks.push(Block::Heading {
                level: 2,
                text: line.text.clone(),
            });
        } else if line.shape.chars < 30
            && !line.shape.sentence
            && (reading == Lenience::Strict || line.shape.words < 2)
        {
            removed.push(Removed {
                text: line.text.clone(),
                reason: "navigation".into(),
            });
        } else {
            blocks.push(Block::Paragraph {
                text: line.text.clone(),
            });
        }
    }
    flush_list(&mut list, &mut blocks);
    blocks
}

fn flush_list(list: &mut Option<(bool, Vec<String>)>, blocks: &mut Vec<Block>) {
    if let Some((ordered, items)) = list.take() {
        blocks.push(Block::List { ordered, items });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<Line> {
        texts.iter().map(|t| Line::new((*t).to_string())).collect()
    }

    #[test]
    fn repeated_lines_are_judged_as_when_judged_alone() {
        let texts = [
            "Home",
            "Photo: Jane Doe",
            "12 Comments",
            "Home",
            "The council voted late on Wednesday to build a light rail line to the hospital.",
            "Photo: Jane Doe",
            "12 Comments",
        ];
        let all = Line::all(texts.iter().map(|t| t.to_string()).collect());
        assert_eq!(all.len(), texts.len());
        for (line, text) in all.iter().zip(texts) {
            let alone = Line::new(text.to_string());
            assert_eq!(format!("{line:?}"), format!("{alone:?}"));
        }
    }

    #[test]
    fn prices_are_short_lines_with_a_sign_against_a_figure() {
        for price in [
            "$279.99 USD",
            "4 offers from $16.14",
            "€49.99VAT included",
            "£675",
            "Sale price $ 89.99",
            "19,99 €",
        ] {
            assert!(is_price(price), "{price}");
        }
        for other in [
            "Save $25 on vase bouquets when you buy gift cards this week",
            "US$",
            "Prices in €",
        ] {
            assert!(!is_price(other), "{other}");
        }
    }

    #[test]
    fn the_story_window_skips_menus_and_stops_at_comments() {
        let prose = "The council voted late on Wednesday to build a light rail line from the old freight yard to the hospital.";
        let mut texts = vec!["Home", "News", "Sport", "Weather", "Tram line approved"];
        texts.extend([prose, "- Advertisement -", prose, prose]);
        texts.extend(["12 Comments", prose, prose]);
        let ls = lines(&texts);
        assert_eq!(story_window(&ls, Lenience::Strict), Some((5, 9)));
    }

    #[test]
    fn a_list_of_items_with_their_links_stays_in_the_story() {
        let prose = "Black Friday is here again, and the shops have cut their prices on the toys and films we grew up with in the eighties.";
        let intro = "Who are we to stay out of the rush? Here are the offers for nostalgics of the eighties and nineties not to miss:";
        let mut texts = vec!["Home", "Film", prose, intro];
        let items = [
            "1) Lego Star Wars 75188 Resistance Bomber",
            "2) Polistil 960574 Electric Race Track",
            "3) Blade Runner The Final Cut (4K Ultra HD + Blu-Ray)",
            "4) Ghostbusters Collection 1-2 (Steelbook)",
            "5) Magnum P.I. Complete Collection (45 DVD)",
            "6) Back to the Future DeLorean model, scale 1:24",
        ];
        for item in items {
            texts.extend([item, "http://shop.example/r/2hWEIX7"]);
        }
        texts.extend(["Amazon Black Friday", "Search:"]);
        let ls = lines(&texts);
        assert_eq!(story_window(&ls, Lenience::Strict), Some((2, 16)));
        let blocks = build_blocks(&ls[2..16], None, Lenience::Strict, &mut Vec::new());
        let Some(Block::List { ordered, items }) = blocks.last() else {
            panic!("{blocks:?}");
        };
        assert!(ordered);
        assert_eq!(items.len(), 6);
        assert_eq!(
            items[2],
            "Blade Runner The Final Cut (4K Ultra HD + Blu-Ray) http://shop.example/r/2hWEIX7"
        );
    }

    #[test]
    fn an_announced_ranking_printed_cell_by_cell_is_a_table_in_the_story() {
        let prose = "This page always holds the championship standings, updated after every race of the season, so come back often.";
        let intro = "Final standings of the 2019 Cup Series after 36 races:";
        let mut texts: Vec<String> = ["Home", "Standings", prose, intro].map(String::from).into();
        texts.extend(["Pos.", "Driver", "Points", "Wins"].map(String::from));
        let drivers = [
            "Kyle Busch",
            "Martin Truex Jr.",
            "Kevin Harvick",
            "Denny Hamlin",
        ];
        for (rank, driver) in drivers.iter().enumerate() {
            let points = 5040 - 5 * rank;
            texts.extend([
                (rank + 1).to_string(),
                driver.to_string(),
                points.to_string(),
                (7 - rank).to_string(),
            ]);
        }
        texts.extend(["Most read".to_string(), "Privacy Policy".to_string()]);
        let ls = Line::all(texts);
        assert_eq!(
            table_at(&ls, 4),
            Some(CellTable {
                start: 4,
                body: 8,
                end: 24,
                width: 4
            })
        );
        assert_eq!(story_window(&ls, Lenience::Strict), Some((2, 24)));
        let blocks = build_blocks(&ls[2..24], None, Lenience::Strict, &mut Vec::new());
        let Some(Block::Table { rows }) = blocks.last() else {
            panic!("{blocks:?}");
        };
        assert_eq!(rows.len(), 5);
        assert_eq!(rows[0], ["Pos.", "Driver", "Points", "Wins"]);
        assert_eq!(rows[2], ["2", "Martin Truex Jr.", "5035", "6"]);
    }

    #[test]
    fn a_table_between_paragraphs_printed_cell_by_cell_stays_in_the_story() {
        let prose = "Below, we analyze the snap counts and stats on defense for the Browns in their Week 11 game against the Steelers.";
        let after = "There is a lot to sort through here, as the defense had eleven hits on the quarterback and forced four turnovers.";
        let mut texts: Vec<String> = ["Home", "Teams", prose, "Defensive Line"]
            .map(String::from)
            .into();
        for _ in 0..2 {
            texts.extend(["Pos", "Player", "Plays", "%", "Stats"].map(String::from));
        }
        let players = [
            (
                "Larry Ogunjobi",
                "63",
                "85%",
                "1 tackle (1 combined). 1 sack, 2 QH.",
            ),
            ("Myles Garrett", "57", "77%", "1 tackle (1 combined). 3 QH."),
            ("Chad Thomas", "57", "77%", "3 tackles (3 combined)."),
            ("Eli Ankou", "13", "18%", "No stats registered."),
        ];
        for (name, plays, share, stats) in players {
            texts.extend(["DL", name, plays, share, stats].map(String::from));
        }
        texts.extend([after, after, "Privacy Policy", "Terms of Use"].map(String::from));
        let ls = Line::all(texts);
        let table = table_at(&ls, 4).expect("the snap counts are a table");
        assert_eq!((table.body, table.end, table.width), (14, 34, 5));
        assert_eq!(story_window(&ls, Lenience::Strict), Some((2, 36)));
        let blocks = build_blocks(&ls[2..36], None, Lenience::Strict, &mut Vec::new());
        let Some(Block::Table { rows }) = blocks.iter().find(|b| matches!(b, Block::Table { .. }))
        else {
            panic!("{blocks:?}");
        };
        assert_eq!(rows.len(), 5, "one header row, four players");
        assert_eq!(rows[0], ["Pos", "Player", "Plays", "%", "Stats"]);
        assert_eq!(rows[4][1], "Eli Ankou");
        // Without a header, a column that repeats is no table: a list of teasers filed
        // under one section is not one.
        assert_eq!(table_at(&ls, 14), None);
        // Nor is a menu of sections with the same submenu under each.
        let menu = Line::all(
            [
                "Jobs",
                "News",
                "Buildings",
                "Services",
                "Projects",
                "Bridges",
                "Services",
                "Projects",
                "Roads",
                "Services",
                "Projects",
                "Contact",
                "Directions",
            ]
            .map(String::from)
            .into(),
        );
        assert!((0..menu.len()).all(|i| table_at(&menu, i).is_none()));
    }

    /// A teaser: a headline and the one-sentence summary under it.
    fn teaser(n: usize) -> [String; 2] {
        [
            format!("Bus fares frozen for year {n} in a row"),
            format!(
                "The transit board voted to hold fares for the {n}th year, citing a budget surplus and rising ridership across the valley."
            ),
        ]
    }

    #[test]
    fn the_story_under_its_headline_outweighs_a_longer_list_of_teasers() {
        let prose = "The council voted late on Wednesday to build a light rail line from the old freight yard to the hospital campus, officials said.";
        let mut texts: Vec<String> = vec!["Tram line approved | Courier".into(), "Home".into()];
        texts.extend((0..8).flat_map(teaser));
        texts.extend(["Tram line approved".into(), "November 19, 2019".into()]);
        texts.extend((0..4).map(|_| prose.to_string()));
        texts.extend(["Privacy Policy".into(), "Terms of Use".into()]);
        let ls = Line::all(texts);
        let story = story_after(&ls, [18], Lenience::Strict);
        assert_eq!(story, Some((20, 24)));
        // A headline with almost nothing under it yields to the page's best run.
        let thin = story_after(&ls[..21], [18], Lenience::Strict);
        assert_eq!(thin.map(|(s, _)| s), Some(3));
    }

    /// Thirty teasers (`teaser` of their number), the headline "Tram line approved", the
    /// lines `under` it, then three lines of the story.
    fn under_teasers(teaser: impl Fn(usize) -> String, under: &[&str]) -> Vec<String> {
        let prose = "The council voted late on Wednesday to build a light rail line from the old freight yard to the hospital campus, officials said.";
        let mut texts: Vec<String> = (0..30).map(teaser).collect();
        texts.push("Tram line approved".into());
        texts.extend(under.iter().map(|t| t.to_string()));
        texts.extend((0..3).map(|_| prose.to_string()));
        texts
    }

    #[test]
    fn a_story_does_not_run_across_its_headline() {
        // A menu of teasers whose headlines the scraper glued to their summaries, with no
        // full stop: long lines, no sentences. Then the headline and the story.
        let glued = |n: usize| {
            format!(
                "Bus fares frozen for year {n} in a rowThe transit board voted to hold fares citing a budget surplus and rising ridership across the valley"
            )
        };
        let ls = Line::all(under_teasers(glued, &[]));
        assert_eq!(story_after(&ls, [30], Lenience::Strict), Some((31, 34)));
    }

    #[test]
    fn a_dated_headline_starts_the_story_after_teasers_with_sentences() {
        // Teasers whose summaries are sentences, then the headline with its date line.
        let teaser = |n: usize| {
            format!(
                "Bus fares frozen for year {n}The transit board voted on Tuesday to hold fares for another year, citing a budget surplus and rising ridership."
            )
        };
        let texts = under_teasers(teaser, &["November 19, 2019 at 9:45 am"]);
        let prose = texts[32].clone();
        let ls = Line::all(texts.clone());
        assert_eq!(story_after(&ls, [30], Lenience::Strict), Some((31, 35)));
        // The same headline and date repeated in a list under a story that stands under
        // its headline already does not cut that story.
        let mut listed = vec!["Tram line approved".to_string()];
        listed.extend((0..6).map(|_| prose.to_string()));
        listed.extend(texts[30..].iter().cloned());
        let ls = Line::all(listed);
        assert_eq!(story_after(&ls, [0, 7], Lenience::Strict), Some((1, 12)));
    }

    #[test]
    fn a_list_of_dated_teasers_after_the_story_stays_out() {
        let prose = "The council voted late on Wednesday to build a light rail line from the old freight yard to the hospital campus, officials said.";
        let mut texts: Vec<String> = (0..4).map(|_| prose.to_string()).collect();
        for (title, who, day) in [
            (
                "Carlos Ghosn and the dark side of Japanese justice",
                "Maya Ghosn",
                20,
            ),
            (
                "What made the Joker so popular this autumn?",
                "Madeline Fry",
                20,
            ),
            (
                "Senators agree on a budget before the holiday",
                "Sen. David Perdue",
                19,
            ),
            (
                "Report on children in detention is bogus",
                "Becket Adams",
                19,
            ),
        ] {
            texts.push(title.into());
            texts.push(who.into());
            texts.push(format!("Wednesday November {day}, 2019"));
            texts.push(format!("{title}: the columnist explains why the week's news matters to readers across the country."));
        }
        let ls = Line::all(texts.clone());
        assert_eq!(story_window(&ls, Lenience::Strict), Some((0, 4)));
        // A gallery whose every picture repeats one heading and a date is no list of other
        // stories: the story runs on after it.
        let mut gallery: Vec<String> = (0..2).map(|_| prose.to_string()).collect();
        for day in 1..=4 {
            gallery.push("News of the valley in pictures".into());
            gallery.push(format!("{day} November 2020"));
            gallery.push("Large waves crash over the harbour wall in Newhaven during strong winds, as the storm reaches the coast.".into());
        }
        gallery.extend((0..2).map(|_| prose.to_string()));
        let ls = Line::all(gallery);
        assert_eq!(story_window(&ls, Lenience::Strict), Some((0, 16)));
    }

    #[test]
    fn a_caption_printed_twice_in_a_row_is_read_once() {
        let caption = "Former governor Deval Patrick speaks with a shop owner during a campaign stop in Columbia, S.C.";
        let prose = "The council voted late on Wednesday to build a light rail line from the old freight yard to the hospital campus, officials said.";
        let mut texts: Vec<String> = vec![caption.into(), "Image 1 of 5".into(), caption.into()];
        texts.extend((0..3).map(|n| format!("{prose} ({n})")));
        // A paragraph quoted again further down is a pull quote, not a caption.
        texts.extend(["Read the council's minutes".into(), format!("{prose} (0)")]);
        let mut ls = Line::all(texts);
        mark_repeats(&mut ls);
        let repeats: Vec<usize> = (0..ls.len())
            .filter(|&i| ls[i].chrome == Some(Chrome::Repeat))
            .collect();
        assert_eq!(repeats, [0]);
    }

    #[test]
    fn a_box_of_related_links_inside_the_story_does_not_end_it() {
        let prose = "The council voted late on Wednesday to build a light rail line from the old freight yard to the hospital campus.";
        let texts = [
            prose,
            prose,
            "Related stories",
            "Bus fares frozen for another year",
            "New cycle lanes open on Mill Road",
            prose,
            prose,
            prose,
            "Related stories",
            "Bus fares frozen for another year",
            "The transit board voted to hold fares for another year, citing a budget surplus.",
            "New cycle lanes open on Mill Road",
            "Two kilometres of protected lanes opened on Monday, the first of five planned routes.",
        ];
        let ls = lines(&texts);
        assert_eq!(story_window(&ls, Lenience::Strict), Some((0, 8)));
        // A box title cut short with an ellipsis is a title, not a sentence of the story.
        let cut = [
            prose,
            prose,
            "Related stories",
            "Bus fares frozen for another year as the transit board counts a budget surplus...",
            "New cycle lanes open on Mill Road",
            prose,
            prose,
        ];
        let ls = lines(&cut);
        assert_eq!(story_window(&ls, Lenience::Strict), Some((0, 7)));
    }

    #[test]
    fn a_closing_line_under_every_post_is_a_threads_furniture() {
        let texts = [
            "Why is a mirror not a backup?",
            "Asked 3 years ago",
            "Everyone says that a mirrored pair of disks is not a backup. I understand that a mirror will not help if both disks fail at once, but surely that is rare. What is the real difference between redundancy and a backup?",
            "Share",
            "asked May 2, 2021 at 0:01",
            "Add a comment",
            "A mirror copies every change at once, including the mistakes: delete a file and it is gone from both disks.",
            "A backup keeps yesterday's copy, so you can go back to before the mistake happened.",
            "Share",
            "answered May 2, 2021 at 0:09",
            "Add a comment",
            "Redundancy protects you against a failing disk and keeps the server running while you replace it. It does not protect you against user error, a virus that encrypts your files, or a fire in the building, and those are far more common than two disks failing on the same day.",
            "Share",
            "answered May 2, 2021 at 1:36",
            "Add a comment",
            "Your Answer",
        ];
        let ls = lines(&texts);
        assert_eq!(story_window(&ls, Lenience::Strict), Some((2, 12)));
        // Once on a page, the same line still closes the story.
        assert_eq!(story_window(&ls[..8], Lenience::Strict), Some((2, 3)));
        // A count under each answer is read as any count.
        let counted: Vec<&str> = texts
            .iter()
            .enumerate()
            .map(|(i, &t)| match (t, i) {
                ("Add a comment", 5) => "3 Comments",
                ("Add a comment", 10) => "12 Comments",
                ("Add a comment", _) => "2 Comments",
                (t, _) => t,
            })
            .collect();
        assert_eq!(
            story_window(&lines(&counted), Lenience::Strict),
            Some((2, 12))
        );
    }

    #[test]
    fn a_table_of_figures_inside_the_story_does_not_split_it() {
        let prose = "Home prices rose again in the third quarter, the agency said, led by the coastal metro areas.";
        let mut texts = vec![prose, prose, "Median sale price change"];
        for _ in 0..12 {
            texts.extend(["1/1/2013", "+13.1%"]);
        }
        texts.extend([prose, prose, prose]);
        let ls = lines(&texts);
        assert_eq!(story_window(&ls, Lenience::Strict), Some((0, texts.len())));
        // A lone count or date is no table.
        assert!(!in_table(&lines(&[prose, "0", prose]), 1));
        assert!(!in_table(&lines(&[prose, "24.10.2019", prose]), 1));
        assert!(in_table(&lines(&[prose, "$79.00", prose]), 1));
    }

    #[test]
    fn a_program_listing_inside_the_story_does_not_split_it() {
        let prose = "A defer statement pushes a function call onto a list, and the saved calls run after the surrounding function returns.";
        let mut texts = vec![prose, prose];
        texts.extend([
            "func CopyFile(dst, src string) (int64, error) {",
            "in, err := os.Open(src)",
            "if err != nil {",
            "return 0, err",
            "}",
            "defer in.Close()",
            "out, err := os.Create(dst)",
            "if err != nil {",
            "return 0, err",
            "}",
            "defer out.Close()",
            "return io.Copy(out, in)",
            "}",
        ]);
        texts.extend([prose, prose]);
        let ls = lines(&texts);
        assert_eq!(story_window(&ls, Lenience::Strict), Some((0, texts.len())));
        // Menus and titles are no code.
        for text in [
            "Home",
            "Clamps (Engineering) -- Catalogs",
            "Sign in",
            "News & Events",
        ] {
            assert!(!is_code(text), "{text}");
        }
    }

    #[test]
    fn a_table_of_names_and_figures_inside_the_story_does_not_split_it() {
        let prose = "Home prices rose again in the third quarter, the agency said, led by the coastal metro areas.";
        let mut texts = vec![prose, prose, "Score by state"];
        for (state, score) in [
            ("Alaska", "49.0"),
            ("Kansas", "48.6"),
            ("Vermont", "48.1"),
            ("Indiana", "47.9"),
            ("Nevada", "47.2"),
            ("Iowa", "46.8"),
            ("Wyoming", "46.5"),
            ("Kentucky", "45.9"),
        ] {
            texts.extend([state, score]);
        }
        texts.extend([prose, prose, prose]);
        let ls = lines(&texts);
        assert_eq!(story_window(&ls, Lenience::Strict), Some((0, texts.len())));
    }

    #[test]
    fn a_list_of_items_split_from_their_numbers_is_read_as_items() {
        let mut texts = vec![
            "jobs | Hacker News".to_string(),
            "These are jobs at startups. See more on the jobs board.".to_string(),
        ];
        for n in 1..=12 {
            texts.extend([
                format!("{n}."),
                format!("Startup {n} is hiring engineers for its growth team (example.com)"),
                format!("{n} days ago"),
            ]);
        }
        let ls = Line::all(texts);
        assert!(is_split_number(&ls, 2));
        assert!(!is_split_number(&lines(&["1.", "Home"]), 0));
        assert_eq!(story_window(&ls, Lenience::Lenient), Some((0, 38)));
    }

    #[test]
    fn entries_that_each_end_in_a_bracket_are_a_list_not_captions() {
        let texts = [
            "Functional languages (8 C, 123 P)",
            "High-level programming languages (2 C, 100 P)",
            "P",
            "Procedural programming languages (9 C, 145 P)",
            "Visual programming languages (1 C, 72 P)",
            "The council voted late on Wednesday to build a light rail line to the hospital.",
            "Councillors at the vote on Wednesday night in the town hall. [REUTERS]",
        ];
        let mut ls = lines(&texts);
        assert!(ls.iter().take(5).filter(|l| l.caption.is_some()).count() == 4);
        uncaption_lists(&mut ls);
        assert!(ls.iter().take(5).all(|l| l.caption.is_none()));
        assert!(ls[6].caption.is_some(), "a caption alone stays one");
        let gallery = "Shoppers look at extension cords at a hardware store on Tuesday. (Elias Funez/The Union via AP)";
        let mut ls = lines(&[gallery, gallery, gallery, gallery]);
        uncaption_lists(&mut ls);
        assert!(
            ls.iter().all(|l| l.caption.is_some()),
            "a gallery's captions stay"
        );
        let mut ls = lines(&[
            "Plague warning: health agency names eight deadly diseases [WARNING]",
            "Black Death fears: holidaymakers fall ill after a meal [INSIGHT]",
            "Plane passengers quarantined after an outbreak [NEWS]",
        ]);
        uncaption_lists(&mut ls);
        assert!(
            ls.iter().all(|l| l.caption.is_some()),
            "labelled links stay out"
        );
    }

    #[test]
    fn a_whole_story_again_in_one_line_is_a_repeat() {
        let first =
            "Good morning! This is the tech news you need to know this Tuesday, from the desk.";
        let copy = format!(
            "{first} {}",
            "The attorney general is investigating the company. ".repeat(14)
        );
        let teaser = format!("{first} Read on.");
        let mut ls = lines(&[first, &teaser, &copy]);
        mark_repeats(&mut ls);
        assert_eq!(ls[0].chrome, None);
        assert_eq!(
            ls[1].chrome, None,
            "a short line opening the same way stays"
        );
        assert_eq!(ls[2].chrome, Some(Chrome::Repeat));
    }

    #[test]
    fn blocks_of_a_run() {
        let ls = lines(&[
            "The council voted late on Wednesday to build a light rail line from the freight yard.",
            "What happens next",
            "The council will now apply to the regional fund for half of the cost of the line.",
            "• A levy on new homes",
            "• A fare increase",
            "Share",
            "Councillors at the vote on Wednesday night in the town hall. [REUTERS]",
        ]);
        let mut removed = Vec::new();
        let blocks = build_blocks(&ls, None, Lenience::Strict, &mut removed);
        assert!(matches!(&blocks[1], Block::Heading { text, .. } if text == "What happens next"));
        assert!(matches!(&blocks[3], Block::List { items, ordered: false } if items.len() == 2));
        assert!(
            matches!(&blocks[4], Block::Figure { credit: Some(c), .. } if c == "REUTERS"),
            "{blocks:?}"
        );
        assert_eq!(removed.len(), 1);
        assert_eq!(removed[0].reason, "prompt");
    }

    #[test]
    fn a_menu_printed_on_one_line_is_no_item_of_a_page() {
        let menu = "Help Center, Disputes & Reports, Return Policy, Report Infringement, Sitemap, Terms of Use";
        assert!(is_menu_line(menu));
        assert!(is_menu_line(
            "Privacy Policy | Terms | Cookie Settings | Accessibility | Contact"
        ));
        for other in [
            "Organic cotton wrap dress in rust",
            "Ships in two days, free returns, gift wrapping",
            "Our guide covers treadmills, ellipticals, rowers, bikes and a few accessories you will want at home",
        ] {
            assert!(!is_menu_line(other), "{other}");
        }
        let ls = lines(&[
            "Shop",
            menu,
            "Categories",
            "All Popular, Product, Promotion, Low Price, Great Value, Reviews, Blog",
            "Alibaba Group",
            "Russian, Portuguese, Spanish, French, German, Italian, Dutch",
        ]);
        assert!(ls[1].value(Lenience::Lenient) < 0.0);
        assert_eq!(story_window(&ls, Lenience::Lenient), None);
    }

    #[test]
    fn a_grid_of_products_with_their_specifications_is_priced() {
        let mut texts = vec!["Running Shoes", "Sort: Best Match"];
        for (name, price) in [
            (
                "Clifton 10 Road-Running Shoes - Women's",
                "$124.93 - $155.00",
            ),
            ("Launch 11 Road-Running Shoes - Women's", "$94.73"),
            ("Bondi 9 Road-Running Shoes - Men's", "$140.93 - $175.00"),
        ] {
            texts.extend([
                "Top Rated",
                name,
                price,
                "133 reviews with an average rating of 4.6 out of 5 stars",
                "Heel to Toe Drop:",
                "8 mm",
                "Cushioning:",
                "Maximum",
                "Support:",
                "Neutral",
                "Footwear Width:",
                "Regular, Wide",
            ]);
        }
        let ls = lines(&texts);
        assert_eq!(priced_items(&ls), [4, 16, 28]);
    }

    #[test]
    fn a_count_of_comments_under_every_teaser_closes_no_story() {
        let ls = lines(&[
            "Building brains for bulldozers",
            "1 comment",
            "What's new at the forum: March 2026",
            "0 comments",
            "Mind the gap: closing the trust gap for developers",
            "2 comments",
        ]);
        assert_eq!(closed_again(&ls), [1, 3]);
    }
}
