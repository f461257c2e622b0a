//! What a member of the spec holds, as a Rust type.
//!
//! A member has a `type` (the JSON kind: `int`, `list`, `object`, ...) and a `member`
//! (a base type like `uint64`, or a struct's name). The struct reference wins, then the
//! base type, then the JSON kind, so that an odd combination (`type: "string"` with
//! `member: "int64"`) still gets the type its values have. What none of them explains
//! is kept as `serde_json::Value`: it always decodes and serializes back as it came.

use std::collections::BTreeMap;

/// A scalar of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scalar {
    /// `int64`: Rust's `i64`; serde_json reads every digit, so nothing beyond 2^53 is lost.
    I64,
    /// `uint64`: `u64`, never a float.
    U64,
    F64,
    Bool,
    /// `string` and the textual types (`datetime`, `datetime_iso`, `date`, `binary`),
    /// whose format the server does not always keep.
    String,
    /// Anything else: any JSON value.
    Json,
}

impl Scalar {
    /// Whether `tencent_action::tolerant` reads this type (it reads all but raw JSON).
    pub fn is_tolerant(self) -> bool {
        self != Scalar::Json
    }
}

/// One element of a member: a scalar or a struct of the spec (by spec name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    Scalar(Scalar),
    Struct(String),
}

/// A member's shape: one element, or a list of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    pub element: Element,
    pub list: bool,
}

/// The base type names of the spec.
fn base_type(name: &str) -> Option<Scalar> {
    Some(match name {
        "int64" | "int" | "int32" | "int16" | "int8" | "integer" | "long" => Scalar::I64,
        "uint64" | "uint32" | "uint16" | "uint8" | "uint" => Scalar::U64,
        "float" | "double" | "float64" | "float32" | "number" => Scalar::F64,
        "bool" | "boolean" => Scalar::Bool,
        "string" | "datetime" | "datetime_iso" | "date" | "time" | "timestamp" | "binary" => {
            Scalar::String
        }
        _ => return None,
    })
}

/// The scalar a JSON kind stands for, when the member names no known type.
fn kind_scalar(kind: &str) -> Scalar {
    base_type(kind).unwrap_or(Scalar::Json)
}

/// The shape of a member of type `kind` holding `member`, given the spec's struct names.
pub fn shape<V>(kind: &str, member: &str, objects: &BTreeMap<String, V>) -> Shape {
    let list = kind == "list";
    let element = if objects.contains_key(member) {
        Element::Struct(member.to_owned())
    } else if let Some(scalar) = base_type(member) {
        Element::Scalar(scalar)
    } else if list || kind == "object" {
        Element::Scalar(Scalar::Json)
    } else {
        Element::Scalar(kind_scalar(kind))
    };
    Shape { element, list }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn objects() -> BTreeMap<String, ()> {
        [("Instance".to_owned(), ())].into_iter().collect()
    }

    fn scalar(kind: &str, member: &str) -> Shape {
        shape(kind, member, &objects())
    }

    #[test]
    fn base_types() {
        let of = |kind, member| scalar(kind, member).element;
        assert_eq!(of("int", "int64"), Element::Scalar(Scalar::I64));
        assert_eq!(of("int", "uint64"), Element::Scalar(Scalar::U64));
        assert_eq!(of("float", "float"), Element::Scalar(Scalar::F64));
        assert_eq!(of("bool", "bool"), Element::Scalar(Scalar::Bool));
        for textual in ["string", "datetime", "datetime_iso", "date", "binary"] {
            assert_eq!(of("string", textual), Element::Scalar(Scalar::String));
        }
        assert_eq!(of("binary", "binary"), Element::Scalar(Scalar::String));
    }

    #[test]
    fn odd_combinations_follow_the_values() {
        let of = |kind, member| scalar(kind, member).element;
        assert_eq!(of("string", "int64"), Element::Scalar(Scalar::I64));
        assert_eq!(of("int", "mystery"), Element::Scalar(Scalar::I64));
        assert_eq!(of("float", "mystery"), Element::Scalar(Scalar::F64));
        assert_eq!(of("map", "mystery"), Element::Scalar(Scalar::Json));
        assert_eq!(of("object", "Missing"), Element::Scalar(Scalar::Json));
    }

    #[test]
    fn structs_and_lists() {
        assert_eq!(
            scalar("list", "Instance"),
            Shape {
                element: Element::Struct("Instance".to_owned()),
                list: true
            }
        );
        assert_eq!(
            scalar("object", "Instance"),
            Shape {
                element: Element::Struct("Instance".to_owned()),
                list: false
            }
        );
        assert_eq!(
            scalar("list", "uint64"),
            Shape {
                element: Element::Scalar(Scalar::U64),
                list: true
            }
        );
        assert_eq!(
            scalar("list", "Missing"),
            Shape {
                element: Element::Scalar(Scalar::Json),
                list: true
            }
        );
    }
}
