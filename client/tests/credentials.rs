//! Credential providers against servers on loopback: the CVM metadata service, STS
//! AssumeRole through the client itself, the profile file, the environment, refreshes
//! under concurrency, and no secret in any Debug or error.

mod support;

use std::time::{Duration, SystemTime, UNIX_EPOCH};
use support::{DescribeInstancesStatus, Reply, SECRET_ID, SECRET_KEY, Seen, Server};
use tencent_action_client::credential::{
    AssumeRoleProvider, CachedProvider, ChainProvider, CvmRoleProvider, EnvironmentProvider,
    ProfileProvider, ProvideCredential,
};
use tencent_action_client::transport::{BoxFuture, HttpRequest, HttpResponse, Transport};
use tencent_action_client::{Client, Credential};

const TMP_ID: &str = "AKIDtemporary";
const TMP_KEY: &str = "temporary-secret-key-never-shown";
const TMP_TOKEN: &str = "temporary-token-never-shown";

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn role_credentials(expires_in: i64) -> Reply {
    Reply::json(format!(
        r#"{{"TmpSecretId":"{TMP_ID}","TmpSecretKey":"{TMP_KEY}","ExpiredTime":{},"Expiration":"x","Token":"{TMP_TOKEN}","Code":"Success"}}"#,
        now() + expires_in
    ))
}

/// The metadata service, with credentials valid for `expires_in` seconds; API calls
/// (POST) succeed when signed with the role's key.
fn metadata(seen: &Seen, expires_in: i64) -> Reply {
    match (seen.method.as_str(), seen.path.as_str()) {
        ("GET", "/latest/meta-data/cam/security-credentials/") => Reply::json("deployer"),
        ("GET", "/latest/meta-data/cam/security-credentials/deployer") => {
            role_credentials(expires_in)
        }
        ("POST", "/")
            if seen.signature_valid(TMP_KEY) && seen.header("x-tc-token") == Some(TMP_TOKEN) =>
        {
            Reply::success("signed-with-role")
        }
        _ => Reply::error("AuthFailure.SignatureFailure"),
    }
}

fn credential_fetches(server: &Server) -> usize {
    server
        .seen()
        .iter()
        .filter(|seen| seen.path.ends_with("/deployer"))
        .count()
}

#[tokio::test]
async fn the_cvm_role_signs_calls_and_is_fetched_once_under_concurrency() {
    let server = Server::start(|_, seen| metadata(seen, 7200)).await;
    let provider = CachedProvider::new(
        CvmRoleProvider::new().base_url(format!("{}/latest/meta-data/", server.url)),
    );
    let client = Client::builder()
        .credentials_provider(provider)
        .endpoint(&server.url)
        .build()
        .unwrap();
    let ids = support::concurrently(&client, 64).await;
    assert!(ids.iter().all(|id| id == "signed-with-role"), "{ids:?}");
    assert_eq!(
        credential_fetches(&server),
        1,
        "64 concurrent calls, one fetch"
    );
    assert_eq!(
        server
            .seen()
            .iter()
            .filter(|seen| seen.method == "POST")
            .count(),
        64
    );
}

#[tokio::test]
async fn credentials_close_to_expiry_are_refreshed_before_use() {
    let server = Server::start(|_, seen| metadata(seen, 100)).await;
    let provider = CachedProvider::new(
        CvmRoleProvider::new().base_url(format!("{}/latest/meta-data", server.url)),
    );
    let first = provider.credential().await.unwrap();
    assert_eq!(first.token(), Some(TMP_TOKEN));
    let expiry = first.expires_at().unwrap();
    assert!(expiry > SystemTime::now() + Duration::from_secs(90));
    provider.credential().await.unwrap();
    assert_eq!(
        credential_fetches(&server),
        2,
        "100 s left is inside the 300 s margin: refreshed"
    );

    let provider = provider_with_margin(&server, Duration::from_secs(10));
    provider.credential().await.unwrap();
    provider.credential().await.unwrap();
    assert_eq!(
        credential_fetches(&server),
        3,
        "100 s left is outside a 10 s margin: cached"
    );
}

fn provider_with_margin(server: &Server, margin: Duration) -> CachedProvider<CvmRoleProvider> {
    CachedProvider::new(
        CvmRoleProvider::new().base_url(format!("{}/latest/meta-data/", server.url)),
    )
    .refresh_before(margin)
}

