//! Structure-aware mutation of response bodies: the ways a server, a proxy or a bug can
//! bend a well-formed envelope. Shared by the differential test, which applies it to every
//! example, and by the structure-aware fuzz target, whose mutator it is.

use crate::tree::{MAX_TREE_DEPTH, Node, read_string};

/// A small deterministic generator (splitmix64): the same seed, the same mutants, so a
/// failing case can be replayed from its seed.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability 1/`n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    /// One of `items`.
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// Shuffles `items` (Fisher-Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// Codes an injected `Error` carries: common, per-action, dotted sub-codes, lookalikes
/// without the dot, and strings no table knows.
pub const CODES: &[&str] = &[
    "AuthFailure.SignatureFailure",
    "AuthFailure.SomethingNew",
    "InternalError",
    "RequestLimitExceeded",
    "RequestLimitExceeded.JobNumExceed",
    "LimitExceeded.InstanceQuota",
    "InvalidInstanceId.NotFound",
    "InvalidParameterValue.InstanceIdMalformed",
    "InvalidParameterValueLimit",
    "DryRunOperation",
    "ResourceInsufficient.CloudDiskSoldOut",
    "",
    ".",
    "A..B.",
    "UnknownCode.X.Y.Z",
    "代码.错误",
];

/// Scalars of every kind, with the edge cases of each: out-of-range numbers, escapes,
/// lone surrogates, invalid UTF-8 (raw bytes in a string), and strings that look like keys.
const SCALARS: &[&[u8]] = &[
    b"null",
    b"true",
    b"false",
    b"0",
    b"-0",
    b"1",
    b"-1",
    b"4294967296",
    b"9223372036854775807",
    b"-9223372036854775809",
    b"18446744073709551616",
    b"1.5",
    b"-0.0",
    b"1e308",
    b"1e999",
    b"2.2250738585072011e-308",
    b"99.99997615814209",
    b"\"\"",
    b"\"x\"",
    b"\"10\"",
    b"\"true\"",
    b"\"1.5e3\"",
    b"\"RequestId\"",
    b"\"Error\"",
    b"\"esc\\u00e9\\n\\\"\"",
    b"\"\\ud800\"",
    b"\"\\ud83d\\ude00\"",
    b"\"caf\xe9\"",
    b"\"\xff\xfe\"",
    "\"ins-é中\"".as_bytes(),
];

/// Keys to add: the envelope's own, escaped spellings of them, near misses, payload keys of
/// the test shapes, and keys with bytes a reader must refuse.
const KEYS: &[&[u8]] = &[
    b"\"RequestId\"",
    b"\"Request\\u0049d\"",
    b"\"Error\"",
    b"\"\\u0045rror\"",
    b"\"Response\"",
    b"\"Code\"",
    b"\"Message\"",
    b"\"requestId\"",
    b"\"RequestID\"",
    b"\"TotalCount\"",
    b"\"InstanceStatusSet\"",
    b"\"InstanceId\"",
    b"\"Zone\"",
    b"\"Name\"",
    b"\"Weight\"",
    b"\"Unknown\"",
    b"\"\"",
    b"\"\xe9\"",
];

/// A body with one to four mutations applied. Bodies that are not JSON get byte-level
/// mutations only.
pub fn mutate(body: &[u8], rng: &mut Rng) -> Vec<u8> {
    let Some(mut tree) = Node::parse(body) else {
        return mutate_bytes(body.to_vec(), rng);
    };
    let rounds = 1 + rng.below(4);
    let mut bytes_too = false;
    for _ in 0..rounds {
        match rng.below(20) {
            0..=2 => shuffle_keys(&mut tree, rng),
            3 | 4 => drop_entry(&mut tree, rng),
            5 | 6 => duplicate_entry(&mut tree, rng),
            7..=9 => swap_type(&mut tree, rng),
            10..=12 => inject_error(&mut tree, rng),
            13 => nest_deeply(&mut tree, rng),
            14 | 15 => touch_request_id(&mut tree, rng),
            16 => add_entry(&mut tree, rng),
            17 => escape_key(&mut tree, rng),
            18 => reshape_envelope(&mut tree, rng),
            _ => bytes_too = true,
        }
    }
    let out = tree.to_bytes();
    if bytes_too {
        mutate_bytes(out, rng)
    } else {
        out
    }
}

