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

    /// Where a call whose request goes to `url` should go: `Ok(ticket)` to its host,
    /// whose breaker counts the result, or `Err(backup)` to the backup URL.
    pub(crate) fn route(
        &self,
        url: &str,
        endpoint: &Endpoint,
        service: &str,
        region: Option<&str>,
    ) -> Result<Option<Ticket>, String> {
        let host = host_of(url);
        let Some(backup) = self.backup_url(endpoint, service, region) else {
            return Ok(None);
        };
        if host_of(&backup).eq_ignore_ascii_case(host) {
            // The backup is this host: nowhere else to go, nothing to count.
            return Ok(None);
        }
        match self.breakers.admit(host) {
            Some(ticket) => Ok(Some(ticket)),
            None => Err(backup),
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
        let url = regional.url("cvm", Some("ap-shanghai"));
        let routed = breaker.route(&url, &regional, "cvm", Some("ap-shanghai"));
        assert_eq!(
            routed
                .unwrap()
                .map(|ticket| ticket.host().to_owned())
                .as_deref(),
            Some("cvm.ap-shanghai.tencentcloudapi.com")
        );
    }
}
