//! The code the attribute emits: the struct with its serde derives, the `Action` impl,
//! the response alias and, with `errors(...)`, the action's code type. Everything else
//! lives once in the runtime, reached through its hidden `__private` module.

use crate::ast::Input;
use crate::attr::{Args, ErrorEntry};
use crate::ctxt::Ctxt;
use crate::items::{action_impl, crate_path, response_alias, serde_derive};
use crate::{fallback, valid};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeMap;
use syn::{DeriveInput, Ident};
use tencent_action_names as rules;

pub fn tencent_action(args: TokenStream, input: TokenStream) -> TokenStream {
    let item: DeriveInput = match syn::parse2(input.clone()) {
        Ok(item) => item,
        Err(_) => {
            let error = syn::Error::new(
                Span::call_site(),
                "#[tencent_action] goes on a struct with the action's response fields",
            );
            return fallback::unparsed(input, error);
        }
    };
    let cx = Ctxt::new();
    let args = Args::parse(&cx, args);
    let parsed = Input::from_syn(&cx, &item);
    if let Some(parsed) = &parsed {
        valid::check(&cx, &args, parsed);
    }
    match (cx.check(), parsed) {
        (Ok(()), Some(parsed)) => expand(&args, &item, &parsed),
        (Err(errors), parsed) => fallback::expand(&args, &item, parsed.as_ref(), errors),
        (Ok(()), None) => unreachable!("an unparsed item always reports an error"),
    }
}

fn expand(args: &Args, item: &DeriveInput, input: &Input) -> TokenStream {
    let krate = crate_path(args);
    let lean = crate::lean::impls(&krate, args, input);
    // The lean impls read the fields' `#[serde]` attributes, which without a serde derive
    // to own them would be unknown attributes: the struct is emitted without them.
    let (serde, item) = match &lean {
        Some(_) => (None, without_serde_attrs(item)),
        None => (Some(serde_derive(&krate, input)), item.clone()),
    };
    let code_type = args
        .errors
        .as_ref()
        .map(|_| format_ident!("{}ErrorCode", input.ident));
    let code_enum = code_type
        .as_ref()
        .zip(args.errors.as_ref())
        .map(|(code_type, (_, entries))| error_code_enum(&krate, input, code_type, entries));
    let action_impl = action_impl(&krate, args, input, code_type.as_ref());
    let alias = response_alias(&krate, input);

    // The derive comes first: the struct's own `#[serde(...)]` attributes are helpers of
    // it and must follow it.
    quote! {
        #serde
        #item

        #lean
        #action_impl
        #alias
        #code_enum
    }
}

fn without_serde_attrs(item: &DeriveInput) -> DeriveInput {
    let mut item = item.clone();
    if let syn::Data::Struct(data) = &mut item.data {
        for field in data.fields.iter_mut() {
            field.attrs.retain(|attr| !attr.path().is_ident("serde"));
        }
    }
    item
}

