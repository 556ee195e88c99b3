//! People, organisations and places: capitalised names read from the tokens, told apart by
//! the gazetteer, the words they are made of, acronyms and titles, and clustered over their
//! mentions.
//!
//! Three passes. The first reads each line's names with their titles, and says what a name is
//! when its words tell: a title makes a person ("Indiana Gov. Mike Pence", where Indiana is a
//! place of its own), "Department" or "Commission on …" an organisation, the gazetteer a place,
//! "Act" or "Day" something else (a law, an event), and nationalities or faiths ("Sunni
//! Muslims", "Central European") are no name at all. Otherwise it guesses: two to four
//! capitalised words are most often a person, and one capitalised word is a name only if the
//! text confirms it. The second pass settles what the words alone could not, from the whole
//! text: a guessed name takes the kind the text is sure of elsewhere ("Wells Fargo CEO John
//! Stumpf" makes "Wells Fargo" an organisation), a lone word is kept when the text names it in
//! full ("Trump", "Hillary", "PENCE:" in a transcript are parts of a person's name used
//! elsewhere) or when it speaks ("Sanders said"), and a line in title case (a headline:
//! "Obama Seeks More Muslim Refugees") yields only the names the rest of the text or the
//! gazetteer confirm. The third clusters the mentions in text order, with maps: a surname joins
//! the person of that surname mentioned most, a full name joins a person only when their first
//! names agree ("Bill Clinton" is not "Hillary Clinton"; "Jr" is never a surname), a lone first
//! name joins the person it opens, and organisations and places cluster by their whole name
//! only. A role ("the Russian president") or a pronoun joins its person when a speaker's mention
//! is resolved.
//!
//! A possessive ending ("Trump's", "Clinton’s") is not part of a name: it is left out of the
//! mention's span, as it is out of the name that classifies and clusters it.

use crate::doc::Doc;
use crate::gazetteer::{self, Place, PlaceKind};
use crate::gender;
use crate::lexicon::{self, Word};
use crate::numeric;
use crate::speakers::Mention;
use crate::tokens::Kind;
use copydesk_record::EntityKind;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::LazyLock;

/// One entity as found: byte spans, before the record's character spans.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    /// What it is.
    pub kind: EntityKind,
    /// The fullest name used.
    pub name: String,
    /// Roles the text gives it.
    pub titles: Vec<String>,
    /// Places: the ISO country code.
    pub country: Option<&'static str>,
    /// Places: coordinates, when the gazetteer has them.
    pub coordinates: Option<(f64, f64)>,
    /// Byte spans of every mention, in text order.
    pub mentions: Vec<(usize, usize)>,
}

/// Last words that make a name an organisation's.
const ORG_WORDS: &[&str] = &[
    "Party",
    "Department",
    "Ministry",
    "Agency",
    "Committee",
    "Council",
    "Commission",
    "Court",
    "Congress",
    "Senate",
    "House",
    "Bank",
    "Group",
    "Foundation",
    "Institute",
    "University",
    "College",
    "Association",
    "Union",
    "Corporation",
    "Corp",
    "Inc",
    "Company",
    "Co",
    "Times",
    "Post",
    "News",
    "Journal",
    "Network",
    "Press",
    "Service",
    "Office",
    "Administration",
    "Bureau",
    "Authority",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Guard",
    "Police",
    "Campaign",
    "Fund",
    "Center",
    "Centre",
    "Organization",
    "Organisation",
    "League",
    "Federation",
    "Coalition",
    "Alliance",
    "Reuters",
    "Tribune",
    "Herald",
    "Magazine",
    "Channel",
    "Caucus",
    "Club",
    "Society",
    "School",
    "Church",
    "Board",
    "Parliament",
    "Assembly",
    "Cabinet",
    "Kremlin",
    "Pentagon",
    "Ltd",
    "LLC",
    "PAC",
    "Project",
    "Trust",
    "Industries",
    "Airlines",
    "Airways",
    "Motors",
    "Media",
    "Studios",
    "Review",
    "Daily",
    "Gazette",
    "Chronicle",
    "Monitor",
    "Telegraph",
    "Guardian",
    "Economist",
    "Politico",
    "Breitbart",
    "Facebook",
    "Twitter",
    "Google",
    "Microsoft",
    "Apple",
    "Amazon",
    "Hospital",
    "Academy",
    "Bloomberg",
    "Initiative",
    "Movement",
    "Front",
    "Brigade",
    "Command",
    "Division",
    "Republicans",
    "Democrats",
    "Conference",
    "Secretariat",
    "Senators",
    "State",
    "Forum",
    "Energy",
    "Holdings",
    "Partners",
    "Institution",
    "Watch",
    "Corps",
    "Reserve",
    "Brotherhood",
    "Subcommittee",
    "Circuit",
    "Radio",
];

/// Words of `ORG_WORDS` that name one organisation on their own ("Congress", "the Kremlin");
/// the others alone are common nouns at a sentence's start ("Police said").
const LONE_ORGS: &[&str] = &[
    "Congress",
    "Senate",
    "House",
    "Parliament",
    "Kremlin",
    "Pentagon",
    "Reuters",
    "Politico",
    "Breitbart",
    "Facebook",
    "Twitter",
    "Google",
    "Microsoft",
    "Apple",
    "Amazon",
    "Bloomberg",
    "Republicans",
    "Democrats",
    "Economist",
    "Guardian",
    "Telegraph",
];

/// First words that make a name an organisation's: "United Nations", "Federal Reserve".
const ORG_FIRST: &[&str] = &["United", "National", "International", "Federal"];

/// Lower-case words that, after a demonym, make an organisation: "South Korean
/// intelligence", "Ukrainian officials".
const ORG_NOUNS: &[&str] = &[
    "intelligence",
    "officials",
    "government",
    "military",
    "forces",
    "army",
    "authorities",
    "police",
    "troops",
    "navy",
    "ministry",
    "prosecutors",
    "diplomats",
    "media",
    "lawmakers",
    "leaders",
    "officers",
    "regulators",
    "investigators",
];

/// Last words of names that are neither people, organisations nor places: laws, plans and
/// treaties ("Affordable Care Act", "Clean Power Plan"), days and wars ("Election Day",
/// "World War II"), prizes and shows.
const OTHER_WORDS: &[&str] = &[
    "Act",
    "Amendment",
    "Plan",
    "Agreement",
    "Treaty",
    "Accord",
    "Accords",
    "Doctrine",
    "Constitution",
    "Convention",
    "Law",
    "Deal",
    "Day",
    "War",
    "Olympics",
    "Games",
    "Cup",
    "Prize",
    "Award",
    "Awards",
    "Festival",
    "Summit",
    "Show",
    "Crisis",
    "Revolution",
    "Medal",
    "Survey",
    "Charter",
];

/// First words of names that are neither people, organisations nor places: ships ("USS
/// Cole"), storms, operations.
const OTHER_FIRST: &[&str] = &["USS", "HMS", "Operation", "Hurricane", "Tropical"];

/// Last words that make a name a place's: "Wall Street", "Staten Island", "Orange County".
const PLACE_WORDS: &[&str] = &[
    "Street",
    "Avenue",
    "Boulevard",
    "Road",
    "Square",
    "Island",
    "Islands",
    "River",
    "Mountain",
    "Mountains",
    "Valley",
    "Bay",
    "Beach",
    "Coast",
    "Sea",
    "Ocean",
    "Strait",
    "Canal",
    "Peninsula",
    "Desert",
    "Park",
    "County",
    "Parish",
    "Airport",
    "Bridge",
    "Monument",
    "Memorial",
    "Plaza",
    "Falls",
    "Heights",
    "Harbor",
    "Harbour",
    "Canyon",
    "City",
    "District",
];

/// First words that make a name a place's: "Fort Wayne", "Mount Everest", "Camp David".
const PLACE_FIRST: &[&str] = &[
    "Fort", "Mount", "Mt", "Lake", "Camp", "Cape", "Gulf", "Port", "San", "Santa", "Saint", "St",
    "Los", "Las", "El",
];

/// Faiths and other groups of people, which like nationalities are no one's name: "Sunni
/// Muslims", "radical Islamic".
const GROUP_WORDS: &[&str] = &[
    "Muslim",
    "Muslims",
    "Christian",
    "Christians",
    "Jew",
    "Jews",
    "Jewish",
    "Catholic",
    "Catholics",
    "Sunni",
    "Sunnis",
    "Shia",
    "Shias",
    "Shiite",
    "Shiites",
    "Hindu",
    "Hindus",
    "Buddhist",
    "Buddhists",
    "Islamic",
    "Islamist",
    "Islamists",
    "Evangelical",
    "Evangelicals",
    "Protestant",
    "Protestants",
    "Mormon",
    "Mormons",
    "Democrat",
];

