//! The lenient scanner: the envelope's strings (`RequestId`, `Error.Code`,
//! `Error.Message`) in a body that the envelope's reader could not read to its end, a
//! body that is not valid JSON or whose envelope is broken. It steps over anything it
//! cannot read, so that one unreadable value does not hide a RequestId behind it, and
//! gives up quietly where the syntax breaks: what it found before stays found.
//!
//! It decides nothing: whether the body holds an answer, and what is wrong with it, are
//! the envelope reader's to say (`de/`). Of a key that stands twice it reads the first,
//! as the envelope's reader did before it stopped at the second.

use crate::de::Said;
use std::borrow::Cow;

/// The envelope's strings that the scanner finds in `body`.
pub(super) fn scan(body: &[u8]) -> Said<'_> {
    let mut said = Said::default();
    let mut scanner = Scanner { body, at: 0 };
    scanner.object(Level::Top, &mut said);
    said
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Top,
    Response,
    Error,
}

struct Scanner<'b> {
    body: &'b [u8],
    at: usize,
}

/// A value as the scanner saw it.
enum Value<'b> {
    /// A string, and its text if it reads as one.
    Text(Option<Cow<'b, str>>),
    Other,
}

impl<'b> Scanner<'b> {
    fn peek(&mut self) -> Option<u8> {
        while let Some(&byte) = self.body.get(self.at) {
            if !matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
                return Some(byte);
            }
            self.at += 1;
        }
        None
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    /// Reads an object at `level` into `said`; `None` where the syntax breaks.
    fn object(&mut self, level: Level, said: &mut Said<'b>) -> Option<()> {
        if !self.eat(b'{') {
            return None;
        }
        // Whether this level's first and second key of interest were met already.
        let (mut first, mut second) = (false, false);
        if self.eat(b'}') {
            return Some(());
        }
        loop {
            if self.peek() != Some(b'"') {
                return None;
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return None;
            }
            match (level, key.as_deref()) {
                (Level::Top, Some("Response")) if !std::mem::replace(&mut first, true) => {
                    self.nested(Level::Response, said)?;
                }
                (Level::Response, Some("Error")) if !std::mem::replace(&mut second, true) => {
                    self.nested(Level::Error, said)?;
                }
                (Level::Response, Some("RequestId")) if !std::mem::replace(&mut first, true) => {
                    said.request_id = self.text()?;
                }
                (Level::Error, Some("Code")) if !std::mem::replace(&mut first, true) => {
                    said.code = self.text()?;
                }
                (Level::Error, Some("Message")) if !std::mem::replace(&mut second, true) => {
                    said.message = self.text()?;
                }
                _ => self.skip()?,
            }
            if self.eat(b',') {
                continue;
            }
            if self.eat(b'}') {
                return Some(());
            }
            return None;
        }
    }

    /// The object of the next level, or whatever else stands there, stepped over.
    fn nested(&mut self, level: Level, said: &mut Said<'b>) -> Option<()> {
        if self.peek() == Some(b'{') {
            self.object(level, said)
        } else {
            self.skip()
        }
    }

