//! The two outer levels: `{"Response": {...}}`, and the `Response` object itself.

use super::body::{Body, Payload};
use super::key::NameSeed;
use super::{Outcome, Progress, Stage};
use crate::error::DecodeErrorKind;
use crate::response::Response;
use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// Decodes a whole body into the action's payload or the server's error, recording in
/// [`Progress`] what it read on the way.
pub(crate) struct EnvelopeSeed<'s, 'de, A> {
    progress: &'s mut Progress<'de>,
    action: PhantomData<fn() -> A>,
}

impl<'s, 'de, A> EnvelopeSeed<'s, 'de, A> {
    #[inline]
    pub fn new(progress: &'s mut Progress<'de>) -> Self {
        EnvelopeSeed {
            progress,
            action: PhantomData,
        }
    }
}

impl<'de, A: Deserialize<'de>> DeserializeSeed<'de> for EnvelopeSeed<'_, 'de, A> {
    type Value = Outcome<A>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Outcome<A>, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, A: Deserialize<'de>> Visitor<'de> for EnvelopeSeed<'_, 'de, A> {
    type Value = Outcome<A>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a Tencent Cloud API response: an object with a `Response` object")
    }

    #[inline]
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Outcome<A>, M::Error> {
        let progress = self.progress;
        let mut outcome = None;
        // Other top-level keys are tolerated: some services send
        // `{"Error": null, "RequestId": null, "Response": {...}}`.
        while let Some(key) = map.next_key_seed(NameSeed(&["Response"]))? {
            if key.is_none() {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            if outcome.is_some() {
                return Err(progress.duplicate("Response"));
            }
            progress.stage = Stage::ResponseValue;
            outcome = Some(map.next_value_seed(ResponseSeed::<A>::new(progress))?);
            progress.stage = Stage::Envelope;
        }
        outcome.ok_or_else(|| {
            progress.refuse(
                DecodeErrorKind::MissingResponse,
                de::Error::missing_field("Response"),
            )
        })
    }
}

struct ResponseSeed<'s, 'de, A> {
    progress: &'s mut Progress<'de>,
    action: PhantomData<fn() -> A>,
}

impl<'s, 'de, A> ResponseSeed<'s, 'de, A> {
    #[inline]
    fn new(progress: &'s mut Progress<'de>) -> Self {
        ResponseSeed {
            progress,
            action: PhantomData,
        }
    }
}

impl<'de, A: Deserialize<'de>> DeserializeSeed<'de> for ResponseSeed<'_, 'de, A> {
    type Value = Outcome<A>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Outcome<A>, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, A: Deserialize<'de>> Visitor<'de> for ResponseSeed<'_, 'de, A> {
    type Value = Outcome<A>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("the `Response` object")
    }

    #[inline]
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Outcome<A>, M::Error> {
        let progress = self.progress;
        progress.stage = Stage::Response;
        let (payload, failed) = {
            let mut body = Body::new(&mut map, progress);
            let payload = if body.lead()? {
                match A::deserialize(Payload(&mut body)) {
                    Ok(data) => Some(data),
                    // The payload was told the object ended at `Error`; whatever it made
                    // of that (a missing field, most likely) is moot.
                    Err(_) if body.failed() => None,
                    Err(error) => return Err(error),
                }
            } else {
                None
            };
            body.finish()?;
            (payload, body.failed())
        };
        Ok(match payload {
            Some(data) if !failed => {
                Outcome::Success(Response::new(data, progress.said.request_id()))
            }
            _ => Outcome::Api(progress.said.api_error()),
        })
    }
}
