//! The one error type of a call: built, sent, answered in time, readable, accepted.

mod api;
mod construction;
mod decode;
mod snippet;
mod timeout;
mod transport;

pub use api::ApiError;
pub use construction::{ConstructionError, ConstructionErrorKind};
pub use decode::{DecodeError, DecodeErrorKind};
pub use timeout::{TimeoutError, TimeoutKind};
pub use transport::{TransportError, TransportErrorKind};

use crate::code::Category;
use std::fmt;

/// The underlying error a failure keeps, if any.
type Cause = Option<Box<dyn std::error::Error + Send + Sync + 'static>>;

/// The cause as [`source`](std::error::Error::source) gives it.
fn cause(cause: &Cause) -> Option<&(dyn std::error::Error + 'static)> {
    cause
        .as_deref()
        .map(|source| source as &(dyn std::error::Error + 'static))
}

/// Why a call did not give the action's payload, in the order a call goes: the request
/// could not be built ([`Construction`](Error::Construction): fix the configuration or
/// the code), could not be sent or the connection failed ([`Transport`](Error::Transport)),
/// no answer came in time ([`Timeout`](Error::Timeout)), the answer was unreadable
/// ([`Decode`](Error::Decode)), or the server said no ([`Api`](Error::Api)). Decoding a
/// body alone gives only the last two.
///
/// What it means for the caller is [`category`](Error::category),
/// [`is_retryable`](Error::is_retryable) and [`may_have_been_sent`](Error::may_have_been_sent):
/// a client's retry policy decides from these three answers only.
///
/// ```
/// use tencent_action::{Error, tencent_action};
///
/// #[tencent_action(service = "cvm", version = "2017-03-12")]
/// #[derive(Debug)]
/// pub struct DescribeInstancesStatus {
///     pub total_count: i64,
/// }
///
/// let body = r#"{"Response": {"Error": {"Code": "AuthFailure.SignatureFailure",
///     "Message": "Signature error."}, "RequestId": "ed93f3cb"}}"#;
/// match tencent_action::from_str::<DescribeInstancesStatus>(body) {
///     Err(Error::Api(e)) => {
///         assert_eq!(e.code(), "AuthFailure.SignatureFailure");
///         assert_eq!(e.request_id(), Some("ed93f3cb"));
///     }
///     other => panic!("{other:?}"),
/// }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with an `Error` object: the request failed (or, for
    /// `DryRunOperation`, would have succeeded).
    Api(ApiError),
    /// The answer was unreadable: a body that is not a well-formed response of the
    /// action, or an HTTP status other than 200 without the server's error (a gateway's
    /// page), with the status and the start of the body.
    Decode(DecodeError),
    /// The request could not be sent (no connection), or the connection failed before the
    /// whole answer came.
    Transport(TransportError),
    /// No answer in time: which limit (connect, attempt, the whole operation) and how long.
    Timeout(TimeoutError),
    /// The request could not be built, so was never sent: no credentials, a credential
    /// value that cannot go in a header, a body that does not serialize.
    Construction(ConstructionError),
}

impl Error {
    /// The RequestId the server gave, in the body or the `X-TC-RequestId` header,
    /// whenever a readable, non-empty one came.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(error) => error.request_id(),
            Error::Decode(error) => error.request_id(),
            Error::Transport(error) => error.request_id(),
            Error::Timeout(_) | Error::Construction(_) => None,
        }
    }

    /// The server's error code, when the body held a readable one.
    pub fn code(&self) -> Option<&str> {
        match self {
            Error::Api(error) => Some(error.code()),
            Error::Decode(error) => error.code(),
            Error::Transport(_) | Error::Timeout(_) | Error::Construction(_) => None,
        }
    }

    /// The server's error, if this is one.
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(error) => Some(error),
            _ => None,
        }
    }

    /// The unreadable answer, if this is one.
    pub fn as_decode(&self) -> Option<&DecodeError> {
        match self {
            Error::Decode(error) => Some(error),
            _ => None,
        }
    }

    /// The connection failure, if this is one.
    pub fn as_transport(&self) -> Option<&TransportError> {
        match self {
            Error::Transport(error) => Some(error),
            _ => None,
        }
    }

    /// The timeout, if this is one.
    pub fn as_timeout(&self) -> Option<&TimeoutError> {
        match self {
            Error::Timeout(error) => Some(error),
            _ => None,
        }
    }

    /// The request that could not be built, if this is one.
    pub fn as_construction(&self) -> Option<&ConstructionError> {
        match self {
            Error::Construction(error) => Some(error),
            _ => None,
        }
    }

    /// What the failure means for the caller:
    /// - the server's error: the [category of its code](Category::of);
    /// - an unreadable answer: [its HTTP status's](Category::of_status) (429 throttling;
    ///   500, 502, 503, 504 transient), else `None`. A code read before the body broke
    ///   is not trusted to judge it, and a body decoded without HTTP has no status;
    /// - a connection that failed or a timeout: [`Transient`](Category::Transient);
    /// - a request that could not be built: `None`, the caller must change something.
    ///
    /// ```
    /// use tencent_action::{Category, Error, TransportError, TransportErrorKind};
    ///
    /// let refused = Error::from(TransportError::new(TransportErrorKind::Connect, "connection refused"));
    /// assert_eq!(refused.category(), Some(Category::Transient));
    /// ```
    pub fn category(&self) -> Option<Category> {
        match self {
            Error::Api(error) => Some(error.category()),
            Error::Decode(error) => error.status().and_then(Category::of_status),
            Error::Transport(_) | Error::Timeout(_) => Some(Category::Transient),
            Error::Construction(_) => None,
        }
    }

    /// Whether sending the same request again may succeed: its
    /// [category](Self::category) is throttling or transient. A body that does not
    /// decode, at a status that says nothing, is not: the same server would send the
    /// same body. Whether it is *safe* to send again is
    /// [`may_have_been_sent`](Self::may_have_been_sent)'s question.
    pub fn is_retryable(&self) -> bool {
        self.category().is_some_and(Category::is_retryable)
    }

    /// Whether the server may have received the request, and acted on it: always, but
    /// for a connection that never opened (refused, or a connect timeout) and a request
    /// that could not be built. A request that was never sent is safe to send again even
    /// when it is not idempotent.
    pub fn may_have_been_sent(&self) -> bool {
        match self {
            Error::Api(_) | Error::Decode(_) => true,
            Error::Transport(error) => error.may_have_been_sent(),
            Error::Timeout(error) => error.may_have_been_sent(),
            Error::Construction(_) => false,
        }
    }

    /// Whether the server reported `DryRunOperation`: the request would have succeeded.
    pub fn is_dry_run(&self) -> bool {
        self.as_api().is_some_and(ApiError::is_dry_run)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(error) => fmt::Display::fmt(error, f),
            Error::Decode(error) => fmt::Display::fmt(error, f),
            Error::Transport(error) => fmt::Display::fmt(error, f),
            Error::Timeout(error) => fmt::Display::fmt(error, f),
            Error::Construction(error) => fmt::Display::fmt(error, f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Api(_) => None,
            Error::Decode(error) => std::error::Error::source(error),
            Error::Transport(error) => std::error::Error::source(error),
            Error::Timeout(error) => std::error::Error::source(error),
            Error::Construction(error) => std::error::Error::source(error),
        }
    }
}

