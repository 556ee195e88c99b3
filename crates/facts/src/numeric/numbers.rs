//! Numbers as written in news text, in digits ("3,000", "3.2 million", "€1.5bn") or in
//! words ("twenty-five", "two hundred and fifty thousand", "one and a half million"),
//! shared by the amount pass and the relative dates ("two days ago").

use crate::numeric::lexicon::Class;
use crate::numeric::tokens::Token;

/// A number read from the tokens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Number {
    /// Its value, multiplier applied.
    pub(crate) value: f64,
    /// The index just past its last token.
    pub(crate) end: usize,
    /// Written in words only.
    pub(crate) spelled: bool,
    /// A multiplier ("million", "bn") was applied.
    pub(crate) scaled: bool,
    /// The multiplier applied, 1 when none.
    pub(crate) factor: f64,
}

/// The mantissa and decimal places of a number written in digits ("3,000.5" gives
/// (30005, 1)); `None` past eighteen digits.
pub(crate) fn digits(s: &str) -> Option<(u64, u32)> {
    let mut mantissa: u64 = 0;
    let mut decimals = 0;
    let mut after_point = false;
    let mut count = 0;
    for b in s.bytes() {
        match b {
            b'0'..=b'9' => {
                count += 1;
                if count > 18 {
                    return None;
                }
                mantissa = mantissa * 10 + u64::from(b - b'0');
                decimals += u32::from(after_point);
            }
            b'.' => after_point = true,
            _ => {}
        }
    }
    Some((mantissa, decimals))
}

/// `mantissa` × 10^`exponent`, rounded once (so 3.2 million is exactly 3,200,000).
fn scale(mantissa: u64, exponent: i32) -> f64 {
    // Exact below 2^53, which eighteen digits may pass: then one more rounding is fine.
    let m = mantissa as f64;
    if exponent >= 0 {
        m * 10f64.powi(exponent)
    } else {
        m / 10f64.powi(-exponent)
    }
}

/// The number that starts at token `i`, in digits or words. `money` allows the
/// ambiguous abbreviated multipliers ("m", "k", "b") and spaced ones ("$3 bn").
pub(crate) fn read(tokens: &[Token], text: &str, i: usize, money: bool) -> Option<Number> {
    let t = tokens.get(i)?;
    if t.is_number() {
        return read_digits(tokens, text, i, money);
    }
    // Only number words and the words before a multiplier ("a million", "half a dozen").
    let opens = matches!(t.lex?.class, Class::Number(_) | Class::Fraction { .. })
        || t.is_word_ci(text, "a")
        || t.is_word_ci(text, "an");
    if opens {
        read_words(tokens, text, i)
    } else {
        None
    }
}

/// The multiplier at token `i`, if it applies: a scale word, or an abbreviation glued to
/// the digits (or spaced, for money).
fn multiplier(tokens: &[Token], text: &str, i: usize, money: bool) -> Option<i32> {
    let t = tokens.get(i)?;
    match t.lex?.class {
        Class::Scale(e) if e >= 3 => Some(e),
        Class::ScaleAbbrev(e) => {
            // "5m" may be five metres; "5bn" is five billion, glued or not.
            let plain = t.text(text).len() >= 2;
            (money || plain && !t.spaced).then_some(e)
        }
        _ => None,
    }
}

/// A number in digits at token `i` and its multiplier.
fn read_digits(tokens: &[Token], text: &str, i: usize, money: bool) -> Option<Number> {
    let (mantissa, decimals) = digits(tokens[i].text(text))?;
    let exponent = -i32::try_from(decimals).ok()?;
    let mut end = i + 1;
    let mut factor = 1.0;
    let mut value = scale(mantissa, exponent);
    if let Some(e) = multiplier(tokens, text, end, money) {
        value = scale(mantissa, exponent + e);
        factor = 10f64.powi(e);
        end += 1;
    }
    Some(Number {
        value,
        end,
        spelled: false,
        scaled: factor > 1.0,
        factor,
    })
}

/// Where the last word read by [`read_words`] sits in a compound number.
#[derive(Clone, Copy, PartialEq)]
enum Last {
    /// Nothing read yet.
    Start,
    /// One to nine.
    Unit,
    /// Ten to nineteen.
    Teen,
    /// Twenty, thirty … ninety.
    Tens,
    /// "hundred" or "dozen".
    Hundred,
    /// "thousand", "million" …: the exponent.
    Scale(i32),
}

