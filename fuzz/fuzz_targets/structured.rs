//! Bodies bent the way servers and proxies bend envelopes: the custom mutator shuffles
//! keys, drops and duplicates fields, swaps types, injects `Error` objects, nests deeply
//! and escapes keys, on top of libFuzzer's byte-level mutations; every result is checked
//! against the reference oracle in every test shape.
#![no_main]

use libfuzzer_sys::{fuzz_mutator, fuzz_target, fuzzer_mutate};
use tencent_action_tests::differential::check_all;
use tencent_action_tests::mutate::{custom_mutation, mutate};

fuzz_target!(|body: &[u8]| {
    if let Some(disagreement) = check_all(body).first() {
        panic!("{disagreement}");
    }
});

fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    custom_mutation(data, size, max_size, seed, mutate, fuzzer_mutate)
});
