//! The client's costs: signing one request with a 1 KB body, a whole call without a
//! socket (sign, build, decode), and a whole call on loopback against a minimal server,
//! next to the official Python SDK's call against the same server in the same run.

#[path = "../tests/support/mod.rs"]
mod support;

use criterion::{Criterion, criterion_main};
use std::hint::black_box;
use support::{DescribeInstancesStatus, Reply, SECRET_ID, SECRET_KEY, Server};
use tencent_action::Error;
use tencent_action_client::retry::RetryConfig;
use tencent_action_client::transport::{Body, BoxFuture, HttpRequest, HttpResponse, Transport};
use tencent_action_client::{Client, Credential};

/// A request body of about 1 KB.
fn body() -> serde_json::Value {
    serde_json::json!({"Limit": 10, "Filters": [{"Name": "instance-name", "Values": ["x".repeat(961)]}]})
}

const ANSWER: &[u8] =
    br#"{"Response":{"TotalCount":1,"RequestId":"b5b41468-520d-4192-b42f-595cc34b6c1c"}}"#;

/// Answers every request at once, in memory.
#[derive(Debug)]
struct Canned;

impl Transport for Canned {
    fn send(&self, _request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, Error>> {
        Box::pin(async { Ok(HttpResponse::new(200, Body::from(ANSWER))) })
    }
}

fn sign(c: &mut Criterion) {
    let payload = serde_json::to_vec(&body()).unwrap();
    assert_eq!(1024, payload.len(), "a 1 KB body");
    assert!((1000..1100).contains(&payload.len()), "{}", payload.len());
    c.bench_function("sign/1KB body", |b| {
        b.iter(|| {
            let request = tencent_action_sign::SignableRequest {
                method: "POST",
                query: "",
                headers: &[
                    ("content-type", "application/json"),
                    ("host", "cvm.tencentcloudapi.com"),
                ],
                payload: tencent_action_sign::Payload::Bytes(black_box(&payload)),
            };
            tencent_action_sign::sign(
                SECRET_ID,
                SECRET_KEY,
                "cvm",
                black_box(1_551_113_065),
                &request,
            )
        })
    });
}

fn calls(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let body = body();
    let in_memory = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .region("ap-guangzhou")
        .transport(Canned)
        .build()
        .unwrap();
    c.bench_function("call/in memory (sign, build, decode)", |b| {
        b.iter(|| {
            runtime
                .block_on(in_memory.call::<DescribeInstancesStatus>(black_box(&body)))
                .unwrap()
        })
    });

    let server = runtime.block_on(Server::start(|_, seen| {
        // Both clients' signatures are checked: a call signed wrong fails its bench.
        if seen.signature_valid(SECRET_KEY) {
            Reply::success("b5b41468-520d-4192-b42f-595cc34b6c1c")
        } else {
            Reply::error("AuthFailure.SignatureFailure")
        }
    }));
    let loopback = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .region("ap-guangzhou")
        .endpoint(&server.url)
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    c.bench_function("call/loopback (Rust client)", |b| {
        b.iter(|| {
            runtime
                .block_on(loopback.call::<DescribeInstancesStatus>(black_box(&body)))
                .unwrap()
        })
    });

    // The transport that was the default before `HyperTransport`, and still is with a
    // proxy: what driving the connection in the calling task saves, in the same run.
    let reqwest =
        tencent_action_client::transport::ReqwestTransport::new(std::time::Duration::from_secs(5))
            .unwrap();
    let through_reqwest = Client::builder()
        .credential(Credential::new(SECRET_ID, SECRET_KEY))
        .region("ap-guangzhou")
        .endpoint(&server.url)
        .retry(RetryConfig::disabled())
        .transport(reqwest)
        .build()
        .unwrap();
    c.bench_function("call/loopback (Rust client, ReqwestTransport)", |b| {
        b.iter(|| {
            runtime
                .block_on(through_reqwest.call::<DescribeInstancesStatus>(black_box(&body)))
                .unwrap()
        })
    });

    // The official Python SDK against the same server, in the same run.
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/python_call.py");
    let host = server.url.trim_start_matches("http://").to_owned();
    let output = std::process::Command::new("python3")
        .args([script, &host, "2000"])
        .output();
    match output {
        Ok(output) if output.status.success() => {
            println!(
                "call/loopback (official Python SDK {}): {}",
                python_sdk_version(),
                String::from_utf8_lossy(&output.stdout).trim()
            );
        }
        Ok(output) => println!(
            "call/loopback (official Python SDK): not measured ({})",
            String::from_utf8_lossy(&output.stderr)
                .lines()
                .last()
                .unwrap_or("failed")
        ),
        Err(error) => {
            println!("call/loopback (official Python SDK): not measured (python3: {error})")
        }
    }
}

fn python_sdk_version() -> String {
    std::process::Command::new("python3")
        .args([
            "-c",
            "import importlib.metadata as m; print(m.version('tencentcloud-sdk-python-common'))",
        ])
        .output()
        .ok()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
        .unwrap_or_default()
}

/// What the failover policies cost a call that does not fail over: a whole call without
/// a socket with both policies off (the default) and on, in one run.
fn failover(c: &mut Criterion) {
    use tencent_action_client::failover::{DomainFailover, RegionBreaker};
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let body = serde_json::json!({"Limit": 10});
    let builder = || {
        Client::builder()
            .credential(Credential::new(SECRET_ID, SECRET_KEY))
            .region("ap-shanghai")
            .transport(Canned)
    };
    let off = builder().build().unwrap();
    let on = (builder().region_breaker(RegionBreaker::default()))
        .domain_failover(DomainFailover::default())
        .build()
        .unwrap();
    for (name, client) in [("off", &off), ("on", &on)] {
        c.bench_function(&format!("call/in memory, failover {name}"), |b| {
            b.iter(|| {
                runtime
                    .block_on(client.call::<DescribeInstancesStatus>(black_box(&body)))
                    .unwrap()
            })
        });
    }
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(3))
        .configure_from_args()
}

/// In a private module: `criterion_group!` makes a public function that no one documents.
mod group {
    use super::{calls, config, failover, sign};
    use criterion::criterion_group;

    criterion_group! {
        name = benches;
        config = config();
        targets = sign, calls, failover
    }
}

criterion_main!(group::benches);
