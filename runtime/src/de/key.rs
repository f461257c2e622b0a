//! Keys of the `Response` object: `Error` and `RequestId` belong to the envelope, every
//! other key goes to the action's own field seed, borrowed if the deserializer lends it.

use serde::de::value::{
    BorrowedBytesDeserializer, BorrowedStrDeserializer, BytesDeserializer, StrDeserializer,
};
use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, Visitor};
use std::fmt;

const REQUEST_ID: &str = "RequestId";
const ERROR: &str = "Error";

/// A key of the `Response` object. The envelope's keys hand the field seed back unused,
/// so that the next key can still go to the payload.
pub(super) enum Key<K, V> {
    Payload(V),
    RequestId(K),
    Error(K),
}

/// Reads one key of the `Response` object, passing payload keys on to `K`.
pub(super) struct KeySeed<K>(pub K);

impl<'de, K: DeserializeSeed<'de>> DeserializeSeed<'de> for KeySeed<K> {
    type Value = Key<K, K::Value>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(KeyVisitor(self.0))
    }
}

struct KeyVisitor<K>(K);

impl<K> KeyVisitor<K> {
    #[inline]
    fn envelope_key<V>(self, key: &[u8]) -> Result<Key<K, V>, Self> {
        if key == REQUEST_ID.as_bytes() {
            Ok(Key::RequestId(self.0))
        } else if key == ERROR.as_bytes() {
            Ok(Key::Error(self.0))
        } else {
            Err(self)
        }
    }
}

impl<'de, K: DeserializeSeed<'de>> Visitor<'de> for KeyVisitor<K> {
    type Value = Key<K, K::Value>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a key of the `Response` object")
    }

    #[inline]
    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Self::Value, E> {
        match self.envelope_key(key.as_bytes()) {
            Ok(key) => Ok(key),
            Err(this) => this
                .0
                .deserialize(BorrowedStrDeserializer::new(key))
                .map(Key::Payload),
        }
    }

    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        match self.envelope_key(key.as_bytes()) {
            Ok(key) => Ok(key),
            Err(this) => this
                .0
                .deserialize(StrDeserializer::new(key))
                .map(Key::Payload),
        }
    }

    #[inline]
    fn visit_string<E: de::Error>(self, key: String) -> Result<Self::Value, E> {
        match self.envelope_key(key.as_bytes()) {
            Ok(key) => Ok(key),
            Err(this) => this
                .0
                .deserialize(key.into_deserializer())
                .map(Key::Payload),
        }
    }

    fn visit_borrowed_bytes<E: de::Error>(self, key: &'de [u8]) -> Result<Self::Value, E> {
        match self.envelope_key(key) {
            Ok(key) => Ok(key),
            Err(this) => this
                .0
                .deserialize(BorrowedBytesDeserializer::new(key))
                .map(Key::Payload),
        }
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Self::Value, E> {
        match self.envelope_key(key) {
            Ok(key) => Ok(key),
            Err(this) => this
                .0
                .deserialize(BytesDeserializer::new(key))
                .map(Key::Payload),
        }
    }
}

/// A key of an object whose only interesting keys are known names: the top level
/// (`Response`) and the `Error` object (`Code`, `Message`). Yields the index of the name,
/// or `None` for any other key.
pub(super) struct NameSeed(pub &'static [&'static str]);

impl<'de> DeserializeSeed<'de> for NameSeed {
    type Value = Option<usize>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for NameSeed {
    type Value = Option<usize>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("an object key")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        self.visit_bytes(key.as_bytes())
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Self::Value, E> {
        Ok(self.0.iter().position(|name| name.as_bytes() == key))
    }
}
