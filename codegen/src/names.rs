//! Rust names for the spec's wire names: snake_case fields and UpperCamelCase types that
//! are valid, idiomatic (no lint fires on them) and unique within their scope.

use crate::rules::{camel_word, words};
use std::collections::BTreeSet;

/// The snake_case field name for a wire name, before keywords are dealt with:
/// `CPU` is `cpu`, `IPv6Addresses` is `ipv6_addresses`, `InstanceID` is `instance_id`.
pub fn snake_case(wire: &str) -> String {
    let name = words(wire)
        .iter()
        .map(|word| word.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_");
    if name.is_empty() {
        "field".to_owned()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("field_{name}")
    } else {
        name
    }
}

/// A valid identifier for a snake_case name: a raw identifier for a keyword, and a
/// trailing `_` for the keywords that cannot be raw.
pub fn field_ident(snake: &str) -> String {
    match snake {
        "self" | "super" | "crate" | "_" => format!("{snake}_"),
        _ if is_keyword(snake) => format!("r#{snake}"),
        _ => snake.to_owned(),
    }
}

/// A valid UpperCamelCase type name for a spec's object name: the name itself when it
/// already is one (`MQTTInstanceItem` stays), otherwise rebuilt from its words
/// (`instance_info` is `InstanceInfo`, an all-capitals `CPU` is `Cpu`, which the acronym
/// lint asks for, and `3DInfo` is `Object3dInfo`).
pub fn type_name(spec: &str) -> String {
    if is_upper_camel_case(spec) {
        return spec.to_owned();
    }
    let mut name: String = words(spec).iter().map(|word| camel_word(word)).collect();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "Object");
    }
    name
}

/// Names of Rust's 2024 prelude in the type namespace, and the variants it brings into
/// scope: a struct of that name would shadow them for the module's own code and for any
/// glob import of it.
const PRELUDE: &[&str] = &[
    "AsMut",
    "AsRef",
    "AsyncFn",
    "AsyncFnMut",
    "AsyncFnOnce",
    "Box",
    "Clone",
    "Copy",
    "Default",
    "DoubleEndedIterator",
    "Drop",
    "Eq",
    "ExactSizeIterator",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "FromIterator",
    "Future",
    "Into",
    "IntoFuture",
    "IntoIterator",
    "Iterator",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
    "Some",
    "None",
    "Ok",
    "Err",
];

/// What a version module defines besides the spec's types: its `Client`.
const OWN_ITEMS: &[&str] = &["Client"];

/// The runtime's types that code using a module imports beside it (a crate's root
/// re-exports `Error` and `Response`): one of them in the module would make
/// `use tencent_action::*` and a glob import of the module ambiguous.
const RUNTIME_ITEMS: &[&str] = &["Action", "Error", "Request", "Response"];

/// The type names no generated type may take: the prelude's, the keywords spelled as type
/// names (`Self`, `Type`, `Match`: a keyword with its first letter capitalized), the
/// module's own items and the runtime's. A spec structure named so gets a `Data` suffix,
/// an action an `Action` suffix, in both modes.
pub fn reserved_types() -> impl Iterator<Item = String> {
    let keywords = KEYWORDS.iter().map(|word| camel_word(word));
    PRELUDE
        .iter()
        .chain(OWN_ITEMS)
        .chain(RUNTIME_ITEMS)
        .map(|name| (*name).to_owned())
        .chain(keywords)
}

/// Already a name no lint complains about: ASCII letters and digits, a capital first, and
/// not all capitals (two letters or more).
fn is_upper_camel_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && (name.chars().any(|c| c.is_ascii_lowercase())
            || name.chars().filter(char::is_ascii_alphabetic).count() < 2)
}

/// Rust's keywords in edition 2024, strict and reserved; the weak ones (`union`, `raw`,
/// `safe`, `macro_rules`) are plain identifiers where a field name goes.
fn is_keyword(word: &str) -> bool {
    word == "Self" || KEYWORDS.contains(&word)
}

