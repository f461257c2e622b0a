//! The envelope in every shape real servers send: any key order, extra keys, escapes,
//! `null`s, and bodies that `serde_json::from_slice` accepts although they are odd.

use serde::Deserialize;
use tencent_action::{Error, from_slice, from_str, tencent_action};
use tencent_action_tests::{
    DescribeDiskQuota, DescribeInstancesStatus, InstanceStatus, StartInstances,
};

fn ok<A>(body: &str) -> tencent_action::Response<A>
where
    A: tencent_action::Action + for<'de> Deserialize<'de> + std::fmt::Debug,
{
    match from_str::<A>(body) {
        Ok(response) => {
            let again = from_slice::<A>(body.as_bytes()).expect("from_slice agrees with from_str");
            assert_eq!(again.request_id(), response.request_id());
            response
        }
        Err(error) => panic!("{body}\n  gave {error}"),
    }
}

fn api_error<A>(body: &str) -> tencent_action::ApiError
where
    A: tencent_action::Action + for<'de> Deserialize<'de> + std::fmt::Debug,
{
    match from_slice::<A>(body.as_bytes()) {
        Err(Error::Api(error)) => error,
        other => panic!("{body}\n  gave {other:?}"),
    }
}

fn two_instances() -> Vec<InstanceStatus> {
    vec![
        InstanceStatus {
            instance_id: "ins-r8hr2upy".into(),
            instance_state: "RUNNING".into(),
        },
        InstanceStatus {
            instance_id: "ins-5d8a23rs".into(),
            instance_state: "STOPPED".into(),
        },
    ]
}

const SET: &str = r#"[{"InstanceId":"ins-r8hr2upy","InstanceState":"RUNNING"},{"InstanceId":"ins-5d8a23rs","InstanceState":"STOPPED"}]"#;

#[test]
fn request_id_first_middle_or_last() {
    let bodies = [
        format!(
            r#"{{"Response":{{"RequestId":"id-1","TotalCount":2,"InstanceStatusSet":{SET}}}}}"#
        ),
        format!(
            r#"{{"Response":{{"TotalCount":2,"RequestId":"id-1","InstanceStatusSet":{SET}}}}}"#
        ),
        format!(
            r#"{{"Response":{{"TotalCount":2,"InstanceStatusSet":{SET},"RequestId":"id-1"}}}}"#
        ),
        format!(
            r#"{{"Response":{{"InstanceStatusSet":{SET},"TotalCount":2,"RequestId":"id-1"}}}}"#
        ),
    ];
    for body in &bodies {
        let response = ok::<DescribeInstancesStatus>(body);
        assert_eq!(response.request_id(), Some("id-1"), "{body}");
        assert_eq!(response.total_count, 2);
        assert_eq!(response.instance_status_set, two_instances());
    }
}