/// Every node of the tree, as a path of child indexes, down to `MAX_TREE_DEPTH`.
fn paths(tree: &Node) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut stack = vec![(tree, Vec::new())];
    while let Some((node, path)) = stack.pop() {
        match node {
            Node::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let mut child = path.clone();
                    child.push(i);
                    stack.push((item, child));
                }
            }
            Node::Object(entries) => {
                for (i, (_, value)) in entries.iter().enumerate() {
                    let mut child = path.clone();
                    child.push(i);
                    stack.push((value, child));
                }
            }
            Node::Scalar(_) | Node::Raw(_) => {}
        }
        out.push(path);
    }
    out
}

fn at_mut<'a>(tree: &'a mut Node, path: &[usize]) -> &'a mut Node {
    let mut node = tree;
    for &i in path {
        node = match node {
            Node::Array(items) => &mut items[i],
            Node::Object(entries) => &mut entries[i].1,
            _ => unreachable!("paths only go through containers"),
        };
    }
    node
}

/// A node to mutate: usually inside `Response`, where the decoder's decisions are.
fn random_node<'a>(tree: &'a mut Node, rng: &mut Rng) -> &'a mut Node {
    if !rng.one_in(4) && tree.get_mut("Response").is_some() {
        let response = tree.get_mut("Response").expect("checked");
        let all = paths(response);
        let path = all[rng.below(all.len())].clone();
        return at_mut(tree.get_mut("Response").expect("checked"), &path);
    }
    let all = paths(tree);
    let path = all[rng.below(all.len())].clone();
    at_mut(tree, &path)
}

/// A random object of the tree, or none if it has none.
fn random_object<'a>(tree: &'a mut Node, rng: &mut Rng) -> Option<&'a mut Vec<(Vec<u8>, Node)>> {
    let all: Vec<_> = {
        let mut objects = Vec::new();
        for path in paths(tree) {
            if matches!(at_mut(tree, &path), Node::Object(_)) {
                objects.push(path);
            }
        }
        objects
    };
    if all.is_empty() {
        return None;
    }
    // The `Response` object itself, most often: its keys are the envelope's.
    let response = all.iter().position(|path| {
        path.len() == 1
            && tree
                .entries()
                .is_some_and(|top| read_string(&top[path[0]].0).as_deref() == Some("Response"))
    });
    let path = match response {
        Some(i) if rng.one_in(2) => all[i].clone(),
        _ => all[rng.below(all.len())].clone(),
    };
    at_mut(tree, &path).entries_mut()
}

fn shuffle_keys(tree: &mut Node, rng: &mut Rng) {
    if let Some(entries) = random_object(tree, rng) {
        rng.shuffle(entries);
    }
}

fn drop_entry(tree: &mut Node, rng: &mut Rng) {
    if let Some(entries) = random_object(tree, rng) {
        if !entries.is_empty() {
            let i = rng.below(entries.len());
            entries.remove(i);
        }
    }
}

fn duplicate_entry(tree: &mut Node, rng: &mut Rng) {
    if let Some(entries) = random_object(tree, rng) {
        if !entries.is_empty() {
            let (key, value) = entries[rng.below(entries.len())].clone();
            // The same value, or another one under the same key.
            let value = if rng.one_in(2) {
                value
            } else {
                random_value(rng, 2)
            };
            let at = rng.below(entries.len() + 1);
            entries.insert(at, (key, value));
        }
    }
}

fn add_entry(tree: &mut Node, rng: &mut Rng) {
    if let Some(entries) = random_object(tree, rng) {
        let key = rng.pick(KEYS).to_vec();
        let value = random_value(rng, 3);
        let at = rng.below(entries.len() + 1);
        entries.insert(at, (key, value));
    }
}

fn swap_type(tree: &mut Node, rng: &mut Rng) {
    let node = random_node(tree, rng);
    *node = match node {
        // A number as a string and back, the commonest server deviation.
        Node::Scalar(token) if token.first() == Some(&b'"') && rng.one_in(3) => {
            Node::Scalar(token[1..token.len() - 1].to_vec())
        }
        Node::Scalar(token) if token.first() != Some(&b'"') && rng.one_in(3) => {
            let mut quoted = vec![b'"'];
            quoted.extend_from_slice(token);
            quoted.push(b'"');
            Node::Scalar(quoted)
        }
        Node::Array(items) if !items.is_empty() && rng.one_in(3) => items.swap_remove(0),
        _ => random_value(rng, 2),
    };
    // A number taken out of its quotes may not be JSON: that is a body too.
}

