use super::failure::{self, root_cause};
use super::{Body, BoxFuture, HttpRequest, HttpResponse, Transport};
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
        TransportError::new(TransportErrorKind::Io, failure::before_answer(&error))
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
            let headers = failure::header_pairs(response.headers());
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
    TransportError::new(TransportErrorKind::Io, failure::in_body(&error)).with_source(error)
}
