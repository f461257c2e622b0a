use super::connect::{self, Origin, Tls};
use super::pool::{Chunks, Conn, Pool};
use super::{Body, BoxFuture, HttpRequest, HttpResponse, Transport, failure};
use bytes::Bytes;
use http_body_util::Full;
use hyper::Uri;
use hyper_util::rt::TokioIo;
use std::future::poll_fn;
use std::pin::pin;
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;
use tencent_action::{
    ConstructionError, ConstructionErrorKind, Error, TimeoutError, TimeoutKind, TransportError,
    TransportErrorKind,
};

/// The default transport without a proxy: HTTP/1.1 by hyper over TCP, TLS by rustls with
/// the webpki roots, connections kept alive and reused (idle for up to 60 seconds).
///
/// Each exchange runs in the task that sends it: the connection is read and written by
/// the call's own future, not handed to a task of its own as a general-purpose client
/// does, which saves two wake-ups across threads per call. It sends the request's
/// headers as they are (no `Accept`, no compression asked for).
///
/// With a proxy in the environment, the default is [`ReqwestTransport`](super::ReqwestTransport),
/// which follows it.
#[derive(Clone)]
pub struct HyperTransport {
    pool: Arc<Pool>,
    tls: Arc<Tls>,
    connect_timeout: Duration,
}

impl HyperTransport {
    /// A transport whose connections (TCP and TLS handshake) must open within
    /// `connect_timeout`.
    pub fn new(connect_timeout: Duration) -> Self {
        HyperTransport {
            pool: Arc::default(),
            tls: Arc::default(),
            connect_timeout,
        }
    }

    /// A pooled connection to `origin`, else a new one.
    async fn connection(&self, origin: Origin) -> Result<Conn, Error> {
        if let Some(conn) = self.pool.take(&origin) {
            return Ok(conn);
        }
        let limit = self.connect_timeout;
        let stream = match tokio::time::timeout(limit, connect::open(&origin, &self.tls)).await {
            Ok(Ok(stream)) => stream,
            Ok(Err(error)) => {
                return Err(
                    TransportError::new(TransportErrorKind::Connect, error.to_string())
                        .with_source(error)
                        .into(),
                );
            }
            Err(_) => {
                return Err(TimeoutError::new(TimeoutKind::Connect)
                    .with_limit(limit)
                    .into());
            }
        };
        let (sender, driver) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .map_err(|error| {
                TransportError::new(TransportErrorKind::Connect, failure::root_cause(&error))
                    .with_source(error)
            })?;
        Ok(Conn::new(origin, sender, driver))
    }

    async fn exchange(&self, request: HttpRequest) -> Result<HttpResponse, Error> {
        let (origin, request) = build(request)?;
        let mut conn = self.connection(origin).await?;
        let ready = poll_fn(|cx| {
            if let Some(ended) = conn.drive(cx) {
                return Poll::Ready(ended.and(Ok(false)));
            }
            conn.sender.poll_ready(cx).map_ok(|()| true)
        })
        .await;
        match ready {
            Ok(true) => {}
            Ok(false) => return Err(closed()),
            Err(error) => return Err(unanswered(error)),
        }
        let mut answer = pin!(conn.sender.send_request(request));
        let response = poll_fn(|cx| {
            let ended = conn.drive(cx);
            if let Poll::Ready(result) = answer.as_mut().poll(cx) {
                return Poll::Ready(result.map_err(unanswered));
            }
            match ended {
                Some(Err(error)) => Poll::Ready(Err(unanswered(error))),
                Some(Ok(())) => Poll::Ready(Err(closed())),
                None if conn.ended() => Poll::Ready(Err(closed())),
                None => Poll::Pending,
            }
        })
        .await?;
        let status = response.status().as_u16();
        let headers = failure::header_pairs(response.headers());
        let chunks = Chunks::new(conn, response.into_body(), self.pool.clone());
        Ok(HttpResponse {
            status,
            headers,
            body: Body::from_stream(chunks),
        })
    }
}

impl Transport for HyperTransport {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, Error>> {
        Box::pin(self.exchange(request))
    }
}

impl std::fmt::Debug for HyperTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HyperTransport")
            .field("connect_timeout", &self.connect_timeout)
            .finish_non_exhaustive()
    }
}

/// The origin to connect to and hyper's request (its target the path alone, as a
/// request to an origin server is written).
fn build(request: HttpRequest) -> Result<(Origin, hyper::Request<Full<Bytes>>), Error> {
    let refused = |message: String| -> Error {
        ConstructionError::new(
            ConstructionErrorKind::Request,
            format!("the HTTP stack refused it: {message}"),
        )
        .into()
    };
    let uri: Uri = request
        .url
        .parse()
        .map_err(|error| refused(format!("{error}")))?;
    let https = match uri.scheme_str() {
        Some("https") => true,
        Some("http") => false,
        _ => return Err(refused("the URL's scheme is not http or https".to_owned())),
    };
    let host = uri
        .host()
        .ok_or_else(|| refused("the URL has no host".to_owned()))?;
    let origin = Origin {
        https,
        host: host.to_owned(),
        port: uri.port_u16().unwrap_or(if https { 443 } else { 80 }),
    };
    let target = uri.path_and_query().map_or("/", |target| target.as_str());
    let mut builder = hyper::Request::builder().method(request.method).uri(target);
    for (name, value) in &request.headers {
        builder = builder.header(*name, value.as_str());
    }
    let request = builder
        .body(Full::new(request.body))
        .map_err(|error| refused(error.to_string()))?;
    Ok((origin, request))
}

/// A connection that closed before the request could be sent or answered.
fn closed() -> Error {
    TransportError::new(
        TransportErrorKind::Io,
        "the connection closed before any answer came",
    )
    .into()
}

/// hyper's failure before the answer's head.
fn unanswered(error: hyper::Error) -> Error {
    TransportError::new(TransportErrorKind::Io, failure::before_answer(&error))
        .with_source(error)
        .into()
}
