//! The reference decoder: the documented semantics of a response body, applied one rule
//! at a time to the body's token tree, with serde_json reading each value that a rule
//! needs. It shares no code with the runtime's decoder, and it is slow on purpose: it
//! exists to be read and believed, and to be compared with the library on every body.
//!
//! The rules, in order:
//!
//! 1. The body is JSON if `serde_json::from_slice::<IgnoredAny>` accepts it (that reader
//!    skips without judging what it skips: invalid UTF-8, any depth). Otherwise: decode
//!    error.
//! 2. The envelope: the top level is an object whose keys all read as strings, with
//!    exactly one `Response`, an object whose keys all read as strings, with at most one
//!    `RequestId` (`null` or a string) and at most one `Error` (`null`, or an object whose
//!    keys all read, with exactly one `Code`, a string, and at most one `Message`, a string
//!    or `null`). Anything else: decode error. Other keys, at either level and inside
//!    `Error`, are skipped unread.
//! 3. An `Error` object is the answer: an API error with its code, its message (empty if
//!    absent or `null`) and the RequestId (empty if absent or `null`), whatever the rest
//!    of `Response` holds.
//! 4. Otherwise the payload is the `Response` object without `RequestId` and `Error`,
//!    decoded by the action's own `Deserialize` exactly as `serde_json::from_slice` decodes
//!    a plain struct nested two levels deep (so with the same recursion limit); an action
//!    without fields skips it. It decodes: success. It does not: decode error.

use crate::shapes::Shape;
use crate::tree::{Node, read_string};
use serde::de::{self, DeserializeSeed, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::marker::PhantomData;

/// What a body decodes to, as the oracle or the library sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Outcome {
    /// The payload, as its `Debug` text (exact for floats, equal for equal values), and
    /// the RequestId.
    Success {
        /// `format!("{:?}", payload)`.
        data: String,
        /// The RequestId, empty if there was none.
        request_id: String,
    },
    /// The server's error.
    Api {
        /// The code, as sent.
        code: String,
        /// The message, empty if none.
        message: String,
        /// The RequestId, empty if none.
        request_id: String,
    },
    /// Not a well-formed response of the action.
    Decode {
        /// For the oracle: the RequestId that the body unambiguously holds (one readable,
        /// non-empty string at `Response.RequestId` of a readable envelope), which the
        /// library must report. For the library: the one it reports.
        request_id: Option<String>,
    },
}

impl Outcome {
    /// `success`, `api` or `decode`.
    pub fn class(&self) -> &'static str {
        match self {
            Outcome::Success { .. } => "success",
            Outcome::Api { .. } => "api",
            Outcome::Decode { .. } => "decode",
        }
    }
}

/// Decodes `body` as a response of `S` by the rules of the [module](self).
pub fn decode<S: Shape>(body: &[u8]) -> Outcome {
    let decode_error = |request_id: Option<String>| Outcome::Decode { request_id };

    // Rule 1.
    let Some(tree) = Node::parse(body) else {
        return decode_error(None);
    };

    // Rule 2, the top level.
    let Some(top) = tree.entries() else {
        return decode_error(None);
    };
    let mut responses = Vec::new();
    for (key, value) in top {
        match read_string(key) {
            Some(name) if name == "Response" => responses.push(value),
            Some(_) => {}
            None => return decode_error(None),
        }
    }
    let [response] = responses[..] else {
        return decode_error(None);
    };
    let Some(fields) = response.entries() else {
        return decode_error(None);
    };

    // Rule 2, the `Response` object.
    let mut request_ids = Vec::new();
    let mut errors = Vec::new();
    let mut payload = Vec::new();
    for (key, value) in fields {
        match read_string(key).as_deref() {
            Some("RequestId") => request_ids.push(value),
            Some("Error") => errors.push(value),
            Some(_) => payload.push((key, value)),
            None => return decode_error(None),
        }
    }
    let request_id = match request_ids[..] {
        [] => Some(String::new()),
        [id] if id.is_null() => Some(String::new()),
        [Node::Scalar(token)] => read_string(token),
        _ => None,
    };
    // What a decode error must still report: the one RequestId, if it is a real one.
    let claim = request_id.clone().filter(|id| !id.is_empty());
    let Some(request_id) = request_id else {
        return decode_error(None);
    };
    let error = match errors[..] {
        [] => None,
        [error] if error.is_null() => None,
        [error] => match read_error(error) {
            Some(error) => Some(error),
            None => return decode_error(claim),
        },
        _ => return decode_error(claim),
    };

    // Rule 3.
    if let Some((code, message)) = error {
        return Outcome::Api {
            code,
            message,
            request_id,
        };
    }

    // Rule 4: `[{...payload}]`, so that the payload's values sit as deep as in the body.
    let mut text = b"[{".to_vec();
    for (i, (key, value)) in payload.iter().enumerate() {
        if i > 0 {
            text.push(b',');
        }
        text.extend_from_slice(key);
        text.push(b':');
        value.write(&mut text);
    }
    text.extend_from_slice(b"}]");
    let mut deserializer = serde_json::Deserializer::from_slice(&text);
    let decoded = deserializer
        .deserialize_seq(OnlyElement::<S>(PhantomData))
        .and_then(|data| deserializer.end().map(|()| data));
    match decoded {
        Ok(data) => Outcome::Success { data, request_id },
        Err(_) => decode_error(claim),
    }
}

