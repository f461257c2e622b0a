//! The paginators against the mock on loopback, which serves a list of 50 things by
//! offset, by page number and by token: every page and every item once, where a walk
//! starts, when it stops (the total, a short or empty page, an empty or repeated token),
//! a server that ignores the offset or the page number (an error, not a loop), and an
//! error half-way. Every page is a request the mock counts.

use futures_core::Stream;
use serde_json::{Value, json};
use std::pin::Pin;
use tencent_action::{Count, DecodeErrorKind, Error, PageBy, Paginated, Request};
use tencent_action_client::retry::RetryConfig;
use tencent_action_client::{Client, Credential};
use tencent_action_mock::{CallInfo, Catalog, MockServer, Reply};

const SECRET_ID: &str = "AKIDpaging";
const SECRET_KEY: &str = "paging-secret-key";
/// How many things the mock holds.
const THINGS: u64 = 50;

const SPEC: &str = r#"{
    "metadata": {"serviceShortName": "demo", "apiVersion": "2024-01-01"},
    "actions": {
        "ListThings": {"input": "ListThingsRequest", "output": "ListThingsResponse"},
        "ListThingPages": {"input": "ListThingPagesRequest", "output": "ListThingPagesResponse"},
        "ListThingsByToken": {"input": "ListThingsByTokenRequest", "output": "ListThingsByTokenResponse"}
    },
    "objects": {
        "ListThingsRequest": {"members": [
            {"name": "Offset", "type": "int", "member": "int64"},
            {"name": "Limit", "type": "int", "member": "int64"}]},
        "ListThingsResponse": {"members": [
            {"name": "TotalCount", "type": "int", "member": "uint64"},
            {"name": "Things", "type": "list", "member": "Thing"}]},
        "ListThingPagesRequest": {"members": [
            {"name": "PageNumber", "type": "int", "member": "int64"},
            {"name": "PageSize", "type": "int", "member": "int64"}]},
        "ListThingPagesResponse": {"members": [
            {"name": "Total", "type": "int", "member": "uint64"},
            {"name": "Things", "type": "list", "member": "Thing"}]},
        "ListThingsByTokenRequest": {"members": [
            {"name": "NextToken", "type": "string", "member": "string"},
            {"name": "Limit", "type": "int", "member": "int64"}]},
        "ListThingsByTokenResponse": {"members": [
            {"name": "NextToken", "type": "string", "member": "string"},
            {"name": "Things", "type": "list", "member": "Thing"}]},
        "Thing": {"members": [{"name": "Id", "type": "int", "member": "uint64"}]}
    }
}"#;

#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
struct Thing {
    id: u64,
}

#[tencent_action::tencent_action(service = "demo", version = "2024-01-01")]
#[derive(Debug)]
struct ListThings {
    total_count: Option<u64>,
    things: Option<Vec<Thing>>,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
struct ListThingsRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<i64>,
}

impl Request for ListThingsRequest {
    type Action = ListThings;
}

// As the generator writes it.
impl Paginated for ListThingsRequest {
    type Item = Thing;
    const PAGE_BY: PageBy = PageBy::Offset;
    fn start(&self) -> Option<u64> {
        self.offset.count()
    }
    fn set_start(&mut self, start: u64) {
        self.offset.set_count(start)
    }
    fn page_size(&self) -> Option<u64> {
        self.limit.count()
    }
    fn items(page: &mut ListThings) -> Option<&mut Vec<Thing>> {
        page.things.as_mut()
    }
    fn total(page: &ListThings) -> Option<u64> {
        page.total_count.count()
    }
}

#[tencent_action::tencent_action(service = "demo", version = "2024-01-01")]
#[derive(Debug)]
struct ListThingPages {
    total: Option<u64>,
    things: Option<Vec<Thing>>,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
struct ListThingPagesRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    page_number: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page_size: Option<i64>,
}

impl Request for ListThingPagesRequest {
    type Action = ListThingPages;
}

impl Paginated for ListThingPagesRequest {
    type Item = Thing;
    const PAGE_BY: PageBy = PageBy::PageNumber { first: 1 };
    fn start(&self) -> Option<u64> {
        self.page_number.count()
    }
    fn set_start(&mut self, start: u64) {
        self.page_number.set_count(start)
    }
    fn page_size(&self) -> Option<u64> {
        self.page_size.count()
    }
    fn items(page: &mut ListThingPages) -> Option<&mut Vec<Thing>> {
        page.things.as_mut()
    }
    fn total(page: &ListThingPages) -> Option<u64> {
        page.total.count()
    }
}

