//! The generated SDKs, proved on Tencent's own response examples.
//!
//! The build script generates the module of every version of the services of
//! `data/generated-services.txt`, or of those `TENCENT_ACTION_SWEEP` names (`tests/sweep`
//! runs this test on every service of `data/` that way, a few at a time), in both
//! decoding modes; this crate compiles them under the strictest lints, and decodes
//! every response example of each version's `examples.json` with
//! `tencent_action::from_str::<Action>`:
//!
//! - a success example must decode to `Ok` with the example's RequestId, and serialize
//!   back to the example's `Response` object (less `RequestId`; a `null` in the example
//!   is an absent field; nothing may be added or lost);
//! - an error example must decode to `Error::Api` with the example's exact code, message
//!   and RequestId, and the action's typed code must give the code back.
//!
//! An example that does not is a disagreement between the documentation and its own
//! example, and must be listed in `data/disagreements.jsonl` with its cause, a reason and
//! the exact message; a listed example that passes fails the test too, so the list
//! cannot go stale. Where `../data/tencent-api/findings.jsonl` knows the example, the
//! listed cause and the error's JSON path must agree with it. A run checks the entries of
//! the services it compiled.
//!
//! `TENCENT_ACTION_BLESS=1 cargo test --test generated` (or `TENCENT_ACTION_BLESS=1
//! tests/sweep`) rewrites the list's messages and appends new failures with cause
//! `unreviewed`, which fails until a person has given each a cause and a reason.
#![deny(warnings, clippy::all, missing_docs)]

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tencent_action::{Action, CommonCode, Error, ErrorCode, FromCode};

#[path = "generated/mock_answers.rs"]
mod mock_answers;
#[path = "generated/readme.rs"]
mod readme;
#[path = "generated/requests.rs"]
mod requests;
use requests::round_trip;

/// The generated modules, and the dispatch from an action's name to its struct.
pub mod sdk {
    use super::{Decoded, Mode, Module, decode, round_trip};
    include!(concat!(env!("OUT_DIR"), "/sdk.rs"));
}

/// A decoding mode of the generator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mode {
    /// Every field optional, scalars read tolerantly.
    Tolerant,
    /// The specification as the contract.
    Strict,
}

impl Mode {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Mode::Tolerant => "tolerant",
            Mode::Strict => "strict",
        }
    }
}

/// One generated module.
pub struct Module {
    /// The service's short name.
    pub service: &'static str,
    /// The version's directory, `v20170312`.
    pub version_dir: &'static str,
    /// How its types decode.
    pub mode: Mode,
    /// Decodes a body as the named action's response; `None` for an action it lacks.
    pub decode: fn(&str, &str) -> Option<Decoded>,
    /// Round-trips a request body through the named action's `<Action>Request`; `None`
    /// for an action it lacks.
    pub round_trip: fn(&str, &str) -> Option<Result<(), String>>,
}

impl Module {
    /// The version as the spec writes it, `2017-03-12`.
    pub(crate) fn version(&self) -> String {
        let digits = self.version_dir.trim_start_matches('v');
        format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..])
    }
}

/// What decoding a body gave, reduced to what the comparison needs.
pub enum Decoded {
    /// The response serialized back, and its RequestId.
    Ok {
        /// `{"Response": {...}}` as serialized.
        envelope: Value,
        /// The RequestId the decoder read.
        request_id: String,
    },
    /// The error, and for an API error the action's typed code: as text, and its
    /// description.
    Err(Box<Error>, Option<(String, Option<&'static str>)>),
}

/// Decodes `body` as a response of `A`: the only generic part, kept small so that
/// hundreds of actions compile quickly.
pub fn decode<A>(body: &str) -> Decoded
where
    A: Action + DeserializeOwned + Serialize,
{
    match tencent_action::from_str::<A>(body) {
        Ok(response) => Decoded::Ok {
            envelope: serde_json::to_value(&response).expect("a decoded response serializes"),
            request_id: response.request_id().unwrap_or_default().to_owned(),
        },
        Err(error) => {
            let typed = error.as_api().map(|api| {
                let code = api.action_code::<A>();
                (code.as_str().to_owned(), code.description())
            });
            Decoded::Err(Box::new(error), typed)
        }
    }
}

pub(crate) fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// The repository's copy of Tencent's published data.
pub(crate) fn published_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")
}

/// `api.json`, `examples.json` or `errors.json` of a module's service version.
pub(crate) fn sample_file(module: &Module, file: &str) -> PathBuf {
    published_dir()
        .join("tencent-api/services")
        .join(module.service)
        .join(module.version_dir)
        .join(file)
}

pub(crate) fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|error| panic!("{} is not JSON: {error}", path.display()))
}

