//! The OIDC role provider (TKE's pod identity) and the STS settings of AssumeRole, against
//! the mock playing STS from Tencent's own spec over real HTTP: the unsigned
//! `AssumeRoleWithWebIdentity`, the token file read again at each refresh, one refresh for
//! many callers, errors that name what is missing and never the token, and the default
//! chain picking the pod's role when only the `TKE_*` variables are set.

mod support;

use serde_json::{Value, json};
use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};
use support::{DescribeInstancesStatus, SECRET_ID, SECRET_KEY};
use tencent_action_client::credential::{
    AssumeRoleProvider, CachedProvider, OidcRoleProvider, ProvideCredential,
};
use tencent_action_client::transport::{BoxFuture, HttpRequest, HttpResponse, Transport};
use tencent_action_client::{Client, Credential};
use tencent_action_mock::{MockServer, ReceivedRequest, Reply};

const TMP_ID: &str = "AKIDpodrole";
const TMP_KEY: &str = "pod-role-secret-key-never-shown";
const TMP_TOKEN: &str = "pod-role-session-token-never-shown";
const OIDC_TOKEN: &str = "eyJhbGciOiJSUzI1NiJ9.first-oidc-token.never-shown";
const ROLE: &str = "qcs::cam::uin/100000000001:roleName/pods";

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// STS and CVM of the repository's specs; API calls must be signed with the pod's role,
/// AssumeRole with the long-term key.
async fn mock() -> MockServer {
    MockServer::builder()
        .specs_dir_services(
            concat!(env!("CARGO_MANIFEST_DIR"), "/../data/tencent-api/services"),
            &["sts", "cvm"],
        )
        .temporary_credential(TMP_ID, TMP_KEY, TMP_TOKEN)
        .credential(SECRET_ID, SECRET_KEY)
        .start()
        .await
        .unwrap()
}

/// STS hands out the pod's role, valid for `expires_in` seconds.
fn plays_sts(mock: &MockServer, action: &str, expires_in: i64) {
    mock.handle(action, move |_| {
        Reply::Success(json!({
            "Credentials": {"Token": TMP_TOKEN, "TmpSecretId": TMP_ID, "TmpSecretKey": TMP_KEY},
            "ExpiredTime": now() + expires_in,
            "Expiration": "2030-01-01T00:00:00Z",
        }))
    });
}

fn sts_calls(mock: &MockServer, action: &str) -> Vec<ReceivedRequest> {
    mock.requests()
        .into_iter()
        .filter(|request| request.action.as_deref() == Some(action))
        .collect()
}

/// A directory of this test's own for token files.
fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// An environment holding these variables only.
fn env(vars: &[(&str, &Path)]) -> impl Fn(&str) -> Option<OsString> + Send + Sync + 'static {
    let vars: HashMap<String, OsString> = vars
        .iter()
        .map(|(name, value)| ((*name).to_owned(), value.as_os_str().to_owned()))
        .collect();
    move |name| vars.get(name).cloned()
}

fn tke_vars(token_file: &Path) -> Vec<(&'static str, PathBuf)> {
    vec![
        ("TKE_REGION", "ap-shanghai".into()),
        ("TKE_PROVIDER_ID", "tke-oidc-provider".into()),
        ("TKE_WEB_IDENTITY_TOKEN_FILE", token_file.to_owned()),
        ("TKE_ROLE_ARN", ROLE.into()),
    ]
}

