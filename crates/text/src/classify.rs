//! What one line of page text is, judged by its own signals: length and sentence shape,
//! capitalisation, list markers, caption credits and the chrome phrases HTML extraction
//! knows too (shared with it through `copydesk_content::text`).

use aho_corasick::AhoCorasick;
use copydesk_content::text::{
    CHROME_LINES, RECOMMENDATION_HEADINGS, RELATED_HEADINGS, fold, is_author_box_paragraph,
    is_call_to_action_lower, is_chrome_folded, is_credit_line, is_forum_meta_lower, is_promo_lower,
    is_related_folded, may_be_related_lower, quick_case, split_credit,
};
use std::sync::LazyLock;

/// Why a line is not part of the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chrome {
    /// "- Advertisement -", "Anzeige".
    Ad,
    /// "Share this article", "Subscribe to our newsletter", "Follow us on …".
    Prompt,
    /// Cookie and consent notices.
    Cookie,
    /// "© 2024 …", "All rights reserved".
    Copyright,
    /// "Related articles", "You may also like": a heading over links to other pages.
    Related,
    /// "Read more: …", "See also: …": one promoted link inside a story.
    Promo,
    /// "Comments", "Leave a reply", forum furniture.
    Comments,
    /// "About the Author", alone over a biography or opening one: the story is over.
    Author,
    /// Anything else the chrome vocabulary names ("Menu", "Skip to content").
    Boilerplate,
    /// The furniture between a thread's posts: member statistics, post dates.
    Furniture,
    /// A short line that returns around every post of a thread (a rank, a post count,
    /// "Quote"): it neither earns nor costs.
    Post,
    /// A long line that opens like an earlier one: the story again (a hidden copy, a
    /// newsletter version, a pull quote).
    Repeat,
    /// Paragraphs of the story printed again in the same order (its copy for another
    /// screen).
    Copy,
}

impl Chrome {
    /// The reason written into the record's `removed` list.
    pub fn reason(self) -> &'static str {
        match self {
            Chrome::Ad => "ad",
            Chrome::Prompt => "prompt",
            Chrome::Cookie => "cookie",
            Chrome::Copyright => "copyright",
            Chrome::Related => "related",
            Chrome::Promo => "promo",
            Chrome::Comments => "comments",
            Chrome::Author => "author",
            Chrome::Boilerplate => "boilerplate",
            Chrome::Repeat | Chrome::Copy => "repeat",
            Chrome::Furniture | Chrome::Post => "forum",
        }
    }

    /// True for a line that closes the story: what follows it is other pages or readers.
    pub fn ends_story(self) -> bool {
        matches!(self, Chrome::Related | Chrome::Comments | Chrome::Author)
    }
}

/// Folded forms of ad markers.
const AD_MARKERS: &[&str] = &[
    "advertisement",
    "advertisements",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "sponsoredcontent",
    "anzeige",
    "werbung",
    "publicidad",
    "publicité",
    "pubblicità",
    "reklama",
    "storycontinuesbelowadvertisement",
    "articlecontinuesbelow",
    "continuereadingbelow",
];

/// Folded openers of comment sections.
const COMMENT_OPENERS: &[&str] = &[
    "comments",
    "comment",
    "leaveareply",
    "leaveacomment",
    "postacomment",
    "addacomment",
    "jointhediscussion",
    "jointheconversation",
    "kommentare",
    "kommentar",
    "commentaires",
    "comentarios",
    "commenti",
    "reacties",
    // A comment form's heading.
    "lasciauncommento",
    "lasciaunarisposta",
    "laisseruncommentaire",
    "dejauncomentario",
    "deixeumcomentário",
    "schreibeeinenkommentar",
    "добавитькомментарий",
    "оставитькомментарий",
    "комментарии",
];

/// Folded links that cancel a reply, printed after a comment form's heading ("Leave a Reply
/// Cancel reply").
const CANCEL_REPLY: &[&str] = &[
    "cancelreply",
    "annullarisposta",
    "annulerlaréponse",
    "cancelarrespuesta",
    "cancelarresposta",
    "antwortabbrechen",
    "отменитьответ",
];

/// True when `folded` is a phrase of [`COMMENT_OPENERS`], perhaps with a link of
/// [`CANCEL_REPLY`] after it.
fn opens_comments(folded: &str) -> bool {
    let opener = CANCEL_REPLY
        .iter()
        .find_map(|c| folded.strip_suffix(c).filter(|o| !o.is_empty()))
        .unwrap_or(folded);
    COMMENT_OPENERS.contains(&opener)
}

/// The longest line any chrome rule looks at (characters): longer lines are prose.
const LONGEST_CHROME: usize = 400;
/// The longest line read as a prompt, promotion or notice other than a consent notice.
const LONGEST_PROMPT: usize = 250;

