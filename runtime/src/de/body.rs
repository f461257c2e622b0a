//! The `Response` object as the action's derived `Deserialize` sees it: a map of the
//! action's fields only. `Error` and `RequestId` are taken out of the key stream as they
//! come; after an `Error`, the map ends for the payload and the rest is only skimmed.

use super::key::{Key, KeySeed};
use super::server_error::ServerErrorSeed;
use super::text::{OptionalText, Text};
use super::{Progress, Stage};
use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use std::borrow::Cow;
use std::marker::PhantomData;

pub(super) struct Body<'a, 'de, M> {
    map: &'a mut M,
    progress: &'a mut Progress<'de>,
    /// The first payload key, read before the payload's visitor started.
    pending: Option<Cow<'de, str>>,
    /// The inner map has returned its last key.
    exhausted: bool,
    /// A `RequestId` key was read, `null` or not.
    request_id_key_read: bool,
    /// An `Error` key was read, `null` or not.
    error_key_read: bool,
    /// An `Error` object was read: the payload gets no more keys.
    failed: bool,
}

impl<'a, 'de, M: MapAccess<'de>> Body<'a, 'de, M> {
    #[inline]
    pub fn new(map: &'a mut M, progress: &'a mut Progress<'de>) -> Self {
        Body {
            map,
            progress,
            pending: None,
            exhausted: false,
            request_id_key_read: false,
            error_key_read: false,
            failed: false,
        }
    }

    /// Reads the envelope's keys that come before the first payload key, and keeps that
    /// key for the payload. Whether the payload is to be read at all: a body that starts
    /// with its `Error` (most error bodies) never starts the payload's visitor, whose
    /// complaints about missing fields would cost an error value each.
    #[inline]
    pub fn lead(&mut self) -> Result<bool, M::Error> {
        loop {
            // A key that does not read is a defect of the object, not of the payload.
            self.progress.stage = Stage::Response;
            match self.map.next_key_seed(KeySeed(Text))? {
                None => {
                    self.exhausted = true;
                    return Ok(true);
                }
                Some(Key::Payload(key)) => {
                    self.pending = Some(key);
                    return Ok(true);
                }
                Some(Key::RequestId(_)) => self.read_request_id()?,
                Some(Key::Error(_)) => {
                    if self.read_server_error()? {
                        self.failed = true;
                        return Ok(false);
                    }
                }
            }
        }
    }

    /// Whether the object held an `Error`.
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// Reads what the payload left of the object: the envelope's keys are still checked,
    /// the payload's are skipped.
    #[inline]
    pub fn finish(&mut self) -> Result<(), M::Error> {
        while self.next_key_seed(PhantomData::<IgnoredAny>)?.is_some() {
            self.map.next_value::<IgnoredAny>()?;
        }
        if !self.exhausted {
            // Only after an `Error`: the payload was told the map ended there.
            while let Some(key) = {
                self.progress.stage = Stage::Response;
                self.map.next_key_seed(KeySeed(PhantomData::<IgnoredAny>))?
            } {
                match key {
                    Key::Payload(IgnoredAny) => {
                        self.map.next_value::<IgnoredAny>()?;
                    }
                    Key::RequestId(_) => self.read_request_id()?,
                    Key::Error(_) => return Err(self.progress.duplicate("Error")),
                }
            }
            self.exhausted = true;
        }
        Ok(())
    }

    #[inline]
    fn read_request_id(&mut self) -> Result<(), M::Error> {
        if std::mem::replace(&mut self.request_id_key_read, true) {
            return Err(self.progress.duplicate("RequestId"));
        }
        let stage = std::mem::replace(&mut self.progress.stage, Stage::RequestId);
        self.progress.said.request_id = self.map.next_value_seed(OptionalText)?;
        self.progress.stage = stage;
        Ok(())
    }

    /// Reads the value of `Error`; whether it was an error and not `null`.
    fn read_server_error(&mut self) -> Result<bool, M::Error> {
        if std::mem::replace(&mut self.error_key_read, true) {
            return Err(self.progress.duplicate("Error"));
        }
        let stage = std::mem::replace(&mut self.progress.stage, Stage::ServerError);
        let present = self.map.next_value_seed(ServerErrorSeed(self.progress))?;
        self.progress.stage = stage;
        Ok(present)
    }
}

impl<'de, M: MapAccess<'de>> MapAccess<'de> for Body<'_, 'de, M> {
    type Error = M::Error;

    #[inline]
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, M::Error> {
        if let Some(key) = self.pending.take() {
            self.progress.stage = Stage::Payload;
            return match key {
                Cow::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::new(key)),
                Cow::Owned(key) => seed.deserialize(StringDeserializer::new(key)),
            }
            .map(Some);
        }
        if self.exhausted || self.failed {
            return Ok(None);
        }
        let mut seed = seed;
        loop {
            self.progress.stage = Stage::Response;
            match self.map.next_key_seed(KeySeed(seed))? {
                None => {
                    self.exhausted = true;
                    return Ok(None);
                }
                Some(Key::Payload(key)) => {
                    self.progress.stage = Stage::Payload;
                    return Ok(Some(key));
                }
                Some(Key::RequestId(unused)) => {
                    seed = unused;
                    self.read_request_id()?;
                }
                Some(Key::Error(unused)) => {
                    seed = unused;
                    if self.read_server_error()? {
                        self.failed = true;
                        return Ok(None);
                    }
                }
            }
        }
    }

    #[inline]
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, M::Error> {
        self.map.next_value_seed(seed)
    }
}

/// The `Response` object handed to the payload's `Deserialize` as a deserializer whose
/// only content is that map.
pub(super) struct Payload<'b, 'a, 'de, M>(pub &'b mut Body<'a, 'de, M>);

impl<'de, M: MapAccess<'de>> Deserializer<'de> for Payload<'_, '_, 'de, M> {
    type Error = M::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, M::Error> {
        visitor.visit_map(self.0)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, M::Error> {
        // The rest is read by `ResponseSeed` after the payload, where a failure is never
        // mistaken for the payload's own (which is moot after an `Error`).
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, M::Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, M::Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, M::Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, M::Error> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf seq tuple tuple_struct map struct enum identifier
    }
}
