//! The `Response` object as the action's derived `Deserialize` sees it: a map of the
//! action's fields only. `Error` and `RequestId` are taken out of the key stream as they
//! come; after an `Error`, the map ends for the payload and the rest is only skimmed.

use super::key::{Key, KeySeed};
use super::server_error::ServerErrorSeed;
use super::{Seen, Stage};
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use std::marker::PhantomData;

pub(super) struct Body<'a, M> {
    map: &'a mut M,
    seen: &'a mut Seen,
    /// The inner map has returned its last key.
    exhausted: bool,
    /// An `Error` key was read, `null` or not.
    error_key_seen: bool,
    /// An `Error` object was read: the payload gets no more keys.
    failed: bool,
}

impl<'a, 'de, M: MapAccess<'de>> Body<'a, M> {
    pub fn new(map: &'a mut M, seen: &'a mut Seen) -> Self {
        Body {
            map,
            seen,
            exhausted: false,
            error_key_seen: false,
            failed: false,
        }
    }

    /// Whether the object held an `Error`.
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// Reads what the payload left of the object: the envelope's keys are still checked,
    /// the payload's are skipped.
    pub fn finish(&mut self) -> Result<(), M::Error> {
        while self.next_key_seed(PhantomData::<IgnoredAny>)?.is_some() {
            self.map.next_value::<IgnoredAny>()?;
        }
        if !self.exhausted {
            // Only after an `Error`: the payload was told the map ended there.
            while let Some(key) = self.map.next_key_seed(KeySeed(PhantomData::<IgnoredAny>))? {
                match key {
                    Key::Payload(IgnoredAny) => {
                        self.map.next_value::<IgnoredAny>()?;
                    }
                    Key::RequestId(_) => self.read_request_id()?,
                    Key::Error(_) => return Err(self.seen.duplicate("Error")),
                }
            }
            self.exhausted = true;
        }
        Ok(())
    }

    fn read_request_id(&mut self) -> Result<(), M::Error> {
        if self.seen.request_id.is_some() {
            return Err(self.seen.duplicate("RequestId"));
        }
        let stage = std::mem::replace(&mut self.seen.stage, Stage::RequestId);
        let id: Option<String> = self.map.next_value()?;
        self.seen.request_id = Some(id.unwrap_or_default());
        self.seen.stage = stage;
        Ok(())
    }

    /// Reads the value of `Error`; whether it was an error and not `null`.
    fn read_server_error(&mut self) -> Result<bool, M::Error> {
        if std::mem::replace(&mut self.error_key_seen, true) {
            return Err(self.seen.duplicate("Error"));
        }
        let stage = std::mem::replace(&mut self.seen.stage, Stage::ServerError);
        let present = self.map.next_value_seed(ServerErrorSeed(self.seen))?;
        self.seen.stage = stage;
        Ok(present)
    }
}

impl<'de, M: MapAccess<'de>> MapAccess<'de> for Body<'_, M> {
    type Error = M::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, M::Error> {
        if self.exhausted || self.failed {
            return Ok(None);
        }
        let mut seed = seed;
        loop {
            match self.map.next_key_seed(KeySeed(seed))? {
                None => {
                    self.exhausted = true;
                    return Ok(None);
                }
                Some(Key::Payload(key)) => {
                    self.seen.stage = Stage::Payload;
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

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, M::Error> {
        self.map.next_value_seed(seed)
    }
}

/// The `Response` object handed to the payload's `Deserialize` as a deserializer whose
/// only content is that map.
pub(super) struct Payload<'b, 'a, M>(pub &'b mut Body<'a, M>);

impl<'de, M: MapAccess<'de>> Deserializer<'de> for Payload<'_, '_, M> {
    type Error = M::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, M::Error> {
        visitor.visit_map(self.0)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, M::Error> {
        self.0.finish()?;
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
