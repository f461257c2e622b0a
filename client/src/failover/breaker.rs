//! The circuit breaker both failover policies share: closed, open, half-open, with the
//! official SDKs' thresholds, one per host.

use super::clock::{Clock, SystemClock};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// When a breaker opens, how long it stays open, and how it closes again.
///
/// The defaults are the official Go and Python SDKs': it opens when, within one 60 s
/// window, at least 5 calls failed and they are at least 75% of the window's calls, or
/// when 5 calls in a row failed; it stays open 60 s; then it lets probes through, and 5
/// successful probes close it (one failed probe opens it again).
///
/// ```
/// use std::time::Duration;
/// use tencent_action_client::failover::BreakerConfig;
///
/// let config = BreakerConfig::default().with_failures(3).with_open_for(Duration::from_secs(10));
/// assert_eq!((config.failures, config.failure_percent, config.probes), (3, 75, 5));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct BreakerConfig {
    /// The failures in a window (and the failures in a row) that open it: 5.
    pub failures: u32,
    /// The share of the window's calls, in percent, that must have failed too: 75.
    pub failure_percent: u32,
    /// How long the counts of a closed breaker last before they start again: 60 s.
    pub window: Duration,
    /// How long an open breaker stays open before it lets probes through: 60 s.
    pub open_for: Duration,
    /// The successful probes that close a half-open breaker, and the most probes in
    /// flight at once: 5.
    pub probes: u32,
}

impl Default for BreakerConfig {
    fn default() -> Self {
        BreakerConfig {
            failures: 5,
            failure_percent: 75,
            window: Duration::from_secs(60),
            open_for: Duration::from_secs(60),
            probes: 5,
        }
    }
}

impl BreakerConfig {
    /// The failures that open it (at least 1).
    pub fn with_failures(mut self, failures: u32) -> Self {
        self.failures = failures.max(1);
        self
    }

    /// The share of failed calls, in percent, that must be reached too (at most 100).
    pub fn with_failure_percent(mut self, percent: u32) -> Self {
        self.failure_percent = percent.min(100);
        self
    }

    /// How long the counts last.
    pub fn with_window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }

    /// How long it stays open.
    pub fn with_open_for(mut self, open_for: Duration) -> Self {
        self.open_for = open_for;
        self
    }

    /// The successful probes that close it (at least 1).
    pub fn with_probes(mut self, probes: u32) -> Self {
        self.probes = probes.max(1);
        self
    }
}

/// Where a breaker stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BreakerState {
    /// Calls go to their host; failures are counted.
    Closed,
    /// Calls go elsewhere until the open period ends.
    Open,
    /// A few probes go to the host: enough successes close the breaker, a failure
    /// opens it again.
    HalfOpen,
}

/// Whether a call may go to the breaker's host.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Admission {
    /// Yes; its result counts in this generation of the breaker.
    Pass(u64),
    /// Yes, as one of the probes of a half-open breaker.
    Probe(u64),
    /// No: the breaker is open, or its probes are all in flight.
    Refused,
}

/// One breaker's state machine. A result is counted only in the generation it was
/// admitted in: a call that started before the breaker changed state says nothing of
/// the new state.
#[derive(Debug)]
pub(crate) struct Breaker {
    state: BreakerState,
    /// A closed breaker's window end, an open one's open period end.
    until: Instant,
    generation: u64,
    calls: u32,
    failures: u32,
    in_a_row: u32,
    probes_ok: u32,
    probes_in_flight: u32,
}

impl Breaker {
    pub(crate) fn new(now: Instant, config: &BreakerConfig) -> Self {
        Breaker {
            state: BreakerState::Closed,
            until: now + config.window,
            generation: 0,
            calls: 0,
            failures: 0,
            in_a_row: 0,
            probes_ok: 0,
            probes_in_flight: 0,
        }
    }

    /// The state at `now`: a window that ended starts again, an open period that ended
    /// lets probes through.
    pub(crate) fn state(&mut self, now: Instant, config: &BreakerConfig) -> BreakerState {
        match self.state {
            BreakerState::Closed if now >= self.until => {
                self.enter(BreakerState::Closed, now, config)
            }
            BreakerState::Open if now >= self.until => {
                self.enter(BreakerState::HalfOpen, now, config)
            }
            _ => {}
        }
        self.state
    }

