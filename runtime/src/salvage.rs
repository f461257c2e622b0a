//! The cold second look at a body that did not decode: whatever the server said in it
//! (`RequestId`, `Error.Code`, `Error.Message`), read leniently, wherever it stands.

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// What a lenient pass over a body found.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The body is one complete JSON value: whatever failed, it was not the syntax.
    pub valid_json: bool,
    pub request_id: Option<String>,
    /// `Error.Code`, if it is a string.
    pub code: Option<String>,
    /// `Error.Message`, if it is a string.
    pub message: Option<String>,
    /// `Error.Message` is absent, `null` or a string: the `Error` object can be reported.
    pub message_ok: bool,
}

impl Scan {
    pub fn of(body: &[u8]) -> Scan {
        let mut scan = Scan::default();
        let mut deserializer = serde_json::Deserializer::from_slice(body);
        let read = (Object {
            scan: &mut scan,
            level: Level::Top,
        })
        .deserialize(&mut deserializer);
        scan.valid_json = read.is_ok() && deserializer.end().is_ok();
        scan
    }
}

#[derive(Clone, Copy)]
enum Level {
    Top,
    Response,
    Error,
}

/// An object at one level of the envelope; any other value is skipped.
struct Object<'s> {
    scan: &'s mut Scan,
    level: Level,
}

impl<'de> DeserializeSeed<'de> for Object<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Object<'_> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("any JSON value")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
        let (mut response, mut error, mut request_id, mut code, mut message) =
            (false, false, false, false, false);
        let scan = self.scan;
        while let Some(key) = map.next_key::<Lenient>()? {
            let key = key.0.unwrap_or_default();
            match (self.level, key.as_str()) {
                (Level::Top, "Response") if !response => {
                    response = true;
                    map.next_value_seed(Object {
                        scan: &mut *scan,
                        level: Level::Response,
                    })?;
                }
                (Level::Response, "Error") if !error => {
                    error = true;
                    scan.message_ok = true;
                    map.next_value_seed(Object {
                        scan: &mut *scan,
                        level: Level::Error,
                    })?;
                }
                (Level::Response, "RequestId") if !request_id => {
                    request_id = true;
                    scan.request_id = map.next_value::<Lenient>()?.0;
                }
                (Level::Error, "Code") if !code => {
                    code = true;
                    scan.code = map.next_value::<Lenient>()?.0;
                }
                (Level::Error, "Message") if !message => {
                    message = true;
                    let value = map.next_value::<Lenient>()?;
                    scan.message_ok = value.0.is_some() || value.1;
                    scan.message = value.0;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<(), S::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// Any value: the string if it is one, and whether it was `null`.
struct Lenient(Option<String>, bool);

impl<'de> serde::Deserialize<'de> for Lenient {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LenientVisitor)
    }
}

struct LenientVisitor;

impl<'de> Visitor<'de> for LenientVisitor {
    type Value = Lenient;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("any JSON value")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Lenient, E> {
        Ok(Lenient(Some(value.to_owned()), false))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Lenient, E> {
        Ok(Lenient(None, true))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Lenient, E> {
        Ok(Lenient(None, false))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Lenient, E> {
        Ok(Lenient(None, false))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Lenient, E> {
        Ok(Lenient(None, false))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Lenient, E> {
        Ok(Lenient(None, false))
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Lenient, M::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Lenient(None, false))
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Lenient, S::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Lenient(None, false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_follows_a_bad_field() {
        let scan = Scan::of(
            br#"{"Response":{"TotalCount":"x","Error":{"Message":"m","Code":"C"},"RequestId":"r"}}"#,
        );
        assert!(scan.valid_json);
        assert_eq!(scan.code.as_deref(), Some("C"));
        assert_eq!(scan.message.as_deref(), Some("m"));
        assert_eq!(scan.request_id.as_deref(), Some("r"));
    }

    #[test]
    fn keeps_what_precedes_a_syntax_error() {
        let scan = Scan::of(br#"{"Response":{"RequestId":"r","TotalCount":[1,}"#);
        assert!(!scan.valid_json);
        assert_eq!(scan.request_id.as_deref(), Some("r"));
    }

    #[test]
    fn ignores_nested_lookalikes() {
        let scan = Scan::of(br#"{"Response":{"Data":{"RequestId":"inner"},"RequestId":"outer"}}"#);
        assert_eq!(scan.request_id.as_deref(), Some("outer"));
        let scan = Scan::of(br#"{"RequestId":"top","Response":{}}"#);
        assert_eq!(scan.request_id, None);
    }

    #[test]
    fn non_string_values_are_not_taken() {
        let scan = Scan::of(br#"{"Response":{"Error":{"Code":5,"Message":7},"RequestId":1}}"#);
        assert_eq!(
            (scan.code, scan.message, scan.request_id),
            (None, None, None)
        );
        assert!(!scan.message_ok);
    }
}
