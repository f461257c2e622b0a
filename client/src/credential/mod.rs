//! Credentials: the secret pair (and token) that signs each request, and the providers
//! that find them.

mod cache;
mod chain;
mod cvm;
mod env;
mod oidc;
mod profile;
mod sts;

pub use cache::CachedProvider;
pub(crate) use chain::default_chain_over;
pub use chain::{ChainProvider, default_chain};
pub use cvm::CvmRoleProvider;
pub use env::EnvironmentProvider;
pub use oidc::OidcRoleProvider;
pub use profile::ProfileProvider;
pub use sts::AssumeRoleProvider;

use crate::transport::BoxFuture;
use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

/// A SecretId and SecretKey, with a session token for temporary credentials. Its `Debug`
/// shows the SecretId and hides the key and the token.
///
/// ```
/// use tencent_action_client::Credential;
///
/// let credential = Credential::new("AKIDexample", "the-secret-key").with_token("the-token");
/// let shown = format!("{credential:?}");
/// assert!(shown.contains("AKIDexample"));
/// assert!(!shown.contains("the-secret-key") && !shown.contains("the-token"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Credential {
    secret_id: String,
    secret_key: String,
    token: Option<String>,
    expires_at: Option<SystemTime>,
    /// Sends requests unsigned (`Authorization: SKIP`): see [`Credential::skip_signature`].
    skip_signature: bool,
}

impl Credential {
    /// Long-term credentials: a SecretId and its SecretKey.
    pub fn new(secret_id: impl Into<String>, secret_key: impl Into<String>) -> Self {
        Credential {
            secret_id: secret_id.into(),
            secret_key: secret_key.into(),
            token: None,
            expires_at: None,
            skip_signature: false,
        }
    }

    /// No credentials: requests go unsigned, with `Authorization: SKIP`, as Tencent
    /// documents for the few actions whose callers hold no key yet (STS's
    /// `AssumeRoleWithWebIdentity`, which the OIDC role provider calls).
    pub(crate) fn skip_signature() -> Self {
        Credential {
            skip_signature: true,
            ..Credential::new("", "")
        }
    }

    /// Whether requests go unsigned.
    pub(crate) fn skips_signature(&self) -> bool {
        self.skip_signature
    }

    /// Temporary credentials: the session token that goes with the pair (sent as
    /// `X-TC-Token`).
    pub fn with_token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into()).filter(|token| !token.is_empty());
        self
    }

    /// When temporary credentials stop working; providers refresh them before then.
    pub fn with_expiry(mut self, expires_at: SystemTime) -> Self {
        self.expires_at = Some(expires_at);
        self
    }

    /// The SecretId (`AKID...`), which names the key and is not secret.
    pub fn secret_id(&self) -> &str {
        &self.secret_id
    }

    /// The SecretKey: never print it.
    pub fn secret_key(&self) -> &str {
        &self.secret_key
    }

    /// The session token of temporary credentials: never print it.
    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    /// When the credentials expire, if they do.
    pub fn expires_at(&self) -> Option<SystemTime> {
        self.expires_at
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credential")
            .field("secret_id", &self.secret_id)
            .field("secret_key", &"<hidden>")
            .field("token", &self.token.as_ref().map(|_| "<hidden>"))
            .field("expires_at", &self.expires_at)
            .field("skip_signature", &self.skip_signature)
            .finish()
    }
}

/// Why no credentials could be had. Its message never holds a secret.
#[derive(Debug)]
pub struct CredentialError {
    message: String,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl CredentialError {
    /// A failure described by `message` (which must hold no secret).
    pub fn new(message: impl Into<String>) -> Self {
        CredentialError {
            message: message.into(),
            source: None,
        }
    }

    /// Adds the underlying error.
    pub fn with_source(
        mut self,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        self.source = Some(source.into());
        self
    }
}

impl fmt::Display for CredentialError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(source) = &self.source {
            write!(f, ": {source}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CredentialError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn std::error::Error + 'static))
    }
}

/// No credentials means the request cannot be built: a
/// [`ConstructionError`](tencent_action::ConstructionError) of kind
/// [`Credentials`](tencent_action::ConstructionErrorKind::Credentials).
impl From<CredentialError> for tencent_action::Error {
    fn from(error: CredentialError) -> Self {
        tencent_action::ConstructionError::new(
            tencent_action::ConstructionErrorKind::Credentials,
            error.to_string(),
        )
        .with_source(error)
        .into()
    }
}

/// Finds the credentials of the next request. The client asks before every attempt, so
/// a provider of temporary credentials refreshes them in time (wrap it in a
/// [`CachedProvider`] so that it is asked once, not once per request).
///
/// ```
/// use tencent_action_client::{Credential, credential::{CredentialError, ProvideCredential}};
/// use tencent_action_client::transport::BoxFuture;
///
/// /// Reads the pair from a vault of the caller's.
/// #[derive(Debug)]
/// struct Vault;
///
/// impl ProvideCredential for Vault {
///     fn credential(&self) -> BoxFuture<'_, Result<Credential, CredentialError>> {
///         Box::pin(async { Ok(Credential::new("AKIDfromvault", "key-from-vault")) })
///     }
/// }
/// ```
pub trait ProvideCredential: Send + Sync + fmt::Debug + 'static {
    /// The credentials to sign with now.
    fn credential(&self) -> BoxFuture<'_, Result<Credential, CredentialError>>;
}

impl ProvideCredential for Credential {
    fn credential(&self) -> BoxFuture<'_, Result<Credential, CredentialError>> {
        let credential = self.clone();
        Box::pin(async move { Ok(credential) })
    }
}

impl<P: ProvideCredential + ?Sized> ProvideCredential for Arc<P> {
    fn credential(&self) -> BoxFuture<'_, Result<Credential, CredentialError>> {
        (**self).credential()
    }
}
