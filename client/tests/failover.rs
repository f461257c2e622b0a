//! The failover policies over loopback against two mocks, one failing: where each call
//! lands as the region breaker opens, sends to the backup and closes again (time moved
//! by hand), the calls that must not be sent anywhere else, and domain failover through
//! a resolver of the test's own (names that do not resolve, addresses that refuse).
#![cfg(feature = "reqwest")]

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tencent_action_client::endpoint::host_of;
use tencent_action_client::failover::{
    BreakerConfig, BreakerState, DomainFailover, ManualClock, RegionBreaker,
};
use tencent_action_client::retry::{Backoff, RetryConfig};
use tencent_action_client::transport::ReqwestTransport;
use tencent_action_client::{Client, ClientBuilder, Credential};
use tencent_action_mock::{Fault, FaultRule, MockServer};

mod support;

const SECRET_ID: &str = "AKIDfailover";
const SECRET_KEY: &str = "failover-secret-key";
const REGION: &str = "ap-shanghai";
const MINUTE: Duration = Duration::from_secs(60);

/// A mock that greets with `greeting`: which one answered is in the result.
async fn mock(greeting: &'static str) -> MockServer {
    let mock = support::mock_of(support::HELLO_SPEC, SECRET_ID, SECRET_KEY).await;
    mock.handle("Hello", move |_| {
        let answer = serde_json::json!({ "Greeting": greeting, "Padding": "" });
        tencent_action_mock::Reply::Success(answer)
    });
    mock
}

/// A failing primary's mock and a backup's, and a client whose breaker sends to the
/// backup, on a clock the test moves.
struct TwoMocks {
    primary: MockServer,
    backup: MockServer,
    clock: ManualClock,
    breaker: RegionBreaker,
    client: Client,
    /// The primary's host, as its breaker is named.
    host: String,
}

async fn two_mocks() -> TwoMocks {
    let (primary, backup) = (mock("primary").await, mock("backup").await);
    let clock = ManualClock::new();
    let breaker = RegionBreaker::to_url(&backup.url()).with_clock(clock.clone());
    let client = builder(&primary.url(), RetryConfig::disabled())
        .region_breaker(breaker.clone())
        .build()
        .unwrap();
    let host = host_of(&primary.url()).to_owned();
    TwoMocks {
        primary,
        backup,
        clock,
        breaker,
        client,
        host,
    }
}

fn builder(endpoint: &str, retry: RetryConfig) -> ClientBuilder {
    Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .region(REGION)
        .endpoint(endpoint)
        .attempt_timeout(Duration::from_secs(5))
        .retry(retry.with_backoff(Backoff::exponential(
            Duration::from_millis(1),
            Duration::from_millis(2),
        )))
}

/// How many requests each mock has seen: `[primary, backup]`.
fn counts(primary: &MockServer, backup: &MockServer) -> [usize; 2] {
    [primary.requests().len(), backup.requests().len()]
}

