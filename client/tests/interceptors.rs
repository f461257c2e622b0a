//! Interceptors against the mock over loopback: the order of several, a header added and
//! a body rewritten before signing (the mock verifies the signature), every attempt of a
//! retried call seen after, and a log with its secrets masked.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tencent_action::{ConstructionError, ConstructionErrorKind, Error};
use tencent_action_client::interceptor::{AttemptContext, AttemptOutcome, Interceptor};
use tencent_action_client::retry::{Backoff, RetryConfig};
use tencent_action_client::transport::HttpRequest;
use tencent_action_client::{Client, ClientBuilder, Credential};
use tencent_action_mock::{AnswerRule, Fault, FaultRule, MockServer, Reply};

const SECRET_ID: &str = "AKIDinterceptors";
const SECRET_KEY: &str = "interceptors-secret-key";
const TOKEN: &str = "interceptors-session-token";
const CVM: &str = "2017-03-12";

async fn mock() -> MockServer {
    MockServer::builder()
        .specs_dir_services(
            concat!(env!("CARGO_MANIFEST_DIR"), "/../data/tencent-api/services"),
            &["cvm", "sts"],
        )
        .temporary_credential(SECRET_ID, SECRET_KEY, TOKEN)
        .start()
        .await
        .unwrap()
}

fn builder(mock: &MockServer) -> ClientBuilder {
    Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY).with_token(TOKEN))
        .endpoint(&mock.url())
        .region("ap-guangzhou")
        .retry(RetryConfig::standard().with_backoff(Backoff::exponential(
            Duration::from_millis(1),
            Duration::from_millis(5),
        )))
}

/// Records what each hook saw, in one journal shared by several interceptors.
struct Journal {
    name: &'static str,
    lines: Arc<Mutex<Vec<String>>>,
}

impl Interceptor for Journal {
    fn before_signing(
        &self,
        request: &mut HttpRequest,
        attempt: &AttemptContext<'_>,
    ) -> Result<(), Error> {
        let seen = format!("{:?}", request);
        assert!(
            !seen.contains(TOKEN) && !seen.contains("TC3-HMAC"),
            "{seen}"
        );
        let header = format!("{}-{}", self.name, attempt.attempt());
        request.headers.push((self.name_header(), header));
        let line = format!(
            "before {} {} #{}",
            self.name,
            attempt.action(),
            attempt.attempt()
        );
        self.lines.lock().unwrap().push(line);
        Ok(())
    }

    fn after_attempt(&self, outcome: &AttemptOutcome<'_>, attempt: &AttemptContext<'_>) {
        let code = match outcome.error() {
            Some(Error::Api(api)) => api.code().to_owned(),
            Some(other) => format!("{other}"),
            None => "ok".to_owned(),
        };
        let line = format!(
            "after {} #{} {:?} {code}",
            self.name,
            attempt.attempt(),
            outcome.status()
        );
        self.lines.lock().unwrap().push(line);
    }
}

impl Journal {
    fn name_header(&self) -> &'static str {
        match self.name {
            "first" => "X-First",
            _ => "X-Second",
        }
    }
}

