//! The Tencent errors the mock answers with: each code the real servers use for the
//! case, with their message where it is known (quoted from real answers), and a message
//! that names the member or the header otherwise.

use std::fmt;

/// The error the mock answers with: the code and message of the envelope's
/// `{"Error": {"Code", "Message"}}`, before a RequestId is given (the client's side of an
/// error is `tencent_action::ApiError`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorReply {
    /// The code, such as `AuthFailure.SignatureFailure`.
    pub code: String,
    /// The message.
    pub message: String,
}

impl ErrorReply {
    /// An error of any code.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        ErrorReply {
            code: code.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ErrorReply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

/// The real servers' message.
pub(crate) fn missing(name: &str) -> ErrorReply {
    ErrorReply::new(
        "MissingParameter",
        format!("The request is missing a required parameter `{name}`."),
    )
}

/// The real servers' message.
pub(crate) fn wrong_type(name: &str) -> ErrorReply {
    ErrorReply::new(
        "InvalidParameter",
        format!("The value type of parameter `{name}` is not valid."),
    )
}

/// The real servers' code for a value of the right type out of range; the message says
/// which member and why.
pub(crate) fn invalid_value(name: &str, why: &str) -> ErrorReply {
    ErrorReply::new(
        "InvalidParameterValue",
        format!("The value of parameter `{name}` is not valid: {why}."),
    )
}

/// The real servers' message.
pub(crate) fn unknown_parameter(name: &str) -> ErrorReply {
    ErrorReply::new(
        "UnknownParameter",
        format!("The parameter `{name}` is not recognized."),
    )
}

/// The real servers' message.
pub(crate) fn signature_failure() -> ErrorReply {
    ErrorReply::new(
        "AuthFailure.SignatureFailure",
        "The provided credentials could not be validated. Please check your signature is correct.",
    )
}

/// The real servers' message.
pub(crate) fn secret_id_not_found() -> ErrorReply {
    ErrorReply::new(
        "AuthFailure.SecretIdNotFound",
        "The SecretId is not found, please ensure that your SecretId is correct.",
    )
}

/// The real servers' message.
pub(crate) fn signature_expire() -> ErrorReply {
    ErrorReply::new(
        "AuthFailure.SignatureExpire",
        "The signature is expired, please request again.",
    )
}

pub(crate) fn invalid_authorization(why: &str) -> ErrorReply {
    ErrorReply::new(
        "AuthFailure.InvalidAuthorization",
        format!(
            "The Authorization header is invalid: {why}. It must be \
             `TC3-HMAC-SHA256 Credential=<SecretId>/<date>/<service>/tc3_request, \
             SignedHeaders=content-type;host, Signature=<signature>`."
        ),
    )
}

pub(crate) fn token_failure(why: &str) -> ErrorReply {
    ErrorReply::new(
        "AuthFailure.TokenFailure",
        format!("The token could not be validated: {why}."),
    )
}

/// The real servers' message (which does not name the action).
pub(crate) fn invalid_action() -> ErrorReply {
    ErrorReply::new(
        "InvalidAction",
        "The request `Action` is invalid or not found.",
    )
}

pub(crate) fn unknown_service(service: &str) -> ErrorReply {
    ErrorReply::new(
        "InvalidAction",
        format!(
            "The service `{service}` (from the Host header or the credential scope) is not served here."
        ),
    )
}

pub(crate) fn no_service_for_action(action: &str, version: &str) -> ErrorReply {
    ErrorReply::new(
        "InvalidAction",
        format!(
            "No service served here has the action `{action}` in version `{version}` (the Host \
             header and the credential scope name no service served)."
        ),
    )
}

pub(crate) fn no_such_version(service: &str, version: &str) -> ErrorReply {
    ErrorReply::new(
        "NoSuchVersion",
        format!("The requested version `{version}` of service `{service}` does not exist."),
    )
}

/// The real servers' code; their documented description is "only GET and POST".
pub(crate) fn unsupported_method(method: &str) -> ErrorReply {
    ErrorReply::new(
        "UnsupportedProtocol",
        format!(
            "The HTTP method `{}` is not supported; only GET and POST are.",
            method.escape_debug()
        ),
    )
}

pub(crate) fn unsupported_content_type(content_type: &str) -> ErrorReply {
    ErrorReply::new(
        "InvalidParameter",
        format!(
            "The Content-Type `{}` is not supported with TC3-HMAC-SHA256; use `application/json`.",
            content_type.escape_debug()
        ),
    )
}

pub(crate) fn body_not_json(error: &serde_json::Error) -> ErrorReply {
    ErrorReply::new(
        "InvalidParameter",
        format!("The request body is not valid JSON: {error}."),
    )
}

pub(crate) fn body_not_object() -> ErrorReply {
    ErrorReply::new(
        "InvalidParameter",
        "The request body must be a JSON object of the action's parameters.",
    )
}

pub(crate) fn bad_query(why: &str) -> ErrorReply {
    ErrorReply::new(
        "InvalidParameter",
        format!("The query string is invalid: {why}."),
    )
}

pub(crate) fn body_too_large(limit: usize) -> ErrorReply {
    ErrorReply::new(
        "InvalidParameter",
        format!("The request body is larger than {limit} bytes."),
    )
}

pub(crate) fn request_limit_exceeded(count: u32, limit: u32) -> ErrorReply {
    ErrorReply::new(
        "RequestLimitExceeded",
        format!(
            "Your current request times equals to `{count}` in a second, which exceeds the \
             frequency limit `{limit}` for a second. Please reduce the frequency of calls."
        ),
    )
}

pub(crate) fn throttled() -> ErrorReply {
    ErrorReply::new(
        "RequestLimitExceeded",
        "The request rate limit is exceeded. Please reduce the frequency of calls.",
    )
}

pub(crate) fn internal_error() -> ErrorReply {
    ErrorReply::new(
        "InternalError",
        "An internal error has occurred. Retry your request, but if the problem persists, contact us.",
    )
}
