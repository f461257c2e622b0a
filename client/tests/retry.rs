//! Every retry rule, counted on the server's side.

mod support;

use std::time::Duration;
use support::{DescribeInstancesStatus, Reply, SECRET_ID, SECRET_KEY, Server};
use tencent_action::TimeoutKind;
use tencent_action_client::retry::{Backoff, BudgetConfig, RetryConfig};
use tencent_action_client::{CallOptions, Client, Credential};

fn fast_retries() -> RetryConfig {
    RetryConfig::standard().with_backoff(Backoff::exponential(
        Duration::from_millis(1),
        Duration::from_millis(5),
    ))
}

fn builder(server: &Server) -> tencent_action_client::ClientBuilder {
    Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(&server.url)
        .retry(fast_retries())
}

const IDEMPOTENT: fn() -> CallOptions = || CallOptions::new().idempotent(true);

#[tokio::test]
async fn throttling_is_retried_until_it_passes() {
    let server = Server::start(support::fail_then_succeed(
        2,
        "RequestLimitExceeded",
        "third",
    ))
    .await;
    let response = builder(&server)
        .build()
        .unwrap()
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap();
    assert_eq!(response.request_id(), Some("third"));
    assert_eq!(server.count(), 3);
    let seen = server.seen();
    assert!(
        seen.iter()
            .all(|request| request.signature_valid(SECRET_KEY)),
        "every attempt is signed anew"
    );
}

#[tokio::test]
async fn a_throttling_burst_stops_at_the_attempt_limit() {
    let server = Server::start(|_, _| Reply::error("RequestLimitExceeded.UinLimitExceeded")).await;
    let client = builder(&server)
        .retry(fast_retries().with_max_attempts(4))
        .build()
        .unwrap();
    let error = client
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some("RequestLimitExceeded.UinLimitExceeded"));
    assert_eq!(server.count(), 4);
}

#[tokio::test]
async fn a_transient_error_is_retried_only_when_idempotent() {
    let server = Server::start(|_, _| Reply::error("InternalError")).await;
    let client = builder(&server).build().unwrap();
    client
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    assert_eq!(
        server.count(),
        1,
        "a request without ClientToken is not sent twice"
    );
    client
        .call_with::<DescribeInstancesStatus>(&(), &IDEMPOTENT())
        .await
        .unwrap_err();
    assert_eq!(server.count(), 4, "marked idempotent: 3 attempts");

    let server = Server::start(|index, _| {
        if index == 0 {
            Reply::error("ServiceUnavailable")
        } else {
            Reply::success("again")
        }
    })
    .await;
    let client = builder(&server).build().unwrap();
    let body = serde_json::json!({"ClientToken": "caller-token", "Limit": 1});
    client.call::<DescribeInstancesStatus>(&body).await.unwrap();
    assert_eq!(
        server.count(),
        2,
        "a ClientToken in the body makes the call idempotent"
    );
}

#[tokio::test]
async fn auth_client_quota_and_resource_errors_are_never_retried() {
    for code in [
        "AuthFailure.SignatureExpire",
        "InvalidParameter",
        "LimitExceeded.InstanceQuota",
        "ResourceNotFound",
        "UnsupportedOperation",
    ] {
        let server = Server::start(move |_, _| Reply::error(code)).await;
        let error = builder(&server)
            .build()
            .unwrap()
            .call_with::<DescribeInstancesStatus>(&(), &IDEMPOTENT())
            .await
            .unwrap_err();
        assert_eq!(error.code(), Some(code));
        assert_eq!(server.count(), 1, "{code} was retried");
    }
}

#[tokio::test]
async fn gateway_5xx_pages_are_retried_only_when_idempotent() {
    let server = Server::start(|index, _| {
        if index < 4 {
            Reply::html(503)
        } else {
            Reply::success("ok")
        }
    })
    .await;
    let client = builder(&server).build().unwrap();
    let error = client
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    assert_eq!(error.as_decode().and_then(|e| e.status()), Some(503));
    assert_eq!(server.count(), 1);
    let error = client
        .call_with::<DescribeInstancesStatus>(&(), &IDEMPOTENT())
        .await
        .unwrap_err();
    assert_eq!(server.count(), 4, "{error}");
    client
        .call_with::<DescribeInstancesStatus>(&(), &IDEMPOTENT())
        .await
        .unwrap();
    assert_eq!(server.count(), 5);
}

