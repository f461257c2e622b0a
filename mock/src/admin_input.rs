//! Reading the JSON objects the admin API takes (an answer, a fault) and the answers
//! file: every mistake is named, with the member at fault.

use crate::answer::Reply;
use crate::answer_rules::AnswerRule;
use crate::catalog::Catalog;
use crate::faults::FaultRule;
use serde_json::{Map, Value};
use std::fmt;

/// What is wrong with an answer, a fault or an answers file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError(String);

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for InputError {}

fn error(why: impl Into<String>) -> InputError {
    InputError(why.into())
}

/// The members of an object, refusing any not in `known`.
fn members<'a>(
    value: &'a Value,
    what: &str,
    known: &[&str],
) -> Result<&'a Map<String, Value>, InputError> {
    let Value::Object(members) = value else {
        return Err(error(format!("{what} must be a JSON object")));
    };
    if let Some(unknown) = members.keys().find(|key| !known.contains(&key.as_str())) {
        return Err(error(format!(
            "unknown field `{unknown}` in {what} (expected {})",
            known
                .iter()
                .map(|key| format!("`{key}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    Ok(members)
}

/// A member, unless absent or `null` (as many JSON writers spell an absent option).
fn present<'a>(members: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    members.get(name).filter(|value| !value.is_null())
}

/// A member that must be text, if present.
fn text<'a>(
    members: &'a Map<String, Value>,
    name: &str,
    path: &str,
) -> Result<Option<&'a str>, InputError> {
    match present(members, name) {
        None => Ok(None),
        Some(Value::String(text)) if !text.is_empty() => Ok(Some(text)),
        Some(_) => Err(error(format!("`{path}` must be a non-empty string"))),
    }
}

/// Reads `{"action", "service"?, "response" | "error", "times"?}`, checking that the
/// action (of that service) is one the catalog serves: an answer that can never be
/// served is a mistake to report, not to keep.
pub fn answer_from_json(value: &Value, catalog: &Catalog) -> Result<AnswerRule, InputError> {
    let members = members(
        value,
        "an answer",
        &["action", "service", "response", "error", "times"],
    )?;
    let action =
        text(members, "action", "action")?.ok_or_else(|| error("an answer needs `action`"))?;
    if action.contains(':') {
        return Err(error(format!(
            "`action` is an action's name (`{action}` holds a `:`); give the service in `service`"
        )));
    }
    let service = text(members, "service", "service")?;
    let serves = |service: &str| {
        catalog.service(service).is_some_and(|versions| {
            versions
                .values()
                .any(|version| version.spec.actions.contains_key(action))
        })
    };
    match service {
        Some(service) if !catalog.has_service(service) => {
            return Err(error(format!("the service `{service}` is not served")));
        }
        Some(service) if !serves(service) => {
            return Err(error(format!(
                "the service `{service}` has no action `{action}`"
            )));
        }
        None if !catalog.versions().any(|(service, _, _)| serves(service)) => {
            return Err(error(format!(
                "no service served has the action `{action}`"
            )));
        }
        _ => {}
    }
    let reply = match (present(members, "response"), present(members, "error")) {
        (Some(_), Some(_)) => return Err(error("an answer has `response` or `error`, not both")),
        (None, None) => return Err(error("an answer needs `response` or `error`")),
        (Some(Value::Object(response)), None) => Reply::Success(Value::Object(response.clone())),
        (Some(_), None) => return Err(error("`response` must be a JSON object")),
        (None, Some(tencent_error)) => {
            let fields = members_of_error(tencent_error)?;
            let code =
                text(fields, "Code", "error.Code")?.ok_or_else(|| error("`error` needs `Code`"))?;
            let message = match present(fields, "Message") {
                None => "",
                Some(Value::String(message)) => message,
                Some(_) => return Err(error("`error.Message` must be a string")),
            };
            Reply::error(code, message)
        }
    };
    let pattern = match service {
        Some(service) => format!("{service}:{action}"),
        None => action.to_owned(),
    };
    let mut rule = AnswerRule::new(pattern, reply);
    if let Some(times) = present(members, "times") {
        match times.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) if n >= 1 => rule = rule.times(n),
            _ => {
                return Err(error(
                    "`times` must be a whole number from 1 (leave it out for every call)",
                ));
            }
        }
    }
    Ok(rule)
}

fn members_of_error(value: &Value) -> Result<&Map<String, Value>, InputError> {
    members(value, "`error`", &["Code", "Message"])
}

/// Reads an answers file: a JSON array of answer objects, the mistake named by its
/// position (`answer 2`, counting from 1).
pub fn answers_from_json(text: &str, catalog: &Catalog) -> Result<Vec<AnswerRule>, InputError> {
    let value: Value = serde_json::from_str(text).map_err(|e| error(format!("not JSON: {e}")))?;
    let Value::Array(items) = value else {
        return Err(error("expected a JSON array of answers"));
    };
    items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            answer_from_json(item, catalog)
                .map_err(|why| error(format!("answer {}: {why}", index + 1)))
        })
        .collect()
}

