//! The `Deserialize` the generated structures use instead of serde's derive: the same
//! decoding and the same errors, with the generic parts written once here.
//!
//! serde's derive emits, per structure, a field enum with its own visitor, a map visitor,
//! a sequence visitor and one wrapper type per `deserialize_with` field; a service has
//! hundreds of structures, and rustc pays for each of them in every service crate. Here a
//! structure gives its name, its wire names and one function that reads its fields
//! through a [`Reader`]; the key lookup, the visitor and the sequence form are shared.
//!
//! What serde's derive does, this does alike: a key is looked up among the wire names
//! (unknown keys are skipped), a key seen twice is `duplicate field`, an absent field
//! without a default is `missing field` (an absent `Option` without `default` is `None`,
//! as serde's own helper makes it), and a sequence fills the fields in order, an element
//! missing for a field without a default being `invalid length`.
//!
//! A unit struct decodes through [`unit`], and `Serialize` writes the fields through
//! [`fields`]: the same calls to the (de)serializer as serde's derive makes.

use crate::tolerant::Tolerant;
use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, Error as _, IgnoredAny, MapAccess, SeqAccess,
    Visitor,
};
use serde::ser::{Serialize, SerializeStruct, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// A structure decoded by [`deserialize`]: its name, its wire names and how it reads them.
pub trait Struct: Sized {
    /// The name serde's derive would give: the Rust name of the structure.
    const NAME: &'static str;
    /// The wire names, in the order of the fields.
    const FIELDS: &'static [&'static str];
    /// Reads the fields: the keys [`Reader::next`] gives are indexes into [`Self::FIELDS`].
    fn visit<'de, A: Source<'de>>(reader: Reader<'de, A, Self>) -> Result<Self, A::Error>;
}

/// `Deserialize::deserialize` of a [`Struct`], as serde's derive calls it.
pub fn deserialize<'de, S: Struct, D: Deserializer<'de>>(deserializer: D) -> Result<S, D::Error> {
    deserializer.deserialize_struct(S::NAME, S::FIELDS, StructVisitor(PhantomData))
}

struct StructVisitor<S>(PhantomData<S>);

impl<'de, S: Struct> Visitor<'de> for StructVisitor<S> {
    type Value = S;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "struct {}", S::NAME)
    }

    fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<S, M::Error> {
        S::visit(Reader::new(Entries(map)))
    }

    fn visit_seq<Q: SeqAccess<'de>>(self, seq: Q) -> Result<S, Q::Error> {
        S::visit(Reader::new(Elements {
            seq,
            next: 0,
            ended: false,
        }))
    }
}

/// `Deserialize::deserialize` of the unit struct `name`, as serde's derive calls it.
pub fn unit<'de, D: Deserializer<'de>>(
    deserializer: D,
    name: &'static str,
) -> Result<(), D::Error> {
    deserializer.deserialize_unit_struct(name, UnitVisitor(name))
}

struct UnitVisitor(&'static str);

impl<'de> Visitor<'de> for UnitVisitor {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "unit struct {}", self.0)
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// Starts a struct's `Serialize` with `len` fields to write, as serde's derive does.
#[inline]
pub fn fields<S: Serializer>(
    serializer: S,
    name: &'static str,
    len: usize,
) -> Result<Fields<S::SerializeStruct>, S::Error> {
    serializer.serialize_struct(name, len).map(Fields)
}

/// The fields of a struct being serialized, each under its wire name.
pub struct Fields<S>(S);

impl<S: SerializeStruct> Fields<S> {
    /// Writes a field.
    #[inline]
    pub fn field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        self.0.serialize_field(key, value)
    }

    /// Writes an optional field, or leaves it out when it is `None`.
    #[inline]
    pub fn optional<T: Serialize>(
        &mut self,
        key: &'static str,
        value: &Option<T>,
    ) -> Result<(), S::Error> {
        self.skip_if(key, value, value.is_none())
    }

    /// Writes a field, or leaves it out when `skip` (serde's `skip_serializing_if`).
    #[inline]
    pub fn skip_if<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
        skip: bool,
    ) -> Result<(), S::Error> {
        if skip {
            self.0.skip_field(key)
        } else {
            self.0.serialize_field(key, value)
        }
    }

    /// Ends the struct.
    #[inline]
    pub fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

/// Where the fields come from: a map's entries or a sequence's elements.
pub trait Source<'de> {
    /// The deserializer's error.
    type Error: de::Error;
    /// The index of the next field of `S`, `Some(S::FIELDS.len())` for an unknown key.
    fn next<S: Struct>(&mut self) -> Result<Option<usize>, Self::Error>;
    /// The value of the field just named; `None` when a sequence ended before it.
    fn value<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Self::Error>;
    /// Whether the fields come in order, without names.
    fn is_seq(&self) -> bool;
}

