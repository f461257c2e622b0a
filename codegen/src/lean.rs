//! The serde impls of a data structure or a request: the templates the attribute shares
//! (`tencent_action_names::lean`), fed the fields' decoding.

use crate::model::{Decoding, FieldDef};
use proc_macro2::{Ident, TokenStream};
use quote::quote;
use tencent_action_names::lean::{Absent, LeanField, Read, Skip, deserialize_impl, serialize_impl};

/// `Serialize` (under `ser_attrs`) and `Deserialize` (under `de_attrs`) for the struct
/// `ident` with `fields`; the attributes are `#[cfg(...)]` or nothing.
pub fn serde_impls(
    ident: &Ident,
    fields: &[FieldDef],
    ser_attrs: &TokenStream,
    de_attrs: &TokenStream,
) -> TokenStream {
    let fields: Vec<LeanField> = fields
        .iter()
        .map(|field| {
            let (read, absent) = match field.serde {
                Decoding::Required | Decoding::PresentNullable => (Read::Plain, Absent::Required),
                Decoding::Optional => (Read::Plain, Absent::Default),
                Decoding::NonNull => (Read::NonNull, Absent::Default),
                Decoding::Tolerant => (Read::Tolerant, Absent::Default),
            };
            // A member the API may go without is left out when `None`, never sent as null.
            let skip = match field.serde {
                Decoding::Required => Skip::Never,
                _ => Skip::IfNone,
            };
            LeanField {
                ident: crate::emit::field_ident(&field.ident),
                wire: field.wire.clone(),
                read,
                absent,
                skip,
            }
        })
        .collect();
    let (krate, serde) = (quote!(tencent_action), quote!(serde));
    let serialize = serialize_impl(&krate, &serde, ident, &fields, ser_attrs);
    let deserialize = deserialize_impl(&krate, &serde, ident, &fields, de_attrs);
    quote!(#serialize #deserialize)
}
