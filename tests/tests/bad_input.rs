//! Bodies that are not well-formed responses: each gives a decode error that says what is
//! wrong and where, keeps what the server did say, and never panics.

use std::error::Error as _;
use tencent_action::{DecodeError, DecodeErrorKind, Error, from_slice};
use tencent_action_tests::{DescribeInstancesStatus, StartInstances};

fn decode_error(body: &[u8]) -> DecodeError {
    match from_slice::<DescribeInstancesStatus>(body) {
        Err(Error::Decode(error)) => error,
        other => panic!("{}\n  gave {other:?}", String::from_utf8_lossy(body)),
    }
}

#[track_caller]
fn check(
    body: &str,
    kind: DecodeErrorKind,
    path: Option<&str>,
    request_id: Option<&str>,
) -> DecodeError {
    let error = decode_error(body.as_bytes());
    assert_eq!(error.kind(), kind, "{body}\n  gave {error}");
    assert_eq!(error.path(), path, "{body}\n  gave {error}");
    assert_eq!(error.request_id(), request_id, "{body}\n  gave {error}");
    assert_eq!(error.action(), "DescribeInstancesStatus");
    assert!(error.source().is_some(), "the serde error is the source");
    error
}

#[test]
fn empty_and_blank_bodies() {
    for body in ["", "   ", "\n\r\t"] {
        let error = check(body, DecodeErrorKind::Empty, None, None);
        assert!(error.to_string().contains("the body is empty"), "{error}");
    }
}

#[test]
fn an_html_gateway_page() {
    let body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>nginx</body></html>";
    let error = check(body, DecodeErrorKind::NotJson, None, None);
    assert_eq!(
        error.to_string(),
        "cannot decode the DescribeInstancesStatus response: the body is not JSON: it starts with \
         `<html>  <head><title>502 Bad Gateway</title></he...` (line 1, column 1)"
    );
    check("Service Unavailable", DecodeErrorKind::NotJson, None, None);
}

#[test]
fn truncated_bodies_keep_what_was_read() {
    let error = check(
        r#"{"Response":{"RequestId":"r-cut","TotalCount":2,"InstanceStatusSet":[{"Instan"#,
        DecodeErrorKind::Truncated,
        Some("Response.InstanceStatusSet[0]"),
        Some("r-cut"),
    );
    assert!(error.to_string().contains("EOF while parsing"), "{error}");
    // An error object read in full before the cut still reaches the caller.
    let error = check(
        r#"{"Response":{"Error":{"Code":"InternalError","Message":"m"},"Requ"#,
        DecodeErrorKind::Truncated,
        Some("Response"),
        None,
    );
    assert_eq!(
        (error.code(), error.server_message()),
        (Some("InternalError"), Some("m"))
    );
    assert!(
        error
            .to_string()
            .ends_with("(line 1, column 65; server error InternalError)"),
        "{error}"
    );
    let error = check(
        r#"{"Response":{"Error":{"Code":"","Message":"m"},"Requ"#,
        DecodeErrorKind::Truncated,
        Some("Response"),
        None,
    );
    assert_eq!(error.code(), Some(""));
    assert!(
        error
            .to_string()
            .contains("server error with an empty code"),
        "{error}"
    );
    check("{", DecodeErrorKind::Truncated, None, None);
}

#[test]
fn syntax_errors() {
    check(
        r#"{"Response":{"RequestId":"r","TotalCount":2,,}}"#,
        DecodeErrorKind::Syntax,
        Some("Response"),
        Some("r"),
    );
    let error = check(
        r#"{"Response":{"RequestId":"r","TotalCount":0,"InstanceStatusSet":[]}} trailing"#,
        DecodeErrorKind::Syntax,
        None,
        Some("r"),
    );
    assert!(error.to_string().contains("trailing characters"), "{error}");
}

