//! Codes are dotted paths: `InvalidParameterValue.InstanceIdMalformed` is a case of
//! `InvalidParameterValue`, but `InvalidParameterValueLimit` is a code of its own.
//! Every prefix test in this crate goes through here, so none of them can forget the dot.

/// Whether `code` is `family` itself or one of its dotted sub-codes.
///
/// ```
/// use tencent_action::code::belongs_to;
///
/// assert!(belongs_to("InvalidParameterValue.InstanceIdMalformed", "InvalidParameterValue"));
/// assert!(belongs_to("InvalidParameterValue", "InvalidParameterValue"));
/// assert!(!belongs_to("InvalidParameterValueLimit", "InvalidParameterValue"));
/// assert!(!belongs_to("InvalidParameter", "InvalidParameterValue"));
/// ```
pub fn belongs_to(code: &str, family: &str) -> bool {
    match code.strip_prefix(family) {
        Some(rest) => rest.is_empty() || rest.starts_with('.'),
        None => false,
    }
}

/// The code itself, then each dotted prefix of it, longest first:
/// `A.B.C`, `A.B`, `A`.
pub(crate) fn self_and_ancestors(code: &str) -> impl Iterator<Item = &str> {
    let mut next = Some(code);
    std::iter::from_fn(move || {
        let current = next?;
        next = current.rfind('.').map(|dot| &current[..dot]);
        Some(current)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ancestors_stop_at_dots() {
        let all: Vec<_> = self_and_ancestors("A.Bc.D").collect();
        assert_eq!(all, ["A.Bc.D", "A.Bc", "A"]);
        assert_eq!(self_and_ancestors("Plain").collect::<Vec<_>>(), ["Plain"]);
        assert_eq!(self_and_ancestors("").collect::<Vec<_>>(), [""]);
        assert_eq!(self_and_ancestors("A.").collect::<Vec<_>>(), ["A.", "A"]);
    }

    #[test]
    fn belongs_to_needs_a_dot_boundary() {
        assert!(belongs_to("LimitExceeded.TopicNum", "LimitExceeded"));
        assert!(!belongs_to("RequestLimitExceeded", "LimitExceeded"));
        assert!(!belongs_to("LimitExceededX", "LimitExceeded"));
        assert!(!belongs_to("Limit", "LimitExceeded"));
    }
}
