use super::{Credential, CredentialError, ProvideCredential};
use crate::transport::BoxFuture;
use std::time::{Duration, SystemTime};
use tokio::sync::Mutex;

/// How long before expiry temporary credentials are replaced, as the official SDKs do.
const REFRESH_BEFORE: Duration = Duration::from_secs(300);

/// Keeps the credentials of another provider: long-term credentials for good, temporary
/// ones until shortly before they expire (5 minutes by default). However many calls ask
/// at once, one of them fetches; the others wait for its answer. While a refresh fails,
/// credentials that have not expired yet are still handed out.
#[derive(Debug)]
pub struct CachedProvider<P> {
    inner: P,
    refresh_before: Duration,
    cached: Mutex<Option<Credential>>,
}

impl<P: ProvideCredential> CachedProvider<P> {
    /// Caches what `inner` provides.
    pub fn new(inner: P) -> Self {
        CachedProvider {
            inner,
            refresh_before: REFRESH_BEFORE,
            cached: Mutex::new(None),
        }
    }

    /// Replaces temporary credentials this long before they expire.
    pub fn refresh_before(mut self, margin: Duration) -> Self {
        self.refresh_before = margin;
        self
    }
}

impl<P: ProvideCredential> ProvideCredential for CachedProvider<P> {
    fn credential(&self) -> BoxFuture<'_, Result<Credential, CredentialError>> {
        Box::pin(async move {
            // The lock is held across the fetch: concurrent callers wait for one refresh.
            let mut cached = self.cached.lock().await;
            let now = SystemTime::now();
            if let Some(credential) = cached.as_ref() {
                match credential.expires_at() {
                    None => return Ok(credential.clone()),
                    Some(expiry) if now + self.refresh_before < expiry => {
                        return Ok(credential.clone());
                    }
                    Some(_) => {}
                }
            }
            match self.inner.credential().await {
                Ok(fresh) => {
                    *cached = Some(fresh.clone());
                    Ok(fresh)
                }
                Err(error) => match cached.as_ref() {
                    Some(old) if old.expires_at().is_some_and(|expiry| now < expiry) => {
                        tracing::warn!(error = %error, "refreshing credentials failed; using the current ones until they expire");
                        Ok(old.clone())
                    }
                    _ => Err(error),
                },
            }
        })
    }
}