#[tokio::test]
async fn the_breaker_opens_sends_to_the_backup_and_probes_close_it() {
    let m = two_mocks().await;
    m.primary.fault(FaultRule::new(Fault::InternalError));

    // Five failures in a row open it; each went to the primary.
    for n in 1..=5 {
        assert_eq!(
            m.breaker.state(&m.host),
            BreakerState::Closed,
            "before call {n}"
        );
        let error = support::call_hello(&m.client, false).await.unwrap_err();
        assert_eq!(error.code(), Some("InternalError"));
        assert_eq!(counts(&m.primary, &m.backup), [n, 0]);
    }
    assert_eq!(m.breaker.state(&m.host), BreakerState::Open);

    // Open: the calls go to the backup, signed for its host, in the call's region.
    for n in 1..=3 {
        assert_eq!(
            support::call_hello(&m.client, false).await.unwrap(),
            "backup"
        );
        assert_eq!(counts(&m.primary, &m.backup), [5, n]);
    }
    let seen = m.backup.requests();
    assert!(seen.iter().all(|request| request.signature_valid));
    assert!(seen.iter().all(|request| {
        request.header("x-tc-region") == Some(REGION)
            && request.header("host") == Some(host_of(&m.backup.url()))
    }));

    // Still open a second before the minute ends.
    m.clock.advance(MINUTE - Duration::from_secs(1));
    assert_eq!(
        support::call_hello(&m.client, false).await.unwrap(),
        "backup"
    );
    assert_eq!(counts(&m.primary, &m.backup), [5, 4]);

    // Half-open: a probe goes to the primary, which still fails: open again.
    m.clock.advance(Duration::from_secs(1));
    assert_eq!(m.breaker.state(&m.host), BreakerState::HalfOpen);
    assert!(support::call_hello(&m.client, false).await.is_err());
    assert_eq!(counts(&m.primary, &m.backup), [6, 4]);
    assert_eq!(m.breaker.state(&m.host), BreakerState::Open);
    assert_eq!(
        support::call_hello(&m.client, false).await.unwrap(),
        "backup"
    );
    assert_eq!(counts(&m.primary, &m.backup), [6, 5]);

    // The primary recovers; after the next minute five successful probes close it.
    m.primary.clear_faults();
    m.clock.advance(MINUTE);
    for n in 1..=5 {
        assert_eq!(
            m.breaker.state(&m.host),
            BreakerState::HalfOpen,
            "probe {n}"
        );
        assert_eq!(
            support::call_hello(&m.client, false).await.unwrap(),
            "primary"
        );
        assert_eq!(counts(&m.primary, &m.backup), [6 + n, 5]);
    }
    assert_eq!(m.breaker.state(&m.host), BreakerState::Closed);
    assert_eq!(
        support::call_hello(&m.client, false).await.unwrap(),
        "primary"
    );
    assert_eq!(counts(&m.primary, &m.backup), [12, 5]);
}

#[tokio::test]
async fn a_share_of_failures_opens_it_and_a_client_error_is_no_failure() {
    let m = two_mocks().await;
    // A 503 page, then a success, alternately with the failures: never five in a row.
    let one = |fault| FaultRule::new(fault).next(1);
    for fault in [
        Fault::HttpStatus(503),
        Fault::CloseBeforeResponse,
        Fault::HttpStatus(503),
    ] {
        m.primary.fault(one(fault));
        assert!(support::call_hello(&m.client, false).await.is_err());
    }
    assert_eq!(
        support::call_hello(&m.client, false).await.unwrap(),
        "primary"
    );
    // A client's error says the host is up: it counts as a success.
    m.primary.fault(one(Fault::Throttle));
    assert_eq!(
        support::call_hello(&m.client, false)
            .await
            .unwrap_err()
            .code(),
        Some("RequestLimitExceeded")
    );
    for _ in 0..2 {
        m.primary.fault(one(Fault::InternalError));
        assert!(support::call_hello(&m.client, false).await.is_err());
    }
    // 5 failures of 7 calls (71%): still closed.
    assert_eq!(m.breaker.state(&m.host), BreakerState::Closed);
    m.primary.fault(one(Fault::InternalError));
    assert!(support::call_hello(&m.client, false).await.is_err());
    // 6 of 8: 75%, open.
    assert_eq!(m.breaker.state(&m.host), BreakerState::Open);
    assert_eq!(
        support::call_hello(&m.client, false).await.unwrap(),
        "backup"
    );
    assert_eq!(counts(&m.primary, &m.backup), [8, 1]);
}

#[tokio::test]
async fn without_a_breaker_every_call_goes_to_its_host() {
    let (primary, backup) = (mock("primary").await, mock("backup").await);
    primary.fault(FaultRule::new(Fault::InternalError));
    let client = builder(&primary.url(), RetryConfig::disabled())
        .build()
        .unwrap();
    assert!(format!("{client:?}").contains("failover: None"));
    for n in 1..=12 {
        assert!(support::call_hello(&client, false).await.is_err());
        assert_eq!(counts(&primary, &backup), [n, 0]);
    }
}

