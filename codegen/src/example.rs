//! The module's documentation example: decoding a response of one of its own actions,
//! with a body built from that action's shape in the spec, so that it holds every member
//! the mode requires, in the JSON type the struct reads.

use crate::layout::Home;
use crate::model::{ActionDef, Decoding, FieldDef, Module, StructDef, TypeRef};
use crate::types::Scalar;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// How many optional members of the action the body shows beside the required ones.
const OPTIONAL_SHOWN: usize = 3;

/// Nested structs deeper than this are `null`: a spec whose required members nest
/// without end (through a cycle) gets a finite body.
const MAX_DEPTH: usize = 8;

/// A RequestId of the form the servers send.
const REQUEST_ID: &str = "4f7e2a8c-3b1d-4e5f-9a6b-0c1d2e3f4a5b";

/// The example's doc lines (a section with a code block), or nothing for a module
/// without actions.
pub fn module_docs(module: &Module, home: Home) -> Vec<String> {
    let Some(action) = chosen(&module.actions) else {
        return Vec::new();
    };
    let structs: BTreeMap<&str, &StructDef> = module
        .structs
        .iter()
        .map(|def| (def.rust.as_str(), def))
        .collect();
    let mut payload = object(&action.fields, &structs, 0, OPTIONAL_SHOWN);
    payload.insert("RequestId".to_owned(), Value::String(REQUEST_ID.to_owned()));
    let body = Value::Object(Map::from_iter([(
        "Response".to_owned(),
        Value::Object(payload),
    )]));
    let body = visible(&body.to_string());
    // A raw string with more `#` than any `"#...` in the body.
    let hashes = "#".repeat(
        (1..)
            .find(|&n| !body.contains(&format!("\"{}", "#".repeat(n))))
            .unwrap_or(1),
    );
    let ty = &action.rust;
    let shown = match action.fields.first() {
        Some(field) => format!("println!(\"{{:?}}\", response.{});", field.ident),
        None => "println!(\"{response:?}\");".to_owned(),
    };
    // In a crate the module's path is known and the example is a doctest; a file goes
    // wherever the user includes it.
    let (fence, import, end) = match home {
        Home::Crate(path) => (
            "```",
            format!("use {path}::{ty};"),
            Some("# Ok::<(), tencent_action::Error>(())".to_owned()),
        ),
        Home::File => (
            "```ignore",
            format!("use crate::sdk::{ty}; // where this module is in your crate"),
            None,
        ),
    };
    let mut lines = vec![
        "# Decoding a response".to_owned(),
        String::new(),
        format!(
            "Each action has a struct of the fields of its response. \
             `tencent_action::from_str` decodes a body into it, with the RequestId, or into \
             the server's error, typed with the action's own error codes. For `{}`:",
            action.name
        ),
        String::new(),
        fence.to_owned(),
        import,
        String::new(),
        format!("let body = r{hashes}\"{body}\"{hashes};"),
        format!("let response = tencent_action::from_str::<{ty}>(body)?;"),
        shown,
    ];
    lines.extend(end);
    lines.push("```".to_owned());
    lines
}

/// The action to show: the first that reads something (`Describe...` first), not
/// deprecated, with fields.
fn chosen(actions: &[ActionDef]) -> Option<&ActionDef> {
    let usable = |action: &&ActionDef| !action.deprecated && !action.fields.is_empty();
    actions
        .iter()
        .filter(usable)
        .find(|action| action.name.starts_with("Describe"))
        .or_else(|| actions.iter().find(usable))
        .or_else(|| actions.first())
}

/// The members of one object: every one the mode requires and up to `optional` others.
fn object(
    fields: &[FieldDef],
    structs: &BTreeMap<&str, &StructDef>,
    depth: usize,
    optional: usize,
) -> Map<String, Value> {
    let mut members = Map::new();
    let mut shown = 0;
    for field in fields {
        let required = matches!(field.serde, Decoding::Required | Decoding::PresentNullable);
        if !required {
            if shown == optional {
                continue;
            }
            shown += 1;
        }
        members.insert(field.wire.clone(), value(field, structs, depth));
    }
    members
}

fn value(field: &FieldDef, structs: &BTreeMap<&str, &StructDef>, depth: usize) -> Value {
    if field.ty.list {
        return Value::Array(Vec::new());
    }
    match &field.ty.element {
        TypeRef::Scalar(Scalar::I64 | Scalar::U64) => Value::from(1),
        TypeRef::Scalar(Scalar::F64) => Value::from(1.5),
        TypeRef::Scalar(Scalar::Bool) => Value::Bool(true),
        TypeRef::Scalar(Scalar::String) => Value::String(field.wire.clone()),
        TypeRef::Scalar(Scalar::Json) => Value::Object(Map::new()),
        TypeRef::Struct(name) => match structs.get(name.as_str()) {
            Some(def) if depth < MAX_DEPTH => {
                Value::Object(object(&def.fields, structs, depth + 1, 0))
            }
            _ => Value::Null,
        },
    }
}

/// `json` with the characters no doc comment may hold (controls, bidirectional and
/// invisible ones) written as JSON escapes, which stand for the same string.
fn visible(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        let hidden = c.is_control()
            || matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}')
            || matches!(c, '\u{2060}'..='\u{206F}' | '\u{FEFF}');
        if hidden {
            let mut units = [0; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}
