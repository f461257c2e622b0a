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
    ::core::fmt::Debug,
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
#[automatically_derived]
#[allow(deprecated)]
impl ::tencent_action::__private::FromCode for InstancesErrorCode {
    fn from_code(__code: &str) -> Self {
        match __code {
            "InvalidInstanceId.NotFound" => Self::InvalidInstanceIdNotFound,
            "FailedOperation.DB" => Self::FailedOperationDb,
            __code => {
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
    fn as_str(&self) -> &str {
        match self {
            Self::InvalidInstanceIdNotFound => "InvalidInstanceId.NotFound",
            Self::FailedOperationDb => "FailedOperation.DB",
            Self::Common(__code) => __code.as_str(),
            Self::Other(__code) => ::tencent_action::__private::ErrorCode::as_str(__code),
        }
    }
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
impl ::core::fmt::Display for InstancesErrorCode {
    fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        __f.write_str(::tencent_action::__private::ErrorCode::as_str(self))
    }
}
