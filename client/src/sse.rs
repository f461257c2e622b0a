//! Streamed answers: actions that answer `Content-Type: text/event-stream` (Hunyuan's
//! `ChatCompletions` with `Stream: true`, lkeap's) give a stream of typed events.
//!
//! The parser follows the server-sent events rules: `data` lines of one event are joined
//! with line feeds, lines starting with `:` are comments, `\r\n`, `\n` and `\r` all end a
//! line, and a line may be of any length (there is no 64 KiB limit).

use crate::transport::{Body, tag};
use futures_core::Stream;
use serde::de::DeserializeOwned;
use std::collections::VecDeque;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};
use tencent_action::{ApiError, DecodeError, DecodeErrorKind, Error};

/// One server-sent event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The `event` field; `message` when the server gave none.
    pub event: String,
    /// The `data` lines, joined with `\n`.
    pub data: String,
    /// The last `id` field seen, if any.
    pub id: Option<String>,
}

/// Cuts a byte stream into [`Event`]s, chunk by chunk, whatever the chunk boundaries.
///
/// ```
/// use tencent_action_client::sse::Parser;
///
/// let mut parser = Parser::default();
/// let mut events = parser.feed(b": a comment\ndata: {\"a\":\ndata: 1}\r\n\r\nda");
/// events.extend(parser.feed(b"ta: second\n\n"));
/// assert_eq!(events.len(), 2);
/// assert_eq!(events[0].data, "{\"a\":\n1}");
/// assert_eq!(events[1].data, "second");
/// ```
#[derive(Debug, Default)]
pub struct Parser {
    line: Vec<u8>,
    after_cr: bool,
    data: String,
    has_data: bool,
    event: String,
    id: Option<String>,
}

impl Parser {
    /// Reads `chunk` and returns the events it completes.
    pub fn feed(&mut self, mut chunk: &[u8]) -> Vec<Event> {
        let mut events = Vec::new();
        while !chunk.is_empty() {
            if self.after_cr {
                self.after_cr = false;
                if chunk[0] == b'\n' {
                    chunk = &chunk[1..];
                    continue;
                }
            }
            match chunk.iter().position(|&b| b == b'\n' || b == b'\r') {
                None => {
                    self.line.extend_from_slice(chunk);
                    break;
                }
                Some(end) => {
                    self.line.extend_from_slice(&chunk[..end]);
                    self.after_cr = chunk[end] == b'\r';
                    chunk = &chunk[end + 1..];
                    let line = std::mem::take(&mut self.line);
                    if let Some(event) = self.line_done(&line) {
                        events.push(event);
                    }
                }
            }
        }
        events
    }

    /// Ends the stream: an event that the stream's end cut short (no blank line after
    /// it) is returned too, so that nothing the server sent is lost.
    pub fn finish(&mut self) -> Option<Event> {
        let line = std::mem::take(&mut self.line);
        if !line.is_empty()
            && let Some(event) = self.line_done(&line)
        {
            return Some(event);
        }
        self.line_done(b"")
    }

    fn line_done(&mut self, line: &[u8]) -> Option<Event> {
        if line.is_empty() {
            let event = std::mem::take(&mut self.event);
            if !std::mem::take(&mut self.has_data) {
                return None;
            }
            let mut data = std::mem::take(&mut self.data);
            data.pop();
            let event = if event.is_empty() {
                "message".to_owned()
            } else {
                event
            };
            return Some(Event {
                event,
                data,
                id: self.id.clone(),
            });
        }
        if line[0] == b':' {
            return None;
        }
        let line = String::from_utf8_lossy(line);
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (&*line, ""),
        };
        match field {
            "data" => {
                self.data.push_str(value);
                self.data.push('\n');
                self.has_data = true;
            }
            "event" => self.event = value.to_owned(),
            "id" if !value.contains('\0') => self.id = Some(value.to_owned()),
            _ => {}
        }
        None
    }
}

/// The typed events of a streamed answer: each event's `data` decoded as `E`. An event
/// that holds Tencent's error envelope becomes [`Error::Api`]; a broken connection a
/// transport error; the stream ends after either. An event that does not decode as `E`
/// is an [`Error::Decode`] of kind [`DecodeErrorKind::Stream`], and the stream goes on.
pub struct EventStream<E> {
    body: Body,
    parser: Parser,
    ready: VecDeque<Event>,
    request_id: Option<String>,
    action: &'static str,
    done: bool,
    _event: PhantomData<fn() -> E>,
}

