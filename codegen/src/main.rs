//! `tencent-action-codegen <api.json> [--errors <errors.json>] [-o <out.rs>] [--mode tolerant|strict]`:
//! writes the module of one service version, to stdout without `-o`;
//! `tencent-action-codegen crate <SERVICE_DIR> -o <OUT_DIR> [--deps-path <REPO_ROOT>]`:
//! writes the crate of one service.

mod args;
mod crate_command;

use args::{Arg, Args, set};

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use tencent_action_codegen::{Mode, Options, generate};

const USAGE: &str = "\
usage: tencent-action-codegen <api.json> [--errors <errors.json>] [-o <out.rs>] [--mode tolerant|strict]

Writes the Rust module of one Tencent Cloud API service version: a #[tencent_action]
struct for each action's response, an <Action>Request for each action, and the data
structures they use. `tencent-action-codegen crate --help` for a whole service's crate.

  <api.json>               the service version's specification
  --errors <errors.json>   its error codes, for each action's own typed codes
  -o, --output <out.rs>    where to write the module (default: stdout)
  --mode tolerant|strict   tolerant (the default): every field optional, scalars read
                           leniently; strict: the specification as the contract
  -h, --help               this help";

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    Help,
    Generate {
        spec: PathBuf,
        errors: Option<PathBuf>,
        output: Option<PathBuf>,
        mode: Mode,
    },
}

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1).peekable();
    if args.peek().is_some_and(|first| first == "crate") {
        args.next();
        return match crate_command::parse(args) {
            Ok(None) => {
                println!("{}", crate_command::USAGE);
                ExitCode::SUCCESS
            }
            Ok(Some(command)) => match crate_command::run(&command) {
                Ok(()) => ExitCode::SUCCESS,
                Err(message) => {
                    eprintln!("error: {message}");
                    ExitCode::FAILURE
                }
            },
            Err(message) => {
                eprintln!("error: {message}\n\n{}", crate_command::USAGE);
                ExitCode::from(2)
            }
        };
    }
    match parse_args(args) {
        Ok(Command::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Command::Generate {
            spec,
            errors,
            output,
            mode,
        }) => match run(&spec, errors.as_ref(), output.as_ref(), mode) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::FAILURE
            }
        },
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(
    spec: &PathBuf,
    errors: Option<&PathBuf>,
    output: Option<&PathBuf>,
    mode: Mode,
) -> Result<(), String> {
    let read = |path: &PathBuf| {
        std::fs::read_to_string(path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))
    };
    let spec_text = read(spec)?;
    let errors_text = errors.map(read).transpose()?;
    let module =
        generate(&spec_text, errors_text.as_deref(), &Options { mode }).map_err(|error| {
            let file = if error.file() == "errors.json" {
                errors.unwrap_or(spec)
            } else {
                spec
            };
            error.in_file(file.display().to_string()).to_string()
        })?;
    match output {
        Some(path) => std::fs::write(path, module.source())
            .map_err(|error| format!("cannot write {}: {error}", path.display())),
        None => std::io::stdout()
            .lock()
            .write_all(module.source().as_bytes())
            .map_err(|error| format!("cannot write to stdout: {error}")),
    }
}

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut args = Args::new(args);
    let (mut spec, mut errors, mut output, mut mode) = (None, None, None, None);
    while let Some(arg) = args.next()? {
        match arg {
            Arg::Option(flag) => match flag.as_str() {
                "-h" | "--help" => return Ok(Command::Help),
                "--errors" => set(&mut errors, "--errors", args.value("--errors")?.into())?,
                "-o" | "--output" => set(&mut output, "-o", args.value("-o")?.into())?,
                "--mode" => {
                    let parsed = args.value("--mode")?.to_string_lossy().parse::<Mode>()?;
                    set(&mut mode, "--mode", parsed)?;
                }
                _ => return Err(format!("unknown option `{flag}`")),
            },
            Arg::Positional(value) => set(&mut spec, "<api.json>", value.into())?,
        }
    }
    let spec = spec.ok_or("missing <api.json>, the specification to generate from")?;
    Ok(Command::Generate {
        spec,
        errors,
        output,
        mode: mode.unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        parse_args(args.iter().map(OsString::from))
    }

    #[test]
    fn the_documented_command() {
        assert_eq!(
            parse(&["api.json", "--errors", "errors.json", "-o", "out.rs"]),
            Ok(Command::Generate {
                spec: "api.json".into(),
                errors: Some("errors.json".into()),
                output: Some("out.rs".into()),
                mode: Mode::Tolerant,
            })
        );
        assert_eq!(
            parse(&["--mode=strict", "--output=out.rs", "api.json"]),
            Ok(Command::Generate {
                spec: "api.json".into(),
                errors: None,
                output: Some("out.rs".into()),
                mode: Mode::Strict,
            })
        );
        assert_eq!(
            parse(&["--", "-odd.json"]),
            Ok(Command::Generate {
                spec: "-odd.json".into(),
                errors: None,
                output: None,
                mode: Mode::Tolerant,
            })
        );
        assert_eq!(parse(&["api.json", "-h"]), Ok(Command::Help));
    }

    #[test]
    fn bad_usage_says_what_is_wrong() {
        assert_eq!(
            parse(&[]),
            Err("missing <api.json>, the specification to generate from".to_owned())
        );
        assert_eq!(
            parse(&["api.json", "--errors"]),
            Err("`--errors` needs a value".to_owned())
        );
        assert_eq!(
            parse(&["a.json", "b.json"]),
            Err("`<api.json>` is given twice".to_owned())
        );
        assert_eq!(
            parse(&["api.json", "--mode", "lenient"]),
            Err("unknown mode `lenient`: expected `tolerant` or `strict`".to_owned())
        );
        assert_eq!(
            parse(&["api.json", "--verbose"]),
            Err("unknown option `--verbose`".to_owned())
        );
        assert_eq!(
            parse(&["api.json", "-o", "a.rs", "-o", "b.rs"]),
            Err("`-o` is given twice".to_owned())
        );
    }
}
