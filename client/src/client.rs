use crate::answer::{Page, read_json, read_page, read_stream};
use crate::call::{Call, Outcome};
use crate::interceptor::AttemptContext;
use crate::paging::{Items, Pages};
use crate::retry::{RetryBudget, RetryReason};
use crate::sse::EventStream;
use crate::state::Inner;
use crate::transport::HttpResponse;
use crate::{CallOptions, idempotency, signing};
use bytes::Bytes;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Instant;
use tencent_action::{Action, Error, Paginated, Request, Response, TimeoutError, TimeoutKind};
use tracing::Instrument;
use tracing::field::Empty;

/// A Tencent Cloud API 3.0 client: signs each request with TC3-HMAC-SHA256, sends it,
/// retries what is safe to retry, and decodes the answer into the action's typed
/// response or a [`tencent_action::Error`].
///
/// Cloning is cheap: the clones share one connection pool, one credential provider and
/// one retry budget. So are the copies of [`with_options`](Self::with_options), which
/// send with other per-call settings.
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
/// println!("{} instances (RequestId: {:?})", status.total_count, status.request_id());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
    /// What every call of this copy layers its own options over.
    options: CallOptions,
}

impl Client {
    pub(crate) fn from_inner(inner: Inner) -> Self {
        Client {
            inner: Arc::new(inner),
            options: CallOptions::default(),
        }
    }

    /// A copy of this client whose calls use `options` (region, idempotency, timeouts)
    /// wherever a call's own options leave a setting unset; over the options this client
    /// already has, setting by setting. The copy shares the connection pool, the
    /// credentials and the retry budget: making one costs an `Arc` clone and the options.
    ///
    /// ```
    /// use std::time::Duration;
    /// use tencent_action_client::{CallOptions, Client, Credential};
    ///
    /// let client = Client::builder()
    ///     .credential(Credential::new("AKIDexample", "secret"))
    ///     .region("ap-guangzhou")
    ///     .build()
    ///     .unwrap();
    /// let shanghai = client.with_options(CallOptions::new().region("ap-shanghai"));
    /// let patient = shanghai.with_options(CallOptions::new().operation_timeout(Duration::from_secs(600)));
    /// assert_eq!(client.region(), Some("ap-guangzhou"));
    /// assert_eq!(patient.region(), Some("ap-shanghai"));
    /// ```
    pub fn with_options(&self, options: CallOptions) -> Client {
        Client {
            inner: self.inner.clone(),
            options: options.over(&self.options),
        }
    }

    /// This client sending to `endpoint` instead: the same credentials, transport, retry
    /// settings and timeouts, a retry budget of its own (the STS providers' own endpoint).
    pub(crate) fn at_endpoint(&self, endpoint: crate::Endpoint) -> Client {
        let inner = &*self.inner;
        Client {
            inner: Arc::new(Inner {
                credentials: inner.credentials.clone(),
                region: inner.region.clone(),
                endpoint,
                language: inner.language.clone(),
                transport: inner.transport.clone(),
                retry: inner.retry.clone(),
                budget: inner.retry.budget().map(RetryBudget::new),
                timeouts: inner.timeouts,
                interceptors: inner.interceptors.clone(),
                failover: inner.failover.clone(),
            }),
            options: self.options.clone(),
        }
    }

