//! Text helpers: whitespace, chrome phrases, caption credits.

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use copydesk_parse::push_collapsed;
use std::sync::LazyLock;

/// Characters that render as nothing: soft hyphen, zero-width space and joiners, BOM.
const INVISIBLE: [char; 5] = ['\u{ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{feff}'];

/// Collapses whitespace runs to one space per line and drops empty lines; `\n` in `raw`
/// (from `<br>`) separates lines.
pub fn normalize(raw: &str) -> String {
    // Soft hyphens and zero-width characters are invisible: drop them so that words stay whole.
    let cleaned;
    let raw = if raw.contains(INVISIBLE) {
        cleaned = raw.replace(INVISIBLE, "");
        cleaned.as_str()
    } else {
        raw
    };
    let mut out = String::with_capacity(raw.len());
    let mut line = String::new();
    for raw_line in raw.split('\n') {
        line.clear();
        if push_collapsed(raw_line, &mut line) {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&line);
        }
    }
    out
}

/// Lower-cases and strips everything but letters and digits, for comparing short strings.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`]s `s` onto the end of `out` (a buffer used again and again saves allocations).
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        // The runs of letters and digits copied whole, then lower-cased in place.
        let start = out.len();
        let mut run = 0;
        for (i, b) in s.bytes().enumerate() {
            if !b.is_ascii_alphanumeric() {
                out.push_str(&s[run..i]);
                run = i + 1;
            }
        }
        out.push_str(&s[run..]);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        match quick_case(c) {
            Some((lower, true)) => out.push(lower),
            Some((_, false)) => {}
            None if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            None => {}
        }
    }
}

/// The lower case of `c` (one character) and whether `c` is a letter or a digit
/// (`char::is_alphanumeric`), when both are known without Unicode's tables: for ASCII,
/// Latin-1, the Cyrillic of U+0400–U+045F and the general punctuation of U+2000–U+206F,
/// which hold most characters of most pages. In these ranges a character is a capital
/// (`char::is_uppercase`) exactly when its lower case differs from it.
#[inline]
pub fn quick_case(c: char) -> Option<(char, bool)> {
    let shifted = |by: u32| char::from_u32(u32::from(c) + by).map(|lower| (lower, true));
    match u32::from(c) {
        0..=0x7F => Some((c.to_ascii_lowercase(), c.is_ascii_alphanumeric())),
        // Latin-1 signs: the feminine and masculine ordinals, the micro sign, the
        // superscript digits and the vulgar fractions are letters or digits.
        0x80..=0xBF => Some((
            c,
            matches!(c, 'ª' | '²' | '³' | 'µ' | '¹' | 'º' | '¼'..='¾'),
        )),
        0xD7 | 0xF7 => Some((c, false)),
        0xC0..=0xDE => shifted(0x20),
        0xDF..=0xFF => Some((c, true)),
        0x400..=0x40F => shifted(0x50),
        0x410..=0x42F => shifted(0x20),
        0x430..=0x45F => Some((c, true)),
        0x2000..=0x206F => Some((c, false)),
        _ => None,
    }
}

/// Whole-paragraph texts (folded) that are page chrome, in several languages.
pub const CHROME_LINES: &[&str] = &[
    // A paywall's prompts under a story's first paragraphs.
    "toreadthefullstory",
    "subscribesignin",
    "signinsubscribe",
    "subscribetocontinuereading",
    "subscribetoreadthefullstory",
    "subscribetoreadmore",
    "advertisement",
    "advert",
    "advertisements",
    "advertising",
    "sponsored",
    "sponsoredcontent",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
    "reklama",
    "реклама",
    "광고",
    "広告",
    "readmore",
    "continuereading",
    "shareonfacebook",
    "shareontwitter",
    "sharethisarticle",
    "sharethisstory",
    "sharethis",
    "share",
    "tweet",
    "email",
    "print",
    "printthispage",
    "printthisarticle",
    "printarticle",
    "comments",
    "leaveacomment",
    "relatedarticles",
    "relatedstories",
    "related",
    "recommended",
    "morefrom",
    "skiptocontent",
    "skipadvertisement",
    "signupforournewsletter",
    "subscribe",
    "subscribenow",
    "follow",
    "followus",
    "loading",
    "close",
    "menu",
    "search",
    "storycontinuesbelowadvertisement",
    "articlecontinuesbelow",
    "articlecontinuesbelowadvertisement",
    "contentcontinuesbelow",
    "continuereadingthemainstory",
    "weiterlesen",
    "lesensieauch",
    "mehrzumthema",
    "lireaussi",
    "kommentieren",
    "kommentareschreiben",
    "alleangabenohnegewähr",
    "überdenautor",
    "fragenandenautor",
    "beitragsbild",
    "titelbild",
    "quellenausblenden",
];

/// The longest chrome phrase line, in characters.
const CHROME_LINE_CHARS: usize = 60;