/// Titles of a company's people: a name before one is its company's ("Wells Fargo CEO").
const COMPANY_TITLES: &[&str] = &[
    "ceo",
    "chairman",
    "chairwoman",
    "founder",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "executive",
    "chief",
];

/// Capitalised words that are never names on their own, besides months, weekdays and
/// days ([`not_name`]).
const NOT_NAMES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Read",
    "Related",
    "Photo",
    "Image",
    "Advertisement",
    "Getty",
    "AP",
    "Democratic",
    "Republican",
    "Christian",
    "Muslim",
    "Jewish",
    "Catholic",
    "God",
    "OK",
    "TV",
    "I",
    "A",
    "An",
    "For",
    "Of",
    "However",
    "Meanwhile",
    "Instead",
    "Among",
];

/// Lower-case particles inside a person's name: "Ludwig van Beethoven", "Osama bin Laden".
const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "bin", "al", "la", "le", "du", "da", "di", "del",
];

/// Words after a surname that are not the surname: "Joseph R. Biden Jr", "World War II".
const SUFFIXES: &[&str] = &["Jr", "Sr", "II", "III", "IV"];

/// Titles that come before a surname alone: "Mr. Justice", "Dr. King".
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "dr", "miss"];

/// Short words whose dot does not end a name: "St. Louis", "Ft. Worth", "Mt. Vernon".
const ABBREVIATIONS: &[&str] = &["St", "Ft", "Mt"];

/// Prefixes of surnames written with an inner capital ("McConnell", "DuVernay"); another inner
/// capital marks a brand ("PolitiFact", "WikiLeaks").
const SURNAME_PREFIXES: &[&str] = &[
    "Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Del", "Della", "St", "Fitz",
];

/// How a name's kind was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Evidence {
    /// Its words, a title, the gazetteer or the rest of the text say what it is.
    Sure,
    /// Two to four capitalised words and nothing more: most often a person.
    Guess,
    /// One capitalised word and nothing more: a name only if the text confirms it.
    Lone,
}

/// A name as it is written.
struct Name<'t> {
    /// The first token of the name proper (titles excluded).
    first: usize,
    /// The token after its last.
    end: usize,
    /// Its titles' tokens, before it.
    titles: Option<(usize, usize)>,
    /// The byte where its mention starts: its titles', or its own.
    start: usize,
    /// The name as it is read: without a possessive ending, and in title case when the text
    /// writes it in capitals ("PENCE:" is "Pence").
    key: Cow<'t, str>,
    /// What it is.
    kind: EntityKind,
    /// How sure that is.
    evidence: Evidence,
    /// Places: the gazetteer's entry, if it has one.
    place: Option<&'static Place>,
}

/// The entities of `doc`, and a map from a token to the entity whose mention holds it.
pub(crate) struct Entities {
    /// The entities, in order of first mention.
    pub found: Vec<Found>,
    /// For each token: 1 + the entity its mention belongs to, or 0.
    pub of_token: Vec<u32>,
}

/// Finds the entities of `doc`.
pub(crate) fn find(doc: &Doc) -> Entities {
    let mut names = Vec::new();
    let mut headlines = Vec::new();
    let mut a = 0;
    while a < doc.tokens.len() {
        let mut b = a + 1;
        while b < doc.tokens.len() && !doc.tokens[b].line_before {
            b += 1;
        }
        if title_case(doc, a, b) {
            headlines.push((a, b));
        } else {
            let mut i = a;
            while i < b {
                i = name_at(doc, i, b, &mut names);
            }
        }
        a = b;
    }
    settle(doc, &mut names, &headlines);
    let mut entities = cluster(doc, &names);
    entities.appositions(doc);
    entities
}

impl Entities {
    /// "Putin, the Russian president, said": a role set off by commas after a person's name
    /// is one of their titles, and a mention of them.
    fn appositions(&mut self, doc: &Doc) {
        let n = doc.tokens.len();
        let mut i = 0;
        while i + 3 < n {
            let Some(id) = self.of_token[i].checked_sub(1).map(|id| id as usize) else {
                i += 1;
                continue;
            };
            let ends_name = self.of_token[i + 1] != id as u32 + 1;
            let opens = ends_name
                && doc.is(i + 1, ',')
                && (doc.is_word(i + 2, "the") || doc.is_word(i + 2, "a"));
            if self.found[id].kind != EntityKind::Person || !opens {
                i += 1;
                continue;
            }
            // The role runs to the next comma or full stop and ends with a title word.
            let start = i + 2;
            let end = (start + 1..n.min(start + 7))
                .find(|&k| doc.is(k, ',') || doc.is(k, '.') || doc.tokens[k].line_before);
            let Some(end) = end else {
                i += 1;
                continue;
            };
            let is_role = doc.word(end - 1) == Some(Word::Title)
                && (start + 1..end)
                    .all(|k| doc.tokens[k].kind == Kind::Word && self.of_token[k] == 0);
            if is_role {
                let title = span_text(doc, start + 1, end).to_string();
                let e = &mut self.found[id];
                if !e.titles.contains(&title) {
                    e.titles.push(title);
                }
                self.add_mention(doc, id, start, end);
            }
            i = end;
        }
    }

    /// The entity a speaker's mention denotes: the entity named inside it, the person who
    /// holds the role it names ("the Russian president"), or for a pronoun the nearest
    /// person before it. Records the mention when it is new.
    pub(crate) fn resolve(&mut self, doc: &Doc, m: Mention) -> Option<usize> {
        if let Some(id) = (m.first..m.end)
            .rev()
            .find_map(|i| self.of_token[i].checked_sub(1))
        {
            return Some(id as usize);
        }
        let id = if m.end - m.first == 1 && doc.word(m.first) == Some(Word::Pronoun) {
            // "she said": the nearest person before whose name or title does not show a man.
            let needs = gender::of_pronoun(doc.tokens[m.first].text(doc.text));
            // A name's tokens stand together: each person is weighed once, not once a token.
            let mut weighed = None;
            (0..m.first).rev().find_map(|i| {
                let id = self.of_token[i].checked_sub(1)? as usize;
                if weighed.replace(id) == Some(id) {
                    return None;
                }
                let e = &self.found[id];
                let shows = || gender::of_person(&e.name, e.titles.iter().map(String::as_str));
                (e.kind == EntityKind::Person
                    && (needs.is_none() || shows().is_none_or(|g| Some(g) == needs)))
                .then_some(id)
            })?
        } else {
            self.holder_of_role(doc, m)?
        };
        self.add_mention(doc, id, m.first, m.end);
        Some(id)
    }

    /// Records tokens `first..end` as a mention of entity `id`, once.
    fn add_mention(&mut self, doc: &Doc, id: usize, first: usize, end: usize) {
        let span = doc.bytes(first, end);
        let e = &mut self.found[id];
        if !e.mentions.contains(&span) {
            e.mentions.push(span);
            e.mentions.sort_unstable();
        }
        for slot in &mut self.of_token[first..end] {
            *slot = id as u32 + 1;
        }
    }

    /// "the president", "the Russian president": the last person before the mention whose
    /// titles end with the role's word.
    fn holder_of_role(&self, doc: &Doc, m: Mention) -> Option<usize> {
        let head = doc.tokens[m.end - 1].text(doc.text);
        if doc.word(m.end - 1) != Some(Word::Title) || !doc.is_word(m.first, "the") {
            return None;
        }
        let start = doc.tokens[m.first].start;
        self.found
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.kind == EntityKind::Person
                    && e.mentions.first().is_some_and(|s| s.0 < start)
                    && e.titles.iter().any(|t| {
                        t.rsplit(' ')
                            .next()
                            .is_some_and(|w| w.trim_end_matches('.').eq_ignore_ascii_case(head))
                    })
            })
            .max_by_key(|(_, e)| e.mentions.iter().filter(|s| s.0 < start).map(|s| s.0).max())
            .map(|(id, _)| id)
    }
}

