//! The words the amount and date passes know, each with its class and flags, looked up
//! once per word while tokenizing (case-insensitive, no allocation).

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// A function word: it ends the noun phrase an amount counts.
pub(crate) const STOP: u32 = 1;
/// A past-tense verb or marker ("said", "was", "met").
pub(crate) const PAST: u32 = 1 << 1;
/// A future marker ("will", "expected", "scheduled", "next").
pub(crate) const FUTURE: u32 = 1 << 2;
/// A preposition that may open a bare month or year ("in October", "since 2014").
pub(crate) const DATE_CUE: u32 = 1 << 3;
/// A determiner skipped at the start of an object ("of the vote" counts "vote").
pub(crate) const DETERMINER: u32 = 1 << 4;
/// An abbreviation whose full stop does not end the sentence ("Mr.", "Oct.").
pub(crate) const ABBREVIATION: u32 = 1 << 5;
/// A word that makes the number after it a label ("Article 5", "Flight 370").
pub(crate) const LABEL: u32 = 1 << 6;
/// A plural noun without the plural "s" ("people", "children").
pub(crate) const PLURAL: u32 = 1 << 7;
/// The last word of a qualifier ("least" of "at least"): only these are looked back from.
pub(crate) const QUALIFIER_END: u32 = 1 << 8;
/// A word that may open a figure without being a number: "a", "an", "several".
pub(crate) const OPENS_FIGURE: u32 = 1 << 9;
/// "last", "this", "next": they shift the period after them.
pub(crate) const SHIFT: u32 = 1 << 10;

/// A unit of time counted in relative dates ("two days ago").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Period {
    /// Hours and minutes: the same day.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
}

/// What a word means to the amount and date passes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Class {
    /// Nothing beyond its flags.
    Plain,
    /// A cardinal number word ("three", "twenty").
    Number(u32),
    /// A multiplier word, as a power of ten ("million" is 6).
    Scale(i32),
    /// An abbreviated multiplier, read only glued to digits or after a currency ("bn", "m").
    ScaleAbbrev(i32),
    /// A fraction word ("third", "quarters"); `plural` for "thirds".
    Fraction {
        /// 3 for "third".
        denominator: u8,
        /// "thirds" rather than "third".
        plural: bool,
    },
    /// A vague plural ("hundreds", "dozens"): its unit.
    Vague(f64),
    /// "dozen".
    Dozen,
    /// A month, 1–12; `abbrev` for "Oct", "Sept".
    Month {
        /// 1 for January.
        month: u32,
        /// An abbreviation, read only before a day or year.
        abbrev: bool,
    },
    /// A weekday, 0 for Monday.
    Weekday(u32),
    /// A unit of time.
    Period(Period),
    /// A day named relative to publication: "yesterday" is -1.
    Day(i64),
    /// A currency named by a word ("euros"), as its ISO 4217 code.
    Currency(&'static str),
    /// A unit of measure, as its symbol.
    Unit(&'static str),
    /// "percent", "pct".
    Percent,
}

/// One word's entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    /// Its class.
    pub(crate) class: Class,
    /// Its flags ([`STOP`], [`PAST`] …).
    pub(crate) flags: u32,
}

/// Words keyed by their lowercase bytes packed into a `u128`: a lookup hashes and
/// compares one integer.
type Map = FxHashMap<u128, Entry>;

/// The longest word the lexicon holds, in bytes.
const LONGEST: usize = 16;

static LEXICON: LazyLock<Map> = LazyLock::new(build);

/// `word` lowercased and packed into an integer; `None` past [`LONGEST`] bytes or empty.
/// Words are letters only, so setting bit 5 of every byte lowercases ASCII and leaves
/// other bytes at or above 0x80, where no key has them.
fn key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    let len = bytes.len();
    if len > LONGEST || len == 0 {
        return None;
    }
    let mut buf = [0u8; LONGEST];
    buf[..len].copy_from_slice(bytes);
    let lower = u128::from_le_bytes([0x20; LONGEST]) >> (8 * (LONGEST - len));
    Some(u128::from_le_bytes(buf) | lower)
}

/// The entry for `word`, ignoring ASCII case.
pub(crate) fn lookup(word: &str) -> Option<&'static Entry> {
    LEXICON.get(&key(word)?)
}