    fn enter(&mut self, state: BreakerState, now: Instant, config: &BreakerConfig) {
        self.state = state;
        self.generation += 1;
        (self.calls, self.failures, self.in_a_row) = (0, 0, 0);
        (self.probes_ok, self.probes_in_flight) = (0, 0);
        self.until = match state {
            BreakerState::Closed => now + config.window,
            BreakerState::Open => now + config.open_for,
            BreakerState::HalfOpen => now,
        };
    }

    pub(crate) fn admit(&mut self, now: Instant, config: &BreakerConfig) -> Admission {
        match self.state(now, config) {
            BreakerState::Closed => Admission::Pass(self.generation),
            BreakerState::Open => Admission::Refused,
            BreakerState::HalfOpen => {
                if self.probes_ok + self.probes_in_flight < config.probes.max(1) {
                    self.probes_in_flight += 1;
                    Admission::Probe(self.generation)
                } else {
                    Admission::Refused
                }
            }
        }
    }

    /// Counts the result of a call admitted as `admission`: `Some(true)` a success,
    /// `Some(false)` a failure, `None` no verdict (cancelled, or never sent).
    pub(crate) fn settle(
        &mut self,
        admission: Admission,
        verdict: Option<bool>,
        now: Instant,
        config: &BreakerConfig,
    ) {
        let (generation, probe) = match admission {
            Admission::Pass(generation) => (generation, false),
            Admission::Probe(generation) => (generation, true),
            Admission::Refused => return,
        };
        let state = self.state(now, config);
        if generation != self.generation {
            return;
        }
        if probe && state == BreakerState::HalfOpen {
            self.probes_in_flight = self.probes_in_flight.saturating_sub(1);
        }
        match (state, verdict) {
            (_, None) | (BreakerState::Open, _) => {}
            (BreakerState::Closed, Some(success)) => {
                self.calls += 1;
                if success {
                    self.in_a_row = 0;
                } else {
                    self.failures += 1;
                    self.in_a_row += 1;
                    if self.ready_to_open(config) {
                        self.enter(BreakerState::Open, now, config);
                    }
                }
            }
            (BreakerState::HalfOpen, Some(true)) => {
                self.probes_ok += 1;
                if self.probes_ok >= config.probes.max(1) {
                    self.enter(BreakerState::Closed, now, config);
                }
            }
            (BreakerState::HalfOpen, Some(false)) => self.enter(BreakerState::Open, now, config),
        }
    }

    /// The Go SDK's rule: enough failures that are a large enough share, or enough in
    /// a row.
    fn ready_to_open(&self, config: &BreakerConfig) -> bool {
        let enough = self.failures >= config.failures.max(1);
        let share = u64::from(self.failures) * 100
            >= u64::from(config.failure_percent) * u64::from(self.calls);
        (enough && share) || self.in_a_row >= config.failures.max(1)
    }
}

/// One breaker per host, created on first use. The map's lock is taken to find a
/// host's breaker, each breaker's own to count: both only when a failover policy is on.
#[derive(Clone, Debug)]
pub(crate) struct Breakers {
    config: BreakerConfig,
    clock: Arc<dyn Clock>,
    hosts: Arc<Mutex<HashMap<String, Shared>>>,
}

/// One host's breaker, shared by the map and the tickets of the calls in flight.
type Shared = Arc<Mutex<Breaker>>;

/// A lock whose holder panicked leaves counts, not broken invariants: keep using them.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Default for Breakers {
    fn default() -> Self {
        Breakers::new(BreakerConfig::default(), Arc::new(SystemClock))
    }
}

impl Breakers {
    pub(crate) fn new(config: BreakerConfig, clock: Arc<dyn Clock>) -> Self {
        Breakers {
            config,
            clock,
            hosts: Arc::default(),
        }
    }

    pub(crate) fn config(&self) -> &BreakerConfig {
        &self.config
    }

