use tencent_action::tencent_action;

#[tencent_action(service = "cvm", version = "2017-03-12")]
#[derive(Debug, serde::Deserialize, Clone, serde::Serialize)]
pub struct DescribeInstances {
    pub total_count: u64,
}

fn main() {}