/// Function words: prepositions, conjunctions, determiners, pronouns, auxiliaries and
/// adverbs, plus the reporting verbs that follow a count ("3,000 died, officials said").
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "by",
    "for",
    "with",
    "without",
    "within",
    "into",
    "onto",
    "over",
    "under",
    "above",
    "below",
    "across",
    "along",
    "among",
    "amid",
    "around",
    "about",
    "after",
    "before",
    "behind",
    "beside",
    "between",
    "beyond",
    "during",
    "except",
    "inside",
    "near",
    "outside",
    "past",
    "per",
    "since",
    "than",
    "through",
    "throughout",
    "till",
    "toward",
    "towards",
    "until",
    "upon",
    "via",
    "versus",
    "vs",
    "against",
    "despite",
    "including",
    "like",
    "unlike",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "have",
    "has",
    "had",
    "having",
    "do",
    "does",
    "did",
    "done",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "he",
    "she",
    "it",
    "they",
    "we",
    "you",
    "i",
    "me",
    "him",
    "her",
    "them",
    "us",
    "his",
    "hers",
    "its",
    "their",
    "theirs",
    "our",
    "ours",
    "your",
    "yours",
    "my",
    "mine",
    "this",
    "that",
    "these",
    "those",
    "who",
    "whom",
    "whose",
    "which",
    "what",
    "where",
    "when",
    "why",
    "how",
    "whether",
    "if",
    "because",
    "while",
    "although",
    "though",
    "unless",
    "whereas",
    "not",
    "no",
    "never",
    "also",
    "already",
    "still",
    "just",
    "only",
    "even",
    "too",
    "very",
    "more",
    "most",
    "less",
    "least",
    "much",
    "many",
    "few",
    "fewer",
    "several",
    "some",
    "any",
    "all",
    "each",
    "every",
    "both",
    "either",
    "neither",
    "other",
    "another",
    "such",
    "own",
    "same",
    "now",
    "then",
    "there",
    "here",
    "ago",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "added",
    "according",
    "reported",
    "announced",
    "asked",
    "remain",
    "remains",
    "remained",
    "died",
    "fled",
    "live",
    "lived",
    "face",
    "faced",
    "faces",
    "were",
    "however",
    "meanwhile",
    "reportedly",
    "allegedly",
    "roughly",
    "nearly",
    "almost",
    "approximately",
    "again",
    "later",
    "earlier",
    "respectively",
    "each",
    "altogether",
    "apiece",
    "last",
    "next",
    "this",
    "ll",
    "s",
    "t",
    "than",
    "or",
    "plus",
    "minus",
    "compared",
];

/// Past-tense verbs and markers, irregular or short ones; regular "-ed" forms are
/// recognised by their ending.
const PAST_WORDS: &[&str] = &[
    "said",
    "told",
    "was",
    "were",
    "had",
    "did",
    "met",
    "went",
    "came",
    "took",
    "made",
    "gave",
    "held",
    "left",
    "sent",
    "won",
    "lost",
    "began",
    "became",
    "saw",
    "found",
    "got",
    "spent",
    "fell",
    "rose",
    "fought",
    "led",
    "paid",
    "sold",
    "bought",
    "brought",
    "thought",
    "wrote",
    "spoke",
    "broke",
    "ran",
    "flew",
    "drove",
    "chose",
    "knew",
    "shot",
    "stood",
    "kept",
    "sat",
    "felt",
    "heard",
    "built",
    "caught",
    "taught",
    "threw",
    "struck",
    "drew",
    "grew",
    "withdrew",
    "sought",
    "meant",
    "dealt",
    "hid",
    "shook",
    "froze",
    "sank",
    "swore",
    "tore",
    "wore",
    "hung",
    "fed",
    "bled",
    "woke",
    "arose",
    "oversaw",
    "upheld",
    "withheld",
    "understood",
    "earlier",
    "previously",
    "ago",
];

/// Future markers: modals, plans and schedules, and present-tense verbs that announce one.
const FUTURE_WORDS: &[&str] = &[
    "will",
    "ll",
    "shall",
    "would",
    "could",
    "might",
    "may",
    "expected",
    "expects",
    "scheduled",
    "slated",
    "due",
    "plans",
    "plan",
    "planned",
    "planning",
    "intends",
    "intend",
    "aims",
    "aim",
    "upcoming",
    "coming",
    "next",
    "later",
    "going",
    "begins",
    "starts",
    "opens",
    "resumes",
    "soon",
    "tomorrow",
];

