//! `tencent-action-mock`: a local Tencent Cloud on a port, for tests in any language.
//!
//! ```text
//! tencent-action-mock --listen 127.0.0.1:0 --specs DIR --secret-id ID --secret-key KEY
//!     [--token TOKEN] [--fault SPEC]... [--rate-limit [ACTION=]N]... [--answers FILE]
//!     [--conforming] [--log requests] [--items N]
//! ```
//!
//! The first line on stdout is `listening on http://HOST:PORT`, printed once connections
//! are accepted; it serves until killed. The admin API is under `/_mock/` on the same
//! address.

use clap::{Parser, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use tencent_action_mock::{FaultRule, FaultSyntaxError, MockServer, answers_from_json};

/// A local Tencent Cloud: an HTTP server that speaks Tencent Cloud API 3.0, checks
/// signatures and parameters against the specs, and plays faults on demand.
///
/// The first line on stdout is `listening on http://HOST:PORT`, once connections are
/// accepted; it serves until stopped (Ctrl-C).
// No `Debug`: the options hold the secret key.
#[derive(Parser)]
#[command(name = "tencent-action-mock", version)]
struct Options {
    /// The address to listen on (127.0.0.1:0 picks a free port).
    #[arg(long, value_name = "ADDR")]
    listen: SocketAddr,
    /// Services laid out as <svc>/v<date>/api.json (with examples.json, errors.json).
    #[arg(long, value_name = "DIR")]
    specs: String,
    /// The SecretId requests must be signed with.
    #[arg(long, value_name = "ID")]
    secret_id: String,
    /// Its SecretKey (never printed).
    #[arg(long, value_name = "KEY")]
    secret_key: String,
    /// Temporary credentials: requests must carry X-TC-Token: TOKEN.
    #[arg(long, value_name = "TOKEN")]
    token: Option<String>,
    /// A fault, repeatable: KIND[@ACTION][:next=N|:rate=P], KIND one of latency=MS,
    /// throttle, internal-error, http=502, http=503, close, truncate, malformed (all
    /// actions, every request by default).
    #[arg(long = "fault", value_name = "SPEC", value_parser = parse_fault)]
    faults: Vec<FaultRule>,
    /// RequestLimitExceeded beyond N requests a second per action, repeatable.
    #[arg(long = "rate-limit", value_name = "[ACTION=]N", value_parser = parse_limit)]
    limits: Vec<RateLimit>,
    /// Answers to serve from the start: a JSON array of the objects POST /_mock/answers
    /// takes ({"action", "service"?, "response" | "error", "times"?}).
    #[arg(long, value_name = "FILE")]
    answers: Option<PathBuf>,
    /// Serve only the documentation examples that fit the spec (by default they are
    /// served as Tencent publishes them, as the real servers answer).
    #[arg(long)]
    conforming: bool,
    /// What to print on stderr: `requests`, one line per request (time, action, outcome,
    /// RequestId, signature verdict).
    #[arg(long, value_name = "WHAT")]
    log: Option<Log>,
    /// Every action that pages answers from N items (distinct identifiers), serving the
    /// page each request asks for (offset, page number or token) with a total of N.
    #[arg(long, value_name = "N")]
    items: Option<usize>,
}

/// `--log`'s values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Log {
    /// One line per request.
    Requests,
}

/// `--rate-limit [ACTION=]N`: the action (every action without one) and N.
#[derive(Debug, Clone, PartialEq)]
struct RateLimit {
    action: Option<String>,
    per_second: u32,
}

/// `KIND[@ACTION][:next=N|:rate=P]`, read as the admin API reads it.
fn parse_fault(spec: &str) -> Result<FaultRule, String> {
    spec.parse()
        .map_err(|error: FaultSyntaxError| error.to_string())
}

/// `[ACTION=]N`.
fn parse_limit(spec: &str) -> Result<RateLimit, String> {
    let (action, count) = match spec.split_once('=') {
        Some((action, count)) => (Some(action.to_owned()), count),
        None => (None, spec),
    };
    let per_second = count
        .parse()
        .map_err(|_| "expected [ACTION=]N, N a count".to_owned())?;
    Ok(RateLimit { action, per_second })
}

