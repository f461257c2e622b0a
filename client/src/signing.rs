//! A call made into a signed HTTP request: the headers the official SDKs send, signed
//! by `tencent-action-sign`.

use crate::call::Call;
use crate::credential::Credential;
use crate::endpoint::host_of;
use crate::state::Inner;
use crate::transport::HttpRequest;
use std::time::{SystemTime, UNIX_EPOCH};
use tencent_action::{ConstructionError, ConstructionErrorKind, Error};
use tencent_action_sign::{Payload, SignableRequest};

/// The content type of every call, as signed.
pub const CONTENT_TYPE: &str = "application/json";

/// What `X-TC-RequestClient` says: this crate and its version.
pub const REQUEST_CLIENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// The signed request of `call`; `modify` changes it first (the interceptors' hook),
/// and what it leaves is signed. The signature and the token are added after it: it
/// never sees a secret.
pub(crate) fn http_request(
    inner: &Inner,
    call: &Call<'_>,
    credential: &Credential,
    modify: impl FnOnce(&mut HttpRequest) -> Result<(), Error>,
) -> Result<HttpRequest, Error> {
    let url = inner.endpoint.url(call.service, call.region);
    http_request_at(inner, url, call, credential, modify)
}

/// [`http_request`] sent to `url` rather than the endpoint's: a failover policy's
/// backup or alternative host, signed for that host.
pub(crate) fn http_request_at(
    inner: &Inner,
    url: String,
    call: &Call<'_>,
    credential: &Credential,
    modify: impl FnOnce(&mut HttpRequest) -> Result<(), Error>,
) -> Result<HttpRequest, Error> {
    let host = host_of(&url).to_owned();
    let timestamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs() as i64);
    for (what, value) in [
        ("SecretId", credential.secret_id()),
        ("token", credential.token().unwrap_or("")),
    ] {
        // A header may not hold a line break; say which value is wrong, never what it is.
        if value.bytes().any(|b| b < 0x20 && b != b'\t' || b == 0x7f) {
            let message = format!("the credential's {what} holds a control character");
            return Err(ConstructionError::new(ConstructionErrorKind::Credentials, message).into());
        }
    }
    let mut headers = Vec::with_capacity(10);
    headers.push(("Host", host));
    headers.push(("Content-Type", CONTENT_TYPE.to_owned()));
    headers.push(("X-TC-Action", call.action.to_owned()));
    headers.push(("X-TC-Version", call.version.to_owned()));
    headers.push(("X-TC-Timestamp", timestamp.to_string()));
    if let Some(region) = call.region {
        headers.push(("X-TC-Region", region.to_owned()));
    }
    if let Some(language) = &inner.language {
        headers.push(("X-TC-Language", language.clone()));
    }
    headers.push(("X-TC-RequestClient", REQUEST_CLIENT.to_owned()));
    let mut request = HttpRequest {
        method: "POST",
        url,
        headers,
        body: call.body.clone(),
    };
    modify(&mut request)?;
    let authorization = if credential.skips_signature() {
        // As Tencent documents for the actions that take no signature.
        "SKIP".to_owned()
    } else {
        tencent_action_sign::sign(
            credential.secret_id(),
            credential.secret_key(),
            call.service,
            timestamp,
            &SignableRequest {
                method: request.method,
                query: "",
                headers: &[
                    ("content-type", request.header("content-type").unwrap_or("")),
                    ("host", request.header("host").unwrap_or("")),
                ],
                payload: Payload::Bytes(&request.body),
            },
        )
        .authorization
    };
    // Right after `Host`, so that the hooks do not change the order the headers go in.
    let at = (request.headers.iter())
        .position(|(name, _)| name.eq_ignore_ascii_case("host"))
        .map_or(0, |host| host + 1);
    request.headers.insert(at, ("Authorization", authorization));
    if let Some(token) = credential.token() {
        request.headers.push(("X-TC-Token", token.to_owned()));
    }
    Ok(request)
}
