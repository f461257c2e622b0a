//! `DescribeInstancesStatus` (cvm), the action of the specification's two sample bodies.

use crate::approach::case;
use serde::{Deserialize, Serialize};
use tencent_action::tencent_action;

case! {
    /// The specification's success sample: a count and a (there empty) list of states.
    #[tencent_action(service = "cvm", version = "2017-03-12")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DescribeInstancesStatus {
        /// The number of instances.
        pub total_count: i64,
        /// The instances' states.
        pub instance_status_set: Vec<InstanceStatus>,
    }
    hand HandDescribeInstancesStatus;
    plain PlainDescribeInstancesStatus;
}

/// One instance's state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceStatus {
    /// The instance's ID.
    pub instance_id: String,
    /// `RUNNING`, `STOPPED`, ...
    pub instance_state: String,
}

case! {
    /// [`DescribeInstancesStatus`], borrowed from the body.
    #[tencent_action(service = "cvm", version = "2017-03-12", action = "DescribeInstancesStatus")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DescribeInstancesStatusRef<'a> {
        /// The number of instances.
        pub total_count: i64,
        /// The instances' states.
        #[serde(borrow)]
        pub instance_status_set: Vec<InstanceStatusRef<'a>>,
    }
    hand HandDescribeInstancesStatusRef;
    plain PlainDescribeInstancesStatusRef;
}

/// [`InstanceStatus`], borrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceStatusRef<'a> {
    /// The instance's ID.
    pub instance_id: &'a str,
    /// `RUNNING`, `STOPPED`, ...
    pub instance_state: &'a str,
}
