//! Date parsing: the formats pages put in markup, normalised to ISO 8601.
//!
//! Hand-rolled on purpose: the inputs are short, the formats few, and one pass over the
//! bytes costs nothing next to a general date library.

use std::fmt::Write as _;
use std::sync::LazyLock;

/// Earliest year accepted: the web's news archive starts around here.
const MIN_YEAR: u16 = 1995;

/// The latest year accepted: next year, by the clock (dates a little in the future are
/// common in time zones ahead of the server's).
static MAX_YEAR: LazyLock<u16> = LazyLock::new(|| {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (year, _, _) = civil_from_days((secs / 86_400) as i64);
    u16::try_from(year + 1).unwrap_or(u16::MAX)
});

/// A time-zone designator as the source gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Zone {
    /// `Z`, `GMT`, `UTC`.
    Utc,
    /// An offset from UTC in minutes.
    Offset(i16),
}

/// A calendar date with the time and zone when the source gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Date {
    year: u16,
    month: u8,
    day: u8,
    /// Hours, minutes, seconds.
    time: Option<(u8, u8, u8)>,
    zone: Option<Zone>,
}

impl Date {
    fn new(year: i64, month: i64, day: i64) -> Option<Date> {
        let year = u16::try_from(year).ok()?;
        let month = u8::try_from(month).ok()?;
        let day = u8::try_from(day).ok()?;
        if year < MIN_YEAR || year > *MAX_YEAR || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            year,
            month,
            day,
            time: None,
            zone: None,
        })
    }

    /// ISO 8601: `2024-10-25`, or `2024-10-25T07:30:00+09:00` when the time is known.
    pub(crate) fn iso(&self) -> String {
        let mut s = String::with_capacity(25);
        let _ = write!(s, "{:04}-{:02}-{:02}", self.year, self.month, self.day);
        if let Some((h, m, sec)) = self.time {
            let _ = write!(s, "T{h:02}:{m:02}:{sec:02}");
            match self.zone {
                Some(Zone::Utc) => s.push('Z'),
                Some(Zone::Offset(off)) => {
                    let sign = if off < 0 { '-' } else { '+' };
                    let abs = off.unsigned_abs();
                    let _ = write!(s, "{sign}{:02}:{:02}", abs / 60, abs % 60);
                }
                None => {}
            }
        }
        s
    }

    /// Minutes since the epoch, in UTC when the zone is known: for ordering two dates.
    pub(crate) fn instant(&self) -> i64 {
        let days = days_from_civil(i64::from(self.year), self.month.into(), self.day.into());
        let (h, m, _) = self.time.unwrap_or((0, 0, 0));
        let offset = match self.zone {
            Some(Zone::Offset(o)) => i64::from(o),
            _ => 0,
        };
        days * 1440 + i64::from(h) * 60 + i64::from(m) - offset
    }

    /// The calendar day, for comparing dates of different precision.
    pub(crate) fn day_key(&self) -> (u16, u8, u8) {
        (self.year, self.month, self.day)
    }

    /// True when a time of day is known.
    pub(crate) fn has_time(&self) -> bool {
        self.time.is_some()
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Parses a date as pages write it in markup: ISO 8601 variants, RFC 2822, Unix time,
/// "October 25, 2024", "25. Oktober 2024", "25.10.2024", "2024/10/25", "10/25/2024".
pub(crate) fn parse(input: &str) -> Option<Date> {
    let s = input.trim();
    if s.is_empty() || s.len() > 120 {
        return None;
    }
    let b = s.as_bytes();
    if b.iter().all(u8::is_ascii_digit) {
        return parse_all_digits(s);
    }
    if b.len() >= 8 && b[..4].iter().all(u8::is_ascii_digit) && matches!(b[4], b'-' | b'/' | b'.') {
        return parse_year_first(s);
    }
    if let Some(d) = parse_numeric_day_first(s) {
        return Some(d);
    }
    parse_words(s)
}

/// `20241025`, or a Unix timestamp in seconds or milliseconds.
fn parse_all_digits(s: &str) -> Option<Date> {
    match s.len() {
        8 => {
            let n: i64 = s.parse().ok()?;
            Date::new(n / 10_000, n / 100 % 100, n % 100)
        }
        10 | 13 => {
            let mut secs: i64 = s.parse().ok()?;
            if s.len() == 13 {
                secs /= 1000;
            }
            let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
            let mut date = Date::new(y, m, d)?;
            let rem = secs.rem_euclid(86_400);
            date.time = Some(((rem / 3600) as u8, (rem / 60 % 60) as u8, (rem % 60) as u8));
            date.zone = Some(Zone::Utc);
            Some(date)
        }
        _ => None,
    }
}

/// A cursor over ASCII bytes for the numeric formats.
struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    /// Reads between `min` and `max` digits.
    fn number(&mut self, min: usize, max: usize) -> Option<i64> {
        let start = self.i;
        let mut n: i64 = 0;
        while self.i - start < max {
            match self.peek() {
                Some(c) if c.is_ascii_digit() => {
                    n = n * 10 + i64::from(c - b'0');
                    self.i += 1;
                }
                _ => break,
            }
        }
        (self.i - start >= min).then_some(n)
    }

    fn skip_spaces(&mut self) {
        while self.peek() == Some(b' ') {
            self.i += 1;
        }
    }

    fn rest(&self) -> &[u8] {
        &self.b[self.i.min(self.b.len())..]
    }
}