fn error_code_enum(
    krate: &TokenStream,
    input: &Input,
    code_type: &Ident,
    entries: &[ErrorEntry],
) -> TokenStream {
    let vis = input.vis;
    let action = input.ident;
    let variants = variant_names(entries);
    let codes: Vec<String> = entries.iter().map(|entry| entry.code.value()).collect();
    let variant_defs = entries.iter().zip(&variants).map(|(entry, variant)| {
        let code = entry.code.value();
        let doc = match &entry.description {
            Some(description) => format!("`{code}`: {}", description.value()),
            None => format!("`{code}`"),
        };
        let allow = variant
            .to_string()
            .contains('_')
            .then(|| quote!(#[allow(non_camel_case_types)]));
        quote!(#[doc = #doc] #allow #variant)
    });
    let descriptions =
        entries
            .iter()
            .zip(&variants)
            .map(|(entry, variant)| match &entry.description {
                Some(description) => {
                    quote!(Self::#variant => ::core::option::Option::Some(#description))
                }
                None => quote!(Self::#variant => ::core::option::Option::None),
            });
    let doc = format!(
        "The error codes of [`{action}`]: the action's own codes, then the common table, then \
         any other code as sent. Get it with `ApiError::action_code::<{action}>()`."
    );
    let indexes = (0..entries.len()).map(proc_macro2::Literal::usize_unsuffixed);
    let names: Vec<String> = variants.iter().map(ToString::to_string).collect();
    let deprecated = input.deprecated_attrs();
    // Per code, only arms that rustc compiles cheaply: a constant each, and one integer
    // switch for `from_code`. The string lookup and `Debug` are shared code of the runtime
    // over the `CODES` and `NAMES` tables: a service crate has one such type per action,
    // and they were a quarter of its peak compile memory.
    quote! {
        #[doc = #doc]
        #(#deprecated)*
        #[derive(::core::clone::Clone, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        #[non_exhaustive]
        #vis enum #code_type {
            #(#variant_defs,)*
            /// A common error code.
            Common(#krate::__private::CommonCode),
            /// Any other code, kept as sent.
            Other(#krate::__private::UnknownCode),
        }

        #[allow(deprecated)]
        impl #code_type {
            const CODES: &'static [&'static str] = &[#(#codes),*];
            const NAMES: &'static [&'static str] = &[#(#names),*];
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl #krate::__private::FromCode for #code_type {
            #[inline]
            fn from_code(__code: &str) -> Self {
                match #krate::__private::code_index(__code, Self::CODES) {
                    #(::core::option::Option::Some(#indexes) => Self::#variants,)*
                    _ => #krate::__private::common_or_other(__code, Self::Common, Self::Other),
                }
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl #krate::__private::ErrorCode for #code_type {
            #[inline]
            fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #codes,)*
                    Self::Common(__code) => __code.as_str(),
                    Self::Other(__code) => #krate::__private::ErrorCode::as_str(__code),
                }
            }

            #[inline]
            fn description(&self) -> ::core::option::Option<&'static str> {
                match self {
                    #(#descriptions,)*
                    Self::Common(__code) => #krate::__private::ErrorCode::description(__code),
                    Self::Other(_) => ::core::option::Option::None,
                }
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Debug for #code_type {
            #[inline]
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    Self::Common(__code) => __f.debug_tuple("Common").field(__code).finish(),
                    Self::Other(__code) => __f.debug_tuple("Other").field(__code).finish(),
                    _ => #krate::__private::debug_code(
                        #krate::__private::ErrorCode::as_str(self),
                        Self::CODES,
                        Self::NAMES,
                        __f,
                    ),
                }
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Display for #code_type {
            #[inline]
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __f.write_str(#krate::__private::ErrorCode::as_str(self))
            }
        }
    }
}

/// One variant per code; codes whose run-together names collide keep their segments
/// apart, and any name still taken (by another code or by `Common`, `Other`, `Self`) is
/// numbered, so that every list of distinct codes gives distinct, valid variants.
fn variant_names(entries: &[ErrorEntry]) -> Vec<Ident> {
    const RESERVED: &[&str] = &["Common", "Other", "Self"];
    let mut uses: BTreeMap<String, usize> = BTreeMap::new();
    for entry in entries {
        *uses.entry(rules::variant(&entry.code.value())).or_default() += 1;
    }
    let mut taken: BTreeMap<String, usize> =
        RESERVED.iter().map(|name| (name.to_string(), 1)).collect();
    entries
        .iter()
        .map(|entry| {
            let code = entry.code.value();
            let mut name = rules::variant(&code);
            if uses[&name] > 1 || RESERVED.contains(&name.as_str()) {
                name = rules::separated_variant(&code);
                if !code.contains('.') {
                    name.push_str("Code");
                }
            }
            let count = taken.entry(name.clone()).or_default();
            *count += 1;
            if *count > 1 {
                name = format!("{name}_{count}");
            }
            Ident::new(&name, entry.code.span())
        })
        .collect()
}
