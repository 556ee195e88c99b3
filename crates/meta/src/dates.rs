//! Date parsing: the formats pages put in markup, normalised to ISO 8601.
//!
//! Hand-rolled on purpose: the inputs are short, the formats few, and one pass over the
//! bytes costs nothing next to a general date library.

use std::fmt::Write as _;
use std::sync::LazyLock;

use crate::text::contains_ci;

/// Earliest year accepted: the web's news archive starts around here.
const MIN_YEAR: u16 = 1995;
/// Latest year the parser accepts; dates after the reference day are refused later, where
/// the reference (the fetch time) is known.
const MAX_YEAR: u16 = 2100;

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
    pub(crate) fn new(year: i64, month: i64, day: i64) -> Option<Date> {
        let year = u16::try_from(year).ok()?;
        let month = u8::try_from(month).ok()?;
        let day = u8::try_from(day).ok()?;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
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

    /// Days since 1970-01-01 of the calendar day as written.
    pub(crate) fn days(&self) -> i64 {
        days_from_civil(i64::from(self.year), self.month.into(), self.day.into())
    }

    /// True when the source gave the time in UTC (a zero offset included): the calendar day
    /// may then differ from the one the publisher's readers saw.
    pub(crate) fn is_utc(&self) -> bool {
        self.time.is_some() && matches!(self.zone, Some(Zone::Utc | Zone::Offset(0)))
    }

    /// Minutes since midnight of the time of day, when it is known.
    pub(crate) fn minutes_of_day(&self) -> Option<i64> {
        self.time.map(|(h, m, _)| i64::from(h) * 60 + i64::from(m))
    }

    /// The date `days` days before this one, day precision.
    fn days_before(&self, days: i64) -> Option<Date> {
        let (y, m, d) = civil_from_days(self.days() - days);
        Date::new(y, m, d)
    }

    /// The moment `minutes` minutes before this one, in this date's zone.
    fn minutes_before(&self, minutes: i64) -> Option<Date> {
        self.time?;
        let offset = match self.zone {
            Some(Zone::Offset(o)) => i64::from(o),
            _ => 0,
        };
        let local = self.instant() - minutes + offset;
        let (y, m, d) = civil_from_days(local.div_euclid(1440));
        let mut date = Date::new(y, m, d)?;
        let in_day = local.rem_euclid(1440);
        date.time = Some(((in_day / 60) as u8, (in_day % 60) as u8, 0));
        date.zone = self.zone;
        Some(date)
    }

    /// The clock's current time in UTC: the reference when no fetch time is given.
    pub(crate) fn now() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        parse_all_digits(&secs.to_string()).unwrap_or(Date {
            year: MAX_YEAR,
            month: 12,
            day: 31,
            time: None,
            zone: None,
        })
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
    parse_words(s).or_else(|| find(s))
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
    ("janv", 1),
    ("ene", 1),
    ("gen", 1),
    ("jän", 1),
    ("févr", 2),
    ("fevr", 2),
    ("febr", 2),
    ("mär", 3),
    ("mrz", 3),
    ("mrt", 3),
    ("avr", 4),
    ("abr", 4),
    ("mag", 5),
    ("juil", 7),
    ("lug", 7),
    ("ago", 8),
    ("set", 9),
    ("sett", 9),
    ("okt", 10),
    ("ott", 10),
    ("dez", 12),
    ("déc", 12),
    ("dic", 12),
    // Arabic: the names used in Egypt and the Maghreb, then the Levantine ones (often
    // written together: "24 نيسان / أبريل 2020"), with and without hamza.
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("ابريل", 4),
    ("إبريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يوليو", 7),
    ("أغسطس", 8),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
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
    if trimmed.len() < 3 || trimmed.len() > MAX_MONTH_NAME {
        return None;
    }
    MONTHS_BY_LENGTH[trimmed.len()]
        .iter()
        .find(|(name, _)| {
            name.chars()
                .zip(trimmed.chars())
                .all(|(a, b)| b.to_lowercase().eq([a]))
        })
        .map(|&(_, m)| m)
}

