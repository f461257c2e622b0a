//! Domain failover: a request whose connection could not be made goes to the same host
//! under another root domain.

use super::breaker::{BreakerConfig, BreakerState, Breakers};
use super::clock::Clock;
use crate::endpoint::host_of;
use crate::transport::{HttpRequest, HttpResponse, Transport};
use std::sync::Arc;
use std::time::Duration;
use tencent_action::Error;

/// The root domains of Tencent Cloud's API, in the order the official Python SDK tries
/// them.
pub const OFFICIAL_ROOT_DOMAINS: [&str; 3] = [
    "tencentcloudapi.com",
    "tencentcloudapi.com.cn",
    "tencentcloudapi.cn",
];

/// Alternative root domains for requests whose connection could not be made (the name
/// did not resolve, the connection was refused or timed out, TLS failed): the request is
/// signed again for the same host under the next root domain and sent there at once,
/// within the same attempt. A request that may have reached the server is never sent
/// elsewhere: the client's retries decide about it. Off unless given to
/// [`ClientBuilder::domain_failover`](crate::ClientBuilder::domain_failover).
///
/// `cvm.ap-shanghai.tencentcloudapi.com` becomes `cvm.ap-shanghai.tencentcloudapi.com.cn`,
/// then `cvm.ap-shanghai.tencentcloudapi.cn`: the labels before the root domain are
/// kept, and so are the scheme, port and path. Hosts under none of the root domains
/// (an IP address, a private endpoint) and the international site's
/// (`*.intl.tencentcloudapi.com`) have no alternatives.
///
/// Each host has a breaker ([`BreakerConfig::default`], with a 5-minute window as the
/// Python SDK's): a host whose connections keep failing is skipped while its breaker is
/// open, so that later calls do not wait for it first. When every breaker is open, the
/// first host is tried.
///
/// ```
/// use tencent_action_client::failover::DomainFailover;
///
/// let failover = DomainFailover::default();
/// assert_eq!(
///     failover.alternatives("https://cvm.ap-shanghai.tencentcloudapi.com/"),
///     ["https://cvm.ap-shanghai.tencentcloudapi.com.cn/", "https://cvm.ap-shanghai.tencentcloudapi.cn/"],
/// );
/// assert!(failover.alternatives("https://cvm.intl.tencentcloudapi.com/").is_empty());
/// assert!(failover.alternatives("http://127.0.0.1:8080/").is_empty());
/// ```
#[derive(Clone, Debug)]
pub struct DomainFailover {
    roots: Vec<String>,
    breakers: Breakers,
}

impl Default for DomainFailover {
    /// The [official root domains](OFFICIAL_ROOT_DOMAINS).
    fn default() -> Self {
        DomainFailover::new(OFFICIAL_ROOT_DOMAINS)
    }
}

impl DomainFailover {
    /// Failover among `roots`: a host under one of them is tried under the others, in
    /// this order (empty names are left out; names compare without case).
    pub fn new(roots: impl IntoIterator<Item = impl Into<String>>) -> Self {
        let roots = roots
            .into_iter()
            .map(|root| root.into().trim_matches('.').to_ascii_lowercase())
            .filter(|root| !root.is_empty())
            .collect();
        let config = BreakerConfig::default().with_window(Duration::from_secs(300));
        DomainFailover {
            roots,
            breakers: Breakers::default().with_config(config),
        }
    }

    /// Other thresholds for the hosts' breakers (their state starts afresh).
    pub fn with_config(mut self, config: BreakerConfig) -> Self {
        self.breakers = self.breakers.with_config(config);
        self
    }

    /// Another clock for the hosts' breakers (their state starts afresh).
    pub fn with_clock(mut self, clock: impl Clock) -> Self {
        self.breakers = self.breakers.with_clock(Arc::new(clock));
        self
    }

    /// The root domains, in order.
    pub fn roots(&self) -> &[String] {
        &self.roots
    }

    /// The thresholds of the hosts' breakers.
    pub fn config(&self) -> &BreakerConfig {
        self.breakers.config()
    }

    /// The state of the breaker of `host`, as the `Host` header names it.
    pub fn state(&self, host: &str) -> BreakerState {
        self.breakers.state(host)
    }

