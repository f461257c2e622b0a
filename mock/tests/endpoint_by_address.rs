//! A client given the mock's address for its endpoint, signed as the official Node SDK
//! signs (`profile.httpProfile.endpoint = "127.0.0.1:PORT"`): the host in the signature
//! without its port, the credential scope's service `127`. It is accepted as the real
//! servers accept that SDK; a wrong key or another host still fails; the service comes
//! from the action and the version.

mod support;

use bytes::Bytes;
use http_body_util::Full;
use serde_json::{Value, json};
use support::{CVM, ID, KEY, error_of, response, send_request};
use tencent_action_mock::caller::unix_now;
use tencent_action_mock::{Catalog, MockServer};
use tencent_action_sign::{Payload, SignableRequest, sign};

/// A POST as the Node SDK sends it: `Host` with the port, signed over `signed_host`
/// with `scope` as the credential scope's service.
struct NodeStyle<'a> {
    action: &'a str,
    version: &'a str,
    body: &'a [u8],
    signed_host: &'a str,
    scope: &'a str,
    key: &'a str,
}

fn request(mock: &MockServer, call: &NodeStyle<'_>) -> hyper::Request<Full<Bytes>> {
    let timestamp = unix_now();
    let content_type = "application/json";
    let signed = sign(
        ID,
        call.key,
        call.scope,
        timestamp,
        &SignableRequest {
            method: "POST",
            query: "",
            headers: &[("content-type", content_type), ("host", call.signed_host)],
            payload: Payload::Bytes(call.body),
        },
    );
    hyper::Request::post("/")
        .header("host", mock.addr().to_string())
        .header("content-type", content_type)
        .header("authorization", signed.authorization)
        .header("x-tc-action", call.action)
        .header("x-tc-version", call.version)
        .header("x-tc-timestamp", timestamp.to_string())
        .header("x-tc-region", "ap-guangzhou")
        .header("x-tc-requestclient", "SDK_NODEJS_4.1.220")
        .body(Full::new(Bytes::copy_from_slice(call.body)))
        .unwrap()
}

fn node<'a>(action: &'a str, body: &'a [u8]) -> NodeStyle<'a> {
    NodeStyle {
        action,
        version: CVM,
        body,
        signed_host: "127.0.0.1",
        scope: "127",
        key: KEY,
    }
}

#[tokio::test]
async fn the_node_sdks_signature_is_accepted_and_nothing_else_is() {
    let mock = support::start(&["cvm", "cbs"]).await;
    let zones = response(&send_request(&mock, request(&mock, &node("DescribeZones", b"{}"))).await);
    assert!(zones["ZoneSet"].is_array(), "{zones}");
    let seen = &mock.requests()[0];
    assert!(seen.signature_valid);
    assert_eq!(seen.service.as_deref(), Some("cvm"));

    for (call, code) in [
        (
            NodeStyle {
                key: "not-the-key",
                ..node("DescribeZones", b"{}")
            },
            "AuthFailure.SignatureFailure",
        ),
        // Signed for another host: the host is still a signed header.
        (
            NodeStyle {
                signed_host: "127.0.0.2",
                ..node("DescribeZones", b"{}")
            },
            "AuthFailure.SignatureFailure",
        ),
        (
            NodeStyle {
                signed_host: "cvm.tencentcloudapi.com",
                ..node("DescribeZones", b"{}")
            },
            "AuthFailure.SignatureFailure",
        ),
    ] {
        let (got, message) = error_of(&send_request(&mock, request(&mock, &call)).await);
        assert_eq!(got, code, "{message}");
    }
    // A body other than the one signed.
    let mut swapped = request(&mock, &node("DescribeZones", b"{}"));
    *swapped.body_mut() = Full::new(Bytes::from_static(b"{ }"));
    let (got, _) = error_of(&send_request(&mock, swapped).await);
    assert_eq!(got, "AuthFailure.SignatureFailure");
    assert!(
        mock.requests()[1..]
            .iter()
            .all(|seen| !seen.signature_valid)
    );
}

#[tokio::test]
async fn the_action_and_the_version_find_the_service() {
    let mock = support::start(&["cvm", "cbs"]).await;
    // cbs has DescribeDisks in 2017-03-12, as cvm has its own actions in the same version.
    let disks = response(&send_request(&mock, request(&mock, &node("DescribeDisks", b"{}"))).await);
    assert!(disks.get("Error").is_none(), "{disks}");
    assert_eq!(mock.requests()[0].service.as_deref(), Some("cbs"));

    let (code, message) =
        error_of(&send_request(&mock, request(&mock, &node("DescribeNothing", b"{}"))).await);
    assert_eq!(code, "InvalidAction");
    assert!(
        message.contains("`DescribeNothing` in version `2017-03-12`"),
        "{message}"
    );
    let (code, _) = error_of(
        &send_request(
            &mock,
            request(
                &mock,
                &NodeStyle {
                    version: "2099-01-01",
                    ..node("DescribeZones", b"{}")
                },
            ),
        )
        .await,
    );
    assert_eq!(code, "InvalidAction");
}

/// Two services with the same action in the same version, each taking its own member.
fn twins() -> Catalog {
    let mut catalog = Catalog::new();
    for (service, member) in [("beta", "B"), ("alpha", "A")] {
        let api = json!({
            "metadata": {"serviceShortName": service, "apiVersion": "2020-01-01"},
            "actions": {"DescribeThings": {"input": "In", "output": "Out"}},
            "objects": {
                "In": {"members": [{"name": member, "type": "string", "member": "string"}]},
                "Out": {"members": [{"name": "Served", "type": "string", "member": "string"}]}
            }
        });
        let examples = json!({"actions": {"DescribeThings": [{
            "title": "t", "input": "", "document": "",
            "output": json!({"Response": {"Served": service, "RequestId": "r"}}).to_string()
        }]}});
        catalog
            .add(&api.to_string(), Some(&examples.to_string()), None)
            .unwrap();
    }
    catalog
}

#[tokio::test]
async fn of_several_services_the_one_that_takes_the_call_else_the_first_by_name() {
    let mock = MockServer::builder()
        .catalog(twins())
        .credential(ID, KEY)
        .start()
        .await
        .unwrap();
    let call = |body| NodeStyle {
        version: "2020-01-01",
        ..node("DescribeThings", body)
    };
    let served = |raw| -> Value { response(&raw)["Served"].clone() };
    // Both take no member: the first by name.
    assert_eq!(
        served(send_request(&mock, request(&mock, &call(b"{}"))).await),
        "alpha"
    );
    // Only beta takes `B`.
    assert_eq!(
        served(send_request(&mock, request(&mock, &call(br#"{"B": "x"}"#))).await),
        "beta"
    );
    // Neither takes `C`: the first by name says so.
    let (code, message) =
        error_of(&send_request(&mock, request(&mock, &call(br#"{"C": "x"}"#))).await);
    assert_eq!(code, "UnknownParameter", "{message}");
    let services: Vec<_> = mock
        .requests()
        .iter()
        .map(|seen| seen.service.clone().unwrap_or_default())
        .collect();
    assert_eq!(services, ["alpha", "beta", "alpha"]);
}