/// Reads `{"spec": "<the --fault syntax>"}`.
pub(crate) fn fault_from_json(value: &Value) -> Result<FaultRule, InputError> {
    let members = members(value, "a fault", &["spec"])?;
    let spec = text(members, "spec", "spec")?.ok_or_else(|| error("a fault needs `spec`"))?;
    spec.parse()
        .map_err(|why| error(format!("bad fault `{spec}`: {why}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn catalog() -> Catalog {
        let mut catalog = Catalog::new();
        for service in ["cvm", "cbs"] {
            catalog
                .add(
                    &json!({
                        "metadata": {"serviceShortName": service, "apiVersion": "2017-03-12"},
                        "actions": {"DescribeZones": {"input": "I", "output": "O"}},
                        "objects": {}
                    })
                    .to_string(),
                    None,
                    None,
                )
                .unwrap();
        }
        catalog
    }

    #[test]
    fn answers_read_in_every_form() {
        let catalog = catalog();
        assert_eq!(
            answer_from_json(
                &json!({"action": "DescribeZones", "response": {"TotalCount": 0}}),
                &catalog
            ),
            Ok(AnswerRule::new(
                "DescribeZones",
                Reply::Success(json!({"TotalCount": 0}))
            ))
        );
        assert_eq!(
            answer_from_json(
                &json!({"action": "DescribeZones", "service": null, "times": null,
                        "error": {"Code": "X", "Message": null}, "response": null}),
                &catalog
            ),
            Ok(AnswerRule::new("DescribeZones", Reply::error("X", "")))
        );
        assert_eq!(
            answer_from_json(
                &json!({"action": "DescribeZones", "service": "cbs", "times": 2,
                        "error": {"Code": "ResourceNotFound", "Message": "gone"}}),
                &catalog
            ),
            Ok(AnswerRule::new(
                "cbs:DescribeZones",
                Reply::error("ResourceNotFound", "gone")
            )
            .times(2))
        );
    }

    #[test]
    fn every_mistake_is_named() {
        let catalog = catalog();
        for (input, why) in [
            (json!([]), "an answer must be a JSON object"),
            (
                json!({"action": "DescribeZones", "respone": {}}),
                "unknown field `respone` in an answer",
            ),
            (json!({"response": {}}), "an answer needs `action`"),
            (
                json!({"action": 7, "response": {}}),
                "`action` must be a non-empty string",
            ),
            (
                json!({"action": "cvm:DescribeZones", "response": {}}),
                "give the service in `service`",
            ),
            (
                json!({"action": "DescribeZone", "response": {}}),
                "no service served has the action `DescribeZone`",
            ),
            (
                json!({"action": "DescribeZones", "service": "cdb", "response": {}}),
                "the service `cdb` is not served",
            ),
            (
                json!({"action": "DescribeZones"}),
                "needs `response` or `error`",
            ),
            (
                json!({"action": "DescribeZones", "response": {}, "error": {"Code": "X"}}),
                "not both",
            ),
            (
                json!({"action": "DescribeZones", "response": [1]}),
                "`response` must be a JSON object",
            ),
            (
                json!({"action": "DescribeZones", "error": {"Message": "m"}}),
                "`error` needs `Code`",
            ),
            (
                json!({"action": "DescribeZones", "error": {"Code": "X", "Msg": "m"}}),
                "unknown field `Msg` in `error`",
            ),
            (
                json!({"action": "DescribeZones", "error": {"Code": "X", "Message": 1}}),
                "`error.Message` must be a string",
            ),
            (
                json!({"action": "DescribeZones", "response": {}, "times": 0}),
                "`times` must be a whole number from 1",
            ),
            (
                json!({"action": "DescribeZones", "response": {}, "times": "2"}),
                "`times` must be a whole number from 1",
            ),
        ] {
            let message = answer_from_json(&input, &catalog).unwrap_err().to_string();
            assert!(message.contains(why), "{input}: {message}");
        }
    }

    #[test]
    fn an_answers_file_names_the_answer_at_fault() {
        let catalog = catalog();
        let good = r#"[{"action": "DescribeZones", "response": {}, "times": 1},
                       {"action": "DescribeZones", "error": {"Code": "X", "Message": ""}}]"#;
        assert_eq!(answers_from_json(good, &catalog).unwrap().len(), 2);
        for (text, why) in [
            (
                "{",
                "not JSON: EOF while parsing an object at line 1 column 1",
            ),
            ("{}", "expected a JSON array of answers"),
            (
                r#"[{"action": "DescribeZones", "response": {}}, {"action": "DescribeZones"}]"#,
                "answer 2: an answer needs `response` or `error`",
            ),
        ] {
            assert_eq!(
                answers_from_json(text, &catalog).unwrap_err().to_string(),
                why
            );
        }
    }

    #[test]
    fn faults_read_the_command_line_syntax() {
        assert_eq!(
            fault_from_json(&json!({"spec": "throttle@DescribeZones:next=1"}))
                .unwrap()
                .to_string(),
            "throttle@DescribeZones:next=1"
        );
        for (input, why) in [
            (
                json!({"spec": "explode"}),
                "bad fault `explode`: unknown kind",
            ),
            (json!({"spec": 1}), "`spec` must be a non-empty string"),
            (json!({}), "a fault needs `spec`"),
            (
                json!({"spec": "close", "times": 1}),
                "unknown field `times` in a fault",
            ),
            (json!("close"), "a fault must be a JSON object"),
        ] {
            let message = fault_from_json(&input).unwrap_err().to_string();
            assert!(message.contains(why), "{input}: {message}");
        }
    }
}
