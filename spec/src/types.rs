//! What a member's values are: the one reading of a member's `type` and `member` that
//! the code generator (to choose a Rust type) and the mock server (to check and make a
//! value) share, so that the two cannot understand a spec differently.
//!
//! A member has a `type` (the JSON kind: `int`, `list`, `object`, ...) and a `member`
//! (a base type like `uint64`, or a struct's name). The struct reference wins, then the
//! base type, then the JSON kind, so that an odd combination (`type: "string"` with
//! `member: "int64"`) still gets the type its values have. What none of them explains
//! is [`Scalar::Any`]: any JSON value.
//!
//! The enums are exhaustive on purpose: a type added here must be handled by every tool
//! that matches on them, or it does not compile.

use crate::model::{Member, Spec};
use std::collections::BTreeMap;

/// What one member holds: one value, or a JSON array of them.
///
/// ```
/// use tencent_action_spec::{Element, MemberType, Scalar};
///
/// let objects = ["Instance"].map(|name| (name.to_owned(), ())).into_iter().collect();
/// assert_eq!(
///     MemberType::of("list", "Instance", &objects),
///     MemberType { element: Element::Struct("Instance"), list: true },
/// );
/// assert_eq!(MemberType::of("int", "uint32", &objects).element, Element::Scalar(Scalar::Uint));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberType<'a> {
    /// What each value is.
    pub element: Element<'a>,
    /// The member is a JSON array of such values (`type: "list"`).
    pub list: bool,
}

/// One value of a member: a scalar, or a struct of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Element<'a> {
    /// A base type.
    Scalar(Scalar),
    /// A JSON object: the struct of the spec's `objects` so named.
    Struct(&'a str),
}

/// A base type of the spec, as the JSON value it is sent as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scalar {
    /// A signed integer that fits 64 bits: `int64`, `int`, `int32`, `int16`, `int8`,
    /// `integer`, `long`.
    Int,
    /// An unsigned integer that fits 64 bits: `uint64`, `uint32`, `uint16`, `uint8`,
    /// `uint`.
    Uint,
    /// A number, integral or not: `float`, `double`, `float64`, `float32`, `number`.
    Float,
    /// `true` or `false`: `bool`, `boolean`.
    Bool,
    /// A JSON string, in the format the spec names.
    Text(TextFormat),
    /// Any JSON value: the member names no type the spec's format defines.
    Any,
}

/// What a text member holds. Every one is a JSON string: the server does not always
/// keep the format, so that only the documentation and made-up values follow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextFormat {
    /// `string`: any text.
    Plain,
    /// `datetime`: `2024-01-01 00:00:00`.
    DateTime,
    /// `datetime_iso`: `2024-01-01T00:00:00Z`.
    DateTimeIso,
    /// `date`: `2024-01-01`.
    Date,
    /// `time`: a time, in a layout the spec's format does not say.
    Time,
    /// `timestamp`: a point in time, in a layout the spec's format does not say.
    Timestamp,
    /// `binary`: bytes, written as text.
    Binary,
}

impl Scalar {
    /// The base type a spec name stands for, if it is one.
    ///
    /// ```
    /// use tencent_action_spec::{Scalar, TextFormat};
    ///
    /// assert_eq!(Scalar::from_name("float32"), Some(Scalar::Float));
    /// assert_eq!(Scalar::from_name("datetime_iso"), Some(Scalar::Text(TextFormat::DateTimeIso)));
    /// assert_eq!(Scalar::from_name("Instance"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Scalar> {
        Some(match name {
            "int64" | "int" | "int32" | "int16" | "int8" | "integer" | "long" => Scalar::Int,
            "uint64" | "uint32" | "uint16" | "uint8" | "uint" => Scalar::Uint,
            "float" | "double" | "float64" | "float32" | "number" => Scalar::Float,
            "bool" | "boolean" => Scalar::Bool,
            "string" => Scalar::Text(TextFormat::Plain),
            "datetime" => Scalar::Text(TextFormat::DateTime),
            "datetime_iso" => Scalar::Text(TextFormat::DateTimeIso),
            "date" => Scalar::Text(TextFormat::Date),
            "time" => Scalar::Text(TextFormat::Time),
            "timestamp" => Scalar::Text(TextFormat::Timestamp),
            "binary" => Scalar::Text(TextFormat::Binary),
            _ => return None,
        })
    }
}

