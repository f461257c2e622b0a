use super::{Body, BoxFuture, HttpRequest, HttpResponse, Transport};
use std::time::Duration;
use tencent_action::{TransportError, TransportErrorKind};

/// The default transport: reqwest on hyper, TLS by rustls with the webpki roots, gzip,
/// and the proxy of the environment (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`,
/// `NO_PROXY`). One connection pool per transport; the clones of a client share it.
#[derive(Clone, Debug)]
pub struct ReqwestTransport {
    client: reqwest::Client,
}

impl ReqwestTransport {
    /// A transport whose connections must open within `connect_timeout`.
    pub fn new(connect_timeout: Duration) -> Result<Self, TransportError> {
        let client = reqwest::Client::builder()
            .connect_timeout(connect_timeout)
            .pool_idle_timeout(Duration::from_secs(60))
            .build()
            .map_err(|error| {
                TransportError::new(
                    TransportErrorKind::Request,
                    "the HTTP client could not be built",
                )
                .with_source(error)
            })?;
        Ok(ReqwestTransport { client })
    }

    /// A transport over an HTTP client configured by the caller (its own TLS roots,
    /// proxy, pool sizes).
    pub fn from_client(client: reqwest::Client) -> Self {
        ReqwestTransport { client }
    }
}

impl Transport for ReqwestTransport {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>> {
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
            let response = builder.body(request.body).send().await.map_err(failure)?;
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
                    Err(error) => Some((Err(failure(error)), None)),
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

/// The kind of a reqwest failure: a connection that never opened was not sent.
fn failure(error: reqwest::Error) -> TransportError {
    let (kind, message) = if error.is_connect() {
        (TransportErrorKind::Connect, "connecting to the endpoint")
    } else if error.is_timeout() {
        (TransportErrorKind::Timeout, "waiting for the answer")
    } else if error.is_body() || error.is_decode() {
        (TransportErrorKind::Io, "reading the answer's body")
    } else if error.is_builder() {
        (TransportErrorKind::Request, "building the HTTP request")
    } else {
        (TransportErrorKind::Io, "sending the request")
    };
    // reqwest's own message names the URL, which holds no secret; its source chain says why.
    TransportError::new(kind, message).with_source(error.without_url())
}
