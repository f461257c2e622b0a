//! Differential test against the official Python SDK's signer.
//!
//! `tests/vectors/python-sdk.jsonl` holds requests built and signed by
//! `tencentcloud-sdk-python-common` (how they were made: `tests/vectors/make_vectors.py`):
//! random services, regions, hosts, timestamps at UTC day boundaries, POST bodies with
//! raw UTF-8 or `\u` escapes, url-encoded GET queries, unsigned payloads and tokens. For
//! every one, [`sign`] must give the SDK's `Authorization` header byte for byte, and
//! [`Authorization::verify`] must accept it (and reject it with another key). No Python
//! is needed to run it.

use serde::Deserialize;
use tencent_action_sign::{Authorization, Payload, SignableRequest, sign};

#[derive(Deserialize)]
struct Vector {
    secret_id: String,
    secret_key: String,
    service: String,
    timestamp: i64,
    method: String,
    host: String,
    content_type: String,
    query: String,
    body: String,
    unsigned_payload: bool,
    authorization: String,
}

fn vectors() -> Vec<Vector> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/python-sdk.jsonl"
    );
    let text = std::fs::read_to_string(path).expect("the vectors are checked in");
    text.lines()
        .enumerate()
        .map(|(n, line)| {
            serde_json::from_str(line).unwrap_or_else(|error| panic!("line {}: {error}", n + 1))
        })
        .collect()
}

#[test]
fn every_python_sdk_vector_signs_the_same() {
    let vectors = vectors();
    assert!(vectors.len() >= 1_000, "only {} vectors", vectors.len());
    let mut failures = Vec::new();
    for (n, vector) in vectors.iter().enumerate() {
        let headers = [
            ("Content-Type", vector.content_type.as_str()),
            ("Host", vector.host.as_str()),
        ];
        let payload = if vector.unsigned_payload {
            Payload::Unsigned
        } else {
            Payload::Bytes(vector.body.as_bytes())
        };
        let request = SignableRequest {
            method: &vector.method,
            query: &vector.query,
            headers: &headers,
            payload,
        };
        let signed = sign(
            &vector.secret_id,
            &vector.secret_key,
            &vector.service,
            vector.timestamp,
            &request,
        );
        if signed.authorization != vector.authorization {
            failures.push(format!(
                "line {}: expected {}\n     got {}",
                n + 1,
                vector.authorization,
                signed.authorization
            ));
            continue;
        }
        let parsed = Authorization::parse(&vector.authorization)
            .unwrap_or_else(|error| panic!("line {}: {error}", n + 1));
        assert!(
            parsed.verify(&vector.secret_key, vector.timestamp, &request),
            "line {}: verify rejects the SDK's signature",
            n + 1
        );
        assert!(
            !parsed.verify("not the key", vector.timestamp, &request),
            "line {}: verify accepts another key",
            n + 1
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {} vectors differ:\n{}",
        failures.len(),
        vectors.len(),
        failures.join("\n")
    );
}

/// The vectors cover what they claim to: otherwise a regenerated file could quietly lose
/// a case.
#[test]
fn the_vectors_cover_every_kind_of_request() {
    let vectors = vectors();
    let count =
        |predicate: &dyn Fn(&Vector) -> bool| vectors.iter().filter(|v| predicate(v)).count();
    assert!(count(&|v| v.method == "GET" && !v.query.is_empty()) >= 50);
    assert!(count(&|v| v.unsigned_payload) >= 50);
    assert!(count(&|v| !v.body.is_ascii()) >= 50, "raw UTF-8 bodies");
    assert!(count(&|v| v.body.contains("\\u")) >= 50, "escaped bodies");
    assert!(
        count(&|v| v.timestamp % 86_400 >= 86_397) >= 50,
        "ends of UTC days"
    );
    assert!(
        count(&|v| v.timestamp % 86_400 <= 2) >= 50,
        "starts of UTC days"
    );
    assert!(
        count(&|v| v.host.split('.').count() == 4) >= 50,
        "regional hosts"
    );
    let services: std::collections::BTreeSet<&str> =
        vectors.iter().map(|v| v.service.as_str()).collect();
    assert!(services.len() >= 30, "{} services", services.len());
}
