//! Idle connections, each with the hyper state machine that drives it, polled by the
//! task that sends the request rather than by a task of its own: an exchange costs no
//! hand-over between threads.

use super::connect::{Origin, Stream};
use super::failure;
use bytes::Bytes;
use futures_core::Stream as ChunkStream;
use http_body_util::Full;
use hyper::body::{Body as _, Incoming};
use hyper::client::conn::http1::{Connection, SendRequest};
use hyper_util::rt::TokioIo;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};
use tencent_action::{TransportError, TransportErrorKind};

/// How long a connection may stay idle before it is closed.
const IDLE_TIMEOUT: Duration = Duration::from_secs(60);

/// The most idle connections kept.
const MAX_IDLE: usize = 32;

/// One HTTP/1.1 connection: the handle that sends and the state machine that reads and
/// writes, which must be polled for anything to move.
pub(crate) struct Conn {
    pub(crate) origin: Origin,
    pub(crate) sender: SendRequest<Full<Bytes>>,
    driver: Connection<TokioIo<Stream>, Full<Bytes>>,
    /// The state machine has ended: the connection is closed.
    ended: bool,
}

impl Conn {
    pub(crate) fn new(
        origin: Origin,
        sender: SendRequest<Full<Bytes>>,
        driver: Connection<TokioIo<Stream>, Full<Bytes>>,
    ) -> Self {
        Conn {
            origin,
            sender,
            driver,
            ended: false,
        }
    }

    /// Moves the connection's reads and writes along; `Some` once, when it ends (its
    /// error, if it failed).
    pub(crate) fn drive(&mut self, cx: &mut Context<'_>) -> Option<Result<(), hyper::Error>> {
        if self.ended {
            return None;
        }
        match Pin::new(&mut self.driver).poll(cx) {
            Poll::Ready(result) => {
                self.ended = true;
                Some(result)
            }
            Poll::Pending => None,
        }
    }

    pub(crate) fn ended(&self) -> bool {
        self.ended
    }

    /// Whether the server has not closed it while it was idle.
    fn still_open(&mut self) -> bool {
        let _ = self.drive(&mut Context::from_waker(Waker::noop()));
        !self.ended && !self.sender.is_closed()
    }
}

/// The idle connections of one transport.
#[derive(Default)]
pub(crate) struct Pool {
    idle: Mutex<Vec<(Conn, Instant)>>,
}

impl Pool {
    /// An idle connection to `origin` that is still open, the most recent first.
    pub(crate) fn take(&self, origin: &Origin) -> Option<Conn> {
        let mut idle = self
            .idle
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        let now = Instant::now();
        idle.retain(|(_, since)| now.duration_since(*since) < IDLE_TIMEOUT);
        while let Some(at) = idle.iter().rposition(|(conn, _)| conn.origin == *origin) {
            let (mut conn, _) = idle.remove(at);
            if conn.still_open() {
                return Some(conn);
            }
        }
        None
    }

    /// Keeps `conn` for the next request to its origin.
    fn put(&self, conn: Conn) {
        if conn.ended {
            return;
        }
        let mut idle = self
            .idle
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        if idle.len() >= MAX_IDLE {
            idle.remove(0);
        }
        idle.push((conn, Instant::now()));
    }
}

/// An answer's body: its chunks, read by driving the connection it comes on, which goes
/// back to the pool once the whole body came. A body dropped half-way, or cut, closes
/// the connection: it is never handed to another request.
pub(crate) struct Chunks {
    conn: Option<Conn>,
    body: Incoming,
    pool: Arc<Pool>,
}

impl Chunks {
    pub(crate) fn new(conn: Conn, body: Incoming, pool: Arc<Pool>) -> Self {
        Chunks {
            conn: Some(conn),
            body,
            pool,
        }
    }

    /// The body's next data, driving the connection between two looks at it (the first
    /// look tells hyper the body is wanted, the drive reads it).
    fn next_frame(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Bytes, hyper::Error>>> {
        for _ in 0..2 {
            loop {
                match Pin::new(&mut self.body).poll_frame(cx) {
                    Poll::Ready(Some(Ok(frame))) => match frame.into_data() {
                        Ok(data) if !data.is_empty() => return Poll::Ready(Some(Ok(data))),
                        // An empty chunk or trailers: nothing for the reader.
                        _ => continue,
                    },
                    Poll::Ready(Some(Err(error))) => return Poll::Ready(Some(Err(error))),
                    Poll::Ready(None) => return Poll::Ready(None),
                    Poll::Pending => break,
                }
            }
            match self.conn.as_mut().map(|conn| conn.drive(cx)) {
                Some(None) => {}
                // Ended: the body's end or error is on its way; hyper wakes the reader.
                _ => return Poll::Pending,
            }
        }
        Poll::Pending
    }
}

impl ChunkStream for Chunks {
    type Item = Result<Bytes, TransportError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if let Some(conn) = this.conn.as_mut() {
            let _ = conn.drive(cx);
        }
        match this.next_frame(cx) {
            Poll::Ready(Some(Ok(data))) => Poll::Ready(Some(Ok(data))),
            Poll::Ready(Some(Err(error))) => {
                this.conn = None;
                let message = failure::in_body(&error);
                Poll::Ready(Some(Err(TransportError::new(
                    TransportErrorKind::Io,
                    message,
                )
                .with_source(error))))
            }
            Poll::Ready(None) => {
                if let Some(conn) = this.conn.take() {
                    this.pool.put(conn);
                }
                Poll::Ready(None)
            }
            Poll::Pending => Poll::Pending,
        }
    }
}
