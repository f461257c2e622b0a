//! Writes the seed corpus of the fuzz targets: `fuzz-seeds DIR` fills `DIR/decode` and
//! `DIR/structured` with every response example, the specification's samples and the
//! shapes' bodies, `DIR/codes` with every code the tables, the error lists and the examples know,
//! `DIR/spec` with the repository's specs cut into a few actions each, and `DIR/docs` with
//! their documents that hold markup.
//! The seeds are generated, not checked in: the data they come from is.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use tencent_action::CommonCode;
use tencent_action_tests::mutate::CODES;
use tencent_action_tests::{corpus, specs};

fn main() {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: fuzz-seeds DIR");
        std::process::exit(2);
    };
    let seeds = corpus::all();
    for target in ["decode", "structured"] {
        write(
            &dir.join(target),
            seeds.iter().map(|seed| seed.body.clone()),
        );
    }

    let mut codes: BTreeSet<String> = CommonCode::ALL
        .iter()
        .map(|code| code.as_str().to_owned())
        .collect();
    codes.extend(CODES.iter().map(|code| (*code).to_owned()));
    codes.extend(corpus::error_codes());
    for seed in &seeds {
        let value: Option<serde_json::Value> = serde_json::from_slice(&seed.body).ok();
        let code = value
            .as_ref()
            .and_then(|value| value.pointer("/Response/Error/Code"))
            .and_then(serde_json::Value::as_str);
        codes.extend(code.map(str::to_owned));
    }
    write(
        &dir.join("codes"),
        codes.into_iter().map(String::into_bytes),
    );
    let services = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/tencent-api/services");
    let specs = specs::seeds(&services);
    write(&dir.join("spec"), specs.iter().cloned());
    let documents = specs::documents(&specs, 2000);
    write(
        &dir.join("docs"),
        documents.iter().map(|text| text.clone().into_bytes()),
    );
    println!(
        "{} body seeds, {} spec seeds, {} documents and the codes written to {}",
        seeds.len(),
        specs.len(),
        documents.len(),
        dir.display()
    );
}

fn write(dir: &std::path::Path, bodies: impl Iterator<Item = Vec<u8>>) {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for body in bodies {
        let file = dir.join(corpus::file_name(&body));
        std::fs::write(&file, body).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }
}
