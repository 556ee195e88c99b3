//! Places known to copydesk, from a compact data file generated from GeoNames, and the
//! countries that adjectives and demonyms name.
//!
//! Both tables are compiled in (`data/places.tsv`, written by `data/build-places.py`, and the
//! hand-written `data/demonyms.tsv`; sources and licences in `data/NOTICE.md`) and parsed once,
//! on first use, into maps that borrow from the included text. A lookup is one hash lookup on
//! the name exactly as written.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::LazyLock;

/// The gazetteer: `name, canonical, kind, country, lat, lon, population`, one name a line.
const PLACES_TSV: &str = include_str!("../data/places.tsv");

/// Adjectives and demonyms: `word, country` (empty for no single country).
const DEMONYMS_TSV: &str = include_str!("../data/demonyms.tsv");

/// What kind of place a name denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceKind {
    /// A country or a territory with its own ISO 3166-1 code ("Hong Kong", "Puerto Rico").
    Country,
    /// A first-level region of a country ("Texas", "Scotland", "Crimea").
    Region,
    /// A city or town.
    City,
}

/// A place in the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Place {
    /// The place's own name, the same whichever of its names found it ("Kiev" and "Kyiv" are
    /// both "Kyiv", "U.S." is "United States"): mentions with the same `name` are one place.
    pub name: &'static str,
    /// Country, region or city.
    pub kind: PlaceKind,
    /// The ISO 3166-1 alpha-2 code of its country (GeoNames' `XK` for Kosovo).
    pub country: &'static str,
    /// Latitude in degrees; cities only (the data has none for countries and regions).
    pub lat: Option<f64>,
    /// Longitude in degrees; cities only.
    pub lon: Option<f64>,
    /// Inhabitants as GeoNames counts them; none for regions.
    pub population: Option<u64>,
}

/// Every name in the gazetteer, parsed on first use.
static PLACES: LazyLock<HashMap<&'static str, Place>> = LazyLock::new(parse_places);

/// Every adjective and demonym, with its country if it has one, parsed on first use.
static DEMONYMS: LazyLock<HashMap<&'static str, Option<&'static str>>> =
    LazyLock::new(parse_demonyms);

/// The place a name denotes ("Kazan", "South Korea", "U.S.", "Texas"), matched exactly and
/// case-sensitively as written in the text; the caller strips a leading "the" ("the United
/// States", "the Netherlands"). A name shared by several places denotes one: a country before a
/// region before a city ("Georgia" is the country), the most populous of cities ("Birmingham" is
/// England's), and a few news senses chosen in the data ("Washington" is the capital).
pub(crate) fn place(name: &str) -> Option<&'static Place> {
    PLACES.get(name)
}

/// The country an adjective or demonym names ("Russian" and "Russians" → `RU`, "South Korean"
/// → `KR`), matched exactly; `None` for other words and for those that name no single country
/// ("European", "Arab").
pub(crate) fn demonym(word: &str) -> Option<&'static str> {
    DEMONYMS.get(word).copied().flatten()
}

/// Whether a word is an adjective or demonym of a people or region, with or without a country
/// ("Russian", "European"): a capitalised word the entity pass must not take for a name.
pub(crate) fn is_demonym(word: &str) -> bool {
    DEMONYMS.contains_key(word)
}

/// Whether a name is a continent or a region of the world that belongs to no one country
/// ("Europe", "the Middle East", "Latin America"), matched exactly as written: places with no
/// country, so not in `places.tsv`. A short list written by hand for copydesk.
pub(crate) fn is_area(name: &str) -> bool {
    matches!(
        name,
        "Africa"
            | "Antarctica"
            | "Appalachia"
            | "Arctic"
            | "Asia"
            | "Asia-Pacific"
            | "Balkans"
            | "Caribbean"
            | "Caucasus"
            | "Central America"
            | "Central Asia"
            | "Central Europe"
            | "East Africa"
            | "East Asia"
            | "Eastern Europe"
            | "Eurasia"
            | "Europe"
            | "Far East"
            | "Horn of Africa"
            | "Latin America"
            | "Middle East"
            | "Mideast"
            | "Midwest"
            | "Near East"
            | "New England"
            | "North Africa"
            | "North America"
            | "Oceania"
            | "Persian Gulf"
            | "Sahel"
            | "Scandinavia"
            | "South America"
            | "South Asia"
            | "Southeast Asia"
            | "Sub-Saharan Africa"
            | "West Africa"
            | "Western Europe"
    )
}

