//! The transport trait without sockets: a recording transport shows where each endpoint
//! rule sends a call, and what the client asks of an HTTP stack. These tests also run
//! without the `reqwest` feature.

mod support;

use std::sync::{Arc, Mutex};
use support::{DescribeInstancesStatus, SECRET_ID, SECRET_KEY};
use tencent_action::Error;
use tencent_action_client::transport::{Body, BoxFuture, HttpRequest, HttpResponse, Transport};
use tencent_action_client::{Client, ClientBuilder, Credential};

/// Keeps every request and answers with a success, in memory.
#[derive(Debug, Clone, Default)]
struct Recording(Arc<Mutex<Vec<HttpRequest>>>);

impl Transport for Recording {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, Error>> {
        self.0.lock().unwrap().push(request);
        Box::pin(async {
            let body = Body::from(&br#"{"Response":{"TotalCount":0,"RequestId":"memory"}}"#[..]);
            Ok(HttpResponse::new(200, body))
        })
    }
}

async fn sent(builder: ClientBuilder) -> HttpRequest {
    let recording = Recording::default();
    let client = builder
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .transport(recording.clone())
        .build()
        .unwrap();
    let response = client
        .call::<DescribeInstancesStatus>(&serde_json::json!({}))
        .await
        .unwrap();
    assert_eq!(response.request_id(), Some("memory"));
    recording.0.lock().unwrap().pop().unwrap()
}

#[tokio::test]
async fn endpoint_rules() {
    let global = sent(Client::builder().region("ap-guangzhou")).await;
    assert_eq!(global.url, "https://cvm.tencentcloudapi.com/");
    assert_eq!(global.header("host"), Some("cvm.tencentcloudapi.com"));

    let regional = sent(Client::builder().region("ap-guangzhou").regional_host(true)).await;
    assert_eq!(
        regional.url,
        "https://cvm.ap-guangzhou.tencentcloudapi.com/"
    );
    assert_eq!(
        regional.header("host"),
        Some("cvm.ap-guangzhou.tencentcloudapi.com")
    );

    let internal = sent(Client::builder().root_domain("internal.tencentcloudapi.com")).await;
    assert_eq!(internal.url, "https://cvm.internal.tencentcloudapi.com/");

    let whole = sent(
        Client::builder()
            .endpoint("https://gateway.example:8443")
            .root_domain("ignored.example"),
    )
    .await;
    assert_eq!(whole.url, "https://gateway.example:8443/");
    assert_eq!(whole.header("host"), Some("gateway.example:8443"));
    let authorization = whole.header("authorization").unwrap();
    assert!(
        authorization.contains("/cvm/tc3_request"),
        "the service still comes from the action: {authorization}"
    );
}

#[tokio::test]
async fn the_request_handed_to_the_transport() {
    let request = sent(Client::builder().region("ap-shanghai")).await;
    assert_eq!(request.method, "POST");
    assert_eq!(&request.body[..], b"{}");
    let names: Vec<&str> = request.headers.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        names,
        [
            "Host",
            "Authorization",
            "Content-Type",
            "X-TC-Action",
            "X-TC-Version",
            "X-TC-Timestamp",
            "X-TC-Region",
            "X-TC-Language",
            "X-TC-RequestClient"
        ]
    );
}

#[cfg(not(feature = "reqwest"))]
#[test]
fn without_reqwest_a_client_needs_a_transport() {
    let error = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .build()
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "no transport: give one with `ClientBuilder::transport`, or enable the `reqwest` feature"
    );
}
