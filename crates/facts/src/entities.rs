//! People, organisations and places: capitalised names read from the tokens, told apart by
//! the gazetteer, organisation words, acronyms and titles, and clustered over their mentions —
//! a surname joins the full name used before it ("Putin" is "Vladimir Putin"), a role joins
//! the person who holds it ("the Russian president"), and a speaker's pronoun joins the
//! nearest person before it.

use crate::doc::Doc;
use crate::gazetteer::{self, PlaceKind};
use crate::lexicon::Word;
use crate::speakers::Mention;
use crate::tokens::Kind;
use copydesk_record::EntityKind;
use std::collections::HashMap;

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
    "Agency",
    "Commission",
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
    "Council",
    "Secretariat",
    "Senators",
    "Ministry",
];

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

/// Capitalised words that are never names on their own.
const NOT_NAMES: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
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
    "Today",
    "Yesterday",
    "Tomorrow",
    "Tonight",
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
];

/// Lower-case words inside a name: "Department of Justice", "Ludwig van Beethoven".
const INNER: &[&str] = &[
    "of", "for", "de", "van", "von", "der", "bin", "al", "la", "le", "du",
];

/// A name as it is written: a token range and what it is.
struct Name {
    first: usize,
    end: usize,
    kind: EntityKind,
    titles: Option<(usize, usize)>,
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
    let mut entities = Entities {
        found: Vec::new(),
        of_token: vec![0; doc.tokens.len()],
    };
    // Persons by surname and by full name; organisations and places by name.
    let mut by_key: HashMap<(EntityKind, String), usize> = HashMap::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        let Some(name) = name_at(doc, i) else {
            i += 1;
            continue;
        };
        i = name.end;
        let text = span_text(doc, name.first, name.end);
        let last = doc.tokens[name.end - 1].text(doc.text);
        let mut name = name;
        if name.kind == EntityKind::Other && name.end - name.first == 1 {
            // A lone word: a surname named before or one that speaks ("Sanders said"), or
            // most often an ordinary capitalised word.
            let speaks = name.end < doc.tokens.len()
                && (doc.is_verb(name.end, Word::Speech) || doc.is_verb(name.end, Word::Belief));
            if speaks || by_key.contains_key(&(EntityKind::Person, text.to_string())) {
                name.kind = EntityKind::Person;
            } else {
                continue;
            }
        }
        let place = (name.kind == EntityKind::Place)
            .then(|| gazetteer::place(text))
            .flatten();
        let key_name = place.map_or(text.to_string(), |p| p.name.to_string());
        // A surname alone joins the person named in full before.
        let id = if name.kind == EntityKind::Person {
            by_key
                .get(&(EntityKind::Person, text.to_string()))
                .or_else(|| by_key.get(&(EntityKind::Person, last.to_string())))
                .copied()
        } else {
            by_key.get(&(name.kind, key_name.clone())).copied()
        };
        let id = id.unwrap_or_else(|| {
            entities.found.push(Found {
                kind: name.kind,
                name: place.map_or(text.to_string(), |p| p.name.to_string()),
                titles: Vec::new(),
                // "South Korean intelligence" is South Korea's.
                country: place.map(|p| p.country).or_else(|| {
                    let n = demonym_len(doc, name.first);
                    (name.kind == EntityKind::Organization && n > 0)
                        .then(|| gazetteer::demonym(span_text(doc, name.first, name.first + n)))
                        .flatten()
                }),
                coordinates: place.and_then(|p| p.lat.zip(p.lon)),
                mentions: Vec::new(),
            });
            entities.found.len() - 1
        });
        let e = &mut entities.found[id];
        if name.kind == EntityKind::Person && text.len() > e.name.len() {
            e.name = text.to_string();
        }
        if let Some((a, b)) = name.titles {
            let title = span_text(doc, a, b).to_string();
            if !e.titles.contains(&title) {
                e.titles.push(title);
            }
        }
        let (start, end) = doc.bytes(name.titles.map_or(name.first, |t| t.0), name.end);
        e.mentions.push((start, end));
        for slot in &mut entities.of_token[name.first..name.end] {
            *slot = id as u32 + 1;
        }
        if name.kind == EntityKind::Person {
            by_key.insert((EntityKind::Person, text.to_string()), id);
            by_key.insert((EntityKind::Person, last.to_string()), id);
        } else {
            by_key.insert((name.kind, key_name), id);
        }
    }
    entities
}

impl Entities {
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
            (0..m.first).rev().find_map(|i| {
                let id = self.of_token[i].checked_sub(1)? as usize;
                (self.found[id].kind == EntityKind::Person).then_some(id)
            })?
        } else {
            self.holder_of_role(doc, m)?
        };
        let span = doc.bytes(m.first, m.end);
        let e = &mut self.found[id];
        if !e.mentions.contains(&span) {
            e.mentions.push(span);
            e.mentions.sort_unstable();
        }
        for slot in &mut self.of_token[m.first..m.end] {
            *slot = id as u32 + 1;
        }
        Some(id)
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

fn span_text<'t>(doc: &Doc<'t>, first: usize, end: usize) -> &'t str {
    let (start, end) = doc.bytes(first, end);
    &doc.text[start..end]
}

