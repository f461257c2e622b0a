//! The builder's region when it names none: `TENCENTCLOUD_REGION`, then tccli's profile
//! file. Each case builds a client in a child process (this test binary, run again on
//! this one test) with a home directory and variables of its own, so that neither the
//! real home nor this process's environment is read or changed.

use std::path::{Path, PathBuf};
use std::process::Command;
use tencent_action_client::{Client, Credential};

/// Set in the child: which builder to build.
const CASE: &str = "TENCENT_ACTION_REGION_CASE";
/// What precedes the child's outcome in its output.
const OUTCOME: &str = "outcome: ";
const THIS_TEST: &str = "the_builder_finds_the_region_where_tccli_does";

#[test]
fn the_builder_finds_the_region_where_tccli_does() {
    if let Ok(case) = std::env::var(CASE) {
        return build_and_print(&case);
    }
    let home = Home::new();
    home.write(
        "default",
        r#"{"_sys_param": {"region": "ap-shanghai", "output": "json"}}"#,
    );
    home.write("prod", r#"{"_sys_param": {"region": "eu-frankfurt"}}"#);
    let broken = home.write("broken", r#"{"_sys_param": {"region": "#);
    // A directory where a file should be cannot be read.
    let directory = home.0.join(".tccli").join("directory.configure");
    std::fs::create_dir(&directory).unwrap();
    let empty = Home::new();

    // The builder, its home, its variables, what it says.
    type Case<'a> = (&'a str, &'a Home, &'a [(&'a str, &'a str)], &'a str);
    let cases: &[Case] = &[
        ("environment", &home, &[], "region=ap-shanghai"),
        (
            "environment",
            &home,
            &[("TENCENTCLOUD_REGION", "ap-beijing")],
            "region=ap-beijing",
        ),
        (
            "environment",
            &home,
            &[("TCCLI_PROFILE", "prod")],
            "region=eu-frankfurt",
        ),
        (
            "environment",
            &home,
            &[
                ("TCCLI_PROFILE", "prod"),
                ("TENCENTCLOUD_REGION", "ap-beijing"),
            ],
            "region=ap-beijing",
        ),
        ("environment", &empty, &[], "region=none"),
        (
            "explicit",
            &home,
            &[("TENCENTCLOUD_REGION", "ap-beijing")],
            "region=ap-chengdu",
        ),
        (
            "no_region",
            &home,
            &[("TENCENTCLOUD_REGION", "ap-beijing")],
            "region=none",
        ),
        // A broken file is an error at build time that names it, unless the region is
        // given some other way (the file is then not read).
        (
            "environment",
            &home,
            &[("TCCLI_PROFILE", "broken")],
            "error=tccli's profile file",
        ),
        (
            "explicit",
            &home,
            &[("TCCLI_PROFILE", "broken")],
            "region=ap-chengdu",
        ),
        (
            "environment",
            &home,
            &[
                ("TCCLI_PROFILE", "broken"),
                ("TENCENTCLOUD_REGION", "ap-beijing"),
            ],
            "region=ap-beijing",
        ),
        (
            "environment",
            &home,
            &[("TCCLI_PROFILE", "directory")],
            "error=the region of tccli's profile file",
        ),
        // A profile without a file is no error: nothing was configured.
        (
            "environment",
            &home,
            &[("TCCLI_PROFILE", "staging")],
            "region=none",
        ),
    ];
    for (case, home, variables, expected) in cases {
        let outcome = run_child(case, &home.0, variables);
        assert!(
            outcome.starts_with(expected),
            "case {case} with {variables:?}: {outcome}"
        );
        if expected.starts_with("error=") {
            let file = if outcome.contains("cannot be read") {
                &directory
            } else {
                &broken
            };
            assert!(
                outcome.contains(&file.display().to_string()),
                "the error names the file: {outcome}"
            );
        }
    }
}

/// In the child: builds the case's client and prints its region or the build's error.
fn build_and_print(case: &str) {
    let builder = Client::builder()
        .credential(Credential::new("AKIDregion", "region-test-key"))
        .endpoint("http://127.0.0.1:1");
    let builder = match case {
        "explicit" => builder.region("ap-chengdu"),
        "no_region" => builder.no_region(),
        "environment" => builder,
        other => panic!("unknown case {other}"),
    };
    match builder.build() {
        Ok(client) => println!("{OUTCOME}region={}", client.region().unwrap_or("none")),
        Err(error) => println!("{OUTCOME}error={error}"),
    }
}

/// Runs this test in a child process with `home` and `variables` (and no other region
/// setting), and gives the line it printed.
fn run_child(case: &str, home: &Path, variables: &[(&str, &str)]) -> String {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args(["--exact", THIS_TEST, "--nocapture", "--test-threads=1"])
        .env(CASE, case)
        .env("HOME", home)
        .env_remove("USERPROFILE")
        .env_remove("TENCENTCLOUD_REGION")
        .env_remove("TCCLI_PROFILE");
    for (name, value) in variables {
        command.env(name, value);
    }
    let output = command.output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the child failed: {stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // The harness prints the test's name on the same line.
    stdout
        .lines()
        .find_map(|line| {
            line.split_once(OUTCOME)
                .map(|(_, outcome)| outcome.to_owned())
        })
        .unwrap_or_else(|| panic!("the child printed no outcome: {stdout}"))
}

/// A home directory of its own under the system's temporary directory, removed when
/// dropped.
struct Home(PathBuf);

impl Home {
    fn new() -> Self {
        let path = std::env::temp_dir().join(format!("region-home-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(path.join(".tccli")).unwrap();
        Home(path)
    }

    fn write(&self, profile: &str, text: &str) -> PathBuf {
        let path = self.0.join(".tccli").join(format!("{profile}.configure"));
        std::fs::write(&path, text).unwrap();
        path
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
