//! Faults played on demand: which fault, on which action, how often.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// What goes wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// The answer is delayed (it is still given; other faults may apply too).
    Latency(Duration),
    /// `RequestLimitExceeded`.
    Throttle,
    /// `InternalError`.
    InternalError,
    /// An HTTP status (502 or 503, say) with a gateway's HTML page as the body.
    HttpStatus(u16),
    /// The connection is closed after the request is read, before any byte is sent.
    CloseBeforeResponse,
    /// The headers announce the whole body; half of it is sent, then the connection is
    /// closed.
    TruncatedBody,
    /// A complete HTTP answer whose JSON body is cut short (status 200, right length).
    MalformedBody,
}

/// How often a fault fires.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Times {
    /// On the next `n` matching requests, then never.
    Next(u32),
    /// On each matching request with this probability (0 to 1).
    Rate(f64),
    /// On every matching request.
    Always,
}

/// A fault, the requests it applies to and how often.
#[derive(Debug, Clone, PartialEq)]
pub struct FaultRule {
    /// The fault.
    pub fault: Fault,
    /// The action it applies to (`RunInstances`, or `cvm:RunInstances` for one
    /// service), or every action.
    pub action: Option<String>,
    /// How often.
    pub times: Times,
}

impl FaultRule {
    /// `fault` on every request of every action; narrow it with the other methods.
    pub fn new(fault: Fault) -> Self {
        FaultRule {
            fault,
            action: None,
            times: Times::Always,
        }
    }

    /// Only requests of this action (`Action` or `service:Action`).
    pub fn action(mut self, action: impl Into<String>) -> Self {
        self.action = Some(action.into());
        self
    }

    /// Only the next `n` matching requests.
    pub fn next(mut self, n: u32) -> Self {
        self.times = Times::Next(n);
        self
    }

    /// Each matching request with probability `rate`.
    pub fn rate(mut self, rate: f64) -> Self {
        self.times = Times::Rate(rate);
        self
    }
}

/// Whether `pattern` (`Action` or `service:Action`) names this call.
pub(crate) fn matches(pattern: &str, service: &str, action: &str) -> bool {
    match pattern.split_once(':') {
        Some((pattern_service, pattern_action)) => {
            pattern_service == service && pattern_action == action
        }
        None => pattern == action,
    }
}

/// The faults and rate limits in force.
#[derive(Debug, Default)]
pub(crate) struct Faults {
    rules: Vec<FaultRule>,
    limits: Vec<RateLimit>,
}

#[derive(Debug)]
struct RateLimit {
    action: Option<String>,
    per_second: u32,
    /// Requests counted in the current one-second window, by action.
    windows: HashMap<String, (Instant, u32)>,
}

/// What the faults decided for one request.
#[derive(Debug, Default)]
pub(crate) struct Decision {
    pub latency: Duration,
    pub fault: Option<Fault>,
    /// A rate limit was exceeded: the count in the window, and the limit.
    pub over_limit: Option<(u32, u32)>,
}

impl Faults {
    pub fn add(&mut self, rule: FaultRule) {
        self.rules.push(rule);
    }

    pub fn rate_limit(&mut self, action: Option<String>, per_second: u32) {
        self.limits.push(RateLimit {
            action,
            per_second,
            windows: HashMap::new(),
        });
    }

    pub fn clear(&mut self) {
        self.rules.clear();
        self.limits.clear();
    }

    /// Rolls the dice for one request of `service:action`; latencies add up, the first
    /// other fault that fires wins, a rate limit over its count throttles.
    pub fn decide(&mut self, service: &str, action: &str, now: Instant) -> Decision {
        let mut decision = Decision::default();
        for rule in &mut self.rules {
            if let Some(pattern) = &rule.action {
                if !matches(pattern, service, action) {
                    continue;
                }
            }
            let is_latency = matches!(rule.fault, Fault::Latency(_));
            if !is_latency && decision.fault.is_some() {
                continue;
            }
            let fires = match &mut rule.times {
                Times::Always => true,
                Times::Rate(rate) => fastrand::f64() < *rate,
                Times::Next(0) => false,
                Times::Next(n) => {
                    *n -= 1;
                    true
                }
            };
            if !fires {
                continue;
            }
            match rule.fault {
                Fault::Latency(delay) => decision.latency += delay,
                ref fault => decision.fault = Some(fault.clone()),
            }
        }
        self.rules.retain(|rule| rule.times != Times::Next(0));
        for limit in &mut self.limits {
            if let Some(pattern) = &limit.action {
                if !matches(pattern, service, action) {
                    continue;
                }
            }
            let key = format!("{service}:{action}");
            let window = limit.windows.entry(key).or_insert((now, 0));
            if now.duration_since(window.0) >= Duration::from_secs(1) {
                *window = (now, 0);
            }
            window.1 += 1;
            if window.1 > limit.per_second && decision.over_limit.is_none() {
                decision.over_limit = Some((window.1, limit.per_second));
            }
        }
        decision
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_n_fires_n_times_on_its_action_only() {
        let mut faults = Faults::default();
        faults.add(
            FaultRule::new(Fault::Throttle)
                .action("RunInstances")
                .next(2),
        );
        let now = Instant::now();
        assert_eq!(faults.decide("cvm", "DescribeZones", now).fault, None);
        assert_eq!(
            faults.decide("cvm", "RunInstances", now).fault,
            Some(Fault::Throttle)
        );
        assert_eq!(
            faults.decide("cvm", "RunInstances", now).fault,
            Some(Fault::Throttle)
        );
        assert_eq!(faults.decide("cvm", "RunInstances", now).fault, None);
    }

    #[test]
    fn latencies_add_up_and_the_first_fault_wins() {
        let mut faults = Faults::default();
        faults.add(FaultRule::new(Fault::Latency(Duration::from_millis(5))));
        faults.add(FaultRule::new(Fault::HttpStatus(502)).action("cvm:RunInstances"));
        faults.add(FaultRule::new(Fault::InternalError));
        faults.add(FaultRule::new(Fault::Latency(Duration::from_millis(7))));
        let decision = faults.decide("cvm", "RunInstances", Instant::now());
        assert_eq!(decision.latency, Duration::from_millis(12));
        assert_eq!(decision.fault, Some(Fault::HttpStatus(502)));
        let decision = faults.decide("cbs", "RunInstances", Instant::now());
        assert_eq!(decision.fault, Some(Fault::InternalError));
    }

    #[test]
    fn a_rate_limit_counts_per_second() {
        let mut faults = Faults::default();
        faults.rate_limit(None, 2);
        let start = Instant::now();
        assert_eq!(faults.decide("cvm", "A", start).over_limit, None);
        assert_eq!(faults.decide("cvm", "A", start).over_limit, None);
        assert_eq!(faults.decide("cvm", "A", start).over_limit, Some((3, 2)));
        // Another action has its own count.
        assert_eq!(faults.decide("cvm", "B", start).over_limit, None);
        let later = start + Duration::from_millis(1_001);
        assert_eq!(faults.decide("cvm", "A", later).over_limit, None);
    }

    #[test]
    fn rates_fire_about_as_often_as_asked() {
        let mut faults = Faults::default();
        faults.add(FaultRule::new(Fault::Throttle).rate(0.25));
        fastrand::seed(7);
        let fired = (0..4_000)
            .filter(|_| faults.decide("cvm", "A", Instant::now()).fault.is_some())
            .count();
        assert!((800..1_200).contains(&fired), "{fired}");
    }
}
