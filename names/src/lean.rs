//! The `Deserialize` impls that `#[tencent_action]` and the generator both emit for a
//! struct, through the runtime's `__private::lean`: one template, so that the two cannot
//! drift apart.

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
            quote!(#i => r.#read(&mut #slot)?,)
        });
    let values = fields
        .iter()
        .zip(&slots)
        .enumerate()
        .map(|(i, (field, slot))| {
            let i = Literal::usize_unsuffixed(i);
            let ident = &field.ident;
            let value = match field.absent {
                Absent::Default => quote!(r.or_default(#slot)),
                Absent::Required => quote!(r.required(#slot, #i)?),
                Absent::Serde => quote!(r.or_absent(#slot, #i)?),
            };
            quote!(#ident: #value,)
        });
    // A struct without fields skips every key; a `match` of one arm would be linted.
    let body = if fields.is_empty() {
        quote!(while r.next()?.is_some() {
            r.skip()?;
        })
    } else {
        quote! {
            #(let mut #slots = ::core::option::Option::None;)*
            while let ::core::option::Option::Some(i) = r.next()? {
                match i {
                    #(#reads)*
                    _ => r.skip()?,
                }
            }
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
            fn visit<'de, A: #lean::Source<'de>>(mut r: #lean::Reader<'de, A>) -> ::core::result::Result<Self, A::Error> {
                #body
                ::core::result::Result::Ok(Self { #(#values)* })
            }
        }
    }
}
