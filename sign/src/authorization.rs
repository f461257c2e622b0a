//! Reading an `Authorization` header back, for a server that checks signatures.

use crate::{ALGORITHM, SignableRequest, sign};
use std::fmt;
use subtle::ConstantTimeEq;

/// The parts of a TC3-HMAC-SHA256 `Authorization` header, borrowed from it.
///
/// ```
/// use tencent_action_sign::Authorization;
///
/// let header = "TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2019-02-25/cvm/tc3_request, \
///               SignedHeaders=content-type;host, Signature=72e494ea";
/// let authorization = Authorization::parse(header).unwrap();
/// assert_eq!(authorization.secret_id, "AKIDEXAMPLE");
/// assert_eq!(authorization.service, "cvm");
/// assert_eq!(authorization.signed_headers().collect::<Vec<_>>(), ["content-type", "host"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Authorization<'a> {
    /// The SecretId that claims to have signed.
    pub secret_id: &'a str,
    /// The credential scope's date, `YYYY-MM-DD`.
    pub date: &'a str,
    /// The credential scope's service.
    pub service: &'a str,
    /// The signed headers' names as sent, `;`-separated.
    pub signed_headers: &'a str,
    /// The signature as sent.
    pub signature: &'a str,
}

/// Why an `Authorization` header is not a TC3-HMAC-SHA256 one.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthorizationError {
    /// The header is empty.
    Empty,
    /// The header does not start with `TC3-HMAC-SHA256 `.
    Algorithm,
    /// A part (`Credential`, `SignedHeaders` or `Signature`) is missing.
    Missing(&'static str),
    /// A part is there twice.
    Duplicate(&'static str),
    /// The credential is not `<SecretId>/<date>/<service>/tc3_request`.
    Credential,
    /// A part is not `Name=value`.
    Part,
}

impl fmt::Display for AuthorizationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AuthorizationError::Empty => f.write_str("the Authorization header is empty"),
            AuthorizationError::Algorithm => write!(
                f,
                "the Authorization header does not start with `{ALGORITHM} `"
            ),
            AuthorizationError::Missing(part) => {
                write!(f, "the Authorization header has no `{part}=`")
            }
            AuthorizationError::Duplicate(part) => {
                write!(f, "the Authorization header has `{part}=` twice")
            }
            AuthorizationError::Credential => f.write_str(
                "the Authorization header's Credential is not \
                 `<SecretId>/<date>/<service>/tc3_request`",
            ),
            AuthorizationError::Part => f.write_str(
                "the Authorization header has a part that is not `Name=value` \
                 (parts are separated by `, `)",
            ),
        }
    }
}

impl std::error::Error for AuthorizationError {}

impl<'a> Authorization<'a> {
    /// Reads a header value. Parts may come in any order, separated by commas with or
    /// without spaces.
    pub fn parse(header: &'a str) -> Result<Self, AuthorizationError> {
        let header = header.trim();
        if header.is_empty() {
            return Err(AuthorizationError::Empty);
        }
        let rest = header
            .strip_prefix(ALGORITHM)
            .and_then(|rest| rest.strip_prefix(' '))
            .ok_or(AuthorizationError::Algorithm)?;
        let mut credential = None;
        let mut signed_headers = None;
        let mut signature = None;
        for part in rest.split(',').map(str::trim) {
            let (name, value) = part.split_once('=').ok_or(AuthorizationError::Part)?;
            let (slot, name) = match name.trim() {
                "Credential" => (&mut credential, "Credential"),
                "SignedHeaders" => (&mut signed_headers, "SignedHeaders"),
                "Signature" => (&mut signature, "Signature"),
                _ => return Err(AuthorizationError::Part),
            };
            if slot.replace(value.trim()).is_some() {
                return Err(AuthorizationError::Duplicate(name));
            }
        }
        let credential = credential.ok_or(AuthorizationError::Missing("Credential"))?;
        let mut scope = credential.split('/');
        let (Some(secret_id), Some(date), Some(service), Some("tc3_request"), None) = (
            scope.next(),
            scope.next(),
            scope.next(),
            scope.next(),
            scope.next(),
        ) else {
            return Err(AuthorizationError::Credential);
        };
        if secret_id.is_empty() || date.is_empty() || service.is_empty() {
            return Err(AuthorizationError::Credential);
        }
        Ok(Authorization {
            secret_id,
            date,
            service,
            signed_headers: signed_headers.ok_or(AuthorizationError::Missing("SignedHeaders"))?,
            signature: signature.ok_or(AuthorizationError::Missing("Signature"))?,
        })
    }

