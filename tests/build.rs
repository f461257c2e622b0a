//! Generates the SDK module of every version of the services of
//! `data/generated-services.txt`, in both decoding modes, into `OUT_DIR`, and the dispatch
//! from an action's name to its struct that the `generated` test decodes examples with.
//! Generated here, the modules are never stale and never in git. The spec of oddities
//! (`data/edge/`) and the one of names Rust already uses (`data/edge/clash/`) are generated
//! too, to be compiled under the same lints.
//!
//! The list is short because compiling generated modules is most of the test command's
//! time (two services, cvm and tiia, cost about a third of what the six of
//! `data/sample-services.txt` did). `TENCENT_ACTION_SWEEP` names other services of `data/`
//! instead (`vpc`, `cls tke`, or `all`): `tests/sweep` runs the `generated` test on any
//! service that way, a few at a time, so that no one compilation holds them all, and CI
//! sweeps the rest of the sample and the largest services.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use tencent_action_codegen::{GeneratedAction, GeneratedModule, Mode, Options, generate};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    let data = manifest.join("../data");
    let services = data.join("tencent-api/services");
    println!("cargo::rerun-if-changed=../data/tencent-api/services");
    println!("cargo::rerun-if-changed=../data/generated-services.txt");
    println!("cargo::rerun-if-changed=../data/edge");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=TENCENT_ACTION_SWEEP");
    println!("cargo::rustc-check-cfg=cfg(sweep)");
    let chosen = match std::env::var("TENCENT_ACTION_SWEEP") {
        Ok(services) if !services.trim().is_empty() => {
            // Tests of particular modules (cvm's) are left out of a sweep.
            println!("cargo::rustc-cfg=sweep");
            services
        }
        _ => read(&data.join("generated-services.txt")),
    };

    let mut modules = String::new();
    let mut table = String::new();
    let mut dispatch = String::new();
    for mode in [Mode::Tolerant, Mode::Strict] {
        let name = format!("edge_{}", mode.as_str());
        let spec = data.join("edge/api.json");
        let errors = data.join("edge/errors.json");
        write_module(&out, &name, &spec, Some(&errors), mode, &mut modules);
        // Structures and actions named like Rust's prelude, keywords, the runtime's items.
        let name = format!("clash_{}", mode.as_str());
        let spec = data.join("edge/clash/v20240101/api.json");
        write_module(&out, &name, &spec, None, mode, &mut modules);
    }
    let mut compiled = Vec::new();
    for (service, version_dir) in service_versions(&services, &chosen) {
        if !compiled.contains(&service) {
            compiled.push(service.clone());
        }
        let dir = services.join(&service).join(&version_dir);
        let errors = dir.join("errors.json");
        let errors = errors.exists().then_some(errors.as_path());
        for mode in [Mode::Tolerant, Mode::Strict] {
            let name = format!("{service}_{version_dir}_{}", mode.as_str()).replace('-', "_");
            let spec = dir.join("api.json");
            let module = write_module(&out, &name, &spec, errors, mode, &mut modules);
            writeln!(
                table,
                "    Module {{ service: {service:?}, version_dir: {version_dir:?}, \
                 mode: Mode::{mode:?}, decode: decode_{name}, \
                 round_trip: round_trip_{name} }},"
            )
            .unwrap();
            write_dispatch(&name, &module, &mut dispatch);
        }
    }
    let source = format!(
        "{modules}\n/// Every generated module, by service, version and mode.\n\
         pub const MODULES: &[Module] = &[\n{table}];\n\n\
         /// The services whose every version is among the modules.\n\
         pub const SERVICES: &[&str] = &{compiled:?};\n\n{dispatch}"
    );
    let sdk = out.join("sdk.rs");
    std::fs::write(&sdk, source)
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", sdk.display()));
}

/// Generates the module `name` into `out`, and declares it in `modules`.
fn write_module(
    out: &Path,
    name: &str,
    spec: &Path,
    errors: Option<&Path>,
    mode: Mode,
    modules: &mut String,
) -> GeneratedModule {
    let errors = errors.map(read);
    let module = generate(&read(spec), errors.as_deref(), &Options { mode })
        .unwrap_or_else(|error| panic!("{}: {error}", spec.display()));
    let file = out.join(format!("{name}.rs"));
    std::fs::write(&file, module.source())
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", file.display()));
    let path = file.display().to_string();
    writeln!(modules, "#[path = {path:?}]\npub mod {name};").unwrap();
    module
}

/// `decode_<name>` and `round_trip_<name>`: from an action's name to its response and
/// request types.
fn write_dispatch(name: &str, module: &GeneratedModule, dispatch: &mut String) {
    // One arm per action: its name to `call::<type>(body)`, the type `of` the action.
    let arms = |call: &str, of: fn(&GeneratedAction) -> &str| -> Vec<String> {
        module
            .actions()
            .iter()
            .map(|action| {
                format!(
                    "{:?} => {call}::<{name}::{}>(body),",
                    action.name(),
                    of(action)
                )
            })
            .collect()
    };
    let decode = arms("decode", GeneratedAction::type_name);
    let round_trip = arms("round_trip", GeneratedAction::request_type_name);
    write_dispatch_fn(&format!("decode_{name}"), "Decoded", &decode, dispatch);
    write_dispatch_fn(
        &format!("round_trip_{name}"),
        "Result<(), String>",
        &round_trip,
        dispatch,
    );
}

/// `fn <name>(action, body) -> Option<<output>>`: the arm of the action named, `None` for
/// any other. A version whose every action is offline has no arm at all (chdfs 2019-07-18,
/// outside `data/`), and a `match` of nothing but `_` would not pass the lints.
fn write_dispatch_fn(name: &str, output: &str, arms: &[String], dispatch: &mut String) {
    writeln!(
        dispatch,
        "#[allow(deprecated)]\nfn {name}(action: &str, body: &str) -> Option<{output}> {{"
    )
    .unwrap();
    if arms.is_empty() {
        dispatch.push_str("    let _ = (action, body);\n    None\n}\n\n");
        return;
    }
    dispatch.push_str("    Some(match action {\n");
    for arm in arms {
        writeln!(dispatch, "        {arm}").unwrap();
    }
    dispatch.push_str("        _ => return None,\n    })\n}\n\n");
}

/// `(service, version directory)` of every `services/<svc>/v<date>/api.json` of the
/// chosen services (names separated by white space or commas, or `all`), sorted. A name
/// that is no service of the data is an error: a sweep must not skip one silently.
fn service_versions(services: &Path, chosen: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let chosen: Vec<&str> = chosen
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|name| !name.is_empty())
        .collect();
    let all = sorted_dirs(services);
    if let Some(unknown) = chosen
        .iter()
        .find(|name| **name != "all" && !all.iter().any(|service| service == *name))
    {
        panic!("`{unknown}` is no service under {}", services.display());
    }
    for service in all {
        if !chosen.contains(&"all") && !chosen.contains(&service.as_str()) {
            continue;
        }
        for version in sorted_dirs(&services.join(&service)) {
            if services
                .join(&service)
                .join(&version)
                .join("api.json")
                .exists()
            {
                found.push((service.clone(), version));
            }
        }
    }
    assert!(
        !found.is_empty(),
        "no api.json under {}",
        services.display()
    );
    found
}

fn sorted_dirs(dir: &Path) -> Vec<String> {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", dir.display()));
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    names.sort();
    names
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}
