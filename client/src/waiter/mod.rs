//! Waiting for a resource: polling a call until its answer says the resource is ready.
//!
//! Tencent Cloud's resources change state in the background: an instance is `PENDING`
//! before it is `RUNNING`, a disk `ATTACHING` before `ATTACHED`. A [`Waiter`] polls any
//! call, with growing pauses, until a condition holds or a deadline passes, as tccli's
//! `--waiter` does (every 5 s for up to 180 s there, with no backoff).

mod error;

pub use error::{WaitError, WaitErrorKind};

use crate::retry::Backoff;
use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tencent_action::Error;

/// Polls a call until its answer satisfies a condition, with exponential backoff between
/// polls and a deadline.
///
/// - An answer that does not satisfy the condition: poll again after a pause (2 s
///   first by default, doubling up to 20 s).
/// - An error that may pass ([`Error::is_retryable`]: throttling, a transient server
///   error, a broken connection, a timeout, after the client's own retries): poll again.
///   Any other error (auth, a wrong parameter, a resource not found, ...) stops the
///   waiting at once, unless [`keep_polling_on`](Self::keep_polling_on) says it is
///   expected.
/// - The deadline (180 s after the first poll by default): no poll starts after it, a
///   poll still running then is dropped, and the [`WaitError`] holds the last answer (or
///   the last error), the number of polls and the time spent.
///
/// Dropping the future stops the waiting at once, the poll in flight included.
///
/// ```no_run
/// use std::time::Duration;
/// use tencent_action::tencent_action;
/// use tencent_action_client::{Client, Waiter};
///
/// #[tencent_action(service = "cvm", version = "2017-03-12")]
/// #[derive(Debug)]
/// pub struct DescribeInstancesStatus {
///     pub instance_status_set: Vec<InstanceStatus>,
/// }
///
/// #[derive(serde::Deserialize, serde::Serialize, Debug)]
/// #[serde(rename_all = "PascalCase")]
/// pub struct InstanceStatus {
///     pub instance_state: String,
/// }
///
/// # async fn run(client: Client) -> Result<(), Box<dyn std::error::Error>> {
/// let request = serde_json::json!({"InstanceIds": ["ins-r8hr2upy"]});
/// let answer = Waiter::new()
///     .timeout(Duration::from_secs(300))
///     .wait(
///         || client.call::<DescribeInstancesStatus>(&request),
///         // Stop on the states that will not change either, and look at the answer.
///         |answer| {
///             answer.instance_status_set.iter().all(|instance| {
///                 matches!(instance.instance_state.as_str(), "RUNNING" | "LAUNCH_FAILED")
///             })
///         },
///     )
///     .await?;
/// println!("{:?}", answer.instance_status_set);
/// # Ok(()) }
/// ```
///
/// The call is any closure that returns a future of `Result<T, tencent_action::Error>`:
/// a generated client's method (`|| cvm.describe_instances(&request)`), or an `async`
/// block that makes several calls.
#[derive(Clone)]
#[must_use]
pub struct Waiter {
    interval: Duration,
    max_interval: Duration,
    deadline: Deadline,
    expected: Option<Arc<ExpectedError>>,
}

/// What says that an error is expected while waiting.
type ExpectedError = dyn Fn(&Error) -> bool + Send + Sync;

#[derive(Clone, Copy, Debug)]
enum Deadline {
    After(Duration),
    At(Instant),
}

impl Default for Waiter {
    fn default() -> Self {
        Waiter {
            interval: Duration::from_secs(2),
            max_interval: Duration::from_secs(20),
            deadline: Deadline::After(Duration::from_secs(180)),
            expected: None,
        }
    }
}

impl fmt::Debug for Waiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Waiter")
            .field("interval", &self.interval)
            .field("max_interval", &self.max_interval)
            .field("deadline", &self.deadline)
            .field("keep_polling_on", &self.expected.as_ref().map(|_| "..."))
            .finish()
    }
}

impl Waiter {
    /// Polls after 2 s, then after pauses doubling up to 20 s, for up to 180 s.
    pub fn new() -> Self {
        Waiter::default()
    }

    /// The pause after the first poll; each following pause doubles, up to
    /// [`max_interval`](Self::max_interval). `every(d).max_interval(d)` polls at a fixed
    /// interval.
    pub fn every(mut self, interval: Duration) -> Self {
        self.interval = interval;
        self
    }

    /// The longest pause between two polls (raised to the first pause if it is shorter).
    pub fn max_interval(mut self, max: Duration) -> Self {
        self.max_interval = max;
        self
    }

    /// Gives up `timeout` after the first poll starts.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.deadline = Deadline::After(timeout);
        self
    }

    /// Gives up at `deadline`.
    pub fn until(mut self, deadline: Instant) -> Self {
        self.deadline = Deadline::At(deadline);
        self
    }

    /// Keeps polling after an error that `expected` accepts, as after one that may pass:
    /// `ResourceNotFound` right after a resource is created, say, before every region of
    /// the service knows it. (To wait *for* an error, a deletion, turn it into an answer
    /// in the call: `match call.await { Err(e) if e.code() == Some("...") => Ok(None), r =>
    /// r.map(Some) }`.)
    pub fn keep_polling_on(
        mut self,
        expected: impl Fn(&Error) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expected = Some(Arc::new(expected));
        self
    }

    /// Calls `poll` until `done` holds for its answer, which is returned; or fails with
    /// the error that stopped the waiting, or with the deadline's error holding the last
    /// answer.
    pub async fn wait<T, F, Fut, P>(&self, mut poll: F, mut done: P) -> Result<T, WaitError<T>>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, Error>>,
        P: FnMut(&T) -> bool,
    {
        let started = tokio::time::Instant::now();
        let deadline = match self.deadline {
            Deadline::After(timeout) => started + timeout,
            Deadline::At(at) => tokio::time::Instant::from_std(at),
        };
        // The retries' doubling rule, without their jitter: a waiter's polls are its own.
        let backoff = Backoff::exponential(self.interval, self.max_interval);
        let mut polls = 0;
        let mut last = None;
        loop {
            if tokio::time::Instant::now() >= deadline {
                return Err(WaitError::timed_out(polls, started.elapsed(), last));
            }
            polls += 1;
            let Ok(result) = tokio::time::timeout_at(deadline, poll()).await else {
                tracing::debug!(polls, "the deadline passed during a poll");
                return Err(WaitError::timed_out(polls, started.elapsed(), last));
            };
            match result {
                Ok(answer) if done(&answer) => return Ok(answer),
                Ok(answer) => last = Some(Ok(answer)),
                Err(error) if error.is_retryable() || self.expects(&error) => {
                    tracing::debug!(polls, error = %error, "a poll failed; polling again");
                    last = Some(Err(error));
                }
                Err(error) => return Err(WaitError::failed(polls, started.elapsed(), error)),
            }
            let pause = backoff.ceiling(polls);
            tracing::debug!(polls, pause_ms = pause.as_millis() as u64, "not yet");
            tokio::time::sleep_until(deadline.min(tokio::time::Instant::now() + pause)).await;
        }
    }

    fn expects(&self, error: &Error) -> bool {
        self.expected
            .as_ref()
            .is_some_and(|expected| expected(error))
    }
}