fn random_value(rng: &mut Rng, depth: usize) -> Node {
    match rng.below(if depth == 0 { 1 } else { 4 }) {
        0 => Node::Scalar(rng.pick(SCALARS).to_vec()),
        1 => Node::Array(
            (0..rng.below(3))
                .map(|_| random_value(rng, depth - 1))
                .collect(),
        ),
        2 => Node::Object(
            (0..rng.below(3))
                .map(|_| (rng.pick(KEYS).to_vec(), random_value(rng, depth - 1)))
                .collect(),
        ),
        _ => error_value(rng),
    }
}

/// An `Error` value: well-formed most of the time, and otherwise malformed in one way.
fn error_value(rng: &mut Rng) -> Node {
    let code = rng.pick(CODES);
    let message = rng.pick(&["", "Message.", "消息 \u{1F600}", "\"quoted\""]);
    let (code, message) = (Node::string(code), Node::string(message));
    let mut entries = vec![(Node::key("Code"), code), (Node::key("Message"), message)];
    match rng.below(12) {
        0 => return Node::raw_scalar("null"),
        1 => {
            entries.remove(0);
        }
        2 => entries[0].1 = Node::raw_scalar("4000"),
        3 => entries[0].1 = Node::raw_scalar("null"),
        4 => entries[1].1 = Node::Array(vec![]),
        5 => entries[1].1 = Node::raw_scalar("null"),
        6 => {
            entries.remove(1);
        }
        7 => entries.push((Node::key("Code"), Node::string("Other"))),
        8 => entries.push((Node::key("Detail"), random_value(rng, 2))),
        9 => return Node::string("InternalError"),
        _ => {}
    };
    if rng.one_in(2) {
        entries.reverse();
    }
    Node::Object(entries)
}

fn inject_error(tree: &mut Node, rng: &mut Rng) {
    let error = error_value(rng);
    let target = match tree.get_mut("Response") {
        Some(response) if !rng.one_in(8) => response,
        _ => tree,
    };
    if let Some(entries) = target.entries_mut() {
        let key = if rng.one_in(6) {
            b"\"\\u0045rror\"".to_vec()
        } else {
            Node::key("Error")
        };
        let at = rng.below(entries.len() + 1);
        entries.insert(at, (key, error));
    }
}

fn touch_request_id(tree: &mut Node, rng: &mut Rng) {
    let Some(entries) = tree.get_mut("Response").and_then(Node::entries_mut) else {
        return;
    };
    let existing = entries
        .iter()
        .position(|(key, _)| read_string(key).as_deref() == Some("RequestId"));
    match (rng.below(5), existing) {
        (0, Some(i)) => {
            entries.remove(i);
        }
        (1, Some(i)) => entries[i].1 = Node::Scalar(rng.pick(SCALARS).to_vec()),
        (2, _) => {
            let at = rng.below(entries.len() + 1);
            entries.insert(at, (Node::key("RequestId"), Node::string("dup-id")));
        }
        (3, Some(i)) => {
            let (key, value) = entries.remove(i);
            let at = rng.below(entries.len() + 1);
            entries.insert(at, (key, value));
        }
        _ => {
            let at = rng.below(entries.len() + 1);
            entries.insert(
                at,
                (b"\"Request\\u0049d\"".to_vec(), Node::string("escaped-id")),
            );
        }
    }
}

/// Replaces a key by its `\u` spelling: the same key to any correct reader.
fn escape_key(tree: &mut Node, rng: &mut Rng) {
    if let Some(entries) = random_object(tree, rng) {
        if entries.is_empty() {
            return;
        }
        let i = rng.below(entries.len());
        if let Some(name) = read_string(&entries[i].0) {
            let mut key = String::from("\"");
            for ch in name.chars() {
                let mut units = [0u16; 2];
                for unit in ch.encode_utf16(&mut units) {
                    key.push_str(&format!("\\u{unit:04x}"));
                }
            }
            key.push('"');
            entries[i].0 = key.into_bytes();
        }
    }
}

