//! Serializing a [`Response`] back into its envelope, `{"Response": {...fields, "RequestId"}}`,
//! in any serde format: the payload's fields are written into the `Response` map beside
//! `RequestId`, and counted first for the formats that need a map's length up front.

use crate::response::Response;
use serde::ser::{self, Impossible, Serialize, SerializeMap, SerializeStruct, Serializer};
use std::fmt;

impl<A: Serialize> Serialize for Response<A> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut envelope = serializer.serialize_map(Some(1))?;
        envelope.serialize_entry(
            "Response",
            &Body {
                data: self.data(),
                // A response read without a RequestId writes back an empty one, as before.
                request_id: self.request_id().unwrap_or_default(),
            },
        )?;
        envelope.end()
    }
}

struct Body<'a, A> {
    data: &'a A,
    request_id: &'a str,
}

impl<A: Serialize> Serialize for Body<'_, A> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = self.data.serialize(Fields(&mut Count(0))).ok();
        let mut map = serializer.serialize_map(fields.map(|fields| fields + 1))?;
        self.data.serialize(Fields(&mut Write(&mut map)))?;
        // As an option, so that formats which are not self-describing read back what the
        // decoder asks for (`RequestId` may be `null` on the wire).
        map.serialize_entry("RequestId", &Some(self.request_id))?;
        map.end()
    }
}

/// Where the payload's fields go: counted, or written into the `Response` map.
trait Sink {
    type Error: ser::Error;
    fn key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Self::Error>;
    fn value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Self::Error>;
    fn done(&self) -> usize;
}

struct Count(usize);

impl Sink for Count {
    type Error = NotAStruct;

    fn key<T: ?Sized + Serialize>(&mut self, _key: &T) -> Result<(), NotAStruct> {
        self.0 += 1;
        Ok(())
    }

    fn value<T: ?Sized + Serialize>(&mut self, _value: &T) -> Result<(), NotAStruct> {
        Ok(())
    }

    fn done(&self) -> usize {
        self.0
    }
}

struct Write<'m, M>(&'m mut M);

impl<M: SerializeMap> Sink for Write<'_, M> {
    type Error = M::Error;

    fn key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), M::Error> {
        self.0.serialize_key(key)
    }

    fn value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), M::Error> {
        self.0.serialize_value(value)
    }

    fn done(&self) -> usize {
        0
    }
}

/// The error of a payload that does not serialize as a struct or a map.
#[derive(Debug)]
struct NotAStruct;

impl fmt::Display for NotAStruct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an action's payload must serialize as a struct or a map")
    }
}

impl std::error::Error for NotAStruct {}

impl ser::Error for NotAStruct {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        NotAStruct
    }
}

/// A serializer that accepts only a struct or a map and hands its entries to a [`Sink`];
/// its output is the number of entries counted.
struct Fields<'s, K>(&'s mut K);

macro_rules! not_a_struct {
    ($($method:ident($($arg:ty),*);)*) => {
        $(
            fn $method(self, $(_: $arg),*) -> Result<usize, K::Error> {
                Err(ser::Error::custom(NotAStruct))
            }
        )*
    };
}

impl<'s, K: Sink> Serializer for Fields<'s, K> {
    type Ok = usize;
    type Error = K::Error;
    type SerializeSeq = Impossible<usize, K::Error>;
    type SerializeTuple = Impossible<usize, K::Error>;
    type SerializeTupleStruct = Impossible<usize, K::Error>;
    type SerializeTupleVariant = Impossible<usize, K::Error>;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<usize, K::Error>;

    not_a_struct! {
        serialize_bool(bool);
        serialize_i8(i8);
        serialize_i16(i16);
        serialize_i32(i32);
        serialize_i64(i64);
        serialize_u8(u8);
        serialize_u16(u16);
        serialize_u32(u32);
        serialize_u64(u64);
        serialize_f32(f32);
        serialize_f64(f64);
        serialize_char(char);
        serialize_str(&str);
        serialize_bytes(&[u8]);
        serialize_none();
        serialize_unit_variant(&'static str, u32, &'static str);
    }

    fn serialize_unit(self) -> Result<usize, K::Error> {
        Ok(self.0.done())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<usize, K::Error> {
        Ok(self.0.done())
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<usize, K::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<usize, K::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<usize, K::Error> {
        Err(ser::Error::custom(NotAStruct))
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, K::Error> {
        Err(ser::Error::custom(NotAStruct))
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, K::Error> {
        Err(ser::Error::custom(NotAStruct))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, K::Error> {
        Err(ser::Error::custom(NotAStruct))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, K::Error> {
        Err(ser::Error::custom(NotAStruct))
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self, K::Error> {
        Ok(self)
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self, K::Error> {
        Ok(self)
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, K::Error> {
        Err(ser::Error::custom(NotAStruct))
    }
}

impl<K: Sink> SerializeMap for Fields<'_, K> {
    type Ok = usize;
    type Error = K::Error;

    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), K::Error> {
        self.0.key(key)
    }

    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), K::Error> {
        self.0.value(value)
    }

    fn end(self) -> Result<usize, K::Error> {
        Ok(self.0.done())
    }
}

impl<K: Sink> SerializeStruct for Fields<'_, K> {
    type Ok = usize;
    type Error = K::Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), K::Error> {
        self.0.key(key)?;
        self.0.value(value)
    }

    fn end(self) -> Result<usize, K::Error> {
        Ok(self.0.done())
    }
}
