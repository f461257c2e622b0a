//! Turning a failed decode into an answer: the server's error if the failure was only
//! the payload's and the envelope holds one; otherwise an error a person can act on, with
//! what was wrong, where (the JSON path, found by decoding once more with the path
//! tracked), and what the server said. Runs only after the fast pass has failed.

use super::{read_envelope, salvage};
use crate::de::{EnvelopeSeed, Outcome, Progress};
use crate::error::{DecodeError, DecodeErrorKind};
use crate::{Action, Error};
use serde::Deserialize;
use serde::de::{DeserializeSeed, IgnoredAny};
use serde_path_to_error::{Segment, Track};
use std::fmt::Write as _;

#[derive(Clone, Copy)]
pub(crate) enum Input<'de> {
    Str(&'de str),
    Slice(&'de [u8]),
}

impl<'de> Input<'de> {
    fn bytes(self) -> &'de [u8] {
        match self {
            Input::Str(text) => text.as_bytes(),
            Input::Slice(bytes) => bytes,
        }
    }
}

#[cold]
#[inline(never)]
pub(crate) fn explain<'de, A>(
    input: Input<'de>,
    error: serde_json::Error,
    progress: Progress<'de>,
) -> Error
where
    A: Action + Deserialize<'de>,
{
    let body = input.bytes();
    let detail = without_position(&error);
    let first = body
        .iter()
        .copied()
        .find(|byte| !byte.is_ascii_whitespace());
    let kind = match (first, error.classify()) {
        (None, _) => DecodeErrorKind::Empty,
        (Some(byte), _) if !starts_json(byte) => DecodeErrorKind::NotJson,
        (_, serde_json::error::Category::Eof) => DecodeErrorKind::Truncated,
        (_, serde_json::error::Category::Syntax | serde_json::error::Category::Io) => {
            DecodeErrorKind::Syntax
        }
        // A key the payload's own `Deserialize` found twice: serde says so only in its
        // message (`de::Error::duplicate_field`). The envelope's duplicates are refusals
        // of its own and need no reading of text.
        (_, serde_json::error::Category::Data) if detail.starts_with("duplicate field") => {
            DecodeErrorKind::DuplicateKey
        }
        (_, serde_json::error::Category::Data) => progress.failure_kind(),
    };

    // The envelope once more, by the same code, with a payload that skips every value:
    // its verdict on the whole body, and everything it says.
    let mut envelope = Progress::default();
    let envelope_outcome = match input {
        Input::Str(text) => {
            read_envelope::<IgnoredAny, _>(serde_json::Deserializer::from_str(text), &mut envelope)
        }
        Input::Slice(bytes) => read_envelope::<IgnoredAny, _>(
            serde_json::Deserializer::from_slice(bytes),
            &mut envelope,
        ),
    };
    let said = match envelope_outcome {
        // Only the payload failed, inside a sound envelope that holds an `Error`: the
        // server's error is the answer, as it is when `Error` comes first and the payload
        // is never read.
        Ok(Outcome::Api(api)) if progress.failed_in_payload() => return Error::Api(api),
        Ok(_) => progress.said.or(envelope.said),
        // The envelope cannot be read to its end: the lenient scanner looks past the
        // point where it broke, for a RequestId or an error that follows.
        Err(_) => progress.said.or(envelope.said).or(salvage::scan(body)),
    };

    let detail = match kind {
        DecodeErrorKind::Empty => String::new(),
        DecodeErrorKind::NotJson => format!("it starts with `{}`", opening(body)),
        _ => detail,
    };
    let path = path_of::<A>(input);
    Error::Decode(
        DecodeError::new(kind, A::NAME, detail)
            .at_path(path)
            .at_position(error.line(), error.column())
            .with_said(said)
            .with_source(error),
    )
}

/// The path at which decoding fails, from a second decode that tracks it.
fn path_of<'de, A: Deserialize<'de>>(input: Input<'de>) -> String {
    let mut track = Track::new();
    let mut progress = Progress::default();
    let seed = EnvelopeSeed::<A>::new(&mut progress);
    let failed = match input {
        Input::Str(text) => {
            let mut json = serde_json::Deserializer::from_str(text);
            let tracked = serde_path_to_error::Deserializer::new(&mut json, &mut track);
            seed.deserialize(tracked).and_then(|_| json.end()).is_err()
        }
        Input::Slice(bytes) => {
            let mut json = serde_json::Deserializer::from_slice(bytes);
            let tracked = serde_path_to_error::Deserializer::new(&mut json, &mut track);
            seed.deserialize(tracked).and_then(|_| json.end()).is_err()
        }
    };
    if failed {
        format_path(&track.path())
    } else {
        String::new()
    }
}

/// `Response.InstanceStatusSet[1].InstanceState`.
fn format_path(path: &serde_path_to_error::Path) -> String {
    let mut segments: Vec<_> = path.iter().collect();
    // A key that broke before it was read leaves an unknown last segment: the path of its
    // object is the informative one.
    while matches!(segments.last(), Some(Segment::Unknown)) {
        segments.pop();
    }
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Seq { index } => {
                let _ = write!(out, "[{index}]");
            }
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push('?');
            }
        }
    }
    out
}

/// serde_json's message without the " at line L column C" it appends; the position is
/// reported on its own.
fn without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match message.strip_suffix(&suffix) {
        Some(message) => message.to_owned(),
        None => message,
    }
}

/// Whether a JSON text can start with this byte.
fn starts_json(byte: u8) -> bool {
    matches!(
        byte,
        b'{' | b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n'
    )
}

/// The first characters of a body that is not JSON, enough to recognise a gateway page.
fn opening(body: &[u8]) -> String {
    const SHOWN: usize = 48;
    let text = String::from_utf8_lossy(&body[..body.len().min(SHOWN * 4)]);
    let text = text.trim_start();
    let mut shown: String = text
        .chars()
        .take(SHOWN)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().nth(SHOWN).is_some() {
        shown.push_str("...");
    }
    shown
}