    /// The URLs tried after `url` when no connection to it can be made, in order.
    pub fn alternatives(&self, url: &str) -> Vec<String> {
        let Some((scheme, rest)) = url.split_once("://") else {
            return Vec::new();
        };
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, path) = rest.split_at(end);
        if authority.contains('@') || authority.starts_with('[') {
            return Vec::new();
        }
        let (host, port) = match authority.rsplit_once(':') {
            Some((host, _)) => (host, &authority[host.len()..]),
            None => (authority, ""),
        };
        let lower = host.to_ascii_lowercase();
        // The longest root that ends the host: `x.tencentcloudapi.com.cn` is under
        // `tencentcloudapi.com.cn`, never `tencentcloudapi.com`.
        let Some(own) = (self.roots.iter())
            .filter(|root| lower.len() > root.len() + 1 && lower.ends_with(root.as_str()))
            .filter(|root| lower.as_bytes()[lower.len() - root.len() - 1] == b'.')
            .max_by_key(|root| root.len())
        else {
            return Vec::new();
        };
        let prefix = &host[..host.len() - own.len() - 1];
        if prefix.split('.').any(str::is_empty)
            || prefix
                .rsplit('.')
                .next()
                .is_some_and(|label| label.eq_ignore_ascii_case("intl"))
        {
            return Vec::new();
        }
        (self.roots.iter())
            .filter(|root| *root != own)
            .map(|root| format!("{scheme}://{prefix}.{root}{port}{path}"))
            .collect()
    }

    /// Sends `request`, and when no connection could be made and `may_resend` agrees,
    /// the request `resend` signs for each alternative URL in turn; returns the first
    /// answer, or the last failure.
    pub(crate) async fn send<R>(
        &self,
        transport: &dyn Transport,
        request: HttpRequest,
        resend: &R,
        may_resend: impl Fn(&Error) -> bool,
    ) -> Result<HttpResponse, Error>
    where
        R: Fn(&str) -> Result<HttpRequest, Error>,
    {
        let alternatives = self.alternatives(&request.url);
        if alternatives.is_empty() {
            return transport.send(request).await;
        }
        let first = request.url.clone();
        let mut request = Some(request);
        let mut failure = None;
        for url in std::iter::once(&first).chain(&alternatives) {
            let Some(ticket) = self.breakers.admit(host_of(url)) else {
                tracing::debug!(host = host_of(url), "domain breaker open; skipping");
                continue;
            };
            let attempt = match request.take_if(|request| request.url == *url) {
                Some(request) => request,
                None => resend(url)?,
            };
            match transport.send(attempt).await {
                Ok(response) => {
                    ticket.settle(Some(true));
                    return Ok(response);
                }
                Err(error) if may_resend(&error) => {
                    tracing::debug!(host = ticket.host(), %error, "no connection; trying the next root domain");
                    ticket.settle(Some(false));
                    failure = Some(error);
                }
                // It may have reached the server: it goes nowhere else, and says
                // nothing of whether the host can be reached.
                Err(error) => return Err(error),
            }
        }
        match (failure, request) {
            (Some(error), _) => Err(error),
            // Every breaker was open: the first host is tried anyway.
            (None, Some(request)) => transport.send(request).await,
            (None, None) => transport.send(resend(&first)?).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_domain_is_swapped_and_the_rest_kept() {
        let failover = DomainFailover::default();
        assert_eq!(
            failover.alternatives("https://cvm.tencentcloudapi.com/"),
            [
                "https://cvm.tencentcloudapi.com.cn/",
                "https://cvm.tencentcloudapi.cn/"
            ]
        );
        assert_eq!(
            failover.alternatives("https://cvm.tencentcloudapi.com.cn/"),
            [
                "https://cvm.tencentcloudapi.com/",
                "https://cvm.tencentcloudapi.cn/"
            ]
        );
        assert_eq!(
            failover.alternatives("https://cbs.internal.TencentCloudAPI.com:8443/x"),
            [
                "https://cbs.internal.tencentcloudapi.com.cn:8443/x",
                "https://cbs.internal.tencentcloudapi.cn:8443/x"
            ]
        );
        let custom = DomainFailover::new(["down.test", "", ".alt.test."]);
        assert_eq!(custom.roots(), ["down.test", "alt.test"]);
        assert_eq!(
            custom.alternatives("http://demo.down.test:9000/"),
            ["http://demo.alt.test:9000/"]
        );
    }

    #[test]
    fn hosts_without_alternatives() {
        let failover = DomainFailover::default();
        for url in [
            "https://tencentcloudapi.com/",
            "https://xtencentcloudapi.com/",
            "https://cvm..tencentcloudapi.com/",
            "https://cvm.intl.tencentcloudapi.com/",
            "https://user@cvm.tencentcloudapi.com/",
            "https://example.com/",
            "http://127.0.0.1:8080/",
            "http://[::1]:8080/",
            "no scheme",
        ] {
            assert!(failover.alternatives(url).is_empty(), "{url}");
        }
    }
}
