//! Error codes: the common table, the dotted families, the reviewed codes of Tencent's
//! published list, and the two traits that every code type implements.
//!
//! A code is always kept as the server sent it ([`ApiError::code`](crate::ApiError::code));
//! the types here are views of that string. Parsing one never fails: a code the table does
//! not know becomes [`Code::Other`], still classified by [`Category::of`].

mod category;
mod common;
mod dotted;
mod reviewed;
mod shape;
mod unknown;

pub use category::Category;
pub use common::CommonCode;
pub use dotted::belongs_to;
pub use reviewed::{REVIEWED, Reviewed};
pub use unknown::UnknownCode;

use dotted::self_and_ancestors;
use std::fmt;
use std::hash::Hash;
use std::str::FromStr;

/// The questions every error code type answers: [`CommonCode`], [`UnknownCode`], [`Code`]
/// and the per-action code types that `#[tencent_action(errors(...))]` generates.
///
/// An implementation gives the code's text and, if it knows one, its description; the
/// category, retry and family answers are the provided methods, one rule for every type
/// (implementations do not override them), so that every view of a code answers alike.
/// [`ApiError`](crate::ApiError) and [`Error`](crate::Error) answer through the same rule.
///
/// ```
/// use tencent_action::{Category, Code, CommonCode, ErrorCode, FromCode};
///
/// let code = Code::from_code("InvalidParameterValue.InstanceIdMalformed");
/// assert_eq!(code.as_str(), "InvalidParameterValue.InstanceIdMalformed");
/// assert_eq!(code.family(), Some(CommonCode::InvalidParameterValue));
/// assert!(code.belongs_to(CommonCode::InvalidParameterValue));
/// assert_eq!(code.category(), Category::Client);
/// assert!(!code.is_retryable());
/// assert_eq!(CommonCode::InternalError.category(), Category::Transient);
/// ```
pub trait ErrorCode {
    /// The code as the server sent it.
    fn as_str(&self) -> &str;

    /// What the code means, where the common table or the action's declaration says.
    fn description(&self) -> Option<&'static str> {
        None
    }

    /// What the code means for the caller: [`Category::of`] the code.
    fn category(&self) -> Category {
        Category::of(self.as_str())
    }

    /// Whether sending the same request again may succeed: throttling and transient
    /// server errors ([`Category::is_retryable`]).
    fn is_retryable(&self) -> bool {
        self.category().is_retryable()
    }

    /// The most specific common code that this code is or belongs to:
    /// `InvalidParameterValue` for `InvalidParameterValue.InstanceIdMalformed`,
    /// `None` for `InvalidParameterValueLimit`.
    fn family(&self) -> Option<CommonCode> {
        CommonCode::family_of(self.as_str())
    }

    /// Whether this code is `family` or one of its dotted sub-codes.
    fn belongs_to(&self, family: CommonCode) -> bool {
        belongs_to(self.as_str(), family.as_str())
    }
}

/// A code type that can view any code string: [`Code`], or the per-action code type that
/// `#[tencent_action(errors(...))]` generates. [`ApiError::code_as`](crate::ApiError::code_as)
/// and [`Action::ErrorCode`](crate::Action::ErrorCode) use it.
///
/// ```
/// use tencent_action::{Code, CommonCode, FromCode};
///
/// assert_eq!(Code::from_code("InternalError"), Code::Common(CommonCode::InternalError));
/// ```
pub trait FromCode:
    ErrorCode + Sized + Clone + fmt::Debug + fmt::Display + Eq + Hash + Send + Sync + 'static
{
    /// The typed code for a code string. Never fails: a code the type does not know is
    /// kept as it came.
    fn from_code(code: &str) -> Self;
}

/// Any error code: a common one, or one that the common table does not know.
///
/// ```
/// use tencent_action::{Code, CommonCode, ErrorCode, FromCode};
///
/// assert_eq!(Code::from_code("InternalError"), Code::Common(CommonCode::InternalError));
/// let other = Code::from_code("ResourceNotFound.InstanceNotExist");
/// assert!(matches!(other, Code::Other(_)));
/// assert_eq!(other.to_string(), "ResourceNotFound.InstanceNotExist");
/// assert_eq!(other.family(), Some(CommonCode::ResourceNotFound));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Code {
    /// A code of the common table.
    Common(CommonCode),
    /// Any other code, kept as sent. Match on [`ErrorCode::family`] or
    /// [`ErrorCode::category`] rather than on its text: a code that gains a variant of its
    /// own in a later version would silently stop matching a string comparison.
    Other(UnknownCode),
}

