//! `tencent-action-codegen <api.json> [--errors <errors.json>] [-o <out.rs>] [--mode tolerant|strict]
//! [--english <EN_api.json>]`: writes the module of one service version, to stdout without `-o`;
//! `tencent-action-codegen crate <SERVICE_DIR> -o <OUT_DIR> [--deps-path <REPO_ROOT>]
//! [--english <EN_SERVICE_DIR>]`: writes the crate of one service.

mod crate_command;
mod english;

use clap::Parser;
use crate_command::CrateCommand;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tencent_action_codegen::{CodegenError, Mode, Options, generate_bilingual};
use tencent_action_spec::{Errors, Spec};

/// Writes the Rust module of one Tencent Cloud API service version: a #[tencent_action]
/// struct for each action's response, an <Action>Request for each action, and the data
/// structures they use.
#[derive(Debug, Parser)]
#[command(
    name = "tencent-action-codegen",
    version,
    after_help = "`tencent-action-codegen crate --help`: the crate of a whole service."
)]
struct ModuleCommand {
    /// The service version's specification.
    #[arg(value_name = "api.json")]
    spec: PathBuf,
    /// Its error codes, for each action's own typed codes.
    #[arg(long, value_name = "errors.json")]
    errors: Option<PathBuf>,
    /// Where to write the module (default: stdout).
    #[arg(short, long, value_name = "out.rs")]
    output: Option<PathBuf>,
    /// tolerant: every field optional, scalars read leniently; strict: the specification
    /// as the contract.
    #[arg(long, value_name = "tolerant|strict", default_value = "tolerant")]
    mode: Mode,
    /// The same version's English specification: its text documents the items first,
    /// the Chinese after.
    #[arg(long, value_name = "EN_api.json")]
    english: Option<PathBuf>,
}

/// What the command line asks for.
#[derive(Debug)]
enum Invocation {
    Module(ModuleCommand),
    Crate(CrateCommand),
}

/// `crate` as the first argument is the crate command; anything else, `-- crate`
/// included, is the module command's.
fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Invocation, clap::Error> {
    let mut args = args.into_iter();
    let program = args
        .next()
        .unwrap_or_else(|| "tencent-action-codegen".into());
    let rest: Vec<OsString> = args.collect();
    match rest.split_first() {
        Some((first, crate_args)) if first == "crate" => {
            let program = "tencent-action-codegen crate".into();
            CrateCommand::try_parse_from(std::iter::once(program).chain(crate_args.iter().cloned()))
                .map(Invocation::Crate)
        }
        _ => ModuleCommand::try_parse_from(std::iter::once(program).chain(rest))
            .map(Invocation::Module),
    }
}

fn main() -> ExitCode {
    // Bad usage exits with 2 after clap's message; `--help` and `--version` with 0.
    let result = match parse(std::env::args_os()).unwrap_or_else(|error| error.exit()) {
        Invocation::Module(command) => run(&command),
        Invocation::Crate(command) => crate_command::run(&command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The text of the file at `path`, or an error naming it.
fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))
}

