//! The actions Tencent documents as unsigned (STS's `AssumeRoleWithWebIdentity` and
//! `AssumeRoleWithSAML`, sent with `Authorization: SKIP`) are served without a
//! signature, recorded with `signature_valid: false`; every other action still needs
//! one, and a wrong key still fails.

mod support;

use bytes::Bytes;
use http_body_util::Full;
use serde_json::json;
use support::{CVM, error_of, response, send, send_request};
use tencent_action_mock::UNSIGNED_ACTIONS;
use tencent_action_mock::caller::unix_now;

const STS: &str = "2018-08-13";

/// A request as the official SDKs send an unsigned one: `Authorization: SKIP`, no token.
fn unsigned(
    host: &str,
    action: &str,
    version: &str,
    body: &serde_json::Value,
) -> hyper::Request<Full<Bytes>> {
    hyper::Request::post("/")
        .header("host", host)
        .header("content-type", "application/json")
        .header("authorization", "SKIP")
        .header("x-tc-action", action)
        .header("x-tc-version", version)
        .header("x-tc-timestamp", unix_now().to_string())
        .header("x-tc-region", "ap-guangzhou")
        .body(Full::new(Bytes::from(body.to_string())))
        .unwrap()
}

fn web_identity() -> serde_json::Value {
    json!({
        "ProviderId": "tke-oidc",
        "WebIdentityToken": "header.payload.signature",
        "RoleArn": "qcs::cam::uin/1:roleName/pods",
        "RoleSessionName": "s",
        "DurationSeconds": 7200,
    })
}

#[tokio::test]
async fn the_documented_unsigned_actions_need_no_signature() {
    let mock = support::start(&["sts", "cvm"]).await;
    let host = mock.addr().to_string();
    for sts_host in ["sts.tencentcloudapi.com", host.as_str()] {
        let answer = response(
            &send_request(
                &mock,
                unsigned(sts_host, "AssumeRoleWithWebIdentity", STS, &web_identity()),
            )
            .await,
        );
        assert!(answer["Credentials"]["TmpSecretId"].is_string(), "{answer}");
    }
    let seen = mock.requests();
    assert_eq!(seen.len(), 2);
    for request in &seen {
        assert!(!request.signature_valid, "recorded as not signed");
        assert_eq!(request.error_code, None);
        assert_eq!(request.service.as_deref(), Some("sts"));
        assert_eq!(request.to_json()["headers"]["authorization"], "<redacted>");
    }

    // Its parameters are still checked.
    let (code, message) = error_of(
        &send_request(
            &mock,
            unsigned(
                "sts.tencentcloudapi.com",
                "AssumeRoleWithWebIdentity",
                STS,
                &json!({"ProviderId": "p"}),
            ),
        )
        .await,
    );
    assert_eq!(code, "MissingParameter", "{message}");
}

#[tokio::test]
async fn every_other_action_still_needs_a_signature() {
    let mock = support::start(&["sts", "cvm"]).await;
    // STS's own AssumeRole, and CVM's DescribeZones, sent unsigned.
    for (host, action, version, body) in [
        (
            "sts.tencentcloudapi.com",
            "AssumeRole",
            STS,
            json!({"RoleArn": "r", "RoleSessionName": "s"}),
        ),
        ("cvm.tencentcloudapi.com", "DescribeZones", CVM, json!({})),
        // An unsigned action's name sent to another service.
        (
            "cvm.tencentcloudapi.com",
            "AssumeRoleWithWebIdentity",
            STS,
            web_identity(),
        ),
    ] {
        let (code, _) =
            error_of(&send_request(&mock, unsigned(host, action, version, &body)).await);
        assert_eq!(
            code, "AuthFailure.InvalidAuthorization",
            "{action} at {host}"
        );
    }
    // No Authorization at all is not the documented `SKIP`.
    let mut request = unsigned(
        "sts.tencentcloudapi.com",
        "AssumeRoleWithWebIdentity",
        STS,
        &web_identity(),
    );
    request.headers_mut().remove("authorization");
    let (code, _) = error_of(&send_request(&mock, request).await);
    assert_eq!(code, "AuthFailure.InvalidAuthorization");

    // Signed with a wrong key: refused, the unsigned actions too.
    let body = web_identity().to_string();
    for (service, version, action, body) in [
        ("cvm", CVM, "DescribeZones", "{}"),
        (
            "sts",
            STS,
            "AssumeRole",
            r#"{"RoleArn": "r", "RoleSessionName": "s"}"#,
        ),
        ("sts", STS, "AssumeRoleWithWebIdentity", body.as_str()),
    ] {
        let mut call = support::signed(service, version, action, body.as_bytes());
        call.secret_key = "a-wrong-key";
        let (code, _) = error_of(&send(&mock, &call).await);
        assert_eq!(code, "AuthFailure.SignatureFailure", "{action}");
    }
    assert!(
        mock.requests()
            .iter()
            .all(|request| !request.signature_valid)
    );
}

/// The list holds only what Tencent's own documentation of each action says is sent
/// with `Authorization: SKIP`.
#[test]
fn the_list_is_what_the_specs_document() {
    let catalog = tencent_action_mock::Catalog::load(&support::services(), &["sts"]).unwrap();
    for (service, action) in UNSIGNED_ACTIONS {
        let spec = &catalog.service(service).unwrap().get(STS).unwrap().spec;
        let document = spec.actions[*action].document.as_deref().unwrap_or("");
        assert!(
            document.contains("Authorization 需要传入值 SKIP"),
            "{action}: {document}"
        );
    }
}