fn tke(vars: &[(&'static str, PathBuf)]) -> OidcRoleProvider {
    let borrowed: Vec<(&str, &Path)> = vars.iter().map(|(n, v)| (*n, v.as_path())).collect();
    OidcRoleProvider::tke_from(env(&borrowed))
}

#[tokio::test]
async fn the_pod_role_comes_from_sts_unsigned_once_for_many_callers() {
    let mock = mock().await;
    plays_sts(&mock, "AssumeRoleWithWebIdentity", 7200);
    let token_file = dir("oidc-once").join("token");
    std::fs::write(&token_file, format!("{OIDC_TOKEN}\n")).unwrap();
    let provider = tke(&tke_vars(&token_file)).sts_endpoint(mock.url());
    let client = Client::builder()
        .credentials_provider(CachedProvider::new(provider))
        .endpoint(&mock.url())
        .region("ap-guangzhou")
        .build()
        .unwrap();
    // Signed with the role's key and token, or the mock refuses them.
    let calls: Vec<_> = (0..32)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.call::<DescribeInstancesStatus>(&json!({})).await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }

    let sts = sts_calls(&mock, "AssumeRoleWithWebIdentity");
    assert_eq!(sts.len(), 1, "32 concurrent calls, one STS call");
    let login = &sts[0];
    assert_eq!(login.error_code, None);
    assert!(!login.signature_valid, "sent unsigned");
    assert_eq!(login.header("authorization"), Some("SKIP"));
    assert_eq!(login.header("x-tc-token"), None);
    assert_eq!(
        login.header("x-tc-region"),
        Some("ap-shanghai"),
        "TKE_REGION"
    );
    assert_eq!(login.header("x-tc-version"), Some("2018-08-13"));
    let params = Value::Object(login.params.clone());
    assert_eq!(
        params["WebIdentityToken"], OIDC_TOKEN,
        "the file's token, trimmed"
    );
    assert_eq!(params["ProviderId"], "tke-oidc-provider");
    assert_eq!(params["RoleArn"], ROLE);
    assert_eq!(params["DurationSeconds"], 7200);
    let session = params["RoleSessionName"].as_str().unwrap();
    assert!(session.starts_with("tencent-action-"), "{session}");
    let api = sts_calls(&mock, "DescribeInstancesStatus");
    assert_eq!(api.len(), 32);
    assert!(
        api.iter()
            .all(|call| call.signature_valid && call.error_code.is_none())
    );

    let shown = format!("{client:?}");
    assert!(
        !shown.contains(OIDC_TOKEN) && !shown.contains(TMP_KEY) && !shown.contains(TMP_TOKEN),
        "{shown}"
    );
}

#[tokio::test]
async fn a_refresh_before_expiry_sends_the_token_the_file_holds_then() {
    let mock = mock().await;
    // 100 s left is inside the cache's 300 s margin: every use refreshes.
    plays_sts(&mock, "AssumeRoleWithWebIdentity", 100);
    let token_file = dir("oidc-refresh").join("token");
    std::fs::write(&token_file, OIDC_TOKEN).unwrap();
    let provider = CachedProvider::new(
        tke(&tke_vars(&token_file))
            .sts_endpoint(mock.url())
            .duration_seconds(900),
    );
    let first = provider.credential().await.unwrap();
    assert_eq!(first.secret_id(), TMP_ID);
    assert_eq!(first.token(), Some(TMP_TOKEN));
    let expiry = first.expires_at().unwrap();
    assert!(expiry > SystemTime::now() + std::time::Duration::from_secs(90));

    // The kubelet replaces the token.
    std::fs::write(&token_file, "the-rotated-token").unwrap();
    provider.credential().await.unwrap();
    let sent: Vec<Value> = sts_calls(&mock, "AssumeRoleWithWebIdentity")
        .iter()
        .map(|call| call.params["WebIdentityToken"].clone())
        .collect();
    assert_eq!(sent, [json!(OIDC_TOKEN), json!("the-rotated-token")]);
    assert_eq!(
        sts_calls(&mock, "AssumeRoleWithWebIdentity")[1].params["DurationSeconds"],
        900
    );
}

#[tokio::test]
async fn a_provider_given_its_settings_and_another_region() {
    let mock = mock().await;
    plays_sts(&mock, "AssumeRoleWithWebIdentity", 7200);
    let token_file = dir("oidc-given").join("token");
    std::fs::write(&token_file, OIDC_TOKEN).unwrap();
    let given = OidcRoleProvider::new("github", ROLE, &token_file)
        .sts_endpoint(mock.url())
        .session_name("ci-run-7");
    given.credential().await.unwrap();
    given
        .clone()
        .sts_region("ap-beijing")
        .credential()
        .await
        .unwrap();
    let over_tke = tke(&tke_vars(&token_file))
        .sts_endpoint(mock.url())
        .sts_region("ap-chengdu");
    over_tke.credential().await.unwrap();
    let calls = sts_calls(&mock, "AssumeRoleWithWebIdentity");
    let regions: Vec<Option<&str>> = calls.iter().map(|c| c.header("x-tc-region")).collect();
    assert_eq!(regions, [None, Some("ap-beijing"), Some("ap-chengdu")]);
    assert_eq!(calls[0].params["ProviderId"], "github");
    assert_eq!(calls[0].params["RoleSessionName"], "ci-run-7");
}

/// Everything that can be wrong, each error naming it; no token anywhere.
#[tokio::test]
async fn errors_say_what_is_missing_and_never_the_token() {
    let mock = mock().await;
    let token_file = dir("oidc-errors").join("token");
    std::fs::write(&token_file, OIDC_TOKEN).unwrap();
    let all = tke_vars(&token_file);
    let mut texts = Vec::new();
    for missing in [
        "TKE_REGION",
        "TKE_PROVIDER_ID",
        "TKE_WEB_IDENTITY_TOKEN_FILE",
        "TKE_ROLE_ARN",
    ] {
        let vars: Vec<_> = all.iter().filter(|(n, _)| *n != missing).cloned().collect();
        let error = tke(&vars)
            .sts_endpoint(mock.url())
            .credential()
            .await
            .unwrap_err();
        assert_eq!(error.to_string(), format!("{missing} is not set"));
    }
    let mut vars = all.clone();
    vars[2].1 = dir("oidc-errors").join("absent");
    let error = tke(&vars).credential().await.unwrap_err();
    let text = error.to_string();
    assert!(
        text.starts_with("reading the web identity token file ")
            && text.contains("absent (TKE_WEB_IDENTITY_TOKEN_FILE)"),
        "{text}"
    );
    let empty = dir("oidc-errors").join("empty");
    std::fs::write(&empty, "\n").unwrap();
    vars[2].1 = empty;
    let error = tke(&vars).credential().await.unwrap_err();
    assert!(
        error
            .to_string()
            .ends_with("empty (TKE_WEB_IDENTITY_TOKEN_FILE) is empty"),
        "{error}"
    );
    let error = tke(&all)
        .sts_endpoint("ftp://sts")
        .credential()
        .await
        .unwrap_err();
    assert!(
        error.to_string().starts_with("the STS endpoint: "),
        "{error}"
    );
    assert!(
        mock.requests().is_empty(),
        "nothing is sent when a setting is missing"
    );

    // STS refuses, quoting the token: the error names the call and the code, not it.
    mock.handle("AssumeRoleWithWebIdentity", |call| {
        let token = call.params["WebIdentityToken"].as_str().unwrap_or("");
        Reply::error(
            "InvalidParameter.WebIdentityTokenError",
            format!("token {token} expired"),
        )
    });
    let provider = tke(&all).sts_endpoint(mock.url());
    let client = Client::builder()
        .credentials_provider(provider.clone())
        .endpoint(&mock.url())
        .build()
        .unwrap();
    let error = client
        .call::<DescribeInstancesStatus>(&json!({}))
        .await
        .unwrap_err();
    assert_eq!(
        error.as_construction().map(|e| e.kind()),
        Some(tencent_action::ConstructionErrorKind::Credentials)
    );
    let mut shown = format!("{error} {error:?}");
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        shown.push_str(&format!(" {cause} {cause:?}"));
        source = cause.source();
    }
    assert!(
        shown.contains(&format!(
            "STS AssumeRoleWithWebIdentity of {ROLE}: InvalidParameter.WebIdentityTokenError: token <token> expired"
        )),
        "{shown}"
    );
    texts.push(shown);
    texts.push(format!("{provider:?} {client:?}"));
    texts.push(format!(
        "{:?}",
        OidcRoleProvider::new("p", ROLE, &token_file)
    ));
    for text in texts {
        assert!(!text.contains(OIDC_TOKEN), "{text}");
    }
}

