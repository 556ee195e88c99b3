//! The two time formats the CLI meets: HTTP `Date` headers in, RFC 3339 out.

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Converts an HTTP date (IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT`) to RFC 3339
/// (`1994-11-06T08:49:37Z`). Other layouts give `None`.
pub fn http_date_to_rfc3339(value: &str) -> Option<String> {
    let (_weekday, rest) = value.trim().split_once(", ")?;
    let mut parts = rest.split(' ');
    let day: u32 = number(parts.next()?, 2)?;
    let month_name = parts.next()?;
    let month = MONTHS.iter().position(|m| *m == month_name)? + 1;
    let year: u32 = number(parts.next()?, 4)?;
    let mut clock = parts.next()?.split(':');
    let hour: u32 = number(clock.next()?, 2)?;
    let minute: u32 = number(clock.next()?, 2)?;
    let second: u32 = number(clock.next()?, 2)?;
    if parts.next()? != "GMT" || parts.next().is_some() || clock.next().is_some() {
        return None;
    }
    if !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    Some(format!(
        "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z"
    ))
}

/// Whether `value` is an RFC 3339 date-time (`2024-10-25T08:00:00Z`,
/// `2024-10-25T10:00:00.5+02:00`).
pub fn is_rfc3339(value: &str) -> bool {
    let b = value.as_bytes();
    if b.len() < 20 {
        return false;
    }
    let digits = |range: std::ops::Range<usize>| b[range].iter().all(u8::is_ascii_digit);
    let layout = digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && matches!(b[10], b'T' | b't' | b' ')
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19);
    if !layout {
        return false;
    }
    let field = |range: std::ops::Range<usize>| value[range].parse::<u32>().unwrap_or(99);
    let ranges = (1..=12).contains(&field(5..7))
        && (1..=31).contains(&field(8..10))
        && field(11..13) <= 23
        && field(14..16) <= 59
        && field(17..19) <= 60;
    if !ranges {
        return false;
    }
    let mut rest = &value[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &fraction[n..];
    }
    match rest.as_bytes() {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => {
            [h1, h2, m1, m2].iter().all(|d| d.is_ascii_digit())
                && field_of(*h1, *h2) <= 23
                && field_of(*m1, *m2) <= 59
        }
        _ => false,
    }
}

/// Whether `value` is a calendar date `YYYY-MM-DD` (month 1–12, day 1–31).
pub fn is_date(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit())
        && (1..=12).contains(&field_of(b[5], b[6]))
        && (1..=31).contains(&field_of(b[8], b[9]))
}

fn field_of(tens: u8, ones: u8) -> u32 {
    u32::from(tens - b'0') * 10 + u32::from(ones - b'0')
}

fn number(text: &str, width: usize) -> Option<u32> {
    if text.len() != width || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates() {
        assert_eq!(
            http_date_to_rfc3339("Sun, 06 Nov 1994 08:49:37 GMT").as_deref(),
            Some("1994-11-06T08:49:37Z")
        );
        assert_eq!(
            http_date_to_rfc3339("Fri, 25 Oct 2024 23:05:00 GMT").as_deref(),
            Some("2024-10-25T23:05:00Z")
        );
        assert_eq!(http_date_to_rfc3339("Sunday, 06-Nov-94 08:49:37 GMT"), None);
        assert_eq!(http_date_to_rfc3339("Sun, 06 Nov 1994 08:49:37 CET"), None);
        assert_eq!(http_date_to_rfc3339("Sun, 6 Nov 1994 08:49:37 GMT"), None);
        assert_eq!(http_date_to_rfc3339("Sun, 06 Foo 1994 08:49:37 GMT"), None);
        assert_eq!(http_date_to_rfc3339(""), None);
    }

    #[test]
    fn rfc3339() {
        assert!(is_rfc3339("2024-10-25T08:00:00Z"));
        assert!(is_rfc3339("2024-10-25T08:00:00.123+09:00"));
        assert!(is_rfc3339("2024-10-25 08:00:00-05:30"));
        assert!(!is_rfc3339("2024-10-25"));
        assert!(!is_rfc3339("2024-13-25T08:00:00Z"));
        assert!(!is_rfc3339("2024-10-25T08:00:00"));
        assert!(!is_rfc3339("2024-10-25T08:00:00+0900"));
        assert!(!is_rfc3339("2024-10-25T08:00:00.Z"));
        assert!(!is_rfc3339("2024-10-25T08:00:00Zjunk"));
        assert!(!is_rfc3339("２０２４-10-25T08:00:00Z"));
    }

    #[test]
    fn dates() {
        assert!(is_date("2016-09-15"));
        assert!(!is_date("2016-9-15"));
        assert!(!is_date("2016-13-01"));
        assert!(!is_date("2016-09-00"));
        assert!(!is_date("2016-09-15T08:00:00Z"));
        assert!(!is_date("yesterday!"));
    }
}
