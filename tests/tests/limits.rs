//! Bodies at the limits: 100,000 levels of nesting wherever a body can nest, on a thread
//! with the default 2 MiB stack, and a body of several megabytes. Each fails cleanly or
//! decodes, as the oracle says, and never overflows the stack. (Times and memory at 1, 10
//! and 100 MB are measured by `cargo run --release -p tencent-action-benches --bin scale`,
//! not asserted here.)

use tencent_action::{DecodeErrorKind, Error, from_slice};
use tencent_action_tests::differential::check_all;
use tencent_action_tests::shapes::{CatchAll, DescribeInstancesStatus, Flat, Unit};

const DEPTH: usize = 100_000;

/// Runs `f` on a thread with the 2 MiB stack a Rust program's threads get by default,
/// whatever `RUST_MIN_STACK` says: deep input must not need more.
fn on_a_small_stack(f: impl FnOnce() + Send + 'static) {
    let thread = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(f)
        .expect("a thread");
    if let Err(panic) = thread.join() {
        std::panic::resume_unwind(panic);
    }
}

fn arrays() -> String {
    format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH))
}

fn objects() -> String {
    format!("{}null{}", r#"{"a":"#.repeat(DEPTH), "}".repeat(DEPTH))
}

/// `(where, body with `{}` for the deep value, expected outcome for [`CatchAll`] and
/// [`Unit`] when the deep value is arrays)`. `Ok(())` is success, `Err(None)` an API error, `Err(Some(kind))` a decode
/// error of that kind.
type Expected = Result<(), Option<DecodeErrorKind>>;

const POSITIONS: &[(&str, &str, Expected, Expected)] = &[
    (
        "a payload value that is read",
        r#"{"Response":{"RequestId":"r","Data":{}}}"#,
        Err(Some(DecodeErrorKind::Syntax)),
        Ok(()),
    ),
    (
        "the whole body",
        "{}",
        Err(Some(DecodeErrorKind::MissingResponse)),
        Err(Some(DecodeErrorKind::MissingResponse)),
    ),
    (
        "a top-level key beside Response",
        r#"{"Extra":{},"Response":{"RequestId":"r"}}"#,
        Ok(()),
        Ok(()),
    ),
    (
        "the Response value",
        r#"{"Response":{}}"#,
        Err(Some(DecodeErrorKind::ResponseNotObject)),
        Err(Some(DecodeErrorKind::ResponseNotObject)),
    ),
    (
        "the RequestId value",
        r#"{"Response":{"RequestId":{}}}"#,
        Err(Some(DecodeErrorKind::MalformedRequestId)),
        Err(Some(DecodeErrorKind::MalformedRequestId)),
    ),
    (
        "the Error value",
        r#"{"Response":{"Error":{},"RequestId":"r"}}"#,
        Err(Some(DecodeErrorKind::MalformedError)),
        Err(Some(DecodeErrorKind::MalformedError)),
    ),
    (
        "the Error's Code",
        r#"{"Response":{"Error":{"Code":{}},"RequestId":"r"}}"#,
        Err(Some(DecodeErrorKind::MalformedError)),
        Err(Some(DecodeErrorKind::MalformedError)),
    ),
    (
        "the Error's Message",
        r#"{"Response":{"Error":{"Code":"C","Message":{}},"RequestId":"r"}}"#,
        Err(Some(DecodeErrorKind::MalformedError)),
        Err(Some(DecodeErrorKind::MalformedError)),
    ),
    (
        "an unknown key inside Error",
        r#"{"Response":{"Error":{"Code":"C","Detail":{}},"RequestId":"r"}}"#,
        Err(None),
        Err(None),
    ),
    (
        "a payload value after an Error",
        r#"{"Response":{"Error":{"Code":"C"},"Data":{},"RequestId":"r"}}"#,
        Err(None),
        Err(None),
    ),
];

fn outcome<T>(result: Result<T, Error>) -> Expected {
    match result {
        Ok(_) => Ok(()),
        Err(Error::Api(_)) => Err(None),
        Err(Error::Decode(error)) => Err(Some(error.kind())),
        Err(other) => panic!("{other:?}"),
    }
}

#[test]
fn deep_nesting_anywhere_fails_cleanly_or_is_skipped() {
    on_a_small_stack(|| {
        for (deep, expect) in [(arrays(), true), (objects(), false)] {
            for &(place, template, catch_all, unit) in POSITIONS {
                let body = template.replacen("{}", &deep, 1);
                let body = body.as_bytes();
                // Deep objects are keys and values where arrays are not (`{"Response":
                // {"a": ...}}` is a `Response` object): the oracle judges those.
                if expect {
                    assert_eq!(outcome(from_slice::<CatchAll>(body)), catch_all, "{place}");
                    assert_eq!(outcome(from_slice::<Unit>(body)), unit, "{place}");
                }
                // The decode error prints, with the RequestId it read.
                if let Err(Error::Decode(error)) = from_slice::<CatchAll>(body) {
                    let _ = error.to_string();
                    if template.contains(r#""RequestId":"r""#) {
                        assert_eq!(error.request_id(), Some("r"), "{place}: {error}");
                    }
                }
                let disagreements = check_all(body);
                assert!(disagreements.is_empty(), "{place}: {}", disagreements[0]);
            }
        }
    });
}

#[test]
fn deep_nesting_in_typed_fields() {
    on_a_small_stack(|| {
        let deep = arrays();
        // Where a number is expected: refused at the first bracket.
        let body = format!(r#"{{"Response":{{"RequestId":"r","TotalCount":{deep}}}}}"#);
        let Err(Error::Decode(error)) = from_slice::<Flat>(body.as_bytes()) else {
            panic!("a 100,000-level integer decodes");
        };
        assert_eq!(error.kind(), DecodeErrorKind::Payload);
        assert_eq!(error.request_id(), Some("r"));
        // Where a struct skips an unknown field: skipped.
        let body = format!(
            r#"{{"Response":{{"TotalCount":1,"InstanceStatusSet":[{{"InstanceId":"i","Extra":{deep},"InstanceState":"s"}}],"RequestId":"r"}}}}"#
        );
        let response = from_slice::<DescribeInstancesStatus>(body.as_bytes()).unwrap();
        assert_eq!(response.instance_status_set[0].instance_state, "s");
    });
}

#[test]
fn deep_and_unclosed_is_cut_short_or_too_deep() {
    on_a_small_stack(|| {
        for deep in ["[".repeat(DEPTH), r#"{"a":"#.repeat(DEPTH)] {
            let body = format!(r#"{{"Response":{{"RequestId":"r","Data":{deep}"#);
            // Skipped, it runs into the end of the body.
            let skipped = outcome(from_slice::<Unit>(body.as_bytes()));
            assert_eq!(skipped, Err(Some(DecodeErrorKind::Truncated)));
            // Read, it runs into the recursion limit first.
            let Err(Error::Decode(error)) = from_slice::<CatchAll>(body.as_bytes()) else {
                panic!("an unclosed 100,000-level value decodes");
            };
            assert_eq!(error.kind(), DecodeErrorKind::Syntax);
            assert!(error.to_string().contains("recursion limit"), "{error}");
            assert_eq!(error.request_id(), Some("r"));
        }
    });
}

/// Several megabytes of a real response shape: every instance comes back, and the
/// RequestId at the very end is found.
#[test]
fn a_large_body_decodes_completely() {
    let item = r#"{"InstanceId":"ins-r8hr2upy","InstanceState":"RUNNING"}"#;
    let count = 100_000;
    let mut body = String::from(r#"{"Response":{"TotalCount":100000,"InstanceStatusSet":["#);
    for i in 0..count {
        if i > 0 {
            body.push(',');
        }
        body.push_str(item);
    }
    body.push_str(r#"],"RequestId":"at-the-end"}}"#);
    assert!(body.len() > 5_000_000);
    let response = from_slice::<DescribeInstancesStatus>(body.as_bytes()).unwrap();
    assert_eq!(response.instance_status_set.len(), count);
    assert_eq!(response.request_id(), Some("at-the-end"));
    // One bad element at the end of it is found, with its path, and the RequestId kept.
    let bad = body.replacen(
        r#""InstanceState":"RUNNING"}],"#,
        r#""InstanceState":7}],"#,
        1,
    );
    let Err(Error::Decode(error)) = from_slice::<DescribeInstancesStatus>(bad.as_bytes()) else {
        panic!("a wrong element decodes");
    };
    assert_eq!(
        error.path(),
        Some(format!("Response.InstanceStatusSet[{}].InstanceState", count - 1).as_str())
    );
    assert_eq!(error.request_id(), Some("at-the-end"));
}
