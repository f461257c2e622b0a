use super::Category;

macro_rules! common_codes {
    ($($variant:ident = $code:literal, $category:ident, $description:literal;)*) => {
        /// A common error code: one that every action of every service can return.
        ///
        /// The table holds every code of the "Common Error Codes" table of the API 3.0
        /// response specification, with its description, and the further cross-service codes
        /// that Tencent documents (`ServiceUnavailable`, `RequestLimitExceeded.UinLimitExceeded`,
        /// ...). Each has a [`Category`]. Its questions are those of every code type,
        /// [`ErrorCode`](crate::ErrorCode); `as_str` is also a `const fn` here.
        ///
        /// ```
        /// use tencent_action::{Category, CommonCode, ErrorCode};
        ///
        /// let code: CommonCode = "AuthFailure.SignatureExpire".parse().unwrap();
        /// assert_eq!(code, CommonCode::AuthFailureSignatureExpire);
        /// assert_eq!(code.as_str(), "AuthFailure.SignatureExpire");
        /// assert_eq!(code.description(), Some("Signature expired."));
        /// assert_eq!(code.category(), Category::Auth);
        /// assert!("AuthFailure.Unheard".parse::<CommonCode>().is_err());
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum CommonCode {
            $(
                #[doc = concat!("`", $code, "`: ", $description)]
                $variant,
            )*
        }

        impl CommonCode {
            /// Every common code, in the table's order.
            pub const ALL: &'static [CommonCode] = &[$(CommonCode::$variant,)*];

            /// The code as the server sends it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(CommonCode::$variant => $code,)*
                }
            }

            /// What the code means, in the words of Tencent's documentation: always `Some`
            /// through [`ErrorCode::description`](crate::ErrorCode::description).
            pub(super) const fn table_description(self) -> &'static str {
                match self {
                    $(CommonCode::$variant => $description,)*
                }
            }

            /// The table's category of this code; [`Category::of`] reads it.
            pub(super) const fn table_category(self) -> Category {
                match self {
                    $(CommonCode::$variant => Category::$category,)*
                }
            }

            /// The common code spelled exactly `code`, if there is one. Sub-codes are not
            /// folded into their family here; [`Code`](crate::Code) does that.
            pub fn from_exact(code: &str) -> Option<CommonCode> {
                match code {
                    $($code => Some(CommonCode::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

common_codes! {
    ActionOffline = "ActionOffline", Client, "The API has been taken offline.";
    AuthFailureInvalidAuthorization = "AuthFailure.InvalidAuthorization", Auth, "The Authorization header is malformed.";
    AuthFailureInvalidSecretId = "AuthFailure.InvalidSecretId", Auth, "Invalid key (not a TencentCloud API key type).";
    AuthFailureMfaFailure = "AuthFailure.MFAFailure", Auth, "MFA failed.";
    AuthFailureSecretIdNotFound = "AuthFailure.SecretIdNotFound", Auth, "The key does not exist.";
    AuthFailureSignatureExpire = "AuthFailure.SignatureExpire", Auth, "Signature expired.";
    AuthFailureSignatureFailure = "AuthFailure.SignatureFailure", Auth, "Signature error.";
    AuthFailureTokenFailure = "AuthFailure.TokenFailure", Auth, "Token error.";
    AuthFailureUnauthorizedOperation = "AuthFailure.UnauthorizedOperation", Auth, "The request does not have CAM authorization.";
    DryRunOperation = "DryRunOperation", DryRun, "DryRun Operation. It means that the request would have succeeded, but the DryRun parameter was used.";
    FailedOperation = "FailedOperation", Failed, "Operation failed.";
    InternalError = "InternalError", Transient, "Internal error.";
    InvalidAction = "InvalidAction", Client, "The API does not exist.";
    InvalidParameter = "InvalidParameter", Client, "Incorrect parameter.";
    InvalidParameterValue = "InvalidParameterValue", Client, "Invalid parameter value.";
    InvalidRequest = "InvalidRequest", Client, "The multipart request body is malformed.";
    IpInBlacklist = "IpInBlacklist", Auth, "The caller's IP is in the blocklist.";
    IpNotInWhitelist = "IpNotInWhitelist", Auth, "The caller's IP is not in the allowlist.";
    LimitExceeded = "LimitExceeded", Quota, "Quota limit exceeded.";
    MissingParameter = "MissingParameter", Client, "A parameter is missing.";
    NoSuchProduct = "NoSuchProduct", Client, "The product does not exist.";
    NoSuchVersion = "NoSuchVersion", Client, "The API version does not exist.";
    RequestLimitExceeded = "RequestLimitExceeded", Throttling, "The number of requests exceeds the frequency limit.";
    RequestLimitExceededIpLimitExceeded = "RequestLimitExceeded.IPLimitExceeded", Throttling, "The number of requests from this IP exceeds the frequency limit.";
    RequestLimitExceededUinLimitExceeded = "RequestLimitExceeded.UinLimitExceeded", Throttling, "The number of requests of this root account exceeds the frequency limit.";
    RequestSizeLimitExceeded = "RequestSizeLimitExceeded", Client, "The request body is too large.";
    ResourceInUse = "ResourceInUse", Resource, "Resource is in use.";
    ResourceInsufficient = "ResourceInsufficient", Resource, "Insufficient resource.";
    ResourceNotFound = "ResourceNotFound", Resource, "The resource does not exist.";
    ResourceUnavailable = "ResourceUnavailable", Resource, "Resource is unavailable.";
    ResponseSizeLimitExceeded = "ResponseSizeLimitExceeded", Client, "The response body is too large.";
    ServiceUnavailable = "ServiceUnavailable", Transient, "The service is temporarily unavailable.";
    UnauthorizedOperation = "UnauthorizedOperation", Auth, "Unauthorized operation.";
    UnknownParameter = "UnknownParameter", Client, "Unknown parameter.";
    UnsupportedOperation = "UnsupportedOperation", Client, "Unsupported operation.";
    UnsupportedProtocol = "UnsupportedProtocol", Client, "HTTPS request method error. Only GET and POST requests are supported.";
    UnsupportedRegion = "UnsupportedRegion", Client, "API does not support the requested region.";
}
