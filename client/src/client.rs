use crate::builder::ClientBuilder;
use crate::credential::ProvideCredential;
use crate::endpoint::Endpoint;
use crate::retry::{RetryBudget, RetryConfig, RetryReason};
use crate::sse::EventStream;
use crate::transport::{HttpResponse, Transport};
use crate::{idempotency, signing};
use bytes::Bytes;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tencent_action::{Action, Error, Request, Response, TransportError, TransportErrorKind};
use tracing::Instrument;
use tracing::field::Empty;

/// A Tencent Cloud API 3.0 client: signs each request with TC3-HMAC-SHA256, sends it,
/// retries what is safe to retry, and decodes the answer into the action's typed
/// response or a [`tencent_action::Error`].
///
/// Cloning is cheap: the clones share one connection pool, one credential provider and
/// one retry budget.
///
/// ```no_run
/// use tencent_action::tencent_action;
/// use tencent_action_client::{Client, Credential};
///
/// #[tencent_action(service = "cvm", version = "2017-03-12")]
/// pub struct DescribeInstancesStatus {
///     pub total_count: i64,
/// }
///
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let client = Client::builder()
///     .credential(Credential::new("AKID...", "..."))
///     .region("ap-guangzhou")
///     .build()?;
/// let status = client.call::<DescribeInstancesStatus>(&serde_json::json!({"Limit": 10})).await?;
/// println!("{} instances (RequestId {:?})", status.total_count, status.request_id());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) credentials: Arc<dyn ProvideCredential>,
    pub(crate) region: Option<String>,
    pub(crate) endpoint: Endpoint,
    pub(crate) language: Option<String>,
    pub(crate) transport: Arc<dyn Transport>,
    pub(crate) retry: RetryConfig,
    pub(crate) budget: Option<RetryBudget>,
    pub(crate) timeouts: Timeouts,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Timeouts {
    pub(crate) connect: Duration,
    pub(crate) attempt: Duration,
    pub(crate) operation: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(5),
            attempt: Duration::from_secs(60),
            operation: Duration::from_secs(180),
        }
    }
}

/// Per-call settings.
///
/// ```
/// use tencent_action_client::CallOptions;
///
/// let options = CallOptions::new().idempotent(true).region("ap-shanghai");
/// ```
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct CallOptions {
    idempotent: bool,
    region: Option<String>,
}

impl CallOptions {
    /// The defaults: not marked idempotent, the client's region.
    pub fn new() -> Self {
        CallOptions::default()
    }

    /// Marks the call safe to send twice (a read, say), so that timeouts and transient
    /// server errors after sending are retried too.
    pub fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = idempotent;
        self
    }

    /// Sends this call to another region than the client's.
    pub fn region(mut self, region: &str) -> Self {
        self.region = Some(region.to_owned());
        self
    }
}

/// What the attempt loop needs to know of a call.
pub(crate) struct Call<'a> {
    pub(crate) service: &'static str,
    pub(crate) version: &'static str,
    pub(crate) action: &'static str,
    pub(crate) region: Option<&'a str>,
    pub(crate) body: Bytes,
    pub(crate) idempotent: bool,
}

/// The RequestId of a call's result, for its span.
pub(crate) trait Outcome {
    fn request_id(&self) -> Option<&str>;
}

impl<A> Outcome for Response<A> {
    fn request_id(&self) -> Option<&str> {
        Response::request_id(self)
    }
}

