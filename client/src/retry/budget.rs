use super::BudgetConfig;
use std::sync::Mutex;

/// A client-wide token bucket that pays for retries, as smithy-rs's standard mode: a
/// retry costs tokens, a success gives some back, and when the bucket is empty failures
/// are returned at once instead of retried, so that a failing region is not hammered.
/// Clones of a client share one budget.
///
/// ```
/// use tencent_action_client::retry::{BudgetConfig, RetryBudget};
///
/// let budget = RetryBudget::new(BudgetConfig::default().with_capacity(10));
/// assert!(budget.try_acquire(false)); // 5 left
/// assert!(!budget.try_acquire(true)); // a timeout costs 10
/// assert!(budget.try_acquire(false)); // 0 left
/// assert!(!budget.try_acquire(false));
/// budget.on_success();
/// assert_eq!(budget.available(), 1);
/// ```
#[derive(Debug)]
pub struct RetryBudget {
    config: BudgetConfig,
    tokens: Mutex<u32>,
}

impl RetryBudget {
    /// A full bucket.
    pub fn new(config: BudgetConfig) -> Self {
        RetryBudget {
            config,
            tokens: Mutex::new(config.capacity),
        }
    }

    /// Takes the price of one retry (a timeout's when `timeout`); false when the bucket
    /// cannot pay, and then nothing is taken.
    pub fn try_acquire(&self, timeout: bool) -> bool {
        let cost = if timeout {
            self.config.timeout_cost
        } else {
            self.config.retry_cost
        };
        let mut tokens = self
            .tokens
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if *tokens < cost {
            return false;
        }
        *tokens -= cost;
        true
    }

    /// Gives back the refund of a successful call, up to the capacity.
    pub fn on_success(&self) {
        let mut tokens = self
            .tokens
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *tokens = (*tokens + self.config.success_refund).min(self.config.capacity);
    }

    /// The tokens in the bucket now.
    pub fn available(&self) -> u32 {
        *self
            .tokens
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
