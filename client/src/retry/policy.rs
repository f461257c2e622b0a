use tencent_action::{Category, Error, TransportErrorKind};

/// Why a failed attempt may be sent again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryReason {
    /// The server throttled the request: it did nothing.
    Throttling,
    /// The connection failed before the request was sent.
    NotSent,
    /// A transient server failure (`InternalError`, `ServiceUnavailable`, HTTP 5xx) or a
    /// broken connection after sending, on an idempotent call.
    Transient,
    /// No answer in time, on an idempotent call.
    Timeout,
}

/// Decides whether a failed attempt is sent again. The client asks it after each failure;
/// backoff, attempt limit and budget are applied after it says yes.
pub trait RetryPolicy: Send + Sync + std::fmt::Debug + 'static {
    /// Why `error` may be retried, or `None`. `idempotent`: the request carries a
    /// `ClientToken` or the caller marked the call so, and sending it twice is safe.
    fn classify(&self, error: &Error, idempotent: bool) -> Option<RetryReason>;
}

/// The rules of the official SDKs, made safe:
/// - throttling is always retried (the server did nothing);
/// - a connection that failed before the request was sent is always retried;
/// - a transient server error (the runtime's [`Category::Transient`]), an HTTP 5xx
///   answer, a connection broken after sending and a timeout are retried only when the
///   call is idempotent;
/// - everything else (auth, client, quota, resource errors, bodies that do not decode)
///   is never retried.
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
        if let Some(api) = error.as_api() {
            if !api.is_retryable() {
                return None;
            }
            return match api.category() {
                Category::Throttling => Some(RetryReason::Throttling),
                _ if idempotent => Some(RetryReason::Transient),
                _ => None,
            };
        }
        let transport = error.as_transport()?;
        match transport.kind() {
            TransportErrorKind::Connect => Some(RetryReason::NotSent),
            TransportErrorKind::Status if transport.status() == Some(429) => {
                Some(RetryReason::Throttling)
            }
            TransportErrorKind::Status
                if transport.status().is_some_and(|s| s >= 500) && idempotent =>
            {
                Some(RetryReason::Transient)
            }
            TransportErrorKind::Io if idempotent => Some(RetryReason::Transient),
            TransportErrorKind::Timeout if idempotent => Some(RetryReason::Timeout),
            _ => None,
        }
    }
}
