//! Field by field, the strongest evidence wins: JSON-LD, then meta tags, then microdata and
//! the visible page, then the URL (the publication date reads meta tags before JSON-LD).

use copydesk_record::{Author, AuthorKind, Image};

use crate::Metadata;
use crate::collect::{Evidence, Heading};
use crate::dates::{self, Date};
use crate::jsonld::{self, LdFacts};
use crate::metatags::{self as keys, MetaTags};
use crate::text::{absolute_url, clean, contains_ci, loose_eq, loose_key, unescape_entities};
use crate::{byline, headline, lang};

mod pubdate;

/// Longest headline accepted, in characters: longer "headlines" are paragraphs.
const MAX_HEADLINE_CHARS: usize = 300;
/// Most words in a site's name.
const MAX_SITE_NAME_WORDS: usize = 10;
/// Most document-order steps between the first and the last microdata author of one
/// byline.
const MAX_AUTHOR_SPREAD: u32 = 30;
/// Most tags kept.
const MAX_TAGS: usize = 20;
/// Longest tag kept, in characters.
const MAX_TAG_CHARS: usize = 60;

/// Weighs the evidence of one page.
pub(crate) struct Reader<'e, 'a> {
    ev: &'e Evidence<'a>,
    metas: MetaTags<'e, 'a>,
    ld: LdFacts,
    /// The page URL, moved by `<base href>` when there is one.
    base: Option<url::Url>,
    /// The page URL as given (for dates in the path).
    page_url: Option<&'e url::Url>,
    /// No date after this day is accepted; relative dates count back from it.
    reference: Date,
    /// The reference is the fetch time (not the clock), so relative dates can be read.
    fetched: bool,
}

/// Cleans a text value: entities decoded, whitespace collapsed.
fn tidy(s: &str) -> Option<String> {
    clean(&unescape_entities(s))
}

impl<'e, 'a> Reader<'e, 'a> {
    pub(crate) fn new(
        ev: &'e Evidence<'a>,
        page_url: Option<&'e url::Url>,
        fetched_at: Option<&str>,
    ) -> Self {
        let fetched = fetched_at.and_then(dates::parse);
        let base = match (page_url, ev.base_href) {
            (Some(page), Some(href)) => page.join(href).ok().or_else(|| Some(page.clone())),
            (None, Some(href)) => url::Url::parse(href).ok(),
            (Some(page), None) => Some(page.clone()),
            (None, None) => None,
        };
        Reader {
            ev,
            metas: MetaTags::new(&ev.metas),
            ld: jsonld::read(&ev.jsonld),
            base,
            page_url,
            reference: fetched.unwrap_or_else(Date::now),
            fetched: fetched.is_some(),
        }
    }

    /// Reads every field.
    pub(crate) fn read(&self) -> Metadata {
        let site_name = self.site_name();
        let headline = self.headline(site_name.as_deref());
        let site_name = site_name.or_else(|| self.title_suffix_site());
        let section = self.section();
        let mut reject: Vec<&str> = Vec::with_capacity(4);
        reject.extend(site_name.as_deref());
        // A person publishing a personal site is no decoy for its author's name.
        if !self.ld.publisher_person {
            reject.extend(self.ld.publisher.as_deref());
        }
        reject.extend(section.as_deref());
        let (published, modified) = self.dates();
        Metadata {
            subheadline: self.subheadline(headline.as_deref()),
            headline,
            canonical_url: self.canonical_url(),
            language: self.language(),
            description: self.description(),
            published,
            modified,
            authors: self.authors(&reject),
            tags: self.tags(),
            lead_image: self.lead_image(),
            schema_type: self.schema_type(),
            og_type: self.og_type(),
            article_body: self.ld.article_body.clone(),
            section,
            site_name,
        }
    }

    /// The first microdata property named `key`.
    fn prop(&self, key: &str) -> Option<&str> {
        self.ev
            .item_props
            .iter()
            .find(|p| p.key.eq_ignore_ascii_case(key) && !p.value.trim().is_empty())
            .map(|p| p.value.trim())
    }

    /// The site's name; one that runs to a sentence (a page title put in the site-name
    /// tag) is no name and gives way to the next source.
    fn site_name(&self) -> Option<String> {
        let named = |s: &String| {
            s.chars().count() <= 100 && s.split_whitespace().count() <= MAX_SITE_NAME_WORDS
        };
        self.metas
            .first(keys::SITE_NAME)
            .and_then(tidy)
            .map(|s| self.without_tagline(s))
            .filter(named)
            .or_else(|| self.ld.website.clone().filter(named))
            .or_else(|| self.ld.publisher.clone().filter(named))
            .or_else(|| self.prop("publisher.name").and_then(tidy).filter(named))
    }

