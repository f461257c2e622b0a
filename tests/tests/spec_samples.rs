//! The specification's own two sample responses, read from its text.

use tencent_action::{Category, Code, CommonCode, Error, ErrorCode, from_str};
use tencent_action_tests::{DescribeInstancesStatus, spec_samples};

#[test]
fn the_successful_sample() {
    let body = spec_samples().success;
    let response = from_str::<DescribeInstancesStatus>(&body).unwrap();
    assert_eq!(
        response.request_id(),
        Some("b5b41468-520d-4192-b42f-595cc34b6c1c")
    );
    assert_eq!(response.total_count, 0);
    assert!(response.instance_status_set.is_empty());
}

#[test]
fn the_failed_sample() {
    let body = spec_samples().failure;
    let Err(Error::Api(error)) = from_str::<DescribeInstancesStatus>(&body) else {
        panic!("the sample is a failure")
    };
    assert_eq!(error.code(), "AuthFailure.SignatureFailure");
    assert_eq!(
        error.message(),
        "The provided credentials could not be validated. Please ensure your signature is correct."
    );
    assert_eq!(
        error.request_id(),
        Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")
    );
    assert_eq!(
        error.code_as::<Code>(),
        Code::Common(CommonCode::AuthFailureSignatureFailure)
    );
    assert_eq!(error.category(), Category::Auth);
    assert!(!error.is_retryable());
    assert_eq!(
        error.to_string(),
        "AuthFailure.SignatureFailure: The provided credentials could not be validated. Please \
         ensure your signature is correct. (RequestId: ed93f3cb-f35e-473f-b9f3-0d451b8b79c6)"
    );
    assert_eq!(
        error.action_code::<DescribeInstancesStatus>().as_str(),
        error.code()
    );
}
