//! The library against the reference oracle: every example of the repository's data, the
//! specification's samples, the fuzzers' regression corpus, and thousands of mutants of
//! them, each decoded into every test shape. Both must agree on the outcome class, on
//! every value and RequestId of a success or an API error, and a decode error must keep
//! the RequestId the body holds.

use std::collections::BTreeMap;
use std::path::Path;
use tencent_action_tests::corpus::{self, Seed};
use tencent_action_tests::differential::{Disagreement, Verdict, abbreviate, verdicts};
use tencent_action_tests::mutate::{Rng, mutate};

/// Mutants per seed body: 600 seeds give about 6,000 bodies, each decoded into 8 shapes.
const MUTANTS_PER_SEED: u64 = 10;

/// Checks every body, counts the outcome classes, and fails with every disagreement.
fn run(label: &str, bodies: impl IntoIterator<Item = (String, Vec<u8>)>) -> usize {
    let mut failures = Vec::new();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut known = 0;
    let mut cases = 0;
    for (name, body) in bodies {
        for verdict in verdicts(&body) {
            cases += 1;
            match verdict {
                Verdict::Agrees(outcome) => *counts.entry(outcome.class()).or_default() += 1,
                Verdict::KnownBug(_) => known += 1,
                Verdict::Disagrees(disagreement) => {
                    failures.push((name.clone(), body.clone(), *disagreement))
                }
            }
        }
    }
    println!(
        "{label}: {cases} cases (body x shape); agreed, by class: {counts:?}; \
         the known key-order bugs: {known}; disagreements: {}",
        failures.len()
    );
    report(&failures);
    cases
}

fn report(failures: &[(String, Vec<u8>, Disagreement)]) {
    if failures.is_empty() {
        return;
    }
    let shown: Vec<String> = failures
        .iter()
        .take(10)
        .map(|(name, body, disagreement)| {
            let body = abbreviate(body, 600);
            format!("{name}\n  body: {body}\n  {disagreement}")
        })
        .collect();
    panic!(
        "{} disagreements with the oracle; the first ones:\n\n{}",
        failures.len(),
        shown.join("\n\n")
    );
}

fn seeds() -> Vec<(String, Vec<u8>)> {
    corpus::all()
        .into_iter()
        .map(|Seed { name, body }| (name, body))
        .collect()
}

#[test]
fn every_example_and_spec_sample() {
    let seeds = seeds();
    assert!(seeds.len() >= 558 + 2, "only {} seeds", seeds.len());
    let cases = run("examples and samples", seeds);
    assert!(cases > 4_000);
}

#[test]
fn mutants_of_every_seed() {
    let mut bodies = Vec::new();
    for (i, (name, body)) in seeds().into_iter().enumerate() {
        for round in 0..MUTANTS_PER_SEED {
            let seed = (i as u64) << 16 | round;
            let mutant = mutate(&body, &mut Rng::new(seed));
            bodies.push((format!("{name} mutant {seed}"), mutant));
        }
    }
    let cases = run("mutants", bodies);
    assert!(cases > 40_000);
}

#[test]
fn mutants_of_mutants() {
    // Several rounds deep, from the bodies that decode: the mutations compound.
    let mut bodies = Vec::new();
    for Seed { name, body } in corpus::spec().into_iter().chain(corpus::shapes()) {
        let mut rng = Rng::new(u64::from_str_radix(&corpus::file_name(&body), 16).unwrap());
        for chain in 0..100 {
            let mut current = body.clone();
            for depth in 0..5 {
                current = mutate(&current, &mut rng);
                bodies.push((
                    format!("{name} chain {chain} depth {depth}"),
                    current.clone(),
                ));
            }
        }
    }
    run("mutant chains", bodies);
}

/// The fuzz targets' checked-in inputs: every crash found, and the minimized corpus.
#[test]
fn the_fuzzers_regression_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut bodies = Vec::new();
    for folder in ["regressions", "corpus"] {
        let Ok(targets) = std::fs::read_dir(root.join(folder)) else {
            continue;
        };
        for target in targets {
            let target = target.expect("a corpus folder").path();
            for file in std::fs::read_dir(&target).expect("a corpus folder") {
                let file = file.expect("a corpus file").path();
                let body = std::fs::read(&file).expect("a corpus file");
                bodies.push((file.display().to_string(), body));
            }
        }
    }
    assert!(
        bodies.len() > 1_000,
        "only {} checked-in inputs",
        bodies.len()
    );
    run("regression corpus", bodies);
}