#[tokio::test]
async fn a_call_that_may_have_reached_the_server_is_not_sent_to_the_backup_unless_idempotent() {
    let (primary, backup) = (mock("primary").await, mock("backup").await);
    primary.fault(FaultRule::new(Fault::CloseBeforeResponse));
    // The breaker opens at the first failure; the retry policy allows three attempts.
    let config = BreakerConfig::default().with_failures(1);
    let retry = RetryConfig::standard().with_max_attempts(3);
    for (idempotent, expected) in [(false, [1, 0]), (true, [1, 1])] {
        primary.clear_requests();
        backup.clear_requests();
        let clock = ManualClock::new();
        let breaker = (RegionBreaker::to_url(&backup.url()).with_config(config)).with_clock(clock);
        let client = builder(&primary.url(), retry.clone())
            .region_breaker(breaker.clone())
            .build()
            .unwrap();
        let result = support::call_hello(&client, idempotent).await;
        assert_eq!(
            counts(&primary, &backup),
            expected,
            "idempotent: {idempotent}"
        );
        assert_eq!(
            breaker.state(host_of(&primary.url())),
            BreakerState::Open,
            "idempotent: {idempotent}"
        );
        match idempotent {
            // The connection closed after the request went: not sent again anywhere.
            false => assert!(result.unwrap_err().may_have_been_sent()),
            // Safe to send twice: the retry went to the backup.
            true => assert_eq!(result.unwrap(), "backup"),
        }
    }
}

#[test]
fn a_backup_region_needs_a_root_domain() {
    let error = builder("http://127.0.0.1:1", RetryConfig::disabled())
        .region_breaker(RegionBreaker::to_region("ap-guangzhou"))
        .build()
        .unwrap_err();
    assert!(error.to_string().contains("whole URL"), "{error}");
    let client = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .region_breaker(RegionBreaker::to_region("ap-guangzhou"))
        .build();
    assert!(client.is_ok());
}

/// Names under `down.test` do not resolve; names under `refused.test` resolve to a
/// loopback address where nothing listens; the others to the mocks' `127.0.0.1`.
#[derive(Debug, Default)]
struct Resolver {
    lookups: Mutex<Vec<String>>,
}

impl Resolver {
    fn lookups_of(&self, suffix: &str) -> usize {
        let lookups = self.lookups.lock().unwrap();
        lookups.iter().filter(|name| name.ends_with(suffix)).count()
    }
}

impl reqwest::dns::Resolve for Resolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let name = name.as_str().to_owned();
        self.lookups.lock().unwrap().push(name.clone());
        Box::pin(async move {
            if name.ends_with(".down.test") {
                return Err(format!("{name}: no such host").into());
            }
            let ip = match name.ends_with(".refused.test") {
                true => Ipv4Addr::new(127, 0, 0, 2),
                false => Ipv4Addr::LOCALHOST,
            };
            let addrs: reqwest::dns::Addrs = Box::new(std::iter::once(SocketAddr::from((ip, 0))));
            Ok(addrs)
        })
    }
}

/// A transport that resolves names with `resolver`.
fn resolving(resolver: &Arc<Resolver>) -> ReqwestTransport {
    let client = reqwest::Client::builder()
        .dns_resolver(resolver.clone())
        .connect_timeout(Duration::from_secs(2))
        .build()
        .unwrap();
    ReqwestTransport::from_client(client)
}

/// The mock's URL with `root` as its host's root domain: `http://demo.<root>:<port>`.
fn under(mock: &MockServer, root: &str) -> String {
    format!("http://demo.{root}:{}", mock.addr().port())
}

