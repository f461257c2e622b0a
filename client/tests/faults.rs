//! Every fault the mock server can play, walked through the real client over loopback,
//! on a call that is idempotent and on one that is not: what the error says of itself
//! (variant, category, retryable, sent, message) must match what the retry policy did,
//! counted on the server's side by the mock's record of requests.

use std::sync::atomic::Ordering;
use std::time::Duration;
use tencent_action::{Category, Error};
use tencent_action_client::credential::ChainProvider;
use tencent_action_client::retry::{Backoff, RetryConfig};
use tencent_action_client::{Client, ClientBuilder, Credential};
use tencent_action_mock::{Fault, FaultRule, MockServer};

mod support;
use support::Counting;

const SECRET_ID: &str = "AKIDfaultwalk";
const SECRET_KEY: &str = "fault-walk-secret-key";
const ATTEMPTS: usize = 3;
const ATTEMPT_TIMEOUT: Duration = Duration::from_millis(300);

async fn mock() -> MockServer {
    let mock = support::mock_of(support::HELLO_SPEC, SECRET_ID, SECRET_KEY).await;
    // A body long enough that half of it never reaches the RequestId at its end.
    mock.handle("Hello", |_| {
        tencent_action_mock::Reply::Success(
            serde_json::json!({"Greeting": "hello", "Padding": "x".repeat(64)}),
        )
    });
    mock
}

fn builder(endpoint: &str) -> ClientBuilder {
    Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(endpoint)
        .attempt_timeout(ATTEMPT_TIMEOUT)
        .retry(
            RetryConfig::standard()
                .with_max_attempts(ATTEMPTS as u32)
                .with_backoff(Backoff::exponential(
                    Duration::from_millis(1),
                    Duration::from_millis(5),
                )),
        )
}

/// What one failure must say of itself, and how many attempts the policy must make.
struct Expected {
    variant: &'static str,
    category: Option<Category>,
    retryable: bool,
    sent: bool,
    /// The start of `Display`.
    message: &'static str,
    /// Attempts when the call is not idempotent, then when it is.
    attempts: [usize; 2],
}

fn variant(error: &Error) -> &'static str {
    match error {
        Error::Api(_) => "Api",
        Error::Decode(_) => "Decode",
        Error::Transport(_) => "Transport",
        Error::Timeout(_) => "Timeout",
        Error::Construction(_) => "Construction",
        _ => "other",
    }
}

/// Checks `error` against `expected`; `label` names the case in failures.
fn check(label: &str, error: &Error, expected: &Expected) {
    let shown = error.to_string();
    assert_eq!(variant(error), expected.variant, "{label}: {shown}");
    assert_eq!(error.category(), expected.category, "{label}: {shown}");
    assert_eq!(error.is_retryable(), expected.retryable, "{label}: {shown}");
    assert_eq!(
        error.may_have_been_sent(),
        expected.sent,
        "{label}: {shown}"
    );
    assert!(
        shown.starts_with(expected.message),
        "{label}: {shown:?} does not start with {:?}",
        expected.message
    );
    assert!(!shown.contains(SECRET_KEY), "{label}: {shown}");
}

/// The faults the mock plays, each on every request.
#[tokio::test]
async fn every_fault_of_the_mock_says_what_the_policy_does() {
    use Category::{Throttling, Transient};
    let cases: Vec<(Fault, Expected)> = vec![
        (
            Fault::Latency(Duration::from_secs(1)),
            Expected {
                variant: "Timeout",
                category: Some(Transient),
                retryable: true,
                sent: true,
                message: "timed out: no complete answer within 300ms",
                attempts: [1, ATTEMPTS],
            },
        ),
        (
            Fault::Throttle,
            Expected {
                variant: "Api",
                category: Some(Throttling),
                retryable: true,
                sent: true,
                message: "RequestLimitExceeded: The request rate limit is exceeded.",
                attempts: [ATTEMPTS, ATTEMPTS],
            },
        ),
        (
            Fault::InternalError,
            Expected {
                variant: "Api",
                category: Some(Transient),
                retryable: true,
                sent: true,
                message: "InternalError: An internal error has occurred.",
                attempts: [1, ATTEMPTS],
            },
        ),
        (
            Fault::HttpStatus(502),
            Expected {
                variant: "Decode",
                category: Some(Transient),
                retryable: true,
                sent: true,
                message: "cannot decode the Hello response (HTTP 502): the body is not JSON",
                attempts: [1, ATTEMPTS],
            },
        ),
        (
            Fault::HttpStatus(503),
            Expected {
                variant: "Decode",
                category: Some(Transient),
                retryable: true,
                sent: true,
                message: "cannot decode the Hello response (HTTP 503): the body is not JSON",
                attempts: [1, ATTEMPTS],
            },
        ),
        (
            Fault::CloseBeforeResponse,
            Expected {
                variant: "Transport",
                category: Some(Transient),
                retryable: true,
                sent: true,
                message: "the connection failed: the connection closed before any answer came",
                attempts: [1, ATTEMPTS],
            },
        ),
        (
            Fault::TruncatedBody,
            Expected {
                variant: "Transport",
                category: Some(Transient),
                retryable: true,
                sent: true,
                message: "the connection failed: the connection closed while the answer's body came",
                attempts: [1, ATTEMPTS],
            },
        ),
        (
            Fault::MalformedBody,
            Expected {
                variant: "Decode",
                category: None,
                retryable: false,
                sent: true,
                message: "cannot decode the Hello response: the body is truncated",
                attempts: [1, 1],
            },
        ),
    ];
    let mock = mock().await;
    let client = builder(&mock.url()).build().unwrap();
    for (fault, expected) in &cases {
        for (idempotent, attempts) in [(false, expected.attempts[0]), (true, expected.attempts[1])]
        {
            let label = format!("{fault:?}, idempotent: {idempotent}");
            mock.clear_faults();
            mock.clear_requests();
            mock.fault(FaultRule::new(fault.clone()));
            let error = support::call_hello(&client, idempotent)
                .await
                .expect_err(&label);
            check(&label, &error, expected);
            let seen = mock.requests();
            assert_eq!(
                seen.len(),
                attempts,
                "{label}: the policy made {} attempts",
                seen.len()
            );
            // A latency is not a fault of the record: the answer it delays is.
            let played = if matches!(fault, Fault::Latency(_)) {
                None
            } else {
                Some(fault)
            };
            assert!(
                seen.iter().all(|request| request.fault.as_ref() == played),
                "{label}"
            );
            // The RequestId the server gave is the one the error keeps, wherever it came.
            let last = &seen[seen.len() - 1].request_id;
            match fault {
                Fault::Throttle
                | Fault::InternalError
                | Fault::TruncatedBody
                | Fault::MalformedBody => {
                    assert_eq!(error.request_id(), Some(last.as_str()), "{label}");
                    assert!(
                        error.to_string().ends_with(&format!("RequestId: {last})")),
                        "{label}: {error}"
                    );
                }
                // The mock's gateway page and a closed connection carry no RequestId.
                _ => assert_eq!(error.request_id(), None, "{label}"),
            }
        }
    }
    // A short delay is only a delay.
    mock.clear_faults();
    mock.clear_requests();
    mock.fault(FaultRule::new(Fault::Latency(Duration::from_millis(20))));
    assert_eq!(support::call_hello(&client, false).await.unwrap(), "hello");
    assert_eq!(mock.requests().len(), 1);
}