/// The gazetteer's names and places, from `places.tsv`.
fn parse_places() -> HashMap<&'static str, Place> {
    let mut places = HashMap::with_capacity(line_count(PLACES_TSV));
    places.extend(data_lines(PLACES_TSV).filter_map(parse_place));
    places
}

/// The demonyms and their countries, from `demonyms.tsv`.
fn parse_demonyms() -> HashMap<&'static str, Option<&'static str>> {
    let mut demonyms = HashMap::with_capacity(line_count(DEMONYMS_TSV));
    demonyms.extend(data_lines(DEMONYMS_TSV).filter_map(parse_demonym));
    demonyms
}

/// The lines of a data file, less comments and blank lines.
fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// An upper bound on a data file's lines, to size its map once.
fn line_count(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count()
}

/// One line of `places.tsv` as its name and place; `None` if it is malformed (the tests check
/// that no line is).
fn parse_place(line: &'static str) -> Option<(&'static str, Place)> {
    let mut fields = line.split('\t');
    let name = fields.next()?;
    let canonical = fields.next()?;
    let kind = match fields.next()? {
        "country" => PlaceKind::Country,
        "region" => PlaceKind::Region,
        "city" => PlaceKind::City,
        _ => return None,
    };
    let country = fields.next()?;
    let lat = optional(fields.next()?)?;
    let lon = optional(fields.next()?)?;
    let population = optional(fields.next()?)?;
    if fields.next().is_some() || name.is_empty() || country.len() != 2 {
        return None;
    }
    // The canonical column is left empty where it would repeat the name.
    let canonical = if canonical.is_empty() {
        name
    } else {
        canonical
    };
    let place = Place {
        name: canonical,
        kind,
        country,
        lat,
        lon,
        population,
    };
    Some((name, place))
}

/// One line of `demonyms.tsv` as its word and country; `None` if it is malformed.
fn parse_demonym(line: &'static str) -> Option<(&'static str, Option<&'static str>)> {
    let (word, country) = line.split_once('\t')?;
    match country.len() {
        0 => Some((word, None)),
        2 => Some((word, Some(country))),
        _ => None,
    }
}

