//! The waiter against the mock on loopback, whose answers change over time: a resource
//! that becomes ready, one that never does before the deadline, errors that stop the
//! waiting and errors that do not, a poll cut by the deadline, and a waiting dropped
//! half-way. Every poll is counted on the server's side.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tencent_action::{Category, Error};
use tencent_action_client::retry::RetryConfig;
use tencent_action_client::waiter::{WaitError, WaitErrorKind};
use tencent_action_client::{Client, Credential, Waiter};
use tencent_action_mock::{Catalog, Fault, FaultRule, MockServer, Reply};

const SECRET_ID: &str = "AKIDwaiter";
const SECRET_KEY: &str = "waiter-secret-key";

#[tencent_action::tencent_action(service = "demo", version = "2024-01-01")]
#[derive(Debug)]
struct DescribeThing {
    state: String,
}

const SPEC: &str = r#"{
    "metadata": {"serviceShortName": "demo", "apiVersion": "2024-01-01"},
    "actions": {"DescribeThing": {"input": "DescribeThingRequest", "output": "DescribeThingResponse"}},
    "objects": {
        "DescribeThingRequest": {"members": [{"name": "ThingId", "type": "string", "member": "string"}]},
        "DescribeThingResponse": {"members": [
            {"name": "State", "type": "string", "member": "string", "output_required": true}
        ]}
    }
}"#;

/// The mock, answering the `n`th DescribeThing (from 0) with `answer(n)`.
async fn serve(answer: impl Fn(usize) -> Reply + Send + Sync + 'static) -> MockServer {
    let mut catalog = Catalog::new();
    catalog.add(SPEC, None, None).unwrap();
    let mock = MockServer::builder()
        .catalog(catalog)
        .credential(SECRET_ID, SECRET_KEY)
        .start()
        .await
        .unwrap();
    let count = AtomicUsize::new(0);
    mock.handle("DescribeThing", move |_| {
        answer(count.fetch_add(1, Ordering::SeqCst))
    });
    mock
}

fn state(state: &str) -> Reply {
    Reply::Success(serde_json::json!({ "State": state }))
}

/// A client that sends each call once, so that the server's count is the polls'.
fn client_of(mock: &MockServer) -> Client {
    Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(&mock.url())
        .no_region()
        .retry(RetryConfig::disabled())
        .build()
        .unwrap()
}

fn fast() -> Waiter {
    Waiter::new()
        .every(Duration::from_millis(10))
        .max_interval(Duration::from_millis(40))
        .timeout(Duration::from_secs(10))
}

async fn describe(client: &Client) -> Result<Answer, Error> {
    client
        .call::<DescribeThing>(&serde_json::json!({"ThingId": "thing-1"}))
        .await
}

fn running(answer: &Answer) -> bool {
    answer.state == "RUNNING"
}

type Answer = tencent_action::Response<DescribeThing>;

/// Waits with `waiter` until the thing the mock describes is running.
async fn wait_running(waiter: Waiter, mock: &MockServer) -> Result<Answer, WaitError<Answer>> {
    let client = client_of(mock);
    waiter.wait(|| describe(&client), running).await
}

#[tokio::test]
async fn polls_until_the_answer_changes() {
    let mock = serve(|n| state(if n < 2 { "PENDING" } else { "RUNNING" })).await;
    let answer = wait_running(fast(), &mock).await.unwrap();
    assert_eq!(answer.state, "RUNNING");
    assert!(answer.request_id().is_some());
    assert_eq!(mock.requests().len(), 3, "PENDING, PENDING, RUNNING");
}

#[tokio::test]
async fn the_deadline_error_holds_the_last_answer() {
    let mock = serve(|n| state(&format!("PENDING-{n}"))).await;
    let started = Instant::now();
    let error = wait_running(fast().timeout(Duration::from_millis(300)), &mock)
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert!(error.is_timeout());
    assert_eq!(error.kind(), WaitErrorKind::TimedOut);
    let polls = mock.requests().len();
    assert_eq!(error.polls() as usize, polls);
    assert!(
        polls >= 4,
        "pauses of 10, 20, 40, 40 ms fit in 300 ms: {polls}"
    );
    let last = error.last_answer().expect("the last answer");
    assert_eq!(
        last.state,
        format!("PENDING-{}", polls - 1),
        "the last, not the first"
    );
    assert!(error.last_error().is_none());
    assert!(error.elapsed() >= Duration::from_millis(300) && error.elapsed() <= took);
    let shown = error.to_string();
    assert!(
        shown.starts_with(&format!(
            "the condition did not hold by the deadline ({polls} polls in 0."
        )),
        "{shown}"
    );
    assert!(shown.ends_with("the last poll answered"), "{shown}");
    assert!(
        !shown.contains("PENDING"),
        "the answer is not printed: {shown}"
    );
}

