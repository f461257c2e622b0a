use tencent_action::tencent_action;

#[tencent_action(service = "cvm", version = "2017-03-12")]
pub struct DescribeInstances {
    pub total_count: u64,
    pub request_id: String,
}

#[tencent_action(service = "cvm", version = "2017-03-12")]
pub struct DescribeZones {
    #[serde(alias = "RequestId")]
    pub id: String,
    pub error: Option<String>,
}

fn main() {}
