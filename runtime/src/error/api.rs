use crate::Action;
use crate::code::{Category, FromCode};
use std::fmt;

/// The error a Tencent Cloud API answered with: the `Error` object of the envelope and
/// the request's `RequestId`.
///
/// `Display` prints all three in one line, the way a log or a support ticket needs them:
///
/// ```
/// use tencent_action::ApiError;
///
/// let error = ApiError::new("AuthFailure.SignatureFailure", "Signature error.", "ed93f3cb");
/// assert_eq!(error.to_string(), "AuthFailure.SignatureFailure: Signature error. (RequestId: ed93f3cb)");
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ApiError {
    /// The code, the message and the RequestId, one after the other: one allocation
    /// for the three.
    text: Box<str>,
    code_end: usize,
    message_end: usize,
}

impl ApiError {
    /// An API error with the given code, message and RequestId, as a server would send
    /// it; for tests and mock servers of SDKs built on this crate.
    pub fn new(
        code: impl AsRef<str>,
        message: impl AsRef<str>,
        request_id: impl AsRef<str>,
    ) -> Self {
        ApiError::from_parts(code.as_ref(), message.as_ref(), request_id.as_ref())
    }

    pub(crate) fn from_parts(code: &str, message: &str, request_id: &str) -> Self {
        let mut text = String::with_capacity(code.len() + message.len() + request_id.len());
        text.push_str(code);
        text.push_str(message);
        text.push_str(request_id);
        ApiError {
            text: text.into_boxed_str(),
            code_end: code.len(),
            message_end: code.len() + message.len(),
        }
    }

    /// The error code exactly as the server sent it, known or not.
    pub fn code(&self) -> &str {
        &self.text[..self.code_end]
    }

    /// The server's explanation. Tencent warns that messages change with service
    /// updates: decide on [`code`](Self::code), show the message.
    pub fn message(&self) -> &str {
        &self.text[self.code_end..self.message_end]
    }

    /// The RequestId of the failed request; `None` when the body had none, or an empty one.
    ///
    /// ```
    /// use tencent_action::ApiError;
    ///
    /// assert_eq!(ApiError::new("InternalError", "", "ed93f3cb").request_id(), Some("ed93f3cb"));
    /// assert_eq!(ApiError::new("InternalError", "", "").request_id(), None);
    /// ```
    pub fn request_id(&self) -> Option<&str> {
        Some(&self.text[self.message_end..]).filter(|id| !id.is_empty())
    }

    /// The code viewed as `C`: [`Code`](crate::Code) for the common table, or an action's
    /// own code type. Every view answers [`ErrorCode`](crate::ErrorCode)'s questions.
    ///
    /// ```
    /// use tencent_action::{ApiError, Code, CommonCode, ErrorCode};
    ///
    /// let error = ApiError::new("RequestLimitExceeded", "Too many requests.", "id");
    /// let code = error.code_as::<Code>();
    /// assert_eq!(code, Code::Common(CommonCode::RequestLimitExceeded));
    /// assert_eq!(code.family(), Some(CommonCode::RequestLimitExceeded));
    /// ```
    pub fn code_as<C: FromCode>(&self) -> C {
        C::from_code(self.code())
    }

    /// The code viewed as the action's own code type, which knows the codes the action
    /// declares, then the common table, then keeps the string.
    pub fn action_code<A: Action + ?Sized>(&self) -> A::ErrorCode {
        self.code_as::<A::ErrorCode>()
    }

    /// What the code means for the caller: [`Category::of`] the code, the same answer as
    /// every typed view of it gives.
    ///
    /// ```
    /// use tencent_action::{ApiError, Category};
    ///
    /// let error = ApiError::new("LimitExceeded.RateLimitExceeded", "", "id");
    /// assert_eq!(error.category(), Category::Throttling);
    /// assert!(error.is_retryable());
    /// ```
    pub fn category(&self) -> Category {
        Category::of(self.code())
    }

    /// Whether sending the same request again may succeed (throttling, transient server
    /// errors).
    pub fn is_retryable(&self) -> bool {
        self.category().is_retryable()
    }

    /// Whether this is `DryRunOperation`: the request would have succeeded, and was not
    /// carried out only because it asked for a dry run.
    pub fn is_dry_run(&self) -> bool {
        self.category() == Category::DryRun
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // An empty code is still the server's answer; say so rather than print nothing.
        if self.code().is_empty() {
            f.write_str("(empty error code)")?;
        } else {
            f.write_str(self.code())?;
        }
        if !self.message().is_empty() {
            write!(f, ": {}", self.message())?;
        }
        if let Some(request_id) = self.request_id() {
            write!(f, " (RequestId: {request_id})")?;
        }
        Ok(())
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("code", &self.code())
            .field("message", &self.message())
            .field("request_id", &self.request_id())
            .finish()
    }
}

impl std::error::Error for ApiError {}
