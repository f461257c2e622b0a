//! A GET request's query string read into the parameters' JSON shape: Tencent flattens
//! nested members with dots and list items with their index (`Filters.0.Values.1=x`).

use crate::errors::{self, ErrorReply};
use serde_json::{Map, Value};

/// How many dotted segments a key may have: deeper than any spec's structs.
const MAX_SEGMENTS: usize = 16;
/// The largest list index accepted, so that `A.99999999=x` does not allocate.
const MAX_INDEX: usize = 1_000;

/// Reads `a=1&b.0=x` into `{"a": "1", "b": ["x"]}`; every value stays text.
pub fn parse(query: &str) -> Result<Map<String, Value>, ErrorReply> {
    let mut root = Value::Object(Map::new());
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(key)?;
        let value = decode(value)?;
        let segments: Vec<&str> = key.split('.').collect();
        if segments.len() > MAX_SEGMENTS || segments.iter().any(|segment| segment.is_empty()) {
            return Err(errors::bad_query(&format!("the key `{key}` is malformed")));
        }
        insert(&mut root, &segments, value, &key)?;
    }
    match root {
        Value::Object(map) => Ok(map),
        _ => Err(errors::bad_query("the parameters are not named")),
    }
}

fn insert(node: &mut Value, segments: &[&str], value: String, key: &str) -> Result<(), ErrorReply> {
    let conflict = || errors::bad_query(&format!("the key `{key}` conflicts with another"));
    let Some((first, rest)) = segments.split_first() else {
        if node.is_null() {
            *node = Value::String(value);
            return Ok(());
        }
        return Err(conflict());
    };
    let slot = if let Ok(index) = first.parse::<usize>() {
        if index > MAX_INDEX {
            return Err(errors::bad_query(&format!(
                "the index in `{key}` is too large"
            )));
        }
        if node.is_null() {
            *node = Value::Array(Vec::new());
        }
        let Value::Array(items) = node else {
            return Err(conflict());
        };
        if items.len() <= index {
            items.resize(index + 1, Value::Null);
        }
        &mut items[index]
    } else {
        if node.is_null() {
            *node = Value::Object(Map::new());
        }
        let Value::Object(fields) = node else {
            return Err(conflict());
        };
        fields.entry((*first).to_owned()).or_insert(Value::Null)
    };
    insert(slot, rest, value, key)
}

/// Percent-decoding, with `+` as a space (form encoding, as the SDKs send GET queries).
fn decode(text: &str) -> Result<String, ErrorReply> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|hex| std::str::from_utf8(hex).ok())
                    .and_then(|hex| u8::from_str_radix(hex, 16).ok())
                    .ok_or_else(|| errors::bad_query("a `%` is not followed by two hex digits"))?;
                out.push(hex);
                i += 2;
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| errors::bad_query("a decoded value is not UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nested_members_and_lists() {
        let params =
            parse("Limit=10&Filters.0.Name=zone&Filters.0.Values.0=ap%2Dguangzhou%2D1&Name=a+b")
                .unwrap();
        assert_eq!(
            Value::Object(params),
            json!({"Limit": "10", "Filters": [{"Name": "zone", "Values": ["ap-guangzhou-1"]}], "Name": "a b"})
        );
    }

    #[test]
    fn malformed_queries_are_errors() {
        for query in [
            "A=1&A.0=2",
            "A.0=1&A.B=2",
            "A..B=1",
            "A=%zz",
            "A=%e4",
            "A.5000=1",
            "A=1&A=2",
        ] {
            let error = parse(query).unwrap_err();
            assert_eq!(error.code, "InvalidParameter", "{query}");
        }
    }
}
