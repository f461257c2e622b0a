//! The admin API over real HTTP on loopback, as a test suite in another language drives
//! it: health, answers, faults, the record of requests, reset, and bad input.

mod support;

use serde_json::{Value, json};
use support::{CVM, ID, KEY, admin, cvm, error_of, response, send, start};
use tencent_action_mock::caller::SignedCall;
use tencent_action_mock::{AnswerRule, MockServer, Reply};

const OK: &str = r#"{"status":"ok"}"#;

async fn post(mock: &MockServer, path: &str, body: Value) {
    let (status, answer, _) = admin(mock, "POST", path, &body.to_string()).await;
    assert_eq!((status, answer.to_string()), (200, OK.to_owned()), "{body}");
}

async fn requests(mock: &MockServer) -> Vec<Value> {
    let (status, listing, _) = admin(mock, "GET", "/_mock/requests", "").await;
    assert_eq!(status, 200);
    listing.as_array().expect("an array").clone()
}

#[tokio::test]
async fn health() {
    let mock = start(&["cvm"]).await;
    let (status, body, _) = admin(&mock, "GET", "/_mock/health", "").await;
    assert_eq!((status, body), (200, json!({"status": "ok"})));
    assert!(mock.requests().is_empty(), "admin calls are not recorded");
}

#[tokio::test]
async fn a_counted_answer_is_served_then_the_usual_one() {
    let mock = start(&["cvm"]).await;
    let usual = response(&send(&mock, &cvm("DescribeZones", b"{}")).await);
    post(
        &mock,
        "/_mock/answers",
        json!({"action": "DescribeZones", "times": 1,
               "response": {"TotalCount": 7, "ZoneSet": [], "RequestId": "not-this-one"}}),
    )
    .await;
    let stubbed = response(&send(&mock, &cvm("DescribeZones", b"{}")).await);
    assert_eq!(stubbed["TotalCount"], 7);
    assert_eq!(stubbed["ZoneSet"], json!([]));
    assert_ne!(stubbed["RequestId"], "not-this-one");
    let after = response(&send(&mock, &cvm("DescribeZones", b"{}")).await);
    assert_eq!(after["ZoneSet"], usual["ZoneSet"]);
    assert_ne!(after["RequestId"], usual["RequestId"]);
}

#[tokio::test]
async fn answers_of_one_action_come_in_the_order_added_each_for_its_times() {
    let mock = start(&["cvm"]).await;
    post(
        &mock,
        "/_mock/answers",
        json!({"action": "DescribeZones", "times": 1,
               "error": {"Code": "ResourceUnavailable", "Message": "not yet"}}),
    )
    .await;
    post(
        &mock,
        "/_mock/answers",
        json!({"action": "DescribeZones", "service": "cvm", "times": 2,
               "response": {"TotalCount": 2, "ZoneSet": []}}),
    )
    .await;
    post(
        &mock,
        "/_mock/answers",
        json!({"action": "DescribeZones", "response": {"TotalCount": 3, "ZoneSet": []}}),
    )
    .await;
    // The answer for cvm comes before the one for every service.
    for _ in 0..2 {
        let answer = response(&send(&mock, &cvm("DescribeZones", b"{}")).await);
        assert_eq!(answer["TotalCount"], 2, "{answer}");
    }
    let (code, message) = error_of(&send(&mock, &cvm("DescribeZones", b"{}")).await);
    assert_eq!(
        (code.as_str(), message.as_str()),
        ("ResourceUnavailable", "not yet")
    );
    // No count: every call from now on.
    for _ in 0..3 {
        let answer = response(&send(&mock, &cvm("DescribeZones", b"{}")).await);
        assert_eq!(answer["TotalCount"], 3, "{answer}");
    }
    // Other actions are untouched.
    let other = response(&send(&mock, &cvm("DescribeRegions", b"{}")).await);
    assert!(other.get("Error").is_none(), "{other}");

    let (status, body, _) = admin(&mock, "DELETE", "/_mock/answers", "").await;
    assert_eq!((status, body.to_string()), (200, OK.to_owned()));
    let usual = response(&send(&mock, &cvm("DescribeZones", b"{}")).await);
    assert_ne!(usual["TotalCount"], 3);
}

