//! The spans of a call and of its attempts: what they say, and that they hold no secret.

mod support;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::{DescribeInstancesStatus, Reply, SECRET_ID, SECRET_KEY, Server, TOKEN};
use tencent_action_client::retry::{Backoff, RetryConfig};
use tencent_action_client::{Client, Credential};
use tracing_subscriber::fmt::format::FmtSpan;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn calls_and_attempts_are_traced_without_secrets() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_span_events(FmtSpan::CLOSE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = Server::start(|index, _| {
        if index == 0 {
            Reply::error("RequestLimitExceeded")
        } else {
            Reply::success("traced-id")
        }
    })
    .await;
    let client = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY).with_token(TOKEN))
        .region("ap-guangzhou")
        .endpoint(&server.url)
        .retry(RetryConfig::standard().with_backoff(Backoff::exponential(
            Duration::from_millis(1),
            Duration::from_millis(2),
        )))
        .build()
        .unwrap();
    client.call::<DescribeInstancesStatus>(&()).await.unwrap();

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let call = log
        .lines()
        .find(|line| {
            line.contains("tencent_action_call{")
                && !line.contains("tencent_action_attempt{")
                && line.contains(" close ")
        })
        .expect(&log);
    for field in [
        "service=\"cvm\"",
        "action=\"DescribeInstancesStatus\"",
        "region=\"ap-guangzhou\"",
        "attempts=2",
        "request_id=\"traced-id\"",
        "outcome=\"success\"",
        "latency_ms=",
    ] {
        assert!(call.contains(field), "{field} missing from {call}");
    }
    // Each field is written once: a field recorded again is printed again
    // (`attempts=1 attempts=2`).
    for name in ["attempts=", "request_id=", "outcome=", "latency_ms="] {
        assert_eq!(call.matches(name).count(), 1, "{name} repeated in {call}");
    }
    let attempts: Vec<&str> = log
        .lines()
        .filter(|line| line.contains("tencent_action_attempt{") && line.contains("close"))
        .collect();
    assert_eq!(attempts.len(), 2, "{log}");
    assert!(
        attempts[0].contains("attempt=1")
            && attempts[0].contains("outcome=\"api_error\"")
            && attempts[0].contains("request_id=\"error-request-id\""),
        "{}",
        attempts[0]
    );
    assert!(
        attempts[1].contains("attempt=2")
            && attempts[1].contains("status=200")
            && attempts[1].contains("outcome=\"success\""),
        "{}",
        attempts[1]
    );
    assert!(log.contains("retrying"), "{log}");
    assert!(
        !log.contains(SECRET_KEY) && !log.contains(TOKEN),
        "a secret is logged: {log}"
    );
}
