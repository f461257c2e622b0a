//! One call as the attempt loop sees it, and what its result tells the call's span.

use crate::sse::EventStream;
use bytes::Bytes;
use std::time::Duration;
use tencent_action::Response;

/// What the attempt loop needs to know of a call.
pub(crate) struct Call<'a> {
    pub(crate) service: &'a str,
    pub(crate) version: &'a str,
    pub(crate) action: &'a str,
    pub(crate) region: Option<&'a str>,
    pub(crate) body: Bytes,
    pub(crate) idempotent: bool,
    pub(crate) attempt_timeout: Duration,
    pub(crate) operation_timeout: Duration,
}

/// The RequestId of a call's result, for its span.
pub(crate) trait Outcome {
    fn request_id(&self) -> Option<&str>;
}

impl<A> Outcome for Response<A> {
    fn request_id(&self) -> Option<&str> {
        Response::request_id(self)
    }
}

impl<E> Outcome for EventStream<E> {
    fn request_id(&self) -> Option<&str> {
        self.request_id()
    }
}
