// One mistake in the attribute is reported once: the struct, its `Action` impl and its
// response alias still exist, so code that uses them reports nothing more.
use tencent_action::tencent_action;

#[tencent_action(service = "cvm", versoin = "2017-03-12")]
#[derive(Debug)]
pub struct DescribeInstances {
    pub total_count: u64,
}

fn uses(response: DescribeInstancesResponse) -> u64 {
    let _ = <DescribeInstances as tencent_action::Action>::NAME;
    response.data().total_count
}

fn main() {
    let _ = uses;
}
