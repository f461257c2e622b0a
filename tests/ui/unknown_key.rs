use tencent_action::tencent_action;

#[tencent_action(servce = "cvm", version = "2017-03-12")]
pub struct DescribeInstances {
    pub total_count: u64,
}

#[tencent_action(region = "ap-guangzhou")]
pub struct DescribeZones;

fn main() {}
