//! Decoding with the API specification as a contract: for fields declared with
//! `#[serde(default, deserialize_with = "tencent_action::strict::non_null")]`.
//!
//! A field the specification marks as never `null` but not always present is an
//! `Option` that may be absent, but not `null`: a `null` there is a deviation from the
//! contract, reported with the field's JSON path.
//!
//! ```
//! use tencent_action::{DecodeErrorKind, Error, tencent_action};
//!
//! #[tencent_action(service = "cvm", version = "2017-03-12")]
//! #[derive(Debug)]
//! pub struct DescribeZones {
//!     #[serde(default, deserialize_with = "tencent_action::strict::non_null")]
//!     pub total_count: Option<u64>,
//! }
//!
//! let absent = tencent_action::from_str::<DescribeZones>(r#"{"Response":{"RequestId":"r"}}"#)?;
//! assert_eq!(absent.total_count, None);
//!
//! let null = r#"{"Response":{"TotalCount":null,"RequestId":"r"}}"#;
//! let Err(Error::Decode(error)) = tencent_action::from_str::<DescribeZones>(null) else {
//!     unreachable!()
//! };
//! assert_eq!(error.path(), Some("Response.TotalCount"));
//! # Ok::<(), tencent_action::Error>(())
//! ```

use serde::de::{self, Deserialize, Deserializer, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// Deserializes an `Option<T>` that may be absent (with `#[serde(default)]`) but not `null`.
pub fn non_null<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_option(NonNull(PhantomData))
}

struct NonNull<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for NonNull<T> {
    type Value = Option<T>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a value (the specification says this field is never null)")
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        T::deserialize(deserializer).map(Some)
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Err(E::invalid_type(de::Unexpected::Unit, &self))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Err(E::invalid_type(de::Unexpected::Unit, &self))
    }
}