    /// The region sent with every call that names none: the one of
    /// [`with_options`](Self::with_options), else the builder's (which may come from
    /// the environment), if one is set.
    pub fn region(&self) -> Option<&str> {
        self.options
            .region
            .as_deref()
            .or(self.inner.region.as_deref())
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

    /// [`call`](Self::call) with per-call settings, over this client's own (see
    /// [`CallOptions`] for how they combine).
    pub async fn call_with<A: Action + DeserializeOwned>(
        &self,
        body: &impl Serialize,
        options: &CallOptions,
    ) -> Result<Response<A>, Error> {
        let body = idempotency::to_body(body)?;
        let token = idempotency::carries_client_token(&body);
        let call = self.call_of::<A>(options, body, token);
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

    /// [`send`](Self::send) with per-call settings, over this client's own (see
    /// [`CallOptions`] for how they combine).
    pub async fn send_with<R: Request<Action: DeserializeOwned>>(
        &self,
        request: &R,
        options: &CallOptions,
    ) -> Result<Response<R::Action>, Error> {
        let (body, token) = idempotency::request_body(request)?;
        let call = self.call_of::<R::Action>(options, body, token);
        self.execute(call, read_json::<R::Action>).await
    }

    /// Every page of a paged action, from the one `request` asks for: see
    /// [`paging`](crate::paging) for when the stream ends. Each page is sent as
    /// [`send`](Self::send) sends a request, with this copy's options.
    pub fn pages<R>(&self, request: &R) -> Pages<R>
    where
        R: Paginated + Send + Sync + 'static,
        R::Action: DeserializeOwned + Send + 'static,
    {
        Pages::new(self.clone(), request)
    }

    /// Every item of a paged action's list, across the pages that
    /// [`pages`](Self::pages) gives.
    pub fn items<R>(&self, request: &R) -> Items<R>
    where
        R: Paginated + Send + Sync + 'static,
        R::Action: DeserializeOwned + Send + 'static,
    {
        Items::new(self.pages(request))
    }

    /// One page of a paged request, with its body's fingerprint.
    pub(crate) async fn send_page<R: Request<Action: DeserializeOwned>>(
        &self,
        request: &R,
    ) -> Result<Page<R::Action>, Error> {
        let (body, token) = idempotency::request_body(request)?;
        let options = CallOptions::default();
        let call = self.call_of::<R::Action>(&options, body, token);
        self.execute(call, read_page::<R::Action>).await
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

    /// [`call_stream`](Self::call_stream) with per-call settings, over this client's own (see
    /// [`CallOptions`] for how they combine).
    pub async fn call_stream_with<A: Action + DeserializeOwned, E: DeserializeOwned>(
        &self,
        body: &impl Serialize,
        options: &CallOptions,
    ) -> Result<EventStream<E>, Error> {
        let body = idempotency::to_body(body)?;
        let token = idempotency::carries_client_token(&body);
        let call = self.call_of::<A>(options, body, token);
        self.execute(call, read_stream::<A, E>).await
    }

    /// A call of `A` with `body`, its settings taken from `options`, else this copy's
    /// options, else the client's; `client_token`: the body carries a `ClientToken`, so
    /// the call is idempotent whatever the options say.
    pub(crate) fn call_of<'a, A: Action>(
        &'a self,
        options: &'a CallOptions,
        body: Bytes,
        client_token: bool,
    ) -> Call<'a> {
        let names = [A::SERVICE, A::VERSION, A::NAME];
        self.call_named(names, options, body, client_token)
    }

    /// [`call_of`](Self::call_of) an action named at run time: `[service, version, action]`.
    pub(crate) fn call_named<'a>(
        &'a self,
        [service, version, action]: [&'a str; 3],
        options: &'a CallOptions,
        body: Bytes,
        client_token: bool,
    ) -> Call<'a> {
        let mine = &self.options;
        let timeouts = &self.inner.timeouts;
        Call {
            service,
            version,
            action,
            region: options.region.as_deref().or(self.region()),
            body,
            idempotent: client_token || options.idempotent.or(mine.idempotent).unwrap_or(false),
            attempt_timeout: (options.attempt_timeout)
                .or(mine.attempt_timeout)
                .unwrap_or(timeouts.attempt),
            operation_timeout: (options.operation_timeout)
                .or(mine.operation_timeout)
                .unwrap_or(timeouts.operation),
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
        let operation = call.operation_timeout;
        let made = AtomicU32::new(0);
        let result = async {
            match tokio::time::timeout(operation, self.attempts(&call, &read, &made)).await {
                Ok(result) => result,
                Err(_) => Err(TimeoutError::new(TimeoutKind::Operation)
                    .with_limit(operation)
                    .into()),
            }
        }
        .instrument(span.clone())
        .await;
        // Recorded once, when the call ends: a field recorded at each attempt would be
        // printed once per attempt.
        span.record("attempts", made.load(Ordering::Relaxed));
        record(&span, &result, started);
        result
    }

    /// The attempt loop; `made` counts the attempts started, for the call's span.
    async fn attempts<T, F, Fut>(
        &self,
        call: &Call<'_>,
        read: &F,
        made: &AtomicU32,
    ) -> Result<T, Error>
    where
        T: Outcome,
        F: Fn(HttpResponse) -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let inner = &*self.inner;
        let mut attempt = 1;
        loop {
            made.store(attempt, Ordering::Relaxed);
            let span = tracing::debug_span!(
                "tencent_action_attempt",
                attempt,
                status = Empty,
                request_id = Empty,
                outcome = Empty,
                latency_ms = Empty,
            );
            let started = Instant::now();
            let context = AttemptContext::new(call, attempt);
            let result = self.attempt(&context, read).instrument(span.clone()).await;
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
            if attempt >= inner.retry.max_attempts() {
                return Err(error);
            }
            let Some(reason) = inner.retry.policy().classify(&error, call.idempotent) else {
                return Err(error);
            };
            if let Some(budget) = &inner.budget
                && !budget.try_acquire(reason == RetryReason::Timeout)
            {
                tracing::debug!("retry budget exhausted; not retrying");
                return Err(error);
            }
            let delay = inner.retry.backoff().delay(attempt);
            tracing::debug!(?reason, delay_ms = delay.as_millis() as u64, error = %error, "retrying");
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    async fn attempt<T, F, Fut>(&self, context: &AttemptContext<'_>, read: &F) -> Result<T, Error>
    where
        F: Fn(HttpResponse) -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let inner = &*self.inner;
        let hooks = &inner.interceptors;
        let call = context.call();
        let credential = inner.credentials.credential().await?;
        let request = signing::http_request(inner, call, &credential, |request| {
            hooks.before_signing(request, context)
        })?;
        // Failover: another host's request is built as this one, hooks included.
        let resend = |url: &str| {
            let hook = |request: &mut _| hooks.before_signing(request, context);
            signing::http_request_at(inner, url.to_owned(), call, &credential, hook)
        };
        let (request, ticket) = match &inner.failover {
            None => (request, None),
            Some(failover) => failover.route(inner, call, request, &resend)?,
        };
        let limit = call.attempt_timeout;
        let exchange = async {
            let sent = match &inner.failover {
                None => inner.transport.send(request).await,
                // Boxed: the call's future stays as small as without failover.
                Some(failover) => Box::pin(failover.send(inner, call, request, &resend)).await,
            };
            let response = match sent {
                Ok(response) => response,
                Err(error) => {
                    hooks.failed(&error, context);
                    return Err(error);
                }
            };
            tracing::Span::current().record("status", response.status);
            if hooks.is_empty() {
                read(response).await
            } else {
                hooks.read(response, read, context).await
            }
        };
        let result = match tokio::time::timeout(limit, exchange).await {
            Ok(result) => result,
            Err(_) => {
                let error = TimeoutError::new(TimeoutKind::Attempt)
                    .with_limit(limit)
                    .into();
                hooks.failed(&error, context);
                Err(error)
            }
        };
        if let Some(ticket) = ticket {
            ticket.settle(crate::failover::verdict(result.as_ref().err()));
        }
        result
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
        Err(Error::Transport(_)) => "transport_error",
        Err(Error::Timeout(_)) => "timeout",
        Err(Error::Construction(_)) => "construction_error",
        Err(_) => "error",
    };
    span.record("outcome", outcome);
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
            .field("interceptors", &inner.interceptors)
            .field("failover", &inner.failover)
            .field("options", &self.options)
            .finish()
    }
}
