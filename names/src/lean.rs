//! The serde impls that `#[tencent_action]` and the generator both emit for a struct,
//! through the runtime's `__private::lean` rather than serde's derives: one template, so
//! that the two cannot drift apart.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

/// How a field's value is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Read {
    /// With the type's own `Deserialize`.
    Plain,
    /// With `tencent_action::tolerant`.
    Tolerant,
    /// With `tencent_action::strict::non_null`.
    NonNull,
}

/// How an absent field is filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Absent {
    /// serde's `default`: the type's default.
    Default,
    /// An error: a `deserialize_with` field without `default`, or a required member.
    Required,
    /// What serde's derive makes of a field with neither: `None` for an `Option`, else
    /// an error.
    Serde,
}

/// One field of the struct, in order.
#[derive(Clone, Debug)]
pub struct LeanField {
    /// The Rust name.
    pub ident: Ident,
    /// The name on the wire.
    pub wire: String,
    /// How its value is read.
    pub read: Read,
    /// How it is filled when absent.
    pub absent: Absent,
    /// When `Serialize` leaves it out.
    pub skip: Skip,
}

/// When `Serialize` leaves a field out.
#[derive(Clone, Debug)]
pub enum Skip {
    /// Never.
    Never,
    /// When it is `None` (the field is an `Option`).
    IfNone,
    /// When this function of `&field` says so (serde's `skip_serializing_if`).
    If(TokenStream),
}