impl<E> std::fmt::Debug for EventStream<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventStream")
            .field("request_id", &self.request_id)
            .field("done", &self.done)
            .finish()
    }
}

impl<E> EventStream<E> {
    /// The RequestId of the `X-TC-RequestId` header.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

impl<E: DeserializeOwned> EventStream<E> {
    /// The events of `body`, the answer of `action`.
    pub(crate) fn new(body: Body, request_id: Option<String>, action: &'static str) -> Self {
        EventStream {
            body,
            parser: Parser::default(),
            ready: VecDeque::new(),
            request_id,
            action,
            done: false,
            _event: PhantomData,
        }
    }

    /// The next event, or `None` at the end of the stream.
    pub async fn next_event(&mut self) -> Option<Result<E, Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    fn decode(&mut self, event: Event) -> Result<E, Error> {
        let data = event.data.trim_start();
        if data.starts_with("{\"Response\"")
            && let Some(error) = api_error(data, self.request_id.as_deref())
        {
            self.done = true;
            self.ready.clear();
            return Err(error.into());
        }
        serde_json::from_str(data).map_err(|error| {
            let mut failure = DecodeError::new(
                DecodeErrorKind::Stream,
                self.action,
                format!("an event's data does not decode: {error}"),
            )
            .with_body(data.as_bytes())
            .with_source(error);
            if let Some(id) = &self.request_id {
                failure = failure.with_request_id(id.as_str());
            }
            Error::from(failure)
        })
    }
}

/// The server's error, when an event holds the error envelope.
fn api_error(data: &str, header_id: Option<&str>) -> Option<ApiError> {
    let value: serde_json::Value = serde_json::from_str(data).ok()?;
    let response = value.get("Response")?;
    let error = response.get("Error")?;
    let code = error.get("Code")?.as_str()?;
    let message = error.get("Message").and_then(|m| m.as_str()).unwrap_or("");
    let request_id = response
        .get("RequestId")
        .and_then(|r| r.as_str())
        .or(header_id)
        .unwrap_or("");
    Some(ApiError::new(code, message, request_id))
}

impl<E: DeserializeOwned> Stream for EventStream<E> {
    type Item = Result<E, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(event) = this.ready.pop_front() {
                if event.data.is_empty() {
                    continue;
                }
                return Poll::Ready(Some(this.decode(event)));
            }
            if this.done {
                return Poll::Ready(None);
            }
            match Pin::new(&mut this.body).poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Some(Ok(chunk))) => this.ready.extend(this.parser.feed(&chunk)),
                Poll::Ready(Some(Err(error))) => {
                    this.done = true;
                    return Poll::Ready(Some(Err(tag(error, this.request_id.as_deref()))));
                }
                Poll::Ready(None) => {
                    this.done = true;
                    this.ready.extend(this.parser.finish());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_fields_and_comments() {
        let mut parser = Parser::default();
        let events = parser.feed(b"event: delta\rid: 7\r\ndata:no space\r\rdata\n\n:only a comment\n\nretry: 10\nunknown: x\ndata:  two spaces\n\n");
        assert_eq!(
            events,
            vec![
                Event {
                    event: "delta".into(),
                    data: "no space".into(),
                    id: Some("7".into())
                },
                Event {
                    event: "message".into(),
                    data: "".into(),
                    id: Some("7".into())
                },
                Event {
                    event: "message".into(),
                    data: " two spaces".into(),
                    id: Some("7".into())
                },
            ]
        );
    }

    #[test]
    fn any_split_gives_the_same_events() {
        let text = b"data: {\"a\": 1}\r\n\r\n: ping\n\ndata: line one\ndata: line two\n\ndata: end";
        let whole = {
            let mut parser = Parser::default();
            let mut events = parser.feed(text);
            events.extend(parser.finish());
            events
        };
        assert_eq!(whole.len(), 3);
        assert_eq!(whole[1].data, "line one\nline two");
        assert_eq!(whole[2].data, "end", "the last event, cut short, is kept");
        for split in 0..text.len() {
            let mut parser = Parser::default();
            let mut events = parser.feed(&text[..split]);
            events.extend(parser.feed(&text[split..]));
            events.extend(parser.finish());
            assert_eq!(events, whole, "split at {split}");
        }
    }

    #[test]
    fn lines_longer_than_64_kib() {
        let long = "x".repeat(300 * 1024);
        let mut parser = Parser::default();
        let mut events = Vec::new();
        for chunk in format!("data: {long}\n\n").as_bytes().chunks(1000) {
            events.extend(parser.feed(chunk));
        }
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].data.len(), long.len());
    }
}
