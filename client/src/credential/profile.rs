use super::{Credential, CredentialError, ProvideCredential};
use crate::transport::BoxFuture;
use std::path::PathBuf;

/// Credentials from the profile file: `TENCENTCLOUD_CREDENTIALS_FILE`, else
/// `~/.tencentcloud/credentials`; an INI file whose section (`[default]`, or the one
/// named) holds `secret_id`, `secret_key` and optionally `token`.
///
/// ```
/// use tencent_action_client::credential::ProfileProvider;
///
/// let ini = "# my keys\n[default]\nsecret_id = AKIDone\nsecret_key = one\n\n[ci]\nsecret_id=AKIDtwo\nsecret_key=two\n";
/// let credential = ProfileProvider::parse(ini, "ci").unwrap();
/// assert_eq!(credential.secret_id(), "AKIDtwo");
/// assert!(ProfileProvider::parse(ini, "prod").unwrap_err().to_string().contains("[prod]"));
/// ```
#[derive(Clone, Debug)]
pub struct ProfileProvider {
    path: Option<PathBuf>,
    profile: String,
}

impl Default for ProfileProvider {
    fn default() -> Self {
        ProfileProvider {
            path: None,
            profile: "default".to_owned(),
        }
    }
}

impl ProfileProvider {
    /// The `[default]` profile of the usual file.
    pub fn new() -> Self {
        ProfileProvider::default()
    }

    /// Reads another profile (section) of the file.
    pub fn profile(mut self, profile: impl Into<String>) -> Self {
        self.profile = profile.into();
        self
    }

    /// Reads this file instead of the usual one.
    pub fn path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    fn file(&self) -> Option<PathBuf> {
        if let Some(path) = &self.path {
            return Some(path.clone());
        }
        if let Some(path) =
            std::env::var_os("TENCENTCLOUD_CREDENTIALS_FILE").filter(|p| !p.is_empty())
        {
            return Some(path.into());
        }
        let home = crate::dirs::home(&crate::dirs::process_env)?;
        Some(home.join(".tencentcloud").join("credentials"))
    }

    /// The credentials the file holds now.
    pub fn load(&self) -> Result<Credential, CredentialError> {
        let path = self
            .file()
            .ok_or_else(|| CredentialError::new("no home directory to find the profile file in"))?;
        let text = std::fs::read_to_string(&path).map_err(|error| {
            CredentialError::new(format!("reading profile file {}", path.display()))
                .with_source(error)
        })?;
        Self::parse(&text, &self.profile).map_err(|error| {
            CredentialError::new(format!("profile file {}: {error}", path.display()))
        })
    }

    /// Reads profile `profile` out of the text of a credentials file.
    pub fn parse(text: &str, profile: &str) -> Result<Credential, CredentialError> {
        let (mut in_section, mut found) = (false, false);
        let (mut id, mut key, mut token) = (None, None, None);
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with(['#', ';']) {
                continue;
            }
            if let Some(section) = line
                .strip_prefix('[')
                .and_then(|rest| rest.strip_suffix(']'))
            {
                in_section = section.trim() == profile;
                found |= in_section;
                continue;
            }
            if !in_section {
                continue;
            }
            if let Some((name, value)) = line.split_once('=') {
                let value = Some(value.trim().to_owned()).filter(|v| !v.is_empty());
                match name.trim() {
                    "secret_id" => id = value,
                    "secret_key" => key = value,
                    "token" => token = value,
                    _ => {}
                }
            }
        }
        match (found, id, key) {
            (false, _, _) => Err(CredentialError::new(format!("no section [{profile}]"))),
            (true, Some(id), Some(key)) => {
                let credential = Credential::new(id, key);
                Ok(match token {
                    Some(token) => credential.with_token(token),
                    None => credential,
                })
            }
            (true, None, _) => Err(CredentialError::new(format!(
                "section [{profile}] has no secret_id"
            ))),
            (true, Some(_), None) => Err(CredentialError::new(format!(
                "section [{profile}] has no secret_key"
            ))),
        }
    }
}

impl ProvideCredential for ProfileProvider {
    fn credential(&self) -> BoxFuture<'_, Result<Credential, CredentialError>> {
        Box::pin(async move { self.load() })
    }
}