/// The chrome kind of `line`, if the line is chrome.
pub fn chrome(line: &str) -> Option<Chrome> {
    chrome_in(line, line.chars().count(), &mut String::new())
}

/// [`chrome`] for a line of `chars` characters, lower-casing the line into `lower` (a buffer
/// used again for every line of a page saves an allocation per line).
pub(crate) fn chrome_in(line: &str, chars: usize, lower: &mut String) -> Option<Chrome> {
    if is_author_box_paragraph(line) {
        return Some(Chrome::Author);
    }
    if chars > LONGEST_CHROME {
        return None;
    }
    // Folded and lower-cased once, for every rule below; folded only when the folded line
    // may be one of the phrases the rules look for.
    let folded = (chars <= 80 && may_fold_to_phrase(line)).then(|| fold(line));
    if let Some(f) = folded.as_deref() {
        if AD_MARKERS.contains(&f) {
            return Some(Chrome::Ad);
        }
        let unnumbered = f.trim_start_matches(|c: char| c.is_ascii_digit());
        if opens_comments(unnumbered) {
            return Some(Chrome::Comments);
        }
    }
    if chars > LONGEST_PROMPT {
        // Past prompt length only a consent notice is left to find; a line that names no
        // cookie or consent in any usual case is not lower-cased for it.
        if !COOKIE_WORDS.is_match(line) {
            return None;
        }
        lower_into(line, lower);
        return is_cookie_notice(lower).then_some(Chrome::Cookie);
    }
    lower_into(line, lower);
    let lower = lower.as_str();
    let digits = line.bytes().any(|b| b.is_ascii_digit());
    if chars <= 120
        && ((digits && counts_replies(lower))
            || counts_thoughts(lower)
            || is_commenter_line(lower)
            || (chars <= COMMENT_WIDGET && is_comment_widget(lower)))
    {
        return Some(Chrome::Comments);
    }
    if is_cookie_notice(lower) {
        return Some(Chrome::Cookie);
    }
    if chars <= 200
        && (lower.starts_with('©') || lower.starts_with("copyright") || reserves_rights(lower))
    {
        return Some(Chrome::Copyright);
    }
    // Lines of more than 80 characters are too long for the folded rules.
    let folded_is =
        |rule: fn(usize, &str) -> bool| folded.as_deref().is_some_and(|f| rule(chars, f));
    // A box's heading that names its contents or ends in its link is no phrase of the
    // prefilter; lines that may be one are folded here.
    let related = match folded.as_deref() {
        Some(f) => is_related_folded(chars, f),
        None => chars <= 60 && may_be_related_lower(lower) && is_related_folded(chars, &fold(line)),
    };
    // A shop's box of other products ("Customers also bought") closes the product's page
    // as a box of other stories closes a story.
    if related
        || folded
            .as_deref()
            .is_some_and(|f| RECOMMENDATION_HEADINGS.contains(&f))
    {
        return Some(Chrome::Related);
    }
    if is_promo_lower(chars, lower) {
        return Some(Chrome::Promo);
    }
    if is_forum_navigation(lower, folded.as_deref()) {
        return Some(Chrome::Boilerplate);
    }
    if is_call_to_action_lower(chars, lower) || is_share_line(lower) {
        return Some(Chrome::Prompt);
    }
    if is_forum_meta_lower(line, lower) {
        return Some(Chrome::Furniture);
    }
    if folded_is(is_chrome_folded) {
        return Some(Chrome::Boilerplate);
    }
    // A post's signature and a member's badges are dated or counted: lines without a
    // figure are passed over.
    (digits && chars <= SIGNATURE_LINE && is_signature_or_badges(lower))
        .then_some(Chrome::Furniture)
}

/// True when `lower` says all rights are reserved, in one of a few languages. Every phrase
/// holds "rv" ("reserved", "réservés", "reservados") or opens "vorbehalten" at a `v`, which
/// most lines lack: they are not searched for the phrases.
fn reserves_rights(lower: &str) -> bool {
    let b = lower.as_bytes();
    memchr::memchr_iter(b'v', b)
        .any(|at| (at > 0 && b[at - 1] == b'r') || b[at..].starts_with(b"vorbehalten"))
        && (lower.contains("all rights reserved")
            || lower.contains("alle rechte vorbehalten")
            || lower.contains("tous droits réservés")
            || lower.contains("todos los derechos reservados"))
}

/// True for a post's signature line or a member's badge counts (`lower`, lower-cased); kept
/// out of line, as few lines get this far.
#[inline(never)]
fn is_signature_or_badges(lower: &str) -> bool {
    signature_verb(lower).is_some() || is_badge_count(lower)
}

/// Verbs that open the signature line of a post in a thread of questions and answers
/// ("asked Aug 5, 2016 at 4:16", "answered 3 years ago", "Commented Aug 28, 2016 at 19:36").
const SIGNATURE_VERBS: &[&str] = &["asked", "answered", "edited", "commented", "replied"];

