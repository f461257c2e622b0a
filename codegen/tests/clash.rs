//! A spec whose structures and actions take the names Rust's prelude, its keywords, the
//! generated crate (`Client`) and the runtime (`Error`, `Response`, `Request`, `Action`)
//! already use (`data/edge/clash/`): each gets one rename, the same in both modes and in
//! both layouts, and the result builds.
//!
//! The module layout compiles in the tests crate under deny-all lints; the crate layout is
//! built here, outside the repository, in both modes. That builds a crate and the client
//! it depends on, so `cargo test` leaves it out and CI runs it:
//! `cargo test -p tencent-action-codegen --test clash -- --ignored`.

use std::path::{Path, PathBuf};
use std::process::Command;
use tencent_action_codegen::{
    CrateOptions, Dependencies, GeneratedCrate, Mode, Options, VersionSpec, generate,
    generate_crate,
};

const SPEC: &str = include_str!("../../data/edge/clash/v20240101/api.json");

/// The spec's structures named like something Rust, the crate or the runtime has.
const TAKEN: &[&str] = &[
    "Action",
    "Box",
    "Client",
    "Clone",
    "Copy",
    "Default",
    "Drop",
    "Err",
    "From",
    "Future",
    "Into",
    "IntoIterator",
    "Iterator",
    "Match",
    "None",
    "Ok",
    "Option",
    "Request",
    "Response",
    "Result",
    "Self",
    "Send",
    "Sized",
    "Some",
    "String",
    "ToString",
    "Type",
    "Vec",
];

/// The struct names a source defines, in order.
fn structs(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|line| line.strip_prefix("pub struct "))
        .map(|rest| {
            let end = rest.find([' ', ';', '{']).unwrap_or(rest.len());
            rest[..end].to_owned()
        })
        .collect()
}

fn clash_crate(mode: Mode, dependencies: Dependencies) -> GeneratedCrate {
    let version = VersionSpec {
        folder: "data/edge/clash/v20240101".to_owned(),
        api: tencent_action_spec::parse("api.json", SPEC).unwrap(),
        errors: None,
        english: None,
    };
    let options = CrateOptions {
        module: Options { mode },
        dependencies,
    };
    generate_crate(&[version], &options).unwrap()
}

fn file<'a>(generated: &'a GeneratedCrate, path: &str) -> &'a str {
    generated
        .files
        .iter()
        .find(|(name, _)| name == path)
        .map(|(_, text)| text.as_str())
        .unwrap_or_else(|| panic!("no {path} in {:?}", generated.files))
}

#[test]
fn every_taken_name_gets_a_data_suffix_in_both_modes_and_layouts() {
    for mode in [Mode::Tolerant, Mode::Strict] {
        let module = generate(SPEC, None, &Options { mode }).unwrap();
        let defined = structs(module.source());
        for name in TAKEN {
            assert!(
                !defined.iter().any(|defined| defined == name),
                "`{name}` is defined in {mode:?} mode"
            );
            // `Error` finds `ErrorData` taken by the spec's own, and is numbered.
            let renamed = match *name {
                "Error" => "ErrorData2".to_owned(),
                _ => format!("{name}Data"),
            };
            assert!(
                defined.contains(&renamed),
                "no `{renamed}` in {mode:?} mode: {defined:?}"
            );
        }
        assert!(defined.contains(&"ErrorData2".to_owned()));
        assert!(defined.contains(&"ErrorData".to_owned()));
        // A lowercase module and a CamelCase struct never clash.
        assert!(defined.contains(&"Model".to_owned()));
        assert!(
            module
                .source()
                .contains("`Client` in the specification: renamed")
        );

        let actions: Vec<(&str, &str, &str)> = module
            .actions()
            .iter()
            .map(|action| {
                (
                    action.name(),
                    action.type_name(),
                    action.request_type_name(),
                )
            })
            .collect();
        assert_eq!(
            actions,
            [
                ("Client", "ClientAction", "ClientActionRequest"),
                (
                    "DescribeClashes",
                    "DescribeClashes",
                    "DescribeClashesRequest"
                ),
                ("Error", "ErrorAction", "ErrorActionRequest"),
                ("Type", "TypeAction", "TypeActionRequest"),
            ]
        );

        // The crate's files define the same names, and its `Client` is the only one.
        let generated = clash_crate(mode, Dependencies::Registry);
        let mut split: Vec<String> = ["actions.rs", "requests.rs", "model.rs", "client.rs"]
            .iter()
            .flat_map(|name| structs(file(&generated, &format!("src/v20240101/{name}"))))
            .collect();
        split.retain(|name| name != "Client");
        split.sort();
        let mut whole = defined.clone();
        whole.sort();
        assert_eq!(split, whole, "{mode:?}");
    }
}

#[test]
fn the_constructor_takes_what_converts_into_its_members() {
    let module = generate(SPEC, None, &Options::default()).unwrap();
    let source = module.source();
    let expected = "    pub fn new(
        name: impl Into<String>,
        ids: impl IntoIterator<Item = impl Into<String>>,
        count: i64,
        client: ClientData,
        errors: impl IntoIterator<Item = ErrorData2>,
    ) -> Self {
        Self {
            name: name.into(),
            ids: ids.into_iter().map(Into::into).collect(),
            count,
            client,
            errors: errors.into_iter().collect(),
            request: None,
        }
    }";
    assert!(source.contains(expected), "no `{expected}` in\n{source}");
    // One required string: no `.into()` for the caller.
    assert!(
        source.contains(
            "pub fn new(id: impl Into<String>) -> Self {\n        Self { id: id.into() }"
        )
    );
}

