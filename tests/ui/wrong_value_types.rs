use tencent_action::tencent_action;

#[tencent_action(service = cvm, version = 20170312, action = "describe-instances")]
pub struct DescribeInstances;

#[tencent_action(errors = "InvalidParameter")]
pub struct DescribeZones;

#[tencent_action(errors(InvalidParameter, "Good.Code" = 5))]
pub struct DescribeRegions;

fn main() {}