/// Rust's keywords in edition 2024, strict and reserved, but for `Self`.
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Names that are taken in one scope, and the way to get a fresh one.
#[derive(Debug, Default)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    pub fn new(reserved: impl IntoIterator<Item = String>) -> Self {
        Scope {
            taken: reserved.into_iter().collect(),
        }
    }

    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// Takes `name`; whether it was free.
    pub fn take(&mut self, name: &str) -> bool {
        self.taken.insert(name.to_owned())
    }

    /// Takes the first free one of `base`, `base{sep}2`, `base{sep}3`, ...
    pub fn take_numbered(&mut self, base: &str, separator: &str) -> String {
        if self.take(base) {
            return base.to_owned();
        }
        (2..)
            .map(|n| format!("{base}{separator}{n}"))
            .find(|name| self.take(name))
            .expect("an unbounded sequence has a free name")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_snake_case_with_acronyms_kept_whole() {
        assert_eq!(snake_case("CPU"), "cpu");
        assert_eq!(snake_case("IPv6Addresses"), "ipv6_addresses");
        assert_eq!(snake_case("InstanceID"), "instance_id");
        assert_eq!(snake_case("InstanceIDs"), "instance_ids");
        assert_eq!(snake_case("CNAMESpeedup"), "cname_speedup");
        assert_eq!(snake_case("DNSStatus"), "dns_status");
        assert_eq!(snake_case("TotalCount"), "total_count");
        assert_eq!(snake_case("Ipv6Address"), "ipv6_address");
        assert_eq!(snake_case("GPUInfo"), "gpu_info");
        assert_eq!(snake_case("MD5"), "md5");
        assert_eq!(snake_case("Top5Items"), "top5_items");
        assert_eq!(snake_case("already_snake"), "already_snake");
        assert_eq!(snake_case("lowerCamel"), "lower_camel");
        assert_eq!(snake_case("Dash-Name.Dot"), "dash_name_dot");
        assert_eq!(snake_case("3DCount"), "field_3d_count");
        assert_eq!(snake_case("名称"), "field");
        assert_eq!(snake_case(""), "field");
    }

    #[test]
    fn keywords_become_raw_or_suffixed() {
        assert_eq!(field_ident(&snake_case("Type")), "r#type");
        assert_eq!(field_ident(&snake_case("Async")), "r#async");
        assert_eq!(field_ident(&snake_case("Gen")), "r#gen");
        assert_eq!(field_ident(&snake_case("Self")), "self_");
        assert_eq!(field_ident(&snake_case("Crate")), "crate_");
        assert_eq!(field_ident(&snake_case("Super")), "super_");
        assert_eq!(field_ident(&snake_case("Union")), "union");
        assert_eq!(field_ident(&snake_case("Name")), "name");
    }

    #[test]
    fn type_names_keep_the_spec_spelling_when_valid() {
        assert_eq!(type_name("Instance"), "Instance");
        assert_eq!(type_name("MQTTInstanceItem"), "MQTTInstanceItem");
        assert_eq!(type_name("A"), "A");
        assert_eq!(type_name("CPU"), "Cpu");
        assert_eq!(type_name("instance_info"), "InstanceInfo");
        assert_eq!(type_name("Instance_Info"), "InstanceInfo");
        assert_eq!(type_name("3DInfo"), "Object3dInfo");
        assert_eq!(type_name("Self"), "Self");
        assert_eq!(type_name("self"), "Self");
        assert_eq!(type_name("$"), "Object");
    }

    #[test]
    fn scopes_number_what_is_taken() {
        let mut scope = Scope::new(["Option".to_owned()]);
        assert!(scope.is_taken("Option"));
        assert_eq!(scope.take_numbered("Name", "_"), "Name");
        assert_eq!(scope.take_numbered("Name", "_"), "Name_2");
        assert_eq!(scope.take_numbered("Name", "_"), "Name_3");
    }
}
