use super::{Cause, cause};
use std::fmt;

/// Why a request could not be built: the caller's configuration or code must change,
/// sending it again as it is cannot help.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConstructionErrorKind {
    /// No credentials could be had, or a credential value cannot go in a header (a line
    /// break in a SecretId, say): fix the configuration.
    Credentials,
    /// The request's members do not serialize to JSON (a map with non-string keys, a
    /// `Serialize` implementation that fails): fix the code.
    Body,
    /// The HTTP stack refused the request (a URL or a header it does not accept).
    Request,
}

impl ConstructionErrorKind {
    const fn describe(self) -> &'static str {
        match self {
            ConstructionErrorKind::Credentials => "no usable credentials",
            ConstructionErrorKind::Body => "the request body does not serialize",
            ConstructionErrorKind::Request => "the request could not be built",
        }
    }
}

/// A request that could not be built, so was never sent: no credentials, a credential
/// value that cannot go in a header, a body that does not serialize. Its message never
/// holds a secret.
///
/// ```
/// use tencent_action::{ConstructionError, ConstructionErrorKind, Error};
///
/// let error = Error::from(ConstructionError::new(
///     ConstructionErrorKind::Credentials,
///     "TENCENTCLOUD_SECRET_ID is not set",
/// ));
/// assert!(!error.may_have_been_sent());
/// assert!(!error.is_retryable());
/// assert_eq!(error.to_string(), "no usable credentials: TENCENTCLOUD_SECRET_ID is not set");
/// ```
#[derive(Debug)]
pub struct ConstructionError {
    kind: ConstructionErrorKind,
    message: String,
    source: Cause,
}

impl ConstructionError {
    /// A failure of `kind`; `message` says what was wrong, and must hold no secret.
    pub fn new(kind: ConstructionErrorKind, message: impl Into<String>) -> Self {
        ConstructionError {
            kind,
            message: message.into(),
            source: None,
        }
    }

    /// Adds the underlying error (a credential provider's, the serializer's).
    pub fn with_source(
        mut self,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        self.source = Some(source.into());
        self
    }

    /// What could not be built.
    pub fn kind(&self) -> ConstructionErrorKind {
        self.kind
    }

    /// What was wrong, in a few words.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ConstructionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind.describe())?;
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ConstructionError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        cause(&self.source)
    }
}
