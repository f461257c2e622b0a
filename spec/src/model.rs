//! The files as Tencent publishes them: a service version's `api.json`, `errors.json` and
//! `examples.json`. Only what this project reads is modelled; other keys are ignored, so
//! that a new key in Tencent's format does not break anything.

use crate::error::SpecError;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

/// One service version's specification (`api.json`).
#[derive(Debug, Deserialize)]
#[non_exhaustive]
pub struct Spec {
    /// Which service and version this is.
    pub metadata: Metadata,
    /// Keyed by action name; sorted, so that the output does not depend on key order.
    pub actions: BTreeMap<String, Action>,
    /// Every struct of the version, requests and responses included.
    pub objects: BTreeMap<String, Object>,
}

/// Which service and version a spec is of.
#[derive(Debug, Deserialize)]
#[non_exhaustive]
pub struct Metadata {
    /// The service's short name, as in its host name (`cvm`).
    #[serde(rename = "serviceShortName")]
    pub service: String,
    /// The API version, `YYYY-MM-DD`.
    #[serde(rename = "apiVersion")]
    pub version: String,
    /// The service's name in Chinese (云服务器).
    #[serde(rename = "serviceNameCN", default)]
    pub display_name: Option<String>,
    /// A one-paragraph description of the service.
    #[serde(default)]
    pub api_brief: Option<String>,
}

/// One action of a spec.
#[derive(Debug, Deserialize)]
#[non_exhaustive]
pub struct Action {
    /// The action's title, like 查看实例列表.
    #[serde(default)]
    pub name: Option<String>,
    /// What the action does (HTML).
    #[serde(default)]
    pub document: Option<String>,
    /// The name of the request's struct in `objects` (`<Action>Request`).
    #[serde(default)]
    pub input: Option<String>,
    /// The name of the response's struct in `objects` (`<Action>Response`).
    pub output: String,
    /// Whether the action is in service.
    #[serde(default)]
    pub status: Status,
}

/// Whether an action is in service. Statuses other than the three known ones are taken
/// as online: generating an action that exists is safer than leaving it out.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// In service (also any status this model does not know).
    #[default]
    Online,
    /// In service, but to be withdrawn.
    Deprecated,
    /// Withdrawn.
    Offline,
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let status = Option::<String>::deserialize(deserializer)?;
        Ok(match status.as_deref() {
            Some("deprecated") => Status::Deprecated,
            Some("offline") => Status::Offline,
            _ => Status::Online,
        })
    }
}

/// A struct of a spec: a request, a response or a data structure.
#[derive(Debug, Deserialize)]
#[non_exhaustive]
pub struct Object {
    /// What the struct is (HTML).
    #[serde(default)]
    pub document: Option<String>,
    /// Its members, in the spec's order.
    #[serde(default)]
    pub members: Vec<Member>,
    /// `in` (requests only), `out` (responses only) or `both`.
    #[serde(default)]
    pub usage: Option<String>,
}

/// One member of a struct.
#[derive(Debug, Deserialize)]
#[non_exhaustive]
pub struct Member {
    /// The wire name, spelled exactly as the server sends it.
    pub name: String,
    /// `string`, `int`, `float`, `bool`, `list`, `object`, `binary`, ...
    #[serde(rename = "type")]
    pub kind: String,
    /// A base type (`int64`, `datetime`, ...) or the name of a struct in `objects`.
    pub member: String,
    /// What the member is (HTML).
    #[serde(default)]
    pub document: Option<String>,
    /// The server may send `null`. Absent means the spec promises nothing.
    #[serde(default, deserialize_with = "flag")]
    pub value_allowed_null: Option<bool>,
    /// The server always sends the member. Absent means the spec promises nothing.
    #[serde(default, deserialize_with = "flag")]
    pub output_required: Option<bool>,
    /// Withdrawn from the documentation: the server may stop sending it.
    #[serde(default, deserialize_with = "flag")]
    pub disabled: Option<bool>,
    /// A request must carry the member (request structs only).
    #[serde(default, deserialize_with = "flag")]
    pub required: Option<bool>,
    /// An example value, as the documentation writes it (request structs only).
    #[serde(default)]
    pub example: Option<String>,
}

/// A yes/no member of the spec: a bool as Tencent writes it nearly always, or `1`/`0`
/// and `"true"`/`"false"` as a few published specs write it (databuddy 2026-07-15 marks
/// required members `1`); `null` is absent. Anything else is an error naming its path.
fn flag<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
    use serde::de::Error as _;
    use serde_json::Value;
    match Option::<Value>::deserialize(deserializer)? {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(value)) => Ok(Some(value)),
        Some(value) if value == 1 || value == "true" => Ok(Some(true)),
        Some(value) if value == 0 || value == "false" => Ok(Some(false)),
        Some(other) => Err(D::Error::custom(format!(
            "{other} is not a yes/no flag (true, false, 1 or 0)"
        ))),
    }
}