/// The longest line read as a post's signature (characters).
const SIGNATURE_LINE: usize = 60;

/// The verb of a post's signature line `line` (in any case): one of [`SIGNATURE_VERBS`]
/// before a date or a time ago, and nothing else.
pub(crate) fn signature_verb(line: &str) -> Option<&'static str> {
    let verb = signature_word(line)?;
    let rest = line[verb.len()..].trim();
    let dated = rest.ends_with(" ago")
        || (rest.bytes().any(|b| b.is_ascii_digit())
            && copydesk_meta::text_lines::date_line(rest, None).is_some());
    dated.then_some(verb)
}

/// The verb of [`SIGNATURE_VERBS`] that `line` opens with (in any case), before a space.
pub(crate) fn signature_word(line: &str) -> Option<&'static str> {
    let b = line.as_bytes();
    // Most lines are ruled out by their first letter.
    if !matches!(b.first()?.to_ascii_lowercase(), b'a' | b'c' | b'e' | b'r') {
        return None;
    }
    SIGNATURE_VERBS
        .iter()
        .copied()
        .find(|v| b.get(v.len()) == Some(&b' ') && b[..v.len()].eq_ignore_ascii_case(v.as_bytes()))
}

/// True for a member's badge counts under a post ("1,08733 gold badges1818 silver badges").
fn is_badge_count(lower: &str) -> bool {
    lower.ends_with(" badges") || lower.ends_with(" badge")
}

/// Writes `line.to_lowercase()` into `out`, in place of what it held, reusing the buffer: the
/// line copied and its ASCII letters lowered in one pass, which is the whole lower case unless
/// a letter beyond ASCII is a capital; such a line is lowered character by character (and one
/// with a capital sigma, whose lower case depends on where it stands in its word, by
/// `str::to_lowercase`).
fn lower_into(line: &str, out: &mut String) {
    out.clear();
    let capital_beyond_ascii = line.bytes().position(|b| !b.is_ascii()).is_some_and(|at| {
        line[at..].chars().any(|c| {
            !c.is_ascii()
                && match quick_case(c) {
                    Some((lower, _)) => lower != c,
                    None => c.is_uppercase(),
                }
        })
    });
    if !capital_beyond_ascii {
        out.push_str(line);
        out.make_ascii_lowercase();
    } else if line.contains('Σ') {
        out.push_str(&line.to_lowercase());
    } else {
        for c in line.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
                continue;
            }
            match quick_case(c) {
                Some((lower, _)) => out.push(lower),
                None => out.extend(c.to_lowercase()),
            }
        }
    }
}

/// True when `fold(line)` may be a phrase of [`AD_MARKERS`], [`COMMENT_OPENERS`] (after a
/// count, perhaps with a link of [`CANCEL_REPLY`] after it), [`FORUM_NAVIGATION`], [`CHROME_LINES`], [`RELATED_HEADINGS`] or
/// [`RECOMMENDATION_HEADINGS`], or is empty: its
/// hash, taken without building it, falls where one of theirs does.
fn may_fold_to_phrase(line: &str) -> bool {
    let hashes = FoldHashes::of(line);
    hashes.empty
        || FOLDED_PHRASES.may_hold(hashes.whole)
        || FOLDED_PHRASES.may_hold(hashes.unnumbered)
}

/// The phrases [`may_fold_to_phrase`] looks for, as a set of hashes.
static FOLDED_PHRASES: LazyLock<HashBits> = LazyLock::new(|| {
    let mut bits = HashBits([0; 64]);
    AD_MARKERS
        .iter()
        .chain(COMMENT_OPENERS)
        .chain(FORUM_NAVIGATION)
        .chain(CHROME_LINES)
        .chain(RELATED_HEADINGS)
        .chain(RECOMMENDATION_HEADINGS)
        .for_each(|p| bits.insert(FoldHashes::of(p).whole));
    for opener in COMMENT_OPENERS {
        for cancel in CANCEL_REPLY {
            bits.insert(FoldHashes::of(&format!("{opener}{cancel}")).whole);
        }
    }
    bits
});

/// A set of hashes that may answer yes wrongly, never no wrongly: one bit for every value of
/// a hash's top 12 bits (a few hundred phrases leave most bits clear).
struct HashBits([u64; 64]);

impl HashBits {
    /// The word and the bit of `hash`.
    fn place(hash: u64) -> (usize, u64) {
        let top = (hash >> 52) as usize;
        (top / 64, 1 << (top % 64))
    }

    fn insert(&mut self, hash: u64) {
        let (word, bit) = Self::place(hash);
        self.0[word] |= bit;
    }

    fn may_hold(&self, hash: u64) -> bool {
        let (word, bit) = Self::place(hash);
        self.0[word] & bit != 0
    }
}

