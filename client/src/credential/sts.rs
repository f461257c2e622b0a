use super::{Credential, CredentialError, ProvideCredential};
use crate::transport::BoxFuture;
use crate::{CallOptions, Client, Endpoint};
use serde::Deserialize;

/// STS's host, where its calls go unless told otherwise.
pub(super) const STS_HOST: &str = "sts.tencentcloudapi.com";

/// STS `AssumeRole` (2018-08-13): the answer's fields this provider reads.
#[tencent_action::tencent_action(service = "sts", version = "2018-08-13")]
struct AssumeRole {
    credentials: RoleCredentials,
    expired_time: i64,
}

/// The temporary credentials of STS's answers.
#[derive(Deserialize, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct RoleCredentials {
    token: String,
    tmp_secret_id: String,
    tmp_secret_key: String,
}

impl RoleCredentials {
    /// The credentials, valid until `expired_time` (seconds since the epoch).
    pub(super) fn until(self, expired_time: i64) -> Credential {
        Credential::new(self.tmp_secret_id, self.tmp_secret_key)
            .with_token(self.token)
            .with_expiry(super::cvm::expiry_after(expired_time))
    }
}

/// The URL of an STS endpoint as given: a whole URL (`http://127.0.0.1:8080`), or a host
/// (`sts.internal.tencentcloudapi.com`) reached over HTTPS, as the official SDKs take it.
pub(super) fn sts_url(given: &str) -> Result<String, CredentialError> {
    let url = if given.contains("://") {
        given.to_owned()
    } else {
        format!("https://{given}")
    };
    Endpoint::Url(url.clone())
        .check()
        .map_err(|why| CredentialError::new(format!("the STS endpoint: {why}")))?;
    Ok(url)
}

/// Temporary credentials of a CAM role, from STS `AssumeRole`, asked through a client
/// that holds the caller's own credentials. Each call asks STS: wrap it in a
/// [`CachedProvider`](super::CachedProvider), which refreshes before `ExpiredTime`.
///
/// STS is called where the client sends `sts` calls (`sts.tencentcloudapi.com` unless
/// it was given another endpoint or root domain) in the client's region;
/// [`sts_endpoint`](Self::sts_endpoint) and [`sts_region`](Self::sts_region) say
/// otherwise for this provider alone.
///
/// ```no_run
/// use tencent_action_client::{Client, Credential, credential::{AssumeRoleProvider, CachedProvider}};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let base = Client::builder().credential(Credential::new("AKID...", "...")).region("ap-guangzhou").build()?;
/// let role = AssumeRoleProvider::new(base, "qcs::cam::uin/100000000001:roleName/deployer", "ci");
/// let client = Client::builder().credentials_provider(CachedProvider::new(role)).region("ap-guangzhou").build()?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct AssumeRoleProvider {
    client: Client,
    role_arn: String,
    session_name: String,
    duration_seconds: u64,
    sts_endpoint: Option<String>,
    sts_region: Option<String>,
}

impl AssumeRoleProvider {
    /// Assumes `role_arn` as session `session_name`, asking through `client`.
    pub fn new(
        client: Client,
        role_arn: impl Into<String>,
        session_name: impl Into<String>,
    ) -> Self {
        AssumeRoleProvider {
            client,
            role_arn: role_arn.into(),
            session_name: session_name.into(),
            duration_seconds: 7200,
            sts_endpoint: None,
            sts_region: None,
        }
    }

    /// Calls STS at this endpoint: a whole URL (`https://sts.internal.tencentcloudapi.com`,
    /// `http://127.0.0.1:8080`) or a host, reached over HTTPS. A URL that is not one
    /// fails each call with an error that says so.
    pub fn sts_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.sts_endpoint = Some(endpoint.into());
        self
    }

    /// Calls STS in this region (`X-TC-Region`) instead of the client's.
    pub fn sts_region(mut self, region: impl Into<String>) -> Self {
        self.sts_region = Some(region.into());
        self
    }

    /// How long the credentials last, in seconds (7,200 by default; STS allows 43,200).
    pub fn duration_seconds(mut self, seconds: u64) -> Self {
        self.duration_seconds = seconds;
        self
    }

    /// Asks STS now.
    pub async fn load(&self) -> Result<Credential, CredentialError> {
        let body = serde_json::json!({
            "RoleArn": self.role_arn,
            "RoleSessionName": self.session_name,
            "DurationSeconds": self.duration_seconds,
        });
        let client = match &self.sts_endpoint {
            Some(endpoint) => self.client.at_endpoint(Endpoint::Url(sts_url(endpoint)?)),
            None => self.client.clone(),
        };
        let mut options = CallOptions::new();
        if let Some(region) = &self.sts_region {
            options = options.region(region);
        }
        let response = client
            .call_with::<AssumeRole>(&body, &options)
            .await
            .map_err(|error| {
                CredentialError::new(format!(
                    "STS AssumeRole of {}: {}",
                    self.role_arn,
                    why(&error)
                ))
            })?;
        let AssumeRole {
            credentials,
            expired_time,
        } = response.into_data();
        Ok(credentials.until(expired_time))
    }
}

/// What went wrong, without the answer's body: an answer cut short may hold the
/// temporary key, so neither the body nor an error that quotes it is passed on.
pub(super) fn why(error: &tencent_action::Error) -> String {
    use tencent_action::Error;
    let request_id = error
        .request_id()
        .map(|id| format!(" (RequestId: {id})"))
        .unwrap_or_default();
    match error {
        Error::Api(api) => format!("{}: {}{request_id}", api.code(), api.message()),
        Error::Decode(decode) => {
            let status = decode
                .status()
                .filter(|&status| status != 200)
                .map(|status| format!(" (HTTP {status})"))
                .unwrap_or_default();
            format!(
                "the answer does not decode{status}: {}{request_id}",
                decode.kind()
            )
        }
        // These quote nothing of the answer.
        Error::Transport(_) | Error::Timeout(_) | Error::Construction(_) => error.to_string(),
        _ => format!("the call failed{request_id}"),
    }
}

impl ProvideCredential for AssumeRoleProvider {
    fn credential(&self) -> BoxFuture<'_, Result<Credential, CredentialError>> {
        Box::pin(self.load())
    }
}
