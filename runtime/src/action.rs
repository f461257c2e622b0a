use crate::code::FromCode;

/// One action of a Tencent Cloud API: the struct of its response fields, with the
/// action's name, service, version and error codes.
///
/// `#[tencent_action]` implements it; there is rarely a reason to write it by hand.
///
/// ```
/// use tencent_action::{Action, tencent_action};
///
/// #[tencent_action(service = "cvm", version = "2017-03-12")]
/// pub struct DescribeInstancesStatus {
///     pub total_count: i64,
/// }
///
/// assert_eq!(DescribeInstancesStatus::NAME, "DescribeInstancesStatus");
/// assert_eq!(DescribeInstancesStatus::SERVICE, "cvm");
/// assert_eq!(DescribeInstancesStatus::VERSION, "2017-03-12");
/// ```
pub trait Action {
    /// The action's name, as the `X-TC-Action` header spells it.
    const NAME: &'static str;
    /// The service's short name (`cvm`, `cbs`, ...); empty if the declaration gave none.
    const SERVICE: &'static str;
    /// The API version, `YYYY-MM-DD`; empty if the declaration gave none.
    const VERSION: &'static str;
    /// The typed view of the codes this action can fail with: a generated type that knows
    /// the action's own codes, or [`Code`](crate::Code) when it declares none.
    type ErrorCode: FromCode;
}