/// FNV-1a hashes of a line's [`fold`], taken character by character.
struct FoldHashes {
    /// The hash of the whole folded line.
    whole: u64,
    /// The hash of the folded line without its leading digits (a count: "12 Comments").
    unnumbered: u64,
    /// The folded line is empty.
    empty: bool,
}

impl FoldHashes {
    fn of(line: &str) -> FoldHashes {
        const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
        const PRIME: u64 = 0x0100_0000_01b3;
        let (mut whole, mut unnumbered) = (OFFSET, OFFSET);
        // Bytes of the folded line so far, and how many of them are its leading digits.
        let (mut folded, mut lead) = (0usize, 0usize);
        let mut add = |b: u8| {
            whole = (whole ^ u64::from(b)).wrapping_mul(PRIME);
            if lead == folded && b.is_ascii_digit() {
                lead += 1;
            } else if lead > 0 {
                // Without leading digits the two hashes are one, taken once (below).
                unnumbered = (unnumbered ^ u64::from(b)).wrapping_mul(PRIME);
            }
            folded += 1;
        };
        let mut utf8 = [0; 4];
        let bytes = line.as_bytes();
        let mut i = 0;
        // Byte by byte through ASCII (most text), a character at a time through the rest.
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                let f = ASCII_FOLD[usize::from(b)];
                if f != 0 {
                    add(f);
                }
                i += 1;
                continue;
            }
            let Some(c) = line[i..].chars().next() else {
                break;
            };
            match quick_case(c) {
                Some((lower, true)) => lower.encode_utf8(&mut utf8).bytes().for_each(&mut add),
                Some((_, false)) => {}
                None if c.is_alphanumeric() => {
                    for lower in c.to_lowercase() {
                        lower.encode_utf8(&mut utf8).bytes().for_each(&mut add);
                    }
                }
                None => {}
            }
            i += c.len_utf8();
        }
        FoldHashes {
            whole,
            unnumbered: if lead == 0 { whole } else { unnumbered },
            empty: folded == 0,
        }
    }
}