pub(crate) fn read_jsonl(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| {
            serde_json::from_str(line)
                .unwrap_or_else(|error| panic!("{} line {}: {error}", path.display(), n + 1))
        })
        .collect()
}

/// Whether this run compiled the service version (`2017-03-12`): a listed example of
/// another is checked by the run that compiles it (`tests/sweep`).
pub(crate) fn is_compiled(service: &str, version: &str) -> bool {
    sdk::MODULES
        .iter()
        .any(|module| module.service == service && module.version() == version)
}

/// Which example of which action, in which mode.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct ExampleId {
    service: String,
    version: String,
    action: String,
    example: usize,
    mode: Mode,
}

impl std::fmt::Display for ExampleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} {} example {} ({})",
            self.service,
            self.version,
            self.action,
            self.example,
            self.mode.as_str()
        )
    }
}

/// How an example came out.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    /// Success example: decoded, and serialized back to exactly the example.
    Success,
    /// Success example that needed one of tolerant decoding's conversions (`"10"` read
    /// as the integer 10, say) to compare equal.
    Converted,
    /// Error example: `Error::Api` with the example's code, message and RequestId.
    ApiError,
    /// Anything else, with the message: the library's, or the comparison's.
    Failed {
        message: String,
        /// The JSON path of a decode error.
        path: Option<String>,
    },
}

/// Every example of every module, with its outcome; computed once for all tests.
fn outcomes() -> &'static BTreeMap<ExampleId, Outcome> {
    static OUTCOMES: OnceLock<BTreeMap<ExampleId, Outcome>> = OnceLock::new();
    OUTCOMES.get_or_init(|| {
        let mut outcomes = BTreeMap::new();
        for module in sdk::MODULES {
            let path = sample_file(module, "examples.json");
            let examples = read_json(&path);
            let described = described_own_codes(&sample_file(module, "errors.json"));
            let actions = examples["actions"]
                .as_object()
                .unwrap_or_else(|| panic!("{} has no `actions` object", path.display()));
            for (action, list) in actions {
                for (index, example) in list.as_array().into_iter().flatten().enumerate() {
                    let id = ExampleId {
                        service: module.service.to_owned(),
                        version: module.version(),
                        action: action.clone(),
                        example: index,
                        mode: module.mode,
                    };
                    let body = example["output"].as_str().unwrap_or_default();
                    let described = described.get(action.as_str()).cloned().unwrap_or_default();
                    outcomes.insert(id, check(module, action, body, &described));
                }
            }
        }
        outcomes
    })
}

/// Per action, its own codes (not common ones) that `errors.json` describes: the typed
/// code of such a code must know its description.
fn described_own_codes(path: &Path) -> BTreeMap<String, BTreeSet<String>> {
    if !path.exists() {
        return BTreeMap::new();
    }
    let errors = read_json(path);
    let described: BTreeSet<&str> = errors["codes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|entry| {
            entry["description"]
                .as_str()
                .is_some_and(|text| !text.trim().is_empty())
        })
        .filter_map(|entry| entry["code"].as_str())
        .collect();
    errors["per_action"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(action, codes)| {
            let codes = codes
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .filter(|code| described.contains(code) && CommonCode::from_exact(code).is_none())
                .map(str::to_owned)
                .collect();
            (action.clone(), codes)
        })
        .collect()
}

