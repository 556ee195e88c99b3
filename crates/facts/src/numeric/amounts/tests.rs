use super::*;
use crate::numeric::tokens::tokenize;

/// An amount as (text, value, unit, qualifier, object).
type Row = (String, f64, Option<String>, Option<String>, Option<String>);

/// The amounts in `text` as rows, each span checked against its text.
fn amounts(text: &str) -> Vec<Row> {
    let tokens = tokenize(text);
    find(text, &tokens, &[])
        .into_iter()
        .map(|a| {
            assert_eq!(&text[a.span[0]..a.span[1]], a.text, "span of {a:?}");
            (a.text, a.value, a.unit, a.qualifier, a.object)
        })
        .collect()
}

/// A row from borrowed parts.
fn row(
    text: &str,
    value: f64,
    unit: Option<&str>,
    qualifier: Option<&str>,
    object: Option<&str>,
) -> Row {
    (
        text.to_string(),
        value,
        unit.map(str::to_string),
        qualifier.map(str::to_string),
        object.map(str::to_string),
    )
}

#[test]
fn troops_and_territory() {
    let text = "South Korean intelligence believes at least 3,000 North Korean troops are \
                already training in eastern Russia, and Russia controls about one-fifth of Ukraine.";
    assert_eq!(
        amounts(text),
        vec![
            row(
                "at least 3,000 North Korean troops",
                3000.0,
                None,
                Some("at least"),
                Some("North Korean troops"),
            ),
            row(
                "about one-fifth of Ukraine",
                0.2,
                Some("fraction"),
                Some("about"),
                Some("Ukraine")
            ),
        ]
    );
}

#[test]
fn money_in_symbols_codes_and_words() {
    let text = "The deal is worth $1.5 billion, officials said. Brussels pledged €20m and \
                London £5, while Berlin offered 5 million euros in loans and Canberra \
                A$300 million. Seoul spent 2 trillion won; the fund holds USD 40 million \
                and Delhi Rs 500 crore.";
    assert_eq!(
        amounts(text),
        vec![
            row("$1.5 billion", 1.5e9, Some("USD"), None, None),
            row("€20m", 2e7, Some("EUR"), None, None),
            row("£5", 5.0, Some("GBP"), None, None),
            row(
                "5 million euros in loans",
                5e6,
                Some("EUR"),
                None,
                Some("loans")
            ),
            row("A$300 million", 3e8, Some("AUD"), None, None),
            row("2 trillion won", 2e12, Some("KRW"), None, None),
            row("USD 40 million", 4e7, Some("USD"), None, None),
            row("Rs 500 crore", 5e9, Some("INR"), None, None),
        ]
    );
}

#[test]
fn percents_in_every_spelling() {
    let text = "Support fell to 20%, or 20 percent of voters; the Tories won 20 per cent \
                and Labour 32 pct. Rates rose 0.25 percentage points.";
    assert_eq!(
        amounts(text),
        vec![
            row("20%", 20.0, Some("percent"), None, None),
            row(
                "20 percent of voters",
                20.0,
                Some("percent"),
                None,
                Some("voters")
            ),
            row("20 per cent", 20.0, Some("percent"), None, None),
            row("32 pct", 32.0, Some("percent"), None, None),
            row(
                "0.25 percentage points",
                0.25,
                Some("percentage points"),
                None,
                None
            ),
        ]
    );
}

#[test]
fn fractions() {
    let text = "Nearly half of all voters stayed home, two-thirds of the rest backed him \
                and a third of the country's territory is occupied. He served a third term.";
    assert_eq!(
        amounts(text),
        vec![
            row(
                "Nearly half of all voters",
                0.5,
                Some("fraction"),
                Some("nearly"),
                Some("voters")
            ),
            row(
                "two-thirds of the rest",
                2.0 / 3.0,
                Some("fraction"),
                None,
                Some("rest")
            ),
            row(
                "a third of the country's territory",
                1.0 / 3.0,
                Some("fraction"),
                None,
                Some("country's territory"),
            ),
        ]
    );
}

#[test]
fn ratios_are_fractions() {
    let text = "One in five adults, or 1 in 4 children, lacks care; 3 in 2019 does not count.";
    assert_eq!(
        amounts(text),
        vec![
            row(
                "One in five adults",
                0.2,
                Some("fraction"),
                None,
                Some("adults")
            ),
            row(
                "1 in 4 children",
                0.25,
                Some("fraction"),
                None,
                Some("children")
            ),
            row("3", 3.0, None, None, None),
        ]
    );
}

#[test]
fn number_words() {
    let text = "Three Russian soldiers and twenty-five civilians died; a dozen homes burned \
                and one person was hurt. The three said one of the men fled, the one who \
                ran. One day, two and a half million people may vote.";
    assert_eq!(
        amounts(text),
        vec![
            row(
                "Three Russian soldiers",
                3.0,
                None,
                None,
                Some("Russian soldiers")
            ),
            row("twenty-five civilians", 25.0, None, None, Some("civilians")),
            row("a dozen homes", 12.0, None, None, Some("homes")),
            row("one person", 1.0, None, None, Some("person")),
            row(
                "two and a half million people",
                2.5e6,
                None,
                None,
                Some("people")
            ),
        ]
    );
}