#[test]
fn error_wins_in_any_position() {
    let error = r#""Error":{"Code":"InternalError","Message":"boom"}"#;
    let bodies = [
        format!(r#"{{"Response":{{{error},"RequestId":"id-2"}}}}"#),
        format!(r#"{{"Response":{{"RequestId":"id-2",{error}}}}}"#),
        // Beside a complete, valid payload: `Error` present means the request failed.
        format!(
            r#"{{"Response":{{"TotalCount":2,"InstanceStatusSet":{SET},{error},"RequestId":"id-2"}}}}"#
        ),
        format!(
            r#"{{"Response":{{{error},"TotalCount":2,"InstanceStatusSet":{SET},"RequestId":"id-2"}}}}"#
        ),
        // Beside a payload that does not fit the action: the error is still the answer.
        format!(r#"{{"Response":{{"TotalCount":"many",{error},"RequestId":"id-2"}}}}"#),
        format!(r#"{{"Response":{{{error},"TotalCount":"many","RequestId":"id-2"}}}}"#),
        format!(
            r#"{{"Response":{{"InstanceStatusSet":[{{"InstanceId":7}}],"RequestId":"id-2",{error}}}}}"#
        ),
    ];
    for body in &bodies {
        let error = api_error::<DescribeInstancesStatus>(body);
        assert_eq!(error.code(), "InternalError", "{body}");
        assert_eq!(error.message(), "boom", "{body}");
        assert_eq!(error.request_id(), Some("id-2"), "{body}");
    }
}

#[test]
fn message_before_code_and_extra_error_keys() {
    let body = r#"{"Response":{"Error":{"Message":"m","Detail":{"x":[1]},"Code":"FailedOperation"},"RequestId":"r"}}"#;
    let error = api_error::<StartInstances>(body);
    assert_eq!(
        (error.code(), error.message(), error.request_id()),
        ("FailedOperation", "m", Some("r"))
    );
}

#[test]
fn error_without_message_or_with_null_message() {
    for body in [
        r#"{"Response":{"Error":{"Code":"InternalError"},"RequestId":"r"}}"#,
        r#"{"Response":{"Error":{"Code":"InternalError","Message":null},"RequestId":"r"}}"#,
    ] {
        let error = api_error::<StartInstances>(body);
        assert_eq!(
            (error.code(), error.message()),
            ("InternalError", ""),
            "{body}"
        );
    }
}

#[test]
fn extra_top_level_keys_are_tolerated() {
    // What mqtt's examples look like.
    let body = r#"{"Error":null,"RequestId":null,"Response":{"RequestId":"r-1"}}"#;
    assert_eq!(ok::<StartInstances>(body).request_id(), Some("r-1"));
    let body = r#"{"Response":{"RequestId":"r-2"},"Extra":{"Response":"not this one"}}"#;
    assert_eq!(ok::<StartInstances>(body).request_id(), Some("r-2"));
}

#[test]
fn error_null_inside_response_is_no_error() {
    let body =
        r#"{"Response":{"Error":null,"TotalCount":0,"InstanceStatusSet":[],"RequestId":"r"}}"#;
    let response = ok::<DescribeInstancesStatus>(body);
    assert_eq!(response.total_count, 0);
}

#[test]
fn unknown_fields_are_skipped() {
    let body = r#"{"Response":{"NewField":{"deep":[1,2,{"a":null}]},"TotalCount":0,"InstanceStatusSet":[{"InstanceId":"i","InstanceState":"s","Extra":true}],"RequestId":"r"}}"#;
    let response = ok::<DescribeInstancesStatus>(body);
    assert_eq!(response.instance_status_set[0].instance_id, "i");
}

#[test]
fn null_or_missing_options() {
    for body in [
        r#"{"Response":{"DiskQuota":null,"Placement":null,"RequestId":"r"}}"#,
        r#"{"Response":{"RequestId":"r"}}"#,
    ] {
        let response = ok::<DescribeDiskQuota>(body);
        assert_eq!(
            (response.disk_quota, &response.placement),
            (None, &None),
            "{body}"
        );
    }
    let body = r#"{"Response":{"DiskQuota":5,"Placement":{"Zone":"ap-guangzhou-3","ProjectId":null},"RequestId":"r"}}"#;
    let response = ok::<DescribeDiskQuota>(body);
    assert_eq!(response.disk_quota, Some(5));
    assert_eq!(
        response.placement.as_ref().map(|p| p.zone.as_str()),
        Some("ap-guangzhou-3")
    );
}

#[test]
fn escaped_keys_are_the_keys_they_spell() {
    let body = r#"{"Resp\u006fnse":{"Request\u0049d":"r-esc","Total\u0043ount":1,"InstanceStatusSet":[]}}"#;
    let response = ok::<DescribeInstancesStatus>(body);
    assert_eq!(response.request_id(), Some("r-esc"));
    assert_eq!(response.total_count, 1);
    let body = r#"{"Response":{"\u0045rror":{"\u0043ode":"InternalError","Message":"m"},"RequestId":"r"}}"#;
    assert_eq!(api_error::<StartInstances>(body).code(), "InternalError");
}

#[test]
fn invalid_utf8_in_a_skipped_value_is_accepted_as_serde_json_does() {
    let mut body = br#"{"Response":{"Skipped":"caf"#.to_vec();
    body.push(0xE9); // Latin-1 'é': not UTF-8
    body.extend_from_slice(br#"","RequestId":"r-latin"}}"#);
    assert!(std::str::from_utf8(&body).is_err());
    #[derive(Deserialize)]
    #[allow(dead_code)]
    struct Plain {
        #[serde(rename = "Response")]
        response: PlainInner,
    }
    #[derive(Deserialize)]
    #[allow(dead_code)]
    struct PlainInner {
        #[serde(rename = "RequestId")]
        request_id: String,
    }
    assert!(
        serde_json::from_slice::<Plain>(&body).is_ok(),
        "serde_json accepts it"
    );
    let response = from_slice::<StartInstances>(&body).expect("so does the library");
    assert_eq!(response.request_id(), Some("r-latin"));
}

#[test]
fn whitespace_everywhere() {
    let body = " \n\t{ \"Response\" :\r\n { \"RequestId\" : \"r\" } } \n";
    assert_eq!(ok::<StartInstances>(body).request_id(), Some("r"));
}

#[test]
fn a_unit_action_skips_every_payload_field() {
    let body = r#"{"Response":{"TaskId":5,"Nested":{"a":[1,2]},"RequestId":"r"}}"#;
    assert_eq!(ok::<StartInstances>(body).request_id(), Some("r"));
    let body = r#"{"Response":{"TaskId":5,"Error":{"Code":"ResourceInUse","Message":"m"},"RequestId":"r"}}"#;
    assert_eq!(api_error::<StartInstances>(body).code(), "ResourceInUse");
}

#[test]
fn missing_request_id_is_none_not_an_error() {
    let body = r#"{"Response":{"TotalCount":0,"InstanceStatusSet":[]}}"#;
    assert_eq!(ok::<DescribeInstancesStatus>(body).request_id(), None);
    let body = r#"{"Response":{"RequestId":null}}"#;
    assert_eq!(ok::<StartInstances>(body).request_id(), None);
    let body = r#"{"Response":{"RequestId":""}}"#;
    assert_eq!(ok::<StartInstances>(body).request_id(), None);
}

#[test]
fn an_empty_braced_struct_is_a_unit_action() {
    #[tencent_action(service = "cvm", version = "2017-03-12")]
    #[derive(Debug)]
    struct RebootInstances {}
    let body = r#"{"Response":{"Something":1,"RequestId":"r"}}"#;
    assert_eq!(
        from_str::<RebootInstances>(body).unwrap().request_id(),
        Some("r")
    );
}

#[test]
fn response_derefs_and_gives_its_parts() {
    let body =
        format!(r#"{{"Response":{{"TotalCount":2,"InstanceStatusSet":{SET},"RequestId":"id"}}}}"#);
    let response: tencent_action_tests::DescribeInstancesStatusResponse = ok(&body);
    assert_eq!(response.data().total_count, 2);
    assert_eq!(response.instance_status_set.len(), 2);
    let (data, request_id) = response.clone().into_parts();
    assert_eq!((data.total_count, request_id.as_deref()), (2, Some("id")));
    assert_eq!(response.into_data().instance_status_set, two_instances());
}