/// `Deserialize` and the runtime's `Struct` for the struct `ident` with `fields`: `krate`
/// is the path of the runtime crate, `serde` that of serde, and `attrs` go on both impls.
pub fn deserialize_impl(
    krate: &TokenStream,
    serde: &TokenStream,
    ident: &Ident,
    fields: &[LeanField],
    attrs: &TokenStream,
) -> TokenStream {
    let lean = quote!(#krate::__private::lean);
    let name = Literal::string(&ident.to_string());
    let wires = fields.iter().map(|field| Literal::string(&field.wire));
    let slots: Vec<Ident> = (0..fields.len()).map(|i| format_ident!("f{i}")).collect();
    let reads = fields
        .iter()
        .zip(&slots)
        .enumerate()
        .map(|(i, (field, slot))| {
            let i = Literal::usize_unsuffixed(i);
            let read = match field.read {
                Read::Plain => quote!(plain),
                Read::Tolerant => quote!(tolerant),
                Read::NonNull => quote!(non_null),
            };
            quote!(#i => r.#read(&mut #slot),)
        });
    // Without a field of serde's own absent rule, whose errors come in field order among
    // the required ones', the required fields are matched at once: one early return for
    // them all, the first one missing naming the error.
    let matched = !fields.iter().any(|field| field.absent == Absent::Serde);
    let required: Vec<(Literal, &Ident)> = fields
        .iter()
        .zip(&slots)
        .enumerate()
        .filter(|(_, (field, _))| field.absent == Absent::Required)
        .map(|(i, (_, slot))| (Literal::usize_unsuffixed(i), slot))
        .collect();
    let values = fields
        .iter()
        .zip(&slots)
        .enumerate()
        .map(|(i, (field, slot))| {
            let i = Literal::usize_unsuffixed(i);
            let ident = &field.ident;
            let value = match field.absent {
                Absent::Default => quote!(r.or_default(#slot)),
                Absent::Required if matched => quote!(#slot),
                Absent::Required => quote!(r.required(#slot, #i)?),
                Absent::Serde => quote!(r.or_absent(#slot, #i)?),
            };
            quote!(#ident: #value,)
        });
    let construct = quote!(::core::result::Result::Ok(Self { #(#values)* }));
    let construct = if matched && !required.is_empty() {
        let slots: Vec<&Ident> = required.iter().map(|(_, slot)| *slot).collect();
        let indexes = required.iter().map(|(index, _)| index);
        quote! {
            match (#(#slots,)*) {
                (#(::core::option::Option::Some(#slots),)*) => #construct,
                (#(#slots,)*) => ::core::result::Result::Err(r.missing(&[#((#indexes, #slots.is_none())),*])),
            }
        }
    } else {
        construct
    };
    // A struct without fields skips every key; a `match` of one arm would be linted. The
    // reads keep their error in `r`, which ends the loop: one early return, not one a field.
    let body = if fields.is_empty() {
        quote! {
            while r.next().is_some() {
                r.skip();
            }
            r.finish()?;
        }
    } else {
        quote! {
            #(let mut #slots = ::core::option::Option::None;)*
            while let ::core::option::Option::Some(i) = r.next() {
                match i {
                    #(#reads)*
                    _ => r.skip(),
                }
            }
            r.finish()?;
        }
    };
    quote! {
        #attrs
        impl<'de> #serde::Deserialize<'de> for #ident {
            fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                #lean::deserialize(deserializer)
            }
        }
        #attrs
        impl #lean::Struct for #ident {
            const NAME: &'static str = #name;
            const FIELDS: &'static [&'static str] = &[#(#wires),*];
            fn visit<'de, A: #lean::Source<'de>>(mut r: #lean::Reader<'de, A, Self>) -> ::core::result::Result<Self, A::Error> {
                #body
                #construct
            }
        }
    }
}

/// `Serialize` for the struct `ident` with `fields`, as serde's derive writes it: a struct
/// of the fields in order, each under its wire name, less those it skips. `krate`,
/// `serde` and `attrs` are as for [`deserialize_impl`].
pub fn serialize_impl(
    krate: &TokenStream,
    serde: &TokenStream,
    ident: &Ident,
    fields: &[LeanField],
    attrs: &TokenStream,
) -> TokenStream {
    let lean = quote!(#krate::__private::lean);
    let name = Literal::string(&ident.to_string());
    // The number of fields written: those always written, plus one per other field
    // that is present (a leading `0 +` would be linted).
    let always = fields
        .iter()
        .filter(|field| matches!(field.skip, Skip::Never))
        .count();
    let mut terms: Vec<TokenStream> = Vec::new();
    if always > 0 || fields.iter().all(|field| matches!(field.skip, Skip::Never)) {
        let always = Literal::usize_unsuffixed(always);
        terms.push(quote!(#always));
    }
    terms.extend(fields.iter().filter_map(|field| {
        let ident = &field.ident;
        match &field.skip {
            Skip::Never => None,
            Skip::IfNone => Some(quote!(usize::from(self.#ident.is_some()))),
            Skip::If(skip) => Some(quote!(usize::from(!#skip(&self.#ident)))),
        }
    }));
    let writes = fields.iter().map(|field| {
        let ident = &field.ident;
        let wire = Literal::string(&field.wire);
        match &field.skip {
            Skip::Never => quote!(s.field(#wire, &self.#ident)?;),
            Skip::IfNone => quote!(s.optional(#wire, &self.#ident)?;),
            Skip::If(skip) => quote!(s.skip_if(#wire, &self.#ident, #skip(&self.#ident))?;),
        }
    });
    // `s` is only written to when there is a field.
    let binding = if fields.is_empty() {
        quote!(s)
    } else {
        quote!(mut s)
    };
    quote! {
        #attrs
        impl #serde::Serialize for #ident {
            fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                let #binding = #lean::fields(serializer, #name, #(#terms)+*)?;
                #(#writes)*
                s.end()
            }
        }
    }
}

/// `Deserialize` (under `de_attrs`) and `Serialize` (under `ser_attrs`) for the unit
/// struct `ident`, as serde's derive writes them: the unit struct of its name.
pub fn unit_impls(
    krate: &TokenStream,
    serde: &TokenStream,
    ident: &Ident,
    de_attrs: &TokenStream,
    ser_attrs: &TokenStream,
) -> TokenStream {
    let lean = quote!(#krate::__private::lean);
    let name = Literal::string(&ident.to_string());
    quote! {
        #de_attrs
        impl<'de> #serde::Deserialize<'de> for #ident {
            fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                #lean::unit(deserializer, #name).map(|()| #ident)
            }
        }
        #ser_attrs
        impl #serde::Serialize for #ident {
            fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                #serde::Serializer::serialize_unit_struct(serializer, #name)
            }
        }
    }
}
