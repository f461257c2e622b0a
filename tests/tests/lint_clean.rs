//! Generated code is warning-free under the strictest lints a user crate may set.
#![deny(warnings, clippy::all, missing_docs)]

use tencent_action::tencent_action;

/// A deprecated action.
#[tencent_action(
    service = "cvm",
    version = "2017-03-12",
    errors("InvalidInstanceId.NotFound")
)]
#[deprecated = "use DescribeInstances"]
#[derive(Debug)]
pub struct DescribeInstancesOld {
    /// Count.
    pub total_count: i64,
}

#[test]
fn deprecated_action_compiles_cleanly() {
    #[allow(deprecated)]
    let response = tencent_action::from_str::<DescribeInstancesOld>(
        r#"{"Response":{"TotalCount":1,"RequestId":"r"}}"#,
    )
    .unwrap();
    assert_eq!(response.request_id(), Some("r"));
}
