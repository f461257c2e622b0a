//! The `Client` of a generated module: one method per action, named in snake_case, that
//! sends the action's request through `tencent_action_client::Client::send` and returns
//! its future. Each method is a one-line call, so that the typed plumbing lives once in
//! the client crate.

use crate::model::Module;
use crate::names::{self, Scope};
use crate::{emit, paginators};
use proc_macro2::{Ident, Span};
use quote::quote;

/// The formatted source of the module's `client.rs`, which the module declares with
/// `mod client; pub use client::Client;`.
pub fn source(module: &Module) -> String {
    // The paginators are named after every action's own method has its name.
    let mut scope = client_scope();
    let snakes = action_method_names(module, &mut scope);
    let paginators: Vec<_> = module
        .actions
        .iter()
        .zip(&snakes)
        .map(|(action, snake)| paginators::client_methods(module, action, snake, &mut scope))
        .collect();
    let methods =
        module
            .actions
            .iter()
            .zip(&snakes)
            .zip(paginators)
            .map(|((action, snake), paginators)| {
                let method = emit::field_ident(&names::field_ident(snake));
                let request = Ident::new(&action.request.rust, Span::call_site());
                let response = Ident::new(&action.rust, Span::call_site());
                let docs = emit::doc_attrs(&emit::action_doc(action, "calls", true));
                let deprecated = emit::deprecated(module, action);
                // `#[inline]`: the method is compiled in the crate that calls it, and only
                // if it does; otherwise this crate would compile the client's generic `send`
                // for every action, when a program calls a few. And a plain function that
                // returns `send`'s future, not an `async fn` wrapping it: rustc would lay out
                // a future of its own per method.
                quote! {
                    #docs
                    #deprecated
                    #[allow(deprecated)]
                    #[inline]
                    pub fn #method<'a>(
                        &'a self,
                        request: &'a super::#request,
                    ) -> impl ::core::future::Future<
                        Output = Result<tencent_action::Response<super::#response>, tencent_action::Error>,
                    > + 'a {
                        self.inner.send(request)
                    }
                    #paginators
                }
            });
    let doc = emit::doc_attrs(&[format!(
        "The `{}` {} API: one method per action, each sending the action's request \
             through the wrapped `tencent_action_client::Client` (its credentials, region, \
             endpoint, retries).",
        module.service, module.version
    )]);
    let tokens = quote! {
        #doc
        #[derive(Debug, Clone)]
        pub struct Client {
            inner: tencent_action_client::Client,
        }

        impl Client {
            /// Wraps a configured client.
            pub fn new(inner: tencent_action_client::Client) -> Self {
                Client { inner }
            }

            /// The wrapped client.
            pub fn inner(&self) -> &tencent_action_client::Client {
                &self.inner
            }

            /// A copy whose calls use these options (region, idempotency, timeouts) over
            /// the wrapped client's: `tencent_action_client::Client::with_options`.
            pub fn with_options(&self, options: tencent_action_client::CallOptions) -> Self {
                Client { inner: self.inner.with_options(options) }
            }

            #(#methods)*
        }
    };
    separate_methods(&emit::print(tokens))
}

/// The client's method of each action, in the order of the actions: its name in
/// snake_case, unique, and a valid identifier (`r#type`).
pub fn method_names(module: &Module) -> Vec<String> {
    action_method_names(module, &mut client_scope())
        .iter()
        .map(|snake| names::field_ident(snake))
        .collect()
}

/// The names a `Client` has before its actions': `new`, `inner` and `with_options`.
fn client_scope() -> Scope {
    Scope::new(["new", "inner", "with_options"].map(str::to_owned))
}

/// Every action's method name in snake_case, in the module's order, taken in `scope` so
/// that each is unique.
fn action_method_names(module: &Module, scope: &mut Scope) -> Vec<String> {
    module
        .actions
        .iter()
        .map(|action| scope.take_numbered(&names::snake_case(&action.name), "_"))
        .collect()
}

/// A blank line between the methods of the `impl`, which the printer sets one under the
/// other.
fn separate_methods(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + source.len() / 50);
    let mut previous = "";
    for line in source.lines() {
        if previous == "    }" && line.starts_with("    ") && !line.starts_with("     ") {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = line;
    }
    out
}