    /// The signed headers' names, as sent.
    pub fn signed_headers(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        self.signed_headers
            .split(';')
            .map(str::trim)
            .filter(|name| !name.is_empty())
    }

    /// Whether this header is the signature of `request` (whose `headers` must be the
    /// ones [`signed_headers`](Self::signed_headers) names, with the values received)
    /// by `secret_key` at `timestamp`: the scope's date must be the timestamp's UTC date,
    /// and the signatures are compared in constant time.
    pub fn verify(&self, secret_key: &str, timestamp: i64, request: &SignableRequest<'_>) -> bool {
        let expected = sign(self.secret_id, secret_key, self.service, timestamp, request);
        let date_matches = expected
            .credential_scope
            .split('/')
            .next()
            .is_some_and(|date| date == self.date);
        let signature_matches: bool = expected
            .signature
            .as_bytes()
            .ct_eq(self.signature.as_bytes())
            .into();
        date_matches && signature_matches
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Payload;

    const HEADERS: [(&str, &str); 2] = [
        ("content-type", "application/json"),
        ("host", "cvm.tencentcloudapi.com"),
    ];

    fn request(body: &[u8]) -> SignableRequest<'_> {
        SignableRequest {
            method: "POST",
            query: "",
            headers: &HEADERS,
            payload: Payload::Bytes(body),
        }
    }

    #[test]
    fn a_signature_verifies_and_a_changed_one_does_not() {
        let signed = sign("AKIDEXAMPLE", "key", "cvm", 1_700_000_000, &request(b"{}"));
        let parsed = Authorization::parse(&signed.authorization).unwrap();
        assert_eq!(parsed.secret_id, "AKIDEXAMPLE");
        assert_eq!(parsed.date, "2023-11-14");
        assert!(parsed.verify("key", 1_700_000_000, &request(b"{}")));
        assert!(!parsed.verify("other key", 1_700_000_000, &request(b"{}")));
        assert!(!parsed.verify("key", 1_700_000_000, &request(b"{ }")));
        assert!(!parsed.verify("key", 1_700_000_001, &request(b"{}")));
        // Signed for one day, sent with a timestamp of the next.
        assert!(!parsed.verify("key", 1_700_000_000 + 86_400, &request(b"{}")));
    }

    #[test]
    fn malformed_headers_say_what_is_wrong() {
        let cases = [
            ("", AuthorizationError::Empty),
            ("HMAC-SHA1 Credential=a", AuthorizationError::Algorithm),
            ("TC3-HMAC-SHA256Credential=a", AuthorizationError::Algorithm),
            (
                "TC3-HMAC-SHA256 SignedHeaders=host, Signature=00",
                AuthorizationError::Missing("Credential"),
            ),
            (
                "TC3-HMAC-SHA256 Credential=a/2019-02-25/cvm/tc3_request, Signature=00",
                AuthorizationError::Missing("SignedHeaders"),
            ),
            (
                "TC3-HMAC-SHA256 Credential=a/2019-02-25/cvm/tc3_request, SignedHeaders=host",
                AuthorizationError::Missing("Signature"),
            ),
            (
                "TC3-HMAC-SHA256 Credential=a/2019-02-25/cvm, SignedHeaders=host, Signature=00",
                AuthorizationError::Credential,
            ),
            (
                "TC3-HMAC-SHA256 Credential=/2019-02-25/cvm/tc3_request, SignedHeaders=host, Signature=00",
                AuthorizationError::Credential,
            ),
            (
                "TC3-HMAC-SHA256 Credential=a/b/c/tc3_request/d, SignedHeaders=host, Signature=00",
                AuthorizationError::Credential,
            ),
            (
                "TC3-HMAC-SHA256 Credential=a/b/c/tc3_request, Credential=a/b/c/tc3_request",
                AuthorizationError::Duplicate("Credential"),
            ),
            (
                "TC3-HMAC-SHA256 Credential=a/b/c/tc3_request, junk",
                AuthorizationError::Part,
            ),
        ];
        for (header, expected) in cases {
            assert_eq!(
                Authorization::parse(header),
                Err(expected.clone()),
                "{header}"
            );
            assert!(!expected.to_string().is_empty());
        }
    }

    #[test]
    fn parts_in_any_order_and_spacing() {
        let header = "TC3-HMAC-SHA256 Signature=ab,SignedHeaders=content-type;host,  \
                      Credential=AKID/2019-02-25/cvm/tc3_request";
        let parsed = Authorization::parse(header).unwrap();
        assert_eq!(parsed.signature, "ab");
        assert_eq!(parsed.service, "cvm");
        assert_eq!(parsed.signed_headers, "content-type;host");
    }
}
