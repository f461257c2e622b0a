//! The blocking client: the same core (signing, retries, decoding) without async.
#![cfg(feature = "blocking")]

mod support;

use std::time::Duration;
use support::{DescribeInstancesStatus, Reply, SECRET_ID, SECRET_KEY, Server};
use tencent_action_client::retry::{Backoff, RetryConfig};
use tencent_action_client::{Client, Credential, blocking};

#[test]
fn the_blocking_client_signs_retries_and_decodes() {
    // The test server needs a runtime of its own; the blocking client has its own too.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(Server::start(|index, _| {
        if index == 0 {
            Reply::error("RequestLimitExceeded")
        } else {
            Reply::success("blocking")
        }
    }));
    let retry = RetryConfig::standard().with_backoff(Backoff::exponential(
        Duration::from_millis(1),
        Duration::from_millis(2),
    ));
    let builder = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(&server.url)
        .retry(retry);
    let client = blocking::Client::new(builder).unwrap();
    let response = client
        .call::<DescribeInstancesStatus>(&serde_json::json!({"Limit": 1}))
        .unwrap();
    assert_eq!(response.request_id(), Some("blocking"));
    assert_eq!(server.count(), 2, "the throttled attempt was retried");
    assert!(
        server
            .seen()
            .iter()
            .all(|seen| seen.signature_valid(SECRET_KEY))
    );
    let clone = client.clone();
    std::thread::spawn(move || clone.call::<DescribeInstancesStatus>(&()).unwrap())
        .join()
        .unwrap();
    assert_eq!(server.count(), 3);
    let elsewhere =
        client.with_options(tencent_action_client::CallOptions::new().region("ap-seoul"));
    elsewhere.call::<DescribeInstancesStatus>(&()).unwrap();
    assert_eq!(server.seen()[3].header("x-tc-region"), Some("ap-seoul"));
}
