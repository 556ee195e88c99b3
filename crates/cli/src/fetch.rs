//! Fetching pages over HTTP(S) with ureq: redirects, timeouts, a size cap, and the facts the
//! extractor wants from the response (final URL, charset, date).

use std::time::Duration;

use anyhow::{Context, Result, bail};
use ureq::{Agent, ResponseExt};

use crate::read::MAX_PAGE_BYTES;
use crate::timestamp::http_date_to_rfc3339;

/// How many redirects a fetch follows.
const MAX_REDIRECTS: u32 = 10;
/// The longest wait for a connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A whole fetch may take this many times the per-read timeout.
const WHOLE_FETCH_FACTOR: u32 = 4;

/// A page as the server sent it.
#[derive(Debug)]
pub struct Fetched {
    /// The body, with any `Content-Encoding` already undone.
    pub body: Vec<u8>,
    /// The URL after redirects.
    pub final_url: String,
    /// The `charset` parameter of `Content-Type`.
    pub charset: Option<String>,
    /// The `Date` header as RFC 3339.
    pub date: Option<String>,
    /// Non-fatal oddities of the response.
    pub warnings: Vec<String>,
}

/// A shared HTTP client; cheap to use from many threads.
#[derive(Debug, Clone)]
pub struct Fetcher {
    agent: Agent,
}

impl Fetcher {
    /// A client that waits at most `timeout` for a response and for each body read, and
    /// [`WHOLE_FETCH_FACTOR`] times that for the whole fetch.
    pub fn new(timeout: Duration) -> Fetcher {
        let agent = Agent::config_builder()
            .user_agent(format!(
                "copydesk/{} (article extractor)",
                env!("CARGO_PKG_VERSION")
            ))
            .max_redirects(MAX_REDIRECTS)
            .http_status_as_error(false)
            .timeout_connect(Some(CONNECT_TIMEOUT.min(timeout)))
            .timeout_recv_response(Some(timeout))
            .timeout_per_read(Some(timeout))
            .timeout_global(Some(timeout.saturating_mul(WHOLE_FETCH_FACTOR)))
            .build()
            .into();
        Fetcher { agent }
    }

    /// GETs `url`, following redirects. Non-2xx statuses and oversized bodies are errors.
    pub fn fetch(&self, url: &str) -> Result<Fetched> {
        let mut response = self
            .agent
            .get(url)
            .call()
            .with_context(|| format!("cannot fetch {url}"))?;
        let status = response.status();
        let final_url = response.get_uri().to_string();
        if !status.is_success() {
            bail!(
                "cannot fetch {url}: HTTP {} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("")
            );
        }
        let mut warnings = Vec::new();
        let date = match response.headers().get("date") {
            Some(value) => {
                let parsed = value.to_str().ok().and_then(http_date_to_rfc3339);
                if parsed.is_none() {
                    warnings.push("unreadable HTTP Date header".to_string());
                }
                parsed
            }
            None => None,
        };
        let body = response.body_mut();
        let charset = body.charset().map(str::to_string);
        if let Some(mime) = body.mime_type().filter(|m| !is_page_type(m)) {
            warnings.push(format!("content type {mime} is not HTML"));
        }
        let bytes = body
            .with_config()
            .limit(MAX_PAGE_BYTES)
            .read_to_vec()
            .map_err(|err| match err {
                ureq::Error::BodyExceedsLimit(_) => {
                    anyhow::anyhow!("page is larger than {} MiB", MAX_PAGE_BYTES >> 20)
                }
                other => anyhow::Error::new(other),
            })
            .with_context(|| format!("cannot read the body of {final_url}"))?;
        Ok(Fetched {
            body: bytes,
            final_url,
            charset,
            date,
            warnings,
        })
    }
}

/// Media types that can carry a web page (gzip files are unpacked afterwards).
fn is_page_type(mime: &str) -> bool {
    let mime = mime.to_ascii_lowercase();
    mime.starts_with("text/")
        || mime.contains("html")
        || mime.contains("xml")
        || matches!(
            mime.as_str(),
            "application/octet-stream" | "application/gzip" | "application/x-gzip"
        )
}
