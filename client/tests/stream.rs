//! Streamed answers over HTTP: Tencent's own Hunyuan ChatCompletions example, served as
//! `text/event-stream`, comes back as typed events.

mod support;

use serde::Deserialize;
use support::{Reply, SECRET_ID, SECRET_KEY, Server};
use tencent_action_client::retry::RetryConfig;
use tencent_action_client::{Client, Credential};

/// The action, for its name and its error codes.
#[tencent_action::tencent_action(service = "hunyuan", version = "2023-09-01")]
#[derive(Debug)]
pub struct ChatCompletions {
    /// The completion's id.
    pub id: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ChatEvent {
    id: String,
    created: i64,
    choices: Vec<Choice>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Choice {
    delta: Delta,
    finish_reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Delta {
    content: String,
}

/// The streamed examples of hunyuan ChatCompletions, as Tencent published them.
fn published_streams() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/tencent-api/services/hunyuan/v20230901/examples.json"
    );
    let examples: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    examples["actions"]["ChatCompletions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|example| example["output"].as_str())
        .filter_map(|output| output.find("data: ").map(|at| &output[at..]))
        // Some examples of the documentation put one event per line, without the blank
        // line that ends an event on the wire (by the SSE rules, consecutive `data`
        // lines are one event): each `data` line is sent as the event it stands for.
        .map(|text| {
            text.lines()
                .filter(|line| line.starts_with("data: "))
                .map(|line| format!("{line}\n\n"))
                .collect()
        })
        .collect()
}

fn stream_reply(body: String) -> Reply {
    Reply::Answer {
        status: 200,
        headers: vec![
            ("Content-Type", "text/event-stream".into()),
            ("X-TC-RequestId", "stream-id".into()),
        ],
        body: body.into_bytes(),
    }
}

fn client(server: &Server) -> Client {
    Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .endpoint(&server.url)
        .retry(RetryConfig::disabled())
        .build()
        .unwrap()
}

#[tokio::test]
async fn tencents_published_streams_decode_event_by_event() {
    let streams = published_streams();
    assert!(streams.len() >= 3, "{} streamed examples", streams.len());
    for text in streams {
        let expected = text
            .lines()
            .filter(|line| line.starts_with("data: "))
            .count();
        let server = Server::start({
            let text = text.clone();
            move |_, _| stream_reply(text.clone())
        })
        .await;
        let body = serde_json::json!({"Model": "hunyuan-lite", "Stream": true, "Messages": [{"Role": "user", "Content": "hi"}]});
        let mut events = client(&server)
            .call_stream::<ChatCompletions, ChatEvent>(&body)
            .await
            .unwrap();
        assert_eq!(events.request_id(), Some("stream-id"));
        let mut count = 0;
        let mut last = None;
        while let Some(event) = events.next_event().await {
            let event = event.unwrap_or_else(|error| {
                panic!(
                    "event {count}: {error}: {:?}",
                    std::error::Error::source(&error)
                )
            });
            assert!(!event.id.is_empty() && event.created > 0);
            count += 1;
            last = Some(event);
        }
        assert_eq!(count, expected);
        let last = last.unwrap();
        assert!(
            last.choices
                .iter()
                .any(|c| !c.finish_reason.is_empty() || !c.delta.content.is_empty()),
            "{last:?}"
        );
        assert_eq!(server.seen()[0].json()["Stream"], true);
    }
}

#[tokio::test]
async fn an_error_before_the_stream_is_the_api_error() {
    let server = Server::start(|_, _| Reply::error("FailedOperation.EngineServerError")).await;
    let error = client(&server)
        .call_stream::<ChatCompletions, ChatEvent>(&())
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some("FailedOperation.EngineServerError"));
}

#[tokio::test]
async fn an_error_inside_the_stream_ends_it() {
    let body = "data: {\"Id\":\"a\",\"Created\":1,\"Choices\":[{\"Delta\":{\"Content\":\"hi\"},\"FinishReason\":\"\"}]}\n\n\
                data: {\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"engine\"},\"RequestId\":\"in-stream\"}}\n\n\
                data: {\"Id\":\"never\"}\n\n";
    let server = Server::start(move |_, _| stream_reply(body.to_owned())).await;
    let mut events = client(&server)
        .call_stream::<ChatCompletions, ChatEvent>(&())
        .await
        .unwrap();
    assert_eq!(
        events.next_event().await.unwrap().unwrap().choices[0]
            .delta
            .content,
        "hi"
    );
    let error = events.next_event().await.unwrap().unwrap_err();
    assert_eq!(
        (error.code(), error.request_id()),
        (Some("InternalError"), Some("in-stream"))
    );
    assert!(events.next_event().await.is_none());
}

#[tokio::test]
async fn a_stream_cut_mid_body_reports_a_transport_error() {
    let server = Server::start(|_, _| {
        Reply::Raw(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nX-TC-RequestId: cut\r\nContent-Length: 1000\r\n\r\n\
              data: {\"Id\":\"a\",\"Created\":1,\"Choices\":[]}\n\ndata: {\"Id\""
                .to_vec(),
        )
    })
    .await;
    let mut events = client(&server)
        .call_stream::<ChatCompletions, ChatEvent>(&())
        .await
        .unwrap();
    assert_eq!(events.next_event().await.unwrap().unwrap().id, "a");
    let error = events.next_event().await.unwrap().unwrap_err();
    assert!(error.as_transport().is_some(), "{error:?}");
    assert_eq!(error.request_id(), Some("cut"));
}