#[tokio::test]
async fn an_error_that_will_not_pass_stops_at_once() {
    let mock = serve(|n| {
        if n == 0 {
            state("PENDING")
        } else {
            Reply::error("AuthFailure.SecretIdNotFound", "The SecretId is not found.")
        }
    })
    .await;
    let error = wait_running(fast(), &mock).await.unwrap_err();
    assert_eq!(error.kind(), WaitErrorKind::Failed);
    assert_eq!(error.polls(), 2);
    assert_eq!(mock.requests().len(), 2, "no poll after the failure");
    let failure = error.last_error().expect("the error");
    assert_eq!(failure.category(), Some(Category::Auth));
    assert!(error.last_answer().is_none());
    let shown = error.to_string();
    assert!(
        shown.starts_with("waiting stopped after 2 polls in ")
            && shown.contains("AuthFailure.SecretIdNotFound: The SecretId is not found."),
        "{shown}"
    );
    assert!(!shown.contains(SECRET_KEY));
    let source = std::error::Error::source(&error).expect("the error is the source");
    assert!(
        source
            .to_string()
            .starts_with("AuthFailure.SecretIdNotFound")
    );
}

/// A transient error (not retried by the client, which sends once), then a resource
/// that is not found yet, then the answers.
fn not_found_then_running(n: usize) -> Reply {
    match n {
        0 => Reply::error("InternalError", "An internal error has occurred."),
        1 => Reply::error(
            "ResourceNotFound.ThingNotExist",
            "The thing does not exist.",
        ),
        2 => state("PENDING"),
        _ => state("RUNNING"),
    }
}

#[tokio::test]
async fn errors_that_may_pass_or_are_expected_keep_it_polling() {
    let mock = serve(not_found_then_running).await;
    let not_found_yet = |error: &Error| error.code() == Some("ResourceNotFound.ThingNotExist");

    // Without saying so, the not-found error stops the waiting at the second poll.
    let error = wait_running(fast(), &mock).await.unwrap_err();
    assert_eq!(error.kind(), WaitErrorKind::Failed);
    assert_eq!(error.polls(), 2);
    assert_eq!(
        error.last_error().and_then(Error::code),
        Some("ResourceNotFound.ThingNotExist")
    );

    let mock = serve(not_found_then_running).await;
    let answer = wait_running(fast().keep_polling_on(not_found_yet), &mock)
        .await
        .unwrap();
    assert_eq!(answer.state, "RUNNING");
    assert_eq!(mock.requests().len(), 4);
}

#[tokio::test]
async fn the_deadline_keeps_the_last_error_and_cuts_a_slow_poll() {
    // Throttled on every poll: the waiting goes on, and ends with the last error.
    let mock = serve(|_| Reply::error("RequestLimitExceeded", "Slow down.")).await;
    let error = wait_running(fast().timeout(Duration::from_millis(100)), &mock)
        .await
        .unwrap_err();
    assert!(error.is_timeout());
    assert_eq!(
        error.last_error().and_then(Error::code),
        Some("RequestLimitExceeded")
    );
    assert!(
        error
            .to_string()
            .contains("the last poll failed: RequestLimitExceeded: Slow down."),
        "{error}"
    );

    // A poll that outlasts the deadline is dropped at the deadline.
    let mock = serve(|_| state("PENDING")).await;
    mock.fault(FaultRule::new(Fault::Latency(Duration::from_secs(5))));
    let started = Instant::now();
    let error = wait_running(fast().timeout(Duration::from_millis(200)), &mock)
        .await
        .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert!(error.is_timeout());
    assert_eq!(error.polls(), 1);
    assert!(error.into_last().is_none(), "no poll finished");
}

#[tokio::test]
async fn dropping_the_waiting_stops_the_polls() {
    let mock = serve(|_| state("PENDING")).await;
    let client = client_of(&mock);
    let waiter = Waiter::new()
        .every(Duration::from_millis(20))
        .max_interval(Duration::from_millis(20));
    let polls = Arc::new(AtomicUsize::new(0));
    let counted = polls.clone();
    let waiting = waiter.wait(
        || {
            counted.fetch_add(1, Ordering::SeqCst);
            describe(&client)
        },
        running,
    );
    assert!(
        tokio::time::timeout(Duration::from_millis(150), waiting)
            .await
            .is_err(),
        "still waiting"
    );
    // Counted as each poll begins: one sent just before the drop may reach the mock's
    // record after it.
    let after_drop = polls.load(Ordering::SeqCst);
    assert!(after_drop >= 3, "{after_drop}");
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        polls.load(Ordering::SeqCst),
        after_drop,
        "no poll after the drop"
    );
    let seen = mock.requests().len();
    assert!(
        seen == after_drop || seen + 1 == after_drop,
        "{seen} of {after_drop}"
    );
}

#[tokio::test]
async fn an_until_in_the_past_never_polls() {
    let mock = serve(|_| state("RUNNING")).await;
    let error = wait_running(fast().until(Instant::now()), &mock)
        .await
        .unwrap_err();
    assert!(error.is_timeout());
    assert_eq!(error.polls(), 0);
    assert_eq!(
        error.to_string(),
        "the condition did not hold by the deadline (0 polls in 0.0s); no poll finished"
    );
    assert!(mock.requests().is_empty());
}