#[test]
fn a_crate_version_is_a_folder_of_files_by_kind_with_an_index() {
    let generated = clash_crate(Mode::Tolerant, Dependencies::Registry);
    // The files by kind (the list is the unit test's of `generate_crate`), and the root
    // that re-exports them.
    let root = file(&generated, "src/v20240101/mod.rs");
    assert!(
        root.ends_with(
            "\nmod actions;\nmod client;\npub mod model;\nmod requests;\n\n\
             pub use actions::*;\npub use model::*;\npub use requests::*;\n\
             pub use client::Client;\n"
        ),
        "{root}"
    );
    for row in [
        "//! | action | client method | request | response | what it does |",
        "//! | `DescribeClashes` | [`describe_clashes`](Client::describe_clashes) | \
         [`DescribeClashesRequest`] | [`DescribeClashes`] | Describe things named like Rust's own |",
        // A keyword's method is linked without `r#`, and a `|` stays in its cell.
        "//! | `Type` | [`type`](Client::type) | [`TypeActionRequest`] | [`TypeAction`] | \
         An action named `Type` \\| with a pipe |",
    ] {
        assert!(root.contains(row), "no `{row}` in\n{root}");
    }
    // The example names the crate's own path, and runs as a doctest.
    assert!(root.contains("//! ```\n//! use tencent_cloud_clash::v20240101::DescribeClashes;\n"));
    assert!(root.contains("//! # Ok::<(), tencent_action::Error>(())\n//! ```"));
    assert!(!root.contains("crate::sdk"));
    // Each file imports only the siblings it names.
    let requests = file(&generated, "src/v20240101/requests.rs");
    assert!(requests.contains("\nuse super::actions::*;\n\nuse super::model::*;\n"));
    let model = file(&generated, "src/v20240101/model.rs");
    assert!(!model.contains("use super::"), "{model:.300}");
    // The lib's module declaration carries no docs of its own, which would move the
    // resolution of the module's intra-doc links to the crate's root.
    let lib = file(&generated, "src/lib.rs");
    assert!(
        lib.contains("#[rustfmt::skip]\npub mod v20240101;\n"),
        "{lib}"
    );
    assert!(!lib.contains("/// API version"), "{lib}");
}

/// What a user writes: both glob imports at once, a constructor without `.into()`.
const USE_TEST: &str = r##"//! The clash crate's names, as a user's code reaches them.
use tencent_action::*;
use tencent_cloud_clash::v20240101::*;

#[test]
fn glob_imports_of_the_runtime_and_the_module_do_not_clash() {
    let client: ClientData = serde_json::from_str(r#"{"Value":"v"}"#).unwrap();
    let request = DescribeClashesRequest::new("name", ["a", "b"], 3, client, []);
    assert_eq!(request.ids, ["a", "b"]);
    assert_eq!(<DescribeClashesRequest as Request>::Action::NAME, "DescribeClashes");
    let body = r#"{"Response":{"Error":{"Code":"Nope","Message":"m"},"RequestId":"r"}}"#;
    let error: Error = from_str::<DescribeClashes>(body).unwrap_err();
    assert!(matches!(error, Error::Api(_)));
    let body = r#"{"Response":{"RequestId":"r"}}"#;
    let response: Response<DescribeClashes> = from_str(body).unwrap();
    let none: Option<String> = response.into_data().model.map(|_| String::new());
    assert_eq!(none, None);
    let _: fn(tencent_action_client::Client) -> Client = Client::new;
}
"##;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .unwrap()
}

fn cargo(dir: &Path, target: &Path, args: &[&str]) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["--offline", "--quiet"])
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("RUSTDOCFLAGS", "-D warnings")
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo {args:?} in {}:\n{}{}",
        dir.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
#[ignore = "builds the clash crate and its client twice; CI runs it (`-- --ignored`)"]
fn the_clash_crate_builds_outside_the_repository() {
    let root = workspace();
    let outside = std::env::temp_dir().join(format!("tencent-action-clash-{}", std::process::id()));
    // One target for both modes, kept between runs: the dependencies build once.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("clash-target");
    for mode in [Mode::Tolerant, Mode::Strict] {
        let dir = outside.join(mode.as_str());
        let _ = std::fs::remove_dir_all(&dir);
        let generated = clash_crate(mode, Dependencies::Path(root.display().to_string()));
        for (path, text) in &generated.files {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        std::fs::create_dir_all(dir.join("tests")).unwrap();
        std::fs::write(dir.join("tests/names.rs"), USE_TEST).unwrap();
        // The workspace's versions, so that nothing needs resolving (or fetching).
        std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        cargo(
            &dir,
            &target,
            &["clippy", "--all-targets", "--", "-D", "warnings"],
        );
        // The tests and the module documentation's example.
        cargo(&dir, &target, &["test"]);
        cargo(&dir, &target, &["doc", "--no-deps"]);
    }
    let _ = std::fs::remove_dir_all(&outside);
}
