//! A whole service as a crate: `tencent-cloud-<service>`, one module `v<date>` per API
//! version (its requests, responses, structures and `Client`), from the `api.json` (and
//! optional `errors.json`) of each version.

use crate::{CodegenError, Options, layout, model, spec};
use std::fmt::Write as _;

/// One API version of the service: its spec and error codes, read from `v<date>/`.
#[derive(Debug)]
pub struct VersionSpec {
    /// Where the version was read from, like `services/cvm/v20170312`: an error about
    /// it names `<folder>/api.json` (or `errors.json`). Empty when it was not read from
    /// a folder.
    pub folder: String,
    /// The `api.json`.
    pub api: spec::Spec,
    /// The `errors.json`, when the version has one.
    pub errors: Option<spec::Errors>,
    /// The same version's `api.json` in English, when there is one: see
    /// [`generate_bilingual`](crate::generate_bilingual).
    pub english: Option<spec::Spec>,
}

impl VersionSpec {
    /// The error, about this version's file.
    fn locate(&self, error: CodegenError) -> CodegenError {
        if self.folder.is_empty() {
            return error;
        }
        let file = format!("{}/{}", self.folder.trim_end_matches('/'), error.file());
        error.in_file(file)
    }
}

/// Where the crate takes the project's crates from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dependencies {
    /// From crates.io, by version.
    Registry,
    /// By path: the repository's root, as Cargo.toml should spell it (relative to the
    /// crate's directory, or absolute).
    Path(String),
}

/// What to generate a crate with.
#[derive(Debug, Clone)]
pub struct CrateOptions {
    /// How the generated responses decode.
    pub module: Options,
    /// Where the dependencies come from.
    pub dependencies: Dependencies,
}

/// A generated crate: its files, by path relative to the crate's directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedCrate {
    /// The package name, `tencent-cloud-cvm`.
    pub package: String,
    /// `(path, contents)`, sorted by path.
    pub files: Vec<(String, String)>,
}

/// The version of the project's crates a generated crate depends on.
const PROJECT_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Generates the crate of one service from its versions. Fails, saying what and where
/// (the version's folder, the file and the JSON path), when a version cannot be
/// generated, or the versions are of different services.
pub fn generate_crate(
    versions: &[VersionSpec],
    options: &CrateOptions,
) -> Result<GeneratedCrate, CodegenError> {
    let mut modules: Vec<(String, model::Module)> = Vec::new();
    let mut service: Option<(String, Option<String>)> = None;
    for version in versions {
        let spec = &version.api;
        let name = spec.metadata.service.clone();
        match &service {
            Some((first, _)) if *first != name => {
                return Err(version.locate(CodegenError::invalid(
                    "api.json",
                    "metadata.serviceShortName",
                    format!(
                        "`{name}` in a crate of `{first}`: every version must be of one service"
                    ),
                )));
            }
            Some(_) => {}
            None => service = Some((name, spec.metadata.display_name.clone())),
        }
        let module = model::build(
            spec,
            version.errors.as_ref(),
            version.english.as_ref(),
            options.module.mode,
        )
        .map_err(|error| version.locate(error))?;
        let dir = format!("v{}", spec.metadata.version.replace('-', ""));
        if modules.iter().any(|(other, _)| *other == dir) {
            return Err(version.locate(CodegenError::invalid(
                "api.json",
                "metadata.apiVersion",
                format!("version `{}` twice", spec.metadata.version),
            )));
        }
        modules.push((dir, module));
    }
    let Some((service, display_name)) = service else {
        return Err(CodegenError::invalid(
            "api.json",
            "",
            "no version: the service directory holds no `v<date>/api.json`",
        ));
    };
    modules.sort_by(|a, b| a.0.cmp(&b.0));
    let package = format!("tencent-cloud-{service}");
    let mut files = vec![
        (
            "Cargo.toml".to_owned(),
            manifest(&package, &service, options),
        ),
        (
            "README.md".to_owned(),
            readme(
                &package,
                &service,
                display_name.as_deref(),
                &modules,
                versions.iter().any(|version| version.english.is_some()),
            ),
        ),
        (
            "src/lib.rs".to_owned(),
            lib_source(&service, display_name.as_deref(), &modules),
        ),
    ];
    let crate_name = package.replace('-', "_");
    for (dir, module) in &modules {
        for (name, source) in layout::version_files(module, &format!("{crate_name}::{dir}")) {
            files.push((format!("src/{dir}/{name}"), source));
        }
    }
    files.sort();
    Ok(GeneratedCrate { package, files })
}

