//! The publication and modification dates: which evidence wins, and the checks a date must
//! pass to be the page's.

use crate::collect::VisibleDate;
use crate::dates::{self, Date};
use crate::metatags as keys;

use super::Reader;

impl Reader<'_, '_> {
    /// True when `d` can be the page's date: not after the reference day (a day of slack
    /// for time zones ahead of the fetcher's).
    fn plausible(&self, d: &Date) -> bool {
        d.days() <= self.reference.days() + 1
    }

    /// Parses a date value and keeps it when plausible.
    fn date(&self, value: &str) -> Option<Date> {
        dates::parse(value).filter(|d| self.plausible(d))
    }

    /// The first plausible date among the meta tags named `names`, strongest first.
    fn meta_date(&self, names: &[&str]) -> Option<Date> {
        names
            .iter()
            .flat_map(|k| self.metas.all(k))
            .find_map(|v| self.date(v))
    }

    /// A date shown on the page, read from its text (relative dates too when the fetch time
    /// is known).
    fn visible_date(&self, v: &VisibleDate<'_>) -> Option<Date> {
        let found = dates::parse(&v.value).or_else(|| {
            self.fetched
                .then(|| dates::relative(&v.value, &self.reference))
                .flatten()
        });
        found.filter(|d| self.plausible(d))
    }

    /// The visible dates, best first: the collector's score plus a bonus for standing near
    /// the headline (just above it, or within the article's head below it); ties go to the
    /// earlier one. Dates in page chrome were never collected.
    fn ranked_visible(&self, modified: bool) -> Vec<(i32, Date)> {
        let headline_pos = self.ev.h1_pos.or(self.ev.h2_pos);
        let near = |pos: u32| match headline_pos {
            Some(h) => {
                let d = i64::from(pos) - i64::from(h);
                if (-NEAR_ABOVE..=NEAR_BELOW).contains(&d) {
                    NEAR_BONUS
                } else {
                    0
                }
            }
            None => 0,
        };
        let mut out: Vec<(i32, u32, Date)> = self
            .ev
            .dates
            .iter()
            .chain(&self.ev.date_lines)
            .filter(|v| v.modified == modified && v.score >= 0)
            .filter_map(|v| Some((v.score + near(v.pos), v.pos, self.visible_date(v)?)))
            .collect();
        out.sort_by_key(|&(score, pos, _)| (std::cmp::Reverse(score), pos));
        out.into_iter().map(|(score, _, d)| (score, d)).collect()
    }

    /// Publication and modification dates, checked against each other.
    ///
    /// Precedence: meta tags, then JSON-LD, then microdata, then a well-placed visible date,
    /// then the URL's date, then any visible date, then the vote over every date seen. Every
    /// date must be plausible (not after the fetch day, not before 1995), and a modification
    /// date before the publication date is dropped. A UTC timestamp whose day differs by one
    /// from the day the page shows near its headline gives way to that day, and to the day
    /// in its URL when its time of day allows a zone in use: the publisher's local day is
    /// the one readers see. A page that shows only its update ("Updated March 14") and
    /// nowhere the first publication its markup declares goes by the update it shows.
    pub(super) fn dates(&self) -> (Option<String>, Option<String>) {
        let visible = self.ranked_visible(false);
        let strong_visible = visible
            .iter()
            .find(|(score, _)| *score >= STRONG_VISIBLE)
            .map(|&(_, d)| d);
        let url_date = self
            .page_url
            .and_then(dates::from_url)
            .filter(|d| self.plausible(d));

        // The page's own meta tags before JSON-LD: structured data often dates the item it
        // describes (an embedded video, a product, the story's first version), the meta
        // tags the page as published.
        let structured_published = self
            .meta_date(keys::PUBLISHED)
            .or_else(|| self.ld.published.as_deref().and_then(|v| self.date(v)))
            .or_else(|| {
                ["datePublished", "dateCreated"]
                    .iter()
                    .find_map(|k| self.prop(k).and_then(|v| self.date(v)))
            });
        let published = match structured_published {
            Some(p) => Some(self.local_day(p, url_date, strong_visible)),
            None => strong_visible
                .or(url_date)
                .or_else(|| visible.first().map(|&(_, d)| d))
                .or_else(|| self.vote()),
        };

        let structured_modified = self
            .ld
            .modified
            .as_deref()
            .and_then(|v| self.date(v))
            .or_else(|| self.meta_date(keys::MODIFIED))
            .or_else(|| self.prop("dateModified").and_then(|v| self.date(v)));
        let modified =
            structured_modified.or_else(|| self.ranked_visible(true).first().map(|&(_, d)| d));
        // A modification date before the publication date is a misread (a date of some
        // other item, or a site-wide stamp): it is dropped, the publication date kept.
        let modified = match (&published, modified) {
            (Some(p), Some(m)) if earlier(&m, p) => None,
            (_, m) => m,
        };
        // A page that shows readers its update's day, marked as one, and nowhere the day its
        // markup declares as the first publication goes by the day it shows.
        let published = match (published, structured_published, structured_modified) {
            (Some(p), Some(_), Some(m))
                if p.day_key() < m.day_key() && !self.shows(&p, false) && self.shows(&m, true) =>
            {
                Some(m)
            }
            (p, _, _) => p,
        };
        (published.map(|d| d.iso()), modified.map(|d| d.iso()))
    }

