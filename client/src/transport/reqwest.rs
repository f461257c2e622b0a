use super::{Body, BoxFuture, HttpRequest, HttpResponse, Transport};
use std::error::Error as StdError;
use std::io::ErrorKind;
use std::time::Duration;
use tencent_action::{
    ConstructionError, ConstructionErrorKind, Error, TimeoutError, TimeoutKind, TransportError,
    TransportErrorKind,
};

/// The default transport: reqwest on hyper, TLS by rustls with the webpki roots, gzip,
/// and the proxy of the environment (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`,
/// `NO_PROXY`). One connection pool per transport; the clones of a client share it.
#[derive(Clone, Debug)]
pub struct ReqwestTransport {
    client: reqwest::Client,
    /// The connect timeout it was built with, for the error that says it ran out.
    connect_timeout: Option<Duration>,
}

impl ReqwestTransport {
    /// A transport whose connections must open within `connect_timeout`. Fails when
    /// reqwest cannot build its client (its TLS stack does not start).
    pub fn new(connect_timeout: Duration) -> Result<Self, reqwest::Error> {
        let client = reqwest::Client::builder()
            .connect_timeout(connect_timeout)
            .pool_idle_timeout(Duration::from_secs(60))
            .build()?;
        Ok(ReqwestTransport {
            client,
            connect_timeout: Some(connect_timeout),
        })
    }

    /// A transport over an HTTP client configured by the caller (its own TLS roots,
    /// proxy, pool sizes).
    pub fn from_client(client: reqwest::Client) -> Self {
        ReqwestTransport {
            client,
            connect_timeout: None,
        }
    }

    /// What a failure of reqwest before the answer's head means: refused, timed out,
    /// closed, or a request it would not build.
    fn failure(&self, error: reqwest::Error) -> Error {
        // reqwest's own message names the URL, which holds no secret; dropping it keeps
        // the errors short.
        let error = error.without_url();
        if error.is_builder() {
            return ConstructionError::new(
                ConstructionErrorKind::Request,
                format!("the HTTP stack refused it: {}", root_cause(&error)),
            )
            .with_source(error)
            .into();
        }
        if error.is_timeout() {
            let kind = if error.is_connect() {
                TimeoutKind::Connect
            } else {
                TimeoutKind::Attempt
            };
            let mut timeout = TimeoutError::new(kind);
            if let (TimeoutKind::Connect, Some(limit)) = (kind, self.connect_timeout) {
                timeout = timeout.with_limit(limit);
            }
            return timeout.with_source(error).into();
        }
        if error.is_connect() {
            return TransportError::new(TransportErrorKind::Connect, root_cause(&error))
                .with_source(error)
                .into();
        }
        TransportError::new(TransportErrorKind::Io, before_answer(&error))
            .with_source(error)
            .into()
    }
}

impl Transport for ReqwestTransport {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, Error>> {
        Box::pin(async move {
            let method = if request.method == "GET" {
                reqwest::Method::GET
            } else {
                reqwest::Method::POST
            };
            let mut builder = self.client.request(method, &request.url);
            for (name, value) in &request.headers {
                builder = builder.header(*name, value);
            }
            let response = builder
                .body(request.body)
                .send()
                .await
                .map_err(|error| self.failure(error))?;
            let status = response.status().as_u16();
            let headers = response
                .headers()
                .iter()
                .map(|(name, value)| {
                    (
                        name.as_str().to_owned(),
                        String::from_utf8_lossy(value.as_bytes()).into_owned(),
                    )
                })
                .collect();
            let chunks = futures_util::stream::unfold(Some(response), |response| async move {
                let mut response = response?;
                match response.chunk().await {
                    Ok(Some(chunk)) => Some((Ok(chunk), Some(response))),
                    Ok(None) => None,
                    Err(error) => Some((Err(body_failure(error)), None)),
                }
            });
            Ok(HttpResponse {
                status,
                headers,
                body: Body::from_stream(chunks),
            })
        })
    }
}

/// A failure while the answer's body came: the head came, so the request was sent.
fn body_failure(error: reqwest::Error) -> TransportError {
    let error = error.without_url();
    let message = match io_kind(&error) {
        Some(ErrorKind::UnexpectedEof) => {
            "the connection closed while the answer's body came".to_owned()
        }
        Some(ErrorKind::ConnectionReset) => {
            "the connection was reset while the answer's body came".to_owned()
        }
        _ => format!("reading the answer's body: {}", root_cause(&error)),
    };
    TransportError::new(TransportErrorKind::Io, message).with_source(error)
}

/// What happened to a request whose connection opened but gave no answer's head, read
/// from hyper's error and the I/O error beneath.
fn before_answer(error: &reqwest::Error) -> String {
    let hyper = chain(error).find_map(|cause| cause.downcast_ref::<hyper::Error>());
    if hyper.is_some_and(hyper::Error::is_incomplete_message) {
        return "the connection closed before any answer came".to_owned();
    }
    if hyper.is_some_and(hyper::Error::is_parse) {
        return format!("the answer is not valid HTTP: {}", root_cause(error));
    }
    match io_kind(error) {
        Some(ErrorKind::ConnectionReset) => {
            "the connection was reset before any answer came".to_owned()
        }
        Some(ErrorKind::BrokenPipe) => {
            "the connection closed while the request was being written".to_owned()
        }
        _ => format!("no answer came: {}", root_cause(error)),
    }
}

/// `error` and its causes, outermost first.
fn chain<'a>(
    error: &'a (dyn StdError + 'static),
) -> impl Iterator<Item = &'a (dyn StdError + 'static)> {
    std::iter::successors(Some(error), |&cause| cause.source())
}

/// The kind of the first I/O error among the causes.
fn io_kind(error: &reqwest::Error) -> Option<ErrorKind> {
    chain(error).find_map(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
    })
}

/// The innermost cause's words ("Connection refused (os error 111)", "dns error: ..."):
/// the outer layers only say "error sending request".
fn root_cause(error: &reqwest::Error) -> String {
    chain(error)
        .last()
        .map(ToString::to_string)
        .unwrap_or_default()
}
