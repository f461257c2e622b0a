//! Decoding that accepts what a server sends where it disagrees with its documentation,
//! without inventing data: for fields declared with
//! `#[serde(default, deserialize_with = "tencent_action::tolerant::deserialize")]`.
//!
//! Tencent's documentation and servers disagree now and then: a number sent as a string
//! (`"Weight": "10"` for a `uint64`), a string field sent as a number, `null` where the
//! documentation says never. A tolerant field takes the value if its meaning is
//! unambiguous, and still fails, with the field's JSON path, if it is not:
//!
//! | declared      | also accepted                                   | still refused            |
//! |---------------|-------------------------------------------------|--------------------------|
//! | integer       | a string holding an integer, `10.0`             | `"ten"`, `1.5`, overflow |
//! | float         | a string holding a number                       | `"NaN"`, `"ten"`         |
//! | bool          | `"true"`, `"false"`                             | `0`, `1`, `"yes"`        |
//! | string        | a number or a bool, as its JSON text            | objects, arrays          |
//! | `Option<T>`   | `null`, as `None`                               |                          |
//! | `Vec<T>`      | each element as `T`                             |                          |
//!
//! ```
//! use tencent_action::tencent_action;
//!
//! #[tencent_action(service = "dnspod", version = "2021-03-23")]
//! pub struct CreateRecord {
//!     #[serde(default, deserialize_with = "tencent_action::tolerant::deserialize")]
//!     pub weight: Option<u64>,
//!     #[serde(default, deserialize_with = "tencent_action::tolerant::deserialize")]
//!     pub record_ids: Option<Vec<u64>>,
//! }
//!
//! let body = r#"{"Response": {"Weight": "10", "RecordIds": [1, "2"], "RequestId": "r"}}"#;
//! let response = tencent_action::from_str::<CreateRecord>(body)?;
//! assert_eq!(response.weight, Some(10));
//! assert_eq!(response.record_ids, Some(vec![1, 2]));
//! # Ok::<(), tencent_action::Error>(())
//! ```

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, SeqAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// Deserializes a field tolerantly; see the [module](self) for what is accepted.
pub fn deserialize<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Tolerant<'de>,
{
    T::deserialize_tolerant(deserializer)
}

/// A type with a tolerant reading: the scalars of the Tencent API specs, and `Option`,
/// `Vec` and `Box` of any of them. Struct-typed fields need no attribute: their own
/// fields carry theirs.
pub trait Tolerant<'de>: Sized {
    /// Reads the value, accepting unambiguous deviations from the declared type.
    fn deserialize_tolerant<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

impl<'de, T: Tolerant<'de>> Tolerant<'de> for Option<T> {
    fn deserialize_tolerant<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_option(OptionVisitor(PhantomData))
    }
}

struct OptionVisitor<T>(PhantomData<T>);

impl<'de, T: Tolerant<'de>> Visitor<'de> for OptionVisitor<T> {
    type Value = Option<T>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a value or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        T::deserialize_tolerant(deserializer).map(Some)
    }
}

impl<'de, T: Tolerant<'de>> Tolerant<'de> for Box<T> {
    fn deserialize_tolerant<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize_tolerant(deserializer).map(Box::new)
    }
}

impl<'de, T: Tolerant<'de>> Tolerant<'de> for Vec<T> {
    fn deserialize_tolerant<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(VecVisitor(PhantomData))
    }
}

struct VecVisitor<T>(PhantomData<T>);

impl<'de, T: Tolerant<'de>> Visitor<'de> for VecVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("an array")
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Vec<T>, S::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element_seed(Element(PhantomData))? {
            items.push(item);
        }
        Ok(items)
    }
}

struct Element<T>(PhantomData<T>);

impl<'de, T: Tolerant<'de>> DeserializeSeed<'de> for Element<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::deserialize_tolerant(deserializer)
    }
}

macro_rules! integers {
    ($($ty:ident),*) => {
        $(
            impl<'de> Tolerant<'de> for $ty {
                fn deserialize_tolerant<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    deserializer.deserialize_any(Integer::<$ty>(PhantomData))
                }
            }
        )*
    };
}

integers!(i8, i16, i32, i64, u8, u16, u32, u64);

/// An integer, from a JSON integer, a float with no fraction, or a string holding one.
struct Integer<T>(PhantomData<T>);

