//! The one extraction call the harness makes, guarded against panics, and the parallel
//! driver the quality passes use.

use crate::EvalError;
use flate2::read::MultiGzDecoder;
use rayon::prelude::*;

use crate::sets::ScoreOptions;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::io::Read;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Once;

/// What the extractor gave for one page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    /// The body as plain text (`copydesk::render(.., Format::Text)`); empty after a panic.
    pub text: String,
    /// The headline.
    pub title: Option<String>,
    /// The credited author names, in order ([`copydesk::credited_names`]).
    pub authors: Vec<String>,
    /// The publication date, ISO 8601.
    pub date: Option<String>,
    /// The site name.
    pub site_name: Option<String>,
    /// The language (ISO 639-1).
    pub language: Option<String>,
    /// The record's `page_type`, as serialised ("article", "forum" …).
    pub page_type: Option<String>,
    /// The panic message, when the extractor panicked on this page.
    pub panic: Option<String>,
}

impl Extraction {
    /// The authors joined with `"; "` (trafilatura's convention), or `None` when there are none.
    pub fn author_line(&self) -> Option<String> {
        if self.authors.is_empty() {
            None
        } else {
            Some(self.authors.join("; "))
        }
    }

    /// The peers' per-page record: `{"title","author","date","text"}`, plus `"error"` after a panic.
    pub fn peer_json(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut m = serde_json::Map::new();
        m.insert("title".into(), self.title.clone().into());
        m.insert("author".into(), self.author_line().into());
        m.insert("date".into(), self.date.clone().into());
        m.insert("text".into(), self.text.clone().into());
        if let Some(p) = &self.panic {
            m.insert("error".into(), p.clone().into());
        }
        m
    }
}

thread_local! {
    static GUARDED: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs (once per process) a panic hook that keeps panics inside [`extract_guarded`]
/// quiet: their message is kept for the page's record instead of printed. Panics anywhere
/// else still go to the previous hook.
fn install_quiet_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if GUARDED.with(Cell::get) {
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(info.to_string().replace('\n', " ")));
            } else {
                previous(info);
            }
        }));
    });
}

/// Runs `f`, turning a panic into `Err(message)` without printing it.
pub fn guard<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_quiet_hook();
    GUARDED.with(|g| g.set(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(false));
    result.map_err(|payload| {
        LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string())
    })
}

/// What copydesk reads in a quality or timing pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Mode {
    /// The HTML page.
    #[default]
    Html,
    /// The page rendered as a scraper's text (`copydesk::page_text`), read back with
    /// `copydesk::extract_text`.
    Text,
    /// The same page text kept whole: the baseline that shows what text extraction adds.
    TextAll,
}

impl Mode {
    /// What the extraction call is given for a page: the HTML, or its page text.
    pub fn input(self, html: Vec<u8>, url: Option<&str>) -> Vec<u8> {
        match self {
            Mode::Html => html,
            Mode::Text | Mode::TextAll => {
                let options = copydesk::Options {
                    url: url.map(str::to_string),
                    ..Default::default()
                };
                copydesk::page_text(&html, &options).into_bytes()
            }
        }
    }
}

/// `input` as text, borrowed when it is valid UTF-8 (the standard check, which reads ASCII
/// a word at a time, is several times faster than the lossy decoder's on valid input).
fn utf8(input: &[u8]) -> Cow<'_, str> {
    std::str::from_utf8(input).map_or_else(|_| String::from_utf8_lossy(input), Cow::Borrowed)
}

/// Runs the extraction of `mode` on `input` (see [`Mode::input`]) and renders the text,
/// turning a panic into [`Extraction::panic`]. This is exactly the work the timing pass
/// measures.
pub fn extract_guarded(input: &[u8], url: Option<&str>, mode: Mode) -> Extraction {
    let options = copydesk::Options {
        url: url.map(str::to_string),
        ..Default::default()
    };
    if mode == Mode::TextAll {
        return Extraction {
            text: String::from_utf8_lossy(input).into_owned(),
            ..Extraction::default()
        };
    }
    let result = guard(|| {
        let article = match mode {
            Mode::Html => copydesk::extract(input, &options),
            Mode::Text | Mode::TextAll => copydesk::extract_text(&utf8(input), &options),
        };
        let text = copydesk::render(&article, copydesk::Format::Text);
        (article, text)
    });
    match result {
        Ok((article, text)) => Extraction {
            text,
            title: article.headline,
            authors: copydesk::credited_names(&article.authors)
                .into_iter()
                .map(str::to_string)
                .collect(),
            date: article.published,
            site_name: article.site_name,
            language: article.language,
            page_type: serde_json::to_value(article.page_type)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string)),
            panic: None,
        },
        Err(message) => Extraction {
            panic: Some(message),
            ..Extraction::default()
        },
    }
}

/// One page of a set: where its HTML is and the URL to pass along.
#[derive(Debug, Clone, PartialEq)]
pub struct PageRef {
    /// The page's id within its set.
    pub id: String,
    /// The HTML file (gzip when it ends in `.gz`).
    pub path: PathBuf,
    /// The page's URL, passed as `Options::url`.
    pub url: Option<String>,
}

