//! Turning the command line's INPUT arguments into the ordered list of inputs.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

/// One document to extract.
#[derive(Debug, Clone)]
pub enum Input {
    /// Standard input.
    Stdin,
    /// A file on disk.
    File(PathBuf),
    /// An http(s) URL to fetch.
    Url(String),
    /// An argument that named nothing readable; it yields a failed record.
    Invalid {
        /// The argument as given.
        arg: String,
        /// Why it gave no document.
        reason: String,
    },
}

impl fmt::Display for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Input::Stdin => f.write_str("<stdin>"),
            Input::File(path) => write!(f, "{}", path.display()),
            Input::Url(url) => f.write_str(url),
            Input::Invalid { arg, .. } => f.write_str(arg),
        }
    }
}

/// Expands the arguments in order: directories into the HTML files under them (sorted),
/// glob patterns into their matches (sorted). Notes about arguments that yield nothing go
/// to `notes`. Fails only on a usage error (stdin named twice).
pub fn gather(args: &[String], text_files: bool, notes: &mut Vec<String>) -> Result<Vec<Input>> {
    let mut inputs = Vec::new();
    let mut stdin_seen = false;
    for arg in args {
        if arg == "-" {
            if stdin_seen {
                bail!("stdin (-) can be read only once");
            }
            stdin_seen = true;
            inputs.push(Input::Stdin);
        } else if is_url(arg) {
            inputs.push(Input::Url(arg.clone()));
        } else {
            let path = Path::new(arg);
            if path.exists() || !has_glob_syntax(arg) {
                add_path(path, arg, text_files, &mut inputs, notes);
            } else {
                expand_glob(arg, text_files, &mut inputs, notes);
            }
        }
    }
    Ok(inputs)
}

/// Whether `arg` is an http(s) URL.
pub fn is_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

fn has_glob_syntax(arg: &str) -> bool {
    arg.contains(['*', '?', '['])
}

/// A file is taken as given; a directory is searched; anything else fails when read.
fn add_path(
    path: &Path,
    arg: &str,
    text_files: bool,
    inputs: &mut Vec<Input>,
    notes: &mut Vec<String>,
) {
    if path.is_dir() {
        let before = inputs.len();
        let mut found = Vec::new();
        walk(path, text_files, &mut found, inputs);
        found.sort();
        inputs.extend(found.into_iter().map(Input::File));
        if inputs.len() == before {
            notes.push(format!("{arg}: no HTML files in this directory"));
        }
    } else {
        inputs.push(Input::File(path.to_path_buf()));
    }
}

fn expand_glob(pattern: &str, text_files: bool, inputs: &mut Vec<Input>, notes: &mut Vec<String>) {
    let options = glob::MatchOptions {
        case_sensitive: true,
        require_literal_separator: true,
        require_literal_leading_dot: true,
    };
    let paths = match glob::glob_with(pattern, options) {
        Ok(paths) => paths,
        Err(err) => {
            inputs.push(Input::Invalid {
                arg: pattern.to_string(),
                reason: format!("bad glob pattern: {err}"),
            });
            return;
        }
    };
    let before = inputs.len();
    for entry in paths {
        match entry {
            Ok(path) => {
                let arg = path.display().to_string();
                add_path(&path, &arg, text_files, inputs, notes);
            }
            Err(err) => inputs.push(Input::Invalid {
                arg: err.path().display().to_string(),
                reason: format!("cannot read: {}", err.error()),
            }),
        }
    }
    if inputs.len() == before {
        inputs.push(Input::Invalid {
            arg: pattern.to_string(),
            reason: "no file matches this pattern".to_string(),
        });
    }
}

/// Collects the HTML files under `dir` into `found`, skipping hidden entries and not
/// following symbolic links to directories. Unreadable directories become failed inputs.
fn walk(dir: &Path, text_files: bool, found: &mut Vec<PathBuf>, inputs: &mut Vec<Input>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            inputs.push(Input::Invalid {
                arg: dir.display().to_string(),
                reason: format!("cannot read directory: {err}"),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, text_files, found, inputs);
        } else if is_page_name(&path, text_files) && (kind.is_file() || path.is_file()) {
            found.push(path);
        }
    }
}

/// `.html`, `.htm`, `.xhtml` (and, with `text_files`, `.txt` and `.wet`), each optionally
/// followed by `.gz` (any case).
fn is_page_name(path: &Path, text_files: bool) -> bool {
    let Some(name) = path.file_name() else {
        return false;
    };
    let name = name.to_string_lossy().to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let text = [".txt", ".wet"];
    [".html", ".htm", ".xhtml"]
        .iter()
        .chain(if text_files { &text[..] } else { &[] })
        .any(|ext| name.ends_with(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert!(is_url("https://news.example/a"));
        assert!(is_url("HTTP://news.example/a"));
        assert!(!is_url("ftp://news.example/a"));
        assert!(!is_url("http"));
        assert!(!is_url("pages/https.html"));
    }

    #[test]
    fn html_names() {
        assert!(is_page_name(Path::new("a/b.html"), false));
        assert!(is_page_name(Path::new("a/B.HTM"), false));
        assert!(is_page_name(Path::new("a/b.html.gz"), false));
        assert!(is_page_name(Path::new("b.xhtml"), false));
        assert!(!is_page_name(Path::new("b.gz"), false));
        assert!(is_page_name(Path::new("b.txt"), true));
        assert!(!is_page_name(Path::new("b.txt"), false));
        assert!(is_page_name(Path::new("CC-MAIN-1.warc.wet.gz"), true));
        assert!(!is_page_name(Path::new("b.json"), false));
        assert!(!is_page_name(Path::new("html"), false));
    }

    #[test]
    fn stdin_only_once() {
        let mut notes = Vec::new();
        let args = vec!["-".to_string(), "-".to_string()];
        assert!(gather(&args, false, &mut notes).is_err());
    }

    #[test]
    fn unmatched_glob_is_a_failed_input() {
        let mut notes = Vec::new();
        let args = vec!["/nonexistent-copydesk-dir/*.html".to_string()];
        let inputs = gather(&args, false, &mut notes).expect("gathered");
        assert!(matches!(&inputs[..], [Input::Invalid { .. }]));
    }
}