/// Longest month name in [`MONTHS`], in bytes.
const MAX_MONTH_NAME: usize = 12;

/// [`MONTHS`] by the length of the name in bytes (3 to [`MAX_MONTH_NAME`]), in their order.
static MONTHS_BY_LENGTH: LazyLock<[Vec<(&str, u8)>; MAX_MONTH_NAME + 1]> = LazyLock::new(|| {
    let mut by_length: [Vec<(&str, u8)>; MAX_MONTH_NAME + 1] = Default::default();
    for &(name, month) in MONTHS {
        if let Some(names) = by_length.get_mut(name.len()) {
            names.push((name, month));
        }
    }
    by_length
});

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

/// A cheap test before tokenizing: every date form [`find`] reads has a four-digit year or
/// three numbers joined by single separators (`8.5.12`).
pub(crate) fn may_hold_date(text: &str) -> bool {
    // Most texts hold no digit at all: a tight loop finds that out.
    let bytes = text.as_bytes();
    let Some(first) = bytes.iter().position(u8::is_ascii_digit) else {
        return false;
    };
    let mut run = 0;
    let mut joined = 0;
    let mut prev_sep = false;
    for &b in &bytes[first..] {
        if b.is_ascii_digit() {
            run += 1;
            if run == 4 {
                return true;
            }
            if run == 1 {
                joined = if prev_sep { joined + 1 } else { 1 };
                if joined == 3 {
                    return true;
                }
            }
            prev_sep = false;
        } else {
            if run > 0 && matches!(b, b'.' | b'/' | b'-') {
                prev_sep = true;
            } else if !(b == b' ' && prev_sep) {
                prev_sep = false;
                joined = 0;
            }
            run = 0;
        }
    }
    false
}

/// One piece of a text being scanned for dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// A run of digits: its value and length.
    Num(i64, u8),
    /// A month name.
    Month(u8),
    /// Any other word, as a lower-case-insensitive slice range.
    Word,
    /// `年`/`년`, `月`/`월`, `日`/`일`: year, month, day markers of CJK dates.
    Cjk(u8),
    /// A punctuation character.
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
    /// Whitespace separates it from the token before.
    spaced: bool,
}

/// Longest text scanned for a date, in bytes.
const MAX_SCAN: usize = 400;

fn tokenize(s: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(24);
    let mut spaced = false;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        let (tok, end) = if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = it.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = j + 1;
                it.next();
            }
            let digits = &s[i..end];
            match digits.parse::<i64>() {
                Ok(v) if digits.len() <= 8 => (Tok::Num(v, digits.len() as u8), end),
                _ => (Tok::Word, end),
            }
        } else if let Some(k) = cjk_marker(c) {
            (Tok::Cjk(k), i + c.len_utf8())
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if !d.is_alphabetic() || cjk_marker(d).is_some() {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            match month_from_word(&s[i..end]) {
                Some(m) => (Tok::Month(m), end),
                None => (Tok::Word, end),
            }
        } else {
            (Tok::Punct(c), i + c.len_utf8())
        };
        out.push(Token {
            tok,
            start: i,
            end,
            spaced,
        });
        spaced = false;
    }
    out
}

fn cjk_marker(c: char) -> Option<u8> {
    match c {
        '年' | '년' => Some(0),
        '月' | '월' => Some(1),
        '日' | '일' => Some(2),
        _ => None,
    }
}

/// Small words that may stand between the parts of a written date ("25 de octubre de 2024").
fn is_filler(s: &str) -> bool {
    ["de", "del", "di", "of", "the"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(s))
}

fn is_ordinal(s: &str) -> bool {
    ["st", "nd", "rd", "th", "er", "e"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(s))
}

