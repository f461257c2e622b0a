//! Specs for the generator's fuzz target: small ones cut from the repository's data (a few
//! actions of one service version, the objects they reach and their error codes), and the
//! mutations that bend them the ways a spec can be wrong.
//!
//! One fuzz input holds both files of a service version, `{"api": ..., "errors": ...}`;
//! an input that is not such an object is given to the generator whole, as `api.json`.

use crate::mutate::{Rng, mutate_bytes};
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;
use std::path::Path;

/// How many actions one seed holds: enough for shared structures and cycles, small enough
/// that the fuzzer runs thousands of specs a second.
const ACTIONS_PER_SEED: usize = 6;

/// The `api.json` and `errors.json` texts a fuzz input stands for.
pub fn split(input: &[u8]) -> (String, Option<String>) {
    let text = String::from_utf8_lossy(input).into_owned();
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(mut files)) if files.contains_key("api") => {
            let api = files.remove("api").unwrap_or_default().to_string();
            let errors = files
                .remove("errors")
                .filter(|errors| !errors.is_null())
                .map(|errors| errors.to_string());
            (api, errors)
        }
        _ => (text, None),
    }
}

/// Every service version under `services` (`<service>/v<date>/api.json`), cut into
/// seeds of a few actions each, in a stable order.
pub fn seeds(services: &Path) -> Vec<Vec<u8>> {
    let mut dirs: Vec<_> = std::fs::read_dir(services)
        .unwrap_or_else(|e| panic!("{}: {e}", services.display()))
        .flat_map(|service| std::fs::read_dir(service.expect("a service folder").path()))
        .flatten()
        .map(|version| version.expect("a version folder").path())
        .filter(|dir| dir.join("api.json").is_file())
        .collect();
    dirs.sort();
    dirs.iter().flat_map(|dir| version_seeds(dir)).collect()
}

/// The seeds of one service version's folder (`api.json`, optional `errors.json`).
pub fn version_seeds(dir: &Path) -> Vec<Vec<u8>> {
    let read = |name: &str| -> Option<Value> {
        let text = std::fs::read_to_string(dir.join(name)).ok()?;
        serde_json::from_str(&text).ok()
    };
    let Some(api) = read("api.json") else {
        return Vec::new();
    };
    let errors = read("errors.json");
    let actions: Vec<String> = api["actions"]
        .as_object()
        .map(|actions| actions.keys().cloned().collect())
        .unwrap_or_default();
    actions
        .chunks(ACTIONS_PER_SEED)
        .map(|chunk| {
            let input = json!({
                "api": cut(&api, chunk),
                "errors": errors.as_ref().map(|errors| cut_errors(errors, chunk)),
            });
            input.to_string().into_bytes()
        })
        .collect()
}

