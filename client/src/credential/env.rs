use super::{Credential, CredentialError, ProvideCredential};
use crate::transport::BoxFuture;

/// Credentials from the environment: `TENCENTCLOUD_SECRET_ID`,
/// `TENCENTCLOUD_SECRET_KEY` and, for temporary credentials,
/// `TENCENTCLOUD_SESSION_TOKEN`.
#[derive(Clone, Debug, Default)]
pub struct EnvironmentProvider {
    _private: (),
}

impl EnvironmentProvider {
    /// The provider of the process's environment.
    pub fn new() -> Self {
        EnvironmentProvider::default()
    }

    /// The credentials the environment holds now.
    pub fn load(&self) -> Result<Credential, CredentialError> {
        let read = |name: &str| {
            std::env::var(name)
                .ok()
                .filter(|value| !value.trim().is_empty())
        };
        match (
            read("TENCENTCLOUD_SECRET_ID"),
            read("TENCENTCLOUD_SECRET_KEY"),
        ) {
            (Some(id), Some(key)) => {
                let credential = Credential::new(id.trim(), key.trim());
                Ok(match read("TENCENTCLOUD_SESSION_TOKEN") {
                    Some(token) => credential.with_token(token.trim()),
                    None => credential,
                })
            }
            (Some(_), None) => Err(CredentialError::new(
                "TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not",
            )),
            (None, _) => Err(CredentialError::new(
                "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set",
            )),
        }
    }
}

impl ProvideCredential for EnvironmentProvider {
    fn credential(&self) -> BoxFuture<'_, Result<Credential, CredentialError>> {
        Box::pin(async move { self.load() })
    }
}