#[tokio::test]
async fn rust_and_http_share_the_answers() {
    let mock = start(&["cvm"]).await;
    mock.answer(AnswerRule::new("DescribeZones", Reply::error("FromRust", "r")).times(1));
    post(
        &mock,
        "/_mock/answers",
        json!({"action": "DescribeZones", "times": 1, "error": {"Code": "FromHttp", "Message": "h"}}),
    )
    .await;
    mock.respond("DescribeRegions", Reply::error("Replaced", ""));
    let codes = [
        error_of(&send(&mock, &cvm("DescribeZones", b"{}")).await).0,
        error_of(&send(&mock, &cvm("DescribeZones", b"{}")).await).0,
        error_of(&send(&mock, &cvm("DescribeRegions", b"{}")).await).0,
    ];
    assert_eq!(codes, ["FromRust", "FromHttp", "Replaced"]);
    // DELETE removes what Rust registered too.
    admin(&mock, "DELETE", "/_mock/answers", "").await;
    let regions = response(&send(&mock, &cvm("DescribeRegions", b"{}")).await);
    assert!(regions.get("Error").is_none(), "{regions}");
}

#[tokio::test]
async fn a_fault_added_and_removed_at_run_time() {
    let mock = start(&["cvm"]).await;
    post(
        &mock,
        "/_mock/faults",
        json!({"spec": "throttle@DescribeZones:next=1"}),
    )
    .await;
    let (code, _) = error_of(&send(&mock, &cvm("DescribeZones", b"{}")).await);
    assert_eq!(code, "RequestLimitExceeded");
    assert!(
        response(&send(&mock, &cvm("DescribeZones", b"{}")).await)
            .get("Error")
            .is_none()
    );

    post(&mock, "/_mock/faults", json!({"spec": "http=502"})).await;
    assert_eq!(send(&mock, &cvm("DescribeZones", b"{}")).await.status, 502);
    let (status, body, _) = admin(&mock, "DELETE", "/_mock/faults", "").await;
    assert_eq!((status, body.to_string()), (200, OK.to_owned()));
    assert_eq!(send(&mock, &cvm("DescribeZones", b"{}")).await.status, 200);

    let listing = requests(&mock).await;
    let faults: Vec<&Value> = listing.iter().map(|request| &request["fault"]).collect();
    assert_eq!(
        faults,
        [
            &json!("throttle"),
            &Value::Null,
            &json!("http=502"),
            &Value::Null
        ]
    );
    assert_eq!(listing[0]["error_code"], "RequestLimitExceeded");
    assert_eq!(listing[2]["error_code"], Value::Null);
}

