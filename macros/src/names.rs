//! Names: the wire names of fields, and the variant names of error codes.

/// The wire name serde's `rename_all = "PascalCase"` gives a field.
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

/// The variant for an error code: its dotted segments in UpperCamelCase, run together.
/// `InvalidParameterValue.InstanceIdMalformed` is `InvalidParameterValueInstanceIdMalformed`,
/// `AuthFailure.MFAFailure` is `AuthFailureMFAFailure`, `FailedOperation.DB` is
/// `FailedOperationDb` (an all-capitals segment would trip clippy's acronym lint).
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
    let mut out = String::with_capacity(segment.len());
    for word in segment.split(['_', '-']).filter(|word| !word.is_empty()) {
        let all_capitals = word.len() > 1
            && word.chars().all(|c| !c.is_ascii_lowercase())
            && word.chars().any(|c| c.is_ascii_uppercase());
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            if all_capitals {
                out.extend(chars.map(|c| c.to_ascii_lowercase()));
            } else {
                out.extend(chars);
            }
        }
    }
    out
}

/// Whether `code` is a well-formed error code: dotted segments of ASCII letters, digits
/// and underscores.
pub fn is_valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.split('.').all(|segment| {
            !segment.is_empty()
                && segment
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_follow_serde() {
        assert_eq!(pascal_case("total_count"), "TotalCount");
        assert_eq!(pascal_case("r#type"), "Type");
        assert_eq!(pascal_case("cpu"), "Cpu");
        assert_eq!(pascal_case("request_id"), "RequestId");
    }

    #[test]
    fn variants() {
        assert_eq!(
            variant("InvalidParameterValue.InstanceIdMalformed"),
            "InvalidParameterValueInstanceIdMalformed"
        );
        assert_eq!(variant("AuthFailure.MFAFailure"), "AuthFailureMFAFailure");
        assert_eq!(variant("FailedOperation.DB"), "FailedOperationDb");
        assert_eq!(
            variant("ResourceNotFound.no_such_thing"),
            "ResourceNotFoundNoSuchThing"
        );
        assert_eq!(variant("3Des.Bad"), "Code3DesBad");
        assert_eq!(variant("_"), "Code");
        assert_eq!(variant("-.-"), "Code");
        assert_eq!(separated_variant("_._"), "Code_");
        assert_eq!(
            separated_variant("InvalidParameter.ValueTooLarge"),
            "InvalidParameter_ValueTooLarge"
        );
        assert!(is_valid_code("A.B_c.D1"));
        assert!(!is_valid_code("A..B"));
        assert!(!is_valid_code("A B"));
        assert!(!is_valid_code(""));
    }
}