#[tokio::test]
async fn several_run_in_order_on_every_attempt_and_their_headers_arrive() {
    let mock = mock().await;
    mock.fault(
        FaultRule::new(Fault::Throttle)
            .action("DescribeZones")
            .next(2),
    );
    let lines = Arc::new(Mutex::new(Vec::new()));
    let journal = |name| Journal {
        name,
        lines: lines.clone(),
    };
    let client = builder(&mock)
        .interceptor(journal("first"))
        .interceptor(journal("second"))
        .build()
        .unwrap();
    let zones = client
        .call_json("cvm", CVM, "DescribeZones", &serde_json::json!({}))
        .await
        .unwrap();
    assert!(zones["ZoneSet"].is_array());
    let mut expected = Vec::new();
    for attempt in 1..=3 {
        let outcome = if attempt < 3 {
            "RequestLimitExceeded"
        } else {
            "ok"
        };
        expected.extend([
            format!("before first DescribeZones #{attempt}"),
            format!("before second DescribeZones #{attempt}"),
            format!("after first #{attempt} Some(200) {outcome}"),
            format!("after second #{attempt} Some(200) {outcome}"),
        ]);
    }
    assert_eq!(*lines.lock().unwrap(), expected);
    let requests = mock.requests();
    assert_eq!(requests.len(), 3);
    for (index, request) in requests.iter().enumerate() {
        assert!(request.signature_valid, "attempt {index}");
        let attempt = index + 1;
        assert_eq!(
            request.header("x-first"),
            Some(format!("first-{attempt}").as_str())
        );
        assert_eq!(
            request.header("x-second"),
            Some(format!("second-{attempt}").as_str())
        );
    }
}

/// Rewrites the body: adds a member the caller left out.
struct DefaultLimit;

impl Interceptor for DefaultLimit {
    fn before_signing(
        &self,
        request: &mut HttpRequest,
        _: &AttemptContext<'_>,
    ) -> Result<(), Error> {
        let mut body: serde_json::Map<String, serde_json::Value> =
            serde_json::from_slice(&request.body).expect("a JSON object");
        body.entry("Limit").or_insert(7.into());
        request.body = serde_json::to_vec(&body).unwrap().into();
        Ok(())
    }
}

#[tokio::test]
async fn a_body_rewritten_before_signing_is_signed_as_sent() {
    let mock = mock().await;
    let client = builder(&mock).interceptor(DefaultLimit).build().unwrap();
    client
        .call_json(
            "cvm",
            CVM,
            "DescribeInstances",
            &serde_json::json!({"Offset": 0}),
        )
        .await
        .unwrap();
    let requests = mock.requests();
    assert_eq!(requests.len(), 1);
    assert!(requests[0].signature_valid);
    assert_eq!(requests[0].error_code, None);
    assert_eq!(requests[0].param("Limit"), Some(7.into()));
    assert_eq!(requests[0].param("Offset"), Some(0.into()));
}

/// Refuses every call: its error stops the call unsent.
struct Refuse;

impl Interceptor for Refuse {
    fn before_signing(
        &self,
        _: &mut HttpRequest,
        attempt: &AttemptContext<'_>,
    ) -> Result<(), Error> {
        let message = format!("{} is not allowed here", attempt.action());
        Err(ConstructionError::new(ConstructionErrorKind::Request, message).into())
    }
}

#[tokio::test]
async fn a_hook_that_refuses_stops_the_call_unsent() {
    let mock = mock().await;
    let client = builder(&mock).interceptor(Refuse).build().unwrap();
    let error = client
        .call_json("cvm", CVM, "TerminateInstances", &serde_json::json!({}))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Construction(_)), "{error}");
    assert!(
        error
            .to_string()
            .contains("TerminateInstances is not allowed here")
    );
    assert!(mock.requests().is_empty());
}

/// Counts attempts and the answers' statuses; shared through an `Arc`.
#[derive(Default)]
struct Attempts(Mutex<Vec<(u32, Option<u16>, bool)>>);

impl Interceptor for Attempts {
    fn after_attempt(&self, outcome: &AttemptOutcome<'_>, attempt: &AttemptContext<'_>) {
        let entry = (
            attempt.attempt(),
            outcome.status(),
            outcome.error().is_some(),
        );
        self.0.lock().unwrap().push(entry);
    }
}

