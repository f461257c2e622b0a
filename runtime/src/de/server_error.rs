//! The `Error` object: `{"Code": "...", "Message": "..."}`.

use super::Progress;
use super::key::NameSeed;
use super::text::{OptionalText, Text};
use crate::error::DecodeErrorKind;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use std::fmt;

/// Reads the value of `Error` into [`Progress`]; yields whether there was an error at all
/// (`"Error": null` is no error).
pub(super) struct ServerErrorSeed<'s, 'de>(pub &'s mut Progress<'de>);

impl<'de> DeserializeSeed<'de> for ServerErrorSeed<'_, 'de> {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for ServerErrorSeed<'_, 'de> {
    type Value = bool;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("the `Error` object, with a string `Code`")
    }

    fn visit_none<E: de::Error>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_map(ErrorObject(self.0))
    }
}

struct ErrorObject<'s, 'de>(&'s mut Progress<'de>);

const CODE: usize = 0;
const MESSAGE: usize = 1;

impl<'de> Visitor<'de> for ErrorObject<'_, 'de> {
    type Value = bool;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("the `Error` object, with a string `Code`")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<bool, M::Error> {
        let progress = self.0;
        let (mut code_read, mut message_read) = (false, false);
        while let Some(key) = map.next_key_seed(NameSeed(&["Code", "Message"]))? {
            match key {
                Some(CODE) => {
                    if std::mem::replace(&mut code_read, true) {
                        return Err(progress.duplicate("Code"));
                    }
                    progress.said.code = Some(map.next_value_seed(Text)?);
                }
                Some(MESSAGE) => {
                    if std::mem::replace(&mut message_read, true) {
                        return Err(progress.duplicate("Message"));
                    }
                    // `null` is as good as no message; a number is not a message.
                    progress.said.message = map.next_value_seed(OptionalText)?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if !code_read {
            let missing = de::Error::missing_field("Code");
            return Err(progress.refuse(DecodeErrorKind::MalformedError, missing));
        }
        Ok(true)
    }
}
