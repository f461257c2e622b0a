//! `tencent-action-codegen crate <SERVICE_DIR> -o <OUT_DIR> [--deps-path <REPO_ROOT>]
//! [--mode tolerant|strict]`: writes the crate of one service, whose directory holds
//! `v<date>/api.json` (and optional `errors.json`) for each API version.

use crate::args::{Arg, Args, set};
use std::ffi::OsString;
use std::path::{Component, Path, PathBuf};
use tencent_action_codegen::{
    CrateOptions, Dependencies, Mode, Options, VersionSpec, generate_crate,
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
    let found = tencent_action_spec::versions_of(dir).map_err(|error| error.to_string())?;
    if found.is_empty() {
        return Err(format!("{} holds no v<date>/api.json", dir.display()));
    }
    let mut versions = Vec::new();
    for version in &found {
        versions.push(VersionSpec {
            folder: version.path.display().to_string(),
            api: version.api().map_err(|error| error.to_string())?,
            errors: version.errors().map_err(|error| error.to_string())?,
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
