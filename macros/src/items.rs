//! The items every expansion emits beside the struct, with or without errors: the serde
//! derive, the `Action` impl and the response alias. An expansion with errors still emits
//! them, so that a mistake is reported once and not again at every use of the struct.

use crate::ast::Input;
use crate::attr::Args;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::{GenericParam, Ident, LitStr};

/// serde's derives with PascalCase names, through the runtime's serde, for a struct the
/// lean impls do not take.
pub fn serde_derive(krate: &TokenStream, input: &Input) -> TokenStream {
    let serde_crate = LitStr::new(
        &quote!(#krate::__private::serde).to_string(),
        Span::call_site(),
    );
    let rename_all = (!input.renames_all()).then(|| quote!(#[serde(rename_all = "PascalCase")]));
    quote! {
        #[derive(#krate::__private::serde::Serialize, #krate::__private::serde::Deserialize)]
        #[serde(crate = #serde_crate)]
        #rename_all
    }
}

pub fn crate_path(args: &Args) -> TokenStream {
    match &args.krate {
        Some(path) => quote!(#path),
        None => quote!(::tencent_action),
    }
}

pub fn action_impl(
    krate: &TokenStream,
    args: &Args,
    input: &Input,
    code_type: Option<&Ident>,
) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let name = args
        .action
        .as_ref()
        .map_or_else(|| ident.to_string(), LitStr::value);
    let service = args.service.as_ref().map(LitStr::value).unwrap_or_default();
    let version = args.version.as_ref().map(LitStr::value).unwrap_or_default();
    let code_type = match code_type {
        Some(code_type) => quote!(#code_type),
        None => quote!(#krate::__private::Code),
    };
    // A deprecated action stays usable without its own generated impls warning.
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics #krate::__private::Action for #ident #ty_generics #where_clause {
            const NAME: &'static str = #name;
            const SERVICE: &'static str = #service;
            const VERSION: &'static str = #version;
            type ErrorCode = #code_type;
        }
    }
}

/// `pub type XResponse<'a, T> = Response<X<'a, T>>;`, without bounds (an alias ignores them).
pub fn response_alias(krate: &TokenStream, input: &Input) -> TokenStream {
    let ident = input.ident;
    let vis = input.vis;
    let alias = format_ident!("{}Response", ident);
    let params = input.generics.params.iter().map(|param| match param {
        GenericParam::Lifetime(param) => {
            let lifetime = &param.lifetime;
            quote!(#lifetime)
        }
        GenericParam::Type(param) => {
            let name = &param.ident;
            match &param.default {
                Some((_, default)) => quote!(#name = #default),
                None => quote!(#name),
            }
        }
        GenericParam::Const(param) => {
            let name = &param.ident;
            let ty = &param.ty;
            quote!(const #name: #ty)
        }
    });
    let (_, ty_generics, _) = input.generics.split_for_impl();
    let doc = format!(
        "The decoded response of [`{ident}`]: its fields, which it dereferences to, and the RequestId."
    );
    let deprecated = input.deprecated_attrs();
    quote! {
        #[doc = #doc]
        #(#deprecated)*
        #[allow(deprecated)]
        #vis type #alias<#(#params),*> = #krate::__private::Response<#ident #ty_generics>;
    }
}
