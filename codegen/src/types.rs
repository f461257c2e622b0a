//! What a member of the spec holds, as a Rust type.
//!
//! Which type a member has is the spec crate's rule ([`spec::MemberType`]), shared with
//! the mock server; this module only says which Rust type each of its types is.

use crate::spec::{self, Member, Spec};

/// A scalar as a Rust type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scalar {
    /// `i64`: serde_json reads every digit, so nothing beyond 2^53 is lost.
    I64,
    /// `u64`, never a float.
    U64,
    F64,
    Bool,
    /// Every text format, whose layout the server does not always keep.
    String,
    /// `serde_json::Value`: it always decodes, and serializes back as it came.
    Json,
}

impl Scalar {
    /// Whether `tencent_action::tolerant` reads this type (it reads all but raw JSON).
    pub fn is_tolerant(self) -> bool {
        self != Scalar::Json
    }
}

impl From<spec::Scalar> for Scalar {
    fn from(scalar: spec::Scalar) -> Scalar {
        match scalar {
            spec::Scalar::Int => Scalar::I64,
            spec::Scalar::Uint => Scalar::U64,
            spec::Scalar::Float => Scalar::F64,
            spec::Scalar::Bool => Scalar::Bool,
            spec::Scalar::Text(_) => Scalar::String,
            spec::Scalar::Any => Scalar::Json,
        }
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

/// The shape of `member`, a member of a struct of `spec`.
pub fn shape(member: &Member, spec: &Spec) -> Shape {
    let spec::MemberType { element, list } = member.value_type(spec);
    let element = match element {
        spec::Element::Struct(name) => Element::Struct(name.to_owned()),
        spec::Element::Scalar(scalar) => Element::Scalar(scalar.into()),
    };
    Shape { element, list }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_format_is_a_string() {
        let formats = [
            spec::TextFormat::Plain,
            spec::TextFormat::DateTime,
            spec::TextFormat::DateTimeIso,
            spec::TextFormat::Date,
            spec::TextFormat::Time,
            spec::TextFormat::Timestamp,
            spec::TextFormat::Binary,
        ];
        for format in formats {
            assert_eq!(Scalar::from(spec::Scalar::Text(format)), Scalar::String);
        }
    }

    #[test]
    fn shapes_follow_the_shared_rule() {
        let spec: Spec = spec::parse(
            "api.json",
            r#"{"metadata": {"serviceShortName": "x", "apiVersion": "2020-01-01"},
                "actions": {}, "objects": {"Instance": {"members": [
                    {"name": "A", "type": "list", "member": "Instance"},
                    {"name": "B", "type": "int", "member": "uint32"},
                    {"name": "C", "type": "string", "member": "int64"},
                    {"name": "D", "type": "object", "member": "Missing"},
                    {"name": "E", "type": "float", "member": "number"}
                ]}}}"#,
        )
        .unwrap();
        let shapes: Vec<Shape> = spec.objects["Instance"]
            .members
            .iter()
            .map(|member| shape(member, &spec))
            .collect();
        let one = |element| Shape {
            element,
            list: false,
        };
        assert_eq!(
            shapes,
            [
                Shape {
                    element: Element::Struct("Instance".to_owned()),
                    list: true
                },
                one(Element::Scalar(Scalar::U64)),
                one(Element::Scalar(Scalar::I64)),
                one(Element::Scalar(Scalar::Json)),
                one(Element::Scalar(Scalar::F64)),
            ]
        );
    }
}