#[tokio::test]
async fn a_failed_refresh_keeps_credentials_that_still_work() {
    let server = Server::start(|index, seen| {
        if index < 2 {
            metadata(seen, 100)
        } else {
            Reply::html(500)
        }
    })
    .await;
    let provider = provider_with_margin(&server, Duration::from_secs(300));
    provider.credential().await.unwrap();
    let again = provider.credential().await.unwrap();
    assert_eq!(
        again.secret_id(),
        TMP_ID,
        "the refresh failed; the unexpired credentials are kept"
    );
}

#[tokio::test]
async fn a_metadata_failure_names_no_secret() {
    // A body that does not decode, with the secrets in it: the error says where, not what.
    let server = Server::start(|_, seen| match seen.path.as_str() {
        "/m/cam/security-credentials/" => Reply::json("deployer\n"),
        _ => Reply::json(format!(r#"{{"TmpSecretId":"{TMP_ID}","TmpSecretKey":"{TMP_KEY}","Token":"{TMP_TOKEN}","ExpiredTime":"soon"}}"#)),
    })
    .await;
    let error = CvmRoleProvider::new()
        .base_url(format!("{}/m/", server.url))
        .credential()
        .await
        .unwrap_err();
    let shown = format!("{error} {error:?}");
    assert!(shown.contains("do not decode"), "{shown}");
    assert!(
        !shown.contains(TMP_KEY) && !shown.contains(TMP_TOKEN),
        "{shown}"
    );

    let server = Server::start(|_, _| Reply::html(404)).await;
    let error = CvmRoleProvider::new()
        .base_url(format!("{}/m/", server.url))
        .credential()
        .await
        .unwrap_err();
    assert!(error.to_string().contains("HTTP 404"), "{error}");
}

/// An STS that hands out the role's credentials to callers signed with the long-term key,
/// and an API that accepts only the role's.
fn sts(seen: &Seen) -> Reply {
    match seen.header("x-tc-action") {
        Some("AssumeRole") if seen.signature_valid(SECRET_KEY) => {
            let request = seen.json();
            assert_eq!(request["RoleArn"], "qcs::cam::uin/1:roleName/deployer");
            assert_eq!(request["RoleSessionName"], "ci");
            assert_eq!(seen.header("x-tc-version"), Some("2018-08-13"));
            Reply::json(format!(
                r#"{{"Response":{{"Credentials":{{"Token":"{TMP_TOKEN}","TmpSecretId":"{TMP_ID}","TmpSecretKey":"{TMP_KEY}"}},"ExpiredTime":{},"Expiration":"x","RequestId":"sts"}}}}"#,
                now() + 7200
            ))
        }
        Some("DescribeInstancesStatus")
            if seen.signature_valid(TMP_KEY) && seen.header("x-tc-token") == Some(TMP_TOKEN) =>
        {
            Reply::success("as-role")
        }
        _ => Reply::error("AuthFailure.SignatureFailure"),
    }
}

#[tokio::test]
async fn assume_role_goes_through_the_client_and_is_asked_once() {
    let server = Server::start(|_, seen| sts(seen)).await;
    let base = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(&server.url)
        .build()
        .unwrap();
    let role = AssumeRoleProvider::new(base, "qcs::cam::uin/1:roleName/deployer", "ci");
    let client = Client::builder()
        .credentials_provider(CachedProvider::new(role))
        .endpoint(&server.url)
        .build()
        .unwrap();
    let ids = support::concurrently(&client, 32).await;
    assert!(ids.iter().all(|id| id == "as-role"), "{ids:?}");
    let assumed = server
        .seen()
        .iter()
        .filter(|seen| seen.header("x-tc-action") == Some("AssumeRole"))
        .count();
    assert_eq!(assumed, 1);

    let shown = format!("{client:?}");
    assert!(
        !shown.contains(SECRET_KEY) && !shown.contains(TMP_KEY) && !shown.contains(TMP_TOKEN),
        "{shown}"
    );
}

#[tokio::test]
async fn a_refused_assume_role_says_so_without_secrets() {
    let server = Server::start(|_, _| Reply::error("AuthFailure.SecretIdNotFound")).await;
    let base = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(&server.url)
        .build()
        .unwrap();
    let client = Client::builder()
        .credentials_provider(AssumeRoleProvider::new(
            base,
            "qcs::cam::uin/1:roleName/deployer",
            "ci",
        ))
        .endpoint(&server.url)
        .build()
        .unwrap();
    let error = client
        .call::<DescribeInstancesStatus>(&())
        .await
        .unwrap_err();
    let shown = format!("{error} {error:?}");
    assert_eq!(
        error.as_construction().map(|e| e.kind()),
        Some(tencent_action::ConstructionErrorKind::Credentials),
        "{shown}"
    );
    assert!(
        shown.starts_with("no usable credentials: STS AssumeRole of"),
        "{shown}"
    );
    assert!(!shown.contains(SECRET_KEY), "{shown}");
    assert_eq!(
        server.count(),
        1,
        "the API call is not sent without credentials"
    );
}

#[tokio::test]
async fn an_assume_role_answer_cut_short_leaks_no_secret() {
    let cut = format!(
        r#"{{"Response":{{"Credentials":{{"Token":"{TMP_TOKEN}","TmpSecretKey":"{TMP_KEY}","#
    );
    let wrong = format!(
        r#"{{"Response":{{"Credentials":{{"Token":"{TMP_TOKEN}","TmpSecretId":"{TMP_ID}","TmpSecretKey":"{TMP_KEY}"}},"ExpiredTime":"{TMP_KEY}","RequestId":"r"}}}}"#
    );
    for body in [cut, wrong] {
        let server = Server::start(move |_, _| Reply::json(body.clone())).await;
        let base = Client::builder()
            .credential(Credential::new(SECRET_ID, SECRET_KEY))
            .endpoint(&server.url)
            .build()
            .unwrap();
        let error = AssumeRoleProvider::new(base, "qcs::cam::uin/1:roleName/deployer", "ci")
            .credential()
            .await
            .unwrap_err();
        let mut shown = format!("{error} {error:?}");
        let mut source = std::error::Error::source(&error);
        while let Some(cause) = source {
            shown.push_str(&format!(" {cause} {cause:?}"));
            source = cause.source();
        }
        assert!(shown.contains("STS AssumeRole"), "{shown}");
        assert!(
            !shown.contains(TMP_KEY) && !shown.contains(TMP_TOKEN),
            "{shown}"
        );
    }
}

#[tokio::test]
async fn the_profile_file_and_chain() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("client-credentials");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("credentials");
    std::fs::write(&file, "[default]\nsecret_id = AKIDdefault\nsecret_key = default-key\n\n[ci]\nsecret_id=AKIDci\nsecret_key=ci-key\ntoken=ci-token\n").unwrap();
    let credential = ProfileProvider::new()
        .path(&file)
        .profile("ci")
        .credential()
        .await
        .unwrap();
    assert_eq!(
        (
            credential.secret_id(),
            credential.secret_key(),
            credential.token()
        ),
        ("AKIDci", "ci-key", Some("ci-token"))
    );
    let credential = ProfileProvider::new()
        .path(&file)
        .credential()
        .await
        .unwrap();
    assert_eq!(credential.secret_id(), "AKIDdefault");

    let missing = ProfileProvider::new()
        .path(dir.join("absent"))
        .credential()
        .await
        .unwrap_err();
    assert!(missing.to_string().contains("absent"), "{missing}");
    let chain = ChainProvider::new()
        .or_else(ProfileProvider::new().path(dir.join("absent")))
        .or_else(ProfileProvider::new().path(&file));
    assert_eq!(chain.credential().await.unwrap().secret_id(), "AKIDdefault");
    let empty = ChainProvider::new()
        .or_else(ProfileProvider::new().path(dir.join("absent")))
        .credential()
        .await
        .unwrap_err();
    assert!(
        empty.to_string().starts_with("no credentials found"),
        "{empty}"
    );
}

/// The environment and the default chain, read in a child process that has the
/// variables (a test cannot set the variables of its own process safely).
#[test]
fn the_environment_and_the_default_chain() {
    if let Ok(case) = std::env::var("CLIENT_TEST_CASE") {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        if case == "client" {
            runtime.block_on(a_client_without_credentials());
            return;
        }
        let credential = runtime.block_on(async {
            match case.as_str() {
                "environment" => EnvironmentProvider::new().credential().await,
                _ => {
                    tencent_action_client::credential::default_chain()
                        .credential()
                        .await
                }
            }
        });
        let credential = credential.unwrap();
        println!(
            "found {} {}",
            credential.secret_id(),
            credential.token().is_some()
        );
        return;
    }
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("client-chain");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("credentials"),
        "[default]\nsecret_id = AKIDprofile\nsecret_key = k\n",
    )
    .unwrap();
    let run = |case: &str, vars: &[(&str, &str)]| {
        let mut command = std::process::Command::new(std::env::current_exe().unwrap());
        command.args([
            "--exact",
            "the_environment_and_the_default_chain",
            "--nocapture",
            "--test-threads=1",
        ]);
        command.env("CLIENT_TEST_CASE", case);
        for name in [
            "TENCENTCLOUD_SECRET_ID",
            "TENCENTCLOUD_SECRET_KEY",
            "TENCENTCLOUD_SESSION_TOKEN",
            "TENCENTCLOUD_CREDENTIALS_FILE",
            "TKE_REGION",
            "TKE_PROVIDER_ID",
            "TKE_WEB_IDENTITY_TOKEN_FILE",
            "TKE_ROLE_ARN",
        ] {
            command.env_remove(name);
        }
        command.env("HOME", &dir);
        command.envs(vars.iter().copied());
        let output = command.output().unwrap();
        String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr)
    };
    let environment = [
        ("TENCENTCLOUD_SECRET_ID", "AKIDenv"),
        ("TENCENTCLOUD_SECRET_KEY", "env-key"),
        ("TENCENTCLOUD_SESSION_TOKEN", "env-token"),
    ];
    assert!(run("environment", &environment).contains("found AKIDenv true"));
    assert!(
        run("chain", &environment).contains("found AKIDenv true"),
        "the environment comes first"
    );
    let profile = dir.join("credentials");
    let profile = profile.to_str().unwrap();
    assert!(
        run("chain", &[("TENCENTCLOUD_CREDENTIALS_FILE", profile)])
            .contains("found AKIDprofile false")
    );
    let client = run("client", &[]);
    assert!(
        client.contains(
            "GET http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/; \
             GET http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/ci-role; \
             POST https://cvm.tencentcloudapi.com/ signed by AKIDtemporary"
        ),
        "{client}"
    );
    let only_id = run("environment", &[("TENCENTCLOUD_SECRET_ID", "AKIDenv")]);
    assert!(
        only_id.contains("TENCENTCLOUD_SECRET_KEY is not"),
        "{only_id}"
    );
}

