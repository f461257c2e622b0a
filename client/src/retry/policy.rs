use tencent_action::{Category, Error};

/// Why a failed attempt may be sent again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryReason {
    /// The server throttled the request: it did nothing.
    Throttling,
    /// The request was never sent: no connection could be made.
    NotSent,
    /// A transient failure after sending (`InternalError`, `ServiceUnavailable`, an HTTP
    /// 502 page, a broken connection), on an idempotent call.
    Transient,
    /// No answer in time: an attempt timeout on an idempotent call, or a connect timeout.
    /// A client's budget charges it more than other retries.
    Timeout,
}

/// Decides whether a failed attempt is sent again. The client asks it after each failure;
/// backoff, attempt limit and budget are applied after it says yes.
pub trait RetryPolicy: Send + Sync + std::fmt::Debug + 'static {
    /// Why `error` may be retried, or `None`. `idempotent`: the request carries a
    /// `ClientToken` or the caller marked the call so, and sending it twice is safe.
    fn classify(&self, error: &Error, idempotent: bool) -> Option<RetryReason>;
}

/// The rules of the official SDKs, made safe, in terms of what the error says of itself
/// so that the two cannot disagree:
/// - only what [`Error::is_retryable`] says may succeed again is retried;
/// - throttling ([`Category::Throttling`]: `RequestLimitExceeded`, HTTP 429) is always
///   retried, the server did nothing;
/// - the rest (transient server errors, 500/502/503/504 pages, broken connections,
///   timeouts) is retried when it was never sent ([`Error::may_have_been_sent`] is
///   false: a refused connection, a connect timeout) or when the call is idempotent.
///
/// Auth, client, quota and resource errors, bodies that do not decode at a status that
/// says nothing, and requests that could not be built are never retried.
///
/// ```
/// use tencent_action::{ApiError, Error, TransportError, TransportErrorKind};
/// use tencent_action_client::retry::{RetryPolicy, RetryReason, StandardRetryPolicy};
///
/// let throttled = Error::from(ApiError::new("RequestLimitExceeded", "slow down", "id"));
/// assert_eq!(StandardRetryPolicy.classify(&throttled, false), Some(RetryReason::Throttling));
/// let internal = Error::from(ApiError::new("InternalError", "oops", "id"));
/// assert_eq!(StandardRetryPolicy.classify(&internal, false), None);
/// assert_eq!(StandardRetryPolicy.classify(&internal, true), Some(RetryReason::Transient));
/// let auth = Error::from(ApiError::new("AuthFailure.SignatureFailure", "bad", "id"));
/// assert_eq!(StandardRetryPolicy.classify(&auth, true), None);
/// let refused = Error::from(TransportError::new(TransportErrorKind::Connect, "refused"));
/// assert_eq!(StandardRetryPolicy.classify(&refused, false), Some(RetryReason::NotSent));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct StandardRetryPolicy;

impl RetryPolicy for StandardRetryPolicy {
    fn classify(&self, error: &Error, idempotent: bool) -> Option<RetryReason> {
        if !error.is_retryable() {
            return None;
        }
        if error.category() == Some(Category::Throttling) {
            return Some(RetryReason::Throttling);
        }
        let sent = error.may_have_been_sent();
        if sent && !idempotent {
            return None;
        }
        Some(match error {
            Error::Timeout(_) => RetryReason::Timeout,
            _ if !sent => RetryReason::NotSent,
            _ => RetryReason::Transient,
        })
    }
}