/// True when a short paragraph is nothing but a chrome phrase ("Advertisement", "Read more").
pub fn is_chrome_line(text: &str) -> bool {
    let chars = text.chars().count();
    chars <= CHROME_LINE_CHARS && is_chrome_folded(chars, &fold(text))
}

/// [`is_chrome_line`] for a line of `chars` characters, given its [`fold`]ed form.
pub fn is_chrome_folded(chars: usize, folded: &str) -> bool {
    chars <= CHROME_LINE_CHARS && (folded.is_empty() || CHROME_LINES.contains(&folded))
}

/// Openers of cross-promotion lines inside a story ("READ MORE: …", "SEE ALSO: …").
const PROMO_PREFIXES: &[&str] = &[
    "read more:",
    "read more :",
    "see more:",
    "see also:",
    "also read:",
    "read also:",
    "related:",
    "more:",
    "watch:",
    "recommended:",
    "don't miss:",
    "click here",
    "lea también",
    "le puede interesar",
    "vea también",
    "te puede interesar",
    "à lire aussi",
    "a lire aussi",
    "czytaj też",
    "czytaj także",
    "auch interessant",
    "schon gelesen",
    "zum weiterlesen",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "leggi anche",
    "potrebbe interessarti",
    "lesen sie auch:",
    "leia também:",
    "lire aussi :",
    "lire aussi:",
    "auch lesen",
    "lesen sie auch",
    "weitere beiträge",
    "das thema könnte",
    "mehr themen:",
    "*werbung",
    "anzeige, enthält",
];

/// The longest promotion line, in characters.
const PROMO_CHARS: usize = 200;

/// True for a short line that promotes another page ("READ MORE: Plague outbreak …").
pub fn is_promo_line(text: &str) -> bool {
    let chars = text.chars().count();
    if chars > PROMO_CHARS {
        return false;
    }
    // The longest opener is shorter than 40 characters: their lower case is enough.
    let head: String = text.chars().take(40).flat_map(char::to_lowercase).collect();
    is_promo_lower(chars, &head)
}

/// [`is_promo_line`] for a line of `chars` characters, given its lower case (or the lower
/// case of its first 40 characters).
pub fn is_promo_lower(chars: usize, lower: &str) -> bool {
    chars <= PROMO_CHARS && opens_with_any(&PROMO_OPENERS, lower)
}

/// [`PROMO_PREFIXES`] in one automaton, for [`opens_with_any`].
static PROMO_OPENERS: LazyLock<Openers> = LazyLock::new(|| openers(PROMO_PREFIXES));

/// Phrases a text may open with, for [`opens_with_any`]: an automaton that finds them, and
/// the pairs of bytes they open with, one bit each, which turn most texts away before it runs.
struct Openers {
    automaton: AhoCorasick,
    /// Bit `a * 256 + b` is set when a phrase opens with the bytes `a b`.
    pairs: Box<[u64; 1024]>,
}

/// The [`Openers`] of `list` (phrases of two bytes or more).
fn openers(list: &[&str]) -> Openers {
    build_openers(list, false)
}

/// The [`Openers`] of `list`, matched in any ASCII case and longest first, for
/// [`opening`]: `list` holds each phrase's non-ASCII case variants itself.
fn openers_any_case(list: &[&str]) -> Openers {
    build_openers(list, true)
}

/// The [`Openers`] of `list`, in any ASCII case and longest first when `any_case`.
fn build_openers(list: &[&str], any_case: bool) -> Openers {
    let mut pairs = Box::new([0u64; 1024]);
    for phrase in list {
        let &[a, b, ..] = phrase.as_bytes() else {
            panic!("an opener holds two bytes or more: {phrase:?}");
        };
        let cases = |c: u8| {
            if any_case {
                [c.to_ascii_lowercase(), c.to_ascii_uppercase()]
            } else {
                [c, c]
            }
        };
        for a in cases(a) {
            for b in cases(b) {
                let bit = usize::from(a) << 8 | usize::from(b);
                pairs[bit / 64] |= 1 << (bit % 64);
            }
        }
    }
    // The pairs turn away most texts, and an anchored search stops within a few bytes: the
    // contiguous automaton searches almost as fast as a DFA and builds in a fraction of its time.
    let automaton = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .start_kind(StartKind::Anchored)
        .ascii_case_insensitive(any_case)
        .match_kind(if any_case {
            MatchKind::LeftmostLongest
        } else {
            MatchKind::Standard
        })
        .build(list)
        .unwrap_or_else(|e| panic!("a fixed list of openers builds an automaton: {e}"));
    Openers { automaton, pairs }
}

/// True when the first two bytes of `s` open one of the phrases of `openers`.
fn may_open(openers: &Openers, s: &str) -> bool {
    let &[a, b, ..] = s.as_bytes() else {
        return false;
    };
    let bit = usize::from(a) << 8 | usize::from(b);
    openers.pairs[bit / 64] & (1 << (bit % 64)) != 0
}