/// Decodes one example and compares it with what it says.
fn check(module: &Module, action: &str, body: &str, described: &BTreeSet<String>) -> Outcome {
    let failed = |message: String| Outcome::Failed {
        message,
        path: None,
    };
    let Some(decoded) = (module.decode)(action, body) else {
        return failed(format!("the module has no struct for action `{action}`"));
    };
    let expected: Value = match serde_json::from_str(body) {
        Ok(value) => value,
        Err(error) => {
            return match decoded {
                Decoded::Err(error, _) => decode_failure(&error),
                Decoded::Ok { .. } => {
                    failed(format!("decoded an example that is not JSON: {error}"))
                }
            };
        }
    };
    let response = &expected["Response"];
    let request_id = response["RequestId"].as_str().unwrap_or_default();
    let server_error = response.get("Error").filter(|error| !error.is_null());
    match (decoded, server_error) {
        (
            Decoded::Ok {
                envelope,
                request_id: got,
            },
            None,
        ) => {
            if got != request_id {
                return failed(format!("RequestId `{got}`, expected `{request_id}`"));
            }
            let mut converted = false;
            let mode = module.mode;
            match compare(
                "Response",
                &without_request_id(&envelope["Response"]),
                &without_request_id(response),
                mode,
                &mut converted,
            ) {
                Ok(()) if converted => Outcome::Converted,
                Ok(()) => Outcome::Success,
                Err(difference) => failed(format!("serialized back, {difference}")),
            }
        }
        (Decoded::Err(error, typed), Some(server_error)) => {
            let Error::Api(api) = &*error else {
                return decode_failure(&error);
            };
            let code = server_error["Code"].as_str().unwrap_or_default();
            let message = server_error["Message"].as_str().unwrap_or_default();
            let mut wrong = Vec::new();
            if api.code() != code {
                wrong.push(format!("code `{}`, expected `{code}`", api.code()));
            }
            if api.message() != message {
                wrong.push(format!("message `{}`, expected `{message}`", api.message()));
            }
            let got = api.request_id().unwrap_or_default();
            if got != request_id {
                wrong.push(format!("RequestId `{got}`, expected `{request_id}`"));
            }
            match typed {
                Some((typed, description)) if typed == code => {
                    if described.contains(code) && description.is_none() {
                        wrong.push(format!("the typed code `{code}` has no description"));
                    }
                }
                other => wrong.push(format!("typed code {other:?}, expected `{code}`")),
            }
            if wrong.is_empty() {
                Outcome::ApiError
            } else {
                failed(wrong.join("; "))
            }
        }
        (Decoded::Err(error, _), None) => decode_failure(&error),
        (Decoded::Ok { .. }, Some(server_error)) => failed(format!(
            "decoded as a success an example with `Error` {server_error}"
        )),
    }
}

/// An outcome for a decode error: its message, and the JSON path of the deviation (the
/// missing member itself, where the error names its parent object).
fn decode_failure(error: &Error) -> Outcome {
    let path = error.as_decode().and_then(|decode| {
        let path = decode.path()?;
        let missing = decode
            .detail()
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next());
        Some(match missing {
            Some(field) => format!("{path}.{field}"),
            None => path.to_owned(),
        })
    });
    Outcome::Failed {
        message: error.to_string(),
        path,
    }
}

fn without_request_id(response: &Value) -> Value {
    let mut response = response.clone();
    if let Some(map) = response.as_object_mut() {
        map.remove("RequestId");
    }
    response
}

