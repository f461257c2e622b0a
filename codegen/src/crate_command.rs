//! `tencent-action-codegen crate <SERVICE_DIR> -o <OUT_DIR> [--deps-path <REPO_ROOT>]
//! [--mode tolerant|strict]`: writes the crate of one service, whose directory holds
//! `v<date>/api.json` (and optional `errors.json`) for each API version.

use std::path::{Component, Path, PathBuf};
use tencent_action_codegen::{
    CrateOptions, Dependencies, Mode, Options, VersionFiles, generate_crate,
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
}

pub fn run(command: &CrateCommand) -> Result<(), String> {
    let dir = &command.service_dir;
    let entries = std::fs::read_dir(dir)
        .map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
    let mut version_dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join("api.json").is_file())
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with('v'))
        })
        .collect();
    version_dirs.sort();
    if version_dirs.is_empty() {
        return Err(format!("{} holds no v<date>/api.json", dir.display()));
    }
    let read = |path: &Path| {
        std::fs::read_to_string(path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))
    };
    let mut versions = Vec::new();
    for version in &version_dirs {
        let errors = version.join("errors.json");
        versions.push(VersionFiles {
            api: read(&version.join("api.json"))?,
            errors: if errors.is_file() {
                Some(read(&errors)?)
            } else {
                None
            },
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
    let generated = generate_crate(&versions, &options).map_err(|error| {
        // Name the file: generation stops at the first version that fails.
        let failed = version_dirs
            .iter()
            .zip(&versions)
            .find(|(_, files)| {
                tencent_action_codegen::generate(
                    &files.api,
                    files.errors.as_deref(),
                    &options.module,
                )
                .is_err()
            })
            .map(|(dir, _)| dir.join(error.file()))
            .unwrap_or_else(|| dir.join(error.file()));
        error.in_file(failed.display().to_string()).to_string()
    })?;
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
