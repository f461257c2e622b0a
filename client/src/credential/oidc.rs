use super::sts::{RoleCredentials, STS_HOST, sts_url, why};
use super::{Credential, CredentialError, ProvideCredential};
use crate::Client;
use crate::transport::{BoxFuture, Transport};
use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

/// STS `AssumeRoleWithWebIdentity` (2018-08-13): the answer's fields this provider reads.
#[tencent_action::tencent_action(service = "sts", version = "2018-08-13")]
struct AssumeRoleWithWebIdentity {
    credentials: RoleCredentials,
    expired_time: i64,
}

/// The variables TKE sets in a pod whose service account has an OIDC role.
const REGION: &str = "TKE_REGION";
const PROVIDER_ID: &str = "TKE_PROVIDER_ID";
const TOKEN_FILE: &str = "TKE_WEB_IDENTITY_TOKEN_FILE";
const ROLE_ARN: &str = "TKE_ROLE_ARN";

/// Reads one variable of an environment.
type Env = Arc<dyn Fn(&str) -> Option<OsString> + Send + Sync>;

/// Where the provider's settings come from.
#[derive(Clone)]
enum Settings {
    /// TKE's variables, read again at each refresh.
    Tke(Env),
    /// Given once.
    Given {
        provider_id: String,
        role_arn: String,
        token_file: PathBuf,
    },
}

/// What one call of STS takes, but the token.
struct Login {
    region: Option<String>,
    provider_id: String,
    role_arn: String,
    token_file: PathBuf,
    /// Where the token file was named, for errors: `TKE_WEB_IDENTITY_TOKEN_FILE`.
    named_by: Option<&'static str>,
}

/// Temporary credentials of a CAM role assumed with an OIDC token: STS
/// `AssumeRoleWithWebIdentity`, which takes no signature (it is sent with
/// `Authorization: SKIP`, as Tencent documents). The token is read from its file at
/// each call, since TKE's kubelet replaces it; it is never printed. Each call asks STS:
/// wrap it in a [`CachedProvider`](super::CachedProvider), which refreshes before
/// `ExpiredTime` (the default chain does).
///
/// [`tke`](Self::tke) reads TKE's variables, as the official SDKs'
/// `DefaultTkeOIDCRoleArnProvider`: `TKE_REGION` (the region of the STS call),
/// `TKE_PROVIDER_ID`, `TKE_WEB_IDENTITY_TOKEN_FILE` and `TKE_ROLE_ARN`. STS is called at
/// `sts.tencentcloudapi.com` unless [`sts_endpoint`](Self::sts_endpoint) says otherwise.
///
/// ```no_run
/// use tencent_action_client::{Client, credential::{CachedProvider, OidcRoleProvider}};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let pod_role = OidcRoleProvider::tke().sts_endpoint("sts.internal.tencentcloudapi.com");
/// let client = Client::builder()
///     .credentials_provider(CachedProvider::new(pod_role))
///     .region("ap-guangzhou")
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct OidcRoleProvider {
    settings: Settings,
    session_name: Option<String>,
    duration_seconds: u64,
    sts_endpoint: Option<String>,
    sts_region: Option<String>,
    transport: Option<Arc<dyn Transport>>,
}

impl OidcRoleProvider {
    /// The role of this TKE pod, from the process's `TKE_*` variables.
    pub fn tke() -> Self {
        OidcRoleProvider::tke_from(crate::dirs::process_env)
    }

    /// The role named by `TKE_*` variables that `env` reads (it gives the value of the
    /// variable named, if set): for a program that keeps them elsewhere, and for tests.
    pub fn tke_from(env: impl Fn(&str) -> Option<OsString> + Send + Sync + 'static) -> Self {
        OidcRoleProvider::with(Settings::Tke(Arc::new(env)))
    }

    /// Assumes `role_arn` with the OIDC token in `token_file`, issued by the identity
    /// provider CAM knows as `provider_id`. No region is sent unless
    /// [`sts_region`](Self::sts_region) names one.
    pub fn new(
        provider_id: impl Into<String>,
        role_arn: impl Into<String>,
        token_file: impl Into<PathBuf>,
    ) -> Self {
        OidcRoleProvider::with(Settings::Given {
            provider_id: provider_id.into(),
            role_arn: role_arn.into(),
            token_file: token_file.into(),
        })
    }

    fn with(settings: Settings) -> Self {
        OidcRoleProvider {
            settings,
            session_name: None,
            duration_seconds: 7200,
            sts_endpoint: None,
            sts_region: None,
            transport: None,
        }
    }

    /// The session's name (`tencent-action-<microseconds since the epoch>` by default,
    /// a new one at each refresh, as the official SDKs name theirs).
    pub fn session_name(mut self, name: impl Into<String>) -> Self {
        self.session_name = Some(name.into());
        self
    }

    /// How long the credentials last, in seconds (7,200 by default; STS allows 43,200).
    pub fn duration_seconds(mut self, seconds: u64) -> Self {
        self.duration_seconds = seconds;
        self
    }