#[tencent_action::tencent_action(service = "demo", version = "2024-01-01")]
#[derive(Debug)]
struct ListThingsByToken {
    next_token: Option<String>,
    things: Option<Vec<Thing>>,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
struct ListThingsByTokenRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    next_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<i64>,
}

impl Request for ListThingsByTokenRequest {
    type Action = ListThingsByToken;
}

impl Paginated for ListThingsByTokenRequest {
    type Item = Thing;
    const PAGE_BY: PageBy = PageBy::Token;
    fn token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }
    fn set_token(&mut self, token: String) {
        self.next_token = Some(token);
    }
    fn items(page: &mut ListThingsByToken) -> Option<&mut Vec<Thing>> {
        page.things.as_mut()
    }
    fn next_token(page: &ListThingsByToken) -> Option<&str> {
        page.next_token.as_deref()
    }
}

/// The mock, answering `action` with `answer`.
async fn serve(
    action: &str,
    answer: impl Fn(&CallInfo) -> Reply + Send + Sync + 'static,
) -> MockServer {
    let mut catalog = Catalog::new();
    catalog.add(SPEC, None, None).unwrap();
    let mock = MockServer::builder()
        .catalog(catalog)
        .credential(SECRET_ID, SECRET_KEY)
        .start()
        .await
        .unwrap();
    mock.handle(action, answer);
    mock
}

/// A client that sends each page once, so that the server's count is the pages'.
fn client_of(mock: &MockServer) -> Client {
    Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(&mock.url())
        .no_region()
        .retry(RetryConfig::disabled())
        .build()
        .unwrap()
}

fn number(call: &CallInfo, name: &str) -> Option<u64> {
    call.params.get(name).and_then(Value::as_u64)
}

/// The things from `start`, at most `size` of them, as a JSON list.
fn things(start: u64, size: u64) -> Value {
    let end = start.saturating_add(size).min(THINGS);
    (start.min(end)..end)
        .map(|id| json!({ "Id": id }))
        .collect()
}

/// ListThings as a server that keeps its promises: the page at `Offset`, of `Limit` things
/// (10 when unset, at most `cap`), and the total.
fn by_offset(cap: u64) -> impl Fn(&CallInfo) -> Reply {
    move |call| {
        let offset = number(call, "Offset").unwrap_or(0);
        let limit = number(call, "Limit").unwrap_or(10).min(cap);
        Reply::Success(json!({ "TotalCount": THINGS, "Things": things(offset, limit) }))
    }
}

/// Every element of `stream`, until it ends; a stream that does not end within 4 times
/// the things there are fails the test rather than hang it.
async fn collect<S: Stream + Unpin>(mut stream: S) -> Vec<S::Item> {
    let mut all = Vec::new();
    while let Some(next) = std::future::poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await {
        all.push(next);
        assert!(all.len() as u64 <= 4 * THINGS, "the stream does not end");
    }
    all
}

fn ids<'a>(things: impl IntoIterator<Item = &'a Thing>) -> Vec<u64> {
    things.into_iter().map(|thing| thing.id).collect()
}

#[tokio::test]
async fn pages_of_7_give_8_pages_and_every_item_once() {
    let mock = serve("ListThings", by_offset(100)).await;
    let client = client_of(&mock);
    let request = ListThingsRequest {
        offset: None,
        limit: Some(7),
    };
    let pages = collect(client.pages(&request)).await;
    assert_eq!(pages.len(), 8);
    let mut seen = Vec::new();
    for page in &pages {
        let page = page.as_ref().unwrap();
        assert!(page.request_id().is_some());
        seen.extend(ids(page.things.as_deref().unwrap()));
    }
    assert_eq!(seen, (0..THINGS).collect::<Vec<_>>());
    // The offsets asked for: where each page ended; the request itself is left as it was.
    let offsets: Vec<Option<u64>> = mock
        .requests()
        .iter()
        .map(|seen| seen.params.get("Offset").and_then(Value::as_u64))
        .collect();
    assert_eq!(
        offsets,
        [
            None,
            Some(7),
            Some(14),
            Some(21),
            Some(28),
            Some(35),
            Some(42),
            Some(49)
        ]
    );
    assert_eq!(request.offset, None);

    let items = collect(client.items(&request)).await;
    let items: Vec<Thing> = items.into_iter().map(Result::unwrap).collect();
    assert_eq!(ids(&items), (0..THINGS).collect::<Vec<_>>());
    assert_eq!(mock.requests().len(), 16);
}

