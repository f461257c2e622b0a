//! The suite's own checks: every approach agrees on every input, a disagreement is
//! caught, and the synthetic body holds what it claims to.

use tencent_action::Response;
use tencent_action_benches::approach::{self, Failure, Outcome};
use tencent_action_benches::check::check_suite;
use tencent_action_benches::inputs::{Expect, Input, Suite, spec_samples};
use tencent_action_benches::synthetic;
use tencent_action_benches::types::instances::DescribeInstances;
use tencent_action_benches::types::status::{DescribeInstancesStatus, DescribeInstancesStatusRef};

#[test]
fn every_approach_agrees_on_every_input() {
    let checked = tencent_action_benches::check();
    assert!(checked.contains(&"instances_1m"), "{checked:?}");
    assert!(checked.contains(&"resolve_70k"), "{checked:?}");
}

/// An approach that gets the RequestId wrong.
fn wrong_request_id(body: &'static str) -> Outcome<DescribeInstancesStatus> {
    let (data, _) = approach::plain::<DescribeInstancesStatus>(body)?.into_parts();
    Ok(Response::new(data, "not-the-request-id"))
}

#[test]
#[should_panic(expected = "approach `wrong` disagrees with `3-plain`")]
fn a_disagreeing_approach_stops_the_run() {
    let (success, _) = spec_samples();
    let mut suite = Suite::<DescribeInstancesStatus, DescribeInstancesStatusRef>::success(success);
    suite.owned.push(("wrong", wrong_request_id));
    check_suite(&suite);
}

#[test]
#[should_panic(expected = "gave Err(Api")]
fn an_error_body_where_a_success_is_expected_stops_the_run() {
    let (_, error) = spec_samples();
    let mislabelled = Input {
        expect: Expect::Success,
        ..error
    };
    check_suite(
        &Suite::<DescribeInstancesStatus, DescribeInstancesStatusRef>::failure(mislabelled),
    );
}

#[test]
fn the_error_approaches_see_the_error() {
    let (_, error) = spec_samples();
    let suite = Suite::<DescribeInstancesStatus, DescribeInstancesStatusRef>::failure(error);
    for (name, function) in &suite.owned {
        match function(error.body) {
            Err(Failure::Api(api)) => {
                assert_eq!(api.code(), "AuthFailure.SignatureFailure", "{name}");
                assert_eq!(
                    api.request_id(),
                    Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"),
                    "{name}"
                );
            }
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn the_synthetic_body_is_about_a_megabyte_of_awkward_json() {
    let body = synthetic::body();
    assert!(
        (900_000..1_300_000).contains(&body.len()),
        "{} bytes",
        body.len()
    );
    for needle in [
        "\\u003c", "\\u0026", "\\n", "\\t", "\\\"", "\\\\", "\\u0001", "null", "0.25",
    ] {
        assert!(body.contains(needle), "no {needle}");
    }
    for needle in ["数据库主节点", "Ünïcødé", "🚀"] {
        assert!(body.contains(needle), "no {needle}");
    }
    let decoded: Response<DescribeInstances> = serde_json::from_str(&body).unwrap();
    assert_eq!(decoded.request_id(), Some(synthetic::REQUEST_ID));
    assert_eq!(
        *decoded,
        synthetic::describe_instances(synthetic::INSTANCES)
    );
    assert_eq!(body, synthetic::body(), "the body is deterministic");
}

#[test]
fn minify_keeps_the_json_and_drops_only_the_indentation() {
    let (success, _) = spec_samples();
    let compact = tencent_action_benches::inputs::minify(success.body);
    assert!(compact.len() < success.body.len());
    assert!(!compact.contains('\n'), "{compact}");
    let tricky = r#"{ "A" : "a \" b\\" , "B": [ 1, "x y" ] }"#;
    assert_eq!(
        tencent_action_benches::inputs::minify(tricky),
        r#"{"A":"a \" b\\","B":[1,"x y"]}"#
    );
    let again: serde_json::Value = serde_json::from_str(&compact).unwrap();
    let original: serde_json::Value = serde_json::from_str(success.body).unwrap();
    assert_eq!(again, original);
}
