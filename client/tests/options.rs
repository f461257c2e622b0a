//! Per-call options: `Client::with_options` and the `*_with` methods, layered over each
//! other and over the builder, seen on the server's side (the region header, the number
//! of attempts) and in the timeout errors' limits.

mod support;

use std::time::{Duration, Instant};
use support::{DescribeInstancesStatus, Reply, SECRET_ID, SECRET_KEY, Server};
use tencent_action::TimeoutKind;
use tencent_action_client::retry::{Backoff, RetryConfig};
use tencent_action_client::{CallOptions, Client, Credential};

fn client(server: &Server) -> Client {
    Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(&server.url)
        .region("ap-guangzhou")
        .retry(RetryConfig::standard().with_backoff(Backoff::exponential(
            Duration::from_millis(1),
            Duration::from_millis(5),
        )))
        .build()
        .unwrap()
}

fn regions(server: &Server) -> Vec<Option<String>> {
    server
        .seen()
        .iter()
        .map(|seen| seen.header("x-tc-region").map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn regions_layer_from_the_call_to_the_copy_to_the_builder() {
    let server = Server::start(|_, _| Reply::success("ok")).await;
    let client = client(&server);
    let shanghai = client.with_options(CallOptions::new().region("ap-shanghai"));
    // A second copy over the first keeps what it does not set.
    let shanghai_idempotent = shanghai.with_options(CallOptions::new().idempotent(true));
    assert_eq!(client.region(), Some("ap-guangzhou"));
    assert_eq!(shanghai.region(), Some("ap-shanghai"));
    assert_eq!(shanghai_idempotent.region(), Some("ap-shanghai"));

    let beijing = CallOptions::new().region("ap-beijing");
    let nothing = CallOptions::new();
    client.call::<DescribeInstancesStatus>(&()).await.unwrap();
    shanghai.call::<DescribeInstancesStatus>(&()).await.unwrap();
    shanghai_idempotent
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap();
    shanghai
        .call_with::<DescribeInstancesStatus>(&(), &beijing)
        .await
        .unwrap();
    shanghai
        .call_with::<DescribeInstancesStatus>(&(), &nothing)
        .await
        .unwrap();
    // The original is untouched by its copies.
    client.call::<DescribeInstancesStatus>(&()).await.unwrap();

    let expected = [
        "ap-guangzhou",
        "ap-shanghai",
        "ap-shanghai",
        "ap-beijing",
        "ap-shanghai",
        "ap-guangzhou",
    ];
    assert_eq!(
        regions(&server),
        expected.map(|region| Some(region.to_owned()))
    );
    assert!(
        server
            .seen()
            .iter()
            .all(|seen| seen.signature_valid(SECRET_KEY))
    );
}

#[tokio::test]
async fn idempotency_layers_and_a_call_can_take_it_back() {
    // Every request fails with a transient error that is retried only when idempotent.
    let server = Server::start(|_, _| Reply::error("InternalError")).await;
    let client = client(&server);
    let reads = client.with_options(CallOptions::new().idempotent(true));

    client
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1, "not idempotent: sent once");
    reads
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1 + 3, "idempotent copy: three attempts");
    let not_this_one = CallOptions::new().idempotent(false);
    reads
        .call_with::<DescribeInstancesStatus>(&(), &not_this_one)
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1 + 3 + 1, "the call's false wins");
    // A ClientToken makes a call idempotent whatever the options say.
    reads
        .call_with::<DescribeInstancesStatus>(
            &serde_json::json!({"ClientToken": "one-purchase"}),
            &not_this_one,
        )
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1 + 3 + 1 + 3);
}

#[tokio::test]
async fn timeouts_of_the_copy_and_of_the_call() {
    let server =
        Server::start(|_, _| Reply::after(Duration::from_millis(400), Reply::success("slow")))
            .await;
    let client = client(&server);
    let impatient = client.with_options(
        CallOptions::new()
            .attempt_timeout(Duration::from_millis(50))
            .idempotent(false),
    );
    let started = Instant::now();
    let error = impatient
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    let timeout = error.as_timeout().expect("a timeout");
    assert_eq!(timeout.kind(), TimeoutKind::Attempt);
    assert_eq!(timeout.limit(), Some(Duration::from_millis(50)));
    assert!(started.elapsed() < Duration::from_millis(350), "{error}");
    assert_eq!(server.count(), 1);

    // The whole call's limit, given by the call, over the copy's attempt limit: the
    // idempotent call retries its timed-out attempts until the operation's limit.
    let whole = CallOptions::new()
        .idempotent(true)
        .operation_timeout(Duration::from_millis(120));
    let error = impatient
        .call_with::<DescribeInstancesStatus>(&(), &whole)
        .await
        .unwrap_err();
    let timeout = error.as_timeout().expect("a timeout");
    assert_eq!(timeout.kind(), TimeoutKind::Operation);
    assert_eq!(timeout.limit(), Some(Duration::from_millis(120)));
    assert!(
        server.count() >= 3,
        "the first call's attempt, then at least two of this one"
    );

    // A call's longer attempt limit lets the slow answer through.
    let patient = CallOptions::new().attempt_timeout(Duration::from_secs(5));
    let response = impatient
        .call_with::<DescribeInstancesStatus>(&(), &patient)
        .await
        .unwrap();
    assert_eq!(response.request_id(), Some("slow"));
}

#[test]
fn a_copy_shows_its_options_and_no_secret() {
    let client = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint("http://127.0.0.1:1")
        .region("ap-guangzhou")
        .build()
        .unwrap()
        .with_options(CallOptions::new().region("eu-frankfurt"));
    let shown = format!("{client:?}");
    assert!(shown.contains("eu-frankfurt"), "{shown}");
    assert!(!shown.contains(SECRET_KEY), "{shown}");
}
