//! Where the official tools keep their files: the user's home directory.

use std::ffi::OsString;
use std::path::PathBuf;

/// The home directory as the official SDKs find it: `HOME`, else `USERPROFILE` (Windows);
/// `env` reads one variable of the environment.
pub(crate) fn home(env: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    ["HOME", "USERPROFILE"]
        .into_iter()
        .find_map(|name| env(name).filter(|home| !home.is_empty()))
        .map(PathBuf::from)
}

/// The process's environment, for [`home`] and the other readers that take one.
pub(crate) fn process_env(name: &str) -> Option<OsString> {
    std::env::var_os(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_then_userprofile() {
        let both = |name: &str| match name {
            "HOME" => Some("/h".into()),
            "USERPROFILE" => Some("C:\\Users\\u".into()),
            _ => None,
        };
        assert_eq!(home(&both), Some(PathBuf::from("/h")));
        let windows = |name: &str| match name {
            "HOME" => Some(OsString::new()),
            "USERPROFILE" => Some("C:\\Users\\u".into()),
            _ => None,
        };
        assert_eq!(home(&windows), Some(PathBuf::from("C:\\Users\\u")));
        assert_eq!(home(&|_| None), None);
    }
}
