//! The region breaker: while a host fails, calls go to a backup access point.

use super::breaker::{BreakerConfig, BreakerState, Breakers, Ticket};
use super::clock::Clock;
use crate::endpoint::{Endpoint, host_of};
use std::sync::Arc;

/// Where calls go while their host's breaker is open.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Backup {
    /// The access point of this region under the client's root domain:
    /// `https://<service>.<region>.<root domain>/` (`cvm.ap-guangzhou.tencentcloudapi.com`).
    /// The client's endpoint must then be a root domain, not a whole URL.
    Region(String),
    /// One whole URL for every service, as [`Endpoint::Url`].
    Url(String),
}

/// A circuit breaker per host: when calls to a host keep failing, the next calls go to
/// a backup access point for a while, then a few probes go back to the host and close
/// the breaker if it answers again. Off unless given to
/// [`ClientBuilder::region_breaker`](crate::ClientBuilder::region_breaker).
///
/// What counts as a failure: an attempt whose error is [transient](tencent_action::Category::Transient)
/// (a connection that failed, a timeout, `InternalError` and the like, a 500, 502, 503 or
/// 504 page). Anything else the host answered (a success, a client's error, throttling)
/// is a success: the host is up. The call keeps its region (`X-TC-Region`) and is signed
/// again for the backup host: resources live in their region, and another region's
/// access point forwards the call to it.
///
/// Clones share the breakers' state, so a test or a health page can read it.
///
/// ```
/// use tencent_action_client::failover::{Backup, BreakerConfig, BreakerState, RegionBreaker};
/// use tencent_action_client::{Client, Credential};
///
/// let breaker = RegionBreaker::default(); // backup: ap-guangzhou, the Go SDK's defaults
/// assert_eq!(breaker.backup(), &Backup::Region("ap-guangzhou".into()));
/// let client = Client::builder()
///     .credential(Credential::new("AKIDexample", "secret"))
///     .region("ap-shanghai")
///     .regional_host(true)
///     .region_breaker(breaker.clone())
///     .build()
///     .unwrap();
/// assert_eq!(breaker.state("cvm.ap-shanghai.tencentcloudapi.com"), BreakerState::Closed);
/// # let _ = client;
/// ```
#[derive(Clone, Debug)]
pub struct RegionBreaker {
    backup: Backup,
    breakers: Breakers,
}

impl Default for RegionBreaker {
    /// The official SDKs' default backup, `ap-guangzhou`, with [`BreakerConfig::default`].
    fn default() -> Self {
        RegionBreaker::new(Backup::Region("ap-guangzhou".to_owned()))
    }
}

impl RegionBreaker {
    /// A breaker with the default thresholds that sends to `backup` while open.
    pub fn new(backup: Backup) -> Self {
        RegionBreaker {
            backup,
            breakers: Breakers::default(),
        }
    }

    /// A breaker whose backup is `region`'s access point.
    pub fn to_region(region: &str) -> Self {
        RegionBreaker::new(Backup::Region(region.to_owned()))
    }

    /// A breaker whose backup is one whole URL (`http://127.0.0.1:9000`).
    pub fn to_url(url: &str) -> Self {
        RegionBreaker::new(Backup::Url(url.to_owned()))
    }

    /// Other thresholds (the state starts afresh).
    pub fn with_config(mut self, config: BreakerConfig) -> Self {
        self.breakers = self.breakers.with_config(config);
        self
    }

    /// Another clock (the state starts afresh): a test's [`ManualClock`](super::ManualClock).
    pub fn with_clock(mut self, clock: impl Clock) -> Self {
        self.breakers = self.breakers.with_clock(Arc::new(clock));
        self
    }

    /// Where calls go while a breaker is open.
    pub fn backup(&self) -> &Backup {
        &self.backup
    }

    /// The thresholds.
    pub fn config(&self) -> &BreakerConfig {
        self.breakers.config()
    }

    /// The state of the breaker of `host` (`cvm.tencentcloudapi.com`, or `host:port`),
    /// as the `Host` header names it.
    pub fn state(&self, host: &str) -> BreakerState {
        self.breakers.state(host)
    }

    /// Why this backup cannot be used with `endpoint`, if it cannot.
    pub(crate) fn check(&self, endpoint: &Endpoint) -> Result<(), String> {
        match &self.backup {
            Backup::Region(region) if region.is_empty() => {
                Err("the region breaker's backup region is empty".to_owned())
            }
            Backup::Region(_) if matches!(endpoint, Endpoint::Url(_)) => Err(
                "a backup region needs a root domain to put it under: the client's endpoint is a whole URL, give the backup as a URL"
                    .to_owned(),
            ),
            Backup::Region(_) => Ok(()),
            Backup::Url(url) => Endpoint::Url(url.clone()).check(),
        }
    }

