use tencent_action::tencent_action;

#[tencent_action(
    servce = "cvm",
    version = "March 2017",
    errors("InvalidParameter..Empty", "Dup.Code", "Dup.Code"),
    verison = "2017-03-12",
)]
pub struct DescribeInstances {
    pub request_id: String,
    #[serde(rename = "Error")]
    pub failure: Option<String>,
}

fn main() {}
