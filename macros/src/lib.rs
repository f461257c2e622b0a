//! The `#[tencent_action]` attribute. Use it through the `tencent-action` crate, which
//! re-exports it and holds everything the generated code calls.

#![forbid(unsafe_code)]

mod ast;
mod attr;
mod ctxt;
mod expand;
mod fallback;
mod items;
mod lean;
mod valid;

use proc_macro::TokenStream;

/// Marks a struct as the response payload of one Tencent Cloud API action.
/// Documented in the `tencent-action` crate, which re-exports it.
#[proc_macro_attribute]
pub fn tencent_action(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::tencent_action(args.into(), input.into()).into()
}

#[cfg(test)]
mod snapshots;
