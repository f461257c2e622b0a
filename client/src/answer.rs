//! Reading an HTTP answer as the action's result: the server's error whatever the
//! status, the typed response at 200, and an unreadable answer as a decode error that
//! keeps the status, the start of a body that is not an envelope and the
//! `X-TC-RequestId` header.

use crate::call::Outcome;
use crate::sse::EventStream;
use crate::transport::{HttpResponse, REQUEST_ID_HEADER, tag};
use bytes::Bytes;
use serde::de::DeserializeOwned;
use std::hash::{DefaultHasher, Hasher};
use tencent_action::{Action, DecodeError, DecodeErrorKind, Error, Response};

/// Reads a JSON answer: the runtime decodes the body's bytes in one pass.
pub(crate) async fn read_json<A: Action + DeserializeOwned>(
    response: HttpResponse,
) -> Result<Response<A>, Error> {
    let (status, header_id, body) = read_body(response).await?;
    decode(status, header_id, &body)
}

/// Reads a JSON answer that is one page of a list, with the fingerprint of its body
/// (see [`fingerprint`]), by which a page received twice is told.
pub(crate) async fn read_page<A: Action + DeserializeOwned>(
    response: HttpResponse,
) -> Result<Page<A>, Error> {
    let (status, header_id, body) = read_body(response).await?;
    let fingerprint = fingerprint(&body);
    decode(status, header_id, &body).map(|response| Page {
        response,
        fingerprint,
    })
}

/// One page of a list as it was received.
pub(crate) struct Page<A> {
    pub(crate) response: Response<A>,
    pub(crate) fingerprint: u64,
}

impl<A> Outcome for Page<A> {
    fn request_id(&self) -> Option<&str> {
        self.response.request_id()
    }
}

/// The status, the `X-TC-RequestId` header and the whole body of an answer.
async fn read_body(response: HttpResponse) -> Result<(u16, Option<String>, Bytes), Error> {
    let header_id = response.header(REQUEST_ID_HEADER).map(str::to_owned);
    let status = response.status;
    let body = response
        .body
        .collect()
        .await
        .map_err(|error| tag(error, header_id.as_deref()))?;
    Ok((status, header_id, body))
}

/// The typed response in `body`, or the error it is.
fn decode<A: Action + DeserializeOwned>(
    status: u16,
    header_id: Option<String>,
    body: &[u8],
) -> Result<Response<A>, Error> {
    let error = match tencent_action::from_slice::<A>(body) {
        Ok(response) if status == 200 => return Ok(response),
        Err(Error::Decode(error)) => error,
        Ok(_) => DecodeError::new(
            DecodeErrorKind::UnexpectedStatus,
            A::NAME,
            "neither a success nor the server's error",
        ),
        // The server's error, whatever the status.
        Err(other) => return Err(other),
    };
    // An answer that is not a readable envelope (a gateway's page, any status but 200) is
    // quoted, so that it can be recognised; an envelope at 200 that does not fit the
    // action's type is not: its path says where, and it may hold secrets.
    let envelope = status == 200 && error.request_id().is_some();
    let mut error = error.with_status(status);
    if !envelope {
        error = error.with_body(body);
    }
    if let Some(id) = header_id {
        error = error.with_request_id(id);
    }
    Err(error.into())
}

/// A hash of a body with the values of its `RequestId` members left out: two answers
/// with the same fingerprint said the same thing, whatever request they answered.
///
/// Paginators compare pages by it rather than by their decoded values, so that a
/// response type needs neither `PartialEq` nor `Serialize`, and nothing is decoded twice.
pub(crate) fn fingerprint(body: &[u8]) -> u64 {
    const KEY: &[u8] = b"\"RequestId\"";
    let mut hasher = DefaultHasher::new();
    let mut rest = body;
    while let Some(found) = rest.windows(KEY.len()).position(|window| window == KEY) {
        let after = found + KEY.len();
        hasher.write(&rest[..after]);
        rest = &rest[after..];
        rest = &rest[string_value_len(rest)..];
    }
    hasher.write(rest);
    hasher.finish()
}

/// The length of `: "..."` (blanks allowed, escapes followed) at the start of `text`, or
/// 0 when `text` does not start with a string value: what follows a key.
fn string_value_len(text: &[u8]) -> usize {
    let blank = |byte: &u8| byte.is_ascii_whitespace();
    let colon = text.iter().take_while(|byte| blank(byte)).count();
    if text.get(colon) != Some(&b':') {
        return 0;
    }
    let open = colon
        + 1
        + text[colon + 1..]
            .iter()
            .take_while(|byte| blank(byte))
            .count();
    if text.get(open) != Some(&b'"') {
        return 0;
    }
    let mut at = open + 1;
    while let Some(&byte) = text.get(at) {
        match byte {
            b'\\' => at += 2,
            b'"' => return at + 1,
            _ => at += 1,
        }
    }
    0
}

/// Reads a streamed answer: an event stream when the server sent one, the JSON answer's
/// error otherwise.
pub(crate) async fn read_stream<A: Action + DeserializeOwned, E: DeserializeOwned>(
    response: HttpResponse,
) -> Result<EventStream<E>, Error> {
    let is_stream = is_event_stream(&response);
    let header_id = response.header(REQUEST_ID_HEADER).map(str::to_owned);
    if response.status == 200 && is_stream {
        return Ok(EventStream::new(response.body, header_id, A::NAME));
    }
    let status = response.status;
    let answer = read_json::<A>(response).await?;
    let mut error = DecodeError::new(
        DecodeErrorKind::Stream,
        A::NAME,
        "the answer is JSON, not an event stream: was `Stream` set?",
    )
    .with_status(status);
    if let Some(id) = answer.request_id().map(str::to_owned).or(header_id) {
        error = error.with_request_id(id);
    }
    Err(error.into())
}

/// Whether the answer is a stream of server-sent events, which is read as it comes.
pub(crate) fn is_event_stream(response: &HttpResponse) -> bool {
    response.header("content-type").is_some_and(|value| {
        value
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("text/event-stream")
    })
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    #[test]
    fn fingerprints_leave_out_request_ids_only() {
        let page = |id: &str, first: u32| {
            format!(
                r#"{{"Response": {{"TotalCount": 50, "Set": [{first}], "RequestId" : "{id}"}}}}"#
            )
        };
        let one = fingerprint(page("a-1", 0).as_bytes());
        assert_eq!(one, fingerprint(page(r#"b-\"2"#, 0).as_bytes()));
        assert_ne!(one, fingerprint(page("a-1", 7).as_bytes()));
        // Not a string value: kept, and the body is still read to its end.
        assert_ne!(
            fingerprint(br#"{"RequestId": 1, "X": 1}"#),
            fingerprint(br#"{"RequestId": 1, "X": 2}"#)
        );
        assert_ne!(
            fingerprint(br#"{"RequestId": "a"#),
            fingerprint(br#"{"RequestId": "b"#)
        );
    }
}
