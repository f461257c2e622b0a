//! Checks of what the user wrote, each reported at the token it is about.

use crate::ast::Input;
use crate::attr::Args;
use crate::ctxt::Ctxt;
use crate::names;
use std::collections::BTreeMap;

pub fn check(cx: &Ctxt, args: &Args, input: &Input) {
    check_args(cx, args);
    check_derives(cx, input);
    check_fields(cx, input);
}

fn check_args(cx: &Ctxt, args: &Args) {
    if let Some(service) = &args.service {
        let value = service.value();
        if value.is_empty()
            || !value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            cx.error_spanned_by(
                service,
                "`service` is the service's short name, like \"cvm\"",
            );
        }
    }
    if let Some(version) = &args.version {
        if !is_date(&version.value()) {
            cx.error_spanned_by(
                version,
                "`version` is the API version, a date like \"2017-03-12\"",
            );
        }
    }
    if let Some(action) = &args.action {
        let value = action.value();
        if !value.starts_with(|c: char| c.is_ascii_uppercase())
            || !value.chars().all(|c| c.is_ascii_alphanumeric())
        {
            cx.error_spanned_by(
                action,
                "`action` is the action's name, like \"DescribeInstances\"",
            );
        }
    }
    if let Some((span, entries)) = &args.errors {
        if entries.is_empty() {
            cx.error_at(*span, "`errors()` lists no codes; leave it out instead");
        }
        let mut seen = BTreeMap::new();
        for entry in entries {
            let code = entry.code.value();
            if !names::is_valid_code(&code) {
                cx.error_spanned_by(
                    &entry.code,
                    "an error code is dotted segments of letters, digits and `_`, like \
                     \"InvalidParameterValue.Malformed\"",
                );
            } else if seen.insert(code.clone(), ()).is_some() {
                cx.error_spanned_by(&entry.code, format!("error code `{code}` is listed twice"));
            }
        }
    }
}

fn is_date(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, &b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// The macro derives `Serialize` and `Deserialize` itself; a second derive would be a
/// conflicting impl reported far from its cause.
fn check_derives(cx: &Ctxt, input: &Input) {
    for attr in input.attrs {
        if !attr.path().is_ident("derive") {
            continue;
        }
        let _ = attr.parse_nested_meta(|meta| {
            let last = meta.path.segments.last().map(|s| s.ident.to_string());
            if let Some(name @ ("Serialize" | "Deserialize")) = last.as_deref() {
                cx.error_spanned_by(
                    &meta.path,
                    format!("#[tencent_action] already derives `{name}` (with PascalCase names); remove this derive"),
                );
            }
            Ok(())
        });
    }
}

/// `RequestId` and `Error` are the envelope's; a payload field of that name would never
/// be filled.
fn check_fields(cx: &Ctxt, input: &Input) {
    let renames_all = renames_all(input);
    for field in &input.fields {
        let Some(ident) = &field.ident else { continue };
        let keys: Vec<_> = field.attrs.iter().flat_map(serde_keys).collect();
        let explicit = |wanted: &str| -> Vec<(String, proc_macro2::Span)> {
            keys.iter()
                .filter(|(key, _)| key == wanted)
                .filter_map(|(_, value)| value.as_ref())
                .map(|lit| (lit.value(), lit.span()))
                .collect()
        };
        let renamed = explicit("rename").into_iter().next();
        let primary = renamed.or_else(|| {
            (!renames_all).then(|| (names::pascal_case(&ident.to_string()), ident.span()))
        });
        for (wire, span) in primary.into_iter().chain(explicit("alias")) {
            let what = match wire.as_str() {
                "RequestId" => {
                    "`RequestId` belongs to the envelope: read it with `request_id()` on the response"
                }
                "Error" => {
                    "`Error` belongs to the envelope: a response that has it decodes to `Error::Api`"
                }
                _ => continue,
            };
            cx.error_at(span, format!("{what}, not from a payload field"));
        }
    }
}

/// The `key` or `key = "value"` entries of a `#[serde(...)]` attribute.
fn serde_keys(attr: &syn::Attribute) -> Vec<(String, Option<syn::LitStr>)> {
    let mut keys = Vec::new();
    if attr.path().is_ident("serde") {
        let _ = attr.parse_nested_meta(|meta| {
            let key = meta
                .path
                .get_ident()
                .map(ToString::to_string)
                .unwrap_or_default();
            let value = if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<syn::LitStr>().ok()
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

/// Whether the struct derives serde's traits itself (an error, reported by `check`).
pub fn derives_serde(input: &Input) -> bool {
    let mut found = false;
    for attr in input
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("derive"))
    {
        let _ = attr.parse_nested_meta(|meta| {
            let last = meta.path.segments.last().map(|s| s.ident.to_string());
            found |= matches!(last.as_deref(), Some("Serialize" | "Deserialize"));
            Ok(())
        });
    }
    found
}

/// Whether the struct sets its own `rename_all`, so that the macro's must not be added.
pub fn renames_all(input: &Input) -> bool {
    input
        .attrs
        .iter()
        .any(|attr| serde_keys(attr).iter().any(|(key, _)| key == "rename_all"))
}
