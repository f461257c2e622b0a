//! The generator takes every service version of the repository's data (Tencent's own
//! published specs, `data/tencent-api/services/<service>/v<date>/`), with its error codes,
//! in both modes. Generation only: the sample services' modules are compiled by the
//! `generated` test of the tests crate and documented by `rustdoc`.

use std::path::Path;
use tencent_action_codegen::{Mode, Options, generate_spec};
use tencent_action_spec::service_versions;

#[test]
fn every_service_version_generates_in_both_modes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/tencent-api/services");
    let versions = service_versions(&root).unwrap_or_else(|error| panic!("{error}"));
    // The data holds 33 services; a smaller count means the folder was not found whole.
    let services: std::collections::BTreeSet<_> =
        versions.iter().map(|version| &version.service).collect();
    assert_eq!(services.len(), 33, "services in the data");
    let mut failures = Vec::new();
    let mut actions = 0;
    for version in &versions {
        let dir = version.path.display();
        let spec = version.api().unwrap_or_else(|error| panic!("{error}"));
        let errors = version.errors().unwrap_or_else(|error| panic!("{error}"));
        for mode in [Mode::Tolerant, Mode::Strict] {
            match generate_spec(&spec, errors.as_ref(), &Options { mode }) {
                Ok(module) => {
                    assert!(!module.actions().is_empty(), "{dir}: no action");
                    actions += module.actions().len();
                }
                Err(error) => failures.push(format!("{dir} ({}): {error}", mode.as_str())),
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
