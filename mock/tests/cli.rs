//! The binary as other languages' test suites start it: the fixed command line, the
//! first stdout line, faults from flags, and no secret in its output.

use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use tencent_action_mock::caller::{Caller, SignedCall, unix_now};

const KEY: &str = "cli-secret-key-never-printed";

struct Running {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn spawn(extra: &[&str]) -> (Running, String) {
    let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/tencent-api/services");
    let mut child = Command::new(env!("CARGO_BIN_EXE_tencent-action-mock"))
        .args([
            "--listen",
            "127.0.0.1:0",
            "--specs",
            specs,
            "--secret-id",
            "AKIDCLI",
            "--secret-key",
            KEY,
        ])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    let url = first
        .strip_suffix('\n')
        .and_then(|line| line.strip_prefix("listening on http://"))
        .unwrap_or_else(|| panic!("first line: {first:?}"));
    let addr = url.parse().unwrap();
    (Running { child, addr }, first)
}

fn call(action: &str) -> SignedCall<'_> {
    SignedCall {
        service: "cvm",
        version: "2017-03-12",
        action,
        body: b"{}",
        secret_id: "AKIDCLI",
        secret_key: KEY,
        token: None,
        timestamp: unix_now(),
    }
}

#[tokio::test]
async fn the_binary_serves_plays_faults_and_prints_no_secret() {
    let (mut running, first) = spawn(&[
        "--fault",
        "throttle@DescribeZones:next=1",
        "--token",
        "cli-token",
    ]);
    assert!(
        first.starts_with("listening on http://127.0.0.1:"),
        "{first}"
    );
    let mut caller = Caller::connect(running.addr).await.unwrap();
    let with_token = SignedCall {
        token: Some("cli-token"),
        ..call("DescribeZones")
    };
    let throttled = caller.call(&with_token).await.unwrap();
    assert!(
        throttled.text().contains("RequestLimitExceeded"),
        "{}",
        throttled.text()
    );
    let answered = caller.call(&with_token).await.unwrap();
    assert!(answered.text().contains("ZoneSet"), "{}", answered.text());
    let no_token = caller.call(&call("DescribeZones")).await.unwrap();
    assert!(no_token.text().contains("AuthFailure.TokenFailure"));

    running.child.kill().unwrap();
    let mut output = String::new();
    running
        .child
        .stdout
        .take()
        .map(|mut out| out.read_to_string(&mut output));
    running
        .child
        .stderr
        .take()
        .map(|mut err| err.read_to_string(&mut output));
    assert!(!output.contains(KEY) && !first.contains(KEY));
    assert!(!output.contains("cli-token"));
}

#[test]
fn a_bad_command_line_says_what_is_wrong() {
    let output = Command::new(env!("CARGO_BIN_EXE_tencent-action-mock"))
        .args([
            "--listen",
            "127.0.0.1:0",
            "--specs",
            "no-such-dir",
            "--secret-id",
            "i",
            "--secret-key",
            KEY,
        ])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no-such-dir"), "{stderr}");
    assert!(!stderr.contains(KEY) && !String::from_utf8_lossy(&output.stdout).contains(KEY));
}

/// Specs of services this repository does not hold, one with a broken examples file and
/// one with a broken api.json.
#[tokio::test]
async fn other_specs_directories_and_broken_files() {
    let dir = std::env::temp_dir().join(format!("mock-specs-{}", std::process::id()));
    let version = dir.join("widget/v20240101");
    std::fs::create_dir_all(&version).unwrap();
    std::fs::write(
        version.join("api.json"),
        r#"{"metadata": {"serviceShortName": "widget", "apiVersion": "2024-01-01"},
            "actions": {"DescribeWidgets": {"input": "DescribeWidgetsRequest", "output": "DescribeWidgetsResponse"}},
            "objects": {"DescribeWidgetsRequest": {"members": []},
                        "DescribeWidgetsResponse": {"members": [{"name": "Count", "type": "int", "member": "int64", "output_required": true}]}}}"#,
    )
    .unwrap();
    std::fs::write(version.join("examples.json"), "{not json").unwrap();
    let run = |dir: &std::path::Path| {
        Command::new(env!("CARGO_BIN_EXE_tencent-action-mock"))
            .args(["--listen", "127.0.0.1:0", "--specs"])
            .arg(dir)
            .args(["--secret-id", "AKIDCLI", "--secret-key", KEY])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let mut child = run(&dir);
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let addr: SocketAddr = first
        .trim()
        .trim_start_matches("listening on http://")
        .parse()
        .unwrap();
    let mut caller = Caller::connect(addr).await.unwrap();
    let answer = caller
        .call(&SignedCall {
            service: "widget",
            version: "2024-01-01",
            ..call("DescribeWidgets")
        })
        .await
        .unwrap();
    assert!(answer.text().contains("\"Count\":1"), "{}", answer.text());
    child.kill().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let _ = child.wait();
    assert!(
        stderr.contains("examples.json") && stderr.contains("left out"),
        "{stderr}"
    );

    std::fs::write(
        version.join("api.json"),
        r#"{"metadata": {"serviceShortName": 7}}"#,
    )
    .unwrap();
    let output = run(&dir).wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("api.json at metadata.serviceShortName"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn help_version_and_bad_usage() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_tencent-action-mock"))
            .args(args)
            .output()
            .unwrap()
    };
    let help = run(&["--help"]);
    assert_eq!(help.status.code(), Some(0), "{help:?}");
    let text = String::from_utf8(help.stdout).unwrap();
    for needle in [
        "Usage: tencent-action-mock [OPTIONS] --listen <ADDR> --specs <DIR> --secret-id <ID> --secret-key <KEY>",
        "--fault <SPEC>",
        "--rate-limit <[ACTION=]N>",
        "--version",
    ] {
        assert!(text.contains(needle), "{needle} in\n{text}");
    }

    let version = run(&["--version"]);
    assert_eq!(version.status.code(), Some(0), "{version:?}");
    assert_eq!(
        String::from_utf8(version.stdout).unwrap(),
        format!("tencent-action-mock {}\n", env!("CARGO_PKG_VERSION"))
    );

    // Bad usage: exit 2, what is wrong on stderr, and never the key.
    let bad = run(&[
        "--listen",
        "127.0.0.1:0",
        "--secret-key",
        KEY,
        "--fault",
        "explode",
    ]);
    assert_eq!(bad.status.code(), Some(2), "{bad:?}");
    let stderr = String::from_utf8(bad.stderr).unwrap();
    assert!(
        stderr.starts_with("error: invalid value 'explode' for '--fault <SPEC>': unknown kind"),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("For more information, try '--help'.\n"),
        "{stderr}"
    );
    assert!(!stderr.contains(KEY) && bad.stdout.is_empty());
}
