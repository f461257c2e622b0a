//! `tencent-action-codegen crate <SERVICE_DIR> -o <OUT_DIR> [--deps-path <REPO_ROOT>]
//! [--mode tolerant|strict]`: writes the crate of one service, whose directory holds
//! `v<date>/api.json` (and optional `errors.json`) for each API version.

use crate::args::{Arg, Args, set};
use std::ffi::OsString;
use std::path::{Component, Path, PathBuf};
use tencent_action_codegen::{
    CrateOptions, Dependencies, Mode, Options, VersionFiles, generate_crate,
};

pub const USAGE: &str = "\
usage: tencent-action-codegen crate <SERVICE_DIR> -o <OUT_DIR> [--deps-path <REPO_ROOT>] [--mode tolerant|strict]

Writes the crate tencent-cloud-<service> of one service: a module v<date> per API version
(its requests, responses, structures and Client).

  <SERVICE_DIR>             holds v<date>/api.json (and optional errors.json) per version
  -o, --output <OUT_DIR>    the crate's directory (created if missing)
  --deps-path <REPO_ROOT>   depend on the tencent-action repository's crates by path
                            (default: by version, from crates.io)
  --mode tolerant|strict    how responses decode (default: tolerant)";

/// What `crate` was asked to do.
#[derive(Debug, PartialEq, Eq)]
pub struct CrateCommand {
    pub service_dir: PathBuf,
    pub output: PathBuf,
    pub deps_path: Option<PathBuf>,
    pub mode: Mode,
}

pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Option<CrateCommand>, String> {
    let mut args = Args::new(args);
    let (mut service_dir, mut output, mut deps_path, mut mode) = (None, None, None, None);
    while let Some(arg) = args.next()? {
        match arg {
            Arg::Option(flag) => match flag.as_str() {
                "-h" | "--help" => return Ok(None),
                "-o" | "--output" => set(&mut output, "-o", args.value("-o")?.into())?,
                "--deps-path" => {
                    set(
                        &mut deps_path,
                        "--deps-path",
                        args.value("--deps-path")?.into(),
                    )?;
                }
                "--mode" => {
                    let parsed = args.value("--mode")?.to_string_lossy().parse::<Mode>()?;
                    set(&mut mode, "--mode", parsed)?;
                }
                _ => return Err(format!("unknown option `{flag}`")),
            },
            Arg::Positional(value) => set(&mut service_dir, "<SERVICE_DIR>", value.into())?,
        }
    }
    Ok(Some(CrateCommand {
        service_dir: service_dir.ok_or("missing <SERVICE_DIR>, the service's directory")?,
        output: output.ok_or("missing `-o <OUT_DIR>`, the crate's directory")?,
        deps_path,
        mode: mode.unwrap_or_default(),
    }))
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
