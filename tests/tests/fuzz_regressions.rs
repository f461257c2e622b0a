//! Every crash the fuzz targets found, as a test of its own on the input checked in
//! under `fuzz/regressions/<target>/`. (The differential test also runs every one of
//! those inputs through every shape against the oracle.)

use std::path::{Path, PathBuf};
use tencent_action::{DecodeErrorKind, Error, from_slice};
use tencent_action_codegen::docs::rustdoc;
use tencent_action_codegen::{Mode, Options, generate};
use tencent_action_tests::differential::check_all;
use tencent_action_tests::shapes::{Borrowed, CatchAll, DescribeInstancesStatus, Flat, Unit};
use tencent_action_tests::specs;

fn regression(target: &str, name: &str) -> (PathBuf, Vec<u8>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/regressions")
        .join(target)
        .join(name);
    let body = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (path, body)
}

/// `structured`: a body that is not JSON (`"SubscriptionIdentifier":,`) after a payload
/// field and an `Error`, decoded as an action without fields, gave the API error: the
/// syntax error of the skipped rest was taken for the payload's own failure, which is
/// moot after an `Error`, and dropped.
#[test]
fn a_unit_action_does_not_swallow_a_syntax_error_after_the_error() {
    let (path, body) = regression("structured", "unit-action-syntax-error-after-error.json");
    assert!(serde_json::from_slice::<serde::de::IgnoredAny>(&body).is_err());
    let minimal: &[u8] = br#"{"Response":{"Q":1,"Error":{"Code":"X"},"A":,"B":1}}"#;
    for body in [&body[..], minimal] {
        match from_slice::<Unit>(body) {
            Err(Error::Decode(error)) => assert_eq!(error.kind(), DecodeErrorKind::Syntax),
            other => panic!("{}: {other:?}", path.display()),
        }
        // The same body, read by an action with fields, was already refused.
        assert!(matches!(
            from_slice::<CatchAll>(body),
            Err(Error::Decode(_))
        ));
        let disagreements = check_all(body);
        assert!(disagreements.is_empty(), "{}", disagreements[0]);
    }
}

/// `structured`, against a work-in-progress second look: a payload key that is not UTF-8
/// (`"Weight\xE9"`) before a well-formed `Error` gave the API error. A key that cannot be
/// read is a broken envelope, whatever follows it.
#[test]
fn an_unreadable_key_before_an_error_is_a_decode_error() {
    let (path, body) = regression("structured", "unreadable-key-before-error.json");
    assert!(std::str::from_utf8(&body).is_err());
    match from_slice::<Flat>(&body) {
        Err(Error::Decode(error)) => assert_eq!(error.kind(), DecodeErrorKind::Syntax),
        other => panic!("{}: {other:?}", path.display()),
    }
    let disagreements = check_all(&body);
    assert!(disagreements.is_empty(), "{}", disagreements[0]);
}

/// `structured`: a `RequestId` string that is not UTF-8, after a payload failure (here a
/// duplicate `Name`) and a well-formed `Error`, gave the API error with an empty RequestId;
/// with `Error` first, the same body is a decode error. An unreadable RequestId is a
/// broken envelope in any order.
#[test]
fn an_unreadable_request_id_after_a_payload_failure_is_a_decode_error() {
    let (path, body) = regression(
        "structured",
        "unreadable-request-id-after-payload-failure.json",
    );
    let mut minimal =
        br#"{"Response":{"TotalCount":"x","Error":{"Code":"C"},"RequestId":"a?"}}"#.to_vec();
    let at = minimal.iter().position(|&byte| byte == b'?').unwrap();
    minimal[at] = 0xE9;
    for body in [&body[..], &minimal] {
        for result in [
            from_slice::<Borrowed>(body).map(|_| ()),
            from_slice::<DescribeInstancesStatus>(body).map(|_| ()),
        ] {
            match result {
                Err(Error::Decode(error)) => assert_eq!(error.request_id(), None),
                other => panic!("{}: {other:?}", path.display()),
            }
        }
        let disagreements = check_all(body);
        assert!(disagreements.is_empty(), "{}", disagreements[0]);
    }
}

/// `docs` and `spec`: the generator panicked on an `&` before Chinese text, as in the
/// specs of ess, essbasic, faceid and postgres: an entity's name was looked for in the
/// text's first 12 bytes, a slice that ended inside a character.
#[test]
fn an_ampersand_before_chinese_text_is_text() {
    let (_, text) = regression("docs", "ampersand-before-chinese.txt");
    let text = String::from_utf8(text).unwrap();
    assert_eq!(rustdoc(&text), [text.as_str()]);
    let (path, input) = regression("spec", "ampersand-before-chinese.json");
    let (api, errors) = specs::split(&input);
    for mode in [Mode::Tolerant, Mode::Strict] {
        let module = generate(&api, errors.as_deref(), &Options { mode })
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        assert!(module.source().contains("创建签署流程&参数值参数值。"));
    }
}

/// Every input checked in for the generator's targets still passes their checks: the
/// converter and the generator return, and a spec they refuse is refused with the file
/// it is about.
#[test]
fn every_generator_regression_passes() {
    let dir = |target: &str| {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../fuzz/regressions")
            .join(target)
    };
    let inputs = |target: &str| -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir(target))
            .map(|entries| entries.map(|entry| entry.unwrap().path()).collect())
            .unwrap_or_default();
        files.sort();
        files
    };
    let docs = inputs("docs");
    let spec = inputs("spec");
    assert!(!docs.is_empty() && !spec.is_empty());
    for path in docs {
        let text = std::fs::read(&path).unwrap();
        let lines = rustdoc(&String::from_utf8_lossy(&text));
        assert!(
            lines.iter().all(|line| !line.contains('\n')),
            "{}",
            path.display()
        );
    }
    for path in spec {
        let (api, errors) = specs::split(&std::fs::read(&path).unwrap());
        for mode in [Mode::Tolerant, Mode::Strict] {
            if let Err(error) = generate(&api, errors.as_deref(), &Options { mode }) {
                assert!(
                    ["api.json", "errors.json"].contains(&error.file()),
                    "{}: {error}",
                    path.display()
                );
            }
        }
    }
}