/// What [`fold`] keeps of each ASCII byte: a letter lower-cased, a digit, or nothing (0).
const ASCII_FOLD: [u8; 128] = {
    let mut table = [0; 128];
    let mut b: u8 = 0;
    while b < 128 {
        if b.is_ascii_alphanumeric() {
            table[b as usize] = b.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Words that count readers' replies: "34 Comments", "12 responses to …".
const REPLY_WORDS: &[&str] = &[
    "comments",
    "comment",
    "responses",
    "response",
    "replies",
    "reply",
    "kommentare",
    "commentaires",
    "comentarios",
    "commenti",
    "reacties",
];

/// True for a line that counts the replies below a story ("34 responses to “…”",
/// "Permalink 34 Comments Feed").
fn counts_replies(lower: &str) -> bool {
    if lower.trim_end().ends_with('.') {
        return false;
    }
    let mut words = lower.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let count_then_reply = |count: &str, word: &str| {
        count.bytes().all(|b| b.is_ascii_digit())
            && REPLY_WORDS.contains(&word.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    count_then_reply(first, second)
        || words
            .next()
            .is_some_and(|third| count_then_reply(second, third))
}

/// True for the heading over a blog's comments: "6 thoughts on “…”", "One thought on “…”".
fn counts_thoughts(lower: &str) -> bool {
    if !(lower.starts_with("one ") || lower.starts_with(|c: char| c.is_ascii_digit())) {
        return false;
    }
    let mut words = lower.split_whitespace();
    let (Some(count), Some(thoughts), Some(on)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    (count == "one" || count.bytes().all(|b| b.is_ascii_digit()))
        && matches!(thoughts, "thought" | "thoughts")
        && on == "on"
}

/// The longest line [`is_comment_widget`] looks at (characters).
const COMMENT_WIDGET: usize = 40;

/// True for a comment system's own line: "blog comments powered by Disqus", "Comments are
/// closed.".
fn is_comment_widget(lower: &str) -> bool {
    lower.contains("comments powered by") || lower.trim_end_matches('.') == "comments are closed"
}

/// True for the line that names a commenter: "joetoronto says:", "Jane Doe schreibt:".
fn is_commenter_line(lower: &str) -> bool {
    const CUES: &[&str] = &[
        " says:",
        " said:",
        " schreibt:",
        " dice:",
        " dit :",
        " dit:",
    ];
    lower.len() <= 60 && CUES.iter().any(|c| lower.ends_with(c))
}

/// "cookie" and "consent", in any ASCII case: the words [`is_cookie_notice`] needs.
static COOKIE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["cookie", "consent"])
        .expect("the cookie words build an automaton")
});

/// True when `lower` holds "cookie" or "consent": one search for their first letter, not a
/// search for each word (on the short lines this runs on, cheaper than [`COOKIE_WORDS`]'s
/// case-blind automaton, which the long lines use before they are lower-cased).
fn names_cookie_or_consent(lower: &str) -> bool {
    let b = lower.as_bytes();
    memchr::memchr_iter(b'c', b).any(|at| {
        let rest = &b[at + 1..];
        rest.starts_with(b"ookie") || rest.starts_with(b"onsent")
    })
}

/// A consent notice: it names cookies or consent and the site's use of them (an article
/// about baking cookies does not say "we use" or "accept").
fn is_cookie_notice(lower: &str) -> bool {
    const CONTEXT: &[&str] = &[
        "we use",
        "this site",
        "this website",
        "our site",
        "our website",
        "accept",
        "privacy",
        "browsing",
        "partners",
        "verwenden",
        "utilisons",
        "utilizamos",
        "utilizziamo",
        "usiamo",
    ];
    names_cookie_or_consent(lower) && CONTEXT.iter().any(|c| lower.contains(c))
}

/// Folded navigation lines of forum software ("Jump to", "Who is online", "Post Reply").
const FORUM_NAVIGATION: &[&str] = &[
    "jumpto",
    "whoisonline",
    "postreply",
    "boardindex",
    "markforumsread",
    "newtopic",
    "quickreply",
];

/// True for a forum's navigation line: a phrase of [`FORUM_NAVIGATION`], "Return to …", or
/// "Users browsing this forum: …".
fn is_forum_navigation(lower: &str, folded: Option<&str>) -> bool {
    folded.is_some_and(|f| FORUM_NAVIGATION.contains(&f))
        || lower.starts_with("return to ")
        || lower.starts_with("users browsing this forum")
}

/// "Share this article", "Share on Facebook", "Tweet", "Email", "Print".
fn is_share_line(lower: &str) -> bool {
    lower.len() <= 60
        && (lower.starts_with("share ")
            || lower == "share"
            || lower == "tweet"
            || lower == "print"
            || lower == "email"
            || lower.starts_with("teilen")
            || lower.starts_with("partager"))
}

/// A caption with its credit, when `line` reads as one: a credit closes it
/// ("… in Kazan on Thursday. [REUTERS]") or the line is only a credit.
pub fn caption(line: &str) -> Option<(String, String)> {
    if line.len() > 4 * LONGEST_CHROME || !may_end_in_credit(line) {
        return None;
    }
    let (text, credit) = split_credit(line);
    let credit = credit?;
    if text.is_empty() && !is_credit_line(line) {
        return None;
    }
    Some((text, credit))
}

/// A cheap test before the credit split: the line ends in a bracket, or its last words
/// name a picture or a credit.
fn may_end_in_credit(line: &str) -> bool {
    if line.ends_with([']', ')']) {
        return true;
    }
    let mut start = line.len().saturating_sub(80);
    while !line.is_char_boundary(start) {
        start += 1;
    }
    CREDIT_STEMS.is_match(&line[start..])
}

/// Words that name a picture or a credit, in any case. The stems are ASCII (but `©`) with no
/// `k` and no final `i`, so ASCII case folding finds them wherever lower-casing the line would
/// (the only other characters that lower-case to ASCII are the Kelvin sign and a dotted `İ`).
static CREDIT_STEMS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    const STEMS: &[&str] = &[
        "photo", "foto", "credit", "image", "picture", "bild", "source", "©",
    ];
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(STEMS)
        .expect("the credit stems build an automaton")
});

/// A list item's text when `line` opens with a bullet, a check mark or a number ("• ", "- ",
/// "✅ ", "3. ").
pub fn list_item(line: &str) -> Option<(&str, bool)> {
    // Every bullet but "- " and "* " opens with a byte beyond ASCII: most lines are passed
    // over by their first byte.
    let first = line.bytes().next().unwrap_or_default();
    if !first.is_ascii() || matches!(first, b'-' | b'*') {
        for bullet in [
            "• ", "· ", "- ", "– ", "* ", "▪ ", "► ", "● ", "◦ ", "■ ", "▶ ", "➤ ", "✓ ", "✔ ",
            "✔️ ", "✅ ", "☑ ", "☑️ ",
        ] {
            if let Some(rest) = line.strip_prefix(bullet) {
                return Some((rest, false));
            }
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &line[digits..];
        if let Some(item) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some((item, true));
        }
    }
    None
}

/// Characters, words (split at white space) and words opening in lower case in `line`, in
/// one pass: eight ASCII bytes at a time where it can ([`AsciiWord`]), other characters one
/// by one, decoded.
fn count(line: &str) -> (usize, usize, usize) {
    let b = line.as_bytes();
    let (mut chars, mut words, mut lower) = (0usize, 0usize, 0usize);
    let mut after_space = true;
    let mut i = 0;
    while i < b.len() {
        if let Some(eight) = b.get(i..i + 8).and_then(AsciiWord::of) {
            // The bytes that follow a space: the space bits moved up one byte, and the first
            // byte's bit from the character before these eight.
            let before = (eight.space << 8) | if after_space { 0x80 } else { 0 };
            let opens = before & !eight.space & HIGH;
            chars += 8;
            words += bytes_set(opens);
            lower += bytes_set(opens & eight.lower);
            after_space = eight.space >> 63 == 1;
            i += 8;
            continue;
        }
        let (space, lower_case, len) = match b[i] {
            c if c.is_ascii() => (
                matches!(c, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r'),
                c.is_ascii_lowercase(),
                1,
            ),
            _ => match line[i..].chars().next() {
                Some(c) => (c.is_whitespace(), c.is_lowercase(), c.len_utf8()),
                None => break,
            },
        };
        // Counted without branching: word boundaries come too often to predict.
        let opens = after_space & !space;
        chars += 1;
        words += usize::from(opens);
        lower += usize::from(opens & lower_case);
        after_space = space;
        i += len;
    }
    (chars, words, lower)
}

/// How many bytes of `bits` have their top bit set (no other bit may be): the bits moved to
/// the bottom of their bytes and summed into the top byte by one multiplication (cheaper than
/// `count_ones` without a population-count instruction).
fn bytes_set(bits: u64) -> usize {
    ((bits >> 7).wrapping_mul(LOW) >> 56) as usize
}

/// The top bit of every byte of a `u64`.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// The low bit of every byte of a `u64`.
const LOW: u64 = 0x0101_0101_0101_0101;

/// Eight ASCII bytes read as one number, and which of them (the top bit of each byte) are
/// white space and lower-case letters. Every byte is below 0x80, so no sum or difference below
/// carries into the next byte.
struct AsciiWord {
    /// ASCII white space (as `char::is_whitespace` has it): space, tab to carriage return.
    space: u64,
    /// `a` to `z`.
    lower: u64,
}

impl AsciiWord {
    /// The word of `bytes` (eight of them), when all are ASCII.
    fn of(bytes: &[u8]) -> Option<AsciiWord> {
        let w = u64::from_le_bytes(bytes.try_into().ok()?);
        if w & HIGH != 0 {
            return None;
        }
        // The top bit of each byte that is at least `n`.
        let at_least = |n: u64| (w | HIGH).wrapping_sub(n * LOW) & HIGH;
        // The top bit of each byte that is zero in `x`.
        let zero = |x: u64| !(((x & !HIGH) + !HIGH) | x) & HIGH;
        let blank = zero(w ^ (0x20 * LOW));
        let control = at_least(0x09) & !at_least(0x0E);
        Some(AsciiWord {
            space: blank | control,
            lower: at_least(0x61) & !at_least(0x7B),
        })
    }
}

/// The shape of a line's text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shape {
    /// Characters.
    pub chars: usize,
    /// Words (whitespace-separated).
    pub words: usize,
    /// Ends like a sentence: full stop, question or exclamation mark (quotes after them
    /// allowed), in any script.
    pub sentence: bool,
    /// Ends with a full stop (or a colon): a statement, which a headline rarely is, while
    /// a question or an exclamation often is one.
    pub full_stop: bool,
    /// Share of the words that open in lower case: high in prose, low in titles and menus.
    pub lower_share: f32,
    /// Most of the line is in a script written without spaces between words (Chinese,
    /// Japanese, Thai), not a long token such as a link or a line of code.
    pub unspaced_script: bool,
}

/// True for a character of a script written without spaces between words.
fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'   // Thai, Lao
        | '\u{3040}'..='\u{30FF}' // kana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK ideographs
        | '\u{F900}'..='\u{FAFF}') // CJK compatibility ideographs
}