/// A number in words at token `i`: "twenty-five", "three hundred and fifty thousand",
/// "a dozen", "a million", "one and a half million", "half a million".
fn read_words(tokens: &[Token], text: &str, i: usize) -> Option<Number> {
    let class = |j: usize| tokens.get(j).and_then(|t| t.lex).map(|e| e.class);
    let word = |j: usize, w: &str| tokens.get(j).is_some_and(|t| t.is_word_ci(text, w));
    let first = tokens.get(i)?;
    // "a million", "a dozen", "half a million": an article before one multiplier.
    let article = word(i, "a") || word(i, "an");
    let half = word(i, "half") && word(i + 1, "a");
    if article || half {
        let at = if half { i + 2 } else { i + 1 };
        let factor = if half { 0.5 } else { 1.0 };
        let unit = match class(at)? {
            Class::Scale(e) => 10f64.powi(e),
            Class::Dozen => 12.0,
            _ => return None,
        };
        return Some(Number {
            value: factor * unit,
            end: at + 1,
            spelled: true,
            scaled: true,
            factor: unit,
        });
    }
    if !first.is_word() {
        return None;
    }
    let mut total: f64 = 0.0;
    let mut current: u64 = 0;
    let mut last = Last::Start;
    let mut smallest_scale = i32::MAX;
    let mut factor = 1.0;
    let mut j = i;
    let mut end = i;
    while let Some(t) = tokens.get(j) {
        // "twenty-five": a hyphen glued between tens and a unit.
        if t.is('-') && last == Last::Tens && !t.spaced {
            match (tokens.get(j + 1), class(j + 1)) {
                (Some(next), Some(Class::Number(n))) if !next.spaced && (1..10).contains(&n) => {
                    j += 1;
                    continue;
                }
                _ => break,
            }
        }
        // "three hundred and fifty": "and" only after a multiplier, before a number.
        if t.is_word_ci(text, "and")
            && matches!(last, Last::Hundred | Last::Scale(_))
            && matches!(class(j + 1), Some(Class::Number(n)) if n > 0)
        {
            j += 1;
            continue;
        }
        let next = match class(j) {
            Some(Class::Number(n)) => {
                let kind = match n {
                    0..10 => Last::Unit,
                    10..20 => Last::Teen,
                    _ => Last::Tens,
                };
                let fits = match kind {
                    Last::Unit => {
                        matches!(
                            last,
                            Last::Start | Last::Tens | Last::Hundred | Last::Scale(_)
                        )
                    }
                    _ => matches!(last, Last::Start | Last::Hundred | Last::Scale(_)),
                };
                if !fits {
                    break;
                }
                current += u64::from(n);
                kind
            }
            Some(Class::Scale(2)) | Some(Class::Dozen)
                if matches!(last, Last::Unit | Last::Teen | Last::Tens) =>
            {
                let factor = if class(j) == Some(Class::Dozen) {
                    12
                } else {
                    100
                };
                current *= factor;
                Last::Hundred
            }
            Some(Class::Scale(e)) if e >= 3 && last != Last::Start && e < smallest_scale => {
                total += scale(current, e);
                current = 0;
                smallest_scale = e;
                factor = 10f64.powi(e);
                Last::Scale(e)
            }
            _ => break,
        };
        last = next;
        j += 1;
        end = j;
    }
    if last == Last::Start {
        return None;
    }
    let mut value = total + current as f64;
    // "one and a half million", "two and a half years".
    if factor == 1.0
        && word(end, "and")
        && word(end + 1, "a")
        && word(end + 2, "half")
        && !tokens.get(end + 3).is_some_and(|t| t.is('-') && !t.spaced)
    {
        value += 0.5;
        end += 3;
        if let Some(Class::Scale(e)) = class(end)
            && e >= 3
        {
            factor = 10f64.powi(e);
            value *= factor;
            end += 1;
        }
    }
    Some(Number {
        value,
        end,
        spelled: true,
        scaled: factor > 1.0,
        factor,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::tokens::tokenize;

    /// The number at the start of `text` and the text it covers.
    fn value(text: &str, money: bool) -> Option<(f64, String)> {
        let tokens = tokenize(text);
        let n = read(&tokens, text, 0, money)?;
        let end = tokens[n.end - 1].end;
        Some((n.value, text[..end].to_string()))
    }

    #[test]
    fn reads_digits_and_multipliers() {
        assert_eq!(value("3,000 troops", false), Some((3000.0, "3,000".into())));
        assert_eq!(value("1.5 people", false), Some((1.5, "1.5".into())));
        assert_eq!(
            value("3.2 million people", false),
            Some((3_200_000.0, "3.2 million".into()))
        );
        assert_eq!(
            value("2.3 million", false),
            Some((2_300_000.0, "2.3 million".into()))
        );
        assert_eq!(value("1.5bn", false), Some((1.5e9, "1.5bn".into())));
        assert_eq!(value("20m", true), Some((2e7, "20m".into())));
        assert_eq!(value("20m sprint", false), Some((20.0, "20".into())));
        assert_eq!(value("3 bn", true), Some((3e9, "3 bn".into())));
    }

    #[test]
    fn reads_number_words() {
        assert_eq!(
            value("twenty-five people", false),
            Some((25.0, "twenty-five".into()))
        );
        assert_eq!(
            value("three hundred and fifty thousand", false),
            Some((350_000.0, "three hundred and fifty thousand".into()))
        );
        assert_eq!(value("a dozen eggs", false), Some((12.0, "a dozen".into())));
        assert_eq!(value("two dozen", false), Some((24.0, "two dozen".into())));
        assert_eq!(
            value("half a million", false),
            Some((500_000.0, "half a million".into()))
        );
        assert_eq!(
            value("one and a half million", false),
            Some((1_500_000.0, "one and a half million".into()))
        );
        assert_eq!(value("two three", false), Some((2.0, "two".into())));
        assert_eq!(value("a man", false), None);
        assert_eq!(value("twenty-fifth", false), Some((20.0, "twenty".into())));
    }
}
