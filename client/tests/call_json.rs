//! `call_json`: actions named at run time, against the mock serving Tencent's real cvm
//! spec over loopback: the answer as JSON with its RequestId, the server's errors with
//! their codes and categories, retries as for typed calls, and names refused unsent.

use std::time::Duration;
use tencent_action::{Category, ConstructionErrorKind, DecodeErrorKind, Error};
use tencent_action_client::retry::{Backoff, RetryConfig};
use tencent_action_client::{CallOptions, Client, Credential};
use tencent_action_mock::{AnswerRule, Fault, FaultRule, MockServer, Reply};

const SECRET_ID: &str = "AKIDcalljson";
const SECRET_KEY: &str = "call-json-secret-key";
const CVM: &str = "2017-03-12";

async fn mock() -> MockServer {
    MockServer::builder()
        .specs_dir_services(
            concat!(env!("CARGO_MANIFEST_DIR"), "/../data/tencent-api/services"),
            &["cvm"],
        )
        .credential(SECRET_ID, SECRET_KEY)
        .start()
        .await
        .unwrap()
}

fn client(mock: &MockServer) -> Client {
    Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(&mock.url())
        .region("ap-guangzhou")
        .retry(RetryConfig::standard().with_backoff(Backoff::exponential(
            Duration::from_millis(1),
            Duration::from_millis(5),
        )))
        .build()
        .unwrap()
}

#[tokio::test]
async fn an_action_without_a_type_answers_as_json_with_its_request_id() {
    let mock = mock().await;
    let body = serde_json::json!({});
    let zones = client(&mock)
        .call_json("cvm", CVM, "DescribeZones", &body)
        .await
        .unwrap();
    let requests = mock.requests();
    assert_eq!(requests.len(), 1);
    let seen = &requests[0];
    assert!(seen.signature_valid);
    assert_eq!(seen.action.as_deref(), Some("DescribeZones"));
    assert_eq!(seen.header("x-tc-version"), Some(CVM));
    assert_eq!(seen.header("x-tc-region"), Some("ap-guangzhou"));
    assert_eq!(seen.error_code, None);
    // The RequestId is the response's, taken out of the payload as for typed calls.
    assert_eq!(zones.request_id(), Some(seen.request_id.as_str()));
    assert!(zones.get("RequestId").is_none(), "{zones:?}");
    let set = zones["ZoneSet"].as_array().expect("the example's ZoneSet");
    assert!(!set.is_empty());
    // The documentation example's count, which is not its list's length.
    assert!(zones["TotalCount"].as_u64().is_some(), "{zones:?}");
    assert!(set.iter().all(|zone| zone["Zone"].is_string()), "{set:?}");
}

#[tokio::test]
async fn the_servers_error_keeps_its_code_message_request_id_and_category() {
    let mock = mock().await;
    let gone = Reply::Error {
        code: "ResourceNotFound.InstanceNotExist".to_owned(),
        message: "the instance is gone".to_owned(),
    };
    mock.answer(AnswerRule::new("DescribeInstances", gone).times(1));
    let body = serde_json::json!({"InstanceIds": ["ins-12345678"]});
    let error = client(&mock)
        .call_json("cvm", CVM, "DescribeInstances", &body)
        .await
        .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("not the server's error: {error}")
    };
    assert_eq!(api.code(), "ResourceNotFound.InstanceNotExist");
    assert_eq!(api.message(), "the instance is gone");
    assert_eq!(api.category(), Category::Resource);
    assert_eq!(
        error.request_id(),
        Some(mock.requests()[0].request_id.as_str())
    );
    assert_eq!(mock.requests().len(), 1, "a client error is not retried");

    // An action the server does not have: its own `InvalidAction`.
    let error = client(&mock)
        .call_json("cvm", CVM, "DescribeNothingAtAll", &body)
        .await
        .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("not the server's error: {error}")
    };
    assert_eq!(api.code(), "InvalidAction");
    assert!(error.request_id().is_some());
}