    /// The same breakers' settings with another config: fresh state.
    pub(crate) fn with_config(self, config: BreakerConfig) -> Self {
        Breakers::new(config, self.clock)
    }

    /// The same breakers' settings with another clock: fresh state.
    pub(crate) fn with_clock(self, clock: Arc<dyn Clock>) -> Self {
        Breakers::new(self.config, clock)
    }

    fn breaker(&self, host: &str, now: Instant) -> Shared {
        let mut hosts = lock(&self.hosts);
        if let Some(breaker) = hosts.get(host) {
            return breaker.clone();
        }
        let breaker = Arc::new(Mutex::new(Breaker::new(now, &self.config)));
        hosts.insert(host.to_owned(), breaker.clone());
        breaker
    }

    /// The state of `host`'s breaker (closed when it has none yet).
    pub(crate) fn state(&self, host: &str) -> BreakerState {
        let now = self.clock.now();
        let breaker = self.breaker(host, now);
        lock(&breaker).state(now, &self.config)
    }

    /// A ticket for a call to `host`, or `None` when its breaker refuses it.
    pub(crate) fn admit(&self, host: &str) -> Option<Ticket> {
        let now = self.clock.now();
        let breaker = self.breaker(host, now);
        let admission = lock(&breaker).admit(now, &self.config);
        (admission != Admission::Refused).then(|| Ticket {
            breaker,
            config: self.config,
            clock: self.clock.clone(),
            admission,
        })
    }
}

/// A call admitted by a host's breaker: settled with the call's verdict, or dropped
/// (a cancelled call) with none, which frees its probe.
#[derive(Debug)]
pub(crate) struct Ticket {
    breaker: Shared,
    config: BreakerConfig,
    clock: Arc<dyn Clock>,
    admission: Admission,
}

impl Ticket {
    /// Counts `verdict`: `Some(true)` the host answered well, `Some(false)` it failed.
    pub(crate) fn settle(mut self, verdict: Option<bool>) {
        self.settle_once(verdict);
    }