impl From<ApiError> for Error {
    fn from(error: ApiError) -> Self {
        Error::Api(error)
    }
}

impl From<TransportError> for Error {
    fn from(error: TransportError) -> Self {
        Error::Transport(error)
    }
}

impl From<DecodeError> for Error {
    fn from(error: DecodeError) -> Self {
        Error::Decode(error)
    }
}

impl From<TimeoutError> for Error {
    fn from(error: TimeoutError) -> Self {
        Error::Timeout(error)
    }
}

impl From<ConstructionError> for Error {
    fn from(error: ConstructionError) -> Self {
        Error::Construction(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_describes_itself() {
        use Category::{Client, Throttling, Transient};
        let decode = |status| {
            Error::from(
                DecodeError::new(DecodeErrorKind::NotJson, "A", "expected value")
                    .with_status(status),
            )
        };
        let cut_after_code = DecodeError::new(DecodeErrorKind::Truncated, "A", "EOF")
            .with_said(crate::de::Said {
                code: Some("RequestLimitExceeded".into()),
                ..Default::default()
            })
            .with_status(200);
        let cases: Vec<(Error, Option<Category>, bool, bool)> = vec![
            (
                ApiError::new("RequestLimitExceeded", "", "r").into(),
                Some(Throttling),
                true,
                true,
            ),
            (
                ApiError::new("InternalError", "", "r").into(),
                Some(Transient),
                true,
                true,
            ),
            (
                ApiError::new("InvalidParameter", "", "r").into(),
                Some(Client),
                false,
                true,
            ),
            (decode(429), Some(Throttling), true, true),
            (decode(500), Some(Transient), true, true),
            (decode(502), Some(Transient), true, true),
            (decode(503), Some(Transient), true, true),
            (decode(504), Some(Transient), true, true),
            (decode(404), None, false, true),
            (decode(200), None, false, true),
            (cut_after_code.into(), None, false, true),
            (
                TransportError::new(TransportErrorKind::Connect, "refused").into(),
                Some(Transient),
                true,
                false,
            ),
            (
                TransportError::new(TransportErrorKind::Io, "reset").into(),
                Some(Transient),
                true,
                true,
            ),
            (
                TimeoutError::new(TimeoutKind::Connect).into(),
                Some(Transient),
                true,
                false,
            ),
            (
                TimeoutError::new(TimeoutKind::Attempt).into(),
                Some(Transient),
                true,
                true,
            ),
            (
                TimeoutError::new(TimeoutKind::Operation).into(),
                Some(Transient),
                true,
                true,
            ),
            (
                ConstructionError::new(ConstructionErrorKind::Credentials, "none").into(),
                None,
                false,
                false,
            ),
            (
                ConstructionError::new(ConstructionErrorKind::Body, "map key").into(),
                None,
                false,
                false,
            ),
        ];
        for (error, category, retryable, sent) in cases {
            assert_eq!(error.category(), category, "{error}");
            assert_eq!(error.is_retryable(), retryable, "{error}");
            assert_eq!(error.may_have_been_sent(), sent, "{error}");
            assert!(!error.to_string().is_empty());
        }
    }
}