#[tokio::test]
async fn a_root_domain_that_cannot_be_reached_fails_over_to_the_next() {
    let mock = mock("alt").await;
    for dead in ["down.test", "refused.test"] {
        mock.clear_requests();
        let resolver = Arc::new(Resolver::default());
        let failover = DomainFailover::new([dead, "alt.test"]);
        assert_eq!(
            failover.alternatives(&under(&mock, dead)),
            [under(&mock, "alt.test")]
        );
        let client = builder(&under(&mock, dead), RetryConfig::disabled())
            .transport(resolving(&resolver))
            .domain_failover(failover)
            .build()
            .unwrap();
        // Never sent: safe for any call, idempotent or not.
        assert_eq!(
            support::call_hello(&client, false).await.unwrap(),
            "alt",
            "{dead}"
        );
        let seen = mock.requests();
        assert_eq!(seen.len(), 1, "{dead}");
        let alt_host = host_of(&under(&mock, "alt.test")).to_owned();
        assert_eq!(seen[0].header("host"), Some(alt_host.as_str()), "{dead}");
        assert!(seen[0].signature_valid, "{dead}");
        assert_eq!(resolver.lookups_of(dead), 1, "{dead}");

        // Without domain failover the same call fails, never sent, after its retries.
        let client = builder(&under(&mock, dead), RetryConfig::standard())
            .transport(resolving(&resolver))
            .build()
            .unwrap();
        let error = support::call_hello(&client, false).await.unwrap_err();
        assert!(!error.may_have_been_sent(), "{dead}: {error}");
        assert_eq!(resolver.lookups_of(dead), 1 + 3, "{dead}");
        assert_eq!(mock.requests().len(), 1, "{dead}");
    }
}

#[tokio::test]
async fn a_root_domain_that_keeps_failing_is_skipped_until_its_breaker_probes() {
    let mock = mock("alt").await;
    let resolver = Arc::new(Resolver::default());
    let clock = ManualClock::new();
    let failover = DomainFailover::new(["down.test", "alt.test"]).with_clock(clock.clone());
    let client = builder(&under(&mock, "down.test"), RetryConfig::disabled())
        .transport(resolving(&resolver))
        .domain_failover(failover.clone())
        .build()
        .unwrap();
    let dead_host = host_of(&under(&mock, "down.test")).to_owned();
    for n in 1..=5 {
        assert_eq!(support::call_hello(&client, false).await.unwrap(), "alt");
        assert_eq!(resolver.lookups_of("down.test"), n);
    }
    assert_eq!(failover.state(&dead_host), BreakerState::Open);
    // Open: the name is not even looked up.
    for _ in 0..3 {
        assert_eq!(support::call_hello(&client, false).await.unwrap(), "alt");
    }
    assert_eq!(resolver.lookups_of("down.test"), 5);
    assert_eq!(mock.requests().len(), 8);
    // After the open period a probe tries it again.
    clock.advance(MINUTE);
    assert_eq!(support::call_hello(&client, false).await.unwrap(), "alt");
    assert_eq!(resolver.lookups_of("down.test"), 6);
    assert_eq!(failover.state(&dead_host), BreakerState::Open);
}

#[tokio::test]
async fn a_request_that_may_have_reached_the_server_is_not_sent_to_another_domain() {
    let primary = mock("primary").await;
    primary.fault(FaultRule::new(Fault::CloseBeforeResponse));
    let resolver = Arc::new(Resolver::default());
    // `two.test` resolves to the same mock: a request sent there would be seen twice.
    let failover = DomainFailover::new(["one.test", "two.test"]);
    for idempotent in [false, true] {
        primary.clear_requests();
        let client = builder(&under(&primary, "one.test"), RetryConfig::disabled())
            .transport(resolving(&resolver))
            .domain_failover(failover.clone())
            .build()
            .unwrap();
        let error = support::call_hello(&client, idempotent).await.unwrap_err();
        assert!(error.may_have_been_sent(), "{error}");
        assert_eq!(primary.requests().len(), 1, "idempotent: {idempotent}");
        assert_eq!(
            resolver.lookups_of("two.test"),
            0,
            "idempotent: {idempotent}"
        );
    }
}
