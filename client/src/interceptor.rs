//! Hooks on every attempt of every call: change the request before it is signed, see
//! the answer after. Registered on the builder
//! ([`ClientBuilder::interceptor`](crate::ClientBuilder::interceptor)), they run in the
//! order given, on each attempt, inside the client's retries: a call sent three times is
//! seen three times.
//!
//! ```
//! use tencent_action::Error;
//! use tencent_action_client::interceptor::{AttemptContext, AttemptOutcome, Interceptor};
//! use tencent_action_client::transport::HttpRequest;
//! use tencent_action_client::{Client, Credential};
//!
//! /// Tags each request with a trace id, and prints how each attempt ended.
//! struct Trace;
//!
//! impl Interceptor for Trace {
//!     fn before_signing(&self, request: &mut HttpRequest, attempt: &AttemptContext<'_>) -> Result<(), Error> {
//!         request.headers.push(("X-Trace-Id", format!("{}-{}", attempt.action(), attempt.attempt())));
//!         Ok(())
//!     }
//!
//!     fn after_attempt(&self, outcome: &AttemptOutcome<'_>, attempt: &AttemptContext<'_>) {
//!         eprintln!("{} attempt {}: {:?}", attempt.action(), attempt.attempt(), outcome.status());
//!     }
//! }
//!
//! let client = Client::builder()
//!     .credential(Credential::new("AKIDexample", "secret"))
//!     .interceptor(Trace)
//!     .build()
//!     .unwrap();
//! assert!(format!("{client:?}").contains("1 interceptor"));
//! ```
//!
//! # Secrets
//!
//! The request a hook is handed holds no secret: the `Authorization` signature and the
//! `X-TC-Token` of temporary credentials are added after the hooks have run. Anywhere an
//! [`HttpRequest`] is printed with `Debug` (a transport's log, say), those two headers
//! show as `<redacted>`. An answer's body may hold secrets (STS's temporary keys, a
//! password a service sends back): mask them before logging it, as `client/README.md`
//! shows.

use crate::answer::is_event_stream;
use crate::call::Call;
use crate::transport::{HttpRequest, HttpResponse, REQUEST_ID_HEADER, tag};
use bytes::Bytes;
use std::fmt;
use std::sync::Arc;
use tencent_action::Error;

/// A hook on each attempt of each call; both methods do nothing unless implemented.
///
/// Implement it for a type that holds what the hook needs (a counter, a log sink); it is
/// shared by every call of the client and its clones, hence `Send + Sync`.
///
/// ```
/// use std::sync::atomic::{AtomicU32, Ordering};
/// use tencent_action_client::interceptor::{AttemptContext, AttemptOutcome, Interceptor};
///
/// /// Counts the attempts the server answered with a 5xx status.
/// #[derive(Default)]
/// struct ServerErrors(AtomicU32);
///
/// impl Interceptor for ServerErrors {
///     fn after_attempt(&self, outcome: &AttemptOutcome<'_>, _: &AttemptContext<'_>) {
///         if outcome.status().is_some_and(|status| status >= 500) {
///             self.0.fetch_add(1, Ordering::Relaxed);
///         }
///     }
/// }
/// ```
pub trait Interceptor: Send + Sync + 'static {
    /// Changes the request before it is signed: a header added (the signature covers
    /// only `Content-Type` and `Host`, so a header may be anything), the body rewritten
    /// (it is signed as the hook leaves it). Whether the call is idempotent was decided
    /// from the body as the caller gave it. An error stops the call as it is, unsent and
    /// not retried: make it a [`ConstructionError`](tencent_action::ConstructionError).
    fn before_signing(
        &self,
        request: &mut HttpRequest,
        attempt: &AttemptContext<'_>,
    ) -> Result<(), Error> {
        let _ = (request, attempt);
        Ok(())
    }

    /// Sees how an attempt ended, before the client decides whether to retry it: the
    /// answer's status, headers and body when one came, and the attempt's error. It is
    /// called once for every attempt handed to the transport (not for one that stopped
    /// before: no credentials, a `before_signing` error).
    fn after_attempt(&self, outcome: &AttemptOutcome<'_>, attempt: &AttemptContext<'_>) {
        let _ = (outcome, attempt);
    }
}

/// A shared interceptor hooks as the one it shares: keep an `Arc` to read its state.
impl<T: Interceptor + ?Sized> Interceptor for Arc<T> {
    fn before_signing(
        &self,
        request: &mut HttpRequest,
        attempt: &AttemptContext<'_>,
    ) -> Result<(), Error> {
        (**self).before_signing(request, attempt)
    }

    fn after_attempt(&self, outcome: &AttemptOutcome<'_>, attempt: &AttemptContext<'_>) {
        (**self).after_attempt(outcome, attempt)
    }
}

/// Which call, and which attempt of it, a hook is run for. Its `Debug` shows the names
/// and the attempt, not the body (which may hold a password).
#[derive(Clone, Copy)]
pub struct AttemptContext<'a> {
    call: &'a Call<'a>,
    attempt: u32,
}

impl<'a> AttemptContext<'a> {
    pub(crate) fn new(call: &'a Call<'a>, attempt: u32) -> Self {
        AttemptContext { call, attempt }
    }

    pub(crate) fn call(&self) -> &'a Call<'a> {
        self.call
    }

    /// The service's short name (`cvm`).
    pub fn service(&self) -> &str {
        self.call.service
    }

    /// The API version (`2017-03-12`).
    pub fn version(&self) -> &str {
        self.call.version
    }

    /// The action (`DescribeInstances`).
    pub fn action(&self) -> &str {
        self.call.action
    }

