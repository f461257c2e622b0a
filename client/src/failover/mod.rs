//! Failover policies beside retries, both off by default as in the official SDKs:
//! [`RegionBreaker`] sends calls to a backup access point while their host keeps
//! failing, and [`DomainFailover`] sends a request whose connection could not be made
//! to the same host under another root domain.
//!
//! Neither ever sends elsewhere a request that may have reached the server: the
//! breaker chooses where an attempt goes before it is sent, and domain failover acts
//! only on a connection that was never made, as the client's
//! [retry policy](crate::retry::RetryPolicy) judges it. Whether a failed call is tried
//! again stays the retry policy's business. A client without them takes no lock and
//! allocates nothing for them.
//!
//! A request sent to another host is built again for it, the interceptors'
//! [`before_signing`](crate::interceptor::Interceptor::before_signing) included, and
//! signed for that host; the attempt's other hooks see only its final result.
//!
//! ```
//! use std::time::Duration;
//! use tencent_action_client::failover::{BreakerConfig, DomainFailover, RegionBreaker};
//! use tencent_action_client::{Client, Credential};
//!
//! let client = Client::builder()
//!     .credential(Credential::new("AKIDexample", "secret"))
//!     .region("ap-shanghai")
//!     .region_breaker(
//!         RegionBreaker::to_region("ap-guangzhou")
//!             .with_config(BreakerConfig::default().with_open_for(Duration::from_secs(30))),
//!     )
//!     .domain_failover(DomainFailover::default())
//!     .build()
//!     .unwrap();
//! # let _ = client;
//! ```

mod breaker;
mod clock;
mod domains;
mod region;

pub use breaker::{BreakerConfig, BreakerState};
pub use clock::{Clock, ManualClock, SystemClock};
pub use domains::{DomainFailover, OFFICIAL_ROOT_DOMAINS};
pub use region::{Backup, RegionBreaker};

pub(crate) use breaker::Ticket;

use crate::call::Call;
use crate::retry::RetryPolicy;
use crate::state::Inner;
use crate::transport::{HttpRequest, HttpResponse};
use tencent_action::{Category, Error};

/// The failover policies a client was given.
#[derive(Clone, Debug)]
pub(crate) struct Failover {
    region: Option<RegionBreaker>,
    domains: Option<DomainFailover>,
}

impl Failover {
    /// The policies, or `None` when both are off: the client then never looks here.
    pub(crate) fn new(
        region: Option<RegionBreaker>,
        domains: Option<DomainFailover>,
    ) -> Option<Failover> {
        (region.is_some() || domains.is_some()).then_some(Failover { region, domains })
    }

    /// Where `request`, signed for the call's own host, goes: there, with the ticket
    /// that counts the attempt's result, or to the backup when the host's breaker is
    /// open, signed again by `resend`.
    pub(crate) fn route<R>(
        &self,
        inner: &Inner,
        call: &Call<'_>,
        request: HttpRequest,
        resend: &R,
    ) -> Result<(HttpRequest, Option<Ticket>), Error>
    where
        R: Fn(&str) -> Result<HttpRequest, Error>,
    {
        let Some(breaker) = &self.region else {
            return Ok((request, None));
        };
        match breaker.route(&request.url, &inner.endpoint, call.service, call.region) {
            Ok(ticket) => Ok((request, ticket)),
            Err(backup) => {
                tracing::debug!(backup = %backup, "region breaker open; sending to the backup");
                Ok((resend(&backup)?, None))
            }
        }
    }

    /// Sends `request`, through the alternative root domains when domain failover is on.
    pub(crate) async fn send<R>(
        &self,
        inner: &Inner,
        call: &Call<'_>,
        request: HttpRequest,
        resend: &R,
    ) -> Result<HttpResponse, Error>
    where
        R: Fn(&str) -> Result<HttpRequest, Error>,
    {
        let transport = &*inner.transport;
        let Some(domains) = &self.domains else {
            return transport.send(request).await;
        };
        let policy = inner.retry.policy();
        let may_resend = |error: &Error| never_sent(policy, error, call.idempotent);
        domains.send(transport, request, resend, may_resend).await
    }
}

/// Whether `error` says the request never reached the server and the retry policy
/// agrees it may be sent again: the only failures sent to another root domain.
fn never_sent(policy: &dyn RetryPolicy, error: &Error, idempotent: bool) -> bool {
    !error.may_have_been_sent() && policy.classify(error, idempotent).is_some()
}

/// What an attempt's result says of its host: `Some(false)` when it failed in a way
/// that may pass (a connection, a timeout, a server's transient error), `Some(true)`
/// when the host answered anything else, `None` when the request was never built.
pub(crate) fn verdict(error: Option<&Error>) -> Option<bool> {
    match error {
        None => Some(true),
        Some(Error::Construction(_)) => None,
        Some(error) => Some(error.category() != Some(Category::Transient)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::retry::StandardRetryPolicy;
    use tencent_action::{
        ApiError, ConstructionError, ConstructionErrorKind, TimeoutError, TimeoutKind,
        TransportError, TransportErrorKind,
    };

    #[test]
    fn what_counts_as_a_failure_of_the_host() {
        let api = |code| Error::from(ApiError::new(code, "m", "id"));
        assert_eq!(verdict(None), Some(true));
        assert_eq!(verdict(Some(&api("InternalError"))), Some(false));
        assert_eq!(verdict(Some(&api("ServiceUnavailable"))), Some(false));
        assert_eq!(verdict(Some(&api("RequestLimitExceeded"))), Some(true));
        assert_eq!(verdict(Some(&api("InvalidParameter"))), Some(true));
        assert_eq!(
            verdict(Some(&api("AuthFailure.SignatureFailure"))),
            Some(true)
        );
        let refused = Error::from(TransportError::new(TransportErrorKind::Connect, "refused"));
        assert_eq!(verdict(Some(&refused)), Some(false));
        let timeout = Error::from(TimeoutError::new(TimeoutKind::Attempt));
        assert_eq!(verdict(Some(&timeout)), Some(false));
        let unbuilt = Error::from(ConstructionError::new(ConstructionErrorKind::Body, "x"));
        assert_eq!(verdict(Some(&unbuilt)), None);
    }

    #[test]
    fn only_a_request_never_sent_goes_to_another_domain() {
        let policy = StandardRetryPolicy;
        let refused = Error::from(TransportError::new(TransportErrorKind::Connect, "refused"));
        let no_connection = Error::from(TimeoutError::new(TimeoutKind::Connect));
        let closed = Error::from(TransportError::new(TransportErrorKind::Io, "closed"));
        let timeout = Error::from(TimeoutError::new(TimeoutKind::Attempt));
        for idempotent in [false, true] {
            assert!(never_sent(&policy, &refused, idempotent));
            assert!(never_sent(&policy, &no_connection, idempotent));
            assert!(!never_sent(&policy, &closed, idempotent));
            assert!(!never_sent(&policy, &timeout, idempotent));
        }
    }
}