/// The second pass: guessed and lone names settled from the whole text, and the headlines'
/// names read against it. Leaves the names in text order.
fn settle<'t>(doc: &Doc<'t>, names: &mut Vec<Name<'t>>, headlines: &[(usize, usize)]) {
    // What the text is sure a name is.
    let mut sure: FxHashMap<&'t str, EntityKind> = FxHashMap::default();
    for n in names.iter().filter(|n| n.evidence == Evidence::Sure) {
        if let Some(key) = text_key(n) {
            sure.entry(key).or_insert(n.kind);
        }
    }
    for n in names.iter_mut().filter(|n| n.evidence == Evidence::Guess) {
        if let Some(&kind) = sure.get(&*n.key) {
            n.kind = kind;
            n.evidence = Evidence::Sure;
        }
    }
    // A guessed person whose every word the text also writes in lower case is a phrase in
    // title case ("Mostly True", "Climate Change"), not a name.
    let mut lower: FxHashMap<(char, &'t str), bool> = FxHashMap::default();
    for n in names.iter() {
        let wanted = match n.evidence {
            Evidence::Guess => n.kind == EntityKind::Person,
            Evidence::Lone => speaks(doc, n.end),
            Evidence::Sure => false,
        };
        if wanted && let Some(key) = text_key(n) {
            lower.extend(
                key.split_whitespace()
                    .filter_map(lower_key)
                    .map(|k| (k, false)),
            );
        }
    }
    written_in_lower_case(doc, &mut lower);
    let in_lower = |w: &str| lower_key(w).is_some_and(|k| lower.get(&k) == Some(&true));
    names.retain(|n| {
        n.evidence != Evidence::Guess
            || n.kind != EntityKind::Person
            || !n.key.split_whitespace().all(in_lower)
    });
    // Every name the text uses, and the parts of people's names, which confirm lone words; a
    // lone word that speaks confirms itself, unless it is a title or a common noun that opens
    // a sentence ("Police said", "Polls show").
    let mut known = sure;
    for n in names.iter() {
        let Some(key) = text_key(n) else {
            continue;
        };
        match n.evidence {
            Evidence::Sure | Evidence::Guess => {
                known.entry(key).or_insert(n.kind);
            }
            Evidence::Lone if speaks(doc, n.end) && !is_title(key) && !in_lower(key) => {
                known.entry(key).or_insert(n.kind);
            }
            Evidence::Lone => {}
        }
    }
    for n in names.iter().filter(|n| n.kind == EntityKind::Person) {
        if n.evidence == Evidence::Lone {
            continue;
        }
        if let Some((first, surname)) = text_key(n).and_then(person_parts) {
            known.entry(surname).or_insert(EntityKind::Person);
            if let Some(first) = first {
                known.entry(first).or_insert(EntityKind::Person);
            }
        }
    }
    names.retain_mut(|n| {
        if n.evidence != Evidence::Lone {
            return true;
        }
        let Some(&kind) = known.get(&*n.key) else {
            return false;
        };
        n.kind = kind;
        n.evidence = Evidence::Sure;
        true
    });
    if headlines.is_empty() {
        return;
    }
    for &(a, b) in headlines {
        headline_names(doc, a, b, &known, names);
    }
    names.sort_by_key(|n| n.first);
}

/// A capitalised word as the text would write it in lower case, for a map key: its first letter
/// in lower case and the rest ("Police" is ('p', "olice")).
fn lower_key(word: &str) -> Option<(char, &str)> {
    let mut chars = word.chars();
    let c = chars.next().filter(|c| c.is_uppercase())?;
    Some((c.to_lowercase().next()?, chars.as_str()))
}

/// Which of the `wanted` capitalised words the text also writes in lower case ("police" for
/// "Police"): the text is read once, for all of them.
fn written_in_lower_case<'t>(doc: &Doc<'t>, wanted: &mut FxHashMap<(char, &'t str), bool>) {
    if wanted.is_empty() {
        return;
    }
    for t in &doc.tokens {
        if t.kind != Kind::Word || t.is_capitalized(doc.text) {
            continue;
        }
        let w = t.text(doc.text);
        let mut chars = w.chars();
        if let Some(c) = chars.next()
            && let Some(seen) = wanted.get_mut(&(c, chars.as_str()))
        {
            *seen = true;
        }
    }
}

/// The third pass: the names clustered into entities, in text order.
fn cluster(doc: &Doc, names: &[Name]) -> Entities {
    let mut entities = Entities {
        found: Vec::new(),
        of_token: vec![0; doc.tokens.len()],
    };
    // Organisations, places and others by kind and name; people by full name.
    let mut exact: FxHashMap<(EntityKind, &str), usize> = FxHashMap::default();
    // People by surname, the first of them first, and by first name.
    let mut surnames: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let mut first_names: FxHashMap<&str, usize> = FxHashMap::default();
    // For each entity, the first name it was given, if any.
    let mut first_of: Vec<Option<&str>> = Vec::new();
    for n in names {
        let key: &str = match n.place {
            Some(p) => p.name,
            None => &n.key,
        };
        let existing = if n.kind == EntityKind::Person {
            exact
                .get(&(EntityKind::Person, key))
                .copied()
                .or_else(|| match person_parts(key) {
                    // A full name joins a person of its surname whose first name agrees.
                    Some((Some(first), surname)) => surnames.get(surname).and_then(|ids| {
                        ids.iter().copied().find(|&id| {
                            first_of[id].is_none_or(|other| same_first_name(first, other))
                        })
                    }),
                    // A surname alone joins the person of that surname mentioned most, and a
                    // first name alone the person it opens.
                    _ => surnames
                        .get(key)
                        .and_then(|ids| {
                            ids.iter()
                                .copied()
                                .rev()
                                .max_by_key(|&id| entities.found[id].mentions.len())
                        })
                        .or_else(|| first_names.get(key).copied()),
                })
        } else {
            exact.get(&(n.kind, key)).copied()
        };
        let id = existing.unwrap_or_else(|| {
            entities.found.push(Found {
                kind: n.kind,
                name: key.to_string(),
                titles: Vec::new(),
                // "South Korean intelligence" is South Korea's.
                country: n.place.map(|p| p.country).or_else(|| {
                    let len = demonym_len(doc, n.first, n.end);
                    (n.kind == EntityKind::Organization && len > 0)
                        .then(|| gazetteer::demonym(span_text(doc, n.first, n.first + len)))
                        .flatten()
                }),
                coordinates: n.place.and_then(|p| p.lat.zip(p.lon)),
                mentions: Vec::new(),
            });
            first_of.push(None);
            entities.found.len() - 1
        });
        exact.entry((n.kind, key)).or_insert(id);
        if n.kind == EntityKind::Person
            && let Some((first, surname)) = person_parts(key)
        {
            let ids = surnames.entry(surname).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
            if let Some(first) = first {
                first_names.entry(first).or_insert(id);
                first_of[id].get_or_insert(first);
            }
        }
        let e = &mut entities.found[id];
        if n.kind == EntityKind::Person && key.len() > e.name.len() {
            e.name = key.to_string();
        }
        if let Some((a, b)) = n.titles {
            let title = span_text(doc, a, b);
            if !e.titles.iter().any(|t| t == title) {
                e.titles.push(title.to_string());
            }
        }
        e.mentions.push((n.start, bare_end(doc, n.end - 1)));
        for slot in &mut entities.of_token[n.first..n.end] {
            *slot = id as u32 + 1;
        }
    }
    entities
}

/// A person's name as its first name (none for a surname alone) and its surname, the last
/// word that is not a suffix: "Joseph R. Biden Jr" is ("Joseph", "Biden").
fn person_parts(name: &str) -> Option<(Option<&str>, &str)> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    let surname = name
        .split_whitespace()
        .rev()
        .find(|w| !listed(List::Suffix, w.trim_end_matches('.')))
        .unwrap_or(first);
    let surname = surname.trim_end_matches('.');
    if std::ptr::eq(first, surname) || first.trim_end_matches('.') == surname {
        return Some((None, surname));
    }
    Some((Some(first), surname))
}

/// Two first names of one person: equal, or one an initial or short form of the other
/// ("J." and "John", "Joe" and "Joseph"), which begin with the same letter.
fn same_first_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim_end_matches('.'), b.trim_end_matches('.'));
    a == b
        || a.chars()
            .next()
            .zip(b.chars().next())
            .is_some_and(|(x, y)| x == y)
}

/// The name's key as a slice of the text, unless it was rewritten (written in capitals).
fn text_key<'t>(n: &Name<'t>) -> Option<&'t str> {
    match n.key {
        Cow::Borrowed(key) => Some(key),
        Cow::Owned(_) => None,
    }
}

