use tencent_action::tencent_action;

#[tencent_action(service = "cvm", version = "2017-03-12", errors())]
pub struct DescribeInstances;

fn main() {}
