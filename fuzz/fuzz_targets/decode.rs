//! Any bytes as a response body, decoded into every test shape and checked against the
//! reference oracle: no panic, no hang, the same outcome, values and RequestId.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tencent_action_tests::differential::check_all;

fuzz_target!(|body: &[u8]| {
    if let Some(disagreement) = check_all(body).first() {
        panic!("{disagreement}");
    }
});
