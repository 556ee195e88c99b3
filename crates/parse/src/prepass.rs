//! A byte-level pre-pass that empties `<script>`, `<style>` and `<svg>` elements and drops
//! comments before the tokenizer sees them. They are over half the bytes of a typical news
//! page and copydesk never reads them, except JSON-LD scripts, which are kept whole for the
//! metadata reader, and the publication date an app-state script carries
//! (`"publishedAt":"2019-03-02…"`), which is all that is kept of it. Comments cost the
//! tokenizer most per byte (it reads them a character at a time) and the tree drops them.

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::{memchr_iter, memmem};

/// The elements whose contents are dropped, with their closing-tag prefix.
const SKIPPED: [(&[u8], &[u8]); 3] = [
    (b"script", b"</script"),
    (b"style", b"</style"),
    (b"svg", b"</svg"),
];

/// Returns `html` with the contents of script, style and svg elements and its comments
/// removed.
pub(crate) fn strip_unread(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut pos = 0;
    while pos < bytes.len() {
        let Some(lt) = memchr::memchr(b'<', &bytes[pos..]).map(|i| pos + i) else {
            break;
        };
        if bytes[lt + 1..].starts_with(b"!--") {
            let end = comment_end(bytes, lt + 4);
            out.get_or_insert_with(|| String::with_capacity(html.len() / 2))
                .push_str(&html[copied..lt]);
            copied = end;
            pos = end;
            continue;
        }
        let Some((name, close)) = SKIPPED.iter().find(|(name, _)| tag_at(bytes, lt + 1, name))
        else {
            pos = lt + 1;
            continue;
        };
        let Some(gt) = memchr::memchr(b'>', &bytes[lt..]).map(|i| lt + i) else {
            break;
        };
        let open = &bytes[lt..gt];
        if *name == b"script" && is_json_ld(open) {
            // Kept whole: nothing in it is a tag or a comment.
            pos = find_close(&bytes[gt + 1..], close).map_or(gt + 1, |i| gt + 1 + i);
            continue;
        }
        let Some(end) = find_close(&bytes[gt + 1..], close).map(|i| gt + 1 + i) else {
            break;
        };
        let buf = out.get_or_insert_with(|| String::with_capacity(html.len() / 2));
        buf.push_str(&html[copied..=gt]);
        if *name == b"script"
            && let Some(date) = published_value(&html[gt + 1..end])
        {
            buf.push_str(date);
        }
        copied = end;
        pos = end + close.len();
    }
    match out {
        Some(mut buf) => {
            buf.push_str(&html[copied..]);
            Cow::Owned(buf)
        }
        None => Cow::Borrowed(html),
    }
}

/// The stem every common publication-date key holds: `datePublished`, `publishDate`,
/// `published_at`, `publishedAt`, `PublishDate`.
static PUBLISH: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new(b"ublish"));

/// Keys looked at per script: a long list of teasers holds more, all of other stories.
const MAX_KEYS: usize = 4;

/// The value of the first publication-date key in a script (`"datePublished":"…"`, escaped
/// quotes too): only a short run of date characters, at least a full day's worth.
fn published_value(script: &str) -> Option<&str> {
    let b = script.as_bytes();
    PUBLISH.find_iter(b).take(MAX_KEYS).find_map(|at| {
        let before = &b[at.saturating_sub(12)..at];
        let quote = before.iter().rposition(|&c| c == b'"' || c == b'\'')?;
        if !before[quote + 1..]
            .iter()
            .all(|c| c.is_ascii_alphabetic() || *c == b'_')
        {
            return None;
        }
        let mut i = at + 6;
        let key_end = (i + 8).min(b.len());
        while i < key_end && (b[i].is_ascii_alphabetic() || b[i] == b'_') {
            i += 1;
        }
        let sep_end = (i + 6).min(b.len());
        let mut colon = false;
        while i < sep_end && matches!(b[i], b'"' | b'\'' | b'\\' | b' ' | b':') {
            colon |= b[i] == b':';
            i += 1;
        }
        let start = i;
        let value_end = (i + 32).min(b.len());
        while i < value_end
            && (b[i].is_ascii_alphanumeric()
                || matches!(b[i], b'-' | b':' | b'+' | b'.' | b'/' | b' '))
        {
            i += 1;
        }
        (colon && i - start >= 8 && b[start].is_ascii_digit()).then(|| script[start..i].trim_end())
    })
}

