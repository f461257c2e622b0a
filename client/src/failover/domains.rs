//! Domain failover: a request whose connection could not be made goes to the same host
//! under another root domain.

use super::breaker::{BreakerConfig, BreakerState, Breakers, Ticket};
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
        let Some(parts) = self.split(url) else {
            return Vec::new();
        };
        let Parts {
            scheme,
            prefix,
            own,
            rest,
        } = parts;
        (self.roots.iter())
            .filter(|root| *root != own)
            .map(|root| format!("{scheme}://{prefix}.{root}{rest}"))
            .collect()
    }

    /// `url` cut around its root domain, when it has alternatives; allocates nothing,
    /// since it is asked on every call.
    fn split<'u>(&self, url: &'u str) -> Option<Parts<'u, '_>> {
        let (scheme, after) = url.split_once("://")?;
        let authority = after.split(['/', '?', '#']).next().unwrap_or("");
        if authority.contains('@') || authority.starts_with('[') {
            return None;
        }
        let (host, rest) = after.split_at(authority.find(':').unwrap_or(authority.len()));
        // The longest root that ends the host: `x.tencentcloudapi.com.cn` is under
        // `tencentcloudapi.com.cn`, never `tencentcloudapi.com`.
        let own = (self.roots.iter())
            .filter(|root| host.len() > root.len() + 1)
            .filter(|root| host[host.len() - root.len()..].eq_ignore_ascii_case(root))
            .filter(|root| host.as_bytes()[host.len() - root.len() - 1] == b'.')
            .max_by_key(|root| root.len())?;
        let prefix = &host[..host.len() - own.len() - 1];
        let intl =
            (prefix.rsplit('.').next()).is_some_and(|label| label.eq_ignore_ascii_case("intl"));
        if intl || prefix.split('.').any(str::is_empty) {
            return None;
        }
        Some(Parts {
            scheme,
            prefix,
            own,
            rest,
        })
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
        if self.split(&request.url).is_none() {
            return transport.send(request).await;
        }
        let first = request.url.clone();
        let (mut skipped, mut failure) = (None, None);
        match self.breakers.admit(host_of(&first)) {
            Some(ticket) => match try_once(transport, ticket, request, &may_resend).await {
                Tried::Done(result) => return result,
                Tried::NoConnection(error) => failure = Some(error),
            },
            None => skipped = Some(request),
        }
        // Built only once the first host has failed or is skipped.
        for url in self.alternatives(&first) {
            let Some(ticket) = self.breakers.admit(host_of(&url)) else {
                tracing::debug!(url, "domain breaker open; skipping");
                continue;
            };
            tracing::debug!(url, "trying another root domain");
            match try_once(transport, ticket, resend(&url)?, &may_resend).await {
                Tried::Done(result) => return result,
                Tried::NoConnection(error) => failure = Some(error),
            }
        }
        match (failure, skipped) {
            (Some(error), _) => Err(error),
            // Every breaker was open: the first host is tried anyway.
            (None, Some(request)) => transport.send(request).await,
            (None, None) => transport.send(resend(&first)?).await,
        }
    }
}

/// A URL around its root domain: `<scheme>://<prefix>.<own><rest>`.
struct Parts<'u, 'r> {
    scheme: &'u str,
    prefix: &'u str,
    own: &'r str,
    /// The port and path, as they were.
    rest: &'u str,
}

/// How one host's try ended.
enum Tried {
    /// An answer, or a failure that may have reached the server: the call's result.
    Done(Result<HttpResponse, Error>),
    /// No connection could be made, and another host may be tried.
    NoConnection(Error),
}

async fn try_once(
    transport: &dyn Transport,
    ticket: Ticket,
    request: HttpRequest,
    may_resend: &impl Fn(&Error) -> bool,
) -> Tried {
    match transport.send(request).await {
        Ok(response) => {
            ticket.settle(Some(true));
            Tried::Done(Ok(response))
        }
        Err(error) if may_resend(&error) => {
            tracing::debug!(%error, "no connection");
            ticket.settle(Some(false));
            Tried::NoConnection(error)
        }
        // It may have reached the server: it goes nowhere else, and says nothing of
        // whether the host can be reached (the ticket is dropped without a verdict).
        Err(error) => Tried::Done(Err(error)),
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
