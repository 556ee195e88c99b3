use super::*;
use crate::numeric::tokens::tokenize;

/// Friday, October 25, 2024 (ISO week 43).
fn friday() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2024, 10, 25)
}

/// The dates in `text` as (text, value), each span checked against its text.
fn dates(text: &str, published: Option<NaiveDate>) -> Vec<(String, String)> {
    let tokens = tokenize(text);
    find(text, &tokens, published)
        .into_iter()
        .map(|d| {
            assert_eq!(&text[d.span[0]..d.span[1]], d.text, "span of {d:?}");
            (d.text, d.value)
        })
        .collect()
}

/// Owned (text, value) pairs.
fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(t, v)| (t.to_string(), v.to_string()))
        .collect()
}

#[test]
fn weekday_in_past_tense_reporting_is_on_or_before_publication() {
    let text = "The deal is worth $1.5 billion, officials said on Thursday.";
    assert_eq!(dates(text, friday()), pairs(&[("Thursday", "2024-10-24")]));
    let text = "Officials confirmed Friday that talks stalled.";
    assert_eq!(dates(text, friday()), pairs(&[("Friday", "2024-10-25")]));
}

#[test]
fn weekday_in_future_context_is_after_publication() {
    assert_eq!(
        dates("The leaders will meet on Thursday.", friday()),
        pairs(&[("Thursday", "2024-10-31")])
    );
    assert_eq!(
        dates("The vote is scheduled for Friday.", friday()),
        pairs(&[("Friday", "2024-11-01")])
    );
    let text = "Talks will resume on Monday, officials said, after a meeting on Tuesday \
                ended without agreement. On Wednesday, the envoy will fly home.";
    assert_eq!(
        dates(text, friday()),
        pairs(&[
            ("Monday", "2024-10-28"),
            ("Tuesday", "2024-10-22"),
            ("Wednesday", "2024-10-30"),
        ])
    );
}

#[test]
fn contractions_and_plans_look_ahead() {
    let text = "We’ll know on Monday. The bank is expected to decide on Wednesday, and the \
                minister plans to travel in January.";
    assert_eq!(
        dates(text, friday()),
        pairs(&[
            ("Monday", "2024-10-28"),
            ("Wednesday", "2024-10-30"),
            ("January", "2025-01"),
        ])
    );
}

#[test]
fn shifted_weekdays() {
    let text = "He arrived last Friday and leaves next Tuesday; this Monday was quiet.";
    assert_eq!(
        dates(text, friday()),
        pairs(&[
            ("last Friday", "2024-10-18"),
            ("next Tuesday", "2024-10-29"),
            ("this Monday", "2024-10-21"),
        ])
    );
}

#[test]
fn relative_days_weeks_months_and_years() {
    let text = "Two days ago the army said that yesterday and today were calm, that last \
                week was not, and that next week, like tomorrow, would be tense. Last month \
                prices rose; this year they may fall, and next year's budget a week ago \
                promised three years ago's plan.";
    assert_eq!(
        dates(text, friday()),
        pairs(&[
            ("Two days ago", "2024-10-23"),
            ("yesterday", "2024-10-24"),
            ("today", "2024-10-25"),
            ("last week", "2024-W42"),
            ("next week", "2024-W44"),
            ("tomorrow", "2024-10-26"),
            ("Last month", "2024-09"),
            ("this year", "2024"),
            ("next year", "2025"),
            ("a week ago", "2024-W42"),
            ("three years ago", "2021"),
        ])
    );
}

#[test]
fn month_and_day_without_year_follow_tense() {
    let text = "The attack happened on October 24. The election will be held on January 5, \
                and the summit on Sept. 11 drew crowds. He resigned on 3 December.";
    assert_eq!(
        dates(text, friday()),
        pairs(&[
            ("October 24", "2024-10-24"),
            ("January 5", "2025-01-05"),
            ("Sept. 11", "2024-09-11"),
            ("3 December", "2023-12-03"),
        ])
    );
}

#[test]
fn absolute_dates_stand_without_publication() {
    let text = "Filed Thursday, Oct. 24, 2024, and 24 October 2024, per the 2024-10-24 \
                order, in October 2024 and in 2014, yesterday and on October 24.";
    let absolute = pairs(&[
        ("Thursday, Oct. 24, 2024", "2024-10-24"),
        ("24 October 2024", "2024-10-24"),
        ("2024-10-24", "2024-10-24"),
        ("October 2024", "2024-10"),
        ("2014", "2014"),
    ]);
    assert_eq!(dates(text, None), absolute);
    let mut all = absolute;
    all.extend(pairs(&[
        ("yesterday", "2024-10-24"),
        ("October 24", "2024-10-24"),
    ]));
    assert_eq!(dates(text, friday()), all);
}

#[test]
fn months_alone_need_a_cue() {
    let text = "In March the march began; Theresa May said in May that she may go. The talks \
                begin in mid-November, after last December's and before next June's.";
    assert_eq!(
        dates(text, friday()),
        pairs(&[
            ("March", "2024-03"),
            ("May", "2024-05"),
            ("November", "2024-11"),
            ("last December", "2023-12"),
            ("next June", "2025-06"),
        ])
    );
}

#[test]
fn years_need_a_cue() {
    let text = "Since 2014, and in 2015 and 2016, the 2016 election and mid-2019 aside, 2,016 \
                people and 1990s fashion in 2015-16 hardly count; 2018 was dull.";
    assert_eq!(
        dates(text, friday()),
        pairs(&[
            ("2014", "2014"),
            ("2015", "2015"),
            ("2016", "2016"),
            ("2016", "2016"),
            ("2019", "2019"),
        ])
    );
}

#[test]
fn named_days_and_titles_are_not_dates() {
    let text = "Good Friday and Black Friday sales fell, USA Today reported, as did Super \
                Tuesday turnout, the Sunday Times said.";
    assert_eq!(dates(text, friday()), vec![]);
}

#[test]
fn weekday_before_a_name_after_a_cue() {
    let text = "On Monday President Biden said the Sunday Times erred.";
    assert_eq!(dates(text, friday()), pairs(&[("Monday", "2024-10-21")]));
}

#[test]
fn in_so_many_weeks_needs_the_future() {
    let text = "The envoy will return in two weeks. Prices rose for the first time in two years.";
    assert_eq!(
        dates(text, friday()),
        pairs(&[("in two weeks", "2024-W45")])
    );
}