fn in_list(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// How many tokens from `i` make a demonym: "Russian" one, "South Korean" two, else none.
fn demonym_len(doc: &Doc, i: usize) -> usize {
    if i + 1 < doc.tokens.len() && !doc.tokens[i + 1].space_before {
        return usize::from(gazetteer::is_demonym(doc.tokens[i].text(doc.text)));
    }
    if i + 1 < doc.tokens.len() {
        let two = span_text(doc, i, i + 2);
        if gazetteer::is_demonym(two) {
            return 2;
        }
    }
    usize::from(gazetteer::is_demonym(doc.tokens[i].text(doc.text)))
}

/// A capitalised word that can be part of a name.
fn name_word(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    if !t.is_capitalized(doc.text) || doc.quote_of[i] != 0 && quoted_edge(doc, i) {
        return false;
    }
    let w = t.text(doc.text);
    !in_list(NOT_NAMES, w.trim_end_matches('.'))
        && !matches!(
            doc.word(i),
            Some(Word::Stop | Word::Determiner | Word::Pronoun | Word::Adverb | Word::According)
        )
}

/// Marks are not names; a name in a quote is still a name.
fn quoted_edge(doc: &Doc, i: usize) -> bool {
    matches!(doc.tokens[i].kind, Kind::Mark(_))
}

/// The name that starts at token `i`, if one does.
fn name_at(doc: &Doc, i: usize) -> Option<Name> {
    let t = &doc.tokens[i];
    if t.kind != Kind::Word {
        return None;
    }
    // "South Korean intelligence": a demonym and an institution.
    let demonym = demonym_len(doc, i);
    if demonym > 0 {
        let j = i + demonym;
        if j < doc.tokens.len() && in_list(ORG_NOUNS, doc.tokens[j].text(doc.text)) {
            return Some(Name {
                first: i,
                end: j + 1,
                kind: EntityKind::Organization,
                titles: None,
            });
        }
        // "Russian President Vladimir Putin": the demonym is part of a title.
        if !(j < doc.tokens.len() && doc.word(j) == Some(Word::Title)) {
            return None;
        }
    }
    // Titles first: "Russian President", "Sen.", "Republican presidential nominee".
    let mut start = i;
    let mut title_end = None;
    let mut j = i;
    while j < doc.tokens.len() && j - i < 5 {
        let w = doc.tokens[j].text(doc.text);
        let titled =
            doc.word(j) == Some(Word::Title) || gazetteer::is_demonym(w) || j < i + demonym;
        if titled || (j > i && doc.is(j, '.') && doc.word(j - 1) == Some(Word::Title)) {
            j += 1;
            if doc.word(j - 1) == Some(Word::Title) || doc.is(j - 1, '.') {
                title_end = Some(j);
            }
            continue;
        }
        break;
    }
    if let Some(te) = title_end
        && te < doc.tokens.len()
        && name_word(doc, te)
        && !doc.tokens[te].line_before
    {
        start = te;
    } else if !name_word(doc, i) || demonym > 0 {
        return None;
    } else {
        title_end = None;
    }
    // The name: capitalised words, initials, and inner particles.
    let mut end = start;
    while end < doc.tokens.len() {
        if end > start && doc.tokens[end].line_before {
            break;
        }
        // An initial's dot ("Donald J. Trump") or a particle ("Department of Justice")
        // continues a name when a name word follows.
        let joins = end > start
            && end + 1 < doc.tokens.len()
            && name_word(doc, end + 1)
            && ((doc.is(end, '.') && doc.tokens[end - 1].text(doc.text).len() == 1)
                || in_list(INNER, doc.tokens[end].text(doc.text)));
        if name_word(doc, end) || joins {
            end += 1;
        } else {
            break;
        }
    }
    if end == start {
        return None;
    }
    let kind = classify(doc, start, end, title_end.is_some());
    Some(Name {
        first: start,
        end,
        kind,
        titles: title_end.map(|te| (i, te)),
    })
}

/// What a name is: a place the gazetteer knows, an organisation by its words or an acronym,
/// a person by a title or a two- to four-word name.
fn classify(doc: &Doc, first: usize, end: usize, titled: bool) -> EntityKind {
    let text = span_text(doc, first, end);
    let last = doc.tokens[end - 1].text(doc.text).trim_end_matches('.');
    if titled {
        return EntityKind::Person;
    }
    if in_list(ORG_WORDS, last) || text.starts_with("White House") {
        return EntityKind::Organization;
    }
    if let Some(p) = gazetteer::place(text) {
        // A two-word city like "Jackson Smith" is rare; a country or region name is sure.
        if p.kind != PlaceKind::City || end - first == 1 || p.population.unwrap_or(0) > 500_000 {
            return EntityKind::Place;
        }
    }
    let acronym = text.len() >= 2
        && text.len() <= 6
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.' || c == '&');
    if acronym {
        return EntityKind::Organization;
    }
    if (2..=4).contains(&(end - first))
        && (first..end).all(|i| doc.tokens[i].kind == Kind::Word || doc.is(i, '.'))
    {
        return EntityKind::Person;
    }
    EntityKind::Other
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
}
