//! The region of a client whose builder names none: where the official tools keep one.
//!
//! tccli (its `action_caller.py`) takes `--region`, else `TENCENTCLOUD_REGION`, else
//! `_sys_param.region` of `~/.tccli/<profile>.configure`, the profile being
//! `TCCLI_PROFILE`, else `default`. The official Go and Python SDKs read no region from
//! the environment, and their profile file (`~/.tencentcloud/credentials`) holds only
//! keys (`secret_id`, `secret_key`, Python's `role_arn`): tccli's is the one place a
//! region is kept, so a program finds the region its user's tccli uses.

use crate::builder::BuildError;
use serde_json::{Map, Value};
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
    let home = crate::dirs::home(env)?;
    let mut profile = env(PROFILE_VARIABLE)
        .filter(|profile| !profile.is_empty())
        .unwrap_or_else(|| "default".into());
    profile.push(".configure");
    Some(home.join(".tccli").join(profile))
}

/// The region of the text of a `.configure` file, found at `path`: `_sys_param.region`.
/// tccli keeps the rest (the output format, each service's endpoint and version) beside
/// it.
fn region_in(text: &str, path: &Path) -> Result<Option<String>, BuildError> {
    let broken = |what: String| {
        BuildError::new(format!(
            "tccli's profile file {} is not a profile: {what}",
            path.display()
        ))
    };
    let configure: Map<String, Value> =
        serde_json::from_str(text).map_err(|error| broken(error.to_string()).with_source(error))?;
    let sys_param = match configure.get("_sys_param") {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::Object(sys_param)) => sys_param,
        Some(_) => return Err(broken("`_sys_param` is not an object".to_owned())),
    };
    match sys_param.get("region") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(region)) => Ok(non_blank(region)),
        Some(other) => Err(broken(format!(
            "`_sys_param.region` is not a string but {other}"
        ))),
    }
}

fn non_blank(value: &str) -> Option<String> {
    Some(value.trim().to_owned()).filter(|value| !value.is_empty())
}

#[cfg(test)]
mod tests {
    // Reading real files (which profile, a missing file, one that cannot be read) is
    // `tests/region.rs`'s, through the builder in a child process with a home of its own.
    use super::*;

    fn env<'a>(variables: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        |name| {
            variables
                .iter()
                .find(|(variable, _)| *variable == name)
                .map(|(_, value)| (*value).into())
        }
    }

    fn parse(text: &str) -> Result<Option<String>, String> {
        region_in(text, Path::new("p.configure")).map_err(|error| error.to_string())
    }

    #[test]
    fn the_variable_comes_first_and_blank_is_unset() {
        let found = from_environment(&env(&[(REGION_VARIABLE, " ap-beijing ")])).unwrap();
        let expected = Found {
            region: "ap-beijing".to_owned(),
            source: REGION_VARIABLE.to_owned(),
        };
        assert_eq!(found, Some(expected));
        // No home: nothing else to read.
        assert_eq!(
            from_environment(&env(&[(REGION_VARIABLE, "  ")])).unwrap(),
            None
        );
        assert_eq!(from_environment(&env(&[])).unwrap(), None);
    }

    #[test]
    fn the_profile_names_the_file() {
        let file = |variables| tccli_file(&env(variables)).unwrap();
        let home = Path::new("/h").join(".tccli");
        assert_eq!(file(&[("HOME", "/h")]), home.join("default.configure"));
        assert_eq!(
            file(&[("HOME", "/h"), (PROFILE_VARIABLE, "")]),
            home.join("default.configure")
        );
        assert_eq!(
            file(&[("HOME", "/h"), (PROFILE_VARIABLE, "prod")]),
            home.join("prod.configure")
        );
        assert_eq!(tccli_file(&env(&[(PROFILE_VARIABLE, "prod")])), None);
    }

    #[test]
    fn the_region_of_a_profile() {
        let tccli = r#"{"_sys_param": {"arrayCount": 10, "output": "json", "region": "ap-shanghai"},
            "cvm": {"endpoint": "cvm.tencentcloudapi.com", "version": "2017-03-12"}}"#;
        assert_eq!(parse(tccli).unwrap().as_deref(), Some("ap-shanghai"));
        for nothing in [
            r#"{"_sys_param": {"output": "json"}, "cvm": {}}"#,
            r#"{"_sys_param": {"region": ""}}"#,
            r#"{"_sys_param": {"region": null}}"#,
            r#"{"cvm": {"version": "2017-03-12"}}"#,
        ] {
            assert_eq!(parse(nothing).unwrap(), None, "{nothing}");
        }
    }

    #[test]
    fn a_file_that_is_not_a_profile_is_an_error_that_names_it() {
        let cases = [
            (
                r#"{"_sys_param": {"region": "ap-#"#,
                "EOF while parsing a string at line 1",
            ),
            (
                r#"{"_sys_param": {"region": 7}}"#,
                "`_sys_param.region` is not a string but 7",
            ),
            ("[]", "expected a map"),
            (
                r#"{"_sys_param": "ap-guangzhou"}"#,
                "`_sys_param` is not an object",
            ),
        ];
        for (text, says) in cases {
            let message = parse(text).unwrap_err();
            assert!(
                message.starts_with("tccli's profile file p.configure is not a profile: "),
                "{message}"
            );
            assert!(message.contains(says), "{message}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_variable_that_is_not_utf8_is_an_error() {
        use std::os::unix::ffi::OsStringExt;
        let env =
            |name: &str| (name == REGION_VARIABLE).then(|| OsString::from_vec(vec![b'a', 0xff]));
        let message = from_environment(&env).unwrap_err().to_string();
        assert_eq!(message, "TENCENTCLOUD_REGION is not valid UTF-8");
    }
}