#[tokio::test]
async fn the_request_says_where_the_walk_starts() {
    let mock = serve("ListThings", by_offset(100)).await;
    let client = client_of(&mock);
    let request = ListThingsRequest {
        offset: Some(45),
        limit: Some(20),
    };
    let items = collect(client.items(&request)).await;
    let items: Vec<Thing> = items.into_iter().map(Result::unwrap).collect();
    assert_eq!(ids(&items), [45, 46, 47, 48, 49]);
    assert_eq!(mock.requests().len(), 1, "the total was reached");
}

#[tokio::test]
async fn with_a_total_a_page_shorter_than_asked_is_not_the_last() {
    // The server gives at most 7 things a page whatever the request asks.
    let mock = serve("ListThings", by_offset(7)).await;
    let request = ListThingsRequest {
        offset: None,
        limit: Some(20),
    };
    let items = collect(client_of(&mock).items(&request)).await;
    assert_eq!(items.len() as u64, THINGS);
    assert_eq!(mock.requests().len(), 8);
}

#[tokio::test]
async fn without_a_total_a_short_or_empty_page_is_the_last() {
    // No total: the page of 1 thing (49) is shorter than the 7 asked, the last.
    let mock = serve("ListThings", |call| {
        let offset = number(call, "Offset").unwrap_or(0);
        let limit = number(call, "Limit").unwrap_or(10);
        Reply::Success(json!({ "Things": things(offset, limit) }))
    })
    .await;
    let request = ListThingsRequest {
        offset: None,
        limit: Some(7),
    };
    let items = collect(client_of(&mock).items(&request)).await;
    assert_eq!(items.len() as u64, THINGS);
    assert_eq!(mock.requests().len(), 8);

    // No page size either: only the empty page after the last says the list ended.
    let items = collect(client_of(&mock).items(&ListThingsRequest::default())).await;
    assert_eq!(items.len() as u64, THINGS);
    assert_eq!(mock.requests().len(), 8 + 6);
}

#[tokio::test]
async fn a_server_that_ignores_the_offset_is_an_error_not_a_loop() {
    // Always the first page, with the total: without the check, the walk would stop at
    // the total with the first 7 things 8 times over; without a total, it would not stop.
    for total in [Some(THINGS), None] {
        let mock = serve("ListThings", move |call| {
            let limit = number(call, "Limit").unwrap_or(10);
            let mut page = json!({ "Things": things(0, limit) });
            if let Some(total) = total {
                page["TotalCount"] = json!(total);
            }
            Reply::Success(page)
        })
        .await;
        let request = ListThingsRequest {
            offset: None,
            limit: Some(7),
        };
        let pages = collect(client_of(&mock).pages(&request)).await;
        assert_eq!(pages.len(), 2, "{total:?}");
        assert!(pages[0].is_ok());
        let Err(Error::Decode(error)) = &pages[1] else {
            panic!("{:?}", pages[1]);
        };
        assert_eq!(error.kind(), DecodeErrorKind::RepeatedPage);
        let text = error.to_string();
        assert!(text.contains("ListThings"), "{text}");
        assert!(text.contains("offset 7"), "{text}");
        let second = mock.requests()[1].request_id.clone();
        assert_eq!(error.request_id(), Some(second.as_str()), "{text}");
        assert_eq!(mock.requests().len(), 2);
    }
}

#[tokio::test]
async fn an_error_ends_the_walk_after_it_is_given() {
    let offsets = by_offset(100);
    let mock = serve("ListThings", move |call| {
        if number(call, "Offset") == Some(14) {
            Reply::error("InternalError", "try again")
        } else {
            offsets(call)
        }
    })
    .await;
    let request = ListThingsRequest {
        offset: None,
        limit: Some(7),
    };
    let items = collect(client_of(&mock).items(&request)).await;
    assert_eq!(items.len(), 15);
    assert!(items[..14].iter().all(Result::is_ok));
    let Err(Error::Api(error)) = &items[14] else {
        panic!("{:?}", items[14]);
    };
    assert_eq!(error.code(), "InternalError");
    assert_eq!(mock.requests().len(), 3);
}