/// Token `i` opens its line or its sentence, after marks and punctuation if any: its capital
/// says nothing.
fn opens_sentence(doc: &Doc, i: usize) -> bool {
    let first = doc.sentences[doc.sentence_of[i] as usize].first;
    doc.tokens[i].line_before || (first..i).all(|k| doc.tokens[k].kind != Kind::Word)
}

/// A lone word followed by a verb of saying or believing: "Sanders said", "Trump believes";
/// not a participle ("Keeps saying").
fn speaks(doc: &Doc, next: usize) -> bool {
    next < doc.tokens.len()
        && (doc.is_verb(next, Word::Speech) || doc.is_verb(next, Word::Belief))
        && !doc.tokens[next].text(doc.text).ends_with("ing")
}

/// A line in title case, as headlines are written: three words or more, none of four letters
/// or more in lower case, and unless it is the text's first line (where the headline goes), a
/// small word capitalised inside it ("Obama Seeks More Muslim Refugees As He Recognizes …"),
/// which a sentence of names and titles does not have ("Indiana Gov. Mike Pence and House
/// Speaker Paul Ryan met.").
fn title_case(doc: &Doc, a: usize, b: usize) -> bool {
    let mut words = 0;
    let mut small = false;
    for (k, t) in doc.tokens[a..b].iter().enumerate() {
        if t.kind != Kind::Word {
            continue;
        }
        words += 1;
        let w = t.text(doc.text);
        if !t.is_capitalized(doc.text) {
            if w.len() >= 4 {
                return false;
            }
        } else if k > 0 && !small {
            small = not_name(w) || lexicon::word(w).is_some_and(|class| class != Word::Title);
        }
    }
    words >= 3 && (small || a == 0)
}

/// The names of a title-case line: its spans of capitalised words that the rest of the text
/// names (whole, or a person's surname or first name) or that the gazetteer knows, longest
/// first.
fn headline_names<'t>(
    doc: &Doc<'t>,
    a: usize,
    b: usize,
    known: &FxHashMap<&'t str, EntityKind>,
    out: &mut Vec<Name<'t>>,
) {
    let mut p = a;
    while p < b {
        if !name_word(doc, p) {
            p += 1;
            continue;
        }
        let mut q = p;
        while q < b && name_word(doc, q) {
            q += 1;
            if is_possessive(word(doc, q - 1)) {
                break;
            }
        }
        let mut k = p;
        while k < q {
            let found = (k + 1..=q.min(k + 4)).rev().find_map(|r| {
                let key = read_key(doc, k, r);
                if let Some(&kind) = known.get(&*key) {
                    return Some((r, key, kind, None));
                }
                if let Some(place) = gazetteer::place(&key) {
                    return Some((r, key, EntityKind::Place, Some(place)));
                }
                if gazetteer::is_area(&key) {
                    return Some((r, key, EntityKind::Place, None));
                }
                let written = bare(word(doc, k));
                (r == k + 1 && acronym(written)).then_some((
                    r,
                    Cow::Borrowed(written),
                    EntityKind::Organization,
                    None,
                ))
            });
            match found {
                Some((r, key, kind, place)) => {
                    out.push(Name {
                        first: k,
                        end: r,
                        titles: None,
                        start: doc.tokens[k].start,
                        key,
                        kind,
                        evidence: Evidence::Sure,
                        place,
                    });
                    k = r;
                }
                None => k += 1,
            }
        }
        p = q;
    }
}

/// The name of tokens `first..end` as it is read: the text less a possessive ending, in title
/// case when every word is in capitals.
fn read_key<'t>(doc: &Doc<'t>, first: usize, end: usize) -> Cow<'t, str> {
    let text = bare_text(doc, first, end);
    let capitals = (first..end)
        .filter(|&k| doc.tokens[k].kind == Kind::Word)
        .all(|k| in_capitals(bare(word(doc, k))));
    if capitals && gazetteer::place(text).is_none() {
        Cow::Owned(title_cased(text))
    } else {
        Cow::Borrowed(text)
    }
}

/// "PENCE" as "Pence", "CHRIS WALLACE" as "Chris Wallace".
fn title_cased(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut start = true;
    for c in text.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    out
}

/// A word written in capitals: two letters or more, none in lower case ("PENCE", "U.S.").
fn in_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// An acronym: two to six capitals, dots or ampersands ("FBI", "S.E.C.", "AT&T").
fn acronym(word: &str) -> bool {
    (2..=6).contains(&word.len())
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.' || c == '&')
        && word.chars().any(|c| c.is_ascii_uppercase())
}

/// The text of token `i`.
fn word<'t>(doc: &Doc<'t>, i: usize) -> &'t str {
    doc.tokens[i].text(doc.text)
}

/// A word without its possessive ending: "Trump" for "Trump's" and "Clinton’s".
fn bare(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .filter(|w| !w.is_empty())
        .unwrap_or(word)
}

/// A word with a possessive ending.
fn is_possessive(word: &str) -> bool {
    bare(word).len() < word.len()
}

/// The byte where token `i` ends, less a possessive ending.
fn bare_end(doc: &Doc, i: usize) -> usize {
    let t = &doc.tokens[i];
    let w = t.text(doc.text);
    t.end - (w.len() - bare(w).len())
}

/// A contraction of a pronoun or a verb: "I'll", "we’re", "they've", "I'd", "I'm".
fn is_contraction(word: &str) -> bool {
    [
        "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'d", "’d", "'m", "’m",
    ]
    .iter()
    .any(|end| word.ends_with(end))
}

fn span_text<'t>(doc: &Doc<'t>, first: usize, end: usize) -> &'t str {
    let (start, end) = doc.bytes(first, end);
    &doc.text[start..end]
}

/// The text of tokens `first..end` without the last one's possessive ("Putin's" → "Putin").
fn bare_text<'t>(doc: &Doc<'t>, first: usize, end: usize) -> &'t str {
    &doc.text[doc.tokens[first].start..bare_end(doc, end - 1)]
}

/// The word lists, each a flag of one table.
#[derive(Debug, Clone, Copy)]
enum List {
    OrgWord = 1,
    LoneOrg = 1 << 1,
    OrgFirst = 1 << 2,
    OrgNoun = 1 << 3,
    OtherWord = 1 << 4,
    OtherFirst = 1 << 5,
    PlaceWord = 1 << 6,
    PlaceFirst = 1 << 7,
    Group = 1 << 8,
    NotName = 1 << 9,
    Suffix = 1 << 10,
    Particle = 1 << 11,
    Abbreviation = 1 << 12,
    SurnamePrefix = 1 << 13,
}

/// Every listed word and the lists it is in, built on first use.
static LISTS: LazyLock<FxHashMap<&'static str, u16>> = LazyLock::new(|| {
    let lists: [(&[&str], List); 14] = [
        (ORG_WORDS, List::OrgWord),
        (LONE_ORGS, List::LoneOrg),
        (ORG_FIRST, List::OrgFirst),
        (ORG_NOUNS, List::OrgNoun),
        (OTHER_WORDS, List::OtherWord),
        (OTHER_FIRST, List::OtherFirst),
        (PLACE_WORDS, List::PlaceWord),
        (PLACE_FIRST, List::PlaceFirst),
        (GROUP_WORDS, List::Group),
        (NOT_NAMES, List::NotName),
        (SUFFIXES, List::Suffix),
        (PARTICLES, List::Particle),
        (ABBREVIATIONS, List::Abbreviation),
        (SURNAME_PREFIXES, List::SurnamePrefix),
    ];
    let mut table = FxHashMap::default();
    for (words, list) in lists {
        for w in words {
            *table.entry(*w).or_insert(0) |= list as u16;
        }
    }
    table
});

/// A capitalised word that is never a name on its own: "Thursday", "Oct", "Advertisement".
fn not_name(word: &str) -> bool {
    listed(List::NotName, word) || numeric::calendar_word(word).is_some()
}

/// Whether `word`, as written, is in `list`.
fn listed(list: List, word: &str) -> bool {
    LISTS
        .get(word)
        .is_some_and(|flags| flags & list as u16 != 0)
}

/// A title before a name: "President", "Sen", "CEO", "President-elect".
fn is_title(word: &str) -> bool {
    let word = word.strip_suffix("-elect").unwrap_or(word);
    lexicon::word(word) == Some(Word::Title)
}

/// A title shortened with a dot: "Gov.", "Sen.", "Lt." ("Justice." ends a sentence).
fn short_title(word: &str) -> bool {
    word.len() <= 4 && is_title(word)
}

