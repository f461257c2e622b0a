//! The single-pass envelope decoder. It works with any serde deserializer: the payload
//! goes to the action's own derived `Deserialize`, fed the `Response` object's keys
//! minus `Error` and `RequestId`, which the envelope takes out as they come.

mod body;
mod envelope;
mod key;
mod said;
mod server_error;
mod text;

pub(crate) use envelope::EnvelopeSeed;
pub(crate) use said::Said;

use crate::error::{ApiError, DecodeError, DecodeErrorKind};
use crate::response::Response;
use crate::{Action, Error};
use serde::de::{DeserializeSeed, Deserializer, Error as _};
use serde::{Deserialize, de};

/// What a well-formed envelope held.
pub(crate) enum Outcome<A> {
    Success(Response<A>),
    Api(ApiError),
}

/// Where the decoder was: when decoding fails, this names what failed without reading
/// the deserializer's message. The one failure it cannot name is a key that the
/// payload's own `Deserialize` finds twice: that is the payload's verdict, which serde
/// gives only as a message (`duplicate field`), so the JSON entry points read it there.
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

/// How far the decoder got and what it read on the way. It outlives a failed decode, so
/// that a RequestId or an error code read before the failure still reaches the caller.
#[derive(Debug, Default)]
pub(crate) struct Progress<'de> {
    pub said: Said<'de>,
    pub stage: Stage,
    /// Set when the envelope itself refused the input, as opposed to the deserializer.
    pub refusal: Option<DecodeErrorKind>,
}

impl Progress<'_> {
    /// Records why the envelope refuses the input and returns the error that says so.
    fn refuse<E: de::Error>(&mut self, kind: DecodeErrorKind, error: E) -> E {
        self.refusal = Some(kind);
        error
    }

    fn duplicate<E: de::Error>(&mut self, key: &'static str) -> E {
        self.refuse(DecodeErrorKind::DuplicateKey, E::duplicate_field(key))
    }

    /// Whether the failure happened inside the payload, and only there: the envelope
    /// around it was sound as far as it was read.
    pub fn failed_in_payload(&self) -> bool {
        self.refusal.is_none() && self.stage == Stage::Payload
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
        let mut progress = Progress::default();
        EnvelopeSeed::new(&mut progress)
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
    let mut progress = Progress::default();
    match EnvelopeSeed::<A>::new(&mut progress).deserialize(deserializer) {
        Ok(outcome) => outcome.into_result().map_err(Error::Api),
        Err(error) => {
            let kind = progress.failure_kind();
            let decode = DecodeError::new(kind, A::NAME, error.to_string())
                .with_said(progress.said)
                .with_source(error);
            Err(Error::Decode(decode))
        }
    }
}
