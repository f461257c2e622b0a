//! A tiny HTTP/1.1 server on loopback for the client's tests: it records every request it
//! sees and answers as the test's handler says, faults included (a gateway's HTML page,
//! a body cut short, a connection closed mid-answer, an answer that never comes).
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The SecretId and SecretKey the tests sign with.
pub const SECRET_ID: &str = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
pub const SECRET_KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
pub const TOKEN: &str = "session-token-that-must-stay-secret";

/// One request as the server read it.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("the request body is JSON")
    }

    /// Whether the Authorization header is a valid signature of this request by `key`,
    /// checked by the signing crate's verifier over what arrived on the wire.
    pub fn signature_valid(&self, key: &str) -> bool {
        let Some(header) = self.header("authorization") else {
            return false;
        };
        let Ok(authorization) = tencent_action_sign::Authorization::parse(header) else {
            return false;
        };
        let Some(timestamp) = self.header("x-tc-timestamp").and_then(|t| t.parse().ok()) else {
            return false;
        };
        let signed: Vec<(&str, &str)> = authorization
            .signed_headers()
            .map(|name| (name, self.header(name).unwrap_or("")))
            .collect();
        let request = tencent_action_sign::SignableRequest {
            method: &self.method,
            query: "",
            headers: &signed,
            payload: tencent_action_sign::Payload::Bytes(&self.body),
        };
        authorization.verify(key, timestamp, &request)
    }
}

/// What the server does with one request.
pub enum Reply {
    /// A complete answer.
    Answer {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
    },
    /// These bytes, then the connection is closed.
    Raw(Vec<u8>),
    /// Waits, then replies.
    After(Duration, Box<Reply>),
    /// Closes the connection without a word.
    Close,
    /// These bytes, then the next reply on the same connection: with `After`, an answer
    /// cut short on a connection held open.
    Then(Vec<u8>, Box<Reply>),
}

impl Reply {
    /// 200 with a JSON body and an `X-TC-RequestId` header.
    pub fn json(body: impl Into<String>) -> Reply {
        Reply::Answer {
            status: 200,
            headers: vec![
                ("Content-Type", "application/json".into()),
                ("X-TC-RequestId", "header-request-id".into()),
            ],
            body: body.into().into_bytes(),
        }
    }

    /// A success of DescribeInstancesStatus.
    pub fn success(request_id: &str) -> Reply {
        Reply::json(format!(
            r#"{{"Response":{{"TotalCount":1,"RequestId":"{request_id}"}}}}"#
        ))
    }

    /// The server's error `code`.
    pub fn error(code: &str) -> Reply {
        Reply::json(format!(
            r#"{{"Response":{{"Error":{{"Code":"{code}","Message":"the message of {code}"}},"RequestId":"error-request-id"}}}}"#
        ))
    }

    /// A gateway's HTML page with `status`.
    pub fn html(status: u16) -> Reply {
        Reply::Answer {
            status,
            headers: vec![
                ("Content-Type", "text/html".into()),
                ("X-TC-RequestId", "gateway-request-id".into()),
            ],
            body: format!(
                "<html><head><title>{status} Bad Gateway</title></head><body>nginx</body></html>"
            )
            .into_bytes(),
        }
    }

    pub fn after(delay: Duration, reply: Reply) -> Reply {
        Reply::After(delay, Box::new(reply))
    }
}

type Handler = dyn Fn(usize, &Seen) -> Reply + Send + Sync;

/// A running server; dropped, it stops accepting.
pub struct Server {
    pub url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    /// Starts a server whose `handler` gets the index of each request (0 for the first)
    /// and the request.
    pub async fn start(handler: impl Fn(usize, &Seen) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let count = Arc::new(AtomicUsize::new(0));
        let connections = Arc::new(AtomicUsize::new(0));
        let task = {
            let (seen, connections) = (seen.clone(), connections.clone());
            tokio::spawn(async move {
                loop {
                    let Ok((stream, _)) = listener.accept().await else {
                        return;
                    };
                    connections.fetch_add(1, Ordering::SeqCst);
                    let _ = stream.set_nodelay(true);
                    let (seen, handler, count) = (seen.clone(), handler.clone(), count.clone());
                    tokio::spawn(connection(stream, seen, handler, count));
                }
            })
        };
        Server {
            url,
            seen,
            connections,
            task,
        }
    }

