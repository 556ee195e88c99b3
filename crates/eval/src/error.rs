//! The harness's error type.

use std::path::PathBuf;

/// What can go wrong while loading a set or writing outputs.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file or folder could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A JSON file could not be parsed.
    #[error("{path}: invalid JSON: {source}")]
    Json {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: serde_json::Error,
    },
    /// A file parsed but does not have the expected shape.
    #[error("{path}: {message}")]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
}

impl EvalError {
    /// An [`EvalError::Io`] for `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> EvalError {
        EvalError::Io {
            path: path.into(),
            source,
        }
    }

    /// An [`EvalError::Json`] for `path`.
    pub fn json(path: impl Into<PathBuf>, source: serde_json::Error) -> EvalError {
        EvalError::Json {
            path: path.into(),
            source,
        }
    }
}
