//! The spec's structs as a schema: checking a request's parameters (and a documentation
//! example) against them, and making a value of every member's type. What type a member
//! has is the spec crate's rule, the one the code generator follows too.

use serde_json::{Map, Value};
use tencent_action_spec::{Element, Member, MemberType, Scalar, Spec, TextFormat};

/// How deep generated values nest before lists and structs are left empty, so that a
/// recursive struct (a tree of categories, say) ends.
const MAX_GENERATED_DEPTH: usize = 8;

/// What is wrong with a request's parameters, naming the member as Tencent does:
/// `Filters.0.Name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    /// A required member is absent.
    Missing(String),
    /// A member's value is not of its type.
    WrongType(String),
    /// The struct has no such member.
    Unknown(String),
}

/// How strictly scalars are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    /// A JSON body: every value must be of its JSON type.
    Json,
    /// A GET query: every value arrives as text, so text that reads as the member's type
    /// (`10` for an integer, `true` for a bool) is accepted.
    Query,
}

/// Checks `params` against the struct `object` of `spec`: unknown members first (a
/// misspelt member should be named as such, not reported as a missing one), then
/// missing required members, then types, each in the spec's order.
pub fn check_request(
    spec: &Spec,
    object: &str,
    params: &Map<String, Value>,
    strictness: Strictness,
) -> Result<(), Violation> {
    check_object(spec, object, params, "", strictness, true)
}

/// Whether a documentation example's `Response` fits the output struct: every member it
/// has is of its type, every member the spec says is always sent is there, and none the
/// spec says is never `null` is `null`. Members the spec does not know are allowed:
/// decoders skip them.
pub fn fits_output(spec: &Spec, object: &str, response: &Map<String, Value>) -> bool {
    check_object(spec, object, response, "", Strictness::Json, false).is_ok()
}

fn check_object(
    spec: &Spec,
    object: &str,
    params: &Map<String, Value>,
    prefix: &str,
    strictness: Strictness,
    request: bool,
) -> Result<(), Violation> {
    let Some(definition) = spec.objects.get(object) else {
        // A struct the spec names but does not define: nothing to check against.
        return Ok(());
    };
    let path = |name: &str| {
        if prefix.is_empty() {
            name.to_owned()
        } else {
            format!("{prefix}.{name}")
        }
    };
    if request {
        for name in params.keys() {
            if !definition.members.iter().any(|member| &member.name == name) {
                return Err(Violation::Unknown(path(name)));
            }
        }
    }
    for member in &definition.members {
        let present = params
            .get(&member.name)
            .is_some_and(|value| !value.is_null());
        let required = if request {
            member.required == Some(true)
        } else {
            member.output_required == Some(true) && member.name != "RequestId"
        };
        if required && !present {
            return Err(Violation::Missing(path(&member.name)));
        }
    }
    for member in &definition.members {
        if let Some(value) = params.get(&member.name) {
            check_member(
                spec,
                member,
                value,
                &path(&member.name),
                strictness,
                request,
            )?;
        }
    }
    Ok(())
}

fn check_member(
    spec: &Spec,
    member: &Member,
    value: &Value,
    path: &str,
    strictness: Strictness,
    request: bool,
) -> Result<(), Violation> {
    if value.is_null() {
        // A response member the spec says is never `null`: a strict client refuses it, so
        // an example that sends it is not served.
        if !request && member.value_allowed_null == Some(false) {
            return Err(Violation::WrongType(path.to_owned()));
        }
        return Ok(());
    }
    let MemberType { element, list } = member.value_type(spec);
    if list {
        let Value::Array(items) = value else {
            return Err(Violation::WrongType(path.to_owned()));
        };
        for (index, item) in items.iter().enumerate() {
            let item_path = format!("{path}.{index}");
            check_element(spec, element, item, &item_path, strictness, request)?;
        }
        return Ok(());
    }
    check_element(spec, element, value, path, strictness, request)
}

/// Checks one value of a base type or of a struct.
fn check_element(
    spec: &Spec,
    element: Element<'_>,
    value: &Value,
    path: &str,
    strictness: Strictness,
    request: bool,
) -> Result<(), Violation> {
    match element {
        Element::Struct(name) => {
            let Value::Object(fields) = value else {
                return Err(Violation::WrongType(path.to_owned()));
            };
            check_object(spec, name, fields, path, strictness, request)
        }
        Element::Scalar(scalar) if scalar_fits(scalar, value, strictness) => Ok(()),
        Element::Scalar(_) => Err(Violation::WrongType(path.to_owned())),
    }
}

