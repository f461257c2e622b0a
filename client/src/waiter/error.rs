//! Why waiting ended without the condition holding.

use std::fmt;
use std::time::Duration;
use tencent_action::Error;

/// How waiting ended without the condition holding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WaitErrorKind {
    /// The deadline passed.
    TimedOut,
    /// A poll failed with an error that was not expected to pass.
    Failed,
}

/// Waiting ended without the condition holding: the deadline passed, or a poll failed for
/// good. It holds the last answer or error, the number of polls started (a poll cut by
/// the deadline counts) and the time spent. Its message never shows the answer (which
/// may hold anything, temporary credentials included), only what went wrong.
#[derive(Debug)]
pub struct WaitError<T> {
    kind: WaitErrorKind,
    polls: u32,
    elapsed: Duration,
    last: Option<Result<T, Error>>,
}

impl<T> WaitError<T> {
    pub(crate) fn timed_out(polls: u32, elapsed: Duration, last: Option<Result<T, Error>>) -> Self {
        WaitError {
            kind: WaitErrorKind::TimedOut,
            polls,
            elapsed,
            last,
        }
    }

    pub(crate) fn failed(polls: u32, elapsed: Duration, error: Error) -> Self {
        WaitError {
            kind: WaitErrorKind::Failed,
            polls,
            elapsed,
            last: Some(Err(error)),
        }
    }

    /// Whether the deadline passed or a poll failed.
    pub fn kind(&self) -> WaitErrorKind {
        self.kind
    }

    /// Whether the deadline passed.
    pub fn is_timeout(&self) -> bool {
        self.kind == WaitErrorKind::TimedOut
    }

    /// How many polls were started.
    pub fn polls(&self) -> u32 {
        self.polls
    }

    /// How long the waiting took, from the first poll.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }

    /// The answer of the last poll that answered, when the last poll to finish did.
    pub fn last_answer(&self) -> Option<&T> {
        self.last.as_ref().and_then(|last| last.as_ref().ok())
    }

    /// The error of the last poll to finish, when it failed: for
    /// [`Failed`](WaitErrorKind::Failed), the error that stopped the waiting.
    pub fn last_error(&self) -> Option<&Error> {
        self.last.as_ref().and_then(|last| last.as_ref().err())
    }

    /// The result of the last poll to finish, if one did.
    pub fn into_last(self) -> Option<Result<T, Error>> {
        self.last
    }
}

impl<T> fmt::Display for WaitError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let polls = match self.polls {
            1 => "1 poll".to_owned(),
            n => format!("{n} polls"),
        };
        let elapsed = self.elapsed.as_secs_f64();
        match (self.kind, &self.last) {
            (WaitErrorKind::Failed, last) => {
                write!(f, "waiting stopped after {polls} in {elapsed:.1}s")?;
                if let Some(Err(error)) = last {
                    write!(f, ": {error}")?;
                }
                Ok(())
            }
            (WaitErrorKind::TimedOut, last) => {
                write!(
                    f,
                    "the condition did not hold by the deadline ({polls} in {elapsed:.1}s); "
                )?;
                match last {
                    Some(Ok(_)) => f.write_str("the last poll answered"),
                    Some(Err(error)) => write!(f, "the last poll failed: {error}"),
                    None => f.write_str("no poll finished"),
                }
            }
        }
    }
}

impl<T: fmt::Debug> std::error::Error for WaitError<T> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.last_error()
            .map(|error| error as &(dyn std::error::Error + 'static))
    }
}
