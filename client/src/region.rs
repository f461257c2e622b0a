//! The region of a client whose builder names none: where the official tools keep one.
//!
//! tccli (its `action_caller.py`) takes `--region`, else `TENCENTCLOUD_REGION`, else
//! `_sys_param.region` of `~/.tccli/<profile>.configure`, the profile being
//! `TCCLI_PROFILE`, else `default`. The official Go and Python SDKs read no region from
//! the environment, and their profile file (`~/.tencentcloud/credentials`) holds only
//! keys (`secret_id`, `secret_key`, Python's `role_arn`): tccli's is the one place a
//! region is kept, so a program finds the region its user's tccli uses.

use crate::builder::BuildError;
use serde::Deserialize;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The variable that names the region.
pub(crate) const REGION_VARIABLE: &str = "TENCENTCLOUD_REGION";

/// The variable that names tccli's profile.
pub(crate) const PROFILE_VARIABLE: &str = "TCCLI_PROFILE";

/// A region, and where it was found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) region: String,
    /// `TENCENTCLOUD_REGION`, or the path of the file.
    pub(crate) source: String,
}

/// The region `env` gives: `TENCENTCLOUD_REGION` when it is set and not blank, else the
/// one of tccli's profile file, else none. A missing file (or home) gives none; a file
/// that is there but cannot be read, is not JSON, or holds a region that is not a
/// string is an error that names it.
pub(crate) fn from_environment(
    env: &dyn Fn(&str) -> Option<OsString>,
) -> Result<Option<Found>, BuildError> {
    if let Some(value) = env(REGION_VARIABLE) {
        let value = value
            .into_string()
            .map_err(|_| BuildError::new(format!("{REGION_VARIABLE} is not valid UTF-8")))?;
        if let Some(region) = non_blank(&value) {
            return Ok(Some(Found {
                region,
                source: REGION_VARIABLE.to_owned(),
            }));
        }
    }
    let Some(path) = tccli_file(env) else {
        return Ok(None);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => {
            return Err(BuildError::new(format!(
                "the region of tccli's profile file {} cannot be read: {error}",
                path.display()
            ))
            .with_source(error));
        }
    };
    Ok(region_in(&text, &path)?.map(|region| Found {
        region,
        source: path.display().to_string(),
    }))
}

/// `~/.tccli/<profile>.configure`.
fn tccli_file(env: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let home = crate::home::dir(env)?;
    let mut profile = env(PROFILE_VARIABLE)
        .filter(|profile| !profile.is_empty())
        .unwrap_or_else(|| "default".into());
    profile.push(".configure");
    Some(home.join(".tccli").join(profile))
}

/// What of a `.configure` file is read; tccli keeps the rest (output format, each
/// service's endpoint and version) beside it.
#[derive(Deserialize)]
struct Configure {
    #[serde(rename = "_sys_param", default)]
    sys_param: SysParam,
}

#[derive(Deserialize, Default)]
struct SysParam {
    #[serde(default)]
    region: Option<String>,
}

/// The region of the text of a `.configure` file, found at `path`.
fn region_in(text: &str, path: &Path) -> Result<Option<String>, BuildError> {
    let configure: Configure = serde_json::from_str(text).map_err(|error| {
        BuildError::new(format!(
            "tccli's profile file {} is not a profile (`{{\"_sys_param\": {{\"region\": \"...\"}}}}`): {error}",
            path.display()
        ))
        .with_source(error)
    })?;
    Ok(configure.sys_param.region.as_deref().and_then(non_blank))
}