#[tokio::test]
async fn a_throttled_call_is_retried_as_a_typed_one_is() {
    let mock = mock().await;
    mock.fault(
        FaultRule::new(Fault::Throttle)
            .action("DescribeZones")
            .next(2),
    );
    let zones = client(&mock)
        .call_json("cvm", CVM, "DescribeZones", &serde_json::json!({}))
        .await
        .unwrap();
    let codes: Vec<_> = mock.requests().into_iter().map(|r| r.error_code).collect();
    let throttled = Some("RequestLimitExceeded".to_owned());
    assert_eq!(codes, [throttled.clone(), throttled, None]);
    assert!(zones["ZoneSet"].is_array());

    // Three throttles: the third attempt's error is the call's, with its category.
    mock.reset();
    mock.fault(
        FaultRule::new(Fault::Throttle)
            .action("DescribeZones")
            .next(3),
    );
    let error = client(&mock)
        .call_json("cvm", CVM, "DescribeZones", &serde_json::json!({}))
        .await
        .unwrap_err();
    assert_eq!(error.category(), Some(Category::Throttling));
    assert_eq!(mock.requests().len(), 3);
}

#[tokio::test]
async fn a_client_token_makes_the_call_idempotent() {
    let mock = mock().await;
    let client = client(&mock);
    for (body, attempts) in [
        (serde_json::json!({"ClientToken": "run-once-7"}), 2),
        (serde_json::json!({"ClientToken": ""}), 1),
        (serde_json::json!({}), 1),
    ] {
        mock.reset();
        let close = FaultRule::new(Fault::CloseBeforeResponse).action("RunInstances");
        mock.fault(close.next(1));
        let result = client.call_json("cvm", CVM, "RunInstances", &body).await;
        assert_eq!(mock.requests().len(), attempts, "{body}");
        assert_eq!(result.is_ok(), attempts == 2, "{body}: {result:?}");
    }
    // The caller's options can say so too.
    mock.reset();
    let close = FaultRule::new(Fault::CloseBeforeResponse).action("RunInstances");
    mock.fault(close.next(1));
    let options = CallOptions::new().idempotent(true);
    let body = serde_json::json!({});
    client
        .call_json_with("cvm", CVM, "RunInstances", &body, &options)
        .await
        .unwrap();
    assert_eq!(mock.requests().len(), 2);
}

#[tokio::test]
async fn an_unreadable_answer_names_the_action() {
    let mock = mock().await;
    mock.fault(FaultRule::new(Fault::MalformedBody).action("DescribeZones"));
    let client = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(&mock.url())
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let error = client
        .call_json("cvm", CVM, "DescribeZones", &serde_json::json!({}))
        .await
        .unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("not a decode error: {error}")
    };
    assert_eq!(decode.action(), "DescribeZones");
    assert_eq!(decode.kind(), DecodeErrorKind::Truncated);
    assert!(
        error
            .to_string()
            .starts_with("cannot decode the DescribeZones response"),
        "{error}"
    );
}

#[tokio::test]
async fn bad_names_are_refused_unsent() {
    let mock = mock().await;
    let client = client(&mock);
    let body = serde_json::json!({});
    for (service, version, action, says) in [
        ("", CVM, "DescribeZones", "the service is empty"),
        (
            "cvm/../x",
            CVM,
            "DescribeZones",
            "the service \"cvm/../x\" is not",
        ),
        ("cvm", "", "DescribeZones", "the version is empty"),
        (
            "cvm",
            "20170312",
            "DescribeZones",
            "the version \"20170312\" is not a date",
        ),
        ("cvm", CVM, "", "the action is empty"),
        (
            "cvm",
            CVM,
            "Describe Zones",
            "the action \"Describe Zones\" is not",
        ),
    ] {
        let error = client
            .call_json(service, version, action, &body)
            .await
            .unwrap_err();
        let Error::Construction(construction) = &error else {
            panic!("{service}/{version}/{action}: not a construction error: {error}")
        };
        assert_eq!(construction.kind(), ConstructionErrorKind::Request);
        assert!(
            error.to_string().contains(says),
            "{error} does not say {says}"
        );
    }
    assert!(mock.requests().is_empty(), "nothing was sent");
}

#[cfg(feature = "blocking")]
#[test]
fn the_blocking_client_calls_by_name() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let mock = runtime.block_on(mock());
    let builder = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(&mock.url());
    let client = tencent_action_client::blocking::Client::new(builder).unwrap();
    let zones = client
        .call_json("cvm", CVM, "DescribeZones", &serde_json::json!({}))
        .unwrap();
    assert!(zones["ZoneSet"].is_array());
    let options = CallOptions::new().region("ap-seoul");
    client
        .call_json_with(
            "cvm",
            CVM,
            "DescribeZones",
            &serde_json::json!({}),
            &options,
        )
        .unwrap();
    let requests = mock.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].header("x-tc-region"), Some("ap-seoul"));
}