/// The length in bytes of the longest phrase of `openers` (built by [`openers_any_case`])
/// that `s` opens with.
fn opening(openers: &Openers, s: &str) -> Option<usize> {
    if !may_open(openers, s) {
        return None;
    }
    openers
        .automaton
        .find(Input::new(s).anchored(Anchored::Yes))
        .map(|m| m.end())
}

/// True when `s` opens with one of the phrases of `openers`.
fn opens_with_any(openers: &Openers, s: &str) -> bool {
    may_open(openers, s)
        && openers
            .automaton
            .is_match(Input::new(s).anchored(Anchored::Yes))
}

/// `s.starts_with(opener)`, comparing the first bytes before the rest.
fn opens_with(s: &str, opener: &str) -> bool {
    opener
        .as_bytes()
        .first()
        .is_none_or(|b| s.as_bytes().first() == Some(b))
        && s.starts_with(opener)
}

/// Openers of a call to action at the end of a story: subscription and donation appeals,
/// app and social-media plugs, feedback requests, in several languages.
const CALL_TO_ACTION: &[&str] = &[
    "subscribe now",
    "subscribe to ",
    "subscribe today",
    "to view the full story",
    "to continue reading",
    "for the latest stories",
    "for the latest news",
    "for more news",
    "download the ",
    "download our ",
    "we want to hear",
    "if you enjoyed",
    "if you like this",
    "if you liked this",
    "follow us on",
    "sign up for our",
    "support our journalism",
    "support independent journalism",
    "unterstützen sie ",
    "unterstütze ",
    "gefällt dir unser",
    "gefällt ihnen unser",
    "abonnieren sie ",
    "folgen sie uns",
    "¿ya sabías que",
    "¡mira lo que",
    "suscríbete",
    "síguenos",
    "abonnez-vous",
    "suivez-nous",
    "zapraszamy też do",
    "zapraszamy do subskrypcji",
    "sie müssen sich einloggen",
    "sie müssen angemeldet sein",
    "sie sind aktuell nicht eingeloggt",
    "you must be logged in",
    // The consent clause under a sign-up form.
    "by subscribing, you agree",
    "by subscribing you agree",
    "by signing up, you agree",
    "by signing up you agree",
    "by opting in, you agree",
];

/// [`CALL_TO_ACTION`] in one automaton, for [`opens_with_any`].
static CALL_TO_ACTION_OPENERS: LazyLock<Openers> = LazyLock::new(|| openers(CALL_TO_ACTION));

/// Social networks named in "follow us" lines.
const NETWORKS: &[&str] = &[
    "twitter",
    "facebook",
    "instagram",
    "telegram",
    "youtube",
    "tiktok",
];

/// True for a short paragraph that asks the reader to subscribe, support, download, follow or
/// write in, rather than telling the story.
pub fn is_call_to_action(text: &str) -> bool {
    let chars = text.chars().count();
    chars <= CALL_TO_ACTION_CHARS && is_call_to_action_lower(chars, &text.to_lowercase())
}

/// The longest call to action, in characters.
const CALL_TO_ACTION_CHARS: usize = 250;

/// [`is_call_to_action`] for a line of `chars` characters, given its lower case.
pub fn is_call_to_action_lower(chars: usize, lower: &str) -> bool {
    if chars > CALL_TO_ACTION_CHARS {
        return false;
    }
    let lower = lower
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '¿' && c != '¡');
    opens_with_any(&CALL_TO_ACTION_OPENERS, lower)
        || (lower.starts_with("follow ") && NETWORKS.iter().any(|n| lower.contains(n)))
}

/// Openers of the per-post furniture of a forum thread: member statistics, edit notes,
/// reply titles.
const FORUM_META_OPENERS: &[&str] = &[
    "joined",
    "messages",
    "posts",
    "reaction score",
    "points",
    "likes",
    "member type",
    "member since",
    "registered",
    "location",
    "established member",
    "always active",
    "trophies",
    "reputation",
    "karma",
    "last edited",
    "posted ",
    "re: ",
    "code: select all",
    "quote",
    "reply",
    "report",
    "mitglied seit",
    "beiträge",
    "registriert",
    "inscrit",
    "messages :",
];

/// [`FORUM_META_OPENERS`] in one automaton: a line that opens with none of them needs no
/// closer look.
static FORUM_META_OPENER_SET: LazyLock<Openers> = LazyLock::new(|| openers(FORUM_META_OPENERS));

/// The letters a word of [`MONTHS`], "am" or "pm" opens with.
const DATE_INITIALS: &[u8] = b"adfjmnops";

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// True for a short line of a forum thread that is post furniture rather than what members
/// wrote: counts, dates, member statistics, "Re: <thread title>", edit notes.
pub fn is_forum_meta_line(text: &str) -> bool {
    let t = text.trim();
    t.chars().count() <= FORUM_META_CHARS && is_forum_meta_lower(t, &t.to_lowercase())
}

/// The longest line of forum furniture, in characters.
const FORUM_META_CHARS: usize = 60;

