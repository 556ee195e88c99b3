//! A byte-level pre-pass that empties `<script>`, `<style>` and `<svg>` elements and drops
//! comments before the tokenizer sees them. They are over half the bytes of a typical news
//! page and copydesk never reads them, except JSON-LD scripts, which are kept whole for the
//! metadata reader, and the publication date an app-state script carries
//! (`"publishedAt":"2019-03-02…"`), which is all that is kept of it. Comments cost the
//! tokenizer most per byte (it reads them a character at a time) and the tree drops them.
//!
//! A second pass over the first's output then drops from start tags the attributes no
//! copydesk crate reads (`data-*` but for the few read, `srcset`, `sizes`, `on*` handlers,
//! `alt`, `aria-label` …): a seventh of the bytes left, each of which costs the tokenizer
//! about a hundred instructions. It follows the tokenizer's states (tags and their quoted
//! values, comments, raw text), cuts nothing whose removal could change how a neighbour is
//! read, and leaves the rest of the page alone at the first construct it does not follow.

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::{memchr_iter, memmem};

/// The elements whose contents are dropped, with their closing-tag prefix.
const SKIPPED: [(&[u8], &[u8]); 3] = [
    (b"script", b"</script"),
    (b"style", b"</style"),
    (b"svg", b"</svg"),
];

/// Returns `html` with the contents of script, style and svg elements, its comments and
/// the attributes copydesk never reads removed.
pub(crate) fn strip_unread(html: &str) -> Cow<'_, str> {
    drop_unread_attrs(strip_elements(html))
}

/// Returns `html` with the contents of script, style and svg elements and its comments
/// removed.
fn strip_elements(html: &str) -> Cow<'_, str> {
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