impl Client {
    /// A builder: credentials, region, endpoint, timeouts, retries.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    pub(crate) fn from_inner(inner: Inner) -> Self {
        Client {
            inner: Arc::new(inner),
        }
    }

    /// The region sent with every call, if one is set.
    pub fn region(&self) -> Option<&str> {
        self.inner.region.as_deref()
    }

    /// The retry budget shared by this client and its clones, if retries use one.
    pub fn retry_budget(&self) -> Option<&RetryBudget> {
        self.inner.budget.as_ref()
    }

    /// Calls action `A` with `body`, the request's JSON members (a `serde_json::Value`, a
    /// map, any `Serialize` type). A body that carries a non-empty `ClientToken` is
    /// idempotent: timeouts and transient errors are retried.
    pub async fn call<A: Action + DeserializeOwned>(
        &self,
        body: &impl Serialize,
    ) -> Result<Response<A>, Error> {
        self.call_with::<A>(body, &CallOptions::default()).await
    }

    /// [`call`](Self::call) with per-call settings.
    pub async fn call_with<A: Action + DeserializeOwned>(
        &self,
        body: &impl Serialize,
        options: &CallOptions,
    ) -> Result<Response<A>, Error> {
        let body = idempotency::to_body(body)?;
        let idempotent = options.idempotent || idempotency::carries_client_token(&body);
        let call = self.call_of::<A>(options, body, idempotent);
        self.execute(call, read_json::<A>).await
    }

    /// Sends a typed request: its action, service and version come from
    /// [`Request::Action`]. A request type with a `ClientToken` member gets a fresh UUID
    /// there when it is empty, the same one on every attempt, and is then retried after
    /// timeouts and transient errors.
    pub async fn send<R: Request<Action: DeserializeOwned>>(
        &self,
        request: &R,
    ) -> Result<Response<R::Action>, Error> {
        self.send_with(request, &CallOptions::default()).await
    }

    /// [`send`](Self::send) with per-call settings.
    pub async fn send_with<R: Request<Action: DeserializeOwned>>(
        &self,
        request: &R,
        options: &CallOptions,
    ) -> Result<Response<R::Action>, Error> {
        let (body, idempotent) = idempotency::request_body(request)?;
        let call = self.call_of::<R::Action>(options, body, idempotent || options.idempotent);
        self.execute(call, read_json::<R::Action>).await
    }

    /// Calls action `A`, whose answer is a stream of server-sent events (Hunyuan's
    /// `ChatCompletions` with `"Stream": true`): each event's `data` is decoded as `E`.
    /// Retries apply until the stream starts; the attempt timeout covers the wait for
    /// its first bytes, the stream itself may last longer. An answer that is not a stream
    /// (the server's error) is decoded as a JSON answer of `A`.
    pub async fn call_stream<A: Action + DeserializeOwned, E: DeserializeOwned>(
        &self,
        body: &impl Serialize,
    ) -> Result<EventStream<E>, Error> {
        self.call_stream_with::<A, E>(body, &CallOptions::default())
            .await
    }

    /// [`call_stream`](Self::call_stream) with per-call settings.
    pub async fn call_stream_with<A: Action + DeserializeOwned, E: DeserializeOwned>(
        &self,
        body: &impl Serialize,
        options: &CallOptions,
    ) -> Result<EventStream<E>, Error> {
        let body = idempotency::to_body(body)?;
        let idempotent = options.idempotent || idempotency::carries_client_token(&body);
        let call = self.call_of::<A>(options, body, idempotent);
        self.execute(call, read_stream::<A, E>).await
    }

    pub(crate) fn call_of<'a, A: Action>(
        &'a self,
        options: &'a CallOptions,
        body: Bytes,
        idempotent: bool,
    ) -> Call<'a> {
        Call {
            service: A::SERVICE,
            version: A::VERSION,
            action: A::NAME,
            region: options.region.as_deref().or(self.inner.region.as_deref()),
            body,
            idempotent,
        }
    }

    /// Sends `call` until it succeeds, fails for good, or runs out of attempts, budget or
    /// time; `read` turns each answer into the result.
    pub(crate) async fn execute<T, F, Fut>(&self, call: Call<'_>, read: F) -> Result<T, Error>
    where
        T: Outcome,
        F: Fn(HttpResponse) -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let span = tracing::info_span!(
            "tencent_action_call",
            service = call.service,
            action = call.action,
            region = call.region.unwrap_or(""),
            attempts = Empty,
            request_id = Empty,
            outcome = Empty,
            latency_ms = Empty,
        );
        let started = Instant::now();
        let operation = self.inner.timeouts.operation;
        let result = async {
            match tokio::time::timeout(operation, self.attempts(&call, &read)).await {
                Ok(result) => result,
                Err(_) => Err(TransportError::new(
                    TransportErrorKind::Timeout,
                    format!("the call took longer than {operation:?}, retries included"),
                )
                .into()),
            }
        }
        .instrument(span.clone())
        .await;
        record(&span, &result, started);
        result
    }

    async fn attempts<T, F, Fut>(&self, call: &Call<'_>, read: &F) -> Result<T, Error>
    where
        T: Outcome,
        F: Fn(HttpResponse) -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let inner = &*self.inner;
        let mut attempt = 1;
        loop {
            tracing::Span::current().record("attempts", attempt);
            let span = tracing::debug_span!(
                "tencent_action_attempt",
                attempt,
                status = Empty,
                request_id = Empty,
                outcome = Empty,
                latency_ms = Empty,
            );
            let started = Instant::now();
            let result = self.attempt(call, read).instrument(span.clone()).await;
            record(&span, &result, started);
            let error = match result {
                Ok(value) => {
                    if let Some(budget) = &inner.budget {
                        budget.on_success();
                    }
                    return Ok(value);
                }
                Err(error) => error,
            };
            if attempt >= inner.retry.max_attempts {
                return Err(error);
            }
            let Some(reason) = inner.retry.policy.classify(&error, call.idempotent) else {
                return Err(error);
            };
            if let Some(budget) = &inner.budget
                && !budget.try_acquire(reason == RetryReason::Timeout)
            {
                tracing::debug!("retry budget exhausted; not retrying");
                return Err(error);
            }
            let delay = inner.retry.backoff.delay(attempt);
            tracing::debug!(?reason, delay_ms = delay.as_millis() as u64, error = %error, "retrying");
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    async fn attempt<T, F, Fut>(&self, call: &Call<'_>, read: &F) -> Result<T, Error>
    where
        F: Fn(HttpResponse) -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let inner = &*self.inner;
        let credential = inner.credentials.credential().await?;
        let request = signing::http_request(inner, call, &credential)?;
        let timeout = inner.timeouts.attempt;
        let exchange = async {
            let response = inner.transport.send(request).await?;
            tracing::Span::current().record("status", response.status);
            read(response).await
        };
        match tokio::time::timeout(timeout, exchange).await {
            Ok(result) => result,
            Err(_) => Err(TransportError::new(
                TransportErrorKind::Timeout,
                format!("no complete answer within {timeout:?}"),
            )
            .into()),
        }
    }
}

fn record<T: Outcome>(span: &tracing::Span, result: &Result<T, Error>, started: Instant) {
    span.record("latency_ms", started.elapsed().as_millis() as u64);
    let request_id = match result {
        Ok(value) => value.request_id(),
        Err(error) => error.request_id(),
    };
    if let Some(request_id) = request_id {
        span.record("request_id", request_id);
    }
    let outcome = match result {
        Ok(_) => "success",
        Err(Error::Api(_)) => "api_error",
        Err(Error::Decode(_)) => "decode_error",
        Err(_) => "transport_error",
    };
    span.record("outcome", outcome);
}

/// Reads a JSON answer: the runtime decodes the body's bytes in one pass; an answer that
/// is not a Tencent envelope becomes a transport error that keeps the status, the start
/// of the body and the `X-TC-RequestId` header.
pub(crate) async fn read_json<A: Action + DeserializeOwned>(
    response: HttpResponse,
) -> Result<Response<A>, Error> {
    let header_id = response.header("x-tc-requestid").map(str::to_owned);
    let status = response.status;
    let body = response
        .body
        .collect()
        .await
        .map_err(|error| with_request_id(error, header_id.as_deref()))?;
    let decoded = tencent_action::from_slice::<A>(&body);
    let failure = |kind, message: &str| {
        let mut error = TransportError::new(kind, message)
            .with_status(status)
            .with_body(&body);
        if let Some(id) = &header_id {
            error = error.with_request_id(id.as_str());
        }
        error
    };
    match decoded {
        Ok(response) if status == 200 => Ok(response),
        Err(Error::Api(error)) => Err(Error::Api(error)),
        Ok(_) => Err(failure(TransportErrorKind::Status, "").into()),
        Err(error) if status != 200 => Err(failure(TransportErrorKind::Status, "")
            .with_source(error)
            .into()),
        Err(Error::Decode(error)) if error.request_id().is_some() => Err(Error::Decode(error)),
        Err(error) => Err(failure(TransportErrorKind::Body, "")
            .with_source(error)
            .into()),
    }
}

/// Reads a streamed answer: an event stream when the server sent one, the JSON answer's
/// error otherwise.
async fn read_stream<A: Action + DeserializeOwned, E: DeserializeOwned>(
    response: HttpResponse,
) -> Result<EventStream<E>, Error> {
    let is_stream = response.header("content-type").is_some_and(|value| {
        value
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("text/event-stream")
    });
    if response.status == 200 && is_stream {
        let request_id = response.header("x-tc-requestid").map(str::to_owned);
        return Ok(EventStream::new(response.body, request_id));
    }
    let header_id = response.header("x-tc-requestid").map(str::to_owned);
    let status = response.status;
    match read_json::<A>(response).await {
        Err(error) => Err(error),
        Ok(answer) => {
            let mut error = TransportError::new(
                TransportErrorKind::Body,
                "the answer is not an event stream: was `Stream` set?",
            )
            .with_status(status);
            if let Some(id) = answer.request_id().map(str::to_owned).or(header_id) {
                error = error.with_request_id(id);
            }
            Err(error.into())
        }
    }
}

pub(crate) fn with_request_id(error: TransportError, request_id: Option<&str>) -> Error {
    match request_id {
        Some(id) if error.request_id().is_none() => error.with_request_id(id).into(),
        _ => error.into(),
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.inner;
        f.debug_struct("Client")
            .field("region", &inner.region)
            .field("endpoint", &inner.endpoint)
            .field("credentials", &inner.credentials)
            .field("language", &inner.language)
            .field("transport", &inner.transport)
            .field("retry", &inner.retry)
            .field("timeouts", &inner.timeouts)
            .finish()
    }
}
