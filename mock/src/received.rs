//! What the server saw: one record per request, for tests to assert on.

use crate::faults::Fault;
use serde_json::Value;

/// Headers as name and text pairs (names lowercase, values read as UTF-8, lossily).
pub(crate) fn header_pairs(headers: &hyper::HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect()
}

/// One request received, and how it was answered.
#[derive(Clone)]
pub struct ReceivedRequest {
    /// The HTTP method.
    pub method: String,
    /// `X-TC-Action`, when sent.
    pub action: Option<String>,
    /// The service, once the request got far enough to know it.
    pub service: Option<String>,
    /// Every header as received (names lowercase).
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
    /// Whether the signature was verified with a known credential.
    pub signature_valid: bool,
    /// The RequestId of the answer.
    pub request_id: String,
    /// The error code answered, if the answer was a Tencent error.
    pub error_code: Option<String>,
    /// The fault played, if one was.
    pub fault: Option<Fault>,
}

impl ReceivedRequest {
    /// The first header of that name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        crate::check::find_header(&self.headers, name)
    }

    /// The body as JSON, if it is.
    pub fn json(&self) -> Option<Value> {
        serde_json::from_slice(&self.body).ok()
    }

    /// A top-level member of the JSON body (`ClientToken`, say).
    pub fn param(&self, name: &str) -> Option<Value> {
        self.json()?.get(name).cloned()
    }
}

/// Shows every header but the token's value.
impl std::fmt::Debug for ReceivedRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(name, value)| {
                if name.eq_ignore_ascii_case("x-tc-token") {
                    (name.as_str(), "<redacted>")
                } else {
                    (name.as_str(), value.as_str())
                }
            })
            .collect();
        f.debug_struct("ReceivedRequest")
            .field("method", &self.method)
            .field("action", &self.action)
            .field("service", &self.service)
            .field("headers", &headers)
            .field("body", &String::from_utf8_lossy(&self.body))
            .field("signature_valid", &self.signature_valid)
            .field("request_id", &self.request_id)
            .field("error_code", &self.error_code)
            .field("fault", &self.fault)
            .finish()
    }
}