/// Answers the CVM metadata service's two questions and the API call, in memory, and
/// keeps what it was asked.
#[derive(Debug, Default)]
struct InstanceNetwork(std::sync::Mutex<Vec<String>>);

impl Transport for InstanceNetwork {
    fn send(
        &self,
        request: HttpRequest,
    ) -> BoxFuture<'_, Result<HttpResponse, tencent_action::Error>> {
        let mut asked = format!("{} {}", request.method, request.url);
        let body = if request.url.ends_with("security-credentials/") {
            "ci-role".to_owned()
        } else if request.url.ends_with("/ci-role") {
            format!(
                r#"{{"TmpSecretId":"{TMP_ID}","TmpSecretKey":"{TMP_KEY}","Token":"{TMP_TOKEN}","ExpiredTime":{}}}"#,
                now() + 3600
            )
        } else {
            let authorization = request.header("authorization").unwrap_or_default();
            if authorization.contains(TMP_ID) {
                asked.push_str(&format!(" signed by {TMP_ID}"));
            }
            r#"{"Response":{"TotalCount":0,"RequestId":"via-role"}}"#.to_owned()
        };
        self.0.lock().unwrap().push(asked);
        Box::pin(async move { Ok(HttpResponse::new(200, body.into_bytes())) })
    }
}

/// A client built without credentials takes the default chain, whose CVM role provider
/// asks the metadata service through the client's own transport (here, the only one).
async fn a_client_without_credentials() {
    let network = std::sync::Arc::new(InstanceNetwork::default());
    let client = Client::builder()
        .transport(network.clone())
        .build()
        .unwrap();
    let response = client.call::<DescribeInstancesStatus>(&()).await.unwrap();
    assert_eq!(response.request_id(), Some("via-role"));
    println!("{}", network.0.lock().unwrap().join("; "));
}

#[test]
fn no_provider_debug_shows_a_secret() {
    let secret = Credential::new(SECRET_ID, SECRET_KEY).with_token(TMP_TOKEN);
    let shown = [
        format!("{secret:?}"),
        format!("{:?}", CachedProvider::new(secret.clone())),
        format!(
            "{:?}",
            ChainProvider::new()
                .or_else(secret.clone())
                .or_else(EnvironmentProvider::new())
        ),
        format!("{:?}", CvmRoleProvider::new()),
        format!("{:?}", ProfileProvider::new()),
    ];
    for text in shown {
        assert!(
            !text.contains(SECRET_KEY) && !text.contains(TMP_TOKEN),
            "{text}"
        );
    }
}