#[tokio::test]
async fn assume_role_at_its_own_sts_endpoint_and_region() {
    let mock = mock().await;
    plays_sts(&mock, "AssumeRole", 7200);
    // The client's own endpoint answers nothing: STS is elsewhere.
    let base = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint("http://127.0.0.1:9")
        .region("ap-guangzhou")
        .build()
        .unwrap();
    let role = AssumeRoleProvider::new(base.clone(), ROLE, "ci");
    let credential = role
        .clone()
        .sts_endpoint(mock.url())
        .sts_region("ap-nanjing")
        .credential()
        .await
        .unwrap();
    assert_eq!(credential.secret_id(), TMP_ID);
    role.clone()
        .sts_endpoint(mock.url())
        .credential()
        .await
        .unwrap();
    let calls = sts_calls(&mock, "AssumeRole");
    assert!(
        calls.iter().all(|call| call.signature_valid),
        "signed with the long-term key"
    );
    let regions: Vec<Option<&str>> = calls.iter().map(|c| c.header("x-tc-region")).collect();
    assert_eq!(regions, [Some("ap-nanjing"), Some("ap-guangzhou")]);

    let error = role
        .sts_endpoint("sts host")
        .credential()
        .await
        .unwrap_err();
    assert!(error.to_string().contains("the STS endpoint"), "{error}");
}