impl<'a> MemberType<'a> {
    /// The type of a member whose `type` is `kind` and whose `member` is `member`, given
    /// the spec's `objects` (only their names are read).
    pub fn of<V>(kind: &str, member: &'a str, objects: &BTreeMap<String, V>) -> MemberType<'a> {
        let list = kind == "list";
        let element = if objects.contains_key(member) {
            Element::Struct(member)
        } else if let Some(scalar) = Scalar::from_name(member) {
            Element::Scalar(scalar)
        } else if list || kind == "object" {
            // A list or object of something unnamed: its `type` says nothing of the values.
            Element::Scalar(Scalar::Any)
        } else {
            Element::Scalar(Scalar::from_name(kind).unwrap_or(Scalar::Any))
        };
        MemberType { element, list }
    }
}

impl Member {
    /// What this member of `spec` holds.
    pub fn value_type<'a>(&'a self, spec: &Spec) -> MemberType<'a> {
        MemberType::of(&self.kind, &self.member, &spec.objects)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of<'a>(kind: &str, member: &'a str) -> MemberType<'a> {
        let objects: BTreeMap<String, ()> = [("Instance".to_owned(), ())].into_iter().collect();
        MemberType::of(kind, member, &objects)
    }

    fn element<'a>(kind: &str, member: &'a str) -> Element<'a> {
        of(kind, member).element
    }

    #[test]
    fn base_types() {
        let scalar = |kind, member| match element(kind, member) {
            Element::Scalar(scalar) => scalar,
            other => panic!("{kind}/{member} is {other:?}"),
        };
        for name in ["int64", "int", "int32", "int16", "int8", "integer", "long"] {
            assert_eq!(scalar("int", name), Scalar::Int, "{name}");
        }
        for name in ["uint64", "uint32", "uint16", "uint8", "uint"] {
            assert_eq!(scalar("int", name), Scalar::Uint, "{name}");
        }
        for name in ["float", "double", "float64", "float32", "number"] {
            assert_eq!(scalar("float", name), Scalar::Float, "{name}");
        }
        assert_eq!(scalar("bool", "bool"), Scalar::Bool);
        assert_eq!(scalar("bool", "boolean"), Scalar::Bool);
        let formats = [
            ("string", TextFormat::Plain),
            ("datetime", TextFormat::DateTime),
            ("datetime_iso", TextFormat::DateTimeIso),
            ("date", TextFormat::Date),
            ("time", TextFormat::Time),
            ("timestamp", TextFormat::Timestamp),
            ("binary", TextFormat::Binary),
        ];
        for (name, format) in formats {
            assert_eq!(scalar("string", name), Scalar::Text(format), "{name}");
        }
        assert_eq!(scalar("binary", "binary"), Scalar::Text(TextFormat::Binary));
    }

    #[test]
    fn odd_combinations_follow_the_values() {
        assert_eq!(element("string", "int64"), Element::Scalar(Scalar::Int));
        assert_eq!(element("int", "mystery"), Element::Scalar(Scalar::Int));
        assert_eq!(element("float", "mystery"), Element::Scalar(Scalar::Float));
        assert_eq!(element("map", "mystery"), Element::Scalar(Scalar::Any));
        assert_eq!(element("object", "Missing"), Element::Scalar(Scalar::Any));
        assert_eq!(element("object", "int64"), Element::Scalar(Scalar::Int));
    }

    #[test]
    fn struct_names_come_first() {
        let objects: BTreeMap<String, ()> = [("string".to_owned(), ())].into_iter().collect();
        assert_eq!(
            MemberType::of("string", "string", &objects).element,
            Element::Struct("string")
        );
    }

    #[test]
    fn structs_and_lists() {
        assert_eq!(
            of("list", "Instance"),
            MemberType {
                element: Element::Struct("Instance"),
                list: true
            }
        );
        assert_eq!(
            of("object", "Instance"),
            MemberType {
                element: Element::Struct("Instance"),
                list: false
            }
        );
        assert_eq!(
            of("list", "uint64"),
            MemberType {
                element: Element::Scalar(Scalar::Uint),
                list: true
            }
        );
        assert_eq!(
            of("list", "Missing"),
            MemberType {
                element: Element::Scalar(Scalar::Any),
                list: true
            }
        );
    }
}
