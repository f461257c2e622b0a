//! The `sdk` example's path as a test: the generated `cvm` client against the mock
//! server, which verifies the signature and checks each body against the action's input.

use futures_util::{StreamExt, TryStreamExt};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tencent_action_client::{Client, Credential};
use tencent_action_mock::{CallInfo, MockBuilder, MockServer, Reply};
use tencent_cloud_cvm::v20170312::{self as cvm, DescribeInstancesRequest, StartInstancesRequest};

const SECRET_ID: &str = "AKIDEXAMPLE";
const SECRET_KEY: &str = "example-secret-key";

async fn mock() -> MockServer {
    mock_of(MockServer::builder().keep_requests(8)).await
}

/// The mock of cvm, accepting `SECRET_ID` and `SECRET_KEY`, with `builder`'s other settings.
async fn mock_of(builder: MockBuilder) -> MockServer {
    let services = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/tencent-api/services");
    builder
        .specs_dir_services(services, &["cvm"])
        .credential(SECRET_ID, SECRET_KEY)
        .start()
        .await
        .expect("the mock starts")
}

fn client(mock: &MockServer, secret_key: &str) -> cvm::Client {
    let inner = Client::builder()
        .credential(Credential::new(SECRET_ID, secret_key))
        .region("ap-guangzhou")
        .endpoint(&mock.url())
        .build()
        .expect("a client");
    cvm::Client::new(inner)
}

#[tokio::test(flavor = "current_thread")]
async fn the_generated_client_sends_typed_requests_the_mock_accepts() {
    let mock = mock().await;
    let cvm = client(&mock, SECRET_KEY);
    let request = DescribeInstancesRequest {
        limit: Some(20),
        instance_ids: Some(vec!["ins-r8hr2upy".to_owned()]),
        ..Default::default()
    };
    let instances = cvm.describe_instances(&request).await.expect("answered");
    assert!(instances.request_id().is_some());
    assert!(instances.instance_set.is_some());

    let start = StartInstancesRequest::new(["ins-r8hr2upy"]);
    cvm.start_instances(&start).await.expect("answered");

    let received = mock.requests();
    assert_eq!(received.len(), 2);
    assert!(received.iter().all(|request| request.signature_valid));
    assert_eq!(received[0].action.as_deref(), Some("DescribeInstances"));
    let body: serde_json::Value = serde_json::from_slice(&received[0].body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"InstanceIds": ["ins-r8hr2upy"], "Limit": 20})
    );
    let body: serde_json::Value = serde_json::from_slice(&received[1].body).unwrap();
    assert_eq!(body, serde_json::json!({"InstanceIds": ["ins-r8hr2upy"]}));
}

#[tokio::test(flavor = "current_thread")]
async fn a_refusal_reaches_the_caller_as_a_typed_api_error() {
    let mock = mock().await;
    let cvm = client(&mock, "not-the-key");
    let error = cvm
        .describe_instances(&DescribeInstancesRequest::default())
        .await
        .expect_err("the signature is wrong");
    let api = error.as_api().expect("an API error");
    assert_eq!(api.code(), "AuthFailure.SignatureFailure");
    assert!(error.request_id().is_some());
}

/// `with_options` on the generated client sends its calls to another region, and a
/// `Waiter` polls a generated method until the instance the mock describes is running.
#[tokio::test(flavor = "current_thread")]
async fn the_generated_client_takes_options_and_waits() {
    use std::time::Duration;
    use tencent_action_client::{CallOptions, Waiter};

    let mock = mock().await;
    let polls = AtomicUsize::new(0);
    mock.handle("DescribeInstances", move |_| {
        let state = match polls.fetch_add(1, Ordering::SeqCst) {
            0 | 1 => "PENDING",
            _ => "RUNNING",
        };
        tencent_action_mock::Reply::Success(serde_json::json!({
            "TotalCount": 1,
            "InstanceSet": [{"InstanceId": "ins-r8hr2upy", "InstanceState": state}]
        }))
    });
    let cvm = client(&mock, SECRET_KEY);
    let seoul = cvm.with_options(CallOptions::new().region("ap-seoul"));
    let request = DescribeInstancesRequest {
        instance_ids: Some(vec!["ins-r8hr2upy".to_owned()]),
        ..Default::default()
    };
    let running = Waiter::new()
        .every(Duration::from_millis(5))
        .timeout(Duration::from_secs(10))
        .wait(
            || seoul.describe_instances(&request),
            |answer| {
                answer
                    .instance_set
                    .iter()
                    .flatten()
                    .all(|instance| instance.instance_state.as_deref() == Some("RUNNING"))
            },
        )
        .await
        .expect("running");
    assert_eq!(running.total_count, Some(1));
    cvm.describe_instances(&request).await.expect("answered");

    let regions: Vec<_> = mock
        .requests()
        .iter()
        .map(|request| request.header("x-tc-region").map(str::to_owned))
        .collect();
    let seoul = Some("ap-seoul".to_owned());
    let guangzhou = Some("ap-guangzhou".to_owned());
    assert_eq!(regions, [seoul.clone(), seoul.clone(), seoul, guangzhou]);
}

