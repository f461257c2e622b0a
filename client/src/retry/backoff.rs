use std::time::Duration;

/// How long to wait before a retry: exponential, with full jitter (a uniformly random
/// wait between zero and `min(max, initial × 2^(retry − 1))`), so that clients failing
/// together do not come back together.
///
/// ```
/// use std::time::Duration;
/// use tencent_action_client::retry::Backoff;
///
/// let backoff = Backoff::exponential(Duration::from_millis(100), Duration::from_secs(1));
/// for retry in 1..10 {
///     assert!(backoff.delay(retry) <= backoff.ceiling(retry));
/// }
/// assert_eq!(backoff.ceiling(3), Duration::from_millis(400));
/// assert_eq!(backoff.ceiling(9), Duration::from_secs(1));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff {
    initial: Duration,
    max: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff::exponential(Duration::from_secs(1), Duration::from_secs(20))
    }
}

impl Backoff {
    /// Waits of up to `initial`, doubling with each retry, never above `max`.
    pub fn exponential(initial: Duration, max: Duration) -> Self {
        Backoff {
            initial,
            max: max.max(initial),
        }
    }

    /// The longest wait before retry `retry` (1 for the first retry).
    pub fn ceiling(&self, retry: u32) -> Duration {
        let factor = 1u32
            .checked_shl(retry.saturating_sub(1))
            .unwrap_or(u32::MAX);
        self.initial
            .checked_mul(factor)
            .unwrap_or(self.max)
            .min(self.max)
    }

    /// A random wait before retry `retry`, uniformly between zero and its ceiling.
    pub fn delay(&self, retry: u32) -> Duration {
        self.ceiling(retry).mul_f64(fastrand::f64())
    }
}
