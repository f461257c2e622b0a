use super::{Category, CommonCode, belongs_to};
use std::fmt;

/// An error code that the type viewing it has no variant for, kept exactly as sent.
///
/// Its family and category still come from its dotted prefix:
///
/// ```
/// use tencent_action::{Category, Code, CommonCode, ErrorCode};
///
/// let Code::Other(code) = Code::from_code("ResourceInsufficient.CloudDiskSoldOut") else {
///     unreachable!()
/// };
/// assert_eq!(code.as_str(), "ResourceInsufficient.CloudDiskSoldOut");
/// assert_eq!(code.family(), Some(CommonCode::ResourceInsufficient));
/// assert_eq!(code.category(), Category::Resource);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownCode(Box<str>);

impl UnknownCode {
    pub(crate) fn new(code: &str) -> Self {
        UnknownCode(code.into())
    }

    /// The code as the server sent it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The most specific common code this code belongs to, on dot boundaries.
    pub fn family(&self) -> Option<CommonCode> {
        CommonCode::family_of(&self.0)
    }

    /// What the code means for the caller, from its nearest classified ancestor.
    pub fn category(&self) -> Category {
        Category::of(&self.0)
    }

    /// Whether this code is `family` or one of its dotted sub-codes.
    pub fn belongs_to(&self, family: CommonCode) -> bool {
        belongs_to(&self.0, family.as_str())
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
