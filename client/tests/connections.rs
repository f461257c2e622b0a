//! Connections and their timeouts over loopback, with the default transport: which
//! failures leave a connection in the pool and which send the retry on a new one (counted
//! by the server's accepts), the connect timeout against a listener that never accepts,
//! and a call dropped half-way (in a backoff wait, waiting for a slow answer, connecting)
//! that sends nothing more.

mod support;

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use support::{Counting, DescribeInstancesStatus, Reply, SECRET_ID, SECRET_KEY, Server};
use tencent_action::{Error, TimeoutKind, TransportErrorKind};
use tencent_action_client::retry::{Backoff, RetryConfig};
use tencent_action_client::{CallOptions, Client, ClientBuilder, Credential};

/// Retries at once (a wait of at most 5 ms), up to 3 attempts.
fn builder(url: &str) -> ClientBuilder {
    Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(url)
        .retry(RetryConfig::standard().with_backoff(Backoff::exponential(
            Duration::from_millis(1),
            Duration::from_millis(5),
        )))
}

/// An idempotent call, so that failures after sending are retried too; its RequestId.
async fn call(client: &Client) -> Result<String, Error> {
    let options = CallOptions::new().idempotent(true);
    let response = client
        .call_with::<DescribeInstancesStatus>(&(), &options)
        .await?;
    Ok(response.request_id().unwrap_or_default().to_owned())
}

/// Answers each request with its index as its RequestId, the first with `first`.
async fn first_then_numbered(first: impl Fn() -> Reply + Send + Sync + 'static) -> Server {
    Server::start(move |index, _| {
        if index == 0 {
            first()
        } else {
            Reply::success(&format!("r{index}"))
        }
    })
    .await
}

/// The head of a JSON answer that announces 200 bytes, and the first few of them.
fn cut_answer() -> Vec<u8> {
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"Response\":{\"TotalCount\":1,"
        .to_vec()
}

#[tokio::test]
async fn successful_calls_share_one_connection() {
    let server = first_then_numbered(|| Reply::success("r0")).await;
    let client = builder(&server.url).build().unwrap();
    for index in 0..5 {
        assert_eq!(call(&client).await.unwrap(), format!("r{index}"));
    }
    // The clones share the pool.
    assert_eq!(call(&client.clone()).await.unwrap(), "r5");
    assert_eq!((server.count(), server.connections()), (6, 1));
}

#[tokio::test]
async fn an_answer_that_came_whole_keeps_its_connection() {
    // A server's error and a gateway's page are complete HTTP answers: the connection is
    // sound, and the retry goes over it.
    for first in [
        || Reply::error("InternalError"),
        || Reply::error("RequestLimitExceeded"),
        || Reply::html(502),
    ] {
        let server = first_then_numbered(first).await;
        let client = builder(&server.url).build().unwrap();
        assert_eq!(call(&client).await.unwrap(), "r1");
        assert_eq!((server.count(), server.connections()), (2, 1));
    }
}

/// Checks that after `first`, a failure that breaks the connection, the retry comes on a
/// new connection, which the next call then reuses; `label` names the case.
async fn retried_on_a_new_connection(label: &str, client: &ClientBuilder, first: fn() -> Reply) {
    let server = first_then_numbered(first).await;
    let client = client.clone().endpoint(&server.url).build().unwrap();
    assert_eq!(call(&client).await.unwrap(), "r1", "{label}");
    assert_eq!(
        (server.count(), server.connections()),
        (2, 2),
        "{label}: the retry came on a new connection"
    );
    assert_eq!(call(&client).await.unwrap(), "r2", "{label}");
    assert_eq!(
        server.connections(),
        2,
        "{label}: the new connection went back to the pool"
    );
}

#[tokio::test]
async fn a_connection_closed_without_an_answer_is_not_reused() {
    let client = builder("http://127.0.0.1");
    retried_on_a_new_connection("closed", &client, || Reply::Close).await;
    retried_on_a_new_connection("reset mid-head", &client, || {
        Reply::Raw(b"HTTP/1.1 200 OK\r\nContent-Ty".to_vec())
    })
    .await;
}