    /// Calls STS at this endpoint: a whole URL (`http://127.0.0.1:8080`) or a host
    /// (`sts.internal.tencentcloudapi.com`), reached over HTTPS.
    pub fn sts_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.sts_endpoint = Some(endpoint.into());
        self
    }

    /// Calls STS in this region (`X-TC-Region`) instead of `TKE_REGION`'s.
    pub fn sts_region(mut self, region: impl Into<String>) -> Self {
        self.sts_region = Some(region.into());
        self
    }

    /// Sends STS's requests through `transport` (else through a reqwest transport of its
    /// own; without the `reqwest` feature and without a transport, it fails).
    pub fn transport(mut self, transport: impl Transport) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }

    /// Sends through `transport` (shared, as a client's own).
    pub(crate) fn shared_transport(mut self, transport: Arc<dyn Transport>) -> Self {
        self.transport = Some(transport);
        self
    }

    /// The settings of this call: TKE's variables as they are now.
    fn login(&self) -> Result<Login, CredentialError> {
        let env = match &self.settings {
            Settings::Tke(env) => env.as_ref(),
            Settings::Given {
                provider_id,
                role_arn,
                token_file,
            } => {
                return Ok(Login {
                    region: None,
                    provider_id: provider_id.clone(),
                    role_arn: role_arn.clone(),
                    token_file: token_file.clone(),
                    named_by: None,
                });
            }
        };
        let set = |name: &str| {
            env(name)
                .filter(|value| !value.is_empty())
                .ok_or_else(|| CredentialError::new(format!("{name} is not set")))
        };
        let text = |name: &str| {
            set(name)?
                .into_string()
                .map_err(|_| CredentialError::new(format!("{name} is not UTF-8")))
        };
        Ok(Login {
            region: Some(text(REGION)?),
            provider_id: text(PROVIDER_ID)?,
            token_file: PathBuf::from(set(TOKEN_FILE)?),
            role_arn: text(ROLE_ARN)?,
            named_by: Some(TOKEN_FILE),
        })
    }

    /// Asks STS now, with the token its file holds now.
    pub async fn load(&self) -> Result<Credential, CredentialError> {
        let login = self.login()?;
        let token = read_token(&login.token_file, login.named_by)?;
        let region = self.sts_region.clone().or(login.region);
        let url = sts_url(self.sts_endpoint.as_deref().unwrap_or(STS_HOST))?;
        let mut builder = Client::builder()
            .credential(Credential::skip_signature())
            .endpoint(&url);
        builder = match region.filter(|region| !region.is_empty()) {
            Some(region) => builder.region(&region),
            None => builder.no_region(),
        };
        if let Some(transport) = &self.transport {
            builder = builder.transport(transport.clone());
        }
        let client = builder
            .build()
            .map_err(|error| CredentialError::new("building the STS client").with_source(error))?;
        let session_name = self
            .session_name
            .clone()
            .unwrap_or_else(default_session_name);
        let body = serde_json::json!({
            "ProviderId": login.provider_id,
            "WebIdentityToken": token,
            "RoleArn": login.role_arn,
            "RoleSessionName": session_name,
            "DurationSeconds": self.duration_seconds,
        });
        let response = client
            .call::<AssumeRoleWithWebIdentity>(&body)
            .await
            .map_err(|error| {
                // The server's message could quote the token: it never gets further.
                let why = why(&error).replace(token.as_str(), "<token>");
                CredentialError::new(format!(
                    "STS AssumeRoleWithWebIdentity of {}: {why}",
                    login.role_arn
                ))
            })?;
        let AssumeRoleWithWebIdentity {
            credentials,
            expired_time,
        } = response.into_data();
        Ok(credentials.until(expired_time))
    }
}

/// The default session name: the official SDKs' scheme, with this crate's name.
fn default_session_name() -> String {
    let micros = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_micros());
    format!("tencent-action-{micros}")
}

/// The token in `file`, without the whitespace around it; `named_by`, the variable
/// that named the file, for the error.
fn read_token(file: &Path, named_by: Option<&str>) -> Result<String, CredentialError> {
    let which = match named_by {
        Some(variable) => format!(
            "the web identity token file {} ({variable})",
            file.display()
        ),
        None => format!("the web identity token file {}", file.display()),
    };
    let text = std::fs::read_to_string(file).map_err(|error| {
        // The I/O error names what failed, never the file's content.
        CredentialError::new(format!("reading {which}")).with_source(error)
    })?;
    let token = text.trim();
    if token.is_empty() {
        return Err(CredentialError::new(format!("{which} is empty")));
    }
    Ok(token.to_owned())
}

impl ProvideCredential for OidcRoleProvider {
    fn credential(&self) -> BoxFuture<'_, Result<Credential, CredentialError>> {
        Box::pin(self.load())
    }
}

/// Shows where the settings come from, never the token (it is not kept).
impl fmt::Debug for OidcRoleProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("OidcRoleProvider");
        match &self.settings {
            Settings::Tke(_) => debug.field("settings", &"TKE_* variables"),
            Settings::Given {
                provider_id,
                role_arn,
                token_file,
            } => debug
                .field("provider_id", provider_id)
                .field("role_arn", role_arn)
                .field("token_file", token_file),
        };
        debug
            .field("session_name", &self.session_name)
            .field("duration_seconds", &self.duration_seconds)
            .field("sts_endpoint", &self.sts_endpoint)
            .field("sts_region", &self.sts_region)
            .field("transport", &self.transport)
            .finish()
    }
}
