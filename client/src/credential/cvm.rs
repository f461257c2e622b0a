use super::{Credential, CredentialError, ProvideCredential};
use crate::transport::{BoxFuture, HttpRequest, Transport};
use serde::Deserialize;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The metadata service of a CVM instance, as the official SDKs reach it.
const METADATA_URL: &str = "http://metadata.tencentyun.com/latest/meta-data/";

/// Temporary credentials of the CVM instance's role, from the metadata service: the role
/// name at `.../meta-data/cam/security-credentials/`, its credentials at
/// `.../cam/security-credentials/<role>`. Each call fetches: wrap it in a
/// [`CachedProvider`](super::CachedProvider), which refreshes before `ExpiredTime` (the
/// default chain does).
///
/// It sends through the transport given with [`transport`](Self::transport) (a client
/// built without credentials gives its own to the default chain's provider), else
/// through a reqwest transport of its own; without the `reqwest` feature and without a
/// transport, it fails, and a chain moves on.
#[derive(Clone, Debug)]
pub struct CvmRoleProvider {
    base_url: String,
    role: Option<String>,
    timeout: Duration,
    transport: Option<Arc<dyn Transport>>,
}

impl Default for CvmRoleProvider {
    fn default() -> Self {
        CvmRoleProvider {
            base_url: METADATA_URL.to_owned(),
            role: None,
            timeout: Duration::from_secs(1),
            transport: None,
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RoleCredentials {
    tmp_secret_id: String,
    tmp_secret_key: String,
    token: String,
    expired_time: i64,
}

impl CvmRoleProvider {
    /// The provider of the instance this program runs on.
    pub fn new() -> Self {
        CvmRoleProvider::default()
    }

    /// Another base URL for the metadata service (ending in `meta-data/`), for tests.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        let mut url = url.into();
        if !url.ends_with('/') {
            url.push('/');
        }
        self.base_url = url;
        self
    }

    /// The role to ask for, instead of the one the service names.
    pub fn role(mut self, role: impl Into<String>) -> Self {
        self.role = Some(role.into());
        self
    }

    /// How long each request to the service may take (1 s by default: off a CVM
    /// instance the service does not answer, and the chain should move on).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Sends the service's requests through `transport`.
    pub fn transport(mut self, transport: impl Transport) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }

    async fn get(
        &self,
        transport: &dyn Transport,
        url: String,
    ) -> Result<bytes::Bytes, CredentialError> {
        let fetch = async {
            let response = transport.send(HttpRequest::new("GET", url)).await?;
            let status = response.status;
            let body = response.body.collect().await?;
            Ok::<_, tencent_action::Error>((status, body))
        };
        let (status, body) = tokio::time::timeout(self.timeout, fetch)
            .await
            .map_err(|_| CredentialError::new("the CVM metadata service did not answer in time"))?
            .map_err(|error| {
                CredentialError::new("asking the CVM metadata service").with_source(error)
            })?;
        if status != 200 {
            return Err(CredentialError::new(format!(
                "the CVM metadata service answered HTTP {status}"
            )));
        }
        Ok(body)
    }

    /// Sends through `transport` (shared, as a client's own).
    pub(crate) fn shared_transport(mut self, transport: Arc<dyn Transport>) -> Self {
        self.transport = Some(transport);
        self
    }

    /// Fetches the role's credentials now.
    pub async fn load(&self) -> Result<Credential, CredentialError> {
        let own;
        let transport: &dyn Transport = match &self.transport {
            Some(transport) => transport.as_ref(),
            None => {
                own = own_transport(self.timeout)?;
                &own
            }
        };
        let listing = format!("{}cam/security-credentials/", self.base_url);
        let role = match &self.role {
            Some(role) => role.clone(),
            None => {
                let body = self.get(transport, listing.clone()).await?;
                let text = String::from_utf8_lossy(&body);
                let role = text.lines().next().unwrap_or("").trim().to_owned();
                if role.is_empty() {
                    return Err(CredentialError::new("the CVM instance has no role"));
                }
                role
            }
        };
        let body = self.get(transport, format!("{listing}{role}")).await?;
        // The body holds secrets: a decode failure reports where, never what.
        let fields: RoleCredentials = serde_json::from_slice(&body).map_err(|error| {
            CredentialError::new(format!(
                "the credentials of role `{role}` do not decode (line {}, column {}: {:?})",
                error.line(),
                error.column(),
                error.classify()
            ))
        })?;
        Ok(Credential::new(fields.tmp_secret_id, fields.tmp_secret_key)
            .with_token(fields.token)
            .with_expiry(expiry_after(fields.expired_time)))
    }
}

impl ProvideCredential for CvmRoleProvider {
    fn credential(&self) -> BoxFuture<'_, Result<Credential, CredentialError>> {
        Box::pin(self.load())
    }
}

#[cfg(feature = "reqwest")]
fn own_transport(timeout: Duration) -> Result<crate::transport::ReqwestTransport, CredentialError> {
    crate::transport::ReqwestTransport::new(timeout)
        .map_err(|error| CredentialError::new("building the metadata client").with_source(error))
}

#[cfg(not(feature = "reqwest"))]
fn own_transport(_: Duration) -> Result<Arc<dyn Transport>, CredentialError> {
    Err(CredentialError::new(
        "the CVM role provider has no transport: give it one, or enable the `reqwest` feature",
    ))
}

/// The expiry of fetched credentials, given in seconds since the epoch.
pub(crate) fn expiry_after(seconds: i64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(u64::try_from(seconds).unwrap_or(0))
}
