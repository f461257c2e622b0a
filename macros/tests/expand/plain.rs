#[derive(
    ::tencent_action::__private::serde::Serialize,
    ::tencent_action::__private::serde::Deserialize
)]
#[serde(crate = ":: tencent_action :: __private :: serde")]
#[serde(rename_all = "PascalCase")]
#[derive(Debug)]
pub struct DescribeInstancesStatus {
    pub total_count: i64,
    #[serde(rename = "InstanceStatusSet")]
    pub statuses: Vec<InstanceStatus>,
}
#[automatically_derived]
#[allow(deprecated)]
impl ::tencent_action::__private::Action for DescribeInstancesStatus {
    const NAME: &'static str = "DescribeInstancesStatus";
    const SERVICE: &'static str = "cvm";
    const VERSION: &'static str = "2017-03-12";
    type ErrorCode = ::tencent_action::__private::Code;
}
///The decoded response of [`DescribeInstancesStatus`]: its fields, which it dereferences to, and the RequestId.
#[allow(deprecated)]
pub type DescribeInstancesStatusResponse = ::tencent_action::__private::Response<
    DescribeInstancesStatus,
>;