/// Whether `got` is `expected`: `null` in the example is an absent field, numbers are
/// compared by value (`1` is `1.0`), and nothing may be added or lost. In tolerant mode
/// a scalar may also come back as what tolerant decoding turns it into (`"10"` as 10,
/// `80` as `"80"`); `converted` records that it did.
fn compare(
    path: &str,
    got: &Value,
    expected: &Value,
    mode: Mode,
    converted: &mut bool,
) -> Result<(), String> {
    let differ = || Err(format!("{path} is {got}, expected {expected}"));
    match (got, expected) {
        (Value::Object(got), Value::Object(expected)) => {
            compare_objects(path, got, expected, mode, converted)
        }
        (Value::Array(got_items), Value::Array(expected_items)) => {
            if got_items.len() != expected_items.len() {
                return differ();
            }
            for (i, (got, expected)) in got_items.iter().zip(expected_items).enumerate() {
                compare(&format!("{path}[{i}]"), got, expected, mode, converted)?;
            }
            Ok(())
        }
        (Value::Number(a), Value::Number(b)) => {
            let same = match (a.as_i64(), b.as_i64(), a.as_u64(), b.as_u64()) {
                (Some(a), Some(b), _, _) => a == b,
                (_, _, Some(a), Some(b)) => a == b,
                _ => a.as_f64() == b.as_f64() && !(a.is_f64() && b.is_f64() && a != b),
            };
            if same { Ok(()) } else { differ() }
        }
        _ if got == expected => Ok(()),
        _ if mode == Mode::Tolerant && tolerantly_equal(got, expected) => {
            *converted = true;
            Ok(())
        }
        _ => differ(),
    }
}

fn compare_objects(
    path: &str,
    got: &Map<String, Value>,
    expected: &Map<String, Value>,
    mode: Mode,
    converted: &mut bool,
) -> Result<(), String> {
    for (key, value) in expected {
        let at = format!("{path}.{key}");
        match (got.get(key), value) {
            (None | Some(Value::Null), Value::Null) => {}
            (None, _) => return Err(format!("{at} is missing, expected {value}")),
            (Some(got), expected) => compare(&at, got, expected, mode, converted)?,
        }
    }
    match got.keys().find(|key| !expected.contains_key(*key)) {
        Some(key) => Err(format!("{path}.{key} was added: {}", got[key])),
        None => Ok(()),
    }
}

/// What `tencent_action::tolerant` reads a scalar as: a string holding a number as the
/// number, a number or bool as its text, `"true"`/`"false"` as the bool.
fn tolerantly_equal(got: &Value, expected: &Value) -> bool {
    match (got, expected) {
        (Value::Number(number), Value::String(text)) => {
            let text = text.trim();
            match (number.as_i64(), number.as_u64()) {
                (Some(n), _) => text.parse::<i64>() == Ok(n),
                (_, Some(n)) => text.parse::<u64>() == Ok(n),
                _ => text.parse::<f64>().ok() == number.as_f64(),
            }
        }
        (Value::String(text), Value::Number(_) | Value::Bool(_)) => {
            serde_json::from_str::<Value>(text).is_ok_and(|value| value == *expected)
        }
        (Value::Bool(value), Value::String(text)) => *text == value.to_string(),
        _ => false,
    }
}

/// One entry of `data/disagreements.jsonl`.
#[derive(Debug, Clone)]
struct Listed {
    id: ExampleId,
    cause: String,
    reason: String,
    message: String,
    line: usize,
}

fn disagreements_path() -> PathBuf {
    data_dir().join("disagreements.jsonl")
}

fn listed() -> Vec<Listed> {
    read_jsonl(&disagreements_path())
        .into_iter()
        .enumerate()
        .map(|(n, entry)| {
            let text = |key: &str| {
                entry[key]
                    .as_str()
                    .unwrap_or_else(|| panic!("disagreements.jsonl line {}: no `{key}`", n + 1))
                    .to_owned()
            };
            let mode = match text("mode").as_str() {
                "tolerant" => Mode::Tolerant,
                "strict" => Mode::Strict,
                other => panic!("disagreements.jsonl line {}: mode `{other}`", n + 1),
            };
            Listed {
                id: ExampleId {
                    service: text("service"),
                    version: text("version"),
                    action: text("action"),
                    example: entry["example"].as_u64().unwrap_or_else(|| {
                        panic!("disagreements.jsonl line {}: no `example`", n + 1)
                    }) as usize,
                    mode,
                },
                cause: text("cause"),
                reason: text("reason"),
                message: text("message"),
                line: n + 1,
            }
        })
        .collect()
}

