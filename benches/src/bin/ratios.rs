//! Times every approach on every input interleaved, round after round, and prints the
//! median of each approach's per-round ratio to approach 3, as a markdown table.
//!
//! Criterion times one approach after the other; on a shared machine a burst of load can
//! land on one of them. Here each round times every approach once, in a rotating order,
//! and the ratio is taken within the round, so load that lasts longer than a round
//! cancels out; and times are the thread's CPU time, so time spent descheduled is not
//! counted at all. `cargo run --release -p tencent-action-benches --bin ratios [ROUNDS]`

use cpu_time::ThreadTime;
use serde::Serialize;
use std::fmt::Debug;
use std::hint::black_box;
use std::time::Duration;
use tencent_action_benches::Case;
use tencent_action_benches::approach;
use tencent_action_benches::check::check_suite;
use tencent_action_benches::inputs::{self, REFERENCE, SCAN, Suite, Visit};

/// About how long one timed batch of one approach lasts.
const BATCH: Duration = Duration::from_millis(1);

type Timed<'a> = (&'static str, Box<dyn Fn() + 'a>);

/// One approach's result on one input: its name, median ns per decode, median ratio.
type Cell = (&'static str, f64, f64);

struct Ratios {
    rounds: usize,
    /// `(input, bytes, [(approach, median ns, median ratio to the reference)])`.
    rows: Vec<(&'static str, usize, Vec<Cell>)>,
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 0 {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    }
}

/// Nanoseconds of the thread's CPU time per call of `f`, over `iterations` calls.
fn time(f: &dyn Fn(), iterations: u32) -> f64 {
    let start = ThreadTime::now();
    for _ in 0..iterations {
        f();
    }
    start.elapsed().as_nanos() as f64 / f64::from(iterations)
}

impl Visit for Ratios {
    fn visit<O, B>(&mut self, suite: &Suite<O, B>)
    where
        O: for<'de> Case<'de> + Debug + PartialEq + Serialize,
        B: Case<'static> + Debug + Serialize,
    {
        check_suite(suite);
        let body = suite.input.body;
        let mut timed: Vec<Timed> = Vec::new();
        for (name, function) in &suite.owned {
            timed.push((
                *name,
                Box::new(move || drop(black_box(function(black_box(body))))),
            ));
        }
        for (name, function) in &suite.borrowed {
            timed.push((
                *name,
                Box::new(move || drop(black_box(function(black_box(body))))),
            ));
        }
        timed.push((
            SCAN,
            Box::new(move || drop(black_box(approach::scan(black_box(body))))),
        ));
        let reference = timed
            .iter()
            .position(|(name, _)| *name == REFERENCE)
            .expect("every suite has the reference");
        // Warm up, and size each approach's batch to about `BATCH`.
        let iterations: Vec<u32> = timed
            .iter()
            .map(|(_, f)| {
                time(f.as_ref(), 3);
                let once = time(f.as_ref(), 10).max(1.0);
                (BATCH.as_nanos() as f64 / once).clamp(1.0, 1e6) as u32
            })
            .collect();
        let mut per_call: Vec<Vec<f64>> = vec![Vec::new(); timed.len()];
        let mut ratios: Vec<Vec<f64>> = vec![Vec::new(); timed.len()];
        for round in 0..self.rounds {
            let mut this_round = vec![0.0; timed.len()];
            for step in 0..timed.len() {
                let index = (step + round) % timed.len();
                this_round[index] = time(timed[index].1.as_ref(), iterations[index]);
            }
            for (index, ns) in this_round.iter().enumerate() {
                per_call[index].push(*ns);
                ratios[index].push(ns / this_round[reference]);
            }
        }
        let cells = timed
            .iter()
            .enumerate()
            .map(|(index, (name, _))| {
                (
                    *name,
                    median(&mut per_call[index]),
                    median(&mut ratios[index]),
                )
            })
            .collect();
        eprintln!("{}: done", suite.input.name);
        self.rows.push((suite.input.name, body.len(), cells));
    }
}

fn main() {
    let rounds = std::env::args()
        .nth(1)
        .map(|arg| arg.parse().expect("ROUNDS is a number"))
        .unwrap_or(150);
    let mut ratios = Ratios {
        rounds,
        rows: Vec::new(),
    };
    inputs::each(&mut ratios);
    let names: Vec<&str> = ratios.rows[0].2.iter().map(|(name, _, _)| *name).collect();
    let mut columns: Vec<&str> = names.clone();
    for (_, _, cells) in &ratios.rows {
        for (name, _, _) in cells {
            if !columns.contains(name) {
                columns.push(name);
            }
        }
    }
    println!("# Interleaved ratios to `{REFERENCE}`\n");
    println!(
        "{rounds} rounds; each round times every approach once, for about {} ms of thread CPU time, in a \
         rotating order. A cell is the median over the rounds of the approach's time divided \
         by `{REFERENCE}`'s in the same round (below 1: faster), then the median time per \
         decode.\n",
        BATCH.as_millis()
    );
    println!("| input | bytes | {} |", columns.join(" | "));
    println!("|---|---:|{}", "---:|".repeat(columns.len()));
    for (input, bytes, cells) in &ratios.rows {
        let mut row = format!("| {input} | {bytes} |");
        for column in &columns {
            match cells.iter().find(|(name, _, _)| name == column) {
                Some((_, ns, ratio)) => row.push_str(&format!(" {ratio:.2} ({}) |", human(*ns))),
                None => row.push_str(" - |"),
            }
        }
        println!("{row}");
    }
}

fn human(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.1} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}
