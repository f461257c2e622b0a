//! `tencent-action-mock`: a local Tencent Cloud on a port, for tests in any language.
//!
//! ```text
//! tencent-action-mock --listen 127.0.0.1:0 --specs DIR --secret-id ID --secret-key KEY
//!     [--token TOKEN] [--fault SPEC]... [--rate-limit [ACTION=]N]...
//! ```
//!
//! The first line on stdout is `listening on http://HOST:PORT`, printed once connections
//! are accepted; it serves until killed.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;
use tencent_action_mock::{Fault, FaultRule, MockServer};

const USAGE: &str = "\
usage: tencent-action-mock --listen ADDR --specs DIR --secret-id ID --secret-key KEY [options]

  --listen ADDR          address to listen on (127.0.0.1:0 picks a free port)
  --specs DIR            services laid out as <svc>/v<date>/api.json (+ examples.json, errors.json)
  --secret-id ID         the SecretId requests must be signed with
  --secret-key KEY       its SecretKey (never printed)
  --token TOKEN          temporary credentials: requests must carry X-TC-Token: TOKEN
  --fault SPEC           a fault, repeatable: KIND[@ACTION][:next=N|:rate=P], KIND one of
                         latency=MS, throttle, internal-error, http=502, http=503,
                         close, truncate, malformed (all actions, every request by default)
  --rate-limit [ACTION=]N  RequestLimitExceeded beyond N requests a second per action
  --help                 this text
";