struct Entries<M>(M);

impl<'de, M: MapAccess<'de>> Source<'de> for Entries<M> {
    type Error = M::Error;

    #[inline]
    fn next<S: Struct>(&mut self) -> Result<Option<usize>, M::Error> {
        self.0.next_key_seed(Key::<S>(PhantomData))
    }

    #[inline]
    fn value<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, M::Error> {
        self.0.next_value_seed(seed).map(Some)
    }

    fn is_seq(&self) -> bool {
        false
    }
}

struct Elements<Q> {
    seq: Q,
    next: usize,
    ended: bool,
}

impl<'de, Q: SeqAccess<'de>> Source<'de> for Elements<Q> {
    type Error = Q::Error;

    fn next<S: Struct>(&mut self) -> Result<Option<usize>, Q::Error> {
        // As serde's derive, exactly one element is read per field, and none after.
        if self.ended || self.next == S::FIELDS.len() {
            return Ok(None);
        }
        self.next += 1;
        Ok(Some(self.next - 1))
    }

    fn value<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Q::Error> {
        let value = self.seq.next_element_seed(seed)?;
        self.ended = value.is_none();
        Ok(value)
    }

    fn is_seq(&self) -> bool {
        true
    }
}

/// A key of `S`, as the index of its wire name (one past the last for an unknown key):
/// serde's derive accepts a string, its bytes or the field's index.
///
/// The wire names are `S::FIELDS`, a constant where the lookup is compiled, not a value
/// carried along: LLVM then unrolls the scan of a short list and compares with the names
/// themselves, as it does the `match` serde's derive emits.
struct Key<S>(PhantomData<S>);

impl<S: Struct> Key<S> {
    #[inline]
    fn index(name: &[u8]) -> usize {
        S::FIELDS
            .iter()
            .position(|field| same(field.as_bytes(), name))
            .unwrap_or(S::FIELDS.len())
    }
}

/// `a == b` without a call to `memcmp`, which `==` on slices makes for every name of the
/// key's length: lengths first, then the words, the last one overlapping the one before.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    if len < 8 {
        return a.iter().zip(b).all(|(x, y)| x == y);
    }
    let word = |bytes: &[u8], at: usize| {
        let mut word = [0; 8];
        word.copy_from_slice(&bytes[at..at + 8]);
        u64::from_ne_bytes(word)
    };
    let mut at = 0;
    while at + 8 < len {
        if word(a, at) != word(b, at) {
            return false;
        }
        at += 8;
    }
    word(a, len - 8) == word(b, len - 8)
}

impl<'de, S: Struct> DeserializeSeed<'de> for Key<S> {
    type Value = usize;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, S: Struct> Visitor<'de> for Key<S> {
    type Value = usize;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("field identifier")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<usize, E> {
        let len = S::FIELDS.len();
        Ok(usize::try_from(value).map_or(len, |index| index.min(len)))
    }

    #[inline]
    fn visit_str<E: de::Error>(self, value: &str) -> Result<usize, E> {
        Ok(Self::index(value.as_bytes()))
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<usize, E> {
        Ok(Self::index(value))
    }
}

/// What a structure's [`Struct::visit`] reads its fields with.
///
/// The reading methods keep the first error rather than return it, and [`Self::next`]
/// ends the loop once there is one: the loop a structure's `visit` runs then has no
/// early return per field, which in a service of hundreds of structures is most of the
/// code rustc compiles for them. [`Self::finish`] gives the error back.
pub struct Reader<'de, A: Source<'de>, S> {
    source: A,
    current: usize,
    error: Option<A::Error>,
    lifetime: PhantomData<&'de ()>,
    structure: PhantomData<fn() -> S>,
}

impl<'de, A: Source<'de>, S: Struct> Reader<'de, A, S> {
    #[inline]
    fn new(source: A) -> Self {
        Reader {
            source,
            current: 0,
            error: None,
            lifetime: PhantomData,
            structure: PhantomData,
        }
    }

    /// The index of the next field (an unknown key is past the last field, for
    /// [`Self::skip`]), or `None` at the end or once there is an error.
    #[inline]
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Option<usize> {
        if self.error.is_some() {
            return None;
        }
        match self.source.next::<S>() {
            Ok(next) => {
                if let Some(index) = next {
                    self.current = index;
                }
                next
            }
            Err(error) => {
                self.error = Some(error);
                None
            }
        }
    }