    /// "Example.cz - News as it happens": the name the structured data gives the publisher
    /// or website, when the meta site name is that name with a tagline after a separator.
    fn without_tagline(&self, site: String) -> String {
        let declared = [self.ld.publisher.as_deref(), self.ld.website.as_deref()];
        match headline::first_part(&site) {
            Some(name) if declared.contains(&Some(name)) => name.to_string(),
            _ => site,
        }
    }

    /// A site name read off the title ("Headline | Site") when nothing names the site.
    fn title_suffix_site(&self) -> Option<String> {
        let title = self.ev.title.as_deref()?;
        let (_, site) = headline::split_suffix(title)?;
        let host_matches = self
            .base
            .as_ref()
            .and_then(|b| b.host_str())
            .is_some_and(|h| contains_ci(&loose_key(h), &loose_key(site)));
        let title_heading_agree = self
            .ev
            .headings
            .iter()
            .any(|h| h.level == 1 && !contains_ci(&h.text, site));
        (host_matches || title_heading_agree).then(|| site.to_string())
    }

    /// Names the site goes by on this page, to strip from titles.
    fn site_names(&self, site_name: Option<&str>) -> headline::SiteNames {
        let mut names: Vec<&str> = Vec::with_capacity(5);
        names.extend(site_name);
        names.extend(self.ld.publisher.as_deref());
        names.extend(self.ld.website.as_deref());
        names.extend(self.metas.first(keys::SECTION));
        if let Some(host) = self.base.as_ref().and_then(|b| b.host_str()) {
            let host = host.strip_prefix("www.").unwrap_or(host);
            names.push(host);
            if let Some((name, _)) = host.rsplit_once('.') {
                names.push(name.rsplit('.').next().unwrap_or(name));
            }
        }
        headline::SiteNames::new(names)
    }

    /// The article's own headline: the visible `<h1>` when it is the article's (it agrees
    /// with the title or structured data, or stands inside the article), else the structured
    /// headline (JSON-LD, then meta tags), else the `<title>` without the site name.
    fn headline(&self, site_name: Option<&str>) -> Option<String> {
        let sites = self.site_names(site_name);
        let strip = |s: &str| tidy(s).map(|t| headline::strip_site(&t, &sites));
        // A title's last part that a main heading repeats is the site's name (a blog's
        // name in its masthead): "Post title | Blog name" over `<h1>Blog name</h1>`.
        let title = self.ev.title.as_deref().and_then(|t| {
            let repeated = headline::site_part(t).filter(|part| {
                self.ev
                    .headings
                    .iter()
                    .any(|h| h.level == 1 && loose_eq(&h.text, part))
            });
            match repeated.and_then(|part| headline::strip_part(t, part)) {
                Some(cut) => strip(&cut),
                None => strip(t),
            }
        });
        let from_ld = self.ld.headline.as_deref().and_then(strip);
        let from_meta = self
            .metas
            .first(keys::TITLE)
            .and_then(strip)
            .or_else(|| self.prop("headline").and_then(strip));
        let structured = match (from_ld, from_meta) {
            (Some(ld), Some(meta)) if extends(&meta, &ld) => Some(meta),
            (Some(ld), _) => Some(ld),
            (None, meta) => meta,
        }
        .filter(|h| (3..=MAX_HEADLINE_CHARS).contains(&h.chars().count()));
        let structured = match (structured, &title) {
            (Some(s), Some(t)) if extends(t, &s) => Some(t.clone()),
            (s, _) => s,
        };

        // A title that is only the site's name says nothing about the page.
        let named = title.as_ref().filter(|t| !sites.names(t));
        let others = [structured.as_deref(), named.map(String::as_str)];
        if let Some(heading) = self.visible_heading(&sites, &others) {
            // A heading made of two parts (a kicker and the headline, or the headline and
            // a subtitle) is the part the page's other titles name.
            let sources: Vec<String> = [self.ld.headline.as_deref(), self.metas.first(keys::TITLE)]
                .into_iter()
                .flatten()
                .filter_map(tidy)
                .map(|s| headline::strip_site_suffix(&s, &sites))
                .chain(named.cloned())
                .collect();
            if let Some((lead, rest)) = &heading.parts
                && let Some(part) = named_part(lead, rest, &sources)
            {
                return Some(part.to_string());
            }
            let h = headline::strip_site_suffix(&heading.text, &sites);
            let h = headline::drop_date_lead(headline::drop_label(&h)).to_string();
            // The publisher's own headline, when the heading only puts a few words before
            // it (a kicker, a label, a date), is the headline without them.
            // (A site name before the structured headline stays: it may be the kicker's
            // first word.)
            let declared = [self.ld.headline.as_deref(), self.metas.first(keys::TITLE)];
            if let Some(s) = declared
                .into_iter()
                .flatten()
                .filter_map(tidy)
                .map(|s| headline::strip_site_suffix(&s, &sites))
                .find(|s| leads_into(&h, s))
            {
                return Some(s);
            }
            // An all-capitals heading takes the case of a source that spells the same words.
            let recased = is_all_caps(&h)
                .then(|| others.iter().flatten().find(|o| loose_eq(o, &h)))
                .flatten();
            return Some(recased.map_or(h, |o| o.to_string()));
        }
        if structured.is_some() {
            return structured;
        }
        let title = title?;
        let guessed = headline::split_suffix(&title).map(|(head, _)| head.to_string());
        Some(guessed.unwrap_or(title))
    }

