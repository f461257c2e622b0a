use tencent_action::tencent_action;

#[tencent_action(service = "cvm", version = "2017-03-12", service = "cbs")]
pub struct DescribeInstances;

#[tencent_action(errors("A.B"), errors("C.D"))]
pub struct DescribeZones;

fn main() {}