    /// The first error reading the fields, if any: then the structure fails with it.
    #[inline]
    pub fn finish(&mut self) -> Result<(), A::Error> {
        match self.error.take() {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    /// Reads the current field with `T`'s own `Deserialize`.
    #[inline]
    pub fn plain<T: Deserialize<'de>>(&mut self, slot: &mut Option<T>) {
        self.read(slot, PhantomData::<T>)
    }

    /// Reads the current field with [`tolerant`](crate::tolerant).
    #[inline]
    pub fn tolerant<T: Tolerant<'de>>(&mut self, slot: &mut Option<T>) {
        self.read(slot, ReadTolerant(PhantomData))
    }

    /// Reads the current field with [`strict::non_null`](crate::strict::non_null).
    #[inline]
    pub fn non_null<T: Deserialize<'de>>(&mut self, slot: &mut Option<Option<T>>) {
        self.read(slot, ReadNonNull(PhantomData))
    }

    #[inline]
    fn read<T, D: DeserializeSeed<'de, Value = T>>(&mut self, slot: &mut Option<T>, seed: D) {
        if slot.is_some() {
            self.error = Some(A::Error::duplicate_field(S::FIELDS[self.current]));
            return;
        }
        match self.source.value(seed) {
            Ok(value) => *slot = value,
            Err(error) => self.error = Some(error),
        }
    }

    /// Skips the value of an unknown key.
    #[inline]
    pub fn skip(&mut self) {
        if let Err(error) = self.source.value(PhantomData::<IgnoredAny>) {
            self.error = Some(error);
        }
    }

    /// The value of a field with `default`: as read, or the type's default.
    #[inline]
    pub fn or_default<T: Default>(&self, slot: Option<T>) -> T {
        slot.unwrap_or_default()
    }

    /// The value of field `index`, which has neither `default` nor `deserialize_with`: as
    /// read, or, absent, what serde's derive makes of it (`None` for an `Option`).
    pub fn or_absent<T: Deserialize<'de>>(
        &self,
        slot: Option<T>,
        index: usize,
    ) -> Result<T, A::Error> {
        match slot {
            Some(value) => Ok(value),
            None if self.source.is_seq() => Err(short::<S, _>(index)),
            None => T::deserialize(Absent(S::FIELDS[index], PhantomData)),
        }
    }

    /// The value of field `index`, which must be present.
    pub fn required<T>(&self, slot: Option<T>, index: usize) -> Result<T, A::Error> {
        match slot {
            Some(value) => Ok(value),
            None if self.source.is_seq() => Err(short::<S, _>(index)),
            None => Err(A::Error::missing_field(S::FIELDS[index])),
        }
    }

    /// The error of the first field of `fields` that is missing, `(index, missing)` in
    /// field order: each must be present.
    pub fn missing(&self, fields: &[(usize, bool)]) -> A::Error {
        let index = fields
            .iter()
            .find(|(_, missing)| *missing)
            .map_or(0, |(index, _)| *index);
        if self.source.is_seq() {
            short::<S, _>(index)
        } else {
            A::Error::missing_field(S::FIELDS[index])
        }
    }
}

/// A sequence that ended before field `index` of `S`.
fn short<S: Struct, E: de::Error>(index: usize) -> E {
    E::invalid_length(
        index,
        &format!("struct {} with {} elements", S::NAME, S::FIELDS.len()).as_str(),
    )
}

struct ReadTolerant<T>(PhantomData<T>);

impl<'de, T: Tolerant<'de>> DeserializeSeed<'de> for ReadTolerant<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::deserialize_tolerant(deserializer)
    }
}

struct ReadNonNull<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for ReadNonNull<T> {
    type Value = Option<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        crate::strict::non_null(deserializer)
    }
}

/// serde's `missing_field` helper: an absent `Option` is `None`, anything else is
/// `missing field`.
struct Absent<E>(&'static str, PhantomData<E>);

impl<'de, E: de::Error> Deserializer<'de> for Absent<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.0))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::same;

    #[test]
    fn same_agrees_with_eq_on_every_length_and_every_differing_byte() {
        for len in 0..40 {
            let a: Vec<u8> = (0..len).map(|i| b'A' + (i % 26) as u8).collect();
            assert!(same(&a, &a.clone()), "{len} bytes equal");
            for at in 0..len {
                let mut b = a.clone();
                b[at] ^= 0x20;
                assert!(!same(&a, &b), "{len} bytes, byte {at} differs");
            }
            let mut longer = a.clone();
            longer.push(b'x');
            assert!(!same(&a, &longer), "{len} against {} bytes", len + 1);
        }
    }
}