impl FromCode for Code {
    fn from_code(code: &str) -> Self {
        match CommonCode::from_exact(code) {
            Some(common) => Code::Common(common),
            None => Code::Other(UnknownCode::new(code)),
        }
    }
}

impl ErrorCode for Code {
    fn as_str(&self) -> &str {
        match self {
            Code::Common(common) => common.as_str(),
            Code::Other(other) => other.as_str(),
        }
    }

    fn description(&self) -> Option<&'static str> {
        match self {
            Code::Common(common) => common.description(),
            Code::Other(_) => None,
        }
    }
}

impl ErrorCode for CommonCode {
    fn as_str(&self) -> &str {
        CommonCode::as_str(*self)
    }

    fn description(&self) -> Option<&'static str> {
        Some(self.table_description())
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Code {
    type Err = std::convert::Infallible;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Ok(Code::from_code(code))
    }
}

impl From<CommonCode> for Code {
    fn from(code: CommonCode) -> Self {
        Code::Common(code)
    }
}

impl CommonCode {
    /// The most specific common code that `code` is or belongs to, on dot boundaries.
    ///
    /// ```
    /// use tencent_action::CommonCode;
    ///
    /// assert_eq!(
    ///     CommonCode::family_of("RequestLimitExceeded.UinLimitExceeded.Extra"),
    ///     Some(CommonCode::RequestLimitExceededUinLimitExceeded)
    /// );
    /// assert_eq!(CommonCode::family_of("RequestLimitExceededX"), None);
    /// ```
    pub fn family_of(code: &str) -> Option<CommonCode> {
        self_and_ancestors(code).find_map(CommonCode::from_exact)
    }

    /// The common code one dot above this one: `RequestLimitExceeded` for
    /// `RequestLimitExceeded.UinLimitExceeded`; `None` for a top-level code, and for the
    /// `AuthFailure.*` codes, whose family is not itself a code.
    pub fn parent(self) -> Option<CommonCode> {
        let code = self.as_str();
        let dot = code.rfind('.')?;
        CommonCode::family_of(&code[..dot])
    }
}

impl fmt::Display for CommonCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing a string that is not a common code into [`CommonCode`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotACommonCode(Box<str>);

impl fmt::Display for NotACommonCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a common error code", self.0)
    }
}

impl std::error::Error for NotACommonCode {}

impl FromStr for CommonCode {
    type Err = NotACommonCode;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        CommonCode::from_exact(code).ok_or_else(|| NotACommonCode(code.into()))
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(Code::from_code(&code))
    }
}

impl serde::Serialize for CommonCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CommonCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        code.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_common_code_round_trips() {
        for &code in CommonCode::ALL {
            assert_eq!(CommonCode::from_exact(code.as_str()), Some(code));
            assert_eq!(code.as_str().parse::<CommonCode>(), Ok(code));
            assert_eq!(Code::from_code(code.as_str()), Code::Common(code));
            assert_eq!(code.to_string(), code.as_str());
        }
    }

    #[test]
    fn parents_follow_dots() {
        assert_eq!(
            CommonCode::RequestLimitExceededIpLimitExceeded.parent(),
            Some(CommonCode::RequestLimitExceeded)
        );
        assert_eq!(CommonCode::AuthFailureSignatureFailure.parent(), None);
        assert_eq!(CommonCode::LimitExceeded.parent(), None);
    }

    #[test]
    fn unknown_codes_keep_their_text_and_family() {
        let code = Code::from_code("InvalidParameterValue.InstanceIdMalformed");
        assert_eq!(code.as_str(), "InvalidParameterValue.InstanceIdMalformed");
        assert_eq!(code.family(), Some(CommonCode::InvalidParameterValue));
        let bare = Code::from_code("InvalidParameterValueLimit");
        assert_eq!(bare.family(), None);
        assert!(!bare.belongs_to(CommonCode::InvalidParameterValue));
        assert_eq!(bare.category(), Category::Unknown);
    }
}
