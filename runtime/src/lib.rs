//! Typed, single-pass decoding of Tencent Cloud API 3.0 responses.
//!
//! Every Tencent Cloud API answers with one envelope, `{"Response": {...fields,
//! "RequestId": "..."}}`, or on failure `{"Response": {"Error": {"Code": "...",
//! "Message": "..."}, "RequestId": "..."}}`. Annotate one struct per action with
//! [`#[tencent_action]`](tencent_action) and the envelope disappears: the body is decoded
//! in one pass into [`Response<A>`], which dereferences to the action's fields, or into
//! an [`Error`] that is either the server's [`ApiError`], with its typed code, or a
//! [`DecodeError`] that says what was wrong and where, and keeps the RequestId.
//!
//! ```
//! use tencent_action::{Error, tencent_action};
//!
//! #[tencent_action(service = "cvm", version = "2017-03-12")]
//! #[derive(Debug, Clone, PartialEq)]
//! pub struct DescribeInstancesStatus {
//!     pub total_count: i64,
//!     pub instance_status_set: Vec<InstanceStatus>,
//! }
//!
//! #[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
//! #[serde(rename_all = "PascalCase")]
//! pub struct InstanceStatus {
//!     pub instance_id: String,
//!     pub instance_state: String,
//! }
//!
//! let body = br#"{"Response": {"TotalCount": 0, "InstanceStatusSet": [],
//!                 "RequestId": "b5b41468-520d-4192-b42f-595cc34b6c1c"}}"#;
//! match tencent_action::from_slice::<DescribeInstancesStatus>(body) {
//!     Ok(response) => {
//!         assert_eq!(response.total_count, 0);
//!         assert_eq!(response.request_id(), "b5b41468-520d-4192-b42f-595cc34b6c1c");
//!     }
//!     Err(Error::Api(error)) => panic!("the server refused: {error}"),
//!     Err(other) => panic!("{other} (RequestId {:?})", other.request_id()),
//! }
//! ```
#![forbid(unsafe_code)]

mod action;
pub mod code;
mod de;
mod error;
mod explain;
mod json;
mod response;
mod salvage;
mod ser;
pub mod strict;
pub mod tolerant;

pub use action::Action;
pub use code::{Category, Code, CommonCode, ErrorCode, UnknownCode};
pub use error::{ApiError, DecodeError, DecodeErrorKind, Error};
pub use json::{from_slice, from_str};
pub use response::Response;

/// Marks a struct as the response payload of one action: see the crate documentation.
///
/// ```
/// use tencent_action::{Action, ErrorCode, tencent_action};
///
/// #[tencent_action(
///     service = "cvm",
///     version = "2017-03-12",
///     action = "DescribeInstancesStatus",
///     errors("InvalidInstanceId.NotFound" = "The instance does not exist.", "InvalidFilter"),
/// )]
/// pub struct InstancesStatus {
///     pub total_count: i64,
///     #[serde(rename = "CPU", default)]
///     pub cpu: Option<i64>,
/// }
///
/// assert_eq!(InstancesStatus::NAME, "DescribeInstancesStatus");
/// let code = InstancesStatusErrorCode::from_code("InvalidInstanceId.NotFound");
/// assert_eq!(code, InstancesStatusErrorCode::InvalidInstanceIdNotFound);
/// assert_eq!(code.description(), Some("The instance does not exist."));
/// ```
///
/// Keys: `service` and `version` (the API version, `YYYY-MM-DD`), `action` (the action's
/// name when it is not the struct's), `errors(...)` (the action's own error codes, each a
/// string, optionally `= "description"`), and `crate = path` (where this crate is, when it
/// is re-exported under another name).
///
/// The struct gets `Serialize` and `Deserialize` with PascalCase wire names (serde field
/// attributes keep working), an [`Action`] implementation, the alias
/// `<Struct>Response = Response<Struct>`, and, with `errors(...)`, the code type
/// `<Struct>ErrorCode`.
pub use tencent_action_macros::tencent_action;

/// Decodes a response of action `A` from any serde deserializer: sonic-rs, simd-json,
/// a deserializer of another format holding a serialized [`Response`], ...
///
/// Decoding is the same single pass as [`from_slice`], and API errors are as typed. A
/// failure keeps the RequestId and the error code read before it, but has no JSON path
/// (only the JSON entry points track it) and does not see past the failure point.
/// Trailing data after the envelope is the caller's to check (serde_json's
/// `Deserializer::end`, say).
///
/// ```
/// use tencent_action::tencent_action;
///
/// #[tencent_action(service = "cvm", version = "2017-03-12")]
/// pub struct StartInstances;
///
/// let mut deserializer = serde_json::Deserializer::from_str(r#"{"Response":{"RequestId":"r"}}"#);
/// let response = tencent_action::from_deserializer::<StartInstances, _>(&mut deserializer)?;
/// assert_eq!(response.request_id(), "r");
/// # Ok::<(), tencent_action::Error>(())
/// ```
pub fn from_deserializer<'de, A, D>(deserializer: D) -> Result<Response<A>, Error>
where
    A: Action + serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
    D::Error: Send + Sync + 'static,
{
    use serde::de::DeserializeSeed;

    let mut seen = de::Seen::default();
    match de::EnvelopeSeed::<A>::new(&mut seen).deserialize(deserializer) {
        Ok(outcome) => outcome.into_result().map_err(Error::Api),
        Err(error) => {
            let kind = seen.failure_kind();
            let decode = DecodeError::new(kind, A::NAME, error.to_string())
                .with_salvaged(seen.into_salvaged())
                .with_source(error);
            Err(Error::Decode(decode))
        }
    }
}

/// What the code generated by `#[tencent_action]` uses. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use serde;

    use crate::code::{Code, CommonCode, ErrorCode, UnknownCode};

    /// The fallback of a per-action code type: the common table, then the raw string.
    pub fn common_or_other<C>(
        code: &str,
        common: fn(CommonCode) -> C,
        other: fn(UnknownCode) -> C,
    ) -> C {
        match Code::from_code(code) {
            Code::Common(code) => common(code),
            Code::Other(code) => other(code),
        }
    }
}
