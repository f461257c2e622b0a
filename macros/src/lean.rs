//! `Deserialize` through the runtime's `__private::lean` rather than serde's derive, for
//! the structs whose serde attributes it knows: the same decoding and errors, for a
//! fraction of the code rustc compiles per struct. Any other struct (generic, a unit
//! struct, a container `#[serde]` attribute, a field attribute outside the known set) keeps
//! serde's derive.

use crate::ast::{Input, serde_keys};
use proc_macro2::TokenStream;
use quote::quote;
use tencent_action_names::lean::{Absent, LeanField, Read, deserialize_impl as template};

/// The lean `Deserialize` impls of `input`, or `None` when serde's derive must do it.
pub fn deserialize_impl(krate: &TokenStream, input: &Input) -> Option<TokenStream> {
    if !input.generics.params.is_empty()
        || input.fields.is_empty()
        || input.attrs.iter().any(|attr| attr.path().is_ident("serde"))
    {
        return None;
    }
    let fields = input
        .fields
        .iter()
        .map(|field| known_field(field))
        .collect::<Option<Vec<LeanField>>>()?;
    let serde = quote!(#krate::__private::serde);
    let attrs = quote!(#[automatically_derived] #[allow(deprecated)]);
    Some(template(krate, &serde, input.ident, &fields, &attrs))
}

/// The field, when every serde attribute it has is one the lean decoder knows.
fn known_field(field: &syn::Field) -> Option<LeanField> {
    let ident = field.ident.clone()?;
    let mut wire = None;
    let mut default = false;
    let mut read = None;
    for attr in &field.attrs {
        if !attr.path().is_ident("serde") {
            continue;
        }
        let keys = serde_keys(attr);
        if keys.is_empty() {
            return None;
        }
        for (key, value) in keys {
            match (key.as_str(), value) {
                ("rename", Some(value)) if wire.is_none() => wire = Some(value.value()),
                ("default", None) if !default => default = true,
                ("skip_serializing_if", Some(_)) => {}
                ("deserialize_with", Some(path)) if read.is_none() => {
                    read = Some(match path.value().as_str() {
                        "tencent_action::tolerant::deserialize" => Read::Tolerant,
                        "tencent_action::strict::non_null" => Read::NonNull,
                        "<Option<_> as serde::Deserialize>::deserialize" => Read::Plain,
                        _ => return None,
                    });
                }
                _ => return None,
            }
        }
    }
    let absent = match (default, &read) {
        (true, _) => Absent::Default,
        (false, Some(_)) => Absent::Required,
        (false, None) => Absent::Serde,
    };
    let wire = match wire {
        Some(wire) => wire,
        // serde capitalizes ASCII only; the shared rule capitalizes any letter.
        None if ident.to_string().is_ascii() => {
            tencent_action_names::pascal_case(&ident.to_string())
        }
        None => return None,
    };
    Some(LeanField {
        wire,
        ident,
        read: read.unwrap_or(Read::Plain),
        absent,
    })
}
