//! The generator takes every service version of the repository's data (Tencent's own
//! published specs, `data/tencent-api/services/<service>/v<date>/`), with its error codes,
//! in both modes. Generation only: the sample services' modules are compiled by the
//! `generated` test of the tests crate and documented by `rustdoc`.

use std::path::{Path, PathBuf};
use tencent_action_codegen::{Mode, Options, generate};

/// Every `v<date>` folder that holds an `api.json`, sorted.
fn versions() -> Vec<PathBuf> {
    let services = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/tencent-api/services");
    let mut versions: Vec<PathBuf> = std::fs::read_dir(&services)
        .unwrap_or_else(|error| panic!("{}: {error}", services.display()))
        .flat_map(|service| std::fs::read_dir(service.unwrap().path()).unwrap())
        .map(|version| version.unwrap().path())
        .filter(|dir| dir.join("api.json").is_file())
        .collect();
    versions.sort();
    versions
}

#[test]
fn every_service_version_generates_in_both_modes() {
    let versions = versions();
    // The data holds 33 services; a smaller count means the folder was not found whole.
    let services: std::collections::BTreeSet<_> =
        versions.iter().filter_map(|dir| dir.parent()).collect();
    assert_eq!(services.len(), 33, "services in the data");
    let mut failures = Vec::new();
    let mut actions = 0;
    for dir in &versions {
        let spec = std::fs::read_to_string(dir.join("api.json")).unwrap();
        let errors = std::fs::read_to_string(dir.join("errors.json")).ok();
        for mode in [Mode::Tolerant, Mode::Strict] {
            match generate(&spec, errors.as_deref(), &Options { mode }) {
                Ok(module) => {
                    assert!(!module.actions().is_empty(), "{}: no action", dir.display());
                    actions += module.actions().len();
                }
                Err(error) => {
                    failures.push(format!("{} ({}): {error}", dir.display(), mode.as_str()))
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    eprintln!(
        "generated {} service versions of {} services in both modes: {} action structs",
        versions.len(),
        services.len(),
        actions
    );
}
