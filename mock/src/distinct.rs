//! Many items from one, for paged answers: each member of an item that names an
//! identifier differs from one item to the next, and the rest is the template's, so that
//! a client that collects pages sees distinct resources.
//!
//! A member names an identifier when its name ends in `Id`, `Ids`, `ID`, `IDs`, `IdSet`
//! or `IdList`, at any depth of the item (inside its structs and lists of structs too:
//! `VirtualPrivateCloud.VpcId`). An item that names none (a log line, a user known by
//! `Uin` and `Name`) has its first plain-text member made distinct instead, else its
//! first integer one; an item that is itself text or a number is made distinct as an
//! identifier is.

use serde_json::{Map, Value};
use tencent_action_spec::{Element, Member, Scalar, Spec, TextFormat};

const IDENTIFIER_ENDINGS: [&str; 6] = ["Id", "Ids", "ID", "IDs", "IdSet", "IdList"];

/// Item `index` (from 0) of a list whose items are `element`s: `template` with its
/// identifiers made distinct.
pub(crate) fn item(spec: &Spec, element: Element<'_>, template: &Value, index: usize) -> Value {
    let number = index + 1;
    let mut item = template.clone();
    let (object, scalar) = match element {
        Element::Struct(object) => (Some(object), None),
        Element::Scalar(scalar) => (None, Some(scalar)),
    };
    match &mut item {
        Value::Object(members) => {
            if !mark_identifiers(spec, object, members, number) {
                mark_first_scalar(spec, object, members, number);
            }
        }
        other => *other = distinct(other, scalar, number, "Item"),
    }
    item
}

fn names_identifier(name: &str) -> bool {
    IDENTIFIER_ENDINGS
        .iter()
        .any(|ending| name.ends_with(ending))
}

/// Makes every identifier of `members` (a value of the struct `object`, when the spec
/// knows it) distinct for item `number`; whether there was one.
fn mark_identifiers(
    spec: &Spec,
    object: Option<&str>,
    members: &mut Map<String, Value>,
    number: usize,
) -> bool {
    let mut found = false;
    for (name, value) in members.iter_mut() {
        let element = object
            .and_then(|object| member_of(spec, object, name))
            .map(|member| member.value_type(spec).element);
        let (nested, scalar) = match element {
            Some(Element::Struct(nested)) => (Some(nested), None),
            Some(Element::Scalar(scalar)) => (None, Some(scalar)),
            None => (None, None),
        };
        if names_identifier(name) {
            found = true;
            match value {
                Value::Array(elements) => {
                    // An empty list of identifiers would be the same in every item.
                    if elements.is_empty() {
                        elements.push(Value::Null);
                    }
                    for element in elements {
                        *element = distinct(element, scalar, number, name);
                    }
                }
                other => *other = distinct(other, scalar, number, name),
            }
            continue;
        }
        match value {
            Value::Object(inner) => found |= mark_identifiers(spec, nested, inner, number),
            Value::Array(elements) => {
                for element in elements {
                    if let Value::Object(inner) = element {
                        found |= mark_identifiers(spec, nested, inner, number);
                    }
                }
            }
            _ => {}
        }
    }
    found
}

/// Makes distinct the first plain-text member of `members`, else the first integer one:
/// in the spec's order when the spec knows the struct, else in the template's.
fn mark_first_scalar(
    spec: &Spec,
    object: Option<&str>,
    members: &mut Map<String, Value>,
    number: usize,
) {
    let known: Vec<(&str, Scalar)> = object
        .and_then(|object| spec.objects.get(object))
        .map(|definition| {
            definition
                .members
                .iter()
                .filter_map(|member| match member.value_type(spec) {
                    type_ if type_.list => None,
                    type_ => match type_.element {
                        Element::Scalar(scalar) => Some((member.name.as_str(), scalar)),
                        Element::Struct(_) => None,
                    },
                })
                .collect()
        })
        .unwrap_or_default();
    let chosen = if known.is_empty() {
        // No spec for the item: its first text, else its first number.
        let by_kind = |wanted: fn(&Value) -> bool| {
            members
                .iter()
                .find(|(_, value)| wanted(value))
                .map(|(name, _)| name.clone())
        };
        by_kind(Value::is_string).or_else(|| by_kind(Value::is_i64))
    } else {
        let by_kind = |wanted: fn(Scalar) -> bool| {
            known
                .iter()
                .find(|(name, scalar)| wanted(*scalar) && members.contains_key(*name))
                .map(|(name, _)| (*name).to_owned())
        };
        by_kind(|scalar| scalar == Scalar::Text(TextFormat::Plain))
            .or_else(|| by_kind(|scalar| matches!(scalar, Scalar::Int | Scalar::Uint)))
    };
    let Some(name) = chosen else { return };
    if let Some(value) = members.get_mut(&name) {
        let scalar = object
            .and_then(|object| member_of(spec, object, &name))
            .and_then(|member| match member.value_type(spec).element {
                Element::Scalar(scalar) => Some(scalar),
                Element::Struct(_) => None,
            });
        *value = distinct(value, scalar, number, &name);
    }
}

