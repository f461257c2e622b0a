//! Any bytes as an HTTP request to the mock server, through its request parser and every
//! check (`tencent_action_mock::check`, the function the server calls): never a panic,
//! and every refusal is a Tencent error with a code and a message.
//!
//! The input is read as text: a first line `METHOD QUERY`, header lines `name: value`, a
//! blank line, the body. A header `x-fuzz-sign` makes the target sign the request with
//! the mock's key first, so that inputs get past the signature to the action, version
//! and parameter checks (and to the default answer).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tencent_action_mock::{AcceptedCredential, Catalog, Incoming, check, default_answer};
use tencent_action_sign::{Authorization, Payload, SignableRequest, UNSIGNED_PAYLOAD, sign};

const NOW: i64 = 1_700_000_000;
const KEY: &str = "fuzz-key";

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/tencent-api/services");
        Catalog::load(std::path::Path::new(dir), &["cvm"]).expect("the cvm spec loads")
    })
}

fn credentials() -> Vec<AcceptedCredential> {
    vec![
        AcceptedCredential {
            secret_id: "AKIDFUZZ".into(),
            secret_key: KEY.into(),
            token: None,
        },
        AcceptedCredential {
            secret_id: "AKIDTEMP".into(),
            secret_key: KEY.into(),
            token: Some("tok".into()),
        },
    ]
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (head, body) = text.split_once("\n\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let first = lines.next().unwrap_or("");
    let (method, query) = first.split_once(' ').unwrap_or((first, ""));
    let mut headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    if headers.iter().any(|(name, _)| name == "x-fuzz-sign") {
        resign(method, query, &mut headers, body.as_bytes());
    }
    let incoming = Incoming {
        method,
        query,
        headers: &headers,
        body: body.as_bytes(),
    };
    let checked = check(&credentials(), catalog(), NOW, &incoming);
    match checked.outcome {
        Ok(call) => {
            assert!(checked.signature_valid);
            let _ = default_answer(catalog(), &call, false);
        }
        Err(error) => {
            assert!(
                !error.code.is_empty() && !error.message.is_empty(),
                "{error:?}"
            );
            assert!(!error.message.contains(KEY));
        }
    }
});

/// Replaces the Authorization header with a valid one for the headers it names (or
/// content-type and host), the SecretId it names (or AKIDFUZZ) and the timestamp sent.
fn resign(method: &str, query: &str, headers: &mut Vec<(String, String)>, body: &[u8]) {
    let find = |headers: &[(String, String)], name: &str| {
        headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
    };
    let authorization = find(headers, "authorization").unwrap_or_default();
    let parsed = Authorization::parse(&authorization).ok();
    let secret_id = parsed
        .map_or("AKIDFUZZ", |parsed| parsed.secret_id)
        .to_owned();
    let service = parsed.map_or("cvm", |parsed| parsed.service).to_owned();
    let names: Vec<String> = match parsed {
        Some(parsed) => parsed
            .signed_headers()
            .map(str::to_ascii_lowercase)
            .collect(),
        None => vec!["content-type".into(), "host".into()],
    };
    let timestamp = find(headers, "x-tc-timestamp")
        .and_then(|value| value.parse().ok())
        .unwrap_or(NOW);
    let values: Vec<(String, String)> = names
        .iter()
        .map(|name| (name.clone(), find(headers, name).unwrap_or_default()))
        .collect();
    let signed_headers: Vec<(&str, &str)> = values
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    let payload = if find(headers, "x-tc-content-sha256").as_deref() == Some(UNSIGNED_PAYLOAD) {
        Payload::Unsigned
    } else {
        Payload::Bytes(body)
    };
    let request = SignableRequest {
        method,
        query,
        headers: &signed_headers,
        payload,
    };
    let signed = sign(&secret_id, KEY, &service, timestamp, &request);
    headers.retain(|(name, _)| name != "authorization");
    headers.push(("authorization".into(), signed.authorization));
}
