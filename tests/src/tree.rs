//! A JSON text as a tree of its raw tokens: keys and scalars exactly as written (escapes,
//! invalid UTF-8 and all), objects as ordered lists of entries with their duplicates.
//!
//! `serde_json::Value` cannot stand in for this: it keeps the last of two equal keys,
//! sorts keys, refuses invalid UTF-8 and deep nesting that a skipping reader accepts, and
//! forgets which strings were escaped, all of which decide how a body decodes.

/// Nesting below this depth is kept as raw text: no reader gets that deep (serde_json
/// stops at 128) and the tree must not recurse 100,000 levels on a small stack.
pub const MAX_TREE_DEPTH: usize = 160;

/// One JSON value, its tokens kept byte for byte.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// A string with its quotes, a number, `true`, `false` or `null`, as written.
    Scalar(Vec<u8>),
    /// An array's elements.
    Array(Vec<Node>),
    /// An object's entries in order: each key as its raw string token (quotes included).
    Object(Vec<(Vec<u8>, Node)>),
    /// A value nested past [`MAX_TREE_DEPTH`], as written.
    Raw(Vec<u8>),
}

impl Node {
    /// The tree of a body that `serde_json::from_slice::<IgnoredAny>` accepts; `None` for
    /// any other body, so that the scanner never has to judge syntax itself.
    pub fn parse(body: &[u8]) -> Option<Node> {
        serde_json::from_slice::<serde::de::IgnoredAny>(body).ok()?;
        let mut scanner = Scanner { body, at: 0 };
        Some(scanner.value(0))
    }

    /// A string node holding `text`, escaped as serde_json escapes it.
    pub fn string(text: &str) -> Node {
        Node::Scalar(serde_json::to_vec(text).expect("a string serializes"))
    }

    /// A scalar node from its JSON text (`1e999`, `null`, `"\ud800"`, ...).
    pub fn raw_scalar(token: &str) -> Node {
        Node::Scalar(token.as_bytes().to_vec())
    }

    /// The key token of `name`, as serde_json escapes it.
    pub fn key(name: &str) -> Vec<u8> {
        serde_json::to_vec(name).expect("a string serializes")
    }

    /// The compact JSON text of the tree: no whitespace, every token as it was.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.write(&mut out);
        out
    }

    /// Appends the compact text of the tree to `out`.
    pub fn write(&self, out: &mut Vec<u8>) {
        match self {
            Node::Scalar(token) | Node::Raw(token) => out.extend_from_slice(token),
            Node::Array(items) => {
                out.push(b'[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    item.write(out);
                }
                out.push(b']');
            }
            Node::Object(entries) => {
                out.push(b'{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    out.extend_from_slice(key);
                    out.push(b':');
                    value.write(out);
                }
                out.push(b'}');
            }
        }
    }

    /// Whether this is the literal `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Node::Scalar(token) if token == b"null")
    }

    /// Whether this is a string token.
    pub fn is_string(&self) -> bool {
        matches!(self, Node::Scalar(token) if token.first() == Some(&b'"'))
    }

    /// The entries, if this is an object.
    pub fn entries(&self) -> Option<&[(Vec<u8>, Node)]> {
        match self {
            Node::Object(entries) => Some(entries),
            _ => None,
        }
    }

    /// The entries, mutably, if this is an object.
    pub fn entries_mut(&mut self) -> Option<&mut Vec<(Vec<u8>, Node)>> {
        match self {
            Node::Object(entries) => Some(entries),
            _ => None,
        }
    }

    /// The value of the first entry whose key reads as `name`, mutably.
    pub fn get_mut(&mut self, name: &str) -> Option<&mut Node> {
        self.entries_mut()?
            .iter_mut()
            .find(|(key, _)| read_string(key).as_deref() == Some(name))
            .map(|(_, value)| value)
    }
}

/// A string token read exactly as serde_json reads a string it does not skip; `None` if
/// it refuses it (invalid UTF-8, a lone surrogate escape, not a string at all).
pub fn read_string(token: &[u8]) -> Option<String> {
    if token.first() != Some(&b'"') {
        return None;
    }
    serde_json::from_slice::<String>(token).ok()
}

/// Walks a body that serde_json has already accepted: it only has to find where each
/// token ends.
struct Scanner<'a> {
    body: &'a [u8],
    at: usize,
}

