//! Documentation examples that break their spec are served as Tencent publishes them (the
//! real servers send the same), and only the conforming ones with `conforming(true)`.

mod support;

use serde_json::{Value, json};
use support::{ID, KEY, response, send, signed as call};
use tencent_action_mock::MockServer;

async fn mock(conforming: bool) -> MockServer {
    MockServer::builder()
        .specs_dir_services(support::services(), &["cam", "ckafka"])
        .credential(ID, KEY)
        .conforming(conforming)
        .start()
        .await
        .unwrap()
}

/// cam's `CreatePolicyVersion` example sends `VersionId` as the text "4" (a `uint64` in
/// the spec); ckafka's `DeleteInstancePre` a `null` `DeleteRouteTimestamp`, which the
/// spec says is never `null`.
async fn answers(mock: &MockServer) -> (Value, Value) {
    let version = send(
        mock,
        &call(
            "cam",
            "2019-01-16",
            "CreatePolicyVersion",
            br#"{"PolicyId": 1, "PolicyDocument": "{}", "SetAsDefault": true}"#,
        ),
    )
    .await;
    let delete = send(
        mock,
        &call(
            "ckafka",
            "2019-08-19",
            "DeleteInstancePre",
            br#"{"InstanceId": "ckafka-1"}"#,
        ),
    )
    .await;
    (
        response(&version)["VersionId"].clone(),
        response(&delete)["Result"].clone(),
    )
}

#[tokio::test]
async fn examples_are_served_as_published() {
    let (version, result) = answers(&mock(false).await).await;
    assert_eq!(version, json!("4"));
    assert!(
        result
            .get("DeleteRouteTimestamp")
            .is_some_and(Value::is_null),
        "{result}"
    );
    assert_eq!(result["Data"]["InstanceId"], "ckafka-7777xxxx");
}

#[tokio::test]
async fn conforming_serves_only_what_fits_the_spec() {
    let (version, result) = answers(&mock(true).await).await;
    assert!(version.is_u64(), "{version}");
    assert!(result["DeleteRouteTimestamp"].is_string(), "{result}");
}