    /// The text of a readable string value; `None` inside for any other value.
    fn text(&mut self) -> Option<Option<Cow<'b, str>>> {
        match self.value()? {
            Value::Text(text) => Some(text),
            Value::Other => Some(None),
        }
    }

    /// Reads a value just far enough to tell what it is, and steps over it.
    fn value(&mut self) -> Option<Value<'b>> {
        match self.peek()? {
            b'"' => self.string().map(Value::Text),
            _ => self.skip().map(|()| Value::Other),
        }
    }

    /// A string at the cursor: its text, or `None` inside if it does not read (invalid
    /// UTF-8, a bad escape); the cursor goes past it either way. `None` outside if it
    /// never ends.
    fn string(&mut self) -> Option<Option<Cow<'b, str>>> {
        self.at += 1; // the opening quote
        let start = self.at;
        let mut escaped = false;
        loop {
            match *self.body.get(self.at)? {
                b'"' => break,
                b'\\' => {
                    escaped = true;
                    self.at += 2;
                }
                _ => self.at += 1,
            }
        }
        let raw = &self.body[start..self.at];
        self.at += 1;
        let text = if escaped {
            serde_json::from_slice::<String>(&self.body[start - 1..self.at])
                .ok()
                .map(Cow::Owned)
        } else {
            std::str::from_utf8(raw).ok().map(Cow::Borrowed)
        };
        Some(text)
    }

    /// Steps over one value of any kind and depth, without recursion.
    fn skip(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            match self.peek()? {
                b'"' => {
                    self.string()?;
                }
                b'{' | b'[' => {
                    depth += 1;
                    self.at += 1;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    self.at += 1;
                }
                b',' | b':' if depth > 0 => self.at += 1,
                _ => {
                    // A scalar: up to the next delimiter.
                    let rest = &self.body[self.at..];
                    let end = rest
                        .iter()
                        .position(|b| {
                            matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                        })
                        .unwrap_or(rest.len());
                    if end == 0 {
                        return None;
                    }
                    self.at += end;
                }
            }
            if depth == 0 {
                return Some(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(body: &[u8]) -> [Option<String>; 3] {
        let said = scan(body);
        [said.request_id, said.code, said.message].map(|text| text.map(Cow::into_owned))
    }

    fn some(text: &str) -> Option<String> {
        Some(text.to_owned())
    }

    #[test]
    fn finds_what_follows_a_bad_field() {
        let body =
            br#"{"Response":{"TotalCount":"x","Error":{"Message":"m","Code":"C"},"RequestId":"r"}}"#;
        assert_eq!(strings(body), [some("r"), some("C"), some("m")]);
    }

    #[test]
    fn keeps_what_precedes_a_syntax_error() {
        let body = br#"{"Response":{"RequestId":"r","TotalCount":[1,}"#;
        assert_eq!(strings(body), [some("r"), None, None]);
    }

    #[test]
    fn steps_over_unreadable_strings() {
        let mut body = br#"{"Response":{"Error":{"Code":"C","Message":"caf"#.to_vec();
        body.push(0xE9);
        body.extend_from_slice(br#""},"RequestId":"r-after"}}"#);
        assert_eq!(strings(&body), [some("r-after"), some("C"), None]);
        let body = br#"{"Response":{"Error":{"Code":"\ud800"},"RequestId":"r"}}"#;
        assert_eq!(strings(body), [some("r"), None, None]);
    }

    #[test]
    fn reads_escaped_keys_and_values() {
        let body = br#"{"Resp\u006fnse":{"Request\u0049d":"a\"b\u00e9","Skip":["}",{"x":"]"}]}}"#;
        assert_eq!(strings(body)[0], some("a\"b\u{e9}"));
    }

    #[test]
    fn ignores_nested_lookalikes() {
        let body = br#"{"Response":{"Data":{"RequestId":"inner"},"RequestId":"outer"}}"#;
        assert_eq!(strings(body)[0], some("outer"));
        assert_eq!(strings(br#"{"RequestId":"top","Response":{}}"#)[0], None);
        let body = br#"{"Response":{"Error":"x","Data":{"Error":{"Code":"inner"}}}}"#;
        assert_eq!(strings(body)[1], None);
    }

    #[test]
    fn the_first_of_a_duplicate_key_is_read() {
        let cases: [(&[u8], [Option<String>; 3]); 5] = [
            (
                br#"{"Response":{"RequestId":"a","RequestId":"b"}}"#,
                [some("a"), None, None],
            ),
            (
                br#"{"Response":{"RequestId":null,"RequestId":"b"}}"#,
                [None, None, None],
            ),
            (
                br#"{"Response":{"Error":{"Code":"A"},"Error":{"Code":"B","Message":"m"}}}"#,
                [None, some("A"), None],
            ),
            (
                br#"{"Response":{"Error":{"Code":5,"Code":"B"}}}"#,
                [None, None, None],
            ),
            (
                br#"{"Response":{"RequestId":"a"},"Response":{"RequestId":"b"}}"#,
                [some("a"), None, None],
            ),
        ];
        for (body, expected) in cases {
            assert_eq!(strings(body), expected, "{}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn deep_values_are_skipped_without_recursion() {
        let deep = format!(
            r#"{{"Response":{{"X":{}{},"RequestId":"r"}}}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert_eq!(strings(deep.as_bytes())[0], some("r"));
    }
}
