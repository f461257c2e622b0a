//! Where a version module's items go. A module the `module` command writes is one file
//! the user includes (`emit::source`); a version module of a generated crate is a folder
//! with a file per kind of item, so that no file holds a whole service:
//!
//! - `mod.rs`: the documentation (an index of the actions) and the re-exports that keep
//!   every item at the module's root (`v20170312::DescribeInstances`,
//!   `v20170312::DescribeInstancesRequest`, `v20170312::Client`, `v20170312::Placement`);
//! - `actions.rs`: each action's response struct (and what the attribute derives from it);
//! - `requests.rs`: each action's request;
//! - `model.rs`: the data structures, the public module `model`;
//! - `client.rs`: the `Client`.

use crate::model::{FieldDef, Module, TypeRef};
use crate::{emit, paginators};
use proc_macro2::TokenStream;
use quote::quote;

/// Where a generated module goes, which its documentation follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Home<'a> {
    /// A file of its own, included where the user wants: its path is unknown, and it has
    /// no `Client`.
    File,
    /// A version module of a generated crate, by its path (`tencent_cloud_cvm::v20170312`).
    Crate(&'a str),
}

/// The files of the version module at `path`: `(file name, source)`, in the folder of
/// the module.
pub fn version_files(module: &Module, path: &str) -> Vec<(&'static str, String)> {
    let mut root = emit::print(emit::module_docs(module, Home::Crate(path)));
    root.push_str("\nmod actions;\nmod client;\npub mod model;\nmod requests;\n\n");
    for (name, any) in [
        ("actions", !module.actions.is_empty()),
        ("model", !module.structs.is_empty()),
        ("requests", !module.actions.is_empty()),
    ] {
        if any {
            root.push_str(&format!("pub use {name}::*;\n"));
        }
    }
    root.push_str("pub use client::Client;\n");

    let actions_use_model = holds_structs(module.actions.iter().flat_map(|a| &a.fields));
    let requests_use_model = holds_structs(module.actions.iter().flat_map(|a| &a.request.fields))
        || (module.actions.iter()).any(|action| paginators::items_are_structs(module, action));
    let actions = file(
        "Each action's response struct, with the types the attribute derives from it.",
        &[("model", actions_use_model)],
        emit::action_structs(module),
    );
    let requests = file(
        "Each action's request.",
        &[
            ("actions", !module.actions.is_empty()),
            ("model", requests_use_model),
        ],
        emit::request_structs(module),
    );
    let model = file(
        "The data structures the actions' requests and responses hold, each once; the \
         module re-exports them.",
        &[],
        emit::data_structs(module),
    );
    vec![
        ("actions.rs", actions),
        ("client.rs", crate::client::source(module)),
        ("mod.rs", root),
        ("model.rs", model),
        ("requests.rs", requests),
    ]
}

/// Whether any of `fields` holds a data structure.
fn holds_structs<'a>(mut fields: impl Iterator<Item = &'a FieldDef>) -> bool {
    fields.any(|field| matches!(field.ty.element, TypeRef::Struct(_)))
}

/// A file of the module: a line of documentation, the glob imports of the sibling
/// modules its items name (only those, or the import would be unused), and the items.
fn file(doc: &str, uses: &[(&str, bool)], items: TokenStream) -> String {
    let doc = format!(" {doc}");
    let uses = uses
        .iter()
        .filter(|(_, used)| *used)
        .map(|(name, _)| syn::Ident::new(name, proc_macro2::Span::call_site()));
    emit::print(quote! {
        #![doc = #doc]
        #(use super::#uses::*;)*
        #items
    })
}