    /// The region sent, if one is.
    pub fn region(&self) -> Option<&str> {
        self.call.region
    }

    /// Which attempt this is, 1 for the first.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// Whether the call may be sent again after the server may have acted on it.
    pub fn idempotent(&self) -> bool {
        self.call.idempotent
    }
}

/// How one attempt ended: the answer, when one came, and the error, when it failed.
///
/// A success has an answer and no error; the server's error or an unreadable answer,
/// both; a connection that failed or an attempt that ran out of time, only the error.
#[derive(Clone, Copy, Debug)]
pub struct AttemptOutcome<'a> {
    answer: Option<Answer<'a>>,
    error: Option<&'a Error>,
}

#[derive(Clone, Copy, Debug)]
struct Answer<'a> {
    status: u16,
    headers: &'a [(String, String)],
    /// `None` for a stream of events, which is read as it comes.
    body: Option<&'a [u8]>,
}

impl<'a> AttemptOutcome<'a> {
    /// The answer's HTTP status.
    pub fn status(&self) -> Option<u16> {
        self.answer.map(|answer| answer.status)
    }

    /// The answer's headers (names lowercase); empty when none came.
    pub fn headers(&self) -> &'a [(String, String)] {
        self.answer.map_or(&[], |answer| answer.headers)
    }

    /// The value of the answer's header `name` (any case).
    pub fn header(&self, name: &str) -> Option<&'a str> {
        self.headers()
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// The answer's whole body; `None` when no answer came, and for a stream of events
    /// (whose body is read after the call returns).
    pub fn body(&self) -> Option<&'a [u8]> {
        self.answer.and_then(|answer| answer.body)
    }

    /// Why the attempt failed, if it did: what the client then retries or returns.
    pub fn error(&self) -> Option<&'a Error> {
        self.error
    }
}

/// The interceptors of a client, in the order they were registered.
#[derive(Clone, Default)]
pub(crate) struct Interceptors(Vec<Arc<dyn Interceptor>>);

impl Interceptors {
    pub(crate) fn push(&mut self, interceptor: Arc<dyn Interceptor>) {
        self.0.push(interceptor);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Runs every `before_signing` hook in order; the first error stops the others.
    pub(crate) fn before_signing(
        &self,
        request: &mut HttpRequest,
        attempt: &AttemptContext<'_>,
    ) -> Result<(), Error> {
        self.0
            .iter()
            .try_for_each(|hook| hook.before_signing(request, attempt))
    }

    /// Runs every `after_attempt` hook in order, for an attempt that got no answer.
    pub(crate) fn failed(&self, error: &Error, attempt: &AttemptContext<'_>) {
        let outcome = AttemptOutcome {
            answer: None,
            error: Some(error),
        };
        self.after(&outcome, attempt);
    }

    /// Reads `response` with `read` and shows the hooks the answer and the result. The
    /// body is read whole first, so that the hooks see it, unless it is a stream of
    /// events.
    pub(crate) async fn read<T, F, Fut>(
        &self,
        response: HttpResponse,
        read: &F,
        attempt: &AttemptContext<'_>,
    ) -> Result<T, Error>
    where
        F: Fn(HttpResponse) -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let status = response.status;
        if is_event_stream(&response) {
            let headers = response.headers.clone();
            let result = read(response).await;
            self.answered(status, &headers, None, result.as_ref().err(), attempt);
            return result;
        }
        let HttpResponse { headers, body, .. } = response;
        let mut whole = HttpResponse::new(status, Bytes::new());
        whole.headers = headers;
        let body = match body.collect().await {
            Ok(body) => body,
            Err(error) => {
                let error = tag(error, whole.header(REQUEST_ID_HEADER));
                self.answered(status, &whole.headers, None, Some(&error), attempt);
                return Err(error);
            }
        };
        let headers = whole.headers.clone();
        whole.body = body.clone().into();
        let result = read(whole).await;
        let error = result.as_ref().err();
        self.answered(status, &headers, Some(&body), error, attempt);
        result
    }

    fn answered(
        &self,
        status: u16,
        headers: &[(String, String)],
        body: Option<&[u8]>,
        error: Option<&Error>,
        attempt: &AttemptContext<'_>,
    ) {
        let answer = Answer {
            status,
            headers,
            body,
        };
        let outcome = AttemptOutcome {
            answer: Some(answer),
            error,
        };
        self.after(&outcome, attempt);
    }

    fn after(&self, outcome: &AttemptOutcome<'_>, attempt: &AttemptContext<'_>) {
        for hook in &self.0 {
            hook.after_attempt(outcome, attempt);
        }
    }
}

impl fmt::Debug for AttemptContext<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AttemptContext")
            .field("service", &self.service())
            .field("version", &self.version())
            .field("action", &self.action())
            .field("region", &self.region())
            .field("attempt", &self.attempt)
            .field("idempotent", &self.idempotent())
            .finish()
    }
}

impl fmt::Debug for Interceptors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.len() {
            1 => f.write_str("1 interceptor"),
            count => write!(f, "{count} interceptors"),
        }
    }
}

/// Shows every header but the two that hold secrets, whose values are `<redacted>`.
impl fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Headers<'a>(&'a [(&'static str, String)]);
        impl fmt::Debug for Headers<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let secret = |name: &str| {
                    ["authorization", "x-tc-token"]
                        .iter()
                        .any(|secret| name.eq_ignore_ascii_case(secret))
                };
                f.debug_list()
                    .entries(self.0.iter().map(|(name, value)| {
                        (*name, if secret(name) { "<redacted>" } else { value })
                    }))
                    .finish()
            }
        }
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &Headers(&self.headers))
            .field("body", &self.body)
            .finish()
    }
}
