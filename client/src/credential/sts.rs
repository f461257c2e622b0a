use super::{Credential, CredentialError, ProvideCredential};
use crate::Client;
use crate::transport::BoxFuture;
use serde::Deserialize;

/// STS `AssumeRole` (2018-08-13): the answer's fields this provider reads.
#[tencent_action::tencent_action(service = "sts", version = "2018-08-13")]
struct AssumeRole {
    credentials: RoleCredentials,
    expired_time: i64,
}

#[derive(Deserialize, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
struct RoleCredentials {
    token: String,
    tmp_secret_id: String,
    tmp_secret_key: String,
}

/// Temporary credentials of a CAM role, from STS `AssumeRole`, asked through a client
/// that holds the caller's own credentials. Each call asks STS: wrap it in a
/// [`CachedProvider`](super::CachedProvider), which refreshes before `ExpiredTime`.
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
        }
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
        let response = self
            .client
            .call::<AssumeRole>(&body)
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
        Ok(
            Credential::new(credentials.tmp_secret_id, credentials.tmp_secret_key)
                .with_token(credentials.token)
                .with_expiry(super::cvm::expiry_after(expired_time)),
        )
    }
}

/// What went wrong, without the answer's body: an answer cut short may hold the
/// temporary key, so neither the body nor an error that quotes it is passed on.
fn why(error: &tencent_action::Error) -> String {
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
