//! `Deserialize` and `Serialize` through the runtime's `__private::lean` rather than
//! serde's derives, for the structs whose serde attributes it knows: the same encoding,
//! decoding and errors, for a fraction of the code rustc compiles per struct. Any other
//! struct (generic, with a container `#[serde]` attribute or a field attribute outside
//! the known set) keeps serde's derives.

use crate::ast::{Input, serde_keys};
use crate::attr::Args;
use proc_macro2::TokenStream;
use quote::quote;
use tencent_action_names::lean::{
    Absent, LeanField, Read, Skip, deserialize_impl, serialize_impl, unit_impls,
};

/// The lean serde impls of `input`, `Serialize` only with `serialize_feature` when it is
/// given, or `None` when serde's derives must do it.
pub fn impls(krate: &TokenStream, args: &Args, input: &Input) -> Option<TokenStream> {
    if !input.generics.params.is_empty()
        || input.attrs.iter().any(|attr| attr.path().is_ident("serde"))
    {
        return None;
    }
    let serde = quote!(#krate::__private::serde);
    let attrs = quote!(#[automatically_derived] #[allow(deprecated)]);
    let ser_attrs = match &args.serialize_feature {
        Some(feature) => quote!(#[cfg(feature = #feature)] #attrs),
        None => attrs.clone(),
    };
    if input.unit {
        return Some(unit_impls(krate, &serde, input.ident, &attrs, &ser_attrs));
    }
    let fields = input
        .fields
        .iter()
        .map(|field| known_field(field))
        .collect::<Option<Vec<LeanField>>>()?;
    let deserialize = deserialize_impl(krate, &serde, input.ident, &fields, &attrs);
    let serialize = serialize_impl(krate, &serde, input.ident, &fields, &ser_attrs);
    Some(quote!(#deserialize #serialize))
}

/// The field, when every serde attribute it has is one the lean decoder knows.
fn known_field(field: &syn::Field) -> Option<LeanField> {
    let ident = field.ident.clone()?;
    let mut wire = None;
    let mut default = false;
    let mut read = None;
    let mut skip_if = None;
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
                ("skip_serializing_if", Some(path)) if skip_if.is_none() => {
                    let path: syn::ExprPath = path.parse().ok()?;
                    skip_if = Some(quote!(#path));
                }
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
        skip: skip_if.map_or(Skip::Never, Skip::If),
    })
}
