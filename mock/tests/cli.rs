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

/// Kills the mock and gives what it printed on stderr.
fn stderr_of(mut running: Running) -> String {
    running.child.kill().unwrap();
    let mut stderr = String::new();
    running
        .child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    stderr
}

#[tokio::test]
async fn log_requests_prints_one_line_per_request_and_no_secret() {
    let (running, first) = spawn(&[
        "--log",
        "requests",
        "--token",
        "cli-token",
        "--fault",
        "http=503@DescribeRegions",
    ]);
    assert!(
        first.starts_with("listening on http://127.0.0.1:"),
        "{first}"
    );
    let mut caller = Caller::connect(running.addr).await.unwrap();
    let with_token = |action| SignedCall {
        token: Some("cli-token"),
        ..call(action)
    };
    let good = caller.call(&with_token("DescribeZones")).await.unwrap();
    let wrong_key = SignedCall {
        secret_key: "not-the-key",
        ..with_token("DescribeZones")
    };
    let refused = caller.call(&wrong_key).await.unwrap();
    let faulted = caller.call(&with_token("DescribeRegions")).await.unwrap();
    assert_eq!(faulted.status, 503);

    let stderr = stderr_of(running);
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|line| line.contains(" RequestId="))
        .collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    let id = |raw: &tencent_action_mock::caller::RawResponse| {
        raw.header("x-tc-requestid").unwrap().to_owned()
    };
    for (line, expected) in [
        (
            lines[0],
            format!(
                "cvm:DescribeZones ok RequestId={} signature=valid",
                id(&good)
            ),
        ),
        (
            lines[1],
            format!(
                "cvm:DescribeZones error=AuthFailure.SignatureFailure RequestId={} signature=invalid",
                id(&refused)
            ),
        ),
        (
            lines[2],
            "cvm:DescribeRegions fault=http=503 RequestId=".to_owned(),
        ),
    ] {
        let (time, rest) = line.split_once(' ').unwrap();
        // 2024-05-01T12:00:00.123Z
        assert_eq!(time.len(), 24, "{line}");
        assert!(time.ends_with('Z') && time.as_bytes()[10] == b'T', "{line}");
        assert!(rest.starts_with(&expected), "{line}\nexpected {expected}");
    }
    assert!(lines[2].ends_with(" signature=valid"), "{}", lines[2]);
    assert!(
        !stderr.contains(KEY) && !stderr.contains("cli-token") && !stderr.contains("not-the-key")
    );
    assert!(!stderr.contains("Signature="), "{stderr}");
}

#[tokio::test]
async fn without_log_no_line_per_request() {
    let (running, _) = spawn(&[]);
    let mut caller = Caller::connect(running.addr).await.unwrap();
    caller.call(&call("DescribeZones")).await.unwrap();
    let stderr = stderr_of(running);
    assert!(!stderr.contains("RequestId="), "{stderr}");
}

fn answers_file(name: &str, text: &str) -> std::path::PathBuf {
    let path =
        std::env::temp_dir().join(format!("mock-answers-{}-{name}.json", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

#[tokio::test]
async fn answers_load_from_a_file_at_start() {
    let file = answers_file(
        "good",
        r#"[{"action": "DescribeZones", "times": 1, "error": {"Code": "FromFile", "Message": "first"}},
            {"action": "DescribeZones", "service": "cvm", "times": 1, "response": {"TotalCount": 0, "ZoneSet": []}}]"#,
    );
    let (running, _) = spawn(&["--answers", file.to_str().unwrap()]);
    let mut caller = Caller::connect(running.addr).await.unwrap();
    let texts = [
        caller.call(&call("DescribeZones")).await.unwrap().text(),
        caller.call(&call("DescribeZones")).await.unwrap().text(),
        caller.call(&call("DescribeZones")).await.unwrap().text(),
    ];
    // The answer for cvm first, then the one for every service, then the usual one.
    assert!(texts[0].contains(r#""TotalCount":0"#), "{}", texts[0]);
    assert!(texts[1].contains(r#""Code":"FromFile""#), "{}", texts[1]);
    assert!(texts[2].contains("ap-guangzhou"), "{}", texts[2]);
    drop(running);
    let _ = std::fs::remove_file(file);
}

#[test]
fn a_bad_answers_file_names_the_file_and_the_mistake() {
    let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/tencent-api/services");
    let missing = std::env::temp_dir().join("mock-answers-that-do-not-exist.json");
    let cases = [
        (
            answers_file(
                "unknown-field",
                r#"[{"action": "DescribeZones", "reponse": {}}]"#,
            ),
            "answer 1: unknown field `reponse` in an answer",
        ),
        (
            answers_file(
                "unknown-action",
                r#"[{"action": "DescribeZones", "response": {}}, {"action": "DescribeZone", "response": {}}]"#,
            ),
            "answer 2: no service served has the action `DescribeZone`",
        ),
        (answers_file("not-json", "[{"), "not JSON"),
        (missing, "No such file"),
    ];
    for (file, why) in cases {
        let output = Command::new(env!("CARGO_BIN_EXE_tencent-action-mock"))
            .args(["--listen", "127.0.0.1:0", "--specs", specs])
            .args(["--secret-id", "AKIDCLI", "--secret-key", KEY, "--answers"])
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let named = format!("cannot read the answers in {}: ", file.display());
        assert!(stderr.contains(&named), "{stderr}");
        assert!(stderr.contains(why), "{stderr}");
        assert!(output.stdout.is_empty(), "no listening line");
        let _ = std::fs::remove_file(file);
    }
}

#[tokio::test]
async fn the_admin_api_and_conforming_through_the_binary() {
    let body = br#"{"PolicyId": 1, "PolicyDocument": "{}", "SetAsDefault": true}"#;
    let cam = SignedCall {
        service: "cam",
        version: "2019-01-16",
        body,
        ..call("CreatePolicyVersion")
    };
    for (flags, version_id) in [
        (&[][..], r#""VersionId":"4""#),
        (&["--conforming"][..], r#""VersionId":1"#),
    ] {
        let (running, _) = spawn(flags);
        let mut caller = Caller::connect(running.addr).await.unwrap();
        let answer = caller.call(&cam).await.unwrap().text();
        assert!(answer.contains(version_id), "{flags:?}: {answer}");
        let health = caller
            .send(
                hyper::Request::get("/_mock/health")
                    .header("host", running.addr.to_string())
                    .body(http_body_util::Full::new(bytes::Bytes::new()))
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(
            (health.status, health.text()),
            (200, r#"{"status":"ok"}"#.to_owned())
        );
    }
}

#[tokio::test]
async fn items_make_the_pages_of_every_list_that_pages() {
    let (running, _) = spawn(&["--items", "30"]);
    let mut caller = Caller::connect(running.addr).await.unwrap();
    let last_page = SignedCall {
        body: br#"{"Offset": 25, "Limit": 10}"#,
        ..call("DescribeInstances")
    };
    let answered = caller.call(&last_page).await.unwrap();
    let body: serde_json::Value = serde_json::from_slice(&answered.body).unwrap();
    let page = &body["Response"];
    assert_eq!(page["TotalCount"], 30, "{page}");
    let ids: Vec<&str> = page["InstanceSet"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|instance| instance["InstanceId"].as_str())
        .collect();
    assert_eq!(ids.len(), 5, "{page}");
    assert!(
        ids[0].ends_with("-0026") && ids[4].ends_with("-0030"),
        "{ids:?}"
    );
}