/// What `findings.jsonl` knows of each example: its kinds and their JSON paths.
/// Service, version, action and example index: an example regardless of mode.
type ExampleKey = (String, String, String, usize);

/// A finding's kind, and the JSON path it is at when it has one.
type Finding = (String, Option<String>);

fn findings() -> BTreeMap<ExampleKey, Vec<Finding>> {
    let mut findings: BTreeMap<_, Vec<_>> = BTreeMap::new();
    for finding in read_jsonl(&published_dir().join("tencent-api/findings.jsonl")) {
        let text = |key: &str| finding[key].as_str().unwrap_or_default().to_owned();
        let key = (
            text("service"),
            text("version"),
            text("action"),
            finding["example"].as_u64().unwrap_or_default() as usize,
        );
        let path = finding["path"].as_str().map(str::to_owned);
        findings.entry(key).or_default().push((text("kind"), path));
    }
    findings
}

#[test]
fn every_example_decodes_or_is_a_listed_disagreement() {
    let outcomes = outcomes();
    let listed = listed();
    let findings = findings();
    let mut problems = Vec::new();
    let mut by_id: BTreeMap<&ExampleId, &Listed> = BTreeMap::new();
    for entry in &listed {
        if by_id.insert(&entry.id, entry).is_some() {
            problems.push(format!("line {}: {} is listed twice", entry.line, entry.id));
        }
        if entry.cause == "unreviewed" || entry.reason.trim().is_empty() {
            problems.push(format!(
                "line {}: {} needs a cause and a reason",
                entry.line, entry.id
            ));
        }
    }
    for (id, outcome) in outcomes {
        match (outcome, by_id.get(id)) {
            (Outcome::Failed { message, path }, Some(entry)) => {
                if *message != entry.message {
                    problems.push(format!(
                        "line {}: {id} now fails with\n    {message}\n  listed as\n    {}",
                        entry.line, entry.message
                    ));
                }
                let known = findings.get(&(
                    id.service.clone(),
                    id.version.clone(),
                    id.action.clone(),
                    id.example,
                ));
                if let (Some(known), Some(path)) = (known, path) {
                    // A finding about the whole body (not JSON, an event stream) has no path.
                    let agrees = known.iter().any(|(kind, at)| {
                        *kind == entry.cause && at.as_deref().is_none_or(|at| at == path.as_str())
                    });
                    if !agrees {
                        problems.push(format!(
                            "line {}: {id} fails at {path} with cause `{}`, which findings.jsonl \
                             does not record there: it has {known:?}",
                            entry.line, entry.cause
                        ));
                    }
                }
            }
            (Outcome::Failed { message, .. }, None) => {
                problems.push(format!("{id} fails and is not listed:\n    {message}"));
            }
            (_, Some(entry)) => problems.push(format!(
                "line {}: {id} is listed but passes now: remove it",
                entry.line
            )),
            (_, None) => {}
        }
    }
    for entry in &listed {
        if !outcomes.contains_key(&entry.id) && is_compiled(&entry.id.service, &entry.id.version) {
            problems.push(format!(
                "line {}: {} is no example of its service",
                entry.line, entry.id
            ));
        }
    }
    if std::env::var_os("TENCENT_ACTION_BLESS").is_some() {
        bless(outcomes, &listed);
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) with data/disagreements.jsonl:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Rewrites the list from the outcomes: reviewed causes and reasons are kept, new
/// failures come in as `unreviewed`.
fn bless(outcomes: &BTreeMap<ExampleId, Outcome>, listed: &[Listed]) {
    let reviewed: BTreeMap<&ExampleId, &Listed> =
        listed.iter().map(|entry| (&entry.id, entry)).collect();
    let mut entries: BTreeMap<&ExampleId, (&str, &str, &str)> = listed
        .iter()
        .filter(|entry| !is_compiled(&entry.id.service, &entry.id.version))
        .map(|entry| {
            let fields = (
                entry.cause.as_str(),
                entry.reason.as_str(),
                entry.message.as_str(),
            );
            (&entry.id, fields)
        })
        .collect();
    for (id, outcome) in outcomes {
        let Outcome::Failed { message, .. } = outcome else {
            continue;
        };
        let (cause, reason) = match reviewed.get(id) {
            Some(entry) => (entry.cause.as_str(), entry.reason.as_str()),
            None => ("unreviewed", ""),
        };
        entries.insert(id, (cause, reason, message));
    }
    let mut text = String::new();
    for (id, (cause, reason, message)) in entries {
        let entry = serde_json::json!({
            "service": id.service, "version": id.version, "action": id.action,
            "example": id.example, "mode": id.mode.as_str(), "cause": cause,
            "reason": reason, "message": message,
        });
        writeln!(text, "{entry}").unwrap();
    }
    std::fs::write(disagreements_path(), text).expect("the list is writable");
}

/// The table of `tests/README.md`: the counts of every compiled service version.
#[test]
fn the_tests_readme_reports_the_counts() {
    let passed = |outcome: &Outcome| !matches!(outcome, Outcome::Failed { .. });
    let mut counts = BTreeMap::new();
    for (id, outcome) in outcomes() {
        let key = (id.service.as_str(), id.version.as_str());
        readme::count(&mut counts, key, false, id.mode, passed(outcome));
    }
    for (id, outcome) in requests::outcomes() {
        let key = (id.service.as_str(), id.version.as_str());
        readme::count(&mut counts, key, true, id.mode, outcome.is_ok());
    }
    readme::check(&counts);
}

#[test]
fn every_action_of_every_spec_has_a_struct() {
    for module in sdk::MODULES {
        let path = sample_file(module, "api.json");
        let spec = read_json(&path);
        for action in spec["actions"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(name, _)| name)
        {
            assert!(
                (module.decode)(action, "{}").is_some(),
                "{} {}: action {action}",
                module.service,
                module.version_dir
            );
        }
        assert!((module.decode)("NoSuchAction", "{}").is_none());
    }
}

/// Every module's documentation decodes a response of one of its own actions: the body
/// its example shows decodes, in the module's mode, with the struct it names.
#[test]
fn every_module_documents_decoding_one_of_its_own_actions() {
    for module in sdk::MODULES {
        let name = format!(
            "{}_{}_{}",
            module.service,
            module.version_dir,
            module.mode.as_str()
        )
        .replace('-', "_");
        let path = Path::new(env!("OUT_DIR")).join(format!("{name}.rs"));
        let source = std::fs::read_to_string(&path).unwrap();
        // The text between `before` and `after` on the first doc line that has both.
        let example = |before: &str, after: &str| -> String {
            source
                .lines()
                .filter(|line| line.starts_with("//!"))
                .find_map(|line| line.split_once(before)?.1.split_once(after))
                .unwrap_or_else(|| panic!("{name}: no `{before}` in the module's docs"))
                .0
                .to_owned()
        };
        let action = example("own error codes. For `", "`:");
        let body = example("let body = r#\"", "\"#;");
        let ty = example("tencent_action::from_str::<", ">(body)");
        assert!(
            source.contains(&format!("action = \"{action}\""))
                && source.contains(&format!("pub struct {ty}")),
            "{name}: the example names `{action}` as `{ty}`"
        );
        match (module.decode)(&action, &body) {
            Some(Decoded::Ok { request_id, .. }) => assert!(!request_id.is_empty()),
            _ => panic!("{name}: the example's body does not decode as `{action}`:\n{body}"),
        }
    }
}

// Uses the cvm modules, which a sweep (`cfg(sweep)`) may not compile.
#[cfg(not(sweep))]
#[test]
fn sixty_four_bit_integers_keep_every_digit() {
    use sdk::cvm_v20170312_strict::{DescribeInstances, DescribeZones};
    use sdk::cvm_v20170312_tolerant::DescribeZones as TolerantDescribeZones;

    // `uint64` beyond 2^53, where a float would round.
    let body =
        r#"{"Response": {"TotalCount": 18446744073709551615, "ZoneSet": [], "RequestId": "r"}}"#;
    let response = tencent_action::from_str::<DescribeZones>(body).unwrap();
    let total_count: u64 = response.total_count;
    assert_eq!(total_count, u64::MAX);
    assert!(
        serde_json::to_string(&response)
            .unwrap()
            .contains("18446744073709551615")
    );

    let body = r#"{"Response": {"TotalCount": "9007199254740993", "RequestId": "r"}}"#;
    let response = tencent_action::from_str::<TolerantDescribeZones>(body).unwrap();
    assert_eq!(response.total_count, Some(9_007_199_254_740_993));

    for (total, expected) in [
        ("-9223372036854775808", i64::MIN),
        ("9223372036854775807", i64::MAX),
        ("9007199254740993", 9_007_199_254_740_993),
    ] {
        let body = format!(
            r#"{{"Response": {{"TotalCount": {total}, "InstanceSet": [], "RequestId": "r"}}}}"#
        );
        let response = tencent_action::from_str::<DescribeInstances>(&body).unwrap();
        let total_count: i64 = response.total_count;
        assert_eq!(total_count, expected);
    }
    let too_big =
        r#"{"Response": {"TotalCount": 9223372036854775808, "InstanceSet": [], "RequestId": "r"}}"#;
    assert!(tencent_action::from_str::<DescribeInstances>(too_big).is_err());
}

#[test]
fn tolerant_oddities_decode_and_serialize_back() {
    use sdk::edge_tolerant::DescribeThings;

    let body = r#"{"Response": {"Type": "t", "Self": "s", "Crate": "-3", "Async": "true",
        "Gen": 1.5, "3DCount": "7", "CPU": 2, "IPv6Addresses": ["::1"], "InstanceId": "a",
        "InstanceID": "b", "instance_id": "c", "Nullable": null, "Odd": 5,
        "Anything": {"k": [1, null]}, "Dangling": [true], "Numbers": ["1", 2],
        "Record": {"Id": 1, "Parent": {"Id": 0, "Children": []}, "Children": [{"Id": 2}]},
        "Ping": {"Pong": {"Ping": {}}}, "Empty": {}, "Withdrawn": null, "RequestId": "r"}}"#;
    let response = tencent_action::from_str::<DescribeThings>(body).unwrap();
    assert_eq!(response.request_id(), Some("r"));
    assert_eq!(response.crate_, Some(-3));
    assert_eq!(response.r#async, Some(true));
    assert_eq!(response.field_3d_count, Some(7));
    assert_eq!(response.numbers, Some(vec![1, 2]));
    assert_eq!(response.instance_id_2.as_deref(), Some("b"));
    assert_eq!(response.nullable, None);
    let record = response.record.as_ref().unwrap();
    assert_eq!(record.parent.as_ref().unwrap().id, Some(0));
    assert_eq!(record.children.as_ref().unwrap()[0].id, Some(2));
    let pong = response.ping.as_ref().unwrap().pong.as_ref().unwrap();
    assert!(pong.ping.as_ref().unwrap().pong.is_none());

    let back = serde_json::to_value(&response).unwrap();
    let expected: Value = serde_json::from_str(
        r#"{"Response": {"Type": "t", "Self": "s", "Crate": -3, "Async": true, "Gen": 1.5,
        "3DCount": 7, "CPU": 2, "IPv6Addresses": ["::1"], "InstanceId": "a", "InstanceID": "b",
        "instance_id": "c", "Odd": 5, "Anything": {"k": [1, null]}, "Dangling": [true],
        "Numbers": [1, 2],
        "Record": {"Id": 1, "Parent": {"Id": 0, "Children": []}, "Children": [{"Id": 2}]},
        "Ping": {"Pong": {"Ping": {}}}, "Empty": {}, "RequestId": "r"}}"#,
    )
    .unwrap();
    assert_eq!(back, expected);

    // A value that is no integer at all is still an error, with its path.
    let bad = r#"{"Response": {"Record": {"Id": "one"}, "RequestId": "r"}}"#;
    let Err(Error::Decode(error)) = tencent_action::from_str::<DescribeThings>(bad) else {
        panic!("\"one\" is no integer");
    };
    assert_eq!(error.path(), Some("Response.Record.Id"));
}

