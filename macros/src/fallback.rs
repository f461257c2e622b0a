//! What is emitted when the input has errors: the errors, the item as the user wrote it,
//! and the impls that other code names, so that one mistake is reported once and not
//! again at every use of the struct.

use crate::ast::Input;
use crate::attr::Args;
use crate::ctxt::Ctxt;
use crate::expand::{action_impl, crate_path, response_alias, serde_derive};
use crate::valid;
use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub fn expand(args: &Args, item: &DeriveInput, errors: syn::Error) -> TokenStream {
    let errors = errors.to_compile_error();
    let krate = crate_path(args);
    let cx = Ctxt::new();
    let parsed = Input::from_syn(&cx, item);
    // Its errors are already among `errors`.
    let _ = cx.check();
    let (derive, impls) = match parsed {
        Some(input) => {
            // The derive too, unless the struct has its own: its `#[serde]` attributes
            // would otherwise be errors of their own.
            let derive = (!valid::derives_serde(&input)).then(|| serde_derive(&krate, &input));
            let action_impl = action_impl(&krate, args, &input, None);
            let alias = response_alias(&krate, &input);
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