/// `2024-10-25`, `2024/10/25`, `2024.10.25`, with an optional ISO or spaced time and zone.
fn parse_year_first(s: &str) -> Option<Date> {
    let mut c = Cursor {
        b: s.as_bytes(),
        i: 0,
    };
    let year = c.number(4, 4)?;
    let sep = c.peek()?;
    c.i += 1;
    let month = c.number(1, 2)?;
    if !c.eat(sep) {
        return None;
    }
    let day = c.number(1, 2)?;
    let mut date = Date::new(year, month, day)?;
    if c.peek().is_some_and(|b| b.is_ascii_digit()) {
        return None;
    }
    if c.eat(b'T') || c.eat(b't') || c.eat(b' ') {
        c.skip_spaces();
        read_time(&mut c, &mut date);
    }
    Some(date)
}

/// Reads `HH:MM[:SS[.fff]]` with an optional zone into `date`; leaves `date` alone on failure.
fn read_time(c: &mut Cursor<'_>, date: &mut Date) {
    let start = c.i;
    let Some(h) = c.number(1, 2) else { return };
    if !c.eat(b':') {
        c.i = start;
        return;
    }
    let Some(m) = c.number(2, 2) else {
        c.i = start;
        return;
    };
    let mut sec = 0;
    if c.eat(b':') {
        sec = c.number(2, 2).unwrap_or(0);
        if c.eat(b'.') || c.eat(b',') {
            let _ = c.number(1, 9);
        }
    }
    let mut h = h;
    c.skip_spaces();
    let rest = c.rest();
    if rest.len() >= 2 && (rest[0] | 0x20 == b'p') && (rest[1] | 0x20 == b'm' || rest[1] == b'.') {
        if h < 12 {
            h += 12;
        }
        c.i += 2;
    } else if rest.len() >= 2
        && (rest[0] | 0x20 == b'a')
        && (rest[1] | 0x20 == b'm' || rest[1] == b'.')
    {
        if h == 12 {
            h = 0;
        }
        c.i += 2;
    }
    if h > 23 || m > 59 || sec > 60 {
        return;
    }
    date.time = Some((h as u8, m as u8, sec.min(59) as u8));
    date.zone = read_zone(c);
}

/// `Z`, `+09:00`, `+0900`, `-05`, `GMT`, `UTC` (optionally after spaces).
fn read_zone(c: &mut Cursor<'_>) -> Option<Zone> {
    c.skip_spaces();
    let rest = c.rest();
    match rest.first()? {
        b'Z' | b'z' => Some(Zone::Utc),
        b'+' | b'-' => {
            let negative = rest[0] == b'-';
            c.i += 1;
            let h = c.number(2, 2)?;
            c.eat(b':');
            let m = c.number(2, 2).unwrap_or(0);
            if h > 14 || m > 59 {
                return None;
            }
            let off = (h * 60 + m) as i16;
            Some(if off == 0 {
                Zone::Offset(0)
            } else {
                Zone::Offset(if negative { -off } else { off })
            })
        }
        _ if rest.len() >= 3
            && (rest[..3].eq_ignore_ascii_case(b"GMT")
                || rest[..3].eq_ignore_ascii_case(b"UTC")) =>
        {
            c.i += 3;
            match read_zone(c) {
                Some(Zone::Offset(o)) => Some(Zone::Offset(o)),
                _ => Some(Zone::Utc),
            }
        }
        _ => None,
    }
}