/// How many tokens from `i`, before `b`, make a demonym: "Russian" one, "South Korean" two,
/// else none.
fn demonym_len(doc: &Doc, i: usize, b: usize) -> usize {
    if !doc.tokens[i].is_capitalized(doc.text) {
        return 0;
    }
    if i + 1 < b && !doc.tokens[i + 1].space_before {
        return usize::from(gazetteer::is_demonym(word(doc, i)));
    }
    if i + 1 < b && gazetteer::is_demonym(span_text(doc, i, i + 2)) {
        return 2;
    }
    usize::from(gazetteer::is_demonym(word(doc, i)))
}

/// A capitalised word that can be part of a name.
fn name_word(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    if !t.is_capitalized(doc.text) {
        return false;
    }
    let w = t.text(doc.text);
    let b = bare(w);
    !not_name(b.trim_end_matches('.'))
        && !is_contraction(w)
        && !matches!(
            lexicon::word(b),
            Some(Word::Stop | Word::Determiner | Word::Pronoun | Word::Adverb | Word::According)
        )
}

/// A single capital with its dot that opens or continues a name: "A. Philip Randolph",
/// "Donald J. Trump" (the dot is the token after).
fn initial(doc: &Doc, i: usize, b: usize) -> bool {
    let w = word(doc, i);
    w.len() == 1
        && w.bytes().all(|c| c.is_ascii_uppercase())
        && i + 2 < b
        && doc.is(i + 1, '.')
        && name_word(doc, i + 2)
}

/// The gazetteer's place of the next one or two tokens from `i`, or a region of the world.
fn place_follows(doc: &Doc, i: usize, b: usize) -> bool {
    let one = word(doc, i);
    gazetteer::place(one).is_some()
        || gazetteer::is_area(one)
        || (i + 1 < b && gazetteer::place(span_text(doc, i, i + 2)).is_some())
}

/// The names that start at token `i`, before the line's end `b`, pushed to `out`; returns
/// where to look next.
fn name_at<'t>(doc: &Doc<'t>, i: usize, b: usize, out: &mut Vec<Name<'t>>) -> usize {
    if doc.tokens[i].kind != Kind::Word {
        return i + 1;
    }
    if let Some(end) = party_state(doc, i, out) {
        return end;
    }
    // "South Korean intelligence": a demonym and an institution.
    let demonym = demonym_len(doc, i, b);
    if demonym > 0 {
        let j = i + demonym;
        if j < b && listed(List::OrgNoun, word(doc, j)) {
            out.push(Name {
                first: i,
                end: j + 1,
                titles: None,
                start: doc.tokens[i].start,
                key: Cow::Borrowed(span_text(doc, i, j + 1)),
                kind: EntityKind::Organization,
                evidence: Evidence::Sure,
                place: None,
            });
            return j + 1;
        }
    }
    // Titles first: "Russian President", "Sen.", "Republican presidential nominee".
    let mut title_end = None;
    let mut j = i;
    let mut after_title = false;
    while j < b && j - i < 5 {
        let t = &doc.tokens[j];
        let title = t.kind == Kind::Word && is_title(t.text(doc.text));
        let titled = title
            || j < i + demonym
            || (t.is_capitalized(doc.text) && gazetteer::is_demonym(t.text(doc.text)));
        let dot = after_title && doc.is(j, '.') && short_title(word(doc, j - 1));
        if titled || dot {
            j += 1;
            if title || dot {
                title_end = Some(j);
            }
            after_title = title;
            continue;
        }
        break;
    }
    if let Some(te) = title_end
        && te < b
        && (name_word(doc, te) || initial(doc, te, b))
    {
        let end = run_end(doc, te, b);
        // "Justice Department", "General Motors": a title word opens an organisation's name.
        let from = (i..te)
            .rev()
            .take_while(|&k| doc.tokens[k].is_capitalized(doc.text))
            .last()
            .unwrap_or(te);
        if from < te && org_word(bare(word(doc, end - 1))) {
            push(doc, out, from, end, None, b);
        } else {
            split(doc, te, end, b, Some(i), out);
        }
        return end;
    }
    // "Mr. Justice", "Dr. King": after an honorific, a title word is the surname.
    if let Some(te) = title_end
        && te >= i + 2
        && doc.tokens[te - 1].is_capitalized(doc.text)
    {
        let before = if doc.is(te - 2, '.') { te - 2 } else { te - 1 };
        if before > i
            && HONORIFICS
                .iter()
                .any(|h| word(doc, before - 1).eq_ignore_ascii_case(h))
        {
            // A surname only if the text names someone so ("Jim Justice"): not "Mr. President".
            out.push(Name {
                first: te - 1,
                end: te,
                titles: Some((i, te - 1)),
                start: doc.tokens[i].start,
                key: Cow::Borrowed(bare(word(doc, te - 1))),
                kind: EntityKind::Person,
                evidence: Evidence::Lone,
                place: None,
            });
            return te;
        }
    }
    // An adjective of a people, a faith or a party opens a name only when the name's words make
    // it one ("Soviet Union", "Republican Party", "North American Free Trade Agreement");
    // before a person's name it describes them ("Democrat Hillary Clinton"), and before a
    // common noun it is no name ("Russian voters").
    let w = word(doc, i);
    let adjective = if demonym > 0 {
        demonym
    } else {
        usize::from(listed(List::Group, w) || matches!(w, "Democratic" | "Republican"))
    };
    if adjective > 0 {
        let j = i + adjective;
        if !(j < b && name_word(doc, j) && !is_title(word(doc, j))) {
            return j;
        }
        let end = run_end(doc, j, b);
        if !named_by_words(doc, i, end) {
            return j;
        }
        split(doc, i, end, b, None, out);
        return end;
    }
    if !(name_word(doc, i) || initial(doc, i, b)) {
        return i + 1;
    }
    let end = run_end(doc, i, b);
    split(doc, i, end, b, None, out);
    end
}

/// Whether the words of tokens `first..end` say what the name is: an organisation's, a place's
/// or another kind's last word, an inner "of", or the gazetteer.
fn named_by_words(doc: &Doc, first: usize, end: usize) -> bool {
    let text = bare_text(doc, first, end);
    let last = bare(word(doc, end - 1)).trim_end_matches('.');
    let last = if listed(List::Suffix, last) && end - first > 1 {
        word(doc, end - 2)
    } else {
        last
    };
    org_word(last)
        || listed(List::OtherWord, last)
        || listed(List::PlaceWord, last)
        || gazetteer::place(text).is_some()
        || (first..end).any(|k| matches!(word(doc, k), "of" | "for" | "on"))
}

/// A party's initial and a state, as "(R-Utah)" and "D-Calif." follow a politician's name:
/// the state is a place. Returns where to look next.
fn party_state<'t>(doc: &Doc<'t>, i: usize, out: &mut Vec<Name<'t>>) -> Option<usize> {
    let w = word(doc, i).as_bytes();
    if !(w.len() > 2 && w[0].is_ascii_uppercase() && w[1] == b'-') {
        return None;
    }
    let start = doc.tokens[i].start + 2;
    let dot = doc.is(i + 1, '.') && !doc.tokens[i + 1].space_before;
    let end = [i + 1 + usize::from(dot), i + 1]
        .into_iter()
        .find(|&end| gazetteer::place(&doc.text[start..doc.tokens[end - 1].end]).is_some())?;
    let key = &doc.text[start..doc.tokens[end - 1].end];
    out.push(Name {
        first: i,
        end,
        titles: None,
        start,
        key: Cow::Borrowed(key),
        kind: EntityKind::Place,
        evidence: Evidence::Sure,
        place: gazetteer::place(key),
    });
    Some(end)
}

/// Where the name that starts at `s` ends: capitalised words, initials and their dots, the dots
/// of titles and abbreviations ("Gov. Mike Pence", "St. Louis"), particles ("Osama bin Laden",
/// "Department of Justice", "Commission on Presidential Debates"), up to a possessive; a
/// state's abbreviation keeps its dot ("Va.").
fn run_end(doc: &Doc, s: usize, b: usize) -> usize {
    let mut end = s;
    while end < b {
        if name_word(doc, end) || initial(doc, end, b) {
            end += 1;
            if is_possessive(word(doc, end - 1)) {
                break;
            }
            continue;
        }
        if end == s {
            break;
        }
        let next = end + 1 < b && (name_word(doc, end + 1) || initial(doc, end + 1, b));
        let prev = bare(word(doc, end - 1));
        let dot = doc.is(end, '.') && !doc.tokens[end].space_before;
        let joins = next
            && if dot {
                prev.len() == 1 || short_title(prev) || listed(List::Abbreviation, prev)
            } else {
                doc.tokens[end].kind == Kind::Word && particle_joins(doc, s, end, b)
            };
        if joins {
            end += 1;
            continue;
        }
        // "Institute for the Study of War": "of the" or "for the" after an organisation's word.
        let the_next = end + 2 < b
            && word(doc, end + 1) == "the"
            && (name_word(doc, end + 2) || initial(doc, end + 2, b));
        if the_next
            && matches!(word(doc, end), "of" | "for")
            && org_word(prev.trim_end_matches('.'))
        {
            end += 2;
            continue;
        }
        // "Richmond, Va.", but not "Del. Stacey Plaskett", where it is a title.
        let listed = s > 0 && (doc.is(s - 1, ',') || doc.is(s - 1, '('));
        if dot
            && (listed || !next)
            && gazetteer::place(&doc.text[doc.tokens[s].start..doc.tokens[end].end]).is_some()
        {
            end += 1;
        }
        break;
    }
    end
}