impl Scanner<'_> {
    fn skip_whitespace(&mut self) {
        while matches!(self.body.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) {
        self.skip_whitespace();
        debug_assert_eq!(self.body.get(self.at), Some(&byte));
        self.at += 1;
    }

    fn peek(&mut self) -> u8 {
        self.skip_whitespace();
        self.body[self.at]
    }

    fn value(&mut self, depth: usize) -> Node {
        match self.peek() {
            b'{' | b'[' if depth >= MAX_TREE_DEPTH => Node::Raw(self.raw_container()),
            b'{' => {
                self.eat(b'{');
                let mut entries = Vec::new();
                if self.peek() == b'}' {
                    self.eat(b'}');
                    return Node::Object(entries);
                }
                loop {
                    self.skip_whitespace();
                    let key = self.string_token().to_vec();
                    self.eat(b':');
                    let value = self.value(depth + 1);
                    entries.push((key, value));
                    if self.peek() == b',' {
                        self.eat(b',');
                    } else {
                        self.eat(b'}');
                        return Node::Object(entries);
                    }
                }
            }
            b'[' => {
                self.eat(b'[');
                let mut items = Vec::new();
                if self.peek() == b']' {
                    self.eat(b']');
                    return Node::Array(items);
                }
                loop {
                    items.push(self.value(depth + 1));
                    if self.peek() == b',' {
                        self.eat(b',');
                    } else {
                        self.eat(b']');
                        return Node::Array(items);
                    }
                }
            }
            b'"' => Node::Scalar(self.string_token().to_vec()),
            _ => {
                let start = self.at;
                while !matches!(
                    self.body.get(self.at),
                    None | Some(b' ' | b'\t' | b'\n' | b'\r' | b',' | b']' | b'}')
                ) {
                    self.at += 1;
                }
                Node::Scalar(self.body[start..self.at].to_vec())
            }
        }
    }

    /// A string token, quotes included, starting at the current byte.
    fn string_token(&mut self) -> &[u8] {
        let start = self.at;
        self.at += 1;
        loop {
            match self.body[self.at] {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    return &self.body[start..self.at];
                }
                _ => self.at += 1,
            }
        }
    }

    /// A whole array or object, without recursing, as written.
    fn raw_container(&mut self) -> Vec<u8> {
        let start = self.at;
        let mut open = 0usize;
        loop {
            match self.body[self.at] {
                b'"' => {
                    self.string_token();
                    continue;
                }
                b'[' | b'{' => open += 1,
                b']' | b'}' => {
                    open -= 1;
                    if open == 0 {
                        self.at += 1;
                        return self.body[start..self.at].to_vec();
                    }
                }
                _ => {}
            }
            self.at += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_tokens_order_and_duplicates() {
        let body = br#" { "b" : "x\u0041" , "a" : [1 , -2.5e3, true, null] , "b":{} } "#;
        let tree = Node::parse(body).unwrap();
        assert_eq!(
            tree.to_bytes(),
            br#"{"b":"x\u0041","a":[1,-2.5e3,true,null],"b":{}}"#
        );
        assert_eq!(tree.entries().unwrap().len(), 3);
    }

    #[test]
    fn keeps_invalid_utf8_and_deep_values_raw() {
        let mut body = br#"{"k":"caf"#.to_vec();
        body.push(0xE9);
        body.extend_from_slice(br#""}"#);
        assert_eq!(Node::parse(&body).unwrap().to_bytes(), body);

        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let tree = Node::parse(deep.as_bytes()).unwrap();
        assert_eq!(tree.to_bytes(), deep.as_bytes());
    }

    #[test]
    fn refuses_what_serde_json_refuses() {
        for body in [&b"{"[..], b"", b"[1,]", b"{\"a\" 1}", b"nul", b"1 2"] {
            assert_eq!(
                Node::parse(body),
                None,
                "{:?}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn reads_strings_as_serde_json_does() {
        assert_eq!(
            read_string(br#""Request\u0049d""#).as_deref(),
            Some("RequestId")
        );
        assert_eq!(read_string(br#""\ud800""#), None);
        assert_eq!(read_string(b"\"\xE9\""), None);
        assert_eq!(read_string(b"5"), None);
    }
}