#[test]
fn strict_oddities_hold_the_server_to_the_spec() {
    use sdk::edge_strict::DescribeThings;

    let complete: Value = serde_json::from_str(
        r#"{"Response": {"Type": "t", "Self": "s", "Crate": -3, "Async": true, "Gen": 1.5,
        "3DCount": 7, "CPU": 2, "IPv6Addresses": [], "InstanceId": "a", "InstanceID": "b",
        "instance_id": "c", "Nullable": null, "Anything": null, "Odd": 5, "When": "w",
        "Day": "d", "Blob": "b", "Numbers": [], "Unsigned": [18446744073709551615],
        "Record": {"Id": 1, "Children": []}, "Records": [], "Boxed": {"Size": 1},
        "Opt": {"Value": "v"}, "Ping": {}, "Empty": {}, "Clash": {"Count": 1},
        "Dangling": 1, "Unnamed": {"A": "a"}, "Renamed": {"B": "b"}, "RequestId": "r"}}"#,
    )
    .unwrap();
    let decode = |body: &Value| tencent_action::from_str::<DescribeThings>(&body.to_string());
    let response = decode(&complete).unwrap();
    assert_eq!(response.unsigned, [u64::MAX]);
    assert_eq!(response.nullable, None);

    let deviation = |edit: &dyn Fn(&mut Map<String, Value>)| {
        let mut body = complete.clone();
        edit(body["Response"].as_object_mut().unwrap());
        match decode(&body) {
            Err(Error::Decode(error)) => error.to_string(),
            other => panic!("decoded a deviation: {other:?}"),
        }
    };
    let missing = deviation(&|response| {
        response.remove("Nullable");
    });
    assert!(missing.contains("missing field `Nullable`"), "{missing}");
    let null = deviation(&|response| {
        response.insert("Maybe".to_owned(), Value::Null);
    });
    assert!(null.contains("at Response.Maybe"), "{null}");
    let string = deviation(&|response| {
        response.insert("Crate".to_owned(), Value::from("-3"));
    });
    assert!(string.contains("at Response.Crate"), "{string}");
    let required = deviation(&|response| {
        response.remove("Type");
    });
    assert!(required.contains("missing field `Type`"), "{required}");
}

