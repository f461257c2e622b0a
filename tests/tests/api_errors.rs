//! What a caller gets from an API error: the raw code, the typed per-action code, the
//! category, and one readable line.

use tencent_action::{ApiError, Category, Code, CommonCode, Error, ErrorCode, from_str};
use tencent_action_tests::{
    DescribeInstancesStatus, DescribeInstancesStatusErrorCode, StartInstances,
};

fn api_error(code: &str) -> ApiError {
    let body = format!(
        r#"{{"Response":{{"Error":{{"Code":"{code}","Message":"msg"}},"RequestId":"rid"}}}}"#
    );
    match from_str::<DescribeInstancesStatus>(&body) {
        Err(Error::Api(error)) => error,
        other => panic!("{other:?}"),
    }
}

#[test]
fn per_action_codes_then_common_then_raw() {
    use DescribeInstancesStatusErrorCode as C;
    let cases = [
        ("InvalidInstanceId.NotFound", C::InvalidInstanceIdNotFound),
        ("InvalidInstanceId.Malformed", C::InvalidInstanceIdMalformed),
        (
            "InvalidParameterValue.InstanceIdMalformed",
            C::InvalidParameterValueInstanceIdMalformed,
        ),
        ("InvalidParameterValueLimit", C::InvalidParameterValueLimit),
        (
            "RequestLimitExceeded",
            C::Common(CommonCode::RequestLimitExceeded),
        ),
        (
            "AuthFailure.TokenFailure",
            C::Common(CommonCode::AuthFailureTokenFailure),
        ),
    ];
    for (raw, expected) in cases {
        let error = api_error(raw);
        let code = error.action_code::<DescribeInstancesStatus>();
        assert_eq!(code, expected, "{raw}");
        assert_eq!(code.as_str(), raw);
        assert_eq!(code.to_string(), raw);
        assert_eq!(error.code(), raw);
    }
    let other = api_error("ResourceNotFound.Elsewhere").action_code::<DescribeInstancesStatus>();
    let C::Other(unknown) = &other else {
        panic!("{other:?}")
    };
    assert_eq!(unknown.as_str(), "ResourceNotFound.Elsewhere");
    assert_eq!(other.family(), Some(CommonCode::ResourceNotFound));
    assert_eq!(other.category(), Category::Resource);
}

#[test]
fn per_action_descriptions_and_categories() {
    use DescribeInstancesStatusErrorCode as C;
    assert_eq!(
        C::InvalidInstanceIdMalformed.description(),
        Some("The instance ID is malformed.")
    );
    assert_eq!(C::InvalidInstanceIdNotFound.description(), None);
    assert_eq!(
        C::Common(CommonCode::InternalError).description(),
        Some("Internal error.")
    );
    assert_eq!(
        C::InvalidParameterValueInstanceIdMalformed.category(),
        Category::Client
    );
    assert_eq!(
        C::InvalidParameterValueInstanceIdMalformed.family(),
        Some(CommonCode::InvalidParameterValue)
    );
    // A bare lookalike is not a member of the family it resembles.
    assert_eq!(C::InvalidParameterValueLimit.family(), None);
    assert_eq!(C::InvalidParameterValueLimit.category(), Category::Unknown);
}

#[test]
fn actions_without_declared_codes_use_the_common_table() {
    let body = r#"{"Response":{"Error":{"Code":"ResourceInUse","Message":"m"},"RequestId":"r"}}"#;
    let Err(Error::Api(error)) = from_str::<StartInstances>(body) else {
        panic!()
    };
    let code: Code = error.action_code::<StartInstances>();
    assert_eq!(code, Code::Common(CommonCode::ResourceInUse));
}

#[test]
fn retry_and_dry_run_are_data() {
    let throttled = api_error("RequestLimitExceeded.UinLimitExceeded");
    assert_eq!(throttled.category(), Category::Throttling);
    assert!(throttled.is_retryable());
    let quota = api_error("LimitExceeded");
    assert!(!quota.is_retryable());
    assert_eq!(quota.category(), Category::Quota);
    let transient = api_error("InternalError");
    assert_eq!(transient.category(), Category::Transient);
    assert!(transient.is_retryable());

    let dry_run = api_error("DryRunOperation");
    assert!(dry_run.is_dry_run());
    assert_eq!(dry_run.category(), Category::DryRun);
    assert!(!dry_run.is_retryable());
    let as_error = Error::Api(dry_run);
    assert!(as_error.is_dry_run());
    assert_eq!(as_error.code(), Some("DryRunOperation"));
    assert_eq!(as_error.request_id(), Some("rid"));
    assert_eq!(as_error.category(), Some(Category::DryRun));
}

#[test]
fn one_line_with_code_message_and_request_id() {
    let error = api_error("InvalidInstanceId.NotFound");
    assert_eq!(
        error.to_string(),
        "InvalidInstanceId.NotFound: msg (RequestId: rid)"
    );
    let wrapped = Error::Api(error);
    assert_eq!(
        wrapped.to_string(),
        "InvalidInstanceId.NotFound: msg (RequestId: rid)"
    );
    assert!(std::error::Error::source(&wrapped).is_none());
    let bare = ApiError::new("InternalError", "", "");
    assert_eq!(bare.to_string(), "InternalError");
    let empty = api_error("");
    assert_eq!(empty.code(), "");
    assert_eq!(
        empty.to_string(),
        "(empty error code): msg (RequestId: rid)"
    );
}