fn main() -> ExitCode {
    // Bad usage exits with 2 after clap's message; `--help` and `--version` with 0.
    let options = Options::parse();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("tencent-action-mock: cannot start the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(serve(options))
}

async fn serve(options: Options) -> ExitCode {
    let mut builder = MockServer::builder()
        .listen(options.listen)
        .specs_dir(&options.specs)
        .conforming(options.conforming)
        .log_requests(options.log == Some(Log::Requests));
    if let Some(count) = options.items {
        builder = builder.items(count);
    }
    builder = match options.token {
        Some(token) => builder.temporary_credential(options.secret_id, options.secret_key, token),
        None => builder.credential(options.secret_id, options.secret_key),
    };
    for rule in options.faults {
        builder = builder.fault(rule);
    }
    for limit in &options.limits {
        builder = builder.rate_limit(limit.action.as_deref(), limit.per_second);
    }
    let mock = match builder.start().await {
        Ok(mock) => mock,
        Err(error) => {
            eprintln!("tencent-action-mock: {error}");
            return ExitCode::FAILURE;
        }
    };
    for warning in mock.catalog().warnings() {
        eprintln!("tencent-action-mock: {warning}");
    }
    if let Some(file) = &options.answers {
        // Read once the catalog is: an answer names an action the specs must have.
        let read = std::fs::read_to_string(file)
            .map_err(|error| error.to_string())
            .and_then(|text| {
                answers_from_json(&text, mock.catalog()).map_err(|error| error.to_string())
            });
        match read {
            Ok(rules) => rules.into_iter().for_each(|rule| mock.answer(rule)),
            Err(why) => {
                eprintln!(
                    "tencent-action-mock: cannot read the answers in {}: {why}",
                    file.display()
                );
                return ExitCode::FAILURE;
            }
        }
    }
    let services = mock.catalog().versions().count();
    println!("listening on {}", mock.url());
    eprintln!(
        "tencent-action-mock: serving {services} service versions from {}",
        options.specs
    );
    // Stdout may be a pipe read line by line: the first line must leave now.
    use std::io::Write as _;
    let _ = std::io::stdout().flush();
    let _ = tokio::signal::ctrl_c().await;
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use clap::error::ErrorKind;
    use std::time::Duration;
    use tencent_action_mock::Fault;

    fn parse_args(line: &str) -> Result<Options, clap::Error> {
        Options::try_parse_from(
            std::iter::once("tencent-action-mock").chain(line.split_whitespace()),
        )
    }

    #[test]
    fn the_command_line_is_well_formed() {
        Options::command().debug_assert();
    }

    #[test]
    fn the_fixed_command_line_parses() {
        let options =
            parse_args("--listen 127.0.0.1:0 --specs dir --secret-id ID --secret-key KEY").unwrap();
        assert_eq!(options.listen.port(), 0);
        assert_eq!(options.specs, "dir");
        assert_eq!(options.secret_id, "ID");
        assert_eq!(options.secret_key, "KEY");
        assert!(options.token.is_none());
    }

    #[test]
    fn faults_and_limits_parse() {
        let options = parse_args(
            "--listen=127.0.0.1:8080 --specs d --secret-id i --secret-key k --token t \
             --fault throttle@RunInstances:next=2 --fault http=503:rate=0.5 --fault latency=20 \
             --rate-limit 10 --rate-limit cvm:DescribeZones=3",
        )
        .unwrap();
        assert_eq!(options.token.as_deref(), Some("t"));
        assert_eq!(
            options.faults,
            [
                FaultRule::new(Fault::Throttle)
                    .action("RunInstances")
                    .next(2),
                FaultRule::new(Fault::HttpStatus(503)).rate(0.5),
                FaultRule::new(Fault::Latency(Duration::from_millis(20))),
            ]
        );
        assert_eq!(
            options.limits,
            [
                RateLimit {
                    action: None,
                    per_second: 10
                },
                RateLimit {
                    action: Some("cvm:DescribeZones".to_owned()),
                    per_second: 3
                }
            ]
        );
    }

    #[test]
    fn answers_conforming_and_the_log_parse() {
        const REQUIRED: &str = "--listen 127.0.0.1:0 --specs d --secret-id i --secret-key k";
        let plain = parse_args(REQUIRED).unwrap();
        assert!(plain.answers.is_none() && !plain.conforming && plain.log.is_none());
        let options = parse_args(&format!(
            "{REQUIRED} --answers a.json --conforming --log requests"
        ))
        .unwrap();
        assert_eq!(options.answers, Some(PathBuf::from("a.json")));
        assert!(options.conforming);
        assert_eq!(options.log, Some(Log::Requests));
        assert!(options.items.is_none());
        assert_eq!(
            parse_args(&format!("{REQUIRED} --items 30")).unwrap().items,
            Some(30)
        );
        let Err(error) = parse_args(&format!("{REQUIRED} --log everything")) else {
            panic!("--log everything parses");
        };
        assert!(
            error.to_string().contains("[possible values: requests]"),
            "{error}"
        );
    }

    #[test]
    fn help_and_version_are_no_errors_of_usage() {
        for (line, kind) in [
            ("--help", ErrorKind::DisplayHelp),
            ("--listen 127.0.0.1:0 -h", ErrorKind::DisplayHelp),
            ("--version", ErrorKind::DisplayVersion),
            ("-V", ErrorKind::DisplayVersion),
        ] {
            let error = parse_args(line).err().expect(line);
            assert_eq!(error.kind(), kind, "{line}");
            assert_eq!(error.exit_code(), 0, "{line}");
        }
    }

    #[test]
    fn bad_command_lines_say_what_is_wrong() {
        const REQUIRED: &str = "--specs d --secret-id i --secret-key k";
        for (line, expected) in [
            (REQUIRED.to_owned(), "--listen <ADDR>"),
            (
                format!("--listen nowhere {REQUIRED}"),
                "invalid value 'nowhere' for '--listen <ADDR>'",
            ),
            (
                format!("--listen 127.0.0.1:0 {REQUIRED} --bogus"),
                "'--bogus'",
            ),
            (
                format!("--listen 127.0.0.1:0 {REQUIRED} --fault http=200"),
                "'http=200' for '--fault <SPEC>': the status must be 4xx or 5xx",
            ),
            (
                format!("--listen 127.0.0.1:0 {REQUIRED} --fault throttle:rate=2"),
                "between 0 and 1",
            ),
            (
                format!("--listen 127.0.0.1:0 {REQUIRED} --fault explode"),
                "unknown kind",
            ),
            (
                format!("--listen 127.0.0.1:0 {REQUIRED} --rate-limit x=y"),
                "expected [ACTION=]N",
            ),
            (
                format!("--listen 127.0.0.1:0 {REQUIRED} --items many"),
                "invalid value 'many' for '--items <N>'",
            ),
            (
                "--listen 127.0.0.1:0 --specs d --secret-id i --secret-key".to_owned(),
                "'--secret-key <KEY>'",
            ),
        ] {
            let Err(error) = parse_args(&line) else {
                panic!("{line} parses");
            };
            assert_eq!(error.exit_code(), 2, "{line}");
            let message = error.to_string();
            assert!(message.contains(expected), "{line}: {message}");
        }
    }

    #[test]
    fn a_usage_error_does_not_print_the_secret_key() {
        for line in [
            "--listen 127.0.0.1:0 --specs d --secret-id i --secret-key s3cr3t --secret-key s3cr3t",
            "--listen nowhere --specs d --secret-id i --secret-key s3cr3t",
            "--listen 127.0.0.1:0 --specs d --secret-id i --secret-key s3cr3t --fault explode",
        ] {
            let Err(error) = parse_args(line) else {
                panic!("{line} parses");
            };
            assert!(!error.to_string().contains("s3cr3t"), "{error}");
        }
    }
}
