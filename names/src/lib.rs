//! The rules the `#[tencent_action]` attribute and the code generator both apply to
//! Tencent's names: what a service, version, action and error code may be spelled like,
//! and the Rust names made from them. Both crates depend on this one, so that what the
//! generator emits is what the attribute accepts and names the same way, and the two
//! cannot drift.
//!
//! Nothing here knows about `syn` or spans: plain strings in, plain answers out; but for
//! the `lean` feature's `lean` module, the `Deserialize` template both emit.
//!
//! ```
//! use tencent_action_names::{is_action, pascal_case, variant};
//!
//! assert!(is_action("DescribeInstances"));
//! assert_eq!(variant("AuthFailure.MFAFailure"), "AuthFailureMfaFailure");
//! assert_eq!(pascal_case("total_count"), "TotalCount");
//! ```
#![forbid(unsafe_code)]

#[cfg(feature = "lean")]
pub mod lean;

/// A service's short name, like `cvm`: ASCII letters, digits, `-` and `_`.
pub fn is_service(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// An API version, a date like `2017-03-12`.
pub fn is_version(version: &str) -> bool {
    let bytes = version.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, &b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// An action's name, like `DescribeInstances`: ASCII letters and digits, a capital first.
pub fn is_action(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

/// An error code, like `InvalidParameterValue.Malformed`: dotted segments, none empty,
/// each of ASCII letters, digits, `_` and `-`.
pub fn is_code(code: &str) -> bool {
    !code.is_empty()
        && code.split('.').all(|segment| {
            !segment.is_empty()
                && segment
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        })
}

/// Words of a wire name, split where its case changes: `IPv6Addresses` is `IPv6`,
/// `Addresses`; `InstanceIDs` is `Instance`, `IDs`; `CNAMESpeedup` is `CNAME`, `Speedup`.
///
/// An acronym keeps a one-letter lowercase tail (`IDs`, `IPv6`): splitting it off would
/// give `i_ds` and `i_pv6`. Anything but ASCII letters and digits separates words.
pub fn words(wire: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut previous: Option<char> = None;
    let mut chars = wire.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_ascii_alphanumeric() {
            flush(&mut words, &mut word);
            previous = Some(c);
            continue;
        }
        if let Some(previous) = previous.filter(|_| c.is_ascii_uppercase() && !word.is_empty()) {
            let starts_word = if previous.is_ascii_lowercase() {
                true
            } else if previous.is_ascii_digit() {
                // `Ipv6Addresses` splits after the digit, `3DCount` keeps `3D` whole.
                word.chars().any(|c| c.is_ascii_alphabetic())
            } else {
                // The last capital of a run starts the next word when a real word follows:
                // `CNAMESpeedup`, not `IDs`.
                let mut after = chars.clone();
                after.next().is_some_and(|c| c.is_ascii_lowercase())
                    && after.next().is_some_and(|c| c.is_ascii_lowercase())
            };
            if starts_word {
                flush(&mut words, &mut word);
            }
        }
        word.push(c);
        previous = Some(c);
    }
    flush(&mut words, &mut word);
    words
}

fn flush(words: &mut Vec<String>, word: &mut String) {
    if !word.is_empty() {
        words.push(std::mem::take(word));
    }
}

/// A word as part of an UpperCamelCase name: its first letter a capital, and an acronym
/// named like a word (`MFA` is `Mfa`, `CPU` is `Cpu`), as clippy's acronym lint and
/// `CommonCode` want. A word with a lowercase letter keeps its spelling (`IPv6`).
pub fn camel_word(word: &str) -> String {
    let acronym = word.len() > 1 && !word.chars().any(|c| c.is_ascii_lowercase());
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let mut out = String::with_capacity(word.len());
    out.push(first.to_ascii_uppercase());
    if acronym {
        out.extend(chars.map(|c| c.to_ascii_lowercase()));
    } else {
        out.extend(chars);
    }
    out
}

/// The wire name serde's `rename_all = "PascalCase"` gives a field: each `_`-separated
/// part capitalized, `r#` dropped.
pub fn pascal_case(field: &str) -> String {
    let field = field.strip_prefix("r#").unwrap_or(field);
    let mut out = String::with_capacity(field.len());
    let mut capitalize = true;
    for ch in field.chars() {
        if ch == '_' {
            capitalize = true;
        } else if capitalize {
            out.extend(ch.to_uppercase());
            capitalize = false;
        } else {
            out.push(ch);
        }
    }
    out
}

/// The variant for an error code: the words of its dotted segments, each as
/// [`camel_word`] makes it, run together. `InvalidParameterValue.InstanceIdMalformed` is
/// `InvalidParameterValueInstanceIdMalformed`, `AuthFailure.MFAFailure` is
/// `AuthFailureMfaFailure` (the name `CommonCode` gives it), `FailedOperation.DB` is
/// `FailedOperationDb`.
pub fn variant(code: &str) -> String {
    identifier(code.split('.').map(segment).collect())
}

/// The variant for a code whose run-together name collides with another code's:
/// the segments stay apart, `InvalidParameterValue_TooLarge`.
pub fn separated_variant(code: &str) -> String {
    identifier(code.split('.').map(segment).collect::<Vec<_>>().join("_"))
}

fn identifier(name: String) -> String {
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        format!("Code{name}")
    } else {
        name
    }
}

fn segment(segment: &str) -> String {
    words(segment).iter().map(|word| camel_word(word)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax() {
        assert!(is_code("A.B_c.D1"));
        assert!(is_code("FailedOperation.Not-Allowed"));
        assert!(!is_code("A..B"));
        assert!(!is_code("A B"));
        assert!(!is_code(""));
        assert!(!is_code("错误.码"));
        assert!(is_service("cvm") && is_service("tdmq-pulsar") && is_service("a_b"));
        assert!(!is_service("") && !is_service("c vm") && !is_service("云"));
        assert!(is_version("2017-03-12"));
        assert!(
            !is_version("2017-3-12") && !is_version("2017-03-1x") && !is_version("２０１７-03-12")
        );
        assert!(is_action("DescribeInstances") && is_action("A1"));
        assert!(!is_action("describe") && !is_action("Describe-X") && !is_action(""));
    }

    #[test]
    fn words_split_where_the_case_changes() {
        assert_eq!(words("IPv6Addresses"), ["IPv6", "Addresses"]);
        assert_eq!(words("InstanceIDs"), ["Instance", "IDs"]);
        assert_eq!(words("CNAMESpeedup"), ["CNAME", "Speedup"]);
        assert_eq!(words("3DCount"), ["3D", "Count"]);
        assert_eq!(words("Dash-Name.Dot"), ["Dash", "Name", "Dot"]);
        assert_eq!(words("名称"), Vec::<String>::new());
        assert_eq!(words("a名B"), ["a", "B"]);
    }

    #[test]
    fn field_names_follow_serde() {
        assert_eq!(pascal_case("total_count"), "TotalCount");
        assert_eq!(pascal_case("r#type"), "Type");
        assert_eq!(pascal_case("cpu"), "Cpu");
        assert_eq!(pascal_case("request_id"), "RequestId");
        assert_eq!(pascal_case("ipv6_addresses"), "Ipv6Addresses");
        assert_eq!(pascal_case("self_"), "Self");
    }

    #[test]
    fn variants() {
        assert_eq!(
            variant("InvalidParameterValue.InstanceIdMalformed"),
            "InvalidParameterValueInstanceIdMalformed"
        );
        assert_eq!(variant("AuthFailure.MFAFailure"), "AuthFailureMfaFailure");
        assert_eq!(
            variant("RequestLimitExceeded.IPLimitExceeded"),
            "RequestLimitExceededIpLimitExceeded"
        );
        assert_eq!(variant("FailedOperation.DB"), "FailedOperationDb");
        assert_eq!(variant("InvalidParameter.IPv6"), "InvalidParameterIPv6");
        assert_eq!(
            variant("ResourceNotFound.no_such_thing"),
            "ResourceNotFoundNoSuchThing"
        );
        assert_eq!(variant("A.Not-Allowed"), "ANotAllowed");
        assert_eq!(variant("3Des.Bad"), "Code3DesBad");
        assert_eq!(variant("_"), "Code");
        assert_eq!(variant("-.-"), "Code");
        assert_eq!(separated_variant("_._"), "Code_");
        assert_eq!(
            separated_variant("InvalidParameter.ValueTooLarge"),
            "InvalidParameter_ValueTooLarge"
        );
    }
}