/// An optional numeric field: `Some(None)` when empty, `None` when it does not parse.
fn optional<T: FromStr>(field: &str) -> Option<Option<T>> {
    if field.is_empty() {
        Some(None)
    } else {
        field.parse().ok().map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    /// The place a name must denote.
    fn known(name: &str) -> &'static Place {
        place(name).unwrap_or_else(|| panic!("{name:?} is not in the gazetteer"))
    }

    #[test]
    fn every_line_parses() {
        // A fresh parse, whatever the other tests did to the statics; run with --release
        // and --nocapture to see the first-use cost.
        let start = Instant::now();
        let places = parse_places().len();
        let demonyms = parse_demonyms().len();
        println!(
            "gazetteer: {places} places and {demonyms} demonyms parsed in {:?}",
            start.elapsed()
        );
        assert_eq!(places, data_lines(PLACES_TSV).count());
        assert_eq!(demonyms, data_lines(DEMONYMS_TSV).count());
        assert!(places > 5000, "{places} places");
    }

    #[test]
    fn cities_carry_country_and_coordinates() {
        let kazan = known("Kazan");
        assert_eq!(kazan.kind, PlaceKind::City);
        assert_eq!(kazan.country, "RU");
        let (lat, lon) = (kazan.lat.expect("latitude"), kazan.lon.expect("longitude"));
        assert!(
            (lat - 55.79).abs() < 0.1 && (lon - 49.12).abs() < 0.1,
            "{lat}, {lon}"
        );
        assert!(kazan.population.expect("population") > 1_000_000);
        assert_eq!(known("Donetsk").country, "UA");
    }

    #[test]
    fn countries_and_their_short_forms() {
        let korea = known("South Korea");
        assert_eq!((korea.kind, korea.country), (PlaceKind::Country, "KR"));
        assert_eq!(korea.lat, None);
        assert_eq!(known("Ukraine").country, "UA");
        assert_eq!(known("North Korea").country, "KP");
        for alias in ["U.S.", "US", "USA", "United States", "America"] {
            assert_eq!(known(alias).name, "United States", "{alias}");
        }
        for alias in ["U.K.", "UK", "Britain", "United Kingdom"] {
            assert_eq!(known(alias).country, "GB", "{alias}");
        }
        assert_eq!(known("Netherlands").country, "NL");
        assert_eq!(known("Congo").country, "CD");
        assert_eq!(known("Republic of Congo").country, "CG");
    }

    #[test]
    fn regions() {
        let texas = known("Texas");
        assert_eq!((texas.kind, texas.country), (PlaceKind::Region, "US"));
        assert_eq!(known("Scotland").country, "GB");
        assert_eq!(known("Crimea").country, "UA");
        assert_eq!(known("Ontario").kind, PlaceKind::Region);
    }

    #[test]
    fn spellings_of_one_place_share_its_name() {
        assert_eq!(known("Kiev"), known("Kyiv"));
        assert_eq!(known("Sao Paulo"), known("São Paulo"));
        assert_eq!(known("Washington").name, "Washington, D.C.");
        assert_eq!(known("Washington").kind, PlaceKind::City);
        assert_eq!(known("New York").name, "New York City");
    }

    #[test]
    fn ambiguous_city_names_go_to_the_most_populous() {
        assert_eq!(known("London").country, "GB");
        assert_eq!(known("Birmingham").country, "GB");
        assert_eq!(known("Moscow").country, "RU");
        assert_eq!(known("Hyderabad").country, "IN");
    }

    #[test]
    fn words_and_names_are_not_places() {
        for word in [
            "The", "Will", "Mark", "May", "Man", "Reading", "Mobile", "Jackson",
        ] {
            assert_eq!(place(word), None, "{word}");
        }
        assert_eq!(place("kazan"), None);
    }

    #[test]
    fn areas_and_state_abbreviations() {
        assert!(is_area("Europe") && is_area("Middle East") && !is_area("Paris"));
        assert_eq!(place("Europe"), None);
        assert_eq!(known("N.C.").name, "North Carolina");
        assert_eq!(known("Va.").name, "Virginia");
        assert_eq!(known("Ga.").country, "US");
        assert_eq!(known("D.C.").name, "Washington, D.C.");
    }

    #[test]
    fn demonyms_name_countries() {
        assert_eq!(demonym("Russian"), Some("RU"));
        assert_eq!(demonym("Russians"), Some("RU"));
        assert_eq!(demonym("North Korean"), Some("KP"));
        assert_eq!(demonym("South Korean"), Some("KR"));
        assert_eq!(demonym("Ukrainian"), Some("UA"));
        assert_eq!(demonym("American"), Some("US"));
        assert_eq!(demonym("British"), Some("GB"));
        assert_eq!(demonym("Chinese"), Some("CN"));
        assert_eq!(demonym("Israeli"), Some("IL"));
        assert_eq!(demonym("Palestinian"), Some("PS"));
        assert_eq!(demonym("European"), None);
        assert!(is_demonym("European"));
        assert_eq!(demonym("Mark"), None);
        assert!(!is_demonym("Mark"));
    }

    #[test]
    fn every_demonym_country_is_in_the_gazetteer() {
        let countries: std::collections::HashSet<&str> = PLACES
            .values()
            .filter(|p| p.kind == PlaceKind::Country)
            .map(|p| p.country)
            .collect();
        for (word, country) in DEMONYMS.iter() {
            if let Some(country) = country {
                assert!(countries.contains(country), "{word}: {country}");
            }
        }
    }
}
