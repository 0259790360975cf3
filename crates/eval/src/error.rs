//! The one error type of the evaluation crate: what went wrong, with the file
//! (and line) and what the user can do about it.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum EvalError {
    /// An evaluation file or folder is absent. Evaluation sets are not part
    /// of the product, so the message says where they are expected.
    MissingData { path: PathBuf },
    Io { path: PathBuf, source: std::io::Error },
    /// A record that cannot be read; `line` is 1-based when known.
    Parse { path: PathBuf, line: Option<usize>, message: String },
}

impl EvalError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        if source.kind() == std::io::ErrorKind::NotFound {
            EvalError::MissingData { path: path.to_path_buf() }
        } else {
            EvalError::Io { path: path.to_path_buf(), source }
        }
    }

    pub(crate) fn parse(path: &Path, line: Option<usize>, message: impl Into<String>) -> Self {
        EvalError::Parse { path: path.to_path_buf(), line, message: message.into() }
    }
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvalError::MissingData { path } => write!(
                f,
                "evaluation data not found at {}: the evaluation sets are not part of the product; \
                 on team machines they sit in ../shared/eval beside the repository (or point to them with --data/--file)",
                path.display()
            ),
            EvalError::Io { path, source } => write!(f, "cannot read {}: {source}", path.display()),
            EvalError::Parse { path, line: Some(line), message } => {
                write!(f, "{}:{line}: {message}", path.display())
            }
            EvalError::Parse { path, line: None, message } => write!(f, "{}: {message}", path.display()),
        }
    }
}

impl std::error::Error for EvalError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EvalError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Reads a whole file, turning "not found" into [`EvalError::MissingData`].
pub(crate) fn read_to_string(path: &Path) -> Result<String, EvalError> {
    let bytes = std::fs::read(path).map_err(|e| EvalError::io(path, e))?;
    // The 1992 MUC files are ASCII, but be lenient with stray bytes rather
    // than refusing a whole corpus.
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}