#[tokio::test]
async fn the_record_lists_exactly_the_calls_made_and_holds_no_secret() {
    let mock = MockServer::builder()
        .specs_dir_services(support::services(), &["cvm"])
        .temporary_credential(ID, KEY, "session-token-value")
        .start()
        .await
        .unwrap();
    let with_token = |action, body| SignedCall {
        token: Some("session-token-value"),
        ..cvm(action, body)
    };
    send(&mock, &with_token("DescribeZones", b"{}")).await;
    send(
        &mock,
        &SignedCall {
            secret_key: "not-the-key",
            ..with_token("StartInstances", br#"{"InstanceIds": ["ins-1"]}"#)
        },
    )
    .await;
    send(&mock, &with_token("StartInstances", b"{}")).await;

    let listing = requests(&mock).await;
    assert_eq!(listing.len(), 3, "{listing:#?}");
    let first = &listing[0];
    for (field, expected) in [
        ("action", json!("DescribeZones")),
        ("service", json!("cvm")),
        ("version", json!(CVM)),
        ("region", json!("ap-guangzhou")),
        ("method", json!("POST")),
        ("signature_valid", json!(true)),
        ("error_code", Value::Null),
        ("params", json!({})),
        ("fault", Value::Null),
    ] {
        assert_eq!(first[field], expected, "{field}: {first}");
    }
    assert_eq!(first["request_id"], json!(mock.requests()[0].request_id));
    assert_eq!(listing[1]["signature_valid"], false);
    assert_eq!(listing[1]["error_code"], "AuthFailure.SignatureFailure");
    // A refused call is on record with the service and action it was meant for.
    assert_eq!(listing[1]["service"], "cvm");
    assert_eq!(listing[1]["action"], "StartInstances");
    assert_eq!(listing[1]["params"], json!({"InstanceIds": ["ins-1"]}));
    assert_eq!(listing[2]["signature_valid"], true);
    assert_eq!(listing[2]["error_code"], "MissingParameter");

    let text = Value::Array(listing.clone()).to_string();
    assert!(!text.contains("session-token-value"), "{text}");
    assert!(!text.contains(KEY) && !text.contains("not-the-key"));
    for request in mock.requests() {
        let authorization = request.header("authorization").unwrap();
        let signature = authorization.rsplit("Signature=").next().unwrap();
        assert_eq!(signature.len(), 64);
        assert!(!text.contains(signature), "{text}");
    }
    assert!(text.contains("Signature=<redacted>"), "{text}");
    assert_eq!(first["headers"]["x-tc-token"], "<redacted>");
    assert_eq!(first["headers"]["x-tc-action"], "DescribeZones");

    let (status, body, _) = admin(&mock, "DELETE", "/_mock/requests", "").await;
    assert_eq!((status, body.to_string()), (200, OK.to_owned()));
    assert!(requests(&mock).await.is_empty());
}

#[tokio::test]
async fn reset_clears_requests_faults_and_answers() {
    let mock = MockServer::builder()
        .specs_dir_services(support::services(), &["cvm"])
        .credential(ID, KEY)
        .rate_limit(None, 1)
        .start()
        .await
        .unwrap();
    post(
        &mock,
        "/_mock/faults",
        json!({"spec": "internal-error@DescribeRegions"}),
    )
    .await;
    post(
        &mock,
        "/_mock/answers",
        json!({"action": "DescribeZones", "error": {"Code": "Stubbed", "Message": ""}}),
    )
    .await;
    assert_eq!(
        error_of(&send(&mock, &cvm("DescribeZones", b"{}")).await).0,
        "Stubbed"
    );
    assert_eq!(
        error_of(&send(&mock, &cvm("DescribeRegions", b"{}")).await).0,
        "InternalError"
    );
    post(&mock, "/_mock/reset", json!({})).await;
    assert!(requests(&mock).await.is_empty());
    for _ in 0..2 {
        for action in ["DescribeZones", "DescribeRegions"] {
            let answer = response(&send(&mock, &cvm(action, b"{}")).await);
            assert!(answer.get("Error").is_none(), "{action}: {answer}");
        }
    }
    assert_eq!(requests(&mock).await.len(), 4);
    // An empty body is a reset too.
    let (status, _, _) = admin(&mock, "POST", "/_mock/reset", "").await;
    assert_eq!(status, 200);
    assert!(requests(&mock).await.is_empty());
}

#[tokio::test]
async fn bad_admin_input_says_what_is_wrong_and_disturbs_nothing() {
    let mock = start(&["cvm"]).await;
    let cases = [
        ("POST", "/_mock/answers", "{", 400, "the body is not JSON"),
        (
            "POST",
            "/_mock/answers",
            r#"{"action": "DescribeZones", "reponse": {}}"#,
            400,
            "unknown field `reponse`",
        ),
        (
            "POST",
            "/_mock/answers",
            r#"{"action": "DescribeZones", "response": {}, "times": "once"}"#,
            400,
            "`times` must be a whole number",
        ),
        (
            "POST",
            "/_mock/answers",
            r#"{"action": "DescribeZone", "response": {}}"#,
            400,
            "no service served has the action `DescribeZone`",
        ),
        (
            "POST",
            "/_mock/answers",
            r#"{"action": "DescribeZones", "error": {"Code": 5}}"#,
            400,
            "`error.Code` must be a non-empty string",
        ),
        (
            "POST",
            "/_mock/faults",
            r#"{"spec": "throttle:sometimes=1"}"#,
            400,
            "bad fault `throttle:sometimes=1`: expected :next=N or :rate=P",
        ),
        (
            "POST",
            "/_mock/faults",
            r#"{"spec": ["throttle"]}"#,
            400,
            "`spec` must be a non-empty string",
        ),
        (
            "GET",
            "/_mock/nothing",
            "",
            404,
            "no admin path `/_mock/nothing`",
        ),
        ("GET", "/_mock", "", 404, "the paths are /_mock/health"),
        (
            "GET",
            "/_mock/faults",
            "",
            405,
            "`/_mock/faults` takes POST, DELETE, not GET",
        ),
        ("POST", "/_mock/health", "", 405, "takes GET, not POST"),
        (
            "PUT",
            "/_mock/requests",
            "",
            405,
            "takes GET, DELETE, not PUT",
        ),
    ];
    for (method, path, body, status, why) in cases {
        let (got, answer, raw) = admin(&mock, method, path, body).await;
        assert_eq!(got, status, "{method} {path} {body}: {answer}");
        let message = answer["error"]
            .as_str()
            .unwrap_or_else(|| panic!("{answer}"));
        assert!(message.contains(why), "{method} {path} {body}: {message}");
        assert!(raw.header("x-tc-requestid").is_none());
        if status == 405 {
            assert!(raw.header("allow").is_some_and(|allow| !allow.is_empty()));
        }
    }
    let huge = " ".repeat(tencent_action_mock::MAX_BODY + 1);
    let (status, answer, _) = admin(&mock, "POST", "/_mock/answers", &huge).await;
    assert_eq!(status, 413, "{answer}");
    assert!(
        answer["error"].as_str().unwrap().contains("larger than"),
        "{answer}"
    );
    // Nothing was added, nothing recorded: the Tencent side answers as usual.
    let zones = response(&send(&mock, &cvm("DescribeZones", b"{}")).await);
    assert!(zones["ZoneSet"].is_array(), "{zones}");
    assert_eq!(mock.requests().len(), 1);
}
