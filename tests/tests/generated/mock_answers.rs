//! The mock server's answers, decoded with the generated types: every action of every
//! compiled service version, in both modes, called over HTTP on loopback with a request
//! made from its input struct, must decode to `Ok` with the RequestId of the
//! `X-TC-RequestId` header; and the mock's errors must decode to the typed codes.

use super::{Decoded, read_json, sample_file, sdk};
use std::collections::BTreeMap;
use std::path::Path;
use tencent_action_mock::caller::{Caller, SignedCall, unix_now};
use tencent_action_mock::{MockServer, sample_request};
use tencent_action_spec::Status;

const ID: &str = "AKIDSWEEP";
const KEY: &str = "sweep-secret-key";

fn version_of(version_dir: &str) -> String {
    let digits = version_dir.trim_start_matches('v');
    format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..])
}

#[test]
fn every_answer_of_the_mock_decodes_with_the_generated_types() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let mock = MockServer::builder()
            .specs_dir_services(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/tencent-api/services"),
                sdk::SERVICES,
            )
            .credential(ID, KEY)
            // Strict types refuse the examples that break their spec, which the mock
            // otherwise serves as published (data/disagreements.jsonl lists them).
            .conforming(true)
            .keep_requests(0)
            .start()
            .await
            .expect("the mock starts");
        let mut caller = Caller::connect(mock.addr()).await.unwrap();
        let mut decoded = 0;
        let mut expected = 0;
        let mut failures = Vec::new();
        let mut answers: BTreeMap<(String, String, String), (String, String)> = BTreeMap::new();
        for module in sdk::MODULES {
            let version = version_of(module.version_dir);
            // The service's name, which is not always its folder's (`as` in `autoscaling`).
            let api = read_json(&sample_file(module, "api.json"));
            let service = api["metadata"]["serviceShortName"]
                .as_str()
                .unwrap_or(module.service);
            let spec = &mock.catalog().service(service).expect("a compiled service")[&version].spec;
            // The mock answers an offline action as Tencent does, with an error: only the
            // actions in service have an answer to decode.
            let in_service = spec
                .actions
                .iter()
                .filter(|(_, definition)| definition.status != Status::Offline);
            for (action, _) in in_service {
                expected += 1;
                let key = (service.to_owned(), version.clone(), action.clone());
                if !answers.contains_key(&key) {
                    let body = sample_request(mock.catalog(), service, &version, action)
                        .expect("the action is in the catalog");
                    let body = serde_json::to_vec(&body).unwrap();
                    let call = SignedCall {
                        service,
                        version: &version,
                        action,
                        body: &body,
                        secret_id: ID,
                        secret_key: KEY,
                        token: None,
                        timestamp: unix_now(),
                    };
                    let raw = caller.call(&call).await.unwrap();
                    assert_eq!(raw.status, 200, "{action}: {}", raw.text());
                    let header = raw.header("x-tc-requestid").unwrap_or_default().to_owned();
                    answers.insert(key.clone(), (raw.text(), header));
                }
                let (body, header) = &answers[&key];
                match (module.decode)(action, body) {
                    None => failures.push(format!(
                        "{} {version} {action}: the generated module lacks the action",
                        module.service
                    )),
                    Some(Decoded::Ok { request_id, .. }) if &request_id == header => decoded += 1,
                    Some(Decoded::Ok { request_id, .. }) => failures.push(format!(
                        "{} {action}: RequestId {request_id} is not the header's {header}",
                        module.service
                    )),
                    Some(Decoded::Err(error, _)) => failures.push(format!(
                        "{} {version} {action} ({:?}): {error}\n  body: {body}",
                        module.service, module.mode
                    )),
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} answers do not decode:\n{}",
            failures.len(),
            decoded + failures.len(),
            failures.join("\n")
        );
        assert_eq!(decoded, expected);
        assert!(decoded > 0);
    });
}

// Uses the cvm modules, which a sweep (`cfg(sweep)`) may not compile.
#[cfg(not(sweep))]
#[test]
fn the_mocks_errors_decode_to_their_codes() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let mock = MockServer::builder()
            .specs_dir_services(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/tencent-api/services"),
                &["cvm"],
            )
            .credential(ID, KEY)
            .start()
            .await
            .unwrap();
        let module = sdk::MODULES
            .iter()
            .find(|module| module.service == "cvm")
            .expect("cvm is among the generated services");
        let mut caller = Caller::connect(mock.addr()).await.unwrap();
        let good = SignedCall {
            service: "cvm",
            version: "2017-03-12",
            action: "StartInstances",
            body: br#"{"InstanceIds": ["ins-1"]}"#,
            secret_id: ID,
            secret_key: KEY,
            token: None,
            timestamp: unix_now(),
        };
        for (call, code) in [
            (
                SignedCall {
                    secret_key: "wrong",
                    ..good.clone()
                },
                "AuthFailure.SignatureFailure",
            ),
            (
                SignedCall {
                    body: b"{}",
                    ..good.clone()
                },
                "MissingParameter",
            ),
            (
                SignedCall {
                    body: br#"{"InstanceIds": ["a"], "X": 1}"#,
                    ..good.clone()
                },
                "UnknownParameter",
            ),
        ] {
            let raw = caller.call(&call).await.unwrap();
            match (module.decode)("StartInstances", &raw.text()) {
                Some(Decoded::Err(error, Some((typed, _)))) => {
                    let tencent_action::Error::Api(api) = *error else {
                        panic!("not an API error")
                    };
                    assert_eq!(api.code(), code);
                    assert_eq!(typed, code);
                    assert_eq!(api.request_id(), raw.header("x-tc-requestid"));
                }
                _ => panic!("{code}: {}", raw.text()),
            }
        }
    });
}
