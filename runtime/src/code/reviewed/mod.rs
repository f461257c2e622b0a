//! The published codes whose category was decided one by one, and why.
//!
//! Most codes take their family's category (`LimitExceeded.TopicNum` is a quota because
//! `LimitExceeded` is). The table in `table.rs` holds the codes of Tencent's published list
//! (`data/tencent-api/all-error-codes.json`) that `runtime/scripts/propose-reviewed-codes.py`
//! flags as possible rate limits or day's quotas from their segments and Tencent's
//! descriptions, each with the category a review gave it and a short reason; the category
//! may be the family's own (`LimitExceeded.FreqCnt` is described as a quota, and stays one).
//!
//! To refresh it when Tencent publishes new codes: copy the new list into `data/`, run
//! `python3 runtime/scripts/propose-reviewed-codes.py`, decide each code it prints, add the
//! lines in sorted order, and run the `code_table` test, which names the counts of
//! `runtime/README.md` to update.

mod table;

use super::Category;

/// One reviewed code of Tencent's published list: its category and why.
///
/// ```
/// use tencent_action::Category;
/// use tencent_action::code::REVIEWED;
///
/// let entry = REVIEWED.iter().find(|entry| entry.code == "LimitExceeded.RateLimitExceeded").unwrap();
/// assert_eq!(entry.category, Category::Throttling);
/// assert_eq!(Category::of(entry.code), Category::Throttling);
/// assert_eq!(Category::family_default(entry.code), Category::Quota);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Reviewed {
    /// The code, as Tencent publishes it.
    pub code: &'static str,
    /// The category [`Category::of`] gives it and its dotted sub-codes.
    pub category: Category,
    /// Why, in a few words, from the code's name and Tencent's descriptions.
    pub reason: &'static str,
}

macro_rules! reviewed {
    ($($code:literal, $category:ident, $reason:literal;)*) => {
        /// Every reviewed code, sorted by code: the published codes whose segments or
        /// descriptions speak of a rate or of a day's or an hour's volume.
        pub static REVIEWED: &[Reviewed] = &[
            $(Reviewed { code: $code, category: Category::$category, reason: $reason },)*
        ];
    };
}
use reviewed;

pub use table::REVIEWED;

/// The reviewed category of exactly `code`.
pub(super) fn lookup(code: &str) -> Option<Category> {
    REVIEWED
        .binary_search_by(|entry| entry.code.cmp(code))
        .ok()
        .map(|index| REVIEWED[index].category)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CommonCode;

    #[test]
    fn sorted_unique_and_found() {
        for pair in REVIEWED.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
        for entry in REVIEWED {
            assert_eq!(lookup(entry.code), Some(entry.category), "{}", entry.code);
            assert!(!entry.reason.is_empty(), "{} has a reason", entry.code);
            assert_eq!(
                CommonCode::from_exact(entry.code),
                None,
                "{} is common",
                entry.code
            );
        }
        assert_eq!(lookup("LimitExceeded"), None);
        assert_eq!(lookup(""), None);
    }
}
