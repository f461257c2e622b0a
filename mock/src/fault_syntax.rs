//! The text form of a fault, `KIND[@ACTION][:next=N|:rate=P]`: what `--fault` and the
//! admin API's `POST /_mock/faults` read, and the name a fault is recorded under.

use crate::faults::{Fault, FaultRule, Times};
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// Why a fault's text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultSyntaxError(String);

impl fmt::Display for FaultSyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FaultSyntaxError {}

fn error(why: &str) -> FaultSyntaxError {
    FaultSyntaxError(why.to_owned())
}

/// The kind's name, as `KIND` reads it: `latency=20`, `throttle`, `internal-error`,
/// `http=502`, `close`, `truncate`, `malformed`.
impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Latency(delay) => write!(f, "latency={}", delay.as_millis()),
            Fault::Throttle => f.write_str("throttle"),
            Fault::InternalError => f.write_str("internal-error"),
            Fault::HttpStatus(status) => write!(f, "http={status}"),
            Fault::CloseBeforeResponse => f.write_str("close"),
            Fault::TruncatedBody => f.write_str("truncate"),
            Fault::MalformedBody => f.write_str("malformed"),
        }
    }
}

impl FromStr for Fault {
    type Err = FaultSyntaxError;

    fn from_str(kind: &str) -> Result<Self, Self::Err> {
        Ok(match kind.split_once('=') {
            Some(("latency", ms)) => Fault::Latency(Duration::from_millis(
                ms.parse()
                    .map_err(|_| error("latency needs milliseconds"))?,
            )),
            Some(("http", status)) => {
                let status: u16 = status.parse().map_err(|_| error("http needs a status"))?;
                if !(400..=599).contains(&status) {
                    return Err(error("the status must be 4xx or 5xx"));
                }
                Fault::HttpStatus(status)
            }
            None if kind == "throttle" => Fault::Throttle,
            None if kind == "internal-error" => Fault::InternalError,
            None if kind == "close" => Fault::CloseBeforeResponse,
            None if kind == "truncate" => Fault::TruncatedBody,
            None if kind == "malformed" => Fault::MalformedBody,
            _ => return Err(error("unknown kind")),
        })
    }
}

/// Reads `KIND[@ACTION][:next=N|:rate=P]`, ACTION being `Action` or `service:Action`.
impl FromStr for FaultRule {
    type Err = FaultSyntaxError;

    fn from_str(spec: &str) -> Result<Self, Self::Err> {
        // The action may hold a `:` of its own (`cvm:RunInstances`): the times are after
        // the last one, when it reads as times.
        let (head, times) = match spec.rsplit_once(':') {
            Some((head, times)) if times.contains('=') => (head, Some(times)),
            _ => (spec, None),
        };
        let (kind, action) = match head.split_once('@') {
            Some((kind, action)) => (kind, Some(action)),
            None => (head, None),
        };
        if kind.contains(':') {
            return Err(error("expected :next=N or :rate=P"));
        }
        let mut rule = FaultRule::new(kind.parse()?);
        if let Some(action) = action {
            if action.is_empty() || action.split(':').any(str::is_empty) {
                return Err(error("the action after `@` is empty"));
            }
            rule = rule.action(action);
        }
        match times.map(|times| times.split_once('=')) {
            None => {}
            Some(Some(("next", n))) => {
                rule = rule.next(n.parse().map_err(|_| error("next needs a count"))?)
            }
            Some(Some(("rate", p))) => {
                let rate: f64 = p.parse().map_err(|_| error("rate needs a probability"))?;
                if !(0.0..=1.0).contains(&rate) {
                    return Err(error("the rate must be between 0 and 1"));
                }
                rule = rule.rate(rate);
            }
            Some(_) => return Err(error("expected :next=N or :rate=P")),
        }
        Ok(rule)
    }
}

/// Writes the rule back in the form [`FromStr`] reads.
impl fmt::Display for FaultRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.fault)?;
        if let Some(action) = &self.action {
            write!(f, "@{action}")?;
        }
        match self.times {
            Times::Always => Ok(()),
            Times::Next(n) => write!(f, ":next={n}"),
            Times::Rate(rate) => write!(f, ":rate={rate}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_reads_and_writes_back() {
        for (text, rule) in [
            (
                "throttle@RunInstances:next=2",
                FaultRule::new(Fault::Throttle)
                    .action("RunInstances")
                    .next(2),
            ),
            (
                "http=503:rate=0.5",
                FaultRule::new(Fault::HttpStatus(503)).rate(0.5),
            ),
            (
                "latency=20",
                FaultRule::new(Fault::Latency(Duration::from_millis(20))),
            ),
            (
                "internal-error@cvm:DescribeZones",
                FaultRule::new(Fault::InternalError).action("cvm:DescribeZones"),
            ),
            (
                "close@cvm:DescribeZones:next=1",
                FaultRule::new(Fault::CloseBeforeResponse)
                    .action("cvm:DescribeZones")
                    .next(1),
            ),
            ("truncate", FaultRule::new(Fault::TruncatedBody)),
            ("malformed", FaultRule::new(Fault::MalformedBody)),
        ] {
            assert_eq!(text.parse::<FaultRule>(), Ok(rule.clone()), "{text}");
            assert_eq!(rule.to_string(), text);
        }
    }

    #[test]
    fn bad_forms_say_what_is_wrong() {
        for (text, why) in [
            ("explode", "unknown kind"),
            ("http=200", "the status must be 4xx or 5xx"),
            ("http=x", "http needs a status"),
            ("latency=soon", "latency needs milliseconds"),
            ("throttle:rate=2", "the rate must be between 0 and 1"),
            ("throttle:next=-1", "next needs a count"),
            ("throttle:every=2", "expected :next=N or :rate=P"),
            ("throttle:always", "expected :next=N or :rate=P"),
            ("throttle@", "the action after `@` is empty"),
            ("throttle@cvm:", "the action after `@` is empty"),
        ] {
            assert_eq!(
                text.parse::<FaultRule>().unwrap_err().to_string(),
                why,
                "{text}"
            );
        }
    }
}