/// DescribeInstances as a server with 50 instances: the page at `Offset`, of `Limit`
/// instances (20 when unset), and the total; `ignore_offset`, always the first page.
fn fifty_instances(ignore_offset: bool, calls: Arc<AtomicUsize>) -> impl Fn(&CallInfo) -> Reply {
    move |call| {
        calls.fetch_add(1, Ordering::SeqCst);
        let number = |name: &str| call.params.get(name).and_then(serde_json::Value::as_u64);
        let offset = if ignore_offset {
            0
        } else {
            number("Offset").unwrap_or(0)
        };
        let end = (offset + number("Limit").unwrap_or(20)).min(50);
        let set: Vec<serde_json::Value> = (offset.min(end)..end)
            .map(|n| serde_json::json!({ "InstanceId": format!("ins-{n:08}") }))
            .collect();
        Reply::Success(serde_json::json!({ "TotalCount": 50, "InstanceSet": set }))
    }
}

/// The generated paginators: 50 instances in pages of 7 are 8 pages and every instance
/// once; a server that ignores the offset is an error after its second page.
#[tokio::test(flavor = "current_thread")]
async fn the_generated_paginators_walk_every_page_once() {
    let honest = mock().await;
    let calls = Arc::new(AtomicUsize::new(0));
    honest.handle("DescribeInstances", fifty_instances(false, calls.clone()));
    let cvm = client(&honest, SECRET_KEY);
    let request = DescribeInstancesRequest {
        limit: Some(7),
        ..Default::default()
    };
    let pages: Vec<_> = cvm
        .describe_instances_pages(&request)
        .try_collect()
        .await
        .expect("every page");
    assert_eq!(pages.len(), 8);
    assert_eq!(calls.load(Ordering::SeqCst), 8);
    let ids: Vec<String> = cvm
        .describe_instances_items(&request)
        .map_ok(|instance| instance.instance_id.unwrap_or_default())
        .try_collect()
        .await
        .expect("every instance");
    let expected: Vec<String> = (0..50).map(|n| format!("ins-{n:08}")).collect();
    assert_eq!(ids, expected);
    assert!(
        honest
            .requests()
            .iter()
            .all(|request| request.signature_valid)
    );

    let stubborn = mock().await;
    let calls = Arc::new(AtomicUsize::new(0));
    stubborn.handle("DescribeInstances", fifty_instances(true, calls.clone()));
    let cvm = client(&stubborn, SECRET_KEY);
    let results: Vec<_> = cvm.describe_instances_items(&request).collect().await;
    assert_eq!(
        results.len(),
        8,
        "the first page's 7 instances, then the error"
    );
    let error = results[7]
        .as_ref()
        .expect_err("the second page repeats the first");
    assert!(error.to_string().contains("offset 7"), "{error}");
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

/// The generated paginators against the mock's own paged lists (`--items 50`, the same
/// paging rule read from the spec on both sides): pages of 7 are 8 pages, every instance
/// once, and a walk that starts at the request's offset ends at the total.
#[tokio::test(flavor = "current_thread")]
async fn the_generated_paginators_walk_the_mocks_paged_lists() {
    let mock = mock_of(MockServer::builder().items(50).keep_requests(32)).await;
    let cvm = client(&mock, SECRET_KEY);
    let request = DescribeInstancesRequest {
        limit: Some(7),
        ..Default::default()
    };
    let pages: Vec<_> = cvm
        .describe_instances_pages(&request)
        .try_collect()
        .await
        .expect("every page");
    let sizes: Vec<usize> = pages
        .iter()
        .map(|page| page.instance_set.as_ref().map_or(0, Vec::len))
        .collect();
    assert_eq!(sizes, [7, 7, 7, 7, 7, 7, 7, 1]);
    assert!(pages.iter().all(|page| page.total_count == Some(50)));
    let ids: Vec<String> = cvm
        .describe_instances_items(&request)
        .map_ok(|instance| instance.instance_id.expect("an id"))
        .try_collect()
        .await
        .expect("every instance");
    let distinct: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!((ids.len(), distinct.len()), (50, 50));

    let from_45 = DescribeInstancesRequest {
        offset: Some(45),
        limit: Some(7),
        ..Default::default()
    };
    let tail: Vec<String> = cvm
        .describe_instances_items(&from_45)
        .map_ok(|instance| instance.instance_id.expect("an id"))
        .try_collect()
        .await
        .expect("the last instances");
    assert_eq!(tail, ids[45..]);
    let offsets: Vec<Option<u64>> = mock
        .requests()
        .iter()
        .map(|request| {
            request
                .params
                .get("Offset")
                .and_then(serde_json::Value::as_u64)
        })
        .collect();
    assert_eq!(offsets.len(), 8 + 8 + 1);
    // The first page is the request as given, which names no offset.
    let walked: Vec<Option<u64>> = (0..8).map(|n| (n > 0).then_some(n * 7)).collect();
    assert_eq!(offsets[8..16], walked[..]);
    assert_eq!(offsets[16], Some(45));
}