#[test]
fn oddities_have_typed_error_codes() {
    use sdk::edge_tolerant::{DescribeThings, DescribeThingsErrorCode, StartThing};

    let api = |code: &str| {
        let body = format!(
            r#"{{"Response": {{"Error": {{"Code": "{code}", "Message": "m"}}, "RequestId": "r"}}}}"#
        );
        match tencent_action::from_str::<DescribeThings>(&body) {
            Err(Error::Api(error)) => error,
            other => panic!("{other:?}"),
        }
    };
    let own = api("A.B_C").action_code::<DescribeThings>();
    assert_eq!(own.description(), Some("upper"));
    assert_eq!(own.as_str(), "A.B_C");
    let fallback_named = api("Other").action_code::<DescribeThings>();
    assert_eq!(
        fallback_named.description(),
        Some("named like the fallback")
    );
    assert!(matches!(
        api("InternalError").action_code::<DescribeThings>(),
        DescribeThingsErrorCode::Common(CommonCode::InternalError)
    ));
    // Codes whose names run together alike are still told apart.
    let lower = api("A.b_c").action_code::<DescribeThings>();
    assert!(!matches!(lower, DescribeThingsErrorCode::Other(_)));
    assert_ne!(lower, own);
    assert_eq!(lower.as_str(), "A.b_c");
    assert_eq!(api("Self").action_code::<DescribeThings>().as_str(), "Self");
    // A code the attribute refuses is still kept as sent.
    let refused = api("Bad Code").action_code::<DescribeThings>();
    assert!(matches!(refused, DescribeThingsErrorCode::Other(_)));
    // An action whose codes are all common has no code type of its own.
    let _: fn() -> tencent_action::Code =
        || <StartThing as Action>::ErrorCode::from_code("InternalError");
}