#[tokio::test]
async fn a_cut_body_is_not_reused() {
    let client = builder("http://127.0.0.1").attempt_timeout(Duration::from_millis(300));
    // Content-Length says 200, a few bytes come, then the server closes.
    retried_on_a_new_connection("cut, then closed", &client, || Reply::Raw(cut_answer())).await;
    // The same bytes on a connection the server holds open: the attempt times out with
    // the body half read, and the rest of it must never be read as the next answer.
    retried_on_a_new_connection("cut, then held", &client, || {
        Reply::Then(
            cut_answer(),
            Box::new(Reply::after(Duration::from_secs(30), Reply::Close)),
        )
    })
    .await;
}

#[tokio::test]
async fn a_slow_answer_cut_by_the_attempt_timeout_is_not_reused() {
    // The late answer would be taken for the retry's if the retry went over its connection.
    let client = builder("http://127.0.0.1").attempt_timeout(Duration::from_millis(300));
    retried_on_a_new_connection("slow", &client, || {
        Reply::after(Duration::from_secs(1), Reply::success("late"))
    })
    .await;
}

#[tokio::test]
async fn a_connection_the_server_closed_while_idle_is_not_used() {
    // A whole answer, then the server closes: the pool must see the close before the
    // next call, sent once (not idempotent), would be lost on that connection.
    let server = first_then_numbered(|| {
        let body = r#"{"Response":{"TotalCount":1,"RequestId":"r0"}}"#;
        let answer = format!(
            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        Reply::Raw(answer.into_bytes())
    })
    .await;
    let client = builder(&server.url).build().unwrap();
    let once = || client.call::<DescribeInstancesStatus>(&());
    assert_eq!(once().await.unwrap().request_id(), Some("r0"));
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(once().await.unwrap().request_id(), Some("r1"));
    assert_eq!((server.count(), server.connections()), (2, 2));
}

#[tokio::test]
async fn the_connect_timeout_ends_a_connection_that_never_opens() {
    let backlog = support::full_backlog();
    let client = builder(&format!("http://{}", backlog.addr))
        .connect_timeout(Duration::from_millis(200))
        .operation_timeout(Duration::from_secs(60))
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let started = Instant::now();
    let error = call(&client).await.unwrap_err();
    let timeout = error.as_timeout().expect("a timeout");
    assert_eq!(timeout.kind(), TimeoutKind::Connect, "{error}");
    assert_eq!(timeout.limit(), Some(Duration::from_millis(200)), "{error}");
    assert!(!error.may_have_been_sent(), "{error}");
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "the connect timeout, not the operation's, ended it"
    );
}

#[tokio::test]
async fn the_operation_timeout_ends_a_backoff_wait() {
    let server = Server::start(|_, _| Reply::error("RequestLimitExceeded")).await;
    // Waits of up to 10 s, and attempts enough never to run out before the limit.
    let client =
        builder(&server.url)
            .operation_timeout(Duration::from_millis(300))
            .retry(RetryConfig::standard().with_max_attempts(10).with_backoff(
                Backoff::exponential(Duration::from_secs(10), Duration::from_secs(10)),
            ))
            .build()
            .unwrap();
    let started = Instant::now();
    let error = call(&client).await.unwrap_err();
    let timeout = error.as_timeout().expect("a timeout");
    assert_eq!(timeout.kind(), TimeoutKind::Operation, "{error}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "the wait ended at the limit, not at its own end"
    );
}

