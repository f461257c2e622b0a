//! The HTTP stack behind a small trait: the client builds, signs and judges requests;
//! a [`Transport`] only moves bytes.

mod body;
mod reqwest;

pub use self::body::Body;
pub use self::reqwest::ReqwestTransport;

use std::future::Future;
use std::pin::Pin;
pub use tencent_action::{TransportError, TransportErrorKind};

/// A boxed, sendable future: what the object-safe traits of this crate return.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// One HTTP request, signed and ready to go.
#[derive(Clone, Debug)]
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
    /// The value of header `name` (any case), if the request has it.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// One HTTP answer: its status, its headers and its body, read on demand.
#[derive(Debug)]
pub struct HttpResponse {
    /// The HTTP status code.
    pub status: u16,
    /// The headers, names lowercase.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Body,
}

impl HttpResponse {
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
/// Failures are [`TransportError`]s: [`TransportErrorKind::Connect`] when the request was
/// never sent (the client retries those freely), [`TransportErrorKind::Io`] or
/// [`TransportErrorKind::Timeout`] after it may have been.
///
/// ```
/// use tencent_action_client::transport::{Body, BoxFuture, HttpRequest, HttpResponse, Transport};
/// use tencent_action::TransportError;
///
/// /// Answers every request with the same body, without a network.
/// #[derive(Debug)]
/// struct Canned(&'static str);
///
/// impl Transport for Canned {
///     fn send(&self, _request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>> {
///         let body = Body::from(self.0.as_bytes());
///         Box::pin(async move { Ok(HttpResponse { status: 200, headers: Vec::new(), body }) })
///     }
/// }
/// ```
pub trait Transport: Send + Sync + std::fmt::Debug + 'static {
    /// Sends `request`; the future resolves when the answer's head has come (the body
    /// may still be streaming).
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>>;
}
