//! Web archives, one record at a time: the page-text (`conversion`) records of Common
//! Crawl's WET files, from plain or gzip files (every gzip member in turn). Memory is
//! bounded by the largest record, not by the file.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use flate2::read::MultiGzDecoder;
use warc::{RecordType, WarcHeader, WarcReader};

/// What can go wrong reading an archive.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    /// The file could not be opened or read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// A record is malformed; reading stops there (what came before it stands).
    #[error("malformed WARC record after {records} good record(s): {message}")]
    Malformed {
        /// Records read before the bad one.
        records: usize,
        /// The parser's message.
        message: String,
    },
}

/// One page's text from a WET file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextRecord {
    /// `WARC-Target-URI`: the page the text came from.
    pub url: Option<String>,
    /// `WARC-Date`, RFC 3339: when the page was fetched.
    pub date: String,
    /// `WARC-Record-ID`.
    pub record_id: String,
    /// The page text (UTF-8; invalid bytes replaced).
    pub text: String,
}

/// True for names WET files go by: `.wet`, `.wet.gz`, `.warc.wet.gz`.
pub fn is_wet_name(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    name.ends_with(".wet") || name.ends_with(".wet.gz")
}

/// The conversion records of a WET file, in file order.
pub struct WetRecords {
    records: warc::RecordIter<Box<dyn BufRead + Send>>,
    read: usize,
    failed: bool,
}

impl WetRecords {
    /// Opens `path`, gunzipping it when its name ends in `.gz`.
    pub fn open(path: &Path) -> Result<WetRecords, ArchiveError> {
        let file = File::open(path).map_err(|source| ArchiveError::Io {
            path: path.display().to_string(),
            source,
        })?;
        let gzip = path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("gz"));
        let reader: Box<dyn Read + Send> = if gzip {
            Box::new(MultiGzDecoder::new(file))
        } else {
            Box::new(file)
        };
        Ok(WetRecords::new(Box::new(BufReader::new(reader))))
    }

    /// Reads records from `reader` (already decompressed).
    pub fn new(reader: Box<dyn BufRead + Send>) -> WetRecords {
        WetRecords {
            records: WarcReader::new(reader).iter_records(),
            read: 0,
            failed: false,
        }
    }
}

impl Iterator for WetRecords {
    type Item = Result<TextRecord, ArchiveError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        loop {
            let record = match self.records.next()? {
                Ok(r) => r,
                Err(e) => {
                    self.failed = true;
                    return Some(Err(ArchiveError::Malformed {
                        records: self.read,
                        message: e.to_string(),
                    }));
                }
            };
            self.read += 1;
            if *record.warc_type() != RecordType::Conversion {
                continue;
            }
            return Some(Ok(TextRecord {
                url: record.header(WarcHeader::TargetURI).map(|u| u.into_owned()),
                date: record.date().to_rfc3339(),
                record_id: record.warc_id().to_string(),
                text: String::from_utf8_lossy(record.body()).into_owned(),
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, body: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
             WARC-Date: 2024-10-25T08:00:00Z\r\n\
             WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{n}>\r\n\
             Content-Type: text/plain\r\nContent-Length: {len}\r\n\r\n{body}\r\n\r\n",
            n = body.len() % 10,
            len = body.len()
        )
    }

    #[test]
    fn reads_conversion_records_only() {
        let wet = [
            record("warcinfo", "", "software: test"),
            record(
                "conversion",
                "https://example.com/a",
                "Headline\nFirst paragraph.",
            ),
            record("conversion", "https://example.com/b", "Second page"),
        ]
        .concat();
        let got: Vec<TextRecord> =
            WetRecords::new(Box::new(std::io::Cursor::new(wet.into_bytes())))
                .collect::<Result<_, _>>()
                .expect("well-formed records");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].url.as_deref(), Some("https://example.com/a"));
        assert_eq!(got[0].text, "Headline\nFirst paragraph.");
        assert!(got[0].date.starts_with("2024-10-25T08:00:00"));
        assert!(got[1].record_id.starts_with("<urn:uuid:"));
    }

    #[test]
    fn a_malformed_record_ends_the_stream_with_an_error() {
        let wet = [
            record("conversion", "https://example.com/a", "Text"),
            "NOT A WARC HEADER\r\nWARC-Type: conversion\r\n\r\ntext\r\n\r\n".to_string(),
        ]
        .concat();
        let got: Vec<_> =
            WetRecords::new(Box::new(std::io::Cursor::new(wet.into_bytes()))).collect();
        assert!(got[0].is_ok());
        assert!(
            matches!(
                got.last(),
                Some(Err(ArchiveError::Malformed { records: 1, .. }))
            ),
            "{got:?}"
        );
    }

    #[test]
    fn wet_names() {
        assert!(is_wet_name(Path::new("CC-MAIN-2024.warc.wet.gz")));
        assert!(is_wet_name(Path::new("dump.wet")));
        assert!(!is_wet_name(Path::new("page.html.gz")));
    }
}
