//! The command as tests outside this repository run it:
//! `tencent-action-codegen <api.json> [--errors <errors.json>] [-o <out.rs>] [--mode ...]`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use tencent_action_codegen::{Mode, Options, generate};

fn cvm(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../data/tencent-api/services/cvm/v20170312")
        .join(file)
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tencent-action-codegen"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// A directory of this test's own, emptied.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "tencent-action-codegen-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the temp dir is writable");
    dir
}

fn library_output(mode: Mode) -> String {
    let spec = std::fs::read_to_string(cvm("api.json")).unwrap();
    let errors = std::fs::read_to_string(cvm("errors.json")).unwrap();
    generate(&spec, Some(&errors), &Options { mode })
        .unwrap()
        .into_source()
}

#[test]
fn the_output_file_is_what_the_library_generates() {
    let dir = scratch("output");
    let out = dir.join("cvm.rs");
    let output = run(&[
        cvm("api.json").as_os_str(),
        "--errors".as_ref(),
        cvm("errors.json").as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert!(output.status.success(), "{output:?}");
    assert!(output.stdout.is_empty());
    let written = std::fs::read(&out).unwrap();
    assert_eq!(written, library_output(Mode::Tolerant).into_bytes());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn without_output_the_module_goes_to_stdout() {
    let output = run(&[
        "--mode".as_ref(),
        "strict".as_ref(),
        cvm("api.json").as_os_str(),
        "--errors".as_ref(),
        cvm("errors.json").as_os_str(),
    ]);
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout, library_output(Mode::Strict));
    let file = syn::parse_file(&stdout).expect("the output is Rust");
    assert!(
        file.items.len() > 106,
        "an item per action, and the structs"
    );
    assert!(stdout.contains("pub struct DescribeInstances {"));
    assert!(stdout.contains("    pub cpu: i64,"));
    assert!(stdout.contains("s.field(\"CPU\", &self.cpu)?;"));
}

#[test]
fn a_malformed_spec_is_an_error_with_its_place() {
    let dir = scratch("malformed");
    let spec = dir.join("api.json");
    std::fs::write(
        &spec,
        "{\"metadata\": {\"serviceShortName\": \"cvm\", \"apiVersion\": \"2017-03-12\"},\n\
         \"actions\": {\"X\": {\"output\": 7}}, \"objects\": {}}",
    )
    .unwrap();
    let output = run(&[spec.as_os_str()]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!(
            "error: {} at actions.X.output: invalid type: integer `7`, expected a string at line 2",
            spec.display()
        )),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());

    std::fs::write(&spec, "{,}").unwrap();
    let output = run(&[spec.as_os_str()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        format!(
            "error: {}: key must be a string at line 1 column 2\n",
            spec.display()
        )
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_errors_file_of_another_service_is_refused() {
    let cbs_errors = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../data/tencent-api/services/cbs/v20170312/errors.json");
    let output = run(&[
        cvm("api.json").as_os_str(),
        "--errors".as_ref(),
        cbs_errors.as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.ends_with("errors.json at service: is `cbs`, but the spec is of service `cvm`\n"),
        "{stderr}"
    );
}

#[test]
fn a_missing_file_is_named() {
    let output = run(&["no/such/api.json".as_ref()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("error: cannot read no/such/api.json: "),
        "{stderr}"
    );
}

#[test]
fn bad_usage_exits_with_2_and_says_what_is_wrong() {
    for args in [
        &[][..],
        &["api.json", "--mode", "lenient"][..],
        &["api.json", "--frobnicate"][..],
        &["api.json", "-o"][..],
    ] {
        let args: Vec<&std::ffi::OsStr> = args.iter().map(|arg| arg.as_ref()).collect();
        let output = run(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.starts_with("error: "), "{stderr}");
        assert!(
            stderr.ends_with("For more information, try '--help'.\n"),
            "{stderr}"
        );
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn help_and_version_go_to_stdout() {
    let help = run(&["--help".as_ref()]);
    assert_eq!(help.status.code(), Some(0), "{help:?}");
    let text = String::from_utf8(help.stdout).unwrap();
    for needle in [
        "Usage: tencent-action-codegen [OPTIONS] <api.json>",
        "--errors <errors.json>",
        "-o, --output <out.rs>",
        "--mode <tolerant|strict>",
        "--english <EN_api.json>",
        "-V, --version",
        "tencent-action-codegen crate --help",
    ] {
        assert!(text.contains(needle), "{needle} in\n{text}");
    }
    assert!(help.stderr.is_empty());

    let help = run(&["crate".as_ref(), "--help".as_ref()]);
    assert_eq!(help.status.code(), Some(0), "{help:?}");
    let text = String::from_utf8(help.stdout).unwrap();
    for needle in [
        "Usage: tencent-action-codegen crate [OPTIONS] --output <OUT_DIR> <SERVICE_DIR>",
        "--deps-path <REPO_ROOT>",
        "--english <EN_SERVICE_DIR>",
    ] {
        assert!(text.contains(needle), "{needle} in\n{text}");
    }

    for args in [&["--version"][..], &["-V"][..], &["crate", "--version"][..]] {
        let args: Vec<&std::ffi::OsStr> = args.iter().map(|arg| arg.as_ref()).collect();
        let version = run(&args);
        assert_eq!(version.status.code(), Some(0), "{args:?}: {version:?}");
        assert_eq!(
            String::from_utf8(version.stdout).unwrap(),
            format!("tencent-action-codegen {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
}

/// `crate <SERVICE_DIR> -o <OUT_DIR> --deps-path <REPO_ROOT> --english <EN_SERVICE_DIR>`:
/// the crate of a service, its dependencies by a relative path, documented in English
/// first, and the same files as the checked-in `sdk/sts`.
#[test]
fn the_crate_command_writes_the_checked_in_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = scratch("crate");
    let service = root.join("data/tencent-api/services/sts");
    let output = run(&[
        "crate".as_ref(),
        service.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--deps-path".as_ref(),
        root.as_os_str(),
        "--english".as_ref(),
        root.join("data/tencent-api-en/services/sts").as_os_str(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("name = \"tencent-cloud-sts\""),
        "{manifest}"
    );
    assert!(
        manifest.contains("tencent-action-client = { path = \""),
        "{manifest}"
    );
    let checked_in = root.join("sdk/sts");
    for file in [
        "README.md",
        "src/lib.rs",
        "src/v20180813/mod.rs",
        "src/v20180813/actions.rs",
        "src/v20180813/requests.rs",
        "src/v20180813/model.rs",
        "src/v20180813/client.rs",
    ] {
        let written = std::fs::read_to_string(out.join(file)).unwrap();
        let expected = std::fs::read_to_string(checked_in.join(file)).unwrap();
        assert!(written == expected, "{file} differs from sdk/sts/{file}");
    }
    let client = std::fs::read_to_string(out.join("src/v20180813/client.rs")).unwrap();
    assert!(client.contains(
        "pub fn assume_role<'a>(\n        &'a self,\n        request: &'a super::AssumeRoleRequest,\n    ) -> impl ::core::future::Future<\n        Output = Result<\n            tencent_action::Response<super::AssumeRole>,\n            tencent_action::Error,\n        >,\n    > + 'a {\n        self.inner.send(request)\n    }"
    ), "{client}");

    // Without --deps-path, by version; a directory without versions is an error.
    let registry = scratch("crate-registry");
    let output = run(&[
        "crate".as_ref(),
        service.as_os_str(),
        "-o".as_ref(),
        registry.as_os_str(),
    ]);
    assert!(output.status.success());
    let manifest = std::fs::read_to_string(registry.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("tencent-action = \"=0.1.0\""),
        "{manifest}"
    );
    let empty = scratch("crate-empty");
    let output = run(&[
        "crate".as_ref(),
        empty.as_os_str(),
        "-o".as_ref(),
        registry.as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("holds no v<date>/api.json"));
    let output = run(&["crate".as_ref(), service.as_os_str()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("required arguments were not provided:\n  --output <OUT_DIR>"),
        "{stderr}"
    );
}

fn en(service: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../data/tencent-api-en/services")
        .join(service)
}

fn stderr_of(args: &[&std::ffi::OsStr]) -> String {
    let output = run(args);
    assert_eq!(output.status.code(), Some(1), "{args:?}: {output:?}");
    assert!(output.stdout.is_empty());
    String::from_utf8(output.stderr).unwrap()
}

/// The module command's `--english <EN_api.json>`: the library's bilingual module, and an
/// English file that is missing, malformed or of another service named in the error.
#[test]
fn the_module_commands_english_spec() {
    let english = en("cvm").join("v20170312/api.json");
    let output = run(&[
        cvm("api.json").as_os_str(),
        "--english".as_ref(),
        english.as_os_str(),
    ]);
    assert!(output.status.success(), "{output:?}");
    let parse = |path: &Path| {
        tencent_action_spec::parse("api.json", &std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let expected = tencent_action_codegen::generate_bilingual(
        &parse(&cvm("api.json")),
        None,
        Some(&parse(&english)),
        &Options::default(),
    )
    .unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), expected.source());
    assert!(
        expected
            .source()
            .contains("/// Views the list of instances (查看实例列表)")
    );

    let stderr = stderr_of(&[
        cvm("api.json").as_os_str(),
        "--english".as_ref(),
        "no/such/en.json".as_ref(),
    ]);
    assert!(
        stderr.starts_with("error: cannot read no/such/en.json: "),
        "{stderr}"
    );

    let dir = scratch("english-malformed");
    let malformed = dir.join("api.json");
    std::fs::write(
        &malformed,
        "{\"metadata\": {\"serviceShortName\": \"cvm\"}}",
    )
    .unwrap();
    let stderr = stderr_of(&[
        cvm("api.json").as_os_str(),
        "--english".as_ref(),
        malformed.as_os_str(),
    ]);
    assert!(
        stderr.starts_with(&format!(
            "error: {} at metadata: missing field `apiVersion`",
            malformed.display()
        )),
        "{stderr}"
    );

    let cbs = en("cbs").join("v20170312/api.json");
    let stderr = stderr_of(&[
        cvm("api.json").as_os_str(),
        "--english".as_ref(),
        cbs.as_os_str(),
    ]);
    assert_eq!(
        stderr,
        format!(
            "error: {} at metadata.serviceShortName: `cbs` where the spec it documents has \
             `cvm`: the English spec must be of the same service and version\n",
            cbs.display()
        )
    );
    let output = run(&[cvm("api.json").as_os_str(), "--english".as_ref()]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    std::fs::remove_dir_all(dir).unwrap();
}

/// The crate command's `--english <EN_SERVICE_DIR>`: a folder that cannot be read, holds
/// no version or a malformed one is an error naming it; a version it lacks is documented
/// in Chinese alone, and one only it has is not generated.
#[test]
fn the_crate_commands_english_specs() {
    let sts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/tencent-api/services/sts");
    let out = scratch("english-crate");
    let crate_with = |english: &Path| {
        run(&[
            "crate".as_ref(),
            sts.as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
            "--english".as_ref(),
            english.as_os_str(),
        ])
    };
    let missing = out.join("no-such-dir");
    let output = crate_with(&missing);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!(
            "error: {}: cannot read the folder: ",
            missing.display()
        )),
        "{stderr}"
    );

    let empty = scratch("english-empty");
    let output = crate_with(&empty);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!(
            "error: {} (--english) holds no v<date>/api.json\n",
            empty.display()
        )
    );

    let bad = scratch("english-bad");
    std::fs::create_dir_all(bad.join("v20180813")).unwrap();
    std::fs::write(bad.join("v20180813/api.json"), "{,}").unwrap();
    let output = crate_with(&bad);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!(
            "error: {}: key must be a string at line 1 column 2",
            bad.join("v20180813/api.json").display()
        )),
        "{stderr}"
    );

    // Only a version the Chinese folder lacks: the crate is the Chinese-only one.
    let other = scratch("english-other-version");
    std::fs::create_dir_all(other.join("v20990101")).unwrap();
    std::fs::copy(
        en("sts").join("v20180813/api.json"),
        other.join("v20990101/api.json"),
    )
    .unwrap();
    let output = crate_with(&other);
    assert!(output.status.success(), "{output:?}");
    let chinese = scratch("english-none");
    let output = run(&[
        "crate".as_ref(),
        sts.as_os_str(),
        "-o".as_ref(),
        chinese.as_os_str(),
    ]);
    assert!(output.status.success(), "{output:?}");
    for file in [
        "README.md",
        "src/lib.rs",
        "src/v20180813/mod.rs",
        "src/v20180813/client.rs",
    ] {
        let with = std::fs::read_to_string(out.join(file)).unwrap();
        let without = std::fs::read_to_string(chinese.join(file)).unwrap();
        assert!(with == without, "{file} differs");
        assert!(!with.contains("Assumes a role"), "{file}");
    }
    let readme = std::fs::read_to_string(chinese.join("README.md")).unwrap();
    assert!(
        readme.contains("with Tencent's documentation, in Chinese;"),
        "{readme}"
    );
    for dir in [out, empty, bad, other, chinese] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}