impl<'de, T> Visitor<'de> for Integer<T>
where
    T: TryFrom<i64> + TryFrom<u64> + std::str::FromStr,
{
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("an integer, or a string holding one")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        T::try_from(value).map_err(|_| E::invalid_value(de::Unexpected::Signed(value), &self))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        T::try_from(value).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(value), &self))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
        // Below 2^53 every integer is exact in an f64, so a float with no fraction is
        // the integer it spells; from 2^53 on it may be a rounded neighbour of the number
        // sent, so it is refused rather than guessed.
        if value.fract() == 0.0 && value.abs() < 9_007_199_254_740_992.0 {
            #[allow(clippy::cast_possible_truncation)]
            return self.visit_i64(value as i64);
        }
        Err(E::invalid_value(de::Unexpected::Float(value), &self))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        value
            .trim()
            .parse()
            .map_err(|_| E::invalid_value(de::Unexpected::Str(value), &self))
    }
}

macro_rules! floats {
    ($($ty:ident),*) => {
        $(
            impl<'de> Tolerant<'de> for $ty {
                fn deserialize_tolerant<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    deserializer.deserialize_any(Float::<$ty>(PhantomData))
                }
            }
        )*
    };
}

floats!(f32, f64);

struct Float<T>(PhantomData<T>);

impl<'de, T> Visitor<'de> for Float<T>
where
    T: Deserialize<'de> + std::str::FromStr + FloatValue,
{
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a number, or a string holding one")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        T::deserialize(de::value::I64Deserializer::new(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        T::deserialize(de::value::U64Deserializer::new(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
        T::deserialize(de::value::F64Deserializer::new(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        match value.trim().parse::<T>() {
            Ok(number) if number.is_finite() => Ok(number),
            _ => Err(E::invalid_value(de::Unexpected::Str(value), &self)),
        }
    }
}

trait FloatValue {
    fn is_finite(&self) -> bool;
}

impl FloatValue for f32 {
    fn is_finite(&self) -> bool {
        f32::is_finite(*self)
    }
}

impl FloatValue for f64 {
    fn is_finite(&self) -> bool {
        f64::is_finite(*self)
    }
}

impl<'de> Tolerant<'de> for bool {
    fn deserialize_tolerant<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(BoolVisitor)
    }
}

struct BoolVisitor;

impl Visitor<'_> for BoolVisitor {
    type Value = bool;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a bool, or the string \"true\" or \"false\"")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<bool, E> {
        Ok(value)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<bool, E> {
        match value {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(E::invalid_value(de::Unexpected::Str(value), &self)),
        }
    }
}

impl<'de> Tolerant<'de> for String {
    fn deserialize_tolerant<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StringVisitor)
    }
}

struct StringVisitor;

impl Visitor<'_> for StringVisitor {
    type Value = String;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a string, or a number or bool to keep as text")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<String, E> {
        Ok(value.to_owned())
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<String, E> {
        Ok(value)
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<String, E> {
        Ok(value.to_string())
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<String, E> {
        Ok(value.to_string())
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<String, E> {
        Ok(value.to_string())
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<String, E> {
        Ok(value.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<T: for<'de> Tolerant<'de>>(json: &str) -> Result<T, serde_json::Error> {
        T::deserialize_tolerant(&mut serde_json::Deserializer::from_str(json))
    }

    #[test]
    fn integers() {
        assert_eq!(read::<u64>("10").unwrap(), 10);
        assert_eq!(read::<u64>("\"10\"").unwrap(), 10);
        assert_eq!(read::<u64>("\"18446744073709551615\"").unwrap(), u64::MAX);
        assert_eq!(read::<i64>("\"-9223372036854775808\"").unwrap(), i64::MIN);
        assert_eq!(read::<i64>("10.0").unwrap(), 10);
        assert!(read::<i64>("10.5").is_err());
        assert!(read::<u64>("-1").is_err());
        assert!(read::<u8>("256").is_err());
        assert!(read::<u64>("\"ten\"").is_err());
        assert!(read::<u64>("true").is_err());
    }

    #[test]
    fn floats_bools_strings() {
        assert_eq!(
            read::<f64>("\"99.99997615814209\"").unwrap(),
            99.999_976_158_142_09
        );
        assert_eq!(read::<f64>("3").unwrap(), 3.0);
        assert!(read::<f64>("\"NaN\"").is_err());
        assert!(read::<bool>("\"true\"").unwrap());
        assert!(read::<bool>("1").is_err());
        assert_eq!(read::<String>("80").unwrap(), "80");
        assert_eq!(read::<String>("false").unwrap(), "false");
        assert!(read::<String>("[]").is_err());
    }

    #[test]
    fn containers() {
        assert_eq!(read::<Option<u64>>("null").unwrap(), None);
        assert_eq!(
            read::<Option<Vec<u64>>>("[1,\"2\"]").unwrap(),
            Some(vec![1, 2])
        );
        assert_eq!(read::<Box<i32>>("\"7\"").unwrap(), Box::new(7));
    }
}
