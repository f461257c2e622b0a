//! An action's own error codes, from `errors.json`, as the `errors(...)` of its attribute.
//!
//! The common codes are left out: every code type reaches them as `Common(..)`. So is a
//! code the attribute refuses (not dotted segments of letters, digits, `_` and `-`): it
//! still decodes, as `Other(..)`, where a compile error would lose the whole service.

use crate::CodegenError;
use crate::spec::{Errors, Metadata};
use crate::{docs, rules};
use std::collections::{BTreeMap, BTreeSet};
use tencent_action::CommonCode;

/// An `errors.json` belongs to one service version; pairing it with another's spec is a
/// mistake to report, not to generate.
pub fn check_matches(errors: &Errors, metadata: &Metadata) -> Result<(), CodegenError> {
    let checks = [
        ("service", &errors.service, &metadata.service),
        ("version", &errors.version, &metadata.version),
    ];
    for (key, theirs, ours) in checks {
        if let Some(theirs) = theirs {
            if theirs != ours {
                return Err(CodegenError::invalid(
                    "errors.json",
                    key,
                    format!("is `{theirs}`, but the spec is of {key} `{ours}`"),
                ));
            }
        }
    }
    Ok(())
}

/// The codes of `action` that are its own, sorted, with their descriptions as one line of
/// rustdoc.
pub fn own_codes(errors: &Errors, action: &str) -> Vec<(String, Option<String>)> {
    let Some(listed) = errors.per_action.get(action) else {
        return Vec::new();
    };
    let descriptions: BTreeMap<&str, &str> = errors
        .codes
        .iter()
        .filter_map(|entry| Some((entry.code.as_str(), entry.description.as_deref()?)))
        .collect();
    let codes: BTreeSet<&str> = listed
        .iter()
        .map(String::as_str)
        .filter(|code| rules::is_code(code) && CommonCode::from_exact(code).is_none())
        .collect();
    codes
        .into_iter()
        .map(|code| {
            let description = descriptions
                .get(code)
                .map(|text| docs::one_line(text))
                .filter(|text| !text.is_empty());
            (code.to_owned(), description)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spec's model is built by reading it, as from a file (its structs may grow).
    fn errors(codes: &[(&str, &str)], listed: &[&str]) -> Errors {
        let codes: Vec<_> = codes
            .iter()
            .map(
                |(code, description)| serde_json::json!({"code": code, "description": description}),
            )
            .collect();
        serde_json::from_value(serde_json::json!({
            "service": "cvm",
            "version": "2017-03-12",
            "codes": codes,
            "per_action": {"DescribeInstances": listed},
        }))
        .unwrap()
    }

    #[test]
    fn common_codes_are_left_to_the_common_table() {
        let errors = errors(
            &[
                ("InvalidFilter", "无效的过滤器。"),
                ("InternalError", "内部错误。"),
            ],
            &["InternalError", "InvalidFilter", "InvalidFilter"],
        );
        assert_eq!(
            own_codes(&errors, "DescribeInstances"),
            [(
                "InvalidFilter".to_owned(),
                Some("无效的过滤器。".to_owned())
            )]
        );
        assert!(own_codes(&errors, "RunInstances").is_empty());
    }

    #[test]
    fn descriptions_become_safe_rustdoc() {
        let errors = errors(
            &[(
                "InvalidFilter.Limit",
                "[`Filter`](/document/api/213/15753#Filter)超出限制。",
            )],
            &["InvalidFilter.Limit", "Undescribed.Code"],
        );
        assert_eq!(
            own_codes(&errors, "DescribeInstances"),
            [
                (
                    "InvalidFilter.Limit".to_owned(),
                    Some(
                        "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)超出限制。"
                            .to_owned()
                    )
                ),
                ("Undescribed.Code".to_owned(), None),
            ]
        );
    }

    #[test]
    fn codes_the_attribute_refuses_are_dropped() {
        let errors = errors(
            &[],
            &[
                "A.b_c", "A.B_C", "A..B", "Bad Code", "X.Self", "Self", "_", "A.B",
            ],
        );
        let codes: Vec<String> = own_codes(&errors, "DescribeInstances")
            .into_iter()
            .map(|(code, _)| code)
            .collect();
        // The attribute names every well-formed code apart (`A.B_C` and `A.b_c`, `Self`).
        assert_eq!(codes, ["A.B", "A.B_C", "A.b_c", "Self", "X.Self", "_"]);
    }

    /// The attribute names a code's variant by the rule `CommonCode` was written by, so
    /// that one code has one Rust name everywhere.
    #[test]
    fn the_shared_rule_names_every_common_code_as_common_code_does() {
        assert!(CommonCode::ALL.len() > 30);
        for code in CommonCode::ALL {
            assert_eq!(
                rules::variant(code.as_str()),
                format!("{code:?}"),
                "the variant of `{}`",
                code.as_str()
            );
        }
    }

    #[test]
    fn an_errors_file_of_another_service_is_refused() {
        let errors = errors(&[], &[]);
        let metadata: Metadata = serde_json::from_value(
            serde_json::json!({"serviceShortName": "cbs", "apiVersion": "2017-03-12"}),
        )
        .unwrap();
        let error = check_matches(&errors, &metadata).unwrap_err();
        assert_eq!(
            error.to_string(),
            "errors.json at service: is `cvm`, but the spec is of service `cbs`"
        );
    }
}