/// [`is_forum_meta_line`] for `text`, given its lower case.
pub fn is_forum_meta_lower(text: &str, lower: &str) -> bool {
    let t = text.trim();
    // No more characters than bytes: only a longer text needs counting.
    if t.len() > FORUM_META_CHARS && t.chars().count() > FORUM_META_CHARS {
        return false;
    }
    if !t.chars().any(char::is_alphabetic) {
        return true;
    }
    let lower = lower.trim();
    // An opener counts as a whole word: "Posts: 1,204", not "Postseason hopes".
    let opens = opens_with_any(&FORUM_META_OPENER_SET, lower)
        && FORUM_META_OPENERS.iter().any(|o| {
            opens_with(lower, o) && {
                let rest = &lower[o.len()..];
                !o.ends_with(char::is_alphanumeric) || !rest.starts_with(char::is_alphabetic)
            }
        });
    if opens {
        return true;
    }
    is_date_alone(lower)
}

/// What separates the parts of a written date: white space and `, . : / -`.
fn is_date_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | '.' | ':' | '/' | '-')
}

/// True when `lower` is a date alone: month names, numbers, times.
fn is_date_alone(lower: &str) -> bool {
    let is_date_word = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit())
            || MONTHS.iter().any(|m| w.starts_with(m))
            || matches!(w, "am" | "pm")
    };
    // Most lines are turned away by their first character, which opens no such word.
    if let Some(c) = lower.chars().find(|&c| !is_date_separator(c))
        && !c.is_ascii_digit()
        && !u8::try_from(c).is_ok_and(|c| DATE_INITIALS.contains(&c))
    {
        return false;
    }
    lower
        .split(is_date_separator)
        .filter(|w| !w.is_empty())
        .all(is_date_word)
}

/// Headings (folded) that open a block of links to other pages, in several languages.
pub const RELATED_HEADINGS: &[&str] = &[
    "relatedarticles",
    "relatedstories",
    "relatedposts",
    "relatedcontent",
    "relatedlinks",
    "moreon",
    "moreonthistopic",
    "morestories",
    "youmayalsolike",
    "youmightalsolike",
    "recommendedforyou",
    "readnext",
    "mostpopular",
    "mostread",
    "trendingnow",
    "recentposts",
    "recentarticles",
    "latestposts",
    "latestarticles",
    "popularposts",
    "populararticles",
    "moreposts",
    "morearticles",
    "morevideos",
    "relatedreading",
    "recommendedreading",
    "keepreading",
    "lateststories",
    "popularstories",
    "daskönntesieauchinteressieren",
    "daskönntedichauchinteressieren",
    "dasköntesieauchinteressieren",
    "auchinteressant",
    "mehrzumthema",
    "weitereartikel",
    "neuesteartikel",
    "ähnlicheartikel",
    "ähnlichebeiträge",
    "lesensieauch",
    "meistgelesen",
    "articlesliés",
    "àlireaussi",
    "surlemêmesujet",
    "artículosrelacionados",
    "noticiasrelacionadas",
    "tambiénteinteresa",
    "articolicorrelati",
    "powiązaneartykuły",
    "czytajteż",
    "vocêpodegostar",
    "vocêtambémpodegostar",
    "leiatambém",
    "postsrelacionados",
    "matériasrelacionadas",
    "tepuedeinteresar",
    "tambiénpuedeinteresarte",
    "vouspourriezaimer",
    "vouspourriezaussiaimer",
    "potrebbeinteressarti",
    "gerelateerdeartikelen",
    "похожиезаписи",
    "похожиестатьи",
    "вамтакжеможетбытьинтересно",
    "вамможетбытьинтересно",
    "читайтетакже",
    "смотритетакже",
];

/// Headings (folded) over a shop's recommendation boxes: other products the reader might buy,
/// laid out as cards after the product's own description.
pub const RECOMMENDATION_HEADINGS: &[&str] = &[
    "peoplewhoviewedthisitemalsoviewed",
    "customerswhoviewedthisitemalsoviewed",
    "customerswhoboughtthisitemalsobought",
    "customersalsoviewed",
    "customersalsobought",
    "customersalsolike",
    "similaritems",
    "similarproducts",
    "relateditems",
    "relatedproducts",
    "relateditemstoexplore",
    "explorerelateditems",
    "morelikethis",
    "recentlyviewed",
    "recentlyviewedproducts",
    "recentlyvieweditems",
    "frequentlyboughttogether",
    "youmayalsolike",
    "youmightalsolike",
    "completethelook",
    "sellersotheritems",
];

/// True for a heading over a box of other products to buy ([`RECOMMENDATION_HEADINGS`]).
pub fn is_recommendation_heading(text: &str) -> bool {
    text.chars().count() <= RELATED_HEADING_CHARS
        && RECOMMENDATION_HEADINGS.contains(&fold(text).as_str())
}

/// True for a heading that introduces related links rather than a part of the story.
pub fn is_related_heading(text: &str) -> bool {
    let chars = text.chars().count();
    chars <= RELATED_HEADING_CHARS && is_related_folded(chars, &fold(text))
}

