use bytes::{Bytes, BytesMut};
use futures_core::Stream;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use tencent_action::TransportError;

type ChunkStream = Pin<Box<dyn Stream<Item = Result<Bytes, TransportError>> + Send>>;

/// The body of an answer: bytes already in hand, or chunks as they arrive.
pub struct Body(Inner);

enum Inner {
    Full(Option<Bytes>),
    Chunks(ChunkStream),
}

impl Body {
    /// A body whose chunks arrive from `stream`.
    pub fn from_stream(
        stream: impl Stream<Item = Result<Bytes, TransportError>> + Send + 'static,
    ) -> Self {
        Body(Inner::Chunks(Box::pin(stream)))
    }

    /// Reads the whole body. A body that came in one chunk is handed over as it is,
    /// without a copy.
    pub async fn collect(mut self) -> Result<Bytes, TransportError> {
        let first = match std::future::poll_fn(|cx| Pin::new(&mut self).poll_next(cx)).await {
            None => return Ok(Bytes::new()),
            Some(chunk) => chunk?,
        };
        let Some(second) = std::future::poll_fn(|cx| Pin::new(&mut self).poll_next(cx)).await
        else {
            return Ok(first);
        };
        let mut all = BytesMut::from(&first[..]);
        all.extend_from_slice(&second?);
        while let Some(chunk) = std::future::poll_fn(|cx| Pin::new(&mut self).poll_next(cx)).await {
            all.extend_from_slice(&chunk?);
        }
        Ok(all.freeze())
    }
}

impl Stream for Body {
    type Item = Result<Bytes, TransportError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        match &mut self.get_mut().0 {
            Inner::Full(bytes) => Poll::Ready(bytes.take().filter(|b| !b.is_empty()).map(Ok)),
            Inner::Chunks(stream) => stream.as_mut().poll_next(cx),
        }
    }
}

impl From<Bytes> for Body {
    fn from(bytes: Bytes) -> Self {
        Body(Inner::Full(Some(bytes)))
    }
}

impl From<&'static [u8]> for Body {
    fn from(bytes: &'static [u8]) -> Self {
        Body::from(Bytes::from_static(bytes))
    }
}

impl From<Vec<u8>> for Body {
    fn from(bytes: Vec<u8>) -> Self {
        Body::from(Bytes::from(bytes))
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Inner::Full(bytes) => write!(f, "Body({} bytes)", bytes.as_ref().map_or(0, Bytes::len)),
            Inner::Chunks(_) => f.write_str("Body(streaming)"),
        }
    }
}
