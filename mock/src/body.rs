//! The response body: whole, or cut after its first half on purpose.

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use std::pin::Pin;
use std::task::{Context, Poll};

/// A response body.
#[derive(Debug)]
pub enum MockBody {
    /// The whole body, sent once.
    Whole(Option<Bytes>),
    /// Sends `first`, gives the connection a turn to flush it, then fails, which makes
    /// the server close the connection short of the announced `Content-Length`.
    Cut {
        /// What is sent before the cut.
        first: Option<Bytes>,
        /// Whether the flush turn was given.
        flushed: bool,
    },
}

impl MockBody {
    /// A whole body.
    pub fn whole(bytes: impl Into<Bytes>) -> Self {
        MockBody::Whole(Some(bytes.into()))
    }
}

impl Body for MockBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        match self.get_mut() {
            MockBody::Whole(bytes) => Poll::Ready(bytes.take().map(|bytes| Ok(Frame::data(bytes)))),
            MockBody::Cut { first, flushed } => {
                if let Some(bytes) = first.take() {
                    return Poll::Ready(Some(Ok(Frame::data(bytes))));
                }
                if !*flushed {
                    *flushed = true;
                    cx.waker().wake_by_ref();
                    return Poll::Pending;
                }
                Poll::Ready(Some(Err(std::io::Error::other("body cut on purpose"))))
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        matches!(self, MockBody::Whole(None))
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            MockBody::Whole(Some(bytes)) => SizeHint::with_exact(bytes.len() as u64),
            MockBody::Whole(None) => SizeHint::with_exact(0),
            MockBody::Cut { .. } => SizeHint::default(),
        }
    }
}
