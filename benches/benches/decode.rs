//! The decoding benchmarks: one criterion group per input, every approach in each.
//!
//! `cargo bench -p tencent-action-benches` runs them all (about 7 minutes on 2 cores);
//! add a filter (`-- records_1k`) for one input. Before any group is timed, every
//! approach's result on its input is checked against the reference's, and the run stops
//! with the difference if one disagrees. Each iteration includes dropping the decoded
//! value, for every approach alike.

use criterion::{Criterion, SamplingMode, Throughput, criterion_main};
use serde::Serialize;
use std::fmt::Debug;
use std::hint::black_box;
use std::time::Duration;
use tencent_action_benches::check::check_suite;
use tencent_action_benches::inputs::{self, SCAN, Suite, Visit};
use tencent_action_benches::{Case, approach};

struct Timing<'c>(&'c mut Criterion);

impl Visit for Timing<'_> {
    fn visit<O, B>(&mut self, suite: &Suite<O, B>)
    where
        O: for<'de> Case<'de> + Debug + PartialEq + Serialize,
        B: Case<'static> + Debug + Serialize,
    {
        check_suite(suite);
        let input = suite.input;
        let mut group = self.0.benchmark_group(input.name);
        group.throughput(Throughput::Bytes(input.body.len() as u64));
        if input.body.len() > 200_000 {
            // A few milliseconds an iteration: criterion's default 100 linearly growing
            // samples would take minutes per approach.
            group.sample_size(20).sampling_mode(SamplingMode::Flat);
        }
        for (name, function) in &suite.owned {
            group.bench_function(*name, |b| b.iter(|| function(black_box(input.body))));
        }
        for (name, function) in &suite.borrowed {
            group.bench_function(*name, |b| b.iter(|| function(black_box(input.body))));
        }
        group.bench_function(SCAN, |b| b.iter(|| approach::scan(black_box(input.body))));
        group.finish();
    }
}

fn decode(c: &mut Criterion) {
    inputs::each(&mut Timing(c));
}

fn config() -> Criterion {
    // Short runs: 16 approaches on 9 inputs must fit in minutes. Command-line options
    // (`--measurement-time`, ...) still override these.
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args()
}

/// In a private module: `criterion_group!` makes a public function that no one documents.
mod group {
    use super::{config, decode};
    use criterion::criterion_group;

    criterion_group! {
        name = benches;
        config = config();
        targets = decode
    }
}

criterion_main!(group::benches);