/// Returns `text` without the attributes [`unread`] names, cut where the tokenizer would
/// read them as attributes of a start tag. Any construct the scan does not follow exactly
/// (foreign content, `<plaintext>`, framesets, a tag left open at the end) leaves the rest
/// of the page as it is.
fn drop_unread_attrs(text: Cow<'_, str>) -> Cow<'_, str> {
    let mut scan = AttrScan::default();
    let Some((mut write, mut read)) = scan.next(text.as_bytes()) else {
        return text;
    };
    let mut bytes = text.into_owned().into_bytes();
    // Compacted in place: the scan only reads at or after the end of the last cut, and the
    // bytes kept are only ever moved to before it.
    while let Some((start, end)) = scan.next(&bytes) {
        bytes.copy_within(read..start, write);
        write += start - read;
        read = end;
    }
    let len = bytes.len();
    bytes.copy_within(read..len, write);
    bytes.truncate(write + len - read);
    // Every cut falls next to ASCII bytes, so the rest stays UTF-8; were it not, a broken
    // character would be replaced rather than the page lost.
    Cow::Owned(
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    )
}

/// True when lower-case `rest` opens with one of the words that mark a `data-*` attribute
/// that may carry a date (meta's loose dates): date, time, publish, created.
fn holds_date_word(rest: &[u8]) -> bool {
    match rest[0] {
        b'd' => rest.starts_with(b"date"),
        b't' => rest.starts_with(b"time"),
        b'p' => rest.starts_with(b"publish"),
        b'c' => rest.starts_with(b"created"),
        _ => false,
    }
}

/// True for an attribute name no copydesk crate reads and the tree builder ignores.
///
/// Kept are the attributes the crates read (`Element::attr` and the two walks over all of an
/// element's attributes in meta's collect.rs): classes and ids, microdata, links, meta tags,
/// roles and hiding, languages, image sources and sizes, dates, `data-testid`, the lazy image
/// sources `data-src`, `data-original` and `data-lazy-src` and any `data-*` naming a date;
/// and those the tree builder reads: an input's `type`, a control's `form`, a `<font>`'s
/// `color`, `face` and `size`, `encoding`, a meta charset and declarative shadow roots. A
/// crate that starts reading another attribute must add it here.
fn unread(name: &[u8]) -> bool {
    let mut buf = [0; 48];
    // No kept name is this long but for `data-*` date stamps.
    let Some(lower) = buf.get_mut(..name.len()) else {
        return !name[..5].eq_ignore_ascii_case(b"data-");
    };
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    match &*lower {
        b"class"
        | b"id"
        | b"itemprop"
        | b"itemscope"
        | b"itemtype"
        | b"rel"
        | b"datetime"
        | b"pubdate"
        | b"href"
        | b"content"
        | b"title"
        | b"property"
        | b"name"
        | b"http-equiv"
        | b"role"
        | b"hidden"
        | b"aria-hidden"
        | b"aria-modal"
        | b"aria-controls"
        | b"lang"
        | b"xml:lang"
        | b"type"
        | b"style"
        | b"src"
        | b"width"
        | b"height"
        | b"data-src"
        | b"data-original"
        | b"data-lazy-src"
        | b"data-testid"
        | b"form"
        | b"color"
        | b"face"
        | b"size"
        | b"encoding"
        | b"charset"
        | b"shadowrootmode"
        | b"shadowrootdelegatesfocus"
        | b"shadowrootclonable"
        | b"shadowrootserializable" => false,
        [b'd', b'a', b't', b'a', b'-', rest @ ..] => {
            !(0..rest.len()).any(|i| holds_date_word(&rest[i..]))
        }
        _ => true,
    }
}

/// Byte classes inside a tag: whitespace as the tokenizer reads it (it turns `\r` into `\n`
/// first), `/`, `>` and `=`.
const SPACE: u8 = 1;
const SLASH: u8 = 2;
const GT: u8 = 4;
const EQ: u8 = 8;

static CLASS: [u8; 256] = {
    let mut t = [0; 256];
    t[b' ' as usize] = SPACE;
    t[b'\t' as usize] = SPACE;
    t[b'\n' as usize] = SPACE;
    t[b'\r' as usize] = SPACE;
    t[0x0c] = SPACE;
    t[b'/' as usize] = SLASH;
    t[b'>' as usize] = GT;
    t[b'=' as usize] = EQ;
    t
};

fn class(c: u8) -> u8 {
    CLASS[c as usize]
}

fn is_space(c: u8) -> bool {
    class(c) == SPACE
}

/// The first position from `at` on whose byte's class is in `stop`.
fn until(bytes: &[u8], mut at: usize, stop: u8) -> Option<usize> {
    while class(*bytes.get(at)?) & stop == 0 {
        at += 1;
    }
    Some(at)
}

/// The first position from `at` on whose byte's class is not in `skip`.
fn skip(bytes: &[u8], mut at: usize, skip: u8) -> Option<usize> {
    while class(*bytes.get(at)?) & skip != 0 {
        at += 1;
    }
    Some(at)
}

/// What the tokenizer reads after a start tag.
#[derive(Clone, Copy)]
enum After {
    /// Markup.
    Data,
    /// Script data, up to `</script`.
    Script,
    /// Raw text or RCDATA (`<title>`, `<textarea>`, `<iframe>` …) up to this closing tag.
    Raw(&'static [u8]),
    /// An `<svg>` the first pass emptied: its closing tag follows at once.
    Svg,
}

/// A tag being read: whether its unread attributes go, and what follows it.
#[derive(Clone, Copy)]
struct Tag {
    strip: bool,
    after: After,
}

/// One step through a tag's attributes.
enum Step {
    /// An unread attribute spans these bytes.
    Drop(usize, usize),
    /// The tag closes with the `>` here.
    End(usize),
}

/// A scan that follows the tokenizer from the start of a page, handing out the byte ranges
/// of unread attributes in order.
#[derive(Default)]
struct AttrScan {
    pos: usize,
    /// Set while inside a tag's attributes.
    tag: Option<Tag>,
}

impl AttrScan {
    /// The next unread attribute's bytes, or `None` at the end of the page or where the
    /// scan gives up. `bytes` must hold the same bytes as before from the last range on.
    fn next(&mut self, bytes: &[u8]) -> Option<(usize, usize)> {
        loop {
            match self.tag {
                Some(tag) => match self.attribute(bytes, tag.strip)? {
                    Step::Drop(start, end) => return Some((start, end)),
                    Step::End(gt) => {
                        self.tag = None;
                        self.pos = after_tag(bytes, gt + 1, tag.after)?;
                    }
                },
                None => self.markup(bytes)?,
            }
        }
    }

    /// From the data state, moves to the next tag's attributes (setting `tag`) or past the
    /// next construct that holds no start tag.
    fn markup(&mut self, bytes: &[u8]) -> Option<()> {
        let lt = self.pos + memchr::memchr(b'<', &bytes[self.pos..])?;
        let next = *bytes.get(lt + 1)?;
        self.pos = match next {
            c if c.is_ascii_alphabetic() => {
                let end = tag_name_end(bytes, lt + 2)?;
                let tag = start_tag(&bytes[lt + 1..end])?;
                if bytes[end] == b'>' {
                    after_tag(bytes, end + 1, tag.after)?
                } else {
                    self.tag = Some(tag);
                    end
                }
            }
            b'/' => match *bytes.get(lt + 2)? {
                c if c.is_ascii_alphabetic() => {
                    let end = tag_name_end(bytes, lt + 3)?;
                    if bytes[end] == b'>' {
                        end + 1
                    } else {
                        // An end tag's attributes are read like a start tag's, then dropped.
                        self.tag = Some(Tag {
                            strip: false,
                            after: After::Data,
                        });
                        end
                    }
                }
                b'>' => lt + 3,
                _ => past_gt(bytes, lt + 2)?,
            },
            b'!' if bytes[lt + 2..].starts_with(b"--") => comment_end(bytes, lt + 4),
            // Doctypes, CDATA outside foreign content and other bogus comments end at the
            // first `>`, quoted or not.
            b'!' | b'?' => past_gt(bytes, lt + 2)?,
            _ => lt + 1,
        };
        Some(())
    }

    /// Reads attributes from the before-attribute-name state up to the next unread one or
    /// the tag's end.
    fn attribute(&mut self, bytes: &[u8], strip: bool) -> Option<Step> {
        let mut i = self.pos;
        loop {
            // A `/` not followed by `>` is skipped.
            i = skip(bytes, i, SPACE | SLASH)?;
            if bytes[i] == b'>' {
                return Some(Step::End(i));
            }
            let start = i;
            // The first character may be `=`: it is then part of the name.
            i = until(bytes, i + 1, SPACE | SLASH | GT | EQ)?;
            let name_end = i;
            i = skip(bytes, i, SPACE)?;
            let end = if bytes[i] == b'=' {
                i += 1;
                i = skip(bytes, i, SPACE)?;
                match bytes[i] {
                    q @ (b'"' | b'\'') => i + 2 + memchr::memchr(q, &bytes[i + 1..])?,
                    // `name=>`: an empty value, and the tag ends.
                    b'>' => i,
                    _ => until(bytes, i, SPACE | GT).unwrap_or(bytes.len()),
                }
            } else {
                name_end
            };
            i = end;
            // Cut only between whitespace and whitespace, `/` or `>`, so that no neighbour
            // is read differently: `<a/data-x>` would become self-closing, `data-x="1"=y`
            // would hand `=y` to the attribute before.
            if strip
                && unread(&bytes[start..name_end])
                && is_space(bytes[start - 1])
                && bytes
                    .get(end)
                    .is_some_and(|&c| class(c) & (SPACE | SLASH | GT) != 0)
            {
                self.pos = end;
                return Some(Step::Drop(start, end));
            }
        }
    }
}

/// How a start tag named `name` is read, or `None` for those that take the tokenizer where
/// the scan does not follow: foreign content (`<math>`), `<plaintext>`, framesets (which
/// ignore the start tags that would switch the tokenizer).
fn start_tag(name: &[u8]) -> Option<Tag> {
    let mut buf = [0; 9];
    let Some(lower) = buf.get_mut(..name.len()) else {
        return Some(Tag {
            strip: true,
            after: After::Data,
        });
    };
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    let (strip, after) = match &*lower {
        b"math" | b"plaintext" | b"frameset" => return None,
        // The tree builder drops the earliest of four open formatting elements alike in
        // name and attributes, so theirs must stay. (`<a>` never has another open one.)
        b"b" | b"big" | b"code" | b"em" | b"font" | b"i" | b"nobr" | b"s" | b"small"
        | b"strike" | b"strong" | b"tt" | b"u" => (false, After::Data),
        b"script" => (true, After::Script),
        b"svg" => (true, After::Svg),
        b"title" => (true, After::Raw(b"</title")),
        b"textarea" => (true, After::Raw(b"</textarea")),
        b"style" => (true, After::Raw(b"</style")),
        b"xmp" => (true, After::Raw(b"</xmp")),
        b"iframe" => (true, After::Raw(b"</iframe")),
        b"noembed" => (true, After::Raw(b"</noembed")),
        b"noframes" => (true, After::Raw(b"</noframes")),
        _ => (true, After::Data),
    };
    Some(Tag { strip, after })
}

/// Where the data state resumes after a start tag whose `>` ends before `at`, or `None`
/// where the scan gives up.
fn after_tag(bytes: &[u8], at: usize, after: After) -> Option<usize> {
    match after {
        After::Data => Some(at),
        // Script data ends at the first `</script` unless a `<!--` escapes it first.
        After::Script => memchr_iter(b'<', &bytes[at..])
            .map(|i| at + i)
            .find_map(|i| {
                if bytes[i + 1..].starts_with(b"!--") {
                    Some(None)
                } else {
                    closes(bytes, i, b"</script").then_some(Some(i))
                }
            })
            .flatten(),
        // No `<` at all before the closing tag: then it makes no odds whether the tree
        // builder took the element as raw text or (where it ignores the start tag) not.
        After::Raw(close) => {
            let lt = at + memchr::memchr(b'<', &bytes[at..])?;
            closes(bytes, lt, close).then_some(lt)
        }
        After::Svg => closes(bytes, at, b"</svg").then_some(at),
    }
}

/// True when the closing tag `close` (ASCII case-insensitive) starts at `at` and its name
/// ends there.
fn closes(bytes: &[u8], at: usize, close: &[u8]) -> bool {
    let end = at + close.len();
    end < bytes.len()
        && bytes[at..end].eq_ignore_ascii_case(close)
        && class(bytes[end]) & (SPACE | SLASH | GT) != 0
}

/// Where the tag name starting before `at` ends.
fn tag_name_end(bytes: &[u8], at: usize) -> Option<usize> {
    until(bytes, at, SPACE | SLASH | GT)
}

/// Just past the first `>` at or after `at`.
fn past_gt(bytes: &[u8], at: usize) -> Option<usize> {
    memchr::memchr(b'>', &bytes[at..]).map(|i| at + i + 1)
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

    fn attrs_dropped(page: &str) -> String {
        drop_unread_attrs(Cow::Borrowed(page)).into_owned()
    }

    #[test]
    fn unread_attributes_go_and_read_ones_stay() {
        let page = r#"<div class="a" data-track="x" onclick="go()" id=b><img src="a.jpg" srcset="a 1x, b 2x" sizes="100vw" data-src="l.jpg" data-original="o.jpg" data-lazy-src="z.jpg" data-testid="byline" data-publish-date="2020-01-02" data-Created-At="3" alt="A" width="50" aria-label="Photo" itemprop="image"></div>"#;
        assert_eq!(
            attrs_dropped(page),
            r#"<div class="a"   id=b><img src="a.jpg"   data-src="l.jpg" data-original="o.jpg" data-lazy-src="z.jpg" data-testid="byline" data-publish-date="2020-01-02" data-Created-At="3"  width="50"  itemprop="image"></div>"#
        );
    }

    #[test]
    fn attribute_values_are_read_as_the_tokenizer_reads_them() {
        // Quoted values holding `>` and the other quote, unquoted values, bare names,
        // `/>`, upper case, whitespace around `=`, a value that looks like a name.
        let page = "<a href=\"/x\" data-x='a>\"b' title=\"c\">t</a><p data-a=foo/ class=x>\
<input data-flag hidden><img data-a=\"1\"/><DIV DATA-X=\"1\" ONCLICK=\"f\" Class=k>\
<p title = data-x data-y = \"v\" >";
        assert_eq!(
            attrs_dropped(page),
            "<a href=\"/x\"  title=\"c\">t</a><p  class=x><input  hidden><img />\
<DIV   Class=k><p title = data-x  >"
        );
    }

    #[test]
    fn attributes_whose_neighbours_would_change_stay() {
        // `<br/>` would turn self-closing; `=y` would become the value of `title`.
        let page = r#"<br/data-x><p title data-x="1"=y><b data-x="1"><i data-y=2>"#;
        assert_eq!(attrs_dropped(page), page);
    }

    #[test]
    fn text_that_is_no_tag_is_left_alone() {
        let page = r#"<p>1 < 2 data-x="y" and 3 <= 4, <3 data-x="z"</p><p>ok</p>"#;
        assert_eq!(attrs_dropped(page), page);
    }

    #[test]
    fn comments_end_tags_and_bogus_comments_hide_no_tags() {
        let page = r#"<!-- <div data-x=">"> --><! x <div data-x=">"></div data-x=">"><p data-y=1>"#;
        assert_eq!(
            attrs_dropped(page),
            r#"<!-- <div data-x=">"> --><! x <div data-x=">"></div data-x=">"><p >"#
        );
    }

    #[test]
    fn raw_text_and_scripts_are_left_alone() {
        let page = r#"<title>Use data-x="1" here</title><p data-a=1><script type="application/ld+json">{"b":"<i data-x=\"1\">"}</script><p data-b=2>"#;
        assert_eq!(
            attrs_dropped(page),
            r#"<title>Use data-x="1" here</title><p ><script type="application/ld+json">{"b":"<i data-x=\"1\">"}</script><p >"#
        );
        // A tag-like run inside a textarea, a script escaped with `<!--`, foreign content or
        // a value cut off by the end of the page: the rest of the page stays as it is.
        for page in [
            r#"<p data-a=1><textarea><b data-x="1"></textarea><p data-b=2>"#,
            r#"<p data-a=1><script><!--<script></script>x</script><p data-b=2>"#,
            r#"<p data-a=1><math><mi data-x="1"></mi></math><p data-b=2>"#,
            r#"<p data-a=1><svg><g data-x="1"/></svg><p data-b=2>"#,
            r#"<p data-a=1><div class="a data-b=2>"#,
        ] {
            let out = attrs_dropped(page);
            assert!(out.starts_with("<p >"), "{out}");
            assert_eq!(out[4..], page[12..], "{page}");
        }
        assert_eq!(
            attrs_dropped(r#"<svg data-x="1"></svg><p data-é="é" data-y="é">é</p>"#),
            r#"<svg ></svg><p  >é</p>"#
        );
    }
}
