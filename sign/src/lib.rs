//! TC3-HMAC-SHA256, the signature of Tencent Cloud API 3.0, as pure functions.
//!
//! The client signs every request with [`sign`]; the mock server reads the
//! `Authorization` header with [`Authorization::parse`] and checks it with
//! [`Authorization::verify`]. Nothing here does I/O or reads a clock, so a signature can
//! be computed by hand, in a test or for a request sent by other means.
//!
//! Tencent's worked example ("Signature v3"):
//!
//! ```
//! use tencent_action_sign::{Payload, SignableRequest, sign};
//!
//! let body = br#"{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}"#;
//! let headers = [
//!     ("Content-Type", "application/json; charset=utf-8"),
//!     ("Host", "cvm.tencentcloudapi.com"),
//! ];
//! let request = SignableRequest { method: "POST", query: "", headers: &headers, payload: Payload::Bytes(body) };
//! let signed = sign(
//!     "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
//!     "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
//!     "cvm",
//!     1551113065,
//!     &request,
//! );
//! assert_eq!(signed.signature, "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
//! assert_eq!(
//!     signed.authorization,
//!     "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, \
//!      SignedHeaders=content-type;host, \
//!      Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
//! );
//! ```
#![forbid(unsafe_code)]

mod authorization;
mod date;
mod hex;

pub use authorization::{Authorization, AuthorizationError};
pub use date::utc_date;

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

/// The algorithm's name, the first word of every `Authorization` header.
pub const ALGORITHM: &str = "TC3-HMAC-SHA256";

/// What the `X-TC-Content-SHA256` header says when the payload is not signed.
pub const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

/// The parts of one HTTP request that the signature covers.
#[derive(Clone, Copy, Debug)]
pub struct SignableRequest<'a> {
    /// `POST` or `GET`.
    pub method: &'a str,
    /// The query string as sent, without `?` (URL-encoded; empty for a POST).
    pub query: &'a str,
    /// The headers to sign, by name (any case) and value: at least `Content-Type` and
    /// `Host`. Names are lowercased and sorted, values lowercased and trimmed, as
    /// Tencent specifies.
    pub headers: &'a [(&'a str, &'a str)],
    /// The body, or none with [`Payload::Unsigned`].
    pub payload: Payload<'a>,
}

/// What the signature says about the body.
#[derive(Clone, Copy, Debug)]
pub enum Payload<'a> {
    /// The body's bytes, exactly as sent (an empty slice for a GET).
    Bytes(&'a [u8]),
    /// The body is not signed: the request carries `X-TC-Content-SHA256: UNSIGNED-PAYLOAD`.
    Unsigned,
}

/// A signature and every intermediate value, for the `Authorization` header and for
/// explaining a mismatch. Holds no secret: the key cannot be recovered from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signed {
    /// The value of the `Authorization` header.
    pub authorization: String,
    /// The signature, 64 lowercase hex digits.
    pub signature: String,
    /// `<date>/<service>/tc3_request`.
    pub credential_scope: String,
    /// The names of the signed headers, lowercase, sorted, joined with `;`.
    pub signed_headers: String,
    /// The canonical request, as hashed.
    pub canonical_request: String,
    /// The string to sign.
    pub string_to_sign: String,
}

/// Signs `request` for `service` at `timestamp` (Unix seconds, the `X-TC-Timestamp`
/// header; the credential scope's date is its UTC date).
pub fn sign(
    secret_id: &str,
    secret_key: &str,
    service: &str,
    timestamp: i64,
    request: &SignableRequest<'_>,
) -> Signed {
    let date = utc_date(timestamp);
    let credential_scope = format!("{date}/{service}/tc3_request");
    let (canonical_request, signed_headers) = canonical_request(request);
    let string_to_sign = format!(
        "{ALGORITHM}\n{timestamp}\n{credential_scope}\n{}",
        hex::encode(&Sha256::digest(canonical_request.as_bytes()))
    );
    let signature = hex::encode(&signature(secret_key, &date, service, &string_to_sign));
    let authorization = format!(
        "{ALGORITHM} Credential={secret_id}/{credential_scope}, \
         SignedHeaders={signed_headers}, Signature={signature}"
    );
    Signed {
        authorization,
        signature,
        credential_scope,
        signed_headers,
        canonical_request,
        string_to_sign,
    }
}

/// The SHA-256 of a payload in lowercase hex, as the canonical request holds it.
pub fn hashed_payload(payload: Payload<'_>) -> String {
    match payload {
        Payload::Bytes(bytes) => hex::encode(&Sha256::digest(bytes)),
        Payload::Unsigned => hex::encode(&Sha256::digest(UNSIGNED_PAYLOAD.as_bytes())),
    }
}

