use std::borrow::Cow;
use std::fmt;

/// Why a published file could not be read or used: what is wrong, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    /// `api.json`, `errors.json` or `examples.json`, or the path of the file that was read
    /// once the reader names it with [`SpecError::in_file`].
    file: Cow<'static, str>,
    /// The JSON path of the offending value, like `objects.Instance.members[3].type`;
    /// empty for the document as a whole.
    path: String,
    message: String,
}

impl SpecError {
    /// The file does not parse into the model, at `path`.
    pub fn malformed(
        file: impl Into<Cow<'static, str>>,
        path: String,
        error: &serde_json::Error,
    ) -> Self {
        // `.` is the document itself, `?` a place the parser could not name.
        let path = if path == "." || path == "?" {
            String::new()
        } else {
            path
        };
        SpecError {
            file: file.into(),
            path,
            message: error.to_string(),
        }
    }

    /// The file parses, but a value at `path` is unusable.
    pub fn invalid(
        file: impl Into<Cow<'static, str>>,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        SpecError {
            file: file.into(),
            path: path.into(),
            message: message.into(),
        }
    }

    /// The same error, about the file at `file`: a reader that knows where it read the
    /// text names it, so that the message points at the file itself.
    ///
    /// ```
    /// use tencent_action_spec::{Spec, parse};
    ///
    /// let error = parse::<Spec>("api.json", "{").unwrap_err();
    /// let error = error.in_file("services/cvm/v20170312/api.json");
    /// assert!(error.to_string().starts_with("services/cvm/v20170312/api.json: EOF"));
    /// ```
    pub fn in_file(mut self, file: impl Into<Cow<'static, str>>) -> Self {
        self.file = file.into();
        self
    }

    /// The input the error is about: `api.json`, `errors.json` or `examples.json`, or the
    /// path given to [`in_file`](SpecError::in_file).
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The JSON path of the offending value; empty when the error is about the whole file.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong, with the line and column when the JSON does not parse or a value
    /// has the wrong type.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{} at {}: {}", self.file, self.path, self.message)
        }
    }
}

impl std::error::Error for SpecError {}
