//! The HTTP server: accepts connections, checks each request, records it, and answers
//! with a reply, a fault or the default answer.

use crate::admin;
use crate::answer::{CallInfo, DefaultAnswer, Defaults, Reply};
use crate::answer_rules::{AnswerRule, Answers, Responder};
use crate::body::MockBody;
use crate::catalog::{Catalog, CatalogError};
use crate::check::{AcceptedCredential, Incoming, check};
use crate::errors::{self, ErrorReply};
use crate::faults::{Fault, FaultRule, Faults};
use crate::pages;
use crate::received::{ReceivedRequest, header_pairs};
use crate::request_log;
use bytes::Bytes;
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming as IncomingBody;
use hyper::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderValue};
use hyper::{Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{Map, Value, json};
use std::collections::VecDeque;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Instant, SystemTime, UNIX_EPOCH};
use tokio::net::TcpListener;

/// The largest body accepted, as Tencent's (10 MB for TC3-HMAC-SHA256 POSTs).
pub const MAX_BODY: usize = 10 * 1024 * 1024;

/// The header that repeats the answer's RequestId.
pub const REQUEST_ID_HEADER: &str = "x-tc-requestid";

/// A running mock of Tencent Cloud. Dropping it stops accepting connections.
pub struct MockServer {
    state: Arc<State>,
    addr: SocketAddr,
    accept: tokio::task::JoinHandle<()>,
}

/// How to start a [`MockServer`].
#[derive(Debug)]
pub struct MockBuilder {
    listen: SocketAddr,
    catalog: Option<Catalog>,
    specs_dir: Option<(PathBuf, Vec<String>)>,
    credentials: Vec<AcceptedCredential>,
    keep_requests: usize,
    faults: Vec<FaultRule>,
    limits: Vec<(Option<String>, u32)>,
    conforming: bool,
    log_requests: bool,
    items: Option<usize>,
}

/// Why the server did not start.
#[derive(Debug)]
pub enum StartError {
    /// The specs directory could not be read.
    Specs(CatalogError),
    /// The address could not be bound.
    Bind(std::io::Error),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::Specs(error) => write!(f, "cannot read the specs: {error}"),
            StartError::Bind(error) => write!(f, "cannot listen: {error}"),
        }
    }
}

impl std::error::Error for StartError {}

/// What the server holds: the services, and what tests set and read while it runs.
pub(crate) struct State {
    pub(crate) catalog: Catalog,
    credentials: Vec<AcceptedCredential>,
    defaults: Defaults,
    answers: Mutex<Answers>,
    faults: Mutex<Faults>,
    log: Mutex<VecDeque<ReceivedRequest>>,
    keep_requests: usize,
    log_requests: bool,
    items: Option<usize>,
}

/// The operations tests drive, from Rust ([`MockServer`]) and over HTTP (the admin API)
/// alike.
impl State {
    pub(crate) fn add_answer(&self, rule: AnswerRule) {
        lock(&self.answers).push(rule);
    }

    pub(crate) fn clear_answers(&self) {
        lock(&self.answers).clear();
    }

    pub(crate) fn add_fault(&self, rule: FaultRule) {
        lock(&self.faults).add(rule);
    }

    pub(crate) fn clear_faults(&self) {
        lock(&self.faults).clear();
    }

    pub(crate) fn requests(&self) -> Vec<ReceivedRequest> {
        lock(&self.log).iter().cloned().collect()
    }

    pub(crate) fn clear_requests(&self) {
        lock(&self.log).clear();
    }

    /// Requests, faults (rate limits too) and answers all cleared.
    pub(crate) fn reset(&self) {
        self.clear_requests();
        self.clear_faults();
        self.clear_answers();
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A handler that panicked leaves the data as it was: keep serving.
    mutex.lock().unwrap_or_else(|poison| poison.into_inner())
}

impl MockBuilder {
    /// The address to listen on; `127.0.0.1:0` (a free port) by default.
    pub fn listen(mut self, addr: SocketAddr) -> Self {
        self.listen = addr;
        self
    }

    /// Serves the services of a directory laid out as `<svc>/v<date>/api.json` (with
    /// `examples.json` and `errors.json` beside it when there are some).
    pub fn specs_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.specs_dir = Some((dir.into(), Vec::new()));
        self
    }

