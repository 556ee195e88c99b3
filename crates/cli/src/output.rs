//! Turning records into output text, and writing it in order.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};
use copydesk::{Article, Format, render};

/// How records are laid out.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// The rendering.
    pub format: Format,
    /// Pretty-printed JSON (honoured for a single record only).
    pub pretty: bool,
    /// Whether the run has more than one input.
    pub several: bool,
}

impl Style {
    /// The complete output for one record, ending with a newline.
    ///
    /// With several inputs, JSON stays one line per record (JSON Lines) and the other
    /// formats get a `==> INPUT <==` header line.
    pub fn chunk(&self, label: &str, article: &Article) -> String {
        let body = if self.format == Format::Json && self.pretty && !self.several {
            serde_json::to_string_pretty(article).unwrap_or_default()
        } else {
            render(article, self.format)
        };
        let mut out = String::with_capacity(body.len() + label.len() + 12);
        if self.several && self.format != Format::Json {
            out.push_str("==> ");
            out.push_str(label);
            out.push_str(" <==\n");
        }
        out.push_str(&body);
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out
    }
}

/// Where the chunks go: stdout or a file, buffered.
pub struct Sink {
    out: BufWriter<Box<dyn Write>>,
    /// A blank line goes between records (formats other than JSON with several inputs).
    blank_between: bool,
    written: usize,
}

impl Sink {
    /// Opens stdout, or `path` when given.
    pub fn open(path: Option<&Path>, style: Style) -> Result<Sink> {
        let out: Box<dyn Write> = match path {
            Some(path) => Box::new(
                File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
            ),
            None => Box::new(io::stdout().lock()),
        };
        Ok(Sink {
            out: BufWriter::new(out),
            blank_between: style.several && style.format != Format::Json,
            written: 0,
        })
    }

    /// Writes one record's chunk.
    pub fn write(&mut self, chunk: &str) -> io::Result<()> {
        if self.blank_between && self.written > 0 {
            self.out.write_all(b"\n")?;
        }
        self.out.write_all(chunk.as_bytes())?;
        self.written += 1;
        Ok(())
    }

    /// Pushes what was written so far to its destination.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
