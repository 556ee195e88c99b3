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
        let near = |pos: u32| match self.ev.h1_pos {
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
    /// then the URL's date, then any visible date, then the vote over every date seen. A UTC timestamp whose day differs by one
    /// from the day the page shows (in its URL or its own date line) gives way to that day:
    /// the publisher's local day is the one readers see.
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
            Some(p) => Some(self.local_day(p, url_date.or(strong_visible))),
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
        (published.map(|d| d.iso()), modified.map(|d| d.iso()))
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

    /// `p`, or the page's shown day `shown` when `p` is a UTC timestamp one day off it.
    fn local_day(&self, p: Date, shown: Option<Date>) -> Date {
        match shown {
            Some(s) if p.is_utc() && (p.days() - s.days()).abs() == 1 => s,
            _ => p,
        }
    }
}

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
