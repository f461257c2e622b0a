//! The client against a real HTTP server on loopback: signature, headers, endpoints,
//! and how every kind of failure reaches the caller.

mod support;

use std::time::{Duration, SystemTime, UNIX_EPOCH};
use support::{DescribeInstancesStatus, Reply, SECRET_ID, SECRET_KEY, Server, TOKEN};
use tencent_action::{Category, DecodeErrorKind, Error, TimeoutKind, TransportErrorKind};
use tencent_action_client::retry::RetryConfig;
use tencent_action_client::{Client, Credential};

fn client(server: &Server) -> tencent_action_client::ClientBuilder {
    Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .region("ap-guangzhou")
        .endpoint(&server.url)
        .retry(RetryConfig::disabled())
}

/// The error of one call without a body and without retries.
async fn fail(server: &Server) -> Error {
    let client = client(server).build().unwrap();
    client
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err()
}

#[tokio::test]
async fn a_call_is_signed_and_carries_the_official_headers() {
    let server = Server::start(|_, _| Reply::success("ok-id")).await;
    let response = client(&server)
        .build()
        .unwrap()
        .call::<DescribeInstancesStatus>(&serde_json::json!({"Limit": 10, "Name": "未命名"}))
        .await
        .unwrap();
    assert_eq!(response.total_count, 1);
    assert_eq!(response.request_id(), Some("ok-id"));

    let seen = &server.seen()[0];
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.path, "/");
    assert!(
        seen.signature_valid(SECRET_KEY),
        "the server could not verify {:?}",
        seen.header("authorization")
    );
    assert!(!seen.signature_valid("another key"));
    let authorization = seen.header("authorization").unwrap();
    assert!(
        authorization.starts_with(&format!("TC3-HMAC-SHA256 Credential={SECRET_ID}/")),
        "{authorization}"
    );
    assert!(
        authorization.contains("/cvm/tc3_request, SignedHeaders=content-type;host, Signature=")
    );
    assert_eq!(
        seen.header("host"),
        Some(server.url.trim_start_matches("http://"))
    );
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(seen.header("x-tc-action"), Some("DescribeInstancesStatus"));
    assert_eq!(seen.header("x-tc-version"), Some("2017-03-12"));
    assert_eq!(seen.header("x-tc-region"), Some("ap-guangzhou"));
    assert_eq!(seen.header("x-tc-language"), Some("zh-CN"));
    assert_eq!(
        seen.header("x-tc-requestclient"),
        Some(concat!("tencent-action-client/", env!("CARGO_PKG_VERSION")))
    );
    assert_eq!(seen.header("x-tc-token"), None);
    let timestamp: u64 = seen.header("x-tc-timestamp").unwrap().parse().unwrap();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(now.abs_diff(timestamp) <= 5, "{timestamp} vs {now}");
    assert_eq!(
        seen.json(),
        serde_json::json!({"Limit": 10, "Name": "未命名"})
    );
}

#[tokio::test]
async fn temporary_credentials_send_their_token_and_options_change_headers() {
    let server = Server::start(|_, _| Reply::success("ok-id")).await;
    let client = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY).with_token(TOKEN))
        .endpoint(&server.url)
        .language("en-US")
        // Not the region of whoever runs the tests (`TENCENTCLOUD_REGION`, tccli's file).
        .no_region()
        .build()
        .unwrap();
    client
        .call::<DescribeInstancesStatus>(&serde_json::json!({}))
        .await
        .unwrap();
    let options = tencent_action_client::CallOptions::new().region("ap-beijing");
    client
        .call_with::<DescribeInstancesStatus>(&serde_json::json!({}), &options)
        .await
        .unwrap();
    let no_language = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(&server.url)
        .no_language();
    no_language
        .build()
        .unwrap()
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap();

    let seen = server.seen();
    assert_eq!(seen[0].header("x-tc-token"), Some(TOKEN));
    assert_eq!(seen[0].header("x-tc-language"), Some("en-US"));
    assert_eq!(seen[0].header("x-tc-region"), None, "no_region sends none");
    assert!(seen[0].signature_valid(SECRET_KEY));
    assert_eq!(seen[1].header("x-tc-region"), Some("ap-beijing"));
    assert_eq!(seen[2].header("x-tc-language"), None);
    assert_eq!(
        seen[2].body, b"null",
        "`()` serializes as null and is sent as such"
    );
}