/// Prepositions and modifiers that may open a bare month or year.
const DATE_CUES: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "through",
    "throughout",
    "during",
    "before",
    "after",
    "of",
    "early",
    "late",
    "mid",
    "between",
    "around",
    "last",
    "next",
    "this",
];

/// Determiners skipped before an object.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "all", "its", "their", "his", "her", "our", "your", "my", "these", "those",
    "this", "that",
];

/// Abbreviations ending with a full stop inside a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "jr", "sr", "prof",
    "no", "inc", "corp", "co", "ltd", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "maj", "capt", "sgt", "adm", "rev", "hon", "pres", "approx",
    "est", "mt", "ft", "fig", "vol", "pp", "rs", "nos", "cmdr", "supt", "messrs",
];

/// Words that make the number after them a label, not an amount.
const LABELS: &[&str] = &[
    "no",
    "nos",
    "number",
    "article",
    "section",
    "chapter",
    "page",
    "pages",
    "flight",
    "room",
    "route",
    "highway",
    "level",
    "category",
    "phase",
    "grade",
    "game",
    "round",
    "episode",
    "season",
    "stage",
    "line",
    "gate",
    "platform",
    "district",
    "ward",
    "item",
    "rule",
    "paragraph",
    "clause",
    "figure",
    "table",
    "exhibit",
    "step",
    "version",
    "model",
    "size",
    "channel",
    "track",
    "floor",
    "unit",
    "apartment",
    "apt",
    "box",
    "bus",
    "terminal",
    "exit",
    "lane",
    "block",
    "zone",
    "sector",
    "bay",
    "lap",
    "week",
    "day",
    "act",
    "verse",
    "volume",
    "vol",
    "issue",
    "part",
    "pp",
    "p",
    "resolution",
    "amendment",
    "proposition",
    "prop",
    "measure",
    "tier",
    "class",
    "type",
    "series",
    "top",
    "age",
    "aged",
    "ages",
    "pier",
    "row",
    "seat",
    "hole",
    "match",
    "gen",
    "term",
    "pillar",
    "stanza",
    "appendix",
    "annex",
    "slide",
    "camp",
    "building",
    "hall",
    "street",
    "avenue",
    "road",
    "studio",
    "window",
    "door",
];

/// Qualifiers before a figure, longest first so that "just over" wins over "over".
pub(crate) const QUALIFIERS: &[&str] = &[
    "no more than",
    "not more than",
    "no fewer than",
    "no less than",
    "a little over",
    "a maximum of",
    "a minimum of",
    "in excess of",
    "as many as",
    "as much as",
    "as few as",
    "as little as",
    "at least",
    "at most",
    "more than",
    "fewer than",
    "less than",
    "greater than",
    "up to",
    "close to",
    "upwards of",
    "just over",
    "just under",
    "just below",
    "just above",
    "well over",
    "well under",
    "well above",
    "well below",
    "an estimated",
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "over",
    "under",
    "below",
    "above",
    "only",
    "just",
    "estimated",
    "exactly",
    "precisely",
    "barely",
    "circa",
];

/// Words that open a unit of two words ("percentage points", "square kilometres").
const UNIT_OPENERS: &[&str] = &["percentage", "basis", "degrees", "square"];

/// Plural nouns without a final "s".
const PLURALS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "personnel",
    "staff",
    "cattle",
    "sheep",
    "fish",
    "deer",
    "aircraft",
    "livestock",
    "poultry",
    "militia",
    "clergy",
    "crew",
    "youth",
    "teeth",
    "feet",
    "mice",
    "geese",
    "offspring",
    "folk",
    "infantry",
    "cavalry",
    "data",
];

/// Cardinal number words.
const NUMBERS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Multipliers, as powers of ten.
const SCALES: &[(&str, i32)] = &[
    ("hundred", 2),
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
    ("lakh", 5),
    ("lakhs", 5),
    ("crore", 7),
    ("crores", 7),
];

/// Abbreviated multipliers ("$3m", "€1.5bn", "5k").
const SCALE_ABBREVIATIONS: &[(&str, i32)] = &[
    ("k", 3),
    ("m", 6),
    ("mn", 6),
    ("mln", 6),
    ("b", 9),
    ("bn", 9),
    ("bln", 9),
    ("tn", 12),
    ("trn", 12),
];