/// Wraps a value in many arrays or objects: at 127 and 128 levels (serde_json's limit),
/// and far past it.
fn nest_deeply(tree: &mut Node, rng: &mut Rng) {
    let depth = rng.pick(&[2, 60, 126, 127, 128, 129, 500, 5_000]);
    let objects = rng.one_in(2);
    let node = random_node(tree, rng);
    let mut text = Vec::new();
    for _ in 0..depth {
        text.extend_from_slice(if objects { b"{\"a\":" } else { b"[" });
    }
    node.write(&mut text);
    for _ in 0..depth {
        text.push(if objects { b'}' } else { b']' });
    }
    *node = if depth >= MAX_TREE_DEPTH {
        Node::Raw(text)
    } else {
        Node::parse(&text).unwrap_or(Node::Raw(text))
    };
}

/// The envelope itself bent: `Response` duplicated, not an object, or one level off.
fn reshape_envelope(tree: &mut Node, rng: &mut Rng) {
    let Some(top) = tree.entries_mut() else {
        *tree = Node::Object(vec![(Node::key("Response"), tree.clone())]);
        return;
    };
    let Some(i) = top
        .iter()
        .position(|(key, _)| read_string(key).as_deref() == Some("Response"))
    else {
        top.push((Node::key("Response"), random_value(rng, 2)));
        return;
    };
    match rng.below(5) {
        0 => {
            let copy = top[i].clone();
            top.push(copy);
        }
        1 => top[i].1 = Node::Array(vec![top[i].1.clone()]),
        2 => top[i].1 = Node::Scalar(rng.pick(SCALARS).to_vec()),
        3 => {
            // The payload at the top level beside `Response`, where mqtt puts `RequestId`.
            let extra = (Node::key("RequestId"), Node::string("top-level-id"));
            top.insert(rng.below(top.len() + 1), extra);
        }
        _ => {
            let response = top.remove(i).1;
            *tree = Node::Array(vec![response]);
        }
    }
}

/// The body of a libFuzzer custom mutator (`fuzz_mutator!`) over `data[..size]`: one time
/// in eight, and whenever its mutant would not fit in `max_size`, libFuzzer's own
/// mutations (`fallback`, which find what structure cannot); otherwise `mutate`'s. Returns
/// the new size.
pub fn custom_mutation(
    data: &mut [u8],
    size: usize,
    max_size: usize,
    seed: u32,
    mutate: impl Fn(&[u8], &mut Rng) -> Vec<u8>,
    fallback: impl Fn(&mut [u8], usize, usize) -> usize,
) -> usize {
    let mut rng = Rng::new(u64::from(seed));
    if rng.one_in(8) {
        return fallback(data, size, max_size);
    }
    let mutant = mutate(&data[..size], &mut rng);
    match data.get_mut(..mutant.len()) {
        Some(slot) if mutant.len() <= max_size => {
            slot.copy_from_slice(&mutant);
            mutant.len()
        }
        _ => fallback(data, size, max_size),
    }
}

/// Byte-level damage: cut short, a byte changed, inserted or removed.
pub fn mutate_bytes(mut body: Vec<u8>, rng: &mut Rng) -> Vec<u8> {
    if body.is_empty() {
        let scalar = rng.pick(SCALARS);
        body.extend_from_slice(scalar);
        return body;
    }
    match rng.below(4) {
        0 => body.truncate(rng.below(body.len())),
        1 => {
            let i = rng.below(body.len());
            body[i] = rng.pick(b"{}[]\",:\\ 0aeE-.\xe9\xff");
        }
        2 => {
            let i = rng.below(body.len() + 1);
            body.insert(i, (rng.next_u64() & 0xff) as u8);
        }
        _ => {
            let i = rng.below(body.len());
            body.remove(i);
        }
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutants_are_reproducible_and_varied() {
        let body = br#"{"Response":{"TotalCount":1,"InstanceStatusSet":[{"InstanceId":"i","InstanceState":"s"}],"RequestId":"r"}}"#;
        let first: Vec<_> = (0..50)
            .map(|seed| mutate(body, &mut Rng::new(seed)))
            .collect();
        let again: Vec<_> = (0..50)
            .map(|seed| mutate(body, &mut Rng::new(seed)))
            .collect();
        assert_eq!(first, again);
        let distinct: std::collections::BTreeSet<_> = first.iter().collect();
        assert!(
            distinct.len() > 40,
            "only {} distinct mutants",
            distinct.len()
        );
        assert!(
            first
                .iter()
                .any(|m| m.windows(7).any(|w| w == b"\"Error\""))
        );
    }
}
