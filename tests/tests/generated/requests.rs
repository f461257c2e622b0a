//! Every request example of the compiled services' `examples.json` (the JSON after the
//! blank line of `input`), deserialized into the generated `<Action>Request` and
//! serialized back: it must give exactly the example's JSON, in both modes.
//!
//! An example that does not is listed in `data/request-disagreements.jsonl` with the exact
//! message and a reason; a listed example that passes fails the test, so the list cannot
//! go stale. `TENCENT_ACTION_BLESS=1 cargo test --test generated` rewrites the list, each
//! new entry with the reason `unreviewed`, which fails until a reason is written.

use super::{Mode, Module, is_compiled, read_jsonl, sample_file, sdk};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::OnceLock;
use tencent_action_spec::{Examples, parse};

/// Deserializes `body` as `R` and serializes it back: `Err` says where they differ. The
/// only generic part, kept small.
pub fn round_trip<R>(body: &str) -> Result<(), String>
where
    R: DeserializeOwned + Serialize,
{
    let expected: Value =
        serde_json::from_str(body).map_err(|error| format!("not JSON: {error}"))?;
    let deserializer = &mut serde_json::Deserializer::from_str(body);
    let request: R = serde_path_to_error_free(deserializer)?;
    let got = serde_json::to_value(&request).map_err(|error| format!("serialize: {error}"))?;
    if same_json(&got, &expected) {
        Ok(())
    } else {
        Err(format!("serialized back as {got}"))
    }
}

/// JSON equality, with two rules of the wire: numbers are compared by value (a `float`
/// member the example writes as `1` is sent as `1.0`), and a member the example sends as
/// `null` may be absent (a request member that is `None` is not sent, as Tencent's Go
/// SDK leaves out a nil member). Nothing else is forgiven.
fn same_json(got: &Value, expected: &Value) -> bool {
    match (got, expected) {
        (Value::Number(a), Value::Number(b)) => {
            match (a.as_i64(), b.as_i64(), a.as_u64(), b.as_u64()) {
                (Some(a), Some(b), _, _) => a == b,
                (_, _, Some(a), Some(b)) => a == b,
                _ => (a.is_f64() || b.is_f64()) && a.as_f64() == b.as_f64(),
            }
        }
        (Value::Array(got), Value::Array(expected)) => {
            got.len() == expected.len() && got.iter().zip(expected).all(|(a, b)| same_json(a, b))
        }
        (Value::Object(got), Value::Object(expected)) => {
            got.iter().all(|(key, value)| {
                expected
                    .get(key)
                    .is_some_and(|other| same_json(value, other))
            }) && expected
                .iter()
                .all(|(key, value)| value.is_null() || got.contains_key(key))
        }
        _ => got == expected,
    }
}

fn serde_path_to_error_free<R: DeserializeOwned>(
    deserializer: &mut serde_json::Deserializer<serde_json::de::StrRead<'_>>,
) -> Result<R, String> {
    R::deserialize(deserializer).map_err(|error| format!("deserialize: {error}"))
}

/// One request example, in one mode.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct RequestId {
    pub(crate) service: String,
    pub(crate) version: String,
    pub(crate) mode: Mode,
    action: String,
    example: usize,
}

/// Every request example of every module: `Ok` when it round-trips, else the message;
/// computed once for all tests.
pub(crate) fn outcomes() -> &'static BTreeMap<RequestId, Result<(), String>> {
    static OUTCOMES: OnceLock<BTreeMap<RequestId, Result<(), String>>> = OnceLock::new();
    OUTCOMES.get_or_init(compute_outcomes)
}

fn compute_outcomes() -> BTreeMap<RequestId, Result<(), String>> {
    let mut outcomes = BTreeMap::new();
    for module in sdk::MODULES {
        let path = sample_file(module, "examples.json");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
        let examples: Examples =
            parse("examples.json", &text).unwrap_or_else(|error| panic!("{error}"));
        for (action, list) in &examples.actions {
            for (index, example) in list.iter().enumerate() {
                let Some(body) = example.request_body() else {
                    continue;
                };
                let outcome = (module.round_trip)(action, body)
                    .unwrap_or_else(|| Err(format!("no request type for `{action}`")));
                outcomes.insert(id(module, action, index), outcome);
            }
        }
    }
    outcomes
}

fn id(module: &Module, action: &str, example: usize) -> RequestId {
    RequestId {
        service: module.service.to_owned(),
        version: module.version(),
        mode: module.mode,
        action: action.to_owned(),
        example,
    }
}

fn list_path() -> PathBuf {
    super::data_dir().join("request-disagreements.jsonl")
}

/// The listed disagreements: the example, its message and its reason.
fn listed() -> BTreeMap<RequestId, (String, String)> {
    read_jsonl(&list_path())
        .into_iter()
        .map(|entry| {
            let text = |key: &str| entry[key].as_str().unwrap_or_default().to_owned();
            let mode = match entry["mode"].as_str() {
                Some("strict") => Mode::Strict,
                _ => Mode::Tolerant,
            };
            let id = RequestId {
                service: text("service"),
                version: text("version"),
                mode,
                action: text("action"),
                example: entry["example"].as_u64().unwrap_or_default() as usize,
            };
            (id, (text("message"), text("reason")))
        })
        .collect()
}

#[test]
fn every_request_example_round_trips_or_is_a_listed_disagreement() {
    let outcomes = outcomes();
    assert!(
        outcomes.len() > 10,
        "only {} request examples",
        outcomes.len()
    );
    let listed = listed();
    if std::env::var_os("TENCENT_ACTION_BLESS").is_some() {
        let mut entries: BTreeMap<&RequestId, (String, String)> = listed
            .iter()
            .filter(|(id, _)| !is_compiled(&id.service, &id.version))
            .map(|(id, (message, reason))| (id, (message.clone(), reason.clone())))
            .collect();
        for (id, outcome) in outcomes {
            if let Err(message) = outcome {
                let reason = listed
                    .get(id)
                    .map(|(_, reason)| reason.clone())
                    .unwrap_or_else(|| "unreviewed".to_owned());
                entries.insert(id, (message.clone(), reason));
            }
        }
        let mut text = String::new();
        for (id, (message, reason)) in entries {
            let entry = json!({
                "service": id.service, "version": id.version, "mode": id.mode.as_str(),
                "action": id.action, "example": id.example, "message": message,
                "reason": reason,
            });
            writeln!(text, "{entry}").unwrap();
        }
        std::fs::write(list_path(), text).expect("the list is writable");
        return;
    }
    let mut problems = Vec::new();
    for (id, outcome) in outcomes {
        match (outcome, listed.get(id)) {
            (Ok(()), None) => {}
            (Ok(()), Some(_)) => problems.push(format!("{id:?} round-trips but is listed")),
            (Err(message), None) => problems.push(format!("{id:?} is not listed: {message}")),
            (Err(message), Some((listed, reason))) => {
                if message != listed {
                    problems.push(format!("{id:?}: the message is now {message}"));
                }
                if reason.is_empty() || reason == "unreviewed" {
                    problems.push(format!("{id:?} has no reason"));
                }
            }
        }
    }
    for id in listed.keys() {
        if !outcomes.contains_key(id) && is_compiled(&id.service, &id.version) {
            problems.push(format!("{id:?} is listed but is no example"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