/// Fraction words and their denominators.
const FRACTIONS: &[(&str, u8)] = &[
    ("half", 2),
    ("third", 3),
    ("quarter", 4),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
];

/// Plural fraction words.
const FRACTION_PLURALS: &[(&str, u8)] = &[
    ("halves", 2),
    ("thirds", 3),
    ("quarters", 4),
    ("fourths", 4),
    ("fifths", 5),
    ("sixths", 6),
    ("sevenths", 7),
    ("eighths", 8),
    ("ninths", 9),
    ("tenths", 10),
];

/// Vague plurals and the unit they multiply ("hundreds of").
const VAGUE: &[(&str, f64)] = &[
    ("dozens", 12.0),
    ("scores", 20.0),
    ("tens", 10.0),
    ("hundreds", 100.0),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
];

/// Month names.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month abbreviations (read only before a day or a year).
const MONTH_ABBREVIATIONS: &[(&str, u32)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekday names, Monday first.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Units of time.
const PERIODS: &[(&str, Period)] = &[
    ("minute", Period::Hour),
    ("minutes", Period::Hour),
    ("hour", Period::Hour),
    ("hours", Period::Hour),
    ("day", Period::Day),
    ("days", Period::Day),
    ("week", Period::Week),
    ("weeks", Period::Week),
    ("month", Period::Month),
    ("months", Period::Month),
    ("year", Period::Year),
    ("years", Period::Year),
];

/// Days named relative to publication.
const DAYS: &[(&str, i64)] = &[
    ("yesterday", -1),
    ("today", 0),
    ("tonight", 0),
    ("tomorrow", 1),
];

/// Currency words and their ISO 4217 codes ("pounds" is money only with a multiplier).
const CURRENCIES: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("won", "KRW"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("hryvnia", "UAH"),
    ("hryvnias", "UAH"),
    ("hryvnas", "UAH"),
    ("franc", "CHF"),
    ("francs", "CHF"),
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("rand", "ZAR"),
    ("ringgit", "MYR"),
    ("baht", "THB"),
    ("shekel", "ILS"),
    ("shekels", "ILS"),
    ("riyal", "SAR"),
    ("riyals", "SAR"),
    ("dirham", "AED"),
    ("dirhams", "AED"),
    ("naira", "NGN"),
    ("rupiah", "IDR"),
    ("zloty", "PLN"),
    ("zlotys", "PLN"),
    ("bitcoin", "BTC"),
    ("bitcoins", "BTC"),
];

/// Units of measure and their symbols.
const UNITS: &[(&str, &str)] = &[
    ("km", "km"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("mile", "mi"),
    ("miles", "mi"),
    ("metre", "m"),
    ("metres", "m"),
    ("meter", "m"),
    ("meters", "m"),
    ("cm", "cm"),
    ("centimetres", "cm"),
    ("centimeters", "cm"),
    ("mm", "mm"),
    ("millimetres", "mm"),
    ("millimeters", "mm"),
    ("feet", "ft"),
    ("foot", "ft"),
    ("ft", "ft"),
    ("inches", "in"),
    ("inch", "in"),
    ("kg", "kg"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("kilos", "kg"),
    ("grams", "g"),
    ("gram", "g"),
    ("tonne", "t"),
    ("tonnes", "t"),
    ("ton", "t"),
    ("tons", "t"),
    ("lb", "lb"),
    ("lbs", "lb"),
    ("hectare", "ha"),
    ("hectares", "ha"),
    ("ha", "ha"),
    ("acre", "acre"),
    ("acres", "acre"),
    ("litre", "L"),
    ("litres", "L"),
    ("liter", "L"),
    ("liters", "L"),
    ("gallon", "gal"),
    ("gallons", "gal"),
    ("barrel", "bbl"),
    ("barrels", "bbl"),
    ("mph", "mph"),
    ("kph", "km/h"),
    ("celsius", "°C"),
    ("fahrenheit", "°F"),
    ("megawatts", "MW"),
    ("mw", "MW"),
    ("gigawatts", "GW"),
    ("gw", "GW"),
    ("kwh", "kWh"),
];

/// Builds the lexicon from the lists above; a word in several lists gets every flag, and
/// the class of the last list that gives it one.
fn build() -> Map {
    let mut map = Map::default();
    let mut add = |word: &'static str, class: Class, flags: u32| {
        let Some(k) = key(word) else {
            return;
        };
        let entry = map.entry(k).or_insert(Entry {
            class: Class::Plain,
            flags: 0,
        });
        if class != Class::Plain {
            entry.class = class;
        }
        entry.flags |= flags;
    };
    for (words, flags) in [
        (FUNCTION_WORDS, STOP),
        (PAST_WORDS, PAST),
        (FUTURE_WORDS, FUTURE),
        (DATE_CUES, DATE_CUE),
        (DETERMINERS, DETERMINER),
        (ABBREVIATIONS, ABBREVIATION),
        (LABELS, LABEL),
        (PLURALS, PLURAL),
        (UNIT_OPENERS, 0),
        (&["a", "an", "several"], OPENS_FIGURE),
        (&["last", "this", "next"], SHIFT),
    ] {
        for &w in words {
            add(w, Class::Plain, flags);
        }
    }
    // A qualifier's last word ("at least", "more than") marks where one may end.
    for q in QUALIFIERS {
        if let Some(last) = q.rsplit(' ').next() {
            add(last, Class::Plain, QUALIFIER_END);
        }
    }
    for &(w, n) in NUMBERS {
        add(w, Class::Number(n), 0);
    }
    for &(w, e) in SCALES {
        add(w, Class::Scale(e), 0);
    }
    for &(w, e) in SCALE_ABBREVIATIONS {
        add(w, Class::ScaleAbbrev(e), 0);
    }
    for &(w, d) in FRACTIONS {
        add(
            w,
            Class::Fraction {
                denominator: d,
                plural: false,
            },
            0,
        );
    }
    for &(w, d) in FRACTION_PLURALS {
        add(
            w,
            Class::Fraction {
                denominator: d,
                plural: true,
            },
            0,
        );
    }
    for &(w, unit) in VAGUE {
        add(w, Class::Vague(unit), 0);
    }
    add("dozen", Class::Dozen, 0);
    for (month, &w) in (1..).zip(MONTHS) {
        add(
            w,
            Class::Month {
                month,
                abbrev: false,
            },
            0,
        );
    }
    for &(w, month) in MONTH_ABBREVIATIONS {
        add(
            w,
            Class::Month {
                month,
                abbrev: true,
            },
            0,
        );
    }
    for (day, &w) in (0..).zip(WEEKDAYS) {
        add(w, Class::Weekday(day), 0);
    }
    for &(w, p) in PERIODS {
        add(w, Class::Period(p), 0);
    }
    for &(w, d) in DAYS {
        add(w, Class::Day(d), 0);
    }
    for &(w, code) in CURRENCIES {
        add(w, Class::Currency(code), 0);
    }
    for &(w, symbol) in UNITS {
        add(w, Class::Unit(symbol), 0);
    }
    for w in ["percent", "pct", "pc"] {
        add(w, Class::Percent, 0);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_ignoring_case() {
        let may = lookup("May").expect("may");
        assert_eq!(
            may.class,
            Class::Month {
                month: 5,
                abbrev: false
            }
        );
        assert_ne!(may.flags & FUTURE, 0);
        assert_eq!(lookup("THOUSAND").map(|e| e.class), Some(Class::Scale(3)));
        assert!(lookup("Ukraine").is_none());
        assert!(lookup("extraordinarilylongword").is_none());
    }

    #[test]
    fn every_listed_word_is_found() {
        let lists: [&[&str]; 11] = [
            FUNCTION_WORDS,
            PAST_WORDS,
            FUTURE_WORDS,
            DATE_CUES,
            DETERMINERS,
            ABBREVIATIONS,
            LABELS,
            PLURALS,
            UNIT_OPENERS,
            MONTHS,
            WEEKDAYS,
        ];
        let pairs = CURRENCIES.iter().chain(UNITS).map(|p| p.0);
        for w in lists.into_iter().flatten().copied().chain(pairs) {
            assert!(lookup(w).is_some(), "{w}");
        }
    }

    #[test]
    fn words_keep_every_flag() {
        let won = lookup("won").expect("won");
        assert_eq!(won.class, Class::Currency("KRW"));
        assert_ne!(won.flags & PAST, 0);
        let last = lookup("last").expect("last");
        assert_eq!(last.flags & (STOP | DATE_CUE), STOP | DATE_CUE);
    }
}