/// A service version's error codes (`errors.json`).
#[derive(Debug, Deserialize)]
#[non_exhaustive]
pub struct Errors {
    /// The service's short name.
    #[serde(default)]
    pub service: Option<String>,
    /// The API version, `YYYY-MM-DD`.
    #[serde(default)]
    pub version: Option<String>,
    /// Every code of the version, with its description.
    #[serde(default)]
    pub codes: Vec<ErrorCodeEntry>,
    /// The codes each action may return, in the order Tencent lists them.
    #[serde(default)]
    pub per_action: BTreeMap<String, Vec<String>>,
}

/// One error code of `errors.json`.
#[derive(Debug, Deserialize)]
#[non_exhaustive]
pub struct ErrorCodeEntry {
    /// The code, such as `InvalidParameterValue.InstanceIdMalformed`.
    pub code: String,
    /// Tencent's description (Chinese).
    #[serde(default)]
    pub description: Option<String>,
}

/// A service version's documentation examples (`examples.json`); none by default.
#[derive(Debug, Default, Deserialize)]
#[non_exhaustive]
pub struct Examples {
    /// Keyed by action name.
    #[serde(default)]
    pub actions: BTreeMap<String, Vec<Example>>,
}

/// One documentation example of an action.
#[derive(Debug, Deserialize)]
#[non_exhaustive]
pub struct Example {
    /// The example's title.
    #[serde(default)]
    pub title: Option<String>,
    /// The request as the documentation shows it: a request line, a few headers, a blank
    /// line, then the JSON body.
    #[serde(default)]
    pub input: Option<String>,
    /// The response body, as a JSON text.
    #[serde(default)]
    pub output: Option<String>,
}

impl Example {
    /// The request's JSON body: what follows the first blank line of `input`.
    pub fn request_body(&self) -> Option<&str> {
        let input = self.input.as_deref()?;
        let (_, body) = input
            .split_once("\r\n\r\n")
            .or_else(|| input.split_once("\n\n"))?;
        Some(body.trim())
    }
}

/// Parses `text` as the file `file`, reporting where it is malformed.
pub fn parse<T: DeserializeOwned>(file: &'static str, text: &str) -> Result<T, SpecError> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        SpecError::malformed(file, path, &inner)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_body_follows_the_blank_line() {
        let example: Example = serde_json::from_str(
            r#"{"input": "POST / HTTP/1.1\nHost: cvm.tencentcloudapi.com\nX-TC-Action: DescribeRegions\n\n{\"Limit\": 1}\n"}"#,
        )
        .unwrap();
        assert_eq!(example.request_body(), Some(r#"{"Limit": 1}"#));
        let crlf = Example {
            title: None,
            input: Some("POST / HTTP/1.1\r\nHost: x\r\n\r\n{}".to_owned()),
            output: None,
        };
        assert_eq!(crlf.request_body(), Some("{}"));
        let no_body = Example {
            title: None,
            input: Some("POST / HTTP/1.1".to_owned()),
            output: None,
        };
        assert_eq!(no_body.request_body(), None);
    }

    #[test]
    fn unknown_statuses_are_online() {
        let action: Action =
            serde_json::from_str(r#"{"output": "XResponse", "status": "preview"}"#).unwrap();
        assert_eq!(action.status, Status::Online);
        let action: Action = serde_json::from_str(r#"{"output": "XResponse"}"#).unwrap();
        assert_eq!(action.status, Status::Online);
    }

    #[test]
    fn a_wrong_type_is_reported_with_its_path() {
        let text = r#"{"metadata": {"serviceShortName": "cvm", "apiVersion": "2017-03-12"},
            "actions": {}, "objects": {"Instance": {"members": [{"name": "CPU", "type": 3,
            "member": "int64"}]}}}"#;
        let error = parse::<Spec>("api.json", text).unwrap_err().to_string();
        assert!(
            error.contains("objects.Instance.members[0].type"),
            "{error}"
        );
        assert!(error.contains("at line 2 column 89"), "{error}");
    }

    #[test]
    fn flags_are_read_as_bools_ones_and_zeros_or_their_text() {
        let member = |flag: &str| {
            let text = format!(
                r#"{{"metadata": {{"serviceShortName": "x", "apiVersion": "2020-01-01"}},
                "actions": {{}}, "objects": {{"XRequest": {{"members":
                [{{"name": "A", "type": "int", "member": "int64", "required": {flag}}}]}}}}}}"#
            );
            parse::<Spec>("api.json", &text)
                .map(|spec| spec.objects["XRequest"].members[0].required)
        };
        assert_eq!(member("true").unwrap(), Some(true));
        assert_eq!(member("1").unwrap(), Some(true));
        assert_eq!(member("\"false\"").unwrap(), Some(false));
        assert_eq!(member("0").unwrap(), Some(false));
        assert_eq!(member("null").unwrap(), None);
        let error = member("2").unwrap_err().to_string();
        assert!(
            error.contains("objects.XRequest.members[0].required"),
            "{error}"
        );
        assert!(error.contains("2 is not a yes/no flag"), "{error}");
    }

    #[test]
    fn invalid_json_is_reported_with_its_position() {
        let error = parse::<Spec>("api.json", "{\"metadata\": ")
            .unwrap_err()
            .to_string();
        assert_eq!(
            error,
            "api.json at metadata: EOF while parsing a value at line 1 column 13"
        );
    }
}
