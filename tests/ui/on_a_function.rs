use tencent_action::tencent_action;

#[tencent_action(service = "cvm")]
fn describe_instances() {}

fn main() {}