fn run(command: &ModuleCommand) -> Result<(), String> {
    let spec = &command.spec;
    let in_file = |path: &PathBuf| {
        let file = path.display().to_string();
        move |error: CodegenError| error.in_file(file).to_string()
    };
    let api: Spec = tencent_action_spec::parse("api.json", &read(spec)?).map_err(in_file(spec))?;
    let errors: Option<Errors> = match &command.errors {
        Some(path) => {
            Some(tencent_action_spec::parse("errors.json", &read(path)?).map_err(in_file(path))?)
        }
        None => None,
    };
    let english = match &command.english {
        Some(path) => Some(english::read(path, &api)?),
        None => None,
    };
    let options = Options { mode: command.mode };
    let module =
        generate_bilingual(&api, errors.as_ref(), english.as_ref(), &options).map_err(|error| {
            let file = match &command.errors {
                Some(errors) if error.file() == "errors.json" => errors,
                _ => spec,
            };
            in_file(file)(error)
        })?;
    match &command.output {
        Some(path) => std::fs::write(path, module.source())
            .map_err(|error| format!("cannot write {}: {error}", path.display())),
        None => std::io::stdout()
            .lock()
            .write_all(module.source().as_bytes())
            .map_err(|error| format!("cannot write to stdout: {error}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use clap::error::ErrorKind;

    fn parse_args(args: &[&str]) -> Result<Invocation, clap::Error> {
        parse(
            std::iter::once("tencent-action-codegen")
                .chain(args.iter().copied())
                .map(OsString::from),
        )
    }

    fn module(args: &[&str]) -> ModuleCommand {
        match parse_args(args) {
            Ok(Invocation::Module(command)) => command,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    #[test]
    fn the_command_lines_are_well_formed() {
        ModuleCommand::command().debug_assert();
        CrateCommand::command().debug_assert();
    }

    #[test]
    fn the_documented_command() {
        let command = module(&["api.json", "--errors", "errors.json", "-o", "out.rs"]);
        assert_eq!(command.spec, PathBuf::from("api.json"));
        assert_eq!(command.errors, Some("errors.json".into()));
        assert_eq!(command.output, Some("out.rs".into()));
        assert_eq!(command.mode, Mode::Tolerant);
        assert_eq!(command.english, None);

        let command = module(&[
            "--mode=strict",
            "--output=out.rs",
            "api.json",
            "--english=en.json",
        ]);
        assert_eq!(command.spec, PathBuf::from("api.json"));
        assert_eq!(command.english, Some("en.json".into()));
        assert_eq!(command.output, Some("out.rs".into()));
        assert_eq!(command.mode, Mode::Strict);

        assert_eq!(
            module(&["--", "-odd.json"]).spec,
            PathBuf::from("-odd.json")
        );
        // A spec file named like the crate command, after `--`.
        assert_eq!(module(&["--", "crate"]).spec, PathBuf::from("crate"));
    }

    #[test]
    fn the_crate_command() {
        let args = [
            "crate",
            "services/cvm",
            "-o",
            "out",
            "--deps-path",
            ".",
            "--mode",
            "strict",
            "--english",
            "en/cvm",
        ];
        let Ok(Invocation::Crate(command)) = parse_args(&args) else {
            panic!("{:?}", parse_args(&args));
        };
        assert_eq!(
            command,
            CrateCommand {
                service_dir: "services/cvm".into(),
                output: "out".into(),
                deps_path: Some(".".into()),
                mode: Mode::Strict,
                english: Some("en/cvm".into()),
            }
        );
    }

    #[test]
    fn help_and_version_are_no_errors_of_usage() {
        for (args, kind) in [
            (&["--help"][..], ErrorKind::DisplayHelp),
            (&["api.json", "-h"][..], ErrorKind::DisplayHelp),
            (&["crate", "--help"][..], ErrorKind::DisplayHelp),
            (&["--version"][..], ErrorKind::DisplayVersion),
            (&["-V"][..], ErrorKind::DisplayVersion),
        ] {
            let error = parse_args(args).unwrap_err();
            assert_eq!(error.kind(), kind, "{args:?}");
            assert_eq!(error.exit_code(), 0, "{args:?}");
        }
    }

    #[test]
    fn bad_usage_says_what_is_wrong() {
        for (args, kind, says) in [
            (&[][..], ErrorKind::MissingRequiredArgument, "<api.json>"),
            (
                &["api.json", "--errors"][..],
                ErrorKind::InvalidValue,
                "--errors",
            ),
            (
                &["a.json", "b.json"][..],
                ErrorKind::UnknownArgument,
                "'b.json'",
            ),
            (
                &["api.json", "--mode", "lenient"][..],
                ErrorKind::ValueValidation,
                "unknown mode `lenient`: expected `tolerant` or `strict`",
            ),
            (
                &["api.json", "--verbose"][..],
                ErrorKind::UnknownArgument,
                "'--verbose'",
            ),
            (
                &["api.json", "-o", "a.rs", "-o", "b.rs"][..],
                ErrorKind::ArgumentConflict,
                "--output",
            ),
            (
                &["crate", "dir"][..],
                ErrorKind::MissingRequiredArgument,
                "--output <OUT_DIR>",
            ),
            (
                &["crate", "-o", "out"][..],
                ErrorKind::MissingRequiredArgument,
                "<SERVICE_DIR>",
            ),
        ] {
            let error = parse_args(args).unwrap_err();
            assert_eq!(error.kind(), kind, "{args:?}: {error}");
            assert_eq!(error.exit_code(), 2, "{args:?}");
            assert!(error.to_string().contains(says), "{args:?}: {error}");
        }
    }
}
