use crate::client::Client;
use crate::credential::{Credential, ProvideCredential, default_chain_over};
use crate::endpoint::{DEFAULT_ROOT_DOMAIN, Endpoint};
use crate::failover::{DomainFailover, Failover, RegionBreaker};
use crate::interceptor::{Interceptor, Interceptors};
use crate::region;
use crate::retry::{RetryBudget, RetryConfig};
use crate::state::{Inner, Timeouts};
use crate::transport::Transport;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// Configures a [`Client`]: credentials, region, endpoint, timeouts, retries, transport.
///
/// ```
/// use std::time::Duration;
/// use tencent_action_client::{Client, Credential, retry::RetryConfig};
///
/// let client = Client::builder()
///     .credential(Credential::new("AKIDexample", "secret"))
///     .region("ap-guangzhou")
///     .endpoint("http://127.0.0.1:8080")
///     .attempt_timeout(Duration::from_secs(10))
///     .retry(RetryConfig::standard().with_max_attempts(5))
///     .build()
///     .unwrap();
/// assert_eq!(client.region(), Some("ap-guangzhou"));
/// ```
///
/// A builder is a value: clone it to build clients that differ in one setting. Its
/// `Debug` shows the credentials' SecretId, never their key or token.
///
/// ```
/// use tencent_action_client::{Client, Credential};
///
/// let base = Client::builder().credential(Credential::new("AKIDexample", "the-secret-key"));
/// let shanghai = base.clone().region("ap-shanghai");
/// let shown = format!("{shanghai:?}");
/// assert!(shown.contains("AKIDexample") && shown.contains("ap-shanghai"));
/// assert!(!shown.contains("the-secret-key"));
/// ```
#[derive(Clone, Debug)]
#[must_use]
pub struct ClientBuilder {
    credentials: Option<Arc<dyn ProvideCredential>>,
    region: Option<String>,
    /// Whether `build` looks for a region when none was named (`no_region` says no).
    region_from_environment: bool,
    endpoint: Option<String>,
    root_domain: Option<String>,
    regional_host: bool,
    language: Option<String>,
    transport: Option<Arc<dyn Transport>>,
    retry: RetryConfig,
    timeouts: Timeouts,
    interceptors: Interceptors,
    region_breaker: Option<RegionBreaker>,
    domain_failover: Option<DomainFailover>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            credentials: None,
            region: None,
            region_from_environment: true,
            endpoint: None,
            root_domain: None,
            regional_host: false,
            language: Some("zh-CN".to_owned()),
            transport: None,
            retry: RetryConfig::standard(),
            timeouts: Timeouts::default(),
            interceptors: Interceptors::default(),
            region_breaker: None,
            domain_failover: None,
        }
    }
}

/// Why a client could not be built.
#[derive(Debug)]
pub struct BuildError {
    message: String,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl BuildError {
    pub(crate) fn new(message: String) -> Self {
        BuildError {
            message,
            source: None,
        }
    }

    pub(crate) fn with_source(
        mut self,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        self.source = Some(source.into());
        self
    }
}

impl Client {
    /// A builder: credentials, region, endpoint, timeouts, retries.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn std::error::Error + 'static))
    }
}

impl ClientBuilder {
    /// Signs with these credentials (long-term, or temporary with a token).
    pub fn credential(mut self, credential: Credential) -> Self {
        self.credentials = Some(Arc::new(credential));
        self
    }

    /// Asks `provider` for the credentials of each request. Without this nor
    /// [`credential`](Self::credential), the [default chain](crate::credential::default_chain)
    /// is used.
    pub fn credentials_provider(mut self, provider: impl ProvideCredential) -> Self {
        self.credentials = Some(Arc::new(provider));
        self
    }

    /// The region (`ap-guangzhou`), sent as `X-TC-Region`; it always wins over the
    /// environment. An empty name sets none.
    ///
    /// Without one, [`build`](Self::build) looks where tccli does: the variable
    /// `TENCENTCLOUD_REGION`, else `_sys_param.region` of tccli's profile file
    /// `~/.tccli/<profile>.configure` (the profile is `TCCLI_PROFILE`, else `default`).
    /// The official SDKs' `~/.tencentcloud/credentials` holds no region.
    pub fn region(mut self, region: &str) -> Self {
        self.region = Some(region.to_owned()).filter(|region| !region.is_empty());
        self
    }

    /// Sends no region, and looks for none in the environment: for the few actions that
    /// take none, or a program that must not depend on its user's settings.
    pub fn no_region(mut self) -> Self {
        self.region = None;
        self.region_from_environment = false;
        self
    }

    /// One whole URL for every request (`http://127.0.0.1:8080`, `https://proxy.example`),
    /// instead of the host computed from the service. Plain HTTP is accepted.
    pub fn endpoint(mut self, url: &str) -> Self {
        self.endpoint = Some(url.to_owned());
        self
    }

    /// Another root domain than `tencentcloudapi.com` (`internal.tencentcloudapi.com`
    /// from inside Tencent Cloud's network).
    pub fn root_domain(mut self, domain: &str) -> Self {
        self.root_domain = Some(domain.to_owned());
        self
    }

    /// Sends to the region's own host, `<service>.<region>.tencentcloudapi.com`, instead
    /// of the global one.
    pub fn regional_host(mut self, regional: bool) -> Self {
        self.regional_host = regional;
        self
    }

    /// The language of the server's messages, `X-TC-Language`: `zh-CN` (the default, as
    /// the official SDKs) or `en-US`.
    pub fn language(mut self, language: &str) -> Self {
        self.language = Some(language.to_owned()).filter(|language| !language.is_empty());
        self
    }

    /// Sends no `X-TC-Language` header: the server's own default applies.
    pub fn no_language(mut self) -> Self {
        self.language = None;
        self
    }