    /// The page's visible main heading (`<h1>`), never a logo, the site's name or page
    /// furniture ("Related articles"). In order: the first heading that names the same story
    /// as the title or structured headline (`others`), an `<h2>` only when no `<h1>` does;
    /// else the first `<h1>` inside the article; else the first `<h1>` outside the masthead.
    /// Headings in page chrome count only when they agree with `others`.
    fn visible_heading(
        &self,
        sites: &headline::SiteNames,
        others: &[Option<&str>],
    ) -> Option<&Heading> {
        let site_part = self.ev.title.as_deref().and_then(headline::site_part);
        let credible = |h: &&Heading| {
            let chars = h.text.chars().count();
            (3..=MAX_HEADLINE_CHARS).contains(&chars)
                && h.text.chars().any(char::is_alphanumeric)
                && !h.logo
                && !sites.names(&h.text)
                && (h.in_article || !site_part.is_some_and(|p| loose_eq(p, &h.text)))
                && !headline::is_furniture(&h.text)
        };
        // A heading in page chrome must spell most of a title, not only share a part of it
        // (a blog's name in a sidebar, "4 thoughts on …" over the comments).
        let agrees = |h: &&Heading| {
            others.iter().flatten().any(|o| {
                if h.chrome {
                    covers(o, &h.text)
                } else {
                    agree(o, &h.text)
                }
            })
        };
        let level = |l: u8| {
            self.ev
                .headings
                .iter()
                .filter(move |h| h.level == l)
                .filter(credible)
        };
        // Of several headings that agree, the one closest to a title: a section's name that
        // opens the title agrees too, but spells less of it.
        let closest = |l: u8| {
            level(l)
                .filter(agrees)
                .map(|h| (closeness(others, &h.text), h))
                .fold(None, |best: Option<(usize, &Heading)>, (c, h)| match best {
                    Some((b, _)) if b >= c => best,
                    _ => Some((c, h)),
                })
                .map(|(_, h)| h)
        };
        let h1 = || level(1).filter(|h| !h.chrome);
        closest(1)
            .or_else(|| closest(2))
            .or_else(|| h1().find(|h| h.in_article))
            .or_else(|| h1().find(|h| !h.in_masthead))
            // A heading that follows prose and disagrees with two sources that agree with
            // each other is a section of the text (a digest's entry), not its headline.
            .filter(|h| {
                !(h.after_prose
                    && matches!(others, [Some(a), Some(b)] if agree(a, b))
                    && !agrees(h))
            })
    }

    fn subheadline(&self, headline: Option<&str>) -> Option<String> {
        let sub = self
            .ld
            .alternative_headline
            .clone()
            .or_else(|| self.prop("alternativeHeadline").and_then(tidy))
            .or_else(|| self.ev.subheadline.as_deref().and_then(tidy))?;
        let same = headline.is_some_and(|h| loose_eq(h, &sub));
        (!same && sub.chars().count() <= 400).then_some(sub)
    }

    fn description(&self) -> Option<String> {
        self.metas
            .first(keys::DESCRIPTION)
            .and_then(tidy)
            .or_else(|| self.ld.description.clone())
            .or_else(|| self.prop("description").and_then(tidy))
    }

