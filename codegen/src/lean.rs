//! The `Deserialize` of a data structure or a request: the template the attribute shares
//! (`tencent_action_names::lean`), fed the fields' decoding.

use crate::model::{Decoding, FieldDef};
use proc_macro2::{Ident, TokenStream};
use quote::quote;
use tencent_action_names::lean::{Absent, LeanField, Read, deserialize_impl as template};

/// `Deserialize` for the struct `ident` with `fields`, the impls under `attrs`
/// (`#[cfg(...)]`).
pub fn deserialize_impl(ident: &Ident, fields: &[FieldDef], attrs: &TokenStream) -> TokenStream {
    let fields: Vec<LeanField> = fields
        .iter()
        .map(|field| {
            let (read, absent) = match field.serde {
                Decoding::Required | Decoding::PresentNullable => (Read::Plain, Absent::Required),
                Decoding::Optional => (Read::Plain, Absent::Default),
                Decoding::NonNull => (Read::NonNull, Absent::Default),
                Decoding::Tolerant => (Read::Tolerant, Absent::Default),
            };
            LeanField {
                ident: crate::emit::field_ident(&field.ident),
                wire: field.wire.clone(),
                read,
                absent,
            }
        })
        .collect();
    template(
        &quote!(tencent_action),
        &quote!(serde),
        ident,
        &fields,
        attrs,
    )
}
