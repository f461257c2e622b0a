//! What the tests over loopback share: signed calls, the envelope's parts, admin calls.
#![allow(dead_code)] // Each test file uses its own part of it.

use bytes::Bytes;
use http_body_util::Full;
use serde_json::Value;
use std::path::PathBuf;
use tencent_action_mock::MockServer;
use tencent_action_mock::caller::{Caller, RawResponse, SignedCall, unix_now};

pub const ID: &str = "AKIDMOCKTEST";
pub const KEY: &str = "mock-test-secret-key-0123456789";
pub const CVM: &str = "2017-03-12";

/// The repository's copy of Tencent's specs.
pub fn services() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/tencent-api/services")
}

/// A mock of these services of the repository's specs, accepting `ID` and `KEY`.
pub async fn start(services: &[&str]) -> MockServer {
    MockServer::builder()
        .specs_dir_services(self::services(), services)
        .credential(ID, KEY)
        .start()
        .await
        .expect("the mock starts")
}

/// A call of CVM's `action`, signed with `ID` and `KEY`.
pub fn cvm<'a>(action: &'a str, body: &'a [u8]) -> SignedCall<'a> {
    signed("cvm", CVM, action, body)
}

/// A call of `service`'s `action`, signed with `ID` and `KEY`.
pub fn signed<'a>(
    service: &'a str,
    version: &'a str,
    action: &'a str,
    body: &'a [u8],
) -> SignedCall<'a> {
    SignedCall {
        service,
        version,
        action,
        body,
        secret_id: ID,
        secret_key: KEY,
        token: None,
        timestamp: unix_now(),
    }
}

/// Sends one call on a connection of its own.
pub async fn send(mock: &MockServer, call: &SignedCall<'_>) -> RawResponse {
    let mut caller = Caller::connect(mock.addr()).await.unwrap();
    caller.call(call).await.unwrap()
}

/// Sends a request built by hand on a connection of its own.
pub async fn send_request(mock: &MockServer, request: hyper::Request<Full<Bytes>>) -> RawResponse {
    let mut caller = Caller::connect(mock.addr()).await.unwrap();
    caller.send(request).await.unwrap()
}

/// The envelope's `Response`, checking the RequestId matches the header.
pub fn response(raw: &RawResponse) -> Value {
    assert_eq!(raw.status, 200, "{}", raw.text());
    let body: Value =
        serde_json::from_slice(&raw.body).unwrap_or_else(|e| panic!("{e}: {}", raw.text()));
    let response = body["Response"].clone();
    let id = response["RequestId"].as_str().expect("a RequestId");
    assert_eq!(raw.header("x-tc-requestid"), Some(id));
    assert_eq!(id.len(), 36, "{id}");
    response
}

/// The code and message of an error envelope.
pub fn error_of(raw: &RawResponse) -> (String, String) {
    let response = response(raw);
    let error = &response["Error"];
    (
        error["Code"]
            .as_str()
            .unwrap_or_else(|| panic!("no error: {response}"))
            .to_owned(),
        error["Message"].as_str().unwrap_or_default().to_owned(),
    )
}

/// An admin call: its status, its JSON body, and the response as received.
pub async fn admin(
    mock: &MockServer,
    method: &str,
    path: &str,
    body: &str,
) -> (u16, Value, RawResponse) {
    let request = hyper::Request::builder()
        .method(method)
        .uri(path)
        .header("host", mock.addr().to_string())
        .header("content-type", "application/json")
        .body(Full::new(Bytes::copy_from_slice(body.as_bytes())))
        .unwrap();
    let raw = send_request(mock, request).await;
    assert_eq!(
        raw.header("content-type"),
        Some("application/json"),
        "{method} {path}"
    );
    let value = serde_json::from_slice(&raw.body)
        .unwrap_or_else(|e| panic!("{method} {path}: {e}: {}", raw.text()));
    (raw.status, value, raw)
}
