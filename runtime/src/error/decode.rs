use super::snippet::snippet;
use super::{Cause, cause};
use crate::de::Said;
use std::borrow::Cow;
use std::error::Error as StdError;
use std::fmt;

/// What was wrong with a body that could not be decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// The body is empty, or only whitespace.
    Empty,
    /// The body is not JSON at all: an HTML page from a gateway, plain text, ...
    NotJson,
    /// The body starts as JSON but breaks its syntax somewhere, or has text after the end.
    Syntax,
    /// The JSON ends before it is complete: the body was cut short.
    Truncated,
    /// The top level is not an object with a `Response` key.
    MissingResponse,
    /// `Response` is not an object.
    ResponseNotObject,
    /// `Error` is present but is not an object with a string `Code` (and, if it has one,
    /// a string `Message`).
    MalformedError,
    /// `RequestId` is not a string.
    MalformedRequestId,
    /// A key appears twice in the same object.
    DuplicateKey,
    /// The action's fields do not fit the action's type: a wrong type, a missing
    /// required field, a value out of range.
    Payload,
    /// The body is a response of the action, but the HTTP status is not 200: the answer
    /// is neither a success nor the server's error.
    UnexpectedStatus,
    /// A streamed answer is not a readable event stream: JSON came where events were
    /// asked for, or an event's data does not decode as the stream's event type.
    Stream,
    /// A paged answer repeats a page already received: the server ignored the offset or
    /// page number that asked for the next one.
    RepeatedPage,
}

impl DecodeErrorKind {
    /// A few words for the kind, as the error message starts with them.
    pub const fn as_str(self) -> &'static str {
        match self {
            DecodeErrorKind::Empty => "the body is empty",
            DecodeErrorKind::NotJson => "the body is not JSON",
            DecodeErrorKind::Syntax => "the body is not valid JSON",
            DecodeErrorKind::Truncated => "the body is truncated",
            DecodeErrorKind::MissingResponse => "the body has no `Response` object",
            DecodeErrorKind::ResponseNotObject => "`Response` is not an object",
            DecodeErrorKind::MalformedError => "the `Error` object is malformed",
            DecodeErrorKind::MalformedRequestId => "`RequestId` is not a string",
            DecodeErrorKind::DuplicateKey => "a key appears twice",
            DecodeErrorKind::Payload => "the payload does not match the action's type",
            DecodeErrorKind::UnexpectedStatus => "a success body with an HTTP error status",
            DecodeErrorKind::Stream => "the answer is not a readable event stream",
            DecodeErrorKind::RepeatedPage => "the server answered a page already received",
        }
    }
}

impl fmt::Display for DecodeErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An answer that could not be read as a response of the action: a body that is not a
/// well-formed envelope, or an HTTP status other than 200 without the server's error (a
/// gateway's page).
///
/// It says what was wrong ([`kind`](Self::kind), [`detail`](Self::detail)) and where
/// ([`path`](Self::path), [`line`](Self::line), [`column`](Self::column)), and keeps what
/// the server did say: the RequestId, and the code and message of an `Error` object that
/// was read before the body broke. [`source`](StdError::source) is the deserializer's error.
/// A client that read the answer over HTTP adds the [`status`](Self::status), the start
/// of the body ([`body_snippet`](Self::body_snippet)) and the `X-TC-RequestId` header's
/// RequestId when the body held none.
///
/// ```
/// use tencent_action::{DecodeErrorKind, Error, tencent_action};
///
/// #[tencent_action(service = "cvm", version = "2017-03-12")]
/// pub struct DescribeInstancesStatus {
///     pub total_count: i64,
/// }
///
/// let body = r#"{"Response": {"TotalCount": "two", "RequestId": "6ef60bec"}}"#;
/// let Err(Error::Decode(error)) = tencent_action::from_str::<DescribeInstancesStatus>(body) else {
///     unreachable!()
/// };
/// assert_eq!(error.kind(), DecodeErrorKind::Payload);
/// assert_eq!(error.path(), Some("Response.TotalCount"));
/// assert_eq!(error.request_id(), Some("6ef60bec"));
/// assert_eq!(
///     error.to_string(),
///     "cannot decode the DescribeInstancesStatus response: the payload does not match the \
///      action's type at Response.TotalCount: invalid type: string \"two\", expected i64 \
///      (line 1, column 33; RequestId: 6ef60bec)"
/// );
/// ```
///
/// The HTTP answer of a gateway in front of the API:
///
/// ```
/// use tencent_action::{Category, DecodeError, DecodeErrorKind, Error};
///
/// let body = b"<html><head><title>502 Bad Gateway</title></head></html>";
/// let error = DecodeError::new(DecodeErrorKind::NotJson, "DescribeInstances", "expected value")
///     .with_status(502)
///     .with_body(body)
///     .with_request_id("6ef60bec");
/// assert_eq!(
///     error.to_string(),
///     "cannot decode the DescribeInstances response (HTTP 502): the body is not JSON: \
///      expected value (body: <html><head><title>502 Bad Gateway</title></head></html>; \
///      RequestId: 6ef60bec)"
/// );
/// let error = Error::from(error);
/// assert_eq!(error.category(), Some(Category::Transient));
/// assert!(error.is_retryable());
/// ```
#[derive(Debug)]
pub struct DecodeError(Box<Inner>);

#[derive(Debug)]
struct Inner {
    kind: DecodeErrorKind,
    action: Cow<'static, str>,
    detail: String,
    path: Option<String>,
    position: Option<(usize, usize)>,
    /// What the server said; never an empty RequestId.
    said: Said<'static>,
    status: Option<u16>,
    body: Option<String>,
    source: Cause,
}

