//! The annotated item, as far as this macro cares about it, and what can be asked of it.

use crate::ctxt::Ctxt;
use syn::{Attribute, DeriveInput, Field, Generics, Ident, LitStr, Visibility};

pub struct Input<'a> {
    pub attrs: &'a [Attribute],
    pub vis: &'a Visibility,
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    /// The named fields; empty for a unit struct.
    pub fields: Vec<&'a Field>,
    /// Whether it is a unit struct, `struct X;` (serde tells it from `struct X {}`).
    pub unit: bool,
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
            unit: matches!(&item.data, syn::Data::Struct(data) if matches!(data.fields, syn::Fields::Unit)),
        })
    }

    /// The paths the struct's own `#[derive(...)]` attributes name.
    pub fn derived_paths(&self) -> Vec<syn::Path> {
        let mut paths = Vec::new();
        for attr in self
            .attrs
            .iter()
            .filter(|attr| attr.path().is_ident("derive"))
        {
            let _ = attr.parse_nested_meta(|meta| {
                paths.push(meta.path);
                Ok(())
            });
        }
        paths
    }

    /// Whether the struct derives serde's traits itself (an error, reported by `valid`).
    pub fn derives_serde(&self) -> bool {
        self.derived_paths()
            .iter()
            .any(|path| serde_trait(path).is_some())
    }

    /// Whether the struct sets its own `rename_all`, so that the macro's must not be added.
    pub fn renames_all(&self) -> bool {
        self.attrs
            .iter()
            .any(|attr| serde_keys(attr).iter().any(|(key, _)| key == "rename_all"))
    }

    /// The struct's `#[deprecated]` attributes, for the items generated beside it.
    pub fn deprecated_attrs(&self) -> impl Iterator<Item = &'a Attribute> + use<'a> {
        self.attrs
            .iter()
            .filter(|attr| attr.path().is_ident("deprecated"))
    }
}

/// `Serialize` or `Deserialize` when `path` names one of serde's derives.
pub fn serde_trait(path: &syn::Path) -> Option<&'static str> {
    let last = path.segments.last()?.ident.to_string();
    match last.as_str() {
        "Serialize" => Some("Serialize"),
        "Deserialize" => Some("Deserialize"),
        _ => None,
    }
}

/// The `key` or `key = "value"` entries of a `#[serde(...)]` attribute.
pub fn serde_keys(attr: &Attribute) -> Vec<(String, Option<LitStr>)> {
    let mut keys = Vec::new();
    if attr.path().is_ident("serde") {
        let _ = attr.parse_nested_meta(|meta| {
            let key = meta
                .path
                .get_ident()
                .map(ToString::to_string)
                .unwrap_or_default();
            let value = if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<LitStr>().ok()
            } else {
                None
            };
            // Skip nested lists like `rename(serialize = "...")`.
            if meta.input.peek(syn::token::Paren) {
                let _content;
                syn::parenthesized!(_content in meta.input);
            }
            keys.push((key, value));
            Ok(())
        });
    }
    keys
}
