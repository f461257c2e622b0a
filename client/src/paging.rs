//! Paginators: every page of a paged action, or every item of its list, as a stream.
//!
//! What pages, and how, is the generator's business (it implements
//! [`Paginated`] for the request of every action that pages); when to stop is decided
//! here, once for every action:
//!
//! - an empty page (or one without its list) is the last;
//! - when the answer gives a total and the paginator knows where the first page started,
//!   the page that reaches the total is the last;
//! - without a total, a page shorter than the request's page size is the last (with a
//!   total, a short page only means the server caps the page size, and the total
//!   decides);
//! - by token: a page whose next token is empty, absent, or one already sent is the last;
//! - by offset or page number: a page whose body (its RequestId aside) is one already
//!   received means the server ignored where the request said to start; the stream ends
//!   with an [`Error::Decode`] of kind [`DecodeErrorKind::RepeatedPage`] rather than
//!   serve the same items again and again.
//!
//! Pages are compared by a hash of their bodies, so that response types need neither
//! `PartialEq` nor `Serialize`. Any error ends the stream after it is given.

use crate::Client;
use crate::answer::Page;
use serde::de::DeserializeOwned;
use std::collections::HashSet;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use tencent_action::{
    Action, DecodeError, DecodeErrorKind, Error, PageBy, Paginated, Request, Response,
};

/// The request moved into the call, given back with the answer.
type PageFuture<R> =
    Pin<Box<dyn Future<Output = (R, Result<Page<<R as Request>::Action>, Error>)> + Send>>;

/// Every page of a paged action, one answer at a time: a
/// [`Stream`](futures_core::Stream) of `Result<Response<Action>, Error>`, from
/// [`Client::pages`] or a generated client's `<action>_pages`. The request's own offset,
/// page number or token is where it starts, its page size the pages'. See the
/// [module](crate::paging) for when it ends.
pub struct Pages<R: Paginated> {
    client: Client,
    /// The request for the next page; `None` once the last page (or an error) came.
    next: Option<R>,
    pending: Option<PageFuture<R>>,
    /// The index just after the last item received, when the paginator knows where the
    /// first page started: what is compared with the total.
    reached: Option<u64>,
    /// The fingerprints of the pages received.
    pages: HashSet<u64>,
    /// The tokens sent.
    tokens: HashSet<String>,
}

// Nothing is pinned through the paginator: the request and the items are moved freely.
impl<R: Paginated> Unpin for Pages<R> {}

impl<R> Pages<R>
where
    R: Paginated + Send + Sync + 'static,
    R::Action: DeserializeOwned + Send + 'static,
{
    pub(crate) fn new(client: Client, request: &R) -> Self {
        let request = request.clone();
        let reached = match R::PAGE_BY {
            PageBy::Offset => Some(request.start().unwrap_or(0)),
            PageBy::PageNumber { first } => match (request.start(), request.page_size()) {
                (None, _) => Some(0),
                (Some(number), _) if number <= first => Some(0),
                (Some(number), Some(size)) => Some((number - first).saturating_mul(size)),
                (Some(_), None) => None,
            },
            PageBy::Token => request.token().is_none_or(str::is_empty).then_some(0),
        };
        let tokens = request.token().map(str::to_owned).into_iter().collect();
        Pages {
            client,
            next: Some(request),
            pending: None,
            reached,
            pages: HashSet::new(),
            tokens,
        }
    }

    /// Takes in the answer to `request`, sets the request for the next page if there is
    /// one, and gives what the stream yields.
    fn received(
        &mut self,
        mut request: R,
        result: Result<Page<R::Action>, Error>,
    ) -> Result<Response<R::Action>, Error> {
        let Page {
            mut response,
            fingerprint,
        } = result?;
        let count = R::items(response.data_mut()).map_or(0, |items| items.len() as u64);
        let total = R::total(&response);
        self.reached = self.reached.map(|reached| reached.saturating_add(count));
        let at_total =
            matches!((self.reached, total), (Some(reached), Some(total)) if reached >= total);
        let mut more = count > 0 && !at_total;
        match R::PAGE_BY {
            PageBy::Token => match R::next_token(&response).filter(|token| !token.is_empty()) {
                Some(token) if self.tokens.insert(token.to_owned()) => {
                    request.set_token(token.to_owned());
                }
                _ => more = false,
            },
            by => {
                let first = match by {
                    PageBy::PageNumber { first } => first,
                    _ => 0,
                };
                let start = request.start().unwrap_or(first);
                if !self.pages.insert(fingerprint) {
                    return Err(repeated::<R::Action>(by, start, response.request_id()));
                }
                if total.is_none() && request.page_size().is_some_and(|size| count < size) {
                    more = false;
                }
                request.set_start(match by {
                    PageBy::Offset => start.saturating_add(count),
                    _ => start.saturating_add(1),
                });
            }
        }
        if more {
            self.next = Some(request);
        }
        Ok(response)
    }
}

