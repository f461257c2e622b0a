//! Per-call settings, and how the settings of a call, of its client and of the client's
//! builder combine.

use std::time::Duration;

/// Per-call settings: the region, whether the call is safe to send twice, and its time
/// limits. A setting left unset falls through to the next layer.
///
/// They apply in layers, the most specific first:
/// 1. the options of one call (`send_with(&request, &options)`, `call_with`, ...);
/// 2. the options of the client ([`Client::with_options`](crate::Client::with_options),
///    each call layering its own over them, and a second `with_options` over the first);
/// 3. the client's builder (its region, from the environment when it names none; its
///    timeouts).
///
/// Each setting is taken from the first layer that sets it, on its own: a call that sets
/// only a region keeps the timeouts of the client's options.
///
/// ```
/// use std::time::Duration;
/// use tencent_action_client::CallOptions;
///
/// let options = CallOptions::new()
///     .region("ap-shanghai")
///     .idempotent(true)
///     .operation_timeout(Duration::from_secs(30));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct CallOptions {
    pub(crate) region: Option<String>,
    pub(crate) idempotent: Option<bool>,
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) operation_timeout: Option<Duration>,
}

impl CallOptions {
    /// Nothing set: every setting falls through to the client.
    pub fn new() -> Self {
        CallOptions::default()
    }

    /// Marks the call safe to send twice (a read, say), so that timeouts and transient
    /// server errors after sending are retried too; `false` takes back a client's
    /// `true`. A request that carries a `ClientToken` is safe to send twice whatever
    /// this says: the server acts on one token once.
    pub fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = Some(idempotent);
        self
    }

    /// Sends the call to this region (`X-TC-Region`, and the host with
    /// [`regional_host`](crate::ClientBuilder::regional_host)) instead of the client's.
    /// An empty name sets nothing.
    pub fn region(mut self, region: &str) -> Self {
        self.region = Some(region.to_owned()).filter(|region| !region.is_empty());
        self
    }

    /// How long each attempt may take, from sending to the end of the answer, instead of
    /// the client's [`attempt_timeout`](crate::ClientBuilder::attempt_timeout).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// How long the whole call may take, every attempt and the waits between them,
    /// instead of the client's
    /// [`operation_timeout`](crate::ClientBuilder::operation_timeout).
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.operation_timeout = Some(timeout);
        self
    }

    /// These options over `base`: each setting of `self`, else `base`'s.
    pub(crate) fn over(self, base: &CallOptions) -> CallOptions {
        CallOptions {
            region: self.region.or_else(|| base.region.clone()),
            idempotent: self.idempotent.or(base.idempotent),
            attempt_timeout: self.attempt_timeout.or(base.attempt_timeout),
            operation_timeout: self.operation_timeout.or(base.operation_timeout),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_setting_falls_through_on_its_own() {
        let base = CallOptions::new()
            .region("ap-beijing")
            .idempotent(true)
            .attempt_timeout(Duration::from_secs(5));
        let call = CallOptions::new()
            .idempotent(false)
            .operation_timeout(Duration::from_secs(9));
        let layered = call.over(&base);
        assert_eq!(layered.region.as_deref(), Some("ap-beijing"));
        assert_eq!(layered.idempotent, Some(false), "the call's false wins");
        assert_eq!(layered.attempt_timeout, Some(Duration::from_secs(5)));
        assert_eq!(layered.operation_timeout, Some(Duration::from_secs(9)));
        assert_eq!(CallOptions::new().over(&base), base);
        assert_eq!(
            CallOptions::new().region("").over(&base).region.as_deref(),
            Some("ap-beijing"),
            "an empty region sets nothing"
        );
    }
}
