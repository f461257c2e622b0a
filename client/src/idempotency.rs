//! Request bodies and the `ClientToken` that makes a call safe to send twice.

use bytes::Bytes;
use serde::Serialize;
use tencent_action::{ConstructionError, ConstructionErrorKind, Error, Request};

const CLIENT_TOKEN: &str = "ClientToken";

pub(crate) fn to_body(body: &impl Serialize) -> Result<Bytes, Error> {
    serde_json::to_vec(body)
        .map(Bytes::from)
        .map_err(unserializable)
}

fn unserializable(error: serde_json::Error) -> Error {
    ConstructionError::new(ConstructionErrorKind::Body, error.to_string())
        .with_source(error)
        .into()
}

/// Whether a JSON body's top-level object holds a non-empty `ClientToken`.
pub(crate) fn carries_client_token(body: &[u8]) -> bool {
    let needle = b"\"ClientToken\"";
    if !body.windows(needle.len()).any(|window| window == needle) {
        return false;
    }
    serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(body)
        .ok()
        .and_then(|members| {
            members
                .get(CLIENT_TOKEN)
                .and_then(|token| token.as_str().map(|t| !t.is_empty()))
        })
        .unwrap_or(false)
}

/// The body of a typed request, and whether it is idempotent: a request type with a
/// `ClientToken` member gets a fresh one when it is missing or empty.
pub(crate) fn request_body<R: Request>(request: &R) -> Result<(Bytes, bool), Error> {
    if !R::CLIENT_TOKEN {
        return Ok((to_body(request)?, false));
    }
    let mut value = serde_json::to_value(request).map_err(unserializable)?;
    if let Some(members) = value.as_object_mut() {
        let empty = members
            .get(CLIENT_TOKEN)
            .is_none_or(|token| token.as_str().is_none_or(str::is_empty));
        if empty {
            members.insert(
                CLIENT_TOKEN.to_owned(),
                uuid::Uuid::new_v4().to_string().into(),
            );
        }
    }
    Ok((to_body(&value)?, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_token_detection() {
        assert!(carries_client_token(br#"{"Limit":1,"ClientToken":"abc"}"#));
        assert!(!carries_client_token(br#"{"ClientToken":""}"#));
        assert!(!carries_client_token(
            br#"{"Filters":[{"ClientToken":"x"}]}"#
        ));
        assert!(!carries_client_token(br#"{"Name":"ClientToken"}"#));
        assert!(!carries_client_token(br#"{"Limit":1}"#));
    }
}
