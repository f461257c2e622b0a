//! Checks of what the user wrote, each reported at the token it is about.

use crate::ast::{self, Input};
use crate::attr::Args;
use crate::ctxt::Ctxt;
use std::collections::BTreeSet;
use tencent_action_names as rules;

pub fn check(cx: &Ctxt, args: &Args, input: &Input) {
    check_args(cx, args);
    check_derives(cx, input);
    check_fields(cx, input);
}

fn check_args(cx: &Ctxt, args: &Args) {
    if let Some(service) = &args.service {
        if !rules::is_service(&service.value()) {
            cx.error_spanned_by(
                service,
                "`service` is the service's short name, like \"cvm\"",
            );
        }
    }
    if let Some(version) = &args.version {
        if !rules::is_version(&version.value()) {
            cx.error_spanned_by(
                version,
                "`version` is the API version, a date like \"2017-03-12\"",
            );
        }
    }
    if let Some(action) = &args.action {
        if !rules::is_action(&action.value()) {
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
        let mut seen = BTreeSet::new();
        for entry in entries {
            let code = entry.code.value();
            if !rules::is_code(&code) {
                cx.error_spanned_by(
                    &entry.code,
                    "an error code is dotted segments of letters, digits, `_` and `-`, like \
                     \"InvalidParameterValue.Malformed\"",
                );
            } else if !seen.insert(code.clone()) {
                cx.error_spanned_by(&entry.code, format!("error code `{code}` is listed twice"));
            }
        }
    }
}

/// The macro derives `Serialize` and `Deserialize` itself; a second derive would be a
/// conflicting impl reported far from its cause.
fn check_derives(cx: &Ctxt, input: &Input) {
    for path in input.derived_paths() {
        if let Some(name) = ast::serde_trait(&path) {
            cx.error_spanned_by(
                &path,
                format!(
                    "#[tencent_action] already derives `{name}` (with PascalCase names); remove this derive"
                ),
            );
        }
    }
}

/// `RequestId` and `Error` are the envelope's; a payload field of that name would never
/// be filled.
fn check_fields(cx: &Ctxt, input: &Input) {
    let renames_all = input.renames_all();
    for field in &input.fields {
        let Some(ident) = &field.ident else { continue };
        let keys: Vec<_> = field.attrs.iter().flat_map(ast::serde_keys).collect();
        let explicit = |wanted: &str| -> Vec<(String, proc_macro2::Span)> {
            keys.iter()
                .filter(|(key, _)| key == wanted)
                .filter_map(|(_, value)| value.as_ref())
                .map(|lit| (lit.value(), lit.span()))
                .collect()
        };
        let renamed = explicit("rename").into_iter().next();
        let primary = renamed.or_else(|| {
            (!renames_all).then(|| (rules::pascal_case(&ident.to_string()), ident.span()))
        });
        for (wire, span) in primary.into_iter().chain(explicit("alias")) {
            let message = match wire.as_str() {
                "RequestId" => {
                    "`RequestId` belongs to the envelope, not to the payload: read it with \
                     `request_id()` on the response"
                }
                "Error" => {
                    "`Error` belongs to the envelope, not to the payload: a response that has \
                     it decodes to `Error::Api`"
                }
                _ => continue,
            };
            cx.error_at(span, message);
        }
    }
}