/// `25.10.2024`, `25/10/2024`, `10/25/2024`, `25-10-2024`, with an optional time.
/// Slashes are read month-first unless the first number cannot be a month.
fn parse_numeric_day_first(s: &str) -> Option<Date> {
    let mut c = Cursor {
        b: s.as_bytes(),
        i: 0,
    };
    let a = c.number(1, 2)?;
    let sep = c.peek()?;
    if !matches!(sep, b'.' | b'/' | b'-') {
        return None;
    }
    c.i += 1;
    let b = c.number(1, 2)?;
    if !c.eat(sep) {
        return None;
    }
    let year = c.number(4, 4)?;
    if c.peek().is_some_and(|x| x.is_ascii_digit()) {
        return None;
    }
    let (month, day) = if sep == b'/' && a <= 12 {
        (a, b)
    } else {
        (b, a)
    };
    let mut date = Date::new(year, month, day)?;
    c.skip_spaces();
    c.eat(b',');
    c.skip_spaces();
    read_time(&mut c, &mut date);
    Some(date)
}

/// Month names (lower case, ASCII-folded prefixes) in the languages news pages mostly use.
const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("januar", 1),
    ("janvier", 1),
    ("enero", 1),
    ("gennaio", 1),
    ("janeiro", 1),
    ("januari", 1),
    ("jänner", 1),
    ("february", 2),
    ("feb", 2),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("febrero", 2),
    ("febbraio", 2),
    ("fevereiro", 2),
    ("februari", 2),
    ("march", 3),
    ("mar", 3),
    ("märz", 3),
    ("maerz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("março", 3),
    ("maart", 3),
    ("april", 4),
    ("apr", 4),
    ("avril", 4),
    ("abril", 4),
    ("aprile", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("maggio", 5),
    ("maio", 5),
    ("mei", 5),
    ("june", 6),
    ("jun", 6),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("giugno", 6),
    ("junho", 6),
    ("july", 7),
    ("jul", 7),
    ("juli", 7),
    ("juillet", 7),
    ("julio", 7),
    ("luglio", 7),
    ("julho", 7),
    ("august", 8),
    ("aug", 8),
    ("août", 8),
    ("aout", 8),
    ("agosto", 8),
    ("augustus", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("settembre", 9),
    ("setembro", 9),
    ("october", 10),
    ("oct", 10),
    ("oktober", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("ottobre", 10),
    ("outubro", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("december", 12),
    ("dec", 12),
    ("dezember", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("diciembre", 12),
    ("dicembre", 12),
    ("dezembro", 12),
];

/// Weekday names and abbreviations (lower case) in the same languages.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];

/// True when `word` is a month or weekday name: date text, never part of a byline's name.
pub(crate) fn is_date_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphabetic());
    month_from_word(w).is_some() || WEEKDAYS.contains(&w.to_lowercase().as_str())
}

fn month_from_word(word: &str) -> Option<u8> {
    let trimmed = word.trim_end_matches('.');
    if trimmed.len() < 3 || trimmed.len() > 10 {
        return None;
    }
    MONTHS
        .iter()
        .find(|(name, _)| {
            name.len() == trimmed.len()
                && name
                    .chars()
                    .zip(trimmed.chars())
                    .all(|(a, b)| b.to_lowercase().eq([a]))
        })
        .map(|&(_, m)| m)
}

/// Dates written with a month name: "October 25, 2024", "Fri, 25 Oct 2024 07:30:00 +0900",
/// "25. Oktober 2024, 10:15 Uhr", "Published: Oct. 25, 2024 at 7:30 p.m. EDT".
fn parse_words(s: &str) -> Option<Date> {
    let mut month = None;
    let mut year = None;
    let mut day = None;
    let mut time_at = None;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let ch = s[i..].chars().next()?;
        if ch.is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let digits = &s[start..i];
            if i < bytes.len() && bytes[i] == b':' {
                if time_at.is_none() {
                    time_at = Some(start);
                }
                while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b':') {
                    i += 1;
                }
                continue;
            }
            let n: i64 = digits.parse().ok()?;
            match digits.len() {
                4 if year.is_none() => year = Some(n),
                1 | 2 if day.is_none() && (1..=31).contains(&n) => day = Some(n),
                1 | 2 => {}
                _ => return None,
            }
        } else if ch.is_alphabetic() {
            let start = i;
            while i < bytes.len() {
                let Some(c) = s[i..].chars().next() else {
                    break;
                };
                if !c.is_alphabetic() && c != '.' {
                    break;
                }
                i += c.len_utf8();
            }
            let word = &s[start..i];
            if month.is_none() {
                month = month_from_word(word);
            }
        } else {
            i += ch.len_utf8();
        }
        if month.is_some() && year.is_some() && day.is_some() {
            if time_at.is_none() {
                time_at = find_time(&s[i..]).map(|p| i + p);
            }
            break;
        }
    }
    let mut date = Date::new(year?, i64::from(month?), day?)?;
    if let Some(at) = time_at {
        let mut c = Cursor {
            b: s.as_bytes(),
            i: at,
        };
        read_time(&mut c, &mut date);
    }
    Some(date)
}