/// A lower-case word at `k` inside the name that starts at `s`: a person's particle, or "of"
/// and "for" after an organisation's word, a title or a single word whose next is no place
/// ("Bank of America", "Secretary of State", "Citizens for Tax Justice", "Institute for the
/// Study of War"; not "Kaine of Virginia"), or "on" after an organisation's word.
fn particle_joins(doc: &Doc, s: usize, k: usize, b: usize) -> bool {
    let w = word(doc, k);
    if listed(List::Particle, w) {
        return true;
    }
    let prev = bare(word(doc, k - 1)).trim_end_matches('.');
    match w {
        "of" | "for" => {
            org_word(prev)
                || (s..k).any(|i| org_word(bare(word(doc, i)).trim_end_matches('.')))
                || is_title(prev)
                || (k - s == 1
                    && !opens_sentence(doc, s)
                    && !place_follows(doc, k + 1, b)
                    && !is_title(word(doc, k + 1)))
        }
        "on" => org_word(prev),
        _ => false,
    }
}

/// A word that makes a name an organisation's when it ends it, or opens "… of" or "… on".
fn org_word(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    listed(List::OrgWord, word)
        || word
            .strip_suffix('s')
            .is_some_and(|one| one.len() > 1 && listed(List::OrgWord, one))
}

/// The names of the run `s..e`, after titles from `outer` if it has them: one, or a person
/// after titles inside it ("House Speaker Paul Ryan", "Secretary of State John Kerry"), with the
/// place or organisation that opens them ("Indiana Gov. Mike Pence", "FBI Director James
/// Comey") a name of its own.
fn split<'t>(
    doc: &Doc<'t>,
    s: usize,
    e: usize,
    b: usize,
    outer: Option<usize>,
    out: &mut Vec<Name<'t>>,
) {
    let last = bare(word(doc, e - 1));
    let whole = bare_text(doc, s, e);
    let inner = (s..e)
        .rev()
        .find(|&k| is_title(word(doc, k)) && person_after(doc, k, e));
    let Some(t) = inner.filter(|_| !org_word(last) && gazetteer::place(whole).is_none()) else {
        push(doc, out, s, e, outer.map(|o| (o, s)), b);
        return;
    };
    let mut name = t + 1 + usize::from(doc.is(t + 1, '.'));
    if matches!(word(doc, name), "of" | "for") {
        // "Secretary of State John Kerry": the person is the last two words, or three with
        // an initial, after at least one.
        let mut first = e - 1;
        if listed(List::Suffix, word(doc, first)) {
            first -= 1;
        }
        first -= 1;
        if first >= 2 && doc.is(first, '.') {
            first -= 2;
        }
        if first <= name + 1 {
            // A role and no one in it: "Secretary of State".
            if outer.is_none() && !is_title(word(doc, s)) {
                push(doc, out, s, e, None, b);
            }
            return;
        }
        name = first;
    }
    let mut block = t;
    while block > s
        && (is_title(word(doc, block - 1))
            || (doc.is(block - 1, '.') && block - 1 > s && is_title(word(doc, block - 2))))
    {
        block -= 1;
    }
    if block >= name {
        block = s;
    }
    let mut titles = (outer.unwrap_or(s), name);
    if block > s {
        // "Indiana Gov.", "FBI Director", "Wells Fargo CEO": a place or an organisation.
        let before = out.len();
        push(doc, out, s, block, None, b);
        let company = COMPANY_TITLES
            .iter()
            .any(|c| word(doc, t).eq_ignore_ascii_case(c))
            && (s..block)
                .filter(|&k| doc.tokens[k].kind == Kind::Word)
                .count()
                >= 2;
        match out.get_mut(before) {
            Some(n) if n.evidence == Evidence::Sure && n.kind != EntityKind::Person => {
                titles = (block, name);
            }
            Some(n) if company && n.evidence == Evidence::Guess => {
                n.kind = EntityKind::Organization;
                n.evidence = Evidence::Sure;
                titles = (block, name);
            }
            _ => out.truncate(before),
        }
    }
    push(doc, out, name, e, Some(titles), b);
}

/// A person's name after the title at `k`, before `e`: a word that is neither a title nor a
/// suffix ("King" in "Martin Luther King Jr" has none after it).
fn person_after(doc: &Doc, k: usize, e: usize) -> bool {
    let next = k + 1 + usize::from(doc.is(k + 1, '.'));
    next < e
        && (next..e).any(|j| {
            let w = bare(word(doc, j));
            doc.tokens[j].kind == Kind::Word
                && w.chars().next().is_some_and(char::is_uppercase)
                && !is_title(w)
                && !listed(List::Suffix, w)
        })
}

/// Pushes the name of tokens `first..end` with its titles, if it is one.
fn push<'t>(
    doc: &Doc<'t>,
    out: &mut Vec<Name<'t>>,
    first: usize,
    end: usize,
    titles: Option<(usize, usize)>,
    b: usize,
) {
    // "former New Mexico governor", "former MSNBC host": "former" is no role, and what
    // follows it is read for what it is.
    let titles = titles.filter(|&(a, t)| {
        !(a..t).all(|k| {
            let w = word(doc, k);
            doc.is(k, '.')
                || ["former", "then", "vice", "deputy"]
                    .iter()
                    .any(|m| w.eq_ignore_ascii_case(m))
        })
    });
    let written = bare_text(doc, first, end);
    let capitals = titles.is_none()
        && (first..end)
            .filter(|&k| doc.tokens[k].kind == Kind::Word)
            .all(|k| in_capitals(bare(word(doc, k))));
    let found = if capitals {
        in_capitals_name(doc, first, end, written, b)
    } else {
        classify(doc, first, end, written, titles.is_some(), b)
            .map(|(kind, evidence, place)| (Cow::Borrowed(written), kind, evidence, place))
    };
    let Some((key, kind, evidence, place)) = found else {
        return;
    };
    out.push(Name {
        first,
        end,
        titles,
        start: doc.tokens[titles.map_or(first, |t| t.0)].start,
        key,
        kind,
        evidence,
        place,
    });
}

/// What a name written in capitals is: a place as written ("U.S.", "N.C.") or in title case
/// ("WASHINGTON"), an acronym ("FBI"), or else a name to confirm in title case: a transcript's
/// speaker ("PENCE:") is a person the text names elsewhere, and "FULL TEXT" no one.
fn in_capitals_name<'t>(
    doc: &Doc<'t>,
    first: usize,
    end: usize,
    written: &'t str,
    b: usize,
) -> Option<(Cow<'t, str>, EntityKind, Evidence, Option<&'static Place>)> {
    if let Some(p) = gazetteer::place(written) {
        return Some((
            Cow::Borrowed(written),
            EntityKind::Place,
            Evidence::Sure,
            Some(p),
        ));
    }
    let line_start = doc.tokens[first].line_before
        || (first > 0
            && doc.tokens[first - 1].line_before
            && matches!(doc.tokens[first - 1].kind, Kind::Mark(_)));
    let label = line_start && end < b && doc.is(end, ':');
    // A dateline's place in capitals ("KAZAN, Russia (Reuters) —") before an acronym's reading.
    let dateline = line_start && end < b && (doc.is(end, ',') || doc.is(end, '—'));
    let cased = title_cased(written);
    if dateline && let Some(p) = gazetteer::place(&cased) {
        return Some((
            Cow::Owned(cased),
            EntityKind::Place,
            Evidence::Sure,
            Some(p),
        ));
    }
    if end - first == 1 && acronym(written) && !label {
        return Some((
            Cow::Borrowed(written),
            EntityKind::Organization,
            Evidence::Sure,
            None,
        ));
    }
    if let Some(p) = gazetteer::place(&cased) {
        return Some((
            Cow::Owned(cased),
            EntityKind::Place,
            Evidence::Sure,
            Some(p),
        ));
    }
    if gazetteer::is_area(&cased) {
        return Some((Cow::Owned(cased), EntityKind::Place, Evidence::Sure, None));
    }
    Some((Cow::Owned(cased), EntityKind::Person, Evidence::Lone, None))
}