struct Options {
    listen: SocketAddr,
    specs: String,
    secret_id: String,
    secret_key: String,
    token: Option<String>,
    faults: Vec<FaultRule>,
    limits: Vec<(Option<String>, u32)>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut listen = None;
    let mut specs = None;
    let mut secret_id = None;
    let mut secret_key = None;
    let mut token = None;
    let mut faults = Vec::new();
    let mut limits = Vec::new();
    while let Some(flag) = args.next() {
        if flag == "--help" || flag == "-h" {
            return Err(String::new());
        }
        let (name, inline) = match flag.split_once('=') {
            Some((name, value)) if name.starts_with("--") => {
                (name.to_owned(), Some(value.to_owned()))
            }
            _ => (flag.clone(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name.as_str() {
            "--listen" => {
                let text = value()?;
                listen = Some(
                    text.parse::<SocketAddr>()
                        .map_err(|error| format!("--listen {text}: {error}"))?,
                );
            }
            "--specs" => specs = Some(value()?),
            "--secret-id" => secret_id = Some(value()?),
            "--secret-key" => secret_key = Some(value()?),
            "--token" => token = Some(value()?),
            "--fault" => faults.push(parse_fault(&value()?)?),
            "--rate-limit" => limits.push(parse_limit(&value()?)?),
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    Ok(Options {
        listen: listen.ok_or("--listen is required")?,
        specs: specs.ok_or("--specs is required")?,
        secret_id: secret_id.ok_or("--secret-id is required")?,
        secret_key: secret_key.ok_or("--secret-key is required")?,
        token,
        faults,
        limits,
    })
}

/// `KIND[@ACTION][:next=N|:rate=P]`.
fn parse_fault(spec: &str) -> Result<FaultRule, String> {
    let bad = |why: &str| format!("--fault {spec}: {why}");
    let (head, times) = match spec.split_once(':') {
        Some((head, times)) => (head, Some(times)),
        None => (spec, None),
    };
    let (kind, action) = match head.split_once('@') {
        Some((kind, action)) => (kind, Some(action)),
        None => (head, None),
    };
    let fault = match kind.split_once('=') {
        Some(("latency", ms)) => Fault::Latency(Duration::from_millis(
            ms.parse().map_err(|_| bad("latency needs milliseconds"))?,
        )),
        Some(("http", status)) => {
            let status: u16 = status.parse().map_err(|_| bad("http needs a status"))?;
            if !(400..=599).contains(&status) {
                return Err(bad("the status must be 4xx or 5xx"));
            }
            Fault::HttpStatus(status)
        }
        None if kind == "throttle" => Fault::Throttle,
        None if kind == "internal-error" => Fault::InternalError,
        None if kind == "close" => Fault::CloseBeforeResponse,
        None if kind == "truncate" => Fault::TruncatedBody,
        None if kind == "malformed" => Fault::MalformedBody,
        _ => return Err(bad("unknown kind")),
    };
    let mut rule = FaultRule::new(fault);
    if let Some(action) = action {
        rule = rule.action(action);
    }
    match times.map(|times| times.split_once('=')) {
        None => {}
        Some(Some(("next", n))) => {
            rule = rule.next(n.parse().map_err(|_| bad("next needs a count"))?)
        }
        Some(Some(("rate", p))) => {
            let rate: f64 = p.parse().map_err(|_| bad("rate needs a probability"))?;
            if !(0.0..=1.0).contains(&rate) {
                return Err(bad("the rate must be between 0 and 1"));
            }
            rule = rule.rate(rate);
        }
        Some(_) => return Err(bad("expected :next=N or :rate=P")),
    }
    Ok(rule)
}

/// `[ACTION=]N`.
fn parse_limit(spec: &str) -> Result<(Option<String>, u32), String> {
    let (action, count) = match spec.split_once('=') {
        Some((action, count)) => (Some(action.to_owned()), count),
        None => (None, spec),
    };
    let count = count
        .parse()
        .map_err(|_| format!("--rate-limit {spec}: expected [ACTION=]N"))?;
    Ok((action, count))
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) if message.is_empty() => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("tencent-action-mock: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
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
        .specs_dir(&options.specs);
    builder = match options.token {
        Some(token) => builder.temporary_credential(options.secret_id, options.secret_key, token),
        None => builder.credential(options.secret_id, options.secret_key),
    };
    for rule in options.faults {
        builder = builder.fault(rule);
    }
    for (action, per_second) in &options.limits {
        builder = builder.rate_limit(action.as_deref(), *per_second);
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

    fn args(text: &str) -> impl Iterator<Item = String> {
        text.split_whitespace()
            .map(str::to_owned)
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn the_fixed_command_line_parses() {
        let options = parse_args(args(
            "--listen 127.0.0.1:0 --specs dir --secret-id ID --secret-key KEY",
        ))
        .unwrap();
        assert_eq!(options.listen.port(), 0);
        assert_eq!(options.specs, "dir");
        assert_eq!(options.secret_id, "ID");
        assert_eq!(options.secret_key, "KEY");
        assert!(options.token.is_none());
    }

    #[test]
    fn faults_and_limits_parse() {
        let options = parse_args(args(
            "--listen=127.0.0.1:8080 --specs d --secret-id i --secret-key k --token t \
             --fault throttle@RunInstances:next=2 --fault http=503:rate=0.5 --fault latency=20 \
             --rate-limit 10 --rate-limit cvm:DescribeZones=3",
        ))
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
            [(None, 10), (Some("cvm:DescribeZones".to_owned()), 3)]
        );
    }

    #[test]
    fn bad_command_lines_say_what_is_wrong() {
        for (line, expected) in [
            (
                "--specs d --secret-id i --secret-key k",
                "--listen is required",
            ),
            ("--listen nowhere --specs d", "--listen nowhere"),
            ("--listen 127.0.0.1:0 --bogus", "unknown option `--bogus`"),
            ("--listen 127.0.0.1:0 --fault http=200", "4xx or 5xx"),
            (
                "--listen 127.0.0.1:0 --fault throttle:rate=2",
                "between 0 and 1",
            ),
            ("--listen 127.0.0.1:0 --fault explode", "unknown kind"),
            (
                "--listen 127.0.0.1:0 --secret-key",
                "--secret-key needs a value",
            ),
        ] {
            let error = parse_args(args(line)).err().unwrap_or_default();
            assert!(error.contains(expected), "{line}: {error}");
        }
    }
}
