//! Retries as data: which failures are sent again ([`RetryPolicy`]), how long to wait
//! ([`Backoff`]), and how many retries a client may spend ([`RetryBudget`]).

mod backoff;
mod budget;
mod policy;

pub use backoff::Backoff;
pub use budget::RetryBudget;
pub use policy::{RetryPolicy, RetryReason, StandardRetryPolicy};

use std::sync::Arc;

/// The retry settings of a client.
///
/// ```
/// use std::time::Duration;
/// use tencent_action_client::retry::{Backoff, RetryConfig};
///
/// let config = RetryConfig::standard()
///     .max_attempts(5)
///     .backoff(Backoff::exponential(Duration::from_millis(50), Duration::from_secs(2)));
/// assert_eq!(config.attempts(), 5);
/// assert_eq!(RetryConfig::disabled().attempts(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct RetryConfig {
    pub(crate) max_attempts: u32,
    pub(crate) backoff: Backoff,
    pub(crate) policy: Arc<dyn RetryPolicy>,
    pub(crate) budget: Option<BudgetConfig>,
}

/// The size and prices of a client's retry budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BudgetConfig {
    /// Tokens the bucket holds when full (and at start): 500.
    pub capacity: u32,
    /// What a retry costs: 5.
    pub retry_cost: u32,
    /// What a retry after a timeout costs: 10.
    pub timeout_cost: u32,
    /// What a successful call gives back: 1.
    pub success_refund: u32,
}

impl Default for BudgetConfig {
    fn default() -> Self {
        BudgetConfig {
            capacity: 500,
            retry_cost: 5,
            timeout_cost: 10,
            success_refund: 1,
        }
    }
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig::standard()
    }
}

impl RetryConfig {
    /// Up to 3 attempts, exponential backoff with full jitter from 1 s up to 20 s, the
    /// [`StandardRetryPolicy`], and a budget of 500 tokens as smithy-rs's standard mode.
    pub fn standard() -> Self {
        RetryConfig {
            max_attempts: 3,
            backoff: Backoff::default(),
            policy: Arc::new(StandardRetryPolicy),
            budget: Some(BudgetConfig::default()),
        }
    }

    /// Every request is sent once.
    pub fn disabled() -> Self {
        RetryConfig {
            max_attempts: 1,
            ..RetryConfig::standard()
        }
    }

    /// At most `attempts` attempts per call, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The waits between attempts.
    pub fn backoff(mut self, backoff: Backoff) -> Self {
        self.backoff = backoff;
        self
    }

    /// Which failures are retried.
    pub fn policy(mut self, policy: impl RetryPolicy) -> Self {
        self.policy = Arc::new(policy);
        self
    }

    /// The client-wide retry budget; `None` retries without one.
    pub fn budget(mut self, budget: Option<BudgetConfig>) -> Self {
        self.budget = budget;
        self
    }

    /// The maximum number of attempts of one call.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }
}