#[derive(serde::Serialize, Default)]
#[serde(rename_all = "PascalCase")]
struct DescribeInstancesStatusRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<i64>,
}

impl tencent_action::Request for DescribeInstancesStatusRequest {
    type Action = DescribeInstancesStatus;
}

#[tokio::test]
async fn a_typed_request_names_its_action() {
    let server = Server::start(|_, _| Reply::success("typed")).await;
    let client = client(&server).build().unwrap();
    let response = client
        .send(&DescribeInstancesStatusRequest { limit: Some(3) })
        .await
        .unwrap();
    assert_eq!(response.request_id(), Some("typed"));
    let seen = &server.seen()[0];
    assert_eq!(seen.header("x-tc-action"), Some("DescribeInstancesStatus"));
    assert_eq!(seen.body, br#"{"Limit":3}"#);
    assert!(seen.signature_valid(SECRET_KEY));
}

#[tokio::test]
async fn the_servers_error_is_typed() {
    let server = Server::start(|_, _| Reply::error("InvalidParameterValue.Limit")).await;
    let error = fail(&server).await;
    let api = error.as_api().expect("an API error");
    assert_eq!(api.code(), "InvalidParameterValue.Limit");
    assert_eq!(error.request_id(), Some("error-request-id"));
}

#[tokio::test]
async fn a_gateway_page_is_an_unreadable_answer_with_status_snippet_and_request_id() {
    let server = Server::start(|_, _| Reply::html(502)).await;
    let error = fail(&server).await;
    let decode = error.as_decode().expect("an unreadable answer");
    assert_eq!(decode.kind(), DecodeErrorKind::NotJson);
    assert_eq!(decode.status(), Some(502));
    assert_eq!(error.request_id(), Some("gateway-request-id"));
    assert_eq!(error.category(), Some(Category::Transient));
    let shown = error.to_string();
    assert!(
        shown.starts_with(
            "cannot decode the DescribeInstancesStatus response (HTTP 502): the body is not JSON"
        ) && shown.contains("<title>502 Bad Gateway</title>"),
        "{shown}"
    );
    assert!(shown.ends_with("RequestId: gateway-request-id)"), "{shown}");
}

#[tokio::test]
async fn an_html_page_with_status_200_is_not_an_envelope() {
    let server = Server::start(|_, _| Reply::Answer {
        status: 200,
        headers: vec![("X-TC-RequestId", "html-id".into())],
        body: b"<html>maintenance</html>".to_vec(),
    })
    .await;
    let error = fail(&server).await;
    let decode = error.as_decode().expect("an unreadable answer");
    assert_eq!(decode.kind(), DecodeErrorKind::NotJson);
    assert_eq!(decode.status(), Some(200));
    assert_eq!(decode.body_snippet(), Some("<html>maintenance</html>"));
    assert_eq!(error.request_id(), Some("html-id"));
    assert_eq!(
        error.category(),
        None,
        "a 200 without an envelope says nothing"
    );
    assert!(
        std::error::Error::source(&error).is_some(),
        "the decode failure is kept as the source"
    );
}

#[tokio::test]
async fn a_non_200_status_with_an_error_envelope_is_the_api_error() {
    let server = Server::start(|_, _| Reply::Answer {
        status: 500,
        headers: vec![],
        body: br#"{"Response":{"Error":{"Code":"InternalError","Message":"m"},"RequestId":"r"}}"#
            .to_vec(),
    })
    .await;
    let error = fail(&server).await;
    assert_eq!(error.code(), Some("InternalError"));
    assert_eq!(error.request_id(), Some("r"));
}

#[tokio::test]
async fn a_body_cut_short_keeps_the_request_id() {
    // The body ends early but the Content-Length is right: the JSON is what is cut.
    let server =
        Server::start(|_, _| Reply::json(r#"{"Response":{"RequestId":"cut-id","TotalCount":"#))
            .await;
    let error = fail(&server).await;
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    assert_eq!(error.request_id(), Some("cut-id"));

    // Cut before the RequestId: the header's RequestId is kept.
    let server = Server::start(|_, _| Reply::json(r#"{"Response":{"TotalCount":"#)).await;
    let error = fail(&server).await;
    let decode = error.as_decode().expect("an unreadable answer");
    assert_eq!(decode.kind(), DecodeErrorKind::Truncated);
    assert_eq!(decode.body_snippet(), Some(r#"{"Response":{"TotalCount":"#));
    assert_eq!(error.request_id(), Some("header-request-id"));
}

#[tokio::test]
async fn a_connection_closed_mid_body_is_an_io_failure_that_says_so() {
    let server = Server::start(|_, _| {
        Reply::Raw(b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\nX-TC-RequestId: mid-body\r\n\r\n{\"Response\":{\"Total".to_vec())
    })
    .await;
    let error = fail(&server).await;
    let transport = error.as_transport().expect("a transport error");
    assert_eq!(transport.kind(), TransportErrorKind::Io, "{error}");
    assert_eq!(
        transport.message(),
        "the connection closed while the answer's body came"
    );
    assert_eq!(error.request_id(), Some("mid-body"));
    assert_eq!(
        error.to_string(),
        "the connection failed: the connection closed while the answer's body came (RequestId: mid-body)"
    );
}

#[tokio::test]
async fn a_connection_closed_before_the_answer_is_not_one_that_never_opened() {
    let server = Server::start(|_, _| Reply::Close).await;
    let error = fail(&server).await;
    let transport = error.as_transport().expect("a transport error");
    assert_eq!(transport.kind(), TransportErrorKind::Io, "{error:?}");
    assert_eq!(
        transport.message(),
        "the connection closed before any answer came"
    );
    assert!(error.may_have_been_sent());
    assert_eq!(server.count(), 1, "the request was received");

    let refused = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(&support::refused_url())
        .retry(RetryConfig::disabled())
        .build()
        .unwrap()
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    let transport = refused.as_transport().expect("a transport error");
    assert_eq!(transport.kind(), TransportErrorKind::Connect);
    assert!(
        refused.to_string().starts_with("could not connect: ")
            && transport.message().to_lowercase().contains("refused"),
        "{refused}"
    );
    assert!(!refused.may_have_been_sent());
}

#[tokio::test]
async fn an_attempt_that_takes_too_long_times_out() {
    let server =
        Server::start(|_, _| Reply::after(Duration::from_secs(5), Reply::success("late"))).await;
    let client = client(&server)
        .attempt_timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let error = client
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    let timeout = error.as_timeout().expect("a timeout");
    assert_eq!(timeout.kind(), TimeoutKind::Attempt);
    assert_eq!(timeout.limit(), Some(Duration::from_millis(150)));
    assert!(started.elapsed() < Duration::from_secs(4));
    assert_eq!(
        error.to_string(),
        "timed out: no complete answer within 150ms"
    );
}

#[tokio::test]
async fn the_whole_call_has_a_deadline() {
    let server =
        Server::start(|_, _| Reply::after(Duration::from_secs(5), Reply::success("late"))).await;
    let client = client(&server)
        .operation_timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    let error = client
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    let timeout = error.as_timeout().expect("a timeout");
    assert_eq!(timeout.kind(), TimeoutKind::Operation);
    assert!(error.to_string().ends_with("retries included"), "{error}");
}

#[tokio::test]
async fn a_refused_connection_is_a_connect_failure() {
    let url = support::refused_url();
    let client = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(&url)
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let error = client
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    assert_eq!(
        error.as_transport().map(|e| e.kind()),
        Some(TransportErrorKind::Connect),
        "{error:?}"
    );
}

#[test]
fn a_bad_endpoint_is_refused_at_build_time() {
    let error = Client::builder()
        .endpoint("127.0.0.1:8080")
        .build()
        .unwrap_err();
    assert!(error.to_string().contains("http://"), "{error}");
}

#[tokio::test]
async fn no_secret_in_any_debug_or_error() {
    let server = Server::start(|index, _| match index {
        0 => Reply::error("AuthFailure.SignatureFailure"),
        1 => Reply::html(503),
        _ => Reply::Close,
    })
    .await;
    let builder = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY).with_token(TOKEN))
        .endpoint(&server.url)
        .retry(RetryConfig::disabled());
    let client = builder.clone().build().unwrap();
    let mut shown = vec![
        format!("{client:?}"),
        format!("{builder:?}"),
        format!(
            "{:?}",
            Credential::new(SECRET_ID, SECRET_KEY).with_token(TOKEN)
        ),
    ];
    for _ in 0..3 {
        let error = client
            .call::<DescribeInstancesStatus>(&())
            .await
            .unwrap_err();
        shown.push(format!("{error:?}"));
        shown.push(error.to_string());
        let mut source = std::error::Error::source(&error);
        while let Some(cause) = source {
            shown.push(format!("{cause:?} {cause}"));
            source = cause.source();
        }
    }
    for text in &shown {
        assert!(
            !text.contains(SECRET_KEY) && !text.contains(TOKEN),
            "a secret is shown: {text}"
        );
    }
    assert!(
        shown[0].contains(SECRET_ID) && shown[1].contains(SECRET_ID),
        "the SecretId is shown: it names the key"
    );
}

#[test]
fn the_client_is_clone_send_sync() {
    fn check<T: Clone + Send + Sync + 'static>() {}
    check::<Client>();
}

/// The proxy of the environment: a child process (a test cannot change its own
/// environment safely) calls a host that does not exist, with `HTTP_PROXY` naming the
/// test server, which receives the request in proxy form.
#[test]
fn the_proxy_comes_from_the_environment() {
    if let Ok(url) = std::env::var("CLIENT_TEST_UNREACHABLE") {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let client = Client::builder()
            .credential(Credential::new(SECRET_ID, SECRET_KEY))
            .endpoint(&url)
            .retry(RetryConfig::disabled())
            .build()
            .unwrap();
        let response = runtime
            .block_on(client.call::<DescribeInstancesStatus>(&()))
            .unwrap();
        println!("answered {}", response.request_id().unwrap_or_default());
        return;
    }
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(Server::start(|_, _| Reply::success("via-proxy")));
    let mut command = std::process::Command::new(std::env::current_exe().unwrap());
    command.args([
        "--exact",
        "the_proxy_comes_from_the_environment",
        "--nocapture",
    ]);
    for name in [
        "NO_PROXY",
        "no_proxy",
        "ALL_PROXY",
        "all_proxy",
        "HTTPS_PROXY",
        "https_proxy",
    ] {
        command.env_remove(name);
    }
    command.env("CLIENT_TEST_UNREACHABLE", "http://cvm.proxied.invalid");
    command
        .env("HTTP_PROXY", &server.url)
        .env("http_proxy", &server.url);
    let output = command.output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("answered via-proxy"),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let seen = &server.seen()[0];
    assert_eq!(
        seen.path, "http://cvm.proxied.invalid/",
        "the request went through the proxy"
    );
    assert_eq!(seen.header("host"), Some("cvm.proxied.invalid"));
    assert!(seen.signature_valid(SECRET_KEY));
}
