//! What is emitted when the input has errors: the errors, the item as the user wrote it,
//! and the impls that other code names, so that one mistake is reported once and not
//! again at every use of the struct.

use crate::ast::Input;
use crate::attr::Args;
use crate::items::{action_impl, crate_path, response_alias, serde_derive};
use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

/// `input` is the struct as `expand` parsed it, `None` when it is no struct with named
/// fields (its error is among `errors`).
pub fn expand(
    args: &Args,
    item: &DeriveInput,
    input: Option<&Input>,
    errors: syn::Error,
) -> TokenStream {
    let errors = errors.to_compile_error();
    let krate = crate_path(args);
    let (derive, impls) = match input {
        Some(input) => {
            // The derive too, unless the struct has its own: its `#[serde]` attributes
            // would otherwise be errors of their own.
            let derive = (!input.derives_serde()).then(|| serde_derive(&krate, input));
            let action_impl = action_impl(&krate, args, input, None);
            let alias = response_alias(&krate, input);
            (derive, Some(quote!(#action_impl #alias)))
        }
        None => (None, None),
    };
    quote! {
        #errors
        #derive
        #item
        #impls
    }
}

pub fn unparsed(input: TokenStream, error: syn::Error) -> TokenStream {
    let error = error.to_compile_error();
    quote! {
        #error
        #input
    }
}
