//! The HTTP stack behind a small trait: the client builds, signs and judges requests;
//! a [`Transport`] only moves bytes.

mod body;
#[cfg(feature = "reqwest")]
mod connect;
#[cfg(feature = "reqwest")]
mod direct;
#[cfg(feature = "reqwest")]
mod failure;
#[cfg(feature = "reqwest")]
mod pool;
#[cfg(feature = "reqwest")]
mod reqwest;

pub use self::body::Body;
#[cfg(feature = "reqwest")]
pub use self::direct::HyperTransport;
#[cfg(feature = "reqwest")]
pub use self::reqwest::ReqwestTransport;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
pub use tencent_action::{TransportError, TransportErrorKind};

/// A boxed, sendable future: what the object-safe traits of this crate return.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The header that repeats the answer's RequestId, lowercase.
pub(crate) const REQUEST_ID_HEADER: &str = "x-tc-requestid";

/// One HTTP request, signed and ready to go. Its `Debug` shows the `Authorization` and
/// `X-TC-Token` headers as `<redacted>`.
///
/// ```
/// use tencent_action_client::transport::HttpRequest;
///
/// let request = HttpRequest::new("GET", "http://127.0.0.1:8080/").with_header("Accept", "*/*");
/// assert_eq!(request.header("accept"), Some("*/*"));
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub struct HttpRequest {
    /// `POST` for API calls, `GET` for the metadata service.
    pub method: &'static str,
    /// The whole URL: scheme, host, optional port and path.
    pub url: String,
    /// The headers to send, `Host` and `Authorization` included.
    pub headers: Vec<(&'static str, String)>,
    /// The body, shared with the retries of the same call.
    pub body: bytes::Bytes,
}

impl HttpRequest {
    /// A request without headers and with an empty body.
    pub fn new(method: &'static str, url: impl Into<String>) -> Self {
        HttpRequest {
            method,
            url: url.into(),
            headers: Vec::new(),
            body: bytes::Bytes::new(),
        }
    }

    /// Adds a header.
    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets the body.
    pub fn with_body(mut self, body: impl Into<bytes::Bytes>) -> Self {
        self.body = body.into();
        self
    }

    /// The value of header `name` (any case), if the request has it.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// One HTTP answer: its status, its headers and its body, read on demand.
///
/// ```
/// use tencent_action_client::transport::HttpResponse;
///
/// let response = HttpResponse::new(200, &b"{}"[..]).with_header("X-TC-RequestId", "r");
/// assert_eq!(response.header("x-tc-requestid"), Some("r"));
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct HttpResponse {
    /// The HTTP status code.
    pub status: u16,
    /// The headers, names lowercase.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Body,
}

impl HttpResponse {
    /// An answer with `status` and `body`, without headers.
    pub fn new(status: u16, body: impl Into<Body>) -> Self {
        HttpResponse {
            status,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// Adds a header (its name is stored lowercase).
    pub fn with_header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.to_ascii_lowercase(), value.into()));
        self
    }

    /// The value of header `name` (any case), if the answer has it.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// Sends one HTTP request and gives back the answer: the one thing the client asks of an
/// HTTP stack. Plug in another client, or a test double that needs no socket.
///
/// Failures are a [`tencent_action::Error`], one of three: [`TransportError`] when the
/// connection failed ([`TransportErrorKind::Connect`] when the request was never sent:
/// the client retries those freely), [`TimeoutError`](tencent_action::TimeoutError) when
/// the stack's own limit ran out (a connect timeout was never sent), and
/// [`ConstructionError`](tencent_action::ConstructionError) when the stack refuses the
/// request as built. The body's chunks fail with a [`TransportError`].
///
/// The client gives up an attempt (its timeout, the caller's cancellation) by dropping
/// the future or the answer's body: a connection whose exchange was dropped or failed
/// half-way must not be handed to another request, whose answer it could be read for.
/// The default transport does not reuse it (hyper returns a connection to its pool only
/// after a whole answer).
///
/// ```
/// use tencent_action_client::transport::{Body, BoxFuture, HttpRequest, HttpResponse, Transport};
/// use tencent_action::Error;
///
/// /// Answers every request with the same body, without a network.
/// #[derive(Debug)]
/// struct Canned(&'static str);
///
/// impl Transport for Canned {
///     fn send(&self, _request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, Error>> {
///         let body = Body::from(self.0.as_bytes());
///         Box::pin(async move { Ok(HttpResponse::new(200, body)) })
///     }
/// }
/// ```
pub trait Transport: Send + Sync + std::fmt::Debug + 'static {
    /// Sends `request`; the future resolves when the answer's head has come (the body
    /// may still be streaming).
    fn send(
        &self,
        request: HttpRequest,
    ) -> BoxFuture<'_, Result<HttpResponse, tencent_action::Error>>;
}

/// A shared transport sends as the one it shares (a client and its CVM role provider
/// share one connection pool).
impl<T: Transport + ?Sized> Transport for Arc<T> {
    fn send(
        &self,
        request: HttpRequest,
    ) -> BoxFuture<'_, Result<HttpResponse, tencent_action::Error>> {
        (**self).send(request)
    }
}

/// `error` with the answer's `X-TC-RequestId`, unless it already has a RequestId.
pub(crate) fn tag(error: TransportError, request_id: Option<&str>) -> tencent_action::Error {
    match request_id {
        Some(id) if error.request_id().is_none() => error.with_request_id(id).into(),
        _ => error.into(),
    }
}

/// Whether the environment names a proxy, as reqwest reads it: `HTTP_PROXY` (not in a CGI
/// script, where it is a request's header), `HTTPS_PROXY` or `ALL_PROXY`, in either case.
#[cfg(feature = "reqwest")]
pub(crate) fn proxy_in_environment() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|value| !value.is_empty());
    let cgi = std::env::var_os("REQUEST_METHOD").is_some();
    (!cgi && set("HTTP_PROXY"))
        || [
            "http_proxy",
            "HTTPS_PROXY",
            "https_proxy",
            "ALL_PROXY",
            "all_proxy",
        ]
        .into_iter()
        .any(set)
}
