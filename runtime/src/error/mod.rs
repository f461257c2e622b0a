//! The one error type of decoding: the server's answer or a body that does not decode.

mod api;
mod decode;
mod transport;

pub use api::ApiError;
pub use decode::{DecodeError, DecodeErrorKind};
pub use transport::{TransportError, TransportErrorKind};

use crate::code::Category;
use std::fmt;

/// Why a body did not give the action's payload.
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
    /// The body is not a well-formed response of the action.
    Decode(DecodeError),
    /// A failure below the API: no connection, no answer in time, an HTTP status other
    /// than 200, or a body that is not Tencent's envelope (a gateway's HTML page).
    Transport(TransportError),
}

impl Error {
    /// The body's RequestId, whenever it holds a readable, non-empty one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(error) => error.request_id(),
            Error::Decode(error) => error.request_id(),
            Error::Transport(error) => error.request_id(),
        }
    }

    /// The server's error code, when the body held a readable one.
    pub fn code(&self) -> Option<&str> {
        match self {
            Error::Api(error) => Some(error.code()),
            Error::Decode(error) => error.code(),
            Error::Transport(_) => None,
        }
    }

    /// The server's error, if this is one.
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(error) => Some(error),
            Error::Decode(_) | Error::Transport(_) => None,
        }
    }

    /// The decode failure, if this is one.
    pub fn as_decode(&self) -> Option<&DecodeError> {
        match self {
            Error::Decode(error) => Some(error),
            Error::Api(_) | Error::Transport(_) => None,
        }
    }

    /// The failure below the API, if this is one.
    pub fn as_transport(&self) -> Option<&TransportError> {
        match self {
            Error::Transport(error) => Some(error),
            Error::Api(_) | Error::Decode(_) => None,
        }
    }

    /// What the server's code means for the caller; `None` for a decode or transport
    /// failure.
    pub fn category(&self) -> Option<Category> {
        self.as_api().map(ApiError::category)
    }

    /// Whether sending the same request again may succeed: a throttled request or a
    /// transient server error. A body that does not decode is not retried: the same
    /// server would send the same body.
    pub fn is_retryable(&self) -> bool {
        self.as_api().is_some_and(ApiError::is_retryable)
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
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Api(_) => None,
            Error::Decode(error) => std::error::Error::source(error),
            Error::Transport(error) => std::error::Error::source(error),
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
