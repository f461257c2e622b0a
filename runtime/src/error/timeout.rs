use super::{Cause, cause};
use std::fmt;
use std::time::Duration;

/// Which time limit ran out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeoutKind {
    /// Opening the connection took too long: the request was never sent.
    Connect,
    /// One attempt, from sending to the end of the answer, took too long: the server may
    /// have acted on the request.
    Attempt,
    /// The whole call, retries and backoff included, took too long.
    Operation,
}

/// No answer in time: which limit ran out, and how long it was.
///
/// ```
/// use std::time::Duration;
/// use tencent_action::{Error, TimeoutError, TimeoutKind};
///
/// let error = Error::from(TimeoutError::new(TimeoutKind::Attempt).with_limit(Duration::from_secs(60)));
/// assert!(error.may_have_been_sent());
/// assert_eq!(error.to_string(), "timed out: no complete answer within 60s");
/// let connect = Error::from(TimeoutError::new(TimeoutKind::Connect));
/// assert!(!connect.may_have_been_sent());
/// ```
#[derive(Debug)]
pub struct TimeoutError {
    kind: TimeoutKind,
    limit: Option<Duration>,
    source: Cause,
}

impl TimeoutError {
    /// The limit `kind` ran out.
    pub fn new(kind: TimeoutKind) -> Self {
        TimeoutError {
            kind,
            limit: None,
            source: None,
        }
    }

    /// Adds the limit that ran out.
    pub fn with_limit(mut self, limit: Duration) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Adds the underlying error (the HTTP stack's own report of the timeout).
    pub fn with_source(
        mut self,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        self.source = Some(source.into());
        self
    }

    /// Which limit ran out.
    pub fn kind(&self) -> TimeoutKind {
        self.kind
    }

    /// The limit that ran out; `None` when the HTTP stack that reported it did not say.
    pub fn limit(&self) -> Option<Duration> {
        self.limit
    }

    /// Whether the server may have received the request: every timeout but a connect
    /// timeout.
    pub fn may_have_been_sent(&self) -> bool {
        self.kind != TimeoutKind::Connect
    }
}

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TimeoutKind::Connect => "no connection",
            TimeoutKind::Attempt => "no complete answer",
            TimeoutKind::Operation => "the call did not end",
        };
        write!(f, "timed out: {what}")?;
        match self.limit {
            Some(limit) => write!(f, " within {limit:?}")?,
            None => f.write_str(" in time")?,
        }
        match self.kind {
            TimeoutKind::Connect => f.write_str(" (the request was not sent)"),
            TimeoutKind::Attempt => Ok(()),
            TimeoutKind::Operation => f.write_str(", retries included"),
        }
    }
}

impl std::error::Error for TimeoutError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        cause(&self.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_says_which_limit() {
        let shown = |kind| {
            TimeoutError::new(kind)
                .with_limit(Duration::from_millis(150))
                .to_string()
        };
        assert_eq!(
            shown(TimeoutKind::Connect),
            "timed out: no connection within 150ms (the request was not sent)"
        );
        assert_eq!(
            shown(TimeoutKind::Attempt),
            "timed out: no complete answer within 150ms"
        );
        assert_eq!(
            shown(TimeoutKind::Operation),
            "timed out: the call did not end within 150ms, retries included"
        );
        assert_eq!(
            TimeoutError::new(TimeoutKind::Attempt).to_string(),
            "timed out: no complete answer in time"
        );
    }
}
