//! The services the mock serves: every `<svc>/v<date>/api.json` of a specs directory,
//! with its examples and error codes, read through `tencent-action-spec`.

use std::collections::BTreeMap;
use std::path::Path;
use tencent_action_spec::{Errors, Examples, Spec, SpecError, parse, service_versions};

/// Why a specs directory could not be read: the folder or file, and what is wrong.
pub use tencent_action_spec::SpecError as CatalogError;

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
        for version in service_versions(dir)? {
            if !only.is_empty() && !only.contains(&version.service.as_str()) {
                continue;
            }
            let spec = version.api()?;
            let examples = catalog.unless_malformed(version.examples());
            let errors = catalog.unless_malformed(version.errors());
            catalog.insert(ServiceVersion {
                spec,
                examples: examples.unwrap_or_default(),
                errors,
            });
        }
        Ok(catalog)
    }

    /// What was read, or `None` (and a warning) when the file is malformed.
    fn unless_malformed<T>(&mut self, read: Result<Option<T>, SpecError>) -> Option<T> {
        read.unwrap_or_else(|error| {
            self.warnings.push(format!("{error}; left out"));
            None
        })
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
            None => Examples::default(),
        };
        let errors = match errors {
            Some(text) => Some(parse("errors.json", text).map_err(|error| error.to_string())?),
            None => None,
        };
        self.insert(ServiceVersion {
            spec,
            examples,
            errors,
        });
        Ok(())
    }

    fn insert(&mut self, version: ServiceVersion) {
        let metadata = &version.spec.metadata;
        self.services
            .entry(metadata.service.clone())
            .or_default()
            .insert(metadata.version.clone(), version);
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