    /// The backup URL of a call to `service` in `region`; `None` when the endpoint has
    /// no root domain to put a backup region under.
    pub(crate) fn backup_url(
        &self,
        endpoint: &Endpoint,
        service: &str,
        region: Option<&str>,
    ) -> Option<String> {
        match (&self.backup, endpoint) {
            (Backup::Url(url), _) => Some(Endpoint::Url(url.clone()).url(service, region)),
            (
                Backup::Region(backup),
                Endpoint::Global { root_domain } | Endpoint::Regional { root_domain },
            ) => Some(format!("https://{service}.{backup}.{root_domain}/")),
            (Backup::Region(_), _) => None,
        }
    }

    /// Whether `host` is the backup's host for `service`, compared piece by piece
    /// rather than built, since it is asked on every call. Without a backup to go to,
    /// every host is.
    fn is_backup_host(&self, host: &str, endpoint: &Endpoint, service: &str) -> bool {
        let (backup, root_domain) = match (&self.backup, endpoint) {
            (Backup::Url(url), _) => return host_of(url).eq_ignore_ascii_case(host),
            (Backup::Region(_), Endpoint::Url(_)) => return true,
            (
                Backup::Region(backup),
                Endpoint::Global { root_domain } | Endpoint::Regional { root_domain },
            ) => (backup, root_domain),
        };
        // `label.` at the start of `rest`: what follows it.
        let label = |rest: &'_ str, label: &str| -> Option<usize> {
            let head = rest.get(..label.len())?;
            (head.eq_ignore_ascii_case(label) && rest[label.len()..].starts_with('.'))
                .then_some(label.len() + 1)
        };
        let Some(at) = label(host, service) else {
            return false;
        };
        let rest = &host[at..];
        label(rest, backup).is_some_and(|at| rest[at..].eq_ignore_ascii_case(root_domain))
    }

    /// Where a call whose request goes to `url` should go: `Ok(ticket)` to its host,
    /// whose breaker counts the result (`None`: it is the backup's host, nothing is
    /// counted), or `Err(backup)` to the backup URL.
    pub(crate) fn route(
        &self,
        url: &str,
        endpoint: &Endpoint,
        service: &str,
        region: Option<&str>,
    ) -> Result<Option<Ticket>, String> {
        let host = host_of(url);
        if self.is_backup_host(host, endpoint, service) {
            return Ok(None);
        }
        match self.breakers.admit(host) {
            Some(ticket) => Ok(Some(ticket)),
            None => self
                .backup_url(endpoint, service, region)
                .map_or(Ok(None), Err),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backup_url_of_each_endpoint() {
        let breaker = RegionBreaker::default();
        let global = Endpoint::default();
        assert_eq!(
            breaker
                .backup_url(&global, "cvm", Some("ap-shanghai"))
                .as_deref(),
            Some("https://cvm.ap-guangzhou.tencentcloudapi.com/")
        );
        let regional = Endpoint::Regional {
            root_domain: "internal.tencentcloudapi.com".into(),
        };
        assert_eq!(
            breaker
                .backup_url(&regional, "cbs", Some("ap-beijing"))
                .as_deref(),
            Some("https://cbs.ap-guangzhou.internal.tencentcloudapi.com/")
        );
        let url = Endpoint::Url("http://127.0.0.1:1".into());
        assert_eq!(breaker.backup_url(&url, "cvm", None), None);
        assert!(breaker.check(&url).unwrap_err().contains("whole URL"));
        assert!(breaker.check(&global).is_ok());
        let to_url = RegionBreaker::to_url("http://127.0.0.1:2");
        assert_eq!(
            to_url.backup_url(&url, "cvm", None).as_deref(),
            Some("http://127.0.0.1:2/")
        );
        assert!(RegionBreaker::to_url("ftp://x").check(&global).is_err());
        assert!(RegionBreaker::to_region("").check(&global).is_err());
    }

    #[test]
    fn a_call_already_at_the_backup_host_is_not_counted() {
        let breaker = RegionBreaker::default();
        let regional = Endpoint::Regional {
            root_domain: "tencentcloudapi.com".into(),
        };
        let url = regional.url("cvm", Some("ap-guangzhou"));
        let routed = breaker.route(&url, &regional, "cvm", Some("ap-guangzhou"));
        assert!(matches!(routed, Ok(None)));
        let url = regional.url("CVM", Some("AP-Guangzhou"));
        assert!(breaker.is_backup_host(host_of(&url), &regional, "cvm"));
        let url = regional.url("cvm", Some("ap-shanghai"));
        let routed = breaker.route(&url, &regional, "cvm", Some("ap-shanghai"));
        assert!(matches!(routed, Ok(Some(_))));
        for host in [
            "cvm.ap-guangzhou.tencentcloudapi.co",
            "cvm.ap-guangzhoux.tencentcloudapi.com",
            "cvmx.ap-guangzhou.tencentcloudapi.com",
            "cvm.ap-guangzhou",
            "",
        ] {
            assert!(!breaker.is_backup_host(host, &regional, "cvm"), "{host}");
        }
    }
}