fn non_blank(value: &str) -> Option<String> {
    Some(value.trim().to_owned()).filter(|value| !value.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// A home directory of its own under the system's temporary directory, removed when
    /// dropped.
    struct Home(PathBuf);

    impl Home {
        fn new() -> Self {
            let path = std::env::temp_dir().join(format!("region-test-{}", uuid::Uuid::new_v4()));
            std::fs::create_dir_all(path.join(".tccli")).unwrap();
            Home(path)
        }

        fn write(&self, profile: &str, text: &str) -> PathBuf {
            let path = self.0.join(".tccli").join(format!("{profile}.configure"));
            std::fs::write(&path, text).unwrap();
            path
        }

        /// `from_environment` with `HOME` here and `variables`.
        fn read(&self, variables: &[(&str, &str)]) -> Result<Option<Found>, BuildError> {
            let mut env: HashMap<String, OsString> = variables
                .iter()
                .map(|(name, value)| ((*name).to_owned(), (*value).into()))
                .collect();
            env.insert("HOME".to_owned(), self.0.clone().into());
            from_environment(&|name| env.get(name).cloned())
        }
    }

    impl Drop for Home {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn region(found: Result<Option<Found>, BuildError>) -> Option<String> {
        found.unwrap().map(|found| found.region)
    }

    const SHANGHAI: &str = r#"{"_sys_param": {"arrayCount": 10, "output": "json", "region": "ap-shanghai"},
        "cvm": {"endpoint": "cvm.tencentcloudapi.com", "version": "2017-03-12"}}"#;

    #[test]
    fn the_variable_comes_before_the_file() {
        let home = Home::new();
        home.write("default", SHANGHAI);
        let found = home.read(&[(REGION_VARIABLE, " ap-beijing ")]).unwrap();
        assert_eq!(
            found,
            Some(Found {
                region: "ap-beijing".to_owned(),
                source: REGION_VARIABLE.to_owned()
            })
        );
        let path = home.0.join(".tccli").join("default.configure");
        let found = home.read(&[(REGION_VARIABLE, "  ")]).unwrap().unwrap();
        assert_eq!(found.region, "ap-shanghai", "a blank variable is not set");
        assert_eq!(found.source, path.display().to_string());
    }

    #[test]
    fn the_profile_names_the_file() {
        let home = Home::new();
        home.write("default", SHANGHAI);
        home.write("prod", r#"{"_sys_param": {"region": "eu-frankfurt"}}"#);
        assert_eq!(
            region(home.read(&[(PROFILE_VARIABLE, "prod")])).as_deref(),
            Some("eu-frankfurt")
        );
        assert_eq!(
            region(home.read(&[(PROFILE_VARIABLE, "")])).as_deref(),
            Some("ap-shanghai")
        );
        assert_eq!(
            region(home.read(&[(PROFILE_VARIABLE, "staging")])),
            None,
            "a profile without a file gives no region"
        );
    }

    #[test]
    fn nothing_configured_gives_none() {
        let home = Home::new();
        assert_eq!(region(home.read(&[])), None);
        home.write(
            "default",
            r#"{"_sys_param": {"output": "json"}, "cvm": {}}"#,
        );
        assert_eq!(region(home.read(&[])), None);
        home.write("default", r#"{"_sys_param": {"region": ""}}"#);
        assert_eq!(region(home.read(&[])), None);
        home.write("default", r#"{"cvm": {"version": "2017-03-12"}}"#);
        assert_eq!(region(home.read(&[])), None);
        assert_eq!(region(from_environment(&|_| None)), None, "no home");
    }

    #[test]
    fn a_broken_file_is_an_error_that_names_it() {
        let home = Home::new();
        let path = home.write("default", r#"{"_sys_param": {"region": "ap-#"#);
        let message = home.read(&[]).unwrap_err().to_string();
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert!(message.contains("line 1"), "{message}");
        home.write("default", r#"{"_sys_param": {"region": 7}}"#);
        let message = home.read(&[]).unwrap_err().to_string();
        assert!(message.contains("expected a string"), "{message}");
        home.write("default", "[]");
        assert!(home.read(&[]).is_err());
        // A directory where the file should be cannot be read.
        std::fs::create_dir(home.0.join(".tccli").join("dir.configure")).unwrap();
        let message = home
            .read(&[(PROFILE_VARIABLE, "dir")])
            .unwrap_err()
            .to_string();
        assert!(message.contains("cannot be read"), "{message}");
        // The variable is read first: a broken file is not opened.
        assert_eq!(
            region(home.read(&[(REGION_VARIABLE, "ap-beijing")])).as_deref(),
            Some("ap-beijing")
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_variable_that_is_not_utf8_is_an_error() {
        use std::os::unix::ffi::OsStringExt;
        let env =
            |name: &str| (name == REGION_VARIABLE).then(|| OsString::from_vec(vec![b'a', 0xff]));
        let message = from_environment(&env).unwrap_err().to_string();
        assert!(message.contains(REGION_VARIABLE), "{message}");
    }
}
