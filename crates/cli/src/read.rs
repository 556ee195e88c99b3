//! Reading a page's bytes from a file or stdin, and gunzipping any input by its magic bytes.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use anyhow::{Context, Result, bail};
use flate2::read::MultiGzDecoder;

/// The largest page copydesk reads, after decompression.
pub const MAX_PAGE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a whole file (at most [`MAX_PAGE_BYTES`]).
pub fn file(path: &Path) -> Result<Vec<u8>> {
    let f = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    capped(f).with_context(|| format!("cannot read {}", path.display()))
}

/// Reads all of stdin (at most [`MAX_PAGE_BYTES`]).
pub fn stdin() -> Result<Vec<u8>> {
    capped(io::stdin().lock()).context("cannot read stdin")
}

/// Decompresses `bytes` when they start with the gzip magic number; returns them as they
/// are otherwise.
pub fn gunzip_if_gzip(bytes: Vec<u8>) -> Result<Vec<u8>> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(bytes);
    }
    capped(MultiGzDecoder::new(bytes.as_slice())).context("bad gzip data")
}

fn capped(reader: impl Read) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    reader.take(MAX_PAGE_BYTES + 1).read_to_end(&mut out)?;
    if out.len() as u64 > MAX_PAGE_BYTES {
        bail!("page is larger than {} MiB", MAX_PAGE_BYTES >> 20);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use flate2::Compression;
    use flate2::write::GzEncoder;

    use super::*;

    #[test]
    fn plain_bytes_pass_through() {
        let page = b"<p>caf\xe9</p>".to_vec();
        assert_eq!(gunzip_if_gzip(page.clone()).ok(), Some(page));
    }

    #[test]
    fn gzip_is_detected_by_magic() {
        let mut enc = GzEncoder::new(Vec::new(), Compression::default());
        enc.write_all(b"<p>hello</p>").expect("write");
        let gz = enc.finish().expect("finish");
        assert_eq!(
            gunzip_if_gzip(gz).ok().as_deref(),
            Some(&b"<p>hello</p>"[..])
        );
    }

    #[test]
    fn truncated_gzip_is_an_error() {
        let mut enc = GzEncoder::new(Vec::new(), Compression::default());
        enc.write_all(&[b'x'; 4096]).expect("write");
        let mut gz = enc.finish().expect("finish");
        gz.truncate(gz.len() / 2);
        let err = gunzip_if_gzip(gz).expect_err("must fail");
        assert!(format!("{err:#}").contains("bad gzip data"));
    }
}
