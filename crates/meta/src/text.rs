//! Small string helpers shared by the metadata readers.

use copydesk_parse::{Dom, Element, NodeData, NodeId};

/// Collapses whitespace runs to one space and trims; `None` when nothing is left.
pub(crate) fn clean(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    copydesk_parse::push_collapsed(s, &mut out).then_some(out)
}

/// True when `hay` contains `needle` ignoring ASCII case; `needle` must be lower case.
pub(crate) fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return true;
    }
    if h.len() < n.len() {
        return false;
    }
    h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// The byte offset of the first `needle` in `hay`, ignoring ASCII case. Searched in `hay`
/// itself: lower-casing may change byte lengths ('İ'), so a position found in a lower-cased
/// copy is no position in `hay`.
pub(crate) fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// True when `hay` starts with `prefix` ignoring ASCII case.
pub(crate) fn starts_with_ci(hay: &str, prefix: &str) -> bool {
    hay.len() >= prefix.len()
        && hay.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// The text below `id`, whitespace collapsed, or `None` when it is empty or longer than
/// `max` bytes (the walk stops as soon as the limit is passed).
pub(crate) fn bounded_text(dom: &Dom, id: NodeId, max: usize) -> Option<String> {
    bounded_raw(dom, id, max, |_| false)
        .and_then(|raw| clean(&raw))
        .filter(|s| s.len() <= max)
}

/// The raw text below `id`, with a space at every block or inline boundary that may stand
/// between words, leaving out scripts, styles and the elements `skip` names (below the
/// root); `None` as soon as it passes twice `max` bytes (whitespace is not collapsed yet).
pub(crate) fn bounded_raw(
    dom: &Dom,
    id: NodeId,
    max: usize,
    skip: impl Fn(&Element) -> bool,
) -> Option<String> {
    let mut raw = String::new();
    let mut walk = dom.descendants(id);
    while let Some(n) = walk.next() {
        match dom.data(n) {
            NodeData::Text(t) => {
                raw.push_str(t);
                if raw.len() > max * 2 {
                    return None;
                }
            }
            NodeData::Element(e) => {
                let name = &**e.name();
                // Ruby annotations (`<rt>`, `<rp>`) gloss the text: reading aids, not words.
                if matches!(
                    name,
                    "script" | "style" | "noscript" | "template" | "svg" | "rt" | "rp"
                ) || (n != id && skip(e))
                {
                    walk.skip_children_of(n);
                } else if matches!(name, "br" | "p" | "div" | "li" | "span" | "a" | "time") {
                    raw.push(' ');
                }
            }
            _ => {}
        }
    }
    Some(raw)
}

/// Compares two strings ignoring case, punctuation and spacing.
pub(crate) fn loose_eq(a: &str, b: &str) -> bool {
    let ka = a
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase);
    let kb = b
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase);
    ka.eq(kb)
}

/// The letters and digits of `s`, lower case: a key for loose comparisons.
pub(crate) fn loose_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Resolves `href` against `base` into an absolute http(s) URL.
pub(crate) fn absolute_url(href: &str, base: Option<&url::Url>) -> Option<String> {
    let href = href.trim();
    if href.is_empty() || starts_with_ci(href, "data:") || starts_with_ci(href, "javascript:") {
        return None;
    }
    let parsed = match base {
        Some(b) => b.join(href).ok()?,
        None => url::Url::parse(href).ok()?,
    };
    matches!(parsed.scheme(), "http" | "https").then(|| parsed.into())
}

/// Decodes the few HTML entities that pages double-escape inside attribute and JSON text.
pub(crate) fn unescape_entities(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        let end = tail.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| decode_entity(&tail[1..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &tail[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "quot" => '"',
        "apos" => '\'',
        "lt" => '<',
        "gt" => '>',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "hellip" => '…',
        "bull" => '•',
        "middot" => '·',
        "raquo" => '»',
        "laquo" => '«',
        "copy" => '©',
        _ => {
            return LETTER_ENTITIES
                .iter()
                .find(|(n, _)| *n == name)
                .map(|&(_, c)| c);
        }
    })
}

/// Named entities of accented letters, as names written in scripts carry them
/// ("Redacci&oacute;n").
const LETTER_ENTITIES: &[(&str, char)] = &[
    ("aacute", 'á'),
    ("agrave", 'à'),
    ("acirc", 'â'),
    ("auml", 'ä'),
    ("atilde", 'ã'),
    ("aring", 'å'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("ecirc", 'ê'),
    ("euml", 'ë'),
    ("iacute", 'í'),
    ("igrave", 'ì'),
    ("icirc", 'î'),
    ("iuml", 'ï'),
    ("oacute", 'ó'),
    ("ograve", 'ò'),
    ("ocirc", 'ô'),
    ("ouml", 'ö'),
    ("otilde", 'õ'),
    ("oslash", 'ø'),
    ("uacute", 'ú'),
    ("ugrave", 'ù'),
    ("ucirc", 'û'),
    ("uuml", 'ü'),
    ("yacute", 'ý'),
    ("yuml", 'ÿ'),
    ("Aacute", 'Á'),
    ("Agrave", 'À'),
    ("Acirc", 'Â'),
    ("Auml", 'Ä'),
    ("Atilde", 'Ã'),
    ("Aring", 'Å'),
    ("Eacute", 'É'),
    ("Egrave", 'È'),
    ("Ecirc", 'Ê'),
    ("Euml", 'Ë'),
    ("Iacute", 'Í'),
    ("Igrave", 'Ì'),
    ("Icirc", 'Î'),
    ("Iuml", 'Ï'),
    ("Oacute", 'Ó'),
    ("Ograve", 'Ò'),
    ("Ocirc", 'Ô'),
    ("Ouml", 'Ö'),
    ("Otilde", 'Õ'),
    ("Oslash", 'Ø'),
    ("Uacute", 'Ú'),
    ("Ugrave", 'Ù'),
    ("Ucirc", 'Û'),
    ("Uuml", 'Ü'),
    ("Yacute", 'Ý'),
    ("Yuml", 'Ÿ'),
    ("ntilde", 'ñ'),
    ("Ntilde", 'Ñ'),
    ("ccedil", 'ç'),
    ("Ccedil", 'Ç'),
    ("szlig", 'ß'),
    ("aelig", 'æ'),
    ("AElig", 'Æ'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_collapses_whitespace() {
        assert_eq!(clean("  a \n\t b  ").as_deref(), Some("a b"));
        assert_eq!(clean(" \n "), None);
    }

    #[test]
    fn entities_are_decoded_once() {
        assert_eq!(
            unescape_entities("Tom &amp; Jerry &#8217;s"),
            "Tom & Jerry ’s"
        );
        assert_eq!(unescape_entities("a & b"), "a & b");
        assert_eq!(unescape_entities("Redacci&oacute;n"), "Redacción");
    }

    #[test]
    fn relative_urls_resolve() {
        let base = url::Url::parse("https://example.com/news/a.html").ok();
        assert_eq!(
            absolute_url("/img/x.jpg", base.as_ref()).as_deref(),
            Some("https://example.com/img/x.jpg")
        );
        assert_eq!(absolute_url("/img/x.jpg", None), None);
        assert_eq!(absolute_url("javascript:void(0)", base.as_ref()), None);
    }
}
