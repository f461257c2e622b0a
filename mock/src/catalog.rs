//! The services the mock serves: every `<svc>/v<date>/api.json` of a specs directory,
//! with its examples and error codes, read through `tencent-action-spec`.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use tencent_action_spec::{Errors, Examples, Spec, parse};

/// One service version: its spec, and the documentation examples when there are some.
#[derive(Debug)]
pub struct ServiceVersion {
    /// `api.json`.
    pub spec: Spec,
    /// `examples.json` (empty when the file is absent).
    pub examples: Examples,
    /// `errors.json`, when present.
    pub errors: Option<Errors>,
}

/// Every service version the mock knows, by service then version (`2017-03-12`).
#[derive(Debug, Default)]
pub struct Catalog {
    services: BTreeMap<String, BTreeMap<String, ServiceVersion>>,
    warnings: Vec<String>,
}

/// Why a specs directory could not be read.
#[derive(Debug)]
pub struct CatalogError {
    /// The file or directory.
    pub path: PathBuf,
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for CatalogError {}

impl Catalog {
    /// An empty catalog: every action is `InvalidAction` until services are added.
    pub fn new() -> Self {
        Catalog::default()
    }

    /// Reads a directory laid out as `<svc>/v<date>/{api,examples,errors}.json` (only
    /// `api.json` is required). `only`, when not empty, keeps those services.
    ///
    /// A malformed `api.json` is an error; a malformed `examples.json` or `errors.json`
    /// is left out, with a line in [`warnings`](Self::warnings): the service is still
    /// served, answering from its output structs.
    pub fn load(dir: &Path, only: &[&str]) -> Result<Self, CatalogError> {
        let mut catalog = Catalog::new();
        for service in sorted_dirs(dir)? {
            if !only.is_empty() && !only.contains(&service.as_str()) {
                continue;
            }
            for version in sorted_dirs(&dir.join(&service))? {
                let version_dir = dir.join(&service).join(&version);
                let api = version_dir.join("api.json");
                if !api.is_file() {
                    continue;
                }
                let read = |name: &str| -> Result<Option<String>, CatalogError> {
                    let path = version_dir.join(name);
                    if !path.is_file() {
                        return Ok(None);
                    }
                    std::fs::read_to_string(&path)
                        .map(Some)
                        .map_err(|error| CatalogError {
                            path,
                            message: error.to_string(),
                        })
                };
                let api_text = read("api.json")?.unwrap_or_default();
                let mut examples = read("examples.json")?;
                let mut errors = read("errors.json")?;
                for (name, text) in [
                    ("examples.json", &mut examples),
                    ("errors.json", &mut errors),
                ] {
                    let malformed = match (name, text.as_deref()) {
                        (_, None) => None,
                        ("examples.json", Some(text)) => parse::<Examples>(name, text).err(),
                        (_, Some(text)) => parse::<Errors>(name, text).err(),
                    };
                    if let Some(error) = malformed {
                        let path = version_dir.display();
                        catalog.warnings.push(format!("{path}: {error}; left out"));
                        *text = None;
                    }
                }
                catalog
                    .add(&api_text, examples.as_deref(), errors.as_deref())
                    .map_err(|message| CatalogError {
                        path: version_dir.clone(),
                        message,
                    })?;
            }
        }
        Ok(catalog)
    }

    /// Adds one service version from the texts of its files.
    pub fn add(
        &mut self,
        api: &str,
        examples: Option<&str>,
        errors: Option<&str>,
    ) -> Result<(), String> {
        let spec: Spec = parse("api.json", api).map_err(|error| error.to_string())?;
        let examples = match examples {
            Some(text) => parse("examples.json", text).map_err(|error| error.to_string())?,
            None => Examples {
                actions: BTreeMap::new(),
            },
        };
        let errors = match errors {
            Some(text) => Some(parse("errors.json", text).map_err(|error| error.to_string())?),
            None => None,
        };
        self.services
            .entry(spec.metadata.service.clone())
            .or_default()
            .insert(
                spec.metadata.version.clone(),
                ServiceVersion {
                    spec,
                    examples,
                    errors,
                },
            );
        Ok(())
    }

    /// What [`load`](Self::load) left out, one line each.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Adds every service version of `other` (replacing the same versions).
    pub fn extend(&mut self, other: Catalog) {
        self.warnings.extend(other.warnings);
        for (service, versions) in other.services {
            self.services.entry(service).or_default().extend(versions);
        }
    }

    /// The versions of a service, if it is known.
    pub fn service(&self, service: &str) -> Option<&BTreeMap<String, ServiceVersion>> {
        self.services.get(service)
    }

    /// Whether a service is known.
    pub fn has_service(&self, service: &str) -> bool {
        self.services.contains_key(service)
    }

    /// Every service version, as `(service, version, spec)`.
    pub fn versions(&self) -> impl Iterator<Item = (&str, &str, &ServiceVersion)> {
        self.services.iter().flat_map(|(service, versions)| {
            versions
                .iter()
                .map(move |(version, spec)| (service.as_str(), version.as_str(), spec))
        })
    }
}

fn sorted_dirs(dir: &Path) -> Result<Vec<String>, CatalogError> {
    let entries = std::fs::read_dir(dir).map_err(|error| CatalogError {
        path: dir.to_owned(),
        message: error.to_string(),
    })?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    names.sort();
    Ok(names)
}