    /// Sends through this transport instead of the default one (the connect
    /// timeout then is the transport's business). Without the `reqwest` feature, a
    /// client needs one.
    pub fn transport(mut self, transport: impl Transport) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }

    /// The retry settings; [`RetryConfig::disabled`] sends every request once.
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.retry = retry;
        self
    }

    /// How long opening a connection may take (5 s by default).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.connect = timeout;
        self
    }

    /// How long one attempt may take, from sending to the end of the answer (60 s by
    /// default, as the official SDKs).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.attempt = timeout;
        self
    }

    /// How long a whole call may take, retries and backoff included (180 s by default).
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.operation = timeout;
        self
    }

    /// Adds a hook on every attempt of every call, after those added before: see
    /// [`interceptor`](crate::interceptor).
    ///
    /// ```
    /// use tencent_action::Error;
    /// use tencent_action_client::interceptor::{AttemptContext, Interceptor};
    /// use tencent_action_client::transport::HttpRequest;
    /// use tencent_action_client::{Client, Credential};
    ///
    /// struct Tag(&'static str);
    ///
    /// impl Interceptor for Tag {
    ///     fn before_signing(&self, request: &mut HttpRequest, _: &AttemptContext<'_>) -> Result<(), Error> {
    ///         request.headers.push(("X-Team", self.0.to_owned()));
    ///         Ok(())
    ///     }
    /// }
    ///
    /// let client = Client::builder()
    ///     .credential(Credential::new("AKIDexample", "secret"))
    ///     .interceptor(Tag("storage"))
    ///     .interceptor(Tag("billing")) // runs second: the request carries both
    ///     .build()
    ///     .unwrap();
    /// # let _ = client;
    /// ```
    pub fn interceptor(mut self, interceptor: impl Interceptor) -> Self {
        self.interceptors.push(Arc::new(interceptor));
        self
    }

    /// Sends calls to a backup access point while their host keeps failing: see
    /// [`RegionBreaker`] for what counts and the defaults. Off by default, as in the
    /// official SDKs. A backup given as a region needs a root domain (not
    /// [`endpoint`](Self::endpoint)): [`build`](Self::build) says so.
    pub fn region_breaker(mut self, breaker: RegionBreaker) -> Self {
        self.region_breaker = Some(breaker);
        self
    }

    /// Sends a request whose connection could not be made to the same host under the
    /// next root domain: see [`DomainFailover`]. Off by default.
    pub fn domain_failover(mut self, failover: DomainFailover) -> Self {
        self.domain_failover = Some(failover);
        self
    }

    /// Builds the client. Fails when the endpoint is not a URL (nor the region breaker's
    /// backup URL, or its backup is a region and the endpoint a whole URL), when no transport was
    /// given and the default one cannot start (or, without the `reqwest` feature, does
    /// not exist), or when no region was named and the environment's is unreadable:
    /// `TENCENTCLOUD_REGION` that is not UTF-8, or a tccli profile file that is there but
    /// cannot be read or is not a profile (the error names the file; a file that is not
    /// there is no error).
    pub fn build(self) -> Result<Client, BuildError> {
        let region = match self.region {
            Some(region) => Some(region),
            None if self.region_from_environment => {
                region::from_environment(&crate::dirs::process_env)?.map(|found| {
                    tracing::debug!(region = %found.region, source = %found.source, "region from the environment");
                    found.region
                })
            }
            None => None,
        };
        let endpoint = match (self.endpoint, self.root_domain) {
            (Some(url), _) => Endpoint::Url(url),
            (None, root) => {
                let root_domain = root.unwrap_or_else(|| DEFAULT_ROOT_DOMAIN.to_owned());
                if self.regional_host {
                    Endpoint::Regional { root_domain }
                } else {
                    Endpoint::Global { root_domain }
                }
            }
        };
        endpoint.check().map_err(BuildError::new)?;
        if let Some(breaker) = &self.region_breaker {
            breaker.check(&endpoint).map_err(BuildError::new)?;
        }
        let transport = match self.transport {
            Some(transport) => transport,
            None => default_transport(self.timeouts.connect)?,
        };
        let credentials = self
            .credentials
            .unwrap_or_else(|| Arc::new(default_chain_over(transport.clone())));
        let budget = self.retry.budget().map(RetryBudget::new);
        Ok(Client::from_inner(Inner {
            credentials,
            region,
            endpoint,
            language: self.language,
            transport,
            retry: self.retry,
            budget,
            timeouts: self.timeouts,
            interceptors: self.interceptors,
            failover: Failover::new(self.region_breaker, self.domain_failover),
        }))
    }
}

/// [`HyperTransport`](crate::transport::HyperTransport), the cheaper, unless the
/// environment names a proxy, which [`ReqwestTransport`](crate::transport::ReqwestTransport)
/// follows.
#[cfg(feature = "reqwest")]
fn default_transport(connect_timeout: Duration) -> Result<Arc<dyn Transport>, BuildError> {
    if !crate::transport::proxy_in_environment() {
        return Ok(Arc::new(crate::transport::HyperTransport::new(
            connect_timeout,
        )));
    }
    match crate::transport::ReqwestTransport::new(connect_timeout) {
        Ok(transport) => Ok(Arc::new(transport)),
        Err(error) => Err(BuildError {
            message: format!("the HTTP client could not be built: {error}"),
            source: Some(Box::new(error)),
        }),
    }
}

#[cfg(not(feature = "reqwest"))]
fn default_transport(_: Duration) -> Result<Arc<dyn Transport>, BuildError> {
    Err(BuildError::new(
        "no transport: give one with `ClientBuilder::transport`, or enable the `reqwest` feature"
            .to_owned(),
    ))
}
