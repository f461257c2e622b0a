//! The cold second look at a body that did not decode: is it valid JSON, what did the
//! server say in it (`RequestId`, `Error.Code`, `Error.Message`), wherever those stand,
//! and is the envelope itself sound. Runs only after the fast pass has failed.
//!
//! Validity is serde_json's own judgement of the body when nothing is read from it
//! (`IgnoredAny`: invalid UTF-8 and any depth are skipped, as `from_slice` skips them in
//! unknown fields). The envelope's strings are found by a small lenient scanner that
//! steps over anything it cannot read, so that one unreadable value does not hide a
//! RequestId behind it.

use crate::error::DecodeErrorKind;
use serde::de::IgnoredAny;

/// What the second look found.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The body is one complete JSON value.
    pub valid_json: bool,
    /// `Response.RequestId`, if it is a readable string.
    pub request_id: Option<String>,
    /// `Response.Error.Code`, if it is a readable string.
    pub code: Option<String>,
    /// `Response.Error.Message`, if it is a readable string.
    pub message: Option<String>,
    /// `Response.Error` is an object with a string `Code`, and a string, `null` or no
    /// `Message`.
    pub error_well_formed: bool,
    /// The first defect of the envelope itself: a duplicate key, a `RequestId` that is
    /// not a string, an `Error` that is not well formed.
    pub defect: Option<DecodeErrorKind>,
}

impl Scan {
    pub fn of(body: &[u8]) -> Scan {
        let mut scan = Scan::default();
        let mut json = serde_json::Deserializer::from_slice(body);
        scan.valid_json = serde::Deserialize::deserialize(&mut json)
            .map(|IgnoredAny| ())
            .and_then(|()| json.end())
            .is_ok();
        let mut scanner = Scanner { body, at: 0 };
        scanner.object(Level::Top, &mut scan);
        scan
    }

    fn defect(&mut self, kind: DecodeErrorKind) {
        self.defect.get_or_insert(kind);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Top,
    Response,
    Error,
}

/// A lenient reader of the envelope's three levels. It gives up quietly at broken
/// syntax: what it found before stays found.
struct Scanner<'b> {
    body: &'b [u8],
    at: usize,
}

/// A value as the scanner saw it.
enum Value {
    /// A string, and its text if it reads as one.
    Text(Option<String>),
    Null,
    Object,
    Other,
}