/// What a name, read as `key`, is, and how sure that is; `None` when it is no name (a
/// nationality, a faith, a title alone).
fn classify(
    doc: &Doc,
    first: usize,
    end: usize,
    key: &str,
    titled: bool,
    b: usize,
) -> Option<(EntityKind, Evidence, Option<&'static Place>)> {
    use EntityKind::{Organization, Other, Person, Place as Site};
    use Evidence::{Guess, Lone, Sure};
    let words = || key.split_whitespace();
    // "a former Mexican official": a title before a people's adjective names no one.
    if titled {
        let people =
            words().count() == 1 && (listed(List::Group, key) || gazetteer::is_demonym(key));
        return (!people).then_some((Person, Sure, None));
    }
    // "Vice President" alone: a role, no one's name.
    if words().all(is_title) {
        return None;
    }
    let head = words().next().unwrap_or(key).trim_end_matches('.');
    let last = words()
        .rev()
        .map(|w| w.trim_end_matches('.'))
        .find(|w| !listed(List::Suffix, w))
        .unwrap_or(head);
    let single = end - first == 1;
    if let Some(p) = gazetteer::place(key) {
        // A city of two words or more that could be a person's name ("Miguel Hidalgo") is
        // a place only when it is large or made of place words.
        let city_ok = p.kind != PlaceKind::City
            || single
            || p.population.unwrap_or(0) > 500_000
            || listed(List::PlaceFirst, head)
            || matches!(head, "New" | "North" | "South" | "East" | "West")
            || listed(List::PlaceWord, last);
        if city_ok {
            return Some((Site, Sure, Some(p)));
        }
    }
    if gazetteer::is_area(key) {
        return Some((Site, Sure, None));
    }
    if key.starts_with("White House")
        || (org_word(last) && (!single || listed(List::LoneOrg, last)))
        || (!single && listed(List::OrgFirst, head))
        || words()
            .zip(words().skip(1))
            .any(|(w, next)| org_word(w) && matches!(next, "of" | "for" | "on"))
    {
        return Some((Organization, Sure, None));
    }
    if !single && (listed(List::OtherWord, last) || listed(List::OtherFirst, head)) {
        return Some((Other, Sure, None));
    }
    if !single && (listed(List::PlaceWord, last) || listed(List::PlaceFirst, head)) {
        return Some((Site, Sure, None));
    }
    if words().any(|w| matches!(w, "of" | "for" | "on")) {
        return Some((Organization, Sure, None));
    }
    // "Sunni Muslims", "Central European leaders", "African-Americans": peoples, not names;
    // but "Mark Cuban said".
    let group = |w: &str| listed(List::Group, w) || w.split('-').any(gazetteer::is_demonym);
    let noun_after = end < b
        && doc.tokens[end].kind == Kind::Word
        && !doc.tokens[end].is_capitalized(doc.text)
        && lexicon::word(word(doc, end)).is_none();
    if group(last) && (single || last.ends_with('s') || noun_after) {
        return None;
    }
    if single {
        if org_word(last) {
            // "the Times", "the Council": an organisation the text names; "Police said": a
            // common noun that opens a sentence.
            let named = first > 0 && doc.is_word(first - 1, "the");
            return Some((Organization, if named { Sure } else { Lone }, None));
        }
        // "the South", "the West": a region.
        if first > 0
            && doc.is_word(first - 1, "the")
            && matches!(key, "North" | "South" | "East" | "West")
        {
            return Some((Site, Sure, None));
        }
        if brand(key) {
            return Some((Organization, Sure, None));
        }
        return Some((Person, Lone, None));
    }
    if group(head) {
        return Some((Other, Sure, None));
    }
    // "QUARTER Let": a heading's capitals run into the text (not an acronym's: "RT America").
    if words().any(|w| w.len() >= 5 && in_capitals(w)) && !words().all(in_capitals) {
        return None;
    }
    if words().count() <= 4 {
        let initials = words().skip(1).any(|w| w.len() == 2 && w.ends_with('.'));
        return Some((Person, if initials { Sure } else { Guess }, None));
    }
    Some((Other, Sure, None))
}

