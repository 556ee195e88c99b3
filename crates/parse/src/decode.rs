//! Byte decoding: BOM, transport charset, `<meta>` charset, then detection.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8};
use memchr::memmem;

/// How far into the page the `<meta charset>` prescan looks. Browsers use 1024 bytes; real
/// pages often put long scripts first, so we look further.
const META_SCAN: usize = 8 * 1024;

/// Decoded page text and how its encoding was chosen.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The page as UTF-8 text, borrowed from the input when it already was UTF-8.
    pub text: Cow<'a, str>,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// True when no BOM or declaration named the encoding and it was detected.
    pub guessed: bool,
    /// True when bytes could not be decoded and were replaced.
    pub had_errors: bool,
}

/// Decodes `bytes` as HTML: a BOM wins, then `transport_charset` (the HTTP `Content-Type`
/// charset), then a `<meta>` declaration, then valid UTF-8, then a statistical detector.
pub fn decode<'a>(bytes: &'a [u8], transport_charset: Option<&str>) -> Decoded<'a> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return finish(&bytes[bom_len..], enc, false);
    }
    if let Some(enc) = transport_charset.and_then(|l| Encoding::for_label(l.trim().as_bytes())) {
        return finish(bytes, html_compatible(enc), false);
    }
    if let Some(enc) = meta_charset(&bytes[..bytes.len().min(META_SCAN)]) {
        // A page that declares a legacy charset but is valid UTF-8 is UTF-8 in practice
        // (templates copied between sites); ASCII-only text reads the same either way.
        if enc != UTF_8 && std::str::from_utf8(bytes).is_ok() && !bytes.is_ascii() {
            return finish(bytes, UTF_8, false);
        }
        return finish(bytes, html_compatible(enc), false);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return finish(bytes, UTF_8, false);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
    finish(bytes, enc, true)
}

/// UTF-16 declared inside an ASCII-compatible document is a lie; the HTML spec maps it to UTF-8.
fn html_compatible(enc: &'static Encoding) -> &'static Encoding {
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        UTF_8
    } else {
        enc
    }
}

fn finish<'a>(bytes: &'a [u8], enc: &'static Encoding, guessed: bool) -> Decoded<'a> {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text,
        encoding: enc,
        guessed,
        had_errors,
    }
}

/// Finds `<meta charset=…>` or `<meta http-equiv=Content-Type content="…charset=…">`.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let finder = memmem::Finder::new(b"<meta");
    for start in finder.find_iter(&lower) {
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(pos) = memmem::find(tag, b"charset") {
            let mut rest = &tag[pos + 7..];
            rest = trim_start(rest);
            if let Some(r) = rest.strip_prefix(b"=") {
                let r = trim_start(r);
                let r = r
                    .strip_prefix(b"\"")
                    .or_else(|| r.strip_prefix(b"'"))
                    .unwrap_or(r);
                let label_end = r
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(r.len());
                if let Some(enc) = Encoding::for_label(&r[..label_end]) {
                    return Some(enc);
                }
            }
        }
    }
    None
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_beats_meta() {
        let mut page = vec![0xEF, 0xBB, 0xBF];
        page.extend_from_slice("<meta charset=iso-8859-1><p>Café</p>".as_bytes());
        let d = decode(&page, None);
        assert_eq!(d.encoding, UTF_8);
        assert!(d.text.contains("Café"));
    }

    #[test]
    fn meta_charset_windows_1252() {
        let mut page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>".to_vec();
        page.extend_from_slice(b"Caf\xe9 \x93quoted\x94</p>");
        let d = decode(&page, None);
        assert_eq!(d.encoding.name(), "windows-1252");
        assert!(d.text.contains("Café “quoted”"));
        assert!(!d.guessed);
    }

    #[test]
    fn transport_charset_wins_over_meta() {
        let page = b"<meta charset=utf-8><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        let d = decode(page, Some("windows-1251"));
        assert!(d.text.contains("Привет"));
    }

    #[test]
    fn undeclared_koi8r_is_detected() {
        let (bytes, _, _) = encoding_rs::KOI8_R.encode(
            "<html><body><p>Москва — столица России, крупнейший по численности населения город страны. \
             Город расположен на реке Москве в центре Восточно-Европейской равнины.</p></body></html>",
        );
        let d = decode(&bytes, None);
        assert!(d.guessed);
        assert!(d.text.contains("столица России"), "{}", d.text);
    }
}
