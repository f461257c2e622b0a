//! The envelope is a serde type, not a JSON special case: other JSON deserializers decode
//! it in the same single pass, and `Response<A>` round-trips through other formats.

use tencent_action::{Error, Response, from_deserializer, from_str};
use tencent_action_tests::{
    DescribeDiskQuota, DescribeInstancesStatus, InstanceStatus, Placement, StartInstances,
};

const SUCCESS: &str = r#"{"Response":{"RequestId":"r-1","TotalCount":1,"InstanceStatusSet":[{"InstanceId":"ins-1","InstanceState":"RUNNING"}]}}"#;
const FAILURE: &str = r#"{"Response":{"TotalCount":"not read","Error":{"Message":"m","Code":"InternalError"},"RequestId":"r-2"}}"#;
const FAILURE_FIRST: &str = r#"{"Response":{"Error":{"Message":"m","Code":"InternalError"},"TotalCount":"skipped","RequestId":"r-2"}}"#;

fn sample() -> Response<DescribeInstancesStatus> {
    from_str(SUCCESS).unwrap()
}

#[test]
fn sonic_rs() {
    let mut de = sonic_rs::Deserializer::from_str(SUCCESS);
    let response = from_deserializer::<DescribeInstancesStatus, _>(&mut de).unwrap();
    assert_eq!(response, sample());

    let mut de = sonic_rs::Deserializer::from_str(FAILURE_FIRST);
    match from_deserializer::<DescribeInstancesStatus, _>(&mut de) {
        Err(Error::Api(error)) => {
            assert_eq!(
                (error.code(), error.request_id()),
                ("InternalError", Some("r-2"))
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn simd_json() {
    let mut bytes = SUCCESS.as_bytes().to_vec();
    let mut de = simd_json::Deserializer::from_slice(&mut bytes).unwrap();
    let response = from_deserializer::<DescribeInstancesStatus, _>(&mut de).unwrap();
    assert_eq!(response, sample());

    let mut bytes = FAILURE_FIRST.as_bytes().to_vec();
    let mut de = simd_json::Deserializer::from_slice(&mut bytes).unwrap();
    match from_deserializer::<DescribeInstancesStatus, _>(&mut de) {
        Err(Error::Api(error)) => {
            assert_eq!((error.code(), error.message()), ("InternalError", "m"))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_payload_error_before_the_server_error_needs_the_json_entry_points() {
    // A generic deserializer cannot be resumed after the payload failed, so only the
    // entry points that hold the body find the `Error` behind the bad field.
    assert!(matches!(
        from_str::<DescribeInstancesStatus>(FAILURE),
        Err(Error::Api(_))
    ));
    let mut de = sonic_rs::Deserializer::from_str(FAILURE);
    let Err(Error::Decode(error)) = from_deserializer::<DescribeInstancesStatus, _>(&mut de) else {
        panic!("decoded")
    };
    assert_eq!(error.kind(), tencent_action::DecodeErrorKind::Payload);
}

#[test]
fn generic_failures_keep_the_request_id_read_before_them() {
    let body = r#"{"Response":{"RequestId":"r-3","TotalCount":"x","InstanceStatusSet":[]}}"#;
    let mut de = sonic_rs::Deserializer::from_str(body);
    let Err(error) = from_deserializer::<DescribeInstancesStatus, _>(&mut de) else {
        panic!()
    };
    assert_eq!(error.request_id(), Some("r-3"));
    assert!(std::error::Error::source(&error).is_some());
}

#[test]
fn serializes_back_to_the_same_envelope() {
    let json = serde_json::to_value(sample()).unwrap();
    let original: serde_json::Value = serde_json::from_str(SUCCESS).unwrap();
    assert_eq!(json, original);
    let unit = from_str::<StartInstances>(r#"{"Response":{"RequestId":"r"}}"#).unwrap();
    assert_eq!(
        serde_json::to_string(&unit).unwrap(),
        r#"{"Response":{"RequestId":"r"}}"#
    );
}

#[test]
fn round_trips_through_json_via_serde_traits() {
    let text = serde_json::to_string(&sample()).unwrap();
    let back: Response<DescribeInstancesStatus> = serde_json::from_str(&text).unwrap();
    assert_eq!(back, sample());
    // Through the plain `Deserialize` impl, an API error is the format's error, with its text.
    let error =
        serde_json::from_str::<Response<DescribeInstancesStatus>>(FAILURE_FIRST).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("InternalError: m (RequestId: r-2)"),
        "{error}"
    );
}

#[test]
fn round_trips_through_cbor() {
    let mut bytes = Vec::new();
    ciborium::into_writer(&sample(), &mut bytes).unwrap();
    let back: Response<DescribeInstancesStatus> = ciborium::from_reader(bytes.as_slice()).unwrap();
    assert_eq!(back, sample());
}

#[test]
fn round_trips_through_postcard_which_is_not_self_describing() {
    let response = Response::new(
        DescribeDiskQuota {
            disk_quota: Some(7),
            placement: Some(Placement {
                zone: "ap-guangzhou-3".into(),
                project_id: None,
            }),
        },
        "r-postcard",
    );
    let bytes = postcard::to_allocvec(&response).unwrap();
    let back: Response<DescribeDiskQuota> = postcard::from_bytes(&bytes).unwrap();
    assert_eq!(back, response);
    let status = Response::new(
        DescribeInstancesStatus {
            total_count: 1,
            instance_status_set: vec![InstanceStatus {
                instance_id: "i".into(),
                instance_state: "s".into(),
            }],
        },
        "r",
    );
    let bytes = postcard::to_allocvec(&status).unwrap();
    assert_eq!(
        postcard::from_bytes::<Response<DescribeInstancesStatus>>(&bytes).unwrap(),
        status
    );
}
