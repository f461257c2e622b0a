//! What every call of a client and its clones share: the settings and the parts they
//! were built into.

use crate::credential::ProvideCredential;
use crate::endpoint::Endpoint;
use crate::failover::Failover;
use crate::interceptor::Interceptors;
use crate::retry::{RetryBudget, RetryConfig};
use crate::transport::Transport;
use std::sync::Arc;
use std::time::Duration;

/// The client's parts, behind one `Arc`.
pub(crate) struct Inner {
    pub(crate) credentials: Arc<dyn ProvideCredential>,
    pub(crate) region: Option<String>,
    pub(crate) endpoint: Endpoint,
    pub(crate) language: Option<String>,
    pub(crate) transport: Arc<dyn Transport>,
    pub(crate) retry: RetryConfig,
    pub(crate) budget: Option<RetryBudget>,
    pub(crate) timeouts: Timeouts,
    pub(crate) interceptors: Interceptors,
    /// The failover policies; `None` (the default) keeps them off the call's path.
    pub(crate) failover: Option<Failover>,
}

/// The three limits of a call.
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
