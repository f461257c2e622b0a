//! The annotated item, as far as this macro cares about it.

use crate::ctxt::Ctxt;
use syn::{Attribute, DeriveInput, Field, Generics, Ident, Visibility};

pub struct Input<'a> {
    pub attrs: &'a [Attribute],
    pub vis: &'a Visibility,
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    /// The named fields; empty for a unit struct.
    pub fields: Vec<&'a Field>,
}

impl<'a> Input<'a> {
    /// The struct's shape, or `None` (with the reason in `cx`) for anything that cannot be
    /// an action's payload.
    pub fn from_syn(cx: &Ctxt, item: &'a DeriveInput) -> Option<Input<'a>> {
        let fields = match &item.data {
            syn::Data::Struct(data) => match &data.fields {
                syn::Fields::Named(named) => named.named.iter().collect(),
                syn::Fields::Unit => Vec::new(),
                syn::Fields::Unnamed(unnamed) => {
                    cx.error_spanned_by(
                        unnamed,
                        "#[tencent_action] needs named fields: the response's fields are keys \
                         of the `Response` object (a struct without fields, `struct X;`, is \
                         fine for an action that returns only the RequestId)",
                    );
                    return None;
                }
            },
            syn::Data::Enum(data) => {
                cx.error_spanned_by(
                    data.enum_token,
                    "#[tencent_action] goes on a struct with the action's response fields, \
                     not on an enum",
                );
                return None;
            }
            syn::Data::Union(data) => {
                cx.error_spanned_by(
                    data.union_token,
                    "#[tencent_action] goes on a struct with the action's response fields, \
                     not on a union",
                );
                return None;
            }
        };
        Some(Input {
            attrs: &item.attrs,
            vis: &item.vis,
            ident: &item.ident,
            generics: &item.generics,
            fields,
        })
    }
}
