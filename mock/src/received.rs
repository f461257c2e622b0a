//! What the server saw: one record per request, for tests to assert on.

use crate::faults::Fault;
use serde_json::{Map, Value, json};
use std::borrow::Cow;

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
    /// The parameters: the JSON body, or the GET query read into the same shape (empty
    /// when neither could be read).
    pub params: Map<String, Value>,
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

    /// The record as the admin API lists it (`GET /_mock/requests`): `action`,
    /// `service`, `version`, `region`, `method`, `signature_valid`, `error_code`,
    /// `request_id`, `params`, `fault` (its `--fault` name) and `headers`, with neither
    /// the signature nor the token's value.
    pub fn to_json(&self) -> Value {
        let mut headers = Map::new();
        for (name, value) in &self.headers {
            let value = redacted(name, value);
            match headers.get_mut(name) {
                // Repeated headers read as one, as HTTP joins them.
                Some(Value::String(earlier)) => {
                    earlier.push_str(", ");
                    earlier.push_str(&value);
                }
                _ => {
                    headers.insert(name.clone(), Value::from(value.into_owned()));
                }
            }
        }
        json!({
            "action": self.action,
            "service": self.service,
            "version": self.header("x-tc-version"),
            "region": self.header("x-tc-region"),
            "method": self.method,
            "signature_valid": self.signature_valid,
            "error_code": self.error_code,
            "request_id": self.request_id,
            "params": self.params,
            "fault": self.fault.as_ref().map(Fault::to_string),
            "headers": headers,
        })
    }
}

/// A header's value as it may be shown: the token's value and the signature hidden.
fn redacted<'a>(name: &str, value: &'a str) -> Cow<'a, str> {
    const HIDDEN: &str = "<redacted>";
    if name.eq_ignore_ascii_case("x-tc-token") {
        return Cow::Borrowed(HIDDEN);
    }
    if name.eq_ignore_ascii_case("authorization") {
        // `..., Signature=<hex>`: what follows `Signature=` is the only part derived from
        // the key. A header that does not read so is hidden whole.
        return match value.find("Signature=") {
            Some(at) => Cow::Owned(format!("{}{HIDDEN}", &value[..at + "Signature=".len()])),
            None => Cow::Borrowed(HIDDEN),
        };
    }
    Cow::Borrowed(value)
}

/// Shows every header but the token's value and the signature.
impl std::fmt::Debug for ReceivedRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let headers: Vec<(&str, Cow<'_, str>)> = self
            .headers
            .iter()
            .map(|(name, value)| (name.as_str(), redacted(name, value)))
            .collect();
        f.debug_struct("ReceivedRequest")
            .field("method", &self.method)
            .field("action", &self.action)
            .field("service", &self.service)
            .field("headers", &headers)
            .field("body", &String::from_utf8_lossy(&self.body))
            .field("params", &self.params)
            .field("signature_valid", &self.signature_valid)
            .field("request_id", &self.request_id)
            .field("error_code", &self.error_code)
            .field("fault", &self.fault)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_and_the_token_are_hidden() {
        assert_eq!(redacted("X-TC-Token", "session-token"), "<redacted>");
        assert_eq!(
            redacted(
                "authorization",
                "TC3-HMAC-SHA256 Credential=AKID/2024-01-01/cvm/tc3_request, \
                 SignedHeaders=content-type;host, Signature=0123abcd"
            ),
            "TC3-HMAC-SHA256 Credential=AKID/2024-01-01/cvm/tc3_request, \
             SignedHeaders=content-type;host, Signature=<redacted>"
        );
        assert_eq!(
            redacted("Authorization", "Basic dXNlcjpwYXNz"),
            "<redacted>"
        );
        assert_eq!(redacted("x-tc-action", "DescribeZones"), "DescribeZones");
    }
}