/// Up to `at_most` of the texts of `seeds` that the documentation converter has work to
/// do on (HTML, entities, markdown), each once and spread over all of them: the seeds of
/// its fuzz target.
pub fn documents(seeds: &[Vec<u8>], at_most: usize) -> Vec<String> {
    fn walk(value: &Value, out: &mut BTreeSet<String>) {
        match value {
            Value::String(text) if text.contains(['<', '&', '[', '`', '\n']) => {
                out.insert(text.clone());
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, out)),
            Value::Object(map) => map.values().for_each(|item| walk(item, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    for seed in seeds {
        if let Ok(value) = serde_json::from_slice::<Value>(seed) {
            walk(&value, &mut out);
        }
    }
    let step = out.len().div_ceil(at_most.max(1)).max(1);
    out.into_iter().step_by(step).collect()
}

/// `api` with only `actions` and the objects they reach.
pub fn cut(api: &Value, actions: &[String]) -> Value {
    let objects = api["objects"].as_object().cloned().unwrap_or_default();
    let mut kept_actions = Map::new();
    let mut queue = Vec::new();
    for name in actions {
        if let Some(action) = api["actions"].get(name) {
            kept_actions.insert(name.clone(), action.clone());
            for key in ["input", "output"] {
                if let Some(object) = action[key].as_str() {
                    queue.push(object.to_owned());
                }
            }
        }
    }
    let mut reached = BTreeSet::new();
    while let Some(name) = queue.pop() {
        let Some(object) = objects.get(&name) else {
            continue;
        };
        if !reached.insert(name) {
            continue;
        }
        for member in object["members"].as_array().into_iter().flatten() {
            if let Some(target) = member["member"].as_str() {
                if objects.contains_key(target) && !reached.contains(target) {
                    queue.push(target.to_owned());
                }
            }
        }
    }
    let kept_objects: Map<String, Value> = objects
        .into_iter()
        .filter(|(name, _)| reached.contains(name))
        .collect();
    json!({
        "metadata": api["metadata"].clone(),
        "actions": kept_actions,
        "objects": kept_objects,
    })
}

/// `errors` with only the codes of `actions`.
fn cut_errors(errors: &Value, actions: &[String]) -> Value {
    let per_action: Map<String, Value> = actions
        .iter()
        .filter_map(|name| Some((name.clone(), errors["per_action"].get(name)?.clone())))
        .collect();
    let listed: BTreeSet<&str> = per_action
        .values()
        .filter_map(Value::as_array)
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let codes: Vec<Value> = errors["codes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|entry| {
            entry["code"]
                .as_str()
                .is_some_and(|code| listed.contains(code))
        })
        .cloned()
        .collect();
    json!({
        "service": errors["service"].clone(),
        "version": errors["version"].clone(),
        "codes": codes,
        "per_action": per_action,
    })
}

/// Texts a spec's names and documents may hold that the generator must carry through:
/// Chinese next to entities (the slice that once panicked), HTML, markdown, keywords,
/// invisible and bidirectional characters, and names that are no identifiers.
const STRINGS: &[&str] = &[
    "",
    "&",
    "签名&参数值参数值",
    "&#x4E2D;&amp;&lt;&gt;&bogus;&#xFFFFFFFF;&#55296;",
    "<p>段落<br><li>项</li></p><a href=\"/document/api/213/15753\">链接</a>",
    "<code>a`b</code><pre>x\n  y</pre><dx-alert infotype=\"x\">注意</dx-alert>",
    "[`Filter`](/document/api/213/15753#Filter)[[a](/b)](/c)[^1]",
    "```json\n{\"a\": 1}\n```\n    indented",
    "https://cloud.tencent.com/document。http://a.b/c.",
    "\u{202E}\u{200B}\t\r\n\u{0007}\u{FEFF}",
    "type",
    "Self",
    "self",
    "r#type",
    "crate",
    "_",
    "3DInfo",
    "名称",
    "IPv6Addresses",
    "CNAMESpeedup",
    "A.B_C",
    "A..B",
    "Not-Allowed.Code",
    "DescribeInstances",
    "DescribeInstancesResponse",
    "DescribeInstancesErrorCode",
    "RequestId",
    "Error",
    "Option",
    "Vec",
    "list",
    "object",
    "int64",
    "uint64",
    "float",
    "bool",
    "string",
    "datetime",
    "map",
    "cvm",
    "2017-03-12",
    "online",
    "offline",
    "deprecated",
];

/// One mutation of a seed: structural when it parses as a spec, libFuzzer-like bytes
/// otherwise (and now and then anyway).
pub fn mutate(input: &[u8], rng: &mut Rng) -> Vec<u8> {
    let Ok(mut value) = serde_json::from_slice::<Value>(input) else {
        return mutate_bytes(input.to_vec(), rng);
    };
    if rng.one_in(10) {
        return mutate_bytes(input.to_vec(), rng);
    }
    let rounds = 1 + rng.below(3);
    for _ in 0..rounds {
        let names = object_names(&value);
        let Some(target) = pick_value(&mut value, rng) else {
            break;
        };
        bend(target, &names, rng);
    }
    value.to_string().into_bytes()
}

/// The object names of the spec in `input`, which mutations point members at.
fn object_names(input: &Value) -> Vec<String> {
    let api = input.get("api").unwrap_or(input);
    api["objects"]
        .as_object()
        .map(|objects| objects.keys().cloned().collect())
        .unwrap_or_default()
}

/// A random value of the tree, walked down from the root.
fn pick_value<'a>(value: &'a mut Value, rng: &mut Rng) -> Option<&'a mut Value> {
    let mut current = value;
    loop {
        let children = match &*current {
            Value::Object(map) => map.len(),
            Value::Array(items) => items.len(),
            _ => 0,
        };
        if children == 0 || rng.one_in(4) {
            return Some(current);
        }
        let index = rng.below(children);
        current = match current {
            Value::Object(map) => map.values_mut().nth(index)?,
            Value::Array(items) => items.get_mut(index)?,
            _ => return Some(current),
        };
    }
}