#[tokio::test]
async fn attempts_without_an_answer_are_seen_too() {
    let mock = mock().await;
    let close = FaultRule::new(Fault::CloseBeforeResponse).action("RunInstances");
    mock.fault(close.next(1));
    mock.fault(
        FaultRule::new(Fault::HttpStatus(502))
            .action("RunInstances")
            .next(1),
    );
    let attempts = Arc::new(Attempts::default());
    let client = builder(&mock)
        .interceptor(attempts.clone())
        .build()
        .unwrap();
    let body = serde_json::json!({"ClientToken": "seen-three-times"});
    client
        .call_json("cvm", CVM, "RunInstances", &body)
        .await
        .unwrap();
    assert_eq!(
        *attempts.0.lock().unwrap(),
        [(1, None, true), (2, Some(502), true), (3, Some(200), false)]
    );
    assert_eq!(mock.requests().len(), 3);
}

/// Logs each answer's body with the values of secret-looking members masked.
struct MaskingLog(Arc<Mutex<Vec<String>>>);

impl Interceptor for MaskingLog {
    fn after_attempt(&self, outcome: &AttemptOutcome<'_>, attempt: &AttemptContext<'_>) {
        let Some(body) = outcome.body() else { return };
        let Ok(mut value) = serde_json::from_slice::<serde_json::Value>(body) else {
            return;
        };
        mask(&mut value);
        self.0
            .lock()
            .unwrap()
            .push(format!("{} {value}", attempt.action()));
    }
}

/// Replaces the value of every member whose name speaks of a secret, at any depth.
fn mask(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(members) => {
            for (name, member) in members.iter_mut() {
                let lower = name.to_ascii_lowercase();
                if ["secret", "token", "password"]
                    .iter()
                    .any(|word| lower.contains(word))
                {
                    *member = "***".into();
                } else {
                    mask(member);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(mask),
        _ => {}
    }
}

#[tokio::test]
async fn a_log_of_answers_masks_their_secrets() {
    let mock = mock().await;
    let credentials = serde_json::json!({
        "Credentials": {"TmpSecretId": "AKIDtemporary", "TmpSecretKey": "leaked-if-shown", "Token": "leaked-token"},
        "ExpiredTime": 1_900_000_000,
        "Expiration": "2030-03-17T17:46:40Z"
    });
    mock.answer(AnswerRule::new("AssumeRole", Reply::Success(credentials)));
    let lines = Arc::new(Mutex::new(Vec::new()));
    let client = builder(&mock)
        .interceptor(MaskingLog(lines.clone()))
        .build()
        .unwrap();
    let body = serde_json::json!({"RoleArn": "qcs::cam::uin/1:roleName/r", "RoleSessionName": "s"});
    let answer = client
        .call_json("sts", "2018-08-13", "AssumeRole", &body)
        .await
        .unwrap();
    // The caller has the secret; the log does not.
    assert_eq!(answer["Credentials"]["TmpSecretKey"], "leaked-if-shown");
    let lines = lines.lock().unwrap();
    assert_eq!(lines.len(), 1);
    let line = &lines[0];
    assert!(line.starts_with("AssumeRole {"), "{line}");
    assert!(line.contains(r#""TmpSecretKey":"***""#), "{line}");
    assert!(line.contains(r#""ExpiredTime":1900000000"#), "{line}");
    for secret in ["leaked-if-shown", "leaked-token", "AKIDtemporary"] {
        assert!(!line.contains(secret), "{line}");
    }
}

#[test]
fn a_requests_debug_hides_the_signature_and_the_token() {
    let request = HttpRequest::new("POST", "https://cvm.tencentcloudapi.com/")
        .with_header(
            "Authorization",
            "TC3-HMAC-SHA256 Credential=AKID/x, Signature=abc",
        )
        .with_header("X-TC-Token", TOKEN)
        .with_header("X-TC-Action", "DescribeZones");
    let shown = format!("{request:?}");
    assert!(
        !shown.contains("Signature=abc") && !shown.contains(TOKEN),
        "{shown}"
    );
    assert_eq!(shown.matches("<redacted>").count(), 2, "{shown}");
    assert!(shown.contains("DescribeZones"), "{shown}");
}
