use tencent_action::tencent_action;

#[tencent_action(service = "cvm", version = "2017-03-12")]
pub enum DescribeInstances {
    One,
}

#[tencent_action(service = "cvm", version = "2017-03-12")]
pub struct TupleAction(u32, String);

fn main() {}