/// The first date written anywhere in `text`: numeric (`25.10.2024`, `2024-10-25`,
/// `10/25/2024`, `8.5.12`), with a month name in one of the common European languages
/// ("Friday, October 25, 2024", "25. Oktober 2024", "25 de octubre de 2024"), or in CJK
/// form (`2024年10月25日`); a time written right after it is kept.
pub(crate) fn find(text: &str) -> Option<Date> {
    let text = match text.char_indices().nth(MAX_SCAN) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    if !may_hold_date(text) {
        return None;
    }
    let toks = tokenize(text);
    (0..toks.len()).find_map(|i| {
        let (mut date, end) = match_at(&toks, text, i)?;
        read_trailing_time(text, end, &mut date);
        Some(date)
    })
}

/// The date starting at token `i`, and the byte where it ends.
fn match_at(t: &[Token], s: &str, i: usize) -> Option<(Date, usize)> {
    let tok = |k: usize| t.get(k).map(|x| x.tok);
    let glued = |k: usize| t.get(k).is_some_and(|x| !x.spaced);
    match tok(i)? {
        Tok::Num(y, 4) => {
            // 2024-10-25, 2024/10/25, 2024.10.25
            if let (Some(Tok::Punct(sep)), Some(Tok::Num(m, 1..=2)), Some(Tok::Punct(sep2))) =
                (tok(i + 1), tok(i + 2), tok(i + 3))
                && matches!(sep, '-' | '/' | '.')
                && sep == sep2
                && glued(i + 1)
                && glued(i + 2)
                && glued(i + 3)
                && glued(i + 4)
                && let Some(Tok::Num(d, 1..=2)) = tok(i + 4)
                && !continues_number(t, i + 5, sep)
                && !after_number(t, i)
            {
                return Some((Date::new(y, m, d)?, t[i + 4].end));
            }
            // 2024年10月25日
            if let (
                Some(Tok::Cjk(0)),
                Some(Tok::Num(m, 1..=2)),
                Some(Tok::Cjk(1)),
                Some(Tok::Num(d, 1..=2)),
                Some(Tok::Cjk(2)),
            ) = (tok(i + 1), tok(i + 2), tok(i + 3), tok(i + 4), tok(i + 5))
            {
                return Some((Date::new(y, m, d)?, t[i + 5].end));
            }
            None
        }
        Tok::Num(a, 1..=2) => {
            // 25.10.2024, 25. 10. 2024, 8.5.12, 10/25/2024, 25-10-2024
            if let (Some(Tok::Punct(sep)), Some(Tok::Num(b, 1..=2)), Some(Tok::Punct(sep2))) =
                (tok(i + 1), tok(i + 2), tok(i + 3))
                && matches!(sep, '.' | '/' | '-')
                && sep == sep2
                && glued(i + 1)
                && glued(i + 3)
                && (glued(i + 2) || sep == '.')
                && let Some(Tok::Num(y, ylen @ (2 | 4))) = tok(i + 4)
                && (glued(i + 4) || sep == '.')
                && (ylen == 4 || sep == '.')
                && !continues_number(t, i + 5, sep)
                && !after_number(t, i)
            {
                let year = if ylen == 2 {
                    if y < 70 { 2000 + y } else { 1900 + y }
                } else {
                    y
                };
                let (month, day) = if sep == '/' && a <= 12 {
                    (a, b)
                } else {
                    (b, a)
                };
                return Some((Date::new(year, month, day)?, t[i + 4].end));
            }
            // 25. Oktober 2024, 27 Sep 2016, 25 de octubre de 2024, 3rd of May, 2024
            let mut k = i + 1;
            while matches!(tok(k), Some(Tok::Punct('.'))) {
                k += 1;
            }
            while matches!(tok(k), Some(Tok::Word)) && {
                let w = &s[t[k].start..t[k].end];
                is_filler(w) || (k == i + 1 && is_ordinal(w))
            } {
                k += 1;
            }
            let Some(Tok::Month(m)) = tok(k) else {
                return None;
            };
            k += 1;
            // The same month in a second calendar's name: "24 نيسان / أبريل 2020".
            if matches!(tok(k), Some(Tok::Punct('/'))) && tok(k + 1) == Some(Tok::Month(m)) {
                k += 2;
            }
            while matches!(tok(k), Some(Tok::Punct('.' | ','))) {
                k += 1;
            }
            if matches!(tok(k), Some(Tok::Word)) && is_filler(&s[t[k].start..t[k].end]) {
                k += 1;
            }
            let Some(Tok::Num(y, 4)) = tok(k) else {
                return None;
            };
            Some((Date::new(y, i64::from(m), a)?, t[k].end))
        }
        Tok::Month(m) => {
            // October 25, 2024; Oct. 3rd, 2024; Juli 12, 2017
            let mut k = i + 1;
            while matches!(tok(k), Some(Tok::Punct('.'))) {
                k += 1;
            }
            let Some(Tok::Num(d, 1..=2)) = tok(k) else {
                return None;
            };
            k += 1;
            if matches!(tok(k), Some(Tok::Word)) && is_ordinal(&s[t[k].start..t[k].end]) {
                k += 1;
            }
            while matches!(tok(k), Some(Tok::Punct(',' | '.'))) {
                k += 1;
            }
            let Some(Tok::Num(y, 4)) = tok(k) else {
                return None;
            };
            Some((Date::new(y, i64::from(m), d)?, t[k].end))
        }
        _ => None,
    }
}