impl DecodeError {
    /// A failure of `kind` to read the answer of `action`; `detail` says what was wrong.
    pub fn new(kind: DecodeErrorKind, action: &'static str, detail: impl Into<String>) -> Self {
        DecodeError(Box::new(Inner {
            kind,
            action: Cow::Borrowed(action),
            detail: detail.into(),
            path: None,
            position: None,
            said: Said::default(),
            status: None,
            body: None,
            source: None,
        }))
    }

    pub(crate) fn at_path(mut self, path: String) -> Self {
        self.0.path = Some(path).filter(|path| !path.is_empty());
        self
    }

    pub(crate) fn at_position(mut self, line: usize, column: usize) -> Self {
        self.0.position = Some((line, column)).filter(|&(line, _)| line > 0);
        self
    }

    pub(crate) fn with_said(mut self, said: Said<'_>) -> Self {
        let mut said = said.into_owned();
        said.request_id = said.request_id.filter(|id| !id.is_empty());
        self.0.said = said;
        self
    }

    /// Names the action whose answer this is, in place of the one given to
    /// [`new`](Self::new): for answers decoded without a type of their own, whose action
    /// is known only when the call is made.
    ///
    /// ```
    /// use tencent_action::{DecodeError, DecodeErrorKind};
    ///
    /// let error = DecodeError::new(DecodeErrorKind::Empty, "untyped", "")
    ///     .with_action(String::from("DescribeZones"));
    /// assert_eq!(error.action(), "DescribeZones");
    /// assert!(error.to_string().starts_with("cannot decode the DescribeZones response"));
    /// ```
    pub fn with_action(mut self, action: impl Into<Cow<'static, str>>) -> Self {
        self.0.action = action.into();
        self
    }

    /// Adds the underlying error (the deserializer's).
    pub fn with_source(mut self, source: impl Into<Box<dyn StdError + Send + Sync>>) -> Self {
        self.0.source = Some(source.into());
        self
    }

    /// Adds the HTTP status of the answer.
    pub fn with_status(mut self, status: u16) -> Self {
        self.0.status = Some(status);
        self
    }

    /// Adds the start of the answer's body (at most 200 characters, invalid UTF-8
    /// replaced, whitespace runs folded), for an answer that is not an envelope. The
    /// snippet quotes the answer: the error of an answer that may hold a secret
    /// (temporary credentials) must not be shown.
    pub fn with_body(mut self, body: &[u8]) -> Self {
        self.0.body = snippet(body);
        self
    }

    /// Adds the RequestId of the `X-TC-RequestId` header; the body's own, when it held
    /// one, is kept.
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        if self.0.said.request_id.is_none() {
            let request_id = request_id.into();
            if !request_id.is_empty() {
                self.0.said.request_id = Some(request_id.into());
            }
        }
        self
    }

    /// What kind of problem the body has.
    pub fn kind(&self) -> DecodeErrorKind {
        self.0.kind
    }

    /// The action whose response was being decoded.
    pub fn action(&self) -> &str {
        &self.0.action
    }

    /// The deserializer's description of the problem, without its position.
    pub fn detail(&self) -> &str {
        &self.0.detail
    }

    /// Where in the body the problem is, as a JSON path such as
    /// `Response.InstanceStatusSet[1].InstanceState`; `None` at the top level or when the
    /// deserializer cannot tell (only the JSON entry points track paths).
    pub fn path(&self) -> Option<&str> {
        self.0.path.as_deref()
    }

    /// The 1-based line of the problem, when the deserializer reports one.
    pub fn line(&self) -> Option<usize> {
        self.0.position.map(|(line, _)| line)
    }

    /// The 1-based column of the problem, when the deserializer reports one.
    pub fn column(&self) -> Option<usize> {
        self.0.position.map(|(_, column)| column)
    }

    /// The body's RequestId, whenever it holds a readable one, before or after the
    /// problem; else the `X-TC-RequestId` header's, when one was added.
    pub fn request_id(&self) -> Option<&str> {
        self.0.said.request_id.as_deref()
    }

    /// The `Code` of the body's `Error` object, when one was readable although the body
    /// as a whole is not.
    pub fn code(&self) -> Option<&str> {
        self.0.said.code.as_deref()
    }

    /// The `Message` of the body's `Error` object, when one was readable.
    pub fn server_message(&self) -> Option<&str> {
        self.0.said.message.as_deref()
    }

    /// The HTTP status of the answer, when it was read over HTTP.
    pub fn status(&self) -> Option<u16> {
        self.0.status
    }

    /// The start of the answer's body, for an answer that is not an envelope.
    pub fn body_snippet(&self) -> Option<&str> {
        self.0.body.as_deref()
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.0;
        write!(f, "cannot decode the {} response", inner.action)?;
        if let Some(status) = inner.status.filter(|&status| status != 200) {
            write!(f, " (HTTP {status})")?;
        }
        write!(f, ": {}", inner.kind)?;
        if let Some(path) = &inner.path {
            write!(f, " at {path}")?;
        }
        if !inner.detail.is_empty() {
            write!(f, ": {}", inner.detail)?;
        }
        let mut notes = Vec::new();
        if let Some((line, column)) = inner.position {
            notes.push(format!("line {line}, column {column}"));
        }
        if let Some(code) = &inner.said.code {
            if code.is_empty() {
                notes.push("server error with an empty code".to_owned());
            } else {
                notes.push(format!("server error {code}"));
            }
        }
        if let Some(body) = &inner.body {
            notes.push(format!("body: {body}"));
        }
        if let Some(id) = &inner.said.request_id {
            notes.push(format!("RequestId: {id}"));
        }
        if !notes.is_empty() {
            write!(f, " ({})", notes.join("; "))?;
        }
        Ok(())
    }
}

impl StdError for DecodeError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        cause(&self.0.source)
    }
}
