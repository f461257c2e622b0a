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
///     .with_max_attempts(5)
///     .with_backoff(Backoff::exponential(Duration::from_millis(50), Duration::from_secs(2)));
/// assert_eq!(config.max_attempts(), 5);
/// assert_eq!(RetryConfig::disabled().max_attempts(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct RetryConfig {
    max_attempts: u32,
    backoff: Backoff,
    policy: Arc<dyn RetryPolicy>,
    budget: Option<BudgetConfig>,
}

/// The size and prices of a client's retry budget.
///
/// ```
/// use tencent_action_client::retry::BudgetConfig;
///
/// let small = BudgetConfig::default().with_capacity(10);
/// assert_eq!((small.capacity, small.retry_cost), (10, 5));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
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

impl BudgetConfig {
    /// The tokens of a full bucket.
    pub fn with_capacity(mut self, capacity: u32) -> Self {
        self.capacity = capacity;
        self
    }

    /// The price of a retry.
    pub fn with_retry_cost(mut self, cost: u32) -> Self {
        self.retry_cost = cost;
        self
    }

    /// The price of a retry after a timeout.
    pub fn with_timeout_cost(mut self, cost: u32) -> Self {
        self.timeout_cost = cost;
        self
    }

    /// What a successful call gives back.
    pub fn with_success_refund(mut self, refund: u32) -> Self {
        self.success_refund = refund;
        self
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
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The waits between attempts.
    pub fn with_backoff(mut self, backoff: Backoff) -> Self {
        self.backoff = backoff;
        self
    }

    /// Which failures are retried.
    pub fn with_policy(mut self, policy: impl RetryPolicy) -> Self {
        self.policy = Arc::new(policy);
        self
    }

    /// The client-wide retry budget; `None` retries without one.
    pub fn with_budget(mut self, budget: Option<BudgetConfig>) -> Self {
        self.budget = budget;
        self
    }

    /// The most attempts of one call, the first included.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The waits between attempts.
    pub fn backoff(&self) -> &Backoff {
        &self.backoff
    }

    /// Which failures are retried.
    pub fn policy(&self) -> &dyn RetryPolicy {
        &*self.policy
    }

    /// The size and prices of the client-wide retry budget, if retries use one.
    pub fn budget(&self) -> Option<BudgetConfig> {
        self.budget
    }
}