#[test]
fn missing_or_malformed_response() {
    check(
        r#"{"RequestId":"r"}"#,
        DecodeErrorKind::MissingResponse,
        None,
        None,
    );
    check(r#"[1,2]"#, DecodeErrorKind::MissingResponse, None, None);
    check(
        r#""Response""#,
        DecodeErrorKind::MissingResponse,
        None,
        None,
    );
    check(r#"null"#, DecodeErrorKind::MissingResponse, None, None);
    check(
        r#"{"Response":"ok"}"#,
        DecodeErrorKind::ResponseNotObject,
        Some("Response"),
        None,
    );
    check(
        r#"{"Response":null}"#,
        DecodeErrorKind::ResponseNotObject,
        Some("Response"),
        None,
    );
    check(
        r#"{"Response":[{"RequestId":"r"}]}"#,
        DecodeErrorKind::ResponseNotObject,
        Some("Response"),
        None,
    );
}

#[test]
fn malformed_error_objects_keep_what_they_hold() {
    let error = check(
        r#"{"Response":{"Error":{"Message":"no code"},"RequestId":"r-1"}}"#,
        DecodeErrorKind::MalformedError,
        Some("Response.Error"),
        Some("r-1"),
    );
    assert_eq!(error.server_message(), Some("no code"));
    assert!(
        error.to_string().contains("missing field `Code`"),
        "{error}"
    );

    let error = check(
        r#"{"Response":{"RequestId":"r-2","Error":{"Code":4000,"Message":"numeric"}}}"#,
        DecodeErrorKind::MalformedError,
        Some("Response.Error.Code"),
        Some("r-2"),
    );
    assert!(
        error.to_string().contains("invalid type: integer `4000`"),
        "{error}"
    );

    let error = check(
        r#"{"Response":{"Error":{"Code":"InternalError","Message":["m"]},"RequestId":"r-3"}}"#,
        DecodeErrorKind::MalformedError,
        Some("Response.Error.Message"),
        Some("r-3"),
    );
    assert_eq!(error.code(), Some("InternalError"));

    check(
        r#"{"Response":{"Error":"InternalError","RequestId":"r-4"}}"#,
        DecodeErrorKind::MalformedError,
        Some("Response.Error"),
        Some("r-4"),
    );
    check(
        r#"{"Response":{"Error":{"Code":null},"RequestId":"r-5"}}"#,
        DecodeErrorKind::MalformedError,
        Some("Response.Error.Code"),
        Some("r-5"),
    );
}

#[test]
fn malformed_request_id() {
    check(
        r#"{"Response":{"TotalCount":0,"InstanceStatusSet":[],"RequestId":42}}"#,
        DecodeErrorKind::MalformedRequestId,
        Some("Response.RequestId"),
        None,
    );
}

#[test]
fn wrong_field_types_name_their_path_and_keep_the_request_id() {
    // The RequestId after the bad field is found by the second look.
    let error = check(
        r#"{"Response":{"TotalCount":2,"InstanceStatusSet":[{"InstanceId":"a","InstanceState":"RUNNING"},{"InstanceId":"b","InstanceState":3}],"RequestId":"r-after"}}"#,
        DecodeErrorKind::Payload,
        Some("Response.InstanceStatusSet[1].InstanceState"),
        Some("r-after"),
    );
    assert_eq!(
        error.detail(),
        "invalid type: integer `3`, expected a string"
    );
    assert_eq!((error.line(), error.column()), (Some(1), Some(129)));
    assert_eq!(
        error.to_string(),
        "cannot decode the DescribeInstancesStatus response: the payload does not match the \
         action's type at Response.InstanceStatusSet[1].InstanceState: invalid type: integer \
         `3`, expected a string (line 1, column 129; RequestId: r-after)"
    );
    // Before it, read on the way.
    check(
        r#"{"Response":{"RequestId":"r-before","TotalCount":"2","InstanceStatusSet":[]}}"#,
        DecodeErrorKind::Payload,
        Some("Response.TotalCount"),
        Some("r-before"),
    );
}

#[test]
fn missing_required_fields() {
    let error = check(
        r#"{"Response":{"InstanceStatusSet":[],"RequestId":"r"}}"#,
        DecodeErrorKind::Payload,
        Some("Response"),
        Some("r"),
    );
    assert!(
        error.to_string().contains("missing field `TotalCount`"),
        "{error}"
    );
    check(
        r#"{"Response":{"TotalCount":1,"InstanceStatusSet":[{"InstanceId":"i"}],"RequestId":"r"}}"#,
        DecodeErrorKind::Payload,
        Some("Response.InstanceStatusSet[0]"),
        Some("r"),
    );
}

#[test]
fn duplicate_keys() {
    for (body, path) in [
        (
            r#"{"Response":{"TotalCount":0,"InstanceStatusSet":[],"RequestId":"a"},"Response":{}}"#,
            None,
        ),
        (
            r#"{"Response":{"RequestId":"a","RequestId":"b","TotalCount":0,"InstanceStatusSet":[]}}"#,
            Some("Response"),
        ),
        (
            r#"{"Response":{"TotalCount":0,"TotalCount":1,"InstanceStatusSet":[],"RequestId":"a"}}"#,
            Some("Response"),
        ),
        (
            r#"{"Response":{"Error":{"Code":"A","Code":"B"},"RequestId":"a"}}"#,
            Some("Response.Error"),
        ),
        (
            r#"{"Response":{"Error":{"Code":"A"},"Error":{"Code":"B"},"RequestId":"a"}}"#,
            Some("Response"),
        ),
        (
            r#"{"Response":{"Error":null,"Error":{"Code":"B"},"RequestId":"a"}}"#,
            Some("Response"),
        ),
    ] {
        let error = decode_error(body.as_bytes());
        assert_eq!(
            error.kind(),
            DecodeErrorKind::DuplicateKey,
            "{body}\n  gave {error}"
        );
        assert_eq!(error.path(), path, "{body}\n  gave {error}");
        assert!(error.to_string().contains("duplicate field"), "{error}");
    }
}

#[test]
fn invalid_utf8_in_a_value_that_is_read() {
    let mut body =
        br#"{"Response":{"RequestId":"r","TotalCount":0,"InstanceStatusSet":[{"InstanceId":"caf"#
            .to_vec();
    body.push(0xE9);
    body.extend_from_slice(br#"","InstanceState":"s"}]}}"#);
    let error = decode_error(&body);
    assert_eq!(error.kind(), DecodeErrorKind::Syntax, "{error}");
    assert_eq!(
        error.path(),
        Some("Response.InstanceStatusSet[0].InstanceId")
    );
    assert_eq!(error.request_id(), Some("r"));
}

#[test]
fn decode_errors_are_thread_safe_and_static() {
    fn assert_send_sync<T: Send + Sync + 'static>() {}
    assert_send_sync::<Error>();
    assert_send_sync::<DecodeError>();
    let Err(error) = from_slice::<StartInstances>(b"{") else {
        unreachable!()
    };
    assert!(error.source().is_some());
    assert_eq!(error.request_id(), None);
    assert!(!error.is_retryable());
}

#[test]
fn deep_nesting_fails_cleanly() {
    let depth = 100_000;
    let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));

    // In a value that is read: the deserializer's recursion limit, reported as an error.
    #[tencent_action::tencent_action]
    #[derive(Debug)]
    struct Anything {
        #[allow(dead_code)]
        value: serde_json::Value,
    }
    let body = format!(r#"{{"Response":{{"RequestId":"r","Value":{deep}}}}}"#);
    let Err(Error::Decode(error)) = from_slice::<Anything>(body.as_bytes()) else {
        panic!("a 100,000-level value decodes")
    };
    assert_eq!(error.kind(), DecodeErrorKind::Syntax, "{error}");
    assert!(
        error.to_string().contains("recursion limit exceeded"),
        "{error}"
    );
    assert_eq!(error.request_id(), Some("r"));

    // In a value that is skipped: skipped without recursion, so the body decodes.
    let body = format!(r#"{{"Response":{{"Skipped":{deep},"RequestId":"r"}}}}"#);
    assert_eq!(
        from_slice::<StartInstances>(body.as_bytes())
            .unwrap()
            .request_id(),
        Some("r")
    );

    // As the whole body, and where a number is expected: refused at the first bracket.
    check(&deep, DecodeErrorKind::MissingResponse, None, None);
    let body = format!(r#"{{"Response":{{"RequestId":"r","TotalCount":{deep}}}}}"#);
    check(
        &body,
        DecodeErrorKind::Payload,
        Some("Response.TotalCount"),
        Some("r"),
    );
}

/// What a decode error keeps of the server's words does not depend on which look at the
/// body read them: a `null` `Message` is no message, before the failure (read by the
/// first pass) or after it (read by the second look), and a string one is kept either way.
#[test]
fn what_the_server_said_is_the_same_before_or_after_the_failure() {
    let bodies = [
        (
            r#"{"Response":{"Error":{"Code":"InternalError","Message":MESSAGE},"RequestId":5}}"#,
            DecodeErrorKind::MalformedRequestId,
        ),
        (
            r#"{"Response":{"TotalCount":"x","Error":{"Code":"InternalError","Message":MESSAGE},"RequestId":5}}"#,
            DecodeErrorKind::Payload,
        ),
    ];
    for (body, kind) in bodies {
        for (message, expected) in [("null", None), (r#""m""#, Some("m"))] {
            let body = body.replace("MESSAGE", message);
            let error = decode_error(body.as_bytes());
            assert_eq!(error.kind(), kind, "{body}");
            assert_eq!(error.code(), Some("InternalError"), "{body}");
            assert_eq!(error.server_message(), expected, "{body}");
        }
    }
}
