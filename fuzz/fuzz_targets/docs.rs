//! Any string as a spec's document: the converter to rustdoc never panics, and what it
//! gives can go into doc comments (one line each, nothing the compiler refuses).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tencent_action_codegen::docs::{one_line, rustdoc};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for line in rustdoc(&text).iter().chain([&one_line(&text)]) {
        if let Some(bad) = line.chars().find(|&c| {
            c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        }) {
            panic!("{bad:?} in the doc line {line:?}");
        }
    }
});