    /// Every request seen so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    pub fn count(&self) -> usize {
        self.seen.lock().unwrap().len()
    }

    /// The connections accepted so far.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

async fn connection(
    mut stream: TcpStream,
    seen: Arc<Mutex<Vec<Seen>>>,
    handler: Arc<Handler>,
    count: Arc<AtomicUsize>,
) {
    let mut buffer = Vec::new();
    loop {
        let Some(request) = read_request(&mut stream, &mut buffer).await else {
            return;
        };
        seen.lock().unwrap().push(request.clone());
        let index = count.fetch_add(1, Ordering::SeqCst);
        let mut reply = handler(index, &request);
        loop {
            match reply {
                Reply::After(delay, next) => {
                    tokio::time::sleep(delay).await;
                    reply = *next;
                }
                Reply::Close => return,
                Reply::Then(bytes, next) => {
                    if stream.write_all(&bytes).await.is_err() {
                        return;
                    }
                    reply = *next;
                }
                Reply::Raw(bytes) => {
                    let _ = stream.write_all(&bytes).await;
                    let _ = stream.shutdown().await;
                    return;
                }
                Reply::Answer {
                    status,
                    headers,
                    body,
                } => {
                    let mut head = format!(
                        "HTTP/1.1 {status} Status\r\nContent-Length: {}\r\n",
                        body.len()
                    );
                    for (name, value) in headers {
                        head.push_str(&format!("{name}: {value}\r\n"));
                    }
                    head.push_str("\r\n");
                    // One write: a head and a body sent apart meet Nagle's algorithm and
                    // the peer's delayed ACK, 40 ms per answer.
                    let mut answer = head.into_bytes();
                    answer.extend_from_slice(&body);
                    if stream.write_all(&answer).await.is_err() {
                        return;
                    }
                    break;
                }
            }
        }
    }
}

async fn read_request(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<Seen> {
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        let mut chunk = [0u8; 4096];
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let (method, path) = (first.next()?.to_owned(), first.next()?.to_owned());
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let start = head_end + 4;
    while buffer.len() < start + length {
        let mut chunk = [0u8; 4096];
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    }
    let body = buffer[start..start + length].to_vec();
    buffer.drain(..start + length);
    Some(Seen {
        method,
        path,
        headers,
        body,
    })
}

/// A handler that answers the server's error `code` to the first `failures` requests,
/// then succeeds with RequestId `request_id`.
pub fn fail_then_succeed(
    failures: usize,
    code: &'static str,
    request_id: &'static str,
) -> impl Fn(usize, &Seen) -> Reply + Send + Sync + 'static {
    move |index, _| {
        if index < failures {
            Reply::error(code)
        } else {
            Reply::success(request_id)
        }
    }
}

/// Makes `calls` calls at once through clones of `client`, and their RequestIds.
pub async fn concurrently(client: &tencent_action_client::Client, calls: usize) -> Vec<String> {
    let tasks: Vec<_> = (0..calls)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.call::<DescribeInstancesStatus>(&()).await })
        })
        .collect();
    let mut ids = Vec::new();
    for task in tasks {
        ids.push(
            task.await
                .unwrap()
                .unwrap()
                .request_id()
                .unwrap_or_default()
                .to_owned(),
        );
    }
    ids
}

/// Counts the requests that reach the transport: a connection that never opens never
/// reaches a server to count them.
#[cfg(feature = "reqwest")]
#[derive(Debug)]
pub struct Counting(
    pub tencent_action_client::transport::ReqwestTransport,
    pub Arc<AtomicUsize>,
);