#[tokio::test]
async fn a_4xx_page_is_not_retried_but_429_is() {
    let server = Server::start(|_, _| Reply::html(404)).await;
    builder(&server)
        .build()
        .unwrap()
        .call_with::<DescribeInstancesStatus>(&(), &IDEMPOTENT())
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1);
    let server = Server::start(|index, _| {
        if index == 0 {
            Reply::html(429)
        } else {
            Reply::success("ok")
        }
    })
    .await;
    builder(&server)
        .build()
        .unwrap()
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap();
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn timeouts_and_broken_connections_after_sending_are_retried_only_when_idempotent() {
    let slow = || Reply::after(Duration::from_secs(3), Reply::success("late"));
    let server = Server::start(move |index, _| {
        if index < 2 {
            slow()
        } else {
            Reply::success("fast")
        }
    })
    .await;
    let client = builder(&server)
        .attempt_timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    let error = client
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    assert_eq!(
        error.as_timeout().map(|e| e.kind()),
        Some(TimeoutKind::Attempt)
    );
    assert_eq!(
        server.count(),
        1,
        "a timed-out purchase must not be made twice"
    );
    let response = client
        .call_with::<DescribeInstancesStatus>(&(), &IDEMPOTENT())
        .await
        .unwrap();
    assert_eq!(response.request_id(), Some("fast"));
    assert_eq!(server.count(), 3);

    let server = Server::start(|index, _| {
        if index < 2 {
            Reply::Close
        } else {
            Reply::success("ok")
        }
    })
    .await;
    let client = builder(&server).build().unwrap();
    client
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1);
    client
        .call_with::<DescribeInstancesStatus>(&(), &IDEMPOTENT())
        .await
        .unwrap();
    assert_eq!(server.count(), 3);
}

#[derive(serde::Serialize, Default)]
#[serde(rename_all = "PascalCase")]
struct RunInstancesRequest {
    instance_count: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    client_token: Option<String>,
}

impl tencent_action::Request for RunInstancesRequest {
    type Action = DescribeInstancesStatus;
    const CLIENT_TOKEN: bool = true;
}

#[tokio::test]
async fn an_empty_client_token_is_filled_once_and_reused_on_every_attempt() {
    let server = Server::start(support::fail_then_succeed(2, "InternalError", "done")).await;
    let client = builder(&server).build().unwrap();
    client
        .send(&RunInstancesRequest {
            instance_count: 1,
            client_token: None,
        })
        .await
        .unwrap();
    let tokens: Vec<String> = server
        .seen()
        .iter()
        .map(|seen| seen.json()["ClientToken"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(tokens.len(), 3);
    assert!(tokens.iter().all(|token| token == &tokens[0]), "{tokens:?}");
    assert!(uuid::Uuid::parse_str(&tokens[0]).is_ok(), "{tokens:?}");

    client
        .send(&RunInstancesRequest {
            instance_count: 1,
            client_token: None,
        })
        .await
        .unwrap();
    assert_ne!(
        server.seen()[3].json()["ClientToken"],
        tokens[0].as_str(),
        "each call gets a fresh token"
    );

    client
        .send(&RunInstancesRequest {
            instance_count: 1,
            client_token: Some("mine".into()),
        })
        .await
        .unwrap();
    assert_eq!(
        server.seen()[4].json()["ClientToken"],
        "mine",
        "the caller's token is kept"
    );
}

#[tokio::test]
async fn the_retry_budget_is_shared_by_clones_and_stops_retries_when_spent() {
    let server = Server::start(|_, _| Reply::error("RequestLimitExceeded")).await;
    let budget = BudgetConfig::default().with_capacity(10);
    let client = builder(&server)
        .retry(fast_retries().with_budget(Some(budget)))
        .build()
        .unwrap();
    client
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    assert_eq!(server.count(), 3, "two retries cost the 10 tokens");
    assert_eq!(client.retry_budget().unwrap().available(), 0);
    let clone = client.clone();
    clone
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    assert_eq!(
        server.count(),
        4,
        "the clone shares the empty budget: no retry"
    );

    // Successes refill the bucket one token at a time.
    let server = Server::start(|_, _| Reply::success("ok")).await;
    let client = builder(&server)
        .retry(fast_retries().with_budget(Some(budget)))
        .build()
        .unwrap();
    client.call::<DescribeInstancesStatus>(&()).await.unwrap();
    assert_eq!(
        client.retry_budget().unwrap().available(),
        10,
        "capped at the capacity"
    );
}

#[tokio::test]
async fn retries_can_be_turned_off() {
    let server = Server::start(|_, _| Reply::error("RequestLimitExceeded")).await;
    let client = builder(&server)
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    client
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn a_throttling_burst_under_concurrency_is_absorbed_and_paid_from_the_budget() {
    // The first 20 requests, whichever calls they belong to, are throttled.
    let server = Server::start(support::fail_then_succeed(
        20,
        "RequestLimitExceeded",
        "after-burst",
    ))
    .await;
    let client = builder(&server)
        .retry(fast_retries().with_max_attempts(25))
        .build()
        .unwrap();
    let ids = support::concurrently(&client, 10).await;
    assert!(ids.iter().all(|id| id == "after-burst"), "{ids:?}");
    assert_eq!(server.count(), 30, "20 throttled attempts, 10 successes");
    // 20 retries at 5 tokens each, then 10 successes at 1 token each.
    assert_eq!(client.retry_budget().unwrap().available(), 500 - 100 + 10);
}
