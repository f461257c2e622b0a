//! Paginators: for every action whose list comes in pages (the spec crate's rule,
//! [`Spec::paging`](crate::spec::Spec::paging)), the `tencent_action::Paginated` impl of
//! its request, in the module, and two methods of the module's `Client`, `<action>_pages`
//! and `<action>_items`. Each is a few lines: how to walk the pages and when to stop live
//! once, in the client crate.

use crate::emit;
use crate::model::{ActionDef, FieldDef, FieldType, Module, TypeRef};
use crate::names::Scope;
use crate::spec;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

/// How an action pages, by the wire names of its members, kept in the module's plan.
#[derive(Debug)]
pub struct Plan {
    by: By,
    /// The path to the list, from the response.
    items: Vec<String>,
    /// The path to the total, from the response.
    total: Option<Vec<String>>,
}

#[derive(Debug)]
enum By {
    Offset {
        offset: String,
        limit: String,
    },
    PageNumber {
        number: String,
        size: String,
        first: u64,
    },
    Token {
        input: String,
        output: Vec<String>,
    },
}

impl Plan {
    /// The plan of `paging`, by wire names.
    pub fn of(paging: &spec::Paging<'_>) -> Plan {
        let wires = |path: &spec::MemberPath<'_>| -> Vec<String> {
            path.wire_path().into_iter().map(str::to_owned).collect()
        };
        let by = match &paging.by {
            spec::PageBy::Offset { offset, limit } => By::Offset {
                offset: offset.name.clone(),
                limit: limit.name.clone(),
            },
            spec::PageBy::PageNumber {
                number,
                size,
                first,
            } => By::PageNumber {
                number: number.name.clone(),
                size: size.name.clone(),
                first: *first,
            },
            spec::PageBy::Token { input, output } => By::Token {
                input: input.name.clone(),
                output: wires(output),
            },
        };
        Plan {
            by,
            items: wires(&paging.items),
            total: paging.total.as_ref().map(wires),
        }
    }
}

/// Whether `action` pages over a list of data structures: its paginator's impl then
/// names one.
pub fn items_are_structs(module: &Module, action: &ActionDef) -> bool {
    action.paging.as_ref().is_some_and(|plan| {
        path(module, action, &plan.items, true)
            .is_some_and(|(_, items)| matches!(items.ty.element, TypeRef::Struct(_)))
    })
}

