//! Reading an HTTP answer as the action's result: the server's error whatever the
//! status, the typed response at 200, and an unreadable answer as a decode error that
//! keeps the status, the start of a body that is not an envelope and the
//! `X-TC-RequestId` header.

use crate::sse::EventStream;
use crate::transport::{HttpResponse, REQUEST_ID_HEADER, tag};
use serde::de::DeserializeOwned;
use tencent_action::{Action, DecodeError, DecodeErrorKind, Error, Response};

/// Reads a JSON answer: the runtime decodes the body's bytes in one pass.
pub(crate) async fn read_json<A: Action + DeserializeOwned>(
    response: HttpResponse,
) -> Result<Response<A>, Error> {
    let header_id = response.header(REQUEST_ID_HEADER).map(str::to_owned);
    let status = response.status;
    let body = response
        .body
        .collect()
        .await
        .map_err(|error| tag(error, header_id.as_deref()))?;
    let error = match tencent_action::from_slice::<A>(&body) {
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
        error = error.with_body(&body);
    }
    if let Some(id) = header_id {
        error = error.with_request_id(id);
    }
    Err(error.into())
}

/// Reads a streamed answer: an event stream when the server sent one, the JSON answer's
/// error otherwise.
pub(crate) async fn read_stream<A: Action + DeserializeOwned, E: DeserializeOwned>(
    response: HttpResponse,
) -> Result<EventStream<E>, Error> {
    let is_stream = response.header("content-type").is_some_and(|value| {
        value
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("text/event-stream")
    });
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