/// The error of a page received twice: the server ignored where the request started.
fn repeated<A: Action>(by: PageBy, start: u64, request_id: Option<&str>) -> Error {
    let asked = match by {
        PageBy::Offset => format!("the page at offset {start}"),
        _ => format!("page number {start}"),
    };
    let mut error = DecodeError::new(
        DecodeErrorKind::RepeatedPage,
        A::NAME,
        format!(
            "asked for {asked}, the server answered one already received: it ignores where a page starts"
        ),
    );
    if let Some(id) = request_id {
        error = error.with_request_id(id);
    }
    error.into()
}

impl<R> futures_core::Stream for Pages<R>
where
    R: Paginated + Send + Sync + 'static,
    R::Action: DeserializeOwned + Send + 'static,
{
    type Item = Result<Response<R::Action>, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        let pending = match &mut this.pending {
            Some(pending) => pending,
            None => {
                let Some(request) = this.next.take() else {
                    return Poll::Ready(None);
                };
                let client = this.client.clone();
                this.pending.insert(Box::pin(async move {
                    let result = client.send_page(&request).await;
                    (request, result)
                }))
            }
        };
        let (request, result) = ready!(pending.as_mut().poll(cx));
        this.pending = None;
        Poll::Ready(Some(this.received(request, result)))
    }
}

impl<R: Paginated> fmt::Debug for Pages<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("action", &<R::Action as Action>::NAME)
            .field("pages", &self.pages.len())
            .field("done", &(self.next.is_none() && self.pending.is_none()))
            .finish()
    }
}

/// Every item of a paged action's list, across its pages: a
/// [`Stream`](futures_core::Stream) of `Result<Item, Error>`, from [`Client::items`] or a
/// generated client's `<action>_items`. It asks for a page when the previous one's items
/// are all given, and ends as [`Pages`] does.
pub struct Items<R: Paginated> {
    pages: Pages<R>,
    items: std::vec::IntoIter<R::Item>,
}

// As for `Pages`: nothing is pinned through it.
impl<R: Paginated> Unpin for Items<R> {}

impl<R> Items<R>
where
    R: Paginated + Send + Sync + 'static,
    R::Action: DeserializeOwned + Send + 'static,
{
    pub(crate) fn new(pages: Pages<R>) -> Self {
        Items {
            pages,
            items: Vec::new().into_iter(),
        }
    }
}

impl<R> futures_core::Stream for Items<R>
where
    R: Paginated + Send + Sync + 'static,
    R::Action: DeserializeOwned + Send + 'static,
{
    type Item = Result<R::Item, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            if let Some(item) = self.items.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match ready!(Pin::new(&mut self.pages).poll_next(cx)) {
                None => return Poll::Ready(None),
                Some(Err(error)) => return Poll::Ready(Some(Err(error))),
                Some(Ok(mut page)) => {
                    let items = R::items(page.data_mut()).map(std::mem::take);
                    self.items = items.unwrap_or_default().into_iter();
                }
            }
        }
    }
}

impl<R: Paginated> fmt::Debug for Items<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.items.len())
            .finish()
    }
}
