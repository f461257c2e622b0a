//! Specs bent the ways a published spec can be wrong: the custom mutator renames, drops,
//! duplicates and retypes the keys and values of real specs cut from the repository's
//! data (names that are keywords or no identifiers, members pointing at any object,
//! documents full of HTML and entities), on top of libFuzzer's byte-level mutations. The
//! generator reads each in both modes and either writes a module or says what is wrong
//! and where; it never panics.
#![no_main]

use libfuzzer_sys::{fuzz_mutator, fuzz_target, fuzzer_mutate};
use tencent_action_codegen::{Mode, Options, generate};
use tencent_action_tests::mutate::custom_mutation;
use tencent_action_tests::specs::{mutate, split};

fuzz_target!(|input: &[u8]| {
    let (api, errors) = split(input);
    for mode in [Mode::Tolerant, Mode::Strict] {
        match generate(&api, errors.as_deref(), &Options { mode }) {
            Ok(module) => assert!(module.source().contains("#![allow(dead_code)]")),
            Err(error) => assert!(
                ["api.json", "errors.json"].contains(&error.file()),
                "{error}"
            ),
        }
    }
});

fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    custom_mutation(data, size, max_size, seed, mutate, fuzzer_mutate)
});