#[cfg(feature = "reqwest")]
impl Counting {
    /// A default transport whose connections must open within `connect_timeout`, and
    /// the count of its requests.
    pub fn new(connect_timeout: Duration) -> (Counting, Arc<AtomicUsize>) {
        let count = Arc::new(AtomicUsize::new(0));
        let transport =
            tencent_action_client::transport::ReqwestTransport::new(connect_timeout).unwrap();
        (Counting(transport, count.clone()), count)
    }
}

#[cfg(feature = "reqwest")]
impl tencent_action_client::transport::Transport for Counting {
    fn send(
        &self,
        request: tencent_action_client::transport::HttpRequest,
    ) -> tencent_action_client::transport::BoxFuture<
        '_,
        Result<tencent_action_client::transport::HttpResponse, tencent_action::Error>,
    > {
        self.1.fetch_add(1, Ordering::SeqCst);
        self.0.send(request)
    }
}

/// A loopback listener that never accepts, its accept queue full: Linux drops the SYN of
/// any further connection, which then hangs until the client gives up. Connecting hangs
/// for as long as it lives.
pub struct FullBacklog {
    pub addr: std::net::SocketAddr,
    _listener: tokio::net::TcpListener,
    _held: Vec<std::net::TcpStream>,
}

/// Binds a [`FullBacklog`] and fills its queue (backlog 0: room for one connection).
pub fn full_backlog() -> FullBacklog {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let addr = socket.local_addr().unwrap();
    let listener = socket.listen(0).unwrap();
    let mut held = Vec::new();
    while let Ok(stream) = std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(100)) {
        held.push(stream);
        assert!(held.len() < 64, "the accept queue never filled");
    }
    FullBacklog {
        addr,
        _listener: listener,
        _held: held,
    }
}

/// A loopback URL where nothing listens: connecting is refused.
pub fn refused_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    url
}

/// An action for the tests.
#[tencent_action::tencent_action(service = "cvm", version = "2017-03-12")]
#[derive(Debug)]
pub struct DescribeInstancesStatus {
    pub total_count: i64,
}

/// The `demo` service's one action, `Hello`: a greeting, and padding the tests can make
/// long.
pub const HELLO_SPEC: &str = r#"{
    "metadata": {"serviceShortName": "demo", "apiVersion": "2024-01-01"},
    "actions": {"Hello": {"input": "HelloRequest", "output": "HelloResponse"}},
    "objects": {
        "HelloRequest": {"members": [{"name": "Name", "type": "string", "member": "string"}]},
        "HelloResponse": {"members": [
            {"name": "Greeting", "type": "string", "member": "string", "output_required": true},
            {"name": "Padding", "type": "string", "member": "string", "output_required": true}
        ]}
    }
}"#;

/// A mock serving the actions of `spec`, to callers signing with this key.
pub async fn mock_of(
    spec: &str,
    secret_id: &str,
    secret_key: &str,
) -> tencent_action_mock::MockServer {
    let mut catalog = tencent_action_mock::Catalog::new();
    catalog.add(spec, None, None).unwrap();
    tencent_action_mock::MockServer::builder()
        .catalog(catalog)
        .credential(secret_id, secret_key)
        .start()
        .await
        .unwrap()
}

/// The `demo` service's `Hello`, as [`HELLO_SPEC`] declares it.
#[tencent_action::tencent_action(service = "demo", version = "2024-01-01")]
#[derive(Debug)]
pub struct Hello {
    pub greeting: String,
}

/// Calls `Hello` for Ada, marked `idempotent` or not; its greeting.
pub async fn call_hello(
    client: &tencent_action_client::Client,
    idempotent: bool,
) -> Result<String, tencent_action::Error> {
    let options = tencent_action_client::CallOptions::new().idempotent(idempotent);
    let response = client
        .call_with::<Hello>(&serde_json::json!({"Name": "Ada"}), &options)
        .await?;
    Ok(response.greeting.clone())
}