/// The longest related-links heading, in characters.
const RELATED_HEADING_CHARS: usize = 60;

/// [`is_related_heading`] for a line of `chars` characters, given its [`fold`]ed form: a
/// phrase of [`RELATED_HEADINGS`], alone or naming what the box holds ("Most Popular
/// Videos"), with or without the box's own link after it ("Most Popular View all").
pub fn is_related_folded(chars: usize, folded: &str) -> bool {
    if chars > RELATED_HEADING_CHARS {
        return false;
    }
    let core = BOX_LINKS
        .iter()
        .find_map(|l| folded.strip_suffix(l).filter(|c| !c.is_empty()))
        .unwrap_or(folded);
    RELATED_HEADINGS.iter().any(|h| {
        core.strip_prefix(h)
            .is_some_and(|rest| rest.is_empty() || BOX_CONTENTS.contains(&rest))
    })
}

/// Folded links that close a box's heading ("Most Popular View all").
const BOX_LINKS: &[&str] = &["viewall", "seeall", "showall", "viewmore", "seemore"];

/// Folded names of what a box of links holds, after its heading ("Most Popular Videos").
const BOX_CONTENTS: &[&str] = &[
    "articles",
    "stories",
    "news",
    "videos",
    "headlines",
    "reads",
];

/// A cheap test before [`is_related_folded`] on a line whose fold is not at hand (`lower`:
/// the line lower-cased): it opens like a phrase of [`RELATED_HEADINGS`] or ends in a link
/// of [`BOX_LINKS`].
pub fn may_be_related_lower(lower: &str) -> bool {
    const OPENERS: &[&str] = &[
        "most ",
        "more ",
        "related ",
        "trending ",
        "recommended ",
        "recent ",
        "latest ",
        "popular ",
        "keep ",
    ];
    const CLOSERS: &[&str] = &["view all", "see all", "show all", "view more", "see more"];
    let end = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    OPENERS.iter().any(|o| lower.starts_with(o)) || CLOSERS.iter().any(|c| end.ends_with(c))
}

/// Labels that open a box about the story's author or reviewer (lower case; ASCII letters
/// match in any case, and [`AUTHOR_BOX_OPENERS`] adds the capitalised and upper-case forms
/// of the others): the box is a biography that belongs with the byline, not with the story.
const AUTHOR_BOX_LABELS: &[&str] = &[
    "about the author",
    "about the authors",
    "about the reviewer",
    "about the writer",
    "über den autor",
    "über die autorin",
    "à propos de l'auteur",
    "à propos de l’auteur",
    "sobre el autor",
    "sobre o autor",
    "sull'autore",
    "sull’autore",
    "over de auteur",
    "o autorze",
    "об авторе",
];

/// [`AUTHOR_BOX_LABELS`] with their capitalised and upper-case forms, for [`opening`].
static AUTHOR_BOX_OPENERS: LazyLock<Openers> = LazyLock::new(|| {
    let mut forms: Vec<String> = Vec::new();
    for label in AUTHOR_BOX_LABELS {
        let mut chars = label.chars();
        let capitalised: String = chars
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .chain(chars)
            .collect();
        for form in [label.to_string(), capitalised, label.to_uppercase()] {
            if !forms.contains(&form) {
                forms.push(form);
            }
        }
    }
    let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
    openers_any_case(&forms)
});

/// The longest author box that stands as one paragraph (label and biography), in characters.
const AUTHOR_BOX_CHARS: usize = 1500;

/// True when `text` opens with a label of [`AUTHOR_BOX_LABELS`] followed by no other letter
/// ("About the authority" holds none).
fn opens_with_author_label(text: &str) -> bool {
    opening(&AUTHOR_BOX_OPENERS, text)
        .is_some_and(|end| !text[end..].starts_with(char::is_alphanumeric))
}

/// True for a heading that opens a box about the author ("About the Author", "About the
/// Author – Jane Doe").
pub fn is_author_box_heading(text: &str) -> bool {
    opens_with_author_label(text) && text.chars().count() <= RELATED_HEADING_CHARS
}

/// True for a paragraph that is a whole author box: the label, then the biography ("About
/// the author: Jane Doe is a photographer based in …").
pub fn is_author_box_paragraph(text: &str) -> bool {
    opens_with_author_label(text) && text.chars().count() <= AUTHOR_BOX_CHARS
}

/// Longest byline line, in characters, beyond the names it carries (roles, agencies, an
/// e-mail address, a date).
const BYLINE_EXTRA: usize = 60;