    fn section(&self) -> Option<String> {
        self.metas
            .first(keys::SECTION)
            .and_then(tidy)
            .or_else(|| self.ld.section.clone())
            .filter(|s| s.chars().count() <= 80)
    }

    fn canonical_url(&self) -> Option<String> {
        let base = self.base.as_ref();
        self.ev
            .canonical
            .and_then(|c| absolute_url(c, base))
            .or_else(|| {
                self.metas
                    .first(keys::URL)
                    .and_then(|c| absolute_url(c, base))
            })
            .or_else(|| self.ld.url.as_deref().and_then(|c| absolute_url(c, base)))
    }

    fn language(&self) -> Option<String> {
        self.ev
            .html_lang
            .and_then(lang::normalize)
            .or_else(|| self.metas.first(keys::LANGUAGE).and_then(lang::normalize))
            .or_else(|| self.ld.language.as_deref().and_then(lang::normalize))
            .or_else(|| self.metas.first(keys::LOCALE).and_then(lang::normalize))
    }

    fn lead_image(&self) -> Option<Image> {
        let base = self.base.as_ref();
        let src = keys::IMAGE
            .iter()
            .flat_map(|k| self.metas.all(k))
            .find_map(|v| absolute_url(v, base))
            .or_else(|| self.ld.image.as_deref().and_then(|v| absolute_url(v, base)))
            .or_else(|| self.ev.image_src.and_then(|v| absolute_url(v, base)))
            .or_else(|| self.prop("image").and_then(|v| absolute_url(v, base)))?;
        Some(Image {
            src: Some(src),
            caption: None,
            credit: None,
        })
    }

    fn schema_type(&self) -> Option<String> {
        if let Some(t) = &self.ld.schema_type {
            return Some(t.clone());
        }
        self.ev
            .item_types
            .iter()
            .filter(|t| t.top_level)
            .filter_map(|t| {
                let short = t.url.trim().rsplit(['/', '#', ':']).next()?;
                let lower = short.to_ascii_lowercase();
                let rank = jsonld::type_rank(&lower);
                (rank > 0).then_some((rank, lower))
            })
            .fold(None, |best: Option<(u8, String)>, (rank, t)| match best {
                Some((r, _)) if r >= rank => best,
                _ => Some((rank, t)),
            })
            .map(|(_, t)| t)
    }

    /// Open Graph's object type ("article", "product", "website"), lower case.
    fn og_type(&self) -> Option<String> {
        let og = self.metas.first(keys::OG_TYPE)?.trim().to_ascii_lowercase();
        let last = og.rsplit([':', '.']).next().unwrap_or_default();
        (!last.is_empty()).then(|| last.to_string())
    }

    fn tags(&self) -> Vec<String> {
        let mut tags: Vec<String> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let mut add = |raw: &str, split: bool| {
            let parts: Vec<&str> = if split {
                raw.split([',', ';']).collect()
            } else {
                vec![raw]
            };
            for part in parts {
                if tags.len() >= MAX_TAGS {
                    return;
                }
                let Some(tag) = tidy(part) else { continue };
                if tag.chars().count() > MAX_TAG_CHARS {
                    continue;
                }
                let key = loose_key(&tag);
                if key.is_empty() || seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                tags.push(tag);
            }
        };
        for key in keys::TAG {
            for v in self.metas.all(key) {
                add(v, false);
            }
        }
        for k in &self.ld.keywords {
            add(k, false);
        }
        for key in keys::TAG_LISTS {
            for v in self.metas.all(key) {
                add(v, true);
            }
        }
        tags
    }

    fn authors(&self, reject: &[&str]) -> Vec<Author> {
        let mut out = self.declared_authors(reject);
        if out.is_empty() {
            out = self.visible_authors(reject, false);
            // With no person named anywhere, the site or organisation the page itself
            // declares as author, or that its byline names, is its author.
            if out.is_empty() {
                out = self.declared_authors(&[]);
            }
            if out.is_empty() {
                out = self.visible_authors(&[], false);
            }
        } else if out.iter().all(|a| {
            // A name that shares its line with the site's ("Example Mag – The magazine
            // for …") is the site's tagline.
            self.publisher_like(a, reject)
                || out.iter().any(|b| {
                    b.raw == a.raw && b.kind == AuthorKind::Person && self.publisher_like(b, reject)
                })
        }) {
            // A site, its publisher or a user handle declared as author: a person named in a
            // byline on the page says more.
            let visible = self.visible_authors(reject, true);
            if !visible.is_empty() {
                out = visible;
            }
        }
        byline::dedupe(&mut out);
        out.truncate(12);
        out
    }

