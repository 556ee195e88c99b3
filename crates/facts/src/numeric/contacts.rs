//! Contacts: e-mail addresses and phone numbers, found byte by byte; spans in bytes.
//!
//! A phone number is digit groups joined by single separators (space, hyphen or point),
//! optionally after "+" and a country code or with the area code in parentheses:
//! "+1 202-555-0134", "(202) 555-0134", "202.555.0134", "+44 20 7946 0958". It has 9 to
//! 15 digits (8 after "+"); groups joined only by spaces need a "+", parentheses or a
//! leading trunk "0", so that runs of figures in prose are not read as numbers. Year
//! ranges ("2015-2016"), dates ("10/24/2024", "2024-10-24") and amounts ("3,000") never
//! match: they are too short, use other separators, or are only years.

use copydesk_record::Contact;

/// The contacts in `text`, in order; spans in bytes.
pub(crate) fn find(text: &str) -> Vec<Contact> {
    let mut found = emails(text);
    let phones = phones(text, &found);
    found.extend(phones);
    found.sort_by_key(|c| c.span[0]);
    found
}

/// A contact of `kind` spanning `[start, end)`.
fn contact(text: &str, kind: &str, start: usize, end: usize) -> Contact {
    Contact {
        kind: kind.to_string(),
        value: text[start..end].to_string(),
        span: [start, end],
    }
}

/// A byte allowed in the local part of an address.
fn local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// A byte allowed in a domain.
fn domain_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
}

/// The e-mail addresses in `text`.
fn emails(text: &str) -> Vec<Contact> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut floor = 0;
    for (at, _) in text.match_indices('@') {
        if at < floor {
            continue;
        }
        let mut start = at;
        while start > floor && local_byte(bytes[start - 1]) {
            start -= 1;
        }
        while start < at && bytes[start] == b'.' {
            start += 1;
        }
        let mut end = at + 1;
        while end < bytes.len() && domain_byte(bytes[end]) {
            end += 1;
        }
        // A sentence's full stop or a dash after the address is not part of it.
        while end > at + 1 && matches!(bytes[end - 1], b'.' | b'-') {
            end -= 1;
        }
        if start < at && bytes[at - 1] != b'.' && valid_domain(&text[at + 1..end]) {
            found.push(contact(text, "email", start, end));
            floor = end;
        }
    }
    found
}

/// A domain name with at least two labels and an alphabetic top-level domain.
fn valid_domain(domain: &str) -> bool {
    let Some((_, tld)) = domain.rsplit_once('.') else {
        return false;
    };
    tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
        && domain
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
}

/// The phone numbers in `text`, outside the `emails`.
fn phones(text: &str, emails: &[Contact]) -> Vec<Contact> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    // The first address that does not end before `i`.
    let mut email = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let opens = b.is_ascii_digit()
            || (b == b'+' || b == b'(') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !opens {
            i += 1;
            continue;
        }
        let boundary = i == 0 || {
            let prev = bytes[i - 1];
            !(prev.is_ascii_alphanumeric()
                || matches!(prev, b'$' | b'/' | b'.' | b',' | b'-' | b'+'))
        };
        while emails.get(email).is_some_and(|e| e.span[1] <= i) {
            email += 1;
        }
        let inside_email = emails.get(email).is_some_and(|e| e.span[0] <= i);
        if boundary
            && !inside_email
            && let Some(end) = phone_at(bytes, i)
        {
            found.push(contact(text, "phone", i, end));
            i = end;
            continue;
        }
        // Skip the rest of this run of digits: a number starts only at its beginning.
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
    }
    found
}

/// What a phone-number candidate is made of.
#[derive(Default)]
struct Shape {
    /// Digits in all.
    digits: usize,
    /// Digit groups.
    groups: usize,
    /// The area code was in parentheses.
    parens: bool,
    /// Some group was joined by a hyphen or a point.
    punctuated: bool,
    /// The points and hyphens used between groups, as bits (1 point, 2 hyphen).
    joiners: u8,
    /// The first group starts with a zero (a trunk prefix, as in "020 7946 0958").
    trunk: bool,
    /// Every group is four digits that read as a year.
    years: bool,
    /// The lengths of the first three groups.
    lengths: [usize; 3],
    /// The longest group.
    longest: usize,
}

