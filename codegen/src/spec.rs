//! The two input files as Tencent publishes them: a service version's `api.json` and its
//! `errors.json`. Only what the generator reads is modelled; other keys are ignored, so
//! that a new key in Tencent's format does not break generation.

use crate::error::CodegenError;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

/// One service version's specification (`api.json`).
#[derive(Debug, Deserialize)]
pub struct Spec {
    pub metadata: Metadata,
    /// Keyed by action name; sorted, so that the output does not depend on key order.
    pub actions: BTreeMap<String, Action>,
    /// Every struct of the version, requests and responses included.
    pub objects: BTreeMap<String, Object>,
}

#[derive(Debug, Deserialize)]
pub struct Metadata {
    #[serde(rename = "serviceShortName")]
    pub service: String,
    #[serde(rename = "apiVersion")]
    pub version: String,
    #[serde(rename = "serviceNameCN", default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub api_brief: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Action {
    /// The action's title, like 查看实例列表.
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub document: Option<String>,
    pub output: String,
    #[serde(default)]
    pub status: Status,
}

/// Whether an action is in service. Statuses other than the three known ones are taken
/// as online: generating an action that exists is safer than leaving it out.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    #[default]
    Online,
    Deprecated,
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

#[derive(Debug, Deserialize)]
pub struct Object {
    #[serde(default)]
    pub document: Option<String>,
    #[serde(default)]
    pub members: Vec<Member>,
}

#[derive(Debug, Deserialize)]
pub struct Member {
    /// The wire name, spelled exactly as the server sends it.
    pub name: String,
    /// `string`, `int`, `float`, `bool`, `list`, `object`, `binary`, ...
    #[serde(rename = "type")]
    pub kind: String,
    /// A base type (`int64`, `datetime`, ...) or the name of a struct in `objects`.
    pub member: String,
    #[serde(default)]
    pub document: Option<String>,
    /// The server may send `null`. Absent means the spec promises nothing.
    #[serde(default)]
    pub value_allowed_null: Option<bool>,
    /// The server always sends the member. Absent means the spec promises nothing.
    #[serde(default)]
    pub output_required: Option<bool>,
    /// Withdrawn from the documentation: the server may stop sending it.
    #[serde(default)]
    pub disabled: Option<bool>,
}

/// A service version's error codes (`errors.json`).
#[derive(Debug, Deserialize)]
pub struct Errors {
    #[serde(default)]
    pub service: Option<String>,
    #[serde(default)]
    pub version: Option<String>,
    #[serde(default)]
    pub codes: Vec<ErrorCodeEntry>,
    /// The codes each action may return, in the order Tencent lists them.
    #[serde(default)]
    pub per_action: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
pub struct ErrorCodeEntry {
    pub code: String,
    #[serde(default)]
    pub description: Option<String>,
}

/// Parses `text` as the file `file`, reporting where it is malformed.
pub fn parse<T: DeserializeOwned>(file: &'static str, text: &str) -> Result<T, CodegenError> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        CodegenError::malformed(file, path, &inner)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
