::core::compile_error! {
    "unknown tencent_action argument `servce`; did you mean `service`? (expected one of: service, version, action, errors, crate, serialize_feature)"
}
#[derive(
    ::tencent_action::__private::serde::Serialize,
    ::tencent_action::__private::serde::Deserialize
)]
#[serde(crate = ":: tencent_action :: __private :: serde")]
#[serde(rename_all = "PascalCase")]
pub struct DescribeZones {
    pub total_count: u32,
}
#[automatically_derived]
#[allow(deprecated)]
impl ::tencent_action::__private::Action for DescribeZones {
    const NAME: &'static str = "DescribeZones";
    const SERVICE: &'static str = "";
    const VERSION: &'static str = "";
    type ErrorCode = ::tencent_action::__private::Code;
}
///The decoded response of [`DescribeZones`]: its fields, which it dereferences to, and the RequestId.
#[allow(deprecated)]
pub type DescribeZonesResponse = ::tencent_action::__private::Response<DescribeZones>;