    /// The authors the page declares in JSON-LD, microdata or meta tags.
    fn declared_authors(&self, reject: &[&str]) -> Vec<Author> {
        let mut out: Vec<Author> = Vec::new();
        for name in &self.ld.authors {
            out.extend(byline::parse(name, reject));
        }
        if out.is_empty() {
            for key in ["author.name", "author", "creator"] {
                // Authors far apart are those of separate items (a thread's posts, a list
                // of answers): the page's own comes first.
                let mut first: Option<u32> = None;
                for p in self
                    .ev
                    .item_props
                    .iter()
                    .filter(|p| p.key.eq_ignore_ascii_case(key))
                {
                    let start = *first.get_or_insert(p.pos);
                    if p.pos > start + MAX_AUTHOR_SPREAD {
                        break;
                    }
                    out.extend(byline::parse(&p.value, reject));
                }
                if !out.is_empty() {
                    break;
                }
            }
        }
        if out.is_empty() {
            for key in keys::AUTHOR {
                for v in self.metas.all(key) {
                    match byline::catalogue_name(v).filter(|_| keys::ONE_CREATOR.contains(key)) {
                        Some(name) => out.extend(byline::parse(&name, reject)),
                        None => out.extend(byline::parse(v, reject)),
                    }
                }
                if !out.is_empty() {
                    break;
                }
            }
        }
        if out.is_empty()
            && let Some(v) = self.labelled_author()
        {
            out.extend(byline::parse(v, reject));
        }
        out
    }

    /// The authors of the best visible byline. `people_only` keeps a byline only when all
    /// its names are people's names shaped like names, and skips bylines outside the
    /// article that no class marks.
    fn visible_authors(&self, reject: &[&str], people_only: bool) -> Vec<Author> {
        let mut order: Vec<usize> = (0..self.ev.bylines.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(self.ev.bylines[i].score));
        let min_score = i32::from(people_only);
        for i in order {
            let b = &self.ev.bylines[i];
            if b.score < min_score {
                break;
            }
            let out = if b.by_lead {
                byline::parse_line(&b.text, reject)
            } else {
                byline::parse(&b.text, reject)
            };
            let people = out.iter().all(|a| {
                a.kind == AuthorKind::Person
                    && byline::name_shaped(&a.name)
                    && !self.publisher_like(a, reject)
            });
            if !out.is_empty() && (!people_only || people) {
                return out;
            }
        }
        Vec::new()
    }

    /// True when a declared author is the site rather than a person: an organisation, a
    /// short code in capitals, a name that holds or is held by the site's name, one whose
    /// letters or initials are the site's domain ("Deutsche Welle" on dw.com), or a user
    /// handle (`janedoe`, `jane.doe`).
    fn publisher_like(&self, a: &Author, reject: &[&str]) -> bool {
        if a.kind == AuthorKind::Organization
            || byline::has_company_suffix(&a.name)
            || byline::is_caps_code(&a.name)
        {
            return true;
        }
        let key = loose_key(&a.name);
        if key.len() < 3 {
            return false;
        }
        let site = key.len() >= 4
            && reject
                .iter()
                .map(|r| loose_key(r))
                .any(|r| r.len() >= 4 && (r.contains(key.as_str()) || key.contains(&r)));
        if site {
            return true;
        }
        if let Some(label) = self.domain_label() {
            let initials: String = a
                .name
                .split(|c: char| c.is_whitespace() || c == '-')
                .filter_map(|w| w.chars().next())
                .filter(|c| c.is_uppercase())
                .flat_map(char::to_lowercase)
                .collect();
            if key == label || (label.len() >= 4 && key.contains(&label)) || initials == label {
                return true;
            }
        }
        byline::is_handle(&a.name)
    }

    /// The name of the page's domain without its top level and `www` (`dw` for
    /// `www.dw.com`), letters and digits only.
    fn domain_label(&self) -> Option<String> {
        let canonical = self.canonical_url().and_then(|c| url::Url::parse(&c).ok());
        let url = canonical.as_ref().or(self.page_url)?;
        let host = url.host_str()?;
        let mut labels = host.rsplit('.');
        labels.next()?;
        let label = loose_key(labels.next()?);
        (label.len() >= 2).then_some(label)
    }