impl Shape {
    /// Measures `line`.
    pub fn of(line: &str) -> Shape {
        let (chars, words, lower) = count(line);
        let end = line
            .trim_end_matches(['"', '\'', '”', '’', '»', ')', '」', '』'])
            .chars()
            .next_back();
        Shape {
            chars,
            words,
            sentence: matches!(end, Some('.' | '!' | '?' | '…' | '。' | '！' | '？' | ':')),
            full_stop: matches!(end, Some('.' | '…' | '。' | ':')),
            lower_share: if words == 0 {
                0.0
            } else {
                lower as f32 / words as f32
            },
            // Only a line of long "words" is looked at character by character.
            unspaced_script: words > 0
                && chars / words > 20
                && 2 * line.chars().filter(|&c| is_unspaced_script(c)).count() > chars,
        }
    }

    /// True for scripts written without spaces between words (Chinese, Japanese, Thai):
    /// there a line's length is its measure, not its word count.
    pub fn unspaced(&self) -> bool {
        self.words > 0 && self.chars / self.words > 20
    }

    /// The line's length in Latin characters' worth: a character of a script written
    /// without spaces holds about a word, three Latin characters.
    pub fn measure(&self) -> usize {
        if self.unspaced_script {
            3 * self.chars
        } else {
            self.chars
        }
    }