#[tokio::test]
async fn page_numbers_count_from_the_first_page() {
    let mock = serve("ListThingPages", |call| {
        let size = number(call, "PageSize").unwrap_or(10);
        let page = number(call, "PageNumber").unwrap_or(1);
        let start = page.saturating_sub(1).saturating_mul(size);
        Reply::Success(json!({ "Total": THINGS, "Things": things(start, size) }))
    })
    .await;
    let client = client_of(&mock);
    let request = ListThingPagesRequest {
        page_number: None,
        page_size: Some(7),
    };
    let pages = collect(client.pages(&request)).await;
    assert_eq!(pages.len(), 8);
    let items = collect(client.items(&request)).await;
    let items: Vec<Thing> = items.into_iter().map(Result::unwrap).collect();
    assert_eq!(ids(&items), (0..THINGS).collect::<Vec<_>>());
    let numbers: Vec<Option<u64>> = mock.requests()[..8]
        .iter()
        .map(|seen| seen.params.get("PageNumber").and_then(Value::as_u64))
        .collect();
    assert_eq!(
        numbers,
        [
            None,
            Some(2),
            Some(3),
            Some(4),
            Some(5),
            Some(6),
            Some(7),
            Some(8)
        ]
    );

    // From page 7 of 7 things: 42 things come before it, so pages 7 and 8 are all.
    let request = ListThingPagesRequest {
        page_number: Some(7),
        page_size: Some(7),
    };
    let items = collect(client.items(&request)).await;
    assert_eq!(items.len(), 8);
    assert_eq!(mock.requests().len(), 16 + 2);
}

#[tokio::test]
async fn a_server_that_ignores_the_page_number_is_an_error() {
    let mock = serve("ListThingPages", |_| {
        Reply::Success(json!({ "Total": THINGS, "Things": things(0, 7) }))
    })
    .await;
    let request = ListThingPagesRequest {
        page_number: Some(1),
        page_size: Some(7),
    };
    let pages = collect(client_of(&mock).pages(&request)).await;
    assert_eq!(pages.len(), 2);
    let Err(error) = &pages[1] else {
        panic!("{:?}", pages[1]);
    };
    assert!(error.to_string().contains("page number 2"), "{error}");
}

/// ListThingsByToken: the token is the index of the page's first thing; the last page's
/// is `last`.
fn by_token(last: &'static str) -> impl Fn(&CallInfo) -> Reply {
    move |call| {
        let start: u64 = call
            .params
            .get("NextToken")
            .and_then(Value::as_str)
            .map_or(0, |token| token.parse().unwrap());
        let size = number(call, "Limit").unwrap_or(10);
        let end = (start + size).min(THINGS);
        let next = if end < THINGS {
            json!(end.to_string())
        } else {
            json!(last)
        };
        Reply::Success(json!({ "NextToken": next, "Things": things(start, size) }))
    }
}

#[tokio::test]
async fn tokens_lead_to_the_last_page_whose_token_is_empty() {
    let mock = serve("ListThingsByToken", by_token("")).await;
    let client = client_of(&mock);
    let request = ListThingsByTokenRequest {
        next_token: None,
        limit: Some(7),
    };
    let pages = collect(client.pages(&request)).await;
    assert_eq!(pages.len(), 8);
    let items = collect(client.items(&request)).await;
    let items: Vec<Thing> = items.into_iter().map(Result::unwrap).collect();
    assert_eq!(ids(&items), (0..THINGS).collect::<Vec<_>>());
    // From a token of the caller's.
    let request = ListThingsByTokenRequest {
        next_token: Some("42".to_owned()),
        limit: Some(7),
    };
    let items = collect(client.items(&request)).await;
    assert_eq!(items.len(), 8);
    assert_eq!(mock.requests().len(), 16 + 2);
}

#[tokio::test]
async fn a_token_that_repeats_ends_the_walk() {
    // The last page names the first page's token again: a loop, cut at once.
    let mock = serve("ListThingsByToken", by_token("7")).await;
    let request = ListThingsByTokenRequest {
        next_token: None,
        limit: Some(7),
    };
    let pages = collect(client_of(&mock).pages(&request)).await;
    assert_eq!(pages.len(), 8);
    assert!(pages.iter().all(Result::is_ok));
    assert_eq!(mock.requests().len(), 8);
}
