//! The generated modules document cleanly: `RUSTDOCFLAGS="-D warnings" cargo doc` on a
//! crate that holds every sample service version's module, in both modes (with the English
//! text first where the repository has the version's English spec), and the specs of
//! oddities and of clashing names. Rustdoc's lints (broken intra-doc links, unclosed HTML, bare URLs, ...)
//! are what the spec's HTML and markdown would trip; the compiler's and clippy's are
//! checked where the `generated` test compiles the same modules.
//!
//! Documenting them builds a crate of its own, longer than the rest of the generator's
//! tests together, so `cargo test` leaves it out and CI runs it:
//! `cargo test -p tencent-action-codegen --test rustdoc -- --ignored`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use tencent_action_codegen::{Mode, Options, generate_bilingual};
use tencent_action_spec::parse;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A spec to document: its name, `api.json`, `errors.json` and English `api.json`.
struct Spec {
    name: String,
    api: PathBuf,
    errors: Option<PathBuf>,
    english: Option<PathBuf>,
}

/// Every spec to document.
fn specs() -> Vec<Spec> {
    let edge = workspace().join("data/edge");
    let mut specs = vec![Spec {
        name: "edge".to_owned(),
        api: edge.join("api.json"),
        errors: Some(edge.join("errors.json")),
        english: None,
    }];
    specs.push(Spec {
        name: "clash".to_owned(),
        api: edge.join("clash/v20240101/api.json"),
        errors: None,
        english: None,
    });
    let english = workspace().join("data/tencent-api-en/services");
    let services = workspace().join("data/tencent-api/services");
    let sample = std::fs::read_to_string(workspace().join("data/sample-services.txt")).unwrap();
    let mut dirs: Vec<PathBuf> = sample
        .lines()
        .map(str::trim)
        .filter(|service| !service.is_empty())
        .flat_map(|service| std::fs::read_dir(services.join(service)).unwrap())
        .map(|version| version.unwrap().path())
        .filter(|dir| dir.join("api.json").exists())
        .collect();
    dirs.sort();
    for dir in dirs {
        let service = dir.parent().unwrap().file_name().unwrap().to_string_lossy();
        let version = dir.file_name().unwrap().to_string_lossy();
        let errors = dir.join("errors.json");
        let in_english = english.join(&*service).join(&*version).join("api.json");
        specs.push(Spec {
            name: format!("{service}_{version}"),
            api: dir.join("api.json"),
            errors: errors.exists().then_some(errors),
            english: in_english.exists().then_some(in_english),
        });
    }
    specs
}

#[test]
#[ignore = "documents a crate of every sample module; CI runs it (`-- --ignored`)"]
fn rustdoc_finds_nothing_to_warn_about() {
    let krate = Path::new(env!("CARGO_TARGET_TMPDIR")).join("generated-docs");
    let src = krate.join("src");
    std::fs::create_dir_all(&src).unwrap();
    let runtime = workspace().join("runtime");
    std::fs::write(
        krate.join("Cargo.toml"),
        format!(
            "[package]\nname = \"generated-docs\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
             publish = false\n\n[dependencies]\ntencent-action = {{ path = {:?} }}\n\
             serde = \"1\"\nserde_json = \"1\"\n\n[features]\ndefault = [\"round-trip\"]\n\
             round-trip = []\n\n[workspace]\n",
            runtime.display().to_string()
        ),
    )
    .unwrap();
    // The workspace's versions, so that nothing needs resolving (or fetching).
    std::fs::copy(workspace().join("Cargo.lock"), krate.join("Cargo.lock")).unwrap();
    let mut lib = String::from("//! Every generated module, documented.\n\n");
    let read = |path: &PathBuf| std::fs::read_to_string(path).unwrap();
    for spec in specs() {
        let api = parse("api.json", &read(&spec.api)).unwrap();
        let errors = spec
            .errors
            .as_ref()
            .map(|path| parse("errors.json", &read(path)).unwrap());
        let english = spec
            .english
            .as_ref()
            .map(|path| parse("api.json", &read(path)).unwrap());
        for mode in [Mode::Tolerant, Mode::Strict] {
            let module =
                generate_bilingual(&api, errors.as_ref(), english.as_ref(), &Options { mode })
                    .unwrap();
            let module_name = format!("{}_{}", spec.name, mode.as_str());
            std::fs::write(src.join(format!("{module_name}.rs")), module.source()).unwrap();
            writeln!(lib, "pub mod {module_name};").unwrap();
        }
    }
    std::fs::write(src.join("lib.rs"), lib).unwrap();

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["doc", "--no-deps", "--offline", "--quiet"])
        .current_dir(&krate)
        .env("RUSTDOCFLAGS", "-D warnings")
        .env("CARGO_TARGET_DIR", krate.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "rustdoc warns:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
