//! A small signed HTTP/1.1 caller, so that the mock's tests, benchmark and users' smoke
//! tests can talk to it over a real socket without a full client.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use std::net::SocketAddr;
use tencent_action_sign::{Payload, SignableRequest, sign};

/// One signed call.
#[derive(Clone)]
pub struct SignedCall<'a> {
    /// The service (the credential scope's, and the `Host` header's first label).
    pub service: &'a str,
    /// `X-TC-Version`.
    pub version: &'a str,
    /// `X-TC-Action`.
    pub action: &'a str,
    /// The JSON body.
    pub body: &'a [u8],
    /// The SecretId.
    pub secret_id: &'a str,
    /// The SecretKey.
    pub secret_key: &'a str,
    /// `X-TC-Token`, for temporary credentials.
    pub token: Option<&'a str>,
    /// `X-TC-Timestamp` (Unix seconds).
    pub timestamp: i64,
}

/// Shows everything but the key and the token.
impl std::fmt::Debug for SignedCall<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignedCall")
            .field("service", &self.service)
            .field("version", &self.version)
            .field("action", &self.action)
            .field("body", &String::from_utf8_lossy(self.body))
            .field("secret_id", &self.secret_id)
            .field("secret_key", &"<redacted>")
            .field("token", &self.token.map(|_| "<redacted>"))
            .field("timestamp", &self.timestamp)
            .finish()
    }
}

/// An answer as received.
#[derive(Debug, Clone)]
pub struct RawResponse {
    /// The HTTP status.
    pub status: u16,
    /// The headers (names lowercase).
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Bytes,
}

impl RawResponse {
    /// The first header of that name.
    pub fn header(&self, name: &str) -> Option<&str> {
        crate::check::find_header(&self.headers, name)
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A kept-alive HTTP/1.1 connection to a server.
pub struct Caller {
    sender: SendRequest<Full<Bytes>>,
    addr: SocketAddr,
}

impl std::fmt::Debug for Caller {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Caller").field("addr", &self.addr).finish()
    }
}

impl Caller {
    /// Connects (on the current tokio runtime).
    pub async fn connect(addr: SocketAddr) -> std::io::Result<Caller> {
        let stream = tokio::net::TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .map_err(std::io::Error::other)?;
        tokio::spawn(async move {
            let _ = connection.await;
        });
        Ok(Caller { sender, addr })
    }

    /// Sends a request built by hand.
    pub async fn send(
        &mut self,
        request: hyper::Request<Full<Bytes>>,
    ) -> std::io::Result<RawResponse> {
        self.sender.ready().await.map_err(std::io::Error::other)?;
        let response = self
            .sender
            .send_request(request)
            .await
            .map_err(std::io::Error::other)?;
        let (parts, body) = response.into_parts();
        let body = body
            .collect()
            .await
            .map_err(std::io::Error::other)?
            .to_bytes();
        Ok(RawResponse {
            status: parts.status.as_u16(),
            headers: crate::received::header_pairs(&parts.headers),
            body,
        })
    }

    /// Signs and sends a POST with a JSON body, as the official SDKs do.
    pub async fn call(&mut self, call: &SignedCall<'_>) -> std::io::Result<RawResponse> {
        let request = signed_request(call, &format!("{}.tencentcloudapi.com", call.service))?;
        self.send(request).await
    }
}

/// The POST the official SDKs send for `call`, with `host` as the `Host` header; an
/// error if a value cannot be a header (a line break in the action, say).
pub fn signed_request(
    call: &SignedCall<'_>,
    host: &str,
) -> std::io::Result<hyper::Request<Full<Bytes>>> {
    let content_type = "application/json";
    let headers = [("content-type", content_type), ("host", host)];
    let signed = sign(
        call.secret_id,
        call.secret_key,
        call.service,
        call.timestamp,
        &SignableRequest {
            method: "POST",
            query: "",
            headers: &headers,
            payload: Payload::Bytes(call.body),
        },
    );
    let mut builder = hyper::Request::post("/")
        .header("host", host)
        .header("content-type", content_type)
        .header("authorization", signed.authorization)
        .header("x-tc-action", call.action)
        .header("x-tc-version", call.version)
        .header("x-tc-timestamp", call.timestamp.to_string())
        .header("x-tc-region", "ap-guangzhou");
    if let Some(token) = call.token {
        builder = builder.header("x-tc-token", token);
    }
    builder
        .body(Full::new(Bytes::copy_from_slice(call.body)))
        .map_err(std::io::Error::other)
}

/// Unix seconds now.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs() as i64)
}
