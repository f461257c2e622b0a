//! `tencent-action-codegen crate <SERVICE_DIR> -o <OUT_DIR> [--deps-path <REPO_ROOT>]
//! [--mode tolerant|strict] [--english <EN_SERVICE_DIR>]`: writes the crate of one
//! service, whose directory holds `v<date>/api.json` (and optional `errors.json`) for each
//! API version.

use std::path::{Component, Path, PathBuf};
use tencent_action_codegen::{
    CrateOptions, Dependencies, Mode, Options, VersionSpec, generate_crate,
};

/// Writes the crate tencent-cloud-<service> of one service: a module v<date> per API
/// version (its requests, responses, structures and Client).
#[derive(Debug, PartialEq, Eq, clap::Parser)]
#[command(
    name = "tencent-action-codegen",
    bin_name = "tencent-action-codegen crate",
    version
)]
pub struct CrateCommand {
    /// Holds v<date>/api.json (and optional errors.json) per version.
    #[arg(value_name = "SERVICE_DIR")]
    pub service_dir: PathBuf,
    /// The crate's directory (created if missing).
    #[arg(short, long, value_name = "OUT_DIR")]
    pub output: PathBuf,
    /// Depend on the tencent-action repository's crates by path (default: by version,
    /// from crates.io).
    #[arg(long, value_name = "REPO_ROOT")]
    pub deps_path: Option<PathBuf>,
    /// How responses decode.
    #[arg(long, value_name = "tolerant|strict", default_value = "tolerant")]
    pub mode: Mode,
    /// The service's English specs, v<date>/api.json per version: their text documents
    /// the items first, the Chinese after. A version it lacks is documented in Chinese.
    #[arg(long, value_name = "EN_SERVICE_DIR")]
    pub english: Option<PathBuf>,
}

pub fn run(command: &CrateCommand) -> Result<(), String> {
    let dir = &command.service_dir;
    let found = tencent_action_spec::versions_of(dir).map_err(|error| error.to_string())?;
    if found.is_empty() {
        return Err(format!("{} holds no v<date>/api.json", dir.display()));
    }
    let english = match &command.english {
        None => Vec::new(),
        Some(dir) => {
            let english =
                tencent_action_spec::versions_of(dir).map_err(|error| error.to_string())?;
            if english.is_empty() {
                return Err(format!(
                    "{} (--english) holds no v<date>/api.json",
                    dir.display()
                ));
            }
            english
        }
    };
    let mut versions = Vec::new();
    for version in &found {
        let api = version.api().map_err(|error| error.to_string())?;
        // A version Tencent publishes only in Chinese is documented in Chinese; one only
        // in English is not generated.
        let english = match english
            .iter()
            .find(|other| other.version == version.version)
        {
            None => None,
            Some(other) => {
                let text = other.api().map_err(|error| error.to_string())?;
                let file = other.path.join("api.json").display().to_string();
                crate::english::check(&file, &text, &api)?;
                Some(text)
            }
        };
        versions.push(VersionSpec {
            folder: version.path.display().to_string(),
            errors: version.errors().map_err(|error| error.to_string())?,
            api,
            english,
        });
    }
    std::fs::create_dir_all(&command.output)
        .map_err(|error| format!("cannot create {}: {error}", command.output.display()))?;
    let dependencies = match &command.deps_path {
        None => Dependencies::Registry,
        Some(root) => Dependencies::Path(relative_to(root, &command.output)),
    };
    let options = CrateOptions {
        module: Options { mode: command.mode },
        dependencies,
    };
    let generated = generate_crate(&versions, &options).map_err(|error| error.to_string())?;
    for (path, contents) in &generated.files {
        let file = command.output.join(path);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
        }
        std::fs::write(&file, contents)
            .map_err(|error| format!("cannot write {}: {error}", file.display()))?;
    }
    Ok(())
}

/// `root` as Cargo.toml in `crate_dir` should spell it: relative when both resolve, so
/// that a checked-in crate names no machine path.
fn relative_to(root: &Path, crate_dir: &Path) -> String {
    let (Ok(root_abs), Ok(crate_abs)) = (root.canonicalize(), crate_dir.canonicalize()) else {
        return root.display().to_string();
    };
    let from: Vec<Component> = crate_abs.components().collect();
    let to: Vec<Component> = root_abs.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut path = PathBuf::new();
    for _ in common..from.len() {
        path.push("..");
    }
    for part in &to[common..] {
        path.push(part.as_os_str());
    }
    if path.as_os_str().is_empty() {
        ".".to_owned()
    } else {
        path.display().to_string().replace('\\', "/")
    }
}