#[tokio::test]
async fn a_refused_connection_was_never_sent_and_is_retried_either_way() {
    let url = support::refused_url();
    let expected = Expected {
        variant: "Transport",
        category: Some(Category::Transient),
        retryable: true,
        sent: false,
        message: "could not connect: ",
        attempts: [ATTEMPTS, ATTEMPTS],
    };
    for (idempotent, attempts) in [(false, expected.attempts[0]), (true, expected.attempts[1])] {
        let (transport, count) = Counting::new(Duration::from_secs(1));
        let client = builder(&url).transport(transport).build().unwrap();
        let error = support::call_hello(&client, idempotent).await.unwrap_err();
        check(
            &format!("refused, idempotent: {idempotent}"),
            &error,
            &expected,
        );
        assert_eq!(count.load(Ordering::SeqCst), attempts);
    }
}

#[tokio::test]
async fn a_request_that_cannot_be_built_is_never_sent() {
    let mock = mock().await;
    let expected = Expected {
        variant: "Construction",
        category: None,
        retryable: false,
        sent: false,
        message: "no usable credentials: no credentials found",
        attempts: [0, 0],
    };
    let no_credentials = builder(&mock.url())
        .credentials_provider(ChainProvider::new())
        .build()
        .unwrap();
    let line_break = builder(&mock.url())
        .credential(Credential::new("AKID\r\nX-Injected: 1", SECRET_KEY))
        .build()
        .unwrap();
    for idempotent in [false, true] {
        let error = support::call_hello(&no_credentials, idempotent)
            .await
            .unwrap_err();
        check("no credentials", &error, &expected);
        let error = support::call_hello(&line_break, idempotent)
            .await
            .unwrap_err();
        check(
            "a line break in the SecretId",
            &error,
            &Expected {
                message: "no usable credentials: the credential's SecretId holds a control character",
                ..expected
            },
        );
        assert!(!error.to_string().contains("X-Injected"), "{error}");
    }
    assert_eq!(mock.requests().len(), 0);

    // A body that does not serialize: the code must change.
    let client = builder(&mock.url()).build().unwrap();
    let map: std::collections::HashMap<(u8, u8), u8> = [((1, 2), 3)].into();
    let error = client.call::<support::Hello>(&map).await.unwrap_err();
    check(
        "a body that does not serialize",
        &error,
        &Expected {
            message: "the request body does not serialize: key must be a string",
            ..expected
        },
    );
    assert_eq!(mock.requests().len(), 0);
}

#[tokio::test]
async fn a_connect_timeout_was_never_sent_and_is_retried_either_way() {
    let backlog = support::full_backlog();
    let expected = Expected {
        variant: "Timeout",
        category: Some(Category::Transient),
        retryable: true,
        sent: false,
        message: "timed out: no connection within 200ms (the request was not sent)",
        attempts: [ATTEMPTS, ATTEMPTS],
    };
    for (idempotent, attempts) in [(false, expected.attempts[0]), (true, expected.attempts[1])] {
        let (transport, count) = Counting::new(Duration::from_millis(200));
        let client = builder(&format!("http://{}", backlog.addr))
            .transport(transport)
            .build()
            .unwrap();
        let error = support::call_hello(&client, idempotent).await.unwrap_err();
        check(
            &format!("connect timeout, idempotent: {idempotent}"),
            &error,
            &expected,
        );
        assert_eq!(
            error.as_timeout().map(|timeout| timeout.kind()),
            Some(tencent_action::TimeoutKind::Connect)
        );
        assert_eq!(count.load(Ordering::SeqCst), attempts);
    }
}