impl Scanner<'_> {
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

    /// Reads an object at `level` into `scan`; `None` where the syntax breaks.
    fn object(&mut self, level: Level, scan: &mut Scan) -> Option<()> {
        if !self.eat(b'{') {
            return None;
        }
        let (mut first, mut second) = (false, false);
        let mut has_code = false;
        if self.eat(b'}') {
            return self.end_of(level, has_code, scan);
        }
        loop {
            if self.peek() != Some(b'"') {
                return None;
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return None;
            }
            let Some(key) = key.as_deref() else {
                // serde_json reads every key, unknown ones too: one that does not read
                // makes the object unreadable.
                scan.defect(DecodeErrorKind::Syntax);
                self.skip()?;
                if self.eat(b',') {
                    continue;
                }
                if self.eat(b'}') {
                    return self.end_of(level, has_code, scan);
                }
                return None;
            };
            match (level, key) {
                (Level::Top, "Response") => {
                    if std::mem::replace(&mut first, true) {
                        scan.defect(DecodeErrorKind::DuplicateKey);
                        self.skip()?;
                    } else if self.peek() == Some(b'{') {
                        self.object(Level::Response, scan)?;
                    } else {
                        scan.defect(DecodeErrorKind::ResponseNotObject);
                        self.skip()?;
                    }
                }
                (Level::Response, "RequestId") => {
                    let duplicate = std::mem::replace(&mut first, true);
                    match self.value()? {
                        _ if duplicate => scan.defect(DecodeErrorKind::DuplicateKey),
                        Value::Text(None) => scan.defect(DecodeErrorKind::Syntax),
                        Value::Text(text) => scan.request_id = text,
                        Value::Null => {}
                        Value::Object | Value::Other => {
                            scan.defect(DecodeErrorKind::MalformedRequestId)
                        }
                    }
                }
                (Level::Response, "Error") => {
                    if std::mem::replace(&mut second, true) {
                        scan.defect(DecodeErrorKind::DuplicateKey);
                        self.skip()?;
                    } else if self.peek() == Some(b'{') {
                        self.object(Level::Error, scan)?;
                    } else if !matches!(self.value()?, Value::Null) {
                        scan.defect(DecodeErrorKind::MalformedError);
                    }
                }
                (Level::Error, "Code") => {
                    let duplicate = std::mem::replace(&mut first, true);
                    has_code = true;
                    match self.value()? {
                        _ if duplicate => scan.defect(DecodeErrorKind::DuplicateKey),
                        Value::Text(Some(text)) => scan.code = Some(text),
                        _ => scan.defect(DecodeErrorKind::MalformedError),
                    }
                }
                (Level::Error, "Message") => {
                    let duplicate = std::mem::replace(&mut second, true);
                    match self.value()? {
                        _ if duplicate => scan.defect(DecodeErrorKind::DuplicateKey),
                        Value::Text(Some(text)) => scan.message = Some(text),
                        Value::Null => {}
                        _ => scan.defect(DecodeErrorKind::MalformedError),
                    }
                }
                _ => self.skip()?,
            }
            if self.eat(b',') {
                continue;
            }
            if self.eat(b'}') {
                return self.end_of(level, has_code, scan);
            }
            return None;
        }
    }

    fn end_of(&mut self, level: Level, has_code: bool, scan: &mut Scan) -> Option<()> {
        if level == Level::Error {
            if has_code && scan.code.is_some() {
                scan.error_well_formed = scan.defect.is_none();
            } else if !has_code {
                scan.defect(DecodeErrorKind::MalformedError);
            }
        }
        Some(())
    }

    /// Reads a value just far enough to tell what it is, and steps over it.
    fn value(&mut self) -> Option<Value> {
        match self.peek()? {
            b'"' => self.string().map(Value::Text),
            b'{' => self.skip().map(|()| Value::Object),
            b'n' if self.body[self.at..].starts_with(b"null") => {
                self.at += 4;
                Some(Value::Null)
            }
            _ => self.skip().map(|()| Value::Other),
        }
    }

    /// A string at the cursor: its text, or `None` inside if it does not read (invalid
    /// UTF-8, a bad escape); the cursor goes past it either way. `None` outside if it
    /// never ends.
    fn string(&mut self) -> Option<Option<String>> {
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
            serde_json::from_slice::<String>(&self.body[start - 1..self.at]).ok()
        } else {
            std::str::from_utf8(raw).ok().map(str::to_owned)
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

    #[test]
    fn finds_what_follows_a_bad_field() {
        let scan = Scan::of(
            br#"{"Response":{"TotalCount":"x","Error":{"Message":"m","Code":"C"},"RequestId":"r"}}"#,
        );
        assert!(scan.valid_json && scan.error_well_formed && scan.defect.is_none());
        assert_eq!(scan.code.as_deref(), Some("C"));
        assert_eq!(scan.message.as_deref(), Some("m"));
        assert_eq!(scan.request_id.as_deref(), Some("r"));
    }

    #[test]
    fn keeps_what_precedes_a_syntax_error() {
        let scan = Scan::of(br#"{"Response":{"RequestId":"r","TotalCount":[1,}"#);
        assert!(!scan.valid_json);
        assert_eq!(scan.request_id.as_deref(), Some("r"));
    }

    #[test]
    fn steps_over_unreadable_strings() {
        let mut body = br#"{"Response":{"Error":{"Code":"C","Message":"caf"#.to_vec();
        body.push(0xE9);
        body.extend_from_slice(br#""},"RequestId":"r-after"}}"#);
        let scan = Scan::of(&body);
        assert!(scan.valid_json);
        assert_eq!(scan.message, None);
        assert_eq!(scan.request_id.as_deref(), Some("r-after"));
        let scan = Scan::of(br#"{"Response":{"Error":{"Code":"\ud800"},"RequestId":"r"}}"#);
        assert_eq!((scan.code, scan.request_id.as_deref()), (None, Some("r")));
        assert_eq!(scan.defect, Some(DecodeErrorKind::MalformedError));
    }

    #[test]
    fn reads_escaped_keys_and_values() {
        let scan = Scan::of(
            br#"{"Resp\u006fnse":{"Request\u0049d":"a\"b\u00e9","Skip":["}",{"x":"]"}]}}"#,
        );
        assert_eq!(scan.request_id.as_deref(), Some("a\"b\u{e9}"));
    }

    #[test]
    fn ignores_nested_lookalikes() {
        let scan = Scan::of(br#"{"Response":{"Data":{"RequestId":"inner"},"RequestId":"outer"}}"#);
        assert_eq!(scan.request_id.as_deref(), Some("outer"));
        let scan = Scan::of(br#"{"RequestId":"top","Response":{}}"#);
        assert_eq!(scan.request_id, None);
    }

    #[test]
    fn envelope_defects() {
        let cases: [(&[u8], DecodeErrorKind); 6] = [
            (
                br#"{"Response":{"RequestId":-0}}"#,
                DecodeErrorKind::MalformedRequestId,
            ),
            (
                br#"{"Response":{"RequestId":"a","RequestId":"b"}}"#,
                DecodeErrorKind::DuplicateKey,
            ),
            (
                br#"{"Response":{"Error":{"Code":"A"},"Error":null}}"#,
                DecodeErrorKind::DuplicateKey,
            ),
            (
                br#"{"Response":{"Error":{"Code":"A","Code":"B"}}}"#,
                DecodeErrorKind::DuplicateKey,
            ),
            (
                br#"{"Response":{"Error":{"Code":5,"Message":"m"}}}"#,
                DecodeErrorKind::MalformedError,
            ),
            (
                br#"{"Response":{"Error":{"Message":"m"}}}"#,
                DecodeErrorKind::MalformedError,
            ),
        ];
        for (body, kind) in cases {
            let scan = Scan::of(body);
            assert_eq!(scan.defect, Some(kind), "{}", String::from_utf8_lossy(body));
        }
        assert_eq!(
            Scan::of(br#"{"Response":{"Error":null,"RequestId":null}}"#).defect,
            None
        );
    }

    #[test]
    fn deep_values_are_skipped_without_recursion() {
        let deep = format!(
            r#"{{"Response":{{"X":{}{},"RequestId":"r"}}}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        let scan = Scan::of(deep.as_bytes());
        assert!(scan.valid_json);
        assert_eq!(scan.request_id.as_deref(), Some("r"));
    }
}
