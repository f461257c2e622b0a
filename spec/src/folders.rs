//! The folders Tencent publishes its specs in: one folder per service, holding one
//! `v<date>` folder per API version, which holds `api.json` and, when there are some,
//! `errors.json` and `examples.json`. The code generator and the mock server both walk
//! them through here, so that both find the same versions.

use crate::error::SpecError;
use crate::model::{Errors, Examples, Spec, parse};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// One API version's folder, `<service>/v<date>/`, which holds an `api.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionDir {
    /// The service folder's name, like `cvm`.
    pub service: String,
    /// The version folder's name, like `v20170312`.
    pub version: String,
    /// The version folder.
    pub path: PathBuf,
}

impl VersionDir {
    /// The version's `api.json`, read and parsed; an error names the file.
    pub fn api(&self) -> Result<Spec, SpecError> {
        self.read("api.json")?
            .ok_or_else(|| SpecError::invalid(self.file("api.json"), "", "the file is missing"))
    }

    /// The version's `errors.json`, read and parsed, or `None` when the folder has none.
    pub fn errors(&self) -> Result<Option<Errors>, SpecError> {
        self.read("errors.json")
    }

    /// The version's `examples.json`, read and parsed, or `None` when the folder has none.
    pub fn examples(&self) -> Result<Option<Examples>, SpecError> {
        self.read("examples.json")
    }

    fn file(&self, name: &str) -> String {
        self.path.join(name).display().to_string()
    }

    fn read<T: DeserializeOwned>(&self, name: &'static str) -> Result<Option<T>, SpecError> {
        let path = self.path.join(name);
        if !path.is_file() {
            return Ok(None);
        }
        let text = std::fs::read_to_string(&path).map_err(|error| {
            SpecError::invalid(
                self.file(name),
                "",
                format!("cannot read the file: {error}"),
            )
        })?;
        parse(name, &text)
            .map(Some)
            .map_err(|error| error.in_file(self.file(name)))
    }
}

/// Every service version under `root`, a folder of service folders: sorted by service,
/// then version. A folder that cannot be read is an error that names it.
///
/// ```
/// let root = std::env::temp_dir().join(format!("spec-folders-doc-{}", std::process::id()));
/// std::fs::create_dir_all(root.join("cvm/v20170312")).unwrap();
/// std::fs::write(root.join("cvm/v20170312/api.json"), "{}").unwrap();
///
/// let versions = tencent_action_spec::service_versions(&root)?;
/// assert_eq!(versions.len(), 1);
/// assert_eq!((versions[0].service.as_str(), versions[0].version.as_str()), ("cvm", "v20170312"));
///
/// let error = tencent_action_spec::service_versions(&root.join("missing")).unwrap_err();
/// assert!(error.to_string().contains("missing"));
/// # std::fs::remove_dir_all(&root).unwrap();
/// # Ok::<(), tencent_action_spec::SpecError>(())
/// ```
pub fn service_versions(root: &Path) -> Result<Vec<VersionDir>, SpecError> {
    let mut versions = Vec::new();
    for (_, service) in subfolders(root)? {
        versions.extend(versions_of(&service)?);
    }
    Ok(versions)
}

/// The versions of one service, whose folder `dir` holds a `v<date>/api.json` for each:
/// sorted by version. Folders that are not named `v...` or hold no `api.json` are not
/// versions, and are passed over.
pub fn versions_of(dir: &Path) -> Result<Vec<VersionDir>, SpecError> {
    let service = folder_name(dir);
    Ok(subfolders(dir)?
        .into_iter()
        .filter(|(name, path)| name.starts_with('v') && path.join("api.json").is_file())
        .map(|(version, path)| VersionDir {
            service: service.clone(),
            version,
            path,
        })
        .collect())
}

/// The folders in `dir`, by name, sorted.
fn subfolders(dir: &Path) -> Result<Vec<(String, PathBuf)>, SpecError> {
    let unreadable = |error: std::io::Error| {
        SpecError::invalid(
            dir.display().to_string(),
            "",
            format!("cannot read the folder: {error}"),
        )
    };
    let mut folders = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let path = entry.map_err(unreadable)?.path();
        if path.is_dir() {
            folders.push((folder_name(&path), path));
        }
    }
    folders.sort();
    Ok(folders)
}

fn folder_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("spec-folders-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn write(path: PathBuf, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    const API: &str = r#"{"metadata": {"serviceShortName": "cvm", "apiVersion": "2017-03-12"},
        "actions": {}, "objects": {}}"#;

    #[test]
    fn versions_are_the_v_folders_that_hold_an_api_json_sorted() {
        let root = scratch("walk");
        write(root.join("vpc/v20170312/api.json"), API);
        write(root.join("cvm/v20170312/api.json"), API);
        write(root.join("cvm/v20160101/api.json"), API);
        write(root.join("cvm/v20990101/errors.json"), "{}");
        write(root.join("cvm/latest/api.json"), API);
        write(root.join("cvm/cvm_client.py"), "");
        write(root.join("__init__.py"), "");
        let found: Vec<(String, String)> = service_versions(&root)
            .unwrap()
            .into_iter()
            .map(|dir| (dir.service, dir.version))
            .collect();
        let expected = [
            ("cvm", "v20160101"),
            ("cvm", "v20170312"),
            ("vpc", "v20170312"),
        ]
        .map(|(service, version)| (service.to_owned(), version.to_owned()));
        assert_eq!(found, expected);
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn files_are_parsed_and_errors_name_the_file() {
        let root = scratch("files");
        write(root.join("cvm/v20170312/api.json"), API);
        write(root.join("cvm/v20170312/errors.json"), "{\"codes\": 3}");
        let versions = versions_of(&root.join("cvm")).unwrap();
        let version = &versions[0];
        assert_eq!(version.api().unwrap().metadata.service, "cvm");
        assert!(version.examples().unwrap().is_none());
        let error = version.errors().unwrap_err();
        let file = root.join("cvm/v20170312/errors.json").display().to_string();
        assert_eq!(error.file(), file);
        assert_eq!(error.path(), "codes");
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_folder_that_cannot_be_read_is_named() {
        let root = scratch("unreadable");
        let missing = root.join("nowhere");
        let error = service_versions(&missing).unwrap_err();
        assert_eq!(error.file(), missing.display().to_string());
        assert!(
            error.message().starts_with("cannot read the folder: "),
            "{error}"
        );
        let error = versions_of(&missing).unwrap_err();
        assert_eq!(error.file(), missing.display().to_string());
        std::fs::remove_dir_all(&root).unwrap();
    }
}
