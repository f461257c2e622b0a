//! The single-pass envelope decoder. It works with any serde deserializer: the payload
//! goes to the action's own derived `Deserialize`, fed the `Response` object's keys
//! minus `Error` and `RequestId`, which the envelope takes out as they come.

mod body;
mod envelope;
mod key;
mod server_error;
mod text;

pub(crate) use envelope::EnvelopeSeed;

use crate::error::{ApiError, DecodeError, DecodeErrorKind, Salvaged};
use crate::response::Response;
use crate::{Action, Error};
use serde::de::{DeserializeSeed, Deserializer, Error as _};
use serde::{Deserialize, de};
use std::borrow::Cow;

/// What a well-formed envelope held.
pub(crate) enum Outcome<A> {
    Success(Response<A>),
    Api(ApiError),
}

/// Where the decoder was: when decoding fails, this names what failed without reading
/// the deserializer's message.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Stage {
    #[default]
    Envelope,
    ResponseValue,
    Response,
    Payload,
    ServerError,
    RequestId,
}

/// What the decoder read of the envelope so far. It outlives a failed decode, so that a
/// RequestId or an error code read before the failure still reaches the caller.
#[derive(Debug, Default)]
pub(crate) struct Seen<'de> {
    /// `Some("")` once a `null` RequestId was read, so that a second one is a duplicate.
    pub request_id: Option<Cow<'de, str>>,
    pub code: Option<Cow<'de, str>>,
    pub message: Option<Cow<'de, str>>,
    pub stage: Stage,
    /// Set when the envelope itself refused the input, as opposed to the deserializer.
    pub refusal: Option<DecodeErrorKind>,
}

impl Seen<'_> {
    /// Records why the envelope refuses the input and returns the error that says so.
    fn refuse<E: de::Error>(&mut self, kind: DecodeErrorKind, error: E) -> E {
        self.refusal = Some(kind);
        error
    }

    fn duplicate<E: de::Error>(&mut self, key: &'static str) -> E {
        self.refuse(DecodeErrorKind::DuplicateKey, E::duplicate_field(key))
    }

    fn api_error(&self) -> ApiError {
        ApiError::from_parts(
            self.code.as_deref().unwrap_or_default(),
            self.message.as_deref().unwrap_or_default(),
            self.request_id.as_deref().unwrap_or_default(),
        )
    }

    fn request_id_or_empty(&self) -> &str {
        self.request_id.as_deref().unwrap_or_default()
    }

    /// The kind of a failure that happened at the current stage.
    pub fn failure_kind(&self) -> DecodeErrorKind {
        self.refusal.unwrap_or(match self.stage {
            Stage::Envelope => DecodeErrorKind::MissingResponse,
            Stage::ResponseValue => DecodeErrorKind::ResponseNotObject,
            Stage::Response | Stage::Payload => DecodeErrorKind::Payload,
            Stage::ServerError => DecodeErrorKind::MalformedError,
            Stage::RequestId => DecodeErrorKind::MalformedRequestId,
        })
    }

    pub fn into_salvaged(self) -> Salvaged {
        Salvaged {
            request_id: self.request_id.map(Cow::into_owned),
            code: self.code.map(Cow::into_owned),
            message: self.message.map(Cow::into_owned),
        }
    }
}

impl<A> Outcome<A> {
    pub fn into_result(self) -> Result<Response<A>, ApiError> {
        match self {
            Outcome::Success(response) => Ok(response),
            Outcome::Api(error) => Err(error),
        }
    }
}

/// Deserializes the whole envelope; an API error becomes the deserializer's error, with
/// the code, message and RequestId in its text. [`from_deserializer`](crate::from_deserializer)
/// keeps it typed instead.
impl<'de, A: Deserialize<'de>> Deserialize<'de> for Response<A> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut seen = Seen::default();
        EnvelopeSeed::new(&mut seen)
            .deserialize(deserializer)?
            .into_result()
            .map_err(D::Error::custom)
    }
}

/// Decodes a response of action `A` from any serde deserializer: sonic-rs, simd-json,
/// a deserializer of another format holding a serialized [`Response`], ...
///
/// Decoding is the same single pass as [`from_slice`](crate::from_slice), and API errors are as typed. A
/// failure keeps the RequestId and the error code read before it, but has no JSON path
/// (only the JSON entry points track it) and does not see past the failure point.
/// Trailing data after the envelope is the caller's to check (serde_json's
/// `Deserializer::end`, say).
///
/// ```
/// use tencent_action::tencent_action;
///
/// #[tencent_action(service = "cvm", version = "2017-03-12")]
/// pub struct StartInstances;
///
/// let mut deserializer = serde_json::Deserializer::from_str(r#"{"Response":{"RequestId":"r"}}"#);
/// let response = tencent_action::from_deserializer::<StartInstances, _>(&mut deserializer)?;
/// assert_eq!(response.request_id(), Some("r"));
/// # Ok::<(), tencent_action::Error>(())
/// ```
pub fn from_deserializer<'de, A, D>(deserializer: D) -> Result<Response<A>, Error>
where
    A: Action + Deserialize<'de>,
    D: Deserializer<'de>,
    D::Error: Send + Sync + 'static,
{
    let mut seen = Seen::default();
    match EnvelopeSeed::<A>::new(&mut seen).deserialize(deserializer) {
        Ok(outcome) => outcome.into_result().map_err(Error::Api),
        Err(error) => {
            let kind = seen.failure_kind();
            let decode = DecodeError::new(kind, A::NAME, error.to_string())
                .with_salvaged(seen.into_salvaged())
                .with_source(error);
            Err(Error::Decode(decode))
        }
    }
}