/// Bends one value: replaced by a string that matters to the generator, by another type,
/// by a reference to an object (a cycle, a self-reference), emptied, or, in a container,
/// an entry renamed, duplicated or dropped.
fn bend(target: &mut Value, names: &[String], rng: &mut Rng) {
    match rng.below(9) {
        0 => *target = Value::String(rng.pick(STRINGS).to_owned()),
        1 if !names.is_empty() => *target = Value::String(names[rng.below(names.len())].clone()),
        2 => {
            *target = match rng.below(5) {
                0 => Value::Null,
                1 => json!(true),
                2 => json!(-1),
                3 => json!([]),
                _ => json!({}),
            }
        }
        3 => {
            if let Value::String(text) = target {
                let extra = rng.pick(STRINGS);
                let at = text
                    .char_indices()
                    .map(|(at, _)| at)
                    .nth(rng.below(text.chars().count() + 1))
                    .unwrap_or(text.len());
                text.insert_str(at, extra);
            }
        }
        4 => {
            if let Value::Object(map) = target {
                if let Some(key) = map.keys().nth(rng.below(map.len().max(1))).cloned() {
                    if let Some(moved) = map.remove(&key) {
                        let name = if !names.is_empty() && rng.one_in(2) {
                            names[rng.below(names.len())].clone()
                        } else {
                            format!("{key}{}", rng.pick(STRINGS))
                        };
                        map.insert(name, moved);
                    }
                }
            }
        }
        5 => {
            if let Value::Array(items) = target {
                if !items.is_empty() {
                    let copy = items[rng.below(items.len())].clone();
                    let at = rng.below(items.len() + 1);
                    items.insert(at, copy);
                }
            }
        }
        6 => match target {
            Value::Array(items) if !items.is_empty() => {
                items.remove(rng.below(items.len()));
            }
            Value::Object(map) if !map.is_empty() => {
                if let Some(key) = map.keys().nth(rng.below(map.len())).cloned() {
                    map.remove(&key);
                }
            }
            _ => {}
        },
        7 => {
            // A member: pointed at an object by name, made a list, or made required.
            if let Value::Object(member) = target {
                if !names.is_empty() {
                    member.insert(
                        "member".to_owned(),
                        Value::String(names[rng.below(names.len())].clone()),
                    );
                }
                let kind = ["list", "object", "int", "string", "map"];
                member.insert("type".to_owned(), json!(rng.pick(&kind)));
                member.insert("output_required".to_owned(), json!(rng.one_in(2)));
                member.insert("value_allowed_null".to_owned(), json!(rng.one_in(2)));
            }
        }
        _ => {
            if let Value::String(text) = target {
                *text = text.to_uppercase();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_hold_both_files_and_mutate_into_json() {
        let services = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../data/tencent-api/services/cbs/v20170312");
        let seeds = version_seeds(&services);
        assert!(seeds.len() > 5, "{} seeds", seeds.len());
        let (api, errors) = split(&seeds[0]);
        assert!(api.contains("\"metadata\""));
        assert!(errors.is_some_and(|errors| errors.contains("per_action")));
        let mut rng = Rng::new(7);
        let mut input = seeds[0].clone();
        for _ in 0..200 {
            input = mutate(&input, &mut rng);
            let _ = split(&input);
        }
    }
}