    /// The author named by a `twitter:labelN` / `twitter:dataN` pair whose label says "Written
    /// by" (SEO plugins write it in the page's language).
    fn labelled_author(&self) -> Option<&str> {
        const LABELS: &[&str] = &[
            "written by",
            "verfasst von",
            "geschrieben von",
            "écrit par",
            "escrito por",
            "scritto da",
            "geschreven door",
        ];
        (1..=4).find_map(|i| {
            let label = self.metas.all(&format!("twitter:label{i}")).next()?;
            let wanted = LABELS.iter().any(|l| label.trim().eq_ignore_ascii_case(l));
            wanted
                .then(|| self.metas.all(&format!("twitter:data{i}")).next())
                .flatten()
        })
    }
}

/// Of a heading's two parts, `lead` and `rest`, the one that `sources` (the page's other
/// titles) name: the one a source spells (unless one spells them both), else the rest when
/// a source sets the lead apart as its first part ("Kicker – Headline"): a kicker.
fn named_part<'p>(lead: &'p str, rest: &'p str, sources: &[String]) -> Option<&'p str> {
    // A source that spells the whole heading keeps it whole.
    let whole = format!("{lead} {rest}");
    if !sources.iter().any(|s| loose_eq(s, &whole)) {
        if sources.iter().any(|s| loose_eq(s, rest)) {
            return Some(rest);
        }
        if sources.iter().any(|s| loose_eq(s, lead)) {
            return Some(lead);
        }
    }
    sources
        .iter()
        .any(|s| headline::first_part(s).is_some_and(|f| loose_eq(f, lead)))
        .then_some(rest)
}

/// Most words a heading may put before the structured headline for [`leads_into`].
const MAX_LEAD_WORDS: usize = 4;

/// True when `heading` is `headline` with a few words before it ("Thread: …", "Jun 17 …",
/// "Kicker Headline"), ignoring case, punctuation and spacing. A quotation that opens the
/// heading ("„Pure Leere“: …") is part of the headline.
fn leads_into(heading: &str, headline: &str) -> bool {
    if heading.starts_with(['"', '„', '“', '»', '«', '\'', '‘', '‚']) {
        return false;
    }
    let (h, s) = (loose_key(heading), loose_key(headline));
    let extra = heading
        .split_whitespace()
        .count()
        .saturating_sub(headline.split_whitespace().count());
    s.len() >= 10 && h.len() > s.len() && h.ends_with(&s) && extra <= MAX_LEAD_WORDS
}

/// True when `heading` is part of `title` and spells at least two thirds of it.
fn covers(title: &str, heading: &str) -> bool {
    let (t, h) = (loose_key(title), loose_key(heading));
    !h.is_empty() && t.contains(&h) && h.len() * 3 >= t.len() * 2
}

/// True when `s` has letters and none of them is lower case.
fn is_all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// True when `cut` is `full` cut short (JSON-LD headlines are often clipped to a length
/// limit, with or without an ellipsis).
fn extends(full: &str, cut: &str) -> bool {
    let cut = cut.trim_end_matches(['…', '.', ' ']);
    let (f, c) = (loose_key(full), loose_key(cut));
    c.len() >= 60 && f.len() > c.len() && f.starts_with(&c)
}

/// How much of the closest of `titles` a heading spells, in thousandths (the shorter
/// loose key over the longer).
fn closeness(titles: &[Option<&str>], heading: &str) -> usize {
    let h = loose_key(heading);
    titles
        .iter()
        .flatten()
        .map(|t| {
            let t = loose_key(t);
            let (long, short) = if t.len() >= h.len() {
                (t.len(), h.len())
            } else {
                (h.len(), t.len())
            };
            short * 1000 / long.max(1)
        })
        .max()
        .unwrap_or(0)
}

/// True when a heading and a title name the same story: one contains the other (ignoring
/// case, punctuation and spacing) and the shorter is at least a third of the longer.
fn agree(title: &str, heading: &str) -> bool {
    let (t, h) = (loose_key(title), loose_key(heading));
    if t.is_empty() || h.is_empty() {
        return false;
    }
    let (long, short) = if t.len() >= h.len() { (t, h) } else { (h, t) };
    long.contains(&short)
        && (short.len() * 3 >= long.len()
            || (long.starts_with(&short) && short.len() * 5 >= long.len()))
}