fn manifest(package: &str, service: &str, options: &CrateOptions) -> String {
    let dependency = |name: &str, dir: &str| match &options.dependencies {
        Dependencies::Registry => format!("{name} = \"={PROJECT_VERSION}\"\n"),
        Dependencies::Path(root) => {
            let root = root.trim_end_matches('/');
            format!("{name} = {{ path = \"{root}/{dir}\", version = \"={PROJECT_VERSION}\" }}\n")
        }
    };
    let mut text = format!(
        "# Generated by tencent-action-codegen from Tencent's specification of the service;\n\
         # regenerate it rather than edit it.\n\
         [package]\n\
         name = \"{package}\"\n\
         description = \"Tencent Cloud API 3.0: the `{service}` service's typed requests, responses and client\"\n\
         version = \"{PROJECT_VERSION}\"\n\
         edition = \"2024\"\n\
         rust-version = \"1.85\"\n\
         license = \"MIT OR Apache-2.0\"\n\
         readme = \"README.md\"\n\
         documentation = \"https://docs.rs/{package}\"\n\
         keywords = [\"tencent\", \"tencentcloud\", \"sdk\", \"api\", \"{service}\"]\n\
         categories = [\"api-bindings\"]\n\
         \n\
         [dependencies]\n"
    );
    text.push_str(&dependency("tencent-action", "runtime"));
    text.push_str(&dependency("tencent-action-client", "client"));
    // The impls are the runtime's templates, not serde's derives.
    text.push_str("serde = \"1\"\n");
    text.push_str("serde_json = \"1\"\n");
    text.push_str(
        "\n[features]\n\
         # `Deserialize` on the requests and `Serialize` on the responses, which only a\n\
         # round trip of them needs: without them the crate compiles faster.\n\
         round-trip = []\n",
    );
    text
}

/// The crate's README: what it is, its versions, a first call, where it comes from (and
/// in which languages its documentation is, `english` when a version had an English spec).
fn readme(
    package: &str,
    service: &str,
    display_name: Option<&str>,
    modules: &[(String, model::Module)],
    english: bool,
) -> String {
    let title = match display_name.map(crate::docs::one_line) {
        Some(name) if !name.is_empty() => format!("{name} (`{service}`)"),
        _ => format!("`{service}`"),
    };
    let crate_name = package.replace('-', "_");
    let mut text = format!(
        "# {package}\n\
         \n\
         Tencent Cloud {title}: typed requests, responses and a client for Tencent Cloud API \
         3.0, one module per API version, built on \
         [`tencent-action`](https://crates.io/crates/tencent-action) (decoding and errors) and \
         [`tencent-action-client`](https://crates.io/crates/tencent-action-client) (signing, \
         retries, credentials).\n\
         \n\
         Each module's documentation opens with an index of its actions (client method, \
         request, response); its data structures are in its `model` module, and every \
         type is also at the module's root. Requests serialize and responses deserialize; \
         the other way round (to read a request back or write a response out, as a round \
         trip of examples does) comes with the `round-trip` feature, left off by default \
         as it adds to the crate's build time.\n\
         \n\
         | module | actions |\n\
         |---|---:|\n"
    );
    for (dir, module) in modules {
        let _ = writeln!(text, "| `{crate_name}::{dir}` | {} |", module.actions.len());
    }
    let Some((dir, _)) = modules.last() else {
        return text;
    };
    let _ = write!(
        text,
        "\n```rust,no_run\n\
         async fn first_call() -> Result<(), Box<dyn std::error::Error>> {{\n\
         \x20   // Credentials from the environment, the profile file or the CVM role.\n\
         \x20   let client = tencent_action_client::Client::builder()\n\
         \x20       .region(\"ap-guangzhou\")\n\
         \x20       .build()?;\n\
         \x20   let {ident} = {crate_name}::{dir}::Client::new(client);\n\
         \x20   // One method per action, each taking `&<Action>Request`, to await.\n\
                  \x20   Ok(())\n\
         }}\n\
         ```\n\
         \n\
         Generated by `tencent-action-codegen crate` from Tencent's published specification \
         of the service, with Tencent's documentation{languages}; regenerate it rather than \
         edit it.\n\
         \n\
         Licensed under either of Apache License, Version 2.0 or MIT license, at your option.\n",
        ident = service.replace('-', "_"),
        languages = if english {
            ": in English first, then in Chinese, where Tencent's international site \
             publishes the item, and in Chinese elsewhere"
        } else {
            ", in Chinese"
        },
    );
    text
}