/// Reads a page, gunzipping it when its name ends in `.gz`.
pub fn read_page(path: &Path) -> Result<Vec<u8>, EvalError> {
    let raw = std::fs::read(path).map_err(|e| EvalError::io(path, e))?;
    if path.extension().is_some_and(|x| x == "gz") {
        let mut out = Vec::with_capacity(raw.len() * 4);
        MultiGzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .map_err(|e| EvalError::io(path, e))?;
        Ok(out)
    } else {
        Ok(raw)
    }
}

/// Reads and extracts every page on the options' pool, in the order given; with
/// `options.predictions`, reads another tool's outputs instead.
pub fn extract_all(
    pages: &[PageRef],
    options: &ScoreOptions<'_>,
) -> Result<Vec<Extraction>, EvalError> {
    if let Some(dir) = options.predictions {
        return Ok(pages.iter().map(|p| read_prediction(dir, &p.id)).collect());
    }
    options.pool.install(|| {
        pages
            .par_iter()
            .map(|p| {
                let input = options.mode.input(read_page(&p.path)?, p.url.as_deref());
                Ok(extract_guarded(&input, p.url.as_deref(), options.mode))
            })
            .collect()
    })
}

/// Reads a peer's output for page `id` (`<dir>/<id>.json`, also tried without an `.html`
/// suffix): `text`, `title`, `author` (several joined by "; ") and `date`. A missing or
/// unreadable file counts as an empty output.
pub fn read_prediction(dir: &Path, id: &str) -> Extraction {
    let stem = id.strip_suffix(".html").unwrap_or(id);
    let value = [id, stem]
        .iter()
        .find_map(|name| std::fs::read(dir.join(format!("{name}.json"))).ok())
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok());
    let Some(v) = value else {
        return Extraction::default();
    };
    let field = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
    Extraction {
        text: field("text").unwrap_or_default(),
        title: field("title"),
        authors: field("author")
            .map(|a| a.split("; ").map(str::to_string).collect())
            .unwrap_or_default(),
        date: field("date"),
        site_name: None,
        language: None,
        page_type: None,
        panic: field("error"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_without_panicking_on_odd_input() {
        for html in [&b""[..], b"<", b"\xff\xfe\x00<p>", b"<html><body><p>x</p>"] {
            let e = extract_guarded(html, Some("https://example.com/a"), Mode::Html);
            assert!(e.panic.is_none());
        }
    }

    #[test]
    fn a_panic_becomes_an_error_with_its_message() {
        let r: Result<(), String> = guard(|| panic!("page 7 broke"));
        let message = r.expect_err("the panic is caught");
        assert!(message.contains("page 7 broke"), "{message}");
        assert_eq!(guard(|| 5), Ok(5));
    }

    #[test]
    fn peer_json_has_the_protocol_keys() {
        let e = Extraction {
            text: "body".into(),
            authors: vec!["A".into(), "B".into()],
            ..Extraction::default()
        };
        let m = e.peer_json();
        assert_eq!(m["author"], "A; B");
        assert!(m["title"].is_null() && m["date"].is_null());
        assert!(!m.contains_key("error"));
        let failed = Extraction {
            panic: Some("boom".into()),
            ..Extraction::default()
        };
        assert_eq!(failed.peer_json()["error"], "boom");
        assert_eq!(failed.peer_json()["text"], "");
    }

    #[test]
    fn reads_peer_predictions() {
        let dir = std::env::temp_dir().join(format!("copydesk-pred-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(
            dir.join("page-7.json"),
            r#"{"title":"T","author":"A; B","date":"2024-10-25","text":"Body text."}"#,
        )
        .expect("write");
        let e = read_prediction(&dir, "page-7.html");
        assert_eq!(e.text, "Body text.");
        assert_eq!(e.authors, ["A", "B"]);
        assert_eq!(e.date.as_deref(), Some("2024-10-25"));
        let missing = read_prediction(&dir, "page-8");
        assert!(missing.text.is_empty() && missing.title.is_none());
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }

    #[test]
    fn reads_plain_and_gzip_pages() {
        use flate2::{Compression, write::GzEncoder};
        use std::io::Write;
        let dir = std::env::temp_dir().join(format!("copydesk-eval-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let plain = dir.join("a.html");
        std::fs::write(&plain, b"<p>hi</p>").expect("write");
        let gz = dir.join("b.html.gz");
        let mut enc = GzEncoder::new(Vec::new(), Compression::default());
        enc.write_all(b"<p>gz</p>").expect("gzip");
        std::fs::write(&gz, enc.finish().expect("gzip")).expect("write");
        assert_eq!(read_page(&plain).expect("plain"), b"<p>hi</p>");
        assert_eq!(read_page(&gz).expect("gz"), b"<p>gz</p>");
        assert!(read_page(&dir.join("missing.html")).is_err());
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }
}