/// True when token `k` continues a number series with `sep` (`1.2.2019.5`, version numbers).
fn continues_number(t: &[Token], k: usize, sep: char) -> bool {
    matches!(t.get(k).map(|x| x.tok), Some(Tok::Punct(c)) if c == sep)
        && !t[k].spaced
        && matches!(
            t.get(k + 1).map(|x| (x.tok, x.spaced)),
            Some((Tok::Num(..), false))
        )
}

/// True when token `i` is glued to a number before it (`3.25.10.2024`, `12-2024-10-25`).
fn after_number(t: &[Token], i: usize) -> bool {
    i >= 2
        && !t[i].spaced
        && matches!(t[i - 1].tok, Tok::Punct('.' | '-' | '/' | ':'))
        && !t[i - 1].spaced
        && matches!(t[i - 2].tok, Tok::Num(..))
}

/// Reads a time written just after a date ("25.08.2015 22:30", "October 25, 2024 at 7:30
/// p.m. ET", "3. Dezember 2011 um 14:48 Uhr", "2019-01-01 @ 00:39").
fn read_trailing_time(s: &str, end: usize, date: &mut Date) {
    let rest = &s[end..];
    let mut i = 0;
    let b = rest.as_bytes();
    let mut words = 0;
    while i < b.len() && i < 24 {
        match b[i] {
            b' ' | b',' | b'|' | b'-' | b'@' | b'/' | b'(' | b'\t' | b'\n' => i += 1,
            b'0'..=b'9' => {
                let mut c = Cursor { b, i };
                let before = date.time;
                read_time(&mut c, date);
                if date.time.is_some() && before.is_none() {
                    read_zone_name(&rest[c.i..], date);
                }
                return;
            }
            c if c.is_ascii_alphabetic() && words < 2 => {
                let start = i;
                while i < b.len() && b[i].is_ascii_alphabetic() {
                    i += 1;
                }
                let w = &rest[start..i];
                if !["um", "at", "a", "las", "alle", "ore", "kl", "om", "T"]
                    .iter()
                    .any(|x| x.eq_ignore_ascii_case(w))
                {
                    return;
                }
                words += 1;
            }
            0xC3 if rest[i..].starts_with("à") => i += 2,
            _ => return,
        }
    }
}

