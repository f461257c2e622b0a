//! Prints allocations per decode, as a markdown table: every approach on every input,
//! owned and borrowed, counted by a global allocator that this binary alone installs.
//!
//! `cargo run --release -p tencent-action-benches --bin allocations > benches/results/allocations.md`

use serde::Serialize;
use serde_json::Value;
use std::fmt::Debug;
use tencent_action_benches::alloc::{Counting, count};
use tencent_action_benches::check::check_suite;
use tencent_action_benches::inputs::{self, Suite, Visit};
use tencent_action_benches::{Approach, Case};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The columns: approaches 1 and 2 owned and borrowed first, as the targets name them.
const COLUMNS: &[&str] = &[
    "1-from_slice",
    "1-from_slice-borrowed",
    "1-from_str",
    "1-from_str-borrowed",
    "2-hand-written",
    "2-hand-written-borrowed",
    "3-plain",
    "3-plain-borrowed",
    "4-two-pass",
    "5-value",
    "6-flatten",
    "6-untagged",
    "1-sonic-rs",
    "1-simd-json",
];

struct Table(Vec<String>);

/// The allocations of one decode: the second run, so that nothing lazily initialized
/// on the first is counted.
fn allocations<A>(approach: Approach<'static, A>, body: &'static str) -> u64 {
    drop(approach(body));
    let (outcome, counts) = count(|| approach(body));
    drop(outcome);
    counts.allocations
}

/// Non-empty strings and non-empty arrays in the `Response` object, the RequestId left
/// out: what an owned decode must allocate at the least (a `Vec` that grows reallocates
/// on top of that).
fn census(value: &Value) -> (usize, usize) {
    match value {
        Value::String(text) => (usize::from(!text.is_empty()), 0),
        Value::Array(items) => items
            .iter()
            .map(census)
            .fold((0, usize::from(!items.is_empty())), |(s, a), (ds, da)| {
                (s + ds, a + da)
            }),
        Value::Object(map) => map
            .iter()
            .filter(|(key, _)| *key != "RequestId")
            .map(|(_, value)| census(value))
            .fold((0, 0), |(s, a), (ds, da)| (s + ds, a + da)),
        _ => (0, 0),
    }
}

impl Visit for Table {
    fn visit<O, B>(&mut self, suite: &Suite<O, B>)
    where
        O: for<'de> Case<'de> + Debug + PartialEq + Serialize,
        B: Case<'static> + Debug + Serialize,
    {
        check_suite(suite);
        let body = suite.input.body;
        let tree: Value = serde_json::from_str(body).expect("every input is JSON");
        let (strings, arrays) = census(&tree["Response"]);
        let mut row = format!(
            "| {} | {} | {strings} / {arrays} |",
            suite.input.name,
            body.len()
        );
        for column in COLUMNS {
            let owned = suite.owned.iter().find(|(name, _)| name == column);
            let borrowed = suite.borrowed.iter().find(|(name, _)| name == column);
            let cell = match (owned, borrowed) {
                (Some((_, approach)), _) => allocations(*approach, body).to_string(),
                (_, Some((_, approach))) => allocations(*approach, body).to_string(),
                _ => "-".to_owned(),
            };
            row.push_str(&format!(" {cell} |"));
        }
        self.0.push(row);
    }
}

fn main() {
    let mut table = Table(Vec::new());
    inputs::each(&mut table);
    println!("# Allocations per decode\n");
    println!(
        "Counted by a global allocator (an allocation or a reallocation is one), on the second \
         decode of each body, the result dropped after the count. *strings / arrays*: the \
         non-empty string values and arrays of the `Response` object, the RequestId left out. \
         An error body needs 3 at the least: the code, the message and the RequestId.\n"
    );
    println!(
        "| input | bytes | strings / arrays | {} |",
        COLUMNS.join(" | ")
    );
    println!("|---|---:|---:|{}", "---:|".repeat(COLUMNS.len()));
    for row in &table.0 {
        println!("{row}");
    }
}
