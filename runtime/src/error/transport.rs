use std::fmt;

/// What went wrong below the API: the request did not reach the server, no answer came
/// in time, or the answer was not one of Tencent's envelopes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// No connection could be made (DNS, refused, TLS handshake): the request was never
    /// sent, so sending it again is always safe.
    Connect,
    /// No complete answer came within the time allowed (one attempt's or the whole
    /// call's); the server may have acted on the request.
    Timeout,
    /// The connection failed after the request was sent: reset, or closed before or
    /// while the answer came.
    Io,
    /// The server answered with an HTTP status other than 200 and a body that is not an
    /// error envelope (a gateway's HTML page, say).
    Status,
    /// The answer's body is not a Tencent envelope: not JSON, cut short, or without a
    /// readable RequestId.
    Body,
    /// No credentials could be had to sign the request.
    Credentials,
    /// The request could not be built (its body does not serialize, a header value is
    /// not valid).
    Request,
}

impl TransportErrorKind {
    fn describe(self) -> &'static str {
        match self {
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::Timeout => "timed out",
            TransportErrorKind::Io => "the connection failed",
            TransportErrorKind::Status => "unexpected HTTP status",
            TransportErrorKind::Body => "the answer is not a Tencent Cloud response",
            TransportErrorKind::Credentials => "no credentials",
            TransportErrorKind::Request => "the request could not be built",
        }
    }
}

/// A failure below the API: connection, timeout, an HTTP status other than 200, a body
/// that is not Tencent's envelope. It keeps what the server said: the HTTP status, the
/// start of the body and the `X-TC-RequestId` header.
///
/// ```
/// use tencent_action::{Error, TransportError, TransportErrorKind};
///
/// let error = TransportError::new(TransportErrorKind::Status, "gateway error")
///     .with_status(502)
///     .with_body(b"<html><body>502 Bad Gateway</body></html>")
///     .with_request_id("6ef60bec-0242-43af-bb20-270359fb54a7");
/// let error = Error::from(error);
/// assert_eq!(error.request_id(), Some("6ef60bec-0242-43af-bb20-270359fb54a7"));
/// assert_eq!(
///     error.to_string(),
///     "unexpected HTTP status: gateway error (HTTP 502, body: <html><body>502 Bad Gateway</body></html>) \
///      (RequestId 6ef60bec-0242-43af-bb20-270359fb54a7)",
/// );
/// ```
pub struct TransportError {
    kind: TransportErrorKind,
    message: String,
    status: Option<u16>,
    body: Option<String>,
    request_id: Option<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

/// How much of a body an error keeps: enough to recognise a gateway's page.
const SNIPPET_CHARS: usize = 200;

impl TransportError {
    /// A failure of `kind`; `message` says what happened, in a few words.
    pub fn new(kind: TransportErrorKind, message: impl Into<String>) -> Self {
        TransportError {
            kind,
            message: message.into(),
            status: None,
            body: None,
            request_id: None,
            source: None,
        }
    }

    /// Adds the HTTP status of the answer.
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Adds the start of the answer's body (at most 200 characters, invalid UTF-8
    /// replaced, whitespace runs folded).
    pub fn with_body(mut self, body: &[u8]) -> Self {
        let text = String::from_utf8_lossy(&body[..body.len().min(SNIPPET_CHARS * 4)]);
        let mut snippet = String::new();
        for word in text.split_whitespace() {
            if !snippet.is_empty() {
                snippet.push(' ');
            }
            snippet.push_str(word);
        }
        if let Some((cut, _)) = snippet.char_indices().nth(SNIPPET_CHARS) {
            snippet.truncate(cut);
            snippet.push('…');
        }
        self.body = Some(snippet).filter(|s| !s.is_empty());
        self
    }

    /// Adds the RequestId the server gave in its `X-TC-RequestId` header.
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = Some(request_id.into()).filter(|id| !id.is_empty());
        self
    }

    /// Adds the underlying error (an I/O error, a decode failure).
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

    /// The HTTP status of the answer, when one came.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The start of the answer's body, when there was one.
    pub fn body_snippet(&self) -> Option<&str> {
        self.body.as_deref()
    }

    /// The RequestId of the `X-TC-RequestId` header, when the server sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Whether the server may have received the request: every failure but a connection
    /// that was never made, missing credentials and a request that could not be built.
    pub fn may_have_been_sent(&self) -> bool {
        !matches!(
            self.kind,
            TransportErrorKind::Connect
                | TransportErrorKind::Credentials
                | TransportErrorKind::Request
        )
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind.describe())?;
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        match (self.status, &self.body) {
            (Some(status), Some(body)) => write!(f, " (HTTP {status}, body: {body})")?,
            (Some(status), None) => write!(f, " (HTTP {status})")?,
            (None, Some(body)) => write!(f, " (body: {body})")?,
            (None, None) => {}
        }
        if let Some(request_id) = &self.request_id {
            write!(f, " (RequestId {request_id})")?;
        }
        Ok(())
    }
}

impl fmt::Debug for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportError")
            .field("kind", &self.kind)
            .field("message", &self.message)
            .field("status", &self.status)
            .field("body", &self.body)
            .field("request_id", &self.request_id)
            .field("source", &self.source)
            .finish()
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn std::error::Error + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_is_short_and_folded() {
        let body = format!("<html>\n  <body>{}</body></html>", "x".repeat(1000));
        let error = TransportError::new(TransportErrorKind::Status, "")
            .with_status(504)
            .with_body(body.as_bytes());
        let snippet = error.body_snippet().unwrap();
        assert!(snippet.starts_with("<html> <body>xxx"), "{snippet}");
        assert_eq!(snippet.chars().count(), SNIPPET_CHARS + 1);
        assert!(
            error
                .to_string()
                .starts_with("unexpected HTTP status (HTTP 504, body: <html> <body>")
        );
    }

    #[test]
    fn source_is_kept() {
        let io = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "reset by peer");
        let error =
            TransportError::new(TransportErrorKind::Io, "reading the answer").with_source(io);
        let source = std::error::Error::source(&error).unwrap();
        assert_eq!(source.to_string(), "reset by peer");
        assert!(error.may_have_been_sent());
        assert!(!TransportError::new(TransportErrorKind::Connect, "").may_have_been_sent());
    }
}