/// The canonical request and its signed-header list.
fn canonical_request(request: &SignableRequest<'_>) -> (String, String) {
    let mut headers: Vec<(String, String)> = request
        .headers
        .iter()
        .map(|(name, value)| {
            (
                name.trim().to_ascii_lowercase(),
                value.trim().to_ascii_lowercase(),
            )
        })
        .collect();
    headers.sort();
    let canonical_headers: String = headers
        .iter()
        .map(|(name, value)| format!("{name}:{value}\n"))
        .collect();
    let signed_headers = headers
        .iter()
        .map(|(name, _)| name.as_str())
        .collect::<Vec<_>>()
        .join(";");
    let canonical = format!(
        "{}\n/\n{}\n{canonical_headers}\n{signed_headers}\n{}",
        request.method,
        request.query,
        hashed_payload(request.payload)
    );
    (canonical, signed_headers)
}

/// The derived-key chain: the key signs the date, which signs the service, which signs
/// `tc3_request`, which signs the string to sign.
fn signature(secret_key: &str, date: &str, service: &str, string_to_sign: &str) -> [u8; 32] {
    let secret_date = hmac(format!("TC3{secret_key}").as_bytes(), date.as_bytes());
    let secret_service = hmac(&secret_date, service.as_bytes());
    let secret_signing = hmac(&secret_service, b"tc3_request");
    hmac(&secret_signing, string_to_sign.as_bytes())
}

fn hmac(key: &[u8], message: &[u8]) -> [u8; 32] {
    // HMAC takes a key of any length, so this cannot fail.
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of every length"));
    mac.update(message);
    mac.finalize().into_bytes().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &[u8] = br#"{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}"#;
    const HEADERS: [(&str, &str); 2] = [
        ("content-type", "application/json; charset=utf-8"),
        ("host", "cvm.tencentcloudapi.com"),
    ];

    fn worked_example() -> Signed {
        let request = SignableRequest {
            method: "POST",
            query: "",
            headers: &HEADERS,
            payload: Payload::Bytes(BODY),
        };
        sign(
            "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
            "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
            "cvm",
            1551113065,
            &request,
        )
    }

    #[test]
    fn tencents_worked_example() {
        let signed = worked_example();
        assert_eq!(
            hashed_payload(Payload::Bytes(BODY)),
            "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
        );
        assert_eq!(
            hex::encode(&Sha256::digest(signed.canonical_request.as_bytes())),
            "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"
        );
        assert_eq!(
            signed.string_to_sign,
            "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n\
             5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"
        );
        assert_eq!(
            signed.signature,
            "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
        );
        assert_eq!(signed.credential_scope, "2019-02-25/cvm/tc3_request");
        assert_eq!(signed.signed_headers, "content-type;host");
    }

    #[test]
    fn header_order_and_case_do_not_matter() {
        let shuffled = [
            (" Host ", "CVM.tencentcloudapi.com "),
            ("Content-Type", "application/json; charset=utf-8"),
        ];
        let request = SignableRequest {
            method: "POST",
            query: "",
            headers: &shuffled,
            payload: Payload::Bytes(BODY),
        };
        let signed = sign(
            "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
            "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
            "cvm",
            1551113065,
            &request,
        );
        assert_eq!(signed, worked_example());
    }

    #[test]
    fn every_input_changes_the_signature() {
        let base = worked_example().signature;
        let body = SignableRequest {
            method: "POST",
            query: "",
            headers: &HEADERS,
            payload: Payload::Bytes(b"{}"),
        };
        let get = SignableRequest {
            method: "GET",
            query: "Limit=1",
            headers: &HEADERS,
            payload: Payload::Bytes(b""),
        };
        let unsigned = SignableRequest {
            payload: Payload::Unsigned,
            ..body
        };
        let id = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
        let key = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
        let others = [
            sign(id, key, "cvm", 1551113065, &body).signature,
            sign(id, key, "cvm", 1551113065, &get).signature,
            sign(id, key, "cvm", 1551113065, &unsigned).signature,
            sign(id, "another key", "cvm", 1551113065, &body).signature,
            sign(id, key, "cbs", 1551113065, &body).signature,
            // The next UTC day: the date in the scope changes.
            sign(id, key, "cvm", 1551113065 + 86_400, &body).signature,
        ];
        for (i, other) in others.iter().enumerate() {
            assert_ne!(other, &base, "variant {i}");
        }
    }
}