/// Whether `value` is of the type a client decodes `scalar` into: a signed integer must
/// fit `i64`, an unsigned one `u64`.
fn scalar_fits(scalar: Scalar, value: &Value, strictness: Strictness) -> bool {
    match scalar {
        Scalar::Int => {
            value.is_i64() || text_reads(value, strictness, |s| s.parse::<i64>().is_ok())
        }
        Scalar::Uint => {
            value.is_u64() || text_reads(value, strictness, |s| s.parse::<u64>().is_ok())
        }
        Scalar::Float => {
            value.is_number() || text_reads(value, strictness, |s| s.parse::<f64>().is_ok())
        }
        Scalar::Bool => {
            value.is_boolean() || text_reads(value, strictness, |s| s == "true" || s == "false")
        }
        Scalar::Text(_) => value.is_string(),
        Scalar::Any => true,
    }
}

fn text_reads(value: &Value, strictness: Strictness, reads: impl Fn(&str) -> bool) -> bool {
    strictness == Strictness::Query && value.as_str().is_some_and(reads)
}

/// A value for every member of the struct `object` (a response: all of them, less its
/// `RequestId`, which the envelope holds), or for its required members only (a request).
pub fn generate_object(spec: &Spec, object: &str, required_only: bool) -> Map<String, Value> {
    generate_fields(spec, object, required_only, 0)
}

/// A made-up value of one element of `member` (one item of a list member).
pub(crate) fn generate_one(spec: &Spec, member: &Member) -> Value {
    generate_element(
        spec,
        &member.name,
        member.value_type(spec).element,
        false,
        0,
    )
}

fn generate_fields(
    spec: &Spec,
    object: &str,
    required_only: bool,
    depth: usize,
) -> Map<String, Value> {
    let mut fields = Map::new();
    let Some(definition) = spec.objects.get(object) else {
        return fields;
    };
    if depth > MAX_GENERATED_DEPTH {
        return fields;
    }
    for member in &definition.members {
        // A struct inside may have a RequestId of its own, and a request may require one.
        let envelope = depth == 0 && !required_only && member.name == "RequestId";
        if envelope || (required_only && member.required != Some(true)) {
            continue;
        }
        let MemberType { element, list } = member.value_type(spec);
        let value = if list {
            if depth == MAX_GENERATED_DEPTH {
                Value::Array(Vec::new())
            } else {
                Value::Array(vec![generate_element(
                    spec,
                    &member.name,
                    element,
                    required_only,
                    depth,
                )])
            }
        } else {
            generate_element(spec, &member.name, element, required_only, depth)
        };
        fields.insert(member.name.clone(), value);
    }
    fields
}