/// Routes what the default chain sends as if on a TKE pod: the metadata service answers
/// 404 (the node has no role), every `*.tencentcloudapi.com` call goes to the mock over
/// real HTTP, its `Host` kept.
#[derive(Debug)]
struct Pod {
    mock: String,
    http: tencent_action_client::transport::ReqwestTransport,
    asked: Mutex<Vec<String>>,
}

impl Transport for Pod {
    fn send(
        &self,
        mut request: HttpRequest,
    ) -> BoxFuture<'_, Result<HttpResponse, tencent_action::Error>> {
        self.asked
            .lock()
            .unwrap()
            .push(format!("{} {}", request.method, request.url));
        Box::pin(async move {
            if request.url.starts_with("http://metadata.tencentyun.com/") {
                return Ok(HttpResponse::new(404, Vec::new()));
            }
            let path = request.url.splitn(4, '/').nth(3).unwrap_or("");
            request.url = format!("{}/{path}", self.mock);
            self.http.send(request).await
        })
    }
}

/// Set in the child: run the chain's case.
const CHILD: &str = "CLIENT_OIDC_CHAIN_CASE";

/// The default chain with only the `TKE_*` variables set: the environment and the
/// profile find nothing, the CVM role is not there, the pod's role is assumed at STS
/// (the mock) and signs the call. In a child process that has those variables (a test
/// cannot set its own process's safely).
#[test]
fn the_default_chain_ends_with_the_pods_role() {
    if std::env::var_os(CHILD).is_some() {
        return tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(a_client_on_a_pod());
    }
    let home = dir("oidc-chain-home");
    let token_file = dir("oidc-chain").join("token");
    std::fs::write(&token_file, OIDC_TOKEN).unwrap();
    let run = |extra: &[(&str, &str)]| {
        let mut command = std::process::Command::new(std::env::current_exe().unwrap());
        command.args([
            "--exact",
            "the_default_chain_ends_with_the_pods_role",
            "--nocapture",
        ]);
        command.env(CHILD, "1").env("HOME", &home);
        for name in [
            "TENCENTCLOUD_SECRET_ID",
            "TENCENTCLOUD_SECRET_KEY",
            "TENCENTCLOUD_SESSION_TOKEN",
            "TENCENTCLOUD_CREDENTIALS_FILE",
            "TENCENTCLOUD_REGION",
            "USERPROFILE",
        ] {
            command.env_remove(name);
        }
        command.envs(tke_vars(&token_file));
        command.envs(extra.iter().copied());
        let output = command.output().unwrap();
        String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr)
    };
    let pod = run(&[]);
    assert!(
        pod.contains(
            "GET http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/; \
             POST https://sts.tencentcloudapi.com/; \
             POST https://cvm.tencentcloudapi.com/"
        ) && pod.contains("sts: 1 unsigned from ap-shanghai; cvm: signed by the role"),
        "{pod}"
    );
    // Keys in the environment come first: STS is not asked.
    let keys = run(&[
        ("TENCENTCLOUD_SECRET_ID", TMP_ID),
        ("TENCENTCLOUD_SECRET_KEY", TMP_KEY),
        ("TENCENTCLOUD_SESSION_TOKEN", TMP_TOKEN),
    ]);
    assert!(keys.contains("sts: 0"), "{keys}");
}

/// A client built without credentials, on the pod.
async fn a_client_on_a_pod() {
    let mock = mock().await;
    plays_sts(&mock, "AssumeRoleWithWebIdentity", 7200);
    let pod = Arc::new(Pod {
        mock: mock.url(),
        http: tencent_action_client::transport::ReqwestTransport::new(
            std::time::Duration::from_secs(5),
        )
        .unwrap(),
        asked: Mutex::new(Vec::new()),
    });
    let client = Client::builder()
        .transport(pod.clone())
        .region("ap-guangzhou")
        .build()
        .unwrap();
    client
        .call::<DescribeInstancesStatus>(&json!({}))
        .await
        .unwrap();
    println!("{}", pod.asked.lock().unwrap().join("; "));
    let sts = sts_calls(&mock, "AssumeRoleWithWebIdentity");
    let api = sts_calls(&mock, "DescribeInstancesStatus");
    let signed = api.len() == 1 && api[0].signature_valid;
    match sts.first() {
        Some(login) => println!(
            "sts: {} {} from {}; cvm: {}",
            sts.len(),
            if login.signature_valid {
                "signed"
            } else {
                "unsigned"
            },
            login.header("x-tc-region").unwrap_or("-"),
            if signed {
                "signed by the role"
            } else {
                "refused"
            },
        ),
        None => println!("sts: 0; cvm signed: {signed}"),
    }
}
