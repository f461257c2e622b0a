//! The mock over real HTTP on loopback: every check with its Tencent code, the answers,
//! every fault, the record of requests; with Tencent's real cvm spec.

use bytes::Bytes;
use http_body_util::Full;
use serde_json::{Value, json};
use std::time::{Duration, Instant};
use tencent_action_mock::caller::{Caller, SignedCall, signed_request, unix_now};
use tencent_action_mock::{Fault, FaultRule, MockServer, Reply};
use tencent_action_sign::{Payload, SignableRequest, sign};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

mod support;

use support::{CVM, ID, KEY, cvm as call, error_of, response, send, services};

async fn start() -> MockServer {
    support::start(&["cvm"]).await
}

#[tokio::test]
async fn a_valid_call_gets_the_documentation_example_with_a_fresh_request_id() {
    let mock = start().await;
    let first = response(&send(&mock, &call("DescribeZones", b"{}")).await);
    let second = response(&send(&mock, &call("DescribeZones", b"{}")).await);
    assert!(first["ZoneSet"].is_array(), "{first}");
    assert_eq!(first["TotalCount"], second["TotalCount"]);
    assert_ne!(first["RequestId"], second["RequestId"]);
    let examples: Value = serde_json::from_str(
        &std::fs::read_to_string(services().join("cvm/v20170312/examples.json")).unwrap(),
    )
    .unwrap();
    let documented: Value = serde_json::from_str(
        examples["actions"]["DescribeZones"][0]["output"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(first["ZoneSet"], documented["Response"]["ZoneSet"]);
}

#[tokio::test]
async fn every_check_answers_with_tencents_code() {
    let mock = start().await;
    let good = call("StartInstances", br#"{"InstanceIds": ["ins-1"]}"#);
    assert!(response(&send(&mock, &good).await).get("Error").is_none());

    let cases: Vec<(SignedCall<'_>, &str, &str)> = vec![
        (
            SignedCall {
                secret_key: "wrong",
                ..good.clone()
            },
            "AuthFailure.SignatureFailure",
            "signature",
        ),
        (
            SignedCall {
                secret_id: "AKIDUNKNOWN",
                ..good.clone()
            },
            "AuthFailure.SecretIdNotFound",
            "SecretId",
        ),
        (
            SignedCall {
                timestamp: unix_now() - 301,
                ..good.clone()
            },
            "AuthFailure.SignatureExpire",
            "expired",
        ),
        (
            SignedCall {
                timestamp: unix_now() + 400,
                ..good.clone()
            },
            "AuthFailure.SignatureExpire",
            "expired",
        ),
        (
            SignedCall {
                token: Some("tok"),
                ..good.clone()
            },
            "AuthFailure.TokenFailure",
            "token",
        ),
        (
            SignedCall {
                action: "DescribeNothing",
                ..good.clone()
            },
            "InvalidAction",
            "`Action`",
        ),
        (
            SignedCall {
                version: "2099-01-01",
                ..good.clone()
            },
            "NoSuchVersion",
            "`2099-01-01`",
        ),
        (
            SignedCall {
                body: b"{}",
                ..good.clone()
            },
            "MissingParameter",
            "`InstanceIds`",
        ),
        (
            SignedCall {
                body: br#"{"InstanceIds": "ins-1"}"#,
                ..good.clone()
            },
            "InvalidParameter",
            "`InstanceIds`",
        ),
        (
            SignedCall {
                body: br#"{"InstanceIds": [1]}"#,
                ..good.clone()
            },
            "InvalidParameter",
            "`InstanceIds.0`",
        ),
        (
            SignedCall {
                body: br#"{"InstanceIds": ["a"], "Force": true}"#,
                ..good.clone()
            },
            "UnknownParameter",
            "`Force`",
        ),
        (
            SignedCall {
                action: "DescribeInstances",
                body: br#"{"Filters": [{"Name": "zone", "Valuez": []}]}"#,
                ..good.clone()
            },
            "UnknownParameter",
            "`Filters.0.Valuez`",
        ),
        (
            SignedCall {
                action: "DescribeInstances",
                body: br#"{"Limit": "10"}"#,
                ..good.clone()
            },
            "InvalidParameter",
            "`Limit`",
        ),
        (
            SignedCall {
                body: b"{\"InstanceIds\": [",
                ..good.clone()
            },
            "InvalidParameter",
            "not valid JSON",
        ),
        (
            SignedCall {
                body: b"[1]",
                ..good.clone()
            },
            "InvalidParameter",
            "JSON object",
        ),
    ];
    for (call, code, named) in cases {
        let (got, message) = error_of(&send(&mock, &call).await);
        assert_eq!(got, code, "{call:?}: {message}");
        assert!(message.contains(named), "{code}: {message}");
        assert!(!message.contains(KEY));
    }
    // Tencent's own wording, where real answers show it.
    let (_, message) = error_of(
        &send(
            &mock,
            &SignedCall {
                secret_key: "x",
                ..good.clone()
            },
        )
        .await,
    );
    assert_eq!(
        message,
        "The provided credentials could not be validated. Please check your signature is correct."
    );
    let (_, message) = error_of(
        &send(
            &mock,
            &SignedCall {
                body: b"{}",
                ..good.clone()
            },
        )
        .await,
    );
    assert_eq!(
        message,
        "The request is missing a required parameter `InstanceIds`."
    );
}

/// Requests built by hand: headers missing, malformed or not signed.
#[tokio::test]
async fn malformed_requests_get_clear_errors() {
    let mock = start().await;
    let good = call("DescribeZones", b"{}");
    let base = || signed_request(&good, "cvm.tencentcloudapi.com").unwrap();
    let mut cases = Vec::new();
    let mut request = base();
    request.headers_mut().remove("authorization");
    cases.push((request, "AuthFailure.InvalidAuthorization", "missing"));
    let mut request = base();
    request
        .headers_mut()
        .insert("authorization", "Basic abc".parse().unwrap());
    cases.push((
        request,
        "AuthFailure.InvalidAuthorization",
        "TC3-HMAC-SHA256",
    ));
    let mut request = base();
    request.headers_mut().remove("x-tc-action");
    cases.push((request, "MissingParameter", "`Action`"));
    let mut request = base();
    request.headers_mut().remove("x-tc-version");
    cases.push((request, "MissingParameter", "`Version`"));
    let mut request = base();
    request
        .headers_mut()
        .insert("x-tc-timestamp", "soon".parse().unwrap());
    cases.push((request, "InvalidParameter", "`Timestamp`"));
    // Signed for one host, sent to another: the host is a signed header.
    let mut request = base();
    request
        .headers_mut()
        .insert("host", "cbs.tencentcloudapi.com".parse().unwrap());
    cases.push((request, "AuthFailure.SignatureFailure", "signature"));
    let mut request = base();
    *request.method_mut() = hyper::Method::PUT;
    cases.push((request, "UnsupportedProtocol", "`PUT`"));
    for (request, code, named) in cases {
        let raw = Caller::connect(mock.addr())
            .await
            .unwrap()
            .send(request)
            .await
            .unwrap();
        let (got, message) = error_of(&raw);
        assert_eq!(got, code, "{message}");
        assert!(message.contains(named), "{message}");
    }
    assert_eq!(mock.requests().len(), 7);
    assert!(
        mock.requests()
            .iter()
            .all(|request| request.error_code.is_some())
    );
}

/// More signed headers than content-type and host, a GET with a query, and the service
/// taken from the credential scope when the host is an address.
#[tokio::test]
async fn get_queries_extra_signed_headers_and_bare_addresses() {
    let mock = start().await;
    let host = mock.addr().to_string();
    let timestamp = unix_now();
    let query = "InstanceIds.0=ins-1&InstanceIds.1=ins%2D2";
    let headers = [
        ("content-type", "application/x-www-form-urlencoded"),
        ("host", host.as_str()),
        ("x-tc-action", "startinstances"),
    ];
    let signed = sign(
        ID,
        KEY,
        "cvm",
        timestamp,
        &SignableRequest {
            method: "GET",
            query,
            headers: &headers,
            payload: Payload::Bytes(b""),
        },
    );
    let request = hyper::Request::get(format!("/?{query}"))
        .header("host", &host)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("x-tc-action", "StartInstances")
        .header("x-tc-version", CVM)
        .header("x-tc-timestamp", timestamp.to_string())
        .header("authorization", signed.authorization)
        .body(Full::new(Bytes::new()))
        .unwrap();
    let raw = Caller::connect(mock.addr())
        .await
        .unwrap()
        .send(request)
        .await
        .unwrap();
    let answer = response(&raw);
    assert!(answer.get("Error").is_none(), "{answer}");
    let seen = mock.requests();
    assert!(seen[0].signature_valid);
    assert_eq!(seen[0].service.as_deref(), Some("cvm"));
}

#[tokio::test]
async fn temporary_credentials_need_their_token() {
    let mock = MockServer::builder()
        .specs_dir_services(services(), &["cvm"])
        .temporary_credential(ID, KEY, "session-token")
        .start()
        .await
        .unwrap();
    let good = SignedCall {
        token: Some("session-token"),
        ..call("DescribeZones", b"{}")
    };
    assert!(response(&send(&mock, &good).await).get("Error").is_none());
    for token in [None, Some("another-token")] {
        let (code, message) = error_of(
            &send(
                &mock,
                &SignedCall {
                    token,
                    ..good.clone()
                },
            )
            .await,
        );
        assert_eq!(code, "AuthFailure.TokenFailure");
        assert!(!message.contains("session-token"));
    }
    let debug = format!("{:?}", mock.requests());
    assert!(!debug.contains("session-token"), "{debug}");
    assert!(debug.contains("<redacted>"));
}

#[tokio::test]
async fn handlers_and_fixed_replies_come_first() {
    let mock = start().await;
    mock.respond(
        "DescribeZones",
        Reply::Success(json!({"Response": {"TotalCount": 7, "ZoneSet": []}})),
    );
    mock.handle("cvm:StartInstances", |call| {
        let ids = call.params["InstanceIds"].clone();
        if ids == json!(["ins-gone"]) {
            Reply::error("InvalidInstanceId.NotFound", "no such instance")
        } else {
            Reply::Success(json!({}))
        }
    });
    let zones = response(&send(&mock, &call("DescribeZones", b"{}")).await);
    assert_eq!(zones["TotalCount"], 7);
    let (code, message) = error_of(
        &send(
            &mock,
            &call("StartInstances", br#"{"InstanceIds": ["ins-gone"]}"#),
        )
        .await,
    );
    assert_eq!(
        (code.as_str(), message.as_str()),
        ("InvalidInstanceId.NotFound", "no such instance")
    );
    let started = response(
        &send(
            &mock,
            &call("StartInstances", br#"{"InstanceIds": ["ins-1"]}"#),
        )
        .await,
    );
    assert_eq!(
        started.as_object().unwrap().len(),
        1,
        "only the RequestId: {started}"
    );
    mock.respond(
        "DescribeZones",
        Reply::Raw {
            status: 418,
            content_type: "text/plain".into(),
            body: b"teapot".to_vec(),
        },
    );
    let raw = send(&mock, &call("DescribeZones", b"{}")).await;
    assert_eq!((raw.status, raw.text().as_str()), (418, "teapot"));
}

#[tokio::test]
async fn api_faults_answer_with_envelopes() {
    let mock = start().await;
    mock.fault(
        FaultRule::new(Fault::Throttle)
            .action("DescribeZones")
            .next(2),
    );
    mock.fault(
        FaultRule::new(Fault::InternalError)
            .action("cvm:DescribeRegions")
            .next(1),
    );
    for _ in 0..2 {
        assert_eq!(
            error_of(&send(&mock, &call("DescribeZones", b"{}")).await).0,
            "RequestLimitExceeded"
        );
    }
    assert!(
        response(&send(&mock, &call("DescribeZones", b"{}")).await)
            .get("Error")
            .is_none()
    );
    assert_eq!(
        error_of(&send(&mock, &call("DescribeRegions", b"{}")).await).0,
        "InternalError"
    );
    assert!(
        response(&send(&mock, &call("DescribeRegions", b"{}")).await)
            .get("Error")
            .is_none()
    );
    let codes: Vec<Option<String>> = mock.requests().into_iter().map(|r| r.error_code).collect();
    assert_eq!(codes.iter().filter(|c| c.is_some()).count(), 3, "{codes:?}");
}

#[tokio::test]
async fn a_rate_limit_throttles_beyond_its_count() {
    let mock = start().await;
    mock.rate_limit(Some("DescribeZones"), 3);
    let mut caller = Caller::connect(mock.addr()).await.unwrap();
    let mut throttled = 0;
    let started = Instant::now();
    for _ in 0..5 {
        let raw = caller.call(&call("DescribeZones", b"{}")).await.unwrap();
        if response(&raw).get("Error").is_some() {
            let (code, message) = error_of(&raw);
            assert_eq!(code, "RequestLimitExceeded");
            assert!(message.contains("`3`"), "{message}");
            throttled += 1;
        }
    }
    // Five requests within a second: the last two are over the limit.
    if started.elapsed() < Duration::from_millis(900) {
        assert_eq!(throttled, 2);
    }
    // Other actions are not limited.
    assert!(
        response(&caller.call(&call("DescribeRegions", b"{}")).await.unwrap())
            .get("Error")
            .is_none()
    );
}

#[tokio::test]
async fn latency_delays_the_answer() {
    let mock = start().await;
    mock.fault(FaultRule::new(Fault::Latency(Duration::from_millis(150))).next(1));
    let started = Instant::now();
    assert!(
        response(&send(&mock, &call("DescribeZones", b"{}")).await)
            .get("Error")
            .is_none()
    );
    assert!(started.elapsed() >= Duration::from_millis(150));
}

#[tokio::test]
async fn gateway_pages_are_html_with_the_status() {
    let mock = start().await;
    mock.fault(FaultRule::new(Fault::HttpStatus(502)).next(1));
    mock.fault(FaultRule::new(Fault::HttpStatus(503)).next(1));
    for status in [502, 503] {
        let raw = send(&mock, &call("DescribeZones", b"{}")).await;
        assert_eq!(raw.status, status);
        assert_eq!(raw.header("content-type"), Some("text/html"));
        assert!(raw.text().starts_with("<html>"), "{}", raw.text());
        assert!(raw.text().contains(&status.to_string()));
    }
}

/// Sends a signed request over a raw socket and reads until the server closes.
async fn raw_exchange(mock: &MockServer) -> Vec<u8> {
    let request = signed_request(&call("DescribeZones", b"{}"), "cvm.tencentcloudapi.com").unwrap();
    let mut text = String::from("POST / HTTP/1.1\r\ncontent-length: 2\r\nconnection: close\r\n");
    for (name, value) in request.headers() {
        text.push_str(&format!("{name}: {}\r\n", value.to_str().unwrap()));
    }
    text.push_str("\r\n{}");
    let mut stream = tokio::net::TcpStream::connect(mock.addr()).await.unwrap();
    stream.write_all(text.as_bytes()).await.unwrap();
    let mut received = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut received)).await;
    received
}

#[tokio::test]
async fn connections_closed_before_any_byte_or_mid_body() {
    let mock = start().await;
    mock.fault(FaultRule::new(Fault::CloseBeforeResponse).next(1));
    assert_eq!(raw_exchange(&mock).await, b"", "closed before any byte");

    mock.fault(FaultRule::new(Fault::TruncatedBody).next(1));
    let received = String::from_utf8(raw_exchange(&mock).await).unwrap();
    let (head, body) = received.split_once("\r\n\r\n").expect("the headers arrive");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let announced: usize = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length: "))
        .expect("a Content-Length")
        .parse()
        .unwrap();
    assert!(
        !body.is_empty() && body.len() < announced,
        "{} of {announced}",
        body.len()
    );

    mock.fault(FaultRule::new(Fault::MalformedBody).next(1));
    let raw = send(&mock, &call("DescribeZones", b"{}")).await;
    assert_eq!(raw.status, 200);
    assert!(raw.text().starts_with("{\"Response\""));
    assert!(
        serde_json::from_slice::<Value>(&raw.body).is_err(),
        "{}",
        raw.text()
    );

    // After the faults, the server still answers.
    assert!(
        response(&send(&mock, &call("DescribeZones", b"{}")).await)
            .get("Error")
            .is_none()
    );
    let faults: Vec<_> = mock
        .requests()
        .into_iter()
        .filter_map(|r| r.fault)
        .collect();
    assert_eq!(
        faults,
        [
            Fault::CloseBeforeResponse,
            Fault::TruncatedBody,
            Fault::MalformedBody
        ]
    );
}

#[tokio::test]
async fn the_record_shows_every_attempt_with_its_headers_and_body() {
    let mock = MockServer::builder()
        .specs_dir_services(services(), &["cvm"])
        .credential(ID, KEY)
        .keep_requests(3)
        .start()
        .await
        .unwrap();
    for n in 0..4 {
        let body = format!(r#"{{"InstanceIds": ["ins-{n}"]}}"#);
        send(&mock, &call("StartInstances", body.as_bytes())).await;
    }
    send(
        &mock,
        &SignedCall {
            secret_key: "bad",
            ..call("DescribeZones", b"{}")
        },
    )
    .await;
    let seen = mock.requests();
    assert_eq!(seen.len(), 3, "keeps the latest three");
    assert_eq!(seen[0].param("InstanceIds"), Some(json!(["ins-2"])));
    assert_eq!(seen[1].header("X-TC-Action"), Some("StartInstances"));
    assert_eq!(seen[1].header("x-tc-region"), Some("ap-guangzhou"));
    assert!(seen[1].signature_valid);
    assert!(!seen[2].signature_valid);
    assert_eq!(
        seen[2].error_code.as_deref(),
        Some("AuthFailure.SignatureFailure")
    );
    mock.clear_requests();
    assert!(mock.requests().is_empty());
}

#[tokio::test]
async fn concurrent_clients_are_all_answered() {
    let mock = start().await;
    let addr = mock.addr();
    let mut tasks = Vec::new();
    for _ in 0..8 {
        tasks.push(tokio::spawn(async move {
            let mut caller = Caller::connect(addr).await.unwrap();
            for _ in 0..25 {
                let raw = caller.call(&call("DescribeZones", b"{}")).await.unwrap();
                assert_eq!(raw.status, 200);
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    assert_eq!(mock.requests().len(), 200);
}

#[test]
fn debug_output_holds_no_secret() {
    let signed = SignedCall {
        token: Some("the-token"),
        ..call("DescribeZones", b"{}")
    };
    let printed = format!("{signed:?}");
    assert!(
        !printed.contains(KEY) && !printed.contains("the-token"),
        "{printed}"
    );
    let builder = MockServer::builder().temporary_credential(ID, KEY, "the-token");
    let printed = format!("{builder:?}");
    assert!(
        !printed.contains(KEY) && !printed.contains("the-token"),
        "{printed}"
    );
    assert!(printed.contains(ID));
}

#[tokio::test]
async fn a_body_over_ten_megabytes_is_refused_with_an_envelope() {
    let mock = start().await;
    let body = vec![b' '; tencent_action_mock::MAX_BODY + 1];
    let raw = send(&mock, &call("DescribeZones", &body)).await;
    let (code, message) = error_of(&raw);
    assert_eq!(code, "InvalidParameter");
    assert!(message.contains("larger than"), "{message}");
}
