//! End-to-end tests of the `copydesk` binary on small fixture pages.

mod support;

use serde_json::Value;
use support::{
    Reply, Server, code, fixture, fixtures, gzip, json_lines, run, run_with_stdin, scratch, stderr,
    stdout,
};

const SCHEMA: &str = "copydesk/article@1";

fn error_of(record: &Value) -> Option<&str> {
    record.get("error").and_then(Value::as_str)
}

#[test]
fn single_file_gives_one_record() {
    let out = run(&[
        "extract",
        &fixture("tide-report.html"),
        "--url",
        "https://saltmarsh.example/news/king-tides-esplanade",
        "--fetched-at",
        "2025-02-08T09:00:00Z",
    ]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let records = json_lines(&out);
    assert_eq!(records.len(), 1);
    let r = &records[0];
    assert_eq!(r["schema"], SCHEMA);
    assert_eq!(r["source"]["kind"], "html");
    assert_eq!(
        r["source"]["url"],
        "https://saltmarsh.example/news/king-tides-esplanade"
    );
    assert_eq!(r["source"]["fetched_at"], "2025-02-08T09:00:00Z");
    assert!(error_of(r).is_none());
}

#[test]
fn pretty_prints_a_single_record() {
    let out = run(&["extract", "--pretty", &fixture("council-vote.html")]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(text.starts_with("{\n  \"schema\": \"copydesk/article@1\""));
    let value: Value = serde_json::from_str(&text).expect("one JSON document");
    assert_eq!(value["schema"], SCHEMA);
}

#[test]
fn files_directories_and_globs_keep_input_order() {
    let archive = fixtures().join("archive").display().to_string();
    let glob = fixtures().join("*-*.html").display().to_string();
    let args = [
        "extract",
        "--format",
        "text",
        &fixture("tide-report.html"),
        &archive,
        &glob,
        &fixture("archive/b-ferry.html"),
    ];
    let out = run(&args);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let headers: Vec<String> = stdout(&out)
        .lines()
        .filter_map(|l| l.strip_prefix("==> ")?.strip_suffix(" <=="))
        .map(|p| {
            p.strip_prefix(&format!("{}/", fixtures().display()))
                .unwrap_or(p)
                .to_string()
        })
        .collect();
    assert_eq!(
        headers,
        [
            "tide-report.html",
            "archive/a-market.htm",
            "archive/b-ferry.html",
            "archive/sub/c-library.html",
            "council-vote.html",
            "tide-report.html",
            "archive/b-ferry.html",
        ]
    );

    let mut json_args = args.to_vec();
    json_args.drain(1..3);
    let out = run(&json_args);
    assert_eq!(code(&out), 0);
    let records = json_lines(&out);
    assert_eq!(records.len(), 7);
    assert!(records.iter().all(|r| r["schema"] == SCHEMA));
    assert!(records.iter().all(|r| error_of(r).is_none()));
    // Every fixture declares its canonical URL, which names the page in the record.
    let canonical: Vec<&str> = records
        .iter()
        .map(|r| r["canonical_url"].as_str().unwrap_or("(none)"))
        .collect();
    assert_eq!(
        canonical,
        [
            "https://saltmarsh.example/news/king-tides-esplanade",
            "https://estuary.example/market-moves",
            "https://estuary.example/ferry-returns",
            "https://estuary.example/library-hours",
            "https://herald.example/2025/01/library-hub-vote",
            "https://saltmarsh.example/news/king-tides-esplanade",
            "https://estuary.example/ferry-returns",
        ]
    );
}

#[test]
fn a_missing_file_fails_alone() {
    let missing = fixtures().join("no-such-page.html").display().to_string();
    let out = run(&[
        "extract",
        &fixture("tide-report.html"),
        &missing,
        &fixture("council-vote.html"),
    ]);
    assert_eq!(code(&out), 1);
    let records = json_lines(&out);
    assert_eq!(records.len(), 3);
    assert!(error_of(&records[0]).is_none());
    let reason = error_of(&records[1]).expect("the missing file's record has an error");
    assert!(reason.contains("no-such-page.html"), "{reason}");
    assert_eq!(records[1]["schema"], SCHEMA);
    assert_eq!(records[1]["blocks"], Value::Array(vec![]));
    assert!(error_of(&records[2]).is_none());
    assert!(stderr(&out).contains("1 of 3 inputs failed"));
}

#[test]
fn order_is_kept_on_many_threads() {
    let dir = scratch("order");
    let page = std::fs::read(fixtures().join("archive/b-ferry.html")).expect("fixture");
    let mut args = vec!["extract".to_string(), "--jobs".to_string(), "2".to_string()];
    for i in 0..60 {
        let path = dir.join(format!("page-{i:02}.html"));
        if i % 3 != 1 {
            std::fs::write(&path, &page).expect("write page");
        }
        args.push(path.display().to_string());
    }
    let arg_refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = run(&arg_refs);
    assert_eq!(code(&out), 1);
    let records = json_lines(&out);
    assert_eq!(records.len(), 60);
    for (i, r) in records.iter().enumerate() {
        match error_of(r) {
            Some(reason) => {
                assert_eq!(i % 3, 1, "record {i} failed: {reason}");
                assert!(reason.contains(&format!("page-{i:02}.html")), "{reason}");
            }
            None => assert_ne!(i % 3, 1, "record {i} should have failed"),
        }
    }
}

#[test]
fn reads_stdin() {
    let page = std::fs::read(fixtures().join("council-vote.html")).expect("fixture");
    let from_file = run(&["extract", &fixture("council-vote.html")]);
    for args in [&["extract", "-"][..], &["extract"][..]] {
        let out = run_with_stdin(args, Some(&page));
        assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
        assert_eq!(stdout(&out), stdout(&from_file));
    }
}

#[test]
fn gzip_is_read_by_magic_bytes() {
    let dir = scratch("gzip");
    let page = std::fs::read(fixtures().join("tide-report.html")).expect("fixture");
    let gz = dir.join("tide-report.html.gz");
    let disguised = dir.join("tide-report.html");
    std::fs::write(&gz, gzip(&page)).expect("write");
    std::fs::write(&disguised, gzip(&page)).expect("write");
    let plain = stdout(&run(&["extract", &fixture("tide-report.html")]));
    for path in [&gz, &disguised] {
        let out = run(&["extract", &path.display().to_string()]);
        assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
        assert_eq!(stdout(&out), plain);
    }
    let dir_out = run(&["extract", &dir.display().to_string()]);
    assert_eq!(json_lines(&dir_out).len(), 2);

    let broken = dir.join("broken.html.gz");
    let mut bytes = gzip(&page);
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&broken, bytes).expect("write");
    let out = run(&["extract", &broken.display().to_string()]);
    assert_eq!(code(&out), 1);
    let reason = error_of(&json_lines(&out)[0]).expect("error").to_string();
    assert!(reason.contains("gzip"), "{reason}");
    assert!(stderr(&out).contains("gzip"));
}

#[test]
fn formats_have_their_shapes() {
    let page = fixture("tide-report.html");
    let record = &json_lines(&run(&["extract", &page]))[0];

    let text = run(&["extract", "--format", "text", &page]);
    assert_eq!(code(&text), 0);
    let body = record["text"].as_str().expect("text field");
    assert_eq!(stdout(&text), format!("{body}\n"));

    let md = stdout(&run(&["extract", "-f", "markdown", &page]));
    assert!(!md.trim_start().starts_with('{'));
    if let Some(headline) = record["headline"].as_str() {
        assert!(md.starts_with(&format!("# {headline}\n")), "{md}");
    }

    let html = stdout(&run(&["extract", "--format", "html", &page]));
    assert!(html.starts_with("<!DOCTYPE html>\n<html"), "{html}");
    assert!(html.contains("<article>") && html.contains("</article>"));
    assert!(html.contains("<style>"));
    assert!(html.ends_with("</html>\n"));
    assert_eq!(html.matches("<!DOCTYPE html>").count(), 1);
}

#[test]
fn several_pages_in_html_get_headers() {
    let out = run(&[
        "extract",
        "--format",
        "html",
        &fixture("tide-report.html"),
        &fixture("council-vote.html"),
    ]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert_eq!(text.matches("<!DOCTYPE html>").count(), 2);
    let first = text.find("tide-report.html <==\n<!DOCTYPE html>");
    let second = text.find("council-vote.html <==\n<!DOCTYPE html>");
    assert!(
        first.is_some() && second.is_some() && first < second,
        "{text}"
    );
    assert!(text.contains("</html>\n\n==> "));
}

/// A page in windows-1252 whose `<meta>` wrongly claims UTF-8: only the HTTP charset
/// decodes it right.
fn windows_1252_page() -> Vec<u8> {
    let mut page = Vec::new();
    page.extend_from_slice(
        b"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">\
<title>Caf\xe9 na\xefve wins the \x93best terrace\x94 prize</title></head><body>\
<nav><a href=\"/\">Accueil</a></nav><article><h1>Caf\xe9 na\xefve wins the \x93best terrace\x94 prize</h1>\
<p>The Caf\xe9 na\xefve on the quay was named best terrace of the year on Friday, \
its owners said, and coffee will cost \x80 1.50 all weekend to celebrate the \x93best terrace\x94 prize.</p>\
<p>The jury praised its view of the harbour and the \x93generous\x94 shade of its plane trees, \
which the owners planted themselves in 1998 when they opened.</p></article></body></html>",
    );
    page
}

#[test]
fn fetches_urls_with_redirect_gzip_and_charset() {
    let server = Server::start(vec![
        (
            "/story",
            Reply {
                status: "301 Moved Permanently",
                headers: vec!["Location: /final/story".to_string()],
                body: Vec::new(),
            },
        ),
        (
            "/final/story",
            Reply {
                status: "200 OK",
                headers: vec![
                    "Content-Type: text/html; charset=windows-1252".to_string(),
                    "Content-Encoding: gzip".to_string(),
                    "Date: Fri, 14 Mar 2025 08:30:00 GMT".to_string(),
                ],
                body: gzip(&windows_1252_page()),
            },
        ),
    ]);
    let url = format!("{}/story", server.base);
    let out = run(&["extract", &url]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let records = json_lines(&out);
    assert_eq!(records.len(), 1);
    let r = &records[0];
    assert!(error_of(r).is_none());
    assert_eq!(r["source"]["url"], format!("{}/final/story", server.base));
    assert_eq!(r["source"]["fetched_at"], "2025-03-14T08:30:00Z");
    let json = r.to_string();
    assert!(json.contains("Café naïve"), "{json}");
    assert!(json.contains("“best terrace”"), "{json}");
    assert!(!json.contains('\u{fffd}'), "{json}");

    let html = stdout(&run(&["extract", "--format", "html", &url]));
    assert!(html.contains("Café naïve"), "{html}");

    let requests = server.requests.lock().expect("log").clone();
    let first = requests.first().expect("a request");
    assert!(first.starts_with("GET /story HTTP/1.1"));
    let lower = first.to_ascii_lowercase();
    assert!(lower.contains(&format!(
        "user-agent: copydesk/{}",
        env!("CARGO_PKG_VERSION")
    )));
    assert!(lower.contains("accept-encoding:") && lower.contains("gzip"));
    assert!(requests.iter().any(|r| r.starts_with("GET /final/story ")));
}

#[test]
fn http_errors_fail_the_input() {
    let server = Server::start(Vec::new());
    let url = format!("{}/gone", server.base);
    let out = run(&["extract", &url, &fixture("council-vote.html")]);
    assert_eq!(code(&out), 1);
    let records = json_lines(&out);
    assert_eq!(records.len(), 2);
    let reason = error_of(&records[0]).expect("error");
    assert!(reason.contains("404"), "{reason}");
    assert_eq!(records[0]["source"]["url"], url);
    assert!(error_of(&records[1]).is_none());

    let single = run(&["extract", &url]);
    assert_eq!(code(&single), 1);
    let err = stderr(&single);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("HTTP 404"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    let two = run(&[
        "extract",
        "--url",
        "https://a.example/",
        &fixture("tide-report.html"),
        &fixture("council-vote.html"),
    ]);
    assert_eq!(code(&two), 2);
    assert!(stderr(&two).contains("--url"));
    let bad_time = run(&[
        "extract",
        "--fetched-at",
        "yesterday",
        &fixture("tide-report.html"),
    ]);
    assert_eq!(code(&bad_time), 2);
    let bad_format = run(&["extract", "--format", "yaml", &fixture("tide-report.html")]);
    assert_eq!(code(&bad_format), 2);
    assert!(stdout(&bad_format).is_empty());
}

#[test]
fn unmatched_glob_is_a_failed_record() {
    let pattern = fixtures().join("*.nothing").display().to_string();
    let out = run(&["extract", &pattern]);
    assert_eq!(code(&out), 1);
    let reason = error_of(&json_lines(&out)[0]).expect("error").to_string();
    assert!(reason.contains("no file matches"), "{reason}");
}

/// One WET record as Common Crawl writes them.
fn wet_record(uri: &str, body: &str) -> String {
    format!(
        "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2024-10-25T08:00:00Z\r\n\
         WARC-Record-ID: <urn:uuid:3b1d0a5e-0000-4000-8000-{:012}>\r\n\
         Content-Type: text/plain\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n",
        body.len(),
        body.len()
    )
}

#[test]
fn wet_files_give_one_record_per_page() {
    let dir = scratch("wet");
    let story = "Harbour ferry returns after winter repairs | The Harbour Times\nHome\nNews\n\
        Harbour ferry returns after winter repairs\n\
        The harbour ferry between the old town and the island returned to service on Monday after four months of repairs to its hull and engines, the port authority said.\n\
        Commuters queued from before seven in the morning, and the first crossing left on time with more than two hundred passengers on board.";
    let wet = [
        wet_record("https://harbourtimes.example/ferry", story),
        wet_record("https://harbourtimes.example/menu", "Home\nNews\nContact"),
    ]
    .concat();
    let path = dir.join("CC-MAIN-test.warc.wet.gz");
    std::fs::write(&path, gzip(wet.as_bytes())).expect("write");
    let out = run(&["extract", &path.display().to_string()]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let records = json_lines(&out);
    assert_eq!(records.len(), 2);
    let first = &records[0];
    assert_eq!(first["source"]["kind"], "wet");
    assert_eq!(first["source"]["url"], "https://harbourtimes.example/ferry");
    assert!(
        first["source"]["record_id"]
            .as_str()
            .is_some_and(|id| id.starts_with("<urn:uuid:"))
    );
    assert_eq!(
        first["headline"],
        "Harbour ferry returns after winter repairs"
    );
    assert!(
        first["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("The harbour ferry") && !t.contains("Home"))
    );
    // The second page has no story: it says so instead of coming out silently empty.
    let warnings = records[1]["warnings"].to_string();
    assert!(warnings.contains("no main content found"), "{warnings}");
}

#[test]
fn text_input_is_detected_or_forced() {
    let dir = scratch("text-input");
    let text = "Tide tables change for the winter\nHome\n\
        The harbour office published new tide tables on Friday, moving the evening high water later by about forty minutes for the winter months.\n\
        Boat owners were asked to check their moorings before the first autumn storm, which forecasters expect early next week.";
    let path = dir.join("dump.txt");
    std::fs::write(&path, text).expect("write");
    for args in [
        vec!["extract", path.to_str().expect("utf-8 path")],
        vec![
            "extract",
            "--input",
            "text",
            path.to_str().expect("utf-8 path"),
        ],
    ] {
        let out = run(&args);
        assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
        let record: Value = serde_json::from_str(&stdout(&out)).expect("one record");
        assert_eq!(record["source"]["kind"], "text");
        assert_eq!(record["headline"], "Tide tables change for the winter");
    }
    // A directory gives its text files only when text is asked for.
    let html_only = run(&["extract", dir.to_str().expect("utf-8 path")]);
    assert_eq!(code(&html_only), 2, "stderr: {}", stderr(&html_only));
    let texts = run(&[
        "extract",
        "--input",
        "text",
        dir.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(json_lines(&texts).len(), 1);
}

#[test]
fn render_text_prints_the_scrapers_view() {
    let out = run(&["render-text", &fixture("council-vote.html")]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(text.lines().count() > 3, "{text}");
    assert!(!text.contains('<'), "{text}");
}

/// The characters `[start, end)` of `text`, asserting the span lies inside it.
fn span_text(text: &str, span: &Value) -> String {
    let at = |i: usize| {
        let n = span[i].as_u64().expect("span bounds are numbers");
        usize::try_from(n).expect("span bound fits usize")
    };
    let (start, end) = (at(0), at(1));
    assert!(
        start <= end && end <= text.chars().count(),
        "span {span} outside the text"
    );
    text.chars().skip(start).take(end - start).collect()
}

/// Checks the facts object's shape, and that every span gives back its words from `text`.
fn assert_facts_index(text: &str, facts: &Value) {
    let list = |key: &str| {
        facts[key]
            .as_array()
            .unwrap_or_else(|| panic!("facts.{key} is a list: {facts}"))
            .clone()
    };
    let keys = [
        "quotes",
        "attributions",
        "entities",
        "amounts",
        "dates",
        "contacts",
    ];
    assert_eq!(
        facts.as_object().map(|o| o.len()),
        Some(keys.len()),
        "{facts}"
    );
    for key in keys {
        list(key);
    }
    for q in list("quotes") {
        assert_eq!(span_text(text, &q["span"]), q["text"], "{q}");
        if !q["speaker"].is_null() {
            let s = &q["speaker"];
            assert_eq!(span_text(text, &s["span"]), s["mention"], "{q}");
        }
    }
    for a in list("attributions") {
        assert_eq!(span_text(text, &a["span"]), a["content"], "{a}");
        let s = &a["source"];
        assert_eq!(span_text(text, &s["span"]), s["mention"], "{a}");
    }
    for e in list("entities") {
        for m in e["mentions"].as_array().expect("mentions") {
            assert!(!span_text(text, m).is_empty(), "{e}");
        }
    }
    for (key, words) in [
        ("amounts", "text"),
        ("dates", "text"),
        ("contacts", "value"),
    ] {
        for x in list(key) {
            assert_eq!(span_text(text, &x["span"]), x[words], "{key}: {x}");
        }
    }
}

#[test]
fn facts_spans_index_the_text_as_given() {
    let path = fixture("facts/harbour-levy.txt");
    let text = std::fs::read_to_string(&path).expect("fixture");
    let out = run(&["facts", &path, "--published", "2025-02-08"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let printed = stdout(&out);
    assert_eq!(printed.lines().count(), 1, "one JSON object: {printed}");
    let facts: Value = serde_json::from_str(&printed).expect("facts JSON");
    assert_facts_index(&text, &facts);
    // Stdin gives the same facts; --pretty only changes the layout.
    let piped = run_with_stdin(
        &[
            "facts",
            "-",
            "--published",
            "2025-02-08T09:00:00Z",
            "--pretty",
        ],
        Some(text.as_bytes()),
    );
    assert_eq!(code(&piped), 0, "stderr: {}", stderr(&piped));
    assert!(stdout(&piped).lines().count() > 1);
    let again: Value = serde_json::from_str(&stdout(&piped)).expect("facts JSON");
    assert_eq!(again, facts);
}

#[test]
fn facts_refuse_text_that_is_not_utf8() {
    let dir = scratch("facts-latin1");
    let path = dir.join("latin1.txt");
    std::fs::write(&path, b"Le maire a dit : \xabNous sommes pr\xeats.\xbb\n").expect("write");
    let out = run(&["facts", path.to_str().expect("utf-8 path")]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("not valid UTF-8 (byte 17)"), "{err}");
    let piped = run_with_stdin(&["facts"], Some(b"caf\xe9"));
    assert_eq!(code(&piped), 1);
    assert!(stderr(&piped).contains("-: not valid UTF-8"));
    let bad_date = run(&[
        "facts",
        "--published",
        "Thursday",
        &fixture("facts/harbour-levy.txt"),
    ]);
    assert_eq!(code(&bad_date), 2);
    assert!(stderr(&bad_date).contains("2016-09-15"));
}

#[test]
fn extract_adds_facts_only_when_asked() {
    let page = fixture("tide-report.html");
    let plain = json_lines(&run(&["extract", &page]));
    assert!(plain[0].get("facts").is_none(), "{}", plain[0]);
    let out = run(&["extract", "--facts", &page]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let record = &json_lines(&out)[0];
    let text = record["text"].as_str().expect("text");
    assert!(!text.is_empty());
    assert!(record["facts"].is_object(), "{record}");
    assert_facts_index(text, &record["facts"]);
    // The text path and several inputs carry facts too.
    let both = run(&[
        "extract",
        "--facts",
        "--input",
        "text",
        &fixture("facts/harbour-levy.txt"),
        &page,
    ]);
    let records = json_lines(&both);
    assert_eq!(records.len(), 2);
    for r in &records {
        assert_facts_index(r["text"].as_str().expect("text"), &r["facts"]);
    }
}