    /// Like [`specs_dir`](Self::specs_dir), keeping only the named services.
    pub fn specs_dir_services(mut self, dir: impl Into<PathBuf>, services: &[&str]) -> Self {
        let services = services.iter().map(|s| (*s).to_owned()).collect();
        self.specs_dir = Some((dir.into(), services));
        self
    }

    /// Serves the services of a catalog built by hand.
    pub fn catalog(mut self, catalog: Catalog) -> Self {
        self.catalog = Some(catalog);
        self
    }

    /// Accepts this SecretId and SecretKey (more than one credential may be added).
    pub fn credential(
        mut self,
        secret_id: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Self {
        self.credentials.push(AcceptedCredential {
            secret_id: secret_id.into(),
            secret_key: secret_key.into(),
            token: None,
        });
        self
    }

    /// Accepts temporary credentials: requests must carry `X-TC-Token: token`.
    pub fn temporary_credential(
        mut self,
        secret_id: impl Into<String>,
        secret_key: impl Into<String>,
        token: impl Into<String>,
    ) -> Self {
        self.credentials.push(AcceptedCredential {
            secret_id: secret_id.into(),
            secret_key: secret_key.into(),
            token: Some(token.into()),
        });
        self
    }

    /// How many of the latest requests [`MockServer::requests`] keeps (10,000 by default).
    pub fn keep_requests(mut self, count: usize) -> Self {
        self.keep_requests = count;
        self
    }

    /// A fault in force from the start.
    pub fn fault(mut self, rule: FaultRule) -> Self {
        self.faults.push(rule);
        self
    }

    /// A rate limit in force from the start (see [`MockServer::rate_limit`]).
    pub fn rate_limit(mut self, action: Option<&str>, per_second: u32) -> Self {
        self.limits.push((action.map(str::to_owned), per_second));
        self
    }

    /// Serves only the documentation examples that fit the action's output struct
    /// (`false` by default: an example is served as Tencent publishes it, even when it
    /// breaks the spec, since that is what the real servers send).
    pub fn conforming(mut self, conforming: bool) -> Self {
        self.conforming = conforming;
        self
    }

    /// Prints one line per request to stderr: the time, the action, `ok`, the error code
    /// or the fault, the RequestId and the signature's verdict (never a key, a token or a
    /// signature). Off by default.
    pub fn log_requests(mut self, log: bool) -> Self {
        self.log_requests = log;
        self
    }

    /// Answers every action that pages (by offset and limit, page number and size, or
    /// token: the rule of `Spec::paging`, which the generated paginators follow) from
    /// `count` items, serving the page each request asks for with the total at `count`.
    /// The items are the usual answer's first one with every identifier (a member whose
    /// name ends in `Id` or `Ids`, at any depth: `InstanceId`, `SecurityGroupIds`) made
    /// distinct. A page that cannot be (a size under 1, a negative offset, a token no page
    /// gave) is answered `InvalidParameterValue`. Off by default; answers registered or
    /// handled still come first.
    pub fn items(mut self, count: usize) -> Self {
        self.items = Some(count);
        self
    }

    /// Binds the address and starts serving on the current tokio runtime.
    pub async fn start(self) -> Result<MockServer, StartError> {
        let mut catalog = self.catalog.unwrap_or_default();
        if let Some((dir, only)) = &self.specs_dir {
            let only: Vec<&str> = only.iter().map(String::as_str).collect();
            let loaded = Catalog::load(dir, &only).map_err(StartError::Specs)?;
            catalog.extend(loaded);
        }
        let mut faults = Faults::default();
        for rule in self.faults {
            faults.add(rule);
        }
        for (action, per_second) in self.limits {
            faults.rate_limit(action, per_second);
        }
        let state = Arc::new(State {
            catalog,
            credentials: self.credentials,
            defaults: Defaults::new(self.conforming),
            answers: Mutex::new(Answers::default()),
            faults: Mutex::new(faults),
            log: Mutex::new(VecDeque::new()),
            keep_requests: self.keep_requests,
            log_requests: self.log_requests,
            items: self.items,
        });
        let listener = TcpListener::bind(self.listen)
            .await
            .map_err(StartError::Bind)?;
        let addr = listener.local_addr().map_err(StartError::Bind)?;
        let accept = tokio::spawn(accept_loop(listener, state.clone()));
        Ok(MockServer {
            state,
            addr,
            accept,
        })
    }
}

impl MockServer {
    /// A builder: no services, no credentials, `127.0.0.1:0`.
    pub fn builder() -> MockBuilder {
        MockBuilder {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            catalog: None,
            specs_dir: None,
            credentials: Vec::new(),
            keep_requests: 10_000,
            faults: Vec::new(),
            limits: Vec::new(),
            conforming: false,
            log_requests: false,
            items: None,
        }
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://HOST:PORT`, the endpoint to give a client.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The services it serves.
    pub fn catalog(&self) -> &Catalog {
        &self.state.catalog
    }

    /// Answers every call of `action` (`Action` or `service:Action`) with `reply`,
    /// replacing every earlier answer or handler for the same name.
    pub fn respond(&self, action: impl Into<String>, reply: Reply) {
        lock(&self.state.answers).replace(action.into(), Responder::Fixed(reply));
    }

    /// Answers every call of `action` with what `handler` returns, replacing every
    /// earlier answer or handler for the same name.
    pub fn handle<F>(&self, action: impl Into<String>, handler: F)
    where
        F: Fn(&CallInfo) -> Reply + Send + Sync + 'static,
    {
        lock(&self.state.answers).replace(action.into(), Responder::Handler(Arc::new(handler)));
    }

    /// Adds an answer after those registered for its action (the admin API's `POST
    /// /_mock/answers`): an answer for one service comes before one for every service,
    /// then each in the order added, each for its `times` calls.
    pub fn answer(&self, rule: AnswerRule) {
        self.state.add_answer(rule);
    }

    /// Removes every answer and handler (`DELETE /_mock/answers`).
    pub fn clear_answers(&self) {
        self.state.clear_answers();
    }

    /// Plays a fault (see [`FaultRule`]; `POST /_mock/faults`).
    pub fn fault(&self, rule: FaultRule) {
        self.state.add_fault(rule);
    }

    /// Throttles with `RequestLimitExceeded` every request beyond `per_second` in a
    /// one-second window, counted per action (of `action` only, or of every action).
    pub fn rate_limit(&self, action: Option<&str>, per_second: u32) {
        lock(&self.state.faults).rate_limit(action.map(str::to_owned), per_second);
    }

    /// Removes every fault and rate limit (`DELETE /_mock/faults`).
    pub fn clear_faults(&self) {
        self.state.clear_faults();
    }

    /// Every request received (the latest ones, up to the builder's `keep_requests`),
    /// oldest first (`GET /_mock/requests`). A request is recorded once read and its
    /// answer decided, before any latency fault delays the answer: a client that gave up
    /// waiting is on record too. Calls of the admin API are not recorded.
    pub fn requests(&self) -> Vec<ReceivedRequest> {
        self.state.requests()
    }

    /// Forgets the requests received so far (`DELETE /_mock/requests`).
    pub fn clear_requests(&self) {
        self.state.clear_requests();
    }

    /// Clears the requests, the faults (rate limits too) and the answers (`POST
    /// /_mock/reset`).
    pub fn reset(&self) {
        self.state.reset();
    }

    /// Stops accepting connections (connections already open finish their request).
    pub fn shutdown(self) {
        self.accept.abort();
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

impl std::fmt::Debug for MockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServer")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

async fn accept_loop(listener: TcpListener, state: Arc<State>) {
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors, say: wait a little rather than spin.
            Err(_) => {
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let state = state.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request| {
                let state = state.clone();
                async move { serve(&state, request).await }
            });
            // A connection closed on purpose or by the client ends here; nothing to report.
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// A fresh RequestId, a UUID v4 as the real servers send, from a fast generator rather
/// than the system's: it must differ from call to call, not be unguessable, and a system
/// call per request is a good part of the mock's own cost.
fn request_id() -> String {
    uuid::Builder::from_random_bytes(fastrand::u128(..).to_le_bytes())
        .into_uuid()
        .to_string()
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs() as i64)
}

/// An `Err` makes hyper close the connection without answering.
async fn serve(
    state: &State,
    request: hyper::Request<IncomingBody>,
) -> Result<Response<MockBody>, std::io::Error> {
    let (parts, body) = request.into_parts();
    let request_id = request_id();
    let headers = header_pairs(&parts.headers);
    let body = match Limited::new(body, MAX_BODY).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(error) if error.is::<http_body_util::LengthLimitError>() => {
            if admin::is_admin_path(parts.uri.path()) {
                return Ok(admin::body_too_large(MAX_BODY));
            }
            let error = errors::body_too_large(MAX_BODY);
            return Ok(envelope_error(&request_id, &error));
        }
        Err(error) => return Err(std::io::Error::other(error)),
    };
    if admin::is_admin_path(parts.uri.path()) {
        return Ok(admin::serve(
            state,
            parts.method.as_str(),
            parts.uri.path(),
            &body,
        ));
    }
    let incoming = Incoming {
        method: parts.method.as_str(),
        query: parts.uri.query().unwrap_or(""),
        headers: &headers,
        body: &body,
    };
    let checked = check(&state.credentials, &state.catalog, now(), &incoming);
    let params = match &checked.outcome {
        Ok(call) => call.params.clone(),
        Err(_) => incoming.params().unwrap_or_default(),
    };
    let mut record = ReceivedRequest {
        method: parts.method.as_str().to_owned(),
        action: checked.action.clone(),
        service: checked.service.clone(),
        headers,
        body: body.to_vec(),
        params,
        signature_valid: checked.signature_valid,
        request_id: request_id.clone(),
        error_code: None,
        fault: None,
    };
    let mut latency = std::time::Duration::ZERO;
    let answer = match checked.outcome {
        Err(error) => Outcome::Reply(Reply::from(error).into()),
        Ok(call) => {
            let decision = lock(&state.faults).decide(&call.service, &call.action, Instant::now());
            latency = decision.latency;
            if let Some((count, limit)) = decision.over_limit {
                Outcome::Reply(Reply::from(errors::request_limit_exceeded(count, limit)).into())
            } else if let Some(fault) = decision.fault {
                record.fault = Some(fault.clone());
                Outcome::Fault(fault, call)
            } else {
                Outcome::Reply(reply_for(state, call))
            }
        }
    };
    record.error_code = match &answer {
        Outcome::Reply(Answered::Reply(Reply::Error { code, .. })) => Some(code.clone()),
        Outcome::Fault(Fault::Throttle, _) => Some("RequestLimitExceeded".to_owned()),
        Outcome::Fault(Fault::InternalError, _) => Some("InternalError".to_owned()),
        _ => None,
    };
    // Recorded before the delay: a client that gives up waiting closes the connection,
    // hyper then drops this future, and the request it sent must still be on record.
    remember(state, record);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    match answer {
        Outcome::Reply(reply) => Ok(render(&request_id, reply)),
        Outcome::Fault(fault, call) => play(state, &request_id, fault, call),
    }
}

enum Outcome {
    Reply(Answered),
    Fault(Fault, crate::check::Call),
}

/// What a call is answered with: a reply, or the action's default answer, whose body is
/// serialized once.
enum Answered {
    Reply(Reply),
    Default(Arc<DefaultAnswer>),
}

impl From<Reply> for Answered {
    fn from(reply: Reply) -> Self {
        Answered::Reply(reply)
    }
}

fn remember(state: &State, record: ReceivedRequest) {
    if state.log_requests {
        eprintln!("{}", request_log::line(&record, SystemTime::now()));
    }
    if state.keep_requests == 0 {
        return;
    }
    let mut log = lock(&state.log);
    while log.len() >= state.keep_requests {
        log.pop_front();
    }
    log.push_back(record);
}

fn reply_for(state: &State, call: crate::check::Call) -> Answered {
    // The lock is released before a handler runs: it may take its time.
    let responder = lock(&state.answers).take(&call.service, &call.action);
    match responder {
        Some(Responder::Fixed(reply)) => reply.into(),
        Some(Responder::Handler(handler)) => handler(&CallInfo {
            service: call.service,
            version: call.version,
            action: call.action,
            params: call.params,
        })
        .into(),
        None => {
            let answer = state.defaults.answer(&state.catalog, &call);
            let paged = state
                .items
                .and_then(|count| pages::answer(&state.catalog, &call, &answer.members, count));
            match paged {
                Some(Ok(page)) => Reply::Success(Value::Object(page)).into(),
                Some(Err(error)) => Reply::from(error).into(),
                None => Answered::Default(answer),
            }
        }
    }
}

/// The body of a Tencent answer with this RequestId.
fn envelope(request_id: &str, answered: Answered) -> Result<Vec<u8>, Reply> {
    let reply = match answered {
        Answered::Default(answer) => return Ok(answer.body(request_id)),
        Answered::Reply(reply) => reply,
    };
    let response = match reply {
        Reply::Success(value) => {
            let mut members = match value {
                Value::Object(mut members) => match members.remove("Response") {
                    Some(Value::Object(inner)) if members.is_empty() => inner,
                    Some(other) => {
                        members.insert("Response".to_owned(), other);
                        members
                    }
                    None => members,
                },
                _ => Map::new(),
            };
            members.insert("RequestId".to_owned(), Value::from(request_id));
            Value::Object(members)
        }
        Reply::Error { code, message } => json!({
            "Error": {"Code": code, "Message": message},
            "RequestId": request_id,
        }),
        raw @ Reply::Raw { .. } => return Err(raw),
    };
    Ok(serde_json::to_vec(&json!({ "Response": response })).unwrap_or_default())
}

fn render(request_id: &str, answered: Answered) -> Response<MockBody> {
    match envelope(request_id, answered) {
        Ok(body) => json_response(request_id, StatusCode::OK, MockBody::whole(body), None),
        Err(Reply::Raw {
            status,
            content_type,
            body,
        }) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let mut response = Response::new(MockBody::whole(body));
            *response.status_mut() = status;
            if let Ok(value) = HeaderValue::from_str(&content_type) {
                response.headers_mut().insert(CONTENT_TYPE, value);
            }
            add_request_id(&mut response, request_id);
            response
        }
        Err(_) => json_response(
            request_id,
            StatusCode::OK,
            MockBody::whole(Vec::new()),
            None,
        ),
    }
}

fn envelope_error(request_id: &str, error: &ErrorReply) -> Response<MockBody> {
    render(request_id, Reply::from(error.clone()).into())
}

fn json_response(
    request_id: &str,
    status: StatusCode,
    body: MockBody,
    content_length: Option<usize>,
) -> Response<MockBody> {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Some(length) = content_length {
        response
            .headers_mut()
            .insert(CONTENT_LENGTH, HeaderValue::from(length));
    }
    add_request_id(&mut response, request_id);
    response
}

fn add_request_id(response: &mut Response<MockBody>, request_id: &str) {
    if let Ok(value) = HeaderValue::from_str(request_id) {
        response.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
}

fn play(
    state: &State,
    request_id: &str,
    fault: Fault,
    call: crate::check::Call,
) -> Result<Response<MockBody>, std::io::Error> {
    match fault {
        Fault::Latency(_) => Ok(render(request_id, reply_for(state, call))),
        Fault::Throttle => Ok(render(request_id, Reply::from(errors::throttled()).into())),
        Fault::InternalError => Ok(render(
            request_id,
            Reply::from(errors::internal_error()).into(),
        )),
        Fault::HttpStatus(status) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
            let title = format!(
                "{} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("Error")
            );
            let page = format!(
                "<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n\
                 <center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n\
                 </body>\r\n</html>\r\n"
            );
            let mut response = Response::new(MockBody::whole(page));
            *response.status_mut() = status;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/html"));
            Ok(response)
        }
        Fault::CloseBeforeResponse => Err(std::io::Error::other("connection closed on purpose")),
        Fault::TruncatedBody | Fault::MalformedBody => {
            let body = envelope(request_id, reply_for(state, call)).unwrap_or_default();
            let half = Bytes::from(body[..body.len() / 2].to_vec());
            if fault == Fault::MalformedBody {
                Ok(json_response(
                    request_id,
                    StatusCode::OK,
                    MockBody::whole(half),
                    None,
                ))
            } else {
                let cut = MockBody::Cut {
                    first: Some(half),
                    flushed: false,
                };
                Ok(json_response(
                    request_id,
                    StatusCode::OK,
                    cut,
                    Some(body.len()),
                ))
            }
        }
    }
}
