//! Keys come in any order: the same body, with the entries of `Response` in another
//! order, gets the same answer. Each test holds the bodies that once broke that rule
//! (found by the differential test and the fuzzers, when the envelope's rules were
//! written twice, once in the decoder and once in the look at a failed body) in both
//! orders, so that the rule stays kept.

use tencent_action::{Error, from_slice};
use tencent_action_tests::shapes::{CatchAll, DescribeInstancesStatus};

fn answer(body: &str) -> Result<String, Error> {
    from_slice::<DescribeInstancesStatus>(body.as_bytes()).map(|r| format!("{:?}", r.data()))
}

fn api_error(body: &str) -> (String, String, String) {
    match answer(body) {
        Err(Error::Api(error)) => (
            error.code().to_owned(),
            error.message().to_owned(),
            error.request_id().unwrap_or_default().to_owned(),
        ),
        other => panic!("{body}\n  gave {other:?}, not the server's error"),
    }
}

const ERROR: &str = r#""Error":{"Code":"InternalError","Message":"m"}"#;

/// A well-formed `Error` is the answer whatever the payload holds: the server said the
/// request failed (here with a retryable code). Once, a payload value that serde_json
/// reports as a syntax error although the body is valid JSON, or a duplicate payload
/// field, made it a decode error when it came before `Error`.
#[test]
fn the_error_wins_over_any_payload_whatever_the_order() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let payloads = [
        r#""TotalCount":1e999"#.to_owned(),
        r#""TotalCount":18446744073709551616"#.to_owned(),
        r#""InstanceStatusSet":[{"InstanceId":"\ud800","InstanceState":"s"}]"#.to_owned(),
        r#""TotalCount":1,"TotalCount":2"#.to_owned(),
        format!(r#""InstanceStatusSet":{deep}"#),
    ];
    for payload in &payloads {
        let expected = ("InternalError".to_owned(), "m".to_owned(), "r".to_owned());
        let error_first = format!(r#"{{"Response":{{{ERROR},{payload},"RequestId":"r"}}}}"#);
        assert_eq!(api_error(&error_first), expected, "{error_first}");
        let error_last = format!(r#"{{"Response":{{{payload},{ERROR},"RequestId":"r"}}}}"#);
        assert_eq!(api_error(&error_last), expected, "{error_last}");
    }
    // The catch-all shape reads every payload value: there, deep nesting anywhere in the
    // payload hides the error.
    let body = format!(r#"{{"Response":{{"Data":{deep},{ERROR},"RequestId":"r"}}}}"#);
    assert!(
        matches!(from_slice::<CatchAll>(body.as_bytes()), Err(Error::Api(_))),
        "{body}"
    );
}

/// A malformed envelope is a decode error whatever else the body holds. Once, after a
/// payload field that did not fit, an `Error` that was duplicated, whose `Code` was
/// duplicated, or that was followed by a duplicated or non-string `RequestId` passed for
/// the server's error; in the other order the same body was a decode error.
#[test]
fn envelope_defects_after_a_payload_failure_are_decode_errors() {
    let defects = [
        format!(r#"{ERROR},"RequestId":-0"#),
        format!(r#"{ERROR},"RequestId":"a","RequestId":"b""#),
        format!(r#"{ERROR},"Error":{{"Code":"AuthFailure"}}"#),
        r#""Error":{"Code":"InternalError","Code":"AuthFailure"}"#.to_owned(),
    ];
    for defect in &defects {
        for body in [
            format!(r#"{{"Response":{{{defect},"TotalCount":{{}}}}}}"#),
            format!(r#"{{"Response":{{"TotalCount":{{}},{defect}}}}}"#),
        ] {
            assert!(
                matches!(answer(&body), Err(Error::Decode(_))),
                "{body}\n  gave {:?}",
                answer(&body)
            );
        }
    }
}

/// A decode error keeps the body's RequestId "before or after the problem". Once, after
/// a string in `Error` that could not be read (invalid UTF-8, a lone surrogate escape),
/// it was lost; before it, it was kept.
#[test]
fn the_request_id_after_an_unreadable_error_string_is_kept() {
    let mut invalid_utf8 =
        br#"{"Response":{"Error":{"Code":"InternalError","Message":"caf"#.to_vec();
    invalid_utf8.push(0xE9);
    invalid_utf8.extend_from_slice(br#""},"RequestId":"r-after"}}"#);
    let bodies = [
        invalid_utf8,
        br#"{"Response":{"Error":"\ud800","RequestId":"r-after"}}"#.to_vec(),
        br#"{"Response":{"Error":{"Code":"\ud800"},"RequestId":"r-after"}}"#.to_vec(),
    ];
    for body in &bodies {
        let text = String::from_utf8_lossy(body);
        match from_slice::<DescribeInstancesStatus>(body) {
            Err(Error::Decode(error)) => {
                assert_eq!(
                    error.request_id(),
                    Some("r-after"),
                    "{text}\n  gave {error}"
                )
            }
            other => panic!("{text}\n  gave {other:?}"),
        }
    }
}