    /// True when a date the page shows outside its chrome (a `<time>`, an element classed
    /// as a date, a date line) falls on the day of `d`; with `marked`, only dates marked or
    /// worded as modification dates count.
    fn shows(&self, d: &Date, marked: bool) -> bool {
        self.ev
            .dates
            .iter()
            .chain(&self.ev.date_lines)
            .filter(|v| !marked || v.modified)
            .filter_map(|v| self.visible_date(v))
            .any(|v| v.day_key() == d.day_key())
    }

    /// The last resort when nothing marks the article's date: every date the page shows or
    /// links to votes for its day, dates in the article's part of the page and dates marked
    /// as dates with more weight than those in page chrome and links, and the day with the
    /// most votes wins; a tie goes to the day seen first.
    fn vote(&self) -> Option<Date> {
        let shown = self
            .ev
            .dates
            .iter()
            .filter_map(|v| Some((self.visible_date(v)?, 3, v.pos)))
            .chain(
                self.ev
                    .date_lines
                    .iter()
                    .filter_map(|v| Some((self.visible_date(v)?, 2, v.pos))),
            );
        let linked = [self.ev.canonical, self.metas.first(keys::URL)]
            .into_iter()
            .flatten()
            .filter_map(dates::from_path)
            .chain(self.ev.title.as_deref().and_then(dates::find))
            .map(|d| (d, 1, 0));
        let loose = self
            .ev
            .loose
            .iter()
            .map(|l| (l.date, u32::from(l.weight), l.pos));
        let mut ballot: Vec<(Date, u32, u32)> = shown
            .chain(linked)
            .chain(loose)
            .filter(|(d, _, _)| self.plausible(d))
            .collect();
        ballot.sort_by_key(|&(d, _, pos)| (d.day_key(), pos));
        let mut best: Option<(u32, u32, Date)> = None;
        for group in ballot.chunk_by(|a, b| a.0.day_key() == b.0.day_key()) {
            let votes = group.iter().map(|&(_, w, _)| w).sum();
            let first = group[0].2;
            if best.is_none_or(|(v, p, _)| votes > v || (votes == v && first < p)) {
                best = Some((votes, first, group[0].0));
            }
        }
        best.map(|(_, _, d)| d)
    }

    /// `p`, or when `p` is a UTC timestamp one day off the page's own day: the day `shown`
    /// near the headline, or the URL's day `url` when a zone in use puts `p` on it.
    fn local_day(&self, p: Date, url: Option<Date>, shown: Option<Date>) -> Date {
        if !p.is_utc() {
            return p;
        }
        if let Some(s) = shown
            && (p.days() - s.days()).abs() == 1
        {
            return s;
        }
        // The URL's day is the day its path was made, in the publisher's zone: zones in use
        // reach 10 hours west of UTC and 14 east, so a day before needs a UTC time early
        // enough, a day after one late enough.
        let minutes = p.minutes_of_day().unwrap_or(0);
        match url {
            Some(u) if u.days() == p.days() - 1 && minutes < WEST_REACH => u,
            Some(u) if u.days() == p.days() + 1 && minutes >= MINUTES_PER_DAY - EAST_REACH => u,
            _ => p,
        }
    }
}

/// How far west of UTC the zones of populated places reach, in minutes.
const WEST_REACH: i64 = 10 * 60;
/// How far east of UTC the zones of populated places reach, in minutes.
const EAST_REACH: i64 = 14 * 60;
/// Minutes in a day.
const MINUTES_PER_DAY: i64 = 24 * 60;

