use super::{
    CachedProvider, Credential, CredentialError, CvmRoleProvider, EnvironmentProvider,
    OidcRoleProvider, ProfileProvider, ProvideCredential,
};
use crate::transport::{BoxFuture, Transport};
use std::sync::Arc;

/// Asks each provider in turn and keeps the first credentials found.
#[derive(Clone, Debug, Default)]
pub struct ChainProvider {
    providers: Vec<Arc<dyn ProvideCredential>>,
}

impl ChainProvider {
    /// An empty chain.
    pub fn new() -> Self {
        ChainProvider::default()
    }

    /// Adds a provider at the end of the chain.
    pub fn or_else(mut self, provider: impl ProvideCredential) -> Self {
        self.providers.push(Arc::new(provider));
        self
    }
}

impl ProvideCredential for ChainProvider {
    fn credential(&self) -> BoxFuture<'_, Result<Credential, CredentialError>> {
        Box::pin(async move {
            let mut reasons = Vec::new();
            for provider in &self.providers {
                match provider.credential().await {
                    Ok(credential) => return Ok(credential),
                    Err(error) => reasons.push(error.to_string()),
                }
            }
            Err(CredentialError::new(format!(
                "no credentials found ({})",
                reasons.join("; ")
            )))
        })
    }
}

/// The default chain, as the official Python SDK searches it: the environment, the
/// profile file, the CVM instance role, then the OIDC role of a TKE pod
/// ([`OidcRoleProvider::tke`]); what it finds is cached (temporary credentials until
/// shortly before they expire, then the whole chain is asked again). Its CVM role and
/// OIDC providers send through transports of their own (see [`CvmRoleProvider`]); a
/// client built without credentials uses this chain over the client's transport.
pub fn default_chain() -> CachedProvider<ChainProvider> {
    chain_of(CvmRoleProvider::new(), OidcRoleProvider::tke())
}

/// The default chain, its CVM role and OIDC providers sending through `transport`.
pub(crate) fn default_chain_over(transport: Arc<dyn Transport>) -> CachedProvider<ChainProvider> {
    chain_of(
        CvmRoleProvider::new().shared_transport(transport.clone()),
        OidcRoleProvider::tke().shared_transport(transport),
    )
}

fn chain_of(cvm: CvmRoleProvider, oidc: OidcRoleProvider) -> CachedProvider<ChainProvider> {
    CachedProvider::new(
        ChainProvider::new()
            .or_else(EnvironmentProvider::new())
            .or_else(ProfileProvider::new())
            .or_else(cvm)
            .or_else(oidc),
    )
}