/// A word with a capital inside that does not follow a surname's prefix: a brand
/// ("PolitiFact", "WikiLeaks", "YouTube"), not "McConnell" or "DuVernay".
fn brand(word: &str) -> bool {
    let Some(inner) = word
        .char_indices()
        .skip(1)
        .find(|&(_, c)| c.is_uppercase())
        .map(|(i, _)| i)
    else {
        return false;
    };
    let prefix = &word[..inner];
    prefix.chars().skip(1).all(char::is_lowercase)
        && prefix.len() > 1
        && !listed(List::SurnamePrefix, prefix)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speakers;

    fn entities(text: &str) -> Vec<(EntityKind, String, Vec<String>, usize)> {
        let doc = Doc::new(text);
        find(&doc)
            .found
            .into_iter()
            .map(|e| (e.kind, e.name, e.titles, e.mentions.len()))
            .collect()
    }

    /// Each entity's kind, name, titles and mentions as written.
    fn read(text: &str) -> Vec<(EntityKind, String, Vec<String>, Vec<&str>)> {
        let doc = Doc::new(text);
        find(&doc)
            .found
            .into_iter()
            .map(|e| {
                let mentions = e.mentions.iter().map(|&(a, b)| &text[a..b]).collect();
                (e.kind, e.name, e.titles, mentions)
            })
            .collect()
    }

    /// The kind and name of each entity.
    fn kinds(text: &str) -> Vec<(EntityKind, String)> {
        read(text).into_iter().map(|e| (e.0, e.1)).collect()
    }

    fn named(kind: EntityKind, names: &[&str]) -> Vec<(EntityKind, String)> {
        names.iter().map(|n| (kind, n.to_string())).collect()
    }

    #[test]
    fn multi_word_names_are_told_apart_by_their_words() {
        use EntityKind::{Organization, Other, Person, Place};
        let found = kinds(
            "Wells Fargo CEO John Stumpf told the United Nations and the Center for American \
             Progress that Wells Fargo backs the Clean Power Plan, the Affordable Care Act and the \
             Fifth Amendment. On Election Day, as in the Cold War and World War II, traders on \
             Wall Street, in Staten Island and in Fort Wayne watched the USS Cole sail to the \
             Middle East.",
        );
        let mut expected = named(Organization, &["Wells Fargo"]);
        expected.push((Person, "John Stumpf".to_string()));
        expected.extend(named(
            Organization,
            &["United Nations", "Center for American Progress"],
        ));
        expected.extend(named(
            Other,
            &[
                "Clean Power Plan",
                "Affordable Care Act",
                "Fifth Amendment",
                "Election Day",
                "Cold War",
                "World War II",
            ],
        ));
        expected.extend(named(
            Place,
            &["Wall Street", "Staten Island", "Fort Wayne"],
        ));
        expected.push((Other, "USS Cole".to_string()));
        expected.push((Place, "Middle East".to_string()));
        assert_eq!(found, expected);
    }

    #[test]
    fn titles_leave_places_and_organisations_their_names() {
        use EntityKind::{Organization, Person, Place};
        let found = read(
            "Indiana Gov. Mike Pence and Massachusetts Sen. Elizabeth Warren visited the Justice \
             Department and House Speaker Paul Ryan.",
        );
        let brief: Vec<_> = found
            .iter()
            .map(|e| (e.0, e.1.as_str(), e.2.clone()))
            .collect();
        assert_eq!(
            brief,
            [
                (Place, "Indiana", vec![]),
                (Person, "Mike Pence", vec!["Gov.".to_string()]),
                (Place, "Massachusetts", vec![]),
                (Person, "Elizabeth Warren", vec!["Sen.".to_string()]),
                (Organization, "Justice Department", vec![]),
                (Organization, "House", vec![]),
                (Person, "Paul Ryan", vec!["Speaker".to_string()]),
            ]
        );
        assert_eq!(found[1].3, ["Gov. Mike Pence"]);
    }

    #[test]
    fn possessives_are_left_out_of_names_and_mentions() {
        let found = read(
            "Donald Trump spoke in Tulsa’s north side. Trump's rally drew Hillary Clinton’s ire, \
             and North Korea's test drew Trump’s.",
        );
        let brief: Vec<_> = found.iter().map(|e| (e.1.as_str(), e.3.clone())).collect();
        assert_eq!(
            brief,
            [
                ("Donald Trump", vec!["Donald Trump", "Trump", "Trump"]),
                ("Tulsa", vec!["Tulsa"]),
                ("Hillary Clinton", vec!["Hillary Clinton"]),
                ("North Korea", vec!["North Korea"]),
            ]
        );
    }

    #[test]
    fn a_title_case_headline_yields_only_names_the_text_confirms() {
        let brief = |text| -> Vec<(String, Vec<String>)> {
            read(text)
                .into_iter()
                .map(|e| (e.1, e.3.into_iter().map(str::to_string).collect()))
                .collect()
        };
        let expect = |entities: &[(&str, &[&str])]| -> Vec<(String, Vec<String>)> {
            entities
                .iter()
                .map(|(n, m)| (n.to_string(), m.iter().map(|s| s.to_string()).collect()))
                .collect()
        };
        assert_eq!(
            brief(
                "Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday in Syria\n\n\
                 President Barack Obama sounded a call on Friday.\n\n\
                 Clinton Was Headed to Hospital But Diverted to Avoid Bad Optics\n\n\
                 Hillary Clinton rested."
            ),
            expect(&[
                ("Barack Obama", &["Obama", "President Barack Obama"]),
                ("Syria", &["Syria"]),
                ("Hillary Clinton", &["Clinton", "Hillary Clinton"]),
            ])
        );
        assert_eq!(
            brief(
                "Ready for Trump vs. Clinton?\n\nDonald Trump and Hillary Clinton debate tonight."
            ),
            expect(&[
                ("Donald Trump", &["Trump", "Donald Trump"]),
                ("Hillary Clinton", &["Clinton", "Hillary Clinton"]),
            ])
        );
    }

    #[test]
    fn a_lone_word_is_a_name_the_text_gives_or_one_that_speaks() {
        use EntityKind::{Person, Place};
        let found = read(
            "Hillary Clinton flew to Europe and Africa. Later Hillary rested. Keeps saying \
             I'll win, the aide said. Sanders said no. Police said little, as police do.",
        );
        let brief: Vec<_> = found
            .iter()
            .map(|e| (e.0, e.1.as_str(), e.3.clone()))
            .collect();
        assert_eq!(
            brief,
            [
                (
                    Person,
                    "Hillary Clinton",
                    vec!["Hillary Clinton", "Hillary"]
                ),
                (Place, "Europe", vec!["Europe"]),
                (Place, "Africa", vec!["Africa"]),
                (Person, "Sanders", vec!["Sanders"]),
            ]
        );
    }

    #[test]
    fn capitals_transcript_labels_and_state_abbreviations() {
        let found = read(
            "FULL TEXT\n\nMike Pence spoke in Charlotte, N.C., and Richmond, Va.\n\n\
             \"PENCE: We will win.\n\nSen. Tim Kaine (D-Va.) answered in WASHINGTON.",
        );
        let brief: Vec<_> = found.iter().map(|e| (e.1.as_str(), e.3.clone())).collect();
        assert_eq!(
            brief,
            [
                ("Mike Pence", vec!["Mike Pence", "PENCE"]),
                ("Charlotte", vec!["Charlotte"]),
                ("North Carolina", vec!["N.C."]),
                ("Richmond", vec!["Richmond"]),
                ("Virginia", vec!["Va.", "Va."]),
                ("Tim Kaine", vec!["Sen. Tim Kaine"]),
                ("Washington, D.C.", vec!["WASHINGTON"]),
            ]
        );
    }

    #[test]
    fn peoples_and_faiths_are_not_names() {
        let found = kinds(
            "Sunni Muslims, Central European leaders and African-Americans met radical Islamic \
             clerics, Mark Cuban said.",
        );
        assert_eq!(found, named(EntityKind::Person, &["Mark Cuban"]));
    }

    #[test]
    fn a_name_keeps_its_initial_its_adjective_and_its_inner_words() {
        let found = kinds(
            "After the Soviet Union fell, the A. Philip Randolph Institute and the Republican \
             Party sued the Commission on Presidential Debates, Sen. Tim Kaine of Virginia said.",
        );
        let mut expected = named(
            EntityKind::Organization,
            &[
                "Soviet Union",
                "A. Philip Randolph Institute",
                "Republican Party",
                "Commission on Presidential Debates",
            ],
        );
        expected.push((EntityKind::Person, "Tim Kaine".to_string()));
        expected.push((EntityKind::Place, "Virginia".to_string()));
        assert_eq!(found, expected);
    }

    #[test]
    fn relatives_and_namesakes_stay_apart() {
        let found = read(
            "Hillary Clinton and former President Bill Clinton met Donald Trump, Ivanka Trump and \
             Melania Trump. Chief Justice John G. Roberts Jr. swore in Joseph R. Biden Jr. on RT \
             America. Clinton said Trump lied, and Joe Biden agreed with Bill.",
        );
        let brief: Vec<_> = found.iter().map(|e| (e.1.as_str(), e.3.len())).collect();
        assert_eq!(
            brief,
            [
                ("Hillary Clinton", 2),
                ("Bill Clinton", 2),
                ("Donald Trump", 2),
                ("Ivanka Trump", 1),
                ("Melania Trump", 1),
                ("John G. Roberts Jr", 1),
                ("Joseph R. Biden Jr", 2),
                ("RT America", 1),
            ]
        );
    }

    #[test]
    fn people_places_and_organisations() {
        let found = entities(
            "Russian President Vladimir Putin met officials in Kazan. South Korean intelligence believes the troops are in Russia. Putin denied it, the Kremlin said.",
        );
        assert_eq!(
            found,
            [
                (
                    EntityKind::Person,
                    "Vladimir Putin".to_string(),
                    vec!["Russian President".to_string()],
                    2
                ),
                (EntityKind::Place, "Kazan".to_string(), vec![], 1),
                (
                    EntityKind::Organization,
                    "South Korean intelligence".to_string(),
                    vec![],
                    1
                ),
                (EntityKind::Place, "Russia".to_string(), vec![], 1),
                (EntityKind::Organization, "Kremlin".to_string(), vec![], 1),
            ]
        );
    }

    #[test]
    fn places_carry_their_country_and_coordinates() {
        let doc = Doc::new("Protesters gathered in Kazan on Friday.");
        let found = find(&doc).found;
        assert_eq!(found[0].country, Some("RU"));
        assert!(found[0].coordinates.is_some());
    }

    #[test]
    fn roles_and_pronouns_resolve_to_the_person() {
        let text = "Russian President Vladimir Putin spoke in Kazan. The Russian president said so. Later he said more.";
        let doc = Doc::new(text);
        let mut e = find(&doc);
        let at = |w: &str| {
            (0..doc.tokens.len())
                .find(|&i| doc.tokens[i].text(text) == w)
                .expect("word")
        };
        let role = speakers::before(&doc, at("said"), at("The")).expect("role");
        assert_eq!(e.resolve(&doc, role), Some(0));
        let he = speakers::Mention {
            first: at("he"),
            end: at("he") + 1,
        };
        assert_eq!(e.resolve(&doc, he), Some(0));
        assert_eq!(e.found[0].mentions.len(), 3);
    }

    #[test]
    fn a_pronoun_joins_the_nearest_person_of_its_gender() {
        let text =
            "Hillary Clinton met Vladimir Putin in Moscow. Later she said the talks went well.";
        let doc = Doc::new(text);
        let mut e = find(&doc);
        let she = (0..doc.tokens.len())
            .find(|&i| doc.tokens[i].text(text) == "she")
            .expect("she");
        let id = e
            .resolve(
                &doc,
                speakers::Mention {
                    first: she,
                    end: she + 1,
                },
            )
            .expect("resolved");
        assert_eq!(e.found[id].name, "Hillary Clinton");
    }

    #[test]
    fn an_apposition_gives_a_title_and_a_mention() {
        let doc =
            Doc::new("Vladimir Putin, the Russian president, told reporters that talks were over.");
        let found = find(&doc).found;
        let putin = found
            .iter()
            .find(|e| e.name == "Vladimir Putin")
            .expect("Putin");
        assert_eq!(putin.titles, ["Russian president"]);
        assert_eq!(putin.mentions.len(), 2);
    }
}