/// Visible dates this far above the headline (in document-order steps) count as near it.
const NEAR_ABOVE: i64 = 15;
/// Visible dates this far below the headline count as near it.
const NEAR_BELOW: i64 = 60;
/// Bonus for a visible date near the headline.
const NEAR_BONUS: i32 = 3;
/// Score from which a visible date beats the URL's date.
const STRONG_VISIBLE: i32 = 3;

/// True when `a` is before `b`; dates without a time compare by day only.
fn earlier(a: &Date, b: &Date) -> bool {
    if a.has_time() && b.has_time() {
        a.instant() < b.instant()
    } else {
        a.day_key() < b.day_key()
    }
}

#[cfg(test)]
mod tests {
    fn published(html: &str, url: &str) -> Option<String> {
        let parsed = copydesk_parse::parse(html, copydesk_parse::Limits::default());
        let base = url::Url::parse(url).ok();
        crate::extract(&parsed.dom, base.as_ref())
            .published
            .map(|d| d[..10].to_string())
    }

    const UPDATED_ONLY: &str = r#"<html><head>
<meta property="article:published_time" content="2021-11-29T14:13:37+00:00">
<meta property="article:modified_time" content="2022-01-12T14:27:30+00:00">
</head><body><article><h1>Can fish feel pain?</h1>
<p class="meta">Updated January 12, 2022</p>{shown}
<p>Anglers have argued about it for a long time, and the research has moved on.</p>
</article></body></html>"#;

    #[test]
    fn an_update_shown_alone_dates_the_page() {
        let html = UPDATED_ONLY.replace("{shown}", "");
        assert_eq!(
            published(&html, "https://ex.com/fish/").as_deref(),
            Some("2022-01-12")
        );
        // Shown beside the first publication, the update leaves it alone.
        let html = UPDATED_ONLY.replace("{shown}", "<p>Published November 29, 2021</p>");
        assert_eq!(
            published(&html, "https://ex.com/fish/").as_deref(),
            Some("2021-11-29")
        );
    }

    #[test]
    fn a_utc_time_takes_the_urls_day_only_when_a_zone_allows_it() {
        let page = |stamp: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle",
                "headline":"Workers return","datePublished":"{stamp}"}}</script></head>
                <body><article><h1>Workers return</h1><p>Text.</p></article></body></html>"#
            )
        };
        let url = "https://ex.com/politics/2020/07/08/workers-return/";
        // 10:04 UTC is July 9 from Hawaii to the Pacific's east end.
        assert_eq!(
            published(&page("2020-07-09T10:04:04Z"), url).as_deref(),
            Some("2020-07-09")
        );
        // 03:00 UTC is still July 8 in the Americas.
        assert_eq!(
            published(&page("2020-07-09T03:00:00Z"), url).as_deref(),
            Some("2020-07-08")
        );
    }

    #[test]
    fn the_logos_heading_is_not_the_headline() {
        let rates: String = (1..=12)
            .map(|i| format!("<li class=\"rate\">USD {i}.70</li>"))
            .collect();
        let html = format!(
            r#"<html><body><header><ul class="topbar"><li>Baku</li>
<li>Tuesday, (08 Dec 2020)</li></ul>
<div class="header-logo"><h1><a href="/"><img alt="News"></a></h1></div>
<div class="rates"><ul>{rates}</ul></div></header>
<div class="content"><div class="title"><h1 class="h4">Envoy backs the counteroffensive</h1></div>
<ul class="meta"><li><a href="/time/2020-10-13">13 Oct 2020 18:29</a></li></ul>
<p>The envoy said the operation was lawful.</p></div></body></html>"#
        );
        assert_eq!(
            published(&html, "https://ex.com/news/envoy").as_deref(),
            Some("2020-10-13")
        );
    }

    #[test]
    fn without_an_h1_the_first_h2_is_the_headlines_place() {
        let links: String = (1..=10)
            .map(|i| format!("<li><a href=\"/s{i}\">Section {i}</a></li>"))
            .collect();
        let html = format!(
            r#"<html><body><div class="top"><span class="date">Tue, 14 Jan 2020</span></div>
<div class="menu"><ul>{links}</ul></div>
<div class="banner-section"><h2>Megablaze brought under control</h2>
<p>News24<br>13 Jan 2020, 22:11 GMT+10</p>
<p>Exhausted firefighters said they had finally brought the blaze under control.</p>
</div></body></html>"#
        );
        assert_eq!(
            published(&html, "https://ex.com/news/megablaze").as_deref(),
            Some("2020-01-13")
        );
    }
}