    /// True when the line reads as running prose: a sentence, or a long run of mostly
    /// lower-case words (a paragraph that lost its full stop).
    pub fn is_prose(&self) -> bool {
        let measure = self.measure();
        (measure >= 60 && self.sentence)
            || (measure >= 120 && (self.lower_share >= 0.5 || self.unspaced()))
    }

    /// True when the line could be a title or a heading: a few words, not a sentence.
    pub fn is_title_like(&self) -> bool {
        (2..=25).contains(&self.words) && self.chars <= 160 && !self.ends_like_prose()
    }

    fn ends_like_prose(&self) -> bool {
        self.full_stop && self.lower_share > 0.6
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_posts_signature_and_badges_are_a_threads_furniture() {
        for line in [
            "asked Aug 5, 2016 at 4:16",
            "answered 3 years ago",
            "Commented Aug 28, 2016 at 19:36",
            "edited Jul 21, 2020 at 0:25",
            "1,08733 gold badges1818 silver badges3232 bronze badges",
        ] {
            assert_eq!(chrome(line), Some(Chrome::Furniture), "{line}");
        }
        for line in [
            "She answered the door on May 5, 2016 at noon, and the police came in.",
            "Answered prayers",
        ] {
            assert_eq!(chrome(line), None, "{line}");
        }
    }

    #[test]
    fn a_shops_box_of_other_products_closes_the_page() {
        for heading in [
            "Customers also bought",
            "Related items to explore",
            "Frequently Bought Together",
            "More like this",
        ] {
            assert_eq!(chrome(heading), Some(Chrome::Related), "{heading}");
        }
        assert_eq!(chrome("More like this one, please"), None);
    }

    #[test]
    fn chrome_kinds() {
        assert_eq!(chrome("- Advertisement -"), Some(Chrome::Ad));
        assert_eq!(chrome("12 Comments"), Some(Chrome::Comments));
        assert_eq!(
            chrome("34 responses to “We needed to win this game”"),
            Some(Chrome::Comments)
        );
        assert_eq!(chrome("joetoronto says:"), Some(Chrome::Comments));
        assert_eq!(
            chrome("6 thoughts on “How to Adopt an Online Leader Success Mindset”"),
            Some(Chrome::Comments)
        );
        assert_eq!(
            chrome("One thought on “Tram line approved”"),
            Some(Chrome::Comments)
        );
        assert_eq!(
            chrome("blog comments powered by Disqus"),
            Some(Chrome::Comments)
        );
        assert_eq!(chrome("Comments are closed."), Some(Chrome::Comments));
        for form in [
            "Leave a Reply Cancel reply",
            "Lascia un commento Annulla risposta",
            "Laisser un commentaire Annuler la réponse",
            "Добавить комментарий Отменить ответ",
            "Schreibe einen Kommentar Antwort abbrechen",
        ] {
            assert_eq!(chrome(form), Some(Chrome::Comments), "{form}");
        }
        assert_eq!(chrome("Threads 4 Thought"), None);
        assert_eq!(
            chrome("One thought kept the mayor awake: the cost of the line."),
            None
        );
        assert_eq!(
            chrome("The 34 comments he made were noted by the committee."),
            None
        );
        assert_eq!(
            chrome("We use cookies to improve your experience. Accept all"),
            Some(Chrome::Cookie)
        );
        assert_eq!(
            chrome(
                "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito. Se continui ad utilizzare questo sito noi assumiamo che tu ne sia felice."
            ),
            Some(Chrome::Cookie)
        );
        assert_eq!(
            chrome("© 2024 Valley Courier. All rights reserved."),
            Some(Chrome::Copyright)
        );
        for line in [
            "Valley Courier 2024. All Rights Reserved.",
            "Talblick Verlag – Alle Rechte vorbehalten",
            "Le Courrier, tous droits réservés",
            "El Correo. Todos los derechos reservados",
        ] {
            assert_eq!(chrome(line), Some(Chrome::Copyright), "{line}");
        }
        assert_eq!(chrome("The reserved seats are served first"), None);
        assert_eq!(chrome("Share this article"), Some(Chrome::Prompt));
        assert_eq!(
            chrome("READ MORE: Plague outbreak in the north"),
            Some(Chrome::Promo)
        );
        assert_eq!(chrome("Related articles"), Some(Chrome::Related));
        assert_eq!(chrome("To Read the Full Story"), Some(Chrome::Boilerplate));
        assert_eq!(chrome("Subscribe Sign In"), Some(Chrome::Boilerplate));
        assert_eq!(chrome("Most Popular Videos"), Some(Chrome::Related));
        assert_eq!(chrome("Recent Articles"), Some(Chrome::Related));
        assert_eq!(chrome("Latest posts"), Some(Chrome::Related));
        assert_eq!(chrome("Keep Reading"), Some(Chrome::Related));
        assert_eq!(chrome("Recommended Reading"), Some(Chrome::Related));
        assert_eq!(chrome("Featured Video View all"), None);
        assert_eq!(chrome("Most Popular View all"), Some(Chrome::Related));
        assert_eq!(chrome("More stories from the valley"), None);
        assert_eq!(
            chrome("The council voted on Wednesday to build the line."),
            None
        );
        assert_eq!(
            chrome("Bake the cookies for twelve minutes, until the edges turn golden."),
            None
        );
    }

    #[test]
    fn fold_hashes_are_the_hashes_of_the_folded_line() {
        let fnv = |s: &str| {
            s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            })
        };
        for line in [
            "12 Comments",
            "Leave a Reply Cancel reply",
            "2024",
            "",
            "— • —",
            "Добавить комментарий",
            "3 Ответа на «Über»",
            "Café 7 Naïve",
        ] {
            let folded = fold(line);
            let h = FoldHashes::of(line);
            assert_eq!(h.whole, fnv(&folded), "{line}");
            assert_eq!(
                h.unnumbered,
                fnv(folded.trim_start_matches(|c: char| c.is_ascii_digit())),
                "{line}"
            );
            assert_eq!(h.empty, folded.is_empty(), "{line}");
        }
    }

    #[test]
    fn lines_lower_case_as_str_does() {
        let mut buffer = String::from("left over");
        for line in [
            "Share This Article",
            "ÜBER UNS",
            "ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ",
            "İstanbul’da “Haber” Merkezi",
            "Kelvin K",
            "Café “Naïve” Menu – Open Daily",
            "ПОЛИТИКА Ёлки – Москва",
            "",
        ] {
            lower_into(line, &mut buffer);
            assert_eq!(buffer, line.to_lowercase());
        }
        assert!(is_cookie_notice("our site uses cookies"));
        assert!(is_cookie_notice("manage consent: accept all"));
        assert!(!is_cookie_notice("we use a cook's knife and accept it"));
    }

    #[test]
    fn captions_lists_and_shapes() {
        assert_eq!(
            caption("Putin speaks in Kazan on Thursday. [REUTERS]"),
            Some((
                "Putin speaks in Kazan on Thursday.".into(),
                "REUTERS".into()
            ))
        );
        assert_eq!(caption("A quiet street (in May)"), None);
        assert_eq!(list_item("• Bring water"), Some(("Bring water", false)));
        assert_eq!(list_item("2. Boil it"), Some(("Boil it", true)));
        assert_eq!(
            list_item("✅ Sending a note to dormant subscribers"),
            Some(("Sending a note to dormant subscribers", false))
        );
        assert_eq!(list_item("2024. A year"), None);
        let prose = Shape::of(
            "The council voted late on Wednesday to build a light rail line to the hospital.",
        );
        assert!(prose.is_prose() && !prose.is_title_like());
        let title = Shape::of("Tram line approved after a night of debate");
        assert!(title.is_title_like() && !title.is_prose());
        // A Japanese sentence of thirty characters says as much as a Latin one of ninety.
        assert!(
            Shape::of("報道によると、今回販売されたのは、いわゆる「脱獄」したiPhoneです。")
                .is_prose()
        );
        // A long link is one long word, not a sentence in such a script.
        assert!(!Shape::of("https://example.org/transit/board/minutes/tram-vote.").is_prose());
    }

    #[test]
    fn counts_match_a_count_by_words() {
        let by_words = |line: &str| {
            let words = line.split_whitespace();
            let lower = words
                .clone()
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .count();
            (line.chars().count(), words.count(), lower)
        };
        let mut lines: Vec<String> = [
            "a\x0Bb  c\td",
            " Über alles ",
            "x y",
            "",
            "«élan»\u{a0}vital\u{2003}über\u{3000}東京 ok",
            "The council voted late on Wednesday; “it is done,” said the mayor of Zürich.",
        ]
        .map(String::from)
        .to_vec();
        // Every ASCII byte at every place of an eight-byte block, and across blocks.
        for c in (0u8..0x80).map(char::from) {
            for at in 0..10 {
                let mut line: String = "abcdefgh ijklmnop QRST uvw".chars().collect();
                line.insert(at, c);
                lines.push(line.clone());
                lines.push(line.to_uppercase());
                lines.push(format!(" {line}{c}{c}é"));
            }
        }
        for line in &lines {
            assert_eq!(count(line), by_words(line), "{line:?}");
        }
    }
}