    fn settle_once(&mut self, verdict: Option<bool>) {
        let admission = std::mem::replace(&mut self.admission, Admission::Refused);
        if admission == Admission::Refused {
            return;
        }
        let now = self.clock.now();
        lock(&self.breaker).settle(admission, verdict, now, &self.config);
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        self.settle_once(None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: Duration = Duration::from_secs(1);

    fn settle(breaker: &mut Breaker, now: Instant, config: &BreakerConfig, verdicts: &[bool]) {
        for &ok in verdicts {
            let admission = breaker.admit(now, config);
            assert_ne!(admission, Admission::Refused, "{breaker:?}");
            breaker.settle(admission, Some(ok), now, config);
        }
    }

    #[test]
    fn five_failures_in_a_row_open_it() {
        let config = BreakerConfig::default();
        let t0 = Instant::now();
        let mut breaker = Breaker::new(t0, &config);
        settle(&mut breaker, t0, &config, &[false; 4]);
        assert_eq!(breaker.state(t0, &config), BreakerState::Closed);
        settle(&mut breaker, t0, &config, &[false]);
        assert_eq!(breaker.state(t0, &config), BreakerState::Open);
        assert_eq!(breaker.admit(t0, &config), Admission::Refused);
    }

    #[test]
    fn the_share_of_failures_counts_when_they_are_not_in_a_row() {
        let config = BreakerConfig::default();
        let t0 = Instant::now();
        // 6 failures in 8 calls: 75%, never 5 in a row.
        let mut breaker = Breaker::new(t0, &config);
        settle(
            &mut breaker,
            t0,
            &config,
            &[true, false, false, false, false, true, false],
        );
        assert_eq!(breaker.state(t0, &config), BreakerState::Closed);
        settle(&mut breaker, t0, &config, &[false]);
        assert_eq!(breaker.state(t0, &config), BreakerState::Open);
        // 5 failures in 8 calls (62.5%): stays closed.
        let mut breaker = Breaker::new(t0, &config);
        settle(
            &mut breaker,
            t0,
            &config,
            &[true, false, false, true, false, false, true, false],
        );
        assert_eq!(breaker.state(t0, &config), BreakerState::Closed);
    }

    #[test]
    fn a_window_that_ends_starts_the_counts_again() {
        let config = BreakerConfig::default();
        let t0 = Instant::now();
        let mut breaker = Breaker::new(t0, &config);
        settle(&mut breaker, t0, &config, &[false; 4]);
        let later = t0 + config.window + SECOND;
        settle(&mut breaker, later, &config, &[false; 4]);
        assert_eq!(breaker.state(later, &config), BreakerState::Closed);
        settle(&mut breaker, later, &config, &[false]);
        assert_eq!(breaker.state(later, &config), BreakerState::Open);
    }

    #[test]
    fn probes_close_it_and_a_failed_probe_opens_it_again() {
        let config = BreakerConfig::default().with_probes(2);
        let t0 = Instant::now();
        let mut breaker = Breaker::new(t0, &config);
        settle(&mut breaker, t0, &config, &[false; 5]);
        let just_before = t0 + config.open_for - SECOND;
        assert_eq!(breaker.state(just_before, &config), BreakerState::Open);
        let t1 = t0 + config.open_for;
        assert_eq!(breaker.state(t1, &config), BreakerState::HalfOpen);
        // Two probes in flight at most; a third call is refused.
        let first = breaker.admit(t1, &config);
        let second = breaker.admit(t1, &config);
        assert!(matches!(first, Admission::Probe(_)) && matches!(second, Admission::Probe(_)));
        assert_eq!(breaker.admit(t1, &config), Admission::Refused);
        // A probe without verdict (cancelled) frees its place.
        breaker.settle(second, None, t1, &config);
        let second = breaker.admit(t1, &config);
        assert!(matches!(second, Admission::Probe(_)));
        breaker.settle(first, Some(true), t1, &config);
        assert_eq!(breaker.state(t1, &config), BreakerState::HalfOpen);
        breaker.settle(second, Some(false), t1, &config);
        assert_eq!(breaker.state(t1, &config), BreakerState::Open);
        let t2 = t1 + config.open_for;
        settle(&mut breaker, t2, &config, &[true, true]);
        assert_eq!(breaker.state(t2, &config), BreakerState::Closed);
    }

    #[test]
    fn a_result_from_an_older_generation_is_not_counted() {
        let config = BreakerConfig::default();
        let t0 = Instant::now();
        let mut breaker = Breaker::new(t0, &config);
        let slow = breaker.admit(t0, &config);
        settle(&mut breaker, t0, &config, &[false; 5]);
        let t1 = t0 + config.open_for;
        let probe = breaker.admit(t1, &config);
        // The slow call admitted while closed fails: the half-open breaker ignores it.
        breaker.settle(slow, Some(false), t1, &config);
        assert_eq!(breaker.state(t1, &config), BreakerState::HalfOpen);
        breaker.settle(probe, Some(true), t1, &config);
        assert_eq!(breaker.probes_ok, 1);
    }

    #[test]
    fn zero_thresholds_are_raised_to_one() {
        let config = BreakerConfig::default().with_failures(0).with_probes(0);
        assert_eq!((config.failures, config.probes), (1, 1));
        assert_eq!(
            BreakerConfig::default()
                .with_failure_percent(250)
                .failure_percent,
            100
        );
    }

    #[test]
    fn a_dropped_ticket_frees_its_probe() {
        let clock = Arc::new(super::super::clock::ManualClock::new());
        let config = BreakerConfig::default().with_probes(1).with_failures(1);
        let breakers = Breakers::new(config, clock.clone());
        breakers.admit("h").unwrap().settle(Some(false));
        assert_eq!(breakers.state("h"), BreakerState::Open);
        assert!(breakers.admit("h").is_none());
        clock.advance(config.open_for);
        let probe = breakers.admit("h").unwrap();
        assert!(breakers.admit("h").is_none());
        drop(probe);
        breakers.admit("h").unwrap().settle(Some(true));
        assert_eq!(breakers.state("h"), BreakerState::Closed);
        assert_eq!(breakers.state("other"), BreakerState::Closed);
    }
}