/// True for a line that is the article's byline: it names one of `authors` and either opens
/// like a byline (`opens_byline`, the metadata reader's test: "By Jane Doe and John Roe,
/// Reuters", "Text: Jane Doe") or with the name itself followed by little ("Jane Doe |
/// Staff Writer"). Such a line is metadata, not story text.
pub fn is_byline_line(text: &str, authors: &[&str], opens_byline: fn(&str) -> bool) -> bool {
    if authors.is_empty() {
        return false;
    }
    let chars = text.chars().count();
    let names: usize = authors.iter().map(|a| a.chars().count()).sum();
    if chars > names + BYLINE_EXTRA || text.contains('\n') {
        return false;
    }
    let folded = fold(text);
    let mut named = authors
        .iter()
        .map(|a| fold(a))
        .filter(|a| a.len() >= 3)
        .filter_map(|a| folded.find(&a).map(|pos| (pos, a.len())));
    let Some((pos, len)) = named.next() else {
        return false;
    };
    let head = &folded[..pos];
    if head.is_empty() {
        // The line opens with the name: only a short title or credit may follow, not a
        // sentence.
        let rest = chars.saturating_sub(len);
        return rest <= BYLINE_EXTRA / 2 && !text.trim_end().ends_with(['.', '!', '?']);
    }
    opens_byline(text)
}

/// True for a short line that is only a photo credit or a source note
/// ("Augusta National/Getty Images", "Crédits photos : Bestimage", "Foto: dpa").
pub fn is_credit_line(text: &str) -> bool {
    if text.chars().count() > 80 {
        return false;
    }
    let lower = text.trim().to_lowercase();
    const OPENERS: &[&str] = &[
        "foto:",
        "fotos:",
        "foto :",
        "photo:",
        "photos:",
        "photo :",
        "bild:",
        "bildquelle:",
        "crédits photos",
        "crédit photo",
        "credit:",
        "credits:",
        "image credit",
        "photo credit",
        "quelle:",
        "©",
    ];
    OPENERS.iter().any(|o| lower.starts_with(o))
        || lower.ends_with("getty images")
        || lower.ends_with("istock.com")
        || is_figure_label(&lower)
}

/// A figure label opening a caption: "Abbildung 4: …", "Abb. 2: …", "Titelbild: …".
fn is_figure_label(lower: &str) -> bool {
    for word in ["abbildung", "abb.", "titelbild", "beitragsbild"] {
        if let Some(rest) = lower.strip_prefix(word) {
            let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
            return rest.starts_with(':');
        }
    }
    false
}

/// Labels that open a photo credit ("Photo: Getty Images"); the credit is who took the
/// picture, so the label is not part of it.
const CREDIT_LABELS: [&str; 15] = [
    "photo:",
    "photos:",
    "photograph:",
    "photo by",
    "photo credit:",
    "credit:",
    "credits:",
    "image:",
    "image credit:",
    "picture:",
    "source:",
    "foto:",
    "fotos:",
    "bild:",
    "©",
];

/// [`CREDIT_LABELS`] in one automaton, ASCII case ignored.
static CREDIT_LABEL_SET: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(CREDIT_LABELS)
        .unwrap_or_else(|e| panic!("a fixed list of labels builds an automaton: {e}"))
});

/// A credit without its label: "Photo: Getty Images" → "Getty Images"; an unlabelled
/// credit is returned as it is.
pub fn credit_name(credit: &str) -> String {
    let t = credit.trim();
    CREDIT_LABELS
        .iter()
        .filter(|l| t.get(..l.len()).is_some_and(|p| p.eq_ignore_ascii_case(l)))
        .find_map(|l| {
            Some(t[l.len()..].trim_start_matches([' ', ':']).trim()).filter(|c| !c.is_empty())
        })
        .unwrap_or(t)
        .to_string()
}

/// True when `t` holds what every one of [`CREDIT_LABELS`] holds, in any case: a colon, `©`,
/// or "photo by" (found from its `y`s).
fn holds_credit_label(t: &str) -> bool {
    const PHOTO_BY: &[u8] = b"photo by";
    let b = t.as_bytes();
    t.contains(':')
        || t.contains('©')
        || memchr::memchr2_iter(b'y', b'Y', b).any(|end| {
            end + 1 >= PHOTO_BY.len()
                && b[end + 1 - PHOTO_BY.len()..=end].eq_ignore_ascii_case(PHOTO_BY)
        })
}

/// Splits a photo credit off the end of a caption: `"… on Thursday. [REUTERS]"`,
/// `"… (AP Photo/Jane Doe)"`, `"… Photo: Getty Images"`, `"… Credit: …"`.
pub fn split_credit(caption: &str) -> (String, Option<String>) {
    let t = caption.trim();
    // Bracketed credit at the end.
    for (open, close) in [('[', ']'), ('(', ')')] {
        if t.ends_with(close)
            && let Some(start) = t.rfind(open)
        {
            let inner = t[start + 1..t.len() - 1].trim();
            if looks_like_credit(inner) {
                let rest = t[..start].trim_end();
                return (rest.to_string(), Some(inner.to_string()));
            }
        }
    }
    // "Photo: X", "Credit: X", "Foto: X" as the last sentence.
    if !holds_credit_label(t) {
        return (t.to_string(), None);
    }
    // A label counts in the last 80 bytes only, so only they are searched.
    let mut tail = t.len().saturating_sub(79);
    while !t.is_char_boundary(tail) {
        tail += 1;
    }
    // Where each label last opens, all labels found in one pass.
    let mut last = [None; CREDIT_LABELS.len()];
    for m in CREDIT_LABEL_SET.find_overlapping_iter(&t[tail..]) {
        last[m.pattern().as_usize()] = Some(tail + m.start());
    }
    let mut best: Option<usize> = None;
    for pos in last.into_iter().flatten() {
        if (pos == 0 || !t[..pos].ends_with(char::is_alphanumeric)) && best.is_none_or(|b| pos > b)
        {
            best = Some(pos);
        }
    }
    if let Some(pos) = best {
        let rest = t[..pos].trim_end();
        return (rest.to_string(), Some(credit_name(&t[pos..])));
    }
    (t.to_string(), None)
}