/// The byte position of the first `H:MM` or `HH:MM` in `s`.
fn find_time(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i - start <= 2 && b.get(i) == Some(&b':') {
                return Some(start);
            }
        } else {
            i += 1;
        }
    }
    None
}

/// A date in a URL path: `/2024/10/25/`, `/2024-10-25-slug`, `/20241025/`.
pub(crate) fn from_url(url: &url::Url) -> Option<Date> {
    let segments: Vec<&str> = url.path_segments()?.collect();
    for (i, seg) in segments.iter().enumerate() {
        let b = seg.as_bytes();
        if b.len() == 4 && b.iter().all(u8::is_ascii_digit) {
            let y: i64 = seg.parse().ok()?;
            let m = segments.get(i + 1).and_then(|s| small_number(s));
            let d = segments.get(i + 2).and_then(|s| small_number(s));
            if let (Some(m), Some(d)) = (m, d)
                && let Some(date) = Date::new(y, m, d)
            {
                return Some(date);
            }
            continue;
        }
        if b.len() >= 10
            && b[..4].iter().all(u8::is_ascii_digit)
            && b[4] == b'-'
            && b[7] == b'-'
            && !b.get(10).is_some_and(u8::is_ascii_digit)
            && let Some(date) = parse_year_first(&seg[..10])
        {
            return Some(date);
        }
        if b.len() == 8
            && b.iter().all(u8::is_ascii_digit)
            && let Some(date) = parse_all_digits(seg)
        {
            return Some(date);
        }
    }
    None
}

fn small_number(s: &str) -> Option<i64> {
    (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Option<String> {
        parse(s).map(|d| d.iso())
    }

    #[test]
    fn iso_variants_keep_time_and_zone() {
        assert_eq!(iso("2024-10-25").as_deref(), Some("2024-10-25"));
        assert_eq!(
            iso("2024-10-25T07:30:00+09:00").as_deref(),
            Some("2024-10-25T07:30:00+09:00")
        );
        assert_eq!(
            iso("2024-10-25T07:30:00.123Z").as_deref(),
            Some("2024-10-25T07:30:00Z")
        );
        assert_eq!(
            iso("2024-10-25 07:30 -0500").as_deref(),
            Some("2024-10-25T07:30:00-05:00")
        );
        assert_eq!(iso("2024/10/25").as_deref(), Some("2024-10-25"));
        assert_eq!(iso("20241025").as_deref(), Some("2024-10-25"));
    }

    #[test]
    fn written_formats() {
        assert_eq!(
            iso("Fri, 25 Oct 2024 07:30:00 +0900").as_deref(),
            Some("2024-10-25T07:30:00+09:00")
        );
        assert_eq!(iso("October 25, 2024").as_deref(), Some("2024-10-25"));
        assert_eq!(
            iso("Published Oct. 3rd, 2024").as_deref(),
            Some("2024-10-03")
        );
        assert_eq!(iso("25. Oktober 2024").as_deref(), Some("2024-10-25"));
        assert_eq!(
            iso("October 25, 2024 at 7:30 pm").as_deref(),
            Some("2024-10-25T19:30:00")
        );
        assert_eq!(iso("25.10.2024").as_deref(), Some("2024-10-25"));
        assert_eq!(
            iso("25.10.2024 14:05").as_deref(),
            Some("2024-10-25T14:05:00")
        );
        assert_eq!(iso("10/25/2024").as_deref(), Some("2024-10-25"));
        assert_eq!(iso("25/10/2024").as_deref(), Some("2024-10-25"));
    }

    #[test]
    fn implausible_dates_are_refused() {
        assert_eq!(iso("1970-01-01"), None);
        assert_eq!(iso("2023-02-29"), None);
        assert_eq!(iso("3 hours ago"), None);
        assert_eq!(iso("2024-13-01"), None);
        assert_eq!(iso("9999-01-01"), None);
    }

    #[test]
    fn unix_time() {
        assert_eq!(iso("1729841400").as_deref(), Some("2024-10-25T07:30:00Z"));
    }

    #[test]
    fn dates_in_urls() {
        let u = |s: &str| {
            url::Url::parse(s)
                .ok()
                .and_then(|u| from_url(&u))
                .map(|d| d.iso())
        };
        assert_eq!(
            u("https://x.com/2019/10/21/interning/").as_deref(),
            Some("2019-10-21")
        );
        assert_eq!(
            u("https://x.com/news/2024-10-25-putin-talks").as_deref(),
            Some("2024-10-25")
        );
        assert_eq!(u("https://x.com/2019/10/"), None);
        assert_eq!(u("https://x.com/item/1234/5/6"), None);
    }
}
