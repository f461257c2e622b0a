use super::ErrorCode;
use std::fmt;

/// An error code that the type viewing it has no variant for, kept exactly as sent.
///
/// It answers the questions of every code, [`ErrorCode`]: its family and category still
/// come from its dotted prefix.
///
/// ```
/// use tencent_action::{Category, Code, CommonCode, ErrorCode, FromCode};
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
}

impl ErrorCode for UnknownCode {
    fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