/// Zone abbreviations pages write after a time, with their offsets in minutes. US zones
/// written without daylight saving marker (`ET`) take the offset the date had.
fn read_zone_name(rest: &str, date: &mut Date) {
    if date.zone.is_some() {
        return;
    }
    let rest = rest.trim_start_matches([' ', '.', 'm', 'M']);
    let word: String = rest
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_uppercase();
    let dst = us_daylight_saving(date);
    let offset = match word.as_str() {
        "ET" => {
            if dst {
                -240
            } else {
                -300
            }
        }
        "CT" => {
            if dst {
                -300
            } else {
                -360
            }
        }
        "MT" => {
            if dst {
                -360
            } else {
                -420
            }
        }
        "PT" => {
            if dst {
                -420
            } else {
                -480
            }
        }
        "EDT" => -240,
        "EST" => -300,
        "CDT" => -300,
        "CST" => -360,
        "MDT" => -360,
        "MST" => -420,
        "PDT" => -420,
        "PST" => -480,
        "CET" | "MEZ" => 60,
        "CEST" | "MESZ" => 120,
        "BST" => 60,
        "GMT" | "UTC" => 0,
        _ => return,
    };
    date.zone = Some(if offset == 0 {
        Zone::Utc
    } else {
        Zone::Offset(offset)
    });
}

/// True when US daylight saving time is in force on `date`: from the second Sunday of March
/// to the first Sunday of November.
fn us_daylight_saving(date: &Date) -> bool {
    let sunday_on_or_after = |m: i64, d: i64| {
        let days = days_from_civil(i64::from(date.year), m, d);
        // 1970-01-01 was a Thursday: weekday 0 = Sunday is (days + 4) % 7.
        days + (7 - (days + 4).rem_euclid(7)) % 7
    };
    let start = sunday_on_or_after(3, 8);
    let end = sunday_on_or_after(11, 1);
    (start..end).contains(&date.days())
}

/// Units of relative dates ("2 hours ago", "vor 3 Tagen"), in minutes.
const UNITS: &[(&str, i64)] = &[
    ("min", 1),
    ("mins", 1),
    ("minute", 1),
    ("minutes", 1),
    ("minuten", 1),
    ("minuto", 1),
    ("minutos", 1),
    ("minuti", 1),
    ("minuut", 1),
    ("h", 60),
    ("hr", 60),
    ("hrs", 60),
    ("hour", 60),
    ("hours", 60),
    ("std", 60),
    ("stunde", 60),
    ("stunden", 60),
    ("heure", 60),
    ("heures", 60),
    ("hora", 60),
    ("horas", 60),
    ("ora", 60),
    ("ore", 60),
    ("uur", 60),
    ("day", 1440),
    ("days", 1440),
    ("tag", 1440),
    ("tagen", 1440),
    ("jour", 1440),
    ("jours", 1440),
    ("día", 1440),
    ("días", 1440),
    ("dia", 1440),
    ("dias", 1440),
    ("giorno", 1440),
    ("giorni", 1440),
    ("dag", 1440),
    ("dagen", 1440),
    ("week", 10_080),
    ("weeks", 10_080),
    ("woche", 10_080),
    ("wochen", 10_080),
    ("semaine", 10_080),
    ("semaines", 10_080),
    ("semana", 10_080),
    ("semanas", 10_080),
    ("settimana", 10_080),
    ("settimane", 10_080),
    ("weken", 10_080),
];

/// Words one of which every relative date holds: a cheap test before splitting into words.
const RELATIVE_ANCHORS: &[&str] = &[
    "ago",
    "vor",
    "hace",
    "il y a",
    "fa",
    "geleden",
    "today",
    "heute",
    "aujourd",
    "hoy",
    "oggi",
    "vandaag",
    "yesterday",
    "gestern",
    "ayer",
    "ieri",
    "gisteren",
];

/// Words for "today" and "yesterday", with how many days back they point.
const DAY_WORDS: &[(&str, i64)] = &[
    ("today", 0),
    ("heute", 0),
    ("aujourd", 0),
    ("hoy", 0),
    ("oggi", 0),
    ("vandaag", 0),
    ("yesterday", 1),
    ("gestern", 1),
    ("ayer", 1),
    ("ieri", 1),
    ("gisteren", 1),
];

