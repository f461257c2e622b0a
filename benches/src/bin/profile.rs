//! Decodes one input with one approach many times, for a profiler:
//! `profile INPUT APPROACH [ITERATIONS]`, e.g. `profile records_1k 1-from_slice 2000`.
//!
//! The loop is in `run`, which is never inlined, so that
//! `valgrind --tool=callgrind --toggle-collect='*profile::run*'` counts the decodes and
//! nothing of the setup (reading the data, generating the synthetic body).

use serde::Serialize;
use std::fmt::Debug;
use std::hint::black_box;
use tencent_action_benches::inputs::{self, SCAN, Suite, Visit};
use tencent_action_benches::{Approach, Case, approach};

struct Profile {
    input: String,
    approach: String,
    iterations: u32,
    found: bool,
}

#[inline(never)]
fn run<A>(function: Approach<'static, A>, body: &'static str, iterations: u32) {
    for _ in 0..iterations {
        drop(black_box(function(black_box(body))));
    }
}

#[inline(never)]
fn run_scan(body: &'static str, iterations: u32) {
    for _ in 0..iterations {
        drop(black_box(approach::scan(black_box(body))));
    }
}

impl Visit for Profile {
    fn visit<O, B>(&mut self, suite: &Suite<O, B>)
    where
        O: for<'de> Case<'de> + Debug + PartialEq + Serialize,
        B: Case<'static> + Debug + Serialize,
    {
        if suite.input.name != self.input {
            return;
        }
        let body = suite.input.body;
        if let Some((_, function)) = suite.owned.iter().find(|(name, _)| *name == self.approach) {
            run(*function, body, self.iterations);
        } else if let Some((_, function)) = suite
            .borrowed
            .iter()
            .find(|(name, _)| *name == self.approach)
        {
            run(*function, body, self.iterations);
        } else if self.approach == SCAN {
            run_scan(body, self.iterations);
        } else {
            return;
        }
        self.found = true;
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(input), Some(approach)) = (args.next(), args.next()) else {
        eprintln!("usage: profile INPUT APPROACH [ITERATIONS]");
        std::process::exit(2);
    };
    let iterations = args
        .next()
        .map_or(1000, |n| n.parse().expect("ITERATIONS is a number"));
    let mut profile = Profile {
        input,
        approach,
        iterations,
        found: false,
    };
    inputs::each(&mut profile);
    if !profile.found {
        eprintln!(
            "no approach `{}` on an input `{}`",
            profile.approach, profile.input
        );
        std::process::exit(2);
    }
}