/// The end of a phone number starting at `start`, if one does.
fn phone_at(bytes: &[u8], start: usize) -> Option<usize> {
    let plus = bytes[start] == b'+';
    let mut i = start + usize::from(plus);
    let mut shape = Shape {
        years: true,
        ..Shape::default()
    };
    let mut end;
    loop {
        let paren = bytes.get(i) == Some(&b'(');
        let from = i + usize::from(paren);
        let len = bytes[from.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if len == 0 || len > 5 && shape.groups > 0 || len > 10 {
            return None;
        }
        if shape.groups == 0 {
            shape.trunk = bytes[from] == b'0';
        }
        let group = &bytes[from..from + len];
        shape.years &= len == 4 && (group.starts_with(b"19") || group.starts_with(b"20"));
        if let Some(l) = shape.lengths.get_mut(shape.groups) {
            *l = len;
        }
        shape.longest = shape.longest.max(len);
        shape.digits += len;
        shape.groups += 1;
        i = from + len;
        if paren {
            if bytes.get(i) != Some(&b')') {
                return None;
            }
            shape.parens = true;
            i += 1;
        }
        end = i;
        // One separator, then another group (or an opening parenthesis).
        let sep = bytes.get(i).copied();
        let joined = matches!(sep, Some(b' ' | b'-' | b'.'));
        let next = bytes.get(i + 1).copied();
        let continues = next.is_some_and(|n| n.is_ascii_digit() || n == b'(' && sep == Some(b' '));
        if !(joined && continues) {
            break;
        }
        match sep {
            Some(b'.') => shape.joiners |= 1,
            Some(b'-') => shape.joiners |= 2,
            _ => {}
        }
        shape.punctuated |= sep != Some(b' ');
        i += 1;
    }
    if bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    // A point right after digits that go on ("5.5") is a decimal figure, not an end.
    if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    accept(&shape, plus).then_some(end)
}

/// Whether the shape of a candidate is a phone number's.
fn accept(shape: &Shape, plus: bool) -> bool {
    let spaced_only = !shape.punctuated && !shape.parens;
    let enough = if plus {
        (8..=15).contains(&shape.digits)
    } else {
        (9..=15).contains(&shape.digits)
    };
    enough
        && (shape.groups >= 2 || plus)
        // Points and hyphens are not mixed: "3.5-4.2" is a range of figures.
        && shape.joiners != 3
        && !(spaced_only && !plus && !shape.trunk)
        && !shape.years
        // "2024-10-24 10:30", "24.10.2024 10": a date and a time.
        && !(!plus && shape.punctuated && matches!(shape.lengths, [4, 2, 2] | [1 | 2, 1 | 2, 4]))
        // "192.168.10.10": an address on the network.
        && !(shape.joiners == 1 && shape.longest <= 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each contact's kind and value.
    fn values(text: &str) -> Vec<(String, String)> {
        find(text).into_iter().map(|c| (c.kind, c.value)).collect()
    }

    /// An owned (kind, value) pair.
    fn pair(kind: &str, value: &str) -> (String, String) {
        (kind.to_string(), value.to_string())
    }

    #[test]
    fn finds_a_byline_address() {
        let text = "BY MICHAEL LEE [lee.junhyuk@joongang.co.kr]";
        let found = find(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, "email");
        assert_eq!(found[0].value, "lee.junhyuk@joongang.co.kr");
        assert_eq!(found[0].span, [16, 42]);
        assert_eq!(&text[16..42], "lee.junhyuk@joongang.co.kr");
    }

    #[test]
    fn addresses_end_before_punctuation() {
        assert_eq!(
            values("Write to jdoe@example.com. Or [tips@news.example.org], not @handle or a@b."),
            vec![
                pair("email", "jdoe@example.com"),
                pair("email", "tips@news.example.org"),
            ]
        );
    }

    #[test]
    fn finds_phone_numbers_in_common_formats() {
        let text = "Call +1 202-555-0134 or (202) 555-0134, fax 202.555.0134; \
                    London desk +44 20 7946 0958, Seoul +82-2-751-5114 or 020 7946 0958.";
        assert_eq!(
            values(text),
            vec![
                pair("phone", "+1 202-555-0134"),
                pair("phone", "(202) 555-0134"),
                pair("phone", "202.555.0134"),
                pair("phone", "+44 20 7946 0958"),
                pair("phone", "+82-2-751-5114"),
                pair("phone", "020 7946 0958"),
            ]
        );
    }

    #[test]
    fn years_dates_amounts_and_ids_are_not_phones() {
        let text = "In the 2015-2016 season, on 10/24/2024 and 2024-10-24, 3,000 troops, \
                    $202-555-0134, ISBN 978-3-16-148410-0, 1990-2000-2010, 3.5-4.2 \
                    and in 2014 202 people, code 2025550134, at 2024-10-24 10:30 \
                    from 192.168.10.10.";
        assert_eq!(values(text), vec![]);
    }
}