/// A relative date in a short date line ("2 hours ago", "vor 2 Stunden", "il y a 3 jours",
/// "hace 2 días", "yesterday, 14:30"), counted back from `reference`. Minutes and hours keep
/// the time of day when the reference has one; days and weeks give the day.
pub(crate) fn relative(text: &str, reference: &Date) -> Option<Date> {
    if text.len() > 60 || !RELATIVE_ANCHORS.iter().any(|w| contains_ci(text, w)) {
        return None;
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let unit = |w: &str| UNITS.iter().find(|(u, _)| *u == w).map(|&(_, m)| m);
    let amount = |w: &str| match w {
        "a" | "an" | "one" | "einer" | "einem" | "un" | "une" | "uno" | "una" | "een" => Some(1),
        _ => w.parse::<i64>().ok().filter(|n| (1..=400).contains(n)),
    };
    for (i, w) in words.iter().enumerate() {
        let next = |k: usize| words.get(i + k).map(String::as_str);
        // "2 hours ago", "2 ore fa", "2 uur geleden"
        if let (Some(n), Some(u), Some("ago" | "fa" | "geleden")) =
            (amount(w), next(1).and_then(unit), next(2))
        {
            return back(reference, n * u);
        }
        // "vor 2 Stunden", "hace 2 horas", "il y a 2 heures"
        if matches!(w.as_str(), "vor" | "hace" | "y")
            && let Some(first) = next(1)
        {
            let skip = usize::from(w == "y" && first == "a");
            if w == "y" && skip == 0 {
                continue;
            }
            if let (Some(n), Some(u)) = (
                next(1 + skip).and_then(amount),
                next(2 + skip).and_then(unit),
            ) {
                return back(reference, n * u);
            }
        }
        if let Some(&(_, days)) = DAY_WORDS.iter().find(|(d, _)| *d == w.as_str()) {
            let mut date = reference.days_before(days)?;
            read_trailing_time(
                text,
                crate::text::find_ci(text, w).map_or(text.len(), |p| p + w.len()),
                &mut date,
            );
            return Some(date);
        }
    }
    None
}

/// True when `text` reads as a relative date ("3 hours ago", "gestern").
pub(crate) fn looks_relative(text: &str) -> bool {
    let reference = Date {
        year: 2000,
        month: 6,
        day: 15,
        time: Some((12, 0, 0)),
        zone: Some(Zone::Utc),
    };
    relative(text, &reference).is_some()
}

fn back(reference: &Date, minutes: i64) -> Option<Date> {
    if minutes < 1440
        && let Some(d) = reference.minutes_before(minutes)
    {
        return Some(d);
    }
    reference.days_before(minutes / 1440)
}

/// A date in a URL path: `/2024/10/25/`, `/2024-10-25-slug`, `/20241025/`,
/// `/25-10-2024-slug`.
pub(crate) fn from_url(url: &url::Url) -> Option<Date> {
    from_segments(url.path_segments()?)
}

/// A date in a link target as written (absolute, relative, with a query): the path forms
/// of [`from_url`], and query values such as `?from=25.10.2024`.
pub(crate) fn from_path(href: &str) -> Option<Date> {
    from_segments(href.split(['/', '?', '&', '=', '#']))
}

fn from_segments<'s>(segments: impl Iterator<Item = &'s str>) -> Option<Date> {
    let segments: Vec<&str> = segments.take(24).collect();
    for (i, seg) in segments.iter().enumerate() {
        let b = seg.as_bytes();
        if b.len() == 4 && b.iter().all(u8::is_ascii_digit) {
            let Ok(y) = seg.parse::<i64>() else { continue };
            let m = segments.get(i + 1).and_then(|s| small_number(s));
            let d = segments.get(i + 2).and_then(|s| small_number(s));
            if let (Some(m), Some(d)) = (m, d)
                && let Some(date) = Date::new(y, m, d)
            {
                return Some(date);
            }
            continue;
        }
        if let Some(head) = seg.get(..10)
            && !b.get(10).is_some_and(u8::is_ascii_digit)
        {
            let h = head.as_bytes();
            if h[..4].iter().all(u8::is_ascii_digit)
                && h[4] == b'-'
                && h[7] == b'-'
                && let Some(date) = parse_year_first(head)
            {
                return Some(date);
            }
            // 25-10-2024 and 25.10.2024: day first, never month first.
            if h[2] == h[5]
                && matches!(h[2], b'-' | b'.')
                && h[..2]
                    .iter()
                    .chain(&h[3..5])
                    .chain(&h[6..])
                    .all(u8::is_ascii_digit)
                && let Some(date) = parse_numeric_day_first(head)
            {
                return Some(date);
            }
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

    fn found(s: &str) -> Option<String> {
        find(s).map(|d| d.iso())
    }

    #[test]
    fn dates_inside_date_lines() {
        assert_eq!(
            found("Friday, October 25, 2024").as_deref(),
            Some("2024-10-25")
        );
        assert_eq!(
            found("am 25.08.2015 22:30").as_deref(),
            Some("2015-08-25T22:30:00")
        );
        assert_eq!(
            found("Veröffentlicht am 25. Oktober 2024, 10:15 Uhr").as_deref(),
            Some("2024-10-25T10:15:00")
        );
        assert_eq!(
            found("Oct. 25, 2024 7:30 a.m. ET").as_deref(),
            Some("2024-10-25T07:30:00-04:00")
        );
        assert_eq!(
            found("Dec. 2, 2024 7:30 p.m. ET").as_deref(),
            Some("2024-12-02T19:30:00-05:00")
        );
        assert_eq!(
            found("2024年10月25日 10:00").as_deref(),
            Some("2024-10-25T10:00:00")
        );
        assert_eq!(found("2024년 10월 25일").as_deref(), Some("2024-10-25"));
        assert_eq!(
            found("Von Christian, 8.5.12").as_deref(),
            Some("2012-05-08")
        );
        assert_eq!(found("Party, 30.10.23").as_deref(), Some("2023-10-30"));
        assert_eq!(
            found("publié le 5 juin 2018").as_deref(),
            Some("2018-06-05")
        );
        assert_eq!(
            found("25 de octubre de 2024").as_deref(),
            Some("2024-10-25")
        );
        assert_eq!(
            found("Notizia del 14 Gennaio 2020").as_deref(),
            Some("2020-01-14")
        );
        assert_eq!(
            found("gepubliceerd op 3 mei 2021").as_deref(),
            Some("2021-05-03")
        );
        assert_eq!(found("18. Okt 2023").as_deref(), Some("2023-10-18"));
        assert_eq!(
            found("Aktualisiert am 06. Mär. 2023").as_deref(),
            Some("2023-03-06")
        );
        assert_eq!(
            found("2019-01-01 @ 00:39").as_deref(),
            Some("2019-01-01T00:39:00")
        );
        assert_eq!(found("August 3rd, 2015").as_deref(), Some("2015-08-03"));
        assert_eq!(
            found("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً").as_deref(),
            Some("2020-04-24T09:22:00")
        );
        assert_eq!(found("5 أكتوبر 2021").as_deref(), Some("2021-10-05"));
    }

    #[test]
    fn numbers_that_are_not_dates() {
        assert_eq!(found("Version 1.2.3.2019 released"), None);
        assert_eq!(found("Call 0711 25 10 2024"), None);
        assert_eq!(found("Seats 12/25"), None);
        assert_eq!(found("In 2024 there were 25 of them"), None);
    }

    #[test]
    fn relative_dates() {
        let reference = parse("2024-10-25T08:30:00Z").expect("reference parses");
        let rel = |s: &str| relative(s, &reference).map(|d| d.iso());
        assert_eq!(rel("2 hours ago").as_deref(), Some("2024-10-25T06:30:00Z"));
        assert_eq!(
            rel("vor 45 Minuten").as_deref(),
            Some("2024-10-25T07:45:00Z")
        );
        assert_eq!(rel("vor 3 Tagen").as_deref(), Some("2024-10-22"));
        assert_eq!(rel("il y a 2 jours").as_deref(), Some("2024-10-23"));
        assert_eq!(rel("hace 1 semana").as_deref(), Some("2024-10-18"));
        assert_eq!(
            rel("gestern, 14:30").as_deref(),
            Some("2024-10-24T14:30:00")
        );
        assert_eq!(rel("an hour ago").as_deref(), Some("2024-10-25T07:30:00Z"));
        assert_eq!(rel("Wir waren vor Ort"), None);
    }

    #[test]
    fn dates_in_link_targets() {
        let p = |s: &str| from_path(s).map(|d| d.iso());
        assert_eq!(p("/2017/08/30/slug/").as_deref(), Some("2017-08-30"));
        assert_eq!(
            p("/suche?from=09.10.2017&to=10.10.2017").as_deref(),
            Some("2017-10-09")
        );
        assert_eq!(
            p("/de/23-01-2022-wierer/17-378.html").as_deref(),
            Some("2022-01-23")
        );
        assert_eq!(p("/item/1234/5/6"), None);
        assert_eq!(p("/a/2019-13-45-x"), None);
        assert_eq!(p("/ü/2019-1é"), None);
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
        assert_eq!(
            u("https://x.com/archive/20191021/slug").as_deref(),
            Some("2019-10-21")
        );
        assert_eq!(
            u("https://x.com/news/29-10-2021").as_deref(),
            Some("2021-10-29")
        );
        assert_eq!(u("https://x.com/2019/10/"), None);
        assert_eq!(u("https://x.com/item/1234/5/6"), None);
    }
}

#[cfg(test)]
mod case_fold_tests {
    use super::*;

    /// Characters whose lower case has another byte length than they do.
    const ODD: &[&str] = &["İ", "ẞ", "Ⱥ", "ΐ", "K"];

    #[test]
    fn case_changing_characters_never_split_a_char() {
        let reference = parse("2024-10-25T08:30:00Z").expect("reference parses");
        let lines = [
            "gestern, 14:30 {y}",
            "Yesterday {y} 14:30",
            "heute {y}",
            "Today {y}",
            "vor 3 Tagen {y}",
            "25. Oktober 2024, {y} 10:15 Uhr",
            "Oct. 25, 2024 {y}",
        ];
        for odd in ODD {
            for pad in 0..6 {
                for line in lines {
                    let text = format!(
                        "{} {}",
                        odd.repeat(pad),
                        line.replace("{y}", &odd.repeat(6 - pad))
                    );
                    let _ = relative(&text, &reference);
                    let _ = looks_relative(&text);
                    let _ = find(&text);
                    let _ = parse(&text);
                    let _ = is_date_word(&text);
                }
            }
        }
    }

    #[test]
    fn case_changing_characters_in_a_page_and_in_page_text() {
        const FETCHED: &str = "2024-10-25T08:30:00Z";
        for odd in ODD {
            for pad in 0..6 {
                let line = format!(
                    "{} Yesterday {} 14:30",
                    odd.repeat(pad),
                    odd.repeat(6 - pad)
                );
                let html = format!(
                    "<html><body><article><h1>Council votes</h1><p>{line}</p>\
                     <p>{odd} The council voted on the line.</p></article></body></html>"
                );
                let parsed = copydesk_parse::parse(&html, copydesk_parse::Limits::default());
                let options = crate::Options {
                    base: None,
                    fetched_at: Some(FETCHED),
                };
                let m = crate::extract_with(&parsed.dom, &options);
                assert_eq!(m.published.as_deref().map(|d| &d[..10]), Some("2024-10-24"));
                let read = crate::text_lines::date_line(&line, Some(FETCHED));
                assert_eq!(
                    read.map(|(d, _)| d[..10].to_string()).as_deref(),
                    Some("2024-10-24")
                );
            }
        }
    }
}
