//! The decoding benchmarks: one criterion group per input, every approach in each.
//!
//! `cargo bench -p tencent-action-benches` runs them all (about 7 minutes on 2 cores);
//! add a filter (`-- records_1k`) for one input. Before any group is timed, every
//! approach's result on its input is checked against the reference's, and the run stops
//! with the difference if one disagrees. Each iteration includes dropping the decoded
//! value, for every approach alike.
//!
//! Times are the thread's CPU time, not wall-clock time: on a machine whose cores other
//! work also wants, the time the thread waits descheduled would otherwise land on
//! whichever approach happens to be running, and criterion times approaches one after
//! the other. (`src/bin/ratios.rs` interleaves them as well.)

use cpu_time::ThreadTime;
use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{Criterion, SamplingMode, Throughput, criterion_main};
use serde::Serialize;
use std::fmt::Debug;
use std::hint::black_box;
use std::time::Duration;
use tencent_action_benches::check::check_suite;
use tencent_action_benches::inputs::{self, SCAN, Suite, Visit};
use tencent_action_benches::{Case, approach};

/// The calling thread's CPU time, in nanoseconds like criterion's own clock, whose
/// formatting it borrows.
struct ThreadCpu(WallTime);

impl Measurement for ThreadCpu {
    type Intermediate = ThreadTime;
    type Value = Duration;

    fn start(&self) -> ThreadTime {
        ThreadTime::now()
    }

    fn end(&self, start: ThreadTime) -> Duration {
        start.elapsed()
    }

    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }

    fn zero(&self) -> Duration {
        Duration::ZERO
    }

    fn to_f64(&self, value: &Duration) -> f64 {
        value.as_nanos() as f64
    }

    fn formatter(&self) -> &dyn ValueFormatter {
        self.0.formatter()
    }
}

struct Timing<'c>(&'c mut Criterion<ThreadCpu>);

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

fn decode(c: &mut Criterion<ThreadCpu>) {
    inputs::each(&mut Timing(c));
}

fn config() -> Criterion<ThreadCpu> {
    // Short runs, and a lighter bootstrap than the default 100,000 resamples: 133
    // benchmarks must fit in minutes. Command-line options (`--measurement-time`, ...)
    // still override these.
    Criterion::default()
        .with_measurement(ThreadCpu(WallTime))
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_millis(1500))
        .nresamples(20_000)
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