/// Words that make a bracketed line end a credit when they open one of its words.
const CREDIT_WORDS: &[&str] = &[
    "photo",
    "foto",
    "credit",
    "image",
    "getty",
    "reuters",
    "afp",
    "ap ",
    "epa",
    "yonhap",
    "xinhua",
    "shutterstock",
    "istock",
    "courtesy",
    "©",
];

fn looks_like_credit(inner: &str) -> bool {
    if inner.is_empty() || inner.chars().count() > 60 {
        return false;
    }
    let lower = inner.to_lowercase();
    // A word of credit opens the credit or one of its words ("AP Photo", "Photo: AP"): each
    // word's opening is compared with the words of credit that open with its first byte.
    let opens_word = |at: usize| {
        let rest = &lower.as_bytes()[at..];
        CREDIT_WORDS
            .iter()
            .any(|w| rest.first() == w.as_bytes().first() && rest.starts_with(w.as_bytes()))
    };
    let labelled = lower.contains('/')
        || std::iter::once(0)
            .chain(lower.match_indices(' ').map(|(i, _)| i + 1))
            .any(opens_word);
    let shouting = inner.chars().any(char::is_alphabetic)
        && inner
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    labelled || shouting || lower == "ap"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_case_answers_as_the_unicode_tables_do() {
        let mut known = 0;
        for c in (0..0x3000).filter_map(char::from_u32) {
            let Some((lower, alphanumeric)) = quick_case(c) else {
                continue;
            };
            known += 1;
            assert_eq!(alphanumeric, c.is_alphanumeric(), "{c:?}");
            assert_eq!(lower.to_string(), c.to_lowercase().to_string(), "{c:?}");
            assert_eq!(lower != c, c.is_uppercase(), "{c:?}");
        }
        assert_eq!(known, 0x100 + 0x60 + 0x70);
        assert_eq!(fold("Über «Москва» – № 5"), "überмосква5");
    }

    #[test]
    fn credits_are_split() {
        assert_eq!(
            split_credit("Vladimir Putin speaks in Kazan on Thursday. [REUTERS]"),
            (
                "Vladimir Putin speaks in Kazan on Thursday.".into(),
                Some("REUTERS".into())
            )
        );
        assert_eq!(
            split_credit("Crowds gather outside. (AP Photo/Jane Doe)").1,
            Some("AP Photo/Jane Doe".into())
        );
        assert_eq!(
            split_credit("The harbour at dawn. Photo: Getty Images").1,
            Some("Getty Images".into())
        );
        assert_eq!(
            split_credit("Crews clear the road. Credit: Jane Doe/The Daily").1,
            Some("Jane Doe/The Daily".into())
        );
        assert_eq!(
            split_credit("Die Altstadt im Morgenlicht. Foto: dpa").1,
            Some("dpa".into())
        );
        assert_eq!(
            split_credit("The quay at night. Photo by Ken Ito"),
            ("The quay at night.".into(), Some("Ken Ito".into()))
        );
        assert_eq!(split_credit("A quiet street (in May)").1, None);
        assert_eq!(credit_name("Photo: Lorna Vickers"), "Lorna Vickers");
        assert_eq!(credit_name("REUTERS"), "REUTERS");
        assert_eq!(credit_name("Photo:"), "Photo:");
    }

    #[test]
    fn a_credit_after_letters_that_grow_when_lower_cased_is_split_where_it_stands() {
        // 'İ' is two bytes and lower-cases to three: a position found in a lower-cased copy
        // would fall inside the caption's words.
        assert_eq!(
            split_credit("Crowds on İİİİ İstiklal Avenue. Photo: Ken Ito"),
            (
                "Crowds on İİİİ İstiklal Avenue.".to_string(),
                Some("Ken Ito".to_string())
            )
        );
        assert_eq!(credit_name("PHOTO: Ken Ito"), "Ken Ito");
    }

    #[test]
    fn every_credit_label_holds_what_the_cheap_test_looks_for() {
        for label in CREDIT_LABELS {
            assert!(holds_credit_label(label), "{label}");
            assert!(holds_credit_label(&label.to_uppercase()), "{label}");
        }
        assert!(holds_credit_label("The quay at night. PHOTO BY Ken Ito"));
        assert!(!holds_credit_label(
            "The council voted on Wednesday (in May)."
        ));
    }

    #[test]
    fn date_words_open_with_the_date_initials() {
        for word in MONTHS.iter().chain(&["am", "pm"]) {
            assert!(DATE_INITIALS.contains(&word.as_bytes()[0]), "{word}");
        }
    }

    #[test]
    fn forum_furniture() {
        assert!(is_forum_meta_line("1,204"));
        assert!(is_forum_meta_line("Joined: 12. Sep 2019, 14:02"));
        assert!(is_forum_meta_line("Jun 3, 2024"));
        assert!(is_forum_meta_line("Re: Pond pump in winter"));
        assert!(!is_forum_meta_line("Keep the pump running but raise it."));
        assert!(!is_forum_meta_line("May I suggest a floating heater?"));
        assert!(!is_forum_meta_line(
            "Reports say the ice is thin this year."
        ));
    }

    #[test]
    fn byline_lines() {
        // The metadata reader's opener test, reduced to two words for this unit.
        fn opens(t: &str) -> bool {
            let l = t.to_lowercase();
            l.starts_with("by ") || l.starts_with("text:")
        }
        let who = ["Jane Doe", "John Roe"];
        assert!(is_byline_line(
            "By Jane Doe and John Roe, Reuters",
            &who,
            opens
        ));
        assert!(is_byline_line("Jane Doe | Staff Writer", &who, opens));
        assert!(is_byline_line("Text: Jane Doe", &who, opens));
        assert!(is_byline_line(
            "BY JANE DOE [jane.doe@example.com]",
            &["Jane Doe"],
            opens
        ));
        assert!(!is_byline_line(
            "Jane Doe said the plan had failed.",
            &who,
            opens
        ));
        assert!(!is_byline_line(
            "Yesterday Jane Doe met the mayor",
            &who,
            opens
        ));
        assert!(!is_byline_line("By Jane Doe", &[], opens));
    }

    #[test]
    fn author_box_labels_are_whole_words() {
        assert!(is_author_box_heading("About the Author"));
        assert!(is_author_box_heading("ABOUT THE AUTHORS"));
        assert!(is_author_box_heading("About the Author – Jane Doe"));
        assert!(is_author_box_heading("Über den Autor"));
        assert!(is_author_box_heading("À propos de l'auteur"));
        assert!(is_author_box_heading("ОБ АВТОРЕ"));
        assert!(!is_author_box_heading("About the authority"));
        assert!(!is_author_box_heading("About"));
        assert!(is_author_box_paragraph(
            "About the author: Jane Doe photographs birds in the Fens."
        ));
        assert!(!is_author_box_paragraph(
            "About the authority's ruling, the minister said nothing."
        ));
    }

    #[test]
    fn related_headings_and_credit_lines() {
        assert!(is_related_heading("Das könnte Sie auch interessieren!"));
        assert!(is_related_heading("Related Articles"));
        assert!(is_related_heading("Related links:"));
        assert!(is_related_heading("Você pode gostar..."));
        assert!(is_related_heading("Похожие записи"));
        assert!(is_related_heading("Вам также может быть интересно"));
        assert!(!is_related_heading("Related problems in the harbour"));
        assert!(is_related_heading("Most Popular Videos"));
        assert!(is_related_heading("Most Popular View all ›"));
        assert!(!is_related_heading("Most popular tram line yet"));
        assert!(!is_related_heading("View all"));
        // A thread's own most popular posts are part of the thread.
        assert!(!is_related_heading("Most Popular Posts"));
        assert!(is_credit_line("Augusta National/Getty Images"));
        assert!(is_credit_line("Foto: dpa"));
        assert!(!is_credit_line(
            "Photographers waited outside the court for hours."
        ));
    }

    #[test]
    fn calls_to_action() {
        assert!(is_call_to_action(
            "Subscribe now to our eNATION edition for the full story."
        ));
        assert!(is_call_to_action(
            "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner."
        ));
        assert!(!is_call_to_action(
            "Follow the river north for two miles to reach the village."
        ));
        assert!(is_call_to_action(
            "By signing up, you agree to our Privacy Policy and Terms of Use."
        ));
        assert!(!is_call_to_action(
            "By signing up more volunteers, the club hopes to keep the pool open all summer."
        ));
    }

    #[test]
    fn chrome_lines() {
        assert!(is_chrome_line("- Advertisement -"));
        assert!(is_chrome_line("Read more"));
        assert!(is_chrome_line("Print This Page"));
        assert!(!is_chrome_line(
            "The council will read more proposals next week."
        ));
    }

    #[test]
    fn normalize_keeps_breaks() {
        assert_eq!(normalize("  a \t b\n\n  c  "), "a b\nc");
        assert_eq!(normalize("Mit\u{ad}tel\u{ad}al\u{ad}ter"), "Mittelalter");
    }
}
