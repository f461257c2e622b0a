//! What the server said in the envelope, as far as it was read.

use crate::error::ApiError;
use std::borrow::Cow;

/// The envelope's three strings, `Response.RequestId`, `Response.Error.Code` and
/// `Response.Error.Message`, borrowed from the body where the reader lends them.
///
/// `None` means not read: absent, `null` (which says nothing), or not reached before
/// reading stopped. The decoder fills it as it goes, so that what it read before a
/// failure still reaches the caller; a [`DecodeError`](crate::DecodeError) keeps it.
#[derive(Debug, Default)]
pub(crate) struct Said<'a> {
    pub request_id: Option<Cow<'a, str>>,
    pub code: Option<Cow<'a, str>>,
    pub message: Option<Cow<'a, str>>,
}

impl<'a> Said<'a> {
    /// Each string `self` lacks, taken from `other`.
    pub fn or(self, other: Said<'a>) -> Said<'a> {
        Said {
            request_id: self.request_id.or(other.request_id),
            code: self.code.or(other.code),
            message: self.message.or(other.message),
        }
    }

    /// The server's error, with an empty string for whatever was not said.
    pub fn api_error(&self) -> ApiError {
        ApiError::from_parts(
            self.code.as_deref().unwrap_or_default(),
            self.message.as_deref().unwrap_or_default(),
            self.request_id(),
        )
    }

    /// The RequestId, empty if none was said.
    pub fn request_id(&self) -> &str {
        self.request_id.as_deref().unwrap_or_default()
    }

    pub fn into_owned(self) -> Said<'static> {
        Said {
            request_id: self.request_id.map(|text| Cow::Owned(text.into_owned())),
            code: self.code.map(|text| Cow::Owned(text.into_owned())),
            message: self.message.map(|text| Cow::Owned(text.into_owned())),
        }
    }
}