fn lib_source(
    service: &str,
    display_name: Option<&str>,
    modules: &[(String, model::Module)],
) -> String {
    let title = match display_name.map(crate::docs::one_line) {
        Some(name) if !name.is_empty() => format!("{name} (`{service}`)"),
        _ => format!("`{service}`"),
    };
    let mut text = format!(
        "//! Tencent Cloud {title}: typed requests, responses and a client, one module per API\n\
         //! version.\n\
         //!\n\
         //! Generated by `tencent-action-codegen crate` from Tencent's specification of the\n\
         //! service; regenerate it rather than edit it.\n\
         //!\n\
         //! ```no_run\n\
         //! # async fn run() -> Result<(), Box<dyn std::error::Error>> {{\n\
         //! use tencent_action_client::{{Client, Credential}};\n\
         //!\n\
         //! let client = Client::builder()\n\
         //!     .credential(Credential::new(\"AKID...\", \"secret key\"))\n\
         //!     .region(\"ap-guangzhou\")\n\
         //!     .build()?;\n"
    );
    if let Some((dir, _)) = modules.last() {
        let _ = write!(
            text,
            "//! // One method per action, each taking `&<Action>Request`, to await.\n\
             //! let {ident} = tencent_cloud_{crate_name}::{dir}::Client::new(client);\n\
             //! # let _ = {ident};\n",
            ident = service.replace('-', "_"),
            crate_name = service.replace('-', "_"),
        );
    }
    text.push_str("//! # Ok(())\n//! # }\n//! ```\n#![forbid(unsafe_code)]\n\n");
    for (dir, _) in modules {
        // The module's own documentation says what it is: outer docs here would make
        // rustdoc resolve the links of both in this scope, where the module's items are not.
        let _ = writeln!(
            text,
            "// As the generator printed it: rustfmt would only reflow the long lines.\n\
             #[rustfmt::skip]\npub mod {dir};"
        );
    }
    text.push_str(
        "\n/// The response and error types every method returns.\npub use tencent_action::{Error, Response};\n",
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(folder: &str, service: &str, output: &str) -> VersionSpec {
        let text = format!(
            r#"{{"metadata": {{"serviceShortName": "{service}", "apiVersion": "2020-01-01"}},
                "actions": {{"Hello": {{"output": "{output}"}}}},
                "objects": {{"HelloResponse": {{"members": []}}}}}}"#
        );
        VersionSpec {
            folder: folder.to_owned(),
            api: spec::parse("api.json", &text).unwrap(),
            errors: None,
            english: None,
        }
    }

    fn options() -> CrateOptions {
        CrateOptions {
            module: Options::default(),
            dependencies: Dependencies::Registry,
        }
    }

    #[test]
    fn an_error_names_the_folder_of_its_version() {
        let versions = [
            version("specs/x/v20200101", "x", "HelloResponse"),
            version("specs/x/v20210101/", "x", "Missing"),
        ];
        let error = generate_crate(&versions, &options()).unwrap_err();
        assert_eq!(error.file(), "specs/x/v20210101/api.json");
        assert_eq!(error.path(), "actions.Hello.output");

        let versions = [
            version("specs/x/v20200101", "x", "HelloResponse"),
            version("specs/y/v20200101", "y", "HelloResponse"),
        ];
        let error = generate_crate(&versions, &options()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "specs/y/v20200101/api.json at metadata.serviceShortName: `y` in a crate of `x`: \
             every version must be of one service"
        );

        let unnamed = [version("", "x", "Missing")];
        let error = generate_crate(&unnamed, &options()).unwrap_err();
        assert_eq!(error.file(), "api.json");
    }

    #[test]
    fn every_version_is_a_module() {
        let versions = [version("a", "x", "HelloResponse")];
        let generated = generate_crate(&versions, &options()).unwrap();
        assert_eq!(generated.package, "tencent-cloud-x");
        let readme = &generated.files[1].1;
        assert!(readme.starts_with("# tencent-cloud-x\n"), "{readme}");
        assert!(
            readme.contains("| `tencent_cloud_x::v20200101` | 1 |"),
            "{readme}"
        );
        assert!(
            readme.contains("tencent_cloud_x::v20200101::Client::new(client)"),
            "{readme}"
        );
        let paths: Vec<&str> = generated
            .files
            .iter()
            .map(|(path, _)| path.as_str())
            .collect();
        assert_eq!(
            paths,
            [
                "Cargo.toml",
                "README.md",
                "src/lib.rs",
                "src/v20200101/actions.rs",
                "src/v20200101/client.rs",
                "src/v20200101/mod.rs",
                "src/v20200101/model.rs",
                "src/v20200101/requests.rs"
            ]
        );
    }
}
