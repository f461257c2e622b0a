pub struct Instances;
#[automatically_derived]
#[allow(deprecated)]
impl<'de> ::tencent_action::__private::serde::Deserialize<'de> for Instances {
    fn deserialize<D: ::tencent_action::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::tencent_action::__private::lean::unit(deserializer, "Instances")
            .map(|()| Instances)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::tencent_action::__private::serde::Serialize for Instances {
    fn serialize<S: ::tencent_action::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        ::tencent_action::__private::serde::Serializer::serialize_unit_struct(
            serializer,
            "Instances",
        )
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::tencent_action::__private::Action for Instances {
    const NAME: &'static str = "DescribeInstances";
    const SERVICE: &'static str = "cvm";
    const VERSION: &'static str = "2017-03-12";
    type ErrorCode = InstancesErrorCode;
}
///The decoded response of [`Instances`]: its fields, which it dereferences to, and the RequestId.
#[allow(deprecated)]
pub type InstancesResponse = ::tencent_action::__private::Response<Instances>;
///The error codes of [`Instances`]: the action's own codes, then the common table, then any other code as sent. Get it with `ApiError::action_code::<Instances>()`.
#[derive(
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
#[non_exhaustive]
pub enum InstancesErrorCode {
    ///`InvalidInstanceId.NotFound`: The instance does not exist.
    InvalidInstanceIdNotFound,
    ///`FailedOperation.DB`
    FailedOperationDb,
    /// A common error code.
    Common(::tencent_action::__private::CommonCode),
    /// Any other code, kept as sent.
    Other(::tencent_action::__private::UnknownCode),
}
#[allow(deprecated)]
impl InstancesErrorCode {
    const CODES: &'static [&'static str] = &[
        "InvalidInstanceId.NotFound",
        "FailedOperation.DB",
    ];
    const NAMES: &'static [&'static str] = &[
        "InvalidInstanceIdNotFound",
        "FailedOperationDb",
    ];
}
#[automatically_derived]
#[allow(deprecated)]
impl ::tencent_action::__private::FromCode for InstancesErrorCode {
    #[inline]
    fn from_code(__code: &str) -> Self {
        match ::tencent_action::__private::code_index(__code, Self::CODES) {
            ::core::option::Option::Some(0) => Self::InvalidInstanceIdNotFound,
            ::core::option::Option::Some(1) => Self::FailedOperationDb,
            _ => {
                ::tencent_action::__private::common_or_other(
                    __code,
                    Self::Common,
                    Self::Other,
                )
            }
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::tencent_action::__private::ErrorCode for InstancesErrorCode {
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::InvalidInstanceIdNotFound => "InvalidInstanceId.NotFound",
            Self::FailedOperationDb => "FailedOperation.DB",
            Self::Common(__code) => __code.as_str(),
            Self::Other(__code) => ::tencent_action::__private::ErrorCode::as_str(__code),
        }
    }
    #[inline]
    fn description(&self) -> ::core::option::Option<&'static str> {
        match self {
            Self::InvalidInstanceIdNotFound => {
                ::core::option::Option::Some("The instance does not exist.")
            }
            Self::FailedOperationDb => ::core::option::Option::None,
            Self::Common(__code) => {
                ::tencent_action::__private::ErrorCode::description(__code)
            }
            Self::Other(_) => ::core::option::Option::None,
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Debug for InstancesErrorCode {
    #[inline]
    fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self {
            Self::Common(__code) => __f.debug_tuple("Common").field(__code).finish(),
            Self::Other(__code) => __f.debug_tuple("Other").field(__code).finish(),
            _ => {
                ::tencent_action::__private::debug_code(
                    ::tencent_action::__private::ErrorCode::as_str(self),
                    Self::CODES,
                    Self::NAMES,
                    __f,
                )
            }
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Display for InstancesErrorCode {
    #[inline]
    fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        __f.write_str(::tencent_action::__private::ErrorCode::as_str(self))
    }
}