/// Where the comment whose text starts at `at` (after `<!--`) ends, past its closing `-->`
/// (or `--!>`), as the tokenizer reads it: `<!-->` and `<!--->` close at once, and a comment
/// never closed runs to the end of the page.
fn comment_end(bytes: &[u8], at: usize) -> usize {
    let rest = &bytes[at..];
    if rest.starts_with(b">") {
        return at + 1;
    }
    if rest.starts_with(b"->") {
        return at + 2;
    }
    // "--!>" closes a comment too, but only counts before the first "-->".
    let close = memmem::find(rest, b"-->").map_or(rest.len(), |i| i + 3);
    let bang = memmem::find(&rest[..close], b"--!>").map(|i| i + 4);
    at + bang.unwrap_or(close)
}

/// True when `bytes[at..]` starts with `name` (ASCII case-insensitive) followed by a tag-name end.
fn tag_at(bytes: &[u8], at: usize, name: &[u8]) -> bool {
    let end = at + name.len();
    end < bytes.len()
        && bytes[at..end].eq_ignore_ascii_case(name)
        && matches!(
            bytes[end],
            b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'\x0c'
        )
}

fn is_json_ld(open_tag: &[u8]) -> bool {
    memmem::find(&open_tag.to_ascii_lowercase(), b"ld+json").is_some()
}

/// Finds the closing tag `close` (ASCII case-insensitive) in `hay`.
fn find_close(hay: &[u8], close: &[u8]) -> Option<usize> {
    memchr_iter(b'<', hay).find(|&i| {
        let end = i + close.len();
        end <= hay.len()
            && hay[i..end].eq_ignore_ascii_case(close)
            && hay
                .get(end)
                .is_none_or(|b| matches!(b, b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'\x0c'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empties_scripts_and_styles_but_keeps_json_ld() {
        let page = r#"<head><SCRIPT src="a.js"></SCRIPT><script>var s = "<p>not text</p>";</script>
<script type="application/ld+json">{"headline":"Kept <!-- whole -->"}</script><style>p{color:red}</style></head>
<body><svg viewBox="0 0 1 1"><path d="M0 0"/></svg><p>Body</p></body>"#;
        let out = strip_unread(page);
        assert!(!out.contains("not text"));
        assert!(!out.contains("color:red"));
        assert!(!out.contains("M0 0"));
        assert!(out.contains(r#"{"headline":"Kept <!-- whole -->"}"#));
        assert!(out.contains("<p>Body</p>"));
        assert!(out.contains("<style></style>"));
    }

    #[test]
    fn app_state_scripts_keep_only_their_publication_date() {
        let page = r#"<script>window.__STATE__={"publisher":{"name":"X"},"body":"<p>long</p>",
"published_at":"2019-03-02T06:22:28+01:00","tags":[]};</script>
<script>var s = {\"publishedDate\":\"2016-11-04T20:37:27Z\"};</script>
<script>var publisher = "Daily";</script><p>Body</p>"#;
        let out = strip_unread(page);
        assert!(out.contains("<script>2019-03-02T06:22:28+01:00</script>"));
        assert!(out.contains("<script>2016-11-04T20:37:27Z</script>"));
        assert!(out.contains("<script></script><p>Body</p>"));
        assert!(!out.contains("__STATE__"));
    }

    #[test]
    fn unclosed_script_leaves_the_rest_alone() {
        let page = "<p>One</p><script>never closed <p>Two</p>";
        assert_eq!(strip_unread(page), page);
    }

    #[test]
    fn comments_are_dropped_where_the_tokenizer_closes_them() {
        let page = "<p>One<!-- a <script> in a comment -- still --> two</p><!--><p>Three</p>\
<!---><p>Four</p><!-- old --!><p>Five</p><!--- dashes ---><p>Five and a half</p><!--[if IE]><p>Six</p><![endif]--><p>Seven<!-- open";
        assert_eq!(
            strip_unread(page),
            "<p>One two</p><p>Three</p><p>Four</p><p>Five</p><p>Five and a half</p><p>Seven"
        );
    }

    #[test]
    fn scripting_words_in_text_are_not_tags() {
        let page = "<p>The <scripted> tag and <styles> stay.</p>";
        assert_eq!(strip_unread(page), page);
    }
}