/// Polls `call` until its transport has begun a request (`sends`), then for `then` more,
/// and drops it; gives `sends` at the drop and 1.2 s later, past any wait or timeout after
/// which a call left running would have sent again. Counted as the client begins each
/// request: a request sent just before the drop may reach the server's record after it.
async fn sends_around_a_drop<F: Future>(
    call: F,
    sends: &AtomicUsize,
    then: Duration,
) -> (usize, usize) {
    let wait = async {
        while sends.load(Ordering::SeqCst) < 1 {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        tokio::time::sleep(then).await;
    };
    tokio::select! {
        _ = call => panic!("the call ended before it was dropped"),
        () = wait => {}
    }
    let at_drop = sends.load(Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    (at_drop, sends.load(Ordering::SeqCst))
}

#[tokio::test]
async fn a_call_dropped_in_its_backoff_wait_sends_nothing_more() {
    // A jittered wait may be short: the drop must come inside it, so a draw under 100 ms
    // is played again (at 1 s waits, once in ten).
    for _ in 0..10 {
        let server = Server::start(|_, _| Reply::error("RequestLimitExceeded")).await;
        let (transport, sends) = Counting::new(Duration::from_secs(5));
        let client = builder(&server.url)
            .transport(transport)
            .retry(RetryConfig::standard().with_backoff(Backoff::exponential(
                Duration::from_secs(1),
                Duration::from_secs(1),
            )))
            .build()
            .unwrap();
        let counts = sends_around_a_drop(call(&client), &sends, Duration::from_millis(100)).await;
        if counts.0 > 1 {
            continue;
        }
        assert_eq!(counts, (1, 1), "a retry was sent after the drop");
        assert_eq!(server.count(), 1);
        return;
    }
    panic!("no backoff wait lasted 100 ms in ten calls");
}

#[tokio::test]
async fn a_call_dropped_while_its_answer_is_slow_sends_nothing_more() {
    let server =
        first_then_numbered(|| Reply::after(Duration::from_secs(3), Reply::success("late"))).await;
    let (transport, sends) = Counting::new(Duration::from_secs(5));
    // Left running, the call would time out at 500 ms and retry at once.
    let client = builder(&server.url)
        .transport(transport)
        .attempt_timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let counts = sends_around_a_drop(call(&client), &sends, Duration::from_millis(100)).await;
    assert_eq!(counts, (1, 1), "a retry was sent after the drop");
    assert_eq!(server.count(), 1);
    // The abandoned exchange holds no connection the next call could take, and its late
    // answer is nobody's.
    assert_eq!(call(&client).await.unwrap(), "r1");
    assert_eq!(server.connections(), 2);
}

#[tokio::test]
async fn a_call_dropped_while_connecting_tries_nothing_more() {
    let backlog = support::full_backlog();
    let (transport, sends) = Counting::new(Duration::from_millis(500));
    // Left running, the call would give up connecting at 500 ms and try again at once.
    let client = builder(&format!("http://{}", backlog.addr))
        .transport(transport)
        .build()
        .unwrap();
    let counts = sends_around_a_drop(call(&client), &sends, Duration::from_millis(50)).await;
    assert_eq!(counts, (1, 1), "another attempt after the drop");
}

#[tokio::test]
async fn the_reqwest_transport_keeps_and_drops_connections_alike() {
    // The default with a proxy in the environment: the same pool rules.
    let reqwest = tencent_action_client::transport::ReqwestTransport::new(Duration::from_secs(5));
    let client = builder("http://127.0.0.1").transport(reqwest.unwrap());
    retried_on_a_new_connection("reqwest, closed", &client, || Reply::Close).await;
    retried_on_a_new_connection("reqwest, cut", &client, || Reply::Raw(cut_answer())).await;
}

#[tokio::test]
async fn https_to_a_plain_http_server_fails_to_connect() {
    // The TLS handshake meets an HTTP server's answer: the request was never sent.
    use tokio::io::AsyncWriteExt;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("https://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let _ = stream
                .write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                .await;
        }
    });
    let client = builder(&url)
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let error = call(&client).await.unwrap_err();
    let transport = error.as_transport().expect("a transport error");
    assert_eq!(transport.kind(), TransportErrorKind::Connect, "{error}");
    assert!(!error.may_have_been_sent(), "{error}");
}