fn member_of<'s>(spec: &'s Spec, object: &str, name: &str) -> Option<&'s Member> {
    spec.objects
        .get(object)?
        .members
        .iter()
        .find(|member| member.name == name)
}

/// The value of item `number` for an identifier whose template value is `value`: text
/// with `-0001` added, a number replaced by `number`, a `null` made of its type. Other
/// values (a bool, a struct) stay as they are.
fn distinct(value: &Value, scalar: Option<Scalar>, number: usize, name: &str) -> Value {
    match value {
        Value::String(text) => Value::from(format!("{text}-{number:04}")),
        Value::Number(_) => Value::from(number),
        Value::Null => match scalar {
            Some(Scalar::Int | Scalar::Uint | Scalar::Float) => Value::from(number),
            _ => Value::from(format!("{name}-{number:04}")),
        },
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Spec {
        tencent_action_spec::parse(
            "api.json",
            r#"{"metadata": {"serviceShortName": "x", "apiVersion": "2020-01-01"},
                "actions": {},
                "objects": {
                    "Instance": {"members": [
                        {"name": "InstanceId", "type": "string", "member": "string"},
                        {"name": "ProjectNo", "type": "int", "member": "int64"},
                        {"name": "Zone", "type": "string", "member": "string"},
                        {"name": "SecurityGroupIds", "type": "list", "member": "string"},
                        {"name": "Vpc", "type": "object", "member": "Vpc"},
                        {"name": "Disks", "type": "list", "member": "Disk"}]},
                    "Vpc": {"members": [{"name": "VpcId", "type": "int", "member": "uint64"}]},
                    "Disk": {"members": [{"name": "DiskId", "type": "string", "member": "string"}]},
                    "LogLine": {"members": [
                        {"name": "Time", "type": "string", "member": "datetime"},
                        {"name": "Level", "type": "int", "member": "int64"},
                        {"name": "Text", "type": "string", "member": "string"}]}
                }}"#,
        )
        .unwrap()
    }

    #[test]
    fn identifiers_differ_at_every_depth_and_the_rest_is_the_template() {
        let spec = spec();
        let template = json!({"InstanceId": "ins-a", "ProjectNo": 7, "Zone": "ap-x",
            "SecurityGroupIds": [], "Vpc": {"VpcId": null}, "Disks": [{"DiskId": "d"}],
            "Extra": {"OwnerID": 5}});
        assert_eq!(
            item(&spec, Element::Struct("Instance"), &template, 11),
            json!({"InstanceId": "ins-a-0012", "ProjectNo": 7, "Zone": "ap-x",
                "SecurityGroupIds": ["SecurityGroupIds-0012"], "Vpc": {"VpcId": 12},
                "Disks": [{"DiskId": "d-0012"}], "Extra": {"OwnerID": 12}})
        );
    }

    #[test]
    fn without_identifiers_the_first_plain_text_differs() {
        let spec = spec();
        let template = json!({"Time": "2024-01-01 00:00:00", "Level": 3, "Text": "hello"});
        assert_eq!(
            item(&spec, Element::Struct("LogLine"), &template, 0),
            json!({"Time": "2024-01-01 00:00:00", "Level": 3, "Text": "hello-0001"})
        );
        let numbers_only = json!({"Time": "2024-01-01 00:00:00", "Level": 3});
        assert_eq!(
            item(&spec, Element::Struct("LogLine"), &numbers_only, 1),
            json!({"Time": "2024-01-01 00:00:00", "Level": 2})
        );
    }

    #[test]
    fn items_of_text_or_numbers_differ_themselves() {
        let spec = spec();
        let text = Element::Scalar(Scalar::Text(TextFormat::Plain));
        assert_eq!(item(&spec, text, &json!("ins-a"), 2), json!("ins-a-0003"));
        assert_eq!(
            item(&spec, Element::Scalar(Scalar::Uint), &json!(40), 2),
            json!(3)
        );
    }
}