/// An `Error` value by rule 2: `(code, message)`, or `None` if it is malformed.
fn read_error(error: &Node) -> Option<(String, String)> {
    let mut codes = Vec::new();
    let mut messages = Vec::new();
    for (key, value) in error.entries()? {
        match read_string(key)?.as_str() {
            "Code" => codes.push(value),
            "Message" => messages.push(value),
            _ => {}
        }
    }
    let [Node::Scalar(code)] = codes[..] else {
        return None;
    };
    let code = read_string(code)?;
    let message = match messages[..] {
        [] => String::new(),
        [message] if message.is_null() => String::new(),
        [Node::Scalar(message)] => read_string(message)?,
        _ => return None,
    };
    Some((code, message))
}

/// The one element of `[payload]`: the payload's `Debug` text.
struct OnlyElement<S>(PhantomData<S>);

impl<'de, S: Shape> Visitor<'de> for OnlyElement<S> {
    type Value = String;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("[payload]")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<String, A::Error> {
        let data = seq
            .next_element_seed(PayloadSeed::<S>(PhantomData))?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        Ok(data)
    }
}

struct PayloadSeed<S>(PhantomData<S>);

impl<'de, S: Shape> DeserializeSeed<'de> for PayloadSeed<S> {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        let data = <S::Of<'de>>::deserialize(FieldlessSkips(deserializer))?;
        Ok(format!("{data:?}"))
    }
}

/// The payload object as its deserializer, except that an action without fields (a unit
/// struct) skips it instead of asking for `null`.
struct FieldlessSkips<D>(D);

macro_rules! forward {
    ($($method:ident)*) => {
        $(fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method(visitor)
        })*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for FieldlessSkips<D> {
    type Error = D::Error;

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        de::IgnoredAny::deserialize(self.0)?;
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_struct(name, fields, visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, visitor)
    }

    forward! {
        deserialize_any deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32
        deserialize_i64 deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32
        deserialize_u64 deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char
        deserialize_str deserialize_string deserialize_bytes deserialize_byte_buf
        deserialize_option deserialize_seq deserialize_map deserialize_identifier
        deserialize_ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shapes::{DescribeInstancesStatus, Unit};

    fn api(code: &str, message: &str, request_id: &str) -> Outcome {
        Outcome::Api {
            code: code.into(),
            message: message.into(),
            request_id: request_id.into(),
        }
    }

    #[test]
    fn the_rules_on_small_bodies() {
        let decode = decode::<DescribeInstancesStatus>;
        assert_eq!(
            decode(br#"{"Response":{"TotalCount":0,"InstanceStatusSet":[],"RequestId":"r"}}"#),
            Outcome::Success {
                data: "DescribeInstancesStatus { total_count: 0, instance_status_set: [] }".into(),
                request_id: "r".into()
            }
        );
        assert_eq!(
            decode(br#"{"Response":{"TotalCount":"x","Error":{"Code":"C"},"RequestId":"r"}}"#),
            api("C", "", "r")
        );
        assert_eq!(
            decode(br#"{"Response":{"Error":{"Code":"C","Code":"D"},"RequestId":"r"}}"#),
            Outcome::Decode {
                request_id: Some("r".into())
            }
        );
        assert_eq!(
            decode(br#"{"Response":{"TotalCount":0,"InstanceStatusSet":[],"RequestId":7}}"#),
            Outcome::Decode { request_id: None }
        );
        assert_eq!(
            decode(br#"{"Response":{"Error":null,"TotalCount":1,"TotalCount":1,"InstanceStatusSet":[]}}"#),
            Outcome::Decode {
                request_id: None
            }
        );
        assert_eq!(
            decode(b"{\"Response\":{}} x"),
            Outcome::Decode { request_id: None }
        );
    }

    #[test]
    fn a_unit_action_skips_its_payload_but_not_its_envelope() {
        assert_eq!(
            decode::<Unit>(b"{\"Response\":{\"X\":\"\xE9\",\"RequestId\":\"r\"}}"),
            Outcome::Success {
                data: "Unit".into(),
                request_id: "r".into()
            }
        );
        assert_eq!(
            decode::<Unit>(b"{\"Response\":{\"\xE9\":1,\"RequestId\":\"r\"}}"),
            Outcome::Decode { request_id: None }
        );
    }

    #[test]
    fn payload_values_sit_as_deep_as_in_the_body() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Plain {
            #[serde(rename = "Response")]
            response: Inner,
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Inner {
            #[serde(rename = "TotalCount")]
            total_count: serde_json::Value,
        }
        for depth in 120..135 {
            let value = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            let body = format!(r#"{{"Response":{{"TotalCount":{value}}}}}"#);
            let plain = serde_json::from_str::<Plain>(&body).is_ok();
            let oracle = decode::<crate::shapes::CatchAll>(body.as_bytes());
            assert_eq!(
                plain,
                oracle.class() == "success",
                "depth {depth}: {oracle:?}"
            );
        }
    }
}