#[test]
fn vague_amounts_keep_their_words_as_qualifier() {
    let text = "Hundreds of people gathered as tens of thousands of protesters marched; \
                several hundred police watched and dozens of reporters filed millions of \
                dollars in claims.";
    assert_eq!(
        amounts(text),
        vec![
            row(
                "Hundreds of people",
                100.0,
                None,
                Some("hundreds"),
                Some("people")
            ),
            row(
                "tens of thousands of protesters",
                10_000.0,
                None,
                Some("tens of thousands"),
                Some("protesters"),
            ),
            row(
                "several hundred police",
                100.0,
                None,
                Some("several"),
                Some("police")
            ),
            row(
                "dozens of reporters",
                12.0,
                None,
                Some("dozens"),
                Some("reporters")
            ),
            row(
                "millions of dollars in claims",
                1e6,
                Some("USD"),
                Some("millions"),
                Some("claims")
            ),
        ]
    );
}

#[test]
fn ranges_take_the_lower_bound() {
    let text = "Between 2,000 and 3,000 troops arrived, 10 to 12 people were hurt, costs \
                reached $1-2 billion, 2,000–3,000 tanks moved and about 10-12% fled. Prices \
                rose from 10 to 12 cents.";
    assert_eq!(
        amounts(text),
        vec![
            row(
                "Between 2,000 and 3,000 troops",
                2000.0,
                None,
                Some("between"),
                Some("troops")
            ),
            row(
                "10 to 12 people",
                10.0,
                None,
                Some("between"),
                Some("people")
            ),
            row("$1-2 billion", 1e9, Some("USD"), Some("between"), None),
            row(
                "2,000–3,000 tanks",
                2000.0,
                None,
                Some("between"),
                Some("tanks")
            ),
            row("about 10-12%", 10.0, Some("percent"), Some("about"), None),
            row("10", 10.0, None, None, None),
            row("12 cents", 12.0, None, None, Some("cents")),
        ]
    );
}

#[test]
fn qualifiers_before_and_after() {
    let text = "More than 500 soldiers, up to 40 drones, an estimated 1,200 refugees, \
                fewer than 30 journalists, just over 100 villages and 3,000 or more \
                residents.";
    assert_eq!(
        amounts(text),
        vec![
            row(
                "More than 500 soldiers",
                500.0,
                None,
                Some("more than"),
                Some("soldiers")
            ),
            row("up to 40 drones", 40.0, None, Some("up to"), Some("drones")),
            row(
                "an estimated 1,200 refugees",
                1200.0,
                None,
                Some("an estimated"),
                Some("refugees")
            ),
            row(
                "fewer than 30 journalists",
                30.0,
                None,
                Some("fewer than"),
                Some("journalists")
            ),
            row(
                "just over 100 villages",
                100.0,
                None,
                Some("just over"),
                Some("villages")
            ),
            row(
                "3,000 or more residents",
                3000.0,
                None,
                Some("or more"),
                Some("residents")
            ),
        ]
    );
}

#[test]
fn objects_stop_at_verbs_and_function_words() {
    let text = "Police said 12 people killed in the blast were civilians; 3,000 died and \
                the 27 member states agreed. Some 40,000 Russian-speaking residents left, \
                as did 3m households, but not the 100m sprint.";
    assert_eq!(
        amounts(text),
        vec![
            row("12 people", 12.0, None, None, Some("people")),
            row("3,000", 3000.0, None, None, None),
            row("27 member states", 27.0, None, None, Some("member states")),
            row(
                "Some 40,000 Russian-speaking residents",
                40_000.0,
                None,
                Some("some"),
                Some("Russian-speaking residents"),
            ),
            row("3m households", 3e6, None, None, Some("households")),
        ]
    );
}

#[test]
fn measures() {
    let text = "The front runs 1,000 km, and output fell to 2 million barrels of oil; it was \
                30°C on a 10km stretch of 500 square kilometres.";
    assert_eq!(
        amounts(text),
        vec![
            row("1,000 km", 1000.0, Some("km"), None, None),
            row(
                "2 million barrels of oil",
                2e6,
                Some("bbl"),
                None,
                Some("oil")
            ),
            row("30°C", 30.0, Some("°C"), None, None),
            // Measures take an object only after "of".
            row("10km", 10.0, Some("km"), None, None),
            row("500 square kilometres", 500.0, Some("km²"), None, None),
        ]
    );
}

#[test]
fn years_times_ordinals_labels_and_identifiers_are_not_amounts() {
    let text = "1. Introduction\nIn 2014 the G7 met at 7:30 and at 7 p.m. on its 3rd day; the 1990s, \
                COVID-19, F-16 jets, 5G, Article 5, No. 1, Windows 10, a 25-year-old man, \
                a 3-1 win, the 2015-2016 season and the 2016 election. H.R. 815 and iOS \
                18 updates reached Pope Francis, 87, on Tuesday.";
    assert_eq!(amounts(text), vec![]);
}

#[test]
fn spans_outside_taken_ones() {
    let text = "On October 24, 300 people met.";
    let tokens = tokenize(text);
    let date = [3, 13];
    assert_eq!(&text[date[0]..date[1]], "October 24");
    let found = find(text, &tokens, &[date]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "300 people");
    assert_eq!(found[0].span, [15, 25]);
}
