use super::{Cause, cause};
use std::fmt;

/// How the connection failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// No connection could be made (DNS, refused, TLS handshake): the request was never
    /// sent, so sending it again is always safe.
    Connect,
    /// The connection failed once open: while the request was written, before any answer
    /// came, or while the answer's body came. The server may have acted on the request.
    Io,
}

impl TransportErrorKind {
    const fn describe(self) -> &'static str {
        match self {
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::Io => "the connection failed",
        }
    }
}

/// The request could not be sent, or the connection failed before the whole answer came.
/// It keeps the `X-TC-RequestId` header when the answer's head had come.
///
/// ```
/// use tencent_action::{Error, TransportError, TransportErrorKind};
///
/// let error = TransportError::new(TransportErrorKind::Io, "it closed while the answer's body came")
///     .with_request_id("6ef60bec-0242-43af-bb20-270359fb54a7");
/// let error = Error::from(error);
/// assert_eq!(error.request_id(), Some("6ef60bec-0242-43af-bb20-270359fb54a7"));
/// assert!(error.may_have_been_sent());
/// assert_eq!(
///     error.to_string(),
///     "the connection failed: it closed while the answer's body came \
///      (RequestId: 6ef60bec-0242-43af-bb20-270359fb54a7)",
/// );
/// ```
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    message: String,
    request_id: Option<String>,
    source: Cause,
}

impl TransportError {
    /// A failure of `kind`; `message` says what happened, in a few words.
    pub fn new(kind: TransportErrorKind, message: impl Into<String>) -> Self {
        TransportError {
            kind,
            message: message.into(),
            request_id: None,
            source: None,
        }
    }

    /// Adds the RequestId the server gave in its `X-TC-RequestId` header.
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = Some(request_id.into()).filter(|id| !id.is_empty());
        self
    }

    /// Adds the underlying error (an I/O error, the HTTP stack's).
    pub fn with_source(
        mut self,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        self.source = Some(source.into());
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// What happened, in a few words.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The RequestId of the `X-TC-RequestId` header, when the server sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Whether the server may have received the request: every failure but a connection
    /// that was never made.
    pub fn may_have_been_sent(&self) -> bool {
        self.kind != TransportErrorKind::Connect
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind.describe())?;
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        if let Some(request_id) = &self.request_id {
            write!(f, " (RequestId: {request_id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        cause(&self.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_is_kept() {
        let io = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "reset by peer");
        let error =
            TransportError::new(TransportErrorKind::Io, "reading the answer").with_source(io);
        let source = std::error::Error::source(&error).unwrap();
        assert_eq!(source.to_string(), "reset by peer");
        assert!(error.may_have_been_sent());
        assert!(!TransportError::new(TransportErrorKind::Connect, "").may_have_been_sent());
        assert_eq!(
            TransportError::new(TransportErrorKind::Connect, "").to_string(),
            "could not connect"
        );
    }
}