/// The `tencent_action::Paginated` impl of `action`'s request, when the action pages.
pub fn impl_for(module: &Module, action: &ActionDef) -> Option<TokenStream> {
    let plan = action.paging.as_ref()?;
    let request = &action.request.fields;
    let (items_parent, items) = path(module, action, &plan.items, true)?;
    let item = emit::field_type(&FieldType {
        optional: false,
        list: false,
        boxed: false,
        element: items.ty.element.clone(),
    });
    let items_ident = emit::field_ident(&items.ident);
    let items = if items.ty.optional {
        quote!(#items_parent.#items_ident.as_mut())
    } else {
        quote!(Some(&mut #items_parent.#items_ident))
    };
    let total = match &plan.total {
        Some(wires) => {
            let (parent, total) = path(module, action, wires, false)?;
            let ident = emit::field_ident(&total.ident);
            Some(quote! {
                fn total(page: &Self::Action) -> Option<u64> {
                    tencent_action::Count::count(&#parent.#ident)
                }
            })
        }
        None => None,
    };
    let by = match &plan.by {
        By::Offset { offset, limit } => {
            let numbers = numbered(request, offset, limit)?;
            quote!(const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset; #numbers)
        }
        By::PageNumber {
            number,
            size,
            first,
        } => {
            let numbers = numbered(request, number, size)?;
            let first = Literal::u64_unsuffixed(*first);
            quote! {
                const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::PageNumber { first: #first };
                #numbers
            }
        }
        By::Token { input, output } => {
            let input = field(request, input)?;
            let ident = emit::field_ident(&input.ident);
            let (token, set) = if input.ty.optional {
                (quote!(self.#ident.as_deref()), quote!(Some(token)))
            } else {
                (quote!(Some(self.#ident.as_str())), quote!(token))
            };
            let (parent, next) = path(module, action, output, false)?;
            let next_ident = emit::field_ident(&next.ident);
            let next = if next.ty.optional {
                quote!(#parent.#next_ident.as_deref())
            } else {
                quote!(Some(#parent.#next_ident.as_str()))
            };
            quote! {
                const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Token;
                fn token(&self) -> Option<&str> { #token }
                fn set_token(&mut self, token: String) { self.#ident = #set; }
                fn next_token(page: &Self::Action) -> Option<&str> { #next }
            }
        }
    };
    let request_ident = Ident::new(&action.request.rust, Span::call_site());
    let deprecated = action.deprecated.then(|| quote!(#[allow(deprecated)]));
    Some(quote! {
        #deprecated
        impl tencent_action::Paginated for #request_ident {
            type Item = #item;
            #by
            fn items(page: &mut Self::Action) -> Option<&mut Vec<#item>> { #items }
            #total
        }
    })
}

/// `<action>_pages` and `<action>_items` of the module's `Client`, named in `scope` after
/// `snake`, the action's own method, when the action pages.
pub fn client_methods(
    module: &Module,
    action: &ActionDef,
    snake: &str,
    scope: &mut Scope,
) -> Option<TokenStream> {
    let plan = action.paging.as_ref()?;
    // An action whose paging members cannot be found gets no paginator: its impl is left
    // out the same way.
    impl_for(module, action)?;
    let pages_name = scope.take_numbered(&format!("{snake}_pages"), "_");
    let pages = emit::field_ident(&pages_name);
    let items = emit::field_ident(&scope.take_numbered(&format!("{snake}_items"), "_"));
    let request = Ident::new(&action.request.rust, Span::call_site());
    let start = match &plan.by {
        By::Offset { offset, limit } => format!("its `{offset}`, and `{limit}` the page size"),
        By::PageNumber { number, size, .. } => {
            format!("its `{number}`, and `{size}` the page size")
        }
        By::Token { input, .. } => format!("its `{input}`, none for the first page"),
    };
    let mut pages_doc = emit::action_doc(action, "every page of", false);
    pages_doc.push(String::new());
    pages_doc.push(format!(
        "A stream of the answers, from the page the request asks for ({start}) to the \
         last: `tencent_action_client::paging` says when it ends."
    ));
    let mut items_doc = emit::action_doc(action, "every item of", false);
    items_doc.push(String::new());
    items_doc.push(format!(
        "A stream of the elements of `{}` across the pages that `{pages_name}` gives.",
        plan.items.join(".")
    ));
    let pages_doc = emit::doc_attrs(&pages_doc);
    let items_doc = emit::doc_attrs(&items_doc);
    let deprecated = emit::deprecated(module, action);
    Some(quote! {
        #pages_doc
        #deprecated
        #[allow(deprecated)]
        #[inline]
        pub fn #pages(&self, request: &super::#request) -> tencent_action_client::Pages<super::#request> {
            self.inner.pages(request)
        }

        #items_doc
        #deprecated
        #[allow(deprecated)]
        #[inline]
        pub fn #items(&self, request: &super::#request) -> tencent_action_client::Items<super::#request> {
            self.inner.items(request)
        }
    })
}

/// `start`, `set_start` and `page_size` of an offset or page number and a page size.
fn numbered(request: &[FieldDef], start: &str, size: &str) -> Option<TokenStream> {
    let start = emit::field_ident(&field(request, start)?.ident);
    let size = emit::field_ident(&field(request, size)?.ident);
    Some(quote! {
        fn start(&self) -> Option<u64> { tencent_action::Count::count(&self.#start) }
        fn set_start(&mut self, start: u64) { tencent_action::Count::set_count(&mut self.#start, start) }
        fn page_size(&self) -> Option<u64> { tencent_action::Count::count(&self.#size) }
    })
}

fn field<'a>(fields: &'a [FieldDef], wire: &str) -> Option<&'a FieldDef> {
    fields.iter().find(|field| field.wire == wire)
}

/// The expression of the structure that holds the last member of `wires` (from `page`,
/// the response, through the structures before it: `page.result.as_ref()?`), and that
/// member's field; `mutable` for `as_mut`.
fn path<'a>(
    module: &'a Module,
    action: &'a ActionDef,
    wires: &[String],
    mutable: bool,
) -> Option<(TokenStream, &'a FieldDef)> {
    let (last, holders) = wires.split_last()?;
    let mut fields = &action.fields;
    let mut parent = quote!(page);
    for wire in holders {
        let holder = field(fields, wire)?;
        let TypeRef::Struct(name) = &holder.ty.element else {
            return None;
        };
        if holder.ty.list {
            return None;
        }
        let ident = emit::field_ident(&holder.ident);
        parent = match (holder.ty.optional, mutable) {
            (true, true) => quote!(#parent.#ident.as_mut()?),
            (true, false) => quote!(#parent.#ident.as_ref()?),
            (false, _) => quote!(#parent.#ident),
        };
        fields = &module.structs.iter().find(|def| def.rust == *name)?.fields;
    }
    Some((parent, field(fields, last)?))
}