fn generate_element(
    spec: &Spec,
    name: &str,
    element: Element<'_>,
    required_only: bool,
    depth: usize,
) -> Value {
    let scalar = match element {
        Element::Struct(object) => {
            return Value::Object(generate_fields(spec, object, required_only, depth + 1));
        }
        Element::Scalar(scalar) => scalar,
    };
    match scalar {
        Scalar::Text(TextFormat::DateTime) => Value::from("2024-01-01 00:00:00"),
        Scalar::Text(TextFormat::DateTimeIso) => Value::from("2024-01-01T00:00:00Z"),
        Scalar::Text(TextFormat::Date) => Value::from("2024-01-01"),
        Scalar::Text(
            TextFormat::Plain | TextFormat::Binary | TextFormat::Time | TextFormat::Timestamp,
        ) => Value::from(format!("{name}-example")),
        Scalar::Int | Scalar::Uint => Value::from(1),
        Scalar::Float => Value::from(1.5),
        Scalar::Bool => Value::from(true),
        Scalar::Any => Value::from(""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A request struct with one member of each `(type, member)`.
    fn spec(members: &[(&str, &str, &str)]) -> Spec {
        let members: Vec<Value> = members
            .iter()
            .map(|(name, kind, member)| json!({"name": name, "type": kind, "member": member}))
            .collect();
        let text = json!({
            "metadata": {"serviceShortName": "x", "apiVersion": "2020-01-01"},
            "actions": {},
            "objects": {
                "XRequest": {"members": members},
                "Inner": {"members": [{"name": "N", "type": "int", "member": "uint64"}]}
            }
        });
        tencent_action_spec::parse("api.json", &text.to_string()).unwrap()
    }

    fn check(spec: &Spec, params: Value, strictness: Strictness) -> Result<(), Violation> {
        let Value::Object(params) = params else {
            unreachable!("the tests pass objects")
        };
        check_request(spec, "XRequest", &params, strictness)
    }

    #[test]
    fn every_base_type_of_the_shared_rule_is_checked() {
        let spec = spec(&[
            ("Int32", "int", "int32"),
            ("Float32", "float", "float32"),
            ("Number", "float", "number"),
            ("Uint32", "int", "uint32"),
            ("Long", "int", "long"),
            ("Stamp", "string", "timestamp"),
            ("Bytes", "binary", "binary"),
        ]);
        let good = json!({"Int32": -3, "Float32": 0.5, "Number": 2, "Uint32": 7,
            "Long": i64::MIN, "Stamp": "2024-01-01", "Bytes": "AA=="});
        assert_eq!(check(&spec, good, Strictness::Json), Ok(()));
        for (name, bad) in [
            ("Int32", json!("3")),
            ("Float32", json!("0.5")),
            ("Number", json!(true)),
            ("Uint32", json!(-1)),
            ("Long", json!(1.5)),
            ("Stamp", json!(20240101)),
            ("Bytes", json!([1])),
        ] {
            let params = json!({ name: bad });
            assert_eq!(
                check(&spec, params, Strictness::Json),
                Err(Violation::WrongType(name.to_owned())),
                "{name}"
            );
        }
    }

    #[test]
    fn a_signed_integer_must_fit_64_bits() {
        let spec = spec(&[("A", "int", "int64")]);
        assert_eq!(
            check(&spec, json!({"A": u64::MAX}), Strictness::Json),
            Err(Violation::WrongType("A".to_owned()))
        );
    }

    #[test]
    fn an_unknown_member_type_falls_back_to_the_json_kind() {
        let spec = spec(&[("A", "int", "mystery"), ("B", "map", "mystery")]);
        assert_eq!(
            check(&spec, json!({"A": "x"}), Strictness::Json),
            Err(Violation::WrongType("A".to_owned()))
        );
        for anything in [json!("x"), json!(1), json!({"k": [1]})] {
            assert_eq!(
                check(&spec, json!({"B": anything}), Strictness::Json),
                Ok(())
            );
        }
    }

    #[test]
    fn lists_and_structs_name_the_element_at_fault() {
        let spec = spec(&[("L", "list", "Inner"), ("O", "object", "Inner")]);
        assert_eq!(
            check(&spec, json!({"L": [{"N": 1}, {"N": -1}]}), Strictness::Json),
            Err(Violation::WrongType("L.1.N".to_owned()))
        );
        assert_eq!(
            check(&spec, json!({"O": [{"N": 1}]}), Strictness::Json),
            Err(Violation::WrongType("O".to_owned()))
        );
        assert_eq!(
            check(&spec, json!({"L": {"N": 1}}), Strictness::Json),
            Err(Violation::WrongType("L".to_owned()))
        );
    }

    #[test]
    fn a_query_reads_text_as_the_member_type() {
        let spec = spec(&[("A", "int", "int32"), ("B", "float", "float32")]);
        assert_eq!(
            check(&spec, json!({"A": "-3", "B": "0.5"}), Strictness::Query),
            Ok(())
        );
        assert_eq!(
            check(&spec, json!({"A": "x"}), Strictness::Query),
            Err(Violation::WrongType("A".to_owned()))
        );
    }

    #[test]
    fn only_a_response_leaves_its_request_id_to_the_envelope() {
        let text = r#"{"metadata": {"serviceShortName": "x", "apiVersion": "2020-01-01"},
            "actions": {}, "objects": {
                "XRequest": {"members": [
                    {"name": "RequestId", "type": "string", "member": "string", "required": true}]},
                "XResponse": {"members": [{"name": "O", "type": "object", "member": "Held"},
                    {"name": "RequestId", "type": "string", "member": "string"}]},
                "Held": {"members": [{"name": "RequestId", "type": "string", "member": "string"}]}
            }}"#;
        let spec: Spec = tencent_action_spec::parse("api.json", text).unwrap();
        assert_eq!(
            Value::Object(generate_object(&spec, "XResponse", false)),
            json!({"O": {"RequestId": "RequestId-example"}})
        );
        let request = generate_object(&spec, "XRequest", true);
        assert_eq!(
            Value::Object(request.clone()),
            json!({"RequestId": "RequestId-example"})
        );
        assert_eq!(
            check_request(&spec, "XRequest", &request, Strictness::Json),
            Ok(())
        );
    }

    #[test]
    fn made_up_values_are_of_the_member_type() {
        let spec = spec(&[
            ("Int32", "int", "int32"),
            ("Float32", "float", "float32"),
            ("When", "string", "datetime_iso"),
            ("L", "list", "Inner"),
        ]);
        let made = generate_object(&spec, "XRequest", false);
        assert_eq!(
            Value::Object(made.clone()),
            json!({"Int32": 1, "Float32": 1.5, "When": "2024-01-01T00:00:00Z", "L": [{"N": 1}]})
        );
        assert_eq!(
            check_request(&spec, "XRequest", &made, Strictness::Json),
            Ok(())
        );
    }
}
