//! The arguments of `#[tencent_action(...)]`.

use crate::ctxt::Ctxt;
use proc_macro2::{Span, TokenStream};
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;
use syn::{LitStr, Token};

const KEYS: &[&str] = &[
    "service",
    "version",
    "action",
    "errors",
    "crate",
    "serialize_feature",
];

/// One entry of `errors(...)`: `"Code"` or `"Code" = "description"`.
pub struct ErrorEntry {
    pub code: LitStr,
    pub description: Option<LitStr>,
}

#[derive(Default)]
pub struct Args {
    pub service: Option<LitStr>,
    pub version: Option<LitStr>,
    pub action: Option<LitStr>,
    pub errors: Option<(Span, Vec<ErrorEntry>)>,
    pub krate: Option<syn::Path>,
    /// The cargo feature of the user's crate without which the struct has no `Serialize`.
    pub serialize_feature: Option<LitStr>,
}

impl Args {
    /// Parses what it can; every problem goes to `cx`, and parsing goes on after it.
    pub fn parse(cx: &Ctxt, tokens: TokenStream) -> Args {
        let mut args = Args::default();
        let parser = syn::meta::parser(|meta| {
            let key = meta.path.get_ident().map(|ident| ident.to_string());
            let key = key.as_deref().unwrap_or("");
            match key {
                "service" | "version" | "action" | "serialize_feature" => {
                    let slot = match key {
                        "service" => &mut args.service,
                        "version" => &mut args.version,
                        "action" => &mut args.action,
                        _ => &mut args.serialize_feature,
                    };
                    let value = string_value(cx, &meta);
                    set_once(cx, slot, value, &meta.path, key);
                }
                "errors" => {
                    let entries = error_entries(cx, &meta)?;
                    let entries = entries.map(|entries| (meta.path.span(), entries));
                    set_once(cx, &mut args.errors, entries, &meta.path, key);
                }
                "crate" => {
                    let path = crate_path(cx, &meta);
                    set_once(cx, &mut args.krate, path, &meta.path, key);
                }
                _ => {
                    let unknown = meta.path.to_token_stream_string();
                    let hint = did_you_mean(&unknown, KEYS)
                        .map(|key| format!("; did you mean `{key}`?"))
                        .unwrap_or_default();
                    cx.error_spanned_by(
                        &meta.path,
                        format!(
                            "unknown tencent_action argument `{unknown}`{hint} \
                             (expected one of: service, version, action, errors, crate, \
                             serialize_feature)"
                        ),
                    );
                    skip_value(meta.input)?;
                }
            }
            Ok(())
        });
        if let Err(error) = parser.parse2(tokens) {
            cx.syn_error(error);
        }
        args
    }
}

trait PathString {
    fn to_token_stream_string(&self) -> String;
}

impl PathString for syn::Path {
    fn to_token_stream_string(&self) -> String {
        quote::ToTokens::to_token_stream(self)
            .to_string()
            .replace(' ', "")
    }
}

fn set_once<T>(cx: &Ctxt, slot: &mut Option<T>, value: Option<T>, path: &syn::Path, key: &str) {
    let Some(value) = value else { return };
    if slot.is_some() {
        cx.error_spanned_by(path, format!("duplicate tencent_action argument `{key}`"));
    } else {
        *slot = Some(value);
    }
}

/// `key = "string"`.
fn string_value(cx: &Ctxt, meta: &syn::meta::ParseNestedMeta) -> Option<LitStr> {
    let key = meta.path.to_token_stream_string();
    if !meta.input.peek(Token![=]) {
        cx.error_spanned_by(&meta.path, format!("expected `{key} = \"...\"`"));
        skip_value(meta.input).ok();
        return None;
    }
    let _: Token![=] = meta.input.parse().ok()?;
    let value = expect_string(cx, meta.input, &format!("`{key}` takes a string literal"));
    if value.is_none() {
        skip_value(meta.input).ok();
    }
    value
}

/// A string literal, or an error at whatever stands there instead.
fn expect_string(cx: &Ctxt, input: ParseStream, message: &str) -> Option<LitStr> {
    if input.peek(LitStr) {
        return input.parse().ok();
    }
    match input.parse::<proc_macro2::TokenTree>() {
        Ok(token) => cx.error_spanned_by(token, message),
        Err(_) => cx.error_at(input.span(), message),
    }
    None
}

/// `errors("Code", "Code" = "description", ...)`.
fn error_entries(
    cx: &Ctxt,
    meta: &syn::meta::ParseNestedMeta,
) -> syn::Result<Option<Vec<ErrorEntry>>> {
    if !meta.input.peek(syn::token::Paren) {
        cx.error_spanned_by(
            &meta.path,
            "expected `errors(\"Code\", \"Code\" = \"description\", ...)`",
        );
        skip_value(meta.input)?;
        return Ok(None);
    }
    let content;
    syn::parenthesized!(content in meta.input);
    let mut entries = Vec::new();
    while !content.is_empty() {
        let code = expect_string(
            cx,
            &content,
            "an error code is a string literal, like \"InvalidParameterValue.Malformed\"",
        );
        let description = if content.peek(Token![=]) {
            let _: Token![=] = content.parse()?;
            expect_string(
                cx,
                &content,
                "an error code's description is a string literal",
            )
        } else {
            None
        };
        if let Some(code) = code {
            entries.push(ErrorEntry { code, description });
        }
        // Whatever is left of a broken entry, up to its comma.
        if !content.is_empty() && !content.peek(Token![,]) {
            cx.error_at(content.span(), "expected `,` between error codes");
            while !content.is_empty() && !content.peek(Token![,]) {
                content.parse::<proc_macro2::TokenTree>()?;
            }
        }
        if !content.is_empty() {
            let _: Token![,] = content.parse()?;
        }
    }
    Ok(Some(entries))
}

/// `crate = path` or `crate = "path"`.
fn crate_path(cx: &Ctxt, meta: &syn::meta::ParseNestedMeta) -> Option<syn::Path> {
    if !meta.input.peek(Token![=]) {
        cx.error_spanned_by(&meta.path, "expected `crate = path::to::tencent_action`");
        skip_value(meta.input).ok();
        return None;
    }
    let _: Token![=] = meta.input.parse().ok()?;
    let parsed = if meta.input.peek(LitStr) {
        let lit: LitStr = meta.input.parse().ok()?;
        lit.parse::<syn::Path>()
    } else {
        meta.input.parse::<syn::Path>()
    };
    match parsed {
        Ok(path) => Some(path),
        Err(error) => {
            cx.syn_error(error);
            skip_value(meta.input).ok();
            None
        }
    }
}

/// Skips the rest of one argument: `= value` or `(...)`, up to the next comma.
fn skip_value(input: ParseStream) -> syn::Result<()> {
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(())
}

/// The closest known name, if it is close enough to be a typo.
fn did_you_mean<'a>(unknown: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|&candidate| (edit_distance(unknown, candidate), candidate))
        .filter(|&(distance, candidate)| distance <= 2 && distance < candidate.len() / 2)
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_keys_only() {
        assert_eq!(did_you_mean("servce", KEYS), Some("service"));
        assert_eq!(did_you_mean("error", KEYS), Some("errors"));
        assert_eq!(did_you_mean("versoin", KEYS), Some("version"));
        assert_eq!(did_you_mean("region", KEYS), None);
        assert_eq!(did_you_mean("cr", KEYS), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
