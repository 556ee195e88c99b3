//! Language codes: from markup (`<html lang>`, `content-language`, `og:locale`) and from text.

/// Normalises a language tag (`de-DE`, `en_US`, `EN`, `deu`) to ISO 639-1, lower case.
pub(crate) fn normalize(tag: &str) -> Option<String> {
    let tag = tag.trim();
    let primary = tag
        .split([',', ';', ' '])
        .next()?
        .split(['-', '_'])
        .next()?;
    if !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let lower = primary.to_ascii_lowercase();
    match lower.len() {
        2 => Some(lower),
        3 => iso639_3_to_1(&lower).map(str::to_string),
        _ => None,
    }
}

/// ISO 639-3 (and the bibliographic 639-2 variants pages use) to 639-1, for the languages
/// `whatlang` knows and a few common extras.
fn iso639_3_to_1(code: &str) -> Option<&'static str> {
    Some(match code {
        "afr" => "af",
        "aka" => "ak",
        "amh" => "am",
        "ara" => "ar",
        "aze" => "az",
        "bel" => "be",
        "ben" => "bn",
        "bul" => "bg",
        "cat" => "ca",
        "ces" | "cze" => "cs",
        "cmn" | "zho" | "chi" => "zh",
        "cym" | "wel" => "cy",
        "dan" => "da",
        "deu" | "ger" => "de",
        "ell" | "gre" => "el",
        "eng" => "en",
        "epo" => "eo",
        "est" => "et",
        "fin" => "fi",
        "fra" | "fre" => "fr",
        "guj" => "gu",
        "heb" => "he",
        "hin" => "hi",
        "hrv" => "hr",
        "hun" => "hu",
        "hye" | "arm" => "hy",
        "ind" => "id",
        "ita" => "it",
        "jav" => "jv",
        "jpn" => "ja",
        "kan" => "kn",
        "kat" | "geo" => "ka",
        "khm" => "km",
        "kor" => "ko",
        "lat" => "la",
        "lav" => "lv",
        "lit" => "lt",
        "mal" => "ml",
        "mar" => "mr",
        "mkd" | "mac" => "mk",
        "mya" | "bur" => "my",
        "nep" => "ne",
        "nld" | "dut" => "nl",
        "nob" => "nb",
        "nor" => "no",
        "ori" => "or",
        "pan" => "pa",
        "pes" | "fas" | "per" => "fa",
        "pol" => "pl",
        "por" => "pt",
        "ron" | "rum" => "ro",
        "rus" => "ru",
        "sin" => "si",
        "slk" | "slo" => "sk",
        "slv" => "sl",
        "sna" => "sn",
        "spa" => "es",
        "srp" => "sr",
        "swe" => "sv",
        "tam" => "ta",
        "tel" => "te",
        "tgl" => "tl",
        "tha" => "th",
        "tuk" => "tk",
        "tur" => "tr",
        "ukr" => "uk",
        "urd" => "ur",
        "uzb" => "uz",
        "vie" => "vi",
        "yid" => "yi",
        "zul" => "zu",
        _ => return None,
    })
}

/// Guesses the language of `text` (ISO 639-1), only when the detector is confident.
///
/// Meant for the article body when the markup names no language. Looks at the first few
/// kilobytes only, which is plenty for a reliable guess and keeps the cost bounded.
pub fn detect_language(text: &str) -> Option<String> {
    const SAMPLE: usize = 1024;
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if sample.split_whitespace().nth(4).is_none() && sample.chars().count() < 20 {
        return None;
    }
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() {
        return None;
    }
    iso639_3_to_1(info.lang().code()).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_normalise_to_two_letters() {
        assert_eq!(normalize("de-DE").as_deref(), Some("de"));
        assert_eq!(normalize("en_US").as_deref(), Some("en"));
        assert_eq!(normalize(" FR ").as_deref(), Some("fr"));
        assert_eq!(normalize("deu").as_deref(), Some("de"));
        assert_eq!(normalize("x-default"), None);
        assert_eq!(normalize("{{lang}}"), None);
    }

    #[test]
    fn detection_needs_confidence() {
        let german = "Die Bundesregierung hat am Mittwoch beschlossen, die Förderung für \
                      erneuerbare Energien im kommenden Jahr deutlich zu erhöhen, wie ein \
                      Sprecher des Wirtschaftsministeriums in Berlin mitteilte.";
        assert_eq!(detect_language(german).as_deref(), Some("de"));
        assert_eq!(detect_language("ok"), None);
    }
}
