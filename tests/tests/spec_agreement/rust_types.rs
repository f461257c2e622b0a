//! The generator's side: the Rust type of every field, read back from the source it
//! emits, the way a user's compiler sees it.

use std::collections::BTreeMap;
use syn::{Fields, GenericArgument, Item, LitStr, PathArguments, Type};
use tencent_action_names::pascal_case;

/// A field's element type, as the generated source spells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RustElement {
    I64,
    U64,
    F64,
    Bool,
    String,
    Json,
    /// A generated struct, by its Rust name.
    Struct(String),
}

/// A field's type with `Option` and `Box` taken off: one element, or a `Vec` of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RustType {
    pub element: RustElement,
    pub list: bool,
}

impl RustType {
    /// Whether serde_json decodes `value` into this type, as the generated struct would
    /// (a struct's own members are probed one by one, so any object will do for it).
    pub fn decodes(&self, value: &serde_json::Value) -> bool {
        if self.list {
            return value
                .as_array()
                .is_some_and(|items| items.iter().all(|item| self.element.decodes(item)));
        }
        self.element.decodes(value)
    }
}

impl RustElement {
    fn decodes(&self, value: &serde_json::Value) -> bool {
        use serde_json::from_value;
        let value = value.clone();
        match self {
            RustElement::I64 => from_value::<i64>(value).is_ok(),
            RustElement::U64 => from_value::<u64>(value).is_ok(),
            RustElement::F64 => from_value::<f64>(value).is_ok(),
            RustElement::Bool => from_value::<bool>(value).is_ok(),
            RustElement::String => from_value::<String>(value).is_ok(),
            RustElement::Json => from_value::<serde_json::Value>(value).is_ok(),
            RustElement::Struct(_) => value.is_object(),
        }
    }
}

/// Every struct of a generated module: its Rust name → its fields, by wire name.
pub type Structs = BTreeMap<String, BTreeMap<String, RustType>>;

/// Reads the structs of a generated module's source.
pub fn structs(source: &str) -> Result<Structs, String> {
    let file = syn::parse_file(source).map_err(|error| format!("unparsable source: {error}"))?;
    let wires = lean_wire_names(&file)?;
    let mut structs = Structs::new();
    for item in &file.items {
        let Item::Struct(item) = item else { continue };
        let mut fields = BTreeMap::new();
        if let Fields::Named(named) = &item.fields {
            let lean = wires.get(&item.ident.to_string());
            if lean.is_some_and(|wires| wires.len() != named.named.len()) {
                return Err(format!("{}: FIELDS is not one name per field", item.ident));
            }
            for (i, field) in named.named.iter().enumerate() {
                let ident = field.ident.as_ref().map(ToString::to_string);
                let wire = match (lean, rename(&field.attrs)?) {
                    (Some(wires), _) => wires[i].clone(),
                    (None, Some(wire)) => wire,
                    (None, None) => pascal_case(&ident.unwrap_or_default()),
                };
                let ty = rust_type(&field.ty)
                    .map_err(|error| format!("{}.{wire}: {error}", item.ident))?;
                fields.insert(wire, ty);
            }
        }
        structs.insert(item.ident.to_string(), fields);
    }
    Ok(structs)
}

/// The wire names, in field order, of every struct the generator gives the runtime's
/// `lean::Struct` (data structures and requests): their `FIELDS`.
fn lean_wire_names(file: &syn::File) -> Result<BTreeMap<String, Vec<String>>, String> {
    let mut wires = BTreeMap::new();
    for item in &file.items {
        let Item::Impl(item) = item else { continue };
        let Some((path, _)) = &item.trait_ else {
            continue;
        };
        if path
            .segments
            .last()
            .is_none_or(|last| last.ident != "Struct")
        {
            continue;
        }
        let Type::Path(self_ty) = &*item.self_ty else {
            continue;
        };
        let name = self_ty
            .path
            .segments
            .last()
            .map(|segment| segment.ident.to_string());
        for member in &item.items {
            let syn::ImplItem::Const(constant) = member else {
                continue;
            };
            if constant.ident != "FIELDS" {
                continue;
            }
            let names = string_literals(&constant.expr)
                .ok_or_else(|| format!("{name:?}: FIELDS is not a list of strings"))?;
            wires.insert(name.clone().unwrap_or_default(), names);
        }
    }
    Ok(wires)
}

/// The strings of `&["A", "B"]`.
fn string_literals(expr: &syn::Expr) -> Option<Vec<String>> {
    let syn::Expr::Reference(reference) = expr else {
        return None;
    };
    let syn::Expr::Array(array) = &*reference.expr else {
        return None;
    };
    array
        .elems
        .iter()
        .map(|elem| match elem {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(lit),
                ..
            }) => Some(lit.value()),
            _ => None,
        })
        .collect()
}

/// The wire name a field's `#[serde(rename = "...")]` gives it.
fn rename(attrs: &[syn::Attribute]) -> Result<Option<String>, String> {
    let mut wire = None;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                wire = Some(meta.value()?.parse::<LitStr>()?.value());
            } else if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<LitStr>()?;
            }
            Ok(())
        })
        .map_err(|error| format!("unreadable #[serde]: {error}"))?;
    }
    Ok(wire)
}

fn rust_type(ty: &Type) -> Result<RustType, String> {
    let ty = unwrap("Option", ty).unwrap_or(ty);
    let (ty, list) = match unwrap("Vec", ty) {
        Some(inner) => (inner, true),
        None => (ty, false),
    };
    let ty = unwrap("Box", ty).unwrap_or(ty);
    let Type::Path(path) = ty else {
        return Err("not a path type".to_owned());
    };
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    let element = match segments.join("::").as_str() {
        "i64" => RustElement::I64,
        "u64" => RustElement::U64,
        "f64" => RustElement::F64,
        "bool" => RustElement::Bool,
        "String" => RustElement::String,
        "serde_json::Value" => RustElement::Json,
        name if segments.len() == 1 => RustElement::Struct(name.to_owned()),
        other => return Err(format!("unexpected type `{other}`")),
    };
    Ok(RustType { element, list })
}

/// `T` of `wrapper<T>`, when `ty` is that.
fn unwrap<'a>(wrapper: &str, ty: &'a Type) -> Option<&'a Type> {
    let Type::Path(path) = ty else { return None };
    let segment = path.path.segments.last()?;
    if segment.ident != wrapper || path.path.segments.len() != 1 {
        return None;
    }
    let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
        return None;
    };
    match arguments.args.first()? {
        GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_read_with_their_wire_names() {
        let source = r#"
            #[serde(rename_all = "PascalCase")]
            pub struct A {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub total_count: Option<u64>,
                #[serde(rename = "SAMLAssertion")]
                pub saml_assertion: String,
                pub r#type: Option<Vec<Box<B>>>,
                pub any: serde_json::Value,
            }
        "#;
        let structs = structs(source).unwrap();
        let a = &structs["A"];
        let one = |element| RustType {
            element,
            list: false,
        };
        assert_eq!(a["TotalCount"], one(RustElement::U64));
        assert_eq!(a["SAMLAssertion"], one(RustElement::String));
        assert_eq!(
            a["Type"],
            RustType {
                element: RustElement::Struct("B".to_owned()),
                list: true
            }
        );
        assert_eq!(a["Any"], one(RustElement::Json));
        assert!(super::structs("pub struct C { pub x: (u8, u8) }").is_err());
    }
}
